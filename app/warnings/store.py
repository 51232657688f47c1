"""Device warnings in the registry's file (table ``warnings``, see ``app.storage.migrations``).

A storm is one warning: an event of the same EPE, camera and kind within ``COALESCE_S`` of the
last one of an unresolved warning adds to its ``count`` and moves its ``last_at``; a storm that
never pauses for a minute stays one warning. A resolved warning takes nothing more: the next
event is a new warning. Moments are stored as UTC with milliseconds (``to_utc_iso``), so they
compare as text.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from app.officers.profiles import Action, Officer, require
from app.rotation.ledger import AuditAction, Ledger
from app.sites.registry import Registry
from app.timekeeping import parse_utc, to_utc_iso, utc_now
from app.warnings.topics import WarningKind

COALESCE_S = 60.0
NOTE_MAX = 2000


@dataclass(frozen=True)
class WarningEvent:
    """One event to add (``WarningStore.record_many``)."""

    epe_id: int
    camera_number: int | None
    kind: WarningKind
    at: dt.datetime
    camera_id: int | None = None
    topic: str = ""
    source_token: str = ""
    received_at: dt.datetime | None = None


@dataclass(frozen=True)
class DeviceWarning:
    epe_id: int
    camera_number: int | None  # None: the device as a whole (its storage)
    kind: WarningKind
    first_at: dt.datetime  # the first event's time, UTC (device clock corrected)
    last_at: dt.datetime
    count: int
    received_at: dt.datetime  # when the first event reached this workstation
    camera_id: int | None = None
    topic: str = ""
    source_token: str = ""
    snapshot_path: str = ""
    snapshot_sha256: str = ""
    snapshot_problem: str = ""
    resolved_at: dt.datetime | None = None
    resolved_by: str = ""
    note: str = ""
    id: int | None = None

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None


def _iso(moment: dt.datetime) -> str:
    return to_utc_iso(moment, milliseconds=True)


def _from_row(row: Mapping[str, Any]) -> DeviceWarning:
    return DeviceWarning(
        id=int(row["id"]),
        epe_id=int(row["epe_id"]),
        camera_number=None if row["camera_number"] is None else int(row["camera_number"]),
        camera_id=None if row["camera_id"] is None else int(row["camera_id"]),
        kind=WarningKind(row["kind"]),
        topic=str(row["topic"]),
        source_token=str(row["source_token"]),
        first_at=parse_utc(row["first_at"]),
        last_at=parse_utc(row["last_at"]),
        count=int(row["count"]),
        received_at=parse_utc(row["received_at"]),
        snapshot_path=str(row["snapshot_path"]),
        snapshot_sha256=str(row["snapshot_sha256"]),
        snapshot_problem=str(row["snapshot_problem"]),
        resolved_at=parse_utc(row["resolved_at"]) if row["resolved_at"] else None,
        resolved_by=str(row["resolved_by"]),
        note=str(row["note"]),
    )


class WarningStore:
    """The warnings of the registry ``registry``; every method is one short transaction."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def record(
        self,
        epe_id: int,
        camera_number: int | None,
        kind: WarningKind,
        at: dt.datetime,
        *,
        camera_id: int | None = None,
        topic: str = "",
        source_token: str = "",
        received_at: dt.datetime | None = None,
    ) -> tuple[DeviceWarning, bool]:
        """Add an event: (the warning it is part of, whether that warning is new)."""
        event = WarningEvent(
            epe_id, camera_number, kind, at, camera_id, topic, source_token, received_at
        )
        return self.record_many([event])[0]

    def record_many(
        self, events: builtins.list[WarningEvent]
    ) -> builtins.list[tuple[DeviceWarning, bool]]:
        """Add events in one transaction (a burst costs one commit, not one each), in order."""
        out: builtins.list[tuple[DeviceWarning, bool]] = []
        with self.registry.database() as db:
            for event in events:
                out.append(self._record(db, event))
        return out

    @staticmethod
    def _record(db: sqlite_utils.Database, event: WarningEvent) -> tuple[DeviceWarning, bool]:
        at = _iso(event.at)
        since = _iso(event.at - dt.timedelta(seconds=COALESCE_S))
        rows = list(
            db.query(
                "SELECT * FROM warnings WHERE epe_id = ? AND camera_number IS ? AND kind = ? "
                "AND resolved_at IS NULL AND last_at >= ? ORDER BY id DESC LIMIT 1",
                [event.epe_id, event.camera_number, event.kind.value, since],
            )
        )
        if rows:
            row = rows[0]
            db.execute(
                "UPDATE warnings SET count = count + 1, last_at = ?, first_at = ? WHERE id = ?",
                [max(row["last_at"], at), min(row["first_at"], at), row["id"]],
            )
            warning_id = row["id"]
        else:
            table = db.table("warnings")
            table.insert(
                {
                    "epe_id": event.epe_id,
                    "camera_number": event.camera_number,
                    "camera_id": event.camera_id,
                    "kind": event.kind.value,
                    "topic": event.topic[:300],
                    "source_token": event.source_token[:200],
                    "first_at": at,
                    "last_at": at,
                    "count": 1,
                    "received_at": _iso(event.received_at or utc_now()),
                }
            )
            warning_id = table.last_pk
        found = list(db.query("SELECT * FROM warnings WHERE id = ?", [warning_id]))
        return _from_row(found[0]), not rows

    def get(self, warning_id: int) -> DeviceWarning:
        with self.registry.database() as db:
            rows = list(db.query("SELECT * FROM warnings WHERE id = ?", [warning_id]))
        if not rows:
            raise KeyError(warning_id)
        return _from_row(rows[0])

    def list(
        self,
        since: dt.datetime | None = None,
        *,
        epe_id: int | None = None,
        kinds: builtins.list[WarningKind] | None = None,
        unresolved_only: bool = False,
        limit: int = 1000,
    ) -> builtins.list[DeviceWarning]:
        """Warnings newest first (by their last event)."""
        clauses: builtins.list[str] = []
        args: builtins.list[Any] = []
        if since is not None:
            clauses.append("last_at >= ?")
            args.append(_iso(since))
        if epe_id is not None:
            clauses.append("epe_id = ?")
            args.append(epe_id)
        if kinds:
            clauses.append(f"kind IN ({', '.join('?' for _ in kinds)})")
            args += [k.value for k in kinds]
        if unresolved_only:
            clauses.append("resolved_at IS NULL")
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        with self.registry.database() as db:
            rows = list(
                db.query(
                    f"SELECT * FROM warnings {where} ORDER BY last_at DESC, id DESC LIMIT ?",
                    [*args, limit],
                )
            )
        return [_from_row(r) for r in rows]

    def set_snapshot(self, warning_id: int, path: str, sha256: str, problem: str = "") -> None:
        with self.registry.database() as db:
            db.execute(
                "UPDATE warnings SET snapshot_path = ?, snapshot_sha256 = ?, snapshot_problem = ? "
                "WHERE id = ?",
                [path, sha256, problem[:300], warning_id],
            )

    def resolve(
        self, warning_id: int, officer_code: str, note: str, at: dt.datetime | None = None
    ) -> DeviceWarning:
        """Mark the warning handled, with the officer's note (ValueError when it is too long)."""
        if len(note) > NOTE_MAX:
            raise ValueError(note)
        with self.registry.database() as db:
            db.execute(
                "UPDATE warnings SET resolved_at = ?, resolved_by = ?, note = ? WHERE id = ?",
                [_iso(at or utc_now()), officer_code, note, warning_id],
            )
        return self.get(warning_id)


def resolve_as(
    registry: Registry,
    officer: Officer | None,
    warning_id: int,
    note: str,
    at: dt.datetime | None = None,
) -> DeviceWarning:
    """An officer resolves a warning: only a role that may (a view-only partner may not), and
    the audit trail says who resolved what (PermissionDeniedError, nothing written, otherwise)."""
    require(officer, Action.RESOLVE_WARNING)
    assert officer is not None
    warning = WarningStore(registry).resolve(warning_id, officer.code, note, at)
    Ledger(registry).audit(
        AuditAction.WARNING_RESOLVED,
        officer.code,
        {
            "warning": warning.id,
            "epe_id": warning.epe_id,
            "camera": warning.camera_number,
            "kind": warning.kind.value,
            "count": warning.count,
        },
    )
    return warning
