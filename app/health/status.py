"""The EPE status board's rows, Qt-free: for every EPE with mandatory cameras, how many answer,
since when the others are down, its open interruptions with their deadlines and follow-up, and
the availability of each camera per day of the month (the 24/7 duty of Decision 247 I.2.3a).

``build_board`` is a pure function over what the monitor and the register know, so it is tested
and benchmarked without a window; ``load_board`` feeds it from the registry file (the health
store's current states and per-day availability, the register's open records).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from app.domain import Camera, CameraPosition, Epe
from app.health.model import CameraCondition
from app.health.policy import InterruptionPolicy
from app.health.store import HealthStore
from app.interruptions.register import InterruptionRegister
from app.sites.registry import Registry
from app.timekeeping import Month, WorkingCalendar, local_day

OK = CameraCondition.OK
UNKNOWN = CameraCondition.UNKNOWN
# Worst first: the EPE's "worst condition" column.
CONDITION_ORDER = (
    CameraCondition.UNREACHABLE,
    CameraCondition.WRONG_ACCOUNT,
    CameraCondition.NO_PICTURE,
    CameraCondition.FAULTY_REPLY,
    UNKNOWN,
    OK,
)


def condition_rank(condition: CameraCondition) -> int:
    """0 for the worst condition."""
    return CONDITION_ORDER.index(condition)


class HealthLike(Protocol):
    """What the board reads of app/health/model.py's CameraHealth."""

    @property
    def camera_id(self) -> int: ...
    @property
    def condition(self) -> CameraCondition: ...
    @property
    def since(self) -> dt.datetime: ...
    @property
    def detail(self) -> str: ...


class InterruptionLike(Protocol):
    """What the board reads of app/interruptions/model.py's Interruption."""

    @property
    def id(self) -> str: ...
    @property
    def epe_id(self) -> int: ...
    @property
    def cameras(self) -> tuple[int, ...]: ...
    @property
    def kind(self) -> str: ...
    @property
    def due(self) -> dt.date: ...
    @property
    def extended_to(self) -> dt.date | None: ...
    @property
    def status(self) -> str: ...
    @property
    def gate(self) -> bool: ...
    def days_overdue(self, as_of: dt.date) -> int: ...
    def followed_up_on(self, day: dt.date) -> bool: ...


class Severity(enum.IntEnum):
    """Why an EPE stands where it does on the board; lower is worse and sorts first."""

    DARK = 0  # no mandatory camera answers: likely the transmission channel
    OVERDUE = 1  # an open interruption past its deadline (or its extension)
    DOWN = 2  # some mandatory cameras down
    NOT_FOLLOWED_UP = 3  # an open interruption without today's note (a working day)
    OPEN = 4  # an open interruption, followed up, cameras back (e.g. closing proposed)
    UNCHECKED = 5  # the monitor has not answered for every camera yet
    HEALTHY = 6

    def label(self) -> str:
        match self:
            case Severity.DARK:
                return QCoreApplication.translate("BoardSeverity", "Whole EPE dark")
            case Severity.OVERDUE:
                return QCoreApplication.translate("BoardSeverity", "Overdue")
            case Severity.DOWN:
                return QCoreApplication.translate("BoardSeverity", "Cameras down")
            case Severity.NOT_FOLLOWED_UP:
                return QCoreApplication.translate("BoardSeverity", "Not followed up today")
            case Severity.OPEN:
                return QCoreApplication.translate("BoardSeverity", "Interruption open")
            case Severity.UNCHECKED:
                return QCoreApplication.translate("BoardSeverity", "Not checked yet")
            case Severity.HEALTHY:
                return QCoreApplication.translate("BoardSeverity", "All online")


@dataclass(frozen=True)
class CameraStatus:
    camera_id: int
    number: int  # on the EPE's diagram
    name: str
    position: CameraPosition
    condition: CameraCondition
    since: dt.datetime | None  # UTC: since when in this condition
    detail: str
    days: tuple[float | None, ...]  # availability per day of the month, None = not known/yet
    today: float | None
    month: float | None

    @property
    def down(self) -> bool:
        return self.condition.is_down


@dataclass(frozen=True)
class InterruptionStatus:
    id: str
    kind: str  # an InterruptionKind value
    cameras: tuple[int, ...]
    due: dt.date
    extended_to: dt.date | None
    days_overdue: int  # calendar days past the legal deadline (an extension does not change it)
    past_deadline: bool  # past the deadline and past any extension: the board's "overdue"
    followed_up_today: bool
    follow_up_due: bool  # today is a working day and it has no note yet
    closing_proposed: bool
    gate: bool


@dataclass(frozen=True)
class EpeStatus:
    epe_id: int
    name: str
    tax_id: str
    online: int
    total: int
    worst: CameraCondition  # the worst condition among its mandatory cameras
    down_since: dt.datetime | None  # UTC: the earliest of its down cameras
    cameras: tuple[CameraStatus, ...]
    interruptions: tuple[InterruptionStatus, ...]
    severity: Severity
    today: float | None
    month: float | None

    @property
    def overdue(self) -> int:
        """The most days overdue of its records past their deadline and any extension."""
        return max((i.days_overdue for i in self.interruptions if i.past_deadline), default=0)

    @property
    def not_followed_up(self) -> bool:
        return any(i.follow_up_due for i in self.interruptions)

    @property
    def closing_proposed(self) -> bool:
        return any(i.closing_proposed for i in self.interruptions)

    @property
    def camera_ids(self) -> list[int]:
        return [camera.camera_id for camera in self.cameras]


def load_board(
    registry: Registry,
    health: HealthStore,
    register: InterruptionRegister | None,
    now: dt.datetime,
    *,
    calendar: WorkingCalendar | None = None,
    propose_close_after: dt.timedelta = dt.timedelta(minutes=30),
) -> list[EpeStatus]:
    """The board from the registry file, once (``BoardSource`` for a board that refreshes)."""
    source = BoardSource(
        registry, health, register, calendar=calendar, propose_close_after=propose_close_after
    )
    return source.load(now)


class BoardSource:
    """Loads the board again and again from the registry file; run ``load`` off the GUI thread
    (a Job), one at a time. The availability of the month's finished days no longer changes, so
    it is read once; a refresh reads only yesterday and today again (yesterday too, because the
    store may write an UNKNOWN a little after the last look, across midnight)."""

    def __init__(
        self,
        registry: Registry,
        health: HealthStore,
        register: InterruptionRegister | None = None,
        *,
        calendar: WorkingCalendar | None = None,
        propose_close_after: dt.timedelta = dt.timedelta(minutes=30),
    ) -> None:
        self.registry = registry
        self.health = health
        self.register = register
        self.calendar = calendar or WorkingCalendar()
        self.propose_close_after = propose_close_after
        self._month: Month | None = None
        self._ids: tuple[int, ...] = ()
        self._days: dict[int, list[float | None]] = {}

    def _availability(
        self, ids: tuple[int, ...], today: dt.date
    ) -> dict[int, tuple[float | None, ...]]:
        """Per camera, the fraction of each day of ``today``'s month it was OK."""
        month = Month.of(today)
        days = month.days()
        if month != self._month or ids != self._ids:
            since = month.first_day
            self._days = {camera_id: [None] * len(days) for camera_id in ids}
            self._month, self._ids = month, ids
        else:
            since = max(month.first_day, today - dt.timedelta(days=1))
        fresh = self.health.daily(ids, since, month.last_day)
        first = (since - month.first_day).days
        for camera_id in ids:
            row = self._days[camera_id]
            per_day = fresh.get(camera_id, {})
            for index in range(first, len(days)):
                found = per_day.get(days[index])
                row[index] = found.fraction if found is not None else None
        return {camera_id: tuple(row) for camera_id, row in self._days.items()}

    def load(self, now: dt.datetime) -> list[EpeStatus]:
        epes = self.registry.list_epes()
        cameras = [c for c in self.registry.list_cameras() if c.position.must_be_online]
        current = {state.camera_id: state for state in self.health.current()}
        today = local_day(now)
        ids = tuple(sorted(c.id for c in cameras if c.id is not None))
        availability = self._availability(ids, today)
        records: Sequence[InterruptionLike] = []
        closing: Callable[[Any, list[Any]], bool] | None = None
        if self.register is not None:
            records = self.register.list(open_only=True)
            # The monitor's own rule (app/health/policy.py), as of this load's ``now``.
            policy = InterruptionPolicy(
                self.registry,
                self.health,
                self.register,
                clock=lambda: now,
                propose_close_after=self.propose_close_after,
            )
            closing = policy.closing_proposed
        return build_board(
            epes,
            cameras,
            current,
            records,
            now,
            availability=availability,
            calendar=self.calendar,
            closing_proposed=closing,
        )


def _fraction(values: Iterable[float | None]) -> float | None:
    known = [value for value in values if value is not None]
    return sum(known) / len(known) if known else None


def build_board(
    epes: Iterable[Epe],
    cameras: Iterable[Camera],
    health: Mapping[int, HealthLike],
    interruptions: Iterable[InterruptionLike],
    now: dt.datetime,
    *,
    availability: Mapping[int, Sequence[float | None]] | None = None,
    calendar: WorkingCalendar | None = None,
    closing_proposed: Callable[[Any, list[Any]], bool] | None = None,
) -> list[EpeStatus]:
    """One row per EPE that has mandatory-online cameras, worst first (then by name).

    ``health`` is the monitor's current state per camera id; ``interruptions`` the open records;
    ``availability`` the per-day fractions of ``now``'s month (``BoardSource``);
    ``closing_proposed(record, its EPE's current states)`` is the policy's rule
    (``InterruptionPolicy.closing_proposed``).
    """
    calendar = calendar or WorkingCalendar()
    today = local_day(now)
    working_today = calendar.is_working_day(today)
    availability = availability or {}
    by_epe: dict[int, list[Camera]] = defaultdict(list)
    for camera in cameras:
        if camera.position.must_be_online and camera.id is not None:
            by_epe[camera.epe_id].append(camera)
    open_by_epe: dict[int, list[InterruptionLike]] = defaultdict(list)
    for record in interruptions:
        if record.status == "open":
            open_by_epe[record.epe_id].append(record)

    rows: list[EpeStatus] = []
    for epe in epes:
        mandatory = by_epe.get(epe.id or -1)
        if not mandatory:
            continue
        mandatory.sort(key=lambda camera: camera.diagram_number)
        statuses: list[CameraStatus] = []
        for camera in mandatory:
            assert camera.id is not None
            state = health.get(camera.id)
            days = tuple(availability.get(camera.id, ()))
            statuses.append(
                CameraStatus(
                    camera_id=camera.id,
                    number=camera.diagram_number,
                    name=camera.name,
                    position=camera.position,
                    condition=state.condition if state else UNKNOWN,
                    since=state.since if state else None,
                    detail=state.detail if state else "",
                    days=days,
                    today=days[today.day - 1] if len(days) >= today.day else None,
                    month=_fraction(days),
                )
            )
        records: list[InterruptionStatus] = []
        for record in open_by_epe.get(epe.id or -1, []):
            states = [health[c.id] for c in mandatory if c.id is not None and c.id in health]
            proposed = closing_proposed(record, states) if closing_proposed else False
            overdue = max(0, record.days_overdue(today))
            extended = record.extended_to is not None and today <= record.extended_to
            followed = record.followed_up_on(today)
            records.append(
                InterruptionStatus(
                    id=record.id,
                    kind=str(record.kind),
                    cameras=tuple(record.cameras),
                    due=record.due,
                    extended_to=record.extended_to,
                    days_overdue=overdue,
                    past_deadline=overdue > 0 and not extended,
                    followed_up_today=followed,
                    follow_up_due=working_today and not followed,
                    closing_proposed=proposed,
                    gate=record.gate,
                )
            )
        records.sort(key=lambda r: (-r.days_overdue, r.extended_to or r.due, r.id))
        down = [s for s in statuses if s.down]
        online = sum(1 for s in statuses if s.condition == OK)
        worst = min((s.condition for s in statuses), key=condition_rank)
        if len(down) == len(statuses):
            severity = Severity.DARK
        elif any(r.past_deadline for r in records):
            severity = Severity.OVERDUE
        elif down:
            severity = Severity.DOWN
        elif any(r.follow_up_due for r in records):
            severity = Severity.NOT_FOLLOWED_UP
        elif records:
            severity = Severity.OPEN
        elif online < len(statuses):
            severity = Severity.UNCHECKED
        else:
            severity = Severity.HEALTHY
        rows.append(
            EpeStatus(
                epe_id=epe.id or 0,
                name=epe.name,
                tax_id=epe.tax_id,
                online=online,
                total=len(statuses),
                worst=worst,
                down_since=min((s.since for s in down if s.since), default=None),
                cameras=tuple(statuses),
                interruptions=tuple(records),
                severity=severity,
                today=_fraction(s.today for s in statuses),
                month=_fraction(s.month for s in statuses),
            )
        )
    rows.sort(key=sort_key)
    return rows


def sort_key(row: EpeStatus) -> tuple[int, int, float, str]:
    """Worst first: by severity, then the most days overdue, then the longest down."""
    down_since = row.down_since.timestamp() if row.down_since else float("inf")
    return (int(row.severity), -row.overdue, down_since, row.name.casefold())
