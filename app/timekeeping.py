"""Time in Vietnam: the zone, the stored form of a moment, how a moment is shown, working days.

Times are stored in UTC as ISO-8601 with the zone (``to_utc_iso``), judged and shown in
Asia/Ho_Chi_Minh (``local``, ``show_local``). Working days exclude Saturdays, Sundays and
Vietnamese public holidays (Tết included) from the ``holidays`` package, which also knows the
Saturdays the government turns into working days to make a bridge.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app import i18n
from app.domain import ValidationError

if TYPE_CHECKING:
    import holidays

# Asia/Ho_Chi_Minh. Vietnam has had no daylight saving time since 1975, so a fixed offset is
# exact and needs no tz database (which Windows does not ship).
VIETNAM = dt.timezone(dt.timedelta(hours=7))

DEFAULT_HOURS: tuple[tuple[dt.time, dt.time], ...] = ((dt.time(7, 30), dt.time(17, 0)),)


# --- moments --------------------------------------------------------------------------------------


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def to_utc_iso(moment: dt.datetime, *, milliseconds: bool = False) -> str:
    """The stored form of a moment: UTC with the zone, "2026-11-03T02:00:00+00:00".

    Every writer uses this one spelling (``+00:00``, never ``Z``): the ledger hashes the text it
    stores, so its spelling is the one the others follow. Seconds, or milliseconds where a
    position in a recording needs them ("2026-11-03T02:00:00.250+00:00").
    """
    if moment.tzinfo is None:
        raise ValueError("naive datetime: say which zone it is in")
    utc = moment.astimezone(dt.UTC)
    if milliseconds:
        return utc.isoformat(timespec="milliseconds")
    return utc.replace(microsecond=0).isoformat()


def parse_utc(text: str) -> dt.datetime:
    """A stored moment back (either spelling of UTC, or any explicit offset), in UTC."""
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError(f"stored time without a zone: {text!r}")
    return moment.astimezone(dt.UTC)


def local(moment: dt.datetime) -> dt.datetime:
    """The moment in Vietnamese time."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: say which zone it is in")
    return moment.astimezone(VIETNAM)


def local_day(moment: dt.datetime) -> dt.date:
    return local(moment).date()


def show_local(
    moment: dt.datetime, *, date: bool = True, seconds: bool = False, day_first: bool = False
) -> str:
    """How a moment is shown to a person: Vietnamese time, 24-hour clock.

    ``day_first`` writes the date as Vietnamese documents do ("03/11/2026 09:00", for printed
    pages and dialogs); otherwise it sorts as text ("2026-11-03 09:00", for tables, CSV and the
    command line). ``date=False`` gives the clock alone ("09:00").
    """
    clock = "%H:%M:%S" if seconds else "%H:%M"
    if not date:
        return local(moment).strftime(clock)
    day = "%d/%m/%Y" if day_first else "%Y-%m-%d"
    return local(moment).strftime(f"{day} {clock}")


# --- months and working days ----------------------------------------------------------------------


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
        """ "2026-11" -> Month(2026, 11); raises ValidationError with a translated message."""
        try:
            year, month = text.strip().split("-")
            if len(year) != 4 or len(month) not in (1, 2):
                raise ValueError(text)
            return cls(int(year), int(month))
        except ValueError:
            raise ValidationError(
                "month",
                # The "Worktime" context is where the shipped translations have this message.
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


# The holiday package's name for each UI language (its Vietnamese calendar speaks "vi" and
# "en_US").
HOLIDAY_LANGUAGES = {"vi": "vi", "en": "en_US"}


@functools.lru_cache(maxsize=64)
def _vietnam_holidays(year: int, language: str = "en") -> holidays.HolidayBase:
    # Imported on first use: the package is large and e.g. ``epewall coverage`` never needs it.
    import holidays

    return holidays.country_holidays(
        "VN", years=year, language=HOLIDAY_LANGUAGES.get(language, "en_US")
    )


@dataclass(frozen=True)
class WorkingCalendar:
    """Which days and hours are working time. ``extra_days_off``/``extra_working_days`` are for a
    decision the holiday package does not know yet (a one-off bridge day)."""

    hours: tuple[tuple[dt.time, dt.time], ...] = DEFAULT_HOURS
    extra_days_off: frozenset[dt.date] = field(default_factory=frozenset)
    extra_working_days: frozenset[dt.date] = field(default_factory=frozenset)

    def holiday_name(self, day: dt.date, language: str | None = None) -> str | None:
        """The public holiday on ``day`` in ``language`` ("vi", "en"; the UI's by default), or
        None: "Tết Nguyên Đán" on a Vietnamese screen and page, "Lunar New Year" in English."""
        name = _vietnam_holidays(day.year, language or i18n.current_language()).get(day)
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
