"""Cases (Decision 247 II.2.3): opened by an officer, evidence attached with its SHA-256,
submitted to a team lead who decides; every step a ledger record that survives a restart and
verifies, and a tampered record or table is caught."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from app.cases import records
from app.cases.book import (
    CaseBook,
    CaseError,
    check_item,
    interruption_item,
    note_item,
    snapshot_item,
)
from app.officers.profiles import PermissionDeniedError
from app.rotation.ledger import Ledger, LedgerError, RecordKind
from app.sites.registry import Registry
from tests.helpers.cases import CaseSite, case_site, snapshot_file


@pytest.fixture
def site(registry: Registry) -> CaseSite:
    return case_site(registry)


def _opened(site: CaseSite) -> str:
    case = site.book.open(
        site.site.officer,
        site.site.alpha.id or 0,
        "Container CSQU3054383 rời cổng 09:12 không có tờ khai.",
        [check_item(site.check)],
        origin="check",
    )
    return case.id


def test_a_case_goes_from_draft_to_submitted_to_closed_by_another_team_lead(
    site: CaseSite, tmp_path: Path
) -> None:
    officer, lead = site.site.officer, site.site.lead
    case_id = _opened(site)
    png = snapshot_file(tmp_path)
    site.book.add_item(case_id, officer, snapshot_item(png))
    site.book.add_item(case_id, officer, interruption_item(site.interruption))
    site.book.add_item(case_id, officer, note_item("Đã gọi DNCX, chưa trả lời."))
    case = site.book.get(case_id)
    assert case.state == records.DRAFT
    snapshot = next(e for e in case.evidence if e.kind == "snapshot")
    assert snapshot.item["sha256"] == hashlib.sha256(png.read_bytes()).hexdigest()
    assert snapshot.item["cameras"] == [1]  # from the snapshot's stamp
    assert [e.kind for e in case.notes] == ["note"]

    with pytest.raises(CaseError):  # a draft is not decided
        site.book.decide(case_id, lead, "refer", "Đủ căn cứ")
    site.book.submit(case_id, officer, "Đề nghị chuyển Đội kiểm soát xác minh.")
    with pytest.raises(CaseError):  # evidence only while a draft
        site.book.add_item(case_id, officer, snapshot_item(png))
    case = site.book.decide(case_id, lead, "refer", "Đủ căn cứ nghi vấn gian lận.")
    assert case.state == records.CLOSED
    assert (case.decided_by, case.decision) == (lead.code, "refer")
    with pytest.raises(CaseError):
        site.book.add_item(case_id, officer, note_item("muộn"))
    (row,) = site.book.list(state="closed")
    assert (row.id, row.items, row.decision) == (case_id, 4, "refer")
    assert site.book.list(state="draft") == []


def test_an_officer_cannot_decide_and_nobody_decides_their_own_case(site: CaseSite) -> None:
    officer, viewer, second = site.site.officer, site.site.viewer, site.second_lead
    case_id = _opened(site)
    site.book.submit(case_id, officer, "Đề nghị xác minh.")
    with pytest.raises(PermissionDeniedError):
        site.book.decide(case_id, officer, "verify", "tự quyết")
    with pytest.raises(PermissionDeniedError):
        site.book.open(viewer, site.site.alpha.id or 0, "xem")
    # A team lead who opened a case does not close it: another one does.
    own = site.book.open(site.site.lead, site.site.alpha.id or 0, "Trưởng nhóm tự mở.")
    site.book.submit(own.id, site.site.lead, "Đề nghị.")
    with pytest.raises(CaseError, match="another team lead"):
        site.book.decide(own.id, site.site.lead, "no_violation", "Không vi phạm")
    assert site.book.decide(own.id, second, "no_violation", "Không vi phạm").state == "closed"
    assert (
        Ledger(site.registry).records(RecordKind.CASE_DECIDED)[0].payload["officer"]["code"]
        == second.code
    )


def test_the_case_survives_a_restart_and_the_chain_verifies(
    site: CaseSite, epewall_home: Path
) -> None:
    case_id = _opened(site)
    site.book.submit(case_id, site.site.officer, "Đề nghị xác minh.")
    site.site.registry.close()
    again = Registry()
    try:
        case = CaseBook(again).get(case_id)
        assert case.state == "submitted"
        assert case.evidence[0].item["check_id"] == site.check.check_id
        assert case.proposal == "Đề nghị xác minh."
        report = Ledger(again).verify()
        assert report.ok, report.broken
    finally:
        again.close()


def _tamper(path: Path, sql: str, *args: object) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER IF EXISTS ledger_no_update")
    conn.execute(sql, args)
    conn.commit()
    conn.close()


def test_an_edited_case_record_is_caught_by_verify(site: CaseSite) -> None:
    case_id = _opened(site)
    site.book.submit(case_id, site.site.officer, "Đề nghị chuyển Đội kiểm soát.")
    record = Ledger(site.registry).records(RecordKind.CASE_SUBMITTED)[0]
    path = site.registry.path
    assert path is not None
    site.site.registry.close()
    softer = dict(record.payload, proposal="Không có gì.")
    _tamper(
        path,
        "UPDATE ledger SET payload = ? WHERE record_id = ?",
        json.dumps(softer, ensure_ascii=False),
        record.record_id,
    )
    again = Registry()
    try:
        report = Ledger(again).verify()
        assert report.broken is not None and report.broken.record_id == record.record_id
    finally:
        again.close()


def test_an_edited_cases_table_is_caught_by_verify(site: CaseSite) -> None:
    case_id = _opened(site)
    path = site.registry.path
    assert path is not None
    site.site.registry.close()
    _tamper(path, "UPDATE cases SET state = 'closed' WHERE record_id = ?", case_id)
    again = Registry()
    try:
        report = Ledger(again).verify()
        assert report.broken is not None and report.broken.record_id == case_id
        assert "cases table" in report.broken.reason
    finally:
        again.close()


def test_a_damaged_case_record_is_refused(site: CaseSite) -> None:
    with pytest.raises(LedgerError):
        Ledger(site.registry).append(RecordKind.CASE_ITEM, {"case_id": "x", "at": "now"})
    case_id = _opened(site)
    with pytest.raises(CaseError):
        site.book.add_item(case_id, site.site.officer, {"kind": "snapshot", "sha256": "zz"})
    with pytest.raises(CaseError):
        site.book.submit(case_id, site.site.officer, "   ")


def test_the_months_log_carries_a_case_to_the_team_leads_workstation_who_decides_it(
    tmp_path: Path,
) -> None:
    from app.rotation.log_exchange import export_log, import_log, new_team_key, parse_team_key
    from app.timekeeping import Month
    from tests.helpers.interruptions import register_site

    key = parse_team_key(new_team_key())
    with Registry(tmp_path / "a.sqlite") as reg_a, Registry(tmp_path / "lead.sqlite") as reg_b:
        a = case_site(reg_a)
        case_id = _opened(a)
        a.book.submit(case_id, a.site.officer, "Đề nghị xác minh.")
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
        lead = register_site(reg_b)
        import_log(reg_b, lead.lead, path, key, clock=lead.clock)
        copied = CaseBook(reg_b, lead.clock).get(case_id)
        assert copied.state == "submitted" and copied.evidence[0].kind == "check"
        closed = CaseBook(reg_b, lead.clock).decide(case_id, lead.lead, "verify", "Xác minh.")
        assert closed.state == "closed"
        assert Ledger(reg_b).verify().ok


def test_a_folder_without_manifest_or_a_folder_as_snapshot_is_refused_clearly(
    site: CaseSite, tmp_path: Path
) -> None:
    from app.cases.book import evidence_export_steps
    from app.workers import run_to_end

    empty = tmp_path / "not-an-export"
    empty.mkdir()
    with pytest.raises(CaseError, match="not an evidence export"):
        run_to_end(evidence_export_steps(site.registry, empty))
    with pytest.raises(CaseError, match="folder"):
        snapshot_item(empty)
