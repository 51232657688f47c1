"""Recorder settings, bookmarks and evidence exports in the registry's file (schema there)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from app.recorders.base import RecorderClock, RecorderKind, RecorderSettings, TimeConvention
from app.sites.registry import Registry
from app.timekeeping import parse_utc, to_utc_iso, utc_now


@dataclass(frozen=True)
class Bookmark:
    epe_id: int
    camera: int  # diagram number
    at: dt.datetime  # the recorded moment, UTC
    note: str = ""
    officer_code: str = ""
    id: int | None = None


def save_recorder(registry: Registry, epe_id: int, settings: RecorderSettings) -> None:
    row: dict[str, Any] = {
        "epe_id": epe_id,
        "kind": settings.kind.value,
        "host": settings.host,
        "http_port": settings.http_port,
        "rtsp_port": settings.rtsp_port,
        "time_convention": settings.clock.convention.value,
        "utc_offset_minutes": settings.clock.utc_offset_minutes,
        "calibrated_offset_s": settings.clock.calibrated_offset_s,
        "updated_at": to_utc_iso(utc_now()),
    }
    with registry.database() as db:
        db.table("recorders").upsert(row, pk="epe_id")


def delete_recorder(registry: Registry, epe_id: int) -> None:
    """The EPE has no recorder any more (its bookmarks stay)."""
    with registry.database() as db:
        db.execute("DELETE FROM recorders WHERE epe_id = ?", [epe_id])


def save_calibration(registry: Registry, epe_id: int, clock: RecorderClock) -> None:
    now = to_utc_iso(utc_now())
    with registry.database() as db:
        db.execute(
            "UPDATE recorders SET time_convention = ?, utc_offset_minutes = ?, "
            "calibrated_offset_s = ?, calibrated_at = ?, updated_at = ? WHERE epe_id = ?",
            [
                clock.convention.value,
                clock.utc_offset_minutes,
                clock.calibrated_offset_s,
                now,
                now,
                epe_id,
            ],
        )


def load_recorder(registry: Registry, epe_id: int) -> RecorderSettings | None:
    with registry.database() as db:
        rows = list(db.query("SELECT * FROM recorders WHERE epe_id = ?", [epe_id]))
    if not rows:
        return None
    row = rows[0]
    clock = RecorderClock(
        TimeConvention(row["time_convention"]),
        int(row["utc_offset_minutes"]),
        float(row["calibrated_offset_s"]),
    )
    return RecorderSettings(
        RecorderKind(row["kind"]),
        str(row["host"]),
        int(row["http_port"]),
        int(row["rtsp_port"]),
        clock,
    )


def add_bookmark(registry: Registry, bookmark: Bookmark) -> Bookmark:
    with registry.database() as db:
        cursor = db.execute(
            "INSERT INTO bookmarks (epe_id, diagram_number, at, note, officer_code, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                bookmark.epe_id,
                bookmark.camera,
                to_utc_iso(bookmark.at, milliseconds=True),
                bookmark.note,
                bookmark.officer_code,
                to_utc_iso(utc_now()),
            ],
        )
        new_id = int(cursor.lastrowid or 0)
    return Bookmark(
        bookmark.epe_id, bookmark.camera, bookmark.at, bookmark.note, bookmark.officer_code, new_id
    )


def bookmarks(
    registry: Registry,
    epe_id: int,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
) -> list[Bookmark]:
    """An EPE's bookmarks in [start, end], oldest first."""
    sql = "SELECT * FROM bookmarks WHERE epe_id = ?"
    params: list[Any] = [epe_id]
    if start is not None:
        sql += " AND at >= ?"
        params.append(to_utc_iso(start, milliseconds=True))
    if end is not None:
        sql += " AND at <= ?"
        params.append(to_utc_iso(end, milliseconds=True))
    with registry.database() as db:
        rows = list(db.query(sql + " ORDER BY at, id", params))
    return [
        Bookmark(
            int(r["epe_id"]),
            int(r["diagram_number"]),
            parse_utc(r["at"]),
            r["note"],
            r["officer_code"],
            int(r["id"]),
        )
        for r in rows
    ]


def delete_bookmark(registry: Registry, bookmark_id: int) -> None:
    with registry.database() as db:
        db.execute("DELETE FROM bookmarks WHERE id = ?", [bookmark_id])


def record_export(
    registry: Registry,
    tax_id: str,
    cameras: list[int],
    start: dt.datetime,
    end: dt.datetime,
    folder: str,
    manifest_sha256: str,
    officer_code: str,
) -> None:
    with registry.database() as db:
        db.execute(
            "INSERT INTO evidence_exports (epe_tax_id, cameras, range_start, range_end, folder, "
            "manifest_sha256, officer_code, exported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                tax_id,
                json.dumps(cameras),
                to_utc_iso(start, milliseconds=True),
                to_utc_iso(end, milliseconds=True),
                folder,
                manifest_sha256,
                officer_code,
                to_utc_iso(utc_now()),
            ],
        )
