"""The officer's camera logbook: entries by time, position and diagram number, linked to an
interruption, kept as ledger records that verify."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing

import pytest

from app.interruptions.logbook import LogbookEntryKind, add_entry, entries
from app.interruptions.model import InterruptionKind
from app.interruptions.register import InterruptionError
from app.rotation.ledger import Ledger
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.interruptions import RegisterSite, register_site


@pytest.fixture
def site(registry: Registry) -> RegisterSite:
    return register_site(registry)


def vn(day: str, clock: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=VIETNAM)


def test_entries_by_camera_and_time_linked_to_their_interruption(site: RegisterSite) -> None:
    alpha = site.alpha.id or 0
    item = site.register.open(
        alpha,
        InterruptionKind.EQUIPMENT,
        [1],
        vn("2027-02-02", "07:00"),
        officer_code="CB01",
        cause="Mất điện",
    )
    power = add_entry(
        site.registry,
        alpha,
        LogbookEntryKind.POWER_FAILURE,
        vn("2027-02-02", "07:00"),
        "Mất điện lưới khu vực cổng",
        officer_code="CB01",
        camera=1,
        interruption_id=item.id,
        clock=site.clock,
    )
    add_entry(
        site.registry,
        alpha,
        LogbookEntryKind.MAINTENANCE,
        vn("2027-02-01", "15:00"),
        "Bảo trì định kỳ đầu ghi",
        officer_code="CB01",
        clock=site.clock,
    )
    add_entry(
        site.registry,
        alpha,
        "repair",
        vn("2027-02-03", "08:00"),
        "Thay bộ nguồn camera 1",
        officer_code="CB01",
        camera=1,
        interruption_id=item.id,
        clock=site.clock,
    )
    assert (power.position, power.camera, power.interruption_id) == ("gate", 1, item.id)
    every = entries(site.registry, alpha)
    assert [e.kind for e in every] == [
        LogbookEntryKind.MAINTENANCE,
        LogbookEntryKind.POWER_FAILURE,
        LogbookEntryKind.REPAIR,
    ]
    assert [e.kind for e in entries(site.registry, alpha, camera=1)] == [
        LogbookEntryKind.POWER_FAILURE,
        LogbookEntryKind.REPAIR,
    ]
    window = entries(
        site.registry, alpha, start=vn("2027-02-02", "00:00"), end=vn("2027-02-03", "00:00")
    )
    assert [e.note for e in window] == ["Mất điện lưới khu vực cổng"]
    assert entries(site.registry, site.beta.id or 0) == []
    assert Ledger(site.registry).verify().ok


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"camera": 7}, "no camera number 7"),
        ({"note": "  "}, "Write what happened"),
        ({"at": vn("2027-02-04", "08:00")}, "future"),
        ({"officer_code": "XEM1"}, "role does not allow"),
        ({"interruption_id": "0" * 32}, "No interruption"),
    ],
)
def test_a_refused_entry_writes_nothing(
    site: RegisterSite, change: dict[str, object], message: str
) -> None:
    arguments: dict[str, object] = {
        "kind": LogbookEntryKind.OTHER,
        "at": vn("2027-02-03", "08:00"),
        "note": "Camera bị che",
        "officer_code": "CB01",
        "camera": 2,
        "clock": site.clock,
    }
    arguments.update(change)
    before = Ledger(site.registry).count()
    with pytest.raises(InterruptionError, match=message):
        add_entry(site.registry, site.alpha.id or 0, **arguments)  # type: ignore[arg-type]
    assert Ledger(site.registry).count() == before


def test_an_edited_logbook_row_is_caught(site: RegisterSite) -> None:
    entry = add_entry(
        site.registry,
        site.alpha.id or 0,
        LogbookEntryKind.REPAIR,
        vn("2027-02-03", "08:00"),
        "Sửa camera",
        officer_code="CB01",
        camera=2,
        clock=site.clock,
    )
    assert site.registry.path is not None
    with closing(sqlite3.connect(site.registry.path)) as conn:
        conn.execute("UPDATE logbook_entries SET note = 'không có gì'")
        conn.commit()
    report = Ledger(site.registry).verify()
    assert report.broken is not None and report.broken.record_id == entry.record_id
