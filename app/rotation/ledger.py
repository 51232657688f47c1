"""The append-only, hash-chained log: checks, amendments and audit events (Decision 247 II.1).

Every record is one row of the ``ledger`` table. Its ``hash`` is SHA-256 over the previous
record's hash and the record's own canonical content, so changing, deleting, inserting or
reordering any row breaks the chain at that row, and :meth:`Ledger.verify` names the first broken
link. SQL triggers refuse UPDATE and DELETE on the table, which stops the app and casual edits;
the chain is what detects a deliberate edit of the SQLite file (triggers can be dropped).

The ``checks`` table is derived from the ledger (one row per check, with the result after its
amendments) so that coverage queries are fast; verification rebuilds it from the ledger and
reports any row that differs, so editing the derived table is caught as well.

The head is anchored outside the chain, so that cutting the newest records (or all of them),
or rewriting the whole chain with recomputed hashes, is reported by :meth:`Ledger.verify` with
what is missing:

- the **head file** (``<registry>.head`` beside the registry, private to the user) holds the
  count, sequence number, hash and time of the newest record. It is rewritten under the write
  lock just before each commit, and only when the new head extends the old one: after a cut the
  old head stays as the evidence. ``sqlite_sequence`` is read only as a hint.
- **checkpoints**: an audit record (action "checkpoint") whose details carry the head before it
  and an HMAC of it with the team key (``app/rotation/log_exchange.py``), which a database editor
  does not have. The newest checkpoint is also kept in the head file and, by
  ``app/rotation/team_key.py``, in the OS keyring. Re-hashing the chain changes the hashes a
  checkpoint names; forging the checkpoint needs the key.
- every exported log file seals the workstation's head at export time (inside its HMAC).

Limits, said plainly: without the team key, checkpoints are only compared with the chain, not
authenticated; someone who can write the registry, the head file and the keyring (the user's own
account) can still rewrite history that was never exported or checkpointed elsewhere.
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import hmac
import json
import logging
import os
import uuid
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import sqlite_utils
from PySide6.QtCore import QCoreApplication

from app import paths
from app.cases import records as case_records
from app.declarations import decision_records
from app.interruptions import records as register_records
from app.shift import handover_records, review_records
from app.sites.registry import Registry
from app.timekeeping import local_day, parse_utc, show_local, to_utc_iso, utc_now
from app.user_files import UserFileError, parse_flat_json, read_user_file
from app.workers import run_to_end

log = logging.getLogger(__name__)

GENESIS = "0" * 64
HEAD_SUFFIX = ".head"
HEAD_FORMAT = "epewall-ledger-head"
# The head file is a few hundred bytes, three levels deep; anyone who can write the data folder
# can replace it, so it is read as any file from outside.
HEAD_FILE_MAX_BYTES = 64 * 1024
HEAD_FILE_MAX_DEPTH = 8
CHECKPOINT = "checkpoint"
_T = TypeVar("_T")


class RecordKind(enum.StrEnum):
    CHECK = "check"
    AMENDMENT = "amendment"
    AUDIT = "audit"
    # The interruption register and the camera logbook (app/interruptions/records.py).
    INTERRUPTION = "interruption"
    INTERRUPTION_UPDATE = "interruption_update"
    LOGBOOK = "logbook"
    # The end-of-shift handover and its acknowledgement (app/shift/handover_records.py).
    HANDOVER = "handover"
    HANDOVER_ACK = "handover_ack"
    # An item of the start-of-shift review marked reviewed (app/shift/review_records.py).
    SHIFT_REVIEW = "shift_review"
    # A decision on a row of a day's reconciliation, or its end (app/declarations/decision_records).
    RECONCILIATION = "reconciliation"
    # A case sent to the head of unit and its steps (app/cases/records.py).
    CASE = "case"
    CASE_ITEM = "case_item"
    CASE_SUBMITTED = "case_submitted"
    CASE_DECIDED = "case_decided"


_REGISTER_KINDS = frozenset({"interruption", "interruption_update", "logbook"})


class AuditAction(enum.StrEnum):
    """Security-relevant actions written to the audit trail."""

    LOGIN = "login"
    WARNING_RESOLVED = "warning_resolved"
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
    RECORDER_CHANGED = "recorder_changed"
    CHECKPOINT = "checkpoint"
    RECONCILIATION_DECIDED = "reconciliation_decided"


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
    missing: int = 0  # records the anchors know of that are no longer in the log
    checkpoints: int = 0  # checkpoints authenticated with the team key
    unchecked_checkpoints: int = 0  # checkpoints seen but not authenticated (no or other key)

    @property
    def ok(self) -> bool:
        return self.broken is None


@dataclass(frozen=True)
class ChainHead:
    """The newest record of a log: how many records, its number, hash and time."""

    count: int
    seq: int
    hash: str
    created_at: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "seq": self.seq,
            "hash": self.hash,
            "created_at": self.created_at,
        }

    @classmethod
    def from_dict(cls, value: Any) -> ChainHead:
        """Raises ValueError when ``value`` is not a head."""
        if not isinstance(value, dict):
            raise ValueError("not a chain head")
        try:
            return cls(
                int(value["count"]),
                int(value["seq"]),
                str(value["hash"]),
                str(value.get("created_at", "")),
            )
        except (KeyError, TypeError) as exc:
            raise ValueError("not a chain head") from exc


EMPTY_HEAD = ChainHead(0, 0, GENESIS, "")


def checkpoint_mac(team_key: bytes, workstation: str, head: ChainHead) -> str:
    """The team key's HMAC over a workstation's head: only a holder of the key can make it."""
    text = canonical_json(
        ["epewall-ledger-checkpoint", workstation, head.count, head.seq, head.hash]
    )
    return hmac.new(team_key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def key_id(team_key: bytes) -> str:
    """A short fingerprint that tells which team key signed a file or a checkpoint without
    revealing it."""
    return hashlib.sha256(b"epewall team key id\0" + team_key).hexdigest()[:16]


@dataclass(frozen=True)
class Anchor:
    """A checkpoint kept outside the registry (head file, keyring): its record must still be in
    the log with the same hash."""

    record_id: str
    seq: int
    hash: str
    count: int  # records up to and including the checkpoint record
    created_at: str
    where: str  # translated: "the head file", "the keyring"...

    def as_dict(self) -> dict[str, Any]:
        return {
            "record_id": self.record_id,
            "seq": self.seq,
            "hash": self.hash,
            "count": self.count,
            "created_at": self.created_at,
        }

    @classmethod
    def from_dict(cls, value: Any, where: str) -> Anchor:
        if not isinstance(value, dict):
            raise ValueError("not an anchor")
        try:
            return cls(
                str(value["record_id"]),
                int(value["seq"]),
                str(value["hash"]),
                int(value["count"]),
                str(value.get("created_at", "")),
                where,
            )
        except (KeyError, TypeError) as exc:
            raise ValueError("not an anchor") from exc


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
    elif kind.value in _REGISTER_KINDS:
        try:
            register_records.validate(kind.value, payload)
        except register_records.RecordError as exc:
            raise LedgerError(
                QCoreApplication.translate(
                    "Ledger", "An interruption or logbook record is incomplete or damaged."
                )
            ) from exc
    elif kind.value in handover_records.KINDS:
        try:
            handover_records.validate(kind.value, payload)
        except handover_records.RecordError as exc:
            raise LedgerError(
                QCoreApplication.translate("Ledger", "A handover record is incomplete or damaged.")
            ) from exc
    elif kind.value in case_records.KINDS:
        try:
            case_records.validate(kind.value, payload)
        except case_records.RecordError as exc:
            raise LedgerError(
                QCoreApplication.translate("Ledger", "A case record is incomplete or damaged.")
            ) from exc
    elif kind is RecordKind.SHIFT_REVIEW:
        try:
            review_records.validate(payload)
        except ValueError as exc:
            raise LedgerError(
                QCoreApplication.translate("Ledger", "A shift review record is incomplete.")
            ) from exc
    elif kind is RecordKind.RECONCILIATION:
        try:
            decision_records.validate(payload)
        except ValueError as exc:
            raise LedgerError(
                QCoreApplication.translate(
                    "Ledger", "A reconciliation decision record is incomplete or damaged."
                )
            ) from exc
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
    def head_path(self) -> Path | None:
        """The head file beside the registry (None for an in-memory registry)."""
        path = self._registry.path
        return None if path is None else path.with_name(path.name + HEAD_SUFFIX)

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
            if self.head_path is not None:
                self._registry.before_commit(
                    f"ledger-head:{self.head_path}", self._write_head, self._restore_head
                )
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
        elif kind is RecordKind.INTERRUPTION:
            _project_interruption(db, record_id)
        elif kind is RecordKind.INTERRUPTION_UPDATE:
            event = register_records.event_row(record_id, payload)
            _insert(db, "interruption_events", register_records.EVENT_COLUMNS, event)
            _project_interruption(db, event["interruption_id"])
        elif kind is RecordKind.LOGBOOK:
            row = register_records.logbook_row(record_id, payload)
            _insert(db, "logbook_entries", register_records.LOGBOOK_COLUMNS, row)
        elif kind.value in case_records.KINDS:
            _project_case(db, record_id if kind is RecordKind.CASE else str(payload["case_id"]))

    # -- the head outside the file --

    def head(self) -> ChainHead:
        """The newest record of the log as it is now."""
        with self._registry.database() as db:
            return _head(db)

    def read_head_file(self) -> dict[str, Any] | None:
        """The head file's content, None when there is none; raises ValueError when it is
        damaged."""
        path = self.head_path
        raw = self._head_file_bytes()
        if path is None or raw is None:
            return None
        try:
            document = parse_flat_json(raw, HEAD_FILE_MAX_DEPTH, path)
        except UserFileError as exc:
            raise ValueError("unreadable head file") from exc
        if not isinstance(document, dict) or document.get("format") != HEAD_FORMAT:
            raise ValueError("not a head file")
        ChainHead.from_dict(document.get("head"))
        return document

    def _head_file_bytes(self) -> bytes | None:
        """The head file as it is, None when there is none; ValueError when it is not a small
        regular file (a FIFO, a folder or a huge file put in its place)."""
        path = self.head_path
        if path is None or not path.exists():
            return None
        try:
            return read_user_file(path, HEAD_FILE_MAX_BYTES)
        except UserFileError as exc:
            raise ValueError("unreadable head file") from exc

    _saved_head: bytes | None = None

    def _write_head(self, checkpoint: Anchor | None = None) -> None:
        """Before commit, under the write lock: the new head goes to the head file, unless the
        head file names a record this log no longer has (then it stays, as evidence)."""
        path = self.head_path
        assert path is not None
        try:
            self._saved_head = self._head_file_bytes()
            old = self.read_head_file()
        except (OSError, ValueError):
            old, self._saved_head = None, None
        with self._registry.database() as db:
            workstation = str(
                db.execute(
                    "SELECT value FROM rotation_meta WHERE key = 'workstation_id'"
                ).fetchone()[0]
            )
            if old is not None:
                known = ChainHead.from_dict(old["head"])
                if old.get("workstation") != workstation or (
                    known.seq
                    and db.execute(
                        "SELECT 1 FROM ledger WHERE seq = ? AND hash = ?", [known.seq, known.hash]
                    ).fetchone()
                    is None
                ):
                    log.warning("ledger head file %s does not match the log; kept as it is", path)
                    return
            document: dict[str, Any] = {
                "format": HEAD_FORMAT,
                "workstation": workstation,
                "head": _head(db).as_dict(),
            }
            if checkpoint is not None:
                document["checkpoint"] = checkpoint.as_dict()
            elif old is not None and "checkpoint" in old:
                document["checkpoint"] = old["checkpoint"]
            db.execute("INSERT OR IGNORE INTO rotation_meta (key, value) VALUES ('head_file', '1')")
        _write_private(path, canonical_json(document) + "\n")

    def _restore_head(self) -> None:
        """The commit failed: the head file goes back to what it was."""
        path = self.head_path
        if path is None:
            return
        with contextlib.suppress(OSError):
            if self._saved_head is None:
                path.unlink(missing_ok=True)
            else:
                _write_private(path, self._saved_head.decode("utf-8"))

    def checkpoint(self, team_key: bytes, officer_code: str = "") -> Anchor:
        """Seal the log's head with the team key: an audit record carrying the head before it
        and its HMAC, kept also in the head file. Returns it as an anchor to keep elsewhere
        (the keyring)."""
        with self._registry.database() as db:
            workstation = self.workstation_id
            head = _head(db)
            record = self.audit(
                AuditAction.CHECKPOINT,
                officer_code,
                {
                    **head.as_dict(),
                    "key_id": key_id(team_key),
                    "mac": checkpoint_mac(team_key, workstation, head),
                },
            )
            anchor = Anchor(
                record.record_id,
                record.seq,
                record.hash,
                head.count + 1,
                record.created_at,
                QCoreApplication.translate("Ledger", "the head file"),
            )
            if self.head_path is not None:
                self._registry.before_commit(
                    f"ledger-head:{self.head_path}",
                    lambda: self._write_head(anchor),
                    self._restore_head,
                )
        return anchor

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

    def verify_steps(
        self,
        batch: int = 2000,
        team_key: bytes | None = None,
        anchors: Sequence[Anchor] = (),
    ) -> Iterator[Progress[VerifyReport]]:
        """Walk the chain from the first record, then hold its end against the anchors (head
        file, checkpoints, ``anchors`` kept elsewhere); the last step carries the report.
        ``team_key`` authenticates the checkpoints."""
        total = self.count()
        workstation = self.workstation_id
        prev_hash = GENESIS
        expected_seq_after = 0
        derived: dict[str, dict[str, Any]] = {}
        projection = register_records.Projection()
        cases = case_records.Projection()
        done = 0
        last_seq = 0
        seals = _Seals(workstation, team_key)
        while True:
            with self._registry.database() as db:
                rows = db.execute(
                    "SELECT seq, record_id, kind, created_at, workstation, payload, prev_hash, "
                    "hash FROM ledger WHERE seq > ? ORDER BY seq LIMIT ?",
                    [last_seq, batch],
                ).fetchall()
            if not rows:
                break
            for seq, record_id, kind, created_at, workstation_of, payload, prev, digest in rows:
                last_seq = seq
                broken = self._check_link(
                    seq,
                    record_id,
                    kind,
                    created_at,
                    workstation_of,
                    payload,
                    prev,
                    digest,
                    prev_hash,
                    expected_seq_after,
                    derived,
                    projection,
                    cases,
                ) or seals.check(
                    seq,
                    record_id,
                    kind,
                    workstation_of,
                    payload,
                    ChainHead(done, expected_seq_after, prev_hash, ""),
                )
                if broken is not None:
                    yield Progress(done, total, seals.report(done, broken))
                    return
                prev_hash = digest
                expected_seq_after = seq
                done += 1
            yield Progress(done, total)
        # A cut explains the checks and officers it took along: it is reported first.
        cut, missing = self._compare_anchors(anchors)
        broken = (
            (cut if missing else None)
            or self._compare_checks(derived)
            or self._compare_register(projection)
            or self._compare_cases(cases)
            or self._compare_officers(seals.roles)
            or cut
        )
        yield Progress(done, total, seals.report(done, broken, missing))

    def verify(self, team_key: bytes | None = None, anchors: Sequence[Anchor] = ()) -> VerifyReport:
        report = run_to_end(self.verify_job(team_key, anchors))
        assert report is not None
        return report

    def verify_job(
        self, team_key: bytes | None = None, anchors: Sequence[Anchor] = ()
    ) -> Generator[tuple[int, int, str], None, VerifyReport | None]:
        """``verify_steps`` as a Job's steps (the check log's "Verify" button)."""
        return (yield from job_steps(self.verify_steps(team_key=team_key, anchors=anchors)))

    def _compare_officers(self, roles: Mapping[str, tuple[str, bool | None]]) -> BrokenLink | None:
        """Every officer's role (and switched on or off) in the officers table is the one the
        log last recorded: promoting an officer by editing the table shows here."""
        with self._registry.database() as db:
            officers = db.execute(
                "SELECT code, role, active FROM officers ORDER BY code"
            ).fetchall()
        for code, role, active in officers:
            recorded = roles.get(code)
            if recorded is None:
                reason = QCoreApplication.translate(
                    "Ledger",
                    "The officer profile {code} is not in the log: it was added to the officers "
                    "table directly.",
                ).format(code=code)
            elif recorded[0] != role:
                reason = QCoreApplication.translate(
                    "Ledger",
                    "The officers table gives {code} the role {role}, but the log records "
                    "{recorded}: the role was changed in the table, not by a team lead.",
                ).format(code=code, role=_role_label(role), recorded=_role_label(recorded[0]))
            elif recorded[1] is not None and recorded[1] != bool(active):
                reason = QCoreApplication.translate(
                    "Ledger",
                    "The officers table switches {code} {state}, but the log does not: the "
                    "profile was changed in the table, not by a team lead.",
                ).format(
                    code=code,
                    state=QCoreApplication.translate("Ledger", "on")
                    if active
                    else QCoreApplication.translate("Ledger", "off"),
                )
            else:
                continue
            return BrokenLink(0, "", reason)
        return None

    def tail_problem(self, anchors: Sequence[Anchor] = ()) -> BrokenLink | None:
        """Whether the log still reaches its head file and ``anchors`` (no hashing: a few
        lookups). What to ask before a new checkpoint, which must not seal over a cut."""
        return self._compare_anchors(anchors)[0]

    def _compare_anchors(self, anchors: Sequence[Anchor]) -> tuple[BrokenLink | None, int]:
        """Whether every record the head file, its checkpoint and ``anchors`` know of is still
        here: (the problem, how many records are missing)."""
        try:
            document = self.read_head_file()
        except ValueError:
            return BrokenLink(
                0,
                "",
                QCoreApplication.translate(
                    "Ledger",
                    "The log's head file ({path}) is damaged, so a cut at the end of the log "
                    "cannot be ruled out.",
                ).format(path=self.head_path),
            ), 0
        with self._registry.database() as db:
            now = _head(db)
            anchored = db.execute("SELECT 1 FROM rotation_meta WHERE key = 'head_file'").fetchone()
            used = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'ledger'").fetchone()
        known: list[tuple[ChainHead, str]] = []
        file_problem: BrokenLink | None = None
        if document is None:
            if anchored is not None and self.head_path is not None:
                file_problem = BrokenLink(
                    now.seq + 1,
                    "",
                    QCoreApplication.translate(
                        "Ledger",
                        "The log's head file ({path}) was deleted, so records cut from the end "
                        "of the log cannot be counted from it.",
                    ).format(path=self.head_path),
                )
        elif document.get("workstation") != self.workstation_id:
            file_problem = BrokenLink(
                0,
                "",
                QCoreApplication.translate(
                    "Ledger",
                    "The log's head file belongs to another workstation: the registry file "
                    "was replaced.",
                ),
            )
        else:
            known.append((ChainHead.from_dict(document["head"]), self._where_head_file()))
            if "checkpoint" in document:
                with contextlib.suppress(ValueError):
                    anchors = [
                        Anchor.from_dict(document["checkpoint"], self._where_head_file()),
                        *anchors,
                    ]
        for anchor in anchors:
            known.append(
                (ChainHead(anchor.count, anchor.seq, anchor.hash, anchor.created_at), anchor.where)
            )
        worst: tuple[BrokenLink | None, int] = (file_problem, 0)
        for head, where in known:
            problem = self._find_head(head, where, now)
            if problem[0] is not None and (worst[0] is None or problem[1] >= worst[1]):
                worst = problem
        if worst[0] is None and used is not None and int(used[0]) > now.seq:
            gone = int(used[0]) - now.seq
            worst = (
                BrokenLink(
                    now.seq + 1,
                    "",
                    QCoreApplication.translate(
                        "Ledger",
                        "SQLite has numbered {count} record(s) after the last one here (number "
                        "{seq}): records were deleted from the end of the log.",
                    ).format(count=gone, seq=now.seq),
                ),
                gone,
            )
        return worst

    def _where_head_file(self) -> str:
        return QCoreApplication.translate("Ledger", "the head file {path}").format(
            path=self.head_path
        )

    def _find_head(
        self, head: ChainHead, where: str, now: ChainHead
    ) -> tuple[BrokenLink | None, int]:
        if head.seq == 0:
            return None, 0
        with self._registry.database() as db:
            row = db.execute(
                "SELECT hash, (SELECT count(*) FROM ledger WHERE seq <= ?) FROM ledger "
                "WHERE seq = ?",
                [head.seq, head.seq],
            ).fetchone()
        if row is not None and row[0] == head.hash:
            return None, 0
        if row is not None:
            return BrokenLink(
                head.seq,
                "",
                QCoreApplication.translate(
                    "Ledger",
                    "Record {seq} no longer has the hash {where} keeps for it: the log was "
                    "rewritten up to there (hashes recomputed).",
                ).format(seq=head.seq, where=where),
            ), 0
        missing = max(head.count - now.count, head.seq - now.seq, 1)
        if now.seq:
            after = QCoreApplication.translate(
                "Ledger", "after record {seq} (written {time})"
            ).format(seq=now.seq, time=show_local(parse_utc(now.created_at), seconds=True))
        else:
            after = QCoreApplication.translate("Ledger", "from the first record on")
        until = show_local(parse_utc(head.created_at), seconds=True) if head.created_at else "?"
        return BrokenLink(
            now.seq + 1,
            "",
            QCoreApplication.translate(
                "Ledger",
                "{count} record(s) are missing at the end of the log, {after}: {where} knows "
                "{known} record(s) up to number {seq}, written {time}.",
            ).format(
                count=missing,
                after=after,
                where=where,
                known=head.count,
                seq=head.seq,
                time=until,
            ),
        ), missing

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
        projection: register_records.Projection,
        cases: case_records.Projection,
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
            if kind_value.value in _REGISTER_KINDS:
                projection.add(kind_value.value, record_id, workstation, content)
            elif kind_value.value in case_records.KINDS:
                cases.add(kind_value.value, record_id, workstation, content)
            elif kind_value.value in handover_records.KINDS:
                handover_records.validate(kind_value.value, content)
            elif kind_value is RecordKind.CHECK:
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

    def _compare_register(self, projection: register_records.Projection) -> BrokenLink | None:
        """The interruption register's and the logbook's tables hold what their records say."""
        tables = (
            ("interruptions", register_records.INTERRUPTION_COLUMNS, projection.interruptions()),
            ("interruption_events", register_records.EVENT_COLUMNS, projection.events),
            ("logbook_entries", register_records.LOGBOOK_COLUMNS, projection.logbook),
        )
        with self._registry.database() as db:
            for table, columns, derived in tables:
                stored = {row["record_id"]: row for row in db.query(f"SELECT * FROM {table}")}
                for record_id in sorted(set(stored) | set(derived)):
                    have, want = stored.get(record_id), derived.get(record_id)
                    if have is None or want is None or any(have[c] != want[c] for c in columns):
                        found = db.execute(
                            "SELECT seq FROM ledger WHERE record_id = ?", [record_id]
                        ).fetchone()
                        return BrokenLink(
                            int(found[0]) if found else 0,
                            record_id,
                            QCoreApplication.translate(
                                "Ledger",
                                "The interruption register or the camera logbook no longer "
                                "matches the log for this record (its table was edited).",
                            ),
                        )
        return None

    def _compare_cases(self, cases: case_records.Projection) -> BrokenLink | None:
        """The ``cases`` table holds what the cases' records say."""
        derived = cases.rows()
        with self._registry.database() as db:
            stored = {row["record_id"]: row for row in db.query("SELECT * FROM cases")}
            for record_id in sorted(set(stored) | set(derived)):
                have, want = stored.get(record_id), derived.get(record_id)
                if (
                    have is None
                    or want is None
                    or any(have[c] != want[c] for c in case_records.CASE_COLUMNS)
                ):
                    found = db.execute(
                        "SELECT seq FROM ledger WHERE record_id = ?", [record_id]
                    ).fetchone()
                    return BrokenLink(
                        int(found[0]) if found else 0,
                        record_id,
                        QCoreApplication.translate(
                            "Ledger",
                            "The cases table no longer matches the log for this case (the "
                            "table was edited).",
                        ),
                    )
        return None


def _insert(
    db: sqlite_utils.Database, table: str, columns: Sequence[str], row: Mapping[str, Any]
) -> None:
    db.execute(
        f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})",
        [row[c] for c in columns],
    )


def _project_interruption(db: sqlite_utils.Database, interruption_id: str) -> None:
    """Rebuild one interruption's row from its opening and all its updates (either may have
    been imported first)."""
    opened = db.execute(
        "SELECT workstation, payload FROM ledger WHERE record_id = ? AND kind = ?",
        [interruption_id, RecordKind.INTERRUPTION.value],
    ).fetchone()
    if opened is None:
        return  # an update imported before its interruption: applied when it arrives
    events = list(
        db.query("SELECT * FROM interruption_events WHERE interruption_id = ?", [interruption_id])
    )
    row = register_records.interruption_row(
        interruption_id, str(opened[0]), json.loads(opened[1]), events
    )
    _insert(db, "interruptions", register_records.INTERRUPTION_COLUMNS, row)


def _project_case(db: sqlite_utils.Database, case_id: str) -> None:
    """Rebuild one case's row from its opening and all its later records."""
    opened = db.execute(
        "SELECT workstation, payload FROM ledger WHERE record_id = ? AND kind = ?",
        [case_id, RecordKind.CASE.value],
    ).fetchone()
    if opened is None:
        return  # a step imported before its case: applied when the case arrives
    marks = ", ".join("?" for _ in case_records.KINDS[1:])
    events = [
        (str(kind), json.loads(text))
        for kind, text in db.execute(
            f"SELECT kind, payload FROM ledger WHERE kind IN ({marks}) "
            "AND json_extract(payload, '$.case_id') = ? ORDER BY seq",
            [*case_records.KINDS[1:], case_id],
        ).fetchall()
    ]
    row = case_records.case_row(case_id, str(opened[0]), json.loads(opened[1]), events)
    _insert(db, "cases", case_records.CASE_COLUMNS, row)


class _Seals:
    """The checkpoints met while walking the chain: each must name the head before it, and its
    HMAC must hold when the team key that made it is at hand."""

    def __init__(self, workstation: str, team_key: bytes | None) -> None:
        self._workstation = workstation
        self._key = team_key
        self._key_id = key_id(team_key) if team_key is not None else None
        self.checked = 0
        self.unchecked = 0
        # Officer code -> (role, active or None when not recorded), as the log last recorded
        # them on this workstation: the officers table must agree.
        self.roles: dict[str, tuple[str, bool | None]] = {}

    def _follow_roles(self, content: dict[str, Any]) -> None:
        details = content.get("details")
        if content.get("action") != AuditAction.OFFICER_CHANGED.value or not isinstance(
            details, dict
        ):
            return
        code, role = details.get("officer"), details.get("role")
        if isinstance(code, str) and isinstance(role, str):
            active = details.get("active")
            self.roles[code] = (role, active if isinstance(active, bool) else None)

    def check(
        self, seq: int, record_id: str, kind: str, workstation: str, payload: str, before: ChainHead
    ) -> BrokenLink | None:
        if kind != RecordKind.AUDIT.value or workstation != self._workstation:
            return None  # another workstation's checkpoints name that workstation's chain
        content = json.loads(payload)
        if not isinstance(content, dict):
            return None
        self._follow_roles(content)
        if content.get("action") != AuditAction.CHECKPOINT.value:
            return None
        details = content.get("details")
        if not isinstance(details, dict):
            details = {}
        try:
            sealed = ChainHead.from_dict(details)
        except ValueError:
            sealed = None
        if sealed is None or (sealed.count, sealed.seq, sealed.hash) != (
            before.count,
            before.seq,
            before.hash,
        ):
            return BrokenLink(
                seq,
                record_id,
                QCoreApplication.translate(
                    "Ledger",
                    "This checkpoint does not match the records before it: records before it "
                    "were deleted or the log was rewritten.",
                ),
            )
        if self._key is None or details.get("key_id") != self._key_id:
            self.unchecked += 1
            return None
        expected = checkpoint_mac(self._key, workstation, sealed)
        if not hmac.compare_digest(str(details.get("mac", "")), expected):
            return BrokenLink(
                seq,
                record_id,
                QCoreApplication.translate(
                    "Ledger",
                    "This checkpoint's signature does not match the team key: the log up to "
                    "here was rewritten without the key.",
                ),
            )
        self.checked += 1
        return None

    def report(self, done: int, broken: BrokenLink | None, missing: int = 0) -> VerifyReport:
        return VerifyReport(done, broken, missing, self.checked, self.unchecked)


def _role_label(value: str) -> str:
    """A role as officers read it (the officers package names roles; it imports this one)."""
    labels = {
        "officer": QCoreApplication.translate("Role", "Officer"),
        "team_lead": QCoreApplication.translate("Role", "Team lead"),
        "view_only": QCoreApplication.translate("Role", "View only"),
    }
    return labels.get(value, value)


def _head(db: sqlite_utils.Database) -> ChainHead:
    row = db.execute(
        "SELECT (SELECT count(*) FROM ledger), seq, hash, created_at FROM ledger "
        "ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return EMPTY_HEAD
    return ChainHead(int(row[0]), int(row[1]), str(row[2]), str(row[3]))


def _write_private(path: Path, text: str) -> None:
    """Replace ``path`` whole (a reader never sees half a file), readable by the user only."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        partial.write_text(text, encoding="utf-8")
        paths.make_file_private(partial)
        os.replace(partial, path)
    except OSError:
        log.warning("ledger head file %s could not be written", path, exc_info=True)
        partial.unlink(missing_ok=True)


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
