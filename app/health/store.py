"""Camera health kept as state CHANGES: a row when a camera's condition changes (not one per
poll) and one current row per camera. Availability per camera per day and month is computed from
the changes: time OK / time observed, by local day (Asia/Ho_Chi_Minh). Time in UNKNOWN (nobody
looked: the monitor was not running, no account, keyring locked) is not observed, so it is
neither up nor down.

A gap longer than ``stale_after`` between two looks at a camera (the application was closed)
is stored as UNKNOWN from the last look plus ``stale_after`` on, so that a night with the
workstation off does not count as a night of outage, nor of service.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.health.model import CameraCondition, CameraHealth, HealthChange, ProbeResult
from app.safe_text import one_line
from app.storage.database import Database
from app.timekeeping import VIETNAM, Month, parse_utc, to_utc_iso, utc_now

DETAIL_LIMIT = 200
DEFAULT_STALE_AFTER = dt.timedelta(minutes=10)


def _detail(text: str) -> str:
    line = one_line(text)
    return line if len(line) <= DETAIL_LIMIT else line[: DETAIL_LIMIT - 1] + "…"


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), VIETNAM).astimezone(dt.UTC)


@dataclass(frozen=True)
class DayAvailability:
    """Seconds OK and seconds observed of one camera on one local day."""

    ok_seconds: float
    observed_seconds: float

    @property
    def fraction(self) -> float | None:
        """OK / observed; None when nothing was observed that day."""
        if self.observed_seconds <= 0:
            return None
        return self.ok_seconds / self.observed_seconds


class HealthStore:
    """The health tables of the registry file (``health_changes``, ``health_current``)."""

    def __init__(
        self,
        db: Database,
        clock: Callable[[], dt.datetime] = utc_now,
        stale_after: dt.timedelta = DEFAULT_STALE_AFTER,
    ) -> None:
        self._db = db
        self._clock = clock
        self.stale_after = stale_after

    # -- writing --

    def record(self, results: Iterable[ProbeResult]) -> list[CameraHealth]:
        """Store the looks in ``results``: a change row only where a camera's condition changed
        (or where a gap in the looks makes the time between unknown). Returns the cameras whose
        condition changed, with their new state. One transaction for all of them."""
        batch = list(results)
        if not batch:
            return []
        changed: list[CameraHealth] = []
        with self._db.database() as db:
            ids = sorted({r.camera_id for r in batch})
            known: dict[int, dict[str, Any]] = {}
            for chunk_start in range(0, len(ids), 500):
                chunk = ids[chunk_start : chunk_start + 500]
                marks = ",".join("?" * len(chunk))
                cursor = db.execute(
                    "SELECT camera_id, condition, since, checked_at FROM health_current "
                    f"WHERE camera_id IN ({marks})",
                    chunk,
                )
                for camera_id, condition, since, checked_at in cursor.fetchall():
                    known[camera_id] = {
                        "condition": condition,
                        "since": since,
                        "checked_at": checked_at,
                    }
            change_rows: list[tuple[Any, ...]] = []
            current_rows: list[tuple[Any, ...]] = []
            for result in batch:
                at = to_utc_iso(result.checked_at)
                detail = _detail(result.detail)
                before = known.get(result.camera_id)
                since = at
                if before is not None:
                    last = parse_utc(before["checked_at"])
                    gap_from = last + self.stale_after
                    if (
                        result.checked_at > gap_from
                        and before["condition"] != CameraCondition.UNKNOWN
                    ):
                        change_rows.append(
                            (
                                result.camera_id,
                                result.epe_id,
                                result.camera_number,
                                to_utc_iso(gap_from),
                                CameraCondition.UNKNOWN.value,
                                "",
                                result.source,
                            )
                        )
                        before = {**before, "condition": CameraCondition.UNKNOWN.value}
                    if before["condition"] == result.condition.value:
                        since = before["since"]
                if before is None or before["condition"] != result.condition.value:
                    change_rows.append(
                        (
                            result.camera_id,
                            result.epe_id,
                            result.camera_number,
                            at,
                            result.condition.value,
                            detail,
                            result.source,
                        )
                    )
                    changed.append(
                        CameraHealth(
                            result.epe_id,
                            result.camera_id,
                            result.camera_number,
                            result.condition,
                            result.checked_at,
                            result.checked_at,
                            detail,
                            result.source,
                        )
                    )
                current_rows.append(
                    (
                        result.camera_id,
                        result.epe_id,
                        result.camera_number,
                        result.condition.value,
                        since,
                        at,
                        detail,
                        result.source,
                    )
                )
                known[result.camera_id] = {
                    "condition": result.condition.value,
                    "since": since,
                    "checked_at": at,
                }
            db.conn.executemany(
                "INSERT INTO health_changes "
                "(camera_id, epe_id, camera_number, at, condition, detail, source) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                change_rows,
            )
            # A camera deleted since the sweep began has no row to point at: skip it.
            db.conn.executemany(
                "INSERT OR REPLACE INTO health_current "
                "(camera_id, epe_id, camera_number, condition, since, checked_at, detail, source) "
                "SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM cameras WHERE id = ?)",
                [(*row, row[0]) for row in current_rows],
            )
        return changed

    # -- reading --

    def current(self, epe_id: int | None = None) -> list[CameraHealth]:
        """Every camera's current state (of one EPE), by EPE and diagram number."""
        sql = (
            "SELECT epe_id, camera_id, camera_number, condition, since, checked_at, detail, source "
            "FROM health_current"
        )
        params: list[Any] = []
        if epe_id is not None:
            sql += " WHERE epe_id = ?"
            params.append(epe_id)
        sql += " ORDER BY epe_id, camera_number"
        with self._db.database() as db:
            rows = db.execute(sql, params).fetchall()
        return [
            CameraHealth(
                int(r[0]),
                int(r[1]),
                int(r[2]),
                CameraCondition(r[3]),
                parse_utc(r[4]),
                parse_utc(r[5]),
                str(r[6]),
                str(r[7]),
            )
            for r in rows
        ]

    def changes(
        self,
        epe_id: int,
        camera_id: int | None = None,
        start: dt.datetime | None = None,
        end: dt.datetime | None = None,
    ) -> list[HealthChange]:
        """The changes of an EPE (or one of its cameras) with ``start <= at < end``, oldest
        first: the outages and returns the logbook shows."""
        sql = (
            "SELECT epe_id, camera_id, camera_number, at, condition, detail, source "
            "FROM health_changes WHERE epe_id = ?"
        )
        params: list[Any] = [epe_id]
        if camera_id is not None:
            sql += " AND camera_id = ?"
            params.append(camera_id)
        if start is not None:
            sql += " AND at >= ?"
            params.append(to_utc_iso(start))
        if end is not None:
            sql += " AND at < ?"
            params.append(to_utc_iso(end))
        sql += " ORDER BY at, id"
        with self._db.database() as db:
            rows = db.execute(sql, params).fetchall()
        return [
            HealthChange(
                int(r[0]),
                int(r[1]),
                int(r[2]),
                parse_utc(r[3]),
                CameraCondition(r[4]),
                str(r[5]),
                str(r[6]),
            )
            for r in rows
        ]

    def availability(
        self, camera_id: int, start_day: dt.date, end_day: dt.date
    ) -> dict[dt.date, float | None]:
        """Per local day from ``start_day`` to ``end_day`` (both included): the fraction of the
        observed time the camera was OK, None for a day with nothing observed."""
        days = self.daily([camera_id], start_day, end_day).get(camera_id, {})
        out: dict[dt.date, float | None] = {}
        day = start_day
        while day <= end_day:
            found = days.get(day)
            out[day] = found.fraction if found else None
            day += dt.timedelta(days=1)
        return out

    def monthly(self, camera_ids: Sequence[int], month: Month) -> dict[int, float | None]:
        """Per camera: OK time / observed time over the month (None when nothing observed)."""
        timelines = self._timelines(camera_ids, month.first_day, month.last_day)
        out: dict[int, float | None] = {}
        unknown, up = CameraCondition.UNKNOWN.value, CameraCondition.OK.value
        for camera_id in camera_ids:
            timeline, tail_end = timelines.get(camera_id, ([], 0.0))
            ok = observed = 0.0
            for index, (begin, condition) in enumerate(timeline):
                finish = timeline[index + 1][0] if index + 1 < len(timeline) else tail_end
                if condition == unknown or finish <= begin:
                    continue
                observed += finish - begin
                if condition == up:
                    ok += finish - begin
            out[camera_id] = ok / observed if observed > 0 else None
        return out

    def daily(
        self, camera_ids: Sequence[int], start_day: dt.date, end_day: dt.date
    ) -> dict[int, dict[dt.date, DayAvailability]]:
        """Seconds OK and observed per camera per local day (days with nothing observed are
        absent). Three indexed queries per 500 cameras."""
        timelines = self._timelines(camera_ids, start_day, end_day)
        return {
            camera_id: _split_by_day(timeline, tail_end, start_day)
            for camera_id, (timeline, tail_end) in timelines.items()
        }

    def _timelines(
        self, camera_ids: Sequence[int], start_day: dt.date, end_day: dt.date
    ) -> dict[int, tuple[list[tuple[float, str]], float]]:
        """Per camera with anything known: its changes in the range as (epoch seconds,
        condition), starting with the state in force when the range begins, and when its last
        state stops counting (the range's end, now, or stale_after past the last look)."""
        start = _day_start(start_day)
        end = _day_start(end_day + dt.timedelta(days=1))
        start_iso, end_iso = to_utc_iso(start), to_utc_iso(end)
        start_s, end_s = start.timestamp(), end.timestamp()
        now_s = self._clock().timestamp()
        stale_s = self.stale_after.total_seconds()
        wanted = list(dict.fromkeys(camera_ids))
        # Seconds since the epoch (SQLite reads the stored UTC form), not datetimes: a month of
        # 4,000 cameras is some 70,000 changes.
        timelines: dict[int, list[tuple[float, str]]] = {c: [] for c in wanted}
        last_look: dict[int, float] = {}
        with self._db.database() as db:
            for chunk_start in range(0, len(wanted), 500):
                chunk = wanted[chunk_start : chunk_start + 500]
                marks = ",".join("?" * len(chunk))
                # The state in force when the range begins: the last change before it.
                for camera_id, condition in db.execute(
                    "SELECT c.value, (SELECT condition FROM health_changes h "
                    "WHERE h.camera_id = c.value AND h.at < ? ORDER BY h.at DESC, h.id DESC "
                    "LIMIT 1) FROM json_each(?) c",
                    [start_iso, _json_ints(chunk)],
                ).fetchall():
                    if condition is not None:
                        timelines[int(camera_id)].append((start_s, condition))
                for camera_id, at, condition in db.execute(
                    "SELECT camera_id, unixepoch(at), condition FROM health_changes "
                    f"WHERE camera_id IN ({marks}) AND at >= ? AND at < ? "
                    "ORDER BY camera_id, at, id",
                    [*chunk, start_iso, end_iso],
                ).fetchall():
                    timelines[camera_id].append((float(at), condition))
                for camera_id, checked_at in db.execute(
                    "SELECT camera_id, unixepoch(checked_at) FROM health_current "
                    f"WHERE camera_id IN ({marks})",
                    chunk,
                ).fetchall():
                    last_look[int(camera_id)] = float(checked_at)
        out: dict[int, tuple[list[tuple[float, str]], float]] = {}
        for camera_id, timeline in timelines.items():
            if not timeline:
                continue
            # The last state holds until now, but no longer than stale_after past the last look.
            tail_end = min(end_s, now_s)
            if camera_id in last_look:
                tail_end = min(tail_end, last_look[camera_id] + stale_s)
            out[camera_id] = (timeline, tail_end)
        return out


def _json_ints(values: Sequence[int]) -> str:
    return "[" + ",".join(str(int(v)) for v in values) + "]"


_DAY = 86_400
_OFFSET = 7 * 3600  # Asia/Ho_Chi_Minh: UTC+7 all year
_EPOCH_DAY = dt.date(1970, 1, 1)


def _split_by_day(
    timeline: list[tuple[float, str]], tail_end: float, first: dt.date
) -> dict[dt.date, DayAvailability]:
    # In local seconds since the epoch a local day is a plain multiple of 86,400: integer
    # arithmetic instead of a datetime per day.
    ok: dict[int, float] = {}
    observed: dict[int, float] = {}
    stamps = [moment + _OFFSET for moment, _ in timeline]
    stamps.append(tail_end + _OFFSET)
    unknown, up = CameraCondition.UNKNOWN.value, CameraCondition.OK.value
    for index, (_, condition) in enumerate(timeline):
        begin, finish = stamps[index], stamps[index + 1]
        if condition == unknown or finish <= begin:
            continue
        is_ok = condition == up
        cursor = begin
        while cursor < finish:
            day = int(cursor // _DAY)
            day_end = min((day + 1) * _DAY, finish)
            seconds = day_end - cursor
            observed[day] = observed.get(day, 0.0) + seconds
            if is_ok:
                ok[day] = ok.get(day, 0.0) + seconds
            cursor = day_end
    first_index = (first - _EPOCH_DAY).days
    return {
        _EPOCH_DAY + dt.timedelta(days=day): DayAvailability(ok.get(day, 0.0), seconds)
        for day, seconds in observed.items()
        if day >= first_index
    }
