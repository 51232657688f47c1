"""The convention of every tool window (plan, coverage, check log, compliance, export…), as
officers know it from iVMS-4200 and SmartPSS: Esc closes it, it has a "Close" button, and a
dialog whose work is done offers "Close" where it offered "Cancel" while the work ran.

A window adopts it with one line at the end of its constructor: ``adopt_tool_window(self)``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QWidget,
)

from app.officers.profiles import Action, Officer, can

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


class ToolWindowEntry(QObject):
    """A menu entry that opens one tool window: made at its first use, then reloaded, shown and
    raised; the entry is enabled for an active officer whose role may ``permission``, the open
    window follows the officer who logs in and closes for one who may not use it; the entry's
    words follow the language. A subclass makes the window (``create_window``), says the
    entry's words (``retranslate_ui``) and calls ``ready()`` at the end of its constructor.

    The window it opens has ``set_officer(officer)`` and ``reload()``."""

    def __init__(
        self,
        window: QWidget,
        menu: QMenu,
        officer: Officer | None,
        permission: Action,
        object_name: str,
        size: tuple[int, int] | None = None,
        activate: bool = True,
    ) -> None:
        super().__init__(window)
        self._window = window
        # False for a window that also opens by itself (at a login): it must not take the
        # keyboard from a dialog that opened at the same moment.
        self._activate = activate
        self._officer = officer
        self._permission = permission
        self._size = size
        self.window: Any = None
        self.entry = QAction(window)
        self.entry.setObjectName(object_name)
        self.entry.triggered.connect(self.open_window)
        menu.addAction(self.entry)
        window.installEventFilter(self)

    def ready(self) -> None:
        self.retranslate_ui()
        self.set_officer(self._officer)

    def may_use(self, officer: Officer | None) -> bool:
        return officer is not None and officer.active and can(officer.role, self._permission)

    def set_officer(self, officer: Officer | None) -> None:
        self._officer = officer
        allowed = self.may_use(officer)
        self.entry.setEnabled(allowed)
        if self.window is not None:
            self.window.set_officer(officer)
            if not allowed:
                self.window.close()

    def create_window(self) -> QWidget:
        raise NotImplementedError

    def open_window(self) -> Any:
        if not self.entry.isEnabled():
            return None
        if self.window is None:
            self.window = self.create_window()
            self.window.setWindowFlag(Qt.WindowType.Window)
            if self._size is not None:
                fit_to_screen(self.window, *self._size)
        else:
            self.window.set_officer(self._officer)
            self.window.reload()
        self.window.show()
        self.window.raise_()
        if self._activate:
            self.window.activateWindow()
        return self.window

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False
