"""Check sessions: an officer checks one EPE, the app records what was watched, the officer what
was found (Decision 247 II.1, II.2.1).

``CheckService.start_check`` opens a :class:`CheckSession`. The video wall reports which of the
EPE's cameras are on screen through ``camera_started``/``camera_stopped`` (call them from the
stream controller's state changes; cameras of other EPEs are ignored). The open session is saved
as a draft after every change so a crash does not lose it (``open_sessions`` lists drafts to
finish). ``end_check`` writes the closed check to the append-only ledger; after that it can only
be amended (who, when, why), never edited.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import logging
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from stdnum import iso6346

from app.domain import Epe, ValidationError
from app.officers.profiles import (
    Action,
    Officer,
    OfficerStore,
    PermissionDeniedError,
    Role,
    can,
    require,
)
from app.rotation.ledger import AuditAction, Ledger, LedgerError, RecordKind
from app.sites.registry import TEXT_MAX, Registry
from app.timekeeping import Month, WorkingCalendar, parse_utc, to_utc_iso, utc_now

log = logging.getLogger(__name__)


class CheckResult(enum.StrEnum):
    NORMAL = "normal"
    IRREGULARITY = "irregularity"
    SUSPECTED_VIOLATION = "suspected_violation"

    def label(self) -> str:
        match self:
            case CheckResult.NORMAL:
                return QCoreApplication.translate("CheckResult", "Normal")
            case CheckResult.IRREGULARITY:
                return QCoreApplication.translate("CheckResult", "Irregularity")
            case CheckResult.SUSPECTED_VIOLATION:
                return QCoreApplication.translate("CheckResult", "Suspected violation")


class CheckReason(enum.StrEnum):
    """Why a check was made: the plan, or an unscheduled reason (II.1 risk-based checks)."""

    PLANNED = "planned"
    RISK_LIST = "risk_list"
    WARNING = "warning"
    TIP = "tip"
    OTHER = "other"
    # The end of a day's review of declarations against the gate (widgets/declarations/review).
    RECONCILIATION = "reconciliation"

    @property
    def scheduled(self) -> bool:
        return self is CheckReason.PLANNED

    @classmethod
    def startable(cls) -> list[CheckReason]:
        """The reasons an officer picks when starting a check at the wall (a reconciliation
        check is written by the review window when its review ends)."""
        return [reason for reason in cls if reason is not cls.RECONCILIATION]

    def label(self) -> str:
        match self:
            case CheckReason.PLANNED:
                return QCoreApplication.translate("CheckReason", "Planned")
            case CheckReason.RISK_LIST:
                return QCoreApplication.translate("CheckReason", "Risk list")
            case CheckReason.WARNING:
                return QCoreApplication.translate("CheckReason", "Warning")
            case CheckReason.TIP:
                return QCoreApplication.translate("CheckReason", "Tip-off")
            case CheckReason.OTHER:
                return QCoreApplication.translate("CheckReason", "Other reason")
            case CheckReason.RECONCILIATION:
                return QCoreApplication.translate("CheckReason", "Declarations reconciliation")


class CheckError(Exception):
    """A check cannot be started, ended or amended as asked. ``str()`` is translated."""


@dataclass
class CameraWatch:
    """One stretch of time a camera was on screen during a check."""

    camera_id: int
    diagram_number: int
    mode: str  # "live" or "playback"
    started_at: str
    stopped_at: str | None = None

    @property
    def seconds(self) -> int:
        if self.stopped_at is None:
            return 0
        return int((parse_utc(self.stopped_at) - parse_utc(self.started_at)).total_seconds())


@dataclass(frozen=True)
class SnapshotRef:
    sha256: str
    file_name: str = ""
    snapshot_id: int | None = None


@dataclass(frozen=True)
class Findings:
    result: CheckResult
    text: str = ""
    containers: tuple[str, ...] = ()
    plates: tuple[str, ...] = ()


@dataclass(frozen=True)
class Amendment:
    amendment_id: str
    check_id: str
    officer_code: str
    officer_name: str
    created_at: str
    why: str
    changes: dict[str, Any]


@dataclass(frozen=True)
class CheckRecord:
    """A closed check as it reads now: its amendments are applied, and listed."""

    check_id: str
    epe_tax_id: str
    epe_name: str
    epe_risk_level: str
    officer_code: str
    officer_name: str
    started_at: str
    ended_at: str
    reason: CheckReason
    reason_note: str
    outside_working_time: bool
    cameras: list[CameraWatch]
    result: CheckResult
    text: str
    containers: list[str]
    plates: list[str]
    snapshots: list[SnapshotRef]
    workstation: str
    amendments: list[Amendment] = field(default_factory=list)

    @property
    def scheduled(self) -> bool:
        return self.reason.scheduled

    def watched_seconds(self) -> dict[int, int]:
        """Camera id -> seconds on screen during the check."""
        totals: dict[int, int] = {}
        for watch in self.cameras:
            totals[watch.camera_id] = totals.get(watch.camera_id, 0) + watch.seconds
        return totals


# --- validation of what the officer writes --------------------------------------------------------


def split_containers(text: str) -> list[str]:
    """Container numbers typed in one field, separated by commas, semicolons or spaces."""
    return [part for part in re.split(r"[,;\s]+", text) if part]


def split_plates(text: str) -> list[str]:
    """Plates typed in one field: a plate may contain a space ("29H 12345"), so only commas,
    semicolons and new lines separate them."""
    return [part.strip() for part in re.split(r"[,;\n]+", text) if part.strip()]


_PLATE = re.compile(r"^\d{2}[A-Z]{1,2}\d?[- ]?(\d{4,5}|\d{3}\.\d{2})$")


def normalise_container(number: str) -> str:
    """ISO 6346 container number, e.g. "CSQU3054383"; raises ValidationError (translated)."""
    try:
        return str(iso6346.validate(number))
    except Exception as exc:  # stdnum raises several ValidationError subclasses
        raise ValidationError(
            "containers",
            QCoreApplication.translate(
                "Checks",
                "{number} is not a valid container number (4 letters, 6 digits and a "
                "check digit, e.g. CSQU3054383).",
            ).format(number=number.strip()[:20]),
        ) from exc


def normalise_plate(plate: str) -> str:
    """A Vietnamese plate as written, upper case with single spaces (51C-123.45, 29H 12345)."""
    text = " ".join(plate.upper().split())
    if not _PLATE.match(text):
        raise ValidationError(
            "plates",
            QCoreApplication.translate(
                "Checks",
                "{plate} does not look like a Vietnamese license plate (e.g. 51C-123.45 "
                "or 29H 12345).",
            ).format(plate=plate.strip()[:20]),
        )
    return text


def _clean_findings(findings: Findings) -> Findings:
    try:
        result = CheckResult(findings.result)
    except ValueError:
        raise ValidationError(
            "result",
            QCoreApplication.translate(
                "Checks", "Choose a result: normal, irregularity or suspected violation."
            ),
        ) from None
    text = findings.text.strip()
    if len(text) > TEXT_MAX * 5:
        raise ValidationError(
            "text", QCoreApplication.translate("Checks", "The notes are too long.")
        )
    if result is not CheckResult.NORMAL and not text:
        raise ValidationError(
            "text",
            QCoreApplication.translate(
                "Checks",
                "Describe what you saw: an irregularity or suspected violation needs a note.",
            ),
        )
    containers = tuple(
        dict.fromkeys(normalise_container(c) for c in findings.containers if c.strip())
    )
    plates = tuple(dict.fromkeys(normalise_plate(p) for p in findings.plates if p.strip()))
    return Findings(result, text, containers, plates)


# --- sessions -------------------------------------------------------------------------------------


class CheckSession:
    """An open check of one EPE by one officer. Not thread-safe: call it from the GUI thread."""

    def __init__(
        self,
        service: CheckService,
        check_id: str,
        epe: Epe,
        officer: Officer,
        started_at: str,
        reason: CheckReason,
        reason_note: str,
        outside_working_time: bool,
        cameras: dict[int, int],
        watches: list[CameraWatch] | None = None,
        snapshots: list[SnapshotRef] | None = None,
    ) -> None:
        self._service = service
        self.check_id = check_id
        self.epe = epe
        self.officer = officer
        self.started_at = started_at
        self.reason = reason
        self.reason_note = reason_note
        self.outside_working_time = outside_working_time
        self._cameras = cameras  # camera id -> diagram number, this EPE's cameras only
        self.watches: list[CameraWatch] = watches or []
        self.snapshots: list[SnapshotRef] = snapshots or []
        self.closed = False

    @property
    def scheduled(self) -> bool:
        return self.reason.scheduled

    def _open_watch(self, camera_id: int) -> CameraWatch | None:
        for watch in self.watches:
            if watch.camera_id == camera_id and watch.stopped_at is None:
                return watch
        return None

    def camera_started(self, camera_id: int, mode: str = "live") -> bool:
        """A camera of this EPE appeared on screen (live or playback). False when ignored (a
        camera of another EPE, or already counted as on screen)."""
        if self.closed or camera_id not in self._cameras or self._open_watch(camera_id):
            return False
        if mode not in ("live", "playback"):
            raise ValueError(f"mode must be 'live' or 'playback', not {mode!r}")
        self.watches.append(
            CameraWatch(camera_id, self._cameras[camera_id], mode, self._service.now())
        )
        self._service.save_draft(self)
        return True

    def camera_stopped(self, camera_id: int) -> bool:
        """The camera left the screen (tile closed, stream stopped or failed)."""
        watch = self._open_watch(camera_id)
        if self.closed or watch is None:
            return False
        watch.stopped_at = self._service.now()
        self._service.save_draft(self)
        return True

    def attach_snapshot(
        self, sha256: str, file_name: str = "", snapshot_id: int | None = None
    ) -> None:
        """Attach a snapshot (``app/evidence/snapshots.py`` record) to the check as evidence."""
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise ValueError("sha256 must be 64 lower-case hex digits")
        self.snapshots.append(SnapshotRef(sha256, file_name, snapshot_id))
        self._service.save_draft(self)

    def watched_seconds(self, until: str | None = None) -> dict[int, int]:
        """Camera id -> seconds on screen so far. A camera still on screen counts up to
        ``until`` (a stored UTC time, e.g. ``CheckService.now()``); without it, not at all."""
        totals: dict[int, int] = {}
        for watch in self.watches:
            end = watch.stopped_at or until
            seconds = (
                0
                if end is None
                else int((parse_utc(end) - parse_utc(watch.started_at)).total_seconds())
            )
            totals[watch.camera_id] = totals.get(watch.camera_id, 0) + max(0, seconds)
        return totals

    def end(self, findings: Findings) -> CheckRecord:
        return self._service.end_check(self, findings)

    def draft_state(self) -> dict[str, Any]:
        return {
            "epe_id": self.epe.id,
            "officer_id": self.officer.id,
            "started_at": self.started_at,
            "reason": self.reason.value,
            "reason_note": self.reason_note,
            "outside_working_time": self.outside_working_time,
            "cameras": {str(k): v for k, v in self._cameras.items()},
            "watches": [asdict(w) for w in self.watches],
            "snapshots": [asdict(s) for s in self.snapshots],
        }


class CheckService:
    """Starts and ends checks, amends closed ones and reads them back."""

    def __init__(
        self,
        registry: Registry,
        calendar: WorkingCalendar | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._registry = registry
        self._calendar = calendar or WorkingCalendar()
        self._clock = clock
        self._ledger = Ledger(registry, clock)

    @property
    def ledger(self) -> Ledger:
        return self._ledger

    @property
    def registry(self) -> Registry:
        return self._registry

    def now(self) -> str:
        return to_utc_iso(self._clock())

    def start_check(
        self,
        officer: Officer,
        epe_id: int,
        reason: CheckReason = CheckReason.PLANNED,
        reason_note: str = "",
    ) -> CheckSession:
        """Open a check of the EPE. Unscheduled checks give a reason; "other" needs a note."""
        require(officer, Action.RUN_CHECK)
        reason = CheckReason(reason)
        reason_note = reason_note.strip()
        if reason is CheckReason.OTHER and not reason_note:
            raise ValidationError(
                "reason_note",
                QCoreApplication.translate("Checks", "Say why this unscheduled check is made."),
            )
        epe = self._registry.get_epe(epe_id)
        cameras = {
            c.id: c.diagram_number for c in self._registry.list_cameras(epe_id) if c.id is not None
        }
        started = self._clock()
        session = CheckSession(
            self,
            uuid.uuid4().hex,
            epe,
            officer,
            to_utc_iso(started),
            reason,
            reason_note,
            not self._calendar.is_working_time(started),
            cameras,
        )
        self.save_draft(session)
        return session

    def audit_start(self, session: CheckSession) -> None:
        """Put the start of a check in the audit trail. Best effort: the check itself is saved
        as a draft already, and must not be lost because the audit could not be written."""
        try:
            self._ledger.audit(
                AuditAction.CHECK_STARTED,
                session.officer.code,
                {
                    "check_id": session.check_id,
                    "epe_tax_id": session.epe.tax_id,
                    "reason": session.reason.value,
                    "outside_working_time": session.outside_working_time,
                },
            )
        except Exception:
            log.warning("could not write the check start to the audit trail", exc_info=True)

    def save_draft(self, session: CheckSession) -> None:
        with self._registry.database() as db:
            db.execute(
                "INSERT INTO open_checks (record_id, officer_id, epe_id, state, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (record_id) DO UPDATE SET "
                "state = excluded.state, updated_at = excluded.updated_at",
                [
                    session.check_id,
                    session.officer.id,
                    session.epe.id,
                    json.dumps(session.draft_state()),
                    self.now(),
                ],
            )

    def open_sessions(self, officer: Officer | None = None) -> list[CheckSession]:
        """Checks started but not ended (e.g. before a crash), oldest first."""
        store = OfficerStore(self._registry, self._clock)
        with self._registry.database() as db:
            rows = db.execute(
                "SELECT record_id, officer_id, epe_id, state FROM open_checks ORDER BY updated_at"
            ).fetchall()
        sessions = []
        for record_id, officer_id, epe_id, text in rows:
            if officer is not None and officer.id != officer_id:
                continue
            state = json.loads(text)
            try:
                epe = self._registry.get_epe(epe_id)
                who = store.get_officer(officer_id)
            except KeyError:
                continue
            sessions.append(
                CheckSession(
                    self,
                    record_id,
                    epe,
                    who,
                    state["started_at"],
                    CheckReason(state["reason"]),
                    state["reason_note"],
                    bool(state["outside_working_time"]),
                    {int(k): int(v) for k, v in state["cameras"].items()},
                    [CameraWatch(**w) for w in state["watches"]],
                    [SnapshotRef(**s) for s in state["snapshots"]],
                )
            )
        return sessions

    def resume_draft(self, officer: Officer) -> CheckSession | None:
        """The officer's latest unfinished check, to open again at their login, or None.

        A draft left by a crash may say a camera is still on screen. It was last seen at the
        draft's latest time; ending it there never claims watching that did not happen."""
        drafts = self.open_sessions(officer)
        if not drafts:
            return None
        draft = drafts[-1]
        open_watches = [w for w in draft.watches if w.stopped_at is None]
        if open_watches:
            latest = max(
                [w.started_at for w in draft.watches]
                + [w.stopped_at for w in draft.watches if w.stopped_at],
                key=parse_utc,
            )
            for watch in open_watches:
                watch.stopped_at = latest
            self.save_draft(draft)
        return draft

    def end_check(self, session: CheckSession, findings: Findings) -> CheckRecord:
        """Close the check and write it to the log; open camera stretches end now."""
        if session.closed:
            raise CheckError(QCoreApplication.translate("Checks", "This check is already ended."))
        findings = _clean_findings(findings)
        ended = self.now()
        watches = [
            CameraWatch(w.camera_id, w.diagram_number, w.mode, w.started_at, w.stopped_at or ended)
            for w in session.watches
        ]
        payload = {
            "epe": {
                "id": session.epe.id,
                "tax_id": session.epe.tax_id,
                "name": session.epe.name,
                "risk_level": str(session.epe.risk_level),
            },
            "officer": {"code": session.officer.code, "name": session.officer.full_name},
            "started_at": session.started_at,
            "ended_at": ended,
            "scheduled": session.scheduled,
            "reason": session.reason.value,
            "reason_note": session.reason_note,
            "outside_working_time": session.outside_working_time,
            "cameras": [asdict(w) | {"seconds": w.seconds} for w in watches],
            "result": findings.result.value,
            "text": findings.text,
            "containers": list(findings.containers),
            "plates": list(findings.plates),
            "snapshots": [asdict(s) for s in session.snapshots],
        }
        with self._registry.database() as db:
            self._ledger.append(RecordKind.CHECK, payload, record_id=session.check_id)
            db.execute("DELETE FROM open_checks WHERE record_id = ?", [session.check_id])
        session.watches = watches
        session.closed = True
        return self.get_check(session.check_id)

    def discard(self, session: CheckSession) -> None:
        """Drop a draft that was opened by mistake (nothing reached the log)."""
        with self._registry.database() as db:
            db.execute("DELETE FROM open_checks WHERE record_id = ?", [session.check_id])
        session.closed = True

    def amend(
        self,
        officer: Officer,
        check_id: str,
        why: str,
        *,
        result: CheckResult | None = None,
        text: str | None = None,
        containers: Iterable[str] | None = None,
        plates: Iterable[str] | None = None,
    ) -> Amendment:
        """Add an amendment to a closed check: the officer who made it or a team lead."""
        require(officer, Action.AMEND_CHECK)
        check = self.get_check(check_id)
        if not may_amend(officer, check):
            raise PermissionDeniedError(Action.AMEND_CHECK)
        why = why.strip()
        if not why:
            raise ValidationError(
                "why", QCoreApplication.translate("Checks", "Say why the check is amended.")
            )
        changes: dict[str, Any] = {}
        if result is not None:
            changes["result"] = CheckResult(result).value
        if text is not None:
            changes["text"] = text.strip()
        if containers is not None:
            changes["containers"] = [normalise_container(c) for c in containers if c.strip()]
        if plates is not None:
            changes["plates"] = [normalise_plate(p) for p in plates if p.strip()]
        if not changes:
            raise ValidationError(
                "changes", QCoreApplication.translate("Checks", "The amendment changes nothing.")
            )
        merged = _clean_findings(
            Findings(
                CheckResult(changes.get("result", check.result)),
                str(changes.get("text", check.text)),
                tuple(changes.get("containers", check.containers)),
                tuple(changes.get("plates", check.plates)),
            )
        )
        del merged  # validated as a whole: e.g. "irregularity" still needs a note
        record = self._ledger.append(
            RecordKind.AMENDMENT,
            {
                "check_id": check_id,
                "officer": {"code": officer.code, "name": officer.full_name},
                "why": why,
                "changes": changes,
            },
        )
        return _amendment(record.record_id, record.created_at, record.payload)

    def get_check(self, check_id: str) -> CheckRecord:
        record = self._ledger.get(check_id)
        if record is None or record.kind is not RecordKind.CHECK:
            raise KeyError(check_id)
        amendments = [
            _amendment(r.record_id, r.created_at, r.payload)
            for r in self._ledger.records(
                RecordKind.AMENDMENT, "json_extract(payload, '$.check_id') = ?", [check_id]
            )
        ]
        return check_from_payload(check_id, record.workstation, record.payload, amendments)

    def checks(
        self,
        month: Month | None = None,
        epe_tax_id: str | None = None,
        officer_code: str | None = None,
    ) -> list[CheckRecord]:
        """Closed checks (amendments applied), oldest first."""
        sql = "SELECT record_id FROM checks WHERE 1"
        args: list[Any] = []
        if month is not None:
            sql += " AND local_month = ?"
            args.append(str(month))
        if epe_tax_id is not None:
            sql += " AND epe_tax_id = ?"
            args.append(epe_tax_id)
        if officer_code is not None:
            sql += " AND officer_code = ?"
            args.append(officer_code)
        with self._registry.database() as db:
            ids = [r[0] for r in db.execute(sql + " ORDER BY started_at", args).fetchall()]
        return [self.get_check(i) for i in ids]


def may_amend(officer: Officer | None, check: CheckRecord) -> bool:
    """Whether ``officer`` may amend ``check``: the officer who made it, or a team lead."""
    return (
        officer is not None
        and officer.active
        and can(officer.role, Action.AMEND_CHECK)
        and (officer.code == check.officer_code or officer.role is Role.TEAM_LEAD)
    )


def _amendment(record_id: str, created_at: str, payload: Mapping[str, Any]) -> Amendment:
    return Amendment(
        record_id,
        str(payload["check_id"]),
        str(payload["officer"]["code"]),
        str(payload["officer"]["name"]),
        created_at,
        str(payload["why"]),
        dict(payload["changes"]),
    )


def check_from_payload(
    check_id: str,
    workstation: str,
    payload: Mapping[str, Any],
    amendments: list[Amendment] | None = None,
) -> CheckRecord:
    """The check as it reads with its amendments applied in order."""
    current = dict(payload)
    for amendment in amendments or []:
        current.update(amendment.changes)
    try:
        return CheckRecord(
            check_id=check_id,
            epe_tax_id=str(payload["epe"]["tax_id"]),
            epe_name=str(payload["epe"]["name"]),
            epe_risk_level=str(payload["epe"].get("risk_level", "")),
            officer_code=str(payload["officer"]["code"]),
            officer_name=str(payload["officer"]["name"]),
            started_at=str(payload["started_at"]),
            ended_at=str(payload["ended_at"]),
            reason=CheckReason(payload["reason"]),
            reason_note=str(payload.get("reason_note", "")),
            outside_working_time=bool(payload["outside_working_time"]),
            cameras=[
                CameraWatch(
                    int(c["camera_id"]),
                    int(c["diagram_number"]),
                    str(c["mode"]),
                    str(c["started_at"]),
                    c.get("stopped_at"),
                )
                for c in payload.get("cameras", [])
            ],
            result=CheckResult(current["result"]),
            text=str(current.get("text", "")),
            containers=list(current.get("containers", [])),
            plates=list(current.get("plates", [])),
            snapshots=[SnapshotRef(**s) for s in payload.get("snapshots", [])],
            workstation=workstation,
            amendments=list(amendments or []),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise LedgerError(
            QCoreApplication.translate("Ledger", "A check record is incomplete or damaged.")
        ) from exc
