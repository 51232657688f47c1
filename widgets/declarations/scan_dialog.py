"""Scan the gate: read one EPE-day of gate recording (``app.declarations.scan``) in a Job, with a
progress bar that says which camera and moment is being read, Cancel, and the summary.

Opened from the review window's "scan the gate" button with the EPE and the day; the window
reconciles again once ``scanned`` arrives. Cancel stops at the next frame: the codes read so far
stay stored and the summary says so.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.declarations.scan import Reader, ScanSummary, day_span, scan_steps
from app.safe_text import one_line
from app.sites.registry import Registry
from app.timekeeping import utc_now
from app.workers import CancelledError, Job, JobQueue
from widgets.common.dialogs import release_queue


class ScanDialog(QDialog):
    scanned = Signal(object)  # the ScanSummary (also when cancelled: what was read is stored)

    def __init__(
        self,
        registry: Registry,
        epe_id: int,
        day: dt.date,
        parent: QWidget | None = None,
        *,
        engine_factory: Callable[[], Reader] | None = None,
        now: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scanDialog")
        self._registry = registry
        self._epe_id = epe_id
        self._day = day
        self._engine_factory = engine_factory
        self._now = now
        self._queue = JobQueue("gate-scan", self)
        self._cancel = threading.Event()
        self.job: Job | None = None
        self.summary: ScanSummary | None = None
        epe = registry.get_epe(epe_id)

        self.intro = QLabel(
            self.tr(
                "Read the container numbers and plates in the gate recording of {name} on "
                "{day}, where the recorder saw motion. The codes read are stored for the "
                "reconciliation."
            ).format(name=one_line(epe.name), day=day.strftime("%d/%m/%Y")),
            self,
        )
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("scanProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("scanStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(self)
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setObjectName("scanStart")
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setVisible(False)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Scan the gate recording"))
        room = self.screen().availableGeometry()
        self.resize(min(620, room.width() - 60), min(260, room.height() - 80))

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self) -> Job | None:
        if self.job is not None:
            return None
        start, end = day_span(self._day, self._now())
        if end <= start:
            self.status_label.setText(self.tr("This day has not begun: nothing is recorded yet."))
            return None
        self._cancel = threading.Event()
        self.summary = None
        self.job = Job(
            scan_steps,
            self._registry,
            self._epe_id,
            start,
            end,
            cancel=self._cancel,
            engine_factory=self._engine_factory,
        )
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.succeeded.connect(self._on_done)
        self.job.signals.failed.connect(self._on_failed)
        self.job.signals.finished.connect(self._on_finished)
        self.start_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.status_label.setText(self.tr("Searching the recorder…"))
        return self._queue.submit(self.job)

    def cancel(self) -> None:
        if self.job is None:
            self.reject()
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.status_label.setText(self.tr("Cancelling… the codes read so far are kept."))

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if text and not self._cancel.is_set():
            self.status_label.setText(text)

    def _on_done(self, summary: ScanSummary) -> None:
        self.summary = summary
        self.progress.setRange(0, max(1, summary.moments))
        self.progress.setValue(summary.moments if not summary.cancelled else self.progress.value())
        self.status_label.setText(self.summary_text(summary))
        self.scanned.emit(summary)

    def summary_text(self, summary: ScanSummary) -> str:
        if summary.cancelled:
            head = self.tr("Scan cancelled after {moments} moments.").format(
                moments=summary.moments
            )
        else:
            head = self.tr("Scan finished: {moments} moments of the gate recording read.").format(
                moments=summary.moments
            )
        text = (
            head
            + " "
            + self.tr(
                "{reads} codes stored ({valid} valid), {frames} frames read in {seconds:.0f} s."
            ).format(
                reads=summary.reads,
                valid=summary.valid,
                frames=summary.ocr_frames,
                seconds=summary.seconds,
            )
        )
        if summary.skipped:
            text += " " + self.tr("{count} moments had no recording.").format(count=summary.skipped)
        if not summary.from_events:
            text += " " + self.tr(
                "The recorder reported no motion on the gate cameras: the declared windows "
                "were read."
            )
        return text

    def _on_failed(self, exc: BaseException) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(exc, CancelledError):
            self.status_label.setText(self.tr("Scan cancelled; the codes read so far are kept."))
        else:
            self.status_label.setText(
                self.tr("The scan stopped: {error} The codes read before it are kept.").format(
                    error=str(exc) or type(exc).__name__
                )
            )

    def _on_finished(self) -> None:
        self.job = None
        self.cancel_button.setVisible(False)
        self.start_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setFocus()

    def done(self, result: int) -> None:
        if self.job is not None:
            self._cancel.set()
            self.job.cancel()
            release_queue(self._queue)
        super().done(result)
