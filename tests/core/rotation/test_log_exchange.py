"""Log files between workstations: export, import into the team lead's coverage, duplicates,
tampered files refused with a clear message and nothing imported."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import Epe
from app.officers.profiles import Officer, OfficerStore, PermissionDeniedError, Role
from app.rotation.checks import CheckResult, CheckService, Findings
from app.rotation.coverage import month_coverage
from app.rotation.log_exchange import (
    ImportSummary,
    LogFileError,
    import_log,
    import_log_files,
    import_log_steps,
    key_id,
    new_team_key,
    parse_team_key,
)
from app.rotation.log_exchange import export_log as export
from app.sites.registry import Registry
from app.timekeeping import Month
from tests.helpers.clock import Clock

NOVEMBER = Month(2026, 11)
KEY = parse_team_key(new_team_key())
EPES = (("Công ty Alpha", "0100233488"), ("Công ty Beta", "0100109106"))


class Workstation:
    """One PC of the team, with its own registry file (and so its own workstation ID)."""

    def __init__(self, folder: Path, officer_code: str, officer_name: str) -> None:
        folder.mkdir()
        self.clock = Clock(dt.datetime(2026, 11, 3, 2, 0, tzinfo=dt.UTC))
        self.registry = Registry(folder / "registry.sqlite")
        store = OfficerStore(self.registry, self.clock)
        self.lead = store.add_officer(
            None, Officer("TL01", "Trần Văn Lâm", Role.TEAM_LEAD), "246813"
        )
        self.officer = store.add_officer(
            self.lead, Officer(officer_code, officer_name, Role.OFFICER), "135724"
        )
        self.epes = [self.registry.add_epe(Epe(name, tax_id)) for name, tax_id in EPES]
        self.service = CheckService(self.registry, clock=self.clock)

    def check(self, epe: int, day: int, result: CheckResult = CheckResult.NORMAL) -> str:
        self.clock.now = dt.datetime(2026, 11, day, 2, 0, tzinfo=dt.UTC)
        session = self.service.start_check(self.officer, self.epes[epe].id or 0)
        self.clock.advance(minutes=15)
        note = "" if result is CheckResult.NORMAL else "cổng mở"
        return session.end(Findings(result, note)).check_id

    def export(self, path: Path) -> Path:
        export(self.registry, self.officer, NOVEMBER, path, KEY, clock=self.clock)
        return path


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Workstation, Workstation, Workstation]]:
    stations = (
        Workstation(tmp_path / "pc-a", "CB01", "Lê Thị Hoa"),
        Workstation(tmp_path / "pc-b", "CB02", "Phạm Minh"),
        Workstation(tmp_path / "pc-lead", "CB09", "Ngô Văn Tư"),
    )
    yield stations
    for station in stations:
        station.registry.close()


def test_the_lead_merges_two_workstations_logs_and_duplicates_are_recognised(
    team: tuple[Workstation, Workstation, Workstation], tmp_path: Path
) -> None:
    a, b, lead = team
    a.check(0, 3)
    a.check(1, 4)
    b.check(0, 5, CheckResult.IRREGULARITY)
    file_a = a.export(tmp_path / "hoa.epelog")
    file_b = b.export(tmp_path / "minh.epelog")

    steps = list(import_log_steps(lead.registry, lead.lead, file_a, KEY))
    summary = steps[-1].result
    assert summary is not None and summary.exported_by == "CB01" and summary.month == "2026-11"
    assert (summary.added, summary.duplicates, summary.checks_added) == (2, 0, 2)
    summary_b = import_log(lead.registry, lead.lead, file_b, KEY)
    assert summary_b.checks_added == 1 and summary_b.workstation != summary.workstation

    coverage = month_coverage(lead.registry, NOVEMBER, today=dt.date(2026, 12, 1))
    assert [(r.name, r.checks_done, r.last_officer) for r in coverage.rows] == [
        ("Công ty Alpha", 2, "Phạm Minh"),
        ("Công ty Beta", 1, "Lê Thị Hoa"),
    ]
    totals = {t.officer_code: t.checks for t in coverage.officers}
    assert totals == {"CB01": 2, "CB02": 1, "CB09": 0, "TL01": 0}

    # A later export of the same month overlaps the first: only the new records are added.
    a.clock.now = dt.datetime(2026, 11, 6, 3, 0, tzinfo=dt.UTC)
    first = a.service.checks(NOVEMBER)[0]
    a.service.amend(
        a.officer,
        first.check_id,
        "ghi nhầm",
        result=CheckResult.IRREGULARITY,
        text="xe không có tờ khai",
    )
    a.check(1, 9)
    again = import_log(lead.registry, lead.lead, a.export(tmp_path / "hoa-2.epelog"), KEY)
    # New: the amendment, the check, and the audit event of the first export.
    assert (again.added, again.duplicates, again.checks_added) == (3, 2, 1)
    assert import_log(lead.registry, lead.lead, file_b, KEY).added == 0
    alpha = month_coverage(lead.registry, NOVEMBER).rows[0]
    assert (alpha.checks_done, alpha.last_result) == (2, CheckResult.IRREGULARITY)
    amended = lead.service.get_check(first.check_id)
    assert amended.result is CheckResult.IRREGULARITY and amended.workstation != (
        lead.service.ledger.workstation_id
    )
    assert lead.service.ledger.verify().ok


def tamper(path: Path, change: object) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)  # type: ignore[operator]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def test_a_tampered_file_is_refused_with_a_clear_message_and_nothing_is_imported(
    team: tuple[Workstation, Workstation, Workstation], tmp_path: Path
) -> None:
    a, _b, lead = team
    a.check(0, 3, CheckResult.IRREGULARITY)
    a.check(1, 4)
    clean = a.export(tmp_path / "hoa.epelog").read_text(encoding="utf-8")
    before = lead.service.ledger.count()

    def refused(change: object) -> LogFileError:
        path = tmp_path / "edited.epelog"
        path.write_text(clean, encoding="utf-8")
        tamper(path, change)
        with pytest.raises(LogFileError) as error:
            import_log(lead.registry, lead.lead, path, KEY)
        assert lead.service.ledger.count() == before
        return error.value

    def soften(doc: dict[str, object]) -> None:
        records = doc["records"]
        assert isinstance(records, list)
        check = next(r for r in records if r["kind"] == "check")
        check["payload"]["result"] = "normal"

    error = refused(soften)
    assert error.kind == "tampered"
    assert "edited.epelog was refused: record 1 of" in str(error)
    assert "changed, added or removed after the file was exported" in str(error)

    def drop_last(doc: dict[str, object]) -> None:
        records = doc["records"]
        assert isinstance(records, list)
        records.pop()

    assert "at the end of the file were removed" in str(refused(drop_last))

    def rename_officer(doc: dict[str, object]) -> None:
        doc["exported_by"] = {"code": "TL01", "name": "Trần Văn Lâm"}

    error = refused(rename_officer)
    assert error.kind == "tampered" and "signature does not match" in str(error)

    other_key = parse_team_key(new_team_key())
    path = tmp_path / "other.epelog"
    path.write_text(clean, encoding="utf-8")
    with pytest.raises(LogFileError) as wrong:
        import_log(lead.registry, lead.lead, path, other_key)
    assert wrong.value.kind == "wrong_key" and "another team key" in str(wrong.value)
    path.write_text("PK\x03\x04 not a log", encoding="utf-8")
    with pytest.raises(LogFileError) as junk:
        import_log(lead.registry, lead.lead, path, KEY)
    assert junk.value.kind == "not_a_log"
    assert lead.service.ledger.count() == before


def test_a_record_id_with_other_content_is_a_conflict(
    team: tuple[Workstation, Workstation, Workstation], tmp_path: Path
) -> None:
    a, _b, lead = team
    a.check(0, 3)
    first = a.export(tmp_path / "first.epelog")
    import_log(lead.registry, lead.lead, first, KEY)
    # The same check ID, re-signed with the key but with other content: someone holding the key
    # rewrote history; the copy already imported wins and the file is refused.
    from app.rotation.ledger import GENESIS, canonical_json, record_hash
    from app.rotation.log_exchange import _signature

    document = json.loads(first.read_text(encoding="utf-8"))
    document.pop("hmac")
    prev = GENESIS
    for entry in document["records"]:
        if entry["kind"] == "check":
            entry["payload"]["text"] = "viết lại"
        entry["hash"] = prev = record_hash(
            prev,
            entry["record_id"],
            entry["kind"],
            entry["created_at"],
            entry["workstation"],
            canonical_json(entry["payload"]),
        )
    document["head"] = prev
    document["hmac"] = _signature(KEY, document)
    rewritten = tmp_path / "rewritten.epelog"
    rewritten.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(LogFileError) as conflict:
        import_log(lead.registry, lead.lead, rewritten, KEY)
    assert conflict.value.kind == "conflict"
    assert "different content" in str(conflict.value)


def test_roles_and_keys(team: tuple[Workstation, Workstation, Workstation], tmp_path: Path) -> None:
    a, _b, lead = team
    with pytest.raises(PermissionDeniedError):
        import_log(a.registry, a.officer, tmp_path / "x.epelog", KEY)
    with pytest.raises(PermissionDeniedError):
        export(
            a.registry, a.officer, NOVEMBER, tmp_path / "all.epelog", KEY, whole_workstation=True
        )
    with pytest.raises(LogFileError, match="64 hexadecimal digits"):
        parse_team_key("1234")
    typed = " ".join(KEY.hex()[i : i + 8] for i in range(0, 64, 8)).upper()
    assert parse_team_key(typed) == KEY
    assert key_id(KEY) != key_id(parse_team_key(new_team_key()))
    a.check(0, 3)
    path = a.export(tmp_path / "hoa.epelog")
    assert KEY.hex() not in path.read_text(encoding="utf-8")
    assert a.service.ledger.records()[-1].payload["action"] == "log_exported"
    assert import_log(lead.registry, lead.lead, path, KEY).checks_added == 1
    assert lead.service.ledger.records()[-1].payload["action"] == "log_imported"


def test_several_files_go_in_one_by_one_and_a_refused_one_does_not_stop_the_others(
    team: tuple[Workstation, Workstation, Workstation], tmp_path: Path
) -> None:
    a, b, lead = team
    a.check(0, 3)
    b.check(1, 4)
    good_a = a.export(tmp_path / "hoa.epelog")
    good_b = b.export(tmp_path / "minh.epelog")
    bad = tmp_path / "bad.epelog"
    bad.write_text(
        good_a.read_text(encoding="utf-8").replace("Công ty Alpha", "Công ty X"), encoding="utf-8"
    )

    steps = import_log_files(lead.registry, lead.lead, [good_a, bad, good_b], KEY)
    progress = []
    try:
        while True:
            progress.append(next(steps))
    except StopIteration as done:
        results: list[tuple[Path, ImportSummary | str]] = done.value
    assert progress == [(0, 3, "hoa.epelog"), (1, 3, "bad.epelog"), (2, 3, "minh.epelog")]
    assert [path for path, _result in results] == [good_a, bad, good_b]
    first, refused, last = (result for _path, result in results)
    assert isinstance(first, ImportSummary) and first.checks_added == 1
    assert isinstance(refused, str) and "bad.epelog was refused" in refused
    assert isinstance(last, ImportSummary) and last.checks_added == 1
    assert len(lead.service.checks(NOVEMBER)) == 2
