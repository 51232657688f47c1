"""Driving the officer login dialog as an officer does: type the PIN, press the button, and wait
for the check (a slow hash, run off the GUI thread) to finish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from widgets.officers.officer_login import OfficerLoginDialog


def type_pin_and_submit(qtbot: QtBot, dialog: OfficerLoginDialog, pin: str) -> None:
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
