"""The site registry: EPEs and their numbered cameras, in SQLite through sqlite-utils.

This module alone owns the database schema and its migrations. Every write runs in one
transaction, so a failure (disk full, read-only file, locked, damaged) leaves the file as it was
and surfaces as a ``RegistryError`` with a translated message. No password is ever stored here:
the EPE's account user is, its password lives in the OS keyring (``app/secrets.py``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import logging
import re
import sqlite3
import threading
import unicodedata
import urllib.parse
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import sqlite_utils
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Qt
from sqlite_utils.db import NotFoundError, Table

from app import paths
from app.domain import (
    Camera,
    CameraPosition,
    ConnectionMethod,
    Epe,
    RiskLevel,
    ValidationError,
    normalise_tax_id,
)
from app.logs import redact_url

log = logging.getLogger(__name__)

Migration = Callable[[sqlite_utils.Database], None]

NAME_MAX = 200
TEXT_MAX = 2000
DIAGRAM_NUMBER_MAX = 9999
PHONE_DIGITS = (8, 15)
DEFAULT_BUSY_TIMEOUT = 5.0


class RegistryError(Exception):
    """The registry file could not be read or written. ``str()`` is translated and secret-free.

    ``kind`` says what went wrong, for code that reacts differently: "disk_full", "read_only",
    "locked", "corrupt", "cannot_open", "io", "newer_schema", "not_registry", "migration_failed"
    or "error".
    """

    def __init__(self, message: str, kind: str = "error") -> None:
        super().__init__(message)
        self.kind = kind


# --- schema -------------------------------------------------------------------------------------


def _migration_1_create_tables(db: sqlite_utils.Database) -> None:
    # AUTOINCREMENT: ids are never reused, so an id remembered elsewhere (a saved wall layout)
    # can never point at a different camera after a deletion.
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """
        CREATE TABLE epes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (name <> ''),
            name_key TEXT NOT NULL UNIQUE,
            tax_id TEXT NOT NULL UNIQUE CHECK (tax_id <> ''),
            address TEXT NOT NULL DEFAULT '',
            sub_department TEXT NOT NULL DEFAULT '',
            contact_person TEXT NOT NULL DEFAULT '',
            contact_phone TEXT NOT NULL DEFAULT '',
            connection TEXT NOT NULL,
            licence_date TEXT,
            established_date TEXT,
            risk_level TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            account_user TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE cameras (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            epe_id INTEGER NOT NULL REFERENCES epes(id) ON DELETE CASCADE,
            diagram_number INTEGER NOT NULL CHECK (diagram_number >= 1),
            position TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            main_url TEXT NOT NULL DEFAULT '',
            sub_url TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            extra TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (epe_id, diagram_number)
        )
        """
    )


def _migration_2_snapshots_and_walls(db: sqlite_utils.Database) -> None:
    # Snapshot records are evidence: they keep the EPE and camera details as they were when the
    # picture was taken, and camera_id/epe_id are plain numbers (no foreign key), so deleting a
    # camera or an EPE from the registry never deletes or orphans the record of its pictures.
    db.execute(
        """
        CREATE TABLE snapshots (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            camera_id INTEGER,
            epe_id INTEGER,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            taken_at TEXT NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            officer TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            epe_name TEXT NOT NULL DEFAULT '',
            tax_id TEXT NOT NULL DEFAULT '',
            diagram_number INTEGER,
            position TEXT NOT NULL DEFAULT '',
            camera_name TEXT NOT NULL DEFAULT '',
            stream TEXT NOT NULL DEFAULT '',
            software TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX snapshots_by_camera ON snapshots (camera_id, taken_at)")
    db.execute("CREATE INDEX snapshots_by_epe ON snapshots (epe_id, taken_at)")
    db.execute("CREATE INDEX snapshots_by_path ON snapshots (path)")
    # owner is a plain string (the OS user today) so it can become an officer id later.
    db.execute(
        """
        CREATE TABLE walls (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            owner TEXT NOT NULL,
            name TEXT NOT NULL CHECK (name <> ''),
            name_key TEXT NOT NULL,
            wall TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (owner, name_key)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE walls_last_opened (
            owner TEXT PRIMARY KEY,
            wall_id INTEGER NOT NULL REFERENCES walls(id) ON DELETE CASCADE,
            opened_at TEXT NOT NULL
        )
        """
    )


def _migration_rotation_officers_ledger_plans(db: sqlite_utils.Database) -> None:
    # Monthly rotation (Decision 247 II.1): officers, assignments, absences, the append-only
    # ledger of checks/amendments/audit events with its derived `checks` table, and plans.
    # Officers are referred to by their code and EPEs by their tax ID wherever a record may
    # travel to another workstation, whose local ids differ.
    db.execute(
        """
        CREATE TABLE officers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            code TEXT NOT NULL UNIQUE CHECK (code <> ''),
            full_name TEXT NOT NULL CHECK (full_name <> ''),
            unit TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL,
            pin_hash TEXT NOT NULL,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE assignments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            epe_id INTEGER NOT NULL,
            officer_id INTEGER NOT NULL REFERENCES officers(id),
            assigned_at TEXT NOT NULL,
            assigned_by TEXT NOT NULL,
            ended_at TEXT,
            ended_by TEXT
        )
        """
    )
    db.execute("CREATE INDEX assignments_by_epe ON assignments (epe_id, ended_at)")
    db.execute("CREATE INDEX assignments_by_officer ON assignments (officer_id, ended_at)")
    db.execute(
        """
        CREATE TABLE officer_absences (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            officer_id INTEGER NOT NULL REFERENCES officers(id),
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL CHECK (last_day >= first_day),
            reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE TABLE rotation_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        "INSERT INTO rotation_meta (key, value) VALUES ('workstation_id', ?)", [uuid.uuid4().hex]
    )
    db.execute(
        """
        CREATE TABLE ledger (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            record_id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            created_at TEXT NOT NULL,
            workstation TEXT NOT NULL,
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL UNIQUE,
            hash TEXT NOT NULL UNIQUE
        )
        """
    )
    # The hash chain detects edits; these triggers stop the app (and casual SQL) making them.
    # Finds a check's amendments (json_extract is deterministic, so SQLite can index it).
    db.execute("CREATE INDEX ledger_by_check ON ledger (json_extract(payload, '$.check_id'))")
    db.execute(
        "CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger "
        "BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger "
        "BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END"
    )
    db.execute(
        """
        CREATE TABLE checks (
            record_id TEXT PRIMARY KEY,
            epe_tax_id TEXT NOT NULL,
            epe_name TEXT NOT NULL,
            officer_code TEXT NOT NULL,
            officer_name TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT NOT NULL,
            local_day TEXT NOT NULL,
            local_month TEXT NOT NULL,
            scheduled INTEGER NOT NULL,
            reason TEXT NOT NULL,
            outside_working_time INTEGER NOT NULL,
            result TEXT NOT NULL,
            amendments INTEGER NOT NULL DEFAULT 0,
            workstation TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX checks_by_month ON checks (local_month, epe_tax_id)")
    db.execute("CREATE INDEX checks_by_epe ON checks (epe_tax_id, started_at)")
    db.execute("CREATE INDEX checks_by_officer ON checks (officer_code, local_month)")
    db.execute(
        """
        CREATE TABLE open_checks (
            record_id TEXT PRIMARY KEY,
            officer_id INTEGER NOT NULL,
            epe_id INTEGER NOT NULL,
            state TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE plans (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            month TEXT NOT NULL UNIQUE,
            weights TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE plan_items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            epe_id INTEGER NOT NULL REFERENCES epes(id) ON DELETE CASCADE,
            officer_id INTEGER,
            day TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX plan_items_by_plan ON plan_items (plan_id, epe_id, day)")


def _migration_compliance_results(db: sqlite_utils.Database) -> None:
    # Appendix I compliance checks (app/devices/compliance.py): one row per EPE (camera_id and
    # diagram_number NULL, the whole result as JSON in details) and one per camera of each run.
    # EPEs are named by tax ID and name as they were, so a deleted EPE keeps its history.
    db.execute(
        """
        CREATE TABLE compliance_results (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id TEXT NOT NULL,
            checked_at TEXT NOT NULL,
            epe_id INTEGER,
            tax_id TEXT NOT NULL,
            epe_name TEXT NOT NULL,
            camera_id INTEGER,
            diagram_number INTEGER,
            verdict TEXT NOT NULL,
            failing TEXT NOT NULL DEFAULT '[]',
            details TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX compliance_by_epe ON compliance_results (tax_id, checked_at)")



def _migration_recorders_bookmarks_exports(db: sqlite_utils.Database) -> None:
    # Playback (app/recorders, app/evidence/export.py): one recorder per EPE with its time convention
    # and calibrated offset (no password: the EPE's keyring entry serves); bookmarks at recorded
    # moments; and a row per evidence export with its manifest's SHA-256.
    db.execute(
        """
        CREATE TABLE recorders (
            epe_id INTEGER PRIMARY KEY REFERENCES epes(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('onvif_g', 'hikvision', 'dahua')),
            host TEXT NOT NULL CHECK (host <> ''),
            http_port INTEGER NOT NULL,
            rtsp_port INTEGER NOT NULL,
            time_convention TEXT NOT NULL CHECK (time_convention IN ('utc', 'local')),
            utc_offset_minutes INTEGER NOT NULL DEFAULT 420,
            calibrated_offset_s REAL NOT NULL DEFAULT 0,
            calibrated_at TEXT,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE bookmarks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            epe_id INTEGER NOT NULL REFERENCES epes(id) ON DELETE CASCADE,
            diagram_number INTEGER NOT NULL,
            at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            officer_code TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX bookmarks_by_epe ON bookmarks (epe_id, at)")
    db.execute(
        """
        CREATE TABLE evidence_exports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            epe_tax_id TEXT NOT NULL,
            cameras TEXT NOT NULL,
            range_start TEXT NOT NULL,
            range_end TEXT NOT NULL,
            folder TEXT NOT NULL,
            manifest_sha256 TEXT NOT NULL,
            officer_code TEXT NOT NULL DEFAULT '',
            exported_at TEXT NOT NULL
        )
        """
    )

# Forward migrations, in order: MIGRATIONS[n] takes a file from schema version n to n + 1.
# Never edit a released migration; append a new one.
MIGRATIONS: list[Migration] = [
    _migration_1_create_tables,
    _migration_2_snapshots_and_walls,
    _migration_rotation_officers_ledger_plans,
    _migration_compliance_results,
    _migration_recorders_bookmarks_exports,
]
SCHEMA_VERSION: int = len(MIGRATIONS)


# --- small helpers ------------------------------------------------------------------------------


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def name_key(name: str) -> str:
    """What makes two EPE names "the same": case and spacing do not count, accents do."""
    return " ".join(unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())
                    .split())


def _collator() -> QCollator:
    collator = QCollator(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


def sorted_by_name(items: list[Any], name: Callable[[Any], str]) -> list[Any]:
    # Vietnamese order (a ă â b … d đ …, tones after letters), as officers read a list.
    key = functools.cmp_to_key(_collator().compare)
    return sorted(items, key=lambda item: key(name(item)))


_PASSWORD_IN_QUERY = re.compile(r"(?:^|[/?&;])(?:password|passwd|pwd|pass)=", re.IGNORECASE)


def url_has_credentials(url: str) -> bool:
    """True when a URL carries a user name or password (``user:pass@`` or ``password=``)."""
    return "@" in url or bool(_PASSWORD_IN_QUERY.search(url))


def _text_has_credentials(text: str) -> bool:
    return redact_url(text) != text or bool(_PASSWORD_IN_QUERY.search(text))


# --- validation (pure: no database) --------------------------------------------------------------


def _credentials_in_text(field: str) -> ValidationError:
    return ValidationError(
        field,
        QCoreApplication.translate(
            "Validation",
            "This text contains a URL with a user name or password. Remove them: passwords are "
            "kept only in the keyring.",
        ),
    )


def _check_text(problems: list[ValidationError], field: str, value: object, limit: int) -> None:
    if not isinstance(value, str):
        problems.append(
            ValidationError(field, QCoreApplication.translate("Validation", "This must be text."))
        )
        return
    if len(value) > limit:
        problems.append(
            ValidationError(
                field,
                QCoreApplication.translate(
                    "Validation", "This text is too long (at most {limit} characters)."
                ).format(limit=limit),
            )
        )
    if _text_has_credentials(value):
        problems.append(_credentials_in_text(field))


def _check_phone(problems: list[ValidationError], phone: str) -> None:
    phone = phone.strip()
    if not phone:
        return
    digits = sum(ch.isdigit() for ch in phone)
    allowed = all(ch.isdigit() or ch in " +-." for ch in phone) and phone.isascii()
    if not allowed or not PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]:
        problems.append(
            ValidationError(
                "contact_phone",
                QCoreApplication.translate(
                    "Validation",
                    "The phone number must have 8 to 15 digits, written with digits, spaces, "
                    "+, - or dots only (e.g. 0251 3836 123 or +84 251 3836 123).",
                ),
            )
        )


def _check_date(problems: list[ValidationError], field: str, value: object) -> None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        problems.append(
            ValidationError(
                field, QCoreApplication.translate("Validation", "This must be a date.")
            )
        )


def validate_epe_fields(epe: Epe) -> list[ValidationError]:
    """Every problem of the EPE's own fields, without looking at other EPEs."""
    problems: list[ValidationError] = []
    name = epe.name.strip() if isinstance(epe.name, str) else ""
    if not name:
        problems.append(
            ValidationError(
                "name", QCoreApplication.translate("Validation", "The EPE name is required.")
            )
        )
    else:
        _check_text(problems, "name", name, NAME_MAX)
    if not isinstance(epe.tax_id, str):
        problems.append(
            ValidationError(
                "tax_id", QCoreApplication.translate("Validation", "This must be text.")
            )
        )
    else:
        try:
            normalise_tax_id(epe.tax_id)
        except ValidationError as exc:
            problems.append(exc)
    for field in ("address", "sub_department", "contact_person", "account_user"):
        _check_text(problems, field, getattr(epe, field), NAME_MAX)
    _check_text(problems, "notes", epe.notes, TEXT_MAX)
    if isinstance(epe.contact_phone, str):
        _check_phone(problems, epe.contact_phone)
    else:
        _check_text(problems, "contact_phone", epe.contact_phone, NAME_MAX)
    try:
        ConnectionMethod(epe.connection)
    except ValueError:
        problems.append(
            ValidationError(
                "connection",
                QCoreApplication.translate(
                    "Validation",
                    "Choose how the EPE is connected: Internet, VPN or private channel.",
                ),
            )
        )
    try:
        RiskLevel(epe.risk_level)
    except ValueError:
        problems.append(
            ValidationError(
                "risk_level",
                QCoreApplication.translate(
                    "Validation", "Choose a risk level: low, medium or high."
                ),
            )
        )
    _check_date(problems, "licence_date", epe.licence_date)
    _check_date(problems, "established_date", epe.established_date)
    return problems


def _check_url(problems: list[ValidationError], field: str, url: object) -> None:
    if not isinstance(url, str):
        problems.append(
            ValidationError(field, QCoreApplication.translate("Validation", "This must be text."))
        )
        return
    url = url.strip()
    if not url:
        return
    # Checked first and alone: the other messages must not tempt anyone to echo the URL.
    if url_has_credentials(url):
        problems.append(
            ValidationError(
                field,
                QCoreApplication.translate(
                    "Validation",
                    "The stream URL must not contain a user name or password. Remove them from "
                    "the URL and store the EPE's account in the keyring instead.",
                ),
            )
        )
        return
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("rtsp", "rtsps"):
        problems.append(
            ValidationError(
                field,
                QCoreApplication.translate(
                    "Validation",
                    "The stream URL must start with rtsp:// or rtsps:// "
                    "(e.g. rtsp://192.168.1.64:554/Streaming/Channels/101).",
                ),
            )
        )
        return
    try:
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        port_ok = False
    if not parts.hostname or not port_ok or any(ch.isspace() for ch in url):
        problems.append(
            ValidationError(
                field,
                QCoreApplication.translate(
                    "Validation",
                    "The stream URL needs a host name or IP address and, if given, a port number "
                    "(e.g. rtsp://192.168.1.64:554/Streaming/Channels/101).",
                ),
            )
        )
    elif len(url) > TEXT_MAX:
        _check_text(problems, field, url, TEXT_MAX)


def validate_camera_fields(camera: Camera) -> list[ValidationError]:
    """Every problem of the camera's own fields, without looking at the database."""
    problems: list[ValidationError] = []
    number = camera.diagram_number
    if isinstance(number, bool) or not isinstance(number, int) or not (
        1 <= number <= DIAGRAM_NUMBER_MAX
    ):
        problems.append(
            ValidationError(
                "diagram_number",
                QCoreApplication.translate(
                    "Validation",
                    "The camera number must be a whole number from 1 to 9999, as on the EPE's "
                    "camera diagram.",
                ),
            )
        )
    try:
        CameraPosition(camera.position)
    except ValueError:
        problems.append(
            ValidationError(
                "position",
                QCoreApplication.translate(
                    "Validation",
                    "Choose the camera's position: gate, storage area door, storage yard, inside "
                    "storage or other.",
                ),
            )
        )
    _check_text(problems, "name", camera.name, NAME_MAX)
    _check_url(problems, "main_url", camera.main_url)
    _check_url(problems, "sub_url", camera.sub_url)
    _check_text(problems, "notes", camera.notes, TEXT_MAX)
    extra = camera.extra
    if not isinstance(extra, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in extra.items()
    ):
        problems.append(
            ValidationError(
                "extra",
                QCoreApplication.translate("Validation", "Extra values must be text."),
            )
        )
    elif any(
        _text_has_credentials(v) or re.search(r"pass|pwd", k, re.IGNORECASE)
        for k, v in extra.items()
    ):
        problems.append(_credentials_in_text("extra"))
    return problems


# --- rows <-> objects ---------------------------------------------------------------------------


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _epe_row(epe: Epe) -> dict[str, Any]:
    name = epe.name.strip()
    return {
        "name": name,
        "name_key": name_key(name),
        "tax_id": normalise_tax_id(epe.tax_id),
        "address": epe.address.strip(),
        "sub_department": epe.sub_department.strip(),
        "contact_person": epe.contact_person.strip(),
        "contact_phone": epe.contact_phone.strip(),
        "connection": ConnectionMethod(epe.connection).value,
        "licence_date": _iso(epe.licence_date),
        "established_date": _iso(epe.established_date),
        "risk_level": RiskLevel(epe.risk_level).value,
        "notes": epe.notes.strip(),
        "account_user": epe.account_user.strip(),
    }


def _epe_from_row(row: dict[str, Any]) -> Epe:
    return Epe(
        id=row["id"],
        uid=row["uid"],
        name=row["name"],
        tax_id=row["tax_id"],
        address=row["address"],
        sub_department=row["sub_department"],
        contact_person=row["contact_person"],
        contact_phone=row["contact_phone"],
        connection=ConnectionMethod(row["connection"]),
        licence_date=_date(row["licence_date"]),
        established_date=_date(row["established_date"]),
        risk_level=RiskLevel(row["risk_level"]),
        notes=row["notes"],
        account_user=row["account_user"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _camera_row(camera: Camera) -> dict[str, Any]:
    return {
        "epe_id": camera.epe_id,
        "diagram_number": camera.diagram_number,
        "position": CameraPosition(camera.position).value,
        "name": camera.name.strip(),
        "main_url": camera.main_url.strip(),
        "sub_url": camera.sub_url.strip(),
        "notes": camera.notes.strip(),
        "extra": json.dumps(camera.extra, ensure_ascii=False, sort_keys=True),
    }


def _camera_from_row(row: dict[str, Any]) -> Camera:
    return Camera(
        id=row["id"],
        epe_id=row["epe_id"],
        diagram_number=row["diagram_number"],
        position=CameraPosition(row["position"]),
        name=row["name"],
        main_url=row["main_url"],
        sub_url=row["sub_url"],
        notes=row["notes"],
        extra=dict(json.loads(row["extra"] or "{}")),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


# --- SQLite errors -> messages for people ---------------------------------------------------------

_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB, _SQLITE_PERM = 11, 13, 14, 26, 3


def _registry_error(exc: sqlite3.Error, where: str) -> RegistryError:
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    log.warning(
        "registry %s: %s (%s)", where, type(exc).__name__, getattr(exc, "sqlite_errorname", "?")
    )
    if primary == _SQLITE_FULL:
        return RegistryError(
            QCoreApplication.translate(
                "Registry",
                "The disk is full, so the registry could not be saved; nothing was changed. Free "
                "some space and try again. (Registry file: {path})",
            ).format(path=where),
            "disk_full",
        )
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return RegistryError(
            QCoreApplication.translate(
                "Registry",
                "The registry file cannot be written: it is read-only, or it was moved or deleted "
                "while epewall was running. Nothing was changed. Check the file and its folder, "
                "then restart epewall. (Registry file: {path})",
            ).format(path=where),
            "read_only",
        )
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return RegistryError(
            QCoreApplication.translate(
                "Registry",
                "The registry is busy: another epewall window or program is writing to it. "
                "Nothing was changed. Wait a moment and try again. (Registry file: {path})",
            ).format(path=where),
            "locked",
        )
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return RegistryError(
            QCoreApplication.translate(
                "Registry",
                "The registry file is damaged or is not an epewall registry. Restore it from a "
                "backup, or move it away so epewall starts a new one. (Registry file: {path})",
            ).format(path=where),
            "corrupt",
        )
    if primary == _SQLITE_CANTOPEN:
        return RegistryError(
            QCoreApplication.translate(
                "Registry",
                "The registry file cannot be opened. Check that its folder exists and that you "
                "may write to it. (Registry file: {path})",
            ).format(path=where),
            "cannot_open",
        )
    if primary == _SQLITE_IOERR:
        return RegistryError(
            QCoreApplication.translate(
                "Registry",
                "The registry file could not be read or written (a disk or network drive "
                "error). Nothing was changed. (Registry file: {path})",
            ).format(path=where),
            "io",
        )
    return RegistryError(
        QCoreApplication.translate(
            "Registry", "The registry could not be used ({detail}). (Registry file: {path})"
        ).format(detail=type(exc).__name__, path=where),
        "error",
    )


def _integrity_error(exc: sqlite3.IntegrityError, where: str) -> Exception:
    # Validation catches these first; they happen when another process wrote in between.
    text = str(exc)
    if "epes.tax_id" in text:
        return _duplicate_tax_id()
    if "epes.name_key" in text:
        return _duplicate_name()
    if "cameras.epe_id, cameras.diagram_number" in text:
        return _duplicate_diagram_number()
    if "FOREIGN KEY" in text:
        return _missing_epe()
    return _registry_error(exc, where)


def _duplicate_tax_id() -> ValidationError:
    return ValidationError(
        "tax_id",
        QCoreApplication.translate("Validation", "Another EPE already has this tax ID."),
    )


def _duplicate_name() -> ValidationError:
    return ValidationError(
        "name",
        QCoreApplication.translate("Validation", "Another EPE already has this name."),
    )


def _duplicate_diagram_number() -> ValidationError:
    return ValidationError(
        "diagram_number",
        QCoreApplication.translate(
            "Validation", "This EPE already has a camera with this number."
        ),
    )


def _missing_epe() -> ValidationError:
    return ValidationError(
        "epe_id",
        QCoreApplication.translate("Validation", "The camera's EPE is not in the registry."),
    )


# --- the registry -------------------------------------------------------------------------------


class Registry:
    """EPEs and cameras in one SQLite file (WAL, foreign keys on).

    Safe to share between the GUI thread and one worker: calls are serialised by a lock. Use
    ``transaction()`` to make several changes all-or-nothing.
    """

    def __init__(
        self, path: str | Path | None = None, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT
    ) -> None:
        memory = path == ":memory:"
        self._path: Path | None = None if memory else Path(path or paths.database_path())
        self._where = str(self._path) if self._path else ":memory:"
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        try:
            # Worker threads (import, jobs) use the registry too; the lock serialises them.
            self._conn = sqlite3.connect(
                ":memory:" if memory else str(self._path),
                timeout=busy_timeout,
                check_same_thread=False,
            )
            self._db = sqlite_utils.Database(self._conn, execute_plugins=False)
            self._db.execute("PRAGMA foreign_keys = ON")
            if not memory:
                self._db.enable_wal()
            self._migrate()
        except sqlite3.Error as exc:
            self.close()
            raise _registry_error(exc, self._where) from exc
        except BaseException:
            self.close()
            raise

    # -- lifecycle --

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Registry:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def path(self) -> Path | None:
        """The registry file, or None for an in-memory registry."""
        return self._path

    @property
    def schema_version(self) -> int:
        with self._guard():
            return self._stored_version()

    # -- plumbing --

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        with self._lock:
            if self._conn is None:
                raise RegistryError(
                    QCoreApplication.translate("Registry", "The registry is closed."), "error"
                )
            try:
                yield
            except sqlite3.IntegrityError as exc:
                raise _integrity_error(exc, self._where) from exc
            except sqlite3.Error as exc:
                raise _registry_error(exc, self._where) from exc

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All changes made inside the block are saved together, or none is (nested: savepoint)."""
        with self._guard(), self._db.atomic():
            yield

    @contextlib.contextmanager
    def database(self) -> Iterator[sqlite_utils.Database]:
        """The database inside one transaction, for the stores that keep their rows in the
        registry's file under this module's schema (``app/evidence/snapshots.py``, ``app/wall/store.py``).
        SQLite errors become ``RegistryError`` as for the registry's own calls."""
        with self.transaction():
            yield self._db

    def _table(self, name: str) -> Table:
        return self._db.table(name)

    def _stored_version(self) -> int:
        if not self._db["meta"].exists():
            return 0
        row = self._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        migrations = MIGRATIONS
        version = self._stored_version()
        if version == 0 and self._db.table_names():
            raise RegistryError(
                QCoreApplication.translate(
                    "Registry",
                    "This file is an SQLite database but not an epewall registry; epewall will "
                    "not change it. (File: {path})",
                ).format(path=self._where),
                "not_registry",
            )
        if version > len(migrations):
            raise RegistryError(
                QCoreApplication.translate(
                    "Registry",
                    "The registry was written by a newer epewall (schema {found}; this version "
                    "knows up to {known}). Update epewall to open it. (Registry file: {path})",
                ).format(found=version, known=len(migrations), path=self._where),
                "newer_schema",
            )
        if version == len(migrations):
            return
        if version > 0 and self._path is not None:
            self._backup(version)
        # Schema changes may rebuild tables, which SQLite only allows with foreign keys off;
        # foreign_key_check below proves nothing was orphaned before they come back on.
        self._db.execute("PRAGMA foreign_keys = OFF")
        try:
            with self._db.atomic():
                for number, migration in enumerate(migrations[version:], start=version + 1):
                    log.info("registry %s: migrating to schema %d", self._where, number)
                    migration(self._db)
                    self._db.execute(
                        "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        [str(number)],
                    )
                if self._db.execute("PRAGMA foreign_key_check").fetchall():
                    raise RuntimeError("foreign_key_check found orphans after migrating")
        except Exception as exc:
            log.exception("registry %s: migration from schema %d failed", self._where, version)
            known = _registry_error(exc, self._where) if isinstance(exc, sqlite3.Error) else None
            if known is not None and known.kind != "error":
                raise known from exc  # disk full, read-only...: say that, it is what to fix
            raise RegistryError(
                QCoreApplication.translate(
                    "Registry",
                    "Updating the registry to this version of epewall failed; the file was left "
                    "as it was. Keep the file and report the problem. (Registry file: {path})",
                ).format(path=self._where),
                "migration_failed",
            ) from exc
        finally:
            self._db.execute("PRAGMA foreign_keys = ON")

    def _backup(self, version: int) -> None:
        assert self._path is not None and self._conn is not None
        target = self._path.with_name(f"{self._path.name}.schema{version}.bak")
        with contextlib.closing(sqlite3.connect(str(target))) as copy:
            self._conn.backup(copy)
        log.info("registry %s: backed up schema %d to %s", self._where, version, target)

    # -- EPEs --

    def validate_epe(self, epe: Epe) -> list[ValidationError]:
        """Every problem with ``epe`` (fields, and name or tax ID used by another EPE)."""
        problems = validate_epe_fields(epe)
        fields = {p.field for p in problems}
        with self._guard():
            if "tax_id" not in fields:
                other = self._db.execute(
                    "SELECT id FROM epes WHERE tax_id = ? AND id IS NOT ?",
                    [normalise_tax_id(epe.tax_id), epe.id],
                ).fetchone()
                if other:
                    problems.append(_duplicate_tax_id())
            if "name" not in fields:
                other = self._db.execute(
                    "SELECT id FROM epes WHERE name_key = ? AND id IS NOT ?",
                    [name_key(epe.name), epe.id],
                ).fetchone()
                if other:
                    problems.append(_duplicate_name())
        return problems

    def add_epe(self, epe: Epe) -> Epe:
        """Store a new EPE; returns it with id, uid and timestamps. Raises the first problem."""
        with self._lock:
            problems = self.validate_epe(epe)
            if problems:
                raise problems[0]
            now = _now()
            row = _epe_row(epe) | {"uid": uuid.uuid4().hex, "created_at": now, "updated_at": now}
            with self.transaction():
                new_id = self._table("epes").insert(row).last_pk
            log.info("registry: added EPE %s", new_id)
            return self.get_epe(int(cast(int, new_id)))

    def update_epe(self, epe: Epe) -> Epe:
        """Save an EPE's fields (its uid and created_at stay). Raises the first problem."""
        if epe.id is None:
            raise ValueError("update_epe() needs an EPE read from the registry (id is None)")
        with self._lock:
            self.get_epe(epe.id)
            problems = self.validate_epe(epe)
            if problems:
                raise problems[0]
            with self.transaction():
                self._table("epes").update(epe.id, _epe_row(epe) | {"updated_at": _now()})
            return self.get_epe(epe.id)

    def delete_epe(self, epe_id: int) -> None:
        with self.transaction():
            try:
                self._table("epes").delete(epe_id)
            except NotFoundError:
                raise KeyError(epe_id) from None
        log.info("registry: deleted EPE %s and its cameras", epe_id)

    def get_epe(self, epe_id: int) -> Epe:
        with self._guard():
            try:
                return _epe_from_row(self._table("epes").get(epe_id))
            except NotFoundError:
                raise KeyError(epe_id) from None

    def find_epe(self, name_or_tax_id: str) -> Epe | None:
        """The EPE with exactly this name (any case) or this tax ID, or None."""
        text = name_or_tax_id.strip()
        if not text:
            return None
        with self._guard():
            row = self._db.execute(
                "SELECT id FROM epes WHERE name_key = ?", [name_key(text)]
            ).fetchone()
            if row is None:
                try:
                    tax_id = normalise_tax_id(text)
                except ValidationError:
                    return None
                row = self._db.execute(
                    "SELECT id FROM epes WHERE tax_id = ?", [tax_id]
                ).fetchone()
            return self.get_epe(row[0]) if row else None

    def list_epes(self) -> list[Epe]:
        """All EPEs in Vietnamese alphabetical order of their names."""
        with self._guard():
            epes = [_epe_from_row(row) for row in self._table("epes").rows]
        return sorted_by_name(epes, lambda e: e.name)

    # -- cameras --

    def validate_camera(self, camera: Camera) -> list[ValidationError]:
        """Every problem with ``camera`` (fields, its EPE, number already used in that EPE)."""
        problems = validate_camera_fields(camera)
        with self._guard():
            exists = self._db.execute(
                "SELECT 1 FROM epes WHERE id = ?", [camera.epe_id]
            ).fetchone()
            if not exists:
                problems.append(_missing_epe())
            elif "diagram_number" not in {p.field for p in problems}:
                other = self._db.execute(
                    "SELECT id FROM cameras WHERE epe_id = ? AND diagram_number = ? "
                    "AND id IS NOT ?",
                    [camera.epe_id, camera.diagram_number, camera.id],
                ).fetchone()
                if other:
                    problems.append(_duplicate_diagram_number())
        return problems

    def add_camera(self, camera: Camera) -> Camera:
        """Store a new camera; returns it with id and timestamps. Raises the first problem."""
        with self._lock:
            problems = self.validate_camera(camera)
            if problems:
                raise problems[0]
            now = _now()
            with self.transaction():
                new_id = self._table("cameras").insert(
                    _camera_row(camera) | {"created_at": now, "updated_at": now}
                ).last_pk
            return self.get_camera(int(cast(int, new_id)))

    def update_camera(self, camera: Camera) -> Camera:
        """Save a camera's fields (it may move to another EPE). Raises the first problem."""
        if camera.id is None:
            raise ValueError("update_camera() needs a camera read from the registry (id is None)")
        with self._lock:
            self.get_camera(camera.id)
            problems = self.validate_camera(camera)
            if problems:
                raise problems[0]
            with self.transaction():
                self._table("cameras").update(
                    camera.id, _camera_row(camera) | {"updated_at": _now()}
                )
            return self.get_camera(camera.id)

    def delete_camera(self, camera_id: int) -> None:
        with self.transaction():
            try:
                self._table("cameras").delete(camera_id)
            except NotFoundError:
                raise KeyError(camera_id) from None

    def get_camera(self, camera_id: int) -> Camera:
        with self._guard():
            try:
                return _camera_from_row(self._table("cameras").get(camera_id))
            except NotFoundError:
                raise KeyError(camera_id) from None

    def list_cameras(self, epe_id: int | None = None) -> list[Camera]:
        """Cameras (of one EPE, or all), by EPE name and then diagram number."""
        with self._guard():
            sql = "SELECT c.*, e.name AS epe_name FROM cameras c JOIN epes e ON e.id = c.epe_id"
            args: list[Any] = []
            if epe_id is not None:
                sql += " WHERE c.epe_id = ?"
                args.append(epe_id)
            rows = list(self._db.query(sql + " ORDER BY c.diagram_number", args))
        # sorted() is stable, so diagram order survives within each EPE.
        rows = sorted_by_name(rows, lambda r: str(r["epe_name"]))
        return [_camera_from_row(row) for row in rows]
