"""The interruption register (Decision 247 I.2.3): open, follow up every working day, extend,
close, attach the manual vehicle/container log, and list.

Every change is a ledger record hash-chained with the check log (``app/interruptions/records.py``
says which); nothing is ever edited. Each method checks everything first and raises
``InterruptionError`` (translated) with nothing written; the officer acting must be allowed the
change (``app/officers/profiles.py``: an ``Action`` per change). An interruption the health
monitor opens (``source="monitor"``) is written with ``officer_code=""``.
"""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app import paths
from app.domain import CameraPosition, Epe
from app.interruptions import records
from app.interruptions.deadlines import due_date
from app.interruptions.model import (
    Attachment,
    Interruption,
    InterruptionEvent,
    InterruptionKind,
    UpdateAction,
)
from app.officers.profiles import Action, Officer, OfficerStore, PermissionDeniedError, require
from app.rotation.ledger import Ledger, LedgerRecord, RecordKind
from app.sites.registry import Registry
from app.timekeeping import Month, WorkingCalendar, local_day, parse_utc, to_utc_iso, utc_now
from app.user_files import UserFileError, read_user_file

# An EPE's manual vehicle/container log is a scan or a spreadsheet: generous, but bounded.
MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024
FORM_FIELDS = (
    "description",
    "cause",
    "effect",
    "estimated_restoration",
    "technician",
    "notified_on",
    "doc_no",
)
MAX_NOTE_CHARS = 4000


# The register has a ``list`` method: inside the class the builtin needs another name.
Interruptions = list[Interruption]


def _t(text: str) -> str:
    return QCoreApplication.translate("Interruptions", text)


class InterruptionError(Exception):
    """A change of the register is refused; ``str()`` is translated; nothing was written."""


def attachments_dir() -> Path:
    """Where the copies of attached manual logs are kept (inside the private data folder)."""
    return paths.data_dir() / "interruptions"


class InterruptionRegister:
    def __init__(
        self,
        registry: Registry,
        clock: Callable[[], dt.datetime] = utc_now,
        calendar: WorkingCalendar | None = None,
    ) -> None:
        self._registry = registry
        self._clock = clock
        self._calendar = calendar or WorkingCalendar()
        self._ledger = Ledger(registry, clock)
        self._officers = OfficerStore(registry, clock)

    @property
    def calendar(self) -> WorkingCalendar:
        return self._calendar

    @property
    def registry(self) -> Registry:
        return self._registry

    def now(self) -> dt.datetime:
        return self._clock()

    def today(self) -> dt.date:
        return local_day(self._clock())

    # -- changes --

    def open(
        self,
        epe_id: int,
        kind: InterruptionKind | str,
        cameras: Sequence[int],
        started_at: dt.datetime,
        *,
        officer_code: str,
        cause: str,
        source: str = "notification",
        **form: Any,
    ) -> Interruption:
        """Open an interruption of ``cameras`` (diagram numbers) of an EPE. ``form``: the other
        items of the Appendix II notification (``description``, ``effect``,
        ``estimated_restoration``, ``technician``, ``notified_on`` (a date), ``doc_no``)."""
        officer = self._actor(officer_code, Action.OPEN_INTERRUPTION, source == "monitor")
        payload = self.check_open(
            epe_id, kind, cameras, started_at, cause=cause, source=source, **form
        )
        payload["officer"] = _officer_json(officer)
        record = self._ledger.append(RecordKind.INTERRUPTION, payload)
        found = self.get(record.record_id)
        assert found is not None
        return found

    def check_open(
        self,
        epe_id: int,
        kind: InterruptionKind | str,
        cameras: Sequence[int],
        started_at: dt.datetime,
        *,
        cause: str,
        source: str = "notification",
        **form: Any,
    ) -> dict[str, Any]:
        """Raise InterruptionError if ``open`` would refuse these (before asking for a PIN);
        returns the record's content without its officer."""
        try:
            kind = InterruptionKind(kind)
        except ValueError:
            raise InterruptionError(_t("Choose the kind of fault.")) from None
        if source not in records.SOURCES:
            raise InterruptionError(_t("Unknown source of the interruption."))
        epe = self._epe(epe_id)
        numbers = sorted(set(int(n) for n in cameras))
        if not numbers:
            raise InterruptionError(_t("Name at least one camera by its diagram number."))
        by_number = {c.diagram_number: c for c in self._registry.list_cameras(epe.id)}
        unknown = [n for n in numbers if n not in by_number]
        if unknown:
            raise InterruptionError(
                _t("{epe} has no camera number {numbers} on its diagram.").format(
                    epe=epe.name, numbers=", ".join(str(n) for n in unknown)
                )
            )
        if started_at.tzinfo is None:
            raise InterruptionError(_t("Say in which time zone the interruption began."))
        now = self._clock()
        if started_at > now:
            raise InterruptionError(_t("The interruption cannot begin in the future."))
        cause = cause.strip()
        if not cause:
            raise InterruptionError(_t("Write the cause of the interruption."))
        unknown_fields = set(form) - set(FORM_FIELDS)
        if unknown_fields:
            raise TypeError(f"unknown form fields: {sorted(unknown_fields)}")
        notified = form.pop("notified_on", None)
        if notified is not None and not isinstance(notified, dt.date):
            raise TypeError("notified_on must be a date")
        if notified is not None and notified > local_day(now):
            raise InterruptionError(_t("The notification cannot be dated in the future."))
        text_form = {k: _clean(str(v)) for k, v in form.items() if v is not None}
        text_form["cause"] = _clean(cause)
        text_form["notified_on"] = notified.isoformat() if notified else ""
        gate = [n for n in numbers if by_number[n].position is CameraPosition.GATE]
        payload = {
            "epe": {"tax_id": epe.tax_id, "name": epe.name, "address": epe.address},
            "cameras": numbers,
            "gate_cameras": gate,
            "kind": kind.value,
            "source": source,
            "started_at": to_utc_iso(started_at),
            "opened_at": to_utc_iso(now),
            "due": due_date(started_at, kind, self._calendar).isoformat(),
            "form": text_form,
        }
        return payload

    def check_change(self, interruption_id: str, action: UpdateAction, note: str) -> Interruption:
        """Raise InterruptionError if a follow-up or closing would be refused (before asking
        for a PIN): unknown or closed interruption, no note."""
        current = self._open_one(interruption_id)
        if action is UpdateAction.CLOSE:
            _note(note, _t("Write a closing note: how and when the cameras came back."))
        else:
            _note(note)
        return current

    def follow_up(self, interruption_id: str, note: str, *, officer_code: str) -> Interruption:
        """The officer's dated status note (one a working day is expected)."""
        officer = self._actor(officer_code, Action.FOLLOW_UP_INTERRUPTION)
        self._open_one(interruption_id)
        return self._update(interruption_id, UpdateAction.FOLLOW_UP, officer, _note(note))

    def extend(
        self, interruption_id: str, reason: str, new_date: dt.date, *, officer_code: str
    ) -> Interruption:
        """Record the EPE's written reason and new expected date; the legal deadline stays."""
        officer = self._actor(officer_code, Action.EXTEND_INTERRUPTION)
        current = self._open_one(interruption_id)
        reason = _note(
            reason, _t("Write the reason the EPE gave in writing for the late restoration.")
        )
        if new_date <= current.due:
            raise InterruptionError(
                _t("The new expected date must be after the deadline ({due}).").format(
                    due=current.due.isoformat()
                )
            )
        return self._update(
            interruption_id,
            UpdateAction.EXTEND,
            officer,
            reason,
            new_date=new_date.isoformat(),
        )

    def close(self, interruption_id: str, note: str, *, officer_code: str) -> Interruption:
        """Close once the cameras work again, with the officer's note."""
        officer = self._actor(officer_code, Action.CLOSE_INTERRUPTION)
        self._open_one(interruption_id)
        return self._update(
            interruption_id,
            UpdateAction.CLOSE,
            officer,
            _note(note, _t("Write a closing note: how and when the cameras came back.")),
        )

    def attach_manual_log(
        self, interruption_id: str, path: str | Path, *, officer_code: str, note: str = ""
    ) -> Interruption:
        """Keep a copy of the EPE's manual vehicle/container log of a gate-camera interruption
        (size-capped, with its SHA-256). File work: call it from a Job."""
        officer = self._actor(officer_code, Action.ATTACH_MANUAL_LOG)
        current = self._open_one(interruption_id, closed_ok=True)
        if not current.gate:
            raise InterruptionError(
                _t("A manual vehicle and container log is kept only while a gate camera is down.")
            )
        source = Path(path)
        try:
            data = read_user_file(source, MAX_ATTACHMENT_BYTES)
        except UserFileError as exc:
            raise InterruptionError(str(exc)) from exc
        digest = hashlib.sha256(data).hexdigest()
        stored_as = f"{interruption_id}-{digest[:16]}-{_safe_name(source.name)}"
        folder = attachments_dir()
        folder.mkdir(parents=True, exist_ok=True)
        paths.make_private()
        target = folder / stored_as
        partial = target.with_name(target.name + ".part")
        try:
            partial.write_bytes(data)
            paths.make_file_private(partial)
            partial.replace(target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise InterruptionError(
                _t("The copy of the file could not be kept in {folder}: {error}").format(
                    folder=folder, error=exc.strerror or exc
                )
            ) from exc
        return self._update(
            interruption_id,
            UpdateAction.ATTACH,
            officer,
            _clean(note),
            attachment={
                "name": _clean(source.name)[:200] or "file",
                "stored_as": stored_as,
                "sha256": digest,
                "size": len(data),
            },
        )

    # -- reading --

    def get(self, interruption_id: str) -> Interruption | None:
        items = self._build([interruption_id])
        return items[0] if items else None

    def list(
        self,
        *,
        open_only: bool = False,
        epe_id: int | None = None,
        month: Month | None = None,
    ) -> Interruptions:
        """Records newest first: the open ones only, one EPE's, or those that were open at some
        time in ``month`` (begun before its end, not closed before its start)."""
        sql = "SELECT record_id FROM interruptions WHERE 1"
        params: builtins.list[Any] = []
        if open_only:
            sql += " AND status = 'open'"
        if epe_id is not None:
            sql += " AND epe_tax_id = ?"
            params.append(self._epe(epe_id).tax_id)
        if month is not None:
            start, end = month.utc_bounds()
            sql += " AND started_at < ? AND (closed_at IS NULL OR closed_at >= ?)"
            params.extend([end, start])
        with self._registry.database() as db:
            ids = [row[0] for row in db.execute(sql + " ORDER BY started_at DESC", params)]
        return self._build(ids)

    def find(self, id_or_prefix: str) -> Interruption:
        """The interruption whose ID is, or starts with, ``id_or_prefix`` (at least 6 hex
        characters, as the command line shows 8); raises InterruptionError otherwise."""
        text = id_or_prefix.strip().lower()
        if len(text) < 6 or not re.fullmatch(r"[0-9a-f]+", text):
            raise InterruptionError(
                _t("No interruption with the ID {id}.").format(id=id_or_prefix.strip()[:40])
            )
        with self._registry.database() as db:
            ids = [
                row[0]
                for row in db.execute(
                    "SELECT record_id FROM interruptions WHERE record_id LIKE ? LIMIT 2",
                    [text + "%"],
                )
            ]
        if len(ids) != 1:
            raise InterruptionError(
                _t("No interruption with the ID {id}.").format(id=text[:40])
                if not ids
                else _t(
                    "Several interruptions have IDs starting with {id}: give more of it."
                ).format(id=text)
            )
        return self._open_one(ids[0], closed_ok=True)

    def open_for(self, epe_id: int, camera_number: int) -> Interruption | None:
        """The open interruption that covers this camera of the EPE, if any (newest)."""
        for item in self.list(open_only=True, epe_id=epe_id):
            if camera_number in item.cameras:
                return item
        return None

    def not_followed_up(self, day: dt.date) -> Interruptions:
        """Open records without a note on ``day`` (none on a day that is not a working day)."""
        if not self._calendar.is_working_day(day):
            return []
        return [i for i in self.list(open_only=True) if not i.followed_up_on(day)]

    def overdue(self, day: dt.date) -> Interruptions:
        return [i for i in self.list(open_only=True) if i.days_overdue(day) > 0]

    def needs_attention(self, officer_code: str | None, day: dt.date) -> Interruptions:
        """What the login notice names: open records overdue or not followed up on ``day``, of
        the EPEs assigned to ``officer_code`` (all when the officer has no assignment)."""
        items = [
            i
            for i in self.list(open_only=True)
            if i.days_overdue(day) > 0
            or (self._calendar.is_working_day(day) and not i.followed_up_on(day))
        ]
        if officer_code is None:
            return items
        officer = self._officers.find_officer(officer_code)
        if officer is None or officer.id is None:
            return items
        mine = {
            epe_id
            for epe_id, officer_ids in self._officers.responsible_officers().items()
            if officer.id in officer_ids
        }
        if not mine:
            return items
        return [i for i in items if i.epe_id in mine]

    # -- inside --

    def _actor(self, code: str, action: Action, system: bool = False) -> Officer | None:
        if system and not code:
            return None
        officer = self._officers.find_officer(code) if code else None
        try:
            require(officer, action)
        except PermissionDeniedError as exc:
            if officer is None:
                raise InterruptionError(
                    _t("No officer with the code {code} on this workstation.").format(
                        code=code.strip()[:40]
                    )
                ) from exc
            raise InterruptionError(str(exc)) from exc
        return officer

    def _epe(self, epe_id: int) -> Epe:
        try:
            return self._registry.get_epe(epe_id)
        except KeyError:
            raise InterruptionError(_t("This EPE is not in the registry.")) from None

    def _open_one(self, interruption_id: str, *, closed_ok: bool = False) -> Interruption:
        current = self.get(interruption_id)
        if current is None:
            raise InterruptionError(
                _t("No interruption with the ID {id}.").format(id=interruption_id.strip()[:40])
            )
        if not current.is_open and not closed_ok:
            raise InterruptionError(_t("This interruption is already closed."))
        return current

    def _update(
        self,
        interruption_id: str,
        action: UpdateAction,
        officer: Officer | None,
        note: str,
        **extra: Any,
    ) -> Interruption:
        payload = {
            "interruption_id": interruption_id,
            "action": action.value,
            "at": to_utc_iso(self._clock()),
            "officer": _officer_json(officer),
            "note": note,
            **extra,
        }
        with self._registry.transaction():
            # Under the write lock: a second workstation window cannot close it in between.
            if action is UpdateAction.CLOSE:
                self._open_one(interruption_id)
            self._ledger.append(RecordKind.INTERRUPTION_UPDATE, payload)
        found = self.get(interruption_id)
        assert found is not None
        return found

    def _build(self, ids: Sequence[str]) -> Interruptions:
        if not ids:
            return []
        with self._registry.database() as db:
            rows = {
                row["record_id"]: row
                for row in _chunked_query(db, "SELECT * FROM interruptions WHERE record_id IN", ids)
            }
            opened = {
                row["record_id"]: row
                for row in _chunked_query(
                    db,
                    "SELECT record_id, payload FROM ledger WHERE kind = 'interruption' "
                    "AND record_id IN",
                    ids,
                )
            }
            updates: dict[str, builtins.list[Mapping[str, Any]]] = {}
            for row in _chunked_query(
                db,
                # The derived row (checked by verify) and two items of the record: no JSON
                # parsing per follow-up, which a year of a team's register has thousands of.
                "SELECT e.*, json_extract(l.payload, '$.officer.name') AS officer_name, "
                "json_extract(l.payload, '$.attachment') AS attachment "
                "FROM interruption_events e "
                "JOIN ledger l ON l.record_id = e.record_id WHERE e.interruption_id IN",
                ids,
                order=" ORDER BY e.at, l.seq",
            ):
                updates.setdefault(row["interruption_id"], []).append(row)
            epe_ids = {
                tax_id: epe_id for epe_id, tax_id in db.execute("SELECT id, tax_id FROM epes")
            }
        result: Interruptions = []
        for record_id in ids:
            found = rows.get(record_id)
            if found is None or record_id not in opened:
                continue
            row = found
            payload = json.loads(opened[record_id]["payload"])
            events = tuple(_event(u) for u in updates.get(record_id, []))
            result.append(_interruption(row, payload, events, epe_ids.get(row["epe_tax_id"], 0)))
        return result


def _chunked_query(db: Any, sql: str, ids: Sequence[str], order: str = "") -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        rows.extend(db.query(f"{sql} ({marks}){order}", chunk))
    return rows


def _event(row: Mapping[str, Any]) -> InterruptionEvent:
    """An amendment from its ``interruption_events`` row (with the officer's name and the
    attachment taken from its record)."""
    attachment = json.loads(row["attachment"]) if row["attachment"] else None
    return InterruptionEvent(
        record_id=str(row["record_id"]),
        action=UpdateAction(row["action"]),
        at=parse_utc(row["at"]),
        officer_code=str(row["officer_code"]),
        officer_name=str(row["officer_name"] or ""),
        note=str(row["note"]),
        new_date=dt.date.fromisoformat(row["new_date"]) if row["new_date"] else None,
        attachment=Attachment(
            str(attachment["name"]),
            str(attachment.get("stored_as", "")),
            str(attachment["sha256"]),
            int(attachment["size"]),
        )
        if isinstance(attachment, dict)
        else None,
    )


def _interruption(
    row: Mapping[str, Any],
    payload: Mapping[str, Any],
    events: tuple[InterruptionEvent, ...],
    epe_id: int,
) -> Interruption:
    form = payload.get("form") or {}
    officer = payload.get("officer") or {}
    notified = form.get("notified_on") or ""
    return Interruption(
        id=str(row["record_id"]),
        epe_id=epe_id,
        epe_tax_id=str(row["epe_tax_id"]),
        epe_name=str(row["epe_name"]),
        cameras=tuple(int(n) for n in str(row["cameras"]).split(",") if n),
        kind=InterruptionKind(row["kind"]),
        source=str(row["source"]),
        started_at=parse_utc(row["started_at"]),
        due=dt.date.fromisoformat(row["due"]),
        extended_to=dt.date.fromisoformat(row["extended_to"]) if row["extended_to"] else None,
        status=str(row["status"]),
        closed_at=parse_utc(row["closed_at"]) if row["closed_at"] else None,
        last_follow_up=dt.date.fromisoformat(row["last_follow_up"])
        if row["last_follow_up"]
        else None,
        gate=bool(row["gate"]),
        opened_at=parse_utc(payload["opened_at"]),
        epe_address=str(payload["epe"].get("address", "")),
        gate_cameras=tuple(payload.get("gate_cameras") or ()),
        description=str(form.get("description", "")),
        cause=str(form.get("cause", "")),
        effect=str(form.get("effect", "")),
        estimated_restoration=str(form.get("estimated_restoration", "")),
        technician=str(form.get("technician", "")),
        notified_on=dt.date.fromisoformat(notified) if notified else None,
        doc_no=str(form.get("doc_no", "")),
        officer_code=str(officer.get("code", "")),
        officer_name=str(officer.get("name", "")),
        events=events,
    )


def _officer_json(officer: Officer | None) -> dict[str, str]:
    if officer is None:
        return {"code": "", "name": ""}
    return {"code": officer.code, "name": officer.full_name}


def _clean(text: str) -> str:
    """Text as typed, without the NUL and other C0 controls a form or a file may carry (line
    breaks kept); shown through ``app.safe_text`` anyway."""
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", text).strip()[:MAX_NOTE_CHARS]


def _note(text: str, missing: str | None = None) -> str:
    note = _clean(text or "")
    if not note:
        raise InterruptionError(missing or _t("Write a note: the troubleshooting status today."))
    return note


def _safe_name(name: str) -> str:
    """A file name safe in any folder on any system (the original name stays in the record)."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._")
    return stem[-80:] or "file"


def record_of(ledger: Ledger, interruption_id: str) -> LedgerRecord | None:
    """The opening record of an interruption (for exports that quote it)."""
    found = ledger.get(interruption_id)
    return found if found is not None and found.kind is RecordKind.INTERRUPTION else None
