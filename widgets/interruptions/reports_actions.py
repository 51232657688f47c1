"""The export actions of the register window: the monthly register as PDF and CSV, and the
filled Appendix II notification of the selected record.

The register window (``widgets/interruptions``, owned by the register's view) adds them with
one call::

    self.reports = ReportActions(self, registry, register, month=lambda: self.month,
                                 selected=self.selected_id, prepared_by=officer_name)
    toolbar.addActions(self.reports.actions())

Reading the register runs as a Job; the PDF is laid out on the GUI thread (QTextDocument), the
CSV written in the Job.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app import exports
from app.interruptions.register import InterruptionRegister
from app.interruptions.reports import (
    MonthlyRegister,
    appendix_ii,
    monthly_register,
    write_register_csv,
)
from app.timekeeping import Month, local_day
from app.workers import Job, JobQueue
from widgets.common.official_document import DocumentError


def _month_of(register: InterruptionRegister) -> Month:
    return Month.of(local_day(register.now()))


class ReportActions(QObject):
    """ "Monthly register (PDF)…", "Monthly register (CSV)…", "Appendix II notification…"."""

    exported = Signal(object)  # the Path written
    failed = Signal(str)  # the translated reason

    def __init__(
        self,
        window: QWidget,
        register: InterruptionRegister,
        *,
        month: Callable[[], Month] | None = None,
        selected: Callable[[], str | None] = lambda: None,
        prepared_by: Callable[[], str] = lambda: "",
    ) -> None:
        super().__init__(window)
        self._window = window
        self._register = register
        self._month = month or (lambda: _month_of(register))
        self._selected = selected
        self._prepared_by = prepared_by
        self.queue = JobQueue("interruption-reports", self)
        self.button: QPushButton | None = None  # set by install_report_button
        self.action_register_pdf = QAction(self)
        self.action_register_pdf.setObjectName("actionRegisterPdf")
        self.action_register_pdf.triggered.connect(self.export_register_pdf)
        self.action_register_csv = QAction(self)
        self.action_register_csv.setObjectName("actionRegisterCsv")
        self.action_register_csv.triggered.connect(self.export_register_csv)
        self.action_appendix = QAction(self)
        self.action_appendix.setObjectName("actionAppendixII")
        self.action_appendix.triggered.connect(self.export_appendix)
        window.installEventFilter(self)
        self.retranslate()
        self.refresh()

    def actions(self) -> list[QAction]:
        return [self.action_register_pdf, self.action_register_csv, self.action_appendix]

    def retranslate(self) -> None:
        if self.button is not None:
            self.button.setText(self.tr("&Reports"))
        self.action_register_pdf.setText(self.tr("Monthly register (&PDF)…"))
        self.action_register_csv.setText(self.tr("Monthly register (&CSV)…"))
        self.action_appendix.setText(self.tr("&Appendix II notification…"))
        self.action_appendix.setStatusTip(
            self.tr("The selected record as the filled Appendix II form (PDF)")
        )

    def refresh(self, _changed: object = None) -> None:
        """The Appendix II action needs a selected record: call when the selection changes."""
        self.action_appendix.setEnabled(self._selected() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- the monthly register --

    def _load(self, month: Month) -> Job:
        return Job(
            monthly_register,
            self._register,
            self._register.registry,
            month,
            now=self._register.now(),
            calendar=self._register.calendar,
        )

    def export_register_pdf(self) -> None:
        month = self._month()
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save the register of interruptions as PDF"),
            f"interruptions-{month}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.export_register_pdf_to(Path(path), month)

    def export_register_pdf_to(self, path: Path, month: Month | None = None) -> Job:
        job = self._load(month or self._month())
        job.signals.succeeded.connect(lambda report: self._write_register_pdf(report, path))
        job.signals.failed.connect(self._on_failed)
        self.queue.submit(job)
        return job

    def _write_register_pdf(self, report: MonthlyRegister, path: Path) -> None:
        from widgets.interruptions.reports_pdf import render_register_pdf

        # Laid out on the GUI thread (QTextDocument's fonts); a month of 1,000 records takes
        # seconds (tests/bench/reports_bench.py), so the officer sees the busy cursor.
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            out = render_register_pdf(report, path, prepared_by=self._prepared_by())
        except DocumentError as exc:
            QGuiApplication.restoreOverrideCursor()
            self._on_failed(exc)
            return
        QGuiApplication.restoreOverrideCursor()
        self._on_exported("interruptions_pdf", out, month=str(report.month))

    def export_register_csv(self) -> None:
        month = self._month()
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save the register of interruptions as CSV"),
            f"interruptions-{month}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_register_csv_to(Path(path), month)

    def export_register_csv_to(self, path: Path, month: Month | None = None) -> Job:
        month = month or self._month()
        register, now, calendar = self._register, self._register.now(), self._register.calendar

        def write() -> Path:
            report = monthly_register(
                register, register.registry, month, now=now, calendar=calendar
            )
            return write_register_csv(report, path)

        job = Job(write)
        job.signals.succeeded.connect(
            lambda out: self._on_exported("interruptions_csv", out, month=str(month))
        )
        job.signals.failed.connect(self._on_failed)
        self.queue.submit(job)
        return job

    # -- Appendix II --

    def export_appendix(self) -> None:
        record = self._selected()
        if record is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save the Appendix II notification as PDF"),
            f"appendix-ii-{record}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.export_appendix_to(Path(path), record)

    def export_appendix_to(self, path: Path, record: str | None = None) -> Path | None:
        from widgets.interruptions.reports_pdf import render_appendix_pdf

        record = record or self._selected()
        item = self._register.get(record) if record else None
        if item is None:
            return None
        try:
            out = render_appendix_pdf(appendix_ii(self._register.registry, item), path)
        except DocumentError as exc:
            self._on_failed(exc)
            return None
        self._on_exported("appendix_ii_pdf", out, record=item.id)
        return out

    # -- results --

    def _on_exported(self, what: str, path: object, **details: object) -> None:
        exports.announce(what, str(path), **details)
        self.exported.emit(Path(str(path)))

    def _on_failed(self, exc: BaseException) -> None:
        message = (
            str(exc)
            if isinstance(exc, DocumentError)
            else self.tr("The file could not be written ({error}).").format(
                error=getattr(exc, "strerror", None) or type(exc).__name__
            )
        )
        self.failed.emit(message)
        QMessageBox.warning(self._window, self.tr("The file was not saved"), message)


def install_report_button(
    window: QWidget,
    layout: QBoxLayout,
    register: InterruptionRegister,
    *,
    month: Callable[[], Month | None],
    selected: Callable[[], str | None],
    selection_changed: SignalInstance,
    prepared_by: Callable[[], str] = lambda: "",
) -> ReportActions:
    """A "Reports" button with its menu at the end of ``layout`` (the register window's row of
    buttons): the month shown (``month`` None: this month) and the selected record."""
    actions = ReportActions(
        window,
        register,
        month=lambda: month() or _month_of(register),
        selected=selected,
        prepared_by=prepared_by,
    )
    button = QPushButton(window)
    button.setObjectName("reports")
    menu = QMenu(button)
    menu.setObjectName("reportsMenu")
    menu.addActions(actions.actions())
    button.setMenu(menu)
    actions.button = button
    actions.retranslate()
    layout.addWidget(button)
    selection_changed.connect(actions.refresh)
    return actions
