"""The append-only, hash-chained log: any later edit of the SQLite file is found and located."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from app.rotation.ledger import GENESIS, Ledger, RecordKind, record_hash
from app.sites.registry import Registry
from app.storage.database import RegistryError
from tests.helpers.rotation_data import small_log


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    registry = Registry(tmp_path / "registry.sqlite")
    yield registry
    registry.close()


@pytest.fixture
def ledger(registry: Registry) -> Ledger:
    """A log of: 1 lead created, 2 login, 3..5 three checks of an EPE, 6 view audit."""
    return small_log(registry)


def tamper(registry: Registry, *statements: str) -> None:
    """Edit the file behind the app's back, as someone with a SQLite browser would."""
    assert registry.path is not None
    with closing(sqlite3.connect(registry.path)) as conn:
        conn.execute("DROP TRIGGER IF EXISTS ledger_no_update")
        conn.execute("DROP TRIGGER IF EXISTS ledger_no_delete")
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def test_an_untouched_log_verifies_and_reports_progress(ledger: Ledger) -> None:
    steps = list(ledger.verify_steps(batch=2))
    assert [s.done for s in steps] == [2, 4, 6, 6]
    assert all(s.total == 6 for s in steps)
    report = steps[-1].result
    assert report is not None and report.ok and report.records == 6
    first = ledger.records()[0]
    assert first.prev_hash == GENESIS
    assert [r.kind for r in ledger.records()] == [
        "audit",
        "audit",
        "check",
        "check",
        "check",
        "audit",
    ]


def test_the_app_cannot_update_or_delete_records(registry: Registry, ledger: Ledger) -> None:
    with pytest.raises(RegistryError), registry.database() as db:
        db.execute("UPDATE ledger SET payload = '{}' WHERE seq = 3")
    with pytest.raises(RegistryError), registry.database() as db:
        db.execute("DELETE FROM ledger WHERE seq = 3")
    assert ledger.verify().ok


def test_an_edited_record_is_the_first_broken_link(registry: Registry, ledger: Ledger) -> None:
    check = ledger.records()[3]
    tamper(registry, "UPDATE ledger SET payload = replace(payload, 'TL01', 'CB99') WHERE seq = 4")
    report = ledger.verify()
    assert report.broken is not None
    assert (report.broken.seq, report.broken.record_id) == (4, check.record_id)
    assert "changed after it was written" in report.broken.reason
    assert report.records == 3  # the three before it are still sound


def test_an_edit_with_a_recomputed_hash_breaks_the_next_link(
    registry: Registry, ledger: Ledger
) -> None:
    record = ledger.records()[2]
    payload = dict(record.payload, result="irregularity", text="đã sửa")
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    digest = record_hash(
        record.prev_hash, record.record_id, "check", record.created_at, record.workstation, text
    )
    with closing(sqlite3.connect(":memory:")) as quoting:
        quoted = quoting.execute("SELECT quote(?)", [text]).fetchone()[0]
    tamper(registry, f"UPDATE ledger SET payload = {quoted}, hash = '{digest}' WHERE seq = 3")
    report = ledger.verify()
    assert report.broken is not None and report.broken.seq == 4
    assert "does not follow the one before it" in report.broken.reason


def test_a_deleted_record_is_found(registry: Registry, ledger: Ledger) -> None:
    tamper(registry, "DELETE FROM ledger WHERE seq = 2")
    report = ledger.verify()
    assert report.broken is not None and report.broken.seq == 3


def test_editing_the_derived_checks_table_is_found(registry: Registry, ledger: Ledger) -> None:
    irregular = ledger.records()[4]
    tamper(
        registry, f"UPDATE checks SET result = 'normal' WHERE record_id = '{irregular.record_id}'"
    )
    report = ledger.verify()
    assert report.broken is not None
    assert report.broken.record_id == irregular.record_id
    assert "checks table" in report.broken.reason

    tamper(
        registry,
        f"UPDATE checks SET result = 'irregularity' WHERE record_id = '{irregular.record_id}'",
        "INSERT INTO checks SELECT 'forged', epe_tax_id, epe_name, officer_code, "
        "officer_name, started_at, ended_at, local_day, local_month, scheduled, reason, "
        "outside_working_time, result, amendments, workstation FROM checks LIMIT 1",
    )
    report = ledger.verify()
    assert report.broken is not None and report.broken.record_id == "forged"


def test_a_damaged_payload_is_reported_not_raised(registry: Registry, ledger: Ledger) -> None:
    record = ledger.records()[1]
    digest = record_hash(
        record.prev_hash,
        record.record_id,
        "audit",
        record.created_at,
        record.workstation,
        "{not json",
    )
    # The index on the JSON refuses malformed text, so the vandal drops it first.
    tamper(
        registry,
        "DROP INDEX ledger_by_check",
        f"UPDATE ledger SET payload = '{{not json', hash = '{digest}' WHERE seq = 2",
    )
    report = ledger.verify()
    assert report.broken is not None and report.broken.seq == 2
    assert "damaged" in report.broken.reason


def test_incomplete_records_are_refused(ledger: Ledger) -> None:
    from app.rotation.ledger import LedgerError

    with pytest.raises(LedgerError):
        ledger.append(RecordKind.CHECK, {"epe": {"tax_id": "0100233488"}})
    with pytest.raises(LedgerError):
        ledger.append(RecordKind.AUDIT, {"officer": "TL01"})
    assert ledger.count() == 6
