"""The simulated site's recorder as tests and benchmarks address it: its settings for each kind
of recorder, and moments that lie inside its recordings."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QWidget

from app.media.stream import StreamController
from app.recorders.base import UTC, RecorderClock, RecorderKind, RecorderSettings, TimeConvention
from app.recorders.calibrate import moment_from_ms_of_day
from app.simsite.site import SimEpe
from app.timekeeping import VIETNAM
from tests.helpers.block_clock import read_block_clock

# The simulated recorder replays the sub stream's size.
REPLAY_SIZE = (640, 360)


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


def picture_moment(stream: StreamController, near: dt.datetime, shot: Path) -> dt.datetime | None:
    """The recorded moment ``stream``'s current picture shows: its decoded frame (saved by libVLC
    at the stream's own size) read for the block clock the simulated recorder paints; None when
    there is no picture or no readable clock."""
    shot.unlink(missing_ok=True)
    if not stream.snapshot(str(shot)) or not shot.exists():
        return None
    return image_moment(QImage(str(shot)), near)


def image_moment(image: QImage, near: dt.datetime) -> dt.datetime | None:
    """The recorded moment a saved replay picture (a snapshot file) shows, or None."""
    ms = read_block_clock(image, REPLAY_SIZE)
    return None if ms is None else moment_from_ms_of_day(ms, near)


def screen_moment(surface: QWidget, near: dt.datetime) -> dt.datetime | None:
    """The recorded moment on the screen where libVLC draws into ``surface`` (its native
    window, grabbed from the X server), or None."""
    screen = QGuiApplication.primaryScreen()
    return image_moment(screen.grabWindow(surface.winId()).toImage(), near)
