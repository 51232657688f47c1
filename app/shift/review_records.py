"""The ``shift_review`` record of the check log: an item of the start-of-shift review marked
reviewed (with a finding, or none) by an officer.

Qt-free and ledger-free: ``app/rotation/ledger.py`` imports this module to check a record before
it is appended; ``app/shift/review.py`` writes and reads the records. No derived table: the marks
are read from the ledger itself (by ``item_key``), so a verified log is all there is to trust.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.timekeeping import parse_utc

KIND = "shift_review"
ITEM_KINDS = ("recorder_event", "outage", "return", "warning", "handover", "unsearched")
KEY_MAX = 300
FINDING_MAX = 2000


class RecordError(ValueError):
    """A review record lacks what it must have (the ledger turns it into LedgerError)."""


def validate(payload: Mapping[str, Any]) -> None:
    key = payload.get("item_key")
    if not isinstance(key, str) or not key or len(key) > KEY_MAX:
        raise RecordError("item_key")
    if payload.get("item_kind") not in ITEM_KINDS:
        raise RecordError("item_kind")
    for name in ("officer", "epe_name", "epe_tax_id", "text"):
        if not isinstance(payload.get(name), str):
            raise RecordError(name)
    if not payload["officer"].strip():
        raise RecordError("officer")
    finding = payload.get("finding")
    if not isinstance(finding, str) or len(finding) > FINDING_MAX:
        raise RecordError("finding")
    camera = payload.get("camera")
    if camera is not None and (not isinstance(camera, int) or isinstance(camera, bool)):
        raise RecordError("camera")
    at = payload.get("at")
    if not isinstance(at, str):
        raise RecordError("at")
    parse_utc(at)
