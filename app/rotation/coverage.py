"""Coverage for team leads (Decision 247 II.1): who checked which EPE this month, and what is
still missing.

Everything here reads the ``checks`` table that the ledger keeps (one row per closed check, its
result after amendments), so a month view over years of checks is a few indexed queries. Checks
are counted in the Vietnamese month in which they started. EPEs are those of the registry now;
checks of an EPE this workstation does not know (imported from another one) get a row of their
own, with no risk level.

All results are plain dataclasses for a view, a chart or the command line to show.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.domain import Epe, RiskLevel
from app.exports import csv_text
from app.officers.profiles import OfficerStore
from app.rotation.checks import CheckReason, CheckResult
from app.rotation.plan import MonthPlan, PlanStore, match_checks
from app.sites.registry import Registry
from app.timekeeping import Month, WorkingCalendar, local_day, parse_utc, show_local, utc_now


@dataclass(frozen=True)
class EpeCoverage:
    """One EPE in the month view."""

    epe_id: int | None  # None: known only from imported checks
    tax_id: str
    name: str
    risk_level: str  # a RiskLevel value, or "" when the EPE is not in the registry
    checks_done: int
    planned: int
    planned_done: int
    last_check_day: dt.date | None  # the latest check up to the end of the month
    last_result: CheckResult | None
    last_officer: str
    responsible: tuple[str, ...] = ()  # names of the officers responsible now

    @property
    def missing(self) -> bool:
        """No check at all this month."""
        return self.checks_done == 0


@dataclass(frozen=True)
class OfficerTotals:
    officer_code: str
    officer_name: str
    checks: int
    scheduled: int
    unscheduled: int
    outside_working_time: int
    epes_checked: int
    planned: int  # plan items given to this officer
    planned_done: int


@dataclass(frozen=True)
class MonthCoverage:
    month: Month
    rows: list[EpeCoverage]  # EPEs with no check first, then by name
    officers: list[OfficerTotals]  # by name
    risk_levels: frozenset[str] = field(default_factory=frozenset)  # the filter; empty: all

    @property
    def epes_total(self) -> int:
        return len(self.rows)

    @property
    def epes_checked(self) -> int:
        return sum(1 for row in self.rows if not row.missing)

    @property
    def checks(self) -> int:
        return sum(row.checks_done for row in self.rows)

    @property
    def percent(self) -> float:
        """Share of the EPEs checked at least once, 0-100."""
        return 100.0 * self.epes_checked / self.epes_total if self.rows else 0.0


@dataclass(frozen=True)
class HeatMap:
    """Checks per EPE and day: ``counts[row][column]`` for ``epes[row]`` on ``days[column]``;
    ``planned`` the same for planned checks (all zero without a saved plan)."""

    month: Month
    days: list[dt.date]
    working: list[bool]
    epes: list[tuple[str, str]]  # (tax ID, name)
    counts: list[list[int]]
    planned: list[list[int]]

    @property
    def maximum(self) -> int:
        return max((max(row) for row in self.counts if row), default=0)


@dataclass(frozen=True)
class MonthPoint:
    """One month of the coverage chart."""

    month: Month
    epes_total: int
    epes_checked: int
    checks: int

    @property
    def percent(self) -> float:
        return 100.0 * self.epes_checked / self.epes_total if self.epes_total else 0.0


def _risk_filter(risk_levels: Iterable[RiskLevel | str] | None) -> frozenset[str]:
    return frozenset(RiskLevel(r).value for r in risk_levels or ())


def _selected_epes(registry: Registry, risks: frozenset[str]) -> list[Epe]:
    return [e for e in registry.list_epes() if not risks or e.risk_level.value in risks]


def month_coverage(
    registry: Registry,
    month: Month,
    risk_levels: Collection[RiskLevel | str] | None = None,
    *,
    today: dt.date | None = None,
    plan: MonthPlan | None = None,
) -> MonthCoverage:
    """The month view: every EPE (of ``risk_levels`` when given) with checks done and planned,
    and the officers' totals. ``plan`` defaults to the month's saved plan; ``today`` (Vietnam)
    decides which planned checks are still due."""
    risks = _risk_filter(risk_levels)
    all_epes = registry.list_epes()
    epes = [e for e in all_epes if not risks or e.risk_level.value in risks]
    wanted = {e.tax_id for e in epes}
    _start, end = month.utc_bounds()
    with registry.database() as db:
        month_rows = db.execute(
            "SELECT record_id, epe_tax_id, epe_name, officer_code, officer_name, local_day, "
            "scheduled, outside_working_time FROM checks WHERE local_month = ?",
            [str(month)],
        ).fetchall()
        shown = wanted | ({row[1] for row in month_rows} if not risks else set())
        # One index lookup per EPE: a GROUP BY over years of checks would read them all.
        last_rows = db.execute(
            "SELECT c.epe_tax_id, c.local_day, c.result, c.officer_name FROM json_each(?) j "
            "JOIN checks c ON c.rowid = (SELECT rowid FROM checks WHERE epe_tax_id = j.value "
            "AND started_at < ? ORDER BY started_at DESC LIMIT 1)",
            [json.dumps(sorted(shown)), end],
        ).fetchall()
    if plan is None:
        plan = PlanStore(registry).load(month)
    store = OfficerStore(registry)
    officers = store.list_officers(include_inactive=True)
    officer_by_id = {o.id: o for o in officers}
    responsible = store.responsible_officers()
    rotation: dict[int, list[int]] = {}

    done: dict[str, int] = {}
    names: dict[str, str] = {}
    for _rid, tax_id, epe_name, *_rest in month_rows:
        done[tax_id] = done.get(tax_id, 0) + 1
        names.setdefault(tax_id, epe_name)
    last = {
        tax_id: (dt.date.fromisoformat(day), CheckResult(result), officer)
        for tax_id, day, result, officer in last_rows
    }

    # Plan versus reality, by EPE id (the plan's key) and by officer.
    epe_by_tax = {e.tax_id: e for e in all_epes}
    planned: dict[int, int] = {}
    planned_done: dict[int, int] = {}
    officer_planned: dict[int, int] = {}
    officer_planned_done: dict[int, int] = {}
    if plan is not None and plan.items:
        by_epe: dict[int, list[tuple[dt.date, str]]] = {}
        for record_id, tax_id, _name, _code, _oname, day, *_flags in month_rows:
            epe = epe_by_tax.get(tax_id)
            if epe is not None and epe.id is not None:
                by_epe.setdefault(epe.id, []).append((dt.date.fromisoformat(day), record_id))
        for status in match_checks(plan, by_epe, today or local_day(utc_now())):
            item = status.item
            satisfied = status.check_id is not None
            planned[item.epe_id] = planned.get(item.epe_id, 0) + 1
            planned_done[item.epe_id] = planned_done.get(item.epe_id, 0) + satisfied
            if item.officer_id is not None:
                oid = item.officer_id
                officer_planned[oid] = officer_planned.get(oid, 0) + 1
                officer_planned_done[oid] = officer_planned_done.get(oid, 0) + satisfied

    # Who answers for an EPE: its standing assignments, else the officers this month's plan
    # rotated onto it (a registry with no assignments still names someone on the report).
    if plan is not None:
        for item in plan.items:
            if item.officer_id is not None and not responsible.get(item.epe_id):
                rotated = rotation.setdefault(item.epe_id, [])
                if item.officer_id not in rotated:
                    rotated.append(item.officer_id)

    rows: list[EpeCoverage] = []
    for epe in epes:
        epe_id = epe.id or 0
        last_day, last_result, last_officer = last.get(epe.tax_id, (None, None, ""))
        rows.append(
            EpeCoverage(
                epe.id,
                epe.tax_id,
                epe.name,
                epe.risk_level.value,
                done.get(epe.tax_id, 0),
                planned.get(epe_id, 0),
                planned_done.get(epe_id, 0),
                last_day,
                last_result,
                last_officer,
                tuple(
                    officer_by_id[o].full_name
                    for o in responsible.get(epe_id) or rotation.get(epe_id, [])
                    if o in officer_by_id
                ),
            )
        )
    if not risks:
        for tax_id in sorted(set(done) - set(epe_by_tax)):
            last_day, last_result, last_officer = last.get(tax_id, (None, None, ""))
            rows.append(
                EpeCoverage(
                    None,
                    tax_id,
                    names[tax_id],
                    "",
                    done[tax_id],
                    0,
                    0,
                    last_day,
                    last_result,
                    last_officer,
                )
            )
    # A stable sort keeps the registry's Vietnamese name order within each group.
    rows.sort(key=lambda row: not row.missing)

    totals: dict[str, list[int]] = {}
    officer_epes: dict[str, set[str]] = {}
    officer_names: dict[str, str] = {}
    for _rid, tax_id, _name, code, officer_name, _day, scheduled, outside in month_rows:
        if risks and tax_id not in wanted:
            continue
        counts = totals.setdefault(code, [0, 0, 0])
        counts[0] += 1
        counts[1] += scheduled
        counts[2] += outside
        officer_epes.setdefault(code, set()).add(tax_id)
        officer_names.setdefault(code, officer_name)
    by_code = {o.code: o for o in officers}
    codes = set(totals) | {o.code for o in officers if o.active}
    officer_rows = []
    for code in codes:
        known = by_code.get(code)
        checks, scheduled, outside = totals.get(code, [0, 0, 0])
        key = known.id or 0 if known is not None else 0
        officer_rows.append(
            OfficerTotals(
                code,
                known.full_name if known else officer_names[code],
                checks,
                scheduled,
                checks - scheduled,
                outside,
                len(officer_epes.get(code, ())),
                officer_planned.get(key, 0),
                officer_planned_done.get(key, 0),
            )
        )
    officer_rows.sort(key=lambda t: (t.officer_name, t.officer_code))
    return MonthCoverage(month, rows, officer_rows, risks)


def heat_map(
    registry: Registry,
    month: Month,
    risk_levels: Collection[RiskLevel | str] | None = None,
    *,
    calendar: WorkingCalendar | None = None,
    plan: MonthPlan | None = None,
) -> HeatMap:
    """Checks per EPE and day of ``month`` (EPEs by name), with the saved plan's checks."""
    calendar = calendar or WorkingCalendar()
    epes = _selected_epes(registry, _risk_filter(risk_levels))
    days = month.days()
    row_of = {e.tax_id: i for i, e in enumerate(epes)}
    row_of_id = {e.id: i for i, e in enumerate(epes)}
    counts = [[0] * len(days) for _ in epes]
    planned = [[0] * len(days) for _ in epes]
    with registry.database() as db:
        cells = db.execute(
            "SELECT epe_tax_id, local_day, count(*) FROM checks WHERE local_month = ? "
            "GROUP BY epe_tax_id, local_day",
            [str(month)],
        ).fetchall()
    for tax_id, day, count in cells:
        row = row_of.get(tax_id)
        if row is not None:
            counts[row][dt.date.fromisoformat(day).day - 1] = int(count)
    if plan is None:
        plan = PlanStore(registry).load(month)
    for item in plan.items if plan is not None else []:
        row = row_of_id.get(item.epe_id)
        if row is not None and Month.of(item.day) == month:
            planned[row][item.day.day - 1] += 1
    return HeatMap(
        month,
        days,
        [calendar.is_working_day(d) for d in days],
        [(e.tax_id, e.name) for e in epes],
        counts,
        planned,
    )


def coverage_series(
    registry: Registry,
    last_month: Month,
    months: int = 12,
    risk_levels: Collection[RiskLevel | str] | None = None,
) -> list[MonthPoint]:
    """Coverage of the ``months`` months ending with ``last_month``, oldest first, measured
    against the registry's EPEs of today."""
    epes = _selected_epes(registry, _risk_filter(risk_levels))
    wanted = {e.tax_id for e in epes}
    span = [last_month]
    for _ in range(months - 1):
        span.append(span[-1].previous())
    span.reverse()
    with registry.database() as db:
        rows = db.execute(
            "SELECT local_month, epe_tax_id, count(*) FROM checks "
            "WHERE local_month BETWEEN ? AND ? GROUP BY local_month, epe_tax_id",
            [str(span[0]), str(span[-1])],
        ).fetchall()
    checked: dict[str, int] = {}
    checks: dict[str, int] = {}
    for month_text, tax_id, count in rows:
        if tax_id in wanted:
            checked[month_text] = checked.get(month_text, 0) + 1
            checks[month_text] = checks.get(month_text, 0) + int(count)
    return [MonthPoint(m, len(epes), checked.get(str(m), 0), checks.get(str(m), 0)) for m in span]


@dataclass
class CoverageBundle:
    """Everything the coverage view shows for one month, computed in one worker run."""

    coverage: MonthCoverage
    heat: HeatMap
    series: list[MonthPoint]
    holidays: dict[dt.date, str] = field(default_factory=dict)


def load_bundle(
    registry: Registry,
    month: Month,
    risk_levels: Collection[RiskLevel | str] | None = None,
    today: dt.date | None = None,
    calendar: WorkingCalendar | None = None,
) -> CoverageBundle:
    """The month view, its heat map and the twelve months up to it (a worker's body: a few
    grouped queries, well under 200 ms for 500 EPEs and 60,000 checks)."""
    calendar = calendar or WorkingCalendar()
    plan = PlanStore(registry).load(month)
    coverage = month_coverage(registry, month, risk_levels, today=today, plan=plan)
    heat = heat_map(registry, month, risk_levels, calendar=calendar, plan=plan)
    return CoverageBundle(
        coverage,
        heat,
        coverage_series(registry, month, 12, risk_levels),
        {d: name for d in month.days() if (name := calendar.holiday_name(d))},
    )


def _result_label(result: CheckResult | None) -> str:
    return result.label() if result is not None else ""


def risk_label(value: str) -> str:
    """A row's risk level as shown; "" for an EPE known only from imported checks, and the
    stored text itself for a level this version does not know."""
    try:
        return RiskLevel(value).label()
    except ValueError:
        return value


def coverage_csv(coverage: MonthCoverage) -> str:
    """The month view as CSV (UTF-8 text; write it with a BOM for Excel)."""
    return csv_text(
        [
            QCoreApplication.translate("Coverage", "EPE"),
            QCoreApplication.translate("Coverage", "Tax ID"),
            QCoreApplication.translate("Coverage", "Risk level"),
            QCoreApplication.translate("Coverage", "Checks this month"),
            QCoreApplication.translate("Coverage", "Planned"),
            QCoreApplication.translate("Coverage", "Planned and done"),
            QCoreApplication.translate("Coverage", "Last check"),
            QCoreApplication.translate("Coverage", "Result"),
            QCoreApplication.translate("Coverage", "Checked by"),
            QCoreApplication.translate("Coverage", "Responsible officers"),
        ],
        (
            [
                row.name,
                row.tax_id,
                risk_label(row.risk_level),
                row.checks_done,
                row.planned,
                row.planned_done,
                row.last_check_day.isoformat() if row.last_check_day else "",
                _result_label(row.last_result),
                row.last_officer,
                "; ".join(row.responsible),
            ]
            for row in coverage.rows
        ),
        text_columns=[1],
    )


def write_coverage_csv(coverage: MonthCoverage, path: str | Path) -> Path:
    """The month view as a CSV file, with a BOM so that spreadsheet programs read the
    diacritics."""
    target = Path(path)
    target.write_text(coverage_csv(coverage), encoding="utf-8-sig")
    return target


def officer_totals_csv(coverage: MonthCoverage) -> str:
    return csv_text(
        [
            QCoreApplication.translate("Coverage", "Officer code"),
            QCoreApplication.translate("Coverage", "Officer"),
            QCoreApplication.translate("Coverage", "Checks"),
            QCoreApplication.translate("Coverage", "Planned checks"),
            QCoreApplication.translate("Coverage", "Unscheduled checks"),
            QCoreApplication.translate("Coverage", "Outside working time"),
            QCoreApplication.translate("Coverage", "EPEs checked"),
            QCoreApplication.translate("Coverage", "Planned for the officer"),
            QCoreApplication.translate("Coverage", "Planned and done"),
        ],
        (
            [
                t.officer_code,
                t.officer_name,
                t.checks,
                t.scheduled,
                t.unscheduled,
                t.outside_working_time,
                t.epes_checked,
                t.planned,
                t.planned_done,
            ]
            for t in coverage.officers
        ),
    )


def month_checks_csv(registry: Registry, month: Month) -> str:
    """Every check of the month, one line each, in the order they started (Vietnamese time)."""
    with registry.database() as db:
        rows = db.execute(
            "SELECT started_at, ended_at, epe_name, epe_tax_id, officer_code, officer_name, "
            "reason, outside_working_time, result, amendments, record_id FROM checks "
            "WHERE local_month = ? ORDER BY started_at, record_id",
            [str(month)],
        ).fetchall()
    yes = QCoreApplication.translate("Coverage", "yes")
    return csv_text(
        [
            QCoreApplication.translate("Coverage", "Started"),
            QCoreApplication.translate("Coverage", "Ended"),
            QCoreApplication.translate("Coverage", "EPE"),
            QCoreApplication.translate("Coverage", "Tax ID"),
            QCoreApplication.translate("Coverage", "Officer code"),
            QCoreApplication.translate("Coverage", "Officer"),
            QCoreApplication.translate("Coverage", "Reason"),
            QCoreApplication.translate("Coverage", "Outside working time"),
            QCoreApplication.translate("Coverage", "Result"),
            QCoreApplication.translate("Coverage", "Amendments"),
            QCoreApplication.translate("Coverage", "Check ID"),
        ],
        (
            [
                _local_text(started),
                _local_text(ended),
                name,
                tax_id,
                code,
                officer,
                CheckReason(reason).label(),
                yes if outside else "",
                CheckResult(result).label(),
                amended,
                rid,
            ]
            for (
                started,
                ended,
                name,
                tax_id,
                code,
                officer,
                reason,
                outside,
                result,
                amended,
                rid,
            ) in rows
        ),
        text_columns=[3],
    )


def _local_text(stored: str) -> str:
    return show_local(parse_utc(stored))
