"""The simulated device's event schedule: the archive's motion times, and the site's events."""

from __future__ import annotations

import datetime as dt

import pytest

from app.simsite.config import SITE_ZONE
from app.simsite.onvif_events import EventService, ScheduledEvent, hourly_motion, parse_schedule
from app.simsite.recorder import DEFAULT_RETENTION_DAYS, motion_events


def test_live_motion_comes_when_the_archive_has_motion() -> None:
    start = dt.datetime(2026, 12, 1, 8, 0, tzinfo=SITE_ZONE)
    end = dt.datetime(2026, 12, 1, 10, 0, tzinfo=SITE_ZONE)
    plan = hourly_motion([1, 4], start, end)
    assert sorted((at.astimezone(SITE_ZONE).strftime("%H:%M:%S"), n, on) for at, n, on in plan) == [
        ("08:10:00", 1, True),
        ("08:10:00", 4, True),
        ("08:10:21", 1, False),
        ("08:10:24", 4, False),
        ("09:10:00", 1, True),
        ("09:10:00", 4, True),
        ("09:10:21", 1, False),
        ("09:10:24", 4, False),
    ]
    # The same moments an event search of the recorder finds afterwards.
    archive = motion_events(DEFAULT_RETENTION_DAYS, 4, start, end, end, False)
    assert [(on, True) for on, _off in archive] == [(at, s) for at, n, s in plan if n == 4 and s]


def test_the_site_schedule_is_checked_and_names_the_bad_place() -> None:
    events, every = parse_schedule(
        {"schedule": [{"kind": "tampering", "camera": 2, "at_s": 90, "duration_s": 30}]}
    )
    assert events == [ScheduledEvent("tampering", 2, 90.0, 30.0)] and every is None
    with pytest.raises(ValueError, match=r"events.schedule\[0\].kind"):
        parse_schedule({"schedule": [{"kind": "fire"}]})
    with pytest.raises(ValueError, match="motion_every_s"):
        parse_schedule({"motion_every_s": -1})


def test_a_subscription_hears_only_what_came_after_it_and_expires() -> None:
    service = EventService([1], hourly=False)
    service.raise_event("video_loss", 1, True)
    sub, initial = service.create(0.2)
    assert [(e.kind, e.operation) for e in initial] == [("video_loss", "Initialized")]
    service.raise_event("tampering", 1, True)
    messages, _expires = service.pull(sub.id, 0.0, 10)
    assert [(m.kind, m.operation) for m in messages] == [
        ("video_loss", "Initialized"),
        ("tampering", "Changed"),
    ]
    empty, _ = service.pull(sub.id, 0.05, 10)  # waits its Timeout, then answers with nothing
    assert empty == []
    sub.expires = 0.0  # its termination time has come (no thread of the service runs here)
    assert service.subscriptions() == {} and service.expired == [sub.id]


def test_a_schedule_on_the_subscription_clock_waits_for_the_first_subscriber() -> None:
    events, _every = parse_schedule(
        {"clock": "first_subscription", "schedule": [{"kind": "tampering", "camera": 1}]}
    )
    assert events == [ScheduledEvent("tampering", 1, 0.0, 10.0, after_subscription=True)]
    with pytest.raises(ValueError, match="events.clock"):
        parse_schedule({"clock": "noon"})
    service = EventService([1], events, hourly=False).start()
    try:
        # Nothing is raised while nobody listens, however long the site has run.
        assert service.raised == []
        sub, _initial = service.create(30)
        messages, _expires = service.pull(sub.id, 10.0, 10)
        assert [(m.kind, m.channel, m.state) for m in messages] == [("tampering", 1, True)]
    finally:
        service.stop()
