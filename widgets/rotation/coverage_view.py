"""Coverage for team leads (Decision 247 II.1: every EPE inspected in turn each month).

One month at a time: every EPE with its checks done against the plan, the last check's day,
result and officer, the EPEs with no check this month first and highlighted; totals per officer;
a heat map (EPE × day) and the last twelve months as a chart. The month can be saved as CSV or
as a PDF report with sign-off lines. Officers export their month's log as a signed file; the team
lead imports the files of several workstations here (``app/rotation/log_exchange.py``:
duplicates are recognised by ID, a changed file is refused and says why).

The numbers are computed in a worker (``JobQueue``) by ``app/rotation/coverage.py`` from the
ledger's derived ``checks`` table; log files are signed and checked with the team key by
``app/rotation/team_key.py``. This module only starts those jobs and lays out their results. The
table is a model/view table, never a widget per cell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import RiskLevel
from app.officers.profiles import Action, Officer, can
from app.rotation.checks import CheckResult
from app.rotation.coverage import (
    CoverageBundle,
    EpeCoverage,
    OfficerTotals,
    load_bundle,
    risk_label,
    write_coverage_csv,
)
from app.rotation.log_exchange import SUFFIX, ExportSummary, ImportSummary
from app.rotation.team_key import export_my_log, import_team_logs
from app.secrets import CredentialStore
from app.sites.registry import Registry
from app.timekeeping import Month, local_day, utc_now
from app.workers import Job, JobQueue
from widgets.common.dialogs import open_dialog
from widgets.common.letterhead_dialog import LetterheadDialog
from widgets.common.tool_window import adopt_tool_window, fit_to_screen
from widgets.rotation.coverage_chart import ChartBar, CoverageChart
from widgets.rotation.heatmap import HeatMap, HeatRow
from widgets.rotation.plan_calendar import PlanCalendar

# --- the table models ---------------------------------------------------------------------------

MISSING_BACKGROUND = QColor("#fde8e7")
MISSING_INK = QColor("#8a1c12")
RESULT_INK = {
    CheckResult.IRREGULARITY: QColor("#9a5b00"),
    CheckResult.SUSPECTED_VIOLATION: QColor("#b42318"),
}


_Row = TypeVar("_Row")


class _RowsModel(QAbstractTableModel, Generic[_Row]):
    """A table over a list of rows that is replaced whole after each computation."""

    COLUMNS = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def set_rows(self, rows: Sequence[_Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> _Row:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS


class CoverageTableModel(_RowsModel[EpeCoverage]):
    """One row per EPE; the EPEs with no check this month come first, on a red background."""

    COLUMNS = 7
    EPE, TAX_ID, RISK, DONE, LAST, RESULT, OFFICER = range(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("EPE"),
            self.tr("Tax ID"),
            self.tr("Risk"),
            self.tr("Done / planned"),
            self.tr("Last check"),
            self.tr("Result"),
            self.tr("Officer"),
        ][section]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and row.missing:
            return QBrush(MISSING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.missing:
                return QBrush(MISSING_INK)
            if column == self.RESULT and row.last_result in RESULT_INK:
                return QBrush(RESULT_INK[row.last_result])
        if role == Qt.ItemDataRole.FontRole and row.missing and column == self.EPE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.missing:
                return self.tr("Not checked yet this month. Responsible: {officers}").format(
                    officers=", ".join(row.responsible) or self.tr("nobody")
                )
            return self.tr("Responsible: {officers}").format(
                officers=", ".join(row.responsible) or self.tr("nobody")
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DONE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: EpeCoverage, column: int) -> str:
        if column == self.EPE:
            return row.name
        if column == self.TAX_ID:
            return row.tax_id
        if column == self.RISK:
            return risk_label(row.risk_level)
        if column == self.DONE:
            return f"{row.checks_done} / {row.planned}" if row.planned else str(row.checks_done)
        if column == self.LAST:
            return f"{row.last_check_day:%d/%m/%Y}" if row.last_check_day else self.tr("never")
        if column == self.RESULT:
            if row.missing:
                return self.tr("Not checked this month")
            return row.last_result.label() if row.last_result else ""
        # Who checked it last, or, for an EPE nobody checked this month, who answers for it.
        if row.last_officer and not row.missing:
            return row.last_officer
        return ", ".join(row.responsible) or self.tr("(not assigned)")


class OfficerTotalsModel(_RowsModel[OfficerTotals]):
    COLUMNS = 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Officer"),
            self.tr("Checks"),
            self.tr("Unscheduled"),
            self.tr("EPEs checked"),
            self.tr("Planned done / planned"),
            self.tr("Outside working time"),
        ][section]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                f"{row.officer_name} ({row.officer_code})",
                str(row.checks),
                str(row.unscheduled),
                str(row.epes_checked),
                f"{row.planned_done} / {row.planned}",
                str(row.outside_working_time),
            ][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


# --- the view -----------------------------------------------------------------------------------


def _qdate(month: Month) -> QDate:
    return QDate(month.year, month.month, 1)


class CoverageView(QWidget):
    """The team lead's month view. ``officer`` is who is logged in (None: nobody)."""

    loaded = Signal(object)  # CoverageBundle, after each (re)computation
    load_failed = Signal(str)

    def __init__(
        self,
        registry: Registry,
        officer: Officer | None = None,
        *,
        month: Month | None = None,
        today: dt.date | None = None,
        store: CredentialStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store  # the keyring holds the team key that signs log files
        self._log_job: Job | None = None
        self.last_import: list[tuple[Path, ImportSummary | str]] = []
        self.import_result: QMessageBox | None = None
        self.setObjectName("coverageView")
        self._registry = registry
        self._officer = officer
        self._today = today
        self._month = month or Month.of(today or local_day(utc_now()))
        self._risk: RiskLevel | None = None
        self._bundle: CoverageBundle | None = None
        self._job: Job | None = None
        self._pending = False
        self.queue = JobQueue("coverage", self)

        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.clicked.connect(lambda: self.set_month(self._month.previous()))
        self.month_edit = QDateEdit(_qdate(self._month), self)
        self.month_edit.setObjectName("coverageMonth")
        self.month_edit.setDisplayFormat("MM/yyyy")
        self.month_edit.dateChanged.connect(self._on_month_edited)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.clicked.connect(lambda: self.set_month(self._month.next()))
        self.risk_label = QLabel(self)
        self.risk_combo = QComboBox(self)
        self.risk_combo.setObjectName("coverageRisk")
        self.risk_combo.currentIndexChanged.connect(self._on_risk_changed)
        self.csv_button = QPushButton(self)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.export_log_button = QPushButton(self)
        self.export_log_button.setObjectName("exportLog")
        self.export_log_button.clicked.connect(self.export_log)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importLogs")
        self.import_button.clicked.connect(self.import_logs)
        self.export_log_button.setVisible(store is not None)
        self.import_button.setVisible(store is not None)
        self.month_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.month_label)
        top.addWidget(self.previous_button)
        top.addWidget(self.month_edit)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(self.risk_label)
        top.addWidget(self.risk_combo)
        top.addStretch(1)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)
        top.addWidget(self.export_log_button)
        top.addWidget(self.import_button)

        self.summary = QLabel(self)
        self.summary.setObjectName("coverageSummary")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.progress)

        self.model = CoverageTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("coverageTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CoverageTableModel.EPE, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the texts a column can hold: measuring 500 rows on every reload
        # (ResizeToContents) would cost more than computing the month.
        for column in range(1, CoverageTableModel.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.heatmap = HeatMap(self)
        self.chart = CoverageChart(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, "")
        heat_page = QWidget(self)
        heat_layout = QVBoxLayout(heat_page)
        heat_layout.setContentsMargins(0, 0, 0, 0)
        heat_layout.addWidget(self.heatmap, 1)
        self.heat_legend = QLabel(heat_page)
        self.heat_legend.setWordWrap(True)
        heat_layout.addWidget(self.heat_legend)
        self.tabs.addTab(heat_page, "")
        self.tabs.addTab(self.chart, "")

        self.officer_model = OfficerTotalsModel(self)
        self.officer_table = QTableView(self)
        self.officer_table.setObjectName("officerTotals")
        self.officer_table.setModel(self.officer_model)
        self.officer_table.verticalHeader().setVisible(False)
        self.officer_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.officer_table.verticalHeader().setDefaultSectionSize(22)
        officer_header = self.officer_table.horizontalHeader()
        officer_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, OfficerTotalsModel.COLUMNS):
            officer_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.officers_label = QLabel(self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.officers_label)
        lower_layout.addWidget(self.officer_table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(summary_row)
        layout.addWidget(splitter, 1)
        adopt_tool_window(self)
        self.retranslate_ui()
        self._apply_permissions()
        self.reload()

    # -- state --

    @property
    def month(self) -> Month:
        return self._month

    @property
    def bundle(self) -> CoverageBundle | None:
        return self._bundle

    @property
    def busy(self) -> bool:
        return self._job is not None

    def set_officer(self, officer: Officer | None) -> None:
        self._officer = officer
        self._apply_permissions()

    def _apply_permissions(self) -> None:
        allowed = self._officer is not None and can(self._officer.role, Action.VIEW_COVERAGE)
        for widget in (self.csv_button, self.pdf_button):
            widget.setEnabled(allowed and self._bundle is not None)
        officer = self._officer
        idle = self._log_job is None
        self.export_log_button.setEnabled(
            idle and officer is not None and can(officer.role, Action.EXPORT_LOG)
        )
        self.import_button.setEnabled(
            idle and officer is not None and can(officer.role, Action.IMPORT_LOGS)
        )

    def set_month(self, month: Month) -> None:
        if month == self._month:
            return
        self._month = month
        self.month_edit.blockSignals(True)
        self.month_edit.setDate(_qdate(month))
        self.month_edit.blockSignals(False)
        self.reload()

    def set_risk_filter(self, risk: RiskLevel | None) -> None:
        index = self.risk_combo.findData(risk.value if risk else "")
        self.risk_combo.setCurrentIndex(max(0, index))

    def _on_month_edited(self, date: QDate) -> None:
        self.set_month(Month(date.year(), date.month()))

    def _on_risk_changed(self, _index: int) -> None:
        value = self.risk_combo.currentData()
        risk = RiskLevel(value) if value else None
        if risk != self._risk:
            self._risk = risk
            self.reload()

    # -- loading --

    def reload(self) -> None:
        """Recompute the month in the worker; a newer request replaces one still running."""
        if self._job is not None:
            self._job.cancel()
            self._pending = True
            return
        levels = frozenset({self._risk}) if self._risk else None
        job = Job(load_bundle, self._registry, self._month, levels, self._today)
        job.signals.succeeded.connect(self._on_loaded)
        job.signals.failed.connect(self._on_failed)
        job.signals.finished.connect(self._on_finished)
        self._job = job
        self.progress.setVisible(True)
        self.queue.submit(job)

    def _on_finished(self) -> None:
        self._job = None
        self.progress.setVisible(False)
        if self._pending:
            self._pending = False
            self.reload()

    def _on_failed(self, exc: BaseException) -> None:
        if self._pending:
            return
        self.summary.setText(
            self.tr("The coverage could not be computed: {error}").format(error=str(exc))
        )
        self.load_failed.emit(str(exc))

    def _on_loaded(self, bundle: CoverageBundle) -> None:
        expected = frozenset({self._risk.value}) if self._risk else frozenset()
        if (
            self._pending
            or bundle.coverage.month != self._month
            or bundle.coverage.risk_levels != expected
        ):
            return  # a newer request is on its way
        self._bundle = bundle
        coverage = bundle.coverage
        self.model.set_rows(coverage.rows)
        self.officer_model.set_rows(coverage.officers)
        heat = bundle.heat
        rows = [
            HeatRow(name, counts, not any(counts), planned)
            for (_tax, name), counts, planned in zip(
                heat.epes, heat.counts, heat.planned, strict=True
            )
        ]
        rows.sort(key=lambda row: not row.missing)  # as in the table: unchecked EPEs first
        self.heatmap.set_data(
            heat.days,
            rows,
            frozenset(d for d, working in zip(heat.days, heat.working, strict=True) if not working),
            bundle.holidays,
        )
        self.chart.set_bars(
            [
                ChartBar(f"{p.month.month:02d}/{p.month.year}", p.epes_checked, p.epes_total)
                for p in bundle.series
            ],
            self.tr("Share of EPEs checked at least once, by month"),
        )
        self._show_summary()
        self._apply_permissions()
        self.loaded.emit(bundle)

    def _show_summary(self) -> None:
        if self._bundle is None:
            self.summary.setText(self.tr("Computing…"))
            return
        coverage = self._bundle.coverage
        missing = coverage.epes_total - coverage.epes_checked
        text = self.tr("{checked} of {total} EPEs checked in {month} ({percent:.0f} %).").format(
            checked=coverage.epes_checked,
            total=coverage.epes_total,
            month=f"{coverage.month.month:02d}/{coverage.month.year}",
            percent=coverage.percent,
        )
        if missing:
            text += " " + self.tr("%n EPE(s) not checked yet, listed first.", "", missing)
        self.summary.setText(text)

    # -- export --

    def export_csv(self) -> None:
        if self._bundle is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save coverage as CSV"),
            f"coverage-{self._month}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_csv_to(Path(path))

    def export_csv_to(self, path: Path) -> Job | None:
        if self._bundle is None:
            return None
        job = Job(write_coverage_csv, self._bundle.coverage, path)
        job.signals.succeeded.connect(self._on_exported)
        job.signals.failed.connect(self._on_export_failed)
        self.queue.submit(job)
        return job

    def export_pdf(self) -> None:
        if self._bundle is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save coverage report as PDF"),
            f"coverage-{self._month}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.export_pdf_to(Path(path))

    def export_pdf_to(self, path: Path) -> Path | None:
        """Write the signed-off month report. QTextDocument lays it out on the GUI thread (its
        fonts are not for worker threads); 500 EPEs take well under a second."""
        from widgets.rotation.rotation_reports import ReportError, render_coverage_pdf

        if self._bundle is None:
            return None
        try:
            out = render_coverage_pdf(
                self._bundle.coverage, path, prepared_by=self._officer, risk=self._risk
            )
        except ReportError as exc:
            self._on_export_failed(exc)
            return None
        self._on_exported(out)
        return out

    def _on_exported(self, path: object) -> None:
        from app import exports

        what = "coverage_pdf" if str(path).lower().endswith(".pdf") else "coverage_csv"
        exports.announce(what, str(path), month=str(self._month))
        self.summary.setText(self.tr("Saved {path}.").format(path=path))

    def _on_export_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("The file was not saved"), str(exc))

    # -- log files between workstations --

    def export_log(self) -> None:
        """ "Export my log…": this officer's checks of the month as a signed file."""
        if self._officer is None:
            return
        name = f"{self._officer.code}-{self._month}{SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export my log of the month"),
            name,
            self.tr("epewall log files (*{suffix})").format(suffix=SUFFIX),
        )
        if path:
            self.export_log_to(Path(path))

    def export_log_to(self, path: Path) -> Job | None:
        if self._store is None or self._officer is None or self._log_job is not None:
            return None
        job = Job(export_my_log, self._registry, self._store, self._officer, self._month, path)
        job.signals.succeeded.connect(self._on_log_exported)
        return self._run_log_job(job)

    def import_logs(self) -> None:
        """ "Import logs…": the team lead adds the files of other workstations."""
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import log files"),
            "",
            self.tr("epewall log files (*{suffix})").format(suffix=SUFFIX),
        )
        if paths:
            self.import_logs_from([Path(p) for p in paths])

    def import_logs_from(self, paths: Sequence[Path]) -> Job | None:
        if self._store is None or self._officer is None or self._log_job is not None:
            return None
        job = Job(import_team_logs, self._registry, self._store, self._officer, list(paths))
        job.signals.progress.connect(self._on_log_progress)
        job.signals.succeeded.connect(self._on_logs_imported)
        return self._run_log_job(job)

    def _run_log_job(self, job: Job) -> Job:
        job.signals.failed.connect(self._on_log_failed)
        job.signals.finished.connect(self._on_log_finished)
        self._log_job = job
        self.progress.setVisible(True)
        self._apply_permissions()
        self.queue.submit(job)
        return job

    def _on_log_progress(self, done: int, total: int, text: str) -> None:
        self.summary.setText(
            self.tr("Importing {file} ({done} of {total})…").format(
                file=text, done=done + 1, total=total
            )
        )

    def _on_log_finished(self) -> None:
        self._log_job = None
        self.progress.setVisible(self._job is not None)
        self._apply_permissions()

    def _on_log_exported(self, summary: ExportSummary) -> None:
        self.summary.setText(
            self.tr(
                "Exported {checks} checks ({records} records) to {path}. Give this file to the "
                "team lead."
            ).format(checks=summary.checks, records=summary.records, path=summary.path)
        )

    def _on_log_failed(self, exc: BaseException) -> None:
        self._show_summary()
        self._message(QMessageBox.Icon.Warning, self.tr("Log files"), str(exc))

    def _on_logs_imported(self, results: list[tuple[Path, ImportSummary | str]]) -> None:
        self.last_import = results
        lines = []
        refused = 0
        for path, result in results:
            if isinstance(result, str):
                refused += 1
                lines.append(result)
            else:
                lines.append(
                    self.tr(
                        "{file}: {added} new records ({checks} checks), {duplicates} already here "
                        "(exported by {officer}, month {month})."
                    ).format(
                        file=path.name,
                        added=result.added,
                        checks=result.checks_added,
                        duplicates=result.duplicates,
                        officer=result.exported_by or "?",
                        month=result.month,
                    )
                )
        icon = QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information
        self._message(icon, self.tr("Log files imported"), "\n\n".join(lines))
        self.reload()

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        self.import_result = box
        box.open()

    # -- text --

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Coverage"))
        self.month_label.setText(self.tr("Month:"))
        self.previous_button.setToolTip(self.tr("Previous month"))
        self.next_button.setToolTip(self.tr("Next month"))
        self.risk_label.setText(self.tr("Risk level:"))
        current = self.risk_combo.currentData()
        self.risk_combo.blockSignals(True)
        self.risk_combo.clear()
        self.risk_combo.addItem(self.tr("All EPEs"), "")
        for level in (RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW):
            self.risk_combo.addItem(level.label(), level.value)
        self.risk_combo.setCurrentIndex(max(0, self.risk_combo.findData(current or "")))
        self.risk_combo.blockSignals(False)
        self.csv_button.setText(self.tr("Save as CSV…"))
        self.export_log_button.setText(self.tr("Export my log…"))
        self.export_log_button.setToolTip(
            self.tr("Save your checks of this month as a signed file for the team lead")
        )
        self.import_button.setText(self.tr("Import logs…"))
        self.import_button.setToolTip(
            self.tr(
                "Add the log files exported on other workstations; duplicates are skipped and a "
                "changed file is refused"
            )
        )
        self.pdf_button.setText(self.tr("PDF report…"))
        self.pdf_button.setToolTip(
            self.tr("The month's report with sign-off lines for the officer and the team lead")
        )
        self.tabs.setTabText(0, self.tr("EPEs"))
        self.tabs.setTabText(1, self.tr("Heat map"))
        self.tabs.setTabText(2, self.tr("Last 12 months"))
        self.heat_legend.setText(
            self.tr(
                "One row per EPE, one column per day: the darker the green, the more checks; a "
                "blue "
                "outline is a planned check. Grey columns are weekends and holidays; EPEs in red "
                "are "
                "not checked yet this month."
            )
        )
        self.officers_label.setText(self.tr("Per officer"))
        self._size_columns()
        self._show_summary()

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        samples = {
            CoverageTableModel.TAX_ID: ["0000000000-000"],
            CoverageTableModel.RISK: [level.label() for level in RiskLevel],
            CoverageTableModel.DONE: ["00 / 00"],
            CoverageTableModel.LAST: ["00/00/0000", self.tr("never")],
            CoverageTableModel.RESULT: [r.label() for r in CheckResult]
            + [self.tr("Not checked this month")],
            CoverageTableModel.OFFICER: ["Nguyễn Thị Phương Thảo"],
        }
        for column, texts in samples.items():
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(t) for t in [*texts, heading])
            self.table.setColumnWidth(column, width + 24)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, CoverageTableModel.COLUMNS - 1
            )
        super().changeEvent(event)

    def closeEvent(self, event: Any) -> None:
        self.queue.cancel_all()
        self.queue.wait(10_000)
        super().closeEvent(event)


# --- the main window's entries ------------------------------------------------------------------


class RotationViews(QObject):
    """ "Coverage…" and "Monthly plan…" in the main window's Rotation menu, and the windows they
    open. Officers and team leads may open them (view-only may not); the plan is edited by team
    leads only. Retranslates itself when the window's language changes."""

    def __init__(
        self,
        registry: Registry,
        window: QWidget,
        menu: QMenu,
        officer: Callable[[], Officer | None],
        *,
        store: CredentialStore | None = None,
        title_menu: bool = False,
    ) -> None:
        super().__init__(window)
        self._registry = registry
        self._store = store
        self._window = window
        self._menu = menu
        self._title_menu = title_menu  # the menu was made here: name it too
        self._officer: Officer | None = officer()
        self.coverage: CoverageView | None = None
        self.plan: PlanCalendar | None = None
        self.action_coverage = QAction(window)
        self.action_coverage.setObjectName("actionCoverage")
        self.action_coverage.triggered.connect(self.open_coverage)
        self.action_plan = QAction(window)
        self.action_plan.setObjectName("actionMonthlyPlan")
        self.action_plan.triggered.connect(self.open_plan)
        self.action_letterhead = QAction(window)
        self.action_letterhead.setObjectName("actionLetterhead")
        self.action_letterhead.triggered.connect(self.open_letterhead)
        menu.addSeparator()
        menu.addActions([self.action_coverage, self.action_plan, self.action_letterhead])
        window.installEventFilter(self)
        self.retranslate_ui()
        self.set_officer(self._officer)

    @property
    def allowed(self) -> bool:
        return (
            self._officer is not None
            and self._officer.active
            and can(self._officer.role, Action.VIEW_COVERAGE)
        )

    def set_officer(self, officer: Officer | None) -> None:
        """Who is logged in now (the main window's ``officer_changed``)."""
        self._officer = officer
        for action in (self.action_coverage, self.action_plan):
            action.setEnabled(self.allowed)
        self.action_letterhead.setEnabled(
            officer is not None and officer.active and can(officer.role, Action.EDIT_PLANS)
        )
        for view in (self.coverage, self.plan):
            if view is None:
                continue
            view.set_officer(officer)
            if not self.allowed:
                view.close()  # the next person at the desk may not see it

    def refresh(self) -> None:
        """EPEs changed in the registry: recompute what is open."""
        for view in (self.coverage, self.plan):
            if view is not None and view.isVisible():
                view.reload()

    def _show(self, view: QWidget) -> None:
        view.show()
        view.raise_()
        view.activateWindow()

    def open_coverage(self) -> CoverageView | None:
        if not self.allowed:
            return None
        if self.coverage is None:
            self.coverage = CoverageView(
                self._registry, self._officer, store=self._store, parent=self._window
            )
            self.coverage.setWindowFlag(Qt.WindowType.Window)
            fit_to_screen(self.coverage, 1200, 780)
        else:
            self.coverage.set_officer(self._officer)
            self.coverage.reload()
        self._show(self.coverage)
        return self.coverage

    def open_plan(self) -> PlanCalendar | None:
        if not self.allowed:
            return None
        if self.plan is None:
            self.plan = PlanCalendar(self._registry, self._officer, parent=self._window)
            self.plan.setWindowFlag(Qt.WindowType.Window)
            fit_to_screen(self.plan, 1300, 860)
        else:
            self.plan.set_officer(self._officer)
            self.plan.reload()
        self._show(self.plan)
        return self.plan

    def open_letterhead(self) -> LetterheadDialog | None:
        """The team lead sets the agency, unit and place printed on every signed page."""
        if not self.action_letterhead.isEnabled():
            return None
        return open_dialog(LetterheadDialog(parent=self._window))

    def retranslate_ui(self) -> None:
        if self._title_menu:
            self._menu.setTitle(self.tr("&Rotation"))
        self.action_coverage.setText(self.tr("&Coverage…"))
        self.action_coverage.setStatusTip(
            self.tr("Which EPEs were checked this month, by whom, and which are still missing")
        )
        self.action_plan.setText(self.tr("Monthly &plan…"))
        self.action_plan.setStatusTip(
            self.tr("The monitoring plan on a calendar; team leads generate and edit it")
        )
        self.action_letterhead.setText(self.tr("&Letterhead of printed documents…"))
        self.action_letterhead.setStatusTip(
            self.tr(
                "The superior agency, unit and place printed at the top of the plan and the "
                "reports a chief signs"
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False
