"""The interruption register's ledger records and the tables derived from them.

Qt-free and ledger-free on purpose: ``app/rotation/ledger.py`` imports this module to check a
record before it is appended, to keep the derived tables up to date, and to rebuild them when the
log is verified; the register (``app/interruptions/register.py``) writes the records.

Three record kinds join the check log's chain:

- ``interruption``: an interruption opened (by the monitor or from an EPE's Appendix II
  notification). Its record ID is the interruption's ID. The legal deadline is computed when it is
  opened and stored in the record: it never changes, even if the holiday calendar does later.
- ``interruption_update``: an amendment of an interruption, never an edit: a follow-up note, an
  extension (the EPE's written reason and new expected date), the closing note, or an attached
  manual vehicle/container log (its SHA-256). It names the interruption by ``interruption_id``.
- ``logbook``: an officer's camera logbook entry (power failure, repair, maintenance, other).

The derived tables (``interruptions``, ``interruption_events``, ``logbook_entries``) are what
queries read; every row is a function of the records alone, whatever order they arrived in (an
update imported before its interruption waits for it), so verification can rebuild and compare
them as it does for ``checks``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from app.timekeeping import local_day, parse_utc, to_utc_iso

OPENED = "interruption"
UPDATED = "interruption_update"
LOGBOOK = "logbook"
KINDS = (OPENED, UPDATED, LOGBOOK)

# The amendments an ``interruption_update`` record may carry.
FOLLOW_UP = "follow_up"
EXTEND = "extend"
CLOSE = "close"
ATTACH = "attach"
UPDATE_ACTIONS = (FOLLOW_UP, EXTEND, CLOSE, ATTACH)
# The updates that are a dated status note of the officer (what "followed up today" counts).
NOTE_ACTIONS = (FOLLOW_UP, EXTEND, CLOSE)

INTERRUPTION_KINDS = ("equipment", "transmission")
SOURCES = ("monitor", "notification")
LOGBOOK_KINDS = ("power_failure", "repair", "maintenance", "other")

INTERRUPTION_COLUMNS = (
    "record_id",
    "epe_tax_id",
    "epe_name",
    "cameras",
    "gate",
    "kind",
    "source",
    "started_at",
    "start_day",
    "due",
    "extended_to",
    "status",
    "closed_at",
    "close_day",
    "last_follow_up",
    "follow_ups",
    "officer_code",
    "workstation",
)
EVENT_COLUMNS = (
    "record_id",
    "interruption_id",
    "action",
    "at",
    "local_day",
    "officer_code",
    "note",
    "new_date",
)
LOGBOOK_COLUMNS = (
    "record_id",
    "epe_tax_id",
    "epe_name",
    "camera",
    "position",
    "entry_kind",
    "at",
    "local_day",
    "interruption_id",
    "officer_code",
    "note",
)


class RecordError(ValueError):
    """A record of the register lacks what it must have (the ledger turns it into LedgerError)."""


def _text(value: Any, *, empty: bool = True) -> str:
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise RecordError("text expected")
    return value


def _moment(value: Any) -> str:
    return to_utc_iso(parse_utc(_text(value, empty=False)))


def _date(value: Any) -> str:
    return dt.date.fromisoformat(_text(value, empty=False)).isoformat()


def _cameras(value: Any) -> list[int]:
    if not isinstance(value, list) or not value:
        raise RecordError("camera numbers expected")
    numbers = []
    for number in value:
        if not isinstance(number, int) or isinstance(number, bool) or number < 1:
            raise RecordError("camera number expected")
        numbers.append(number)
    return sorted(set(numbers))


def _officer(payload: Mapping[str, Any]) -> str:
    officer = payload.get("officer")
    if not isinstance(officer, dict):
        raise RecordError("officer expected")
    _text(officer.get("name", ""))
    return _text(officer.get("code"))


def validate(kind: str, payload: Mapping[str, Any]) -> None:
    """Raise RecordError unless ``payload`` is a complete record of ``kind``."""
    try:
        if kind == OPENED:
            opened_row("-", "-", payload)
        elif kind == UPDATED:
            event_row("-", payload)
        elif kind == LOGBOOK:
            logbook_row("-", payload)
        else:
            raise RecordError(f"not a register record: {kind}")
    except (KeyError, TypeError, ValueError) as exc:
        raise RecordError(str(exc)) from exc


def opened_row(record_id: str, workstation: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """The ``interruptions`` row of an opening record, before any update."""
    epe = payload["epe"]
    if not isinstance(epe, dict):
        raise RecordError("EPE expected")
    kind = _text(payload["kind"])
    source = _text(payload["source"])
    if kind not in INTERRUPTION_KINDS or source not in SOURCES:
        raise RecordError("unknown kind or source")
    cameras = _cameras(payload["cameras"])
    gate = _cameras(payload["gate_cameras"]) if payload.get("gate_cameras") else []
    form = payload.get("form", {})
    if not isinstance(form, dict) or not all(isinstance(v, str) for v in form.values()):
        raise RecordError("form expected")
    started = _moment(payload["started_at"])
    _moment(payload["opened_at"])
    return {
        "record_id": record_id,
        "epe_tax_id": _text(epe["tax_id"], empty=False),
        "epe_name": _text(epe["name"], empty=False),
        "cameras": ",".join(str(n) for n in cameras),
        "gate": int(bool(gate)),
        "kind": kind,
        "source": source,
        "started_at": started,
        "start_day": local_day(parse_utc(started)).isoformat(),
        "due": _date(payload["due"]),
        "extended_to": None,
        "status": "open",
        "closed_at": None,
        "close_day": None,
        "last_follow_up": None,
        "follow_ups": 0,
        "officer_code": _officer(payload),
        "workstation": workstation,
    }


def event_row(record_id: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """The ``interruption_events`` row of an update record."""
    action = _text(payload["action"])
    if action not in UPDATE_ACTIONS:
        raise RecordError("unknown update")
    at = _moment(payload["at"])
    note = _text(payload.get("note", ""))
    if action in NOTE_ACTIONS and not note.strip():
        raise RecordError("a note is required")
    new_date = _date(payload["new_date"]) if action == EXTEND else None
    if action == ATTACH:
        attachment = payload["attachment"]
        if not isinstance(attachment, dict):
            raise RecordError("attachment expected")
        _text(attachment["name"], empty=False)
        digest = _text(attachment["sha256"], empty=False)
        if len(digest) != 64 or not isinstance(attachment["size"], int):
            raise RecordError("attachment digest expected")
    return {
        "record_id": record_id,
        "interruption_id": _text(payload["interruption_id"], empty=False),
        "action": action,
        "at": at,
        "local_day": local_day(parse_utc(at)).isoformat(),
        "officer_code": _officer(payload),
        "note": note,
        "new_date": new_date,
    }


def logbook_row(record_id: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """The ``logbook_entries`` row of a logbook record."""
    epe = payload["epe"]
    if not isinstance(epe, dict):
        raise RecordError("EPE expected")
    entry_kind = _text(payload["entry_kind"])
    if entry_kind not in LOGBOOK_KINDS:
        raise RecordError("unknown logbook entry")
    camera = payload.get("camera")
    if camera is not None and (not isinstance(camera, int) or isinstance(camera, bool)):
        raise RecordError("camera number expected")
    link = payload.get("interruption_id")
    if link is not None:
        _text(link, empty=False)
    at = _moment(payload["at"])
    return {
        "record_id": record_id,
        "epe_tax_id": _text(epe["tax_id"], empty=False),
        "epe_name": _text(epe["name"], empty=False),
        "camera": camera,
        "position": _text(payload.get("position", "")),
        "entry_kind": entry_kind,
        "at": at,
        "local_day": local_day(parse_utc(at)).isoformat(),
        "interruption_id": link,
        "officer_code": _officer(payload),
        "note": _text(payload["note"], empty=False),
    }


def interruption_row(
    record_id: str,
    workstation: str,
    payload: Mapping[str, Any],
    events: Iterable[Mapping[str, Any]],
) -> dict[str, Any]:
    """The ``interruptions`` row after its update rows ``events`` (in any order: the result
    depends only on their content, so two workstations that imported each other agree)."""
    row = opened_row(record_id, workstation, payload)
    extensions: list[tuple[str, str, str]] = []
    closes: list[str] = []
    notes: list[str] = []
    for event in events:
        action = event["action"]
        if action in NOTE_ACTIONS:
            notes.append(str(event["local_day"]))
        if action == FOLLOW_UP:
            row["follow_ups"] += 1
        elif action == EXTEND:
            extensions.append((str(event["at"]), str(event["record_id"]), str(event["new_date"])))
        elif action == CLOSE:
            closes.append(str(event["at"]))
    if extensions:
        row["extended_to"] = max(extensions)[2]
    if closes:
        row["status"] = "closed"
        row["closed_at"] = min(closes)
        row["close_day"] = local_day(parse_utc(row["closed_at"])).isoformat()
    if notes:
        row["last_follow_up"] = max(notes)
    return row


class Projection:
    """The derived tables rebuilt from records in chain order (what ``verify`` compares)."""

    def __init__(self) -> None:
        self.opened: dict[str, tuple[str, dict[str, Any]]] = {}
        self.events: dict[str, dict[str, Any]] = {}
        self.logbook: dict[str, dict[str, Any]] = {}

    def add(self, kind: str, record_id: str, workstation: str, payload: Mapping[str, Any]) -> None:
        """Raises RecordError when the record is damaged."""
        validate(kind, payload)
        if kind == OPENED:
            self.opened[record_id] = (workstation, dict(payload))
        elif kind == UPDATED:
            self.events[record_id] = event_row(record_id, payload)
        else:
            self.logbook[record_id] = logbook_row(record_id, payload)

    def interruptions(self) -> dict[str, dict[str, Any]]:
        by_target: dict[str, list[dict[str, Any]]] = {}
        for event in self.events.values():
            by_target.setdefault(event["interruption_id"], []).append(event)
        return {
            record_id: interruption_row(
                record_id, workstation, payload, by_target.get(record_id, [])
            )
            for record_id, (workstation, payload) in self.opened.items()
        }
