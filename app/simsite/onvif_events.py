"""The simulated device's ONVIF event service: a PullPoint that really queues messages.

``EventService`` keeps the subscriptions of one device (CreatePullPointSubscription with an
InitialTerminationTime, PullMessages that waits until a message comes or its Timeout passes,
Renew, Unsubscribe, expiry) and raises events on a schedule:

* motion on every channel at the moments the recorder's archive has ``VideoMotion`` in it
  (``recorder.motion_events``: ten past each hour 08:00-17:00 Vietnam time, 20 s plus the camera
  number long), so what a live subscriber hears is what a later event search finds; or, for
  tests and benchmarks, every ``motion_every_s`` seconds;
* the events the site configuration schedules at offsets from the start (a tampering, a video
  loss, a storage failure...), each switched on and, ``duration_s`` later, off again.

Stdlib only, like the rest of the device: it runs under Debian's Python and in test processes.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import heapq
import itertools
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from app.simsite.recorder import DEFAULT_RETENTION_DAYS, motion_events

# kind -> (topic, source item name, source value pattern, data item name)
TOPICS: dict[str, tuple[str, str, str, str]] = {
    "motion": ("tns1:VideoSource/MotionAlarm", "Source", "VideoSource_{n}", "State"),
    "cell_motion": (
        "tns1:RuleEngine/CellMotionDetector/Motion",
        "VideoSourceConfigurationToken",
        "VideoSourceConfig_{n}",
        "IsMotion",
    ),
    "line_crossing": (
        "tns1:RuleEngine/LineDetector/Crossed",
        "VideoSourceConfigurationToken",
        "VideoSourceConfig_{n}",
        "ObjectId",
    ),
    "intrusion": (
        "tns1:RuleEngine/FieldDetector/ObjectsInside",
        "VideoSourceConfigurationToken",
        "VideoSourceConfig_{n}",
        "IsInside",
    ),
    "tampering": (
        "tns1:VideoSource/GlobalSceneChange/ImagingService",
        "Source",
        "VideoSource_{n}",
        "State",
    ),
    "video_loss": ("tns1:VideoSource/SignalLoss", "Source", "VideoSource_{n}", "State"),
    "storage_failure": (
        "tns1:Device/HardwareFailure/StorageFailure",
        "Token",
        "Storage_{n}",
        "Failed",
    ),
}
MAX_SUBSCRIPTIONS = 16  # what an NVR allows at once; more gets a fault
MAX_QUEUE = 1000  # messages a subscription keeps before it drops the oldest
MAX_PULL_TIMEOUT_S = 120.0
DEFAULT_TERMINATION_S = 60.0
MOTION_PLAN_S = 3600.0  # how far ahead the hourly motion is planned at a time


@dataclass(frozen=True)
class SimEvent:
    kind: str
    channel: int
    state: bool
    at: dt.datetime  # UTC, device clock
    operation: str = "Changed"  # "Initialized" for the state a new subscription is told


@dataclass(frozen=True)
class ScheduledEvent:
    """An event the site configuration schedules: ``kind`` on ``channel`` ``at_s`` seconds after
    the device started (or, with ``after_subscription``, after its first subscription, so a test
    on a slow machine cannot miss it), switched off again ``duration_s`` later (0: never)."""

    kind: str
    channel: int
    at_s: float
    duration_s: float = 10.0
    after_subscription: bool = False


@dataclass
class Subscription:
    id: str
    expires: float  # monotonic
    messages: collections.deque[SimEvent] = dataclasses.field(
        default_factory=lambda: collections.deque(maxlen=MAX_QUEUE)
    )
    pulls: int = 0
    renewals: int = 0


class UnknownSubscriptionError(KeyError):
    """No such subscription (never made, unsubscribed or expired)."""


class TooManySubscriptionsError(Exception):
    pass


def parse_schedule(raw: Any, where: str = "events") -> tuple[list[ScheduledEvent], float | None]:
    """The ``events`` object of an ``onvif_device``: ``{"schedule": [{"kind", "camera", "at_s",
    "duration_s"}...], "motion_every_s": N, "clock": "start" | "first_subscription"}``;
    ValueError naming the bad place."""
    if raw is None:
        return [], None
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: must be an object")
    clock = raw.get("clock", "start")
    if clock not in ("start", "first_subscription"):
        raise ValueError(f"{where}.clock: 'start' or 'first_subscription'")
    out: list[ScheduledEvent] = []
    for i, item in enumerate(raw.get("schedule") or []):
        if not isinstance(item, dict) or item.get("kind") not in TOPICS:
            raise ValueError(f"{where}.schedule[{i}].kind: one of {', '.join(TOPICS)}")
        try:
            out.append(
                ScheduledEvent(
                    str(item["kind"]),
                    int(item.get("camera", 1)),
                    float(item.get("at_s", 0)),
                    float(item.get("duration_s", 10)),
                    clock == "first_subscription",
                )
            )
        except (TypeError, ValueError):
            raise ValueError(
                f"{where}.schedule[{i}]: camera, at_s, duration_s are numbers"
            ) from None
    every = raw.get("motion_every_s")
    if every is not None and (not isinstance(every, int | float) or every <= 0):
        raise ValueError(f"{where}.motion_every_s: a positive number")
    return out, float(every) if every is not None else None


def hourly_motion(
    channels: Iterable[int], start: dt.datetime, end: dt.datetime
) -> list[tuple[dt.datetime, int, bool]]:
    """(moment, channel, on/off) of the archive's motion in [start, end)."""
    out: list[tuple[dt.datetime, int, bool]] = []
    for channel in channels:
        for on, off in motion_events(DEFAULT_RETENTION_DAYS, channel, start, end, end, False):
            out.append((on, channel, True))
            out.append((off, channel, False))
    return out


class EventService:
    """The events of one simulated device. ``now`` is the device's clock (UTC)."""

    def __init__(
        self,
        channels: list[int],
        schedule: Iterable[ScheduledEvent] = (),
        motion_every_s: float | None = None,
        hourly: bool = True,
        now: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.channels = list(channels)
        self._schedule = list(schedule)
        self._motion_every_s = motion_every_s
        self._hourly = hourly
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self._cond = threading.Condition()
        self._subs: dict[str, Subscription] = {}
        self._states: dict[tuple[str, int], bool] = {}
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None
        self._first_subscription: dt.datetime | None = None
        self.raised: list[SimEvent] = []  # every event raised, in order (tests read the truth)
        self.unsubscribed: list[str] = []
        self.expired: list[str] = []

    # -- life cycle --

    def start(self) -> EventService:
        self._thread = threading.Thread(target=self._run, name="onvif-events", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopped.set()
        with self._cond:
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=5)

    # -- raising --

    def raise_event(self, kind: str, channel: int, state: bool = True) -> SimEvent:
        """Tell every live subscription that ``kind`` on ``channel`` is now ``state``."""
        event = SimEvent(kind, channel, state, self._now())
        with self._cond:
            self._states[(kind, channel)] = state
            self.raised.append(event)
            self._purge()
            for sub in self._subs.values():
                sub.messages.append(event)
            self._cond.notify_all()
        return event

    def _run(self) -> None:
        started = self._now()
        counter = itertools.count()
        plan: list[tuple[dt.datetime, int, str, int, bool]] = []

        def schedule(items: Iterable[ScheduledEvent], origin: dt.datetime) -> None:
            for item in items:
                at = origin + dt.timedelta(seconds=item.at_s)
                heapq.heappush(plan, (at, next(counter), item.kind, item.channel, True))
                if item.duration_s > 0:
                    off = at + dt.timedelta(seconds=item.duration_s)
                    heapq.heappush(plan, (off, next(counter), item.kind, item.channel, False))

        schedule((i for i in self._schedule if not i.after_subscription), started)
        waiting = [i for i in self._schedule if i.after_subscription]
        planned_until = started
        while not self._stopped.is_set():
            now = self._now()
            if waiting and self._first_subscription is not None:
                schedule(waiting, self._first_subscription)
                waiting = []
            if self._motion_every_s:
                while planned_until <= now + dt.timedelta(seconds=self._motion_every_s):
                    planned_until += dt.timedelta(seconds=self._motion_every_s)
                    off = planned_until + dt.timedelta(seconds=min(2.0, self._motion_every_s / 2))
                    for channel in self.channels:
                        heapq.heappush(
                            plan, (planned_until, next(counter), "motion", channel, True)
                        )
                        heapq.heappush(plan, (off, next(counter), "motion", channel, False))
            elif self._hourly and planned_until <= now + dt.timedelta(seconds=60):
                end = now + dt.timedelta(seconds=MOTION_PLAN_S)
                for at, channel, state in hourly_motion(self.channels, planned_until, end):
                    heapq.heappush(plan, (at, next(counter), "motion", channel, state))
                planned_until = end
            while plan and plan[0][0] <= now:
                _at, _n, kind, channel, state = heapq.heappop(plan)
                self.raise_event(kind, channel, state)
            wait = 30.0
            if plan:
                wait = min(wait, max(0.0, (plan[0][0] - self._now()).total_seconds()))
            with self._cond:
                self._purge()
            with self._cond:
                # Woken early by stop() and by the first subscription, whose events then plan.
                if not self._stopped.is_set() and not (
                    waiting and self._first_subscription is not None
                ):
                    self._cond.wait(wait)

    # -- subscriptions --

    def _purge(self) -> None:
        now = time.monotonic()
        for key in [k for k, s in self._subs.items() if s.expires <= now]:
            del self._subs[key]
            self.expired.append(key)

    def create(self, seconds: float | None) -> tuple[Subscription, list[SimEvent]]:
        """A new subscription and the current states it is told first ("Initialized")."""
        with self._cond:
            self._purge()
            if len(self._subs) >= MAX_SUBSCRIPTIONS:
                raise TooManySubscriptionsError()
            sub = Subscription(
                secrets.token_hex(8), time.monotonic() + (seconds or DEFAULT_TERMINATION_S)
            )
            now = self._now()
            initial = [
                SimEvent(kind, channel, state, now, "Initialized")
                for (kind, channel), state in self._states.items()
                if state
            ]
            sub.messages.extend(initial)
            self._subs[sub.id] = sub
            if self._first_subscription is None:
                self._first_subscription = now
                self._cond.notify_all()
            return sub, initial

    def _get(self, sub_id: str) -> Subscription:
        self._purge()
        sub = self._subs.get(sub_id)
        if sub is None:
            raise UnknownSubscriptionError(sub_id)
        return sub

    def pull(self, sub_id: str, timeout_s: float, limit: int) -> tuple[list[SimEvent], float]:
        """Up to ``limit`` messages, waiting up to ``timeout_s`` for the first; and the
        subscription's expiry (monotonic)."""
        give_up = time.monotonic() + min(max(0.0, timeout_s), MAX_PULL_TIMEOUT_S)
        with self._cond:
            sub = self._get(sub_id)
            sub.pulls += 1
            while not sub.messages and not self._stopped.is_set():
                left = give_up - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
                if sub.id not in self._subs:  # unsubscribed while waiting
                    raise UnknownSubscriptionError(sub_id)
            out = [sub.messages.popleft() for _ in range(min(max(1, limit), len(sub.messages)))]
            return out, sub.expires

    def renew(self, sub_id: str, seconds: float | None) -> float:
        with self._cond:
            sub = self._get(sub_id)
            sub.expires = time.monotonic() + (seconds or DEFAULT_TERMINATION_S)
            sub.renewals += 1
            return sub.expires

    def unsubscribe(self, sub_id: str) -> None:
        with self._cond:
            self._get(sub_id)
            del self._subs[sub_id]
            self.unsubscribed.append(sub_id)
            self._cond.notify_all()

    def subscriptions(self) -> dict[str, Subscription]:
        with self._cond:
            self._purge()
            return dict(self._subs)
