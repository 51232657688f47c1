"""The officer's reconciliation review, "Đối chiếu tờ khai" (issue #14): an EPE and a Vietnamese
day; the customs file imported (all or nothing, every bad line shown, a dry run first); the gate
scanned; one row per declared container or plate and per undeclared or unreadable read, with the
read's crop; each row played back at its moment, confirmed or overridden with a reason (a record
of the check log); the end of the review is a check of the EPE, counted in its month coverage.

Loading (SQLite, the crop files), importing and writing run in Jobs; the window never waits."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.declarations import decision_records
from app.declarations.documents import CustomsDocument, DocumentKind
from app.declarations.importing import ImportReport, import_steps
from app.declarations.reconcile import Status
from app.declarations.review import DayReview, FindingRef, ReviewBook
from app.declarations.store import list_documents
from app.declarations.wording import show_code, show_duration, status_label
from app.domain import ValidationError
from app.officers.profiles import Action, Officer, can
from app.safe_text import one_line
from app.sites.registry import Registry
from app.timekeeping import local_day, show_local, utc_now
from app.user_files import MB, UserFileError, read_user_file
from app.workers import Job, JobQueue
from widgets.common.dialogs import open_dialog
from widgets.common.field_error import FieldError
from widgets.common.tool_window import ToolWindowEntry, adopt_tool_window
from widgets.declarations.scan_dialog import ScanDialog

CROP, STATUS, DOCUMENT, DECLARED, READ, TIME, CAMERA, OFFSET, DECISION = range(9)
COLUMNS = 9
THUMB = QSize(96, 32)
BIG = QSize(480, 240)
SIDE_WIDTH = 340  # the crop and the details beside the table
CROP_MAX_BYTES = 4 * MB
SEEN_COLOUR = QColor("#d5ecd4")
OPEN_COLOUR = QColor("#ffd9a8")
DECIDED_COLOUR = QColor("#e4e4f4")

# Opens the playback window on a camera (registry id) at a moment: the main window's playback.
PlaybackOpener = Callable[[int, dt.datetime], Any]


@dataclass
class Loaded:
    """What the loading Job hands the window: the review, the crops (read and scaled off the
    GUI thread), and the registry ids of the EPE's cameras by diagram number."""

    review: DayReview
    thumbs: dict[str, QImage] = field(default_factory=dict)
    bigs: dict[str, QImage] = field(default_factory=dict)
    camera_ids: dict[int, int] = field(default_factory=dict)


def _crop_file(registry: Registry, crop_path: str) -> Path:
    path = Path(crop_path)
    if path.is_absolute() or registry.path is None:
        return path
    return registry.path.parent / path  # relative crops live in the data folder


def load_day(registry: Registry, book: ReviewBook, epe_id: int, day: dt.date) -> Loaded:
    review = book.load(epe_id, day)
    loaded = Loaded(review)
    for camera in registry.list_cameras(epe_id):
        if camera.id is not None:
            loaded.camera_ids[camera.diagram_number] = camera.id
    for row in review.rows:
        if not row.crop_path or row.crop_path in loaded.thumbs:
            continue
        try:
            data = read_user_file(_crop_file(registry, row.crop_path), CROP_MAX_BYTES)
        except UserFileError:
            continue  # a crop moved or deleted: the row shows no picture, says so in its tooltip
        image = QImage.fromData(data)
        if image.isNull():
            continue
        keep = Qt.AspectRatioMode.KeepAspectRatio
        smooth = Qt.TransformationMode.SmoothTransformation
        loaded.thumbs[row.crop_path] = image.scaled(THUMB, keep, smooth)
        big = image if image.width() <= BIG.width() else image.scaled(BIG, keep, smooth)
        loaded.bigs[row.crop_path] = big
    return loaded


# --- the customs file ----------------------------------------------------------------------------


class ImportDialog(QDialog):
    """A customs file (CSV or .xlsx) checked line by line, then imported all or nothing."""

    imported = Signal(object)  # the ImportReport of a file imported

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("declarationsImport")
        self._registry = registry
        self.queue = JobQueue("declarations-import", self)
        self.job: Job | None = None
        self.report: ImportReport | None = None
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        self.button_browse = QPushButton(self)
        self.button_browse.setObjectName("browse")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setObjectName("importResult")
        self.result.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("importProblems")
        # A reason is a sentence or two: wrapped in the list, never cut at its right edge.
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.button_check = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.button_check.setObjectName("dryRun")
        self.button_import = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.button_import.setObjectName("importFile")
        self.button_close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.button_close.clicked.connect(self.reject)
        self.button_check.clicked.connect(lambda: self.run(dry_run=True))
        self.button_import.clicked.connect(lambda: self.run(dry_run=False))
        self.button_browse.clicked.connect(self.browse)
        self.path.textChanged.connect(self._update)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.button_browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(760, 460)
        self._update()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import a customs file"))
        self.intro.setText(
            self.tr(
                "Declarations, release confirmations, warehouse receipts and delivery notes, one "
                "per line (CSV UTF-8 or Excel .xlsx). Every line is checked first: nothing is "
                "imported while one line is wrong."
            )
        )
        self.path.setPlaceholderText(self.tr("The customs file (.csv or .xlsx)"))
        self.button_browse.setText(self.tr("Choose…"))
        self.button_check.setText(self.tr("Check only"))
        self.button_import.setText(self.tr("Import"))
        self.button_close.setText(self.tr("Close"))

    def _update(self) -> None:
        ready = bool(self.path.text().strip()) and self.job is None
        self.button_check.setEnabled(ready)
        self.button_import.setEnabled(ready)

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a customs file"),
            "",
            self.tr("Customs files (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    def run(self, dry_run: bool) -> Job | None:
        text = self.path.text().strip()
        if not text or self.job is not None:
            return None
        self.problems.clear()
        self.result.setText(self.tr("Checking…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        job = Job(import_steps, self._registry, Path(text), dry_run)
        job.signals.progress.connect(self._on_progress)
        job.signals.succeeded.connect(self._on_done)
        job.signals.failed.connect(self._on_failed)
        job.signals.finished.connect(self._on_finished)
        self.job = job
        self._update()
        return self.queue.submit(job)

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_finished(self) -> None:
        self.job = None
        self.progress.setVisible(False)
        self._update()

    def _on_failed(self, exc: BaseException) -> None:
        self.result.setText(self.tr("The file cannot be read: {why}").format(why=exc))

    def _on_done(self, report: ImportReport) -> None:
        self.report = report
        name = Path(report.path).name
        if report.problems:
            self.result.setText(
                self.tr(
                    "Nothing was imported from {name}: {n} problem(s) to fix in the file first."
                ).format(name=name, n=len(report.problems))
            )
            for problem in report.problems:
                self.problems.addItem(one_line(str(problem)))
            return
        if report.dry_run:
            self.result.setText(
                self.tr("{name} can be imported ({rows} lines). {summary}").format(
                    name=name, rows=report.rows, summary=report.summary()
                )
            )
            for document in report.documents:
                self.problems.addItem(self._preview_line(document))
            return
        self.result.setText(
            self.tr("{name} was imported. {summary}").format(name=name, summary=report.summary())
        )
        self.imported.emit(report)

    def _preview_line(self, document: CustomsDocument) -> str:
        """A document as the dry run lists it: kind, number, direction, codes, window."""
        codes = "; ".join(c for c in (document.shown_containers(), document.shown_plates()) if c)
        return self.tr("{kind} {number} ({direction}): {codes}; {start} to {end}").format(
            kind=document.kind.label(),
            number=one_line(document.number),
            direction=document.direction.label(),
            codes=codes,
            start=show_local(document.window_start, day_first=True),
            end=show_local(document.window_end, date=False),
        )

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()  # a cancel never cuts the write: its last yield comes before it
        super().reject()


# --- a decision ----------------------------------------------------------------------------------


class DecisionDialog(QDialog):
    """Confirm the row's status, or override it; an override needs a reason."""

    def __init__(
        self, row: FindingRef, verdict: str, crop: QPixmap | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.row = row
        self.verdict = verdict
        overriding = verdict == decision_records.OVERRIDDEN
        self.what = QLabel(self)
        self.what.setWordWrap(True)
        self.what.setText(f"{row_title(row)}\n{status_label(row.status)}: {one_line(row.reason)}")
        self.crop = QLabel(self)
        self.crop.setObjectName("decisionCrop")
        if crop is not None:
            self.crop.setPixmap(crop)
        self.crop.setVisible(crop is not None)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("decisionReason")
        self.error = FieldError("reason", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if overriding:
            self.setWindowTitle(self.tr("Override the status"))
            ok.setText(self.tr("Override"))
            self.edit.setPlaceholderText(
                self.tr(
                    "Why the status is wrong (required): what the picture and the documents show"
                )
            )
        else:
            self.setWindowTitle(self.tr("Confirm the status"))
            ok.setText(self.tr("Confirm"))
            self.edit.setPlaceholderText(self.tr("A note (optional)"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.crop, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 380 if crop is not None else 260)

    def reason(self) -> str:
        return self.edit.toPlainText().strip()

    def _accept(self) -> None:
        text = self.reason()
        if self.verdict == decision_records.OVERRIDDEN and not text:
            self.error.show_message(self.tr("Say why you override the status."))
            return
        if len(text) > decision_records.REASON_MAX:
            self.error.show_message(
                self.tr("The reason is too long (at most {n} characters).").format(
                    n=decision_records.REASON_MAX
                )
            )
            return
        self.accept()


def row_title(row: FindingRef) -> str:
    """The row in a few words: the document and the code."""
    code = row.code_shown()
    if row.document_kind:
        kind = DocumentKind(row.document_kind).label()
        return f"{kind} {one_line(row.document_number)} · {code}"
    return code


# --- the window ----------------------------------------------------------------------------------


class ReviewWindow(QWidget):
    """The review as a tool window: an EPE and a day; its rows; decisions; the review's end."""

    loaded = Signal()
    decided = Signal(object)  # the FindingRef with its new decision
    finished = Signal(object)  # the check written

    def __init__(
        self,
        registry: Registry,
        officer: Officer | None,
        clock: Callable[[], dt.datetime] = utc_now,
        open_playback: PlaybackOpener | None = None,
        epe_id: int | None = None,
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reconciliationReview")
        self._registry = registry
        self._officer = officer
        self._clock = clock
        self._open_playback = open_playback
        self._book = ReviewBook(registry, clock)
        self.review: DayReview | None = None
        self.rows: list[FindingRef] = []
        self.thumbs: dict[str, QPixmap] = {}
        self.bigs: dict[str, QPixmap] = {}
        self.camera_ids: dict[int, int] = {}
        self.queue = JobQueue("reconciliation-review", self)
        self.write_queue = JobQueue("reconciliation-decisions", self)
        self.job: Job | None = None
        self.dialog: QDialog | None = None
        self.scan: QWidget | None = None
        self._decided_keys: set[str] = set()  # rows decided in this window since it ended

        self.epe_label = QLabel(self)
        self.epe = QComboBox(self)
        self.epe.setObjectName("epe")
        self.epe_label.setBuddy(self.epe)
        self.day_label = QLabel(self)
        self.day = QDateEdit(self)
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day_label.setBuddy(self.day)
        self.button_import = QPushButton(self)
        self.button_import.setObjectName("importCustomsFile")
        self.button_scan = QPushButton(self)
        self.button_scan.setObjectName("scanGate")
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(10)
        self.progress.setTextVisible(False)
        self.button_play = QPushButton(self)
        self.button_play.setObjectName("playBack")
        self.button_confirm = QPushButton(self)
        self.button_confirm.setObjectName("confirm")
        self.button_override = QPushButton(self)
        self.button_override.setObjectName("override")
        self.only_open = QCheckBox(self)
        self.only_open.setObjectName("onlyOpen")
        self.button_finish = QPushButton(self)
        self.button_finish.setObjectName("finishReview")
        self.button_case = QPushButton(self)
        self.button_case.setObjectName("openCase")
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("findings")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows go into a case together (Ctrl/Shift-click); a decision is on one row.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setIconSize(THUMB)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(THUMB.height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DECISION, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.preview = QLabel(self)
        self.preview.setObjectName("cropPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(SIDE_WIDTH // 2, BIG.height() // 3)
        self.preview.setStyleSheet("background: #202020; color: #dddddd;")
        self.details = QLabel(self)
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.epe_label)
        top.addWidget(self.epe, 1)
        top.addWidget(self.day_label)
        top.addWidget(self.day)
        top.addWidget(self.button_import)
        top.addWidget(self.button_scan)
        actions = QHBoxLayout()
        for button in (
            self.button_play,
            self.button_confirm,
            self.button_override,
            self.button_case,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.only_open)
        actions.addWidget(self.button_finish)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.preview)
        side_layout.addWidget(self.details, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        side.setMinimumWidth(SIDE_WIDTH)
        side.setMaximumWidth(SIDE_WIDTH + 40)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        chosen = day or local_day(clock())
        if epe_id is None:  # nothing chosen in the tree: an EPE with documents that day
            with_documents = list_documents(registry, day=chosen)
            epe_id = with_documents[0].epe_id if with_documents else None
        self._fill_epes(epe_id)
        self.day.setDate(QDate(chosen.year, chosen.month, chosen.day))
        self.epe.currentIndexChanged.connect(self.reload)
        self.day.dateChanged.connect(self.reload)
        self.button_import.clicked.connect(self.import_file)
        self.button_scan.clicked.connect(self._scan_gate)
        self.button_play.clicked.connect(self.play_selected)
        self.button_confirm.clicked.connect(lambda: self.decide(decision_records.CONFIRMED))
        self.button_override.clicked.connect(lambda: self.decide(decision_records.OVERRIDDEN))
        self.button_finish.clicked.connect(self.finish)
        self.button_case.clicked.connect(self.open_case)
        self.only_open.toggled.connect(self._fill)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda _row, _column: self.play_selected())
        self.retranslate_ui()
        adopt_tool_window(self)
        self.progress.setVisible(False)
        self._update_buttons()
        self.reload()

    # -- choices --

    def _fill_epes(self, epe_id: int | None) -> None:
        self.epe.blockSignals(True)
        self.epe.clear()
        for epe in sorted(self._registry.list_epes(), key=lambda e: e.name.casefold()):
            self.epe.addItem(f"{one_line(epe.name)} ({epe.tax_id})", epe.id)
        if epe_id is not None:
            self.epe.setCurrentIndex(max(0, self.epe.findData(epe_id)))
        self.epe.blockSignals(False)

    def epe_id(self) -> int | None:
        data = self.epe.currentData()
        return int(data) if data is not None else None

    def chosen_day(self) -> dt.date:
        date = self.day.date()
        return dt.date(date.year(), date.month(), date.day())

    def set_officer(self, officer: Officer | None) -> None:
        self._officer = officer
        self._update_buttons()

    def _may_decide(self) -> bool:
        officer = self._officer
        return officer is not None and officer.active and can(officer.role, Action.RUN_CHECK)

    # -- rows --

    def selected(self) -> FindingRef | None:
        """The row to act on: the one selected (None when none or several are)."""
        chosen = self.selected_findings()
        return chosen[0] if len(chosen) == 1 else None

    def selected_findings(self) -> list[FindingRef]:
        """The rows selected, in table order, with their evidence (crop, frame SHA-256, camera,
        moment) and decision: what a case (II.2.3) takes from the review."""
        by_key = {r.key: r for r in self.rows}
        found: list[FindingRef] = []
        for index in sorted(i.row() for i in self.table.selectionModel().selectedRows()):
            cell = self.table.item(index, STATUS)
            row = by_key.get(cell.data(Qt.ItemDataRole.UserRole)) if cell else None
            if row is not None:
                found.append(row)
        return found

    def shown_rows(self) -> list[FindingRef]:
        if self.only_open.isChecked():
            return [r for r in self.rows if r.needs_decision]
        return list(self.rows)

    def _update_buttons(self) -> None:
        row = self.selected()
        working = self.job is not None
        self.button_play.setEnabled(
            row is not None
            and row.at is not None
            and row.camera in self.camera_ids
            and self._open_playback is not None
        )
        may = self._may_decide() and not working
        self.button_confirm.setEnabled(may and row is not None and row.decided is None)
        self.button_override.setEnabled(may and row is not None and row.decided is None)
        review = self.review
        self.button_finish.setEnabled(
            may
            and review is not None
            and bool(self.rows)
            and review.open_rows == 0
            and (review.finished is None or self._changed_since_finish())
        )
        officer = self._officer
        self.button_case.setEnabled(
            officer is not None
            and officer.active
            and can(officer.role, Action.OPEN_CASE)
            and any(r.status is not Status.SEEN for r in self.selected_findings())
        )
        self.button_import.setEnabled(self._may_decide())
        self.button_scan.setEnabled(self._may_decide() and self.epe_id() is not None)

    def _changed_since_finish(self) -> bool:
        """A decision taken after the review ended: ending it again writes the new summary (a
        second check of the day, as the officer did look again)."""
        review = self.review
        if review is None or review.finished is None:
            return False
        ended = review.finished.finished_at
        return any(
            row.decided is not None and row.decided.decided_at > ended for row in self.rows
        ) or bool(self._decided_keys)

    # -- loading --

    def reload(self) -> Job | None:
        """Reconcile the chosen EPE-day again (documents, reads, decisions, crops) in a Job."""
        if self.job is not None:
            self.job.cancel()
        epe_id = self.epe_id()
        if epe_id is None:
            self.rows = []
            self.review = None
            self.message.setText(self.tr("No EPE in the registry yet."))
            self._fill()
            return None
        job = Job(load_day, self._registry, self._book, epe_id, self.chosen_day())
        job.signals.succeeded.connect(lambda found, job=job: self._on_loaded(job, found))
        job.signals.failed.connect(lambda exc, job=job: self._on_failed(job, exc))
        self.job = job
        self.progress.setVisible(True)
        self.message.clear()
        self._update_buttons()
        return self.queue.submit(job)

    def _on_loaded(self, job: Job, loaded: Loaded) -> None:
        if job is not self.job:
            return
        self.job = None
        self.progress.setVisible(False)
        self.review = loaded.review
        self.rows = list(loaded.review.rows)
        self._decided_keys.clear()
        self.thumbs = {k: QPixmap.fromImage(v) for k, v in loaded.thumbs.items()}
        self.bigs = {k: QPixmap.fromImage(v) for k, v in loaded.bigs.items()}
        self.camera_ids = loaded.camera_ids
        self._fill()
        self.loaded.emit()

    def _on_failed(self, job: Job, exc: BaseException) -> None:
        if job is not self.job:
            return
        self.job = None
        self.progress.setVisible(False)
        self.message.setText(self.tr("The day could not be reconciled: {why}").format(why=exc))
        self._update_buttons()

    def stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    # -- the table --

    def _decision_text(self, row: FindingRef) -> str:
        decided = row.decided
        if decided is None:
            if row.status is Status.SEEN:
                return self.tr("Matches")
            if row.decision is not None:
                return self.tr("Status changed since the decision: decide again")
            return self.tr("To decide")
        who = one_line(decided.officer_name or decided.officer_code)
        when = show_local(decided.decided_at, day_first=True)
        if decided.verdict == decision_records.OVERRIDDEN:
            text = self.tr("Overridden by {who}, {when}: {reason}")
        elif decided.reason:
            text = self.tr("Confirmed by {who}, {when}: {reason}")
        else:
            text = self.tr("Confirmed by {who}, {when}")
        return text.format(who=who, when=when, reason=one_line(decided.reason))

    def _offset_text(self, row: FindingRef) -> str:
        if row.offset is None:
            return ""
        amount = show_duration(row.offset)
        if row.offset < dt.timedelta():
            return self.tr("{amount} early").format(amount=amount)
        return self.tr("{amount} late").format(amount=amount)

    def _time_text(self, row: FindingRef) -> str:
        """The first read's time; the date only when it is not the day reviewed."""
        if row.at is None:
            return ""
        same_day = self.review is not None and local_day(row.at) == self.review.day
        return show_local(row.at, date=not same_day, seconds=True)

    def _cells(self, row: FindingRef) -> list[str]:
        document = ""
        if row.document_kind:
            document = f"{DocumentKind(row.document_kind).label()} {one_line(row.document_number)}"
        return [
            "" if row.crop_path in self.thumbs else (self.tr("no picture") if row.at else ""),
            status_label(row.status),
            document,
            show_code(row.kind, row.declared) if row.declared else "",
            one_line(show_code(row.kind, row.seen)) if row.seen else "",
            self._time_text(row),
            "" if row.camera is None else str(row.camera),
            self._offset_text(row),
            self._decision_text(row),
        ]

    def _fill(self) -> None:
        keep = self.selected()
        shown = self.shown_rows()
        self.table.setRowCount(len(shown))
        chosen = -1
        for index, row in enumerate(shown):
            for column, text in enumerate(self._cells(row)):
                cell = QTableWidgetItem(text)
                if column != CROP:
                    cell.setToolTip(text)
                if row.status is Status.SEEN and row.decided is None:
                    cell.setBackground(SEEN_COLOUR)
                elif row.needs_decision:
                    cell.setBackground(OPEN_COLOUR)
                else:
                    cell.setBackground(DECIDED_COLOUR)
                self.table.setItem(index, column, cell)
            crop = self.table.item(index, CROP)
            assert crop is not None
            thumb = self.thumbs.get(row.crop_path)
            if thumb is not None:
                crop.setData(Qt.ItemDataRole.DecorationRole, thumb)
                # The bigger view on hover: a rich tooltip with the crop at its own size.
                source = html.escape(str(_crop_file(self._registry, row.crop_path)), quote=True)
                crop.setToolTip(f'<img src="{source}">')
            status = self.table.item(index, STATUS)
            assert status is not None
            status.setData(Qt.ItemDataRole.UserRole, row.key)
            status.setToolTip(one_line(row.reason))
            if keep is not None and row.key == keep.key:
                chosen = index
        if chosen >= 0:
            self.table.selectRow(chosen)
        self._show_summary()
        self._update_buttons()
        self._show_details()

    def _show_summary(self) -> None:
        review = self.review
        if review is None:
            self.summary.clear()
            return
        text = self.tr(
            "{documents} documents, {reads} gate reads: {rows} rows, {open} to decide"
        ).format(
            documents=review.documents,
            reads=review.reads,
            rows=len(self.rows),
            open=sum(1 for r in self.rows if r.needs_decision),
        )
        if review.finished is not None:
            text += " · " + self.tr("review ended by {who}, {when}").format(
                who=one_line(review.finished.officer_name),
                when=show_local(review.finished.finished_at, day_first=True),
            )
        self.summary.setText(text)
        if not self.rows:
            self.message.setText(
                self.tr(
                    "No declaration and no gate read for this day: import the customs file, "
                    "then scan the gate."
                )
            )

    def _selection_changed(self) -> None:
        self._update_buttons()
        self._show_details()

    def _show_details(self) -> None:
        row = self.selected()
        if row is None:
            self.preview.clear()
            self.preview.setText(self.tr("Select a row to see its picture."))
            self.details.clear()
            return
        big = self.bigs.get(row.crop_path)
        if big is not None:
            if big.width() > SIDE_WIDTH:
                big = big.scaledToWidth(SIDE_WIDTH, Qt.TransformationMode.SmoothTransformation)
            self.preview.setPixmap(big)
        else:
            self.preview.clear()
            self.preview.setText(self.tr("No picture for this row."))
        lines = [row_title(row), f"{status_label(row.status)}: {one_line(row.reason)}"]
        if row.window_start is not None and row.window_end is not None:
            lines.append(
                self.tr("Expected at the gate: {start} to {end}").format(
                    start=show_local(row.window_start, day_first=True),
                    end=show_local(row.window_end, date=False),
                )
            )
        if row.frame_sha256:
            # Cut to fit the pane (a hash does not wrap); the tooltip has it whole.
            lines.append(self.tr("Frame SHA-256: {sha}").format(sha=row.frame_sha256[:16] + "…"))
            self.details.setToolTip(row.frame_sha256)
        else:
            self.details.setToolTip("")
        lines.append(self._decision_text(row))
        self.details.setText("\n".join(lines))

    # -- acting --

    def play_selected(self) -> Any:
        """The row's camera in playback at the moment of its first read."""
        row = self.selected()
        if row is None or row.at is None or row.camera is None or self._open_playback is None:
            return None
        camera_id = self.camera_ids.get(row.camera)
        if camera_id is None:
            return None
        return self._open_playback(camera_id, row.at)

    def decide(self, verdict: str) -> DecisionDialog | None:
        row = self.selected()
        if row is None or row.decided is not None or not self._may_decide():
            return None
        dialog = DecisionDialog(row, verdict, self.bigs.get(row.crop_path), self)
        dialog.accepted.connect(lambda: self._write_decision(row, verdict, dialog.reason()))
        self.dialog = dialog
        return open_dialog(dialog)

    def _write_decision(self, row: FindingRef, verdict: str, reason: str) -> Job | None:
        officer = self._officer
        if officer is None:
            return None
        self.button_confirm.setEnabled(False)
        self.button_override.setEnabled(False)
        job = Job(self._book.decide, officer, row, verdict, reason)
        job.signals.succeeded.connect(self._on_decided)
        job.signals.failed.connect(self._on_write_failed)
        return self.write_queue.submit(job)

    def _on_decided(self, done: FindingRef) -> None:
        self.rows = [done if r.key == done.key else r for r in self.rows]
        self._decided_keys.add(done.key)
        if self.review is not None:
            self.review = replace(self.review, rows=list(self.rows))
        self._fill()
        self.decided.emit(done)

    def _on_write_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.message.setText(exc.message)
        else:
            self.message.setText(
                self.tr("The decision could not be recorded: {why}").format(why=exc)
            )
        self._update_buttons()

    def finish(self) -> Job | None:
        """End the review of the EPE-day: a check of the EPE with the decisions' summary."""
        officer = self._officer
        review = self.review
        if officer is None or review is None or not self.button_finish.isEnabled():
            return None
        self.button_finish.setEnabled(False)
        job = Job(self._book.finish, officer, review)
        job.signals.succeeded.connect(self._on_finished)
        job.signals.failed.connect(self._on_write_failed)
        return self.write_queue.submit(job)

    def _on_finished(self, result: tuple[Any, Any]) -> None:
        check, finished = result
        if self.review is not None:
            self.review = replace(self.review, finished=finished)
        self._decided_keys.clear()
        self._show_summary()
        self.message.setText(
            self.tr("The review is in the check log as a check of {epe}: {result}.").format(
                epe=one_line(check.epe_name), result=check.result.label()
            )
        )
        self._update_buttons()
        self.finished.emit(check)

    def import_file(self) -> ImportDialog:
        dialog = ImportDialog(self._registry, self)
        dialog.imported.connect(lambda _report: self.reload())
        self.dialog = dialog
        return open_dialog(dialog)

    def open_case(self) -> Job | None:
        """The selected discrepancies go to a new case for the head of unit (II.2.3), each with
        its crop's SHA-256, computed off the GUI thread before the case dialog opens."""
        from widgets.cases.actions import open_case_from_findings

        officer = self._officer
        chosen = [r for r in self.selected_findings() if r.status is not Status.SEEN]
        if officer is None or not chosen:
            return None
        return open_case_from_findings(
            self,
            self._registry,
            officer,
            chosen[0].epe_id,
            chosen,
            queue=self.queue,
            shown=lambda dialog: setattr(self, "case_dialog", dialog),
        )

    def _scan_gate(self) -> QWidget | None:
        """The gate of the chosen EPE read over the chosen day; the rows are reconciled again
        when the scan dialog closes."""
        epe_id = self.epe_id()
        if epe_id is None:
            return None
        dialog = ScanDialog(self._registry, epe_id, self.chosen_day(), self)
        self.scan = dialog
        dialog.finished.connect(lambda _code: self.reload())
        return open_dialog(dialog)

    # -- language --

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Declarations against the gate"))
        self.epe_label.setText(self.tr("&EPE:"))
        self.day_label.setText(self.tr("&Day:"))
        self.button_import.setText(self.tr("Import customs file…"))
        self.button_scan.setText(self.tr("Read the gate recordings…"))
        self.button_play.setText(self.tr("Play back at that moment"))
        self.button_confirm.setText(self.tr("Confirm…"))
        self.button_confirm.setToolTip(self.tr("The status is right, as the picture shows"))
        self.button_override.setText(self.tr("Override…"))
        self.button_override.setToolTip(self.tr("The status is wrong: say why"))
        self.only_open.setText(self.tr("Only what needs a decision"))
        self.button_finish.setText(self.tr("End the review"))
        self.button_case.setText(self.tr("Open a case…"))
        self.button_case.setToolTip(
            self.tr("Send the selected discrepancies to the head of unit, with their pictures")
        )
        self.button_finish.setToolTip(
            self.tr("Every row decided: the review goes to the check log as a check of the EPE")
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Picture"),
                self.tr("Status"),
                self.tr("Document"),
                self.tr("Declared"),
                self.tr("Read"),
                self.tr("Time"),
                self.tr("Camera"),
                self.tr("Offset"),
                self.tr("Decision"),
            ]
        )
        if self.review is not None:
            self._fill()
        else:
            self._show_details()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ReviewViews(ToolWindowEntry):
    """The main window's "Declarations against the gate…" action and its window."""

    def __init__(
        self,
        registry: Registry,
        window: QWidget,
        menu: QMenu,
        officer: Callable[[], Officer | None],
        open_playback: PlaybackOpener | None = None,
        selected_epe: Callable[[], int | None] | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        super().__init__(
            window, menu, officer(), Action.RUN_CHECK, "actionDeclarationsReview", (1600, 900)
        )
        self._registry = registry
        self._open_playback = open_playback
        self._selected_epe = selected_epe
        self.clock = clock
        self.action = self.entry
        self.ready()

    def create_window(self) -> ReviewWindow:
        epe_id = self._selected_epe() if self._selected_epe is not None else None
        return ReviewWindow(
            self._registry,
            self._officer,
            lambda: self.clock(),
            self._open_playback,
            epe_id,
            parent=self._window,
        )

    def open_review(self) -> ReviewWindow | None:
        window: ReviewWindow | None = self.open_window()
        return window

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("&Declarations against the gate…"))
        self.action.setStatusTip(
            self.tr(
                "Compare the customs documents of an EPE-day with the container numbers and "
                "plates read at its gate"
            )
        )
