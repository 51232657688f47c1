"""The ``reconciliation`` record of the check log: an officer's decision on one row of a day's
reconciliation (confirmed as the machine said it, or overridden with a reason), and the end of an
EPE-day's review (which also writes a check of the EPE, counted in its month's coverage).

Qt-free and ledger-free: ``app/rotation/ledger.py`` imports this module to check a record before
it is appended; ``app/declarations/review.py`` writes the records and reads them back. The
projection is ``project``: the newest decision per row wins, read from the ledger itself (no
derived table), so a verified log is all there is to trust.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.timekeeping import parse_utc

KIND = "reconciliation"
DECIDE = "decide"
FINISH = "finish"
CONFIRMED = "confirmed"
OVERRIDDEN = "overridden"
VERDICTS = (CONFIRMED, OVERRIDDEN)
STATUSES = (
    "seen",
    "outside_window",
    "possible_misread",
    "different",
    "not_seen",
    "undeclared",
    "misread",
)
KEY_MAX = 300
REASON_MAX = 2000


class RecordError(ValueError):
    """A reconciliation record lacks what it must have (the ledger turns it into LedgerError)."""


@dataclass(frozen=True)
class Decision:
    """The officer's word on one row, as the log keeps it."""

    key: str
    status: str  # the row's status when it was decided
    verdict: str  # CONFIRMED or OVERRIDDEN
    reason: str
    officer_code: str
    officer_name: str
    decided_at: dt.datetime
    record_id: str = ""


@dataclass(frozen=True)
class Finished:
    """The end of an EPE-day's review, and the check it wrote."""

    officer_code: str
    officer_name: str
    finished_at: dt.datetime
    check_id: str
    counts: dict[str, int]


def _text(payload: Mapping[str, Any], name: str, limit: int = KEY_MAX) -> str:
    value = payload.get(name)
    if not isinstance(value, str) or len(value) > limit:
        raise RecordError(name)
    return value


def validate(payload: Mapping[str, Any]) -> None:
    action = payload.get("action")
    if action not in (DECIDE, FINISH):
        raise RecordError("action")
    if not _text(payload, "epe_tax_id").strip():
        raise RecordError("epe_tax_id")
    _text(payload, "epe_name")
    try:
        dt.date.fromisoformat(_text(payload, "day"))
    except ValueError as exc:
        raise RecordError("day") from exc
    officer = payload.get("officer")
    if (
        not isinstance(officer, Mapping)
        or not isinstance(officer.get("code"), str)
        or not officer["code"].strip()
        or not isinstance(officer.get("name"), str)
    ):
        raise RecordError("officer")
    if action == FINISH:
        if not _text(payload, "check_id"):
            raise RecordError("check_id")
        counts = payload.get("counts")
        if not isinstance(counts, Mapping) or not all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
            for k, v in counts.items()
        ):
            raise RecordError("counts")
        return
    if not _text(payload, "key"):
        raise RecordError("key")
    if payload.get("status") not in STATUSES:
        raise RecordError("status")
    verdict = payload.get("verdict")
    if verdict not in VERDICTS:
        raise RecordError("verdict")
    reason = _text(payload, "reason", REASON_MAX)
    if verdict == OVERRIDDEN and not reason.strip():
        raise RecordError("reason")
    finding = payload.get("finding")
    if not isinstance(finding, Mapping):
        raise RecordError("finding")
    for name in ("kind", "declared", "seen", "document_kind", "document_number", "sha256"):
        _text(finding, name)
    camera = finding.get("camera")
    if camera is not None and (not isinstance(camera, int) or isinstance(camera, bool)):
        raise RecordError("camera")
    at = finding.get("at")
    if at is not None:
        if not isinstance(at, str):
            raise RecordError("at")
        parse_utc(at)


def project(
    records: Iterable[tuple[str, str, Mapping[str, Any]]],
) -> tuple[dict[str, Decision], Finished | None]:
    """The decisions in force (newest per row) and the newest end of the review, from the
    records ``(record_id, created_at, payload)`` of one EPE-day in chain order."""
    decisions: dict[str, Decision] = {}
    finished: Finished | None = None
    for record_id, created_at, payload in records:
        officer = payload["officer"]
        if payload["action"] == FINISH:
            finished = Finished(
                str(officer["code"]),
                str(officer["name"]),
                parse_utc(created_at),
                str(payload["check_id"]),
                {str(k): int(v) for k, v in payload["counts"].items()},
            )
            continue
        key = str(payload["key"])
        decisions[key] = Decision(
            key,
            str(payload["status"]),
            str(payload["verdict"]),
            str(payload["reason"]),
            str(officer["code"]),
            str(officer["name"]),
            parse_utc(created_at),
            record_id,
        )
    return decisions, finished
