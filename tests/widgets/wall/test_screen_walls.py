"""Saved walls on other screens (#17): Wall > Open wall on screen with the mouse, the placement
back at the next start (also with that screen gone), and ``--wall NAME --screen N``. Two real
screens: the test's X screen split into two RandR monitors (tests/helpers/screens.py)."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.domain import Camera, CameraPosition, Epe, RiskLevel
from app.media.stream import StreamState, StreamStatus
from app.officers.profiles import Officer, Role
from app.rotation.ledger import AuditAction, RecordKind
from app.sites.registry import Registry
from app.wall.layout import WallModel
from app.wall.store import WallStore, default_owner
from app.wall.tour import TourDefinition, TourStore
from tests.helpers.faulty_servers import closed_port
from tests.helpers.main_window import shown_main_window
from tests.helpers.officer_login import type_pin_and_submit
from tests.helpers.screens import on_screen as on
from tests.helpers.screens import (
    open_on_screen,
    plug_again,
    screen_named,
    two_screens,
    unplug,
    wall_window,
)
from widgets.application import open_command_line_walls, start_command_line_tour
from widgets.main_window import MainWindow

GATE, YARD = "Cổng ca đêm", "Bãi hàng"


@pytest.fixture
def registry(epewall_home: Path) -> Iterator[Registry]:
    reg = Registry()
    epe = reg.add_epe(
        # high risk: on the risk-list tour
        Epe(
            name="Công ty TNHH May mặc Hòa Bình Xanh",
            tax_id="2301275957",
            risk_level=RiskLevel.HIGH,
        )
    )
    port = closed_port()  # the tiles try and fail: where the window is does not need pictures
    for number in (1, 2, 3):
        reg.add_camera(
            Camera(
                epe_id=int(epe.id or 0),
                diagram_number=number,
                position=CameraPosition.GATE,
                sub_url=f"rtsp://127.0.0.1:{port}/Streaming/Channels/{number}02",
            )
        )
    yield reg
    reg.close()


def on_top(screen: str) -> QWidget | None:
    """The top-level window the officer sees in the middle of ``screen`` (X's stacking order)."""
    return QApplication.topLevelAt(screen_named(screen).geometry().center())


def save_walls(window: MainWindow, registry: Registry) -> list[int]:
    cameras = [int(c.id or 0) for c in registry.list_cameras()]
    window.wall_store.save(GATE, window.wall_owner, WallModel("2x2", cameras[:2]).to_dict())
    window.wall_store.save(YARD, window.wall_owner, WallModel("1", cameras[2:]).to_dict())
    return cameras


def test_the_wall_menu_puts_a_saved_wall_full_screen_on_the_chosen_screen(
    qtbot: QtBot, registry: Registry
) -> None:
    with two_screens(qtbot) as (left, right), shown_main_window(qtbot, registry) as window:
        window.setGeometry(screen_named(left).availableGeometry().adjusted(0, 30, 0, 0))
        cameras = save_walls(window, registry)
        shown = open_on_screen(qtbot, window, "Screen 2", GATE)

        assert shown == [
            "Screen 1: EPEWALL-L, 960×1080 (this window)",
            "Screen 2: EPEWALL-R, 960×1080",
        ]
        qtbot.waitUntil(lambda: wall_window(window, GATE) is not None, timeout=5_000)
        opened = wall_window(window, GATE)
        assert opened is not None
        qtbot.waitUntil(lambda: on(opened, right), timeout=5_000)
        assert opened.isFullScreen() and opened.geometry() == screen_named(right).geometry()
        assert list(opened.wall.model.cameras[:2]) == cameras[:2]
        assert window.wall.tiles() == []  # the main window's own wall is not touched
        assert "Cổng ca đêm" in opened.windowTitle() and "screen 2" in opened.windowTitle()

        # The same screen again: its window gets the other wall (one window per screen).
        shown = open_on_screen(qtbot, window, "Screen 2", YARD)
        assert shown[1] == "Screen 2: EPEWALL-R, 960×1080 — wall “Cổng ca đêm”"
        qtbot.waitUntil(lambda: opened.wall.model.cameras[0] == cameras[2], timeout=5_000)
        assert window.screen_walls.windows() == [opened] and opened.wall_name == YARD

        # Ctrl+W on the wall window closes it; the main window stays.
        streams = [tile.stream for tile in opened.wall.tiles()]
        opened.activateWindow()
        qtbot.keyClick(opened, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.screen_walls.windows() == [], timeout=5_000)
        assert streams and all(s.status.state.value == "stopped" for s in streams)
        assert window.isVisible()


def test_the_wall_windows_come_back_at_the_next_start_on_a_screen_that_exists(
    qtbot: QtBot, registry: Registry
) -> None:
    with two_screens(qtbot) as (left, right):
        with shown_main_window(qtbot, registry) as first:
            first.setGeometry(screen_named(left).availableGeometry())
            save_walls(first, registry)
            open_on_screen(qtbot, first, "Screen 2", GATE)
            qtbot.waitUntil(lambda: wall_window(first, GATE) is not None, timeout=5_000)
        # Closing the main window closed its wall window and kept where it was.

        with shown_main_window(qtbot, registry) as second:
            assert second.screen_walls.windows() == []
            second.restore_last_wall()  # what a start does
            back = wall_window(second, GATE)
            assert back is not None
            qtbot.waitUntil(lambda: on(back, right), timeout=5_000)
            assert back.isFullScreen()

        unplug(qtbot)  # the right screen is gone before the next start
        with shown_main_window(qtbot, registry) as third:
            third.restore_last_wall()
            moved = wall_window(third, GATE)
            assert moved is not None
            qtbot.waitUntil(lambda: on(moved, left), timeout=5_000)
            assert moved.geometry() == screen_named(left).geometry()
            qtbot.waitUntil(lambda: on_top(left) is third, timeout=5_000)  # not hidden by it


def test_the_wall_window_of_an_unplugged_screen_moves_to_the_remaining_one_and_back(
    qtbot: QtBot, registry: Registry
) -> None:
    with two_screens(qtbot) as (left, right), shown_main_window(qtbot, registry) as window:
        window.setGeometry(screen_named(left).availableGeometry())
        save_walls(window, registry)
        opened = window.screen_walls.open(GATE, screen_named(right))
        assert opened is not None
        qtbot.waitUntil(lambda: on(opened, right), timeout=5_000)
        tiles = opened.wall.tiles()
        pictures = [int(t.surface.winId()) for t in tiles]  # where libVLC draws

        unplug(qtbot)

        qtbot.waitUntil(lambda: on(opened, left), timeout=5_000)
        assert opened.isFullScreen() and opened.geometry() == screen_named(left).geometry()
        assert opened.wall.tiles() == tiles  # the same tiles, their streams not stopped
        assert all(t.stream.status.state.value != "stopped" for t in tiles)
        assert [int(t.surface.winId()) for t in tiles] == pictures
        # ... behind the main window, whose menus and tree the officer still needs, and it says so
        qtbot.waitUntil(lambda: on_top(left) is window, timeout=5_000)
        assert GATE in window.statusBar().currentMessage()

        plug_again(qtbot)  # the cable back in: the wall goes back where the officer put it

        qtbot.waitUntil(lambda: on(opened, right), timeout=5_000)
        assert opened.isFullScreen() and opened.wall.tiles() == tiles
        assert GATE not in window.statusBar().currentMessage()  # no longer true: not said


def test_wall_and_screen_on_the_command_line(qtbot: QtBot, registry: Registry) -> None:
    with two_screens(qtbot) as (left, right), shown_main_window(qtbot, registry) as window:
        window.setGeometry(screen_named(left).availableGeometry())
        save_walls(window, registry)
        err = io.StringIO()
        # epewall --wall "Cổng ca đêm" --screen 2 --wall "Bãi hàng" --screen 1
        open_command_line_walls(window, [[GATE, 2], [YARD, 1]], err)

        qtbot.waitUntil(lambda: on(window, right) and window.isFullScreen(), timeout=5_000)
        assert window.wall_name == GATE
        yard = wall_window(window, YARD)
        assert yard is not None
        qtbot.waitUntil(lambda: on(yard, left), timeout=5_000)
        assert err.getvalue() == ""
        window.screen_walls.close_all()
        # The command line's walls are not the officer's: nothing to restore at the next start.
        assert window.screen_walls.restore() == []


def test_a_tour_on_one_screen_and_a_wall_on_the_other_on_the_command_line(
    qtbot: QtBot, registry: Registry
) -> None:
    """A wall PC with two monitors: one tours the EPEs, the other stays on the gate."""
    with two_screens(qtbot) as (left, right), shown_main_window(qtbot, registry) as window:
        window.setGeometry(screen_named(left).availableGeometry())
        save_walls(window, registry)
        TourStore(registry).save(TourDefinition("Ca đêm", dwell_seconds=20), window.wall_owner)
        err = io.StringIO()
        # epewall --tour "Ca đêm" --screen 2 --wall "Cổng ca đêm" --screen 1
        start_command_line_tour(window, "Ca đêm", 2, [[GATE, 1]], err)

        qtbot.waitUntil(lambda: on(window, right) and window.isFullScreen(), timeout=5_000)
        qtbot.waitUntil(window.tour_bar.isVisible, timeout=5_000)
        gate = wall_window(window, GATE)
        assert gate is not None
        qtbot.waitUntil(lambda: on(gate, left) and gate.isFullScreen(), timeout=5_000)
        assert err.getvalue() == ""
        window.screen_walls.close_all()


def test_a_screen_number_this_computer_lacks_is_said_and_gives_the_primary_screen(
    qtbot: QtBot, registry: Registry
) -> None:
    with two_screens(qtbot) as (left, right), shown_main_window(qtbot, registry) as window:
        window.setGeometry(screen_named(right).availableGeometry())
        save_walls(window, registry)
        err = io.StringIO()
        open_command_line_walls(window, [[GATE, 3]], err)  # epewall --wall ... --screen 3

        assert err.getvalue() == (
            "epewall: there is no screen 3 (this computer has 2); the wall “Cổng ca đêm” opens "
            "on the primary screen.\n"
        )
        qtbot.waitUntil(lambda: on(window, left) and window.isFullScreen(), timeout=5_000)
        assert window.wall_name == GATE


def test_views_on_a_wall_window_go_to_the_audit_trail(qtbot: QtBot, registry: Registry) -> None:
    with shown_main_window(qtbot, registry) as window:
        store = window.rotation.store
        lead = store.add_officer(
            None, Officer("TL01", "Trần Thị Hạnh", Role.TEAM_LEAD, "Đội 1"), "135792"
        )
        store.add_officer(lead, Officer("CB01", "Nguyễn Văn An", Role.OFFICER, "Đội 1"), "246813")
        dialog = window.rotation.switch_officer()
        dialog.select_officer("CB01")
        with qtbot.waitSignal(window.officer_changed, timeout=10_000):
            type_pin_and_submit(qtbot, dialog, "246813")
        save_walls(window, registry)  # the officer's own walls
        opened = window.screen_walls.open(YARD, QGuiApplication.primaryScreen())
        assert opened is not None
        tile = opened.wall.tiles()[0]
        tile.stream.status_changed.emit(StreamStatus(StreamState.LIVE))  # the first picture
        opened.close()

        views = [
            (r.payload["action"], r.payload["officer"], r.payload["details"]["diagram_number"])
            for r in window.rotation.ledger.records(RecordKind.AUDIT)
            if r.payload["action"] in (AuditAction.VIEW_STARTED, AuditAction.VIEW_STOPPED)
        ]
        assert views == [("view_started", "CB01", 3), ("view_stopped", "CB01", 3)]


def x_windows_named(title: str) -> list[tuple[int, int, int, int]]:
    """The geometry of the shown X windows called ``title`` (as the X server has them)."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", f"^{title}$"],
        capture_output=True,
        text=True,
        timeout=10,
    )
    shapes = []
    for wid in found.stdout.split():
        shell = subprocess.run(
            ["xdotool", "getwindowgeometry", "--shell", wid],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout
        values = dict(line.split("=", 1) for line in shell.split())
        shapes.append(tuple(int(values[k]) for k in ("X", "Y", "WIDTH", "HEIGHT")))
    return shapes  # type: ignore[return-value]


@pytest.mark.parametrize("number", [2, 3], ids=["screen-2", "a-screen-the-pc-lacks"])
def test_epewall_wall_screen_on_a_wall_pc(
    qtbot: QtBot, registry: Registry, epewall_home: Path, number: int
) -> None:
    cameras = [int(c.id or 0) for c in registry.list_cameras()]
    WallStore(registry).save(GATE, default_owner(), WallModel("2x2", cameras[:2]).to_dict())
    with two_screens(qtbot) as (left, right):
        expected = screen_named(right if number == 2 else left).geometry()
        command = [sys.executable, "-m", "widgets.launcher", "--lang", "en"]
        app = subprocess.Popen(
            [*command, "--wall", GATE, "--screen", str(number)],
            cwd=Path(__file__).resolve().parents[3],
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            shape = (expected.x(), expected.y(), expected.width(), expected.height())
            qtbot.waitUntil(lambda: shape in x_windows_named("epewall"), timeout=30_000)
        finally:
            app.terminate()
            _out, err = app.communicate(timeout=30)
    lacks = (
        "epewall: there is no screen 3 (this computer has 2); the wall “Cổng ca đêm” opens "
        "on the primary screen."
    )
    assert (lacks in err) == (number == 3)
