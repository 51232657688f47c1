"""Right-click menus driven as a person does: the right press, the context-menu event the press
brings (QTest sends no such event by itself), then a click on the entry."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot

from widgets.wall import TileWidget


def right_click(qtbot: QtBot, widget: QWidget, point: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.RightButton, pos=point)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)
    qtbot.mouseRelease(widget, Qt.MouseButton.RightButton, pos=point)


def open_tile_menu(qtbot: QtBot, tile: TileWidget) -> QMenu:
    """Right-click the tile's picture and return the menu it shows."""
    right_click(qtbot, tile.surface, tile.surface.rect().center())
    menu = tile.context_menu
    assert menu is not None
    qtbot.waitExposed(menu)
    return menu


def choose(qtbot: QtBot, menu: QMenu, text: str) -> None:
    """Click the menu entry that reads ``text``."""
    action = next(a for a in menu.actions() if a.text() == text and a.isVisible())
    assert action.isEnabled(), text
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def click_menu_bar_entry(qtbot: QtBot, window: QMainWindow, menu: QMenu, action: QAction) -> None:
    """Open ``menu`` from the window's menu bar with the mouse and click ``action`` in it."""
    bar = window.menuBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center()
    )
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    qtbot.waitExposed(menu)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
