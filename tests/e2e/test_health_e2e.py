"""Issue #13's "Done means", on the real simulated site: a camera goes down -> the board shows
it after one sweep -> the policy opens an interruption after the threshold -> the officer
follows it up in the register window with mouse and keyboard -> the camera returns -> the board
shows "closing proposed".

The monitor, its store, the policy, the register, the board and the register window are the
real ones; the clock they share is the test's (a threshold of 15 minutes passes in one line, and
"today" is a working day whatever day the test runs). Sweeps are started by the test, each one
the monitor's poll.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app import settings
from app.health.monitor import HealthMonitor
from app.health.policy import InterruptionPolicy, attach
from app.health.status import BoardSource, Severity
from app.interruptions.register import InterruptionRegister
from app.secrets import CredentialStore
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.clicks import click
from tests.helpers.clock import Clock
from tests.helpers.keyring import ready_store
from tests.helpers.sim_fixtures import SiteFactory, sim_outage
from tests.helpers.sites import SiteBuilder
from widgets.health.board import FOLLOW_UP, INTERRUPTION, ONLINE, STATE, StatusBoard
from widgets.interruptions.dialogs import NoteDialog
from widgets.interruptions.register_window import RegisterWindow

# Tuesday 1 December 2026, 09:00 in Vietnam: a working day, and so is the next one.
TUESDAY = dt.datetime(2026, 12, 1, 9, 0, tzinfo=VIETNAM)


@pytest.fixture
def store() -> CredentialStore:
    return ready_store()


@pytest.fixture(autouse=True)
def no_frame_samples() -> Iterator[None]:
    """OPTIONS/DESCRIBE only: the outage here refuses connections, no frame sample needed."""
    settings.Settings().set(settings.HEALTH_FRAME_SAMPLE_SECONDS, 0)
    yield


def sweep(qtbot: QtBot, monitor: HealthMonitor, board: StatusBoard) -> None:
    """One poll of the monitor (the policy runs after it), and the board's refresh after it."""
    with (
        qtbot.waitSignal(board.refreshed, timeout=30_000),
        qtbot.waitSignal(monitor.swept, timeout=30_000),
    ):
        assert monitor.sweep_now()


def watch_for(
    qtbot: QtBot, monitor: HealthMonitor, board: StatusBoard, clock: Clock, minutes: int
) -> None:
    """``minutes`` of the monitor's polls, one every 5 minutes (a longer gap between two looks
    would count as time nobody watched)."""
    for _ in range(minutes // 5):
        clock.advance(minutes=5)
        sweep(qtbot, monitor, board)


def test_a_camera_down_opens_an_interruption_followed_up_then_closing_proposed(
    qtbot: QtBot, registry: Registry, store: CredentialStore, sim_site_factory: SiteFactory
) -> None:
    site = sim_site_factory()
    sim = site.description.epes[0]
    clock = Clock(TUESDAY)
    builder = SiteBuilder(registry, clock)
    builder.add_lead()
    officer = builder.add_officer("CB01", "Nguyen Van An")
    epe, cameras = builder.add_sim_epe(sim)
    builder.assign(epe, officer)
    store.set_password(epe.uid, sim.password)
    mandatory = [c for c in cameras if c.position.must_be_online]
    down = mandatory[0]

    monitor = HealthMonitor(registry, store, settings.Settings(), clock=clock)
    register = InterruptionRegister(registry, clock)
    policy = InterruptionPolicy(
        registry,
        monitor.store,
        register,
        clock=clock,
        open_after=dt.timedelta(minutes=15),
        propose_close_after=dt.timedelta(minutes=30),
    )
    attach(monitor, policy)
    source = BoardSource(
        registry, monitor.store, register, propose_close_after=dt.timedelta(minutes=30)
    )
    board = StatusBoard(lambda: source.load(clock()), clock=clock)
    qtbot.addWidget(board)
    monitor.changed.connect(board.request_refresh)
    monitor.swept.connect(board.request_refresh)
    windows: list[RegisterWindow] = []

    def open_register(record_id: str) -> None:
        window = RegisterWindow(registry, officer, clock)
        qtbot.addWidget(window)
        window.loaded.connect(board.request_refresh)  # a follow-up shows on the board
        window.select_record(record_id)
        window.resize(1250, 700)
        window.show()
        windows.append(window)

    board.interruption_requested.connect(open_register)
    board.resize(1300, 320)
    board.show()
    qtbot.waitExposed(board)
    try:
        sweep(qtbot, monitor, board)
        assert board.text(0, STATE) == "All online"
        assert board.text(0, ONLINE) == f"{len(mandatory)}/{len(mandatory)}"

        # A mandatory camera refuses connections: the next sweep puts it on the board.
        sim_outage(site, epe.tax_id, "refused", down.diagram_number)
        clock.advance(minutes=2)
        sweep(qtbot, monitor, board)
        assert board.text(0, STATE) == "Cameras down"
        assert board.text(0, ONLINE) == f"{len(mandatory) - 1}/{len(mandatory)}"
        assert board.text(0, INTERRUPTION) == ""
        assert register.list(open_only=True) == []

        # Still down 15 minutes later: the policy opens an equipment interruption.
        watch_for(qtbot, monitor, board, clock, 15)
        (record,) = register.list(open_only=True)
        assert record.cameras == (down.diagram_number,) and record.source == "monitor"
        # Ten working days after Tuesday 1 December 2026.
        assert board.text(0, INTERRUPTION) == "Camera or equipment fault · due 2026-12-15"

        # The next working day nobody has followed it up yet: it stands out on the board.
        clock.now = TUESDAY + dt.timedelta(days=1)
        sweep(qtbot, monitor, board)
        assert board.text(0, FOLLOW_UP) == "NOT followed up today"

        # The officer clicks the record on the board and follows it up in the register.
        table = board.table
        rect = table.visualRect(board.model.index(0, INTERRUPTION))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: bool(windows) and windows[0].selected() is not None)
        window = windows[0]
        assert window.selected().id == record.id  # type: ignore[union-attr]
        click(qtbot, window.button_follow_up)
        qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(NoteDialog)))
        note = next(d for d in window.findChildren(NoteDialog) if d.isVisible())
        qtbot.keyClicks(note.note, "Da goi ky thuat vien, thay camera chieu nay")
        with qtbot.waitSignal(board.refreshed, timeout=10_000):
            box = note.findChild(QDialogButtonBox)
            assert isinstance(note, QDialog) and box is not None
            click(qtbot, box.button(QDialogButtonBox.StandardButton.Ok))
        qtbot.waitUntil(lambda: board.text(0, FOLLOW_UP) == "Followed up today")
        assert register.get(record.id).follow_ups  # type: ignore[union-attr]

        # The camera returns; after 30 minutes healthy the board proposes closing.
        sim_outage(site, epe.tax_id, "none", down.diagram_number)
        clock.advance(minutes=1)
        sweep(qtbot, monitor, board)
        assert board.text(0, ONLINE) == f"{len(mandatory)}/{len(mandatory)}"
        assert "closing proposed" not in board.text(0, INTERRUPTION)
        watch_for(qtbot, monitor, board, clock, 30)
        assert board.rows[0].severity is Severity.OPEN
        assert board.text(0, INTERRUPTION).endswith("closing proposed")
        assert board.text(0, STATE) == "Interruption open"
    finally:
        monitor.stop()
        monitor.wait(30_000)
        board.shutdown()
        for window in windows:
            window.queue.wait(10_000)
