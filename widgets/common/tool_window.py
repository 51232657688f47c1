"""The convention of every tool window (plan, coverage, check log, compliance, export…), as
officers know it from iVMS-4200 and SmartPSS: Esc closes it, it has a "Close" button, and a
dialog whose work is done offers "Close" where it offered "Cancel" while the work ran.

A window adopts it with one line at the end of its constructor: ``adopt_tool_window(self)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QBoxLayout, QDialog, QDialogButtonBox, QWidget

CLOSE_BUTTON = "toolWindowClose"


class _EscCloses(QObject):
    """Closes its window on an Esc that nothing inside it used (a child that uses Esc, an
    open combo box or an editor, accepts the key and it never reaches the window)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._window
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._window.close()
            return True
        return False


def close_button(window: QWidget) -> QAbstractButton | None:
    """The window's close button: one of its button boxes' Close, or the button the
    convention added."""
    for box in window.findChildren(QDialogButtonBox):
        button = box.button(QDialogButtonBox.StandardButton.Close)
        if button is not None:
            return button
    return window.findChild(QAbstractButton, CLOSE_BUTTON)


def adopt_tool_window(window: QWidget) -> QAbstractButton | None:
    """Esc closes ``window``; a Close button is added under its content when it has none.
    Returns the close button (None when the window's layout cannot take one)."""
    if not isinstance(window, QDialog):  # a dialog's Esc already rejects it
        _EscCloses(window)
    existing = close_button(window)
    if existing is not None:
        return existing
    layout = window.layout()
    if not isinstance(layout, QBoxLayout):
        return None
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, window)
    box.setObjectName("toolWindowButtons")
    button = box.button(QDialogButtonBox.StandardButton.Close)
    button.setObjectName(CLOSE_BUTTON)
    box.rejected.connect(window.close)
    layout.addWidget(box)
    return button


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size a tool window ``width`` x ``height``, or smaller to fit the screen it opens on (the
    office laptop's 1366x768): its bottom row and Close button must stay on screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        # The window manager's title bar and frame come on top of the size asked for.
        width = min(width, room.width() - 16)
        height = min(height, room.height() - 48)
    window.resize(width, height)


def work_done(cancel: QAbstractButton, done: bool = True) -> None:
    """The dialog's work has finished: its Cancel button says Close (it only closes now);
    ``done=False`` when new work starts gives it back its Cancel."""
    original = cancel.property("cancelText")
    if original is None:
        original = cancel.text()
        cancel.setProperty("cancelText", original)
    cancel.setText(QCoreApplication.translate("ToolWindow", "Close") if done else str(original))
