"""The legal deadline: the end of the Nth working day after the local day the interruption
began (weekends and Vietnamese public holidays not counted)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.interruptions.deadlines import due_date
from app.interruptions.model import InterruptionKind
from app.timekeeping import VIETNAM, WorkingCalendar

EQ, TX = InterruptionKind.EQUIPMENT, InterruptionKind.TRANSMISSION


def at(day: str, clock: str = "10:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=VIETNAM)


@pytest.mark.parametrize(
    ("began", "kind", "due"),
    [
        # The examples: Tết 2027 (4-10 February) is skipped.
        ("2027-02-03", TX, "2027-02-15"),
        ("2027-02-03", EQ, "2027-02-24"),
        ("2026-02-13", TX, "2026-02-25"),
        ("2026-02-13", EQ, "2026-03-06"),
        # Weekends: a Friday's transmission fault is due on Wednesday.
        ("2026-11-06", TX, "2026-11-11"),
        # Begun on a Saturday: counting starts on Monday.
        ("2026-11-07", TX, "2026-11-11"),
        # Hùng Kings' day (Sunday 26 April 2026, observed Monday 27), 30 April and 1 May 2026.
        ("2026-04-24", TX, "2026-05-04"),
        # National day 2026: Monday 31 August (bridge) to Wednesday 2 September; begun on a
        # holiday, counting starts on the first working day after it.
        ("2026-08-31", TX, "2026-09-07"),
        # New year 2027 (Friday 1 January).
        ("2026-12-30", TX, "2027-01-05"),
        # National day 2027: 1-2 September (Wednesday, Thursday).
        ("2027-08-31", EQ, "2027-09-16"),
    ],
)
def test_deadline_counts_only_working_days(began: str, kind: InterruptionKind, due: str) -> None:
    assert due_date(at(began), kind, WorkingCalendar()) == dt.date.fromisoformat(due)


def test_the_local_day_counts_not_the_utc_one() -> None:
    # 23:30 UTC on Tuesday 2 February is already Wednesday 3 February in Vietnam.
    late = dt.datetime(2027, 2, 2, 23, 30, tzinfo=dt.UTC)
    assert due_date(late, TX) == dt.date(2027, 2, 15)
    # Begun on Tuesday in Vietnam: Wednesday 3, then Thursday 11 and Friday 12 after Tết.
    assert due_date(at("2027-02-02", "23:30"), TX) == dt.date(2027, 2, 12)


def test_a_decided_bridge_day_moves_the_deadline() -> None:
    calendar = WorkingCalendar(extra_days_off=frozenset({dt.date(2026, 11, 10)}))
    assert due_date(at("2026-11-06"), TX, calendar) == dt.date(2026, 11, 12)
