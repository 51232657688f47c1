"""Help > "Lưu thông tin chẩn đoán…": the officer saves the zip for the IT unit with the mouse,
the window keeps working while it is written, and a message says where it is."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app import i18n
from app.secrets import CredentialStore
from app.sites.registry import Registry
from tests.helpers.keyring import ready_store
from tests.helpers.main_window import shown_main_window
from tests.helpers.menus import click_menu_bar_entry
from tests.helpers.sites import SiteBuilder
from widgets.main_window import MainWindow

CANARY = "Canary-Pw-5mzq2"
NAME = "Công ty TNHH Điện tử Sao Việt"


@pytest.fixture
def store(registry: Registry) -> Iterator[CredentialStore]:
    store = ready_store()
    yield store
    for epe in registry.list_epes():
        store.delete_password(epe.uid)


@pytest.fixture
def window(qtbot: QtBot, registry: Registry, store: CredentialStore) -> Iterator[MainWindow]:
    from app.domain import CameraPosition

    epe, _ = SiteBuilder(registry).add_epe(NAME, "3601234569", (1, CameraPosition.GATE))
    store.set_password(epe.uid, CANARY)
    with shown_main_window(qtbot, registry, store) as main:
        yield main
        main.diagnostics.queue.wait(10_000)


def test_help_save_diagnostics_writes_the_zip_and_says_where(
    qtbot: QtBot,
    qapp: QApplication,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    i18n.install("vi")
    qapp.processEvents()
    action = window.diagnostics.action
    assert action.text() == "Lưu thông tin &chẩn đoán…"
    target = tmp_path / "cho-cntt.zip"
    asked: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    click_menu_bar_entry(qtbot, window, window.menu_help, action)

    qtbot.waitUntil(lambda: window.diagnostics.result_box is not None, timeout=20_000)
    box = window.diagnostics.result_box
    assert box is not None and box.isVisible()
    assert box.icon() == QMessageBox.Icon.Information
    assert str(target) in box.text() and "bộ phận CNTT" in box.text()
    assert Path(asked[0]).name.startswith("epewall-diagnostics-")
    with zipfile.ZipFile(target) as archive:
        everything = b"".join(archive.read(name) for name in archive.namelist())
    assert b"epes: 1" in everything
    assert CANARY.encode() not in everything and NAME.encode() not in everything
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    assert action.isEnabled()


def test_a_folder_that_cannot_be_written_is_said_and_nothing_is_left(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "no-such-folder" / "diag.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    click_menu_bar_entry(qtbot, window, window.menu_help, window.diagnostics.action)

    qtbot.waitUntil(lambda: window.diagnostics.result_box is not None, timeout=20_000)
    box = window.diagnostics.result_box
    assert box is not None
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text().startswith("The diagnostics were not saved: ")
    assert "Traceback" not in box.text()
    assert not target.parent.exists()
    box.close()
