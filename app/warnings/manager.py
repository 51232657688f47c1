"""One subscription per device, kept alive; the events become coalesced, stored warnings.

Each device (an EPE's ONVIF device) has its own ``DeviceWatcher`` thread: it reads the device's
clock, subscribes (CreatePullPointSubscription), long-polls PullMessages, renews before the
subscription ends, and on any failure starts again after a back-off (1 s doubling to 60 s, with
jitter so that 500 devices do not come back at the same moment). A device that has no PullPoint
is polled instead (``Poller``: the EPE recorder's event search) when one is given. Threads, not
``app.workers.Job``: a watcher lives as long as the manager and spends its life waiting on the
device, which would hold a pool thread each; the pool stays free for the GUI's own jobs. A watcher
only puts what it heard on the manager's queue, so a dead device, or one answering faults, holds
up its own thread and nobody else's.

One writer thread takes the queue: topic → kind, the camera from the event's source token, the
storm rule (``WarningStore.record``), then ``listener(warning, is_new)`` (the dock connects a
Qt signal here) and, for a new warning, a snapshot on a small pool of its own
(``SnapshotTaker``, by default the device's ONVIF snapshot URI through ``OnvifClient``: digest,
registered hosts, capped, one deadline), saved as a JPEG with its SHA-256 in the warning.

Qt-free apart from QtCore's translations; blocking calls stay on the manager's own threads.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import datetime as dt
import enum
import hashlib
import logging
import queue
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import paths
from app.peers import CredentialScope
from app.safe_text import one_line
from app.warnings.pullpoint import EventsError, EventsFailure, PullPointClient, Subscription
from app.warnings.store import DeviceWarning, WarningEvent, WarningStore
from app.warnings.topics import DeviceEvent, WarningKind, camera_token, is_onset, kind_of

log = logging.getLogger(__name__)

PULL_TIMEOUT_S = 20.0
TERMINATION_S = 120.0
RENEW_MARGIN_S = 10.0
BACKOFF_FIRST_S = 1.0
BACKOFF_MAX_S = 60.0
POLL_INTERVAL_S = 30.0
POLL_OVERLAP_S = 60.0  # a recorder indexes an event a little after it happened
UNSUPPORTED_RETRY_S = 600.0  # a device without events is asked again after this
SNAPSHOT_WORKERS = 4
WRITE_BATCH = 200  # events stored in one transaction when a burst comes at once
# Stopping: each Unsubscribe gets this long, many at once; a watcher still in a long poll the
# device does not end is left to finish it on its own (a daemon thread that stores nothing more).
UNSUBSCRIBE_TIMEOUT_S = 2.0
STOP_WORKERS = 64
SNAPSHOT_FOLDER = "warnings"


def _t(text: str) -> str:
    return QCoreApplication.translate("Warnings", text)


def _precise_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class DeviceTarget:
    """A device to subscribe to: the EPE's ONVIF device and its account (the password stays in
    memory, never in repr), where the account may go, and which camera each token is."""

    epe_id: int
    epe_name: str
    host: str
    port: int
    user: str
    password: str = field(repr=False)
    scope: CredentialScope = field(default_factory=CredentialScope)
    cameras: dict[str, int] = field(default_factory=dict)  # source/config token -> number
    camera_ids: dict[int, int] = field(default_factory=dict)  # number -> registry camera id
    profiles: dict[int, str] = field(default_factory=dict)  # number -> main profile token

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def camera_of(self, token: str, kind: WarningKind) -> int | None:
        """The diagram number the token names: the registry's token, else the number the
        device puts at the end of it (``VideoSource_3``, ``VideoSourceConfig_3``)."""
        if kind is WarningKind.STORAGE_FAILURE:
            return None
        if token in self.cameras:
            return self.cameras[token]
        match = re.search(r"(\d+)$", token)
        return int(match.group(1)) if match else None


@dataclass(frozen=True)
class Occurrence:
    """One onset, from a PullPoint or a poll: what the writer stores."""

    target: DeviceTarget
    kind: WarningKind
    camera_number: int | None
    at: dt.datetime
    topic: str = ""
    token: str = ""


# (target, start, end) -> what the device's recorder logged in [start, end)
Poller = Callable[[DeviceTarget, dt.datetime, dt.datetime], list[Occurrence]]
# (target, camera number) -> JPEG; raises SnapshotProblemError with a translated message
SnapshotTaker = Callable[[DeviceTarget, int], bytes]
Listener = Callable[[DeviceWarning, bool], None]


class SnapshotProblemError(Exception):
    """No snapshot; ``str()`` is translated and secret-free."""


class WatchState(enum.StrEnum):
    STARTING = "starting"
    SUBSCRIBED = "subscribed"
    POLLING = "polling"
    RETRYING = "retrying"
    NO_EVENTS = "no_events"  # no PullPoint and nothing to poll
    STOPPED = "stopped"


class DeviceWatcher:
    """The thread that keeps one device's subscription (or poll) going."""

    def __init__(
        self,
        target: DeviceTarget,
        deliver: Callable[[Occurrence], None],
        *,
        poller: Poller | None = None,
        pull_timeout_s: float = PULL_TIMEOUT_S,
        termination_s: float = TERMINATION_S,
        poll_interval_s: float = POLL_INTERVAL_S,
        now: Callable[[], dt.datetime] = _precise_now,
    ) -> None:
        self.target = target
        self._deliver = deliver
        self._poller = poller
        self.pull_timeout_s = pull_timeout_s
        self.termination_s = termination_s
        self.poll_interval_s = poll_interval_s
        self._now = now
        self.client = PullPointClient(
            target.host, target.port, target.user, target.password, target.scope
        )
        self.state = WatchState.STARTING
        self.problem = ""  # the last failure, translated
        self.subscriptions = 0  # subscriptions made (1 + reconnects)
        self.pulls = 0
        self._stop = threading.Event()
        self._subscription: Subscription | None = None
        self._lock = threading.Lock()
        self._thread = threading.Thread(
            target=self._run, name=f"warnings:{target.address}", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def request_stop(self) -> None:
        """Stop after the current call; a long poll in progress is cut short by unsubscribing
        from here (the device then ends the waiting PullMessages)."""
        self._stop.set()
        with self._lock:
            subscription, self._subscription = self._subscription, None
        if subscription is not None:
            with contextlib.suppress(EventsError):
                self.client.unsubscribe(subscription, UNSUBSCRIBE_TIMEOUT_S)

    def join(self, timeout: float) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    # -- the loop --

    def _run(self) -> None:
        backoff = BACKOFF_FIRST_S
        polling = False
        while not self._stop.is_set():
            try:
                if polling:
                    self._poll()
                else:
                    self._subscribe_and_pull()
                backoff = BACKOFF_FIRST_S
            except EventsError as exc:
                self.problem = str(exc)
                log.info("warnings %s: %s (%s)", self.target.address, exc.failure, exc)
                if exc.failure is EventsFailure.UNSUPPORTED and not polling:
                    if self._poller is not None:
                        polling = True
                        continue
                    self.state = WatchState.NO_EVENTS
                    self._stop.wait(UNSUPPORTED_RETRY_S)
                    continue
                self.state = WatchState.RETRYING
                self._stop.wait(backoff * random.uniform(0.8, 1.2))
                backoff = min(backoff * 2, BACKOFF_MAX_S)
            except Exception:  # a bug must not end the watcher: log it and start again
                log.exception("warnings %s: unexpected failure", self.target.address)
                self.state = WatchState.RETRYING
                self._stop.wait(backoff)
                backoff = min(backoff * 2, BACKOFF_MAX_S)
        self.state = WatchState.STOPPED

    def _subscribe_and_pull(self) -> None:
        client = self.client
        try:
            client.read_clock()
        except EventsError as exc:
            # A device that will not tell its time may still give events; one that cannot be
            # reached will not.
            if exc.failure in (EventsFailure.UNREACHABLE, EventsFailure.TIMEOUT):
                raise
        subscription = client.subscribe(self.termination_s)
        with self._lock:
            if self._stop.is_set():
                self._subscription = None
                with contextlib.suppress(EventsError):
                    client.unsubscribe(subscription, UNSUBSCRIBE_TIMEOUT_S)
                return
            self._subscription = subscription
        self.subscriptions += 1
        self.state = WatchState.SUBSCRIBED
        self.problem = ""
        try:
            while not self._stop.is_set():
                left = subscription.terminates - time.monotonic()
                if left < self.pull_timeout_s + RENEW_MARGIN_S:
                    subscription = client.renew(subscription, self.termination_s)
                    with self._lock:
                        if self._subscription is not None:
                            self._subscription = subscription
                events = client.pull(subscription, self.pull_timeout_s)
                self.pulls += 1
                for event in events:
                    occurrence = self._occurrence(event)
                    if occurrence is not None:
                        self._deliver(occurrence)
        except EventsError as exc:
            if self._stop.is_set():
                return  # the unsubscribe from request_stop() ended the waiting pull
            if exc.failure is EventsFailure.UNSUPPORTED:
                # PullMessages refused after a subscription was granted: not "no PullPoint".
                raise EventsError(EventsFailure.FAULT, str(exc)) from None
            raise
        finally:
            with self._lock:
                self._subscription = None

    def _occurrence(self, event: DeviceEvent) -> Occurrence | None:
        kind = kind_of(event.topic)
        if kind is None or not is_onset(event):
            return None
        token = camera_token(event)
        # The device's clock may be off: its times are moved onto ours.
        at = event.at - dt.timedelta(seconds=self.client.clock_offset_s)
        return Occurrence(
            self.target, kind, self.target.camera_of(token, kind), at, event.topic, token
        )

    def _poll(self) -> None:
        assert self._poller is not None
        self.state = WatchState.POLLING
        seen: dict[tuple[int | None, str, dt.datetime], None] = {}
        since = self._now()
        while not self._stop.is_set():
            if self._stop.wait(self.poll_interval_s):
                return
            until = self._now()
            try:
                found = self._poller(
                    self.target, since - dt.timedelta(seconds=POLL_OVERLAP_S), until
                )
            except EventsError:
                raise
            except Exception as exc:
                raise EventsError(EventsFailure.UNREACHABLE, one_line(str(exc))[:200]) from None
            self.problem = ""
            for occurrence in sorted(found, key=lambda o: o.at):
                key = (occurrence.camera_number, occurrence.kind.value, occurrence.at)
                if key in seen or occurrence.at < since - dt.timedelta(seconds=POLL_OVERLAP_S):
                    continue
                seen[key] = None
                self._deliver(occurrence)
            cutoff = until - dt.timedelta(seconds=2 * POLL_OVERLAP_S)
            for key in [k for k in seen if k[2] < cutoff]:
                del seen[key]
            since = until


class WarningsManager:
    """Subscribes to every target, stores the warnings, tells ``listener``."""

    def __init__(
        self,
        store: WarningStore,
        targets: list[DeviceTarget],
        *,
        listener: Listener | None = None,
        snapshots: SnapshotTaker | None = None,
        snapshot_folder: Path | None = None,
        poller: Poller | None = None,
        pull_timeout_s: float = PULL_TIMEOUT_S,
        termination_s: float = TERMINATION_S,
        poll_interval_s: float = POLL_INTERVAL_S,
        now: Callable[[], dt.datetime] = _precise_now,
    ) -> None:
        self.store = store
        self._listener = listener
        self._snapshots = snapshots
        self._folder = snapshot_folder
        self._now = now
        self._queue: queue.Queue[Occurrence | None] = queue.Queue()
        self.watchers = [
            DeviceWatcher(
                target,
                self._queue.put,
                poller=poller,
                pull_timeout_s=pull_timeout_s,
                termination_s=termination_s,
                poll_interval_s=poll_interval_s,
                now=now,
            )
            for target in targets
        ]
        self._writer = threading.Thread(target=self._write, name="warnings:store", daemon=True)
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        self.stored = 0  # events stored (each adds to a warning or makes one)
        self.problems: list[str] = []  # storage problems, translated

    def start(self) -> WarningsManager:
        if self._snapshots is not None:
            self._pool = concurrent.futures.ThreadPoolExecutor(
                SNAPSHOT_WORKERS, thread_name_prefix="warnings:snapshot"
            )
        self._writer.start()
        for watcher in self.watchers:
            watcher.start()
        return self

    def stop(self, timeout: float = 3.0) -> None:
        """Unsubscribe everywhere (many at once, each within UNSUBSCRIBE_TIMEOUT_S), give the
        watchers ``timeout`` to end, then let the writer store what was already heard."""
        if self.watchers:
            workers = min(STOP_WORKERS, len(self.watchers))
            with concurrent.futures.ThreadPoolExecutor(workers) as pool:
                list(pool.map(lambda w: w.request_stop(), self.watchers))
        give_up = time.monotonic() + timeout
        for watcher in self.watchers:
            watcher.join(max(0.0, give_up - time.monotonic()))
        self._queue.put(None)
        self._writer.join(max(1.0, give_up - time.monotonic()))
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=False)

    def __enter__(self) -> WarningsManager:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the writer --

    def _write(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < WRITE_BATCH:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            occurrences = [o for o in batch if o is not None]
            if occurrences:
                self._store(occurrences)
            if len(occurrences) < len(batch):
                return

    def _store(self, occurrences: list[Occurrence]) -> None:
        received = self._now()
        events = [
            WarningEvent(
                o.target.epe_id,
                o.camera_number,
                o.kind,
                o.at,
                o.target.camera_ids.get(o.camera_number) if o.camera_number is not None else None,
                o.topic,
                o.token,
                received,
            )
            for o in occurrences
        ]
        try:
            results = self.store.record_many(events)
        except Exception as exc:  # the registry is busy or closed: say so, keep going
            self.problems.append(str(exc))
            log.warning("warnings: could not store warnings: %s", type(exc).__name__)
            return
        self.stored += len(results)
        for occurrence, (warning, new) in zip(occurrences, results, strict=True):
            if self._listener is not None:
                try:
                    self._listener(warning, new)
                except Exception:
                    log.exception("warnings: listener failed")
            if new and warning.camera_number is not None and self._pool is not None:
                self._pool.submit(self._take_snapshot, occurrence.target, warning)

    def _take_snapshot(self, target: DeviceTarget, warning: DeviceWarning) -> None:
        assert self._snapshots is not None and warning.id is not None
        assert warning.camera_number is not None
        try:
            picture = self._snapshots(target, warning.camera_number)
            folder = self._folder or paths.data_dir() / SNAPSHOT_FOLDER
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"warning-{warning.id}.jpg"
            path.write_bytes(picture)
            paths.make_file_private(path)
            digest = hashlib.sha256(picture).hexdigest()
            self.store.set_snapshot(warning.id, str(path), digest)
        except SnapshotProblemError as exc:
            with contextlib.suppress(Exception):
                self.store.set_snapshot(warning.id, "", "", str(exc))
        except Exception as exc:
            log.info("warnings: snapshot for %s failed: %s", target.address, type(exc).__name__)
            with contextlib.suppress(Exception):
                self.store.set_snapshot(
                    warning.id, "", "", _t("The snapshot could not be fetched.")
                )

    def states(self) -> dict[str, WatchState]:
        return {w.target.address: w.state for w in self.watchers}
