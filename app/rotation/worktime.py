"""Working time in Vietnam: working days, working hours, public holidays, officer absences.

Working days exclude Saturdays, Sundays and Vietnamese public holidays (Tết included) from the
``holidays`` package, which also knows the Saturdays the government turns into working days to
make a bridge. Times are stored in UTC and judged in Asia/Ho_Chi_Minh.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.domain import ValidationError
from app.sites.registry import Registry

if TYPE_CHECKING:
    import holidays

    from app.officers.profiles import Officer

# Vietnam has had no daylight saving time since 1975, so a fixed offset is exact and needs no
# tz database (which Windows does not ship).
VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")

DEFAULT_HOURS: tuple[tuple[dt.time, dt.time], ...] = ((dt.time(7, 30), dt.time(17, 0)),)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def to_utc_iso(moment: dt.datetime) -> str:
    """The stored form of a moment: UTC, seconds, with the zone ("2026-11-03T02:00:00+00:00")."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: say which zone it is in")
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat()


def parse_utc(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError(f"stored time without a zone: {text!r}")
    return moment.astimezone(dt.UTC)


def local(moment: dt.datetime) -> dt.datetime:
    """The moment in Vietnamese time."""
    return moment.astimezone(VIETNAM)


def local_day(moment: dt.datetime) -> dt.date:
    return local(moment).date()


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month, "2026-11"."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1900 <= self.year <= 9999:
            raise ValueError(f"not a month: {self.year}-{self.month}")

    @classmethod
    def parse(cls, text: str) -> Month:
        """"2026-11" -> Month(2026, 11); raises ValidationError with a translated message."""
        try:
            year, month = text.strip().split("-")
            if len(year) != 4 or len(month) not in (1, 2):
                raise ValueError(text)
            return cls(int(year), int(month))
        except ValueError:
            raise ValidationError(
                "month",
                QCoreApplication.translate(
                    "Worktime", "Write the month as year-month, e.g. 2026-11."
                ),
            ) from None

    @classmethod
    def of(cls, day: dt.date) -> Month:
        return cls(day.year, day.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        return self.next().first_day - dt.timedelta(days=1)

    def days(self) -> list[dt.date]:
        first = self.first_day
        return [first + dt.timedelta(days=i) for i in range(self.last_day.day)]

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Month:
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    def utc_bounds(self) -> tuple[str, str]:
        """Start (inclusive) and end (exclusive) of the month in Vietnam, as stored UTC strings."""
        start = dt.datetime.combine(self.first_day, dt.time(), VIETNAM)
        end = dt.datetime.combine(self.next().first_day, dt.time(), VIETNAM)
        return to_utc_iso(start), to_utc_iso(end)


@functools.lru_cache(maxsize=64)
def _vietnam_holidays(year: int) -> holidays.HolidayBase:
    # Imported on first use: the package is large and e.g. ``epewall coverage`` never needs it.
    import holidays

    return holidays.country_holidays("VN", years=year)


@dataclass(frozen=True)
class WorkingCalendar:
    """Which days and hours are working time. ``extra_days_off``/``extra_working_days`` are for a
    decision the holiday package does not know yet (a one-off bridge day)."""

    hours: tuple[tuple[dt.time, dt.time], ...] = DEFAULT_HOURS
    extra_days_off: frozenset[dt.date] = field(default_factory=frozenset)
    extra_working_days: frozenset[dt.date] = field(default_factory=frozenset)

    def holiday_name(self, day: dt.date) -> str | None:
        """The public holiday on ``day`` (English name from the holiday calendar), or None."""
        name = _vietnam_holidays(day.year).get(day)
        return str(name) if name else None

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.extra_working_days:
            return True
        if day in self.extra_days_off:
            return False
        return bool(_vietnam_holidays(day.year).is_working_day(day))

    def working_days(self, month: Month) -> list[dt.date]:
        return [day for day in month.days() if self.is_working_day(day)]

    def is_working_time(self, moment: dt.datetime) -> bool:
        """True when ``moment`` (any zone) falls in working hours of a working day in Vietnam."""
        when = local(moment)
        if not self.is_working_day(when.date()):
            return False
        clock = when.time().replace(tzinfo=None)
        return any(start <= clock < end for start, end in self.hours)

    def add_working_days(self, day: dt.date, count: int) -> dt.date:
        """The working day ``count`` working days after ``day`` (deadlines such as I.2.3's)."""
        if count < 0:
            raise ValueError("count must be >= 0")
        current = day
        while count:
            current += dt.timedelta(days=1)
            if self.is_working_day(current):
                count -= 1
        return current


# --- officer absences -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Absence:
    officer_id: int
    first_day: dt.date
    last_day: dt.date
    reason: str = ""
    id: int | None = None

    def covers(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day


def add_absence(registry: Registry, actor: Officer | None, absence: Absence) -> Absence:
    """Record that an officer is away (leave, training, sick). Team leads only."""
    from app.officers.profiles import Action, require

    require(actor, Action.EDIT_PLANS)
    if absence.last_day < absence.first_day:
        raise ValidationError(
            "last_day",
            QCoreApplication.translate(
                "Worktime", "The last day of an absence cannot be before its first day."
            ),
        )
    with registry.database() as db:
        found = db.execute("SELECT 1 FROM officers WHERE id = ?", [absence.officer_id])
        if found.fetchone() is None:
            raise KeyError(absence.officer_id)
        cursor = db.execute(
            "INSERT INTO officer_absences (officer_id, first_day, last_day, reason, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [absence.officer_id, absence.first_day.isoformat(), absence.last_day.isoformat(),
             absence.reason.strip(), to_utc_iso(utc_now())],
        )
        new_id = cursor.lastrowid
    return Absence(absence.officer_id, absence.first_day, absence.last_day,
                   absence.reason.strip(), new_id)


def remove_absence(registry: Registry, actor: Officer | None, absence_id: int) -> None:
    from app.officers.profiles import Action, require

    require(actor, Action.EDIT_PLANS)
    with registry.database() as db:
        db.execute("DELETE FROM officer_absences WHERE id = ?", [absence_id])


def list_absences(
    registry: Registry, first_day: dt.date | None = None, last_day: dt.date | None = None
) -> list[Absence]:
    """Absences overlapping [first_day, last_day] (all when not given), by officer and day."""
    sql = "SELECT * FROM officer_absences WHERE 1"
    args: list[str] = []
    if last_day is not None:
        sql += " AND first_day <= ?"
        args.append(last_day.isoformat())
    if first_day is not None:
        sql += " AND last_day >= ?"
        args.append(first_day.isoformat())
    with registry.database() as db:
        rows = list(db.query(sql + " ORDER BY officer_id, first_day", args))
    return [
        Absence(row["officer_id"], dt.date.fromisoformat(row["first_day"]),
                dt.date.fromisoformat(row["last_day"]), row["reason"], row["id"])
        for row in rows
    ]


def absent_days(absences: Iterable[Absence]) -> dict[int, set[dt.date]]:
    """Officer id -> the days they are away."""
    result: dict[int, set[dt.date]] = {}
    for absence in absences:
        days = result.setdefault(absence.officer_id, set())
        days.update(_span(absence.first_day, absence.last_day))
    return result


def _span(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)
