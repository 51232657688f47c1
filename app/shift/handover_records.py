"""The handover's ledger records (Decision 1572 3.3: a note at the end of each shift).

Qt-free and ledger-free on purpose, as ``app/interruptions/records.py``: ``app/rotation/ledger.py``
imports this module to check a record before it is appended and when the log is verified;
``app/shift/handover.py`` writes the records. There is no derived table: handovers are few (a
handful a day) and are read from the ledger by kind.

- ``handover``: the note an officer signs at the end of a shift. Its record ID is the handover's
  ID; the record's workstation is the one the shift was on.
- ``handover_ack``: the next officer on that workstation has read it (names ``handover_id``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

HANDOVER = "handover"
ACKNOWLEDGED = "handover_ack"
KINDS = (HANDOVER, ACKNOWLEDGED)
FORMAT = "epewall-handover"
TEXT_MAX = 8000


class RecordError(ValueError):
    """A handover record lacks what it must have (the ledger turns it into LedgerError)."""


def _text(value: Any, *, empty: bool = True, limit: int = TEXT_MAX) -> str:
    if not isinstance(value, str) or (not empty and not value.strip()) or len(value) > limit:
        raise RecordError("text expected")
    return value


def _moment(value: Any) -> dt.datetime:
    moment = dt.datetime.fromisoformat(_text(value, empty=False, limit=64))
    if moment.tzinfo is None:
        raise RecordError("a zone is required")
    return moment


def _officer(payload: Mapping[str, Any]) -> str:
    officer = payload.get("officer")
    if not isinstance(officer, dict):
        raise RecordError("officer expected")
    _text(officer.get("name", ""), limit=200)
    return _text(officer.get("code"), empty=False, limit=64)


def validate(kind: str, payload: Mapping[str, Any]) -> None:
    """Raise RecordError unless ``payload`` is a complete record of ``kind``."""
    try:
        _officer(payload)
        if kind == HANDOVER:
            if payload.get("format") != FORMAT:
                raise RecordError("not a handover")
            started = _moment(payload["shift_started_at"])
            ended = _moment(payload["ended_at"])
            if ended < started:
                raise RecordError("the shift ends before it starts")
            _text(payload["text"])
            if not isinstance(payload["sections"], dict):
                raise RecordError("sections expected")
        elif kind == ACKNOWLEDGED:
            _text(payload["handover_id"], empty=False, limit=64)
            _moment(payload["at"])
        else:
            raise RecordError(f"not a handover record: {kind}")
    except (KeyError, TypeError, ValueError) as exc:
        raise RecordError(str(exc)) from exc
