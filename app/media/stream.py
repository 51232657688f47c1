"""One tile's stream: the state machine between the puller (network) and libVLC (picture).

Lives on the GUI thread. The puller thread and VLC's threads only emit this object's private
signals; the connected slots run here, on the GUI thread, and own every state change.
"""

from __future__ import annotations

import enum
import logging
import random
import threading
import time
import weakref
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from app.logs import redact_url
from app.media.failures import AUTH_ATTEMPTS_BEFORE_GIVING_UP, StreamFailure, technical_detail
from app.media.puller import TS_CODECS, Credentials, Puller, StreamInfo, TsPipe
from app.media.vlcplayer import VideoOutput, warm_up

log = logging.getLogger(__name__)


class StreamState(enum.Enum):
    IDLE = "idle"
    CONNECTING = "connecting"
    LIVE = "live"
    RECONNECTING = "reconnecting"  # a transient failure; retries on its own
    FAILED = "failed"  # a failure retrying soon cannot fix (password, path); retried slowly
    # (or, after AUTH_ATTEMPTS_BEFORE_GIVING_UP refused logins, not at all: see gave_up)
    STOPPED = "stopped"


@dataclass(frozen=True)
class StreamStatus:
    state: StreamState = StreamState.IDLE
    failure: StreamFailure | None = None
    detail: str = ""  # technical detail for the log/tooltip; redacted, never a password
    next_retry_at: float | None = None  # time.time() of the next attempt
    attempt: int = 0
    info: StreamInfo | None = None
    fps: float = 0.0  # received frame rate over the last second
    kbps: float = 0.0
    dropped: int = 0  # packets skipped to catch up with real time
    gave_up: bool = False  # refused logins: no retry until retry_now(), or the account locks


@dataclass(frozen=True)
class Backoff:
    """Capped exponential back-off with jitter."""

    first: float = 1.0
    cap: float = 4.0  # a live wall must be back within seconds of the EPE returning
    slow_first: float = 10.0  # wrong password, missing path: do not hammer the EPE
    slow_cap: float = 120.0
    jitter: float = 0.2

    def delay(self, attempt: int, failure: StreamFailure) -> float:
        first, cap = (self.slow_first, self.slow_cap) if failure.is_auth else (self.first, self.cap)
        base: float = min(cap, first * 2.0 ** max(0, attempt - 1))
        return base * (1 + random.uniform(-self.jitter, self.jitter))


class StreamController(QObject):
    status_changed = Signal(object)  # StreamStatus
    first_picture = Signal(float)  # seconds from connect to the first picture

    # cross-thread bridges (emitted on puller / VLC threads, handled on the GUI thread)
    _opened = Signal(object, int)
    _stats = Signal(float, float, int, int)
    _failed = Signal(object, str, int)
    _ended = Signal(int)
    _video_started = Signal(int)
    _video_error = Signal(int)

    def __init__(
        self,
        url: str,
        credentials: Credentials | None = None,
        backoff: Backoff | None = None,
        open_timeout: float = 5.0,
        stall_timeout: float = 5.0,
        parent: QObject | None = None,
        allow_basic: bool = False,
    ) -> None:
        super().__init__(parent)
        self._url = url
        self._allow_basic = allow_basic
        self._credentials = credentials
        self._backoff = backoff or Backoff()
        self._open_timeout = open_timeout
        self._stall_timeout = stall_timeout
        self._status = StreamStatus()
        self._output: VideoOutput | None = None
        self._replay = False  # decode_as_replay()
        self._window: int | None = None
        self._puller: Puller | None = None
        self._puller_bridge: _PullerBridge | None = None
        self._video_bridge: _VideoBridge | None = None
        self._generation = 0  # ignores late reports from an attempt that was already abandoned
        self._connect_started = 0.0
        self._attempt = 0
        self._refused = 0  # wrong-password failures in a row; kept across stop/play
        self._logged: StreamFailure | None = None
        self.max_refused = AUTH_ATTEMPTS_BEFORE_GIVING_UP
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._connect)
        queued = Qt.ConnectionType.QueuedConnection
        self._opened.connect(self._on_opened, queued)
        self._stats.connect(self._on_stats, queued)
        self._failed.connect(self._on_failed, queued)
        self._ended.connect(self._on_ended, queued)
        self._video_started.connect(self._on_video_started, queued)
        self._video_error.connect(self._on_video_error, queued)

    # --- public API (GUI thread) -------------------------------------------------------------
    @property
    def status(self) -> StreamStatus:
        return self._status

    @property
    def url(self) -> str:
        return self._url

    @property
    def shown_url(self) -> str:
        return redact_url(self._url)

    def set_window(self, win_id: int) -> None:
        self._window = win_id
        if self._output is not None:
            self._output.set_window(win_id)

    @property
    def refused_logins(self) -> int:
        """Wrong-password failures in a row (what the EPE's device counted against the account)."""
        return self._refused

    def play(self) -> None:
        """Start (or resume) the stream. After the account was refused too often this only
        says so again: resuming a hidden tile must not cost the EPE another failed login."""
        self._attempt = 0
        self._retry.stop()
        if self._refused >= self.max_refused:
            self._give_up()
            return
        self._connect()

    def retry_now(self) -> None:
        """The officer asks for one more try at once (e.g. after fixing the account). After
        refused logins it is one attempt: refused again, the stream stops again at once."""
        self._refused = min(self._refused, self.max_refused - 1)
        self._teardown()
        self.play()

    def switch_url(self, url: str) -> None:
        """Change stream (main/sub) and reconnect at once."""
        self._url = url
        if self._status.state not in (StreamState.IDLE, StreamState.STOPPED):
            self._teardown()
            self.play()

    def stop(self) -> None:
        self._retry.stop()
        self._teardown()
        self._set(StreamStatus(StreamState.STOPPED))

    def release(self) -> None:
        self.stop()
        if self._output is not None:
            self._output.release()
            self._output = None
        if self._video_bridge is not None:
            self._video_bridge.detach()
            self._video_bridge = None

    def displayed_and_lost(self) -> tuple[int, int]:
        return self._output.stats() if self._output else (0, 0)

    def set_paused(self, paused: bool) -> None:
        """Hold the picture on screen (a replay's pause; a live tile never pauses)."""
        if self._output is not None:
            self._output.set_paused(paused)

    def decode_as_replay(self) -> None:
        """Play as a replay: libVLC's default decoder threads, its own paced input and the TS as
        remuxed before issue 17 (pause, paused snapshots, up to 8x), not the live wall's one
        thread, low-delay input and end-of-picture markers."""
        self._replay = True
        if self._output is not None:
            self._output.live = False

    def hold_on_open(self, held: bool) -> None:
        """Open from now on paused on the first picture (a replay paused at a moment), or
        playing; a reconnect keeps it."""
        self._ensure_output().start_paused = held

    def is_held(self) -> bool:
        """True when the player stands still on a picture (opened held, or paused)."""
        return self._output is not None and not self._output.is_playing()

    def snapshot(self, path: str) -> bool:
        return self._output is not None and self._output.snapshot(path)

    def video_size(self) -> tuple[int, int]:
        return self._output.video_size() if self._output else (0, 0)

    # --- internals ----------------------------------------------------------------------------
    def _set(self, status: StreamStatus) -> None:
        self._status = status
        self.status_changed.emit(status)

    def _ensure_output(self) -> VideoOutput:
        if self._output is None:
            self._video_bridge = _VideoBridge(self, self._generation)
            self._output = VideoOutput(self._video_bridge)
            self._output.live = not self._replay
            if self._window is not None:
                self._output.set_window(self._window)
        return self._output

    def _connect(self) -> None:
        self._teardown()
        self._attempt += 1
        self._generation += 1
        generation = self._generation
        pipe = TsPipe()
        # libVLC is loaded now, beside the camera's answer, not after it: its first start loads
        # its modules (up to seconds on a busy machine), and whatever the remuxer piled up in the
        # pipe meanwhile stays as delay for the whole connection, since libVLC's clock is anchored
        # when its start-up buffering ends. Off the GUI thread. 1 sub, three interleaved pairs:
        # 778/468/451 ms -> 452/452/447 ms, first picture 1.05/0.57/0.45 s -> 0.64/0.41/0.51 s
        # (tests/bench/glass_to_glass.py; the gain is the first tile on a busy machine).
        warm_up()
        self._puller_bridge = _PullerBridge(self, generation)
        self._puller = Puller(
            self._url,
            self._credentials,
            pipe,
            self._puller_bridge,
            open_timeout=self._open_timeout,
            stall_timeout=self._stall_timeout,
            allow_basic=self._allow_basic,
            low_delay=not self._replay,
        )
        self._pipe = pipe
        self._connect_started = time.monotonic()
        self._set(StreamStatus(StreamState.CONNECTING, attempt=self._attempt))
        self._puller.start()

    def _teardown(self) -> None:
        self._generation += 1
        if self._puller is not None:
            self._puller.stop()  # returns at once; the thread ends by itself within its timeout
            self._puller = None
        if self._puller_bridge is not None:
            self._puller_bridge.detach()
            self._puller_bridge = None
        if self._output is not None:
            self._output.stop()

    @Slot(object, int)
    def _on_opened(self, info: StreamInfo, generation: int) -> None:
        if generation != self._generation:
            return
        output = self._ensure_output()
        if self._video_bridge is not None:  # made with the output
            # What libVLC says from now on is about this connection's picture, not the last one's.
            self._video_bridge.follow(generation)
        output.play(self._pipe, "ts" if info.codec in TS_CODECS else "mjpeg")
        self._set(replace(self._status, info=info))

    @Slot(float, float, int, int)
    def _on_stats(self, fps: float, kbps: float, dropped: int, generation: int) -> None:
        if generation == self._generation:
            self._set(replace(self._status, fps=fps, kbps=kbps, dropped=dropped))

    @Slot(int)
    def _on_video_started(self, generation: int) -> None:
        # A start libVLC reported just before a reconnect stopped it would otherwise arrive
        # after the new connection began and show it live before it had a picture.
        if generation == self._generation and self._status.state is StreamState.CONNECTING:
            self._attempt = 0
            self._refused = 0
            self._logged = None
            self._set(replace(self._status, state=StreamState.LIVE, failure=None, detail=""))
            took = time.monotonic() - self._connect_started
            log.info("stream %s: first picture after %.2f s", self.shown_url, took)
            self.first_picture.emit(took)

    @Slot(int)
    def _on_video_error(self, generation: int) -> None:
        if generation == self._generation and self._status.state in (
            StreamState.CONNECTING,
            StreamState.LIVE,
        ):
            self._schedule_retry(StreamFailure.PLAYER, "libVLC reported an error")

    @Slot(object, str, int)
    def _on_failed(self, failure: StreamFailure, detail: str, generation: int) -> None:
        if generation == self._generation:
            self._schedule_retry(failure, detail)

    @Slot(int)
    def _on_ended(self, generation: int) -> None:
        if generation == self._generation:
            self._schedule_retry(StreamFailure.STALLED, "end of stream")

    def _schedule_retry(self, failure: StreamFailure, detail: str) -> None:
        self._teardown()
        if failure is not self._logged:  # once per change, not at every retry
            self._logged = failure
            # The URL goes last: the log's redaction reads "rtsp://host:port/...: " before a
            # detail with an at-sign as a password with a space in it and hides all of it up to
            # that at-sign, the failure's kind included.
            log.info(
                "stream %s (attempt %d): %s; at %s",
                failure.value,
                self._attempt,
                technical_detail(detail),
                self.shown_url,
            )
        if failure.counts_as_login:
            self._refused += 1
            if self._refused >= self.max_refused:
                self._give_up(detail)
                return
        delay = self._backoff.delay(self._attempt, failure)
        state = StreamState.FAILED if failure.is_auth else StreamState.RECONNECTING
        self._set(StreamStatus(state, failure, detail, time.time() + delay, self._attempt))
        self._retry.start(int(delay * 1000))

    def _give_up(self, detail: str = "") -> None:
        self._teardown()
        self._retry.stop()
        self._set(
            StreamStatus(
                StreamState.FAILED,
                StreamFailure.WRONG_PASSWORD,
                detail or self._status.detail,
                None,
                self._attempt,
                gave_up=True,
            )
        )


class _Bridge:
    """Emits a controller's private signals from another thread (the puller's, VLC's) until the
    controller lets go of it (``detach``, on the GUI thread). Each signal carries the generation
    (the connection) the bridge speaks for, so the controller drops what comes late.

    The other thread never holds the controller alive: only a weak reference, and none at all
    once detached. Were the last reference that thread's, the QObject would be destroyed there,
    while the GUI thread delivered its queued events: a native crash (it ended one fresh-clone
    run of the suite, in the teardown of a test whose stream had been released)."""

    def __init__(self, controller: StreamController, generation: int) -> None:
        self._lock = threading.Lock()
        self._controller: weakref.ref[StreamController] | None = weakref.ref(controller)
        self._generation = generation

    def detach(self) -> None:
        with self._lock:
            self._controller = None

    def _emit(self, signal: str, *args: object) -> None:
        with self._lock:  # detach() waits for an emit under way (a queued emit only posts)
            controller = self._controller() if self._controller is not None else None
            if controller is not None:
                getattr(controller, signal).emit(*args, self._generation)


class _PullerBridge(_Bridge):
    """The puller's listener, one per connection: runs on the puller thread and only emits
    signals."""

    def puller_opened(self, info: StreamInfo) -> None:
        self._emit("_opened", info)

    def puller_stats(self, fps: float, kbps: float, dropped: int) -> None:
        self._emit("_stats", fps, kbps, dropped)

    def puller_failed(self, failure: StreamFailure, detail: str) -> None:
        self._emit("_failed", failure, detail)

    def puller_ended(self) -> None:
        self._emit("_ended")


class _VideoBridge(_Bridge):
    """libVLC's listener, one per player (its events are attached once): runs on VLC's threads
    and only emits signals, for the connection it was last told to follow."""

    def follow(self, generation: int) -> None:
        """Speak for connection ``generation`` from now on; set before its media plays, after the
        last media stopped (libVLC sends no event for a stopped media after its stop)."""
        with self._lock:
            self._generation = generation

    def video_started(self) -> None:
        self._emit("_video_started")

    def video_error(self) -> None:
        self._emit("_video_error")
