"""The append-only, hash-chained log: checks, amendments and audit events (Decision 247 II.1).

Every record is one row of the ``ledger`` table. Its ``hash`` is SHA-256 over the previous
record's hash and the record's own canonical content, so changing, deleting, inserting or
reordering any row breaks the chain at that row, and :meth:`Ledger.verify` names the first broken
link. SQL triggers refuse UPDATE and DELETE on the table, which stops the app and casual edits;
the chain is what detects a deliberate edit of the SQLite file (triggers can be dropped).

The ``checks`` table is derived from the ledger (one row per check, with the result after its
amendments) so that coverage queries are fast; verification rebuilds it from the ledger and
reports any row that differs, so editing the derived table is caught as well.

Limits, said plainly: someone who can write the file can delete the *newest* records (the chain
stays consistent) or rewrite the whole chain from an edited record onwards with recomputed
hashes. An exported, HMAC-signed log file (``app/rotation/log_exchange.py``) held by the team
lead is the anchor that reveals both: its records must still be present and identical here.
"""

from __future__ import annotations

import enum
import hashlib
import json
import uuid
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import sqlite_utils
from PySide6.QtCore import QCoreApplication

from app.sites.registry import Registry
from app.timekeeping import local_day, parse_utc, to_utc_iso, utc_now
from app.workers import run_to_end

GENESIS = "0" * 64
_T = TypeVar("_T")


class RecordKind(enum.StrEnum):
    CHECK = "check"
    AMENDMENT = "amendment"
    AUDIT = "audit"


class AuditAction(enum.StrEnum):
    """Security-relevant actions written to the audit trail."""

    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    VIEW_STARTED = "view_started"
    VIEW_STOPPED = "view_stopped"
    PLAYBACK_STARTED = "playback_started"
    PLAYBACK_STOPPED = "playback_stopped"
    SNAPSHOT = "snapshot"
    EXPORT = "export"
    PTZ = "ptz"
    CREDENTIAL_CHANGED = "credential_changed"
    OFFICER_CHANGED = "officer_changed"
    ASSIGNMENT_CHANGED = "assignment_changed"
    PLAN_CHANGED = "plan_changed"
    CHECK_STARTED = "check_started"
    LOG_EXPORTED = "log_exported"
    LOG_IMPORTED = "log_imported"


class LedgerError(Exception):
    """A record cannot be written or read as it is. ``str()`` is translated."""


@dataclass(frozen=True)
class Progress(Generic[_T]):
    """A step of long work, for a progress bar: ``result`` is set on the last one only."""

    done: int
    total: int
    result: _T | None = None


def job_steps(steps: Iterable[Progress[_T]]) -> Generator[tuple[int, int, str], None, _T | None]:
    """``Progress`` steps as a Job's (done, total, text) steps; returns the last result given."""
    result: _T | None = None
    for step in steps:
        if step.result is not None:
            result = step.result
        yield step.done, step.total, ""
    return result


@dataclass(frozen=True)
class LedgerRecord:
    seq: int
    record_id: str
    kind: RecordKind
    created_at: str
    workstation: str
    payload: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class BrokenLink:
    """The first place where the log no longer matches what was written."""

    seq: int
    record_id: str
    reason: str  # translated


@dataclass(frozen=True)
class VerifyReport:
    records: int
    broken: BrokenLink | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def canonical_json(value: Any) -> str:
    """The one text form of a value that is hashed and signed (sorted keys, no spaces)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def record_hash(
    prev_hash: str, record_id: str, kind: str, created_at: str, workstation: str, payload: str
) -> str:
    text = canonical_json([prev_hash, record_id, kind, created_at, workstation, payload])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- the derived checks table ---------------------------------------------------------------------

CHECK_COLUMNS = (
    "record_id",
    "epe_tax_id",
    "epe_name",
    "officer_code",
    "officer_name",
    "started_at",
    "ended_at",
    "local_day",
    "local_month",
    "scheduled",
    "reason",
    "outside_working_time",
    "result",
    "amendments",
    "workstation",
)


def check_row(record_id: str, workstation: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """The ``checks`` row of a check record (before amendments). Raises LedgerError if the
    payload lacks what a check must have."""
    try:
        started = parse_utc(str(payload["started_at"]))
        parse_utc(str(payload["ended_at"]))
        day = local_day(started)
        row = {
            "record_id": record_id,
            "epe_tax_id": str(payload["epe"]["tax_id"]),
            "epe_name": str(payload["epe"]["name"]),
            "officer_code": str(payload["officer"]["code"]),
            "officer_name": str(payload["officer"]["name"]),
            "started_at": to_utc_iso(started),
            "ended_at": to_utc_iso(parse_utc(str(payload["ended_at"]))),
            "local_day": day.isoformat(),
            "local_month": day.isoformat()[:7],
            "scheduled": int(bool(payload["scheduled"])),
            "reason": str(payload["reason"]),
            "outside_working_time": int(bool(payload["outside_working_time"])),
            "result": str(payload["result"]),
            "amendments": 0,
            "workstation": workstation,
        }
    except (KeyError, TypeError, ValueError) as exc:
        raise LedgerError(
            QCoreApplication.translate("Ledger", "A check record is incomplete or damaged.")
        ) from exc
    return row


def _amendment_target(payload: Mapping[str, Any]) -> tuple[str, str | None]:
    try:
        check_id = str(payload["check_id"])
        changes = payload["changes"]
        result = changes.get("result") if isinstance(changes, dict) else None
        str(payload["why"])
    except (KeyError, TypeError) as exc:
        raise LedgerError(
            QCoreApplication.translate("Ledger", "An amendment record is incomplete or damaged.")
        ) from exc
    return check_id, None if result is None else str(result)


def _validate_payload(kind: RecordKind, payload: Mapping[str, Any]) -> None:
    if kind is RecordKind.CHECK:
        check_row("-", "-", payload)
    elif kind is RecordKind.AMENDMENT:
        _amendment_target(payload)
    elif not isinstance(payload.get("action"), str):
        raise LedgerError(
            QCoreApplication.translate("Ledger", "An audit record is incomplete or damaged.")
        )


# --- the ledger -----------------------------------------------------------------------------------


class Ledger:
    """The log in the registry's file. Appends are serialised by the registry's lock and a
    UNIQUE ``prev_hash`` column, so two writers can never fork the chain."""

    def __init__(self, registry: Registry, clock: Callable[[], Any] = utc_now) -> None:
        self._registry = registry
        self._clock = clock

    @property
    def registry(self) -> Registry:
        return self._registry

    @property
    def workstation_id(self) -> str:
        with self._registry.database() as db:
            row = db.execute(
                "SELECT value FROM rotation_meta WHERE key = 'workstation_id'"
            ).fetchone()
        return str(row[0])

    def append(
        self,
        kind: RecordKind,
        payload: Mapping[str, Any],
        *,
        record_id: str | None = None,
        created_at: str | None = None,
        workstation: str | None = None,
    ) -> LedgerRecord:
        """Add a record at the end of the chain (and update the derived checks table) in one
        transaction. ``record_id``/``created_at``/``workstation`` are given only when importing a
        record written elsewhere; they keep its identity."""
        kind = RecordKind(kind)
        _validate_payload(kind, payload)
        payload_text = canonical_json(payload)
        record_id = record_id or uuid.uuid4().hex
        created_at = created_at or to_utc_iso(self._clock())
        with self._registry.database() as db:
            workstation = workstation or str(
                db.execute(
                    "SELECT value FROM rotation_meta WHERE key = 'workstation_id'"
                ).fetchone()[0]
            )
            head = db.execute("SELECT hash FROM ledger ORDER BY seq DESC LIMIT 1").fetchone()
            prev_hash = head[0] if head else GENESIS
            digest = record_hash(
                prev_hash, record_id, kind.value, created_at, workstation, payload_text
            )
            cursor = db.execute(
                "INSERT INTO ledger (record_id, kind, created_at, workstation, payload, "
                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [record_id, kind.value, created_at, workstation, payload_text, prev_hash, digest],
            )
            seq = int(cursor.lastrowid or 0)
            self._project(db, kind, record_id, workstation, payload)
        return LedgerRecord(
            seq,
            record_id,
            kind,
            created_at,
            workstation,
            json.loads(payload_text),
            prev_hash,
            digest,
        )

    def audit(
        self, action: AuditAction, officer_code: str = "", details: Mapping[str, Any] | None = None
    ) -> LedgerRecord:
        """Write a security-relevant action to the audit trail."""
        return self.append(
            RecordKind.AUDIT,
            {
                "action": AuditAction(action).value,
                "officer": officer_code,
                "details": dict(details or {}),
            },
        )

    @staticmethod
    def _project(
        db: sqlite_utils.Database,
        kind: RecordKind,
        record_id: str,
        workstation: str,
        payload: Mapping[str, Any],
    ) -> None:
        if kind is RecordKind.CHECK:
            row = check_row(record_id, workstation, payload)
            # An amendment may have arrived (imported) before its check.
            earlier = list(
                db.execute(
                    "SELECT payload FROM ledger WHERE kind = 'amendment' "
                    "AND json_extract(payload, '$.check_id') = ? ORDER BY seq",
                    [record_id],
                ).fetchall()
            )
            for (text,) in earlier:
                _check_id, result = _amendment_target(json.loads(text))
                row["amendments"] += 1
                if result is not None:
                    row["result"] = result
            db.execute(
                f"INSERT INTO checks ({', '.join(CHECK_COLUMNS)}) "
                f"VALUES ({', '.join('?' for _ in CHECK_COLUMNS)})",
                [row[c] for c in CHECK_COLUMNS],
            )
        elif kind is RecordKind.AMENDMENT:
            check_id, result = _amendment_target(payload)
            db.execute(
                "UPDATE checks SET amendments = amendments + 1, result = coalesce(?, result) "
                "WHERE record_id = ?",
                [result, check_id],
            )

    # -- reading --

    def has(self, record_id: str) -> bool:
        with self._registry.database() as db:
            return (
                db.execute("SELECT 1 FROM ledger WHERE record_id = ?", [record_id]).fetchone()
                is not None
            )

    def get(self, record_id: str) -> LedgerRecord | None:
        with self._registry.database() as db:
            rows = list(db.query("SELECT * FROM ledger WHERE record_id = ?", [record_id]))
        return _record(rows[0]) if rows else None

    def records(
        self, kind: RecordKind | None = None, where: str = "", args: list[Any] | None = None
    ) -> list[LedgerRecord]:
        """Records in chain order, optionally of one kind and with an extra SQL condition on the
        ledger's columns (``json_extract(payload, ...)`` works)."""
        sql = "SELECT * FROM ledger WHERE 1"
        params: list[Any] = []
        if kind is not None:
            sql += " AND kind = ?"
            params.append(RecordKind(kind).value)
        if where:
            sql += f" AND ({where})"
            params.extend(args or [])
        with self._registry.database() as db:
            rows = list(db.query(sql + " ORDER BY seq", params))
        return [_record(row) for row in rows]

    def count(self) -> int:
        with self._registry.database() as db:
            return int(db.execute("SELECT count(*) FROM ledger").fetchone()[0])

    # -- verification --

    def verify_steps(self, batch: int = 2000) -> Iterator[Progress[VerifyReport]]:
        """Walk the chain from the first record; the last step carries the report."""
        total = self.count()
        prev_hash = GENESIS
        expected_seq_after = 0
        derived: dict[str, dict[str, Any]] = {}
        done = 0
        last_seq = 0
        while True:
            with self._registry.database() as db:
                rows = db.execute(
                    "SELECT seq, record_id, kind, created_at, workstation, payload, prev_hash, "
                    "hash FROM ledger WHERE seq > ? ORDER BY seq LIMIT ?",
                    [last_seq, batch],
                ).fetchall()
            if not rows:
                break
            for seq, record_id, kind, created_at, workstation, payload, prev, digest in rows:
                last_seq = seq
                broken = self._check_link(
                    seq,
                    record_id,
                    kind,
                    created_at,
                    workstation,
                    payload,
                    prev,
                    digest,
                    prev_hash,
                    expected_seq_after,
                    derived,
                )
                if broken is not None:
                    yield Progress(done, total, VerifyReport(done, broken))
                    return
                prev_hash = digest
                expected_seq_after = seq
                done += 1
            yield Progress(done, total)
        broken = self._compare_checks(derived)
        yield Progress(done, total, VerifyReport(done, broken))

    def verify(self) -> VerifyReport:
        report = run_to_end(self.verify_job())
        assert report is not None
        return report

    def verify_job(self) -> Generator[tuple[int, int, str], None, VerifyReport | None]:
        """``verify_steps`` as a Job's steps (the check log's "Verify" button)."""
        return (yield from job_steps(self.verify_steps()))

    def _check_link(
        self,
        seq: int,
        record_id: str,
        kind: str,
        created_at: str,
        workstation: str,
        payload: str,
        prev: str,
        digest: str,
        prev_hash: str,
        after_seq: int,
        derived: dict[str, dict[str, Any]],
    ) -> BrokenLink | None:
        def broken(reason: str) -> BrokenLink:
            return BrokenLink(seq, record_id, reason)

        if prev != prev_hash:
            return broken(
                QCoreApplication.translate(
                    "Ledger",
                    "This record does not follow the one before it: a record before it was "
                    "deleted, "
                    "inserted or changed.",
                )
            )
        if record_hash(prev, record_id, kind, created_at, workstation, payload) != digest:
            return broken(
                QCoreApplication.translate(
                    "Ledger", "This record was changed after it was written."
                )
            )
        try:
            content = json.loads(payload)
            kind_value = RecordKind(kind)
            if kind_value is RecordKind.CHECK:
                derived[record_id] = check_row(record_id, workstation, content)
            elif kind_value is RecordKind.AMENDMENT:
                check_id, result = _amendment_target(content)
                row = derived.get(check_id)
                if row is not None:
                    row["amendments"] += 1
                    if result is not None:
                        row["result"] = result
                else:
                    # Amendment imported before its check: applied when the check arrives.
                    derived.setdefault("\0pending:" + check_id, {"amendments": []})[
                        "amendments"
                    ].append(result)
        except (ValueError, LedgerError):
            return broken(
                QCoreApplication.translate("Ledger", "This record cannot be read: it was damaged.")
            )
        if kind_value is RecordKind.CHECK:
            pending = derived.pop("\0pending:" + record_id, None)
            for result in (pending or {}).get("amendments", []):
                derived[record_id]["amendments"] += 1
                if result is not None:
                    derived[record_id]["result"] = result
        return None

    def _compare_checks(self, derived: dict[str, dict[str, Any]]) -> BrokenLink | None:
        with self._registry.database() as db:
            stored = {row["record_id"]: row for row in db.query("SELECT * FROM checks")}
            seqs = {
                rid: seq
                for rid, seq in db.execute(
                    "SELECT record_id, seq FROM ledger WHERE kind = 'check'"
                ).fetchall()
            }
        changed = QCoreApplication.translate(
            "Ledger",
            "The checks table no longer matches the log for this check (the table was edited).",
        )
        mismatched: list[tuple[int, str]] = []
        for record_id, row in derived.items():
            if record_id.startswith("\0pending:"):
                continue
            have = stored.pop(record_id, None)
            if have is None or any(have[c] != row[c] for c in CHECK_COLUMNS):
                mismatched.append((seqs.get(record_id, 0), record_id))
        if mismatched:
            seq, record_id = min(mismatched)
            return BrokenLink(seq, record_id, changed)
        if stored:
            record_id = sorted(stored)[0]
            return BrokenLink(
                0,
                record_id,
                QCoreApplication.translate(
                    "Ledger",
                    "The checks table lists a check that is not in the log (it was "
                    "added to the table directly).",
                ),
            )
        return None


def _record(row: Mapping[str, Any]) -> LedgerRecord:
    return LedgerRecord(
        seq=int(row["seq"]),
        record_id=str(row["record_id"]),
        kind=RecordKind(row["kind"]),
        created_at=str(row["created_at"]),
        workstation=str(row["workstation"]),
        payload=json.loads(row["payload"]),
        prev_hash=str(row["prev_hash"]),
        hash=str(row["hash"]),
    )
