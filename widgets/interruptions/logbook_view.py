"""The camera logbook of an EPE or one of its cameras (Decision 247 I.1.1 e.2), opened from the
site tree ("Camera logbook…" on an EPE or a camera): the outages and returns the monitor saw,
merged with the power failures, repairs and maintenance the officer wrote down, each with its
time (Vietnam), position, diagram number and interruption. "Add entry…" writes a new entry;
the period's logbook exports as PDF or CSV.

Reading runs as a Job (``app.interruptions.reports.camera_logbook``); the PDF is laid out on the
GUI thread (QTextDocument), the CSV written in the Job queue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import exports
from app.health.store import HealthStore
from app.interruptions import logbook
from app.interruptions.register import InterruptionError, InterruptionRegister
from app.interruptions.reports import (
    LogbookReport,
    camera_logbook,
    camera_place,
    interruption_of,
    short_id,
    write_logbook_csv,
)
from app.officers.profiles import Action, Officer, can
from app.safe_text import one_line
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, local, local_day, show_local, utc_now
from app.workers import Job, JobQueue
from widgets.common.dialogs import open_dialog
from widgets.common.field_error import FieldError, grow_to_fit
from widgets.common.official_document import DocumentError
from widgets.common.tool_window import adopt_tool_window, fit_to_screen

OfficerLookup = Callable[[], Officer | None]
DOWN_BACKGROUND = QColor("#fde8e7")
DOWN_TEXT = QColor("#8a1c12")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def load_logbook(
    registry: Registry,
    epe_id: int,
    camera_id: int | None,
    start: dt.date,
    end: dt.date,
    now: dt.datetime,
) -> LogbookReport:
    """The Job: the EPE's records, the monitor's changes and the officer's entries."""
    interruptions = InterruptionRegister(registry, clock=lambda: now).list(epe_id=epe_id)
    return camera_logbook(
        registry,
        HealthStore(registry),
        interruptions,
        epe_id,
        start=start,
        end=end,
        camera_id=camera_id,
        now=now,
    )


class AddEntryDialog(QDialog):
    """A power failure, repair, maintenance or other event the EPE reported, for one camera or
    the whole EPE, at a time in Vietnam (not in the future), with what happened."""

    added = Signal(object)  # LogbookEntry

    def __init__(
        self,
        registry: Registry,
        epe_id: int,
        officer_code: str,
        camera_number: int | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._epe_id = epe_id
        self._officer_code = officer_code
        self._clock = clock
        self.kind = QComboBox(self)
        for kind in logbook.LogbookEntryKind:
            self.kind.addItem(kind.label(), kind.value)
        self.camera = QComboBox(self)
        self.camera.addItem(self.tr("Whole EPE"), None)
        for camera in registry.list_cameras(epe_id):
            self.camera.addItem(
                f"{camera.diagram_number}. {one_line(camera_place(camera))}", camera.diagram_number
            )
        if camera_number is not None:
            self.camera.setCurrentIndex(max(0, self.camera.findData(camera_number)))
        now = local(clock())
        self.when = QDateTimeEdit(self)
        self.when.setTimeZone(QTimeZone(7 * 3600))
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.when.setDateTime(
            QDateTime(_qdate(now.date()), QTime(now.hour, now.minute), QTimeZone(7 * 3600))
        )
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("What happened, what was done"))
        self.error = FieldError("entry", self)
        form = QFormLayout()
        form.addRow(self.tr("&Event:"), self.kind)
        form.addRow(self.tr("&Camera:"), self.camera)
        form.addRow(self.tr("&What happened:"), self.note)
        form.addRow(self.tr("&Time (Vietnam):"), self.when)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.kind, self.camera)
        QWidget.setTabOrder(self.camera, self.note)
        QWidget.setTabOrder(self.note, self.when)
        self.setWindowTitle(self.tr("Add a logbook entry"))
        self.resize(460, self.sizeHint().height())
        self.kind.setFocus()

    def moment(self) -> dt.datetime:
        value = self.when.dateTime()
        day, clock = value.date(), value.time()
        return dt.datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=VIETNAM
        ).astimezone(dt.UTC)

    def accept(self) -> None:
        moment, camera = self.moment(), self.camera.currentData()
        # A camera's entry is linked to the interruption it was under at that time.
        records = InterruptionRegister(self._registry, self._clock).list(epe_id=self._epe_id)
        link = interruption_of(records, camera, moment) if camera is not None else None
        try:
            entry = logbook.add_entry(
                self._registry,
                self._epe_id,
                logbook.LogbookEntryKind(self.kind.currentData()),
                moment,
                self.note.text(),
                officer_code=self._officer_code,
                camera=camera,
                interruption_id=link,
                clock=self._clock,
            )
        except InterruptionError as exc:
            self.error.show_message(str(exc))
            grow_to_fit(self)
            return
        self.added.emit(entry)
        super().accept()


class LogbookView(QWidget):
    """The logbook window of one EPE, showing all its cameras or one."""

    loaded = Signal()

    def __init__(
        self,
        registry: Registry,
        epe_id: int,
        camera_id: int | None = None,
        *,
        officer: OfficerLookup = lambda: None,
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("logbookView")
        self._registry = registry
        self._epe_id = epe_id
        self._officer = officer
        self._clock = clock
        self._epe = registry.get_epe(epe_id)
        self.report: LogbookReport | None = None
        self._job: Job | None = None
        self._reload_after = False
        self.queue = JobQueue("logbook", self)
        self.dialog: AddEntryDialog | None = None

        self.camera = QComboBox(self)
        self.camera.addItem("", None)
        for camera in registry.list_cameras(epe_id):
            self.camera.addItem(
                f"{camera.diagram_number}. {one_line(camera_place(camera))}", camera.id
            )
        if camera_id is not None:
            self.camera.setCurrentIndex(max(0, self.camera.findData(camera_id)))
        today = local_day(clock())
        self.start = QDateEdit(_qdate(today.replace(day=1)), self)
        self.end = QDateEdit(_qdate(today), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.camera_label = QLabel(self)
        self.camera_label.setBuddy(self.camera)
        self.from_label = QLabel(self)
        self.from_label.setBuddy(self.start)
        self.to_label = QLabel(self)
        self.to_label.setBuddy(self.end)
        filters = QHBoxLayout()
        filters.addWidget(self.camera_label)
        filters.addWidget(self.camera, 1)
        filters.addWidget(self.from_label)
        filters.addWidget(self.start)
        filters.addWidget(self.to_label)
        filters.addWidget(self.end)

        self.table = QTableWidget(0, 7, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.add_button = QPushButton(self)
        self.add_button.setObjectName("logbookAdd")
        self.add_button.clicked.connect(self.add_entry)
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.csv_button = QPushButton(self)
        self.csv_button.clicked.connect(self.export_csv)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.csv_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        adopt_tool_window(self)
        fit_to_screen(self, 1000, 560)
        self.retranslate()
        self.camera.currentIndexChanged.connect(self.reload)
        self.start.dateChanged.connect(self.reload)
        self.end.dateChanged.connect(self.reload)
        self.refresh_permissions()
        self.reload()

    # -- texts --

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Camera logbook — {name} ({tax_id})").format(
                name=one_line(self._epe.name), tax_id=one_line(self._epe.tax_id)
            )
        )
        self.camera.setItemText(0, self.tr("All cameras"))
        self.camera_label.setText(self.tr("&Camera:"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time (Vietnam)"),
                self.tr("Camera"),
                self.tr("Position"),
                self.tr("Event"),
                self.tr("Details"),
                self.tr("Officer"),
                self.tr("Interruption"),
            ]
        )
        self.add_button.setText(self.tr("&Add entry…"))
        self.pdf_button.setText(self.tr("Export &PDF…"))
        self.csv_button.setText(self.tr("Export C&SV…"))
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():  # a closed window reads nothing more
                self.reload()  # the events and positions are words of the language too
        super().changeEvent(event)

    def _officer_code(self) -> str | None:
        officer = self._officer()
        if officer is None or not officer.active or not can(officer.role, Action.ADD_LOGBOOK_ENTRY):
            return None
        return officer.code

    def refresh_permissions(self, _officer: object = None) -> None:
        allowed = self._officer_code() is not None
        self.add_button.setEnabled(allowed)
        if allowed:
            self.add_button.setToolTip("")
        elif self._officer() is None:
            self.add_button.setToolTip(self.tr("Log in to add entries to the logbook."))
        else:
            self.add_button.setToolTip(self.tr("Your role may read the logbook, not add to it."))
        loaded = self.report is not None
        self.pdf_button.setEnabled(loaded)
        self.csv_button.setEnabled(loaded)

    # -- loading --

    def period(self) -> tuple[dt.date, dt.date]:
        start, end = _date(self.start.date()), _date(self.end.date())
        return (start, end) if start <= end else (end, start)

    def reload(self) -> None:
        if self._job is not None:
            self._reload_after = True
            return
        start, end = self.period()
        job = Job(
            load_logbook,
            self._registry,
            self._epe_id,
            self.camera.currentData(),
            start,
            end,
            self._clock(),
        )
        job.signals.succeeded.connect(self._on_loaded)
        job.signals.failed.connect(self._on_failed)
        job.signals.finished.connect(self._on_finished)
        self._job = job
        self.summary.setText(self.tr("Reading the logbook…"))
        self.queue.submit(job)

    def _on_finished(self) -> None:
        self._job = None
        if self._reload_after:
            self._reload_after = False
            self.reload()

    def _on_failed(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("The logbook could not be read: {error}").format(error=exc))

    def _on_loaded(self, report: LogbookReport) -> None:
        if self._reload_after:
            return  # the filters changed meanwhile: the next load shows them
        self.report = report
        self.table.setRowCount(len(report.lines))
        for row, line in enumerate(report.lines):
            texts = [
                show_local(line.at),
                line.camera_text,
                line.position,
                line.event,
                line.details,
                line.officer,
                short_id(line.interruption_id),
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(one_line(text))
                if column == 4:
                    item.setToolTip(one_line(text))
                if column == 6 and line.interruption_id:
                    item.setToolTip(one_line(line.interruption_id))
                if line.down:
                    item.setBackground(QBrush(DOWN_BACKGROUND))
                    item.setForeground(QBrush(DOWN_TEXT))
                self.table.setItem(row, column, item)
        self._show_summary()
        self.refresh_permissions()
        self.loaded.emit()

    def _show_summary(self) -> None:
        if self.report is None:
            return
        outages = sum(1 for line in self.report.lines if line.down)
        entries = sum(1 for line in self.report.lines if line.officer)
        self.summary.setText(
            self.tr(
                "{outages} outage(s) seen by the monitor, {entries} officer entry(ies)."
            ).format(outages=outages, entries=entries)
        )

    # -- adding an entry --

    def add_entry(self) -> AddEntryDialog | None:
        code = self._officer_code()
        if code is None:
            return None
        camera_id = self.camera.currentData()
        number = (
            self._registry.get_camera(camera_id).diagram_number if camera_id is not None else None
        )
        dialog = AddEntryDialog(
            self._registry, self._epe_id, code, number, clock=self._clock, parent=self
        )
        dialog.added.connect(lambda _entry: self.reload())
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        return open_dialog(dialog)

    def _forget_dialog(self) -> None:
        self.dialog = None

    # -- export --

    def _file_name(self, suffix: str) -> str:
        start, end = self.period()
        return f"logbook-{self._epe.tax_id}-{start:%Y%m%d}-{end:%Y%m%d}.{suffix}"

    def export_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the logbook as PDF"),
            self._file_name("pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.export_pdf_to(Path(path))

    def export_pdf_to(self, path: Path) -> Path | None:
        """Laid out on the GUI thread (QTextDocument's fonts are not for worker threads)."""
        from widgets.interruptions.reports_pdf import render_logbook_pdf

        if self.report is None:
            return None
        try:
            out = render_logbook_pdf(self.report, path)
        except DocumentError as exc:
            self._on_export_failed(exc)
            return None
        self._on_exported(out)
        return out

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the logbook as CSV"),
            self._file_name("csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_csv_to(Path(path))

    def export_csv_to(self, path: Path) -> Job | None:
        if self.report is None:
            return None
        job = Job(write_logbook_csv, self.report, path)
        job.signals.succeeded.connect(self._on_exported)
        job.signals.failed.connect(self._on_export_failed)
        self.queue.submit(job)
        return job

    def _on_exported(self, path: object) -> None:
        what = "logbook_pdf" if str(path).lower().endswith(".pdf") else "logbook_csv"
        exports.announce(what, str(path), epe=self._epe.tax_id)
        self.summary.setText(self.tr("Saved {path}.").format(path=path))

    def _on_export_failed(self, exc: BaseException) -> None:
        message = (
            str(exc)
            if isinstance(exc, DocumentError)
            else self.tr("The file could not be written ({error}).").format(
                error=getattr(exc, "strerror", None) or type(exc).__name__
            )
        )
        QMessageBox.warning(self, self.tr("The file was not saved"), message)

    def closeEvent(self, event: object) -> None:  # type: ignore[override]
        self.queue.cancel_all()
        super().closeEvent(event)  # type: ignore[arg-type]


class LogbookLauncher(QObject):
    """The site tree's "Camera logbook…" action, on an EPE or a camera."""

    def __init__(
        self,
        window: QWidget,
        registry: Registry,
        officer: OfficerLookup,
        selected_epe: Callable[[], int | None],
        selected_camera: Callable[[], int | None],
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._registry = registry
        self._officer = officer
        self._selected_epe = selected_epe
        self._selected_camera = selected_camera
        self.clock = clock  # tests give the window a fixed day
        self.view: LogbookView | None = None
        self.action = QAction(self)
        self.action.setObjectName("actionCameraLogbook")
        self.action.triggered.connect(self.open)
        window.installEventFilter(self)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Camera lo&gbook…"))
        self.action.setStatusTip(
            self.tr("Outages, power failures, repairs and maintenance of the selected cameras")
        )

    def refresh(self, _changed: object = None) -> None:
        self.action.setEnabled(self._selected_epe() is not None)
        if self.view is not None:
            self.view.refresh_permissions()

    def open(self) -> LogbookView | None:
        epe_id = self._selected_epe()
        if epe_id is None:
            return None
        if self.view is not None:
            self.view.close()
        view = LogbookView(
            self._registry,
            epe_id,
            self._selected_camera(),
            officer=self._officer,
            clock=self.clock,
            parent=self._window,
        )
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.destroyed.connect(self._forget)
        self.view = view
        view.show()
        return view

    def _forget(self) -> None:
        self.view = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


__all__ = ["AddEntryDialog", "LogbookLauncher", "LogbookView", "load_logbook"]
