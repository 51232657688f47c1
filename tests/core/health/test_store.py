"""Health as state changes, and availability from them by local day and month."""

from __future__ import annotations

import datetime as dt

from app.domain import CameraPosition
from app.health.model import CameraCondition, ProbeResult, SuspectedKind
from app.health.store import HealthStore
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, Month
from tests.helpers.clock import Clock
from tests.helpers.sites import SiteBuilder

OK, DOWN, UNKNOWN = CameraCondition.OK, CameraCondition.UNREACHABLE, CameraCondition.UNKNOWN


def _vn(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=VIETNAM)


def _camera(registry: Registry) -> tuple[int, int]:
    epe, cameras = SiteBuilder(registry).add_epe(
        "Công ty TNHH Điện tử Sao Việt", "3601234569", (1, CameraPosition.GATE)
    )
    assert epe.id is not None and cameras[0].id is not None
    return epe.id, cameras[0].id


def _looks(
    store: HealthStore,
    epe_id: int,
    camera_id: int,
    start: dt.datetime,
    end: dt.datetime,
    condition: CameraCondition,
) -> None:
    """A look every 5 minutes from ``start`` until before ``end``, as the monitor makes them."""
    moment = start
    while moment < end:
        store.record([ProbeResult(epe_id, camera_id, 1, condition, moment)])
        moment += dt.timedelta(minutes=5)


def test_only_changes_are_stored_and_since_is_when_the_outage_began(registry: Registry) -> None:
    epe_id, camera_id = _camera(registry)
    clock = Clock(_vn(2026, 11, 2, 12))
    store = HealthStore(registry, clock)
    _looks(store, epe_id, camera_id, _vn(2026, 11, 2, 8), _vn(2026, 11, 2, 9), OK)
    _looks(store, epe_id, camera_id, _vn(2026, 11, 2, 9), _vn(2026, 11, 2, 10), DOWN)
    changes = store.changes(epe_id)
    assert [(c.condition, c.at) for c in changes] == [
        (OK, _vn(2026, 11, 2, 8)),
        (DOWN, _vn(2026, 11, 2, 9)),
    ]
    (now,) = store.current(epe_id)
    assert now.condition is DOWN
    assert now.since == _vn(2026, 11, 2, 9)
    assert now.checked_at == _vn(2026, 11, 2, 9, 55)


def test_record_returns_only_the_cameras_that_changed(registry: Registry) -> None:
    epe_id, camera_id = _camera(registry)
    store = HealthStore(registry)
    first = _vn(2026, 11, 2, 8)
    assert len(store.record([ProbeResult(epe_id, camera_id, 1, OK, first)])) == 1
    later = first + dt.timedelta(minutes=2)
    assert store.record([ProbeResult(epe_id, camera_id, 1, OK, later)]) == []
    (changed,) = store.record([ProbeResult(epe_id, camera_id, 1, DOWN, later, "refused")])
    assert changed.condition is DOWN and changed.detail == "refused"


def test_an_outage_across_local_midnight_counts_on_both_days(registry: Registry) -> None:
    epe_id, camera_id = _camera(registry)
    store = HealthStore(registry, Clock(_vn(2026, 11, 4, 12)))
    _looks(store, epe_id, camera_id, _vn(2026, 11, 2, 0), _vn(2026, 11, 2, 23), OK)
    _looks(store, epe_id, camera_id, _vn(2026, 11, 2, 23), _vn(2026, 11, 3, 1), DOWN)
    _looks(store, epe_id, camera_id, _vn(2026, 11, 3, 1), _vn(2026, 11, 4, 0, 5), OK)
    days = store.availability(camera_id, dt.date(2026, 11, 1), dt.date(2026, 11, 3))
    assert days[dt.date(2026, 11, 1)] is None  # nothing observed
    assert abs((days[dt.date(2026, 11, 2)] or 0) - 23 / 24) < 1e-9
    assert abs((days[dt.date(2026, 11, 3)] or 0) - 23 / 24) < 1e-9


def test_time_nobody_looked_is_neither_up_nor_down(registry: Registry) -> None:
    epe_id, camera_id = _camera(registry)
    store = HealthStore(registry, Clock(_vn(2026, 11, 3, 12)), dt.timedelta(minutes=10))
    # Down 08:00-10:00, then the workstation is off until 18:00, then OK until midnight.
    _looks(store, epe_id, camera_id, _vn(2026, 11, 2, 8), _vn(2026, 11, 2, 10), DOWN)
    _looks(store, epe_id, camera_id, _vn(2026, 11, 2, 18), _vn(2026, 11, 3, 0, 5), OK)
    (day,) = store.availability(camera_id, dt.date(2026, 11, 2), dt.date(2026, 11, 2)).values()
    down = 2 * 3600 + 5 * 60  # the last DOWN look (09:55) holds for stale_after (10 min)
    ok = 6 * 3600
    assert day is not None and abs(day - ok / (ok + down)) < 1e-9
    kinds = [c.condition for c in store.changes(epe_id)]
    assert kinds == [DOWN, UNKNOWN, OK]


def test_unknown_does_not_count_as_down(registry: Registry) -> None:
    epe_id, camera_id = _camera(registry)
    store = HealthStore(registry, Clock(_vn(2026, 11, 3, 12)))
    _looks(store, epe_id, camera_id, _vn(2026, 11, 2, 0), _vn(2026, 11, 2, 12), OK)
    _looks(store, epe_id, camera_id, _vn(2026, 11, 2, 12), _vn(2026, 11, 3, 0, 5), UNKNOWN)
    assert store.availability(camera_id, dt.date(2026, 11, 2), dt.date(2026, 11, 2)) == {
        dt.date(2026, 11, 2): 1.0
    }


def test_month_availability_is_ok_time_over_observed_time(registry: Registry) -> None:
    epe_id, camera_id = _camera(registry)
    store = HealthStore(registry, Clock(_vn(2026, 12, 5)), dt.timedelta(days=40))
    store.record([ProbeResult(epe_id, camera_id, 1, OK, _vn(2026, 10, 20))])
    store.record([ProbeResult(epe_id, camera_id, 1, DOWN, _vn(2026, 11, 10, 9))])
    store.record([ProbeResult(epe_id, camera_id, 1, OK, _vn(2026, 11, 10, 21))])
    store.record([ProbeResult(epe_id, camera_id, 1, OK, _vn(2026, 12, 1, 0, 1))])
    (fraction,) = store.monthly([camera_id], Month(2026, 11)).values()
    assert fraction is not None and abs(fraction - (1 - 12 / (30 * 24))) < 1e-9
    # The state in force before the month (OK since October) is carried into it.
    days = store.availability(camera_id, dt.date(2026, 11, 1), dt.date(2026, 11, 1))
    assert days == {dt.date(2026, 11, 1): 1.0}


def test_the_suspected_kind_tells_a_dark_epe_from_dead_cameras() -> None:
    assert SuspectedKind.of([DOWN, DOWN, DOWN]) is SuspectedKind.TRANSMISSION
    assert SuspectedKind.of([DOWN, OK, DOWN]) is SuspectedKind.EQUIPMENT
    # An NVR that refuses our account answers: its line works.
    assert SuspectedKind.of([DOWN, CameraCondition.WRONG_ACCOUNT]) is SuspectedKind.EQUIPMENT
    assert SuspectedKind.of([CameraCondition.NO_PICTURE]) is SuspectedKind.EQUIPMENT
    assert SuspectedKind.of([DOWN, UNKNOWN]) is SuspectedKind.TRANSMISSION
    assert SuspectedKind.of([OK, UNKNOWN]) is None
