"""How a window opens its dialogs: window-modal without a nested event loop, deleted on close."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

DialogT = TypeVar("DialogT", bound=QDialog)


def open_dialog(dialog: DialogT) -> DialogT:
    """Show ``dialog`` window-modal and delete it once closed; returned for the caller (and its
    tests) to hold. Without a nested event loop the window behind keeps painting, and a wall
    keeps playing while the officer types."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
