"""The ledger records of a case (Decision 247 II.2.3) and the ``cases`` table derived from them.

Qt-free and ledger-free on purpose, as ``app/interruptions/records.py``: ``app/rotation/ledger.py``
imports this module to check a record before it is appended, to keep the ``cases`` table up to
date, and to rebuild and compare that table when the log is verified; ``app/cases/book.py``
writes the records. Nothing of a case is edited in place: each step is a new record.

- ``case``: an officer opens a case about one EPE (its record ID is the case's ID), with the
  facts as the officer states them and where the case came from.
- ``case_item``: evidence or a note added to a case (names ``case_id``): a reconciliation row,
  a check, an interruption, a snapshot file or an evidence export (with their SHA-256), a note.
- ``case_submitted``: the case is sent to the head of unit with the officer's proposal.
- ``case_decided``: a team lead closes the case with a decision and its reason.

The state is a function of the records alone: draft, submitted once a ``case_submitted`` is
there, closed once a ``case_decided`` is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

OPENED = "case"
ITEM = "case_item"
SUBMITTED = "case_submitted"
DECIDED = "case_decided"
KINDS = (OPENED, ITEM, SUBMITTED, DECIDED)
FORMAT = "epewall-case"

DRAFT = "draft"
SUBMITTED_STATE = "submitted"
CLOSED = "closed"
STATES = (DRAFT, SUBMITTED_STATE, CLOSED)

ITEM_KINDS = ("reconciliation", "check", "interruption", "snapshot", "evidence_export", "note")
ORIGINS = ("reconciliation", "check", "interruption", "other")
# What the head of unit decides (the case report names it in words).
DECISIONS = ("verify", "refer", "no_violation")

TEXT_MAX = 8000
HEX = frozenset("0123456789abcdef")

CASE_COLUMNS = (
    "record_id",
    "epe_tax_id",
    "epe_name",
    "state",
    "opened_by",
    "opened_by_name",
    "opened_at",
    "submitted_at",
    "decided_by",
    "decided_at",
    "decision",
    "items",
    "updated_at",
    "workstation",
)


class RecordError(ValueError):
    """A case record lacks what it must have (the ledger turns it into LedgerError)."""


def _text(value: Any, *, empty: bool = True, limit: int = TEXT_MAX) -> str:
    if not isinstance(value, str) or (not empty and not value.strip()) or len(value) > limit:
        raise RecordError("text expected")
    return value


def _moment(value: Any) -> str:
    moment = dt.datetime.fromisoformat(_text(value, empty=False, limit=64))
    if moment.tzinfo is None:
        raise RecordError("a zone is required")
    return str(value)


def _officer(payload: Mapping[str, Any]) -> str:
    officer = payload.get("officer")
    if not isinstance(officer, dict):
        raise RecordError("officer expected")
    _text(officer.get("name", ""), limit=200)
    return _text(officer.get("code"), empty=False, limit=64)


def _sha256(value: Any) -> str:
    text = _text(value, empty=False, limit=64)
    if len(text) != 64 or not set(text) <= HEX:
        raise RecordError("a SHA-256 in hex expected")
    return text


def validate_item(item: Any) -> None:
    """Raise RecordError unless ``item`` is an evidence item or note a case can hold."""
    if not isinstance(item, dict) or item.get("kind") not in ITEM_KINDS:
        raise RecordError("not a case item")
    kind = item["kind"]
    _text(item.get("text", ""))
    if kind == "note":
        _text(item.get("text"), empty=False)
    elif kind == "snapshot":
        _text(item.get("name"), empty=False, limit=1000)
        _sha256(item.get("sha256"))
    elif kind == "evidence_export":
        _text(item.get("folder"), empty=False, limit=4000)
        _sha256(item.get("manifest_sha256"))
    elif kind == "reconciliation":
        _text(item.get("status"), empty=False, limit=64)
        _text(item.get("code", ""), limit=64)
        if item.get("crop_sha256"):
            _sha256(item["crop_sha256"])
    elif kind == "check":
        _text(item.get("check_id"), empty=False, limit=64)
    elif kind == "interruption":
        _text(item.get("interruption_id"), empty=False, limit=64)
    if item.get("at"):
        _moment(item["at"])
    cameras = item.get("cameras", [])
    if not isinstance(cameras, list) or not all(isinstance(c, int) for c in cameras):
        raise RecordError("camera numbers expected")


def validate(kind: str, payload: Mapping[str, Any]) -> None:
    """Raise RecordError unless ``payload`` is a complete record of ``kind``."""
    try:
        _officer(payload)
        _moment(payload["at"])
        if kind == OPENED:
            if payload.get("format") != FORMAT:
                raise RecordError("not a case")
            epe = payload["epe"]
            if not isinstance(epe, dict):
                raise RecordError("EPE expected")
            _text(epe.get("tax_id"), empty=False, limit=64)
            _text(epe.get("name"), empty=False, limit=500)
            _text(epe.get("address", ""), limit=1000)
            if payload.get("origin") not in ORIGINS:
                raise RecordError("unknown origin")
            _text(payload["facts"], empty=False)
            items = payload.get("items", [])
            if not isinstance(items, list):
                raise RecordError("items expected")
            for item in items:
                validate_item(item)
        elif kind == ITEM:
            _text(payload["case_id"], empty=False, limit=64)
            validate_item(payload["item"])
        elif kind == SUBMITTED:
            _text(payload["case_id"], empty=False, limit=64)
            _text(payload["proposal"], empty=False)
        elif kind == DECIDED:
            _text(payload["case_id"], empty=False, limit=64)
            if payload.get("decision") not in DECISIONS:
                raise RecordError("unknown decision")
            _text(payload["reason"], empty=False)
        else:
            raise RecordError(f"not a case record: {kind}")
    except (KeyError, TypeError, ValueError) as exc:
        raise RecordError(str(exc)) from exc


def case_row(
    record_id: str,
    workstation: str,
    opened: Mapping[str, Any],
    events: Iterable[tuple[str, Mapping[str, Any]]],
) -> dict[str, Any]:
    """The ``cases`` row of a case from its opening and its later records (``(kind, payload)``
    in chain order)."""
    officer = opened["officer"]
    row: dict[str, Any] = {
        "record_id": record_id,
        "epe_tax_id": str(opened["epe"]["tax_id"]),
        "epe_name": str(opened["epe"]["name"]),
        "state": DRAFT,
        "opened_by": str(officer["code"]),
        "opened_by_name": str(officer.get("name", "")),
        "opened_at": str(opened["at"]),
        "submitted_at": None,
        "decided_by": None,
        "decided_at": None,
        "decision": None,
        "items": len(opened.get("items", [])),
        "updated_at": str(opened["at"]),
        "workstation": workstation,
    }
    for kind, payload in events:
        at = str(payload["at"])
        row["updated_at"] = max(row["updated_at"], at)
        if kind == ITEM:
            row["items"] += 1
        elif kind == SUBMITTED and row["submitted_at"] is None:
            row["submitted_at"] = at
            if row["state"] == DRAFT:
                row["state"] = SUBMITTED_STATE
        elif kind == DECIDED and row["decided_at"] is None:
            row["state"] = CLOSED
            row["decided_by"] = str(payload["officer"]["code"])
            row["decided_at"] = at
            row["decision"] = str(payload["decision"])
    return row


class Projection:
    """The ``cases`` table rebuilt from records in chain order (what ``verify`` compares)."""

    def __init__(self) -> None:
        self.opened: dict[str, tuple[str, dict[str, Any]]] = {}
        self.events: dict[str, list[tuple[str, dict[str, Any]]]] = {}

    def add(self, kind: str, record_id: str, workstation: str, payload: Mapping[str, Any]) -> None:
        """Raises RecordError when the record is damaged."""
        validate(kind, payload)
        if kind == OPENED:
            self.opened[record_id] = (workstation, dict(payload))
        else:
            self.events.setdefault(str(payload["case_id"]), []).append((kind, dict(payload)))

    def rows(self) -> dict[str, dict[str, Any]]:
        return {
            record_id: case_row(record_id, workstation, payload, self.events.get(record_id, []))
            for record_id, (workstation, payload) in self.opened.items()
        }
