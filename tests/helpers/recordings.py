"""The simulated site's recorder as tests and benchmarks address it: its settings for each kind
of recorder, and moments that lie inside its recordings."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from app.recorders.base import UTC, RecorderClock, RecorderKind, RecorderSettings, TimeConvention
from app.simsite.site import SimEpe
from app.timekeeping import VIETNAM


def yesterday_at(hour: int, minute: int, second: int = 0) -> dt.datetime:
    """A moment of yesterday, Vietnam time, as UTC (well inside every recorder's retention)."""
    day = dt.datetime.now(VIETNAM).date() - dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(hour, minute, second), VIETNAM).astimezone(UTC)


def recorder_settings(epe: SimEpe, kind: RecorderKind, **changes: Any) -> RecorderSettings:
    """How to reach ``epe``'s simulated recorder as a ``kind`` recorder, with the time
    convention the simulator uses for that kind; ``changes`` replace fields (a timeout, a wrong
    clock)."""
    recorder = epe.raw["recorder"]
    settings = RecorderSettings(
        kind,
        recorder["host"],
        recorder["http_port"],
        recorder["rtsp_port"],
        RecorderClock(TimeConvention(recorder["times"][kind.value])),
    )
    return dataclasses.replace(settings, **changes)
