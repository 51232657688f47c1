"""The review's rows against the log: a decision holds for the status it was taken on; when a
new reading of the gate changes a row's status, the row needs the officer again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.declarations import decision_records
from app.declarations.importing import import_file
from app.declarations.reconcile import GateRead, ItemKind, Status
from app.declarations.review import ReviewBook
from app.declarations.store import add_reads
from app.domain import CameraPosition, ValidationError
from app.officers.profiles import PermissionDeniedError, Role
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.clock import Clock
from tests.helpers.sites import SiteBuilder

DAY = dt.date(2026, 12, 2)
FILE = (
    "kind,number,tax_id,direction,containers,plates,window_start,window_end\n"
    "declaration,106100000002,3601234569,out,MSKU 907032 3,,2026-12-02 13:30,2026-12-02 15:00\n"
)


def test_a_decision_holds_for_its_status_only(registry: Registry, tmp_path: Path) -> None:
    clock = Clock(dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC))
    sites = SiteBuilder(registry, clock)
    sites.add_lead()
    officer = sites.add_officer("CB01", "Nguyễn Thị Hoa")
    viewer = sites.add_officer("XEM1", "Lê Văn Xem", Role.VIEW_ONLY)
    epe, _ = sites.add_epe("Sao Việt", "3601234569", (1, CameraPosition.GATE))
    path = tmp_path / "customs.csv"
    path.write_text(FILE, encoding="utf-8")
    assert import_file(registry, path).imported
    book = ReviewBook(registry, clock)

    (row,) = book.load(epe.id or 0, DAY).rows
    assert row.status is Status.NOT_SEEN and row.needs_decision
    with pytest.raises(ValidationError, match="Say why you override"):
        book.decide(officer, row, decision_records.OVERRIDDEN, "  ")
    with pytest.raises(PermissionDeniedError):
        book.decide(viewer, row, decision_records.CONFIRMED, "")
    decided = book.decide(officer, row, decision_records.CONFIRMED, "no truck")
    assert not decided.needs_decision and decided.discrepancy

    # The gate is read later: the container passed with one digit misread.
    at = dt.datetime(2026, 12, 2, 14, 5, tzinfo=VIETNAM)
    add_reads(
        registry, epe.id or 0, [GateRead(ItemKind.CONTAINER, "MSKU9070328", at, 1, False)], "live"
    )
    (again,) = book.load(epe.id or 0, DAY).rows
    assert again.status is Status.POSSIBLE_MISREAD
    assert again.decision is not None and again.decided is None and again.needs_decision
    with pytest.raises(ValidationError, match="1 row"):
        book.finish(officer, book.load(epe.id or 0, DAY))
