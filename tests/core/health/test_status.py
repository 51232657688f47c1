"""The status board's rows: worst first, since when down, deadlines and follow-up of the open
interruptions, closing proposed, availability per Vietnamese day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from app.domain import Camera, CameraPosition, Epe
from app.health.model import CameraCondition, ProbeResult
from app.health.policy import InterruptionPolicy
from app.health.status import Severity, build_board, load_board
from app.health.store import HealthStore
from app.interruptions.register import InterruptionRegister
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.clock import Clock
from tests.helpers.sites import SiteBuilder

# Tue 2026-12-01 10:00 in Vietnam, a working day.
NOW = dt.datetime(2026, 12, 1, 10, 0, tzinfo=VIETNAM).astimezone(dt.UTC)


@dataclass(frozen=True)
class State:
    camera_id: int
    condition: CameraCondition
    since: dt.datetime
    detail: str = ""

    @property
    def camera_number(self) -> int:
        return (self.camera_id - 1) % 3 + 1  # site() numbers each EPE's cameras 1-3 in id order


@dataclass(frozen=True)
class Record:
    """The few fields of an Interruption the board reads."""

    id: str
    epe_id: int
    cameras: tuple[int, ...]
    due: dt.date
    kind: str = "equipment"
    extended_to: dt.date | None = None
    status: str = "open"
    gate: bool = False
    notes_on: frozenset[dt.date] = field(default_factory=frozenset)

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def days_overdue(self, as_of: dt.date) -> int:
        return max(0, (as_of - self.due).days)

    def followed_up_on(self, day: dt.date) -> bool:
        return day in self.notes_on


def closing_rule(registry: Registry, now: dt.datetime) -> Callable[[Any, list[Any]], bool]:
    """The health policy's rule (30 minutes healthy), as of ``now``."""
    policy = InterruptionPolicy(
        registry,
        HealthStore(registry),
        InterruptionRegister(registry),
        clock=lambda: now,
        propose_close_after=dt.timedelta(minutes=30),
    )
    return policy.closing_proposed


def site() -> tuple[list[Epe], list[Camera]]:
    epes, cameras = [], []
    next_id = 1
    for epe_id, name in enumerate(["An Phát", "Bình Minh", "Cửu Long", "Đông Á", "Gia Huy"], 1):
        epes.append(Epe(name, f"010023348{epe_id}", id=epe_id))
        for number, position in (
            (1, CameraPosition.GATE),
            (2, CameraPosition.STORAGE_YARD),
            (3, CameraPosition.OTHER),  # not mandatory: never counted
        ):
            cameras.append(Camera(epe_id, number, position, f"cam {number}", id=next_id))
            next_id += 1
    # An EPE with only non-mandatory cameras has no row.
    epes.append(Epe("Hưng Thịnh", "0100233489", id=6))
    cameras.append(Camera(6, 1, CameraPosition.OTHER, id=99))
    return epes, cameras


def ids(cameras: list[Camera], epe_id: int) -> list[int]:
    return [c.id or 0 for c in cameras if c.epe_id == epe_id and c.position.must_be_online]


def test_rows_sort_worst_first_and_count_mandatory_cameras_only(registry: Registry) -> None:
    epes, cameras = site()
    hour = dt.timedelta(hours=1)
    health: dict[int, State] = {}
    for camera in cameras:
        health[camera.id or 0] = State(camera.id or 0, CameraCondition.OK, NOW - 48 * hour)
    # Bình Minh: whole EPE dark for 3 hours.
    for camera_id in ids(cameras, 2):
        health[camera_id] = State(camera_id, CameraCondition.UNREACHABLE, NOW - 3 * hour)
    # Cửu Long: camera 2 gives no picture for 5 hours, record not yet followed up today.
    health[ids(cameras, 3)[1]] = State(
        ids(cameras, 3)[1], CameraCondition.NO_PICTURE, NOW - 5 * hour
    )
    # Đông Á: all back, but a record past its deadline.
    # Gia Huy: all back, a record followed up today.
    records = [
        Record("r-cl", 3, (2,), due=dt.date(2026, 12, 10)),
        Record("r-da", 4, (1,), due=dt.date(2026, 11, 27), notes_on=frozenset({NOW.date()})),
        Record("r-gh", 5, (1,), due=dt.date(2026, 12, 10), notes_on=frozenset({NOW.date()})),
        Record("r-closed", 1, (1,), due=dt.date(2026, 11, 1), status="closed"),
    ]

    rows = build_board(
        epes, cameras, health, records, NOW, closing_proposed=closing_rule(registry, NOW)
    )

    assert [row.name for row in rows] == ["Bình Minh", "Đông Á", "Cửu Long", "Gia Huy", "An Phát"]
    dark, overdue, down, open_, healthy = rows
    assert dark.severity is Severity.DARK
    assert (dark.online, dark.total, dark.worst) == (0, 2, "unreachable")
    assert dark.down_since == NOW - 3 * hour
    assert overdue.severity is Severity.OVERDUE and overdue.overdue == 4
    assert down.severity is Severity.DOWN
    assert (down.online, down.total) == (1, 2)
    assert down.not_followed_up and not overdue.not_followed_up
    assert [c.condition for c in down.cameras] == ["ok", "no_picture"]
    # Cameras back for 48 h: both followed-up records propose closing; Cửu Long's does not.
    assert open_.severity is Severity.OPEN and open_.closing_proposed
    assert overdue.closing_proposed and not down.closing_proposed
    assert healthy.severity is Severity.HEALTHY and healthy.interruptions == ()


def test_not_followed_up_only_on_working_days_and_closing_waits_for_the_delay(
    registry: Registry,
) -> None:
    epes, cameras = site()
    gate = ids(cameras, 1)[0]
    health = {gate: State(gate, CameraCondition.OK, NOW - dt.timedelta(minutes=10))}
    record = Record("r1", 1, (1,), due=dt.date(2026, 12, 10))

    def board(now: dt.datetime, *records: Record) -> Any:
        rule = closing_rule(registry, now)
        return build_board(epes[:1], cameras, health, records, now, closing_proposed=rule)[0]

    row = board(NOW, record)
    assert row.severity is Severity.NOT_FOLLOWED_UP
    assert not row.closing_proposed  # back 10 minutes, proposed after 30
    assert board(NOW + dt.timedelta(minutes=20), record).closing_proposed

    saturday = dt.datetime(2026, 12, 5, 10, tzinfo=VIETNAM)
    assert not board(saturday, record).not_followed_up

    # Past the legal deadline but within the EPE's extension: days overdue shown, not "overdue".
    extended = Record("r2", 1, (1,), due=dt.date(2026, 11, 28), extended_to=dt.date(2026, 12, 3))
    row = board(NOW, extended)
    assert row.interruptions[0].days_overdue == 3 and row.overdue == 0
    assert row.severity is Severity.NOT_FOLLOWED_UP
    assert board(NOW + dt.timedelta(days=3), extended).severity is Severity.OVERDUE


def test_a_camera_never_checked_is_not_counted_online_nor_down() -> None:
    epes, cameras = site()
    row = build_board(epes[:1], cameras, {}, [], NOW)[0]
    assert (row.online, row.total, row.severity) == (0, 2, Severity.UNCHECKED)
    assert row.down_since is None


def test_the_board_from_the_registry_file_counts_availability_per_vietnamese_day(
    registry: Registry,
) -> None:
    epe, cameras = SiteBuilder(registry).add_epe(
        "Công ty TNHH Sao Việt",
        "3601234569",
        (1, CameraPosition.GATE),
        (2, CameraPosition.STORAGE_YARD),
        (3, CameraPosition.OTHER),
    )
    gate, yard, _other = cameras
    day = lambda d, h: dt.datetime(2026, 12, d, h, tzinfo=VIETNAM)  # noqa: E731
    clock = Clock(day(1, 0))
    store = HealthStore(registry, clock, stale_after=dt.timedelta(hours=1))

    def look(camera: Camera, condition: CameraCondition) -> None:
        assert epe.id is not None and camera.id is not None
        store.record([ProbeResult(epe.id, camera.id, camera.diagram_number, condition, clock())])

    # Both cameras looked at every half hour from midnight on the 1st to noon on the 2nd;
    # the yard gives no picture from 06:00 to 18:00 on the 1st.
    while clock() <= day(2, 12):
        look(gate, CameraCondition.OK)
        down = day(1, 6) <= clock() < day(1, 18)
        look(yard, CameraCondition.NO_PICTURE if down else CameraCondition.OK)
        clock.advance(minutes=30)
    clock.now = day(2, 12)

    rows = load_board(registry, store, None, clock())

    assert len(rows) == 1 and rows[0].total == 2  # the "other" camera is not mandatory
    row = rows[0]
    by_number = {c.number: c for c in row.cameras}
    assert by_number[1].days[:3] == (1.0, 1.0, None)
    assert by_number[2].days[0] == pytest.approx(0.5)
    assert by_number[2].today == 1.0
    assert row.severity is Severity.HEALTHY
    assert row.month == pytest.approx((1.0 + 0.75) / 2)
