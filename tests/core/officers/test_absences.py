"""Officer absences: who records them, how they are listed, the days they cover."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import ValidationError
from app.officers.absences import Absence, absent_days, add_absence, list_absences, remove_absence
from app.officers.profiles import Officer, OfficerStore, PermissionDeniedError, Role
from app.sites.registry import Registry
from app.timekeeping import Month


def test_absences_are_recorded_by_team_leads_and_listed_by_overlap() -> None:
    registry = Registry(":memory:")
    store = OfficerStore(registry)
    lead = store.add_officer(None, Officer("TL1", "Trần Văn Lâm", Role.TEAM_LEAD), "246813")
    officer = store.add_officer(lead, Officer("CB7", "Lê Thị Hoa", Role.OFFICER), "135724")
    assert officer.id is not None
    leave = add_absence(
        registry,
        lead,
        Absence(officer.id, dt.date(2026, 11, 9), dt.date(2026, 11, 13), " annual leave "),
    )
    assert leave.reason == "annual leave" and leave.id is not None
    add_absence(registry, lead, Absence(officer.id, dt.date(2026, 12, 1), dt.date(2026, 12, 2)))
    with pytest.raises(PermissionDeniedError):
        add_absence(
            registry, officer, Absence(officer.id, dt.date(2026, 11, 20), dt.date(2026, 11, 20))
        )
    with pytest.raises(ValidationError):
        add_absence(
            registry, lead, Absence(officer.id, dt.date(2026, 11, 20), dt.date(2026, 11, 19))
        )

    november = list_absences(registry, Month(2026, 11).first_day, Month(2026, 11).last_day)
    assert [a.first_day for a in november] == [dt.date(2026, 11, 9)]
    assert absent_days(november)[officer.id] == {dt.date(2026, 11, d) for d in range(9, 14)}
    assert len(list_absences(registry)) == 2

    remove_absence(registry, lead, leave.id)
    assert [a.first_day for a in list_absences(registry)] == [dt.date(2026, 12, 1)]
    registry.close()
