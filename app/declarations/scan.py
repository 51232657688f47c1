"""Read the gate: replay an EPE's gate cameras where vehicles passed, read container numbers and
plates in the pictures, keep the best read of each code per passage and store it (issue #14).

Where to look comes from the recorder itself: its motion events on the gate cameras (Profile G
``FindEvents``, ISAPI VideoMotion, Dahua's flagged files). A recorder that reports none is looked
at over the day's declared windows instead, a short replay every ``WINDOW_STEP_S``.

Each moment is replayed through the same path as playback (the EPE's recorder client, its account
from the keyring, sent only to a host registered for the EPE, PyAV over RTSP over TCP) from a few
seconds before, a handful of its frames go through the OCR engine, and of every code read in that
passage the best read is kept with its crop and the SHA-256 of its frame. Two moments are read
at a time (the OCR uses both cores; the second worker fills the time the first waits on the
network). A Profile G recorder replays faster than real time (``Scale``); the vendors' replays
run at real time.

``scan_steps`` is a generator for ``app.workers.Job``: it yields ``(done, total, text)`` often
enough for a cancel to land within a frame or two, stores each passage's reads as soon as the
passage is read (what is stored stays when the job is cancelled or fails) and returns a
``ScanSummary``. Failures that end the job (wrong password, unreachable recorder, an answer that
is not video, no account, a keyring that cannot be read, no OCR engine) raise ``ScanError`` with a
translated message; a moment the recorder holds no recording for is skipped and counted.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

import av
import av.error
from PySide6.QtCore import QCoreApplication

from app import paths
from app.declarations.reconcile import GateRead, ItemKind
from app.declarations.store import add_reads, list_documents, list_reads, local_day_span
from app.domain import CameraPosition, Epe
from app.peers import PeerTimeoutError, url_host
from app.recorders import make_recorder
from app.recorders.base import (
    Recorder,
    RecorderError,
    RecorderFailure,
    RecorderKind,
    RecorderSettings,
    ReplaySource,
)
from app.recorders.calibrate import open_replay, playable_url
from app.recorders.proxy import ReplayProxy
from app.recorders.store import load_recorder
from app.secrets import CredentialStore, NoPasswordError, SecretsError
from app.sites.hosts import registered_hosts
from app.sites.registry import Registry
from app.timekeeping import show_local

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from app.declarations.ocr import CodeRead

    Frame = npt.NDArray[np.uint8]

log = logging.getLogger(__name__)

Progress = tuple[int, int, str]

SCAN_WORKERS = 2  # two moments at a time: this is a 2-core office PC
PRE_ROLL_S = 2.0  # replay from a little before the part of the event that is read
WATCH_HALF_S = 4.0  # read this either side of the event's middle (recorded time)
LONG_EVENT_S = 90.0  # an event longer than this is no single vehicle: read from its start
STILL_LEAD_S = 10.0  # then (or without an end) the vehicle is taken to stand this far in
SAMPLE_EVERY_S = 0.75  # recorded seconds between two frames given to the OCR
MAX_OCR_FRAMES = 6  # a handful per passage
EMPTY_AFTER = 3  # frames in which nothing was read: no vehicle in this moment
# A plate without a container this many frames in a row: a truck without one (one in six at the
# simulated gate), or a container number the OCR missed in those frames; one more look is cheap.
PLATE_ONLY_FRAMES = 3
MOMENT_DEADLINE_S = 45.0  # one replay, from the recorder's answer to the last frame
OPEN_TIMEOUT_S = 10.0
FAST_SCALE = 8.0  # Profile G replays this much faster than real time (the usual maximum)
SAME_PASSAGE_S = 40.0  # one code on one camera read again within this is the same passage
WINDOW_STEP_S = 20.0  # without recorder events: one short replay every this, over the windows
MAX_MOMENTS = 5000  # a storm of motion is not 10,000 replays
WAIT_TICK_S = 0.2  # how often the generator yields while workers read (a cancel lands here)
CROPS_FOLDER = "gate_crops"
# A moment the recorder has nothing for (a gap, a camera it does not record): skipped, counted.
SKIPPED_FAILURES = {RecorderFailure.NO_RECORDING, RecorderFailure.NOT_FOUND}


def _t(text: str) -> str:
    return QCoreApplication.translate("GateScan", text)


class Reader(Protocol):
    """What the scan needs of ``app.declarations.ocr.OcrEngine``."""

    def read(self, frame: Frame) -> list[CodeRead]: ...


class ScanError(Exception):
    """The scan ended; ``str()`` is translated and says what to do, without secrets."""


@dataclass(frozen=True)
class Moment:
    """A stretch of one gate camera's recording where a vehicle may be (UTC)."""

    camera: int  # diagram number
    start: dt.datetime
    end: dt.datetime


@dataclass(frozen=True)
class ScanSummary:
    moments: int  # replays looked at
    frames: int  # frames decoded
    ocr_frames: int  # frames read by the OCR
    reads: int  # reads stored (one per code per passage)
    valid: int  # of which valid codes (check digit, plate format)
    seconds: float
    skipped: int = 0  # moments with nothing recorded
    from_events: bool = True  # False: the recorder gave no events; the declared windows were read
    cancelled: bool = False

    @property
    def reads_per_second(self) -> float:
        return self.ocr_frames / self.seconds if self.seconds > 0 else 0.0


@dataclass
class _Best:
    read: CodeRead
    at: dt.datetime
    frame: Frame
    frames: int = 1  # how many frames read this code


@dataclass
class _MomentResult:
    moment: Moment
    frames: int = 0
    ocr_frames: int = 0
    reads: list[GateRead] = field(default_factory=list)
    skipped: bool = False


@dataclass(frozen=True)
class _Context:
    recorder: Recorder
    account: tuple[str, str]
    hosts: frozenset[str]
    allow_basic: bool
    proxy: ReplayProxy | None
    scale: float
    crops: Path


def bgr(frame: av.VideoFrame) -> Frame:
    """A decoded picture as the OCR takes it: BGR, 8 bits, height x width x 3."""
    return cast("Frame", frame.to_ndarray(format="bgr24"))


def crops_folder() -> Path:
    return paths.data_dir() / CROPS_FOLDER


def progress_text(camera: int, at: dt.datetime, done: int, total: int) -> str:
    """ "camera 1, 14:05 (12/48)": the moment being read, Vietnamese time."""
    return (
        _t("camera %1, %2 (%3/%4)")
        .replace("%1", str(camera))
        .replace("%2", show_local(at, date=False))
        .replace("%3", str(done))
        .replace("%4", str(total))
    )


# --- where to look --------------------------------------------------------------------------------


def gate_cameras(registry: Registry, epe_id: int) -> list[int]:
    """The EPE's gate cameras (diagram numbers), in order."""
    return sorted(
        c.diagram_number for c in registry.list_cameras(epe_id) if c.position is CameraPosition.GATE
    )


def event_moments(
    recorder: Recorder, cameras: Sequence[int], start: dt.datetime, end: dt.datetime
) -> list[Moment]:
    """The recorder's motion events on ``cameras`` that begin in [start, end), in time order."""
    moments: list[Moment] = []
    for number in cameras:
        result = recorder.search(number, start, end)
        for event in result.events:
            if event.kind == "motion" and start <= event.start < end:
                stop = event.end if event.end and event.end > event.start else event.start
                moments.append(Moment(number, event.start, stop))
    moments.sort(key=lambda m: (m.start, m.camera))
    return moments[:MAX_MOMENTS]


def window_moments(
    windows: Sequence[tuple[dt.datetime, dt.datetime]],
    cameras: Sequence[int],
    start: dt.datetime,
    end: dt.datetime,
) -> list[Moment]:
    """Without recorder events: a moment every ``WINDOW_STEP_S`` over the declared windows (their
    union, clipped to [start, end)), on every gate camera."""
    spans: list[tuple[dt.datetime, dt.datetime]] = []
    for lo, hi in sorted((max(a, start), min(b, end)) for a, b in windows):
        if lo >= hi:
            continue
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    step = dt.timedelta(seconds=WINDOW_STEP_S)
    moments: list[Moment] = []
    for lo, hi in spans:
        at = lo
        while at < hi and len(moments) < MAX_MOMENTS:
            moments.extend(Moment(n, at, at + step) for n in cameras)
            at += step
    moments.sort(key=lambda m: (m.start, m.camera))
    return moments[:MAX_MOMENTS]


# --- reading one moment ---------------------------------------------------------------------------


def watch_span(moment: Moment) -> tuple[dt.datetime, dt.datetime]:
    """Where in ``moment`` the vehicle stands still: around the middle of a recorder's event
    (it spans the vehicle's whole visit: driving in, stopping at the barrier, driving out), or
    ``STILL_LEAD_S`` in when the event has no sensible end."""
    length = (moment.end - moment.start).total_seconds()
    lead = length / 2 if 0 < length <= LONG_EVENT_S else STILL_LEAD_S
    middle = moment.start + dt.timedelta(seconds=lead)
    half = dt.timedelta(seconds=WATCH_HALF_S)
    return middle - half, middle + half


def _recorded_frames(
    ctx: _Context, moment: Moment, stop: threading.Event
) -> Iterator[tuple[dt.datetime, av.VideoFrame]]:
    """The frames of ``moment``'s still part (``watch_span``) with the recorded moment each
    shows, replayed from ``PRE_ROLL_S`` before it; one total deadline over the whole replay."""
    deadline = time.monotonic() + MOMENT_DEADLINE_S
    watch_from, until = watch_span(moment)
    begin = watch_from - dt.timedelta(seconds=PRE_ROLL_S)
    source: ReplaySource = ctx.recorder.replay(moment.camera, begin, until, ctx.scale)
    # The account goes only to a host registered for the EPE (the proxy passes it on there too).
    if url_host(source.url) not in ctx.hosts:
        raise RecorderError(RecorderFailure.REFUSED, "replay on a host not registered")
    user, password = ctx.account
    url = playable_url(source, user, password, ctx.proxy, ctx.allow_basic)
    try:
        container = open_replay(url, OPEN_TIMEOUT_S)
    except av.error.FFmpegError:  # what open_replay does not name; its text holds the URL
        raise RecorderError(RecorderFailure.BAD_REPLY) from None
    try:
        first: float | None = None
        for frame in container.decode(video=0):
            if stop.is_set():
                return
            if time.monotonic() > deadline:
                raise RecorderError(RecorderFailure.TIMED_OUT)
            if frame.time is None:
                continue
            if first is None:
                first = frame.time
            at = source.moment_at(frame.time - first)
            yield at, frame
            if at >= until:
                return
    except av.error.FFmpegError:
        raise RecorderError(RecorderFailure.BAD_REPLY) from None
    except PeerTimeoutError:
        raise RecorderError(RecorderFailure.TIMED_OUT) from None
    finally:
        container.close()
        if ctx.proxy is not None and source.needs_proxy:
            ctx.proxy.forget(url)


# The camera's on-screen date and time ("REC 2026-12-01 08:22:27 UTC+7", "01/12/2026 08:22"):
# eleven of its characters can pass for a container number (one in ten with a right check
# digit, by chance). A painted container number or plate never holds a clock.
_OSD_CLOCK = re.compile(
    r"\d{1,2}:\d{2}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}"
)


def is_code_on_vehicle(read: CodeRead) -> bool:
    """False for a "code" read in the picture's date and time overlay."""
    return not _OSD_CLOCK.search(read.raw)


def _better(new: CodeRead, old: CodeRead) -> bool:
    return (new.valid, new.confidence) > (old.valid, old.confidence)


def read_moment(
    ctx: _Context, moment: Moment, reader: Reader, stop: threading.Event
) -> _MomentResult:
    """Blocking (a scan worker): replay ``moment``, OCR a handful of frames, keep the best read
    of each code, save their crops."""
    from app.declarations.ocr import frame_sha256, save_crop

    result = _MomentResult(moment)
    best: dict[tuple[str, str], _Best] = {}
    next_sample = watch_span(moment)[0]
    previous: frozenset[tuple[str, str]] = frozenset()
    agreeing = 0
    try:
        for at, frame in _recorded_frames(ctx, moment, stop):
            result.frames += 1
            if at < next_sample:
                continue
            next_sample = at + dt.timedelta(seconds=SAMPLE_EVERY_S)
            pixels = bgr(frame)
            reads = [r for r in reader.read(pixels) if is_code_on_vehicle(r)]
            result.ocr_frames += 1
            for read in reads:
                key = (read.kind.value, read.value)
                held = best.get(key)
                if held is None:
                    best[key] = _Best(read, at, pixels)
                else:
                    held.frames += 1
                    if _better(read, held.read):
                        held.read, held.at, held.frame = read, at, pixels
            valid = frozenset((r.kind.value, r.value) for r in reads if r.valid)
            agreeing = agreeing + 1 if valid and valid == previous else (1 if valid else 0)
            previous = valid
            if _passage_read(best, agreeing, result.ocr_frames):
                break
    except RecorderError as exc:
        if exc.reason in SKIPPED_FAILURES:
            result.skipped = True
        else:
            raise _why_replay_failed(ctx, moment, exc) from None
    kept = _drop_misreads_of_valid(list(best.values()))
    ctx.crops.mkdir(parents=True, exist_ok=True)
    for item in kept:
        crop = save_crop(item.frame, item.read.box, ctx.crops)
        result.reads.append(
            GateRead(
                kind=item.read.kind,
                value=item.read.value,
                at=item.at,
                camera=moment.camera,
                valid=item.read.valid,
                crop_path=str(crop),
                frame_sha256=frame_sha256(item.frame),
            )
        )
    return result


def _why_replay_failed(ctx: _Context, moment: Moment, exc: RecorderError) -> RecorderError:
    """A replay that broke off reads as "not understood" to FFmpeg (and behind the replay proxy)
    also when the recorder just went away: ask the recorder itself once, and say what it says."""
    if exc.reason is not RecorderFailure.BAD_REPLY:
        return exc
    try:
        ctx.recorder.search(moment.camera, moment.start, moment.end)
    except RecorderError as answer:
        return answer
    return exc


def _passage_read(best: dict[tuple[str, str], _Best], agreeing: int, frames: int) -> bool:
    """Enough frames of this moment were read: a vehicle always has a plate, so reading goes on
    until one was read well with a valid container (one frame is enough then: each reads as
    valid only on its check digit or a sure recognition), or a plate alone came back in
    ``PLATE_ONLY_FRAMES`` frames in a row (a truck without a container), or the handful is used
    up; and it stops early on a moment where nothing with a code stands."""
    if frames >= MAX_OCR_FRAMES:
        return True
    if not best:
        return frames >= EMPTY_AFTER
    kinds = {item.read.kind for item in best.values() if item.read.valid}
    plate = ItemKind.PLATE in kinds
    if plate and ItemKind.CONTAINER in kinds:
        return True  # the check digit vouches for the container, the confidence for the plate
    return plate and agreeing >= PLATE_ONLY_FRAMES


def _drop_misreads_of_valid(items: list[_Best]) -> list[_Best]:
    """Within one passage, an invalid read one or two characters from a valid read of the same
    kind is that code misread in another frame, not another vehicle."""
    from app.declarations.reconcile import edit_distance

    valid = [i for i in items if i.read.valid]
    return [
        i
        for i in items
        if i.read.valid
        or not any(
            v.read.kind == i.read.kind and edit_distance(v.read.value, i.read.value) <= 2
            for v in valid
        )
    ]


# --- the job --------------------------------------------------------------------------------------


def _account(store: CredentialStore, epe: Epe) -> tuple[str, str]:
    try:
        return store.account(epe.uid, epe.account_user)
    except NoPasswordError:
        raise ScanError(
            _t(
                "No account is stored for this EPE. Store the account the EPE gave customs "
                "(Sites > Edit EPE, or 'epewall credentials set'), then scan again."
            )
        ) from None
    except SecretsError as exc:
        raise ScanError(str(exc)) from None


def _failure(exc: BaseException) -> ScanError:
    if isinstance(exc, RecorderError):
        return ScanError(_t("The gate scan stopped: %1").replace("%1", str(exc)))
    if isinstance(exc, ScanError):
        return exc
    from app.declarations.ocr import OcrUnavailable

    if isinstance(exc, OcrUnavailable):
        return ScanError(str(exc))
    log.error("gate scan failed: %s", type(exc).__name__, exc_info=exc)
    return ScanError(
        _t("The gate scan stopped on an unexpected error. Details are in the log: %1").replace(
            "%1", str(paths.log_dir() / "epewall.log")
        )
    )


class _Readers:
    """One OCR engine per worker thread (an engine is not shared between threads), or the one
    given, behind a lock."""

    def __init__(self, engine: Reader | None, factory: Callable[[], Reader] | None) -> None:
        self._engine = engine
        self._factory = factory
        self._local = threading.local()
        self._lock = threading.Lock()

    def get(self) -> Reader:
        if self._engine is not None:
            return _Locked(self._engine, self._lock)
        reader: Reader | None = getattr(self._local, "reader", None)
        if reader is None:
            if self._factory is None:
                from app.declarations.ocr import OcrEngine

                reader = OcrEngine()
            else:
                reader = self._factory()
            self._local.reader = reader
        return reader


class _Locked:
    def __init__(self, engine: Reader, lock: threading.Lock) -> None:
        self._engine = engine
        self._lock = lock

    def read(self, frame: Frame) -> list[CodeRead]:
        with self._lock:
            return self._engine.read(frame)


def scan_steps(
    registry: Registry,
    epe_id: int,
    start: dt.datetime,
    end: dt.datetime,
    *,
    cancel: threading.Event | None = None,
    engine: Reader | None = None,
    engine_factory: Callable[[], Reader] | None = None,
    store: CredentialStore | None = None,
    workers: int = SCAN_WORKERS,
    crops: Path | None = None,
    recorder_factory: Callable[[RecorderSettings, str, str], Recorder] = make_recorder,
) -> Generator[Progress, None, ScanSummary]:
    """Read the EPE's gate recording over [start, end) (UTC) and store what it shows
    (``source="recording"``). See the module docstring. Blocking: run it in a ``Job``."""
    began = time.monotonic()
    cancel = cancel or threading.Event()
    yield 0, 0, _t("Searching the recorder…")
    epe = registry.get_epe(epe_id)
    settings = load_recorder(registry, epe_id)
    if settings is None:
        raise ScanError(
            _t("No recorder is set for this EPE. Set it in the playback window, then scan again.")
        )
    cameras = gate_cameras(registry, epe_id)
    if not cameras:
        raise ScanError(_t("This EPE has no gate camera in the registry."))
    account = _account(store or CredentialStore(), epe)
    recorder = recorder_factory(settings, *account)
    try:
        moments = event_moments(recorder, cameras, start, end)
        from_events = bool(moments)
        if not moments:
            windows = [(d.window_start, d.window_end) for d in list_documents(registry, epe_id)]
            moments = window_moments(windows, cameras, start, end)
    except RecorderError as exc:
        raise _failure(exc) from None
    proxy = ReplayProxy() if settings.kind is RecorderKind.ONVIF_G else None
    ctx = _Context(
        recorder,
        account,
        registered_hosts(registry, epe_id),
        epe.allow_basic_auth,
        proxy,
        FAST_SCALE if settings.kind is RecorderKind.ONVIF_G else 1.0,
        crops or crops_folder(),
    )
    known = _already_stored(registry, epe_id, start, end)
    readers = _Readers(engine, engine_factory)
    total = len(moments)
    totals = _MomentResult(Moment(0, start, end))
    stored = valid = skipped = done = 0
    stop = threading.Event()
    pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="gate-scan")
    try:
        pending: set[Future[_MomentResult]] = set()
        queue = iter(moments)

        def submit() -> None:
            moment = next(queue, None)
            if moment is not None:
                pending.add(pool.submit(lambda m: read_moment(ctx, m, readers.get(), stop), moment))

        for _ in range(max(1, workers)):
            submit()
        text = progress_text(moments[0].camera, moments[0].start, 0, total) if moments else ""
        while pending:
            if cancel.is_set():
                break
            finished, _ = wait(pending, timeout=WAIT_TICK_S, return_when=FIRST_COMPLETED)
            for future in finished:
                pending.discard(future)
                try:
                    result = future.result()
                except Exception as exc:
                    raise _failure(exc) from None
                done += 1
                totals.frames += result.frames
                totals.ocr_frames += result.ocr_frames
                skipped += int(result.skipped)
                fresh = _new_reads(result.reads, known)
                if fresh:
                    stored += add_reads(registry, epe_id, fresh, source="recording")
                    valid += sum(1 for r in fresh if r.valid)
                text = progress_text(result.moment.camera, result.moment.start, done, total)
                if not cancel.is_set():
                    submit()
            yield done, total, text
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
        if proxy is not None:
            proxy.close()
    return ScanSummary(
        moments=done,
        frames=totals.frames,
        ocr_frames=totals.ocr_frames,
        reads=stored,
        valid=valid,
        seconds=time.monotonic() - began,
        skipped=skipped,
        from_events=from_events,
        cancelled=cancel.is_set(),
    )


def _already_stored(
    registry: Registry, epe_id: int, start: dt.datetime, end: dt.datetime
) -> dict[tuple[int, str, str], list[dt.datetime]]:
    """Reads already stored around [start, end): a second scan of a day adds no duplicate."""
    margin = dt.timedelta(seconds=SAME_PASSAGE_S + LONG_EVENT_S)
    known: dict[tuple[int, str, str], list[dt.datetime]] = {}
    for read in list_reads(registry, epe_id, start - margin, end + margin):
        known.setdefault((read.camera, read.kind.value, read.value), []).append(read.at)
    return known


def _new_reads(
    reads: Sequence[GateRead], known: dict[tuple[int, str, str], list[dt.datetime]]
) -> list[GateRead]:
    """The reads of a passage not already stored for that passage (the same code on the same
    camera within ``SAME_PASSAGE_S``: overlapping events, a scan run twice); ``known`` grows."""
    fresh: list[GateRead] = []
    for read in reads:
        times = known.setdefault((read.camera, read.kind.value, read.value), [])
        if any(abs((read.at - t).total_seconds()) < SAME_PASSAGE_S for t in times):
            continue
        times.append(read.at)
        fresh.append(read)
    return fresh


def day_span(day: dt.date, now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """A Vietnamese calendar day as UTC [start, end), ending now at the latest."""
    start, end = local_day_span(day)
    return start, max(start, min(end, now))
