"""An empty registry opens on the welcome page: a CSV file (with a template to fill), an ONVIF
device or the demo, and the keyring's state with what to do when it is locked or absent."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDockWidget, QFileDialog
from pytestqt.qtbot import QtBot

from app.secrets import CredentialStore
from app.sites.registry import Registry
from tests.helpers.cli import REPO
from tests.helpers.clicks import click
from tests.helpers.keyring import LoginKeyring, login_keyring_fixture
from tests.helpers.main_window import shown_main_window
from widgets.main_window import MainWindow
from widgets.support import welcome
from widgets.support.welcome import WelcomePage

SAMPLE_ROW = (
    "Công ty TNHH Điện tử Sao Việt,0100233488"
    + "," * 11
    + ",1,gate,Cổng chính,rtsp://10.20.1.11:554/Streaming/Channels/101,,\n"
)


@pytest.fixture
def window(qtbot: QtBot, registry: Registry) -> Iterator[MainWindow]:
    with shown_main_window(qtbot, registry) as main:
        yield main


def _page(window: MainWindow) -> WelcomePage:
    return window.welcome


def _visible_docks(window: MainWindow) -> list[QDockWidget]:
    return [d for d in window.findChildren(QDockWidget) if d.isVisible()]


def test_an_empty_registry_opens_on_the_welcome_page_and_the_filled_template_opens_the_wall(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(window)
    assert page.isVisible() and page.title.text() == "Welcome to epewall"
    assert not window.wall.isVisible() and not window.site_tree.isVisible()
    assert _visible_docks(window) == []  # the empty status board does not crowd the page

    # The template: the header row the import reads, nothing else.
    template = tmp_path / "epe-list.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(template), ""))
    click(qtbot, page.template_button)
    qtbot.waitUntil(template.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "Template saved to" in window.statusBar().currentMessage())
    header = template.read_text(encoding="utf-8")
    assert header.startswith("\ufeffepe_name,tax_id,") and header.count("\n") == 1

    # The officer fills it in a spreadsheet and imports it from the same page.
    with template.open("a", encoding="utf-8") as out:
        out.write(SAMPLE_ROW)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(template), ""))
    click(qtbot, page.csv.button)

    qtbot.waitUntil(window.wall.isVisible, timeout=10_000)
    assert not page.isVisible()
    assert window.site_tree.epe_count == 1 and window.site_tree.camera_count == 1
    assert _visible_docks(window) != []  # the status board is back under the wall
    assert window.import_result is not None
    window.import_result.close()


def test_a_template_in_vietnamese_has_the_headers_an_admin_writes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from app import i18n

    i18n.install("vi")
    target = tmp_path / "mau.csv"
    window.save_sites_template_to(target)
    qtbot.waitUntil(lambda: window.file_queue.idle, timeout=10_000)
    assert target.read_text(encoding="utf-8").startswith("\ufeffTên DNCX,Mã số thuế,Địa chỉ,")
    assert _page(window).title.text() == "Chào mừng đến với epewall"


def test_add_from_a_device_asks_for_the_epe_first_then_opens_its_device_dialog(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    click(qtbot, _page(window).device.button)
    from widgets.devices.add_from_device import AddFromDeviceDialog
    from widgets.sites.epe_dialog import EpeDialog

    qtbot.waitUntil(lambda: isinstance(window._dialog, EpeDialog) and window._dialog.isVisible())
    epe_dialog = window._dialog
    assert isinstance(epe_dialog, EpeDialog)
    qtbot.keyClicks(epe_dialog.name, "Cong ty TNHH Minh Long")  # QTest types Latin-1 only
    qtbot.keyClicks(epe_dialog.tax_id, "0100233488")
    click(qtbot, epe_dialog.ok_button())

    qtbot.waitUntil(
        lambda: isinstance(window._dialog, AddFromDeviceDialog) and window._dialog.isVisible(),
        timeout=10_000,
    )
    device_dialog = window._dialog
    assert isinstance(device_dialog, AddFromDeviceDialog)
    (epe,) = registry.list_epes()
    assert device_dialog.epe_id() == epe.id
    assert window.wall.isVisible()  # the EPE exists: the wall is behind the dialog
    device_dialog.reject()


def test_open_the_demo_starts_epewall_demo_as_its_own_program(
    qtbot: QtBot, window: MainWindow, registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[tuple[str, list[str]]] = []

    def start(program: str, arguments: list[str]) -> bool:
        started.append((program, arguments))
        return True

    monkeypatch.setattr(welcome, "start_detached", start)
    page = _page(window)
    click(qtbot, page.demo.button)

    assert started == [(sys.executable, ["-m", "widgets.launcher", "demo"])]
    assert page.demo_note.isVisible()
    assert "your registry stays empty" in page.demo_note.text()
    assert registry.list_epes() == [] and page.isVisible()
    # The command is the demo's: the same program asked for the demo's help says so.
    program, arguments = started[0]
    done = subprocess.run(
        [program, *arguments, "--help"], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and "epewall demo [-h]" in done.stdout


def test_a_demo_that_cannot_start_is_said(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(welcome, "start_detached", lambda *_a: False)
    page = _page(window)
    click(qtbot, page.demo.button)
    assert page.demo_note.text() == "The demo could not be started. Details are in the log file."


def test_on_windows_the_demo_is_not_offered_and_the_page_says_why(
    qtbot: QtBot, registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[str] = []
    monkeypatch.setattr(welcome, "demo_available", lambda: False)
    monkeypatch.setattr(welcome, "start_detached", lambda program, _a: started.append(program))
    with shown_main_window(qtbot, registry) as window:
        page = _page(window)
        click(qtbot, page.demo.button)
        assert started == [] and not page.demo_note.isVisible()
        assert not page.demo.button.isEnabled()
        assert "not offered on Windows" in page.demo.text.text()
        assert "GStreamer" in page.demo.text.text()


@pytest.fixture
def login_keyring() -> Iterator[LoginKeyring]:
    yield from login_keyring_fixture()


def test_a_locked_keyring_is_explained_with_unlock_and_check_again(
    qtbot: QtBot, registry: Registry, login_keyring: LoginKeyring
) -> None:
    login_keyring.lock()
    with shown_main_window(qtbot, registry, CredentialStore()) as window:
        page = _page(window)
        qtbot.waitUntil(lambda: page.keyring_title.text() == "⚠ Keyring locked", timeout=10_000)
        assert "is locked. Unlock it" in page.keyring_text.text()
        assert "You can add EPEs and cameras now" in page.keyring_text.text()
        assert page.unlock_button.isVisible() and page.retry_button.isVisible()
        assert not window.banner.isVisible()  # said once, on the page

        login_keyring.unlock()  # as the officer does in the system's keyring manager
        click(qtbot, page.retry_button)
        qtbot.waitUntil(lambda: page.keyring_title.text() == "Keyring ready", timeout=10_000)
        assert "never in a file" in page.keyring_text.text()
        assert not page.unlock_button.isVisible() and not page.retry_button.isVisible()


def test_no_keyring_says_what_to_install(
    qtbot: QtBot, registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    with shown_main_window(qtbot, registry, CredentialStore()) as window:
        page = _page(window)
        title = "⚠ No keyring: passwords cannot be stored"
        qtbot.waitUntil(lambda: page.keyring_title.text() == title, timeout=10_000)
        assert "install and start GNOME Keyring" in page.keyring_text.text()
        assert not page.unlock_button.isVisible() and page.retry_button.isVisible()


def test_the_frozen_program_starts_the_demo_in_the_users_environment(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What the frozen loader leaves: its own library folder first, the user's kept aside.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/epewall/_internal")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    out = tmp_path / "env.json"
    script = (
        f"import json, os, pathlib; p = pathlib.Path({str(out)!r}); "
        "p.with_suffix('.tmp').write_text(json.dumps(dict(os.environ))); "
        "p.with_suffix('.tmp').rename(p)"
    )
    assert welcome.start_detached(sys.executable, ["-c", script])
    qtbot.waitUntil(out.exists, timeout=30_000)
    env = json.loads(out.read_text())
    assert env["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert env["PYINSTALLER_RESET_ENVIRONMENT"] == "1" and "LD_LIBRARY_PATH_ORIG" not in env
