"""Coverage numbers on a known data set: month view, officers' totals, heat map, 12-month
series and CSV."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import Epe, RiskLevel
from app.officers.profiles import Officer
from app.rotation.checks import CheckReason, CheckResult, CheckService, Findings
from app.rotation.coverage import (
    coverage_csv,
    coverage_series,
    heat_map,
    load_bundle,
    month_checks_csv,
    month_coverage,
    officer_totals_csv,
    risk_label,
    write_coverage_csv,
)
from app.rotation.plan import MonthPlan, PlanItem, PlanStore
from app.sites.registry import Registry
from app.timekeeping import Month
from tests.helpers.clock import Clock
from tests.helpers.sites import SiteBuilder

NOVEMBER = Month(2026, 11)


@pytest.fixture(scope="module")
def registry() -> Iterator[Registry]:
    """Four EPEs, two officers and a lead; checks in October, November and December (times in
    Vietnam, UTC+7), and a saved November plan."""
    clock = Clock(dt.datetime(2026, 10, 1, tzinfo=dt.UTC))
    registry = Registry(":memory:")
    build = SiteBuilder(registry, clock)
    lead = build.add_lead()
    hoa = build.add_officer("CB01", "Lê Thị Hoa")
    minh = build.add_officer("CB02", "Phạm Minh")
    (alpha, _), (beta, _), (gamma, _), (delta, _) = (
        build.add_epe(f"Công ty {name}", tax_id, risk_level=risk)
        for name, tax_id, risk in (
            ("Alpha", "0100233488", RiskLevel.HIGH),
            ("Beta", "0100109106", RiskLevel.MEDIUM),
            ("Gamma", "1000000019", RiskLevel.LOW),
            ("Delta", "1000000026", RiskLevel.LOW),
        )
    )
    for epe in (alpha, beta, gamma):
        build.assign(epe, hoa)
    for epe in (alpha, delta):
        build.assign(epe, minh)
    service = CheckService(registry, clock=clock)

    def check(
        when: dt.datetime,
        officer: Officer,
        epe: Epe,
        result: CheckResult,
        reason: CheckReason = CheckReason.PLANNED,
    ) -> str:
        clock.now = when
        session = service.start_check(officer, epe.id or 0, reason)
        clock.now = when + dt.timedelta(minutes=20)
        text = "" if result is CheckResult.NORMAL else "cổng kho mở"
        return session.end(Findings(result, text)).check_id

    check(dt.datetime(2026, 10, 15, 2, 0, tzinfo=dt.UTC), hoa, gamma, CheckResult.NORMAL)
    # 18:00 UTC on 31 October is 01:00 on 1 November in Vietnam: a November check.
    check(
        dt.datetime(2026, 10, 31, 18, 0, tzinfo=dt.UTC),
        minh,
        alpha,
        CheckResult.NORMAL,
        CheckReason.TIP,
    )
    amended = check(
        dt.datetime(2026, 11, 3, 2, 0, tzinfo=dt.UTC), hoa, alpha, CheckResult.IRREGULARITY
    )
    check(dt.datetime(2026, 11, 4, 2, 0, tzinfo=dt.UTC), hoa, beta, CheckResult.NORMAL)
    # 00:30 on 1 December in Vietnam.
    check(dt.datetime(2026, 11, 30, 17, 30, tzinfo=dt.UTC), hoa, beta, CheckResult.NORMAL)
    clock.now = dt.datetime(2026, 11, 5, 2, 0, tzinfo=dt.UTC)
    service.amend(lead, amended, "xác minh lại", result=CheckResult.SUSPECTED_VIOLATION)

    def item(epe: Epe, day: int, officer: Officer) -> PlanItem:
        return PlanItem(epe.id or 0, dt.date(2026, 11, day), officer.id)

    PlanStore(registry).save(
        lead,
        MonthPlan(
            NOVEMBER,
            [
                item(alpha, 5, hoa),
                item(alpha, 20, minh),
                item(beta, 10, hoa),
                item(gamma, 12, hoa),
                item(delta, 25, minh),
            ],
            {},
        ),
    )
    yield registry
    registry.close()


def test_month_view_lists_epes_without_a_check_first(registry: Registry) -> None:
    coverage = month_coverage(registry, NOVEMBER, today=dt.date(2026, 12, 1))
    table = [
        (
            r.name,
            r.checks_done,
            r.planned,
            r.planned_done,
            r.last_check_day,
            r.last_result,
            r.last_officer,
        )
        for r in coverage.rows
    ]
    assert table == [
        ("Công ty Delta", 0, 1, 0, None, None, ""),
        ("Công ty Gamma", 0, 1, 0, dt.date(2026, 10, 15), CheckResult.NORMAL, "Lê Thị Hoa"),
        (
            "Công ty Alpha",
            2,
            2,
            1,
            dt.date(2026, 11, 3),
            CheckResult.SUSPECTED_VIOLATION,
            "Lê Thị Hoa",
        ),
        ("Công ty Beta", 1, 1, 1, dt.date(2026, 11, 4), CheckResult.NORMAL, "Lê Thị Hoa"),
    ]
    assert [r.missing for r in coverage.rows] == [True, True, False, False]
    assert coverage.rows[2].responsible == ("Lê Thị Hoa", "Phạm Minh")
    assert (coverage.epes_total, coverage.epes_checked, coverage.checks) == (4, 2, 3)
    assert coverage.percent == 50.0


def test_officers_totals(registry: Registry) -> None:
    coverage = month_coverage(registry, NOVEMBER, today=dt.date(2026, 12, 1))
    totals = [
        (
            t.officer_code,
            t.checks,
            t.scheduled,
            t.unscheduled,
            t.outside_working_time,
            t.epes_checked,
            t.planned,
            t.planned_done,
        )
        for t in coverage.officers
    ]
    assert totals == [
        ("CB01", 2, 2, 0, 0, 2, 3, 2),
        ("CB02", 1, 0, 1, 1, 1, 2, 0),
        ("TL01", 0, 0, 0, 0, 0, 0, 0),
    ]


def test_the_risk_filter_narrows_rows_and_totals(registry: Registry) -> None:
    coverage = month_coverage(registry, NOVEMBER, [RiskLevel.HIGH], today=dt.date(2026, 12, 1))
    assert [r.name for r in coverage.rows] == ["Công ty Alpha"]
    assert [(t.officer_code, t.checks) for t in coverage.officers] == [
        ("CB01", 1),
        ("CB02", 1),
        ("TL01", 0),
    ]
    low = month_coverage(registry, NOVEMBER, ["low"])
    assert (low.epes_total, low.epes_checked) == (2, 0)


def test_heat_map_and_twelve_month_series(registry: Registry) -> None:
    heat = heat_map(registry, NOVEMBER)
    assert [name for _tax, name in heat.epes] == [
        "Công ty Alpha",
        "Công ty Beta",
        "Công ty Delta",
        "Công ty Gamma",
    ]
    assert len(heat.days) == 30 and heat.days[0] == dt.date(2026, 11, 1)
    assert not heat.working[0]  # a Sunday
    assert not heat.working[23]  # 24 November, Vietnam Cultural Day
    assert heat.working[2]
    alpha = heat.counts[0]
    assert [day + 1 for day, n in enumerate(alpha) if n] == [1, 3]
    assert sum(map(sum, heat.counts)) == 3 and heat.maximum == 1
    assert [day + 1 for day, n in enumerate(heat.planned[0]) if n] == [5, 20]

    series = coverage_series(registry, NOVEMBER, months=12)
    assert [str(p.month) for p in series][:2] == ["2025-12", "2026-01"]
    assert [(str(p.month), p.epes_checked, p.checks) for p in series[-3:]] == [
        ("2026-09", 0, 0),
        ("2026-10", 1, 1),
        ("2026-11", 2, 3),
    ]
    assert series[-1].percent == 50.0 and series[-1].epes_total == 4
    december = coverage_series(registry, Month(2026, 12), months=1)
    assert [(p.epes_checked, p.checks) for p in december] == [(1, 1)]


def test_csv_exports(registry: Registry) -> None:
    coverage = month_coverage(registry, NOVEMBER, today=dt.date(2026, 12, 1))
    lines = coverage_csv(coverage).splitlines()
    assert lines[0].startswith("EPE,Tax ID,Risk level,Checks this month,Planned")
    assert lines[1] == "Công ty Delta,\t1000000026,Low,0,1,0,,,,Phạm Minh"
    assert lines[3] == (
        "Công ty Alpha,\t0100233488,High,2,2,1,2026-11-03,Suspected violation,"
        "Lê Thị Hoa,Lê Thị Hoa; Phạm Minh"
    )
    assert officer_totals_csv(coverage).splitlines()[1] == "CB01,Lê Thị Hoa,2,2,0,0,2,3,2"
    checks = month_checks_csv(registry, NOVEMBER).splitlines()
    assert len(checks) == 4
    assert checks[1].startswith(
        "2026-11-01 01:00,2026-11-01 01:20,Công ty Alpha,\t0100233488,"
        "CB02,Phạm Minh,Tip-off,yes,Normal,0,"
    )
    assert ",Suspected violation,1," in checks[2]


def test_the_views_bundle_holds_the_month_its_heat_map_the_year_and_the_holidays(
    registry: Registry,
) -> None:
    bundle = load_bundle(registry, NOVEMBER, frozenset({RiskLevel.HIGH}), dt.date(2026, 12, 1))
    assert bundle.coverage.risk_levels == frozenset({"high"})
    assert [r.name for r in bundle.coverage.rows] == ["Công ty Alpha"]
    assert [name for _tax, name in bundle.heat.epes] == ["Công ty Alpha"]
    assert [day + 1 for day, n in enumerate(bundle.heat.planned[0]) if n] == [5, 20]
    assert len(bundle.series) == 12 and bundle.series[-1].month == NOVEMBER
    assert bundle.series[-1].epes_total == 1
    assert list(bundle.holidays) == [dt.date(2026, 11, 24)]  # Vietnam Cultural Day


def test_the_csv_file_starts_with_a_bom_for_spreadsheet_programs(
    registry: Registry, tmp_path: Path
) -> None:
    coverage = month_coverage(registry, NOVEMBER, today=dt.date(2026, 12, 1))
    target = write_coverage_csv(coverage, tmp_path / "coverage.csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig") == coverage_csv(coverage)


def test_risk_levels_read_as_labels_and_unknown_ones_as_stored() -> None:
    assert risk_label("high") == "High"
    assert risk_label("") == ""  # an EPE known only from imported checks
    assert risk_label("extreme") == "extreme"  # written by a newer version
