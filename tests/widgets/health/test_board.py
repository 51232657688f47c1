"""The EPE status board as an officer uses it: the dark EPE on top in words and colour, the
filter box, a double-click that puts an EPE's cameras on the wall, the details of its cameras
with their availability per day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from app.domain import Camera, Epe
from app.health.model import CameraCondition, ProbeResult
from app.health.status import Severity, load_board
from app.health.store import HealthStore
from app.interruptions.model import InterruptionKind
from app.interruptions.register import InterruptionRegister
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.clock import Clock
from tests.helpers.main_window import shown_main_window
from tests.helpers.sites import PIN, SiteBuilder
from widgets.health.board import (
    DOWN_SINCE,
    EPE,
    INTERRUPTION,
    ONLINE,
    STATE,
    WORST,
    StatusBoard,
)


def look(
    store: HealthStore, epe: Epe, camera: Camera, condition: CameraCondition, at: dt.datetime
) -> None:
    assert epe.id is not None and camera.id is not None
    store.record([ProbeResult(epe.id, camera.id, camera.diagram_number, condition, at)])


def texts(board: StatusBoard, column: int) -> list[str]:
    """What the officer reads in ``column``, top to bottom, of the rows the filter shows."""
    return [board.text(row, column) for row in board.visible_rows()]


def double_click_row(qtbot: QtBot, table: QTableView, row: int, column: int) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_dark_epe_comes_first_and_a_double_click_puts_its_cameras_on_the_wall(
    qtbot: QtBot, registry: Registry
) -> None:
    sao_viet, hoa_binh = SiteBuilder(registry).add_two_epes()
    store = HealthStore(registry)
    now = dt.datetime.now(dt.UTC)
    two_hours_ago = now - dt.timedelta(hours=2)
    gate, yard = registry.list_cameras(sao_viet.id)
    look(store, sao_viet, gate, CameraCondition.OK, now)
    look(store, sao_viet, yard, CameraCondition.NO_PICTURE, now)
    (hoa_binh_gate,) = registry.list_cameras(hoa_binh.id)
    for minutes in range(0, 121, 5):  # looked at every 5 minutes for two hours
        at = two_hours_ago + dt.timedelta(minutes=minutes)
        look(store, hoa_binh, hoa_binh_gate, CameraCondition.UNREACHABLE, at)

    with shown_main_window(qtbot, registry) as main:
        board = main.status_board
        table = board.table
        qtbot.waitUntil(lambda: len(board.rows) == 2, timeout=10_000)
        assert board.isVisible()
        assert texts(board, EPE) == [hoa_binh.name, sao_viet.name]
        assert texts(board, STATE) == ["Whole EPE dark", "Cameras down"]
        assert texts(board, ONLINE) == ["0/1", "1/2"]
        assert "(2 h 0 min)" in texts(board, DOWN_SINCE)[0]

        qtbot.keyClicks(board.filter, "sao viet")
        assert texts(board, EPE) == [sao_viet.name]

        double_click_row(qtbot, table, 1, EPE)
        qtbot.waitUntil(lambda: gate.id in main.wall.model.cameras)
        assert yard.id in main.wall.model.cameras
        assert hoa_binh_gate.id not in main.wall.model.cameras
        # The selected EPE's cameras, each with its condition and its day-by-day availability.
        details = board.details
        assert details.rowCount() == 2
        assert [details.item(r, 2).text() for r in range(2)] == ["OK", "Answers, no picture"]


def test_the_board_follows_the_monitor_without_a_window_refresh(
    qtbot: QtBot, registry: Registry
) -> None:
    sao_viet, hoa_binh = SiteBuilder(registry).add_two_epes()
    clock = Clock(dt.datetime(2026, 12, 1, 10, tzinfo=VIETNAM))
    store = HealthStore(registry, clock)
    for epe in (sao_viet, hoa_binh):
        for camera in registry.list_cameras(epe.id):
            look(store, epe, camera, CameraCondition.OK, clock())
    board = StatusBoard(lambda: load_board(registry, store, None, clock()), clock=clock)
    qtbot.addWidget(board)
    board.show()
    with qtbot.waitSignal(board.refreshed):
        board.refresh()
    assert texts(board, STATE) == ["All online", "All online"]

    clock.advance(minutes=2)
    gate = registry.list_cameras(sao_viet.id)[0]
    look(store, sao_viet, gate, CameraCondition.WRONG_ACCOUNT, clock())
    with qtbot.waitSignal(board.refreshed):
        board.request_refresh(sao_viet.id)

    assert board.rows[0].severity is Severity.DOWN
    assert texts(board, STATE)[0] == "Cameras down"
    assert board.text(0, WORST) == "Account refused"
    colour = board.model.index(0, STATE).data(Qt.ItemDataRole.BackgroundRole).color()
    healthy = board.model.index(1, STATE).data(Qt.ItemDataRole.BackgroundRole).color()
    assert colour != healthy
    # The words that came later are read whole, not cut to "…" by a column sized for "All
    # online" when the board first filled.
    metrics = board.table.fontMetrics()
    for column in (STATE, WORST, DOWN_SINCE):
        shown = board.text(0, column)
        assert board.table.columnWidth(column) >= metrics.horizontalAdvance(shown), shown


def test_a_click_on_the_interruption_opens_the_register_on_that_record(
    qtbot: QtBot, registry: Registry
) -> None:
    builder = SiteBuilder(registry)
    builder.add_lead()
    officer = builder.add_officer("CB01", "Nguyen Van An")
    sao_viet, hoa_binh = builder.add_two_epes()
    builder.assign(sao_viet, officer)
    register = InterruptionRegister(registry)
    now = dt.datetime.now(dt.UTC)
    for epe in (hoa_binh, sao_viet):
        register.open(
            epe.id or 0,
            InterruptionKind.TRANSMISSION,
            [1],
            now - dt.timedelta(hours=3),
            officer_code="CB01",
            cause="Mat ket noi",
        )
    wanted = register.list(open_only=True, epe_id=sao_viet.id)[0]

    with shown_main_window(qtbot, registry) as main:
        board = main.status_board
        qtbot.waitUntil(lambda: len(board.rows) == 2, timeout=10_000)
        main.rotation_session.logged_in(main.officer_session.login("CB01", PIN))
        row = board.row_of(sao_viet.id or 0)
        assert board.text(row, INTERRUPTION).startswith("Transmission fault · due ")
        rect = board.table.visualRect(board.model.index(row, INTERRUPTION))
        qtbot.mouseClick(board.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        window = main.interruption_views.window
        assert window is not None and window.isVisible()
        qtbot.waitUntil(lambda: window.selected() is not None, timeout=10_000)
        assert window.selected().id == wanted.id  # type: ignore[union-attr]
        window.queue.wait(10_000)
        window.close()
