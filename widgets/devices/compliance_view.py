"""Appendix I compliance of every EPE: "Check all EPEs", the stored results, CSV and PDF.

The check runs in a worker over the whole registry (several EPEs at a time, so one slow EPE
does not hold up the others) with a progress bar and cancel. Results are stored with their time
and shown per EPE and per camera: pass, fail with the failing items, exempt, or unreachable.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.devices import compliance
from app.devices.compliance import EpeResult, Verdict, local_time
from app.devices.onvif_client import DEFAULT_TIMEOUT_S
from app.officers.profiles import Action, Role, can
from app.safe_text import one_line
from app.secrets import CredentialStore
from app.sites.registry import Registry
from app.workers import CancelledError, Job, JobQueue
from widgets.common.dialogs import release_queue
from widgets.devices.compliance_report import (
    VERDICT_COLOURS,
    ComplianceReportError,
    print_report,
    render_report_pdf,
)

RoleProvider = Callable[[], Role | None]


class Col:
    NAME, ID, VERDICT, CHECKED, DETAILS = range(5)


class ComplianceView(QDialog):
    """The compliance results of every EPE and the "Check all EPEs" run."""

    def __init__(
        self,
        registry: Registry,
        store: CredentialStore,
        role: RoleProvider | None = None,
        parent: QWidget | None = None,
        *,
        sample_seconds: float = compliance.DEFAULT_SAMPLE_S,
        timeout: float = DEFAULT_TIMEOUT_S,
        workers: int = 4,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._store = store
        self._role = role
        self._sample_seconds = sample_seconds
        self._timeout = timeout
        self._workers = workers
        self._job: Job | None = None
        self._cancel = threading.Event()
        self.results: list[EpeResult] = []
        self.queue = JobQueue("compliance", self)
        self.setObjectName("complianceView")
        self.setMinimumSize(980, 560)

        self.check_button = QPushButton(self)
        self.check_button.setObjectName("checkAll")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelCheck")
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("checkProgress")
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("checkStatus")
        self.status.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("complianceResults")
        self.tree.setColumnCount(5)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.DETAILS, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        self.csv_button = QPushButton(self)
        self.csv_button.setObjectName("exportCsv")
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("exportPdf")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printReport")
        self.close_button = QPushButton(self)

        top = QHBoxLayout()
        top.addWidget(self.check_button)
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.print_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)

        self.check_button.clicked.connect(self.check_all)
        self.cancel_button.clicked.connect(self.cancel)
        self.csv_button.clicked.connect(self._ask_csv)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.print_button.clicked.connect(lambda: print_report(self.results, self))
        self.close_button.clicked.connect(self.close)
        self._retranslate()
        self.reload()

    # -- public -------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._job is not None

    def reload(self) -> None:
        """Show the latest stored result of every EPE."""
        self.show_results(compliance.latest_results(self._registry))

    def show_results(self, results: list[EpeResult]) -> None:
        self.results = sorted(results, key=lambda r: r.epe_name.casefold())
        self.tree.clear()
        for result in self.results:
            item = self._epe_item(result)
            self.tree.addTopLevelItem(item)
            item.setExpanded(result.verdict is Verdict.FAIL)  # only works once in the tree
        self._show_summary()
        self.refresh_permissions()

    def check_all(self) -> Job | None:
        if self._job is not None:
            return None
        self._cancel = threading.Event()
        job = Job(
            compliance.check_registry,
            self._registry,
            self._store,
            sample_seconds=self._sample_seconds,
            timeout=self._timeout,
            workers=self._workers,
            cancelled=self._cancel.is_set,
        )
        job.signals.progress.connect(
            lambda d, t, text: self._current(job) and self._progress(d, t, text)
        )
        job.signals.succeeded.connect(lambda results: self._current(job) and self._done(results))
        job.signals.failed.connect(lambda exc: self._current(job) and self._failed(exc))
        job.signals.finished.connect(lambda: self._current(job) and self._finished())
        self._job = job
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.status.setText(self.tr("Reading the registry and the keyring…"))
        self.refresh_permissions()
        self.queue.submit(job)
        return job

    def cancel(self) -> None:
        """Stop the run; checks under way stop at their next call to the device."""
        if self._job is None:
            return
        self._job.cancel()
        self._cancel.set()
        self.status.setText(self.tr("Cancelling…"))
        self.cancel_button.setEnabled(False)

    def export_csv(self, path: str | Path) -> Path:
        from app import exports

        compliance.write_csv(self.results, path)
        exports.announce("compliance_csv", path)
        return Path(path)

    def export_pdf(self, path: str | Path) -> Path:
        from app import exports

        out = render_report_pdf(self.results, path)
        exports.announce("compliance_pdf", out)
        return out

    def refresh_permissions(self, _officer: object = None) -> None:
        """Enable what the current role may do (also the slot of the officer_changed signal)."""
        role = self._role() if self._role is not None else Role.OFFICER
        may_export = role is not None and can(role, Action.EXPORT)
        may_check = role is not None and can(role, Action.RUN_CHECK)
        idle = self._job is None
        self.check_button.setEnabled(idle and may_check)
        for button in (self.csv_button, self.pdf_button, self.print_button):
            button.setEnabled(idle and may_export and bool(self.results))

    # -- the run ------------------------------------------------------------------------------
    def _current(self, job: Job) -> bool:
        return job is self._job

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(
            self.tr("{done} of {total} EPEs checked — {last}").format(
                done=done, total=total, last=text
            )
            if total
            else text
        )

    def _done(self, results: list[EpeResult]) -> None:
        when = local_time(results[0].checked_at) if results else ""
        self.status.setText(
            self.tr("Check finished ({when}); the results are stored.").format(when=when)
            if results
            else self.tr("The registry has no EPEs to check.")
        )
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CancelledError):
            self.status.setText(
                self.tr("Cancelled: the results of the last complete check are shown.")
            )
        else:
            self.status.setText(
                self.tr("The check failed: {0}").format(str(exc) or type(exc).__name__)
            )

    def _finished(self) -> None:
        self._job = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.cancel_button.setEnabled(True)
        self.refresh_permissions()

    # -- the tree -----------------------------------------------------------------------------
    def _epe_item(self, result: EpeResult) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [
                one_line(result.epe_name),
                result.tax_id,
                result.verdict.label(),
                local_time(result.checked_at),
                "\n".join(result.remarks),
            ]
        )
        item.setData(Col.NAME, Qt.ItemDataRole.UserRole, result.tax_id)
        self._colour(item, result.verdict)
        font = item.font(Col.NAME)
        font.setBold(True)
        item.setFont(Col.NAME, font)
        for camera in result.cameras:
            details = camera.failing_details or [camera.encoding]
            if camera.measured_fps is not None:
                details.append(self.tr("{0} fps delivered").format(f"{camera.measured_fps:.1f}"))
            if camera.note:
                details.append(camera.note)
            number = "" if camera.diagram_number is None else str(camera.diagram_number)
            child = QTreeWidgetItem(
                [
                    self.tr("Camera {0}").format(number)
                    + (f" — {one_line(camera.name)}" if camera.name else ""),
                    number,
                    camera.verdict.label(),
                    "",
                    "\n".join(d for d in details if d),
                ]
            )
            self._colour(child, camera.verdict)
            item.addChild(child)
        return item

    @staticmethod
    def _colour(item: QTreeWidgetItem, verdict: Verdict) -> None:
        item.setForeground(Col.VERDICT, QBrush(QColor(VERDICT_COLOURS[verdict])))
        font = item.font(Col.VERDICT)
        font.setBold(True)
        item.setFont(Col.VERDICT, font)

    def verdicts(self) -> dict[str, Verdict]:
        """EPE name → verdict as shown (for tests and the status line)."""
        return {r.epe_name: r.verdict for r in self.results}

    def _show_summary(self) -> None:
        if not self.results:
            self.summary.setText(
                self.tr(
                    'No EPE has been checked yet. "Check all EPEs" '
                    "checks every EPE of the registry."
                )
            )
            return
        counts = Counter(r.verdict for r in self.results)
        latest = max(r.checked_at for r in self.results)
        self.summary.setText(
            self.tr(
                "{count} EPEs — pass: {passed}, fail: {failed}, exempt: {exempt}, unreachable: "
                "{unreachable}. Last checked {when} (Vietnam time)."
            ).format(
                count=len(self.results),
                passed=counts[Verdict.PASS],
                failed=counts[Verdict.FAIL],
                exempt=counts[Verdict.EXEMPT],
                unreachable=counts[Verdict.UNREACHABLE],
                when=local_time(latest),
            )
        )

    # -- files --------------------------------------------------------------------------------
    def _default_name(self, suffix: str) -> str:
        return f"compliance-{dt.date.today().isoformat()}{suffix}"

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export compliance results"),
            self._default_name(".csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            try:
                self.export_csv(path)
            except OSError as exc:
                self.status.setText(
                    self.tr("The file could not be written: {0}").format(
                        exc.strerror or type(exc).__name__
                    )
                )
                return
            self.status.setText(self.tr("Exported to {0}").format(path))

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the compliance report"),
            self._default_name(".pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            try:
                self.export_pdf(path)
            except ComplianceReportError as exc:
                self.status.setText(str(exc))
                return
            self.status.setText(self.tr("Report saved to {0}").format(path))

    # -- closing and language ------------------------------------------------------------------
    def done(self, result: int) -> None:
        if self._job is not None:
            self.cancel()
            self._job = None  # its last signals find nobody to tell
            release_queue(self.queue)
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Appendix I compliance of EPE cameras"))
        self.check_button.setText(self.tr("&Check all EPEs"))
        self.check_button.setToolTip(
            self.tr(
                "Ask every EPE's camera or NVR for its streams and measure the frame rate it "
                "delivers (Decision 247, Appendix I)"
            )
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.csv_button.setText(self.tr("Export &CSV…"))
        self.pdf_button.setText(self.tr("Save &PDF report…"))
        self.print_button.setText(self.tr("P&rint…"))
        self.close_button.setText(self.tr("Close"))
        self.tree.setHeaderLabels(
            [
                self.tr("EPE / camera"),
                self.tr("Tax ID / no."),
                self.tr("Verdict"),
                self.tr("Checked at"),
                self.tr("Details"),
            ]
        )
        if not self.results:
            self._show_summary()
