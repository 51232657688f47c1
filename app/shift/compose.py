"""The end-of-shift note as one Job: what the start-of-shift review still lists unreviewed over
the shift, then the handover book's sections. It lives apart from both so that ``review`` may
read the last handover and ``handover`` never needs the review (no import cycle)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.officers.profiles import Officer
from app.shift.handover import HandoverBook, shift_start
from app.shift.review import ReviewMarks, review_items_steps
from app.sites.registry import Registry
from app.timekeeping import utc_now


def compose_steps(
    registry: Registry,
    officer: Officer,
    clock: Callable[[], dt.datetime] = utc_now,
    **review: Any,
) -> Generator[tuple[int, int, str], None, dict[str, Any]]:
    """The note's sections as a Job: the start-of-shift review over the shift (recorder
    searches: network) for what is still unreviewed, then :meth:`HandoverBook.compose`.
    ``review`` goes to ``review_items_steps`` (credentials, recorder_factory, calendar)."""
    now = clock()
    since = shift_start(registry, officer.code, now)
    items = yield from review_items_steps(registry, officer.code, since, now, clock, **review)
    unreviewed = ReviewMarks(registry, clock).unreviewed(items)
    yield (
        1,
        1,
        QCoreApplication.translate(
            "Handover", "Gathering the shift's checks, interruptions and warnings…"
        ),
    )
    return HandoverBook(registry, clock).compose(officer, unreviewed, since)
