"""The officer's review of one EPE-day's reconciliation (issue #14): the rows (one per finding of
``reconcile``, with the decision in force), a decision written to the check log, and the end of
the review, which writes a check of the EPE with the reason "reconciliation" so that it counts in
that EPE's month coverage like any other check.

Why a check: coverage (``app/rotation/coverage.py``) counts the ``checks`` table the ledger keeps,
and a team lead reads "who checked which EPE this month" there. A reviewed day of declarations
against the gate is a check of the EPE (Decision 247 II.2.1); a second counting rule beside the
checks would make two answers to "was this EPE checked". The check's result is "irregularity"
when a row stays a discrepancy after the officer's decisions, and its note is the summary.

Qt-free but for translation; the window calls these in Jobs (SQLite and files).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.declarations import decision_records
from app.declarations.decision_records import Decision, Finished
from app.declarations.documents import DocumentKind
from app.declarations.reconcile import Finding, ItemKind, Status, reconcile
from app.declarations.store import list_documents, list_reads, local_day_span
from app.declarations.wording import reason as finding_reason
from app.declarations.wording import show_code, status_label
from app.domain import ValidationError
from app.officers.profiles import Action, Officer, require
from app.rotation.checks import CheckReason, CheckRecord, CheckResult, CheckService, Findings
from app.rotation.ledger import AuditAction, Ledger, RecordKind
from app.sites.registry import TEXT_MAX, Registry
from app.timekeeping import to_utc_iso, utc_now

# Reads this far either side of the day still explain a movement seen outside its window.
READS_MARGIN = dt.timedelta(hours=12)


def _t(text: str) -> str:
    return QCoreApplication.translate("ReconciliationReview", text)


@dataclass(frozen=True)
class FindingRef:
    """One row of the review, as another window (a case, a report) takes it: what was declared
    and read, the evidence (crop, frame hash, camera, moment) and the officer's decision."""

    epe_id: int
    epe_tax_id: str
    epe_name: str
    day: dt.date  # the Vietnamese day reviewed
    key: str  # stable across reloads: the row's identity in the check log
    status: Status
    kind: ItemKind
    declared: str  # canonical, "" for undeclared and misread rows
    seen: str  # canonical (or as read), "" when the declared code itself was read
    document_kind: str  # a DocumentKind value, "" for undeclared and misread rows
    document_number: str
    window_start: dt.datetime | None
    window_end: dt.datetime | None
    at: dt.datetime | None  # the first read (UTC)
    camera: int | None  # its diagram number
    offset: dt.timedelta | None
    crop_path: str
    frame_sha256: str
    reads: int
    reason: str  # translated, one sentence
    decision: Decision | None = None

    @property
    def needs_decision(self) -> bool:
        """A row the officer must still decide: a discrepancy with no decision in force (a
        decision taken on another status, before the gate was read again, no longer holds)."""
        if self.status is Status.SEEN:
            return False
        return self.decision is None or self.decision.status != self.status.value

    @property
    def decided(self) -> Decision | None:
        """The decision in force on this row (None when none, or taken on another status)."""
        if self.decision is None or self.decision.status != self.status.value:
            return None
        return self.decision

    @property
    def discrepancy(self) -> bool:
        """What the day's check reports: a discrepancy confirmed, or a "seen" overridden."""
        decided = self.decided
        overridden = decided is not None and decided.verdict == decision_records.OVERRIDDEN
        return (self.status is not Status.SEEN) != overridden

    def code_shown(self) -> str:
        return show_code(self.kind, self.declared or self.seen)


@dataclass(frozen=True)
class DayReview:
    """What the window shows for one EPE-day."""

    epe_id: int
    epe_tax_id: str
    epe_name: str
    day: dt.date
    documents: int
    reads: int
    rows: list[FindingRef]
    finished: Finished | None

    @property
    def open_rows(self) -> int:
        return sum(1 for row in self.rows if row.needs_decision)


def finding_key(finding: Finding) -> str:
    """A row's identity: the document and the declared code, or (undeclared, misread) the code
    read, its camera and its first moment."""
    movement = finding.movement
    if movement is not None:
        return f"{movement.document_kind}:{movement.number}:{finding.kind.value}:{finding.declared}"
    read = finding.first_read
    at = to_utc_iso(read.at, milliseconds=True) if read else ""
    camera = read.camera if read else ""
    return f"{finding.status.value}:{finding.kind.value}:{finding.seen}:{camera}:{at}"


def _ref(
    epe_id: int,
    tax_id: str,
    name: str,
    day: dt.date,
    finding: Finding,
    decisions: dict[str, Decision],
) -> FindingRef:
    movement = finding.movement
    read = finding.first_read
    # The crop shown: the first read that kept one.
    cropped = next((r for r in finding.reads if r.crop_path), read)
    key = finding_key(finding)
    return FindingRef(
        epe_id=epe_id,
        epe_tax_id=tax_id,
        epe_name=name,
        day=day,
        key=key,
        status=finding.status,
        kind=finding.kind,
        declared=finding.declared,
        seen=finding.seen,
        document_kind=movement.document_kind if movement else "",
        document_number=movement.number if movement else "",
        window_start=movement.window_start if movement else None,
        window_end=movement.window_end if movement else None,
        at=read.at if read else None,
        camera=read.camera if read else None,
        offset=finding.offset,
        crop_path=cropped.crop_path if cropped else "",
        frame_sha256=cropped.frame_sha256 if cropped else "",
        reads=len(finding.reads),
        reason=finding_reason(finding),
        decision=decisions.get(key),
    )


class ReviewBook:
    """Reads a day's review and writes the officer's decisions and its end to the check log."""

    def __init__(self, registry: Registry, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._registry = registry
        self._clock = clock
        self._ledger = Ledger(registry, clock)

    def _records(self, tax_id: str, day: dt.date) -> tuple[dict[str, Decision], Finished | None]:
        records = self._ledger.records(
            RecordKind.RECONCILIATION,
            "json_extract(payload, '$.epe_tax_id') = ? AND json_extract(payload, '$.day') = ?",
            [tax_id, day.isoformat()],
        )
        return decision_records.project((r.record_id, r.created_at, r.payload) for r in records)

    def load(self, epe_id: int, day: dt.date) -> DayReview:
        """The day's rows with the decisions in force, in reconcile's order."""
        epe = self._registry.get_epe(epe_id)
        start, end = local_day_span(day)
        documents = list_documents(self._registry, epe_id, day)
        reads = list_reads(self._registry, epe_id, start - READS_MARGIN, end + READS_MARGIN)
        findings = reconcile([d.movement() for d in documents], reads, span=(start, end))
        decisions, finished = self._records(epe.tax_id, day)
        rows = [_ref(epe_id, epe.tax_id, epe.name, day, f, decisions) for f in findings]
        return DayReview(
            epe_id, epe.tax_id, epe.name, day, len(documents), len(reads), rows, finished
        )

    def decide(self, officer: Officer, row: FindingRef, verdict: str, reason: str) -> FindingRef:
        """Write the officer's decision on ``row`` (and its audit line) and return the row with
        it. An override needs a reason."""
        require(officer, Action.RUN_CHECK)
        reason = reason.strip()
        if verdict not in decision_records.VERDICTS:
            raise ValueError(verdict)
        if verdict == decision_records.OVERRIDDEN and not reason:
            raise ValidationError("reason", _t("Say why you override the status."))
        if len(reason) > decision_records.REASON_MAX:
            raise ValidationError(
                "reason",
                _t("The reason is too long (at most {n} characters).").format(
                    n=decision_records.REASON_MAX
                ),
            )
        payload: dict[str, Any] = {
            "action": decision_records.DECIDE,
            "epe_tax_id": row.epe_tax_id,
            "epe_name": row.epe_name,
            "day": row.day.isoformat(),
            "key": row.key,
            "status": row.status.value,
            "verdict": verdict,
            "reason": reason,
            "officer": {"code": officer.code, "name": officer.full_name},
            "finding": {
                "kind": row.kind.value,
                "declared": row.declared,
                "seen": row.seen,
                "document_kind": row.document_kind,
                "document_number": row.document_number,
                "at": to_utc_iso(row.at, milliseconds=True) if row.at else None,
                "camera": row.camera,
                "sha256": row.frame_sha256,
            },
        }
        with self._registry.transaction():
            record = self._ledger.append(RecordKind.RECONCILIATION, payload)
            self._ledger.audit(
                AuditAction.RECONCILIATION_DECIDED,
                officer.code,
                {"record_id": record.record_id, "epe_tax_id": row.epe_tax_id, "verdict": verdict},
            )
        decisions, _finished = decision_records.project(
            [(record.record_id, record.created_at, record.payload)]
        )
        return replace(row, decision=decisions[row.key])

    def finish(self, officer: Officer, review: DayReview) -> tuple[CheckRecord, Finished]:
        """End the review of the EPE-day: every row decided. Writes a check of the EPE (reason
        "reconciliation", counted in its month coverage) and the review's end record."""
        require(officer, Action.RUN_CHECK)
        undecided = review.open_rows
        if undecided:
            raise ValidationError(
                "rows",
                _t("{n} row(s) still need a decision before the review can end.").format(
                    n=undecided
                ),
            )
        counts = summary_counts(review.rows)
        discrepancies = [row for row in review.rows if row.discrepancy]
        text = summary_text(review, counts, discrepancies)
        containers = [
            row.declared or row.seen
            for row in discrepancies
            if row.kind is ItemKind.CONTAINER and (row.declared or row.status is Status.UNDECLARED)
        ]
        service = CheckService(self._registry, clock=self._clock)
        with self._registry.transaction():
            session = service.start_check(
                officer,
                review.epe_id,
                CheckReason.RECONCILIATION,
                _t("Declarations of {day} against the gate cameras").format(
                    day=review.day.strftime("%d/%m/%Y")
                ),
            )
            check = service.end_check(
                session,
                Findings(
                    CheckResult.IRREGULARITY if discrepancies else CheckResult.NORMAL,
                    text,
                    tuple(containers),
                ),
            )
            record = self._ledger.append(
                RecordKind.RECONCILIATION,
                {
                    "action": decision_records.FINISH,
                    "epe_tax_id": review.epe_tax_id,
                    "epe_name": review.epe_name,
                    "day": review.day.isoformat(),
                    "officer": {"code": officer.code, "name": officer.full_name},
                    "check_id": check.check_id,
                    "counts": counts,
                },
            )
        _decisions, finished = decision_records.project(
            [(record.record_id, record.created_at, record.payload)]
        )
        assert finished is not None
        return check, finished


def summary_counts(rows: Sequence[FindingRef]) -> dict[str, int]:
    decided = [row.decided for row in rows]
    return {
        "rows": len(rows),
        "seen": sum(1 for row in rows if row.status is Status.SEEN),
        "confirmed": sum(
            1 for d in decided if d is not None and d.verdict == decision_records.CONFIRMED
        ),
        "overridden": sum(
            1 for d in decided if d is not None and d.verdict == decision_records.OVERRIDDEN
        ),
        "discrepancies": sum(1 for row in rows if row.discrepancy),
    }


def summary_text(
    review: DayReview, counts: dict[str, int], discrepancies: Sequence[FindingRef]
) -> str:
    """The check's note: the day, the counts, then one line per discrepancy."""
    lines = [
        _t(
            "Declarations of {day} against the gate: {rows} rows, {seen} seen as declared, "
            "{confirmed} confirmed, {overridden} overridden, {discrepancies} discrepancies."
        ).format(day=review.day.strftime("%d/%m/%Y"), **counts)
    ]
    for row in discrepancies:
        document = (
            f"{DocumentKind(row.document_kind).label()} {row.document_number}: "
            if row.document_kind
            else ""
        )
        line = f"- {document}{row.code_shown()}: {status_label(row.status)}"
        decided = row.decided
        if decided is not None and decided.reason:
            line += f" ({decided.reason})"
        lines.append(line)
    text = "\n".join(lines)
    limit = TEXT_MAX * 5
    return text if len(text) <= limit else text[: limit - 1] + "…"
