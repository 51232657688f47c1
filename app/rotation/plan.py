"""The monthly monitoring plan (Decision 247 II.1): every EPE in turn each month, risk EPEs more
often, spread over working days and balanced across the officers responsible for each EPE.

Generation is a generator that yields :class:`~app.rotation.ledger.Progress` (the GUI shows a
progress bar); :func:`build_plan` runs it to the end. Only team leads save or edit plans.

Plan versus reality: the plan items of an EPE split the month into windows (each item's window
runs from halfway after the previous planned day to halfway before the next one; the first starts
on the 1st, the last ends on the last day of the month). A planned check is satisfied by a real
check of that EPE, started (Vietnamese time) in its window; one real check satisfies one item.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain import Epe, RiskLevel, ValidationError
from app.exports import csv_text
from app.officers.absences import Absence, absent_days, list_absences
from app.officers.profiles import Action, Officer, OfficerStore, require
from app.rotation.ledger import AuditAction, Ledger, Progress, job_steps
from app.sites.registry import Registry
from app.timekeeping import Month, WorkingCalendar, local_day, to_utc_iso, utc_now

DEFAULT_WEIGHTS: dict[RiskLevel, int] = {RiskLevel.LOW: 1, RiskLevel.MEDIUM: 2, RiskLevel.HIGH: 4}


@dataclass(frozen=True)
class PlanItem:
    """One planned check: ``officer_id`` checks ``epe_id`` on ``day`` (None: nobody available)."""

    epe_id: int
    day: dt.date
    officer_id: int | None
    note: str = ""
    id: int | None = None


@dataclass
class MonthPlan:
    month: Month
    items: list[PlanItem]
    weights: dict[str, int]
    warnings: list[str] = field(default_factory=list)  # translated, for the team lead
    id: int | None = None
    created_by: str = ""
    updated_at: str = ""

    def items_for(self, epe_id: int) -> list[PlanItem]:
        return sorted((i for i in self.items if i.epe_id == epe_id), key=lambda i: i.day)

    def windows(self) -> dict[int, tuple[dt.date, dt.date]]:
        """Item index in ``items`` -> its window (first and last day)."""
        by_epe: dict[int, list[int]] = {}
        for index, item in enumerate(self.items):
            by_epe.setdefault(item.epe_id, []).append(index)
        result: dict[int, tuple[dt.date, dt.date]] = {}
        for indexes in by_epe.values():
            indexes.sort(key=lambda i: (self.items[i].day, i))
            start = self.month.first_day
            for position, index in enumerate(indexes):
                day = self.items[index].day
                if position + 1 < len(indexes):
                    following = self.items[indexes[position + 1]].day
                    end = day + dt.timedelta(days=max(0, ((following - day).days - 1) // 2))
                else:
                    end = self.month.last_day
                end = max(end, start)
                result[index] = (start, end)
                start = end + dt.timedelta(days=1)
        return result


# --- generation ---------------------------------------------------------------------------------


def _segments(days: list[dt.date], count: int) -> list[list[dt.date]]:
    size, extra = divmod(len(days), count)
    result, start = [], 0
    for index in range(count):
        length = size + (1 if index < extra else 0)
        result.append(days[start : start + length])
        start += length
    return result


def generate_plan(
    month: Month,
    epes: Iterable[Epe],
    responsible: Mapping[int, list[int]],
    *,
    calendar: WorkingCalendar | None = None,
    absences: Iterable[Absence] = (),
    weights: Mapping[RiskLevel, int] | None = None,
) -> Iterator[Progress[MonthPlan]]:
    """Plan ``month``: each EPE ``weights[risk]`` times (at least once), one check per segment of
    the month's working days, given to the least loaded responsible officer who is not away.
    ``responsible`` maps EPE id -> officer ids. Yields progress; the last step has the plan."""
    calendar = calendar or WorkingCalendar()
    weights = {RiskLevel(k): max(1, int(v)) for k, v in (weights or DEFAULT_WEIGHTS).items()}
    days = calendar.working_days(month)
    away = absent_days(absences)
    epe_list = [e for e in epes if e.id is not None]
    warnings: list[str] = []
    items: list[PlanItem] = []
    total = len(epe_list)
    if not days:
        warnings.append(
            QCoreApplication.translate(
                "Plan", "{month} has no working days: nothing was planned."
            ).format(month=month)
        )
        yield Progress(total, total, MonthPlan(month, [], _weights_json(weights), warnings))
        return
    day_index = {day: i for i, day in enumerate(days)}
    day_load = [0] * len(days)
    officer_load: dict[int, int] = {}
    officer_day: dict[tuple[int, int], int] = {}

    # Most constrained first, so EPEs with one officer get that officer's free days.
    def constraint(epe: Epe) -> tuple[int, int, str]:
        officers = responsible.get(epe.id or 0, [])
        return (len(officers) or 99, -weights.get(RiskLevel(epe.risk_level), 1), epe.uid)

    for done, epe in enumerate(sorted(epe_list, key=constraint), start=1):
        assert epe.id is not None
        officers = list(responsible.get(epe.id, []))
        count = min(weights.get(RiskLevel(epe.risk_level), 1), len(days))
        this_epe: dict[int, int] = {}
        if not officers:
            warnings.append(
                QCoreApplication.translate(
                    "Plan",
                    "{epe}: no officer is responsible for this EPE; its checks are planned "
                    "without an officer.",
                ).format(epe=epe.name)
            )
        for segment in _segments(days, count):
            best: tuple[tuple[int, ...], dt.date, int | None] | None = None
            for day in segment:
                d = day_index[day]
                middle = abs(d - day_index[segment[len(segment) // 2]])
                for officer in officers:
                    if day in away.get(officer, ()):
                        continue
                    # Officers' workloads first, then taking turns on this EPE, then a day
                    # the officer and the team are not busy, nearest the segment's middle.
                    score = (
                        officer_load.get(officer, 0),
                        this_epe.get(officer, 0),
                        officer_day.get((officer, d), 0),
                        day_load[d],
                        middle,
                        officer,
                    )
                    if best is None or score < best[0]:
                        best = (score, day, officer)
            if best is None:
                if officers:
                    warnings.append(
                        QCoreApplication.translate(
                            "Plan",
                            "{epe}: every responsible officer is away from {first} to "
                            "{last}; a check is planned without an officer.",
                        ).format(
                            epe=epe.name, first=segment[0].isoformat(), last=segment[-1].isoformat()
                        )
                    )
                d = min(
                    range(day_index[segment[0]], day_index[segment[-1]] + 1),
                    key=lambda i: (day_load[i], i),
                )
                best = ((), days[d], None)
            _score, day, chosen = best
            d = day_index[day]
            day_load[d] += 1
            if chosen is not None:
                this_epe[chosen] = this_epe.get(chosen, 0) + 1
                officer_load[chosen] = officer_load.get(chosen, 0) + 1
                officer_day[(chosen, d)] = officer_day.get((chosen, d), 0) + 1
            items.append(PlanItem(epe.id, day, chosen))
        if done % 50 == 0 and done < total:
            yield Progress(done, total)
    items.sort(key=lambda i: (i.day, i.epe_id))
    yield Progress(total, total, MonthPlan(month, items, _weights_json(weights), warnings))


def _weights_json(weights: Mapping[RiskLevel, int]) -> dict[str, int]:
    return {RiskLevel(k).value: int(v) for k, v in weights.items()}


def build_plan(
    registry: Registry,
    month: Month,
    *,
    calendar: WorkingCalendar | None = None,
    weights: Mapping[RiskLevel, int] | None = None,
) -> MonthPlan:
    """Generate the plan of ``month`` from the registry's EPEs, assignments and absences."""
    plan: MonthPlan | None = None
    for step in plan_steps(registry, month, calendar=calendar, weights=weights):
        plan = step.result or plan
    assert plan is not None
    return plan


def plan_steps(
    registry: Registry,
    month: Month,
    *,
    calendar: WorkingCalendar | None = None,
    weights: Mapping[RiskLevel, int] | None = None,
) -> Iterator[Progress[MonthPlan]]:
    """:func:`generate_plan` fed from the registry (for a GUI worker)."""
    responsible = OfficerStore(registry).responsible_officers()
    absences = list_absences(registry, month.first_day, month.last_day)
    yield from generate_plan(
        month,
        registry.list_epes(),
        responsible,
        calendar=calendar,
        absences=absences,
        weights=weights,
    )


# --- storage ------------------------------------------------------------------------------------


class PlanStore:
    """Saved plans, one per month. Team leads save and edit them."""

    def __init__(self, registry: Registry) -> None:
        self._registry = registry
        self._ledger = Ledger(registry)

    def save(self, actor: Officer | None, plan: MonthPlan) -> MonthPlan:
        """Save ``plan`` as the plan of its month, replacing an earlier one."""
        require(actor, Action.EDIT_PLANS)
        assert actor is not None
        now = to_utc_iso(utc_now())
        with self._registry.database() as db:
            db.execute("DELETE FROM plans WHERE month = ?", [str(plan.month)])
            cursor = db.execute(
                "INSERT INTO plans (month, weights, created_by, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [str(plan.month), json.dumps(plan.weights), actor.code, now, now],
            )
            plan_id = int(cursor.lastrowid or 0)
            db.conn.executemany(
                "INSERT INTO plan_items (plan_id, epe_id, officer_id, day, note) "
                "VALUES (?, ?, ?, ?, ?)",
                [(plan_id, i.epe_id, i.officer_id, i.day.isoformat(), i.note) for i in plan.items],
            )
            self._ledger.audit(
                AuditAction.PLAN_CHANGED,
                actor.code,
                {"month": str(plan.month), "change": "saved", "items": len(plan.items)},
            )
        saved = self.load(plan.month)
        assert saved is not None
        saved.warnings = list(plan.warnings)
        return saved

    def load(self, month: Month) -> MonthPlan | None:
        with self._registry.database() as db:
            rows = list(db.query("SELECT * FROM plans WHERE month = ?", [str(month)]))
            if not rows:
                return None
            head = rows[0]
            items = [
                PlanItem(
                    r["epe_id"],
                    dt.date.fromisoformat(r["day"]),
                    r["officer_id"],
                    r["note"],
                    r["id"],
                )
                for r in db.query(
                    "SELECT * FROM plan_items WHERE plan_id = ? ORDER BY day, epe_id, id",
                    [head["id"]],
                )
            ]
        return MonthPlan(
            month,
            items,
            json.loads(head["weights"]),
            [],
            head["id"],
            head["created_by"],
            head["updated_at"],
        )

    def _audit(self, actor: Officer | None, month: str, change: str, **details: Any) -> None:
        self._ledger.audit(
            AuditAction.PLAN_CHANGED,
            actor.code if actor else "",
            {"month": month, "change": change, **details},
        )

    def _edit(self, actor: Officer | None, item_id: int) -> tuple[int, str]:
        require(actor, Action.EDIT_PLANS)
        with self._registry.database() as db:
            row = db.execute(
                "SELECT p.id, p.month FROM plan_items i JOIN plans p ON p.id = i.plan_id "
                "WHERE i.id = ?",
                [item_id],
            ).fetchone()
        if row is None:
            raise KeyError(item_id)
        return int(row[0]), str(row[1])

    def move_item(
        self,
        actor: Officer | None,
        item_id: int,
        day: dt.date,
        officer_id: int | None | bool = False,
    ) -> PlanItem:
        """Move a planned check to another day of its month (drag on the calendar), and to
        another officer when ``officer_id`` is given (None: nobody)."""
        plan_id, month = self._edit(actor, item_id)
        if str(Month.of(day)) != month:
            raise ValidationError(
                "day",
                QCoreApplication.translate(
                    "Plan", "A planned check can only move within its month."
                ),
            )
        with self._registry.database() as db:
            if officer_id is False:
                db.execute("UPDATE plan_items SET day = ? WHERE id = ?", [day.isoformat(), item_id])
            else:
                db.execute(
                    "UPDATE plan_items SET day = ?, officer_id = ? WHERE id = ?",
                    [day.isoformat(), officer_id, item_id],
                )
            db.execute(
                "UPDATE plans SET updated_at = ? WHERE id = ?", [to_utc_iso(utc_now()), plan_id]
            )
            row = next(iter(db.query("SELECT * FROM plan_items WHERE id = ?", [item_id])))
            self._audit(
                actor,
                month,
                "moved",
                item=item_id,
                day=day.isoformat(),
                officer_id=row["officer_id"],
            )
        return PlanItem(
            row["epe_id"],
            dt.date.fromisoformat(row["day"]),
            row["officer_id"],
            row["note"],
            row["id"],
        )

    def add_item(self, actor: Officer | None, month: Month, item: PlanItem) -> PlanItem:
        require(actor, Action.EDIT_PLANS)
        if Month.of(item.day) != month:
            raise ValidationError(
                "day",
                QCoreApplication.translate(
                    "Plan", "A planned check can only move within its month."
                ),
            )
        plan = self.load(month)
        if plan is None or plan.id is None:
            raise KeyError(str(month))
        with self._registry.database() as db:
            cursor = db.execute(
                "INSERT INTO plan_items (plan_id, epe_id, officer_id, day, note) "
                "VALUES (?, ?, ?, ?, ?)",
                [plan.id, item.epe_id, item.officer_id, item.day.isoformat(), item.note],
            )
            new_id = int(cursor.lastrowid or 0)
            self._audit(
                actor,
                str(month),
                "added",
                item=new_id,
                epe_id=item.epe_id,
                day=item.day.isoformat(),
            )
        return replace(item, id=new_id)

    def remove_item(self, actor: Officer | None, item_id: int) -> None:
        _plan_id, month = self._edit(actor, item_id)
        with self._registry.database() as db:
            db.execute("DELETE FROM plan_items WHERE id = ?", [item_id])
            self._audit(actor, month, "removed", item=item_id)


# --- plan versus reality ------------------------------------------------------------------------


class ItemState(enum.StrEnum):
    DONE = "done"
    MISSED = "missed"
    DUE = "due"  # its window includes today
    UPCOMING = "upcoming"


@dataclass(frozen=True)
class ItemStatus:
    item: PlanItem
    window: tuple[dt.date, dt.date]
    state: ItemState
    check_id: str | None = None  # the real check that satisfied it


def match_checks(
    plan: MonthPlan, checks: Mapping[int, list[tuple[dt.date, str]]], today: dt.date
) -> list[ItemStatus]:
    """Plan items (in ``plan.items`` order) with their state. ``checks`` maps EPE id -> real
    checks of the month as (Vietnamese day, check id)."""
    windows = plan.windows()
    used: set[str] = set()
    order = sorted(range(len(plan.items)), key=lambda i: (plan.items[i].day, windows[i], i))
    states: dict[int, ItemStatus] = {}
    for index in order:
        item = plan.items[index]
        first, last = windows[index]
        found = next(
            (
                cid
                for day, cid in sorted(checks.get(item.epe_id, []))
                if first <= day <= last and cid not in used
            ),
            None,
        )
        if found is not None:
            used.add(found)
            state = ItemState.DONE
        elif last < today:
            state = ItemState.MISSED
        elif first <= today:
            state = ItemState.DUE
        else:
            state = ItemState.UPCOMING
        states[index] = ItemStatus(item, (first, last), state, found)
    return [states[i] for i in range(len(plan.items))]


def month_checks_by_epe(registry: Registry, month: Month) -> dict[int, list[tuple[dt.date, str]]]:
    """EPE id -> (day, check id) of the month's real checks of the registry's EPEs."""
    with registry.database() as db:
        rows = db.execute(
            "SELECT e.id, c.local_day, c.record_id FROM checks c JOIN epes e "
            "ON e.tax_id = c.epe_tax_id WHERE c.local_month = ?",
            [str(month)],
        ).fetchall()
    result: dict[int, list[tuple[dt.date, str]]] = {}
    for epe_id, day, record_id in rows:
        result.setdefault(epe_id, []).append((dt.date.fromisoformat(day), record_id))
    return result


def plan_vs_reality(
    registry: Registry, plan: MonthPlan, today: dt.date | None = None
) -> list[ItemStatus]:
    today = today or local_day(utc_now())
    return match_checks(plan, month_checks_by_epe(registry, plan.month), today)


# --- the calendar's month -----------------------------------------------------------------------


@dataclass
class PlanViewData:
    """One month of the plan as the calendar shows it, read in a worker: the items with their
    state, the EPEs and officers they name, who is away, the holidays and the working days."""

    month: Month
    plan: MonthPlan | None
    statuses: list[ItemStatus]
    epes: dict[int, Epe]
    officers: dict[int, Officer]
    absences: list[Absence]
    holidays: dict[dt.date, str] = field(default_factory=dict)
    working: frozenset[dt.date] = frozenset()

    def status_of(self, item_id: int) -> ItemStatus | None:
        return next((s for s in self.statuses if s.item.id == item_id), None)

    def away_codes(self, day: dt.date) -> list[str]:
        """The codes of the officers away on ``day``, sorted."""
        return sorted(
            self.officers[a.officer_id].code
            for a in self.absences
            if a.covers(day) and a.officer_id in self.officers
        )

    def state_counts(self) -> dict[ItemState, int]:
        counts = {state: 0 for state in ItemState}
        for status in self.statuses:
            counts[status.state] += 1
        return counts

    def officer_load(self) -> dict[str | None, int]:
        """Planned checks per officer code; None counts the checks planned without an
        officer."""
        load: dict[str | None, int] = {}
        for status in self.statuses:
            officer = self.officers.get(status.item.officer_id or 0)
            code = officer.code if officer else None
            load[code] = load.get(code, 0) + 1
        return load


def load_plan_view(
    registry: Registry, month: Month, today: dt.date, calendar: WorkingCalendar
) -> PlanViewData:
    """The calendar's month (a worker's body); ``today`` (Vietnam) decides what is due."""
    plan = PlanStore(registry).load(month)
    statuses = plan_vs_reality(registry, plan, today) if plan is not None else []
    epes = {e.id: e for e in registry.list_epes() if e.id is not None}
    officers = {
        o.id: o
        for o in OfficerStore(registry).list_officers(include_inactive=True)
        if o.id is not None
    }
    days = month.days()
    return PlanViewData(
        month,
        plan,
        statuses,
        epes,
        officers,
        list_absences(registry, month.first_day, month.last_day),
        {d: name for d in days if (name := calendar.holiday_name(d))},
        frozenset(d for d in days if calendar.is_working_day(d)),
    )


def generate_and_save(
    registry: Registry, month: Month, actor: Officer, calendar: WorkingCalendar
) -> Generator[tuple[int, int, str], None, MonthPlan]:
    """Generate the plan of ``month`` with progress, then save it (a worker's body; a cancel
    before the end leaves the saved plan as it was)."""
    plan = yield from job_steps(plan_steps(registry, month, calendar=calendar))
    assert plan is not None
    return PlanStore(registry).save(actor, plan)


# --- printing -----------------------------------------------------------------------------------


def plan_rows(registry: Registry, plan: MonthPlan) -> list[dict[str, Any]]:
    """The plan as rows for printing and CSV: day, EPE, tax ID, risk, officer."""
    epes = {e.id: e for e in registry.list_epes()}
    officers = {o.id: o for o in OfficerStore(registry).list_officers(include_inactive=True)}
    rows = []
    for item in sorted(
        plan.items, key=lambda i: (i.day, epes[i.epe_id].name if i.epe_id in epes else "")
    ):
        epe = epes.get(item.epe_id)
        officer = officers.get(item.officer_id) if item.officer_id is not None else None
        rows.append(
            {
                "day": item.day.isoformat(),
                "epe": epe.name if epe else str(item.epe_id),
                "tax_id": epe.tax_id if epe else "",
                "risk_level": str(epe.risk_level) if epe else "",
                "officer_code": officer.code if officer else "",
                "officer": officer.full_name if officer else "",
                "note": item.note,
            }
        )
    return rows


def plan_csv(registry: Registry, plan: MonthPlan) -> str:
    headers = [
        QCoreApplication.translate("Plan", "Day"),
        QCoreApplication.translate("Plan", "EPE"),
        QCoreApplication.translate("Plan", "Tax ID"),
        QCoreApplication.translate("Plan", "Risk level"),
        QCoreApplication.translate("Plan", "Officer code"),
        QCoreApplication.translate("Plan", "Officer"),
        QCoreApplication.translate("Plan", "Note"),
    ]
    rows = (
        [
            row["day"],
            row["epe"],
            row["tax_id"],
            RiskLevel(row["risk_level"]).label() if row["risk_level"] else "",
            row["officer_code"],
            row["officer"],
            row["note"],
        ]
        for row in plan_rows(registry, plan)
    )
    return csv_text(headers, rows, text_columns=[2])
