"""The background health monitor: a sweep of every mandatory-online camera every
``health/poll_seconds``, off the GUI thread, with the frame sample every
``health/frame_sample_seconds``. Cameras live on the wall are not probed (a second connection
would fight the wall's stream): the wall reports their state (``report_wall_states``)."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from app import settings
from app.health.model import SOURCE_WALL, CameraCondition, ProbeResult
from app.health.probe import CALL_SECONDS, SAMPLE_SECONDS, Account, EpeTarget, LoginGuard
from app.health.store import HealthStore
from app.health.sweep import load_targets, run_sweep
from app.secrets import CredentialStore
from app.sites.registry import Registry
from app.timekeeping import utc_now
from app.wall.channels import ChannelState
from app.workers import Job, JobQueue

log = logging.getLogger(__name__)

_WALL_CONDITIONS = {
    ChannelState.ONLINE: CameraCondition.OK,
    ChannelState.OFFLINE: CameraCondition.UNREACHABLE,
}
# States in which the wall holds (or tries to hold) a connection: the monitor keeps off.
_ON_WALL = (ChannelState.ONLINE, ChannelState.OFFLINE, ChannelState.CONNECTING)


class HealthMonitor(QObject):
    """``changed(epe_id)`` when a camera of the EPE changed condition; ``swept()`` after each
    sweep (the policy and the board run then)."""

    changed = Signal(int)
    swept = Signal()

    def __init__(
        self,
        registry: Registry,
        credentials: CredentialStore | None,
        settings_: settings.Settings | None = None,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
        account_for: Callable[[EpeTarget], Account | None] | None = None,
        call_seconds: float = CALL_SECONDS,
        sample_seconds: float = SAMPLE_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._credentials = credentials
        self._settings = settings_ or settings.Settings()
        self._clock = clock
        self._account_for = account_for or self._keyring_account
        self._call_seconds = call_seconds
        self._sample_seconds = sample_seconds
        self.store = HealthStore(registry, clock, dt.timedelta(seconds=3 * self.poll_seconds))
        self.guard = LoginGuard()
        self.after_sweep: list[Callable[[], Any]] = []  # run on the sweep's thread (policy)
        self._lock = threading.Lock()
        self._on_wall: dict[int, ChannelState] = {}
        self._sampled: dict[int, dt.datetime] = {}
        self._running: Job | None = None
        self._cancel: threading.Event | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one sweep at a time; the sweep fans out itself
        self._writes = JobQueue("health-writes", self)
        self._timer = QTimer(self)
        # Scheduled sweeps are spread over a quarter of the poll (a steady, low background load);
        # the first one and one asked for (sweep_now) look at everything at once.
        self._timer.timeout.connect(lambda: self._start_sweep(self.poll_seconds / 4))

    # -- settings --

    @property
    def poll_seconds(self) -> int:
        return max(10, self._settings.get(settings.HEALTH_POLL_SECONDS))

    @property
    def concurrency(self) -> int:
        return max(1, self._settings.get(settings.HEALTH_CONCURRENCY))

    # -- control --

    def start(self) -> None:
        self._timer.start(self.poll_seconds * 1000)
        self.sweep_now()

    def stop(self) -> None:
        """Stop sweeping; a sweep under way ends after the looks in progress (not waited for)."""
        self._timer.stop()
        if self._cancel is not None:
            self._cancel.set()

    def wait(self, msecs: int = -1) -> bool:
        """For tests and shutdown: wait until the sweep under way and the writes are done."""
        return self._pool.waitForDone(msecs) and self._writes.wait(msecs)

    @property
    def sweeping(self) -> bool:
        return self._running is not None

    def sweep_now(self) -> bool:
        """Start a sweep unless one is under way (then False: a slow sweep is not doubled)."""
        return self._start_sweep(0.0)

    def _start_sweep(self, spread_seconds: float) -> bool:
        if self._running is not None:
            return False
        cancel = threading.Event()
        job = Job(self._sweep, cancel, spread_seconds)
        job.signals.finished.connect(self._sweep_finished)
        job.signals.failed.connect(lambda exc: log.warning("health sweep failed: %s", exc))
        self._running, self._cancel = job, cancel
        self._pool.start(job)
        return True

    def _sweep_finished(self) -> None:
        self._running = None
        self._cancel = None
        self.swept.emit()

    # -- the wall's feed --

    def report_wall_states(self, states: dict[int, ChannelState]) -> None:
        """The wall's channel states (``Wall.channel_states()``), on every change: cameras live
        on the wall are recorded from here and left out of the sweeps."""
        for camera_id, state in states.items():
            self.report_from_wall(camera_id, state)
        with self._lock:
            gone = [c for c in self._on_wall if c not in states]
            for camera_id in gone:
                del self._on_wall[camera_id]

    def report_from_wall(self, camera_id: int, state: ChannelState) -> None:
        with self._lock:
            before = self._on_wall.get(camera_id)
            if state in _ON_WALL:
                self._on_wall[camera_id] = state
            else:
                self._on_wall.pop(camera_id, None)
        condition = _WALL_CONDITIONS.get(state)
        if condition is None or before is state:
            return
        when = self._clock()
        self._writes.submit(Job(self._record_wall, camera_id, condition, when))

    def _record_wall(self, camera_id: int, condition: CameraCondition, when: dt.datetime) -> None:
        try:
            camera = self._registry.get_camera(camera_id)
        except Exception:  # deleted meanwhile
            return
        if not camera.must_be_online:
            return
        detail = "" if condition is CameraCondition.OK else "reported by the wall"
        result = ProbeResult(
            camera.epe_id, camera_id, camera.diagram_number, condition, when, detail, SOURCE_WALL
        )
        if self.store.record([result]):
            self.changed.emit(camera.epe_id)

    # -- the sweep (on a pool thread) --

    def _keyring_account(self, target: EpeTarget) -> Account | None:
        store = self._credentials
        if store is None:
            return None
        uid = target.epe_uid
        user = self._registry.get_epe(target.epe_id).account_user

        def provide() -> tuple[str, str]:
            return store.account(uid, user)

        return provide

    def _sample_due(self, camera_id: int) -> bool:
        seconds = self._settings.get(settings.HEALTH_FRAME_SAMPLE_SECONDS)
        if seconds <= 0:
            return False
        every = dt.timedelta(seconds=seconds)
        now = self._clock()
        with self._lock:
            last = self._sampled.get(camera_id)
            if last is None:
                # Spread the first samples over the interval instead of decoding every camera
                # in the first sweep: a camera's turn falls at a fixed fraction of it.
                share = (camera_id * 0.6180339887) % 1.0
                last = now - every * share
                self._sampled[camera_id] = last
            if now - last < every:
                return False
            self._sampled[camera_id] = now
            return True

    def _sweep(self, cancel: threading.Event, spread_seconds: float) -> None:
        with self._lock:
            skip = set(self._on_wall)
        targets = load_targets(self._registry, skip_cameras=skip)

        def done(target: EpeTarget, results: list[ProbeResult]) -> None:
            with self._lock:
                # A camera put on the wall during the sweep is the wall's to report.
                results = [r for r in results if r.camera_id not in self._on_wall]
            if self.store.record(results):
                self.changed.emit(target.epe_id)

        steps = run_sweep(
            targets,
            self._account_for,
            self.guard,
            concurrency=self.concurrency,
            sample_due=self._sample_due,
            on_epe_done=done,
            clock=self._clock,
            call_seconds=self._call_seconds,
            sample_seconds=self._sample_seconds,
            cancelled=cancel,
            spread_seconds=spread_seconds,
        )
        for _ in steps:
            if cancel.is_set():
                steps.close()
                return
        for action in list(self.after_sweep):
            try:
                action()
            except Exception:
                log.exception("after a health sweep")
