"""The end of a shift and the start of the next: "Hand over the shift" (the note composed from
the shift's work, the officer's text, signed into the check log) and "Handover from the
previous officer" (read and acknowledged at login on the same workstation).

The composing (recorder searches for what is still unreviewed), the keyring (the workstation's
signing key) and the ledger writes run in Jobs; the dialogs only show what comes back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.evidence.signing import WorkstationKey
from app.officers.profiles import Officer
from app.shift.compose import compose_steps
from app.shift.handover import TEXT_MAX, Handover, HandoverBook, sign_steps
from app.sites.registry import Registry
from app.timekeeping import show_local, utc_now
from app.workers import Job, JobQueue
from widgets.common.dialogs import release_queue
from widgets.common.field_error import FieldError
from widgets.common.tool_window import fit_to_screen, work_done
from widgets.shift.handover_pdf import handover_html, sections_html, write_handover_pdf

KeySource = Callable[[], WorkstationKey]


def keyring_key_source() -> KeySource:
    """The workstation's evidence key from the OS keyring (call it in a Job: it blocks)."""

    def load() -> WorkstationKey:
        from app.evidence.signing import workstation_key
        from app.secrets import CredentialStore

        return workstation_key(CredentialStore())

    return load


def save_pdf(parent: QWidget, handovers: list[Handover], suggested: str) -> Path | None:
    """Ask where, write the PDF, announce the export; None when cancelled or refused."""
    from app import exports
    from widgets.common.official_document import DocumentError

    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("HandoverDialog", "Save the handover as PDF"),
        suggested,
        QCoreApplication.translate("HandoverDialog", "PDF files (*.pdf)"),
    )
    if not path:
        return None
    try:
        out = write_handover_pdf(handovers, Path(path))
    except DocumentError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("HandoverDialog", "The file was not saved"), str(exc)
        )
        return None
    exports.announce("handover_pdf", out, handovers=",".join(h.id for h in handovers))
    return out


class HandoverDialog(QDialog):
    """Hand over the shift: what the note will say, the officer's text, Sign and hand over."""

    signed = Signal(object)  # the Handover written

    def __init__(
        self,
        registry: Registry,
        officer: Officer,
        clock: Callable[[], dt.datetime] = utc_now,
        key_source: KeySource | None = None,
        review_options: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self._registry = registry
        self._officer = officer
        self._clock = clock
        self._key_source = key_source
        self._review = dict(review_options or {})
        self.sections: dict[str, Any] | None = None
        self.handover: Handover | None = None
        self.queue = JobQueue("handover", self)
        self._job: Job | None = None

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("handoverPreview")
        self.note_label = QLabel(self)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("handoverNote")
        self.note.setMaximumHeight(120)
        self.note_label.setBuddy(self.note)
        self.message = FieldError("handover", self)
        self.status = QLabel(self)
        self.status.setObjectName("handoverStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setMaximumHeight(8)
        self.progress.setTextVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_button = QPushButton(self)
        self.sign_button.setObjectName("signHandover")
        self.sign_button.setEnabled(False)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("handoverPdf")
        self.pdf_button.setEnabled(False)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.sign_button.clicked.connect(self.sign)
        self.pdf_button.clicked.connect(self.save_pdf)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        fit_to_screen(self, 760, 640)
        self._compose()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Hand over the shift"))
        self.heading.setText(
            self.tr(
                "What the next officer on this workstation will read: the checks of your "
                "shift and their findings, the interruptions still open, the start-of-shift "
                "items nobody reviewed and the device warnings still open. Cases will be added "
                "here once epewall keeps them."
            )
        )
        self.note_label.setText(self.tr("Your &note for the next officer:"))
        self.note.setPlaceholderText(
            self.tr("What to watch, what was promised, what is still to do…")
        )
        self.sign_button.setText(self.tr("&Sign and hand over"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))

    # -- composing --

    def _compose(self) -> None:
        self.status.setText(self.tr("Gathering your shift's work…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        job = Job(compose_steps, self._registry, self._officer, self._clock, **self._review)
        job.signals.progress.connect(self._on_progress)
        job.signals.succeeded.connect(self._composed)
        job.signals.failed.connect(self._failed)
        self._job = job
        self.queue.submit(job)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if text:
            self.status.setText(text)

    def _composed(self, sections: object) -> None:
        self._job = None
        self.progress.setVisible(False)
        if not isinstance(sections, dict):
            return
        self.sections = sections
        period = sections.get("period", {})
        try:
            from app.timekeeping import parse_utc

            self.status.setText(
                self.tr("Your shift: {start} to {end}.").format(
                    start=show_local(parse_utc(period["from"]), day_first=True),
                    end=show_local(parse_utc(period["until"]), day_first=True),
                )
            )
        except (KeyError, TypeError, ValueError):
            self.status.setText("")
        self.preview.setHtml(sections_html(sections))
        self.sign_button.setEnabled(True)
        self.note.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self.progress.setVisible(False)
        self.sign_button.setEnabled(self.sections is not None and self.handover is None)
        self.message.show_message(str(exc))

    # -- signing --

    def sign(self) -> None:
        if self.sections is None or self.handover is not None or self._job is not None:
            return
        text = self.note.toPlainText()
        if len(text) > TEXT_MAX:
            self.message.show_message(
                self.tr("The note is too long: at most {count} characters.").format(count=TEXT_MAX)
            )
            return
        self.message.show_message("")
        self.sign_button.setEnabled(False)
        self.note.setReadOnly(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        job = Job(
            sign_steps,
            self._registry,
            self._officer,
            self.sections,
            text,
            self._clock,
            self._key_source,
        )
        job.signals.progress.connect(self._on_progress)
        job.signals.succeeded.connect(self._signed)
        job.signals.failed.connect(self._failed)
        job.signals.failed.connect(lambda _exc: self.note.setReadOnly(False))
        self._job = job
        self.queue.submit(job)

    def _signed(self, result: object) -> None:
        self._job = None
        self.progress.setVisible(False)
        if not isinstance(result, tuple):
            return
        handover, problem = result
        self.handover = handover
        done = self.tr("Handed over at {time}: the note is in the check log.").format(
            time=show_local(handover.ended_at, date=False)
        )
        if problem:
            done += " " + self.tr("It is not signed with the workstation key: {why}").format(
                why=problem
            )
        self.status.setText(done)
        self.preview.setHtml(handover_html(handover))
        self.pdf_button.setEnabled(True)
        work_done(self.cancel_button)
        self.signed.emit(handover)

    def save_pdf(self) -> Path | None:
        if self.handover is None:
            return None
        day = show_local(self.handover.ended_at).split(" ")[0]
        return save_pdf(self, [self.handover], f"giao-ca-{day}-{self.handover.officer_code}.pdf")

    def reject(self) -> None:
        if self._job is not None:
            self._job.cancel()
            release_queue(self.queue)
        super().reject()


class AcknowledgeDialog(QDialog):
    """The previous officer's handover, at login: read it, then "I have read it"."""

    acknowledged = Signal(object)  # the Handover, acknowledged

    def __init__(
        self,
        registry: Registry,
        handover: Handover,
        officer: Officer,
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverAcknowledgeDialog")
        self._book = HandoverBook(registry, clock)
        self._officer = officer
        self.handover = handover
        self.queue = JobQueue("handover-ack", self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.view = QTextBrowser(self)
        self.view.setObjectName("handoverView")
        self.view.setHtml(handover_html(handover))
        self.message = FieldError("acknowledge", self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.read_button = QPushButton(self)
        self.read_button.setObjectName("acknowledgeHandover")
        self.read_button.setDefault(True)
        self.pdf_button = QPushButton(self)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.read_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.read_button.clicked.connect(self.acknowledge)
        self.pdf_button.clicked.connect(
            lambda: save_pdf(self, [self.handover], f"giao-ca-{self.handover.id[:8]}.pdf")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        fit_to_screen(self, 720, 600)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Handover from the previous officer"))
        self.heading.setText(
            self.tr(
                "{name} handed this workstation over at {time}. Read the note, then confirm "
                "that you have read it: your confirmation is kept in the check log."
            ).format(
                name=self.handover.officer_name,
                time=show_local(self.handover.ended_at, day_first=True),
            )
        )
        self.read_button.setText(self.tr("I have &read it"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))

    def acknowledge(self) -> None:
        self.read_button.setEnabled(False)
        job = Job(self._book.acknowledge, self.handover.id, self._officer)
        job.signals.succeeded.connect(self._done)
        job.signals.failed.connect(self._failed)
        self.queue.submit(job)

    def _done(self, handover: object) -> None:
        if isinstance(handover, Handover):
            self.handover = handover
            self.acknowledged.emit(handover)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.read_button.setEnabled(True)
        self.message.show_message(str(exc))


def open_window(window: QWidget) -> QWidget:
    """Show a tool window that is deleted once closed."""
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
