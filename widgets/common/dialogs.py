"""How a window opens its dialogs (window-modal without a nested event loop, deleted on close)
and how a dialog closes while its device call is still running."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.workers import JobQueue

DialogT = TypeVar("DialogT", bound=QDialog)


def open_dialog(dialog: DialogT) -> DialogT:
    """Show ``dialog`` window-modal and delete it once closed; returned for the caller (and its
    tests) to hold. Without a nested event loop the window behind keeps painting, and a wall
    keeps playing while the officer types."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


_LINGERING: list[JobQueue] = []


def release_queue(queue: JobQueue) -> None:
    """Let a dialog close at once although a cancelled device call still runs on ``queue``:
    the queue outlives the dialog (a thread pool's destructor would wait for the call's
    timeout) and is deleted on a later call once idle."""
    _LINGERING[:] = [q for q in _LINGERING if not q.wait(0)]
    if not queue.wait(0):
        queue.setParent(None)
        _LINGERING.append(queue)
