"""The legal deadline of an interruption (Decision 247 I.2.3): the end of the Nth working day
after the local day the interruption began, N = 10 for a camera or equipment fault and 3 for a
transmission-channel fault. Saturdays, Sundays and Vietnamese public holidays (Tết included) are
not working days; ``WorkingCalendar`` knows them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.interruptions.model import InterruptionKind
from app.timekeeping import WorkingCalendar, local_day


def due_date(
    started_at: dt.datetime, kind: InterruptionKind, calendar: WorkingCalendar | None = None
) -> dt.date:
    """The last day (local) on which the fault may still be fixed in time."""
    day = local_day(started_at)
    return (calendar or WorkingCalendar()).add_working_days(
        day, InterruptionKind(kind).working_days
    )


def rule_text(kind: InterruptionKind) -> str:
    """The rule as an officer reads it in the form and the reports."""
    return QCoreApplication.translate(
        "Interruptions",
        "Deadline: the end of working day {count} after the day the interruption began "
        "(Saturdays, Sundays and public holidays not counted).",
    ).format(count=InterruptionKind(kind).working_days)
