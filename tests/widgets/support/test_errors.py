"""An unexpected error: a report with the trace and the versions in the log folder, redacted of
every password, and a short message in the officer's language that says where it is."""

from __future__ import annotations

import faulthandler
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app import i18n, logs, paths
from app.media.puller import with_credentials
from app.support.crash import report_files
from tests.helpers.cli import REPO
from widgets.support import errors

CANARY = "Canary-Pw-7f3k9"
DEVICE = "rtsp://10.0.0.5:554/Streaming/Channels/101"


def device_url() -> str:
    """The device's URL with the account, as handed to FFmpeg at connect time: what a careless
    message would carry into a report."""
    return with_credentials(DEVICE, "admin", CANARY)


@pytest.fixture
def restore_hooks(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """What errors.install() changes in the process, undone after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    logs.setup()
    i18n.install("vi")
    yield
    box = errors.current_error_box()
    if box is not None:
        box.close()
    errors.finish()
    faulthandler.enable(sys.__stderr__, all_threads=True)  # as pytest had it
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_epewall", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def hooks(restore_hooks: None) -> None:
    """errors.install() as application.run does it."""
    errors.install()


def _visible_error_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "unexpectedError" and w.isVisible()
    ]


def _open_camera() -> None:
    raise ConnectionError(f"cannot open {device_url()} (login password={CANARY})")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_writes_a_redacted_report_and_says_where_in_vietnamese(
    qtbot: QtBot, hooks: None
) -> None:
    QTimer.singleShot(0, _open_camera)
    qtbot.waitUntil(lambda: len(_visible_error_boxes()) == 1, timeout=5000)

    box = _visible_error_boxes()[0]
    assert box.windowTitle() == "epewall: lỗi ngoài dự kiến"
    assert "Bạn có thể tiếp tục làm việc" in box.text()
    (report,) = report_files()
    assert report.parent == paths.log_dir()
    assert box.informativeText() == str(report)
    shown = box.text() + box.informativeText() + box.windowTitle()
    assert "Traceback" not in shown and "ConnectionError" not in shown and CANARY not in shown

    text = report.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "in _open_camera" in text
    assert "ConnectionError: cannot open rtsp://***@10.0.0.5:554/" in text
    assert "password=***" in text
    assert "libVLC: 3." in text and "Qt: 6." in text
    for file in paths.log_dir().iterdir():
        assert CANARY not in file.read_text(encoding="utf-8"), file.name

    # The same error again (a timer that keeps failing): no second report, no second box.
    QTimer.singleShot(0, _open_camera)
    qtbot.wait(50)
    assert report_files() == [report]
    assert _visible_error_boxes() == [box]

    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _visible_error_boxes())


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_worker_thread_is_reported_on_the_gui_thread(
    qtbot: QtBot, hooks: None
) -> None:
    worker = threading.Thread(target=_open_camera, name="probe-worker")
    worker.start()
    worker.join(10)

    qtbot.waitUntil(lambda: len(_visible_error_boxes()) == 1, timeout=5000)
    (report,) = report_files()
    assert _visible_error_boxes()[0].informativeText() == str(report)
    text = report.read_text(encoding="utf-8")
    assert "thread: probe-worker" in text
    assert CANARY not in text and "rtsp://***@10.0.0.5" in text


def _run_and_die(how: str, home: Path) -> subprocess.CompletedProcess[bytes]:
    """A separate epewall process with the hooks installed that ends by ``how``."""
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from app import logs\n"
        "from widgets.support import errors\n"
        "app = QApplication([])\n"
        "logs.setup()\n"
        "errors.install()\n"
        f"{how}\n"
    )
    env = dict(os.environ, EPEWALL_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, timeout=60
    )


@pytest.mark.qt_no_exception_capture
def test_a_native_crash_is_reported_and_said_at_the_next_start(
    qtbot: QtBot, restore_hooks: None, epewall_home: Path
) -> None:
    done = _run_and_die("import ctypes; ctypes.string_at(0)", epewall_home)  # a segfault
    assert done.returncode != 0
    assert report_files() == []  # nothing could run at the moment of the crash

    errors.install()  # the next start

    qtbot.waitUntil(lambda: len(_visible_error_boxes()) == 1, timeout=5000)
    box = _visible_error_boxes()[0]
    assert box.text().startswith("epewall đã đóng bất thường trong lần chạy trước.")
    (report,) = report_files()
    assert box.informativeText() == str(report)
    text = report.read_text(encoding="utf-8")
    assert text.startswith("epewall abrupt end of the previous run")
    assert "Fatal Python error: Segmentation fault" in text
    assert 'File "<string>", line 7 in <module>' in text
    assert (paths.log_dir() / "faults.log").read_text(encoding="utf-8") == ""  # this run's


@pytest.mark.qt_no_exception_capture
def test_a_fatal_qt_error_leaves_a_report_that_the_next_start_names(
    qtbot: QtBot, restore_hooks: None, epewall_home: Path
) -> None:
    done = _run_and_die(
        f"from PySide6.QtCore import qFatal; qFatal('cannot go on with {device_url()}')",
        epewall_home,
    )

    assert done.returncode != 0  # Qt aborts after a fatal message
    (report,) = report_files()
    text = report.read_text(encoding="utf-8")
    assert text.startswith("epewall fatal error from Qt")
    assert "cannot go on with rtsp://***@10.0.0.5:554/" in text
    assert "libVLC: " in text
    assert CANARY not in text and CANARY.encode() not in done.stderr

    errors.install()  # the next start names the same report, with Python's last stacks
    qtbot.waitUntil(lambda: len(_visible_error_boxes()) == 1, timeout=5000)
    assert _visible_error_boxes()[0].informativeText() == str(report)
    assert report_files() == [report]
    assert "Python's threads at the end:" in report.read_text(encoding="utf-8")
