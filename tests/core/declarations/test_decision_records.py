"""The check log's reconciliation records: what a decision must carry (an override its reason),
and the projection that reads the decisions in force back from the log."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.declarations import decision_records
from app.rotation.ledger import Ledger, LedgerError, RecordKind
from app.sites.registry import Registry


def decision(**changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "action": "decide",
        "epe_tax_id": "3601234569",
        "epe_name": "Sao Việt",
        "day": "2026-12-02",
        "key": "declaration:106100000002:container:MSKU9070323",
        "status": "possible_misread",
        "verdict": "overridden",
        "reason": "OCR read 3 as 8",
        "officer": {"code": "CB01", "name": "Nguyễn Thị Hoa"},
        "finding": {
            "kind": "container",
            "declared": "MSKU9070323",
            "seen": "MSKU9070328",
            "document_kind": "declaration",
            "document_number": "106100000002",
            "at": "2026-12-02T07:05:03.000Z",
            "camera": 1,
            "sha256": "ab" * 32,
        },
    }
    payload.update(changes)
    return payload


@pytest.mark.parametrize(
    "changes",
    [
        {"verdict": "overridden", "reason": "  "},  # an override says why
        {"verdict": "maybe"},
        {"status": "fine"},
        {"day": "02/12/2026"},
        {"officer": {"code": "", "name": "x"}},
        {"key": ""},
        {"action": "erase"},
    ],
)
def test_an_incomplete_decision_is_refused_by_the_log(
    registry: Registry, changes: dict[str, Any]
) -> None:
    with pytest.raises(LedgerError, match="reconciliation decision record"):
        Ledger(registry).append(RecordKind.RECONCILIATION, decision(**changes))
    assert Ledger(registry).records(RecordKind.RECONCILIATION) == []


def test_the_newest_decision_of_a_row_is_in_force_and_the_log_stays_verified(
    registry: Registry,
) -> None:
    ledger = Ledger(registry)
    ledger.append(RecordKind.RECONCILIATION, decision(verdict="confirmed", reason=""))
    ledger.append(RecordKind.RECONCILIATION, decision())
    ledger.append(
        RecordKind.RECONCILIATION,
        {
            "action": "finish",
            "epe_tax_id": "3601234569",
            "epe_name": "Sao Việt",
            "day": "2026-12-02",
            "officer": {"code": "CB01", "name": "Nguyễn Thị Hoa"},
            "check_id": "c" * 32,
            "counts": {"rows": 6, "discrepancies": 2},
        },
    )
    records = ledger.records(RecordKind.RECONCILIATION)
    decisions, finished = decision_records.project(
        (r.record_id, r.created_at, r.payload) for r in records
    )
    (only,) = decisions.values()
    assert (only.verdict, only.reason, only.officer_code) == (
        "overridden",
        "OCR read 3 as 8",
        "CB01",
    )
    assert only.record_id == records[1].record_id
    assert finished is not None and finished.counts == {"rows": 6, "discrepancies": 2}
    assert isinstance(finished.finished_at, dt.datetime)
    assert ledger.verify().ok
