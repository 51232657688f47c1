"""A person's mouse and keyboard on ordinary widgets: a click in the middle of a widget, and a
combo box item chosen by opening the list with the mouse and arrowing to it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick ``text``: click the combo open, arrow to the item, press Enter. (A click on the item
    itself is unreliable: the popup ignores a release that comes right after it opened.)"""
    click(qtbot, combo)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    steps = combo.findText(text) - combo.currentIndex()
    for _ in range(abs(steps)):
        qtbot.keyClick(view, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text
