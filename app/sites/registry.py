"""The site registry: EPEs and their numbered cameras, in SQLite through sqlite-utils.

``Registry`` is the handle on the registry file (``app/storage/database.py``, which owns the
schema and migrations with ``app/storage/migrations.py``) plus the EPE and camera rules here.
Every write runs in one transaction and a failure surfaces as a ``RegistryError`` with a
translated message. No password is ever stored here: the EPE's account user is, its password
lives in the OS keyring (``app/secrets.py``).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import re
import sqlite3
import unicodedata
import urllib.parse
import uuid
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Qt
from sqlite_utils.db import NotFoundError, Table

from app.devices.onvif_client import parse_address
from app.domain import (
    Camera,
    CameraPosition,
    ConnectionMethod,
    Epe,
    RiskLevel,
    ValidationError,
    normalise_tax_id,
)
from app.logs import AT_SIGNS, carries_credential
from app.storage.database import Database
from app.timekeeping import to_utc_iso, utc_now

log = logging.getLogger(__name__)

NAME_MAX = 200
TEXT_MAX = 2000
DIAGRAM_NUMBER_MAX = 9999
PHONE_DIGITS = (8, 15)


# --- small helpers ------------------------------------------------------------------------------


def _now() -> str:
    return to_utc_iso(utc_now())


def name_key(name: str) -> str:
    """What makes two EPE names "the same": case and spacing do not count, accents do."""
    return " ".join(
        unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold()).split()
    )


def _collator() -> QCollator:
    collator = QCollator(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


def sorted_by_name(items: list[Any], name: Callable[[Any], str]) -> list[Any]:
    # Vietnamese order (a ă â b … d đ …, tones after letters), as officers read a list.
    key = functools.cmp_to_key(_collator().compare)
    return sorted(items, key=lambda item: key(name(item)))


def url_has_credentials(url: str) -> bool:
    """True when a URL carries a user name or password: any at-sign (``@``, fullwidth ``＠``,
    small ``﹫``: a stream URL has no other use for one) or a secret parameter (``password=``,
    ``?pw=``, ``token=``…)."""
    return any(at in url for at in AT_SIGNS) or carries_credential(url)


def credential_problem(field: str, *, url: bool = False) -> ValidationError:
    """The refusal of a field that carries a credential; it repeats no part of the field."""
    if url:
        return ValidationError(
            field,
            QCoreApplication.translate(
                "Validation",
                "The stream URL must not contain a user name or password. Remove them from "
                "the URL and store the EPE's account in the keyring instead.",
            ),
        )
    return _credentials_in_text(field)


# --- validation (pure: no database) --------------------------------------------------------------


def normalise_device_address(
    text: str, field: str = "onvif_address", default_port: int = 80
) -> str:
    """A device's address as stored: "host:port" ("" stays ""). ``host``, ``host:port`` and an
    ``http://host:port/...`` URL are accepted; a user name or password is refused, never kept.

    Raises ValidationError(field) with a translated message.
    """
    raw = text.strip()
    if not raw:
        return ""
    if url_has_credentials(raw):
        raise ValidationError(
            field,
            QCoreApplication.translate(
                "Validation",
                "The device address must not contain a user name or password (user:pass@). "
                "Give only host:port; the EPE's account is kept in the keyring.",
            ),
        )
    scheme = raw.partition("://")[0].lower() if "://" in raw else ""
    problem = QCoreApplication.translate(
        "Validation",
        "Give the device as host or host:port, e.g. 192.168.1.64 or nvr.example.vn:8080.",
    )
    if scheme not in ("", "http", "https") or any(ch.isspace() for ch in raw):
        raise ValidationError(field, problem)
    try:
        host, port = parse_address(raw, default_port)
    except ValueError:
        raise ValidationError(field, problem) from None
    if "/" in host or len(host) > NAME_MAX:
        raise ValidationError(field, problem)
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


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
    if carries_credential(value):
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
            ValidationError(field, QCoreApplication.translate("Validation", "This must be a date."))
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
    if isinstance(epe.onvif_address, str):
        try:
            normalise_device_address(epe.onvif_address)
        except ValidationError as exc:
            problems.append(exc)
    else:
        _check_text(problems, "onvif_address", epe.onvif_address, NAME_MAX)
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
        problems.append(credential_problem(field, url=True))
        return
    invalid = ValidationError(
        field,
        QCoreApplication.translate(
            "Validation",
            "The stream URL needs a host name or IP address and, if given, a port number "
            "(e.g. rtsp://192.168.1.64:554/Streaming/Channels/101).",
        ),
    )
    try:
        parts = urllib.parse.urlsplit(url)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:  # rtsp://[::1/ (an unclosed IPv6 address), a port out of range, …
        problems.append(invalid)
        return
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
    if not parts.hostname or not port_ok or any(ch.isspace() for ch in url):
        problems.append(invalid)
    elif len(url) > TEXT_MAX:
        _check_text(problems, field, url, TEXT_MAX)


def validate_camera_fields(camera: Camera) -> list[ValidationError]:
    """Every problem of the camera's own fields, without looking at the database."""
    problems: list[ValidationError] = []
    number = camera.diagram_number
    if (
        isinstance(number, bool)
        or not isinstance(number, int)
        or not (1 <= number <= DIAGRAM_NUMBER_MAX)
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
        carries_credential(v) or re.search(r"pass|pwd", k, re.IGNORECASE) for k, v in extra.items()
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
        "onvif_address": normalise_device_address(epe.onvif_address),
        "allow_basic_auth": int(bool(epe.allow_basic_auth)),
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
        # Absent when a file of an older schema is read by code that fills it before migrating
        # (tests build such files); never absent after the migration.
        onvif_address=row.get("onvif_address") or "",
        allow_basic_auth=bool(row.get("allow_basic_auth") or 0),
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


# --- constraint errors -> messages for people -----------------------------------------------------


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
        QCoreApplication.translate("Validation", "This EPE already has a camera with this number."),
    )


def _missing_epe() -> ValidationError:
    return ValidationError(
        "epe_id",
        QCoreApplication.translate("Validation", "The camera's EPE is not in the registry."),
    )


# --- the registry -------------------------------------------------------------------------------


class Registry(Database):
    """EPEs and cameras in the registry file, on top of its handle (``Database``): every other
    domain (snapshots, walls, officers, the ledger...) keeps working with this same object."""

    def _integrity_error(self, exc: sqlite3.IntegrityError) -> Exception:
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
        return super()._integrity_error(exc)

    def _table(self, name: str) -> Table:
        return self._db.table(name)

    def _epe_columns(self, row: dict[str, Any]) -> dict[str, Any]:
        """``row`` without the columns a file of an earlier schema lacks (``allow_basic_auth``
        before its migration), so an earlier version's registry can still be written."""
        columns = self._table("epes").columns_dict
        return {key: value for key, value in row.items() if key in columns}

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
                new_id = self._table("epes").insert(self._epe_columns(row)).last_pk
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
                row = _epe_row(epe) | {"updated_at": _now()}
                self._table("epes").update(epe.id, self._epe_columns(row))
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
                row = self._db.execute("SELECT id FROM epes WHERE tax_id = ?", [tax_id]).fetchone()
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
            exists = self._db.execute("SELECT 1 FROM epes WHERE id = ?", [camera.epe_id]).fetchone()
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
                new_id = (
                    self._table("cameras")
                    .insert(_camera_row(camera) | {"created_at": now, "updated_at": now})
                    .last_pk
                )
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
