"""The warnings dock (Decision 247 II.2.2): the EPE devices' warnings, newest first.

Each row is one warning: a storm of one camera and kind is one row with its count. The officer
filters by kind, EPE or open ones, opens the camera live on the wall or in playback at the
warning's moment, resolves it with a note, or takes it into the open check as a finding. The rows
and their snapshot thumbnails are read in a Job (SQLite and files); a new warning, or a storm's
next event, arrives through ``WarningFeed.arrived`` and the list is read again. Sound is off
unless the officer turns it on (a setting).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import settings
from app.officers.profiles import Action, Officer, can
from app.safe_text import one_line
from app.sites.registry import Registry
from app.timekeeping import local_day, show_local, utc_now
from app.user_files import UserFileError, read_user_file
from app.wall.layout import short_epe_name
from app.warnings.feed import WarningFeed
from app.warnings.store import NOTE_MAX, DeviceWarning, WarningStore, resolve_as
from app.warnings.topics import WarningKind
from app.workers import Job, JobQueue
from widgets.common.field_error import ERROR_STYLE

THUMB = QSize(96, 54)
SNAPSHOT_CAP = 4 * 1024 * 1024  # a camera's JPEG; anything larger is not ours
SNAPSHOT_WAIT_S = 30.0  # a new warning's snapshot is looked for this long after it arrived
LIST_LIMIT = 300  # the newest; the filters reach older ones
PATCH_MAX = 100  # rows new at once that are inserted, not refilled
PLAYBACK_LEAD_S = 5  # playback starts a little before the event, to see it begin
COLUMNS = 6
COL_SNAPSHOT, COL_KIND, COL_TIME, COL_EPE, COL_CAMERA, COL_STATE = range(COLUMNS)

# (camera id or None, the warning's moment)
OpenLive = Callable[[int], object]
OpenPlayback = Callable[[int, dt.datetime], object]
# (warning, the officer's note) -> whether an open check of that EPE took it as a finding
AddToCheck = Callable[[DeviceWarning, str], bool]


@dataclass(frozen=True)
class Filters:
    kind: WarningKind | None = None
    epe_id: int | None = None
    open_only: bool = False


@dataclass
class Loaded:
    """What one read of the store brings to the GUI thread."""

    warnings: list[DeviceWarning]
    filters: Filters = Filters()
    # None: not read this time (names are read at the first read and after the registry changed)
    epes: dict[int, str] | None = None
    cameras: dict[tuple[int, int], tuple[int, str]] | None = None  # (epe, number) -> (id, name)
    thumbnails: dict[int, QImage] = field(default_factory=dict)  # warning id -> small picture


def load_warnings(
    registry: Registry, filters: Filters, have: frozenset[int], names: bool = True
) -> Loaded:
    """On a pool thread: the warnings, the thumbnails not yet in ``have``, and with ``names``
    the EPEs' and cameras' names."""
    store = WarningStore(registry)
    warnings = store.list(
        epe_id=filters.epe_id,
        kinds=[filters.kind] if filters.kind else None,
        unresolved_only=filters.open_only,
        limit=LIST_LIMIT,
    )
    loaded = Loaded(warnings, filters)
    if names:
        loaded.epes = {e.id: e.name for e in registry.list_epes() if e.id is not None}
        loaded.cameras = {
            (camera.epe_id, camera.diagram_number): (camera.id, camera.name)
            for camera in registry.list_cameras()
            if camera.id is not None
        }
    for warning in warnings:
        if warning.id is None or warning.id in have or not warning.snapshot_path:
            continue
        try:
            data = read_user_file(warning.snapshot_path, SNAPSHOT_CAP, follow_links=False)
        except UserFileError:
            continue
        image = QImage.fromData(data)
        if not image.isNull():
            loaded.thumbnails[warning.id] = image.scaled(
                THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
    return loaded


class WarningsDock(QDockWidget):
    """The dock beside the wall; ``reload()`` reads the store again."""

    loaded = Signal()  # the rows on screen were refreshed

    def __init__(
        self,
        registry: Registry,
        feed: WarningFeed,
        settings_: settings.Settings,
        officer: Callable[[], Officer | None],
        open_live: OpenLive,
        open_playback: OpenPlayback,
        add_to_check: AddToCheck | None = None,
        parent: QWidget | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._settings = settings_
        self._officer = officer
        self._open_live = open_live
        self._open_playback = open_playback
        self._add_to_check = add_to_check
        self._clock = clock
        self.queue = JobQueue("warnings-dock", self)
        self.warnings: list[DeviceWarning] = []  # as shown, row by row
        self._thumbnails: dict[int, QPixmap] = {}
        self._cameras: dict[tuple[int, int], tuple[int, str]] = {}
        self._epes: dict[int, str] = {}
        self._loading = False
        self._again = False
        self._names_wanted = True
        self._row_keys: list[tuple[DeviceWarning, bool, dt.date]] = []
        self.beeps = 0  # sounds made (the setting decides)
        self.setObjectName("warningsDock")
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )

        body = QWidget(self)
        self.kind_filter = QComboBox(body)
        self.kind_filter.setObjectName("warningKindFilter")
        self.epe_filter = QComboBox(body)
        self.epe_filter.setObjectName("warningEpeFilter")
        self.epe_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.epe_filter.setMinimumContentsLength(14)
        self.open_only = QCheckBox(body)
        self.open_only.setObjectName("warningOpenOnly")
        self.sound = QCheckBox(body)
        self.sound.setObjectName("warningSound")
        self.sound.setChecked(settings_.get(settings.WARNINGS_SOUND))
        self.sound.toggled.connect(lambda on: settings_.set(settings.WARNINGS_SOUND, on))
        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.epe_filter, 1)
        filters.addWidget(self.open_only)
        filters.addWidget(self.sound)

        self.table = QTableWidget(0, COLUMNS, body)
        self.table.setObjectName("warningsTable")
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(THUMB.height() + 6)
        self.table.setIconSize(THUMB)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.table.setColumnWidth(COL_SNAPSHOT, THUMB.width() + 8)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._bold = QFont(self.table.font())
        self._bold.setBold(True)  # open warnings stand out
        self.table.itemDoubleClicked.connect(lambda _item: self.open_playback())

        self.details = QLabel(body)
        self.details.setObjectName("warningDetails")
        self.details.setWordWrap(True)
        self.note = QLineEdit(body)
        self.note.setObjectName("warningNote")
        self.note.setMaxLength(NOTE_MAX)
        self.note.returnPressed.connect(self.resolve)
        self.live_button = QPushButton(body)
        self.live_button.setObjectName("warningLive")
        self.live_button.clicked.connect(self.open_live)
        self.playback_button = QPushButton(body)
        self.playback_button.setObjectName("warningPlayback")
        self.playback_button.clicked.connect(self.open_playback)
        self.resolve_button = QPushButton(body)
        self.resolve_button.setObjectName("warningResolve")
        self.resolve_button.clicked.connect(self.resolve)
        self.check_button = QPushButton(body)
        self.check_button.setObjectName("warningToCheck")
        self.check_button.clicked.connect(self.add_to_check)
        self.check_button.setVisible(add_to_check is not None)
        self.message = QLabel(body)
        self.message.setObjectName("warningMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.live_button)
        buttons.addWidget(self.playback_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.resolve_button)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.setWidget(body)

        # Arrivals come in bursts (a storm): one read for a burst, not one per event.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(100)
        self._debounce.timeout.connect(self.reload)
        # A new warning's snapshot is stored a moment after it: look again until it is there.
        self._snapshot_wait = QTimer(self)
        self._snapshot_wait.setSingleShot(True)
        self._snapshot_wait.setInterval(700)
        self._snapshot_wait.timeout.connect(self.reload)
        feed.arrived.connect(self._on_arrived)

        self._retranslate()
        self.kind_filter.currentIndexChanged.connect(self.reload)
        self.epe_filter.currentIndexChanged.connect(self.reload)
        self.open_only.toggled.connect(self.reload)
        self._update_buttons()

    # -- reading -----------------------------------------------------------------------------
    def filters(self) -> Filters:
        kind = self.kind_filter.currentData()
        epe = self.epe_filter.currentData()
        return Filters(
            WarningKind(kind) if kind else None,
            int(epe) if epe is not None else None,
            self.open_only.isChecked(),
        )

    def reload(self) -> Job | None:
        if self._loading:
            self._again = True
            return None
        self._loading = True
        names, self._names_wanted = self._names_wanted, False
        job = Job(load_warnings, self._registry, self.filters(), frozenset(self._thumbnails), names)
        job.signals.succeeded.connect(self._show)
        job.signals.failed.connect(lambda exc: self._failed_read(exc, names))
        job.signals.finished.connect(self._loaded)
        return self.queue.submit(job)

    def _failed_read(self, exc: BaseException, names: bool) -> None:
        self._names_wanted = self._names_wanted or names
        self._say(str(exc))

    def registry_changed(self) -> None:
        """EPEs or cameras were added, renamed or removed: read their names again."""
        self._names_wanted = True
        self.reload()

    def _loaded(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.reload()

    def _on_arrived(self, warning: DeviceWarning, new: bool) -> None:
        if new and self.sound.isChecked():
            self.beeps += 1
            QApplication.beep()
        self._debounce.start()

    def _show(self, loaded: Loaded) -> None:
        for warning_id, image in loaded.thumbnails.items():
            self._thumbnails[warning_id] = QPixmap.fromImage(image)
        if loaded.cameras is not None:
            self._cameras = loaded.cameras
        if loaded.epes is not None and loaded.epes != self._epes:
            self._epes = loaded.epes
            self._fill_epe_filter()
            self._row_keys = []  # names on every row may have changed
        if loaded.filters != self.filters():
            # The officer changed a filter while this was read: the read for the new filters
            # is queued (``_again``); rows of the old ones would flash and mislead.
            self._again = True
            return
        selected = self.selected()
        self.warnings = loaded.warnings
        today = local_day(self._clock())
        keys = [(w, w.id in self._thumbnails, today) for w in self.warnings]
        self.table.setUpdatesEnabled(False)
        if not self._patch_top(keys):
            # Columns sized once after the fill: sized on every new item, 500 rows cost the
            # GUI thread a minute (each item measured every row again).
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            self.table.setRowCount(len(keys))
            for row, key in enumerate(keys):
                # A read with nothing new (a snapshot looked for) refills only what changed.
                if row >= len(self._row_keys) or self._row_keys[row] != key:
                    self._fill_row(row, key[0])
            self.table.setColumnWidth(COL_SNAPSHOT, THUMB.width() + 8)
        for column in range(COL_SNAPSHOT + 1, COLUMNS - 1):
            self.table.resizeColumnToContents(column)
        self._row_keys = keys
        if selected is not None:
            for row, warning in enumerate(self.warnings):
                if warning.id == selected.id and self.table.currentRow() != row:
                    self.table.selectRow(row)
        self.table.setUpdatesEnabled(True)
        self._update_buttons()
        now = self._clock()
        waiting = any(
            not w.snapshot_path
            and not w.snapshot_problem
            and w.camera_number is not None
            and not w.resolved
            and (now - w.received_at).total_seconds() < SNAPSHOT_WAIT_S
            for w in self.warnings
        )
        if waiting:
            self._snapshot_wait.start()
        self.loaded.emit()

    def _patch_top(self, keys: list[tuple[DeviceWarning, bool, dt.date]]) -> bool:
        """The usual change in a storm: some warnings new or counted again on top, the rest
        unchanged below; done as those rows moved or inserted instead of a refill of all."""
        old = self._row_keys
        if not keys or not old or keys[0] == old[0]:
            return False
        for k in range(1, min(len(keys), PATCH_MAX) + 1):
            top_ids = {key[0].id for key in keys[:k]}
            rest = [key for key in old if key[0].id not in top_ids]
            if keys[k:] == rest[: len(keys) - k]:
                break
        else:
            return False
        for row in sorted((i for i, key in enumerate(old) if key[0].id in top_ids), reverse=True):
            self.table.removeRow(row)
        for row in range(k):
            self.table.insertRow(row)
            self._fill_row(row, keys[row][0])
        while self.table.rowCount() > len(keys):
            self.table.removeRow(self.table.rowCount() - 1)
        return True

    def _fill_row(self, row: int, warning: DeviceWarning) -> None:
        picture = QTableWidgetItem()
        pixmap = self._thumbnails.get(warning.id or -1)
        if pixmap is not None:
            picture.setIcon(QIcon(pixmap))
        elif warning.snapshot_problem:
            picture.setText(self.tr("No picture"))
            picture.setToolTip(one_line(warning.snapshot_problem))
        elif warning.camera_number is not None and not warning.resolved:
            picture.setText(self.tr("…"))
        picture.setData(Qt.ItemDataRole.UserRole, warning.id)
        kind = warning.kind.label
        if warning.count > 1:
            kind = f"{kind} ×{warning.count}"
        state = self.tr("Resolved") if warning.resolved else self.tr("Open")
        # Today's warnings by their clock time alone: the dock sits beside the wall, narrow.
        today = local_day(warning.last_at) == local_day(self._clock())
        epe_name = one_line(self._epes.get(warning.epe_id, "?"))
        epe = QTableWidgetItem(short_epe_name(epe_name))
        epe.setToolTip(epe_name)
        items = {
            COL_SNAPSHOT: picture,
            COL_TIME: QTableWidgetItem(show_local(warning.last_at, date=not today, seconds=True)),
            COL_EPE: epe,
            COL_CAMERA: QTableWidgetItem(self.camera_text(warning)),
            COL_KIND: QTableWidgetItem(kind),
            COL_STATE: QTableWidgetItem(state),
        }
        for column, item in items.items():
            if not warning.resolved:
                item.setFont(self._bold)
            self.table.setItem(row, column, item)

    def camera_text(self, warning: DeviceWarning) -> str:
        if warning.camera_number is None:
            return self.tr("Recorder / device")
        found = self._cameras.get((warning.epe_id, warning.camera_number))
        name = one_line(found[1]) if found and found[1] else ""
        number = self.tr("No. %1").replace("%1", str(warning.camera_number))
        return f"{number} {name}".strip()

    def _fill_epe_filter(self) -> None:
        current = self.epe_filter.currentData()
        self.epe_filter.blockSignals(True)
        self.epe_filter.clear()
        self.epe_filter.addItem(self.tr("All EPEs"), None)
        for epe_id, name in sorted(self._epes.items(), key=lambda item: item[1]):
            self.epe_filter.addItem(one_line(name), epe_id)
        index = self.epe_filter.findData(current)
        self.epe_filter.setCurrentIndex(max(0, index))
        self.epe_filter.blockSignals(False)

    # -- the selected warning ------------------------------------------------------------------
    def selected(self) -> DeviceWarning | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.warnings):
            return None
        return self.warnings[rows[0].row()]

    def _camera_id(self, warning: DeviceWarning) -> int | None:
        if warning.camera_id is not None:
            return warning.camera_id
        if warning.camera_number is None:
            return None
        found = self._cameras.get((warning.epe_id, warning.camera_number))
        return found[0] if found else None

    def _update_buttons(self) -> None:
        warning = self.selected()
        has_camera = warning is not None and self._camera_id(warning) is not None
        self.live_button.setEnabled(has_camera)
        self.playback_button.setEnabled(has_camera)
        is_open = warning is not None and not warning.resolved
        self.resolve_button.setEnabled(is_open)
        self.check_button.setEnabled(is_open)
        self.note.setEnabled(is_open)
        if warning is None:
            self.details.setText(self.tr("Select a warning to see it and act on it."))
            return
        lines = [
            self.tr("%1, %2: %3 from %4 to %5 (%6 events).")
            .replace("%1", one_line(self._epes.get(warning.epe_id, "?")))
            .replace("%2", self.camera_text(warning))
            .replace("%3", warning.kind.label)
            .replace("%4", show_local(warning.first_at, seconds=True))
            .replace("%5", show_local(warning.last_at, date=False, seconds=True))
            .replace("%6", str(warning.count))
        ]
        if warning.resolved_at is not None:
            lines.append(
                self.tr("Resolved by %1 at %2: %3")
                .replace("%1", one_line(warning.resolved_by))
                .replace("%2", show_local(warning.resolved_at))
                .replace("%3", one_line(warning.note))
            )
        self.details.setText("\n".join(lines))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- what the officer does -----------------------------------------------------------------
    def open_live(self) -> None:
        warning = self.selected()
        camera_id = self._camera_id(warning) if warning is not None else None
        if camera_id is not None:
            self._open_live(camera_id)

    def open_playback(self) -> None:
        warning = self.selected()
        camera_id = self._camera_id(warning) if warning is not None else None
        if warning is not None and camera_id is not None:
            self._open_playback(camera_id, warning.first_at - dt.timedelta(seconds=PLAYBACK_LEAD_S))

    def resolve(self, note: str | None = None) -> Job | None:
        """Resolve the selected warning with the officer's note (both asked for)."""
        warning = self.selected()
        if warning is None or warning.id is None or warning.resolved:
            return None
        officer = self._officer()
        text = (note if isinstance(note, str) else self.note.text()).strip()
        if officer is None:
            self._say(self.tr("Log in to resolve a warning: the note is kept under your name."))
            return None
        if not can(officer.role, Action.RESOLVE_WARNING):
            self._say(self.tr("Your role may watch warnings but not resolve them."))
            return None
        if not text:
            self._say(self.tr("Write what you found before resolving the warning."))
            self.note.setFocus()
            return None
        self._say("")
        job = Job(resolve_as, self._registry, officer, warning.id, text, self._clock())
        job.signals.succeeded.connect(self._resolved)
        job.signals.failed.connect(lambda exc: self._say(str(exc)))
        return self.queue.submit(job)

    def _resolved(self, _warning: DeviceWarning) -> None:
        self.note.clear()
        self.reload()

    def add_to_check(self) -> Job | None:
        """The selected warning becomes a finding of the open check of its EPE, and is resolved
        with that said."""
        warning = self.selected()
        if warning is None or warning.resolved or self._add_to_check is None:
            return None
        note = self.note.text().strip()
        if not self._add_to_check(warning, note):
            self._say(
                self.tr(
                    "Start a check of %1 first: the warning becomes one of the check's findings."
                ).replace("%1", one_line(self._epes.get(warning.epe_id, "?")))
            )
            return None
        taken = self.tr("Taken into the check as a finding.")
        return self.resolve(f"{taken} {note}".strip())

    def finding_text(self, warning: DeviceWarning, note: str) -> str:
        """The line a check's findings get for ``warning``."""
        text = (
            self.tr("Device warning: %1, %2 at %3 (%4 events).")
            .replace("%1", warning.kind.label)
            .replace("%2", self.camera_text(warning))
            .replace("%3", show_local(warning.first_at, seconds=True))
            .replace("%4", str(warning.count))
        )
        return f"{text} {one_line(note)}".strip()

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Device warnings"))
        current = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in WarningKind:
            self.kind_filter.addItem(kind.label, kind.value)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(current)))
        self.kind_filter.blockSignals(False)
        self._fill_epe_filter()
        self.open_only.setText(self.tr("Open only"))
        self.sound.setText(self.tr("Sound"))
        self.sound.setToolTip(self.tr("Beep when a new warning arrives (off by default)."))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Snapshot"),
                self.tr("Warning"),
                self.tr("Time"),
                self.tr("EPE"),
                self.tr("Camera"),
                self.tr("State"),
            ]
        )
        self.note.setPlaceholderText(self.tr("Note: what you found (needed to resolve)"))
        self.live_button.setText(self.tr("Live"))
        self.live_button.setToolTip(self.tr("Put the camera on the wall."))
        self.playback_button.setText(self.tr("Playback"))
        self.playback_button.setToolTip(self.tr("Play the recording from the warning's moment."))
        self.resolve_button.setText(self.tr("Resolve"))
        self.check_button.setText(self.tr("Add to check"))
        self.check_button.setToolTip(
            self.tr("Add the warning to the open check of its EPE as a finding.")
        )
        for row, warning in enumerate(self.warnings):
            self._fill_row(row, warning)
        self._update_buttons()
