"""The monthly plan: every EPE in turn, risk EPEs more often, working days only, officers
balanced and absences respected; saving, dragging, and plan versus reality."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from app.domain import Epe, RiskLevel, ValidationError
from app.officers.absences import Absence, add_absence
from app.officers.profiles import Officer, OfficerStore, PermissionDeniedError, Role
from app.rotation.checks import CheckResult, CheckService, Findings
from app.rotation.ledger import Ledger, RecordKind
from app.rotation.plan import (
    DEFAULT_WEIGHTS,
    ItemState,
    MonthPlan,
    PlanItem,
    PlanStore,
    build_plan,
    generate_and_save,
    generate_plan,
    load_plan_view,
    match_checks,
    plan_csv,
    plan_steps,
    plan_vs_reality,
)
from app.sites.registry import Registry
from app.timekeeping import Month, WorkingCalendar
from tests.helpers.clock import Clock

FEB_2027 = Month(2027, 2)  # Tết: 4-10 February
RISKS = (RiskLevel.LOW, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH)


def epes(count: int) -> list[Epe]:
    return [
        Epe(f"EPE {i:03d}", f"{i:010d}", risk_level=RISKS[i % 4], id=i, uid=f"u{i}")
        for i in range(1, count + 1)
    ]


def run(month: Month, *args: object, **kwargs: object) -> MonthPlan:
    steps = list(generate_plan(month, *args, **kwargs))  # type: ignore[arg-type]
    assert all(s.result is None for s in steps[:-1])
    plan = steps[-1].result
    assert plan is not None
    return plan


def test_plan_covers_every_epe_on_working_days_around_lunar_new_year() -> None:
    sites = epes(60)
    # Officers 1-4 share the EPEs in pairs: EPE i is the job of officers i%4+1 and (i+1)%4+1.
    responsible = {e.id or 0: [(e.id or 0) % 4 + 1, ((e.id or 0) + 1) % 4 + 1] for e in sites}
    plan = run(FEB_2027, sites, responsible)

    assert plan.warnings == []
    working = set(WorkingCalendar().working_days(FEB_2027))
    assert {i.day for i in plan.items} <= working
    assert not {i.day for i in plan.items} & {dt.date(2027, 2, d) for d in range(4, 11)}
    per_epe = Counter(i.epe_id for i in plan.items)
    for epe in sites:
        assert per_epe[epe.id or 0] == DEFAULT_WEIGHTS[epe.risk_level], epe
        days = [i.day for i in plan.items_for(epe.id or 0)]
        assert len(set(days)) == len(days), "one EPE, several checks: different days"
        assert all(i.officer_id in responsible[epe.id or 0] for i in plan.items_for(epe.id or 0))
    # A high-risk EPE is checked in each quarter of the month, not four days in a row.
    high = plan.items_for(3)
    assert (high[-1].day - high[0].day).days >= 14
    load = Counter(i.officer_id for i in plan.items)
    assert max(load.values()) - min(load.values()) <= 1
    per_day = Counter(i.day for i in plan.items)
    assert max(per_day.values()) - min(per_day.values()) <= 2


def test_absences_and_weights_are_respected() -> None:
    sites = epes(12)
    responsible = {e.id or 0: [1, 2] for e in sites}
    leave = Absence(1, dt.date(2026, 11, 9), dt.date(2026, 11, 20))
    weights = {RiskLevel.LOW: 1, RiskLevel.MEDIUM: 3, RiskLevel.HIGH: 6}
    plan = run(Month(2026, 11), sites, responsible, absences=[leave], weights=weights)
    assert not [i for i in plan.items if i.officer_id == 1 and leave.covers(i.day)]
    assert Counter(i.epe_id for i in plan.items)[3] == 6
    assert plan.weights == {"low": 1, "medium": 3, "high": 6}
    assert dt.date(2026, 11, 24) not in {i.day for i in plan.items}  # Vietnam Cultural Day


def test_epes_nobody_can_check_are_planned_with_a_warning() -> None:
    sites = epes(2)
    plan = run(
        Month(2026, 11),
        sites,
        {1: [7]},
        absences=[Absence(7, dt.date(2026, 11, 1), dt.date(2026, 11, 30))],
    )
    assert {i.epe_id for i in plan.items} == {1, 2}
    assert all(i.officer_id is None for i in plan.items)
    assert any("EPE 002: no officer is responsible" in w for w in plan.warnings)
    assert any("EPE 001: every responsible officer is away" in w for w in plan.warnings)


def test_one_real_check_satisfies_one_planned_check_in_its_window() -> None:
    month = Month(2026, 11)
    plan = MonthPlan(
        month,
        [
            PlanItem(1, dt.date(2026, 11, 5), 1),
            PlanItem(1, dt.date(2026, 11, 19), 1),
            PlanItem(2, dt.date(2026, 11, 12), 2),
        ],
        {},
    )
    # EPE 1's windows: 1-11 and 12-30 November.
    assert plan.windows()[0] == (dt.date(2026, 11, 1), dt.date(2026, 11, 11))
    assert plan.windows()[1] == (dt.date(2026, 11, 12), dt.date(2026, 11, 30))
    checks = {1: [(dt.date(2026, 11, 3), "a"), (dt.date(2026, 11, 4), "b")]}
    status = match_checks(plan, checks, today=dt.date(2026, 11, 16))
    assert [(s.state, s.check_id) for s in status] == [
        (ItemState.DONE, "a"),
        (ItemState.DUE, None),
        (ItemState.DUE, None),
    ]
    status = match_checks(plan, checks, today=dt.date(2026, 12, 1))
    assert [s.state for s in status] == [ItemState.DONE, ItemState.MISSED, ItemState.MISSED]
    status = match_checks(plan, {}, today=dt.date(2026, 10, 30))
    assert {s.state for s in status} == {ItemState.UPCOMING}


def test_plans_are_saved_dragged_and_compared_with_real_checks() -> None:
    clock = Clock(dt.datetime(2026, 10, 28, 2, 0, tzinfo=dt.UTC))
    registry = Registry(":memory:")
    store = OfficerStore(registry, clock)
    lead = store.add_officer(None, Officer("TL01", "Trần Văn Lâm", Role.TEAM_LEAD), "246813")
    hoa = store.add_officer(lead, Officer("CB01", "Lê Thị Hoa", Role.OFFICER), "135724")
    alpha = registry.add_epe(Epe("Công ty Alpha", "0100233488", risk_level=RiskLevel.MEDIUM))
    beta = registry.add_epe(Epe("Công ty Beta", "0100109106"))
    assert alpha.id and beta.id and hoa.id
    store.assign(lead, alpha.id, hoa.id)
    store.assign(lead, beta.id, hoa.id)

    steps = list(plan_steps(registry, Month(2026, 11)))
    assert steps[-1].result is not None and steps[-1].done == steps[-1].total == 2
    plan = build_plan(registry, Month(2026, 11))
    assert len(plan.items) == 3 and {i.officer_id for i in plan.items} == {hoa.id}
    with pytest.raises(PermissionDeniedError):
        PlanStore(registry).save(hoa, plan)
    saved = PlanStore(registry).save(lead, plan)
    assert saved.id is not None and saved.created_by == "TL01"

    beta_item = saved.items_for(beta.id)[0]
    assert beta_item.id is not None
    with pytest.raises(ValidationError, match="within its month"):
        PlanStore(registry).move_item(lead, beta_item.id, dt.date(2026, 12, 1))
    with pytest.raises(PermissionDeniedError):
        PlanStore(registry).move_item(hoa, beta_item.id, dt.date(2026, 11, 27))
    moved = PlanStore(registry).move_item(lead, beta_item.id, dt.date(2026, 11, 27))
    assert moved.day == dt.date(2026, 11, 27)
    trail = Ledger(registry).records(RecordKind.AUDIT)[-1].payload
    assert (
        trail["action"],
        trail["officer"],
        trail["details"]["change"],
        trail["details"]["day"],
    ) == ("plan_changed", "TL01", "moved", "2026-11-27")
    reloaded = PlanStore(registry).load(Month(2026, 11))
    assert reloaded is not None
    assert reloaded.items_for(beta.id)[0].day == dt.date(2026, 11, 27)

    clock.now = dt.datetime(2026, 11, 10, 2, 0, tzinfo=dt.UTC)
    CheckService(registry, clock=clock).start_check(hoa, beta.id).end(Findings(CheckResult.NORMAL))
    status = plan_vs_reality(registry, reloaded, today=dt.date(2026, 11, 30))
    by_epe = {s.item.epe_id: s.state for s in status if s.item.epe_id == beta.id}
    assert by_epe == {beta.id: ItemState.DONE}
    assert [s.state for s in status if s.item.epe_id == alpha.id].count(ItemState.DONE) == 0

    text = plan_csv(registry, reloaded)
    assert text.splitlines()[0] == "Day,EPE,Tax ID,Risk level,Officer code,Officer,Note"
    assert "2026-11-27,Công ty Beta,\t0100109106,Low,CB01,Lê Thị Hoa," in text
    registry.close()


def test_the_calendar_month_is_generated_saved_and_read_with_who_is_away() -> None:
    clock = Clock(dt.datetime(2026, 10, 28, 2, 0, tzinfo=dt.UTC))
    registry = Registry(":memory:")
    store = OfficerStore(registry, clock)
    lead = store.add_officer(None, Officer("TL01", "Trần Văn Lâm", Role.TEAM_LEAD), "246813")
    hoa = store.add_officer(lead, Officer("CB01", "Lê Thị Hoa", Role.OFFICER), "135724")
    minh = store.add_officer(lead, Officer("CB02", "Phạm Minh", Role.OFFICER), "135724")
    alpha = registry.add_epe(Epe("Công ty Alpha", "0100233488", risk_level=RiskLevel.HIGH))
    beta = registry.add_epe(Epe("Công ty Beta", "0100109106"))
    gamma = registry.add_epe(Epe("Công ty Gamma", "1000000019"))
    assert alpha.id and beta.id and gamma.id and hoa.id and minh.id
    store.assign(lead, alpha.id, hoa.id)
    store.assign(lead, beta.id, minh.id)  # gamma: nobody is responsible
    add_absence(registry, lead, Absence(minh.id, dt.date(2026, 11, 9), dt.date(2026, 11, 13)))
    november, calendar = Month(2026, 11), WorkingCalendar()

    empty = load_plan_view(registry, november, dt.date(2026, 10, 28), calendar)
    assert empty.plan is None and empty.statuses == []

    steps = generate_and_save(registry, november, lead, calendar)
    progress = []
    try:
        while True:
            progress.append(next(steps))
    except StopIteration as done:
        saved: MonthPlan = done.value
    assert progress[-1] == (3, 3, "")
    assert saved.id is not None and len(saved.items) == 6  # high risk: four checks
    assert any("Công ty Gamma: no officer is responsible" in w for w in saved.warnings)
    with pytest.raises(PermissionDeniedError):
        list(generate_and_save(registry, november, hoa, calendar))

    view = load_plan_view(registry, november, dt.date(2026, 11, 30), calendar)
    assert view.plan is not None and view.plan.id == saved.id
    assert {s.state for s in view.statuses} == {ItemState.MISSED, ItemState.DUE}
    assert view.state_counts()[ItemState.MISSED] + view.state_counts()[ItemState.DUE] == 6
    assert view.officer_load() == {"CB01": 4, "CB02": 1, None: 1}
    assert view.away_codes(dt.date(2026, 11, 10)) == ["CB02"]
    assert view.away_codes(dt.date(2026, 11, 16)) == []
    assert list(view.holidays) == [dt.date(2026, 11, 24)]  # Vietnam Cultural Day
    assert dt.date(2026, 11, 24) not in view.working and dt.date(2026, 11, 23) in view.working
    first = saved.items[0]
    assert first.id is not None
    status = view.status_of(first.id)
    assert status is not None and status.item == first
    assert view.status_of(-1) is None
    assert set(view.epes) == {alpha.id, beta.id, gamma.id}
    assert {o.code for o in view.officers.values()} == {"TL01", "CB01", "CB02"}
    registry.close()
