"""Officer absences (leave, training, sickness): the days the monthly plan must not give them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.domain import ValidationError
from app.officers.profiles import Action, Officer, require
from app.sites.registry import Registry
from app.timekeeping import to_utc_iso, utc_now


@dataclass(frozen=True)
class Absence:
    officer_id: int
    first_day: dt.date
    last_day: dt.date
    reason: str = ""
    id: int | None = None

    def covers(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day


def add_absence(registry: Registry, actor: Officer | None, absence: Absence) -> Absence:
    """Record that an officer is away (leave, training, sick). Team leads only."""
    require(actor, Action.EDIT_PLANS)
    if absence.last_day < absence.first_day:
        raise ValidationError(
            "last_day",
            # The "Worktime" context is where the shipped translations have this message.
            QCoreApplication.translate(
                "Worktime", "The last day of an absence cannot be before its first day."
            ),
        )
    with registry.database() as db:
        found = db.execute("SELECT 1 FROM officers WHERE id = ?", [absence.officer_id])
        if found.fetchone() is None:
            raise KeyError(absence.officer_id)
        cursor = db.execute(
            "INSERT INTO officer_absences (officer_id, first_day, last_day, reason, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                absence.officer_id,
                absence.first_day.isoformat(),
                absence.last_day.isoformat(),
                absence.reason.strip(),
                to_utc_iso(utc_now()),
            ],
        )
        new_id = cursor.lastrowid
    return Absence(
        absence.officer_id, absence.first_day, absence.last_day, absence.reason.strip(), new_id
    )


def remove_absence(registry: Registry, actor: Officer | None, absence_id: int) -> None:
    require(actor, Action.EDIT_PLANS)
    with registry.database() as db:
        db.execute("DELETE FROM officer_absences WHERE id = ?", [absence_id])


def list_absences(
    registry: Registry, first_day: dt.date | None = None, last_day: dt.date | None = None
) -> list[Absence]:
    """Absences overlapping [first_day, last_day] (all when not given), by officer and day."""
    sql = "SELECT * FROM officer_absences WHERE 1"
    args: list[str] = []
    if last_day is not None:
        sql += " AND first_day <= ?"
        args.append(last_day.isoformat())
    if first_day is not None:
        sql += " AND last_day >= ?"
        args.append(first_day.isoformat())
    with registry.database() as db:
        rows = list(db.query(sql + " ORDER BY officer_id, first_day", args))
    return [
        Absence(
            row["officer_id"],
            dt.date.fromisoformat(row["first_day"]),
            dt.date.fromisoformat(row["last_day"]),
            row["reason"],
            row["id"],
        )
        for row in rows
    ]


def absent_days(absences: Iterable[Absence]) -> dict[int, set[dt.date]]:
    """Officer id -> the days they are away."""
    result: dict[int, set[dt.date]] = {}
    for absence in absences:
        days = result.setdefault(absence.officer_id, set())
        days.update(_span(absence.first_day, absence.last_day))
    return result


def _span(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)
