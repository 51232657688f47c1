"""Customs documents and gate reads in the registry's file (schema in app/storage/migrations)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

from app.declarations.documents import CustomsDocument, Direction, DocumentKind
from app.declarations.reconcile import GateRead, ItemKind
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, parse_utc, to_utc_iso, utc_now


def local_day_span(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The Vietnamese calendar day ``day`` as a UTC [start, end)."""
    start = dt.datetime.combine(day, dt.time(0, 0), VIETNAM).astimezone(dt.UTC)
    return start, start + dt.timedelta(days=1)


def _document(row: dict[str, Any]) -> CustomsDocument:
    return CustomsDocument(
        kind=DocumentKind(row["kind"]),
        number=str(row["number"]),
        epe_id=int(row["epe_id"]),
        epe_tax_id=str(row["epe_tax_id"]),
        direction=Direction(row["direction"]),
        containers=tuple(json.loads(row["containers"])),
        plates=tuple(json.loads(row["plates"])),
        window_start=parse_utc(row["window_start"]),
        window_end=parse_utc(row["window_end"]),
        goods=str(row["goods"]),
        source_file=str(row["source_file"]),
        source_line=row["source_line"],
        id=int(row["id"]),
    )


def _row(document: CustomsDocument, now: str) -> dict[str, Any]:
    return {
        "kind": document.kind.value,
        "number": document.number,
        "epe_id": document.epe_id,
        "epe_tax_id": document.epe_tax_id,
        "direction": document.direction.value,
        "containers": json.dumps(list(document.containers)),
        "plates": json.dumps(list(document.plates)),
        "window_start": to_utc_iso(document.window_start),
        "window_end": to_utc_iso(document.window_end),
        "goods": document.goods,
        "source_file": document.source_file,
        "source_line": document.source_line,
        "updated_at": now,
    }


def find_documents(
    registry: Registry, keys: Iterable[tuple[DocumentKind, str]]
) -> dict[tuple[DocumentKind, str], CustomsDocument]:
    """The stored documents among ``keys`` (kind, number)."""
    found: dict[tuple[DocumentKind, str], CustomsDocument] = {}
    with registry.database() as db:
        for kind, number in set(keys):
            for row in db.query(
                "SELECT * FROM customs_documents WHERE kind = ? AND number = ?",
                [kind.value, number],
            ):
                found[(kind, number)] = _document(row)
    return found


def save_documents(registry: Registry, documents: Sequence[CustomsDocument]) -> None:
    """Add or update (by kind and number) every document, all or none."""
    now = to_utc_iso(utc_now())
    with registry.transaction(), registry.database() as db:
        for document in documents:
            row = _row(document, now)
            existing = db.execute(
                "SELECT id FROM customs_documents WHERE kind = ? AND number = ?",
                [document.kind.value, document.number],
            ).fetchone()
            if existing is None:
                db.table("customs_documents").insert({**row, "imported_at": now})
            else:
                db.table("customs_documents").update(existing[0], row)


def list_documents(
    registry: Registry, epe_id: int | None = None, day: dt.date | None = None
) -> list[CustomsDocument]:
    """Documents of one EPE (or all), whose window touches the Vietnamese day ``day`` (or any),
    in window order."""
    where: list[str] = []
    params: list[Any] = []
    if epe_id is not None:
        where.append("epe_id = ?")
        params.append(epe_id)
    if day is not None:
        start, end = local_day_span(day)
        where.append("window_end >= ? AND window_start < ?")
        params += [to_utc_iso(start), to_utc_iso(end)]
    sql = "SELECT * FROM customs_documents"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY window_start, kind, number"
    with registry.database() as db:
        return [_document(row) for row in db.query(sql, params)]


def add_reads(registry: Registry, epe_id: int, reads: Sequence[GateRead], source: str) -> int:
    """Store ``reads`` of the EPE's gate cameras (``source``: "import", "recording", "live")."""
    now = to_utc_iso(utc_now())
    rows = [
        {
            "epe_id": epe_id,
            "camera": read.camera,
            "kind": read.kind.value,
            "value": read.value,
            "valid": int(read.valid),
            "read_at": to_utc_iso(read.at, milliseconds=True),
            "crop_path": read.crop_path,
            "frame_sha256": read.frame_sha256,
            "source": source,
            "created_at": now,
        }
        for read in reads
    ]
    with registry.transaction(), registry.database() as db:
        db.table("gate_reads").insert_all(rows)
    return len(rows)


def list_reads(
    registry: Registry, epe_id: int, start: dt.datetime, end: dt.datetime
) -> list[GateRead]:
    """The EPE's gate reads in [start, end), in time order."""
    with registry.database() as db:
        rows = list(
            db.query(
                "SELECT * FROM gate_reads WHERE epe_id = ? AND read_at >= ? AND read_at < ? "
                "ORDER BY read_at, id",
                [epe_id, to_utc_iso(start, milliseconds=True), to_utc_iso(end, milliseconds=True)],
            )
        )
    return [
        GateRead(
            kind=ItemKind(row["kind"]),
            value=str(row["value"]),
            at=parse_utc(row["read_at"]),
            camera=int(row["camera"]),
            valid=bool(row["valid"]),
            crop_path=str(row["crop_path"]),
            frame_sha256=str(row["frame_sha256"]),
            id=int(row["id"]),
        )
        for row in rows
    ]
