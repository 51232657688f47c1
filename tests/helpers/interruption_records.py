"""Interruption records built as values (``Interruption`` as the register makes it), for the
reports' tests: no ledger needed to test how a record is reported."""

from __future__ import annotations

import datetime as dt

from app.interruptions.deadlines import due_date
from app.interruptions.model import (
    Interruption,
    InterruptionEvent,
    InterruptionKind,
    UpdateAction,
)
from app.timekeeping import VIETNAM, WorkingCalendar

CALENDAR = WorkingCalendar()
TAX_ID = "0100233488"


def vn(day: int, hour: int, minute: int = 0, month: int = 2, year: int = 2027) -> dt.datetime:
    """A moment given in Vietnam time, in UTC."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=VIETNAM).astimezone(dt.UTC)


# Wed 3 Feb 2027, 09:00 in Vietnam: Tết runs Thu 4 - Wed 10 Feb.
BEGAN = vn(3, 9)


def note(at: dt.datetime, text: str = "Đã liên hệ kỹ thuật viên") -> InterruptionEvent:
    return InterruptionEvent(
        f"n-{at.isoformat()}", UpdateAction.FOLLOW_UP, at, "CB01", "Nguyễn Văn An", text
    )


def interruption(
    kind: InterruptionKind,
    *,
    epe_id: int = 1,
    closed_at: dt.datetime | None = None,
    events: tuple[InterruptionEvent, ...] = (),
    cameras: tuple[int, ...] = (1, 2),
    record_id: str = "R1",
    started_at: dt.datetime = BEGAN,
    epe_name: str = "Công ty TNHH Điện tử Sao Việt",
    epe_tax_id: str = TAX_ID,
    extended_to: dt.date | None = None,
    **more: object,
) -> Interruption:
    return Interruption(
        id=record_id,
        epe_id=epe_id,
        epe_tax_id=epe_tax_id,
        epe_name=epe_name,
        cameras=cameras,
        kind=kind,
        source="notification",
        started_at=started_at,
        due=due_date(started_at, kind, CALENDAR),
        extended_to=extended_to,
        status="closed" if closed_at else "open",
        closed_at=closed_at,
        last_follow_up=None,
        gate=1 in cameras,
        opened_at=started_at,
        events=events,
        **more,  # type: ignore[arg-type]
    )
