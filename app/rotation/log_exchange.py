"""Log files between workstations: each officer exports their month's log, the team lead imports
the files of several workstations into one coverage view.

What "integrity-protected" means here
-------------------------------------
A log file is UTF-8 JSON holding the exported records exactly as the ledger has them (identity,
kind, time, workstation, content). Two protections cover it:

1. A hash chain of its own: record *n* of the file carries SHA-256 over record *n-1*'s hash and
   its own content (the same construction as ``app/rotation/ledger.py``), so a changed,
   removed, added or reordered record is located: the message names the first record that does
   not match.
2. An HMAC-SHA256 over the whole file (header, records, chain) with the **team key**, a random
   32-byte secret the team lead creates once (``epewall log key new``) and enters on every
   workstation of the team (``epewall log key set``). It lives only in the OS keyring
   (``app/secrets.py``), never in the file, the database or settings. Without the key, nobody
   can make a file that the team's workstations accept, even by recomputing the chain.

Limits, said plainly: the key is shared by the team, so the HMAC proves "made by a workstation of
this team", not "made by this officer"; the officer named in the file is what that workstation's
login said. Anyone who holds the key can forge a file. A file that was never exported cannot be
checked (deleting records on a workstation before exporting is caught by ``epewall log verify``
there, within the limits that ``app/rotation/ledger.py`` states). The file is signed, not
encrypted: it carries the check findings (never a password) in clear text, so keep it as
official records.

Importing is all-or-nothing: the whole file is verified first, then its records are appended to
this workstation's ledger with their original identity. A record already here (same ID, same
content) is a duplicate and skipped, so importing a file twice, or files that overlap, is safe;
the same ID with different content is refused as tampering.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.officers.profiles import Action, Officer, require
from app.rotation.ledger import (
    GENESIS,
    AuditAction,
    Ledger,
    LedgerError,
    LedgerRecord,
    Progress,
    RecordKind,
    canonical_json,
    key_id,
    record_hash,
)
from app.sites.registry import Registry
from app.timekeeping import Month, to_utc_iso, utc_now
from app.user_files import UserFileError, parse_flat_json, read_user_file

FORMAT = "epewall-log"
VERSION = 1
SUFFIX = ".epelog"
KEY_BYTES = 32
MAX_FILE_BYTES = 512 * 1024 * 1024
# The file is three levels (document, records, record) above a payload a few levels deep: a file
# nested deeper is forged, and json.loads would raise RecursionError on it.
MAX_FILE_DEPTH = 32


class LogFileError(Exception):
    """A log file cannot be written or is refused. ``str()`` is translated. ``kind``: "io",
    "not_a_log", "unsupported", "wrong_key", "tampered", "conflict" or "no_key"."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    records: int
    checks: int
    month: Month
    officer_code: str  # "" when the whole workstation's month was exported


@dataclass(frozen=True)
class ImportSummary:
    path: Path
    workstation: str
    exported_by: str
    month: str
    added: int
    duplicates: int
    checks_added: int


def new_team_key() -> str:
    """A fresh team key as text to show once and type in elsewhere (64 hex digits)."""
    return os.urandom(KEY_BYTES).hex()


def parse_team_key(text: str) -> bytes:
    """The key bytes of a typed team key; spaces and dashes are ignored."""
    compact = "".join(ch for ch in text if ch not in " -\t\r\n").lower()
    try:
        key = bytes.fromhex(compact)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise LogFileError(
            QCoreApplication.translate(
                "LogExchange",
                "A team key is 64 hexadecimal digits (0-9, a-f), as the team lead "
                "got it from 'epewall log key new'.",
            ),
            "no_key",
        )
    return key


def _signature(key: bytes, body: dict[str, Any]) -> str:
    return hmac.new(key, canonical_json(body).encode("utf-8"), hashlib.sha256).hexdigest()


def _file_record(record: LedgerRecord, prev: str) -> dict[str, Any]:
    payload = canonical_json(record.payload)
    return {
        "record_id": record.record_id,
        "kind": record.kind.value,
        "created_at": record.created_at,
        "workstation": record.workstation,
        "payload": record.payload,
        "hash": record_hash(
            prev,
            record.record_id,
            record.kind.value,
            record.created_at,
            record.workstation,
            payload,
        ),
    }


# --- export ---------------------------------------------------------------------------------------


def select_records(ledger: Ledger, month: Month, officer_code: str | None) -> list[LedgerRecord]:
    """The records of a month's log: the checks of ``month`` (of ``officer_code`` when given),
    every amendment of those checks, and the audit events of the month (of that officer)."""
    start, end = month.utc_bounds()
    checks = ledger.records(
        RecordKind.CHECK,
        "record_id IN (SELECT record_id FROM checks WHERE local_month = ?"
        + (" AND officer_code = ?)" if officer_code else ")"),
        [str(month), officer_code] if officer_code else [str(month)],
    )
    ids = {r.record_id for r in checks}
    amendments = [
        r for r in ledger.records(RecordKind.AMENDMENT) if r.payload.get("check_id") in ids
    ]
    audit = ledger.records(
        RecordKind.AUDIT,
        "created_at >= ? AND created_at < ?"
        + (" AND json_extract(payload, '$.officer') = ?" if officer_code else ""),
        [start, end, officer_code] if officer_code else [start, end],
    )
    return sorted(
        checks
        + amendments
        + audit
        + register_records(ledger, month)
        + handover_log(ledger, month)
        + case_log(ledger, month),
        key=lambda r: r.seq,
    )


def case_log(ledger: Ledger, month: Month) -> list[LedgerRecord]:
    """The cases open at some time in ``month`` (opened before its end, not decided before its
    start) with all their steps: the team lead who imports the log decides them."""
    start, end = month.utc_bounds()
    touching = (
        "SELECT record_id FROM cases WHERE opened_at < ? "
        "AND (decided_at IS NULL OR decided_at >= ?)"
    )
    opened = ledger.records(RecordKind.CASE, f"record_id IN ({touching})", [end, start])
    ids = [r.record_id for r in opened]
    steps: list[LedgerRecord] = []
    for first in range(0, len(ids), 500):
        chunk = ids[first : first + 500]
        marks = ", ".join("?" for _ in chunk)
        for kind in (RecordKind.CASE_ITEM, RecordKind.CASE_SUBMITTED, RecordKind.CASE_DECIDED):
            steps.extend(
                ledger.records(kind, f"json_extract(payload, '$.case_id') IN ({marks})", chunk)
            )
    return opened + steps


def handover_log(ledger: Ledger, month: Month) -> list[LedgerRecord]:
    """The shift handovers written in ``month`` and their acknowledgements (the team's, like
    the register: a team lead who imports the logs sees every workstation's handovers)."""
    start, end = month.utc_bounds()
    return [
        record
        for kind in (RecordKind.HANDOVER, RecordKind.HANDOVER_ACK)
        for record in ledger.records(kind, "created_at >= ? AND created_at < ?", [start, end])
    ]


def register_records(ledger: Ledger, month: Month) -> list[LedgerRecord]:
    """The interruption register's records touching ``month``: every interruption open at some
    time in it (begun before its end, not closed before its start) with all its amendments, and
    the logbook entries of the month. The register is the team's, so whoever exports carries
    it; importing keeps each record's identity and skips the ones already there."""
    start, end = month.utc_bounds()
    touching = (
        "SELECT record_id FROM interruptions WHERE started_at < ? "
        "AND (closed_at IS NULL OR closed_at >= ?)"
    )
    opened = ledger.records(RecordKind.INTERRUPTION, f"record_id IN ({touching})", [end, start])
    updates = ledger.records(
        RecordKind.INTERRUPTION_UPDATE,
        f"record_id IN (SELECT record_id FROM interruption_events WHERE interruption_id IN "
        f"({touching}))",
        [end, start],
    )
    logbook = ledger.records(
        RecordKind.LOGBOOK,
        "record_id IN (SELECT record_id FROM logbook_entries WHERE at >= ? AND at < ?)",
        [start, end],
    )
    return opened + updates + logbook


def export_log(
    registry: Registry,
    actor: Officer | None,
    month: Month,
    path: str | Path,
    team_key: bytes,
    *,
    whole_workstation: bool = False,
    clock: Callable[[], dt.datetime] = utc_now,
) -> ExportSummary:
    """Write ``actor``'s log of ``month`` (the whole workstation's with ``whole_workstation``,
    team leads only) to ``path``, signed with the team key."""
    require(actor, Action.IMPORT_LOGS if whole_workstation else Action.EXPORT_LOG)
    assert actor is not None
    ledger = Ledger(registry, clock)
    officer_code = None if whole_workstation else actor.code
    records = select_records(ledger, month, officer_code)
    prev = GENESIS
    file_records = []
    for record in records:
        entry = _file_record(record, prev)
        file_records.append(entry)
        prev = entry["hash"]
    body = {
        "format": FORMAT,
        "version": VERSION,
        "workstation": ledger.workstation_id,
        "exported_at": to_utc_iso(clock()),
        "exported_by": {"code": actor.code, "name": actor.full_name},
        "month": str(month),
        "officer": officer_code or "",
        "key_id": key_id(team_key),
        "records": file_records,
        "head": prev,
        # The whole log's head at export: the team lead can later hold the workstation's log
        # against it ('epewall log verify --anchor FILE'), so a cut there shows.
        "ledger_head": ledger.head().as_dict(),
    }
    document = dict(body, hmac=_signature(team_key, body))
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_text(
            json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise LogFileError(
            QCoreApplication.translate(
                "LogExchange", "The log file could not be written: {reason} ({path})"
            ).format(reason=exc.strerror or type(exc).__name__, path=target),
            "io",
        ) from exc
    ledger.audit(
        AuditAction.LOG_EXPORTED,
        actor.code,
        {"month": str(month), "records": len(records), "file": target.name},
    )
    return ExportSummary(
        target,
        len(records),
        sum(1 for r in records if r.kind is RecordKind.CHECK),
        month,
        officer_code or "",
    )


# --- reading and verifying a file ---------------------------------------------------------------


@dataclass(frozen=True)
class LogFile:
    """A verified log file."""

    path: Path
    header: dict[str, Any]
    records: list[dict[str, Any]]


def _refuse(path: Path, kind: str, detail: str) -> LogFileError:
    return LogFileError(
        QCoreApplication.translate("LogExchange", "{file} was refused: {detail}").format(
            file=path.name, detail=detail
        ),
        kind,
    )


def read_log_file(path: str | Path, team_key: bytes) -> LogFile:
    """Read and verify a log file; raises LogFileError saying why it is refused."""
    source = Path(path)
    try:
        # A regular file below the cap only: /dev/zero or a FIFO is refused, not read forever.
        raw = read_user_file(source, MAX_FILE_BYTES)
    except UserFileError as exc:
        raise LogFileError(str(exc), "io") from None
    try:
        document = parse_flat_json(raw, MAX_FILE_DEPTH, source)
    except UserFileError as exc:
        raise _refuse(
            source,
            "not_a_log",
            QCoreApplication.translate(
                "LogExchange", "it is not an epewall log file, or it was damaged."
            ),
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _refuse(
            source,
            "not_a_log",
            QCoreApplication.translate(
                "LogExchange", "it is not an epewall log file, or it was damaged."
            ),
        )
    if document.get("version") != VERSION:
        raise _refuse(
            source,
            "unsupported",
            QCoreApplication.translate(
                "LogExchange",
                "it was written by another version of epewall that this one cannot read.",
            ),
        )
    signature = document.pop("hmac", None)
    if document.get("key_id") != key_id(team_key):
        raise _refuse(
            source,
            "wrong_key",
            QCoreApplication.translate(
                "LogExchange",
                "it was signed with another team key. Check that this workstation "
                "and the one that exported it have the same team key.",
            ),
        )
    records = document.get("records")
    if not isinstance(records, list):
        raise _refuse(
            source,
            "tampered",
            QCoreApplication.translate(
                "LogExchange", "it was changed after it was exported (its records are missing)."
            ),
        )
    prev = GENESIS
    for number, entry in enumerate(records, start=1):
        try:
            expected = record_hash(
                prev,
                str(entry["record_id"]),
                str(entry["kind"]),
                str(entry["created_at"]),
                str(entry["workstation"]),
                canonical_json(entry["payload"]),
            )
            intact = hmac.compare_digest(expected, str(entry["hash"]))
        except (KeyError, TypeError):
            intact = False
        if not intact:
            raise _refuse(
                source,
                "tampered",
                QCoreApplication.translate(
                    "LogExchange",
                    "record {number} of {count} was changed, added or removed after "
                    "the file was exported.",
                ).format(number=number, count=len(records)),
            )
        prev = expected
    if document.get("head") != prev:
        raise _refuse(
            source,
            "tampered",
            QCoreApplication.translate(
                "LogExchange", "records at the end of the file were removed after it was exported."
            ),
        )
    if not isinstance(signature, str) or not hmac.compare_digest(
        signature, _signature(team_key, document)
    ):
        raise _refuse(
            source,
            "tampered",
            QCoreApplication.translate(
                "LogExchange",
                "it was changed after it was exported (its signature does not match).",
            ),
        )
    header = {k: v for k, v in document.items() if k != "records"}
    return LogFile(source, header, records)


# --- import ---------------------------------------------------------------------------------------


def import_log_steps(
    registry: Registry,
    actor: Officer | None,
    path: str | Path,
    team_key: bytes,
    *,
    clock: Callable[[], dt.datetime] = utc_now,
) -> Iterator[Progress[ImportSummary]]:
    """Verify the file, then add its new records to this workstation's log (team leads only).
    Yields progress; the last step carries the summary. Nothing is added if anything is wrong."""
    require(actor, Action.IMPORT_LOGS)
    assert actor is not None
    log_file = read_log_file(path, team_key)
    ledger = Ledger(registry, clock)
    total = len(log_file.records)
    yield Progress(0, total)
    added = duplicates = checks_added = 0
    with registry.transaction():
        for done, entry in enumerate(log_file.records, start=1):
            existing = ledger.get(entry["record_id"])
            if existing is not None:
                same = (
                    existing.kind.value,
                    existing.created_at,
                    existing.workstation,
                    canonical_json(existing.payload),
                ) == (
                    entry["kind"],
                    entry["created_at"],
                    entry["workstation"],
                    canonical_json(entry["payload"]),
                )
                if not same:
                    raise _refuse(
                        log_file.path,
                        "conflict",
                        QCoreApplication.translate(
                            "LogExchange",
                            "record {number} has the ID of a record already here but "
                            "different content: one of the two logs was changed.",
                        ).format(number=done),
                    )
                duplicates += 1
            else:
                try:
                    ledger.append(
                        RecordKind(entry["kind"]),
                        entry["payload"],
                        record_id=str(entry["record_id"]),
                        created_at=str(entry["created_at"]),
                        workstation=str(entry["workstation"]),
                    )
                except (LedgerError, ValueError) as exc:
                    raise _refuse(
                        log_file.path,
                        "tampered",
                        QCoreApplication.translate(
                            "LogExchange", "record {number} cannot be read."
                        ).format(number=done),
                    ) from exc
                added += 1
                checks_added += entry["kind"] == RecordKind.CHECK.value
            if done % 500 == 0 and done < total:
                yield Progress(done, total)
        header = log_file.header
        ledger.audit(
            AuditAction.LOG_IMPORTED,
            actor.code,
            {
                "file": log_file.path.name,
                "workstation": header.get("workstation", ""),
                "month": header.get("month", ""),
                "added": added,
                "duplicates": duplicates,
            },
        )
    exported_by = header.get("exported_by") or {}
    yield Progress(
        total,
        total,
        ImportSummary(
            log_file.path,
            str(header.get("workstation", "")),
            str(exported_by.get("code", "")),
            str(header.get("month", "")),
            added,
            duplicates,
            checks_added,
        ),
    )


def import_log(
    registry: Registry,
    actor: Officer | None,
    path: str | Path,
    team_key: bytes,
    *,
    clock: Callable[[], dt.datetime] = utc_now,
) -> ImportSummary:
    summary: ImportSummary | None = None
    for step in import_log_steps(registry, actor, path, team_key, clock=clock):
        summary = step.result or summary
    assert summary is not None
    return summary


def import_log_files(
    registry: Registry,
    actor: Officer | None,
    paths: Sequence[str | Path],
    team_key: bytes,
    *,
    clock: Callable[[], dt.datetime] = utc_now,
) -> Generator[tuple[int, int, str], None, list[tuple[Path, ImportSummary | str]]]:
    """Import several files, each on its own (all or nothing per file): a refused file is
    reported with its reason and the others still go in. Yields (file index, files, file name)
    for a worker's progress; returns each file with its summary or the reason it was refused."""
    results: list[tuple[Path, ImportSummary | str]] = []
    for index, name in enumerate(paths):
        path = Path(name)
        yield index, len(paths), path.name
        try:
            for step in import_log_steps(registry, actor, path, team_key, clock=clock):
                if step.result is not None:
                    results.append((path, step.result))
        except LogFileError as exc:
            results.append((path, str(exc)))
    return results
