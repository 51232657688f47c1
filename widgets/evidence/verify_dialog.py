"""File > "Verify evidence…": choose an export folder, check it in a Job (progress while large
videos are hashed, cancellable) and show the verdict per file and who signed it.

The check is ``app.evidence.export.verify_job``: the team's registered keys come from the log,
then the folder is checked against its signed manifest. This module lays out its report.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.evidence.export import Verdict, VerifyReport, verdict_text, verify_job
from app.evidence.signing import show_fingerprint
from app.rotation.ledger import Ledger
from app.timekeeping import parse_utc, show_local
from app.workers import CancelledError, Job, JobQueue
from widgets.common.dialogs import open_dialog

GOOD, WARN, BAD, QUIET = "#1a7f37", "#9a6700", "#c42b1c", "#59636e"
VERDICT_COLOURS = {
    Verdict.VERIFIED: (GOOD, "#dafbe1"),
    Verdict.UNREGISTERED: (WARN, "#fff8c5"),
    Verdict.UNSIGNED: (WARN, "#fff8c5"),
    Verdict.FAILED: (BAD, "#ffebe9"),
    Verdict.NO_MANIFEST: (BAD, "#ffebe9"),
}


class VerifyEvidenceDialog(QDialog):
    verified = Signal(object)  # the VerifyReport

    def __init__(self, ledger: Ledger, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyEvidenceDialog")
        self._ledger = ledger
        self.folder = folder
        self._queue = JobQueue("evidence-verify", self)
        self.job: Job | None = None
        self.report: VerifyReport | None = None

        self.folder_label = QLabel(self.tr("Folder: {folder}").format(folder=folder), self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("verifyProgress")
        self.progress.setRange(0, 0)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("verifyStatus")
        self.status_label.setWordWrap(True)
        self.files = QTreeWidget(self)
        self.files.setObjectName("verifyFiles")
        self.files.setRootIsDecorated(False)
        self.files.setWordWrap(True)  # long results wrap inside their column, nothing is cut
        self.files.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.files.setHeaderLabels([self.tr("File"), self.tr("Result")])
        header = self.files.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.verdict_label = QLabel(self)
        self.verdict_label.setObjectName("verifyVerdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setVisible(False)
        self.signer_label = QLabel(self)
        self.signer_label.setObjectName("verifySigner")
        self.signer_label.setWordWrap(True)
        self.signer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Names in the folder and the manifest are the forger's: never read as rich text.
        for label in (self.folder_label, self.status_label, self.verdict_label, self.signer_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.signer_label)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Verify evidence"))
        room = self.screen().availableGeometry()
        self.resize(min(1000, room.width() - 60), min(520, room.height() - 80))

    def start(self) -> Job:
        self.job = Job(verify_job, self._ledger, self.folder)
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.succeeded.connect(self._on_done)
        self.job.signals.failed.connect(self._on_failed)
        self.job.signals.finished.connect(self._on_finished)
        self.status_label.setText(self.tr("Checking the signature and every file…"))
        return self._queue.submit(self.job)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status_label.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(min(done, total))
        if name:
            self.status_label.setText(self.tr("Computing the SHA-256 of {name}…").format(name=name))

    def _on_done(self, report: VerifyReport) -> None:
        self.report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status_label.setText("")
        self.status_label.setVisible(False)
        for check in report.files:
            good = check.status in ("ok", "printout")
            mark = "✓" if good else "✗"
            item = QTreeWidgetItem(self.files, [f"{mark} {check.name}", check.detail])
            colour = QUIET if check.status == "printout" else GOOD if good else BAD
            for column in (0, 1):
                item.setForeground(column, QBrush(QColor(colour)))
                item.setToolTip(column, f"{check.name}: {check.detail}")
        for problem in report.problems:
            if problem.reason in ("manifest", "signature"):
                item = QTreeWidgetItem(self.files, [f"✗ {problem.name}", problem.message])
                for column in (0, 1):
                    item.setForeground(column, QBrush(QColor(BAD)))
        text, background = VERDICT_COLOURS[report.verdict]
        self.verdict_label.setText(verdict_text(report))
        self.verdict_label.setStyleSheet(
            f"color: {text}; background: {background}; border: 1px solid {text}; "
            "border-radius: 4px; padding: 6px; font-weight: bold;"
        )
        self.verdict_label.setVisible(True)
        self.signer_label.setText(self._signer_text(report))
        self.verified.emit(report)

    def _signer_text(self, report: VerifyReport) -> str:
        signer = report.signer
        if signer is None:
            if any(p.reason == "signature" for p in report.problems):
                return self.tr("Signature: does not match the manifest.")
            if report.verdict is Verdict.NO_MANIFEST:
                return ""
            return self.tr("Signature: none (made before evidence was signed).")
        fingerprint = show_fingerprint(signer.fingerprint)
        if signer.registered is None:
            return self.tr(
                "Signed by workstation {workstation}, key fingerprint {fingerprint}: NOT "
                "registered with the team."
            ).format(workstation=signer.workstation, fingerprint=fingerprint)
        return self.tr(
            "Signed by workstation {workstation}, key fingerprint {fingerprint}: registered "
            "with the team by {officer} on {when}."
        ).format(
            workstation=signer.registered.key.workstation,
            fingerprint=fingerprint,
            officer=signer.registered.registered_by,
            when=show_local(parse_utc(signer.registered.registered_at)),
        )

    def _on_failed(self, exc: BaseException) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(exc, CancelledError):
            self.status_label.setText(self.tr("Check cancelled: the evidence was NOT verified."))
        else:
            self.status_label.setText(
                self.tr("The check failed: {error}").format(error=str(exc) or type(exc).__name__)
            )

    def _on_finished(self) -> None:
        self.job = None
        self.cancel_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setFocus()

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.cancel()
            self._queue.wait(10_000)
        super().done(result)


def choose_and_verify(parent: QWidget, ledger: Ledger) -> VerifyEvidenceDialog | None:
    """Ask for an export folder (the OS picker), then check it in a new dialog."""
    start = paths.data_dir() / "evidence"
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("VerifyEvidenceDialog", "Choose the evidence folder to verify"),
        str(start if start.is_dir() else Path.home()),
    )
    if not chosen:
        return None
    dialog = open_dialog(VerifyEvidenceDialog(ledger, Path(chosen), parent))
    dialog.start()
    return dialog
