"""Playback of an EPE recorder over one to four cameras, driven by one clock (a GUI drives it).

A ``PlaybackSession`` owns one ``StreamController`` per camera and plays each camera's replay
through the same media path as the live wall. The session's *master clock* says which recorded
moment the investigation is at; every camera follows it:

* **Seek** reopens every camera at the new moment (a fresh replay URL; the recorder starts there).
  The master clock waits at that moment until the first camera shows its picture, then runs.
* **Where a camera is**: the moment its replay was asked for plus the time since its first picture
  (recorders replay at recorded speed). Every ``DRIFT_CHECK_MS`` each camera is compared with the
  master clock; one more than ``DRIFT_LIMIT_S`` off is reopened so that its first picture lands on
  the master clock (its measured seek-to-picture time is allowed for; vendor URLs only take whole
  seconds, so the reopen is timed to a whole second).
* **Speed**: the recorders met so far (and the simulated one) replay at 1x only, so speeds other
  than 1x are made by the master clock: faster, a camera that falls behind is reopened ahead
  (skipping, a new picture about every second); slower, a camera that runs ahead is reopened at
  the clock (paced, a new picture about every second). Profile G ``Scale`` is not asked for.
* **Pause** stops the master clock on the nearest whole second and reopens every camera there,
  each held on its first picture: paused, every tile shows the clock's moment whatever the speed
  was (a camera that was skipping along at 8x or was between reopens has no picture of the clock's
  moment on screen; freezing it where it was showed moments seconds apart). A vendor replay is
  opened paused (libVLC shows its first picture, the moment asked for, and holds it); a Profile G
  replay is held a moment after its first picture, which is the one the recorder had before the
  PLAY said where (within a few pictures of the moment). A camera that moves while paused is held
  again. Resuming reopens at the paused moment. A step or a seek while paused does the same at the
  new moment.

Times are aware UTC datetimes; the GUI shows them in Vietnam time. The recorder's account is
only in memory: vendor URLs get it from the stream's credential provider at connect time, and
Profile G goes through the local replay proxy, which adds it itself.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from app.evidence.snapshots import SnapshotSubject, SnapshotTaker
from app.media.puller import Credentials
from app.media.stream import StreamController, StreamState, StreamStatus
from app.recorders.access import PlaybackAccess
from app.recorders.base import (
    UTC,
    Recorder,
    RecorderError,
    RecorderKind,
    ReplaySource,
    SearchResult,
    iso_utc,
)
from app.recorders.proxy import ReplayProxy
from app.recorders.store import Bookmark, add_bookmark, bookmarks
from app.sites.registry import Registry
from app.workers import Job, JobQueue

log = logging.getLogger(__name__)

MAX_CAMERAS = 4
SPEEDS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0)
DRIFT_LIMIT_S = 0.5
DRIFT_CHECK_MS = 250
TICK_MS = 100
STEP_S = 1.0
# Until a camera's first reopen is measured: about what the media path takes on a LAN.
DEFAULT_SEEK_S = 0.6
# After a reopen a camera is left alone this long, so a slow picture is not reopened again.
SETTLE_S = 1.0
# A camera whose picture did not come this long after the master clock started is left behind;
# the master clock does not wait for it.
START_WAIT_S = 4.0
# A camera that will not stay held is reopened this often per pause, then left as it is.
MAX_REHOLDS = 3
# A paused Profile G replay is held this long after its first (pre-PLAY) picture, on the range's.
PRE_PLAY_PICTURE_MS = 250


class PlaybackState(enum.Enum):
    CLOSED = "closed"
    PREPARING = "preparing"  # asking the recorder for the replay sources
    SEEKING = "seeking"  # waiting for the first picture at the new moment
    PLAYING = "playing"
    PAUSED = "paused"


@dataclass
class CameraTrack:
    """One camera of the session and where its replay is."""

    number: int  # diagram number
    name: str
    stream: StreamController
    base: ReplaySource | None = None
    asked: dt.datetime | None = None  # the moment the current replay was opened at
    opened_at: float = 0.0  # monotonic, when the current replay was opened
    shown_at: float | None = None  # monotonic, when its first picture came
    seek_s: float = DEFAULT_SEEK_S  # last measured open-to-picture time
    url: str = ""  # without credentials (a proxy URL or the vendor URL)
    corrections: int = 0

    def position(self, now: float) -> dt.datetime | None:
        """The recorded moment this camera shows at monotonic ``now``, or None before a picture."""
        if self.asked is None or self.shown_at is None:
            return None
        return self.asked + dt.timedelta(seconds=max(0.0, now - self.shown_at))


def _t(text: str) -> str:
    return QCoreApplication.translate("Playback", text)


def whole_second(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(UTC).replace(microsecond=0)


def nearest_second(moment: dt.datetime) -> dt.datetime:
    return whole_second(moment + dt.timedelta(milliseconds=500))


def reopen_plan(master: dt.datetime, seek_s: float, speed: float) -> tuple[dt.datetime, float]:
    """Where to reopen a camera, and how many (wall) seconds to wait first, so that its first
    picture comes when the master clock is at the moment asked for.

    The camera takes ``seek_s`` to show a picture, in which the clock moves ``seek_s * speed``;
    vendor URLs only take whole seconds, so the next whole second after that is asked for and the
    reopen waits until the clock is ``seek_s * speed`` before it.
    """
    lead = seek_s * speed
    ahead = master + dt.timedelta(seconds=lead)
    target = whole_second(ahead) + dt.timedelta(seconds=1 if ahead.microsecond else 0)
    return target, max(0.0, ((target - master).total_seconds() - lead) / speed)


def drift_limit_s(speed: float) -> float:
    """How far a camera may be from the master clock before it is reopened. At 1x the issue's
    bound; at other speeds a camera moves in reopens about a second apart, so one that is less than
    ``speed`` seconds off is on its way and reopening it again would only restart it."""
    return DRIFT_LIMIT_S if speed == 1.0 else max(DRIFT_LIMIT_S, speed)


def off_the_clock(
    shown: Mapping[int, dt.datetime], master: dt.datetime, speed: float = 1.0
) -> dict[int, float]:
    """The cameras to reopen on the master clock, each with how far it is off (s, + = ahead).

    ``shown`` is the recorded moment each camera's picture shows now. One rule for every
    synchronised replay: a camera further from ``master`` than ``drift_limit_s(speed)`` is
    reopened at the clock (``reopen_plan``); one ahead is held still until then.
    """
    limit = drift_limit_s(speed)
    out: dict[int, float] = {}
    for camera, moment in shown.items():
        off = (moment - master).total_seconds()
        if abs(off) > limit:
            out[camera] = off
    return out


class RecordedSnapshotTaker(SnapshotTaker):
    """A ``SnapshotTaker`` whose snapshots are stamped with the *recorded* moment they show."""

    def take_recorded(
        self, stream: StreamController, subject: SnapshotSubject, recorded_at: dt.datetime
    ) -> Path | None:
        # A replayed picture carries its recorded time, in the stamp, the record and the file name
        # (to the nearest second: a held picture is the first of its second, a frame or two early
        # or late).
        return self.take(stream, subject, taken_at=nearest_second(recorded_at))


class PlaybackSession(QObject):
    """Synchronised replay of 1-4 cameras of one EPE's recorder (GUI thread)."""

    state_changed = Signal(object)  # PlaybackState
    position_changed = Signal(object)  # dt.datetime, the master clock (UTC)
    picture_shown = Signal(int, float)  # camera, seconds from opening to its first picture
    drift_corrected = Signal(int, float)  # camera, how far off it was (s, + = ahead)
    speed_changed = Signal(float)
    failed = Signal(str)  # translated, secret-free

    def __init__(
        self,
        recorder: Recorder,
        access: PlaybackAccess,
        account: Credentials,
        cameras: Sequence[tuple[int, str]],
        proxy: ReplayProxy | None = None,
        parent: QObject | None = None,
        *,
        allow_basic: bool = False,
    ) -> None:
        """``allow_basic``: the EPE is marked as needing Basic (``Epe.allow_basic_auth``); its
        recorder's replays may then answer a Basic challenge over plain RTSP, as its cameras do."""
        super().__init__(parent)
        if not 1 <= len(cameras) <= MAX_CAMERAS:
            raise ValueError(f"playback takes 1 to {MAX_CAMERAS} cameras")
        self._recorder = recorder
        self._access = access
        self._account = account
        self._needs_proxy = recorder.settings.kind is RecorderKind.ONVIF_G
        self._own_proxy = proxy is None and self._needs_proxy
        self._proxy = ReplayProxy() if self._own_proxy else proxy
        self._password: tuple[str, str] | None = None  # for the proxy only, in memory
        # Vendor URLs get the account at connect time, on the puller thread (keyring may block).
        credentials = None if self._needs_proxy else account
        self.tracks: dict[int, CameraTrack] = {}
        for number, name in cameras:
            stream = StreamController(
                "",
                credentials,
                open_timeout=8.0,
                stall_timeout=8.0,
                allow_basic=allow_basic,
                parent=self,
            )
            stream.decode_as_replay()
            track = CameraTrack(number, name, stream)
            stream.first_picture.connect(lambda _s, t=track: self._on_first_picture(t))
            stream.status_changed.connect(lambda st, t=track: self._on_status(t, st))
            self.tracks[number] = track
        self._state = PlaybackState.CLOSED
        self._speed = 1.0
        self._anchor_moment: dt.datetime | None = None
        self._anchor_wall: float | None = None
        self._seek_started = 0.0
        self._rehelds: dict[int, int] = {}  # camera -> times held again in this pause
        self._pending_reopens: dict[int, QTimer] = {}
        self._queue = JobQueue("playback", self)
        self._job: Job | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._last_drift_check = 0.0

    # --- what the GUI reads ---------------------------------------------------------------------
    @property
    def state(self) -> PlaybackState:
        return self._state

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def cameras(self) -> list[int]:
        return list(self.tracks)

    def position(self) -> dt.datetime | None:
        """The master clock: the recorded moment the investigation is at (UTC)."""
        if self._anchor_moment is None:
            return None
        if self._state is not PlaybackState.PLAYING or self._anchor_wall is None:
            return self._anchor_moment
        elapsed = (time.monotonic() - self._anchor_wall) * self._speed
        return self._anchor_moment + dt.timedelta(seconds=elapsed)

    def camera_position(self, camera: int) -> dt.datetime | None:
        """The recorded moment camera ``camera`` shows now (None before its first picture)."""
        track = self.tracks[camera]
        if self._state is PlaybackState.PAUSED:
            return self._anchor_moment if track.shown_at is not None else None
        return track.position(time.monotonic())

    def drift(self) -> dict[int, float]:
        """Each showing camera's distance from the master clock, in seconds (+ = ahead)."""
        master = self.position()
        out: dict[int, float] = {}
        if master is None:
            return out
        for number in self.tracks:
            seen = self.camera_position(number)
            if seen is not None:
                out[number] = (seen - master).total_seconds()
        return out

    # --- searching ------------------------------------------------------------------------------
    def search(self, start: dt.datetime, end: dt.datetime) -> Job:
        """Search every camera over [start, end) on the session's worker; the job's result is a
        ``dict[int, SearchResult]``. Each search is audited."""
        access, recorder, numbers = self._access, self._recorder, list(self.tracks)

        def run() -> dict[int, SearchResult]:
            return {n: access.search(recorder, n, start, end) for n in numbers}

        return self._queue.submit(Job(run))

    # --- transport ------------------------------------------------------------------------------
    def open(self, moment: dt.datetime) -> Job:
        """Ask the recorder for each camera's replay (audited, on a worker), then play at
        ``moment``."""
        self._set_state(PlaybackState.PREPARING)
        self._anchor_moment = whole_second(moment)
        self.position_changed.emit(self._anchor_moment)
        access, recorder, numbers = self._access, self._recorder, list(self.tracks)
        account, needs_proxy = self._account, self._needs_proxy

        def prepare() -> tuple[dict[int, ReplaySource], tuple[str, str] | None]:
            sources = {n: access.replay(recorder, n, whole_second(moment)) for n in numbers}
            return sources, account() if needs_proxy else None

        job = Job(prepare)
        job.signals.succeeded.connect(self._on_prepared)
        job.signals.failed.connect(self._on_prepare_failed)
        self._job = job
        return self._queue.submit(job)

    @Slot(object)
    def _on_prepared(self, result: tuple[dict[int, ReplaySource], tuple[str, str] | None]) -> None:
        if self._state is PlaybackState.CLOSED:
            return
        sources, password = result
        self._password = password
        for number, source in sources.items():
            self.tracks[number].base = source
        assert self._anchor_moment is not None
        self.seek(self._anchor_moment)

    @Slot(object)
    def _on_prepare_failed(self, exc: BaseException) -> None:
        if self._state is PlaybackState.CLOSED:
            return
        self._set_state(PlaybackState.CLOSED)
        message = (
            str(exc)
            if isinstance(exc, RecorderError)
            else _t("The recording could not be opened ({error}).").format(error=type(exc).__name__)
        )
        self.failed.emit(message)

    def seek(self, moment: dt.datetime) -> None:
        """Every camera to ``moment`` (to the second); plays on from there unless paused."""
        if not self._ready():
            return
        if self._state is PlaybackState.PAUSED:
            self._hold_at(whole_second(moment))
        else:
            self._play_from(whole_second(moment))

    def _play_from(self, moment: dt.datetime) -> None:
        self._cancel_reopens()
        self._anchor_moment = moment
        self._anchor_wall = None
        self._seek_started = time.monotonic()
        self._set_state(PlaybackState.SEEKING)
        for track in self.tracks.values():
            self._open_track(track, moment)
        self.position_changed.emit(moment)
        self._tick.start()

    def pause(self) -> None:
        if self._state is PlaybackState.SEEKING:
            # No picture yet: every camera is opening at the clock's moment; hold each as its
            # picture comes.
            self._cancel_reopens()
            self._set_state(PlaybackState.PAUSED)
            return
        here = self.position()
        if self._state is not PlaybackState.PLAYING or here is None:
            return
        self._hold_at(nearest_second(here))

    def _hold_at(self, moment: dt.datetime) -> None:
        """Stop the clock at ``moment`` (a whole second) and reopen every camera there, each held
        on its first picture: every tile then shows the clock's moment."""
        self._cancel_reopens()
        self._anchor_moment = moment
        self._anchor_wall = None
        self._rehelds.clear()
        self._set_state(PlaybackState.PAUSED)
        self._tick.start()  # watches that every camera stays held
        for track in self.tracks.values():
            self._open_track(track, moment)  # held on its first picture (_on_first_picture)
        self.position_changed.emit(moment)

    def resume(self) -> None:
        if self._state is PlaybackState.PAUSED and self._anchor_moment is not None:
            self._play_from(self._anchor_moment)

    def toggle_pause(self) -> None:
        if self._state is PlaybackState.PAUSED:
            self.resume()
        else:
            self.pause()

    def step(self, seconds: float = STEP_S) -> None:
        """A step forward (or back, negative): the picture ``seconds`` on, then paused."""
        here = self.position()
        if here is None or not self._ready():
            return
        # Replays start on whole seconds: step from the nearest one.
        self._hold_at(nearest_second(here) + dt.timedelta(seconds=seconds))

    def set_speed(self, speed: float) -> None:
        if speed not in SPEEDS or speed == self._speed:
            return
        here = self.position()
        self._speed = speed
        self.speed_changed.emit(speed)
        if here is not None and self._state is PlaybackState.PLAYING:
            # Reopens planned for the old speed would land wrong, and a camera held for a slow
            # speed must move again: start every camera afresh where the clock is.
            self.seek(here)

    def close(self) -> None:
        """Stop every camera and the proxy; the session cannot be used after."""
        self._set_state(PlaybackState.CLOSED)
        self._tick.stop()
        self._cancel_reopens()
        self._queue.cancel_all()
        for track in self.tracks.values():
            self._forget_url(track)
            track.stream.release()
        if self._own_proxy and self._proxy is not None:
            self._proxy.close()
            self._proxy = None
        self._password = None
        self._queue.wait(3000)

    # --- bookmarks and snapshots ----------------------------------------------------------------
    def add_bookmark(
        self,
        registry: Registry,
        epe_id: int,
        camera: int,
        note: str,
        officer_code: str,
        at: dt.datetime | None = None,
    ) -> Bookmark:
        """A bookmark at ``at`` (default: the master clock) on ``camera``."""
        moment = at or self.position()
        if moment is None:
            raise ValueError("nothing is playing")
        return add_bookmark(registry, Bookmark(epe_id, camera, moment, note.strip(), officer_code))

    @staticmethod
    def bookmarks(
        registry: Registry,
        epe_id: int,
        start: dt.datetime | None = None,
        end: dt.datetime | None = None,
    ) -> list[Bookmark]:
        return bookmarks(registry, epe_id, start, end)

    def snapshot(
        self, taker: RecordedSnapshotTaker, camera: int, subject: SnapshotSubject
    ) -> Path | None:
        """A snapshot of ``camera`` stamped with the recorded moment it shows."""
        track = self.tracks[camera]
        # Only a picture whose moment is known is saved: a camera still opening (after a seek
        # or a pause) has none, and the master clock is not the moment its old picture shows.
        moment = self.camera_position(camera)
        if moment is None:
            taker.failed.emit(_t("No recorded picture to save yet."))
            return None
        return taker.take_recorded(track.stream, subject, moment)

    # --- internals ------------------------------------------------------------------------------
    def _ready(self) -> bool:
        return self._state is not PlaybackState.CLOSED and all(
            t.base is not None for t in self.tracks.values()
        )

    def _set_state(self, state: PlaybackState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state)

    def _source_at(self, track: CameraTrack, moment: dt.datetime) -> ReplaySource:
        base = track.base
        assert base is not None
        if base.needs_proxy:
            offset = (base.range_start - base.start) if base.range_start else dt.timedelta()
            return replace(base, start=moment, end=None, range_start=moment + offset)
        # Vendor recorders only build a URL here (no network); not audited again: the replay
        # itself was, when the session opened.
        return self._recorder.replay(track.number, moment)

    def _open_track(self, track: CameraTrack, moment: dt.datetime) -> None:
        source = self._source_at(track, moment)
        old = track.url
        if source.needs_proxy:
            if self._proxy is None or self._password is None:
                return
            user, password = self._password
            url = self._proxy.open(source, user, password)
        else:
            url = source.url
        track.url = url
        track.asked = moment
        track.shown_at = None
        track.opened_at = time.monotonic()
        stream = track.stream
        # Held on its first picture, the moment asked for (see _on_first_picture for Profile G).
        stream.hold_on_open(self._state is PlaybackState.PAUSED and not source.needs_proxy)
        if stream.status.state in (StreamState.IDLE, StreamState.STOPPED):
            stream.switch_url(url)
            stream.play()
        else:
            stream.switch_url(url)
        if old and old != url and self._proxy is not None and "/replay/" in old:
            self._proxy.forget(old)

    def _forget_url(self, track: CameraTrack) -> None:
        if self._proxy is not None and "/replay/" in track.url:
            self._proxy.forget(track.url)

    def _on_first_picture(self, track: CameraTrack) -> None:
        now = time.monotonic()
        track.shown_at = now
        track.seek_s = now - track.opened_at
        self.picture_shown.emit(track.number, track.seek_s)
        if self._state is PlaybackState.SEEKING:
            # The clock runs from the first picture; the others follow within their delay.
            self._anchor_wall = now
            self._set_state(PlaybackState.PLAYING)
        elif self._state is PlaybackState.PAUSED:
            # Opened paused (_open_track), it holds the very picture it opens with, the moment
            # asked for. (Pausing once libVLC counted a displayed picture let a few more
            # through: 0.2-0.5 s past it.) One opened while playing is paused here.
            if track.base is not None and track.base.needs_proxy:
                # A Profile G recorder sends first the picture it had ready when the session
                # was set up, before the PLAY said where (the simulated one does; its RTP-Info
                # even names that packet as the range's first), so it was opened playing and
                # is held a moment later, on the pictures of the range.
                asked = track.asked
                QTimer.singleShot(PRE_PLAY_PICTURE_MS, self, lambda: self._hold_late(track, asked))
            else:
                _freeze(track.stream, True)
            if self._anchor_moment is not None:
                self.position_changed.emit(self._anchor_moment)  # its tile now has the time

    def _hold_late(self, track: CameraTrack, asked: dt.datetime | None) -> None:
        if self._state is PlaybackState.PAUSED and track.asked == asked:
            _freeze(track.stream, True)

    def _on_status(self, track: CameraTrack, status: StreamStatus) -> None:
        if status.state in (StreamState.RECONNECTING, StreamState.FAILED):
            # The stream controller retries the same URL; the recording has moved on, so the
            # session reopens it at the master clock instead (on the next drift check).
            track.shown_at = None
            if status.state is StreamState.FAILED and status.failure is not None:
                self.failed.emit(
                    _t("Camera {camera}: {reason}").format(
                        camera=track.number, reason=status.failure.label()
                    )
                )

    @Slot()
    def _on_tick(self) -> None:
        if self._state is PlaybackState.PAUSED:
            self._check_held()
            return
        here = self.position()
        if here is not None:
            self.position_changed.emit(here)
        now = time.monotonic()
        if self._state is PlaybackState.SEEKING and now - self._seek_started > START_WAIT_S:
            # No camera has shown a picture yet: run the clock anyway (a gap, a slow recorder).
            self._anchor_wall = now
            self._set_state(PlaybackState.PLAYING)
        if (
            self._state is PlaybackState.PLAYING
            and now - self._last_drift_check >= DRIFT_CHECK_MS / 1000
        ):
            self._last_drift_check = now
            self._check_drift(now)

    def _check_held(self) -> None:
        """Paused: a camera whose picture moves on (its hold came too early or was lost, e.g.
        to a reconnect) is reopened at the clock and held again."""
        assert self._anchor_moment is not None
        now = time.monotonic()
        for track in self.tracks.values():
            # libVLC pauses asynchronously: a hold is judged once it had time to take.
            held_long = track.shown_at is not None and now - track.shown_at > SETTLE_S
            if (
                held_long
                and not track.stream.is_held()
                and self._rehelds.get(track.number, 0) < MAX_REHOLDS
            ):
                self._rehelds[track.number] = self._rehelds.get(track.number, 0) + 1
                log.info("playback: camera %d moved while paused, held again", track.number)
                self._open_track(track, self._anchor_moment)

    def _check_drift(self, now: float) -> None:
        master = self.position()
        if master is None:
            return
        shown: dict[int, dt.datetime] = {}
        for track in self.tracks.values():
            if track.number in self._pending_reopens or now - track.opened_at < SETTLE_S:
                continue
            seen = track.position(now)
            if seen is not None:
                shown[track.number] = seen
            elif now - track.opened_at > START_WAIT_S:
                self._reopen_on_clock(track, master, None)
        for number, off in off_the_clock(shown, master, self._speed).items():
            self._reopen_on_clock(self.tracks[number], master, off)

    def _reopen_on_clock(self, track: CameraTrack, master: dt.datetime, off: float | None) -> None:
        """Reopen ``track`` so its first picture comes when the master clock is at it: ask for
        the next whole second after the clock plus the camera's seek time, and wait until then."""
        target, wait_s = reopen_plan(master, track.seek_s, self._speed)
        if off is not None and off > 0:
            # Ahead (slow speeds): hold its picture until the clock comes, not run on at 1x.
            _freeze(track.stream, True)
        if off is not None:
            track.corrections += 1
            log.info(
                "playback: camera %d off by %.2f s, reopened at %s",
                track.number,
                off,
                iso_utc(target),
            )
            self.drift_corrected.emit(track.number, off)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._do_reopen(track, target))
        self._pending_reopens[track.number] = timer
        timer.start(int(wait_s * 1000))

    def _do_reopen(self, track: CameraTrack, target: dt.datetime) -> None:
        timer = self._pending_reopens.pop(track.number, None)
        if timer is not None:
            timer.deleteLater()
        if self._state is PlaybackState.PLAYING:
            self._open_track(track, target)

    def _cancel_reopens(self) -> None:
        for timer in self._pending_reopens.values():
            timer.stop()
            timer.deleteLater()
        self._pending_reopens.clear()


def _freeze(stream: StreamController, paused: bool) -> None:
    """Hold (or release) the picture; the session reopens on resume anyway."""
    stream.set_paused(paused)
