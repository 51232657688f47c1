"""Working days and hours in Vietnam (real holiday calendar, Tết included) and officer absences."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import ValidationError
from app.officers.profiles import Officer, OfficerStore, PermissionDeniedError, Role
from app.rotation.worktime import (
    Absence,
    Month,
    WorkingCalendar,
    absent_days,
    add_absence,
    list_absences,
    remove_absence,
    to_utc_iso,
)
from app.sites.registry import Registry

CALENDAR = WorkingCalendar()


def test_lunar_new_year_2027_is_not_working_time() -> None:
    # Tết 2027 (year of the Goat): 4 to 10 February, per the holiday calendar.
    for day in range(4, 11):
        assert not CALENDAR.is_working_day(dt.date(2027, 2, day)), day
    assert CALENDAR.holiday_name(dt.date(2027, 2, 6)) == "Lunar New Year"
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
    calendar = WorkingCalendar(extra_days_off=frozenset({dt.date(2026, 11, 23)}),
                               extra_working_days=frozenset({dt.date(2026, 11, 28)}))
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
    assert Month(2026, 11).utc_bounds() == ("2026-10-31T17:00:00+00:00",
                                            "2026-11-30T17:00:00+00:00")
    for bad in ("2026/11", "11-2026", "2026-13", "next month"):
        with pytest.raises(ValidationError, match="year-month"):
            Month.parse(bad)


def test_absences_are_recorded_by_team_leads_and_listed_by_overlap() -> None:
    registry = Registry(":memory:")
    store = OfficerStore(registry)
    lead = store.add_officer(None, Officer("TL1", "Trần Văn Lâm", Role.TEAM_LEAD), "2468")
    officer = store.add_officer(lead, Officer("CB7", "Lê Thị Hoa", Role.OFFICER), "1357")
    assert officer.id is not None
    leave = add_absence(registry, lead, Absence(officer.id, dt.date(2026, 11, 9),
                                                dt.date(2026, 11, 13), " annual leave "))
    assert leave.reason == "annual leave" and leave.id is not None
    add_absence(registry, lead, Absence(officer.id, dt.date(2026, 12, 1), dt.date(2026, 12, 2)))
    with pytest.raises(PermissionDeniedError):
        add_absence(registry, officer, Absence(officer.id, dt.date(2026, 11, 20),
                                               dt.date(2026, 11, 20)))
    with pytest.raises(ValidationError):
        add_absence(registry, lead, Absence(officer.id, dt.date(2026, 11, 20),
                                            dt.date(2026, 11, 19)))

    november = list_absences(registry, Month(2026, 11).first_day, Month(2026, 11).last_day)
    assert [a.first_day for a in november] == [dt.date(2026, 11, 9)]
    assert absent_days(november)[officer.id] == {dt.date(2026, 11, d) for d in range(9, 14)}
    assert len(list_absences(registry)) == 2

    remove_absence(registry, lead, leave.id)
    assert [a.first_day for a in list_absences(registry)] == [dt.date(2026, 12, 1)]
    registry.close()
