"""The start-of-shift review: what the recorder logged off hours, what the health monitor saw go
down and come back, the warnings still open, for the EPEs of the officer and the risk list; the
marks as records of the check log."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from app.rotation.ledger import Ledger, LedgerError, RecordKind
from app.shift.handover import previous_office_end
from app.shift.review import (
    OUTAGE,
    RECORDER_EVENT,
    RETURN,
    UNSEARCHED,
    WARNING,
    ReviewMarks,
    review_items_steps,
    review_since,
)
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from app.warnings.store import WarningStore
from app.workers import run_to_end
from tests.helpers.clock import Clock
from tests.helpers.shift_review import OFFICER_CODE, Night, night_to_review


@pytest.fixture
def night(registry: Registry) -> Night:
    with night_to_review(registry) as filled:
        yield filled  # type: ignore[misc]


def _review(night: Night) -> list:  # type: ignore[type-arg]
    return run_to_end(
        review_items_steps(
            night.registry,
            OFFICER_CODE,
            night.evening,
            night.morning,
            Clock(night.morning),
            credentials=night.credentials,
        )
    )


def test_the_night_of_the_officers_and_the_risky_epes_is_listed_oldest_first(
    night: Night,
) -> None:
    started = time.monotonic()
    items = _review(night)
    took = time.monotonic() - started

    events = [(i.at, i.camera_number) for i in items if i.kind == RECORDER_EVENT]
    assert events == night.motion_moments(), "off-hours motion only, office hours left out"
    assert all(i.epe_id == night.watched.id for i in items if i.kind == RECORDER_EVENT)
    outage = [i for i in items if i.kind == OUTAGE]
    back = [i for i in items if i.kind == RETURN]
    assert [(i.at, i.camera_number) for i in outage] == [(night.outage_at, 2)]
    assert [(i.at, i.camera_number) for i in back] == [(night.back_at, 2)]
    warnings = [i for i in items if i.kind == WARNING]
    assert [i.key for i in warnings] == [f"warning:{night.open_warning_id}"], "resolved: not again"
    # The risk list's EPE is in, though not the officer's: its dead recorder is said, not hidden.
    unsearched = [i for i in items if i.kind == UNSEARCHED]
    assert [i.epe_id for i in unsearched] == [night.risky.id]
    assert unsearched[0].text.startswith("The recorder could not be searched")
    assert night.other.id not in {i.epe_id for i in items}
    assert [i.at for i in items] == sorted(i.at for i in items)
    assert not any(i.reviewed for i in items)
    assert took < 15, "the dead recorder must cost one deadline, not stall the review"


def test_marks_are_log_records_and_the_rest_stays_unreviewed(night: Night) -> None:
    items = _review(night)
    clock = Clock(night.morning + dt.timedelta(minutes=12))
    marks = ReviewMarks(night.registry, clock)
    event = next(i for i in items if i.kind == RECORDER_EVENT)
    warning = next(i for i in items if i.kind == WARNING)
    marks.mark(event, OFFICER_CODE)
    marks.mark(warning, OFFICER_CODE, "Công nhân che camera khi bốc hàng; đã nhắc DNCX")

    again = _review(night)
    by_key = {i.key: i for i in again}
    assert by_key[event.key].reviewed and by_key[event.key].finding == ""
    # The warning is handled now: resolved with the finding as its note, and still in the
    # review, as reviewed with that finding.
    resolved = WarningStore(night.registry).get(night.open_warning_id)
    assert resolved.resolved_by == OFFICER_CODE
    assert resolved.note.startswith("Công nhân che camera")
    assert by_key[warning.key].reviewed
    assert by_key[warning.key].finding.startswith("Công nhân che camera")
    left = marks.unreviewed(again)
    assert {i.key for i in again} - {i.key for i in left} == {event.key, warning.key}

    ledger = Ledger(night.registry)
    records = ledger.records(RecordKind.SHIFT_REVIEW)
    assert [r.payload["officer"] for r in records] == [OFFICER_CODE, OFFICER_CODE]
    assert records[1].payload["finding"].startswith("Công nhân")
    assert records[1].created_at.startswith(clock().strftime("%Y-%m-%dT%H:%M"))
    assert ledger.verify().ok


def test_a_damaged_review_record_is_refused(registry: Registry) -> None:
    with pytest.raises(LedgerError):
        Ledger(registry).append(RecordKind.SHIFT_REVIEW, {"item_key": "x", "item_kind": "nope"})


def test_a_finding_too_long_is_refused_and_nothing_is_written(night: Night) -> None:
    items = _review(night)
    with pytest.raises(ValueError):
        ReviewMarks(night.registry).mark(items[0], OFFICER_CODE, "x" * 2001)
    assert Ledger(night.registry).records(RecordKind.SHIFT_REVIEW) == []


def test_without_a_handover_the_review_starts_at_the_end_of_the_last_working_day(
    registry: Registry,
) -> None:
    # Monday 2027-02-15 is the first working day after Tết 2027 (Thu 4 - Wed 10 Feb) and the
    # weekend of 13-14 Feb; Thursday 11 and Friday 12 are working days.
    monday = dt.datetime(2027, 2, 15, 7, 45, tzinfo=VIETNAM)
    friday_evening = dt.datetime(2027, 2, 12, 17, 0, tzinfo=VIETNAM)
    assert previous_office_end(monday) == friday_evening
    assert review_since(registry, OFFICER_CODE, monday) == friday_evening
    after_tet = dt.datetime(2027, 2, 11, 8, 0, tzinfo=VIETNAM)
    assert previous_office_end(after_tet) == dt.datetime(2027, 2, 3, 17, 0, tzinfo=VIETNAM)
