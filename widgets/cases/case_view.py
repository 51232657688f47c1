"""One case as its officer and the team lead see it: the facts, the evidence with each SHA-256,
the notes, and what may be done next (attach a snapshot or an evidence export, add a note,
submit with a proposal, decide, print the report).

Reading and writing the case, hashing a snapshot and checking an evidence export against its
manifest run in Jobs; the report is laid out on the GUI thread (QTextDocument), as the other
printed pages are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import exports
from app.cases import records
from app.cases.book import (
    Case,
    CaseBook,
    cameras_text,
    decision_label,
    entry_description,
    entry_hashes,
    evidence_export_steps,
    item_kind_label,
    may_decide,
    note_item,
    origin_label,
    snapshot_item,
    state_label,
)
from app.officers.profiles import Action, Officer, can
from app.safe_text import one_line, printable
from app.sites.registry import Registry
from app.timekeeping import show_local, utc_now
from app.workers import Job, JobQueue
from widgets.common.official_document import DocumentError, escape
from widgets.common.tool_window import adopt_tool_window, fit_to_screen


def _error_text(exc: BaseException) -> str:
    """A Job's failure as the officer reads it: our errors are translated; anything else is
    named, never shown as a trace."""
    from app.cases.book import CaseError
    from app.officers.profiles import PermissionDeniedError

    if isinstance(exc, CaseError | PermissionDeniedError | DocumentError):
        return str(exc)
    return QCoreApplication.translate(
        "CaseView", "The case could not be changed ({error})."
    ).format(error=type(exc).__name__)


class DecisionDialog(QDialog):
    """The team lead closes a submitted case with a decision and its reason."""

    decided = Signal(object)  # Case

    def __init__(self, book: CaseBook, lead: Officer, case: Case, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDecision")
        self._book = book
        self._lead = lead
        self._case = case
        self.queue = JobQueue("case-decision", self)
        self.decision = QComboBox(self)
        self.decision.setObjectName("decision")
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.proposal = QLabel(self)
        self.proposal.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("decide")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.decide)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.decision_label = QLabel(self)
        self.reason_label = QLabel(self)
        self.form.addRow(self.decision_label, self.decision)
        self.form.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.proposal)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(560, 360)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Decision on case {id}").format(id=self._case.id[:8]))
        self.decision_label.setText(self.tr("&Decision:"))
        self.decision_label.setBuddy(self.decision)
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason_label.setBuddy(self.reason)
        self.proposal.setText(
            self.tr("Proposal of {name}: {text}").format(
                name=self._case.opened_by_name, text=printable(self._case.proposal)
            )
        )
        current = self.decision.currentData()
        self.decision.clear()
        for key in records.DECISIONS:
            self.decision.addItem(decision_label(key), key)
        self.decision.setCurrentIndex(max(0, self.decision.findData(current)))
        self.ok_button.setText(self.tr("Close the case"))

    def decide(self) -> Job:
        self.ok_button.setEnabled(False)
        self.status.setText(self.tr("Writing the decision to the check log…"))
        job = Job(
            self._book.decide,
            self._case.id,
            self._lead,
            str(self.decision.currentData()),
            self.reason.toPlainText(),
        )
        job.signals.succeeded.connect(self._done)
        job.signals.failed.connect(self._failed)
        self.queue.submit(job)
        return job

    def _done(self, case: Case) -> None:
        self.decided.emit(case)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.status.setText(_error_text(exc))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class CaseView(QWidget):
    """One case in its own window."""

    changed = Signal(object)  # Case, after each step written

    def __init__(
        self,
        registry: Registry,
        officer: Officer | None,
        case_id: str,
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self._registry = registry
        self._officer = officer
        self._book = CaseBook(registry, clock)
        self.case_id = case_id
        self.case: Case | None = None
        self.dialog: DecisionDialog | None = None
        self.queue = JobQueue("case", self)
        self._busy = False

        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.details = QTextBrowser(self)
        self.details.setObjectName("details")
        self.items = QTableWidget(0, 5, self)
        self.items.setObjectName("items")
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.verticalHeader().hide()
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # The whole hash is in the cell's tooltip and the report: the column shows its start
        # and leaves the room to the description (seen squeezed at 1366x768).
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 190)
        self.items.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.items.setWordWrap(False)

        self.attach_snapshot_button = QPushButton(self)
        self.attach_snapshot_button.setObjectName("attachSnapshot")
        self.attach_export_button = QPushButton(self)
        self.attach_export_button.setObjectName("attachExport")
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.add_note_button = QPushButton(self)
        self.add_note_button.setObjectName("addNote")
        self.proposal_label = QLabel(self)
        self.proposal = QPlainTextEdit(self)
        self.proposal.setObjectName("proposal")
        self.proposal.setTabChangesFocus(True)
        self.proposal.setMaximumHeight(70)
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("submit")
        self.decide_button = QPushButton(self)
        self.decide_button.setObjectName("decide")
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("pdf")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.details)
        split.addWidget(self.items)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        attach = QHBoxLayout()
        attach.addWidget(self.attach_snapshot_button)
        attach.addWidget(self.attach_export_button)
        attach.addWidget(self.note, 1)
        attach.addWidget(self.add_note_button)
        submit = QHBoxLayout()
        submit.addWidget(self.proposal, 1)
        submit.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignTop)
        actions = QHBoxLayout()
        actions.addWidget(self.decide_button)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.progress)
        actions.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(attach)
        layout.addWidget(self.proposal_label)
        layout.addLayout(submit)
        layout.addLayout(actions)

        self.attach_snapshot_button.clicked.connect(self.attach_snapshot)
        self.attach_export_button.clicked.connect(self.attach_export)
        self.add_note_button.clicked.connect(self.add_note)
        self.note.returnPressed.connect(self.add_note)
        self.submit_button.clicked.connect(self.submit)
        self.decide_button.clicked.connect(self.open_decision)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.retranslate_ui()
        adopt_tool_window(self)
        fit_to_screen(self, 1000, 700)
        self._update_buttons()
        self.reload()

    # -- state --

    def set_officer(self, officer: Officer | None) -> None:
        self._officer = officer
        self._update_buttons()

    def _update_buttons(self) -> None:
        case, officer = self.case, self._officer
        may_open = officer is not None and officer.active and can(officer.role, Action.OPEN_CASE)
        draft = case is not None and case.state == records.DRAFT
        own = case is not None and officer is not None and officer.code == case.opened_by
        lead = officer is not None and officer.role.value == "team_lead"
        may_add = may_open and draft and (own or lead)
        idle = not self._busy
        self.attach_snapshot_button.setEnabled(idle and may_add)
        self.attach_export_button.setEnabled(idle and may_add)
        may_note = may_open and case is not None and case.state != records.CLOSED
        self.add_note_button.setEnabled(idle and may_note)
        self.note.setEnabled(may_note)
        self.proposal.setVisible(draft and own)
        self.proposal_label.setVisible(draft and own)
        self.submit_button.setVisible(draft and own)
        self.submit_button.setEnabled(idle and may_open)
        self.decide_button.setVisible(case is not None and may_decide(officer, case))
        self.decide_button.setEnabled(idle)
        self.pdf_button.setEnabled(case is not None and idle)

    def _run(self, job: Job, text: str) -> Job:
        self._busy = True
        self._update_buttons()
        self.status.setText(text)
        job.signals.succeeded.connect(self._show)
        job.signals.failed.connect(self._failed)
        job.signals.progress.connect(self._progress)
        self.queue.submit(job)
        return job

    def reload(self) -> Job:
        return self._run(Job(self._book.get, self.case_id), self.tr("Reading the case…"))

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setVisible(total > 0)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.progress.hide()
        self.status.setText(_error_text(exc))
        self._update_buttons()

    def _show(self, case: Case) -> None:
        was = self.case
        self._busy = False
        self.progress.hide()
        self.case = case
        if was is not None and len(case.records) != len(was.records):
            self.status.setText(self.tr("Saved in the check log."))
            self.changed.emit(case)
        elif was is None:
            self.status.setText("")
        self.setWindowTitle(
            self.tr("Case {id} — {epe}").format(id=case.id[:8], epe=one_line(case.epe_name))
        )
        self.summary.setText(
            self.tr(
                "{epe} (tax ID {tax_id}) — {state}; opened by {name} ({code}) on {time}"
            ).format(
                epe=one_line(case.epe_name),
                tax_id=one_line(case.epe_tax_id),
                state=state_label(case.state),
                name=one_line(case.opened_by_name),
                code=one_line(case.opened_by),
                time=show_local(case.opened_at, day_first=True),
            )
        )
        self.details.setHtml(self._details_html(case))
        self._fill_items(case)
        self._update_buttons()

    def _details_html(self, case: Case) -> str:
        def esc(text: str) -> str:
            return "<br/>".join(escape(line) for line in printable(text).splitlines())

        facts = self.tr("Facts")
        origin = self.tr("from {origin}").format(origin=origin_label(case.origin))
        parts = [f"<p><b>{escape(facts)}</b> ({escape(origin)})<br/>{esc(case.facts)}</p>"]
        for note in case.notes:
            head = self.tr("Note by {name}, {time}").format(
                name=one_line(note.added_by_name),
                time=show_local(note.added_at, day_first=True),
            )
            parts.append(f"<p><i>{escape(head)}</i><br/>{esc(str(note.item.get('text', '')))}</p>")
        if case.submitted_at is not None:
            head = self.tr("Submitted on {time}. Proposal:").format(
                time=show_local(case.submitted_at, day_first=True)
            )
            parts.append(f"<p><b>{escape(head)}</b><br/>{esc(case.proposal)}</p>")
        if case.decided_at is not None:
            head = self.tr("Decision of {name} on {time}: {decision}").format(
                name=one_line(case.decided_by_name),
                time=show_local(case.decided_at, day_first=True),
                decision=decision_label(case.decision),
            )
            parts.append(f"<p><b>{escape(head)}</b><br/>{esc(case.reason)}</p>")
        return "".join(parts)

    def _fill_items(self, case: Case) -> None:
        evidence = case.evidence
        self.items.setRowCount(len(evidence))
        for row, entry in enumerate(evidence):
            hashes = entry_hashes(entry)
            cells = [
                item_kind_label(entry.kind),
                show_local(entry.at, day_first=True) if entry.at else "",
                cameras_text(entry.item.get("cameras")),
                entry_description(entry),
                hashes[0][1] if hashes else "",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(one_line(text))
                if column == 3:
                    cell.setToolTip(one_line(text))
                if column == 4 and hashes:
                    cell.setToolTip("\n".join(f"{what}: {sha}" for what, sha in hashes))
                self.items.setItem(row, column, cell)

    # -- steps --

    def attach_snapshot(self) -> Job | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a snapshot"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg);;All files (*)"),
        )
        if not path:
            return None
        book, case_id, officer = self._book, self.case_id, self._officer

        def attach() -> Case:
            assert officer is not None
            return book.add_item(case_id, officer, snapshot_item(Path(path)))

        return self._run(Job(attach), self.tr("Computing the snapshot's SHA-256…"))

    def attach_export(self) -> Job | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Attach an evidence export"))
        if not folder:
            return None
        registry, book, case_id, officer = self._registry, self._book, self.case_id, self._officer

        def attach() -> Any:
            assert officer is not None
            item = yield from evidence_export_steps(registry, Path(folder))
            return book.add_item(case_id, officer, item)

        return self._run(
            Job(attach), self.tr("Checking the export against its manifest (SHA-256)…")
        )

    def add_note(self) -> Job | None:
        text = self.note.text()
        if not text.strip() or self._officer is None or not self.add_note_button.isEnabled():
            return None
        self.note.clear()
        return self._run(
            Job(self._book.add_item, self.case_id, self._officer, note_item(text)),
            self.tr("Saving the note…"),
        )

    def submit(self) -> Job | None:
        if self._officer is None:
            return None
        return self._run(
            Job(self._book.submit, self.case_id, self._officer, self.proposal.toPlainText()),
            self.tr("Submitting the case to the head of unit…"),
        )

    def open_decision(self) -> DecisionDialog | None:
        case, officer = self.case, self._officer
        if case is None or officer is None or not may_decide(officer, case):
            return None
        dialog = DecisionDialog(self._book, officer, case, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(self._show)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def save_pdf(self) -> Path | None:
        case = self.case
        if case is None:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the case report as PDF"),
            f"case-{case.id[:8]}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return None
        return self.save_pdf_to(Path(path))

    def save_pdf_to(self, path: Path) -> Path | None:
        from widgets.cases.case_pdf import write_case_pdf

        case = self.case
        if case is None:
            return None
        try:
            out = write_case_pdf(case, path)
        except DocumentError as exc:
            self.status.setText(str(exc))
            return None
        exports.announce("case_pdf", str(out), case=case.id)
        self.status.setText(self.tr("Saved {path}").format(path=out))
        return out

    # -- language --

    def retranslate_ui(self) -> None:
        if self.case is None:
            self.setWindowTitle(self.tr("Case"))
        self.attach_snapshot_button.setText(self.tr("Attach &snapshot…"))
        self.attach_export_button.setText(self.tr("Attach &evidence export…"))
        self.note.setPlaceholderText(self.tr("A note for the case"))
        self.add_note_button.setText(self.tr("Add &note"))
        self.proposal_label.setText(self.tr("Your &proposal to the head of unit:"))
        self.proposal_label.setBuddy(self.proposal)
        self.submit_button.setText(self.tr("S&ubmit to the head of unit"))
        self.decide_button.setText(self.tr("&Decide…"))
        self.pdf_button.setText(self.tr("Case &report (PDF)…"))
        self.items.setHorizontalHeaderLabels(
            [
                self.tr("Evidence"),
                self.tr("Time"),
                self.tr("Cameras"),
                self.tr("Description"),
                self.tr("SHA-256"),
            ]
        )
        if self.case is not None:
            self._show(self.case)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
