"""The end-of-shift handover (Decision 1572 3.3): a note the officer signs, the next one reads.

``HandoverBook.compose`` gathers what the next officer must know (the checks done in the shift
and their findings, the interruptions still open in the register, the start-of-shift items the
officer did not review, the device warnings still open); the officer adds free text and
``sign`` writes it to the check log as a ``handover`` record (hash-chained like every record;
signed with the workstation's evidence key when the caller has it from the keyring). The next
officer to log in on that workstation acknowledges it (a ``handover_ack`` record).

Cases are not in the note yet: epewall has no cases; the section is added when they exist.

Everything here reads or writes SQLite: widgets call it from a Job.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.evidence.signing import manifest_signer, sign_manifest
from app.interruptions.register import InterruptionRegister
from app.officers.profiles import Action, Officer, require
from app.rotation.checks import CheckResult, CheckService
from app.rotation.ledger import Ledger, LedgerRecord, RecordKind
from app.shift import handover_records
from app.sites.registry import Registry
from app.timekeeping import (
    VIETNAM,
    WorkingCalendar,
    local,
    parse_utc,
    show_local,
    to_utc_iso,
    utc_now,
)
from app.warnings.store import WarningStore

if TYPE_CHECKING:
    from app.evidence.signing import WorkstationKey

TEXT_MAX = 4000
SECTION_MAX = 300  # items per section kept in the record (the rest are counted)
# The order of the sections in the note, the command line and the PDF.
SECTIONS = ("checks", "findings", "interruptions", "unreviewed", "warnings")


class HandoverError(Exception):
    """A handover cannot be written or acknowledged as asked. ``str()`` is translated."""


def _t(text: str) -> str:
    return QCoreApplication.translate("Handover", text)


def section_title(name: str) -> str:
    titles = {
        "checks": _t("Checks done in the shift"),
        "findings": _t("Findings"),
        "interruptions": _t("Interruptions still open"),
        "unreviewed": _t("Start-of-shift items not reviewed"),
        "warnings": _t("Device warnings still open"),
    }
    return titles.get(name, name)


@dataclass(frozen=True)
class Handover:
    id: str
    officer_code: str
    officer_name: str
    workstation: str
    shift_started_at: dt.datetime
    ended_at: dt.datetime  # UTC
    text: str
    sections: dict[str, Any]
    acknowledged_by: str | None
    acknowledged_at: dt.datetime | None
    acknowledged_by_name: str = ""
    # The fingerprint of the evidence key whose good signature the record carries; "" unsigned.
    signer_fingerprint: str = ""
    signature_state: str = "none"  # "good" | "bad" | "none"

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None


def _clean(text: str) -> str:
    """Text as typed without C0 controls (line breaks and tabs kept)."""
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", text).strip()


def _this_workstation(registry: Registry) -> str:
    return Ledger(registry).workstation_id


def _handover(record: LedgerRecord, ack: LedgerRecord | None) -> Handover:
    payload = record.payload
    officer = payload["officer"]
    state, signer = "none", ""
    if "signature" in payload or "signer" in payload:
        public = manifest_signer(payload)
        state, signer = ("good", public.fingerprint) if public is not None else ("bad", "")
    ack_officer = ack.payload["officer"] if ack is not None else {}
    return Handover(
        id=record.record_id,
        officer_code=str(officer["code"]),
        officer_name=str(officer.get("name", "")),
        workstation=record.workstation,
        shift_started_at=parse_utc(payload["shift_started_at"]),
        ended_at=parse_utc(payload["ended_at"]),
        text=str(payload["text"]),
        sections=dict(payload["sections"]),
        acknowledged_by=str(ack_officer["code"]) if ack is not None else None,
        acknowledged_at=parse_utc(ack.payload["at"]) if ack is not None else None,
        acknowledged_by_name=str(ack_officer.get("name", "")),
        signer_fingerprint=signer,
        signature_state=state,
    )


def _with_acks(ledger: Ledger, records: Sequence[LedgerRecord]) -> list[Handover]:
    if not records:
        return []
    ids = [r.record_id for r in records]
    acks: dict[str, LedgerRecord] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for ack in ledger.records(
            RecordKind.HANDOVER_ACK, f"json_extract(payload, '$.handover_id') IN ({marks})", chunk
        ):
            acks.setdefault(str(ack.payload["handover_id"]), ack)  # the first one counts
    return [_handover(r, acks.get(r.record_id)) for r in records]


def last_handover(registry: Registry, workstation: str | None = None) -> Handover | None:
    """The newest handover written on ``workstation`` (None: this workstation, the registry's)."""
    ledger = Ledger(registry)
    workstation = workstation or ledger.workstation_id
    found = ledger.records(
        RecordKind.HANDOVER,
        "seq = (SELECT max(seq) FROM ledger WHERE kind = ? AND workstation = ?)",
        [RecordKind.HANDOVER.value, workstation],
    )
    handovers = _with_acks(ledger, found)
    return handovers[0] if handovers else None


def shift_start(
    registry: Registry,
    officer_code: str,
    now: dt.datetime,
    calendar: WorkingCalendar | None = None,
) -> dt.datetime:
    """When the shift being worked began, for what it must cover: the end of the last shift on
    this workstation, else the end of the office hours of the working day before ``now``'s.
    (``officer_code`` is part of the shared signature; the workstation decides, not the person.)"""
    del officer_code
    last = last_handover(registry)
    if last is not None and last.ended_at <= now:
        return last.ended_at
    return previous_office_end(now, calendar)


def previous_office_end(now: dt.datetime, calendar: WorkingCalendar | None = None) -> dt.datetime:
    """The end of the office hours of the working day before ``now``'s (Tết and bridges
    skipped): where a shift's cover starts when no earlier shift ended on this workstation."""
    calendar = calendar or WorkingCalendar()
    day = local(now).date() - dt.timedelta(days=1)
    for _ in range(60):  # Tết and a bridge: never more than a couple of weeks
        if calendar.is_working_day(day):
            break
        day -= dt.timedelta(days=1)
    end = max(hours[1] for hours in calendar.hours)
    return dt.datetime.combine(day, end, tzinfo=VIETNAM).astimezone(dt.UTC)


def handovers_of_day(registry: Registry, day: dt.date) -> list[Handover]:
    """The handovers whose shift ended on ``day`` (Vietnamese time), in the order written."""
    start = dt.datetime.combine(day, dt.time(0), tzinfo=VIETNAM)
    end = start + dt.timedelta(days=1)
    ledger = Ledger(registry)
    found = ledger.records(
        RecordKind.HANDOVER,
        "json_extract(payload, '$.ended_at') >= ? AND json_extract(payload, '$.ended_at') < ?",
        [to_utc_iso(start), to_utc_iso(end)],
    )
    return _with_acks(ledger, found)


def review_item_dict(item: Any) -> dict[str, Any]:
    """A start-of-shift item (``app.shift.review.ReviewItem`` or a mapping) as the note keeps it."""
    data = dict(item) if isinstance(item, Mapping) else dataclasses.asdict(item)
    at = data.get("at")
    return {
        "key": str(data.get("key", "")),
        "epe_name": str(data.get("epe_name", "")),
        "camera_number": data.get("camera_number"),
        "kind": str(data.get("kind", "")),
        "at": to_utc_iso(at) if isinstance(at, dt.datetime) else str(at or ""),
        "text": str(data.get("text", "")),
    }


class HandoverBook:
    """Writes and reads the handovers of this registry's workstation."""

    def __init__(self, registry: Registry, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._registry = registry
        self._clock = clock
        self._ledger = Ledger(registry, clock)

    @property
    def workstation(self) -> str:
        return self._ledger.workstation_id

    def compose(
        self, officer: Officer, unreviewed: Sequence[Any], since: dt.datetime | None = None
    ) -> dict[str, Any]:
        """The sections of the note of ``officer``'s shift (from ``since``, by default
        :func:`shift_start`). ``unreviewed`` are the start-of-shift items left unreviewed."""
        now = self._clock()
        since = since or shift_start(self._registry, officer.code, now)
        checks: list[dict[str, Any]] = []
        findings: list[dict[str, Any]] = []
        for check in CheckService(self._registry, clock=self._clock).checks(
            officer_code=officer.code
        ):
            if parse_utc(check.ended_at) < since:
                continue
            row = {
                "id": check.check_id,
                "epe_name": check.epe_name,
                "started_at": check.started_at,
                "ended_at": check.ended_at,
                "result": check.result.value,
                "text": check.text,
                "cameras": len(check.watched_seconds()),
            }
            checks.append(row)
            if check.result is not CheckResult.NORMAL or check.containers or check.plates:
                findings.append(row)
        interruptions = [
            {
                "id": item.id,
                "epe_name": item.epe_name,
                "cameras": list(item.cameras),
                "kind": item.kind.value,
                "started_at": to_utc_iso(item.started_at),
                "due": (item.extended_to or item.due).isoformat(),
            }
            for item in InterruptionRegister(self._registry, self._clock).list(open_only=True)
        ]
        names = {epe.id: epe.name for epe in self._registry.list_epes()}
        warnings = [
            {
                "id": warning.id,
                "epe_name": names.get(warning.epe_id, ""),
                "camera_number": warning.camera_number,
                "kind": warning.kind.value,
                "first_at": to_utc_iso(warning.first_at),
                "last_at": to_utc_iso(warning.last_at),
                "count": warning.count,
            }
            for warning in WarningStore(self._registry).list(unresolved_only=True, limit=200)
        ]
        sections: dict[str, Any] = {
            "period": {"from": to_utc_iso(since), "until": to_utc_iso(now)},
            "checks": checks,
            "findings": findings,
            "interruptions": interruptions,
            # Open warnings and the previous note have their own place: not repeated here.
            "unreviewed": [
                row
                for row in (review_item_dict(item) for item in unreviewed)
                if row["kind"] not in ("warning", "handover")
            ],
            "warnings": warnings,
        }
        # A note is read by a person: past SECTION_MAX items it says how many more there are.
        for name in SECTIONS:
            rows = sections[name]
            if len(rows) > SECTION_MAX:
                sections[name] = rows[:SECTION_MAX]
                sections[f"{name}_more"] = len(rows) - SECTION_MAX
        return sections

    def sign(
        self,
        officer: Officer,
        sections: Mapping[str, Any],
        text: str,
        key: WorkstationKey | None = None,
    ) -> Handover:
        """Write the note to the check log. ``key`` (the workstation's evidence key, read from
        the keyring in a Job) signs it; without one the record is only hash-chained."""
        require(officer, Action.RUN_CHECK)
        note = _clean(text)
        if len(note) > TEXT_MAX:
            raise HandoverError(
                _t("The note is too long: at most {count} characters.").format(count=TEXT_MAX)
            )
        now = self._clock()
        period = sections.get("period") if isinstance(sections.get("period"), dict) else None
        started = (
            parse_utc(str(period["from"]))
            if period and "from" in period
            else shift_start(self._registry, officer.code, now)
        )
        payload: dict[str, Any] = {
            "format": handover_records.FORMAT,
            "officer": {"code": officer.code, "name": officer.full_name},
            "shift_started_at": to_utc_iso(min(started, now)),
            "ended_at": to_utc_iso(now),
            "text": note,
            "sections": {k: v for k, v in sections.items() if k != "period"},
        }
        if key is not None:
            payload = sign_manifest(payload, key)
        record = self._ledger.append(RecordKind.HANDOVER, payload)
        return _handover(record, None)

    def get(self, handover_id: str) -> Handover:
        record = self._ledger.get(handover_id)
        if record is None or record.kind is not RecordKind.HANDOVER:
            raise HandoverError(_t("There is no such handover."))
        return _with_acks(self._ledger, [record])[0]

    def acknowledge(self, handover_id: str, officer: Officer) -> Handover:
        """``officer`` has read the handover (once; not the officer who wrote it)."""
        require(officer, Action.RUN_CHECK)
        handover = self.get(handover_id)
        if handover.officer_code == officer.code:
            raise HandoverError(
                _t("You wrote this handover: the next officer on this workstation reads it.")
            )
        if handover.acknowledged:
            raise HandoverError(_t("This handover was already acknowledged."))
        self._ledger.append(
            RecordKind.HANDOVER_ACK,
            {
                "handover_id": handover_id,
                "officer": {"code": officer.code, "name": officer.full_name},
                "at": to_utc_iso(self._clock()),
            },
        )
        return self.get(handover_id)

    def pending_for(self, workstation: str, officer_code: str | None = None) -> Handover | None:
        """The newest handover of ``workstation`` if nobody has acknowledged it yet (and, given
        ``officer_code``, if that officer did not write it)."""
        last = last_handover(self._registry, workstation)
        if last is None or last.acknowledged:
            return None
        if officer_code is not None and last.officer_code == officer_code:
            return None
        return last


def sign_steps(
    registry: Registry,
    officer: Officer,
    sections: Mapping[str, Any],
    text: str,
    clock: Callable[[], dt.datetime] = utc_now,
    key_source: Callable[[], WorkstationKey] | None = None,
) -> Generator[tuple[int, int, str], None, tuple[Handover, str]]:
    """Sign and write the note as a Job: the workstation key from ``key_source`` (the keyring:
    blocking), then the record. Returns the handover and, when it could not be signed, why (it
    is written anyway, hash-chained: a locked keyring must not lose the shift's note)."""
    yield 0, 2, _t("Reading the workstation's signing key…")
    key: WorkstationKey | None = None
    problem = ""
    if key_source is not None:
        try:
            key = key_source()
        except Exception as exc:  # SecretsError, EvidenceKeyError: both say what to do
            problem = str(exc)
    yield 1, 2, _t("Writing the handover to the check log…")
    return HandoverBook(registry, clock).sign(officer, sections, text, key), problem


# --- how a handover reads (the command line, the window, the PDF) ---------------------------------


def _when(text: Any) -> str:
    try:
        return show_local(parse_utc(str(text)), day_first=True)
    except ValueError:
        return str(text)


def _camera(number: Any) -> str:
    if number is None:
        return _t("the device")
    return _t("camera {number}").format(number=number)


def _line(name: str, row: Mapping[str, Any]) -> str:
    from app.interruptions.model import InterruptionKind
    from app.warnings.topics import WarningKind

    epe = str(row.get("epe_name", ""))
    if name in ("checks", "findings"):
        try:
            result = CheckResult(str(row.get("result"))).label()
        except ValueError:
            result = str(row.get("result", ""))
        line = f"{_when(row.get('ended_at'))}  {epe}: {result}"
        text = str(row.get("text", "")).strip()
        # The checks list says what was checked; the findings say what was found.
        return line + (f" — {text}" if text and name == "findings" else "")
    if name == "interruptions":
        try:
            kind = InterruptionKind(str(row.get("kind"))).label()
        except ValueError:
            kind = str(row.get("kind", ""))
        cameras = ", ".join(str(n) for n in row.get("cameras", []))
        return _t("{epe}: cameras {cameras}, {kind}, since {start}, due {due}").format(
            epe=epe,
            cameras=cameras,
            kind=kind,
            start=_when(row.get("started_at")),
            due=_due(row.get("due")),
        )
    if name == "warnings":
        try:
            kind = WarningKind(str(row.get("kind"))).label
        except ValueError:
            kind = str(row.get("kind", ""))
        count = int(row.get("count") or 1)
        times = f" ×{count}" if count > 1 else ""
        return (
            f"{_when(row.get('last_at'))}  {epe}, {_camera(row.get('camera_number'))}: "
            f"{kind}{times}"
        )
    if name == "unreviewed":
        return (
            f"{_when(row.get('at'))}  {epe}, {_camera(row.get('camera_number'))}: "
            f"{row.get('text', '')}"
        )
    return ", ".join(f"{k}={v}" for k, v in row.items())


def _due(value: Any) -> str:
    try:
        return dt.date.fromisoformat(str(value)).strftime("%d/%m/%Y")
    except ValueError:
        return str(value)


def section_lines(sections: Mapping[str, Any]) -> list[tuple[str, list[str]]]:
    """Each section of a note as (its title, a line per item), in the note's order. The lines
    are as stored: shown through ``app.safe_text`` by whoever prints them."""
    out: list[tuple[str, list[str]]] = []
    for name in SECTIONS:
        rows = sections.get(name, [])
        if not isinstance(rows, list):
            continue
        lines = [_line(name, r) for r in rows if isinstance(r, dict)]
        more = sections.get(f"{name}_more")
        if isinstance(more, int) and more > 0:
            lines.append(_t("… and {count} more").format(count=more))
        out.append((section_title(name), lines))
    return out


def signature_text(handover: Handover) -> str:
    from app.evidence.signing import show_fingerprint

    if handover.signature_state == "good":
        return _t("Signed with the workstation key {fingerprint}").format(
            fingerprint=show_fingerprint(handover.signer_fingerprint)
        )
    if handover.signature_state == "bad":
        return _t("The signature does not match the note: it was changed after signing")
    return _t("Not signed (no workstation key); kept in the hash-chained check log")
