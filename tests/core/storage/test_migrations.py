"""The registry file's schema updates: a file from the previous version opens with every stored
moment in one UTC spelling, and its hash-chained log still verifies."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.domain import Epe
from app.officers.profiles import Officer, OfficerStore, Role
from app.rotation.checks import CheckResult, CheckService, Findings
from app.rotation.ledger import AuditAction, Ledger
from app.sites.registry import Registry
from app.storage import migrations
from app.storage.migrations import SCHEMA_VERSION

START = dt.datetime(2026, 11, 3, 2, 0, tzinfo=dt.UTC)
ISO_MOMENT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
ONE_SPELLING = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?\+00:00$")


def _stored_moments(path: Path) -> dict[tuple[str, str], list[str]]:
    """Every text value in the file that is an ISO moment, by (table, column); the ledger's
    JSON payloads are text inside text and not columns of their own."""
    found: dict[tuple[str, str], list[str]] = {}
    with closing(sqlite3.connect(path)) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            for column in columns:
                for (value,) in conn.execute(f"SELECT {column} FROM {table}"):
                    if isinstance(value, str) and ISO_MOMENT.match(value):
                        found.setdefault((table, column), []).append(value)
    return found


def _ledger_rows(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.execute("SELECT * FROM ledger ORDER BY seq"))


def _fill_as_schema_5_did(registry: Registry) -> None:
    """Rows as the previous version wrote them: snapshots and walls with "…Z", the rest (and the
    ledger, which hashes its text) with "+00:00"."""
    moments = iter(START + dt.timedelta(minutes=m) for m in range(1000))
    store = OfficerStore(registry, lambda: next(moments))
    lead = store.add_officer(None, Officer("TL01", "Trần Văn Lâm", Role.TEAM_LEAD), "246813")
    store.login("TL01", "246813")
    # Written as schema 5 knew an EPE: today's add_epe writes columns added since.
    with registry.database() as db:
        epe_id = db.execute(
            "INSERT INTO epes (uid, name, name_key, tax_id, connection, risk_level, created_at, "
            "updated_at) VALUES ('alpha', 'Công ty Alpha', 'công ty alpha', '0100233488', "
            "'internet', 'low', '2026-11-01T00:00:00+00:00', '2026-11-01T00:00:00+00:00')"
        ).lastrowid
    epe = Epe("Công ty Alpha", "0100233488", id=epe_id)
    assert epe.id is not None
    service = CheckService(registry, clock=lambda: next(moments))
    for result in (CheckResult.NORMAL, CheckResult.IRREGULARITY):
        service.start_check(lead, epe.id).end(Findings(result, "cổng mở"))
    # An audit record whose details hold a "Z" time: hashed text, which must stay as it is.
    service.ledger.audit(
        AuditAction.PLAYBACK_STARTED, "TL01", {"start_utc": "2026-11-03T01:00:00Z"}
    )
    with registry.database() as db:
        db.execute(
            "INSERT INTO snapshots (camera_id, epe_id, path, sha256, taken_at, width, height) "
            "VALUES (1, ?, '/tmp/s.png', ?, '2026-11-03T02:30:00Z', 640, 480)",
            [epe.id, "0" * 64],
        )
        wall = db.execute(
            "INSERT INTO walls (owner, name, name_key, wall, created_at, updated_at) VALUES "
            "('lam', 'Ca sáng', 'ca sáng', '{}', '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z')"
        ).lastrowid
        db.execute(
            "INSERT INTO walls_last_opened (owner, wall_id, opened_at) "
            "VALUES ('lam', ?, '2026-11-03T00:15:00Z')",
            [wall],
        )
        db.execute("UPDATE epes SET updated_at = '2026-11-03T03:00:00Z'")


def test_a_file_from_the_previous_version_comes_out_in_one_utc_spelling_and_still_verifies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "epewall.sqlite3"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:5])
        with Registry(path) as old:
            assert old.schema_version == 5
            _fill_as_schema_5_did(old)
    before = _stored_moments(path)
    assert before[("snapshots", "taken_at")] == ["2026-11-03T02:30:00Z"]
    assert before[("walls_last_opened", "opened_at")] == ["2026-11-03T00:15:00Z"]
    ledger_before = _ledger_rows(path)

    with Registry(path) as registry:
        assert registry.schema_version == SCHEMA_VERSION
        after = _stored_moments(path)
        assert after.keys() == before.keys()
        for (table, column), values in after.items():
            assert all(ONE_SPELLING.match(v) for v in values), (table, column, values)
        # The same moments, only spelled one way.
        assert after[("snapshots", "taken_at")] == ["2026-11-03T02:30:00+00:00"]
        assert after[("walls", "created_at")] == ["2026-11-01T00:00:00+00:00"]
        assert after[("walls_last_opened", "opened_at")] == ["2026-11-03T00:15:00+00:00"]
        assert after[("epes", "updated_at")] == ["2026-11-03T03:00:00+00:00"]
        # The log is untouched, row for row, and `log verify` still finds it whole.
        assert _ledger_rows(path) == ledger_before
        report = Ledger(registry).verify()
        assert report.ok and report.records == len(ledger_before)
    assert path.with_name("epewall.sqlite3.schema5.bak").exists()


def test_a_new_file_stores_every_moment_in_the_ledgers_spelling(tmp_path: Path) -> None:
    path = tmp_path / "epewall.sqlite3"
    with Registry(path) as registry:
        moments = iter(START + dt.timedelta(minutes=m) for m in range(1000))
        store = OfficerStore(registry, lambda: next(moments))
        lead = store.add_officer(None, Officer("TL01", "Trần Văn Lâm", Role.TEAM_LEAD), "246813")
        epe = registry.add_epe(Epe("Công ty Alpha", "0100233488"))
        assert epe.id is not None
        service = CheckService(registry, clock=lambda: next(moments))
        service.start_check(lead, epe.id).end(Findings(CheckResult.NORMAL, ""))
    stored = _stored_moments(path)
    assert ("ledger", "created_at") in stored and ("checks", "started_at") in stored
    for (table, column), values in stored.items():
        assert all(ONE_SPELLING.match(v) for v in values), (table, column, values)


def test_the_customs_tables_migration_keeps_tables_a_file_already_has(tmp_path: Path) -> None:
    """Helpers' migrations may be merged in any order: a file that already has the customs
    tables (and their rows) is migrated without error and without losing a row."""
    path = tmp_path / "epewall.sqlite3"
    with Registry(path) as registry, registry.database() as db:
        db.execute(
            "INSERT INTO gate_reads (epe_id, camera, kind, value, valid, read_at, source, "
            "created_at) VALUES (1, 1, 'plate', '51C12345', 1, '2026-12-02T01:00:00+00:00', "
            "'import', '2026-12-02T01:00:00+00:00')"
        )
    step = migrations._migration_customs_documents_and_gate_reads
    with closing(sqlite3.connect(path)) as conn:
        import sqlite_utils

        step(sqlite_utils.Database(conn))
        assert conn.execute("SELECT count(*) FROM gate_reads").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM customs_documents").fetchone() == (0,)
