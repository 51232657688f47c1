"""An officer's own check log: every closed check with its amendments, a way to amend one, and
the verification of the tamper-evident log (what ``epewall log verify`` does).

Reading the checks and walking the hash chain run as Jobs, with progress and cancel.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.officers.profiles import Action, Officer, Role, can
from app.rotation.checks import Amendment, CheckRecord, CheckResult, CheckService, may_amend
from app.rotation.ledger import VerifyReport
from app.rotation.team_key import verify_log_job
from app.secrets import CredentialStore
from app.timekeeping import Month, local_day, utc_now
from app.workers import Job, JobQueue
from widgets.common.field_error import ERROR_STYLE
from widgets.rotation.check_panel import AmendDialog, duration_text, local_time

MONTHS_LISTED = 12
OK_STYLE = "color: #1a7f37; font-weight: bold;"
RESULT_COLOURS = {CheckResult.IRREGULARITY: "#9a6700", CheckResult.SUSPECTED_VIOLATION: "#c42b1c"}


def _load(
    service: CheckService, month: Month | None, officer_code: str | None
) -> list[CheckRecord]:
    return list(reversed(service.checks(month=month, officer_code=officer_code)))


class CheckLogDialog(QDialog):
    """The checks of one officer (a team lead may show everyone's), newest first."""

    amended = Signal(object)  # Amendment

    def __init__(
        self,
        service: CheckService,
        officer: Officer,
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QWidget | None = None,
        credentials: CredentialStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._officer = officer
        # With the keyring: checkpoints are authenticated with the team key, and the keyring's
        # checkpoint is an anchor too (app/rotation/team_key.py).
        self._credentials = credentials
        self.checks: list[CheckRecord] = []
        self.dialog: QDialog | None = None
        self.report: VerifyReport | None = None
        self._load_job: Job | None = None
        self._verify_job: Job | None = None
        self.queue = JobQueue("check log", self)
        self.setObjectName("checkLog")
        self.setWindowTitle(
            self.tr("Check log — %1 (%2)")
            .replace("%1", officer.full_name)
            .replace("%2", officer.code)
        )
        self.resize(980, 600)

        self.month = QComboBox(self)
        self.month.setObjectName("logMonth")
        this_month = Month.of(local_day(clock()))
        month = this_month
        for _ in range(MONTHS_LISTED):
            self.month.addItem(f"{month.month:02d}/{month.year}", str(month))
            month = month.previous()
        self.month.addItem(self.tr("All months"), "")
        self.month.currentIndexChanged.connect(self.reload)
        self.everyone = QCheckBox(self.tr("All officers"), self)
        self.everyone.setObjectName("logEveryone")
        self.everyone.setVisible(officer.role is Role.TEAM_LEAD)
        self.everyone.toggled.connect(self.reload)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("logCount")
        top = QHBoxLayout()
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month)
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addWidget(self.everyone)
        top.addStretch(1)
        top.addWidget(self.count_label)

        self.table = QTableWidget(0, 9, self)
        self.table.setObjectName("logTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Started"),
                self.tr("EPE"),
                self.tr("Officer"),
                self.tr("Reason"),
                self.tr("Result"),
                self.tr("Cameras watched"),
                self.tr("Containers"),
                self.tr("Plates"),
                self.tr("Amendments"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.details = QTextBrowser(self)
        self.details.setObjectName("logDetails")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([360, 200])

        self.amend_button = QPushButton(self.tr("&Amend…"), self)
        self.amend_button.setObjectName("logAmend")
        self.amend_button.clicked.connect(self.amend_selected)
        self.verify_button = QPushButton(self.tr("&Verify the log"), self)
        self.verify_button.setObjectName("logVerify")
        self.verify_button.setToolTip(
            self.tr(
                "Check that no record of the log was changed, "
                "removed or inserted since it was written"
            )
        )
        self.verify_button.clicked.connect(self.verify)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("logVerifyCancel")
        self.cancel_button.clicked.connect(self.cancel_verify)
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("logProgress")
        self.progress.setMaximumWidth(200)
        self.progress.setVisible(False)
        self.verify_label = QLabel(self)
        self.verify_label.setObjectName("logVerifyResult")
        self.verify_label.setWordWrap(True)
        # A check with a finding may go to the head of unit as a case (Decision 247 II.2.3).
        self.case_button = QPushButton(self.tr("Open a &case…"), self)
        self.case_button.setObjectName("logOpenCase")
        self.case_button.clicked.connect(self.open_case)
        bottom = QHBoxLayout()
        bottom.addWidget(self.amend_button)
        bottom.addWidget(self.case_button)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.verify_label, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self._update_buttons()
        self.reload()

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> Job:
        text = self.month.currentData()
        month = Month.parse(text) if text else None
        code = None if self.everyone.isChecked() else self._officer.code
        self.count_label.setText(self.tr("Loading…"))
        job = Job(_load, self._service, month, code)
        self._load_job = job
        job.signals.succeeded.connect(lambda checks, j=job: self._show(j, checks))
        job.signals.failed.connect(lambda exc, j=job: self._load_failed(j, exc))
        self.queue.submit(job)
        return job

    def _load_failed(self, job: Job, exc: BaseException) -> None:
        if job is self._load_job:
            self._load_job = None
            self.count_label.setText(str(exc))

    @property
    def loading(self) -> bool:
        return self._load_job is not None

    def _show(self, job: Job, checks: list[CheckRecord]) -> None:
        if job is not self._load_job:
            return  # a later reload replaced this one
        self._load_job = None
        selected = self.selected_check()
        self.checks = checks
        self.table.setRowCount(len(checks))
        for row, check in enumerate(checks):
            reason = check.reason.label()
            if check.reason_note:
                reason += f": {check.reason_note}"
            started = local_time(check.started_at, with_date=True)
            if check.outside_working_time:
                started += " ⚠"
            watched = sum(check.watched_seconds().values())
            texts = [
                started,
                check.epe_name,
                check.officer_name,
                reason,
                check.result.label(),
                self.tr("%1 camera(s), %2")
                .replace("%1", str(len(check.watched_seconds())))
                .replace("%2", duration_text(watched)),
                ", ".join(check.containers),
                ", ".join(check.plates),
                str(len(check.amendments)) if check.amendments else "",
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, check.check_id)
                if column == 0 and check.outside_working_time:
                    item.setToolTip(self.tr("Started outside working time"))
                colour = RESULT_COLOURS.get(check.result)
                if column == 4 and colour:
                    item.setForeground(QColor(colour))
                self.table.setItem(row, column, item)
        self.count_label.setText(self.tr("%1 check(s)").replace("%1", str(len(checks))))
        if selected is not None:
            self.select(selected.check_id)
        self._show_details()

    def select(self, check_id: str) -> bool:
        for row, check in enumerate(self.checks):
            if check.check_id == check_id:
                self.table.selectRow(row)
                return True
        return False

    def selected_check(self) -> CheckRecord | None:
        row = self.table.currentRow()
        return self.checks[row] if 0 <= row < len(self.checks) else None

    def _show_details(self) -> None:
        self._update_buttons()
        check = self.selected_check()
        self.details.setHtml(self.details_html(check) if check is not None else "")

    def details_html(self, check: CheckRecord) -> str:
        def esc(text: str) -> str:
            return html.escape(text)

        kind = (
            self.tr("Scheduled")
            if check.scheduled
            else self.tr("Unscheduled: %1").replace("%1", check.reason.label())
        )
        parts = [
            f"<h3>{esc(check.epe_name)} ({esc(check.epe_tax_id)})</h3>",
            "<p>"
            + esc(
                self.tr("%1 to %2, by %3 (%4). %5.")
                .replace("%1", local_time(check.started_at, with_date=True))
                .replace("%2", local_time(check.ended_at))
                .replace("%3", check.officer_name)
                .replace("%4", check.officer_code)
                .replace("%5", kind)
            )
            + "</p>",
        ]
        if check.reason_note:
            parts.append(f"<p>{esc(check.reason_note)}</p>")
        if check.outside_working_time:
            parts.append(
                f"<p style='{ERROR_STYLE}'>"
                + esc(self.tr("Started outside working time."))
                + "</p>"
            )
        parts.append(
            "<p><b>"
            + esc(self.tr("Result: %1").replace("%1", check.result.label()))
            + "</b><br>"
            + esc(check.text).replace("\n", "<br>")
            + "</p>"
        )
        if check.containers:
            parts.append(
                "<p>"
                + esc(self.tr("Containers: %1").replace("%1", ", ".join(check.containers)))
                + "</p>"
            )
        if check.plates:
            parts.append(
                "<p>" + esc(self.tr("Plates: %1").replace("%1", ", ".join(check.plates))) + "</p>"
            )
        cameras = check.watched_seconds()
        if cameras:
            diagram = {w.camera_id: w.diagram_number for w in check.cameras}
            watched = ", ".join(
                self.tr("no. %1: %2").replace("%1", str(diagram[c])).replace("%2", duration_text(s))
                for c, s in cameras.items()
            )
            parts.append(
                "<p>" + esc(self.tr("Cameras watched: %1").replace("%1", watched)) + "</p>"
            )
        if check.snapshots:
            names = ", ".join(s.file_name or s.sha256[:12] for s in check.snapshots)
            parts.append("<p>" + esc(self.tr("Snapshots: %1").replace("%1", names)) + "</p>")
        if check.amendments:
            parts.append("<h4>" + esc(self.tr("Amendments")) + "</h4><ol>")
            for amendment in check.amendments:
                parts.append("<li>" + esc(self.amendment_text(amendment)) + "</li>")
            parts.append("</ol>")
        return "".join(parts)

    def amendment_text(self, amendment: Amendment) -> str:
        changes = []
        for key, value in amendment.changes.items():
            if key == "result":
                changes.append(self.tr("result → %1").replace("%1", CheckResult(value).label()))
            elif key == "text":
                changes.append(self.tr("notes → “%1”").replace("%1", str(value)))
            elif key == "containers":
                changes.append(self.tr("containers → %1").replace("%1", ", ".join(value)))
            elif key == "plates":
                changes.append(self.tr("plates → %1").replace("%1", ", ".join(value)))
        return (
            self.tr("%1, %2 (%3): %4. Why: %5")
            .replace("%1", local_time(amendment.created_at, with_date=True))
            .replace("%2", amendment.officer_name)
            .replace("%3", amendment.officer_code)
            .replace("%4", "; ".join(changes))
            .replace("%5", amendment.why)
        )

    def _update_buttons(self) -> None:
        check = self.selected_check()
        self.amend_button.setEnabled(check is not None and may_amend(self._officer, check))
        found = check is not None and (
            check.result is not CheckResult.NORMAL or bool(check.containers or check.plates)
        )
        self.case_button.setEnabled(found and can(self._officer.role, Action.OPEN_CASE))

    def open_case(self) -> QDialog | None:
        """A case of the selected check's EPE, starting with the check and its finding."""
        from app.cases.book import check_item
        from widgets.cases.actions import open_new_case

        check = self.selected_check()
        if check is None or not self.case_button.isEnabled():
            return None
        registry = self._service.registry
        epe = registry.find_epe(check.epe_tax_id)
        self.dialog = open_new_case(
            self,
            registry,
            self._officer,
            epe.id if epe is not None else None,
            [check_item(check)],
            origin="check",
        )
        return self.dialog

    # -- amending ------------------------------------------------------------------------------
    def amend_selected(self) -> AmendDialog | None:
        check = self.selected_check()
        if check is None:
            return None
        dialog = AmendDialog(self._service, self._officer, check, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.amended.connect(self._on_amended)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_amended(self, amendment: Amendment) -> None:
        self.amended.emit(amendment)
        self.reload()

    # -- verifying -----------------------------------------------------------------------------
    def verify(self) -> Job | None:
        if self._verify_job is not None:
            return None
        self.report = None
        self.verify_label.setText(self.tr("Verifying the log…"))
        self.verify_label.setStyleSheet("")
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.verify_button.setEnabled(False)
        if self._credentials is not None:
            job = Job(verify_log_job, self._service.ledger.registry, self._credentials)
        else:
            job = Job(self._service.ledger.verify_job)
        self._verify_job = job
        job.signals.progress.connect(self._on_progress)
        job.signals.succeeded.connect(self._on_verified)
        job.signals.failed.connect(self._on_verify_failed)
        job.signals.finished.connect(self._verify_finished)
        self.queue.submit(job)
        return job

    def cancel_verify(self) -> None:
        if self._verify_job is not None:
            self._verify_job.cancel()

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_verified(self, report: VerifyReport) -> None:
        self.report = report
        if report.ok:
            self.verify_label.setText(
                self.tr(
                    "The log is intact: %1 record(s) checked, none changed, removed or inserted."
                ).replace("%1", str(report.records))
            )
            self.verify_label.setStyleSheet(OK_STYLE)
            return
        broken = report.broken
        assert broken is not None
        if broken.record_id:
            text = (
                self.tr("The log was tampered with at record %1 (%2): %3 Tell your team lead.")
                .replace("%1", str(broken.seq))
                .replace("%2", broken.record_id)
                .replace("%3", broken.reason)
            )
        else:  # a cut tail, a rewritten chain or an edited officer: no one record to name
            text = self.tr("The log was tampered with: %1 Tell your team lead.").replace(
                "%1", broken.reason
            )
        self.verify_label.setText(text)
        self.verify_label.setStyleSheet(ERROR_STYLE + " font-weight: bold;")

    def _on_verify_failed(self, exc: BaseException) -> None:
        from app.workers import CancelledError

        if isinstance(exc, CancelledError):
            self.verify_label.setText(self.tr("Verification cancelled."))
        else:
            self.verify_label.setText(
                self.tr("The log could not be verified: %1").replace("%1", str(exc))
            )
            self.verify_label.setStyleSheet(ERROR_STYLE)

    def _verify_finished(self) -> None:
        self._verify_job = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.verify_button.setEnabled(True)

    @property
    def verifying(self) -> bool:
        return self._verify_job is not None

    def done(self, result: int) -> None:
        self.queue.cancel_all()
        self.queue.wait(10_000)  # a cancelled walk stops at its next batch
        super().done(result)
