"""Calibrate a recorder's clock: replay a known moment, read the picture's clock, store the offset.

Vendors differ on whether replay times are UTC or local, by firmware. Asking for moment ``T`` and
seeing ``T + 7 h`` (or ``T - 7 h``) in the picture means the time convention is set wrong; a few
seconds means the recorder's clock is off. ``Calibration`` says which, and the offset to store.

Reading the picture's clock is the caller's: an officer types what the on-screen clock says, or, on
the simulated site, ``read_block_clock`` reads the machine-readable clock off a decoded frame.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import av
import av.error

from app.media.block_clock import MS_PER_DAY, read_picture
from app.media.puller import StreamError, guarded_url
from app.peers import CredentialScope, url_host
from app.recorders.base import (
    UTC,
    Recorder,
    RecorderClock,
    RecorderError,
    RecorderFailure,
    ReplaySource,
    TimeConvention,
)
from app.recorders.proxy import ReplayProxy

# An offset within this of a whole number of hours is a time-zone mistake, not a clock error.
ZONE_TOLERANCE_S = 120
OPEN_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Calibration:
    asked: dt.datetime
    seen: dt.datetime
    offset_s: float  # seen - asked
    suggested: RecorderClock  # the clock settings that make ``asked`` show ``asked``

    @property
    def zone_mistake(self) -> bool:
        return (
            abs(self.offset_s) >= 3600 - ZONE_TOLERANCE_S
            and abs(self.offset_s - round(self.offset_s / 3600) * 3600) <= ZONE_TOLERANCE_S
        )


def suggest(current: RecorderClock, asked: dt.datetime, seen: dt.datetime) -> Calibration:
    """Turn one observation into settings: fix the convention first, keep the rest as offset."""
    total = (seen - asked).total_seconds() + current.calibrated_offset_s
    convention = current.convention
    zone_s = current.utc_offset_minutes * 60
    # A local-time recorder set to UTC shows (asked - zone); a UTC one set to local the reverse.
    if convention is TimeConvention.UTC and abs(total + zone_s) <= ZONE_TOLERANCE_S:
        convention, total = TimeConvention.LOCAL, total + zone_s
    elif convention is TimeConvention.LOCAL and abs(total - zone_s) <= ZONE_TOLERANCE_S:
        convention, total = TimeConvention.UTC, total - zone_s
    fixed = RecorderClock(convention, current.utc_offset_minutes, round(total, 3))
    return Calibration(asked, seen, (seen - asked).total_seconds(), fixed)


def read_block_clock(frame: av.VideoFrame) -> int | None:
    """The millisecond of the UTC day painted by the simulated site into ``frame``, or None."""
    gray = frame.reformat(format="gray")
    plane = gray.planes[0]
    data = bytes(plane)
    stride = plane.line_size

    def grey(x: float, y: float) -> int:
        return data[int(y) * stride + int(x)]

    return read_picture(gray.width, gray.height, grey)


def moment_from_ms_of_day(ms: int, near: dt.datetime) -> dt.datetime:
    """The UTC moment closest to ``near`` whose millisecond of the day is ``ms``."""
    utc = near.astimezone(UTC)
    midnight = utc.replace(hour=0, minute=0, second=0, microsecond=0)
    candidates = [midnight + dt.timedelta(days=d, milliseconds=ms) for d in (-1, 0, 1)]
    return min(candidates, key=lambda c: abs((c - utc).total_seconds()))


def playable_url(
    source: ReplaySource,
    user: str,
    password: str,
    proxy: ReplayProxy | None,
    allow_basic: bool = False,
) -> str:
    """What FFmpeg opens: the vendor URL, with credentials when the recorder asks for digest
    (Basic only for an EPE marked as needing it: ``guarded_url``), or the proxy's URL (it adds
    them, digest only)."""
    if source.needs_proxy:
        if proxy is None:
            raise RecorderError(RecorderFailure.NOT_SUPPORTED, "no replay proxy")
        return proxy.open(source, user, password)
    scope = CredentialScope.of([url_host(source.url)], allow_basic)
    try:
        return guarded_url(source.url, user, password, scope, OPEN_TIMEOUT_S)
    except StreamError as exc:
        reason = _REPLAY_FAILURES.get(exc.failure.value, RecorderFailure.BAD_REPLY)
        raise RecorderError(reason, exc.failure.value) from None


# How a refused or failed replay preflight reads for a recorder (StreamFailure values).
_REPLAY_FAILURES = {
    "cleartext_refused": RecorderFailure.CLEARTEXT_REFUSED,
    "timed_out": RecorderFailure.TIMED_OUT,
    "unreachable": RecorderFailure.UNREACHABLE,
}


def open_replay(url: str, timeout_s: float = OPEN_TIMEOUT_S) -> av.container.InputContainer:
    """Open a replay URL with PyAV over TCP; failures become ``RecorderError``."""
    # The SDP already names the codec and its parameter sets: a short probe is enough, and
    # FFmpeg's default 5 MB / 5 s probe would add two seconds to every seek.
    options = {
        "rtsp_transport": "tcp",
        "timeout": str(int(timeout_s * 1_000_000)),
        "analyzeduration": "100000",
        "probesize": "32768",
    }
    try:
        return av.open(url, options=options, timeout=timeout_s)
    except (av.error.HTTPUnauthorizedError, av.error.HTTPForbiddenError):
        raise RecorderError(RecorderFailure.WRONG_PASSWORD) from None
    except av.error.HTTPNotFoundError:
        raise RecorderError(RecorderFailure.NO_RECORDING) from None
    except av.error.TimeoutError:
        raise RecorderError(RecorderFailure.TIMED_OUT) from None
    except av.error.HTTPError as exc:
        raise RecorderError(RecorderFailure.REFUSED, type(exc).__name__) from None
    except (av.error.InvalidDataError, av.error.EOFError):
        raise RecorderError(RecorderFailure.BAD_REPLY) from None
    except OSError as exc:
        raise RecorderError(RecorderFailure.UNREACHABLE, type(exc).__name__) from None


def first_picture(
    url: str,
    accept: Callable[[av.VideoFrame], bool] | None = None,
    timeout_s: float = OPEN_TIMEOUT_S,
    max_frames: int = 60,
) -> av.VideoFrame:
    """The first decoded picture of a replay URL (that ``accept`` takes, within ``max_frames``)."""
    container = open_replay(url, timeout_s)
    try:
        for count, frame in enumerate(container.decode(video=0)):
            if accept is None or accept(frame):
                return frame
            if count >= max_frames:
                break
    except av.error.FFmpegError:
        raise RecorderError(RecorderFailure.BAD_REPLY) from None
    finally:
        container.close()
    raise RecorderError(RecorderFailure.BAD_REPLY, "no picture")


def calibrate(
    recorder: Recorder,
    camera: int,
    asked: dt.datetime,
    user: str,
    password: str,
    read_clock: Callable[[av.VideoFrame], dt.datetime | None],
    proxy: ReplayProxy | None = None,
) -> Calibration:
    """Replay ``asked`` (UTC), read the picture's clock, and suggest corrected clock settings."""
    source = recorder.replay(camera, asked)
    frame = first_picture(
        playable_url(source, user, password, proxy), accept=lambda f: read_clock(f) is not None
    )
    seen = read_clock(frame)
    if seen is None:
        raise RecorderError(RecorderFailure.BAD_REPLY, "no clock in the picture")
    return suggest(recorder.settings.clock, asked, seen)


def sim_clock_reader(near: dt.datetime) -> Callable[[av.VideoFrame], dt.datetime | None]:
    """A ``read_clock`` for the simulated site: its block clock, placed on the day near ``near``."""

    def read(frame: av.VideoFrame) -> dt.datetime | None:
        ms = read_block_clock(frame)
        return None if ms is None else moment_from_ms_of_day(ms % MS_PER_DAY, near)

    return read
