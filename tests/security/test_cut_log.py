"""Attack: someone with write access to the registry file cuts the check log's tail, deletes the
whole log, or rewrites the whole chain with recomputed hashes (no team key), tidying the derived
checks table, ``sqlite_sequence`` and the head file so that nothing else gives them away.

What must hold: ``Ledger.verify`` (and ``epewall log verify``) reports each, and for a cut says
how many records are missing and from which record and time.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.rotation.ledger import (
    GENESIS,
    Anchor,
    AuditAction,
    Ledger,
    canonical_json,
    record_hash,
)
from app.secrets import CredentialStore
from app.sites.registry import Registry
from tests.helpers.cli import run_epewall
from tests.helpers.keyring import ready_store
from tests.helpers.rotation_data import small_log

TEAM_KEY = bytes(range(32))


@pytest.fixture
def ledger(registry: Registry) -> Ledger:
    """A lead, a login, three checks, a view, a checkpoint (7), then four views (8..11)."""
    ledger = small_log(registry)
    ledger.checkpoint(TEAM_KEY)
    for camera in range(4):
        ledger.audit(AuditAction.VIEW_STARTED, "TL01", {"camera_id": camera})
    assert ledger.count() == 11
    return ledger


def tamper(registry: Registry, *statements: str, params: list[list[object]] | None = None) -> None:
    """Edit the file behind the app's back, as someone with a SQLite browser would."""
    assert registry.path is not None
    with closing(sqlite3.connect(registry.path)) as conn:
        conn.execute("DROP TRIGGER IF EXISTS ledger_no_update")
        conn.execute("DROP TRIGGER IF EXISTS ledger_no_delete")
        for number, statement in enumerate(statements):
            conn.execute(statement, (params or [])[number] if params else [])
        conn.commit()


def cut_after(registry: Registry, seq: int) -> None:
    """Delete every record after ``seq`` and hide the numbers SQLite had given out."""
    tamper(
        registry,
        f"DELETE FROM ledger WHERE seq > {seq}",
        "DELETE FROM checks WHERE record_id NOT IN (SELECT record_id FROM ledger)",
        f"UPDATE sqlite_sequence SET seq = {seq} WHERE name = 'ledger'",
    )


def test_the_last_records_cut_are_counted(registry: Registry, ledger: Ledger) -> None:
    last_kept = ledger.records()[7]
    cut_after(registry, 8)
    report = ledger.verify(TEAM_KEY)
    assert not report.ok and report.broken is not None
    assert report.missing == 3
    assert report.broken.seq == 9
    assert "3 record(s) are missing at the end of the log, after record 8" in report.broken.reason
    assert "up to number 11" in report.broken.reason
    assert last_kept.created_at[:10] == "2026-11-03"
    assert "09:" in report.broken.reason  # times in Vietnam (02:xx UTC)


def test_a_log_deleted_whole_is_reported(registry: Registry, ledger: Ledger) -> None:
    cut_after(registry, 0)
    tamper(registry, "DELETE FROM sqlite_sequence WHERE name = 'ledger'")
    report = ledger.verify()
    assert report.broken is not None and report.missing == 11
    assert "11 record(s) are missing at the end of the log, from the first record on" in (
        report.broken.reason
    )


def test_deleting_the_head_file_as_well_is_reported(registry: Registry, ledger: Ledger) -> None:
    cut_after(registry, 8)
    assert ledger.head_path is not None
    ledger.head_path.unlink()
    report = ledger.verify()
    assert report.broken is not None and "head file" in report.broken.reason
    assert "was deleted" in report.broken.reason


def test_a_head_file_replaced_by_a_deep_forgery_is_reported_and_the_log_goes_on(
    registry: Registry, ledger: Ledger
) -> None:
    """A head file replaced by 100,000 nested ``[`` (json.loads raises RecursionError on it):
    the check says the head file is damaged, and the next record is still written (with a new
    head file)."""
    path = ledger.head_path
    assert path is not None
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    report = ledger.verify()
    assert report.broken is not None
    assert "head file" in report.broken.reason and "is damaged" in report.broken.reason
    ledger.audit(AuditAction.VIEW_STARTED, "TL01", {"camera_id": 9})
    assert ledger.count() == 12
    assert ledger.read_head_file() is not None


def test_sqlite_sequence_alone_hints_at_a_cut(registry: Registry, ledger: Ledger) -> None:
    assert ledger.head_path is not None
    tamper(
        registry,
        "DELETE FROM ledger WHERE seq > 9",
        "DELETE FROM rotation_meta WHERE key = 'head_file'",
    )
    ledger.head_path.unlink()
    report = ledger.verify()
    assert report.broken is not None and report.missing == 2
    assert "numbered 2 record(s) after the last one here" in report.broken.reason


def _rehash_everything(registry: Registry, ledger: Ledger, fix_checkpoint: bool) -> None:
    """Turn the irregular check into a normal one and recompute every hash without the key,
    the checkpoint's named head and the head file included (when ``fix_checkpoint``)."""
    records = ledger.records()
    prev = GENESIS
    statements: list[str] = []
    params: list[list[object]] = []
    for record in records:
        payload = dict(record.payload)
        if record.kind == "check" and payload.get("result") == "irregularity":
            payload = dict(payload, result="normal", text="")
        if fix_checkpoint and payload.get("action") == "checkpoint":
            payload["details"] = dict(payload["details"], hash=prev)
        text = canonical_json(payload)
        digest = record_hash(
            prev, record.record_id, record.kind, record.created_at, record.workstation, text
        )
        statements.append("UPDATE ledger SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?")
        params.append([text, "tmp" + str(record.seq), "tmp-h" + str(record.seq), record.seq])
        statements.append("UPDATE ledger SET prev_hash = ?, hash = ? WHERE seq = ?")
        params.append([prev, digest, record.seq])
        prev = digest
    statements.append("UPDATE checks SET result = 'normal' WHERE result = 'irregularity'")
    params.append([])
    # UNIQUE hashes: move every row aside first, then put the new chain in place.
    first = [(s, p) for s, p in zip(statements, params, strict=True) if "payload" in s]
    second = [(s, p) for s, p in zip(statements, params, strict=True) if "payload" not in s]
    ordered = first + second
    tamper(registry, *[s for s, _ in ordered], params=[p for _, p in ordered])
    assert ledger.head_path is not None
    document = json.loads(ledger.head_path.read_text(encoding="utf-8"))
    new_head = ledger.head()
    document["head"] = new_head.as_dict()
    if "checkpoint" in document:
        row = ledger.get(document["checkpoint"]["record_id"])
        assert row is not None
        document["checkpoint"]["hash"] = row.hash
    ledger.head_path.write_text(json.dumps(document), encoding="utf-8")


def test_a_chain_rehashed_without_the_key_is_caught_by_the_checkpoint(
    registry: Registry, ledger: Ledger
) -> None:
    _rehash_everything(registry, ledger, fix_checkpoint=False)
    report = ledger.verify()
    assert report.broken is not None and report.broken.seq == 7
    assert "checkpoint does not match the records before it" in report.broken.reason


def test_a_rehashed_chain_with_a_doctored_checkpoint_fails_its_signature(
    registry: Registry, ledger: Ledger
) -> None:
    _rehash_everything(registry, ledger, fix_checkpoint=True)
    report = ledger.verify(TEAM_KEY)
    assert report.broken is not None and report.broken.seq == 7
    assert "signature does not match the team key" in report.broken.reason
    # Without the key, the checkpoint kept outside the registry (the keyring) still shows it.
    kept = ledger.records()[6]
    assert kept.payload["action"] == "checkpoint"
    original = Anchor("x", 7, "f" * 64, 7, kept.created_at, "the keyring")
    report = ledger.verify(None, [original])
    assert report.broken is not None and "rewritten" in report.broken.reason


def test_log_verify_on_the_command_line_says_what_is_missing(
    registry: Registry, ledger: Ledger, epewall_home: Path
) -> None:
    store: CredentialStore = ready_store()
    store.set_team_key(TEAM_KEY.hex())
    intact = run_epewall("log", "verify")
    assert intact.returncode == 0, intact.stderr
    assert "The log is intact: 11 records checked" in intact.stdout
    assert "1 checkpoint(s) signed with the team key" in intact.stdout
    assert "Sealed" in intact.stdout  # verify leaves a fresh signed checkpoint (record 12)
    assert ledger.count() == 12
    kept = store.get_log_anchor(ledger.workstation_id)
    assert kept is not None and json.loads(kept)["seq"] == 12

    cut_after(registry, 5)  # the checkpoints go too
    assert ledger.head_path is not None
    ledger.head_path.unlink()  # the attacker tidies the head file as well
    cut = run_epewall("log", "verify")
    assert cut.returncode == 1
    assert "7 record(s) are missing at the end of the log, after record 5" in cut.stdout
    assert "the keyring" in cut.stdout
    assert "Traceback" not in cut.stdout + cut.stderr


def test_an_exported_log_file_vouches_for_the_head_when_all_else_was_tidied(
    registry: Registry, ledger: Ledger, tmp_path: Path
) -> None:
    store: CredentialStore = ready_store()
    store.set_team_key(TEAM_KEY.hex())
    exported = tmp_path / "tl01-2026-11.epelog"
    done = run_epewall(
        "log",
        "export",
        "--officer",
        "TL01",
        "--month",
        "2026-11",
        "-o",
        str(exported),
        stdin="246813\n",
    )
    assert done.returncode == 0, done.stderr
    sealed = json.loads(exported.read_text(encoding="utf-8"))["ledger_head"]
    assert sealed["seq"] == 12  # the login for the export; the file's own audit comes after

    # The attacker cuts the tail and tidies everything on the workstation: the head file, its
    # flag, sqlite_sequence and the keyring's checkpoint (the same account can reach them all).
    cut_after(registry, 8)
    tamper(registry, "DELETE FROM rotation_meta WHERE key = 'head_file'")
    assert ledger.head_path is not None
    ledger.head_path.unlink()
    store.set_log_anchor(ledger.workstation_id, "{}")
    # Nothing left here shows it (and this verify seals the cut log as record 9)...
    assert run_epewall("log", "verify").returncode == 0

    # ... but the file the officer handed in still names the head it was exported from.
    held = run_epewall("log", "verify", "--anchor", str(exported))
    assert held.returncode == 1
    assert "3 record(s) are missing at the end of the log, after record 9" in held.stdout
    assert "tl01-2026-11.epelog knows 12 record(s) up to number 12" in held.stdout
