"""What an officer types into "go to": a time of the searched day, or a day and a time, in
Vietnam time, as the tools they know accept it.

    13:05            13:05:30          (the searched day)
    1/12 13:05       01/12 13:05:30    (day/month, the searched day's year)
    01/12/2026 13:05                   (day/month/year, Vietnamese order)
    2026-12-01 13:05                   (ISO, as the tables and the command line write it)
"""

from __future__ import annotations

import datetime as dt
import re

from app.timekeeping import VIETNAM

_CLOCK = r"(?P<hour>\d{1,2})[:h](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
_PATTERNS = (
    re.compile(rf"^{_CLOCK}$"),
    re.compile(
        rf"^(?P<day>\d{{1,2}})[/.-](?P<month>\d{{1,2}})(?:[/.-](?P<year>\d{{4}}))?\s+{_CLOCK}$"
    ),
    re.compile(rf"^(?P<year>\d{{4}})-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}})[ T]+{_CLOCK}$"),
)


def parse_go_to(text: str, day: dt.date) -> dt.datetime | None:
    """The UTC moment ``text`` means (Vietnam time; ``day`` when it names no date), or None."""
    cleaned = " ".join(text.split())
    for pattern in _PATTERNS:
        match = pattern.match(cleaned)
        if match is None:
            continue
        parts = match.groupdict()
        try:
            date = dt.date(
                int(parts.get("year") or day.year),
                int(parts.get("month") or day.month),
                int(parts.get("day") or day.day),
            )
            clock = dt.time(int(parts["hour"]), int(parts["minute"]), int(parts["second"] or 0))
        except ValueError:
            return None
        return dt.datetime.combine(date, clock, VIETNAM).astimezone(dt.UTC)
    return None
