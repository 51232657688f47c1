"""Saved walls on other screens: a top-level wall window per screen, the Wall menu's "Open wall
on screen" entries, and the placement kept per officer (``app.wall.screens``).

One wall window per screen: opening a wall on a screen that already has one replaces the wall
in that window (the cameras both walls share keep playing) and raises it. A window whose screen
is unplugged moves to a screen that exists, still playing; its placement stays on the screen
the officer chose: plugged in again, or at the next start, the window goes back there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from app.storage.database import RegistryError
from app.wall.channels import ChannelState
from app.wall.screens import ScreenRef, WallPlacement, WallPlacements, find_screen
from app.wall.store import WallStore, WallStoreError
from widgets.wall.wall import WallWidget

log = logging.getLogger(__name__)

# Builds an empty wall widget inside ``parent`` (the main window gives its stream factory,
# look-ups and snapshot book).
WallFactory = Callable[[QWidget], WallWidget]


# PySide makes the QScreen that ``QWidget.screen()`` returns a child of the widget: when that
# widget is deleted, every Python reference to the screen dies with it (RuntimeError), while the
# screen lives on. So this module never calls ``screen()`` on a widget nor keeps a QScreen past
# the moment: a window's screen is the one under its centre, a screen kept is a ScreenRef.


def same_screen(a: QScreen | None, b: QScreen | None) -> bool:
    """Whether two QScreen references are one screen (PySide may wrap one twice: ``is`` fails)."""
    if a is None or b is None:
        return a is b
    return bool(Shiboken.getCppPointer(a) == Shiboken.getCppPointer(b))


def screen_of(window: QWidget) -> QScreen | None:
    """The screen under the centre of a top-level ``window``; None when no screen is there
    (the one it was on just went away)."""
    return QGuiApplication.screenAt(window.geometry().center())


def _number(screen: QScreen) -> int:
    """1, 2, … as the officer counts; 0 for a screen no longer listed."""
    screens = QGuiApplication.screens()
    return next((n for n, s in enumerate(screens, start=1) if same_screen(s, screen)), 0)


def screen_ref(screen: QScreen) -> ScreenRef:
    geometry = screen.geometry()
    index = _number(screen) - 1
    return ScreenRef(
        screen.name(), geometry.x(), geometry.y(), geometry.width(), geometry.height(), index
    )


def screen_by_number(number: int) -> QScreen | None:
    """Screen ``number`` as the officer counts (from 1), or None."""
    screens = QGuiApplication.screens()
    return screens[number - 1] if 1 <= number <= len(screens) else None


def screen_for(saved: ScreenRef) -> QScreen:
    """The screen ``saved`` was, or the primary screen when it is gone."""
    screens = QGuiApplication.screens()
    primary = _number(QGuiApplication.primaryScreen()) - 1
    found = find_screen(saved, [screen_ref(s) for s in screens], max(primary, 0))
    return screens[found]


def place_on_screen(window: QWidget, screen: QScreen, full_screen: bool) -> None:
    """Show ``window`` full screen (or maximised) on ``screen``. A shown window is only moved:
    the screens of one desktop are siblings, so its native window (and the tiles' pictures
    drawn into it by libVLC) stays the same."""
    # Not QWidget.setScreen: PySide then ties the QScreen's wrapper to the window, and a closed
    # window leaves later references to that screen dead. The geometry names the screen.
    if window.isFullScreen() or window.isMaximized():
        window.showNormal()
    target = screen.geometry() if full_screen else screen.availableGeometry()
    window.setGeometry(target)
    if full_screen:
        window.showFullScreen()
    else:
        window.showMaximized()


def _is_home(screen: QScreen | None, wanted: ScreenRef) -> bool:
    """True when ``screen`` is the screen ``wanted`` names (same name, same place and size)."""
    if screen is None:
        return False
    ref = screen_ref(screen)
    return ref.name == wanted.name and ref.same_geometry(wanted)


class WallWindow(QWidget):
    """A saved wall alone in its own window, full screen (F11: maximised) on one screen. Esc
    gives back a maximised tile, then leaves full screen; Ctrl+W closes it and stops its
    streams."""

    closed = Signal(object)  # this window

    def __init__(self, name: str, make_wall: WallFactory) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("wallWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("#wallWindow { background: #010409; }")
        self.wall_name = name
        self.wanted: ScreenRef | None = None  # the screen the officer chose
        self.full_screen = True
        self.wall = make_wall(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.wall)
        self.wall.full_screen_requested.connect(lambda _cell: self._set_full_screen(True))
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, lambda: self._set_full_screen(None))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._leave)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        self._retranslate()

    def show_on(self, screen: QScreen, full_screen: bool = True) -> None:
        self.full_screen = full_screen
        place_on_screen(self, screen, full_screen)
        self._retranslate()

    def _set_full_screen(self, on: bool | None) -> None:
        self.full_screen = (not self.isFullScreen()) if on is None else on
        place_on_screen(self, screen_of(self) or QGuiApplication.primaryScreen(), self.full_screen)

    def _leave(self) -> None:
        if self.wall.maximised_cell is not None:
            self.wall.restore()
        elif self.isFullScreen():
            self._set_full_screen(False)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return super().event(event)

    def _retranslate(self) -> None:
        screen = screen_of(self)
        number = _number(screen) if screen is not None else 0
        self.setWindowTitle(
            self.tr("epewall — wall “%1” on screen %2")
            .replace("%1", self.wall_name)
            .replace("%2", str(number))
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wall.shutdown()  # every stream stops now, not when the widget is deleted
        self.closed.emit(self)
        super().closeEvent(event)


class ScreenWalls(QObject):
    """The wall windows of the current owner, and the Wall menu's "Open wall on screen"."""

    channels_changed = Signal()  # a wall window's tiles changed state, or a window came or went
    wall_opened = Signal(object)  # the WallWindow, shown
    failed = Signal(str)  # translated message: the wall cannot be opened
    # A wall window's screen is gone and it waits behind the main window (the wall's name)
    behind_main = Signal(str)
    back_home = Signal(str)  # a wall window went back to its screen, come back (the wall's name)

    def __init__(
        self,
        store: WallStore,
        placements: WallPlacements,
        make_wall: WallFactory,
        owner: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._placements = placements
        self._make_wall = make_wall
        self._owner = owner
        self._windows: list[WallWindow] = []
        self._closing_all = False
        self.persist = True  # False for walls the command line opened (a wall PC's own set-up)
        self._moved: list[WallWindow] = []
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenRemoved.connect(self._on_screen_removed)
        app.screenAdded.connect(lambda _screen: QTimer.singleShot(0, self._return_home))

    # -- reading -------------------------------------------------------------------------------
    def windows(self) -> list[WallWindow]:
        return list(self._windows)

    def window_on(self, screen: QScreen) -> WallWindow | None:
        return next((w for w in self._windows if same_screen(screen_of(w), screen)), None)

    def channel_states(self) -> dict[int, ChannelState]:
        states: dict[int, ChannelState] = {}
        for window in self._windows:
            states.update(window.wall.channel_states())
        return states

    # -- opening and closing -------------------------------------------------------------------
    def open(
        self, name: str, screen: QScreen, full_screen: bool = True, replace: bool = True
    ) -> WallWindow | None:
        """The saved wall ``name`` of the owner in the wall window of ``screen`` (made, or its
        wall replaced; with ``replace`` False always a new window), shown and raised. None,
        with ``failed`` said, if it cannot be read."""
        try:
            model = self._store.load(name, self._owner(), remember=False)
        except (KeyError, WallStoreError) as exc:
            self.failed.emit(
                str(exc)
                if isinstance(exc, WallStoreError)
                else QCoreApplication.translate(
                    "ScreenWalls", "There is no saved wall named “%1”."
                ).replace("%1", name)
            )
            return None
        window = self.window_on(screen) if replace else None
        if window is None:
            window = WallWindow(name, self._make_wall)
            window.closed.connect(self._on_closed)
            window.wall.channels_changed.connect(self.channels_changed)
            self._windows.append(window)
        window.wall_name = name
        window.wanted = screen_ref(screen)
        window.wall.set_model(model)
        window.show_on(screen, full_screen)
        window.raise_()
        window.activateWindow()
        self._save()
        self.channels_changed.emit()
        self.wall_opened.emit(window)
        return window

    def restore(self) -> list[WallWindow]:
        """The owner's wall windows as they were at the last close, each on its screen or,
        when that screen is gone, on the primary one."""
        try:
            placements = self._placements.load(self._owner())
        except RegistryError:
            log.warning("the wall windows of the last session could not be read")
            return []
        opened = []
        for placement in placements:
            # Two walls whose screens are now one (a screen gone) both open, one over the
            # other: neither is lost from the next start.
            window = self.open(
                placement.wall_name,
                screen_for(placement.screen),
                placement.full_screen,
                replace=False,
            )
            if window is not None:
                window.wanted = placement.screen  # back there when that screen returns
                opened.append(window)
                if not _is_home(screen_of(window), placement.screen):
                    self._keep_behind_main(window)
        self._save()
        return opened

    def close_all(self) -> None:
        """Close every wall window, keeping the placement for the owner's next start (officer
        change, main window closing)."""
        self._closing_all = True
        try:
            for window in list(self._windows):
                window.close()
        finally:
            self._closing_all = False

    def _on_closed(self, window: WallWindow) -> None:
        if window in self._windows:
            self._windows.remove(window)
        if not self._closing_all:
            self._save()
        self.channels_changed.emit()

    def _save(self) -> None:
        if not self.persist:
            return
        placements = [
            WallPlacement(
                w.wall_name,
                w.wanted or screen_ref(screen_of(w) or QGuiApplication.primaryScreen()),
                w.full_screen,
            )
            for w in self._windows
        ]
        try:
            self._placements.save(self._owner(), placements)
        except RegistryError:
            log.warning("the wall windows could not be kept for the next start")

    # -- screens coming and going --------------------------------------------------------------
    def _on_screen_removed(self, removed: QScreen) -> None:
        # Said before Qt hands the screen's windows to the primary screen (keeping their native
        # windows, siblings on one desktop); they are placed there once Qt is done.
        for window in self._windows:
            under = screen_of(window)
            if under is None or same_screen(under, removed):
                self._moved.append(window)
        if self._moved:
            QTimer.singleShot(0, self._move_orphans)

    def _move_orphans(self) -> None:
        target = QGuiApplication.primaryScreen()
        for window in self._moved:
            if window in self._windows:
                log.info("screen unplugged: wall %r moves to %s", window.wall_name, target.name())
                window.show_on(target, window.full_screen)
                self._keep_behind_main(window)
        self._moved = []

    def _keep_behind_main(self, window: WallWindow) -> None:
        """A wall window that lost its screen and landed on the main window's stays behind it:
        full screen over the main window it would hide the menus, the tree and the check panel
        the officer works with. Its streams play on; ``behind_main`` lets the main window say
        where it went (Alt+Tab, or the screen coming back, brings it)."""
        main = self.parent()
        if not isinstance(main, QWidget) or not main.isVisible():
            return
        if not same_screen(screen_of(main), screen_of(window)):
            return
        window.lower()
        main.raise_()
        main.activateWindow()
        self.behind_main.emit(window.wall_name)

    def _return_home(self) -> None:
        """A screen came (back): the windows chosen for it, moved away when it went, return."""
        for window in self._windows:
            if window.wanted is None:
                continue
            home = screen_for(window.wanted)
            here = screen_of(window)
            if _is_home(home, window.wanted) and not same_screen(home, here):
                log.info("screen back: wall %r returns to %s", window.wall_name, home.name())
                window.show_on(home, window.full_screen)
                self.back_home.emit(window.wall_name)

    # -- the Wall menu -------------------------------------------------------------------------
    def fill_menu(self, menu: QMenu, here: QScreen | None, walls: list[str]) -> None:
        """One submenu per screen ("Screen 2: HDMI-1, 1920×1080"), the main window's marked,
        each listing the saved walls to open there and, when it has a wall window, its close."""
        menu.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            text = (
                self.tr("Screen %1: %2, %3×%4")
                .replace("%1", str(number))
                .replace("%2", screen.name() or "—")
                .replace("%3", str(size.width()))
                .replace("%4", str(size.height()))
            )
            window = self.window_on(screen)
            ref = screen_ref(screen)
            if same_screen(screen, here):
                text += " " + self.tr("(this window)")
            if window is not None:
                text += " — " + self.tr("wall “%1”").replace("%1", window.wall_name)
            sub = menu.addMenu(text)
            sub.setObjectName(f"screenMenu{number}")
            if not walls:
                sub.addAction(self.tr("(no saved walls)")).setEnabled(False)
            for name in walls:
                action = sub.addAction(name)
                action.setCheckable(window is not None)
                action.setChecked(window is not None and window.wall_name == name)
                action.triggered.connect(
                    lambda _checked=False, n=name, r=ref: self.open(n, screen_for(r))
                )
            if window is not None:
                sub.addSeparator()
                close = sub.addAction(self.tr("Close the wall on this screen"))
                close.triggered.connect(window.close)


class ScreenWallsMenu(QMenu):
    """Wall > "Open wall on screen": filled when it opens, with the owner's saved walls."""

    def __init__(
        self,
        screen_walls: ScreenWalls,
        here: Callable[[], QScreen | None],
        walls: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screenWallsMenu")
        self._screen_walls = screen_walls
        self.aboutToShow.connect(lambda: screen_walls.fill_menu(self, here(), walls()))
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Open wall on &screen"))
