"""Starting the GUI, and what an officer sees when something unexpected goes wrong."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import i18n, logs, paths
from widgets import application
from widgets.main_window import MainWindow


@pytest.fixture
def restore_process_state(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_epewall", False):
            root.removeHandler(handler)
            handler.close()
    i18n.install("en")
    qapp.processEvents()


def test_run_opens_the_main_window_in_the_requested_language(
    qapp: QApplication, restore_process_state: None, epewall_home: Path
) -> None:
    seen: dict[str, object] = {}

    def look_and_close() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["windows"] = windows
        seen["title"] = windows[0].windowTitle()
        seen["menu"] = windows[0].menu_file.title()
        windows[0].close()
        qapp.quit()

    QTimer.singleShot(0, look_and_close)
    # Closing the window must not post a second quit: one left over after exec() returns
    # would end every later event loop of the test session at once.
    qapp.setQuitOnLastWindowClosed(False)
    try:
        code = application.run(argparse.Namespace(command=None, lang="vi", verbose=False))
    finally:
        qapp.setQuitOnLastWindowClosed(True)

    assert code == 0
    assert len(seen["windows"]) == 1  # type: ignore[arg-type]
    assert seen["title"] == "epewall"
    assert seen["menu"] == "&Tệp"
    assert sys.excepthook is application.show_unexpected_error
    assert (paths.data_dir() / "epewall.sqlite3").exists()
    for window in seen["windows"]:  # type: ignore[attr-defined]
        window.deleteLater()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_unexpected_error_goes_to_the_log_and_the_officer_gets_a_short_message(
    qtbot: QtBot, restore_process_state: None
) -> None:
    logs.setup()
    try:
        raise ValueError("boom in a slot")
    except ValueError as exc:
        application.show_unexpected_error(type(exc), exc, exc.__traceback__)
        application.show_unexpected_error(type(exc), exc, exc.__traceback__)

    box = application._error_box
    assert box is not None and box.isVisible()
    assert [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "unexpectedError" and w.isVisible()
    ] == [box]
    assert "Traceback" not in box.text() and "boom" not in box.text()
    log_file = paths.log_dir() / "epewall.log"
    assert str(log_file) in box.text()
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "ValueError: boom in a slot" in logged
    box.close()


def test_a_wall_pc_started_with_tour_runs_the_saved_tour_full_screen_without_a_login(
    qapp: QApplication, restore_process_state: None, epewall_home: Path
) -> None:
    from app.domain import CameraPosition, RiskLevel
    from app.sites.registry import Registry
    from app.wall.store import default_owner
    from app.wall.tour import TourDefinition, TourStore
    from tests.helpers.sites import SiteBuilder

    registry = Registry()
    SiteBuilder(registry).add_epe(
        "Công ty TNHH Sao Việt", "3601234569", (1, CameraPosition.GATE), risk_level=RiskLevel.HIGH
    )
    TourStore(registry).save(TourDefinition("Ca đêm", dwell_seconds=20), default_owner())
    registry.close()
    seen: dict[str, object] = {}

    def look() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or not windows[0].tour_bar.isVisible():
            QTimer.singleShot(50, look)
            return
        window = seen["window"] = windows[0]
        bar = window.tour_bar
        seen["title"] = bar.full_text(bar.title)
        seen["full_screen"] = window.isFullScreen()
        seen["dialogs"] = [w for w in qapp.topLevelWidgets() if w.isVisible() and w is not window]
        window.close()
        qapp.quit()

    QTimer.singleShot(0, look)
    qapp.setQuitOnLastWindowClosed(False)
    try:
        args = argparse.Namespace(command=None, lang="en", verbose=False, wall=None, tour="ca đêm")
        code = application.run(args)
    finally:
        qapp.setQuitOnLastWindowClosed(True)

    assert code == 0
    assert seen["title"] == "Page 1 of 1 · tour “Ca đêm”"
    assert seen["full_screen"] is True
    assert seen["dialogs"] == []  # unattended: nobody is asked to log in
    seen["window"].deleteLater()  # type: ignore[attr-defined]
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
