"""The officer's camera logbook (Decision 247 I.1.1 e.2): power failures, repairs, maintenance
and other events the EPE reports, by time, position and diagram number, optionally linked to an
interruption. Each entry is a ledger record (kind ``logbook``), never edited."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.interruptions import records
from app.interruptions.register import InterruptionError, _clean
from app.officers.profiles import Action, OfficerStore, PermissionDeniedError, require
from app.rotation.ledger import Ledger, RecordKind
from app.sites.registry import Registry
from app.timekeeping import parse_utc, to_utc_iso, utc_now


def _t(text: str) -> str:
    return QCoreApplication.translate("Logbook", text)


class LogbookEntryKind(enum.StrEnum):
    POWER_FAILURE = "power_failure"
    REPAIR = "repair"
    MAINTENANCE = "maintenance"
    OTHER = "other"

    def label(self) -> str:
        match self:
            case LogbookEntryKind.POWER_FAILURE:
                return _t("Power failure")
            case LogbookEntryKind.REPAIR:
                return _t("Repair")
            case LogbookEntryKind.MAINTENANCE:
                return _t("Maintenance")
            case LogbookEntryKind.OTHER:
                return _t("Other")


@dataclass(frozen=True)
class LogbookEntry:
    record_id: str
    epe_tax_id: str
    epe_name: str
    camera: int | None  # diagram number; None for the whole EPE
    position: str  # CameraPosition value, "" for the whole EPE
    kind: LogbookEntryKind
    at: dt.datetime  # UTC
    note: str
    interruption_id: str | None
    officer_code: str


def add_entry(
    registry: Registry,
    epe_id: int,
    kind: LogbookEntryKind | str,
    at: dt.datetime,
    note: str,
    *,
    officer_code: str,
    camera: int | None = None,
    interruption_id: str | None = None,
    clock: Callable[[], dt.datetime] = utc_now,
) -> LogbookEntry:
    """Write an entry; raises InterruptionError (translated) with nothing written."""
    officer = OfficerStore(registry, clock).find_officer(officer_code) if officer_code else None
    try:
        require(officer, Action.ADD_LOGBOOK_ENTRY)
    except PermissionDeniedError as exc:
        raise InterruptionError(str(exc)) from exc
    assert officer is not None
    try:
        epe = registry.get_epe(epe_id)
    except KeyError:
        raise InterruptionError(_t("This EPE is not in the registry.")) from None
    position = ""
    if camera is not None:
        found = [c for c in registry.list_cameras(epe_id) if c.diagram_number == camera]
        if not found:
            raise InterruptionError(
                _t("{epe} has no camera number {number} on its diagram.").format(
                    epe=epe.name, number=camera
                )
            )
        position = found[0].position.value
    if at.tzinfo is None or at > clock():
        raise InterruptionError(_t("The time of the entry cannot be in the future."))
    text = _clean(note)
    if not text:
        raise InterruptionError(_t("Write what happened."))
    ledger = Ledger(registry, clock)
    if interruption_id is not None and not (
        (target := ledger.get(interruption_id)) is not None
        and target.kind is RecordKind.INTERRUPTION
    ):
        raise InterruptionError(_t("No interruption with the ID {id}.").format(id=interruption_id))
    payload = {
        "epe": {"tax_id": epe.tax_id, "name": epe.name},
        "camera": camera,
        "position": position,
        "entry_kind": LogbookEntryKind(kind).value,
        "at": to_utc_iso(at),
        "note": text,
        "interruption_id": interruption_id,
        "officer": {"code": officer.code, "name": officer.full_name},
    }
    record = ledger.append(RecordKind.LOGBOOK, payload)
    row = records.logbook_row(record.record_id, payload)
    return _entry(row)


def entries(
    registry: Registry,
    epe_id: int,
    camera: int | None = None,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
) -> list[LogbookEntry]:
    """An EPE's entries in time order (of one camera, within [start, end) when given)."""
    tax_id = registry.get_epe(epe_id).tax_id
    sql = "SELECT * FROM logbook_entries WHERE epe_tax_id = ?"
    params: list[object] = [tax_id]
    if camera is not None:
        sql += " AND camera = ?"
        params.append(camera)
    if start is not None:
        sql += " AND at >= ?"
        params.append(to_utc_iso(start))
    if end is not None:
        sql += " AND at < ?"
        params.append(to_utc_iso(end))
    with registry.database() as db:
        rows = list(db.query(sql + " ORDER BY at, record_id", params))
    return [_entry(row) for row in rows]


def _entry(row: dict[str, object]) -> LogbookEntry:
    camera = row["camera"]
    link = row["interruption_id"]
    return LogbookEntry(
        record_id=str(row["record_id"]),
        epe_tax_id=str(row["epe_tax_id"]),
        epe_name=str(row["epe_name"]),
        camera=camera if isinstance(camera, int) else None,
        position=str(row["position"]),
        kind=LogbookEntryKind(str(row["entry_kind"])),
        at=parse_utc(str(row["at"])),
        note=str(row["note"]),
        interruption_id=str(link) if link else None,
        officer_code=str(row["officer_code"]),
    )
