"""Two real screens on the test's X server: Qt's xcb platform reads RandR 1.5 monitors, so the
one Xvfb screen split into a left and a right monitor gives two QScreens, and deleting a monitor
is a screen unplugged (Qt says screenRemoved). Needs ``xrandr`` (x11-xserver-utils)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.menus import click_menu_bar_entry, menu_texts
from widgets.main_window import MainWindow
from widgets.wall.screen_walls import WallWindow

LEFT, RIGHT = "EPEWALL-L", "EPEWALL-R"


def xrandr(*words: str) -> None:
    subprocess.run(["xrandr", *words], check=True, capture_output=True, timeout=10)


def _monitor(name: str, rect: QRect, output: str) -> None:
    # Physical size at 96 dpi, so that Qt keeps a device pixel ratio of 1.
    size = (
        f"{rect.width()}/{rect.width() * 254 // 960}x{rect.height()}/{rect.height() * 254 // 960}"
    )
    xrandr("--setmonitor", name, f"{size}+{rect.x()}+{rect.y()}", output)


_plugged: dict[str, QRect] = {}


def plug_again(qtbot: QtBot, name: str = RIGHT) -> None:
    """Put monitor ``name`` back where it was; waits until Qt has it."""
    _monitor(name, _plugged[name], "none")
    qtbot.waitUntil(lambda: name in [s.name() for s in QGuiApplication.screens()], timeout=10_000)


def unplug(qtbot: QtBot, name: str = RIGHT) -> None:
    """Take monitor ``name`` away, as a cable pulled out; waits until Qt has one screen less."""
    before = len(QGuiApplication.screens())
    xrandr("--delmonitor", name)
    qtbot.waitUntil(lambda: len(QGuiApplication.screens()) == before - 1, timeout=10_000)


def screen_named(name: str) -> QScreen:
    """The screen now called ``name``. Look it up each time: PySide kills a QScreen reference
    when a widget whose ``screen()`` returned it is deleted."""
    return next(s for s in QGuiApplication.screens() if s.name() == name)


@contextmanager
def two_screens(qtbot: QtBot) -> Iterator[tuple[str, str]]:
    """The X screen as two screens side by side (left primary, right), by name; one screen
    again after, as the other tests expect it, also when the test unplugged one."""
    single = QGuiApplication.primaryScreen()
    output, whole = single.name(), single.geometry()
    half = whole.width() // 2
    left = QRect(whole.x(), whole.y(), half, whole.height())
    right = QRect(whole.x() + half, whole.y(), whole.width() - half, whole.height())
    try:
        # The left monitor takes the output, so its automatic monitor (the whole X screen) goes.
        _monitor(LEFT, left, output)
        _monitor(RIGHT, right, "none")
        _plugged.update({LEFT: left, RIGHT: right})
        qtbot.waitUntil(
            lambda: sorted(s.name() for s in QGuiApplication.screens()) == [LEFT, RIGHT],
            timeout=10_000,
        )
        yield LEFT, RIGHT
    finally:
        for name in (RIGHT, LEFT):
            subprocess.run(["xrandr", "--delmonitor", name], capture_output=True, timeout=10)
        qtbot.waitUntil(
            lambda: [s.geometry() for s in QGuiApplication.screens()] == [whole], timeout=10_000
        )


def on_screen(window: QWidget, name: str) -> bool:
    """Whether the top-level ``window`` is shown on screen ``name`` and lies wholly on it."""
    geometry = screen_named(name).geometry()
    return window.isVisible() and geometry.contains(window.geometry())


def click_entry(qtbot: QtBot, menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text().startswith(text))
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def open_on_screen(qtbot: QtBot, window: MainWindow, screen_text: str, wall: str) -> list[str]:
    """Wall > Open wall on screen > ``screen_text`` > ``wall``, with the mouse; the screens'
    menu as it was shown."""
    click_menu_bar_entry(qtbot, window, window.menu_wall, window.menu_screens.menuAction())
    screens = window.menu_screens
    qtbot.waitUntil(screens.isVisible, timeout=5_000)
    qtbot.waitExposed(screens)
    shown = menu_texts(screens)
    click_entry(qtbot, screens, screen_text)
    sub = next(a.menu() for a in screens.actions() if a.text().startswith(screen_text))
    assert isinstance(sub, QMenu)
    qtbot.waitUntil(sub.isVisible, timeout=5_000)
    qtbot.waitExposed(sub)
    click_entry(qtbot, sub, wall)
    return shown


def wall_window(window: MainWindow, name: str) -> WallWindow | None:
    return next((w for w in window.screen_walls.windows() if w.wall_name == name), None)
