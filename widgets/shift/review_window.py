"""The start-of-shift review window (Decision 1572 3.3): what happened since the last shift ended
on this workstation, oldest first; each item opens its camera in playback at that moment (at 4x)
and is marked reviewed, or reviewed with a finding. What stays unreviewed goes into the handover.

The items are gathered in a Job (recorder searches, the keyring, SQLite) with a progress bar and
Cancel; each mark is one record of the check log, written in a Job too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.officers.profiles import Action, Officer, can
from app.safe_text import one_line
from app.secrets import CredentialStore
from app.shift import review_records
from app.shift.review import (
    HANDOVER,
    OUTAGE,
    RECORDER_EVENT,
    RETURN,
    UNSEARCHED,
    WARNING,
    ReviewItem,
    ReviewMarks,
    review_items_steps,
    review_since,
)
from app.sites.registry import Registry
from app.timekeeping import show_local, utc_now
from app.workers import Job, JobQueue
from widgets.common.dialogs import open_dialog
from widgets.common.field_error import FieldError
from widgets.common.tool_window import ToolWindowEntry, adopt_tool_window

PLAYBACK_SPEED = 4.0
PLAYBACK_BEFORE = dt.timedelta(seconds=10)  # start a little before, to see what led to it
PLAYBACK_CONTEXT = dt.timedelta(minutes=10)
REVIEWED_COLOUR = QColor("#d5ecd4")
TIME, EPE, CAMERA, KIND, WHAT, REVIEW = range(6)
REVIEW_WIDTH = 220
FINDING_COLOUR = QColor("#ffd9a8")

# Opens the playback window on an item's camera at its moment (the main window's playback).
PlaybackOpener = Callable[[ReviewItem], Any]


class FindingDialog(QDialog):
    """The officer's finding on an item: what was seen, in a few lines (required)."""

    def __init__(self, item: ReviewItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingDialog")
        self.item = item
        self.setWindowTitle(self.tr("Raise a finding"))
        self.what = QLabel(self)
        self.what.setWordWrap(True)
        self.what.setText(
            f"{one_line(item.epe_name)} · {show_local(item.at, day_first=True)}\n"
            f"{one_line(item.text)}"
        )
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("finding")
        self.edit.setPlaceholderText(self.tr("What the recording shows and what should be done"))
        self.error = FieldError("finding", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save finding"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(480, 260)

    def text(self) -> str:
        return self.edit.toPlainText().strip()

    def _accept(self) -> None:
        text = self.text()
        if not text:
            self.error.show_message(self.tr("Write what you found."))
            return
        if len(text) > review_records.FINDING_MAX:
            self.error.show_message(
                self.tr("The finding is too long (at most {n} characters).").format(
                    n=review_records.FINDING_MAX
                )
            )
            return
        self.accept()


class ReviewWindow(QWidget):
    """The review as a tool window."""

    loaded = Signal()
    marked = Signal(object)  # the ReviewItem as marked

    def __init__(
        self,
        registry: Registry,
        officer: Officer | None,
        clock: Callable[[], dt.datetime] = utc_now,
        credentials: CredentialStore | None = None,
        open_playback: PlaybackOpener | None = None,
        steps: Callable[..., Any] = review_items_steps,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shiftReview")
        self._registry = registry
        self._officer = officer
        self._clock = clock
        self._credentials = credentials
        self._open_playback = open_playback
        self._steps = steps
        self._marks = ReviewMarks(registry, clock)
        self.items: list[ReviewItem] = []
        self.since: dt.datetime | None = None
        self.until: dt.datetime | None = None
        self.queue = JobQueue("shift-review", self)
        self.mark_queue = JobQueue("shift-review-marks", self)
        self.job: Job | None = None

        self.window_label = QLabel(self)
        self.window_label.setObjectName("reviewWindow")
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.only_open = QCheckBox(self)
        self.only_open.setObjectName("onlyUnreviewed")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress_text = QLabel(self)
        self.button_cancel = QPushButton(self)
        self.button_cancel.setObjectName("cancelSearch")
        self.button_refresh = QPushButton(self)
        self.button_refresh.setObjectName("refresh")
        self.button_play = QPushButton(self)
        self.button_play.setObjectName("playBack")
        self.button_reviewed = QPushButton(self)
        self.button_reviewed.setObjectName("markReviewed")
        self.button_finding = QPushButton(self)
        self.button_finding.setObjectName("raiseFinding")
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("items")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REVIEW, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(REVIEW, REVIEW_WIDTH)

        top = QHBoxLayout()
        top.addWidget(self.window_label)
        top.addStretch(1)
        top.addWidget(self.summary)
        working = QHBoxLayout()
        working.addWidget(self.progress_text)
        working.addWidget(self.progress, 1)
        working.addWidget(self.button_cancel)
        buttons = QHBoxLayout()
        for button in (self.button_play, self.button_reviewed, self.button_finding):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.only_open)
        buttons.addWidget(self.button_refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(working)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.message)

        self.button_cancel.clicked.connect(self.cancel)
        self.button_refresh.clicked.connect(self.reload)
        self.button_play.clicked.connect(self.play_selected)
        self.button_reviewed.clicked.connect(self.mark_selected)
        self.button_finding.clicked.connect(self.raise_finding)
        self.only_open.toggled.connect(self._fill)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.table.cellDoubleClicked.connect(lambda _row, _col: self.play_selected())
        self.retranslate_ui()
        adopt_tool_window(self)
        self._show_working(False)
        self._update_buttons()
        self.reload()

    # -- state --

    def set_officer(self, officer: Officer | None) -> None:
        self._officer = officer
        self._update_buttons()

    def _may_mark(self) -> bool:
        officer = self._officer
        return officer is not None and officer.active and can(officer.role, Action.RUN_CHECK)

    def selected(self) -> ReviewItem | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        cell = self.table.item(rows[0].row(), 0)
        key = cell.data(Qt.ItemDataRole.UserRole) if cell else None
        return next((i for i in self.items if i.key == key), None)

    def shown_items(self) -> list[ReviewItem]:
        if self.only_open.isChecked():
            return [i for i in self.items if not i.reviewed]
        return list(self.items)

    def _update_buttons(self) -> None:
        item = self.selected()
        self.button_play.setEnabled(
            item is not None and item.playable and self._open_playback is not None
        )
        markable = item is not None and not item.reviewed and self._may_mark()
        self.button_reviewed.setEnabled(markable)
        self.button_finding.setEnabled(markable)

    # -- loading --

    def reload(self) -> None:
        """Gather the items again, in a Job: since the last shift ended until now."""
        if self.job is not None:
            self.job.cancel()
        code = self._officer.code if self._officer is not None else ""
        now = self._clock()
        job = Job(self._gather, code, now)
        job.signals.progress.connect(self._on_progress)
        job.signals.succeeded.connect(lambda found, job=job: self._on_loaded(job, found))
        job.signals.failed.connect(lambda exc, job=job: self._on_failed(job, exc))
        self.job = job
        self._show_working(True)
        self.progress.setRange(0, 0)
        self.message.clear()
        self.queue.submit(job)

    def _gather(self, code: str, now: dt.datetime) -> Any:
        since = review_since(self._registry, code, now)
        items = yield from self._steps(
            self._registry, code, since, now, self._clock, credentials=self._credentials
        )
        return since, now, items

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None
        self._show_working(False)
        self.message.setText(self.tr("Search cancelled: the list is not complete."))

    def stop(self) -> None:
        """Abandon the search (the window closes, or the application): the generator stops at
        its next step, within a fraction of a second; searches under way end at their deadline
        on their own threads."""
        if self.job is not None:
            self.job.cancel()
            self.job = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_text.setText(text)

    def _on_loaded(self, job: Job, found: object) -> None:
        if job is not self.job or not isinstance(found, tuple):
            return
        self.job = None
        self.since, self.until, items = found
        self.items = list(items)
        self._show_working(False)
        self._show_window()
        self._fill()
        self.loaded.emit()

    def _on_failed(self, job: Job, exc: BaseException) -> None:
        if job is not self.job:
            return
        self.job = None
        self._show_working(False)
        self.message.setText(self.tr("The review could not be gathered: {why}").format(why=exc))

    def _show_working(self, working: bool) -> None:
        for widget in (self.progress, self.progress_text, self.button_cancel):
            widget.setVisible(working)
        self.button_refresh.setEnabled(not working)

    def _show_window(self) -> None:
        if self.since is None or self.until is None:
            self.window_label.clear()
            return
        self.window_label.setText(
            self.tr("Since the last shift ended: {since} to {until}").format(
                since=show_local(self.since, day_first=True),
                until=show_local(self.until, day_first=True),
            )
        )

    def _kind_label(self, kind: str) -> str:
        return {
            RECORDER_EVENT: self.tr("Recorder event"),
            OUTAGE: self.tr("Camera outage"),
            RETURN: self.tr("Camera back"),
            WARNING: self.tr("Warning"),
            HANDOVER: self.tr("Handover note"),
            UNSEARCHED: self.tr("Not searched"),
        }.get(kind, kind)

    def _status(self, item: ReviewItem) -> str:
        if not item.reviewed:
            return self.tr("Not reviewed")
        if item.finding:
            return self.tr("Finding: {text}").format(text=one_line(item.finding))
        return self.tr("Reviewed")

    def _fill(self) -> None:
        keep = self.selected()
        shown = self.shown_items()
        self.table.setRowCount(len(shown))
        chosen = -1
        for row, item in enumerate(shown):
            camera = "" if item.camera_number is None else str(item.camera_number)
            cells = [
                show_local(item.at, day_first=True),
                one_line(item.epe_name),
                camera,
                self._kind_label(item.kind),
                one_line(item.text),
                self._status(item),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if item.reviewed:
                    cell.setBackground(FINDING_COLOUR if item.finding else REVIEWED_COLOUR)
                self.table.setItem(row, column, cell)
            first = self.table.item(row, 0)
            assert first is not None
            first.setData(Qt.ItemDataRole.UserRole, item.key)
            if keep is not None and item.key == keep.key:
                chosen = row
        if chosen >= 0:
            self.table.selectRow(chosen)
        left = sum(1 for i in self.items if not i.reviewed)
        self.summary.setText(
            self.tr("{count} items, {left} not reviewed").format(count=len(self.items), left=left)
        )
        if not self.items:
            self.message.setText(self.tr("Nothing happened since the last shift ended."))
        self._update_buttons()
        self._show_details()

    def _show_details(self) -> None:
        """The selected item in full under the table (the cells are cut to one line)."""
        item = self.selected()
        if item is None:
            self.details.clear()
            return
        lines = [
            f"{show_local(item.at, day_first=True, seconds=True)} · {one_line(item.epe_name)}",
            one_line(item.text),
        ]
        if item.reviewed:
            lines.append(self._status(item))
        self.details.setText("\n".join(lines))

    # -- acting on an item --

    def play_selected(self) -> Any:
        """Open the selected item's camera in playback at its moment, at speed."""
        item = self.selected()
        if item is None or not item.playable or self._open_playback is None:
            return None
        return self._open_playback(item)

    def mark_selected(self) -> Job | None:
        item = self.selected()
        if item is None or item.reviewed or not self._may_mark():
            return None
        return self._mark(item, "")

    def raise_finding(self) -> FindingDialog | None:
        item = self.selected()
        if item is None or item.reviewed or not self._may_mark():
            return None
        dialog = FindingDialog(item, self)
        dialog.accepted.connect(lambda: self._mark(item, dialog.text()))
        return open_dialog(dialog)

    def _mark(self, item: ReviewItem, finding: str) -> Job | None:
        officer = self._officer
        if officer is None:
            return None
        self.button_reviewed.setEnabled(False)
        self.button_finding.setEnabled(False)
        job = Job(self._marks.mark, item, officer.code, finding)
        done = replace(item, reviewed=True, finding=finding.strip())
        job.signals.succeeded.connect(lambda _r: self._on_marked(done))
        job.signals.failed.connect(
            lambda exc: self.message.setText(
                self.tr("The mark could not be recorded: {why}").format(why=exc)
            )
        )
        job.signals.failed.connect(self._update_buttons)
        return self.mark_queue.submit(job)

    def _on_marked(self, done: ReviewItem) -> None:
        self.items = [done if i.key == done.key else i for i in self.items]
        self._fill()
        self.marked.emit(done)

    # -- language --

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Start-of-shift review"))
        self.only_open.setText(self.tr("Only what is not reviewed"))
        self.button_cancel.setText(self.tr("Cancel"))
        self.button_refresh.setText(self.tr("Search again"))
        self.button_play.setText(self.tr("Play back at that moment"))
        self.button_play.setToolTip(
            self.tr("Open the camera's recording a few seconds before, at 4x speed")
        )
        self.button_reviewed.setText(self.tr("Mark reviewed"))
        self.button_finding.setText(self.tr("Raise a finding…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("EPE"),
                self.tr("Camera"),
                self.tr("Kind"),
                self.tr("What"),
                self.tr("Review"),
            ]
        )
        self._show_window()
        if self.items:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def play_back_item(view: Any, item: ReviewItem, speed: float = PLAYBACK_SPEED) -> Any:
    """On a playback window (``PlaybackView``): the item's camera, searched around its moment,
    played from just before it at ``speed``."""
    if view is None or item.camera_number is None:
        return None
    end = max(item.end or item.at, item.at) + PLAYBACK_CONTEXT
    view.set_epe(item.epe_id)
    view.select_cameras([item.camera_number])
    view.set_range(item.at - PLAYBACK_CONTEXT, end)

    def play(_results: object) -> None:
        view.searched.disconnect(play)
        view.seek(item.at - PLAYBACK_BEFORE)
        view.set_speed(speed)

    view.searched.connect(play)
    if view.search() is None:
        view.searched.disconnect(play)
    return view


class ShiftReviewViews(ToolWindowEntry):
    """The main window's "Start-of-shift review…" action and window, opened by itself at a
    login (a new officer at this workstation)."""

    def __init__(
        self,
        registry: Registry,
        window: QWidget,
        menu: QMenu,
        officer: Callable[[], Officer | None],
        credentials: CredentialStore | None = None,
        open_playback_view: Callable[[], Any] | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
        open_at_login: bool = True,
    ) -> None:
        super().__init__(
            window, menu, None, Action.RUN_CHECK, "actionShiftReview", (1100, 640), activate=False
        )
        self._registry = registry
        self.clock = clock  # the moment the review ends: now (a test gives its own)
        self._credentials = credentials
        self._open_playback_view = open_playback_view
        self._open_at_login = open_at_login
        self.action = self.entry
        self._officer = officer()
        self.ready()

    def set_officer(self, officer: Officer | None) -> None:
        changed = officer is not None and (
            self._officer is None or self._officer.code != officer.code
        )
        super().set_officer(officer)
        if changed and self.may_use(officer) and self._open_at_login:
            self.open_review()

    def _play(self, item: ReviewItem) -> Any:
        if self._open_playback_view is None:
            return None
        return play_back_item(self._open_playback_view(), item)

    def create_window(self) -> ReviewWindow:
        return ReviewWindow(
            self._registry,
            self._officer,
            lambda: self.clock(),
            self._credentials,
            self._play if self._open_playback_view is not None else None,
            parent=self._window,
        )

    def open_review(self) -> ReviewWindow | None:
        window: ReviewWindow | None = self.open_window()
        return window

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("Start-of-shift &review…"))
        self.action.setStatusTip(
            self.tr("What happened since the last shift ended: recorder events, outages, warnings")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close and self.window:
            self.window.stop()
        return super().eventFilter(watched, event)
