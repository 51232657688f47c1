"""The types every recorder kind shares, and the rules that need no recorder (gaps, retention).

A recorder kind (ONVIF Profile G, Hikvision, Dahua/KBVision) is chosen per EPE in the registry.
Everything here is plain data and blocking calls meant for a worker thread: ``search`` and
``summary`` talk HTTP, ``replay`` only builds a source for the media path. Times in and out are
aware UTC datetimes; how the recorder itself writes times is a ``RecorderClock`` (UTC or local
with an offset, plus the offset measured by calibration). Passwords are held only in memory for
the call, never put in a URL that is shown or stored, a log line or a message.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QCoreApplication

UTC = dt.UTC
# Decision 247 I.2.2: recordings are kept at least 12 months.
RETENTION_REQUIRED_DAYS = 365
DEFAULT_TIMEOUT_S = 8.0
# A recorder time outside these years is a broken clock or a hostile answer, never a recording:
# year 1 would pass as "kept for 739,951 days", and years near 1 or 9999 overflow on conversion.
PLAUSIBLE_YEARS = range(2000, 2100)


class RecorderKind(enum.StrEnum):
    ONVIF_G = "onvif_g"
    HIKVISION = "hikvision"
    DAHUA = "dahua"


class TimeConvention(enum.StrEnum):
    UTC = "utc"
    LOCAL = "local"


@dataclass(frozen=True)
class RecorderClock:
    """How a recorder writes times, and how far its pictures are from the times it is asked for.

    ``calibrated_offset_s`` is what calibration measured: the recorded clock in the picture minus
    the moment that was asked for. Asking for ``t - offset`` then shows the moment ``t``.
    """

    convention: TimeConvention = TimeConvention.UTC
    utc_offset_minutes: int = 420  # Asia/Ho_Chi_Minh, no daylight saving
    calibrated_offset_s: float = 0.0

    def _zone(self) -> dt.tzinfo:
        if self.convention is TimeConvention.UTC:
            return UTC
        return dt.timezone(dt.timedelta(minutes=self.utc_offset_minutes))

    def to_device(self, moment: dt.datetime) -> dt.datetime:
        """The recorder's naive wall time that means the true UTC ``moment``."""
        corrected = moment - dt.timedelta(seconds=self.calibrated_offset_s)
        return corrected.astimezone(self._zone()).replace(tzinfo=None)

    def from_device(self, naive: dt.datetime) -> dt.datetime:
        """The true UTC moment of the recorder's naive wall time ``naive``; RecorderError
        (BAD_TIME) for a time no recording can have."""
        aware = plausible(naive.replace(tzinfo=self._zone()))
        return aware + dt.timedelta(seconds=self.calibrated_offset_s)


def plausible(moment: dt.datetime) -> dt.datetime:
    """``moment`` (aware) in UTC, or RecorderError (BAD_TIME) when its year is outside
    ``PLAUSIBLE_YEARS``: checked before any conversion, so nothing overflows."""
    if moment.year not in PLAUSIBLE_YEARS:
        raise RecorderError(RecorderFailure.BAD_TIME, f"{moment.year:04d}-{moment.month:02d}")
    return moment.astimezone(UTC)


class RecorderFailure(enum.StrEnum):
    WRONG_PASSWORD = "wrong_password"
    UNREACHABLE = "unreachable"
    TIMED_OUT = "timed_out"
    BAD_REPLY = "bad_reply"
    REFUSED = "refused"
    NOT_FOUND = "not_found"
    NOT_SUPPORTED = "not_supported"
    NO_RECORDING = "no_recording"
    BAD_TIME = "bad_time"
    CLEARTEXT_REFUSED = "cleartext_refused"

    def message(self) -> str:
        match self:
            case RecorderFailure.WRONG_PASSWORD:
                return QCoreApplication.translate(
                    "Recorder",
                    "The recorder did not accept the EPE's account. Check the user "
                    "name and password stored for this EPE.",
                )
            case RecorderFailure.UNREACHABLE:
                return QCoreApplication.translate(
                    "Recorder",
                    "The recorder cannot be reached. Check its address and the "
                    "connection to the EPE.",
                )
            case RecorderFailure.TIMED_OUT:
                return QCoreApplication.translate(
                    "Recorder", "The recorder did not answer in time."
                )
            case RecorderFailure.BAD_REPLY:
                return QCoreApplication.translate(
                    "Recorder",
                    "The recorder's answer could not be understood. Check that the "
                    "recorder kind set for this EPE is right.",
                )
            case RecorderFailure.REFUSED:
                return QCoreApplication.translate("Recorder", "The recorder refused the request.")
            case RecorderFailure.NOT_FOUND:
                return QCoreApplication.translate(
                    "Recorder", "The recorder does not offer this camera or service."
                )
            case RecorderFailure.NOT_SUPPORTED:
                return QCoreApplication.translate(
                    "Recorder", "The recorder does not support this operation."
                )
            case RecorderFailure.NO_RECORDING:
                return QCoreApplication.translate(
                    "Recorder", "The recorder has nothing recorded at that time."
                )
            case RecorderFailure.CLEARTEXT_REFUSED:
                return QCoreApplication.translate(
                    "Recorder",
                    "The recorder asks for the password in clear text (Basic); epewall does not "
                    "send it. Ask the EPE to turn on digest login, or mark the EPE as needing "
                    "Basic.",
                )
            case RecorderFailure.BAD_TIME:
                return QCoreApplication.translate(
                    "Recorder",
                    "The recorder gave a time that cannot be right. Check the recorder's clock "
                    "and its time zone.",
                )


class RecorderError(Exception):
    """A recorder operation failed; ``str()`` is a translated message without secrets."""

    def __init__(self, reason: RecorderFailure, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        text = reason.message()
        super().__init__(f"{text} ({detail})" if detail else text)


@dataclass(frozen=True)
class Segment:
    """A span the recorder holds for one camera, in UTC."""

    camera: int  # diagram number
    start: dt.datetime
    end: dt.datetime

    @property
    def seconds(self) -> float:
        return (self.end - self.start).total_seconds()


@dataclass(frozen=True)
class RecorderEvent:
    camera: int
    kind: str  # "motion"
    start: dt.datetime
    end: dt.datetime | None = None


@dataclass(frozen=True)
class RecordingSummary:
    earliest: dt.datetime
    latest: dt.datetime
    recordings: int = 0


@dataclass(frozen=True)
class SearchResult:
    """What a search over [start, end) found for one camera."""

    camera: int
    start: dt.datetime
    end: dt.datetime
    segments: tuple[Segment, ...]
    events: tuple[RecorderEvent, ...] = ()

    @property
    def gaps(self) -> list[tuple[dt.datetime, dt.datetime]]:
        return find_gaps(self.segments, self.start, self.end)


@dataclass(frozen=True)
class ReplaySource:
    """Where the media path gets a replay from. ``url`` carries no credentials.

    ``needs_proxy``: the recorder wants ``Require: onvif-replay`` and ``Range: clock=`` on PLAY,
    which FFmpeg cannot send; hand the source to ``proxy.ReplayProxy.open`` and play its URL.
    """

    kind: RecorderKind
    camera: int
    url: str
    start: dt.datetime
    end: dt.datetime | None = None
    needs_proxy: bool = False
    # For the proxy: the recorder time to put in ``Range: clock=`` (calibration applied).
    range_start: dt.datetime | None = None
    # Playback speed asked of the recorder (Profile G ``Scale``); vendors replay at 1x and the
    # player paces or skips instead.
    scale: float = 1.0

    def moment_at(self, played_s: float) -> dt.datetime:
        """The recorded moment shown after ``played_s`` seconds of this replay: what a snapshot
        or a bookmark taken now must be stamped with, not the wall clock."""
        return self.start + dt.timedelta(seconds=played_s * self.scale)


@dataclass(frozen=True)
class RecorderSettings:
    """A recorder as the registry stores it (no password: that lives in the keyring)."""

    kind: RecorderKind
    host: str
    http_port: int = 80
    rtsp_port: int = 554
    clock: RecorderClock = field(default_factory=RecorderClock)
    timeout_s: float = DEFAULT_TIMEOUT_S


class Recorder(Protocol):
    settings: RecorderSettings

    def summary(self) -> RecordingSummary: ...

    def search(self, camera: int, start: dt.datetime, end: dt.datetime) -> SearchResult: ...

    def replay(
        self,
        camera: int,
        start: dt.datetime,
        end: dt.datetime | None = None,
        scale: float = 1.0,
    ) -> ReplaySource: ...


def find_gaps(
    segments: Iterable[Segment], start: dt.datetime, end: dt.datetime, tolerance_s: float = 1.0
) -> list[tuple[dt.datetime, dt.datetime]]:
    """Spans of [start, end) no segment covers (shorter than ``tolerance_s`` are ignored)."""
    gaps: list[tuple[dt.datetime, dt.datetime]] = []
    cursor = start
    for seg in sorted(segments, key=lambda s: s.start):
        if (seg.start - cursor).total_seconds() > tolerance_s:
            gaps.append((cursor, min(seg.start, end)))
        cursor = max(cursor, seg.end)
        if cursor >= end:
            break
    if (end - cursor).total_seconds() > tolerance_s:
        gaps.append((cursor, end))
    return gaps


def merge_segments(segments: Iterable[Segment], tolerance_s: float = 1.0) -> list[Segment]:
    """Touching or overlapping segments (e.g. an NVR's hour-long files) joined into one."""
    out: list[Segment] = []
    for seg in sorted(segments, key=lambda s: s.start):
        if out and (seg.start - out[-1].end).total_seconds() <= tolerance_s:
            if seg.end > out[-1].end:
                out[-1] = Segment(seg.camera, out[-1].start, seg.end)
        else:
            out.append(seg)
    return out


@dataclass(frozen=True)
class RetentionReport:
    compliant: bool
    days_kept: int
    earliest: dt.datetime


def retention_check(summary: RecordingSummary, now: dt.datetime | None = None) -> RetentionReport:
    """Decision 247 I.2.2: the earliest recording must be at least 12 months old."""
    now = now or dt.datetime.now(UTC)
    plausible(summary.earliest)
    days = max(0, (now - summary.earliest).days)
    twelve_months_ago = _months_before(now, 12)
    return RetentionReport(summary.earliest <= twelve_months_ago, days, summary.earliest)


def _months_before(moment: dt.datetime, months: int) -> dt.datetime:
    year, month = divmod(moment.month - 1 - months, 12)
    day = min(moment.day, 28)
    return moment.replace(year=moment.year + year, month=month + 1, day=day)


def iso_utc(moment: dt.datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
