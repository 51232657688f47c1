"""Time in Vietnam: the stored and shown forms of a moment, working days and hours (real holiday
calendar, Tết included)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import ValidationError
from app.timekeeping import (
    VIETNAM,
    Month,
    WorkingCalendar,
    local,
    local_day,
    parse_utc,
    show_local,
    to_utc_iso,
)

CALENDAR = WorkingCalendar()


def test_lunar_new_year_2027_is_not_working_time() -> None:
    # Tết 2027 (year of the Goat): 4 to 10 February, per the holiday calendar.
    for day in range(4, 11):
        assert not CALENDAR.is_working_day(dt.date(2027, 2, day)), day
    assert CALENDAR.holiday_name(dt.date(2027, 2, 6)) == "Lunar New Year"
    assert CALENDAR.holiday_name(dt.date(2027, 2, 6), "vi") == "Tết Nguyên Đán"
    assert CALENDAR.holiday_name(dt.date(2027, 2, 6), "en") == "Lunar New Year"
    assert CALENDAR.is_working_day(dt.date(2027, 2, 3))
    assert CALENDAR.is_working_day(dt.date(2027, 2, 11))
    february = CALENDAR.working_days(Month(2027, 2))
    assert len(february) == 15
    assert dt.date(2027, 2, 8) not in february


def test_weekends_holidays_and_a_substituted_saturday() -> None:
    assert not CALENDAR.is_working_day(dt.date(2026, 11, 21))  # Saturday
    assert not CALENDAR.is_working_day(dt.date(2026, 11, 22))  # Sunday
    assert not CALENDAR.is_working_day(dt.date(2026, 9, 2))  # National Day
    # 2026: Monday 31 August is a day off, made up by working on Saturday 22 August.
    assert not CALENDAR.is_working_day(dt.date(2026, 8, 31))
    assert CALENDAR.is_working_day(dt.date(2026, 8, 22))
    assert CALENDAR.holiday_name(dt.date(2026, 11, 23)) is None


def test_extra_days_off_and_working_days_override_the_calendar() -> None:
    calendar = WorkingCalendar(
        extra_days_off=frozenset({dt.date(2026, 11, 23)}),
        extra_working_days=frozenset({dt.date(2026, 11, 28)}),
    )
    assert not calendar.is_working_day(dt.date(2026, 11, 23))
    assert calendar.is_working_day(dt.date(2026, 11, 28))


def test_working_hours_are_judged_in_vietnamese_time() -> None:
    def utc(*args: int) -> dt.datetime:
        return dt.datetime(*args, tzinfo=dt.UTC)

    assert CALENDAR.is_working_time(utc(2026, 11, 3, 1, 0))  # 08:00 in Hanoi
    assert not CALENDAR.is_working_time(utc(2026, 11, 3, 11, 0))  # 18:00
    assert not CALENDAR.is_working_time(utc(2026, 11, 3, 23, 29))  # 06:29 next morning
    assert CALENDAR.is_working_time(utc(2026, 11, 4, 0, 30))  # 07:30 sharp
    assert not CALENDAR.is_working_time(utc(2026, 11, 4, 10, 0))  # 17:00 sharp: closed
    # Friday 20:00 UTC is already Saturday 03:00 in Vietnam.
    assert not CALENDAR.is_working_time(utc(2026, 11, 6, 20, 0))
    with pytest.raises(ValueError, match="naive"):
        to_utc_iso(dt.datetime(2026, 11, 3, 8, 0))


def test_deadlines_in_working_days_skip_tet() -> None:
    # I.2.3: a transmission fault reported on 3 Feb 2027 must be fixed within 3 working days.
    assert CALENDAR.add_working_days(dt.date(2027, 2, 3), 3) == dt.date(2027, 2, 15)
    assert CALENDAR.add_working_days(dt.date(2026, 11, 20), 1) == dt.date(2026, 11, 23)


def test_month_parsing_and_arithmetic() -> None:
    assert Month.parse("2026-11") == Month(2026, 11)
    assert str(Month.parse(" 2027-2 ")) == "2027-02"
    assert Month(2026, 12).next() == Month(2027, 1)
    assert Month(2027, 1).previous() == Month(2026, 12)
    assert Month(2028, 2).last_day == dt.date(2028, 2, 29)
    # Vietnamese midnight of 1 November is 17:00 UTC on 31 October.
    assert Month(2026, 11).utc_bounds() == (
        "2026-10-31T17:00:00+00:00",
        "2026-11-30T17:00:00+00:00",
    )
    for bad in ("2026/11", "11-2026", "2026-13", "next month"):
        with pytest.raises(ValidationError, match="year-month"):
            Month.parse(bad)


def test_a_moment_is_stored_in_one_utc_spelling_and_read_back_from_either() -> None:
    hanoi = dt.datetime(2026, 11, 3, 9, 0, 5, 250_000, tzinfo=VIETNAM)
    assert to_utc_iso(hanoi) == "2026-11-03T02:00:05+00:00"
    assert to_utc_iso(hanoi, milliseconds=True) == "2026-11-03T02:00:05.250+00:00"
    moment = dt.datetime(2026, 11, 3, 2, 0, 5, tzinfo=dt.UTC)
    assert parse_utc("2026-11-03T02:00:05Z") == moment
    assert parse_utc("2026-11-03T02:00:05+00:00") == moment
    assert parse_utc("2026-11-03T09:00:05+07:00") == moment
    with pytest.raises(ValueError, match="without a zone"):
        parse_utc("2026-11-03T02:00:05")


def test_a_moment_is_shown_in_vietnamese_time_in_one_of_few_forms() -> None:
    # 17:30 UTC on 31 October is already 00:30 on 1 November in Hanoi.
    moment = dt.datetime(2026, 10, 31, 17, 30, 9, tzinfo=dt.UTC)
    assert local(moment).utcoffset() == dt.timedelta(hours=7)
    assert local_day(moment) == dt.date(2026, 11, 1)
    assert show_local(moment) == "2026-11-01 00:30"
    assert show_local(moment, seconds=True) == "2026-11-01 00:30:09"
    assert show_local(moment, day_first=True) == "01/11/2026 00:30"
    assert show_local(moment, day_first=True, seconds=True) == "01/11/2026 00:30:09"
    assert show_local(moment, date=False) == "00:30"
    assert show_local(moment, date=False, seconds=True) == "00:30:09"
    with pytest.raises(ValueError, match="naive"):
        show_local(dt.datetime(2026, 11, 1, 0, 30))
