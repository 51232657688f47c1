"""A save in the window while another epewall process holds the registry's write lock (a second
window, or a command run beside it): the window says it is waiting and shows a busy cursor, the
save then completes; when the other writer never lets go, a translated error and nothing lost.

The other writer is a real process (BEGIN IMMEDIATE, then it holds the lock); what is tested is
the window.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.secrets import CredentialStore
from app.sites.registry import Registry
from tests.helpers.main_window import shown_main_window
from widgets.main_window import MainWindow
from widgets.sites.epe_dialog import EpeDialog

WAITING = "Waiting for another epewall window to finish writing…"
# Takes the write lock, says so, holds it for argv[2] seconds (or until stdin closes: "-").
HOLDER = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
if sys.argv[2] == "-":
    sys.stdin.read()
else:
    time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


def hold_the_write_lock(path: Path, seconds: str) -> subprocess.Popen[str]:
    other = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), seconds],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert other.stdout is not None
    assert other.stdout.readline().strip() == "held"  # the lock is taken before the save
    return other


@pytest.fixture
def window(qtbot: QtBot, registry: Registry) -> Iterator[MainWindow]:
    with shown_main_window(qtbot, registry, CredentialStore()) as main:
        yield main


def new_epe_dialog(qtbot: QtBot, window: MainWindow) -> tuple[EpeDialog, list[str]]:
    dialog = window.add_epe()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Cong ty TNHH Minh Long")
    qtbot.keyClicks(dialog.tax_id, "0100233488")
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    return dialog, said


def click_ok(qtbot: QtBot, dialog: EpeDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


@pytest.fixture
def registry(epewall_home: Path) -> Iterator[Registry]:
    reg = Registry()
    yield reg
    reg.close()


def test_a_save_that_waits_for_another_writer_says_so_and_completes(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    assert registry.path is not None
    dialog, said = new_epe_dialog(qtbot, window)
    other = hold_the_write_lock(registry.path, "2")
    try:
        click_ok(qtbot, dialog)  # waits on this thread for the other process (~2 s)
    finally:
        other.communicate(timeout=30)
    # Before: two seconds of a frozen window, without a word.
    assert WAITING in said
    assert [e.tax_id for e in registry.list_epes()] == ["0100233488"]
    assert not dialog.isVisible()
    assert window.statusBar().currentMessage() == ""
    assert QGuiApplication.overrideCursor() is None


@pytest.fixture
def impatient(qtbot: QtBot, epewall_home: Path) -> Iterator[tuple[MainWindow, Registry]]:
    """A shorter busy timeout than the 10 s of a real start: 1 + 0.2 + 1.2 + 1.2 s, not 30 s."""
    with (
        Registry(busy_timeout=1.2) as registry,
        shown_main_window(qtbot, registry, CredentialStore()) as window,
    ):
        yield window, registry


def test_a_writer_that_never_lets_go_gives_a_translated_error_and_keeps_the_form(
    qtbot: QtBot, impatient: tuple[MainWindow, Registry]
) -> None:
    window, registry = impatient
    assert registry.path is not None
    dialog, said = new_epe_dialog(qtbot, window)
    other = hold_the_write_lock(registry.path, "-")
    try:
        click_ok(qtbot, dialog)
    finally:
        other.communicate("", timeout=30)
    assert WAITING in said
    assert dialog.isVisible()  # nothing typed is lost: OK again saves it
    assert dialog.name.text() == "Cong ty TNHH Minh Long"
    assert "another epewall window or program is writing" in dialog.general_error.text()
    assert registry.list_epes() == []
    assert QGuiApplication.overrideCursor() is None
    click_ok(qtbot, dialog)
    assert [e.tax_id for e in registry.list_epes()] == ["0100233488"]
