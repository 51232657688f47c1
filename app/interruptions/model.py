"""What an interruption of an EPE's camera system is, after all its ledger records.

An ``Interruption`` is a value: the register (``app/interruptions/register.py``) builds it from
the opening record and its amendments (follow-ups, extension, closing, attached manual logs).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from app.timekeeping import local_day


class InterruptionKind(enum.StrEnum):
    """I.2.3: a camera or equipment fault is fixed within 10 working days, a fault of the
    transmission channel within 3."""

    EQUIPMENT = "equipment"
    TRANSMISSION = "transmission"

    @property
    def working_days(self) -> int:
        return 10 if self is InterruptionKind.EQUIPMENT else 3

    def label(self) -> str:
        if self is InterruptionKind.EQUIPMENT:
            return QCoreApplication.translate("Interruptions", "Camera or equipment fault")
        return QCoreApplication.translate("Interruptions", "Transmission fault")


class InterruptionState(enum.StrEnum):
    """How a record stands on a given day (for colour plus text)."""

    OPEN = "open"
    EXTENDED = "extended"
    OVERDUE = "overdue"
    CLOSED = "closed"

    def label(self) -> str:
        match self:
            case InterruptionState.OPEN:
                return QCoreApplication.translate("Interruptions", "Open")
            case InterruptionState.EXTENDED:
                return QCoreApplication.translate("Interruptions", "Extended")
            case InterruptionState.OVERDUE:
                return QCoreApplication.translate("Interruptions", "Overdue")
            case InterruptionState.CLOSED:
                return QCoreApplication.translate("Interruptions", "Closed")


class UpdateAction(enum.StrEnum):
    FOLLOW_UP = "follow_up"
    EXTEND = "extend"
    CLOSE = "close"
    ATTACH = "attach"

    def label(self) -> str:
        match self:
            case UpdateAction.FOLLOW_UP:
                return QCoreApplication.translate("Interruptions", "Follow-up")
            case UpdateAction.EXTEND:
                return QCoreApplication.translate("Interruptions", "Extension")
            case UpdateAction.CLOSE:
                return QCoreApplication.translate("Interruptions", "Closed")
            case UpdateAction.ATTACH:
                return QCoreApplication.translate("Interruptions", "Manual log attached")


@dataclass(frozen=True)
class Attachment:
    """The EPE's manual vehicle/container log, copied into the data folder."""

    name: str  # the file name as the officer chose it
    stored_as: str  # the copy's name in the data folder's "interruptions" folder
    sha256: str
    size: int


@dataclass(frozen=True)
class InterruptionEvent:
    """One amendment of an interruption (a ledger record of its own)."""

    record_id: str
    action: UpdateAction
    at: dt.datetime  # UTC
    officer_code: str
    officer_name: str
    note: str
    new_date: dt.date | None = None  # extension
    attachment: Attachment | None = None

    @property
    def day(self) -> dt.date:
        return local_day(self.at)


@dataclass(frozen=True)
class Interruption:
    """The state of an interruption after all its records."""

    id: str
    epe_id: int  # this workstation's EPE id; 0 when the EPE is not in this registry
    epe_tax_id: str
    epe_name: str
    cameras: tuple[int, ...]  # diagram numbers
    kind: InterruptionKind
    source: str  # "monitor" | "notification"
    started_at: dt.datetime  # UTC
    due: dt.date  # the legal deadline (local day), never changed
    extended_to: dt.date | None
    status: str  # "open" | "closed"
    closed_at: dt.datetime | None
    last_follow_up: dt.date | None  # local day of the newest note
    gate: bool  # a gate camera is among them: the EPE keeps a manual vehicle/container log
    opened_at: dt.datetime  # UTC, when it was recorded
    epe_address: str = ""
    gate_cameras: tuple[int, ...] = ()
    description: str = ""
    cause: str = ""
    effect: str = ""
    estimated_restoration: str = ""
    technician: str = ""
    notified_on: dt.date | None = None
    doc_no: str = ""
    officer_code: str = ""
    officer_name: str = ""
    events: tuple[InterruptionEvent, ...] = field(default=())

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def started_day(self) -> dt.date:
        return local_day(self.started_at)

    @property
    def follow_ups(self) -> tuple[InterruptionEvent, ...]:
        return tuple(e for e in self.events if e.action is UpdateAction.FOLLOW_UP)

    @property
    def attachments(self) -> tuple[Attachment, ...]:
        return tuple(e.attachment for e in self.events if e.attachment is not None)

    @property
    def closing_note(self) -> str:
        closes = [e for e in self.events if e.action is UpdateAction.CLOSE]
        return closes[0].note if closes else ""

    def end_day(self, as_of: dt.date) -> dt.date:
        """The day the interruption ended (closed), or ``as_of`` while it is open."""
        return local_day(self.closed_at) if self.closed_at is not None else as_of

    def days_overdue(self, as_of: dt.date) -> int:
        """Calendar days past the legal deadline: as of ``as_of`` while open, at the closing day
        once closed; 0 when in time. An extension does not change it (the deadline stays)."""
        return max(0, (self.end_day(as_of) - self.due).days)

    def deadline_met(self) -> bool | None:
        """Closed by the legal deadline; None while open."""
        if self.closed_at is None:
            return None
        return local_day(self.closed_at) <= self.due

    def state(self, as_of: dt.date) -> InterruptionState:
        if not self.is_open:
            return InterruptionState.CLOSED
        if as_of <= self.due:
            return InterruptionState.OPEN
        if self.extended_to is not None and as_of <= self.extended_to:
            return InterruptionState.EXTENDED
        return InterruptionState.OVERDUE

    def followed_up_on(self, day: dt.date) -> bool:
        """A status note (follow-up, extension, closing) was written on ``day``, or the record
        was opened that day."""
        if local_day(self.opened_at) == day:
            return True
        return any(e.day == day for e in self.events if e.action is not UpdateAction.ATTACH)

    def duration(self, now: dt.datetime) -> dt.timedelta:
        end = self.closed_at or now
        return max(dt.timedelta(0), end - self.started_at)


@dataclass(frozen=True)
class RestorationStats:
    """How quickly an EPE restores its cameras (feeds its risk and compliance rating)."""

    epe_tax_id: str
    epe_name: str
    count: int
    closed: int
    mean_hours: float | None  # over the closed ones
    max_hours: float | None
    met: int  # closed by the legal deadline
    missed: int  # closed late, or open and past the deadline


def restoration_statistics(
    items: Iterable[Interruption], now: dt.datetime
) -> list[RestorationStats]:
    """Per EPE (by tax ID), sorted by name: interruptions, closed ones, mean and longest
    restoration time in hours, deadlines met and missed as of ``now``."""
    today = local_day(now)
    grouped: dict[str, list[Interruption]] = {}
    for item in items:
        grouped.setdefault(item.epe_tax_id, []).append(item)
    result = []
    for tax_id, group in grouped.items():
        hours = [i.duration(now).total_seconds() / 3600 for i in group if i.closed_at is not None]
        met = sum(1 for i in group if i.deadline_met() is True)
        missed = sum(
            1
            for i in group
            if i.deadline_met() is False or (i.is_open and i.days_overdue(today) > 0)
        )
        result.append(
            RestorationStats(
                tax_id,
                group[-1].epe_name,
                len(group),
                len(hours),
                sum(hours) / len(hours) if hours else None,
                max(hours) if hours else None,
                met,
                missed,
            )
        )
    return sorted(result, key=lambda s: (s.epe_name.casefold(), s.epe_tax_id))
