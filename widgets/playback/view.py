"""The playback window: pick an EPE, 1-4 cameras and a time range (Vietnam time), search the
recorder, and replay the cameras in step on one timeline, with bookmarks, snapshots and export.

The recorder side (settings, role, the recorder client kept between searches, the audit log) is
``app.playback.investigation.Investigation``; the recorder is reached on workers only (the
keyring, HTTP searches). A search's ``PlaybackSession`` (app/playback/session.py) drives the
tiles. Every search and replay is audited by ``app.recorders.access``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import Camera, Epe
from app.evidence.snapshots import SnapshotBook, SnapshotRecord, SnapshotSubject
from app.media.stream import StreamController, StreamState, StreamStatus
from app.officers.profiles import Action, Officer, PermissionDeniedError, can
from app.playback.investigation import Investigation, RecordedDays, SearchFound, month_range
from app.playback.session import (
    MAX_CAMERAS,
    SPEEDS,
    PlaybackSession,
    PlaybackState,
    RecordedSnapshotTaker,
)
from app.playback.typed_time import parse_go_to
from app.recorders.base import UTC, RecorderError, SearchResult
from app.recorders.store import Bookmark
from app.rotation.ledger import Ledger
from app.safe_text import one_line
from app.secrets import CredentialStore
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, show_local
from app.wall.layout import short_epe_name
from app.workers import Job, JobQueue
from widgets.playback.export_dialog import ExportDialog
from widgets.playback.timeline import Timeline
from widgets.wall.tile import VideoSurface

DEFAULT_RANGE_H = 24
TITLE_BAR_PX = 48  # a window manager's title bar and frame, with room to spare
RECORDED_DAY_COLOUR = QColor("#a5d6a7")
# Ticking cameras one after another asks the recorder once, after the last tick.
CALENDAR_SETTLE_MS = 400
OfficerLookup = Callable[[], Officer | None]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _to_qdatetime(moment: dt.datetime) -> QDateTime:
    local = moment.astimezone(VIETNAM)
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )


def _from_qdatetime(value: QDateTime) -> dt.datetime:
    # The editor's fields are Vietnam wall time whatever the workstation's zone is.
    date, time = value.date(), value.time()
    local = dt.datetime(
        date.year(),
        date.month(),
        date.day(),
        time.hour(),
        time.minute(),
        time.second(),
        tzinfo=VIETNAM,
    )
    return local.astimezone(UTC)


class PlaybackTile(QFrame):
    """One camera's replay: title, video and the recorded time it shows."""

    snapshot_requested = Signal(int)  # diagram number

    def __init__(
        self, number: int, title: str, stream: StreamController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.number = number
        self.stream = stream
        self.setObjectName("playbackTile")
        self.setStyleSheet(
            "#playbackTile { background: #0d1117; border: 1px solid #30363d; }"
            "#playbackTile QLabel { color: #e6edf3; }"
        )
        self.title = QLabel(title, self)
        self.snapshot_button = QToolButton(self)
        self.snapshot_button.setObjectName("playbackSnapshot")
        self.snapshot_button.clicked.connect(lambda: self.snapshot_requested.emit(self.number))
        self.surface = VideoSurface(self)
        self.footer = QLabel(self)
        self.footer.setObjectName("playbackTileTime")
        head = QHBoxLayout()
        head.setContentsMargins(4, 1, 2, 1)
        head.addWidget(self.title, 1)
        head.addWidget(self.snapshot_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addLayout(head)
        layout.addWidget(self.surface, 1)
        layout.addWidget(self.footer)
        self.setMinimumSize(200, 150)
        stream.status_changed.connect(self._on_status)
        self._state_text = ""
        self.retranslate()

    def attach(self) -> None:
        """Give libVLC this tile's native window (once it exists)."""
        self.stream.set_window(int(self.surface.winId()))

    def retranslate(self) -> None:
        self.snapshot_button.setText(self.tr("Snapshot"))
        self.snapshot_button.setToolTip(
            self.tr("Save this recorded picture, stamped with the recorded time")
        )

    def show_time(self, moment: dt.datetime | None) -> None:
        if moment is None:
            self.footer.setText(self._state_text or self.tr("No picture yet"))
        else:
            self.footer.setText(
                self.tr("Recorded {time} (Vietnam)").format(time=show_local(moment, seconds=True))
            )

    def _on_status(self, status: StreamStatus) -> None:
        if status.state is StreamState.CONNECTING:
            self._state_text = self.tr("Opening the recording…")
        elif status.state in (StreamState.RECONNECTING, StreamState.FAILED):
            reason = status.failure.label() if status.failure is not None else status.detail
            self._state_text = self.tr("Interrupted: {reason}").format(reason=reason)
        else:
            self._state_text = ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PlaybackView(QWidget):
    """The playback window of one officer (a top-level window owned by the main window)."""

    camera_playing = Signal(int, bool)  # registry camera id, playing (for an open check)
    snapshot_recorded = Signal(object)  # SnapshotRecord
    searched = Signal(object)  # dict[int, SearchResult]
    message = Signal(str)

    def __init__(
        self,
        registry: Registry,
        store: CredentialStore,
        ledger: Ledger,
        officer: OfficerLookup,
        epe_id: int | None = None,
        snapshot_book: SnapshotBook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("playbackView")
        self._registry = registry
        self._ledger = ledger  # for the export dialog, which audits the export itself
        self._officer = officer
        self._investigation = Investigation(registry, store, ledger)
        self._book = snapshot_book or SnapshotBook(registry)
        self._queue = JobQueue("recorder", self)
        self._results: dict[int, SearchResult] = {}
        self._epe: Epe | None = None
        self._cameras: dict[int, Camera] = {}
        self.session: PlaybackSession | None = None
        self.tiles: dict[int, PlaybackTile] = {}
        self.search_job: Job | None = None
        self.days_job: Job | None = None
        self.recorded_days: frozenset[dt.date] = frozenset()
        self.export_dialog: ExportDialog | None = None
        self.last_snapshot: SnapshotRecord | None = None
        self._snapshots = RecordedSnapshotTaker(self._book, parent=self)
        self._snapshots.saved.connect(self._on_snapshot_saved)
        self._snapshots.failed.connect(self._say)
        self._build()
        self._fill_epes(epe_id)
        self.retranslate()
        self.refresh_permissions()
        # Fits the office laptop's 1366x768 with the title bar (760 high did not: the status
        # line fell off the screen).
        available = self.screen().availableGeometry()
        self.resize(min(1180, available.width()), min(760, available.height() - TITLE_BAR_PX))

    # --- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.epe_combo = QComboBox(self)
        self.epe_combo.setObjectName("playbackEpe")
        self.epe_combo.currentIndexChanged.connect(self._on_epe_changed)
        self.camera_list = QListWidget(self)
        self.camera_list.setObjectName("playbackCameras")
        self.camera_list.itemChanged.connect(self._on_camera_checked)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("playbackCalendar")
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMaximumDate(_qdate(dt.datetime.now(VIETNAM).date()))
        self.calendar.setSelectedDate(
            _qdate(dt.datetime.now(VIETNAM).date() - dt.timedelta(days=1))
        )
        self.calendar.clicked.connect(self._on_day_clicked)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.ask_recorded_days())
        self.calendar_label = QLabel(self)
        self.calendar_label.setWordWrap(True)
        self._days_timer = QTimer(self)
        self._days_timer.setSingleShot(True)
        self._days_timer.setInterval(CALENDAR_SETTLE_MS)
        self._days_timer.timeout.connect(self.ask_recorded_days)
        self.from_edit = QDateTimeEdit(self)
        self.to_edit = QDateTimeEdit(self)
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
        day = dt.datetime.now(VIETNAM).replace(hour=0, minute=0, second=0, microsecond=0)
        self.from_edit.setDateTime(_to_qdatetime(day - dt.timedelta(days=1)))
        self.to_edit.setDateTime(_to_qdatetime(day))
        self.search_button = QPushButton(self)
        self.search_button.setObjectName("playbackSearch")
        self.search_button.clicked.connect(self.search)
        self.bookmark_list = QListWidget(self)
        self.bookmark_list.setObjectName("playbackBookmarks")
        self.bookmark_list.itemActivated.connect(self._on_bookmark_item)
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.epe_label, self.cameras_label = QLabel(self), QLabel(self)
        self.bookmarks_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.epe_label, self.epe_combo)
        form.addRow(self.from_label, self.from_edit)
        form.addRow(self.to_label, self.to_edit)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addLayout(form)
        side_layout.addWidget(self.cameras_label)
        side_layout.addWidget(self.camera_list, 1)
        side_layout.addWidget(self.calendar_label)
        side_layout.addWidget(self.calendar)
        side_layout.addWidget(self.search_button)
        side_layout.addWidget(self.bookmarks_label)
        side_layout.addWidget(self.bookmark_list, 1)

        self.tile_area = QWidget(self)
        self.tile_area.setObjectName("playbackTiles")
        self.tile_area.setStyleSheet("#playbackTiles { background: #1f2328; }")
        self.tile_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.tile_grid = QGridLayout(self.tile_area)
        self.tile_grid.setContentsMargins(2, 2, 2, 2)
        self.tile_grid.setSpacing(2)
        self.timeline = Timeline(self)
        self.timeline.seek_requested.connect(self.seek)
        self.step_back_button = QToolButton(self)
        self.play_button = QToolButton(self)
        self.play_button.setObjectName("playbackPlay")
        self.step_button = QToolButton(self)
        self.step_back_button.clicked.connect(lambda: self.step(-1.0))
        self.step_button.clicked.connect(lambda: self.step(1.0))
        self.play_button.clicked.connect(self.play_pause)
        self.speed_combo = QComboBox(self)
        self.speed_combo.setObjectName("playbackSpeed")
        for speed in SPEEDS:
            self.speed_combo.addItem(_speed_text(speed), speed)
        self.speed_combo.setCurrentIndex(SPEEDS.index(1.0))
        self.speed_combo.currentIndexChanged.connect(
            lambda i: self.set_speed(float(self.speed_combo.itemData(i)))
        )
        self.go_to_edit = QLineEdit(self)
        self.go_to_edit.setObjectName("playbackGoTo")
        self.go_to_edit.setMaximumWidth(180)
        self.go_to_edit.returnPressed.connect(self.go_to)
        self.go_to_button = QPushButton(self)
        self.go_to_button.clicked.connect(self.go_to)
        self.position_label = QLabel(self)
        self.position_label.setObjectName("playbackPosition")
        self.bookmark_button = QPushButton(self)
        self.bookmark_button.setObjectName("playbackBookmark")
        self.bookmark_button.clicked.connect(self.ask_bookmark)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("playbackExport")
        self.export_button.clicked.connect(self.open_export)
        transport = QHBoxLayout()
        for widget in (
            self.step_back_button,
            self.play_button,
            self.step_button,
            self.speed_combo,
            self.go_to_edit,
            self.go_to_button,
        ):
            transport.addWidget(widget)
        transport.addWidget(self.position_label, 1)
        transport.addWidget(self.bookmark_button)
        transport.addWidget(self.export_button)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("playbackStatus")
        self.status_label.setWordWrap(True)
        main = QWidget(self)
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addWidget(self.tile_area, 1)
        main_layout.addWidget(self.timeline)
        main_layout.addLayout(transport)
        main_layout.addWidget(self.status_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(side)
        splitter.addWidget(main)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.play_pause)
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, lambda: self.step(1.0))
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, lambda: self.step(-1.0))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Playback — epewall"))
        self.epe_label.setText(self.tr("EPE:"))
        self.cameras_label.setText(self.tr("Cameras (1 to 4):"))
        self.from_label.setText(self.tr("From (Vietnam time):"))
        self.to_label.setText(self.tr("To (Vietnam time):"))
        self.search_button.setText(self.tr("&Search recordings"))
        self.calendar_label.setText(
            self.tr("Days with recordings (green); click a day to search it:")
        )
        self.bookmarks_label.setText(self.tr("Bookmarks:"))
        self.step_back_button.setText(self.tr("◀ 1 s"))
        self.step_back_button.setToolTip(self.tr("One second back, paused (Left)"))
        self.step_button.setText(self.tr("1 s ▶"))
        self.step_button.setToolTip(self.tr("One second on, paused (Right)"))
        self.speed_combo.setToolTip(self.tr("Playback speed"))
        self.go_to_edit.setPlaceholderText(self.tr("Go to 13:05"))
        self.go_to_edit.setToolTip(
            self.tr(
                "Type a Vietnam time and press Enter: 13:05, 13:05:30, 1/12 13:05 or "
                "01/12/2026 13:05"
            )
        )
        self.go_to_button.setText(self.tr("Go"))
        self.bookmark_button.setText(self.tr("Bookmark…"))
        self.export_button.setText(self.tr("Export…"))
        self._show_play_state()
        self._show_position()
        for tile in self.tiles.values():
            tile.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- permissions ----------------------------------------------------------------------------
    def refresh_permissions(self, _officer: object = None) -> None:
        officer = self._officer()
        allowed = officer is not None and officer.active and can(officer.role, Action.PLAYBACK)
        for widget in (
            self.search_button,
            self.play_button,
            self.step_button,
            self.step_back_button,
            self.go_to_button,
            self.go_to_edit,
            self.bookmark_button,
            self.timeline,
            self.calendar,
        ):
            widget.setEnabled(allowed)
        self.export_button.setEnabled(
            officer is not None and officer.active and can(officer.role, Action.EXPORT)
        )
        if not allowed:
            self.close_session()
            self._say(self.tr("Your role does not allow playback. Ask a team lead."))

    def can_play(self) -> bool:
        officer = self._officer()
        return officer is not None and officer.active and can(officer.role, Action.PLAYBACK)

    # --- EPE and cameras ------------------------------------------------------------------------
    def _fill_epes(self, epe_id: int | None) -> None:
        self.epe_combo.blockSignals(True)
        self.epe_combo.clear()
        for epe in self._registry.list_epes():
            # Short as on the tiles (the legal form tells EPEs nothing); whole in the tooltip.
            self.epe_combo.addItem(one_line(short_epe_name(epe.name)), epe.id)
            self.epe_combo.setItemData(
                self.epe_combo.count() - 1,
                one_line(f"{epe.name} ({epe.tax_id})"),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.epe_combo.blockSignals(False)
        index = self.epe_combo.findData(epe_id) if epe_id is not None else 0
        self.epe_combo.setCurrentIndex(max(0, index))
        self._on_epe_changed()

    def set_epe(self, epe_id: int) -> None:
        index = self.epe_combo.findData(epe_id)
        if index >= 0:
            self.epe_combo.setCurrentIndex(index)

    def _on_epe_changed(self, _index: int = 0) -> None:
        epe_id = self.epe_combo.currentData()
        self.epe_combo.setToolTip(self.epe_combo.currentData(Qt.ItemDataRole.ToolTipRole) or "")
        self.close_session()
        self._results = {}
        self.timeline.clear_results()
        self.camera_list.clear()
        self._cameras = {}
        self._epe = None
        if epe_id is None:
            return
        self._epe = self._registry.get_epe(int(epe_id))
        self.camera_list.blockSignals(True)
        for camera in self._registry.list_cameras(int(epe_id)):
            self._cameras[camera.diagram_number] = camera
            item = QListWidgetItem(self._camera_title(camera))
            item.setData(Qt.ItemDataRole.UserRole, camera.diagram_number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if self.camera_list.count() < 1 else Qt.CheckState.Unchecked
            )
            self.camera_list.addItem(item)
        self.camera_list.blockSignals(False)
        self._refresh_bookmarks()
        self.ask_recorded_days()

    def _camera_title(self, camera: Camera) -> str:
        name = one_line(camera.name) or camera.position.label()
        return self.tr("{number}. {name}").format(number=camera.diagram_number, name=name)

    def select_cameras(self, numbers: list[int]) -> None:
        """Tick exactly these cameras (diagram numbers, at most four)."""
        self.camera_list.blockSignals(True)
        for row in range(self.camera_list.count()):
            item = self.camera_list.item(row)
            number = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(
                Qt.CheckState.Checked
                if number in numbers[:MAX_CAMERAS]
                else Qt.CheckState.Unchecked
            )
        self.camera_list.blockSignals(False)

    def selected_cameras(self) -> list[int]:
        out = []
        for row in range(self.camera_list.count()):
            item = self.camera_list.item(row)
            if item.checkState() is Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _on_camera_checked(self, item: QListWidgetItem) -> None:
        if (
            item.checkState() is Qt.CheckState.Checked
            and len(self.selected_cameras()) > MAX_CAMERAS
        ):
            self.camera_list.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.camera_list.blockSignals(False)
            self._say(self.tr("At most four cameras play together."))
        self._days_timer.start()

    # --- the calendar ---------------------------------------------------------------------------
    def ask_recorded_days(self) -> Job | None:
        """Ask the recorder, on a worker, which days of the calendar's month hold recordings of
        the ticked cameras; the calendar marks them when the answer comes."""
        self._days_timer.stop()
        self._show_recorded_days(frozenset())
        epe, numbers = self._epe, self.selected_cameras()
        if epe is None or not numbers or not self.can_play():
            return None
        settings = self._investigation.recorder_settings(epe)
        span = month_range(
            self.calendar.yearShown(), self.calendar.monthShown(), dt.datetime.now(UTC)
        )
        if settings is None or span is None:
            return None
        try:
            request = self._investigation.search_request(
                self._officer(), epe, settings, numbers, *span
            )
        except PermissionDeniedError:
            return None
        job = Job(Investigation.recorded_days, request)
        job.signals.succeeded.connect(self._on_recorded_days)
        job.signals.failed.connect(self._on_recorded_days_failed)
        self.days_job = job
        return self._queue.submit(job)

    def _on_recorded_days(self, found: RecordedDays) -> None:
        request = found.request
        shown = month_range(self.calendar.yearShown(), self.calendar.monthShown(), request.end)
        current = (
            self._epe is not None
            and request.epe.id == self._epe.id
            and list(request.cameras) == self.selected_cameras()
            and shown is not None
            and shown[0] == request.start
        )
        if current:  # not a late answer for another month, EPE or choice of cameras
            self._show_recorded_days(found.days)

    def _on_recorded_days_failed(self, exc: BaseException) -> None:
        error = str(exc) if isinstance(exc, RecorderError) else type(exc).__name__
        self.calendar_label.setText(
            self.tr("The days with recordings could not be read: {error}").format(error=error)
        )

    def _show_recorded_days(self, days: frozenset[dt.date]) -> None:
        self.recorded_days = days
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every mark
        marked = QTextCharFormat()
        marked.setBackground(RECORDED_DAY_COLOUR)
        marked.setFontWeight(QFont.Weight.Bold)
        for day in days:
            self.calendar.setDateTextFormat(_qdate(day), marked)

    def _on_day_clicked(self, date: QDate) -> None:
        """A day clicked on the calendar: search that whole day (Vietnam time)."""
        day = dt.date(date.year(), date.month(), date.day())
        if day not in self.recorded_days:
            self._say(
                self.tr("The recorder holds nothing on {day} for the ticked cameras.").format(
                    day=day.strftime("%d/%m/%Y")
                )
            )
            return
        start = dt.datetime.combine(day, dt.time(0), VIETNAM).astimezone(UTC)
        self.set_range(start, start + dt.timedelta(days=1))
        self.search()

    def set_range(self, start: dt.datetime, end: dt.datetime) -> None:
        self.from_edit.setDateTime(_to_qdatetime(start))
        self.to_edit.setDateTime(_to_qdatetime(end))
        # The calendar marks the day searched (today for a tile's "30 s ago", not yesterday).
        self.calendar.setSelectedDate(_qdate(start.astimezone(VIETNAM).date()))

    def search_range(self) -> tuple[dt.datetime, dt.datetime]:
        return _from_qdatetime(self.from_edit.dateTime()), _from_qdatetime(self.to_edit.dateTime())

    # --- search ---------------------------------------------------------------------------------
    def search(self) -> Job | None:
        """Search the chosen cameras over the range on a worker; the timeline shows the result."""
        epe = self._epe
        numbers = self.selected_cameras()
        start, end = self.search_range()
        if not self.can_play():
            self._say(self.tr("Your role does not allow playback. Ask a team lead."))
            return None
        if epe is None or epe.id is None:
            self._say(self.tr("Choose an EPE first."))
            return None
        if not numbers:
            self._say(self.tr("Choose one to four cameras."))
            return None
        if end <= start:
            self._say(self.tr("The end of the range must come after its start."))
            return None
        settings = self._investigation.recorder_settings(epe)
        if settings is None:
            self._say(
                self.tr(
                    "No recorder is set for {epe}. Set it in Sites > Edit EPE… (Devices at the "
                    "EPE), then test it with Sites > Recorder…."
                ).format(epe=one_line(epe.name))
            )
            return None
        try:
            request = self._investigation.search_request(
                self._officer(), epe, settings, numbers, start, end
            )
        except PermissionDeniedError as exc:
            self._say(str(exc))
            return None
        self.close_session()
        self.search_button.setEnabled(False)
        self._say(self.tr("Searching the recorder…"))
        job = Job(Investigation.search, request)
        job.signals.succeeded.connect(self._on_searched)
        job.signals.failed.connect(self._on_search_failed)
        self.search_job = job
        return self._queue.submit(job)

    def _on_searched(self, found: SearchFound) -> None:
        self.search_button.setEnabled(self.can_play())
        self._investigation.searched(found)
        results, numbers = found.results, list(found.request.cameras)
        self._results = results
        self.timeline.set_cameras([(n, self._camera_plain_name(n)) for n in numbers])
        self.timeline.set_range(found.request.start, found.request.end)
        self.timeline.set_results(results)
        self._refresh_bookmarks()
        recorded = sum(len(r.segments) for r in results.values())
        gaps = sum(len(r.gaps) for r in results.values())
        self._say(
            self.tr("{segments} recorded spans, {gaps} gaps. Click the timeline to play.").format(
                segments=recorded, gaps=gaps
            )
        )
        self._make_session(found)
        self.searched.emit(results)

    def _on_search_failed(self, exc: BaseException) -> None:
        self.search_button.setEnabled(self.can_play())
        if isinstance(exc, RecorderError | PermissionDeniedError):
            self._say(str(exc))
        else:
            self._say(self.tr("The search failed ({error}).").format(error=type(exc).__name__))

    def _camera_plain_name(self, number: int) -> str:
        camera = self._cameras.get(number)
        return (one_line(camera.name) or camera.position.label()) if camera else ""

    def _camera_name(self, number: int) -> str:
        camera = self._cameras.get(number)
        return self._camera_title(camera) if camera else str(number)

    # --- the session ----------------------------------------------------------------------------
    def _make_session(self, found: SearchFound) -> None:
        numbers = list(found.request.cameras)
        session = self._investigation.session(
            found, [(n, self._camera_name(n)) for n in numbers], parent=self
        )
        self.session = session
        session.position_changed.connect(self._on_position)
        session.state_changed.connect(self._on_state)
        session.failed.connect(self._say)
        columns = 1 if len(numbers) == 1 else 2
        for index, number in enumerate(numbers):
            track = session.tracks[number]
            tile = PlaybackTile(number, self._camera_name(number), track.stream, self.tile_area)
            tile.snapshot_requested.connect(self.snapshot)
            self.tile_grid.addWidget(tile, index // columns, index % columns)
            self.tiles[number] = tile
            tile.show()
            tile.attach()
        self._show_play_state()

    def close_session(self) -> None:
        session, self.session = self.session, None
        if session is None:
            return
        playing = session.state is not PlaybackState.CLOSED
        session.close()
        for tile in self.tiles.values():
            self.tile_grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = {}
        if playing:
            self._played(session, False)
        session.deleteLater()

    def _played(self, session: PlaybackSession, playing: bool) -> None:
        for number in session.cameras:
            camera = self._cameras.get(number)
            if camera is not None and camera.id is not None:
                self.camera_playing.emit(camera.id, playing)
        if not playing:
            self._investigation.audit_stopped(self._officer(), self._epe, session.cameras)

    def seek(self, moment: dt.datetime) -> None:
        """Play every camera from ``moment`` (UTC); opens the replay on first use."""
        session = self.session
        if session is None or not self.can_play():
            return
        if session.state is PlaybackState.CLOSED:
            session.open(moment)  # each camera's replay is audited by PlaybackAccess
            self._played(session, True)
        elif session.state is not PlaybackState.PREPARING:
            session.seek(moment)
            self._investigation.audit_seek(self._officer(), self._epe, session.cameras, moment)

    def play_pause(self) -> None:
        session = self.session
        if session is None:
            return
        if session.state is PlaybackState.CLOSED:
            self.seek(self.timeline.visible[0])
        else:
            session.toggle_pause()

    def step(self, seconds: float) -> None:
        if self.session is not None and self.session.state is not PlaybackState.CLOSED:
            self.session.step(seconds)

    def set_speed(self, speed: float) -> None:
        if self.session is not None:
            self.session.set_speed(speed)
        index = self.speed_combo.findData(speed)
        if index >= 0 and index != self.speed_combo.currentIndex():
            self.speed_combo.setCurrentIndex(index)

    def go_to(self, text: str | None = None) -> bool:
        """Jump to a typed Vietnam time; False (and a message) when it cannot be read."""
        text = self.go_to_edit.text() if text is None else text
        start, end = self.timeline.range
        moment = parse_go_to(text, start.astimezone(VIETNAM).date())
        if moment is None:
            self._say(
                self.tr(
                    "“{text}” is not a time. Type a Vietnam time such as 13:05, 13:05:30, "
                    "1/12 13:05 or 01/12/2026 13:05."
                ).format(text=text.strip())
            )
            return False
        if not start <= moment < end:
            self._say(
                self.tr(
                    "{time} is outside the searched range ({start} to {end}). Search that day "
                    "first."
                ).format(
                    time=show_local(moment, day_first=True),
                    start=show_local(start, day_first=True),
                    end=show_local(end, day_first=True),
                )
            )
            return False
        self.seek(moment)
        return True

    def _on_position(self, moment: dt.datetime) -> None:
        self.timeline.set_cursor(moment)
        self._show_position()
        session = self.session
        if session is None:
            return
        for number, tile in self.tiles.items():
            tile.show_time(session.camera_position(number))

    def _on_state(self, _state: PlaybackState) -> None:
        self._show_play_state()

    def _show_play_state(self) -> None:
        state = self.session.state if self.session is not None else PlaybackState.CLOSED
        playing = state in (PlaybackState.PLAYING, PlaybackState.SEEKING, PlaybackState.PREPARING)
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play or pause (Space)"))

    def _show_position(self) -> None:
        moment = self.session.position() if self.session is not None else None
        if moment is None:
            self.position_label.setText("")
        else:
            self.position_label.setText(
                self.tr("{time} Vietnam time").format(time=show_local(moment, seconds=True))
            )

    # --- bookmarks ------------------------------------------------------------------------------
    def ask_bookmark(self) -> None:
        session = self.session
        if session is None or session.position() is None:
            self._say(self.tr("Play a recording first, then bookmark the moment."))
            return
        note, ok = QInputDialog.getText(
            self,
            self.tr("Bookmark"),
            self.tr("Note for {time} (e.g. a container number seen):").format(
                time=show_local(session.position() or dt.datetime.now(UTC), seconds=True)
            ),
        )
        if ok:
            self.add_bookmark(note)

    def add_bookmark(self, note: str, camera: int | None = None) -> Bookmark | None:
        session, epe, officer = self.session, self._epe, self._officer()
        if session is None or epe is None or epe.id is None or session.position() is None:
            return None
        number = camera if camera is not None else session.cameras[0]
        mark = session.add_bookmark(
            self._registry, epe.id, number, note, officer.code if officer else ""
        )
        self._refresh_bookmarks()
        self._say(self.tr("Bookmarked {time}.").format(time=show_local(mark.at, seconds=True)))
        return mark

    def _refresh_bookmarks(self) -> None:
        self.bookmark_list.clear()
        epe = self._epe
        if epe is None or epe.id is None:
            self.timeline.set_bookmarks([])
            return
        marks = PlaybackSession.bookmarks(self._registry, epe.id)
        for mark in marks:
            item = QListWidgetItem(
                self.tr("{time} · cam {camera} · {note}").format(
                    time=show_local(mark.at, seconds=True), camera=mark.camera, note=mark.note
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, mark)
            self.bookmark_list.addItem(item)
        self.timeline.set_bookmarks(marks)

    def _on_bookmark_item(self, item: QListWidgetItem) -> None:
        mark = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(mark, Bookmark):
            self.jump_to_bookmark(mark)

    def jump_to_bookmark(self, mark: Bookmark) -> None:
        start, end = self.timeline.range
        if not start <= mark.at <= end:
            span = end - start
            self.set_range(mark.at - span / 2, mark.at + span / 2)
            self._say(self.tr("The bookmark is outside the searched range; search again."))
            return
        self.seek(mark.at)

    # --- snapshots ------------------------------------------------------------------------------
    def snapshot(self, number: int) -> Path | None:
        session, epe = self.session, self._epe
        camera = self._cameras.get(number)
        if session is None or epe is None or camera is None:
            return None
        officer = self._officer()
        if officer is not None:
            self._snapshots.officer = f"{officer.full_name} ({officer.code})"
        subject = SnapshotSubject(
            epe.name,
            epe.tax_id,
            number,
            str(camera.position),
            camera.name,
            camera.id,
            epe.id,
            "playback",
        )
        return session.snapshot(self._snapshots, number, subject)

    def _on_snapshot_saved(self, record: SnapshotRecord) -> None:
        self.last_snapshot = record
        self._investigation.audit_snapshot(self._officer(), record)
        self._say(self.tr("Snapshot saved: {file}").format(file=record.path.name))
        self.snapshot_recorded.emit(record)

    # --- export ---------------------------------------------------------------------------------
    def open_export(self) -> ExportDialog | None:
        officer, epe = self._officer(), self._epe
        if officer is None or not can(officer.role, Action.EXPORT):
            self._say(self.tr("Your role does not allow exports. Ask a team lead."))
            return None
        recorder = self._investigation.recorder
        if epe is None or recorder is None:
            self._say(self.tr("Search the recordings first."))
            return None
        start, end = self.timeline.range
        here = self.session.position() if self.session is not None else None
        start = here.replace(microsecond=0) if here is not None else start
        end = min(end, start + dt.timedelta(minutes=1))  # a minute to start from
        dialog = ExportDialog(
            self._registry,
            self._ledger,
            officer,
            epe,
            recorder,
            self._investigation.account(epe),
            [(n, self._camera_name(n)) for n in self.timeline_cameras()],
            start,
            end,
            parent=self,
        )
        self.export_dialog = dialog
        dialog.show()
        return dialog

    def timeline_cameras(self) -> list[int]:
        return list(self._results) or self.selected_cameras()

    # --- misc -----------------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.message.emit(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_session()
        self._queue.cancel_all()
        self._snapshots.shutdown()
        self._queue.wait(3000)
        super().closeEvent(event)


def _speed_text(speed: float) -> str:
    if speed == 0.25:
        return "¼×"
    if speed == 0.5:
        return "½×"
    return f"{speed:g}×"


class PlaybackLauncher(QObject):
    """The main window's "Playback…" action (Ctrl+R) and the one playback window it opens.

    Allowed by role (``Action.PLAYBACK``); playback time counts in an open check
    (``on_camera_playing``), playback snapshots go where wall snapshots go (``on_snapshot``).
    Retranslates its own action: it watches the window for language changes.
    """

    def __init__(
        self,
        window: QWidget,
        registry: Registry,
        store: CredentialStore,
        ledger: Callable[[], Ledger],
        officer: OfficerLookup,
        selected_epe: Callable[[], int | None],
        snapshot_book: SnapshotBook | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._registry = registry
        self._store = store
        self._ledger = ledger
        self._officer = officer
        self._selected_epe = selected_epe
        self._book = snapshot_book
        self.view: PlaybackView | None = None
        self.on_camera_playing: Callable[[int, bool], None] | None = None
        self.on_snapshot: Callable[[SnapshotRecord], None] | None = None
        self.action = QAction(self)
        self.action.setObjectName("actionPlayback")
        self.action.setShortcut(QKeySequence("Ctrl+R"))
        self.action.triggered.connect(self.open)
        window.installEventFilter(self)
        self.retranslate()
        self.refresh_permissions()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Playback and export…"))
        self.action.setStatusTip(
            self.tr("Search an EPE's recorder and replay up to four cameras in step")
        )

    def allowed(self) -> bool:
        """Whether the officer at the desk may play back (every playback entry follows this)."""
        officer = self._officer()
        return officer is not None and officer.active and can(officer.role, Action.PLAYBACK)

    def refresh_permissions(self, _officer: object = None) -> None:
        self.action.setEnabled(self.allowed())
        if self.view is not None:
            self.view.refresh_permissions()

    def open(self) -> PlaybackView | None:
        if not self.allowed():
            return None
        view = self.view
        if view is None:
            view = PlaybackView(
                self._registry,
                self._store,
                self._ledger(),
                self._officer,
                self._selected_epe(),
                self._book,
                self._window,
            )
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            view.destroyed.connect(self._forget)
            if self.on_camera_playing is not None:
                view.camera_playing.connect(self.on_camera_playing)
            if self.on_snapshot is not None:
                view.snapshot_recorded.connect(self.on_snapshot)
            self.view = view
        else:
            epe = self._selected_epe()
            if epe is not None and view.session is None:
                view.set_epe(epe)
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def _forget(self) -> None:
        self.view = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Close and self.view is not None:
                self.view.close()  # stops its streams before the main window goes
        return False
