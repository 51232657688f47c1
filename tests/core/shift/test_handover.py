"""The end-of-shift handover: composed from the shift's work, signed into the check log,
acknowledged by the next officer on the workstation; the log catches an edited note."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.evidence.signing import WorkstationKey
from app.rotation.ledger import Ledger
from app.rotation.log_exchange import export_log, import_log, new_team_key, parse_team_key
from app.shift.handover import (
    SECTION_MAX,
    HandoverError,
    handovers_of_day,
    last_handover,
    section_lines,
    shift_start,
)
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, Month
from tests.helpers.handover import END_OF_SHIFT, ShiftSite, shift_site
from tests.helpers.interruptions import register_site

UNREVIEWED = {
    "key": "rec:1",
    "epe_id": 1,
    "epe_name": "Công ty TNHH Điện tử Tân Thuận",
    "camera_number": 2,
    "kind": "recorder_event",
    "at": dt.datetime(2027, 2, 2, 1, 10, tzinfo=VIETNAM),
    "text": "Chuyển động lúc 01:10",
    "reviewed": False,
    "finding": "",
}


@pytest.fixture
def shift(registry: Registry) -> ShiftSite:
    return shift_site(registry)


def test_the_note_holds_the_shifts_checks_findings_open_interruptions_and_warnings(
    shift: ShiftSite,
) -> None:
    sections = shift.book.compose(shift.site.officer, [UNREVIEWED])
    assert [c["result"] for c in sections["checks"]] == ["irregularity"]
    assert sections["findings"][0]["text"].startswith("Xe tải")
    assert [i["cameras"] for i in sections["interruptions"]] == [[3]]
    assert [(w["kind"], w["camera_number"]) for w in sections["warnings"]] == [("tampering", 2)]
    assert sections["unreviewed"][0]["at"] == "2027-02-01T18:10:00+00:00"
    # A warning item of the review is listed once, under the warnings.
    warning_item = dict(UNREVIEWED, key="warning:1", kind="warning")
    again = shift.book.compose(shift.site.officer, [UNREVIEWED, warning_item])
    assert [row["key"] for row in again["unreviewed"]] == ["rec:1"]
    # A night of a thousand motion events keeps the note readable: the rest are counted.
    storm = [dict(UNREVIEWED, key=f"rec:{n}") for n in range(1000)]
    big = shift.book.compose(shift.site.officer, storm)
    assert len(big["unreviewed"]) == SECTION_MAX and big["unreviewed_more"] == 700
    assert section_lines(big)[3][1][-1] == "… and 700 more"
    assert "cases" not in sections  # no cases in epewall yet


def test_a_signed_handover_is_in_the_log_and_the_next_officer_acknowledges_it(
    shift: ShiftSite,
) -> None:
    officer, lead = shift.site.officer, shift.site.lead
    sections = shift.book.compose(officer, [UNREVIEWED])
    key = WorkstationKey.generate("PC-01")
    written = shift.book.sign(officer, sections, "Camera 3 vẫn mất tín hiệu.\x1b[2J", key)
    assert written.text == "Camera 3 vẫn mất tín hiệu.[2J"
    assert written.signature_state == "good"
    assert written.signer_fingerprint == key.public.fingerprint
    # The shift began at the end of the previous working day's office hours (Monday 17:00).
    assert written.shift_started_at == dt.datetime(2027, 2, 1, 17, 0, tzinfo=VIETNAM)
    assert shift.book.pending_for(written.workstation) == written
    assert shift.book.pending_for(written.workstation, officer.code) is None

    with pytest.raises(HandoverError):
        shift.book.acknowledge(written.id, officer)  # not one's own
    shift.site.clock.advance(hours=1)
    read = shift.book.acknowledge(written.id, lead)
    assert read.acknowledged_by == lead.code
    assert read.acknowledged_at == END_OF_SHIFT + dt.timedelta(hours=1)
    assert shift.book.pending_for(written.workstation) is None
    with pytest.raises(HandoverError):
        shift.book.acknowledge(written.id, lead)
    assert Ledger(shift.site.registry).verify().ok

    # The next shift starts where this one ended, and the day lists it.
    assert shift_start(shift.site.registry, lead.code, END_OF_SHIFT + dt.timedelta(hours=2)) == (
        written.ended_at
    )
    assert last_handover(shift.site.registry) == read
    assert [h.id for h in handovers_of_day(shift.site.registry, dt.date(2027, 2, 2))] == [
        written.id
    ]
    assert handovers_of_day(shift.site.registry, dt.date(2027, 2, 3)) == []


def test_a_viewer_cannot_sign_and_a_long_note_is_refused_with_nothing_written(
    shift: ShiftSite,
) -> None:
    ledger = Ledger(shift.site.registry)
    before = ledger.count()
    with pytest.raises(HandoverError):
        shift.book.sign(shift.site.officer, {}, "x" * 5000)
    with pytest.raises(Exception, match="."):
        shift.book.sign(shift.site.viewer, {}, "ok")
    assert ledger.count() == before


def test_an_edited_note_breaks_the_chain_and_its_signature(shift: ShiftSite) -> None:
    written = shift.book.sign(
        shift.site.officer, shift.book.compose(shift.site.officer, []), "Bình thường", None
    )
    assert written.signature_state == "none"
    signed = shift.book.sign(shift.site.officer, {}, "Có chữ ký", WorkstationKey.generate("PC-01"))
    path = shift.site.registry.path
    assert path is not None
    with closing(sqlite3.connect(path)) as db:
        triggers = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]
        for name in triggers:
            db.execute(f"DROP TRIGGER {name}")
        db.execute(
            "UPDATE ledger SET payload = replace(payload, 'Có chữ ký', 'Đã sửa') "
            "WHERE record_id = ?",
            [signed.id],
        )
        db.commit()
    report = Ledger(shift.site.registry).verify()
    assert not report.ok and report.broken is not None
    assert report.broken.record_id == signed.id
    assert shift.book.get(signed.id).signature_state == "bad"


def test_shift_start_after_a_weekend_is_friday_evening(registry: Registry) -> None:
    monday_morning = dt.datetime(2027, 3, 8, 7, 0, tzinfo=VIETNAM)
    assert shift_start(registry, "CB01", monday_morning) == dt.datetime(
        2027, 3, 5, 17, 0, tzinfo=VIETNAM
    )


def test_the_months_log_carries_the_handovers_to_the_team_leads_workstation(
    tmp_path: Path,
) -> None:
    key = parse_team_key(new_team_key())
    with Registry(tmp_path / "a.sqlite") as reg_a, Registry(tmp_path / "lead.sqlite") as reg_b:
        a = shift_site(reg_a)
        lead = register_site(reg_b)
        written = a.book.sign(
            a.site.officer,
            a.book.compose(a.site.officer, []),
            "Ca ngày",
            WorkstationKey.generate("PC-A"),
        )
        a.site.clock.advance(hours=1)
        a.book.acknowledge(written.id, a.site.lead)
        path = tmp_path / "feb.epelog"
        export_log(
            reg_a,
            a.site.lead,
            Month(2027, 2),
            path,
            key,
            whole_workstation=True,
            clock=a.site.clock,
        )
        import_log(reg_b, lead.lead, path, key, clock=lead.clock)
        [copied] = handovers_of_day(reg_b, dt.date(2027, 2, 2))
        assert copied.workstation == written.workstation != Ledger(reg_b).workstation_id
        assert copied.text == "Ca ngày" and copied.signature_state == "good"
        assert copied.acknowledged_by == a.site.lead.code
        assert last_handover(reg_b) is None  # not this workstation's own shift
        assert Ledger(reg_b).verify().ok
