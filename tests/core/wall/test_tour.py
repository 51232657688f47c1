"""Tours: the pages built from the risk list, today's plan and a hand-made list, the countdown
with its pauses, and tours saved per officer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import CameraPosition, RiskLevel, ValidationError
from app.rotation.plan import MonthPlan, PlanItem, PlanStore
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, Month
from app.wall.layout import WallModel
from app.wall.store import WallStore
from app.wall.tour import (
    MIN_AFTER_RESUME_S,
    PauseReason,
    StopKind,
    TourDefinition,
    TourSource,
    TourState,
    TourStop,
    TourStore,
    page_layout,
    tour_pages_steps,
)
from app.workers import run_to_end
from tests.helpers.clock import Clock, MonotonicClock
from tests.helpers.sites import SiteBuilder

OWNER = "officer:CB01"


@pytest.fixture
def registry(epewall_home: Path) -> Iterator[Registry]:
    reg = Registry()
    yield reg
    reg.close()


def five_cameras() -> list[tuple[int, CameraPosition]]:
    return [
        (1, CameraPosition.GATE),
        (2, CameraPosition.STORAGE_DOOR),
        (3, CameraPosition.STORAGE_YARD),
        (4, CameraPosition.INSIDE_STORAGE),
        (5, CameraPosition.GATE),
    ]


def test_the_risk_list_tour_shows_high_then_medium_risk_epes_page_by_page(
    registry: Registry,
) -> None:
    build = SiteBuilder(registry)
    build.add_epe("Công ty TNHH Thấp", "0100233488", (1, CameraPosition.GATE))
    build.add_epe(
        "Công ty TNHH Vừa", "3601234569", (1, CameraPosition.GATE), risk_level=RiskLevel.MEDIUM
    )
    build.add_epe("Công ty TNHH Cao", "2301275957", *five_cameras(), risk_level=RiskLevel.HIGH)

    plan = run_to_end(tour_pages_steps(registry, TourDefinition("Rủi ro", layout="2x2"), OWNER))
    auto = run_to_end(tour_pages_steps(registry, TourDefinition("Rủi ro"), OWNER))

    assert [(p.title, p.part, p.parts, p.wall.layout_name) for p in plan.pages] == [
        ("Cao", 1, 2, "2x2"),
        ("Cao", 2, 2, "2x2"),
        ("Vừa", 1, 1, "2x2"),
    ]
    assert len(plan.pages[0].camera_ids) == 4 and len(plan.pages[1].camera_ids) == 1
    assert [(p.title, p.wall.layout_name) for p in auto.pages] == [("Cao", "1+5"), ("Vừa", "1")]


def test_a_hand_made_list_mixes_epes_and_saved_walls_and_says_what_it_left_out(
    registry: Registry,
) -> None:
    build = SiteBuilder(registry)
    epe, cameras = build.add_epe("Công ty TNHH Sao Việt", "3601234569", *five_cameras()[:2])
    WallStore(registry).save("Cổng", OWNER, WallModel("1", [cameras[0].id]).to_dict())
    tour = TourDefinition(
        "Của tôi",
        TourSource.LIST,
        layout="3x3",
        stops=(
            TourStop(StopKind.WALL, "cổng"),
            TourStop(StopKind.EPE, "3601234569"),
            TourStop(StopKind.EPE, "0100233488"),
            TourStop(StopKind.WALL, "Gone"),
        ),
    )

    plan = run_to_end(tour_pages_steps(registry, tour, OWNER))

    assert [(p.title, p.epe_id, p.wall.layout_name) for p in plan.pages] == [
        ("cổng", epe.id, "1"),
        ("Sao Việt", epe.id, "3x3"),
    ]
    assert plan.skipped == [
        "The EPE with tax ID 0100233488 is no longer registered.",
        'There is no saved wall named "Gone".',
    ]


def test_todays_plan_tour_takes_the_officers_epes_of_the_day(registry: Registry) -> None:
    clock = Clock(dt.datetime(2026, 11, 23, 8, 0, tzinfo=VIETNAM))
    build = SiteBuilder(registry, clock)
    lead = build.add_lead()
    an = build.add_officer("CB01", "Nguyễn Văn An")
    a, _ = build.add_epe("Công ty TNHH A", "3601234569", (1, CameraPosition.GATE))
    b, _ = build.add_epe("Công ty TNHH B", "2301275957", (1, CameraPosition.GATE))
    c, _ = build.add_epe("Công ty TNHH C", "0100233488", (1, CameraPosition.GATE))
    today, tomorrow = dt.date(2026, 11, 23), dt.date(2026, 11, 24)
    items = [
        PlanItem(b.id or 0, today, an.id),
        PlanItem(a.id or 0, today, lead.id),
        PlanItem(c.id or 0, tomorrow, an.id),
    ]
    PlanStore(registry).save(lead, MonthPlan(Month(2026, 11), items, {}))
    tour = TourDefinition("Kế hoạch", TourSource.TODAY_PLAN)

    mine = run_to_end(tour_pages_steps(registry, tour, OWNER, an.id, clock))
    everyone = run_to_end(tour_pages_steps(registry, tour, OWNER, None, clock))

    assert [p.title for p in mine.pages] == ["B"]
    assert sorted(p.title for p in everyone.pages) == ["A", "B"]


def test_auto_layout_is_the_smallest_grid_that_holds_the_cameras() -> None:
    assert [page_layout(n) for n in (1, 2, 4, 5, 6, 7, 9, 10, 30)] == [
        "1",
        "2x2",
        "2x2",
        "1+5",
        "1+5",
        "3x3",
        "3x3",
        "4x4",
        "4x4",
    ]
    assert page_layout(1, "1+5") == "1+5"


def pages(count: int) -> list:
    from app.wall.tour import TourPage

    return [TourPage(f"EPE {i}", WallModel("1", [i])) for i in range(1, count + 1)]


def test_the_countdown_pages_on_and_starts_a_new_round_after_the_last_page() -> None:
    clock = MonotonicClock()
    state = TourState(pages(3), 30, clock)
    assert (state.current.title, state.upcoming.title, state.seconds_left) == ("EPE 1", "EPE 2", 30)
    clock.advance(29.5)
    assert not state.tick() and state.seconds_left == 1
    clock.advance(0.5)
    assert state.tick() and state.current.title == "EPE 2" and state.seconds_left == 30
    state.advance()
    state.advance()
    assert (state.current.title, state.round, state.upcoming.title) == ("EPE 1", 2, "EPE 2")


def test_touching_the_wall_pauses_the_tour_until_the_officer_lets_go() -> None:
    clock = MonotonicClock()
    state = TourState(pages(2), 30, clock, resume_after=20)
    clock.advance(28)
    state.touched()
    assert state.pause_reason() is PauseReason.INTERACTION and state.resumes_in() == 20
    clock.advance(15)
    state.touched()  # still working on the tile
    clock.advance(19)
    assert not state.tick() and state.current.title == "EPE 1"
    clock.advance(1)  # 20 s after the last touch: goes on, with time to look again
    assert not state.tick() and state.seconds_left == MIN_AFTER_RESUME_S
    clock.advance(MIN_AFTER_RESUME_S)
    assert state.tick() and state.current.title == "EPE 2"


def test_a_pause_counts_even_when_no_tick_came_while_it_lasted() -> None:
    clock = MonotonicClock()
    state = TourState(pages(2), 30, clock, resume_after=20)
    clock.advance(28)
    state.touched()
    clock.advance(24)  # no tick in between: the window was busy
    assert not state.tick() and state.seconds_left == 1
    clock.advance(1)
    assert state.tick() and state.current.title == "EPE 2"


def test_holds_and_the_pause_button_stop_the_clock_until_released() -> None:
    clock = MonotonicClock()
    state = TourState(pages(2), 10, clock)
    state.hold("maximised", True)
    clock.advance(300)
    assert not state.tick() and state.pause_reason() is PauseReason.HOLD
    state.hold("maximised", False)
    state.set_officer_pause(True)
    clock.advance(300)
    assert not state.tick() and state.pause_reason() is PauseReason.OFFICER
    state.set_officer_pause(False)
    clock.advance(10)
    assert state.tick() and state.current.title == "EPE 2"


def test_tours_are_saved_per_officer_and_checked(registry: Registry) -> None:
    store = TourStore(registry)
    tour = TourDefinition(
        " Rủi ro cao ", TourSource.LIST, 45, "2x2", (TourStop(StopKind.EPE, "3601234569"),)
    )
    store.save(tour, OWNER)
    store.save(TourDefinition("rủi ro cao", TourSource.RISK_LIST, 20), OWNER)  # same name: replaced
    assert [t.name for t in store.list(OWNER)] == ["rủi ro cao"]
    assert store.load("RỦI RO CAO", OWNER) == TourDefinition("rủi ro cao", TourSource.RISK_LIST, 20)
    assert store.list("officer:CB02") == []
    with pytest.raises(KeyError):
        store.load("rủi ro cao", "officer:CB02")
    with pytest.raises(ValidationError, match="between 5 and 3600 seconds"):
        store.save(TourDefinition("x", dwell_seconds=2), OWNER)
    with pytest.raises(ValidationError, match="Tick at least one"):
        store.save(TourDefinition("x", TourSource.LIST), OWNER)
    with registry.database() as db:
        db.execute("UPDATE tours SET tour = '{\"source\": 7}'")
    assert store.list(OWNER)[0].tour is None
    with pytest.raises(ValueError, match="damaged"):
        store.load("rủi ro cao", OWNER)
    store.delete("Rủi ro cao", OWNER)
    assert store.list(OWNER) == []
