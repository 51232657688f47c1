"""The data of the interruption reports (Decision 247 I.2.3, I.1.1 e.2), Qt-free.

- The monthly register: per EPE, each interruption of the month with its cameras (diagram
  numbers), kind, when it began and was restored, how long it lasted, its legal deadline, whether
  the deadline was met or missed, the days overdue, the extension, the follow-ups and the working
  days without one. Restoration statistics per EPE feed its profile and the risk views.
- The filled Appendix II notification of one record ("Thông báo sự cố hệ thống ca-mê-ra").
- The camera logbook: outages and returns seen by the monitor merged with the officer's entries
  (power failures, repairs, maintenance), each with its time, position and camera number, and
  the interruption it belongs to.

CSV goes through ``app.exports.write_csv`` (formulas neutralised) after ``one_line`` (control
characters and line breaks shown as escapes). The PDFs are laid out in
``widgets/interruptions/reports_pdf.py``.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import os
import statistics
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain import Camera, CameraPosition, Epe
from app.exports import write_csv
from app.health.model import CameraCondition, HealthChange
from app.health.store import HealthStore
from app.interruptions import logbook
from app.interruptions.logbook import LogbookEntry
from app.interruptions.model import Interruption, InterruptionKind
from app.interruptions.register import InterruptionRegister
from app.safe_text import one_line
from app.sites.registry import Registry, sorted_by_name
from app.timekeeping import VIETNAM, Month, WorkingCalendar, local_day, show_local, utc_now


def _t(text: str) -> str:
    return QCoreApplication.translate("InterruptionReports", text)


class Outcome(enum.StrEnum):
    """The deadline of one interruption as the report judges it."""

    MET = "met"  # restored on or before the legal deadline
    MISSED = "missed"  # restored after it
    OVERDUE = "overdue"  # still open past it
    PENDING = "pending"  # still open, the deadline not reached

    def label(self) -> str:
        return {
            Outcome.MET: _t("met"),
            Outcome.MISSED: _t("missed"),
            Outcome.OVERDUE: _t("overdue"),
            Outcome.PENDING: _t("not yet due"),
        }[self]


def deadline_rule(kind: InterruptionKind) -> str:
    """The rule, as the report and the UI state it."""
    return _t(
        "{kind}: by the end of working day {n} after the day it began, not counting "
        "Saturdays, Sundays and public holidays."
    ).format(kind=kind.label(), n=kind.working_days)


def legal_basis() -> str:
    return _t("Decision 247/QĐ-TCHQ, section I.2.3")


def duration_text(duration: dt.timedelta) -> str:
    """ "2 d 03 h 15 min" (days, hours, minutes; seconds dropped)."""
    minutes = max(0, int(duration.total_seconds()) // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return _t("{d} d {h:02d} h {m:02d} min").format(d=days, h=hours, m=minutes)
    return _t("{h} h {m:02d} min").format(h=hours, m=minutes)


def short_id(record_id: str | None) -> str:
    """A record's ID as people read and say it: its first 8 characters, as ``epewall
    interruptions`` prints it and accepts it back (the full ID is in the CSV and the tooltip)."""
    return (record_id or "")[:8]


def cameras_text(cameras: Iterable[int]) -> str:
    return ", ".join(str(number) for number in sorted(cameras))


# --- the monthly register ---------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterRow:
    interruption_id: str
    epe_id: int
    cameras: tuple[int, ...]
    kind: InterruptionKind
    source: str
    started_at: dt.datetime
    restored_at: dt.datetime | None  # closed; None while open
    duration: dt.timedelta  # to the restoration, or to the report's moment while open
    due: dt.date
    extended_to: dt.date | None
    outcome: Outcome
    days_overdue: int
    follow_ups: int
    days_without_follow_up: int  # working days after the start day with no dated note
    gate: bool

    @property
    def open(self) -> bool:
        return self.restored_at is None


@dataclass(frozen=True)
class RegisterStats:
    """An EPE's line under its records in the register (``app.interruptions.model.
    restoration_statistics`` is the one the EPE's profile and the risk views show)."""

    interruptions: int = 0
    restored: int = 0
    met: int = 0
    missed: int = 0
    overdue: int = 0
    open: int = 0
    median_hours: float | None = None  # of the restored ones
    longest_hours: float | None = None

    @property
    def met_percent(self) -> float | None:
        judged = self.met + self.missed + self.overdue
        return None if not judged else 100.0 * self.met / judged


@dataclass(frozen=True)
class EpeSection:
    epe_id: int
    name: str
    tax_id: str
    address: str
    rows: tuple[RegisterRow, ...]
    stats: RegisterStats


@dataclass(frozen=True)
class MonthlyRegister:
    month: Month
    made_at: dt.datetime  # UTC
    sections: tuple[EpeSection, ...] = field(default_factory=tuple)

    @property
    def rows(self) -> list[RegisterRow]:
        return [row for section in self.sections for row in section.rows]


def register_row(
    item: Interruption,
    now: dt.datetime,
    calendar: WorkingCalendar | None = None,
    is_working_day: Callable[[dt.date], bool] | None = None,
) -> RegisterRow:
    """One interruption as the report shows it at ``now`` (UTC). ``is_working_day``: the
    calendar's answer kept for a whole report (the holiday lookup is the costly part)."""
    is_working_day = is_working_day or (calendar or WorkingCalendar()).is_working_day
    today = local_day(now)
    restored = item.closed_at if item.status == "closed" else None
    end = restored or now
    if restored is not None:
        end_day = local_day(restored)
        outcome = Outcome.MET if end_day <= item.due else Outcome.MISSED
        overdue = item.days_overdue(end_day)
        # The closing note is that day's status: the days to count end the day before.
        last_counted = end_day - dt.timedelta(days=1)
    else:
        outcome = Outcome.OVERDUE if today > item.due else Outcome.PENDING
        overdue = item.days_overdue(today)
        last_counted = today
    missing = 0
    day = local_day(item.started_at) + dt.timedelta(days=1)
    while day <= last_counted:
        if is_working_day(day) and not item.followed_up_on(day):
            missing += 1
        day += dt.timedelta(days=1)
    return RegisterRow(
        interruption_id=item.id,
        epe_id=item.epe_id,
        cameras=tuple(item.cameras),
        kind=item.kind,
        source=item.source,
        started_at=item.started_at,
        restored_at=restored,
        duration=max(dt.timedelta(0), end - item.started_at),
        due=item.due,
        extended_to=item.extended_to,
        outcome=outcome,
        days_overdue=overdue,
        follow_ups=len(item.follow_ups),
        days_without_follow_up=missing,
        gate=item.gate,
    )


def restoration_stats(rows: Iterable[RegisterRow]) -> RegisterStats:
    rows = list(rows)
    hours = [row.duration.total_seconds() / 3600 for row in rows if not row.open]
    count = {outcome: sum(1 for r in rows if r.outcome is outcome) for outcome in Outcome}
    return RegisterStats(
        interruptions=len(rows),
        restored=len(hours),
        met=count[Outcome.MET],
        missed=count[Outcome.MISSED],
        overdue=count[Outcome.OVERDUE],
        open=sum(1 for r in rows if r.open),
        median_hours=statistics.median(hours) if hours else None,
        longest_hours=max(hours) if hours else None,
    )


def build_register(
    registry: Registry,
    interruptions: Iterable[Interruption],
    month: Month,
    *,
    now: dt.datetime | None = None,
    calendar: WorkingCalendar | None = None,
) -> MonthlyRegister:
    """The monthly register of ``interruptions`` (those of ``month``, as
    ``InterruptionRegister.list(month=…)`` gives them), per EPE in name order, each EPE's
    records in the order they began."""
    now = now or utc_now()
    is_working_day = functools.cache((calendar or WorkingCalendar()).is_working_day)
    by_epe: dict[int, list[RegisterRow]] = {}
    for item in interruptions:
        row = register_row(item, now, is_working_day=is_working_day)
        by_epe.setdefault(item.epe_id, []).append(row)
    epes = {epe.id: epe for epe in registry.list_epes()}
    sections = []
    for epe_id, rows in by_epe.items():
        rows.sort(key=lambda r: (r.started_at, r.interruption_id))
        epe = epes.get(epe_id)
        sections.append(
            EpeSection(
                epe_id=epe_id,
                name=epe.name if epe else "",
                tax_id=epe.tax_id if epe else "",
                address=epe.address if epe else "",
                rows=tuple(rows),
                stats=restoration_stats(rows),
            )
        )
    return MonthlyRegister(month, now, tuple(sorted_by_name(sections, lambda s: s.name)))


def monthly_register(
    register: InterruptionRegister,
    registry: Registry,
    month: Month,
    *,
    epe_id: int | None = None,
    now: dt.datetime | None = None,
    calendar: WorkingCalendar | None = None,
) -> MonthlyRegister:
    """The register of ``month`` read from an ``InterruptionRegister``."""
    items = register.list(month=month, epe_id=epe_id)
    return build_register(registry, items, month, now=now, calendar=calendar)


def register_header() -> list[str]:
    return [
        _t("EPE"),
        _t("Tax ID"),
        _t("Record"),
        _t("Cameras (diagram numbers)"),
        _t("Kind"),
        _t("Began (Vietnam time)"),
        _t("Restored (Vietnam time)"),
        _t("Duration"),
        _t("Duration (hours)"),
        _t("Deadline"),
        _t("Deadline met"),
        _t("Days overdue"),
        _t("Extended to"),
        _t("Follow-ups"),
        _t("Working days without follow-up"),
        _t("Gate camera"),
    ]


def register_rows(report: MonthlyRegister) -> list[list[object]]:
    out: list[list[object]] = []
    for section in report.sections:
        for row in section.rows:
            out.append(
                [
                    section.name,
                    section.tax_id,
                    row.interruption_id,
                    cameras_text(row.cameras),
                    row.kind.label(),
                    show_local(row.started_at),
                    show_local(row.restored_at) if row.restored_at else _t("not restored"),
                    duration_text(row.duration),
                    f"{row.duration.total_seconds() / 3600:.1f}",
                    row.due.isoformat(),
                    row.outcome.label(),
                    row.days_overdue,
                    row.extended_to.isoformat() if row.extended_to else "",
                    row.follow_ups,
                    row.days_without_follow_up,
                    _t("yes") if row.gate else _t("no"),
                ]
            )
    return out


def _write_text_file(path: str | Path, write: Callable[[Any], object]) -> Path:
    """Write through a temporary file beside ``path``: a failure leaves nothing half-written."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".epewall-", suffix=".csv", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            write(out)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def _clean(rows: Iterable[Sequence[object]]) -> Iterable[list[object]]:
    for row in rows:
        yield [one_line(cell) if isinstance(cell, str) else cell for cell in row]


def write_register_csv(report: MonthlyRegister, path: str | Path) -> Path:
    """The register as CSV (UTF-8 with a BOM for spreadsheets; tax IDs kept as text)."""
    return _write_text_file(
        path,
        lambda out: write_csv(
            out, register_header(), _clean(register_rows(report)), text_columns={1}, bom=True
        ),
    )


# --- the Appendix II notification of one record ----------------------------------------------


@dataclass(frozen=True)
class AppendixII:
    """The five items of the form, filled from the record and the registry."""

    interruption_id: str
    doc_no: str
    notified_on: dt.date | None
    epe_name: str
    epe_address: str
    epe_tax_id: str
    kind: InterruptionKind
    started_at: dt.datetime
    cameras: tuple[tuple[int, str], ...]  # (diagram number, position label and name)
    description: str
    cause: str
    effect: str
    estimated_restoration: str
    technician: str
    due: dt.date
    extended_to: dt.date | None
    gate: bool


def appendix_ii(registry: Registry, item: Interruption) -> AppendixII:
    epe: Epe | None
    try:
        epe = registry.get_epe(item.epe_id)
    except LookupError:
        epe = None
    cameras = {c.diagram_number: c for c in registry.list_cameras(item.epe_id)}
    described = []
    for number in sorted(item.cameras):
        camera = cameras.get(number)
        described.append((number, camera_place(camera) if camera else ""))
    return AppendixII(
        interruption_id=item.id,
        doc_no=item.doc_no,
        notified_on=item.notified_on,
        epe_name=epe.name if epe else item.epe_name,
        epe_address=epe.address if epe else "",
        epe_tax_id=epe.tax_id if epe else item.epe_tax_id,
        kind=item.kind,
        started_at=item.started_at,
        cameras=tuple(described),
        description=item.description,
        cause=item.cause,
        effect=item.effect,
        estimated_restoration=item.estimated_restoration,
        technician=item.technician,
        due=item.due,
        extended_to=item.extended_to,
        gate=item.gate,
    )


def camera_place(camera: Camera) -> str:
    """ "Gate — Cổng chính": the position and the camera's own name."""
    label = CameraPosition(camera.position).label()
    return f"{label} — {camera.name}" if camera.name else label


# --- the camera logbook (I.1.1 e.2) ------------------------------------------------------------

SOURCE_MONITOR = "monitor"
SOURCE_OFFICER = "officer"


@dataclass(frozen=True)
class LogbookLine:
    """One line of the camera logbook: what happened to a camera (or the whole EPE) and when."""

    at: dt.datetime  # UTC
    camera: int | None  # diagram number; None: the whole EPE (a power failure of the site)
    position: str  # the camera's position and name, translated
    event: str  # translated: "Outage: unreachable", "Returned", "Power failure", …
    details: str
    officer: str  # who wrote it; empty for what the monitor saw
    interruption_id: str | None
    source: str  # SOURCE_MONITOR | SOURCE_OFFICER
    down: bool = False  # an outage (shown in colour plus its text)

    @property
    def camera_text(self) -> str:
        return str(self.camera) if self.camera is not None else _t("all")


@dataclass(frozen=True)
class LogbookReport:
    epe_id: int
    epe_name: str
    epe_tax_id: str
    camera: int | None  # diagram number when the logbook is one camera's
    start: dt.date  # local days, inclusive
    end: dt.date
    made_at: dt.datetime
    lines: tuple[LogbookLine, ...]


def interruption_of(
    interruptions: Iterable[Interruption], camera: int | None, at: dt.datetime
) -> str | None:
    """The record an event at ``at`` on ``camera`` belongs to: the newest interruption of
    that camera (any camera when ``camera`` is None) open at that moment."""
    slack = dt.timedelta(minutes=1)
    found: Interruption | None = None
    for item in interruptions:
        if camera is not None and camera not in item.cameras:
            continue
        during = item.started_at - slack <= at and (item.closed_at is None or at <= item.closed_at)
        if during and (found is None or item.started_at > found.started_at):
            found = item
    return found.id if found is not None else None


def _places(registry: Registry, epe_id: int) -> tuple[dict[int, Camera], dict[int, Camera]]:
    cameras = registry.list_cameras(epe_id)
    return {c.id: c for c in cameras if c.id is not None}, {c.diagram_number: c for c in cameras}


def health_lines(
    registry: Registry,
    epe_id: int,
    changes: Iterable[HealthChange],
    interruptions: Sequence[Interruption],
) -> list[LogbookLine]:
    """The monitor's state changes (``HealthStore.changes``) as logbook lines."""
    by_id, _ = _places(registry, epe_id)
    lines = []
    seen: set[int] = set()
    for change in changes:
        condition = CameraCondition(change.condition)
        if condition is CameraCondition.OK:
            # The first look of the period finds it working; after that OK is a return.
            event = _t("Returned to service") if change.camera_id in seen else _t("In service")
        elif condition is CameraCondition.UNKNOWN:
            event = _t("Not observed")
        else:
            event = _t("Outage: {condition}").format(condition=condition.label())
        seen.add(change.camera_id)
        camera = by_id.get(change.camera_id)
        lines.append(
            LogbookLine(
                at=change.at,
                camera=change.camera_number,
                position=camera_place(camera) if camera else "",
                event=event,
                details=change.detail,
                officer="",
                interruption_id=interruption_of(interruptions, change.camera_number, change.at),
                source=SOURCE_MONITOR,
                down=condition.is_down,
            )
        )
    return lines


def logbook_report(
    registry: Registry,
    epe_id: int,
    lines: Iterable[LogbookLine],
    *,
    start: dt.date,
    end: dt.date,
    camera: int | None = None,
    now: dt.datetime | None = None,
) -> LogbookReport:
    """The logbook of an EPE (or one camera, by diagram number) from ``lines`` of all sources,
    oldest first; an EPE-wide line (camera None) shows in every camera's logbook."""
    epe = registry.get_epe(epe_id)
    chosen = [
        line for line in lines if camera is None or line.camera is None or line.camera == camera
    ]
    chosen.sort(key=lambda line: (line.at, line.camera or 0, line.source))
    return LogbookReport(
        epe_id=epe_id,
        epe_name=epe.name,
        epe_tax_id=epe.tax_id,
        camera=camera,
        start=start,
        end=end,
        made_at=now or utc_now(),
        lines=tuple(chosen),
    )


def logbook_header() -> list[str]:
    return [
        _t("Time (Vietnam)"),
        _t("Camera (diagram number)"),
        _t("Position"),
        _t("Event"),
        _t("Details"),
        _t("Officer"),
        _t("Interruption"),
        _t("Source"),
    ]


def logbook_rows(report: LogbookReport) -> list[list[object]]:
    return [
        [
            show_local(line.at),
            line.camera_text,
            line.position,
            line.event,
            line.details,
            line.officer,
            line.interruption_id or "",
            _t("monitor") if line.source == SOURCE_MONITOR else _t("officer"),
        ]
        for line in report.lines
    ]


def write_logbook_csv(report: LogbookReport, path: str | Path) -> Path:
    return _write_text_file(
        path,
        lambda out: write_csv(out, logbook_header(), _clean(logbook_rows(report)), bom=True),
    )


def entry_lines(
    registry: Registry,
    epe_id: int,
    entries: Iterable[LogbookEntry],
    interruptions: Sequence[Interruption],
) -> list[LogbookLine]:
    """The officer's entries (``app.interruptions.logbook.entries``) as logbook lines; an entry
    not linked by hand is linked to the interruption open on its camera at its time."""
    _, by_number = _places(registry, epe_id)
    lines = []
    for entry in entries:
        camera = by_number.get(entry.camera) if entry.camera is not None else None
        if camera is not None:
            place = camera_place(camera)
        elif entry.position:
            place = CameraPosition(entry.position).label()
        else:
            place = _t("whole EPE")
        lines.append(
            LogbookLine(
                at=entry.at,
                camera=entry.camera,
                position=place,
                event=entry.kind.label(),
                details=entry.note,
                officer=entry.officer_code,
                interruption_id=entry.interruption_id
                or interruption_of(interruptions, entry.camera, entry.at),
                source=SOURCE_OFFICER,
            )
        )
    return lines


def local_bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The moments (UTC) from the start of local day ``start`` to the end of local day ``end``."""
    first = dt.datetime.combine(start, dt.time(), VIETNAM).astimezone(dt.UTC)
    after = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), VIETNAM)
    return first, after.astimezone(dt.UTC)


def camera_logbook(
    registry: Registry,
    health: HealthStore,
    interruptions: Sequence[Interruption],
    epe_id: int,
    *,
    start: dt.date,
    end: dt.date,
    camera_id: int | None = None,
    now: dt.datetime | None = None,
) -> LogbookReport:
    """The logbook of an EPE, or of one camera (``camera_id``), over local days ``start`` to
    ``end``: the monitor's changes (``health``: a ``HealthStore``) and the officer's entries,
    merged, each linked to its interruption (from ``interruptions``, the EPE's records). Reads
    SQLite: run it in a Job."""
    first, after = local_bounds(start, end)
    number = registry.get_camera(camera_id).diagram_number if camera_id is not None else None
    mine = [i for i in interruptions if i.epe_id == epe_id]
    lines = health_lines(
        registry, epe_id, health.changes(epe_id, camera_id, first, after), mine
    ) + entry_lines(registry, epe_id, logbook.entries(registry, epe_id, None, first, after), mine)
    return logbook_report(registry, epe_id, lines, start=start, end=end, camera=number, now=now)
