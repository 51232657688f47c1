"""Cases sent to the head of unit with evidence (Decision 247 II.2.3).

An officer who suspects fraud at an EPE opens a case from a reconciliation discrepancy, a check
finding or an interruption, attaches evidence (reconciliation rows, checks, interruptions,
snapshot files and evidence exports with their SHA-256, notes) and submits it with a proposal
to a team lead, who closes it with a decision and its reason. The officer who opened a case
never decides it. Every step is a hash-chained ledger record (``app/cases/records.py``), so the
case's history is the check log's, verified with it; nothing is edited in place.

Everything here reads or writes SQLite or files: widgets call it from a Job.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.cases import records
from app.officers.profiles import Action, Officer, Role, require
from app.rotation.ledger import Ledger, LedgerRecord, RecordKind
from app.sites.registry import Registry
from app.timekeeping import parse_utc, to_utc_iso, utc_now
from app.user_files import UserFileError, open_user_file, parse_flat_json, read_user_file

HASH_CHUNK = 1 << 20
# A snapshot is a PNG of a few MB; a file far larger is not one and is not hashed for minutes.
SNAPSHOT_MAX_BYTES = 200 * 1024 * 1024


class CaseError(Exception):
    """A case cannot be opened or changed as asked. ``str()`` is translated."""


def _t(text: str) -> str:
    return QCoreApplication.translate("Cases", text)


def state_label(state: str) -> str:
    labels = {
        records.DRAFT: _t("Draft"),
        records.SUBMITTED_STATE: _t("Submitted"),
        records.CLOSED: _t("Closed"),
    }
    return labels.get(state, state)


def decision_label(decision: str) -> str:
    labels = {
        "verify": _t("Verify at the EPE (inspection)"),
        "refer": _t("Refer to the anti-smuggling unit"),
        "no_violation": _t("No violation: close"),
    }
    return labels.get(decision, decision)


def item_kind_label(kind: str) -> str:
    labels = {
        "reconciliation": _t("Reconciliation row"),
        "check": _t("Check"),
        "interruption": _t("Interruption"),
        "snapshot": _t("Snapshot"),
        "evidence_export": _t("Evidence export"),
        "note": _t("Note"),
    }
    return labels.get(kind, kind)


def origin_label(origin: str) -> str:
    labels = {
        "reconciliation": _t("a reconciliation discrepancy"),
        "check": _t("a check finding"),
        "interruption": _t("an interruption"),
        "other": _t("the officer's own observation"),
    }
    return labels.get(origin, origin)


def _clean(text: str) -> str:
    """Text as typed without C0 controls (line breaks and tabs kept)."""
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", text).strip()


@dataclass(frozen=True)
class CaseEntry:
    """An item or note of a case, with who added it and when (UTC)."""

    item: dict[str, Any]
    added_by: str
    added_by_name: str
    added_at: dt.datetime

    @property
    def kind(self) -> str:
        return str(self.item["kind"])

    @property
    def at(self) -> dt.datetime | None:
        """When what the item shows happened (UTC), when it says."""
        value = self.item.get("at")
        return parse_utc(str(value)) if value else None


@dataclass(frozen=True)
class Case:
    id: str
    epe_tax_id: str
    epe_name: str
    epe_address: str
    origin: str
    facts: str
    opened_by: str
    opened_by_name: str
    opened_at: dt.datetime
    state: str
    entries: tuple[CaseEntry, ...] = ()
    proposal: str = ""
    submitted_at: dt.datetime | None = None
    decision: str = ""
    reason: str = ""
    decided_by: str = ""
    decided_by_name: str = ""
    decided_at: dt.datetime | None = None
    records: tuple[LedgerRecord, ...] = field(default=(), repr=False)

    @property
    def evidence(self) -> list[CaseEntry]:
        return [e for e in self.entries if e.kind != "note"]

    @property
    def notes(self) -> list[CaseEntry]:
        return [e for e in self.entries if e.kind == "note"]


@dataclass(frozen=True)
class CaseSummary:
    """A line of the cases list (the ``cases`` table)."""

    id: str
    epe_tax_id: str
    epe_name: str
    state: str
    opened_by: str
    opened_by_name: str
    opened_at: dt.datetime
    updated_at: dt.datetime
    items: int
    decision: str


def _officer_dict(officer: Officer) -> dict[str, str]:
    return {"code": officer.code, "name": officer.full_name, "role": officer.role.value}


def _case(opened: LedgerRecord, steps: Sequence[LedgerRecord]) -> Case:
    payload = opened.payload
    officer = payload["officer"]
    entries = [
        CaseEntry(
            dict(item), str(officer["code"]), str(officer.get("name", "")), parse_utc(payload["at"])
        )
        for item in payload.get("items", [])
    ]
    proposal, submitted_at = "", None
    decision = reason = decided_by = decided_by_name = ""
    decided_at = None
    for step in steps:
        data = step.payload
        who = data["officer"]
        at = parse_utc(str(data["at"]))
        if step.kind is RecordKind.CASE_ITEM:
            entries.append(
                CaseEntry(dict(data["item"]), str(who["code"]), str(who.get("name", "")), at)
            )
        elif step.kind is RecordKind.CASE_SUBMITTED and submitted_at is None:
            proposal, submitted_at = str(data["proposal"]), at
        elif step.kind is RecordKind.CASE_DECIDED and decided_at is None:
            decision, reason = str(data["decision"]), str(data["reason"])
            decided_by, decided_by_name = str(who["code"]), str(who.get("name", ""))
            decided_at = at
    state = (
        records.CLOSED
        if decided_at is not None
        else records.SUBMITTED_STATE
        if submitted_at is not None
        else records.DRAFT
    )
    epe = payload["epe"]
    return Case(
        id=opened.record_id,
        epe_tax_id=str(epe["tax_id"]),
        epe_name=str(epe["name"]),
        epe_address=str(epe.get("address", "")),
        origin=str(payload["origin"]),
        facts=str(payload["facts"]),
        opened_by=str(officer["code"]),
        opened_by_name=str(officer.get("name", "")),
        opened_at=parse_utc(payload["at"]),
        state=state,
        entries=tuple(entries),
        proposal=proposal,
        submitted_at=submitted_at,
        decision=decision,
        reason=reason,
        decided_by=decided_by,
        decided_by_name=decided_by_name,
        decided_at=decided_at,
        records=(opened, *steps),
    )


class CaseBook:
    """Opens, reads and moves the cases of this registry."""

    def __init__(self, registry: Registry, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._registry = registry
        self._clock = clock
        self._ledger = Ledger(registry, clock)

    @property
    def registry(self) -> Registry:
        return self._registry

    def _now(self) -> str:
        return to_utc_iso(self._clock())

    # -- reading --

    def get(self, case_id: str) -> Case:
        opened = self._ledger.get(case_id)
        if opened is None or opened.kind is not RecordKind.CASE:
            raise CaseError(_t("There is no such case."))
        marks = ", ".join("?" for _ in records.KINDS[1:])
        steps = self._ledger.records(
            None,
            f"kind IN ({marks}) AND json_extract(payload, '$.case_id') = ?",
            [*records.KINDS[1:], case_id],
        )
        return _case(opened, steps)

    def find(self, prefix: str) -> Case:
        """The case whose ID is ``prefix`` or starts with it (at least 6 characters)."""
        prefix = prefix.strip().lower()
        if len(prefix) < 6 or not set(prefix) <= records.HEX:
            raise CaseError(_t("There is no such case."))
        with self._registry.database() as db:
            found = [
                r[0]
                for r in db.execute(
                    "SELECT record_id FROM cases WHERE record_id LIKE ? LIMIT 2", [prefix + "%"]
                ).fetchall()
            ]
        if len(found) != 1:
            raise CaseError(
                _t("There is no such case.")
                if not found
                else _t("Several cases start with {prefix}: give more of the ID.").format(
                    prefix=prefix
                )
            )
        return self.get(str(found[0]))

    def list(self, state: str | None = None, epe: str | None = None) -> list[CaseSummary]:
        """Cases, most recently changed first; ``epe`` is a tax ID or a part of the name."""
        sql = "SELECT * FROM cases WHERE 1"
        args: list[Any] = []
        if state:
            if state not in records.STATES:
                raise CaseError(
                    _t("Unknown state {state}: use draft, submitted or closed.").format(state=state)
                )
            sql += " AND state = ?"
            args.append(state)
        if epe:
            sql += " AND (epe_tax_id = ? OR epe_name LIKE ?)"
            args.extend([epe.strip(), f"%{epe.strip()}%"])
        with self._registry.database() as db:
            rows = list(db.query(sql + " ORDER BY updated_at DESC, opened_at DESC", args))
        return [
            CaseSummary(
                id=str(row["record_id"]),
                epe_tax_id=str(row["epe_tax_id"]),
                epe_name=str(row["epe_name"]),
                state=str(row["state"]),
                opened_by=str(row["opened_by"]),
                opened_by_name=str(row["opened_by_name"]),
                opened_at=parse_utc(row["opened_at"]),
                updated_at=parse_utc(row["updated_at"]),
                items=int(row["items"]),
                decision=str(row["decision"] or ""),
            )
            for row in rows
        ]

    # -- writing --

    def open(
        self,
        officer: Officer,
        epe_id: int,
        facts: str,
        items: Sequence[Mapping[str, Any]] = (),
        origin: str = "other",
    ) -> Case:
        require(officer, Action.OPEN_CASE)
        facts = _clean(facts)
        if not facts:
            raise CaseError(_t("Write the facts: what was seen, when and on which camera."))
        if len(facts) > records.TEXT_MAX:
            raise CaseError(
                _t("The text is too long: at most {count} characters.").format(
                    count=records.TEXT_MAX
                )
            )
        epe = self._registry.get_epe(epe_id)
        payload = {
            "format": records.FORMAT,
            "officer": _officer_dict(officer),
            "at": self._now(),
            "epe": {"tax_id": epe.tax_id, "name": epe.name, "address": epe.address},
            "origin": origin if origin in records.ORIGINS else "other",
            "facts": facts,
            "items": [_checked_item(item) for item in items],
        }
        record = self._ledger.append(RecordKind.CASE, payload)
        return self.get(record.record_id)

    def add_item(self, case_id: str, officer: Officer, item: Mapping[str, Any]) -> Case:
        """Evidence or a note: evidence while the case is a draft (its officer or a team lead),
        a note also while it waits for the decision; nothing once it is closed."""
        require(officer, Action.OPEN_CASE)
        checked = _checked_item(item)
        with self._registry.database():
            case = self.get(case_id)
            if case.state == records.CLOSED:
                raise CaseError(_t("This case is closed: nothing more can be added."))
            if checked["kind"] != "note" and case.state != records.DRAFT:
                raise CaseError(_t("This case was submitted: only notes can be added to it now."))
            if (
                case.state == records.DRAFT
                and officer.code != case.opened_by
                and officer.role is not Role.TEAM_LEAD
            ):
                raise CaseError(_t("Only the officer who opened this case adds to it."))
            self._ledger.append(
                RecordKind.CASE_ITEM,
                {
                    "case_id": case_id,
                    "officer": _officer_dict(officer),
                    "at": self._now(),
                    "item": checked,
                },
            )
        return self.get(case_id)

    def submit(self, case_id: str, officer: Officer, proposal: str) -> Case:
        """Send the case to the head of unit with the officer's proposal."""
        require(officer, Action.OPEN_CASE)
        proposal = _clean(proposal)
        if not proposal:
            raise CaseError(_t("Write your proposal to the head of unit."))
        if len(proposal) > records.TEXT_MAX:
            raise CaseError(
                _t("The text is too long: at most {count} characters.").format(
                    count=records.TEXT_MAX
                )
            )
        with self._registry.database():
            case = self.get(case_id)
            if case.state != records.DRAFT:
                raise CaseError(_t("This case was already submitted."))
            if officer.code != case.opened_by:
                raise CaseError(_t("Only the officer who opened this case submits it."))
            self._ledger.append(
                RecordKind.CASE_SUBMITTED,
                {
                    "case_id": case_id,
                    "officer": _officer_dict(officer),
                    "at": self._now(),
                    "proposal": proposal,
                },
            )
        return self.get(case_id)

    def decide(self, case_id: str, lead: Officer, decision: str, reason: str) -> Case:
        """A team lead closes a submitted case with a decision and its reason."""
        require(lead, Action.DECIDE_CASE)
        if decision not in records.DECISIONS:
            raise CaseError(_t("Choose a decision."))
        reason = _clean(reason)
        if not reason:
            raise CaseError(_t("Write the reason for the decision."))
        if len(reason) > records.TEXT_MAX:
            raise CaseError(
                _t("The text is too long: at most {count} characters.").format(
                    count=records.TEXT_MAX
                )
            )
        with self._registry.database():
            case = self.get(case_id)
            if case.opened_by == lead.code:
                raise CaseError(_t("You opened this case: another team lead decides it."))
            if case.state == records.DRAFT:
                raise CaseError(_t("This case has not been submitted yet."))
            if case.state == records.CLOSED:
                raise CaseError(_t("This case is already closed."))
            self._ledger.append(
                RecordKind.CASE_DECIDED,
                {
                    "case_id": case_id,
                    "officer": _officer_dict(lead),
                    "at": self._now(),
                    "decision": decision,
                    "reason": reason,
                },
            )
        return self.get(case_id)


def may_decide(officer: Officer | None, case: Case) -> bool:
    """Whether ``officer`` may close ``case`` now: a team lead who did not open it."""
    return (
        officer is not None
        and officer.active
        and officer.role is Role.TEAM_LEAD
        and officer.code != case.opened_by
        and case.state == records.SUBMITTED_STATE
    )


def _checked_item(item: Mapping[str, Any]) -> dict[str, Any]:
    data = dict(item)
    if data.get("kind") == "note":
        data["text"] = _clean(str(data.get("text", "")))
        if not data["text"]:
            raise CaseError(_t("The note is empty."))
    try:
        records.validate_item(data)
    except records.RecordError as exc:
        raise CaseError(_t("This item cannot be attached: it is incomplete.")) from exc
    return data


# --- how an item reads (the window, the report, the command line) ----------------------------


def _r(text: str) -> str:
    return QCoreApplication.translate("CaseReport", text)


def cameras_text(cameras: Any) -> str:
    numbers = [str(n) for n in cameras or [] if isinstance(n, int)]
    return ", ".join(numbers)


def entry_description(entry: CaseEntry) -> str:
    """One line that says what an item is (the table, the window and the command line)."""
    item = entry.item
    kind = entry.kind
    if kind == "reconciliation":
        from app.declarations.documents import DocumentKind
        from app.declarations.reconcile import Status
        from app.declarations.wording import status_label

        try:
            status = status_label(Status(str(item.get("status"))))
        except ValueError:
            status = str(item.get("status", ""))
        try:
            document_kind = DocumentKind(str(item.get("document_kind"))).label()
        except ValueError:
            document_kind = str(item.get("document_kind", ""))
        document = f"{document_kind} {item.get('document', '')}".strip()
        text = _r("{document}: {code} — {status}").format(
            document=document or _r("no document"), code=item.get("code", ""), status=status
        )
        if item.get("read") and item.get("read") != item.get("code"):
            text += " " + _r("(read {read})").format(read=item["read"])
        if item.get("text"):
            text += "; " + str(item["text"])
        return text
    if kind == "check":
        parts = [str(item.get("text", ""))]
        codes = [*item.get("containers", []), *item.get("plates", [])]
        if codes:
            parts.append(", ".join(str(c) for c in codes))
        return _r("Check by {officer}: {text}").format(
            officer=item.get("officer", ""), text="; ".join(p for p in parts if p)
        )
    if kind == "interruption":
        return _r("Interruption of the cameras: {text}").format(text=item.get("text", ""))
    if kind == "snapshot":
        return str(item.get("name", ""))
    if kind == "evidence_export":
        files = item.get("files", [])
        return _r("{name}: {count} file(s); {verdict}").format(
            name=item.get("name", ""), count=len(files), verdict=item.get("text", "")
        )
    return str(item.get("text", ""))


def entry_hashes(entry: CaseEntry) -> list[tuple[str, str]]:
    """(what, SHA-256) of an item: the file, the manifest, the crop, each exported file."""
    item = entry.item
    out: list[tuple[str, str]] = []
    if entry.kind == "snapshot":
        out.append((_r("file"), str(item.get("sha256", ""))))
    elif entry.kind == "evidence_export":
        out.append((_r("manifest"), str(item.get("manifest_sha256", ""))))
        for f in item.get("files", []):
            if isinstance(f, dict) and f.get("sha256"):
                out.append((str(f.get("name", "")), str(f["sha256"])))
    elif entry.kind == "reconciliation":
        if item.get("crop_sha256"):
            out.append((_r("crop"), str(item["crop_sha256"])))
        if item.get("frame_sha256"):
            out.append((_r("frame"), str(item["frame_sha256"])))
    elif entry.kind == "check":
        for sha in item.get("snapshots", []):
            out.append((_r("snapshot"), str(sha)))
    return out


# --- the items, from what the other windows hold -----------------------------------------------


def note_item(text: str) -> dict[str, Any]:
    return {"kind": "note", "text": text}


def check_item(check: Any) -> dict[str, Any]:
    """A closed check (``app.rotation.checks.CheckRecord``) with its finding."""
    cameras = sorted({int(c.diagram_number) for c in check.cameras})
    return {
        "kind": "check",
        "check_id": str(check.check_id),
        "at": str(check.started_at),
        "ended_at": str(check.ended_at),
        "cameras": cameras,
        "result": str(check.result.value),
        "officer": str(check.officer_code),
        "containers": [str(c) for c in check.containers],
        "plates": [str(p) for p in check.plates],
        "snapshots": [str(s.sha256) for s in check.snapshots],
        "text": str(check.text),
    }


def interruption_item(item: Any) -> dict[str, Any]:
    """A record of the interruption register (``app.interruptions.model.Interruption``)."""
    return {
        "kind": "interruption",
        "interruption_id": str(item.id),
        "at": to_utc_iso(item.started_at),
        "cameras": [int(n) for n in item.cameras],
        "interruption_kind": str(item.kind.value),
        "status": str(item.status),
        "text": str(item.cause or item.description),
    }


def reconciliation_item(finding: Any, crop_sha256: str = "") -> dict[str, Any]:
    """A reconciliation row, either as the pure reconciliation makes it
    (``app.declarations.reconcile.Finding``) or as the review window shows it
    (``app.declarations.review.FindingRef``): the document, the code declared and the code read,
    the status and its reason, the time and camera of the first read, the SHA-256 of its frame
    and of its crop (computed by :func:`crop_digest` off the GUI thread)."""
    if not hasattr(finding, "movement"):  # the review's row: its fields are already flat
        return {
            "kind": "reconciliation",
            "document_kind": str(finding.document_kind),
            "document": str(finding.document_number),
            "code": str(finding.declared or finding.seen),
            "read": str(finding.seen or (finding.declared if finding.at else "")),
            "item_kind": str(finding.kind.value),
            "status": str(finding.status.value),
            "at": to_utc_iso(finding.at) if finding.at else "",
            "cameras": [int(finding.camera)] if finding.camera is not None else [],
            "crop_sha256": crop_sha256,
            "frame_sha256": str(finding.frame_sha256 or ""),
            "text": str(finding.reason),
        }
    from app.declarations.wording import reason

    movement = finding.movement
    read = finding.reads[0] if finding.reads else None
    return {
        "kind": "reconciliation",
        "document_kind": str(movement.document_kind) if movement else "",
        "document": str(movement.number) if movement else "",
        "code": str(finding.declared or finding.seen),
        "read": str(finding.seen or (read.value if read else "")),
        "item_kind": str(finding.kind.value),
        "status": str(finding.status.value),
        "at": to_utc_iso(read.at) if read else "",
        "cameras": [int(read.camera)] if read else [],
        "crop_sha256": crop_sha256,
        "frame_sha256": str(read.frame_sha256 or "") if read else "",
        "text": reason(finding),
    }


def crop_digest(finding: Any) -> str:
    """The SHA-256 of the crop file of the finding's first read ("" without one). Blocking."""
    if hasattr(finding, "movement"):
        read = finding.reads[0] if finding.reads else None
        crop_path = read.crop_path if read is not None else ""
    else:  # the review window's row
        crop_path = finding.crop_path
    if not crop_path:
        return ""
    try:
        return hash_file(Path(crop_path), SNAPSHOT_MAX_BYTES)
    except CaseError:
        return ""


def hash_file(path: Path, limit: int) -> str:
    """SHA-256 of a regular file of at most ``limit`` bytes; raises CaseError (translated)."""
    try:
        with open_user_file(path) as handle:
            digest = hashlib.sha256()
            size = 0
            while chunk := handle.read(HASH_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise CaseError(
                        _t("{path} is far too large to be a snapshot.").format(path=path.name)
                    )
                digest.update(chunk)
    except UserFileError as exc:
        raise CaseError(str(exc)) from exc
    except OSError as exc:
        raise CaseError(
            _t("{path} cannot be read ({error}).").format(
                path=path.name, error=exc.strerror or type(exc).__name__
            )
        ) from exc
    return digest.hexdigest()


def snapshot_item(path: Path) -> dict[str, Any]:
    """A snapshot file from disk: its name, size and SHA-256, and, for an epewall snapshot,
    the camera and time its stamp names. Blocking (reads the whole file): run it in a Job."""
    from app.evidence import snapshots

    sha = hash_file(path, SNAPSHOT_MAX_BYTES)
    item: dict[str, Any] = {
        "kind": "snapshot",
        "name": path.name,
        "path": str(path),
        "sha256": sha,
        "size": path.stat().st_size,
        "cameras": [],
        "at": "",
        "text": "",
    }
    if path.suffix.lower() == ".png":
        try:
            with open_user_file(path) as handle:
                stamp = snapshots.read_png_text(handle.read(SNAPSHOT_MAX_BYTES))
        except (UserFileError, OSError, ValueError):
            stamp = {}
        number = stamp.get(snapshots.KEY_CAMERA_NUMBER, "")
        if number.isdigit():
            item["cameras"] = [int(number)]
        taken = stamp.get(snapshots.KEY_TIME_UTC, "")
        try:
            item["at"] = to_utc_iso(parse_utc(taken)) if taken else ""
        except ValueError:
            item["at"] = ""
    return item


def evidence_export_steps(
    registry: Registry, folder: Path
) -> Generator[tuple[int, int, str], None, dict[str, Any]]:
    """An evidence export folder checked against its manifest (signature, every file's SHA-256)
    as a Job's steps; returns the item with the manifest's SHA-256 and the verdict. Raises
    CaseError when the folder has no readable manifest."""
    from app.evidence import export

    report = yield from export.verify_job(Ledger(registry), folder)
    if not report.manifest_sha256 or report.verdict is export.Verdict.NO_MANIFEST:
        raise CaseError(
            _t("{folder} is not an evidence export: it has no readable manifest.").format(
                folder=folder
            )
        )
    data: dict[str, Any] = {}
    try:
        raw = read_user_file(folder / export.MANIFEST_NAME, export.MANIFEST_MAX_BYTES)
        parsed = parse_flat_json(raw, export.MANIFEST_MAX_DEPTH, export.MANIFEST_NAME)
        data = parsed if isinstance(parsed, dict) else {}
    except UserFileError:
        data = {}
    span_value, files_value, cameras_value = (
        data.get("recorded_range"),
        data.get("files"),
        data.get("cameras"),
    )
    span: dict[str, Any] = span_value if isinstance(span_value, dict) else {}
    files: list[Any] = files_value if isinstance(files_value, list) else []
    cameras: list[Any] = cameras_value if isinstance(cameras_value, list) else []
    start = str(span.get("start_utc", "")) if span else ""
    try:
        start = to_utc_iso(parse_utc(start)) if start else ""
    except ValueError:
        start = ""
    return {
        "kind": "evidence_export",
        "folder": str(folder),
        "name": folder.name,
        "manifest_sha256": report.manifest_sha256,
        "verdict": str(report.verdict.value),
        "at": start,
        "end": str(span.get("end_utc", "")) if span else "",
        "cameras": [int(c) for c in cameras if isinstance(c, int)],
        "files": [
            {"name": str(f.get("name", "")), "sha256": str(f.get("sha256", ""))}
            for f in files
            if isinstance(f, dict)
        ][:50],
        "text": export.verdict_text(report),
    }
