"""The EPE status board: a dock under the wall listing every EPE with mandatory cameras, worst
first, with colour AND text (never colour alone), a filter box, and a details panel with each
camera's condition, since when, and its availability per day of the month.

The rows come from a loader (``app.health.status``) run as a Job on the board's own queue, so a
refresh never blocks the window; refreshes asked for while one runs are folded into one more.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import settings
from app.health.status import OK, CameraStatus, EpeStatus, InterruptionStatus, Severity
from app.health.store import HealthStore
from app.safe_text import one_line
from app.sites.registry import Registry
from app.timekeeping import local_day, show_local, utc_now
from app.workers import Job, JobQueue
from widgets.sites.site_tree import fold

MAX_COLUMN_WIDTH = 250
GROW_COLUMNS_UP_TO_ROWS = 200
CENTRE = Qt.AlignmentFlag.AlignCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

# Columns of the board.
# What an officer acts on first comes first: at 1366 px the last ones may need a scroll (the
# details panel repeats them per camera).
STATE, EPE, ONLINE, DOWN_SINCE, FOLLOW_UP, INTERRUPTION, WORST, TODAY, MONTH = range(9)
# Columns of the details panel before the days of the month.
CAM_NUMBER, CAM_NAME, CAM_CONDITION, CAM_SINCE = range(4)
CAM_DAYS = 4

# Background and text colour per severity; the cell always says the state in words too.
SEVERITY_COLOURS = {
    Severity.DARK: ("#8e1b1b", "#ffffff"),
    Severity.OVERDUE: ("#c45100", "#ffffff"),
    Severity.DOWN: ("#f2c94c", "#1f1f1f"),
    Severity.NOT_FOLLOWED_UP: ("#fff3a0", "#1f1f1f"),
    Severity.OPEN: ("#cfe3ff", "#1f1f1f"),
    Severity.UNCHECKED: ("#e3e3e3", "#1f1f1f"),
    Severity.HEALTHY: ("#cdebd0", "#1f1f1f"),
}
ALERT_COLOURS = ("#fff3a0", "#7a3d00")  # "not followed up today", "N days overdue"


def availability_colours(value: float) -> tuple[str, str]:
    if value >= 0.99:
        return "#cdebd0", "#1f1f1f"
    if value >= 0.9:
        return "#f2c94c", "#1f1f1f"
    return "#8e1b1b", "#ffffff"


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


@dataclass(frozen=True)
class Cell:
    """One cell of the board: its words, and colours that only repeat what the words say."""

    text: str
    colours: tuple[str, str] | None = None  # background, text
    bold: bool = False
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: str = ""
    link: str = ""  # the interruption a click opens


class BoardModel(QAbstractTableModel):
    """The board's rows as cells computed once per refresh (a model, not items: 500 rows
    are filled in a few milliseconds)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells: list[list[Cell]] = []
        self._headers: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._link = QFont()
        self._link.setUnderline(True)
        self._bold_link = QFont(self._bold)
        self._bold_link.setUnderline(True)
        self._brushes: dict[str, QBrush] = {}

    def set_cells(self, cells: list[list[Cell]]) -> None:
        self.beginResetModel()
        self.cells = cells
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def _brush(self, colour: str) -> QBrush:
        brush = self._brushes.get(colour)
        if brush is None:
            brush = self._brushes[colour] = QBrush(QColor(colour))
        return brush

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        cell = self.cells[index.row()][index.column()]
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return cell.text
            case Qt.ItemDataRole.ToolTipRole:
                return cell.tooltip or None
            case Qt.ItemDataRole.BackgroundRole:
                return self._brush(cell.colours[0]) if cell.colours else None
            case Qt.ItemDataRole.ForegroundRole:
                return self._brush(cell.colours[1]) if cell.colours else None
            case Qt.ItemDataRole.FontRole:
                if cell.link:
                    return self._bold_link if cell.bold else self._link
                return self._bold if cell.bold else None
            case Qt.ItemDataRole.TextAlignmentRole:
                return cell.align
        return None


class StatusBoard(QDockWidget):
    """The board dock. ``load`` returns the rows (called on a worker thread); ``clock`` gives
    the time "down for" is counted to."""

    epe_activated = Signal(int)  # put this EPE's cameras on the wall
    interruption_requested = Signal(str)  # open the register on this record
    refreshed = Signal()

    def __init__(
        self,
        load: Callable[[], list[EpeStatus]],
        parent: QWidget | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._clock = clock
        self.rows: list[EpeStatus] = []
        self.health: HealthStore | None = None  # the store the rows come from, if any
        self._job: Job | None = None
        self._pending = False
        self._closed = False
        self.queue = JobQueue("status-board", self)
        self.setObjectName("statusBoard")
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )

        body = QWidget(self)
        self.filter = QLineEdit(body)
        self.filter.setObjectName("boardFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.summary = QLabel(body)
        self.summary.setObjectName("boardSummary")
        self.model = BoardModel(self)
        self.table = QTableView(body)
        self.table.setModel(self.model)
        self.table.setObjectName("boardTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # Widths measured once on the first rows (measuring 500 rows at each refresh would
        # cost the GUI thread seconds), then the officer's to change.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._sized = False
        self.table.clicked.connect(self._on_clicked)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.details_title = QLabel(body)
        self.details_title.setObjectName("boardDetailsTitle")
        self.details_title.setWordWrap(True)
        self.details = QTableWidget(0, CAM_DAYS, body)
        self.details.setObjectName("boardCameras")
        self.details.verticalHeader().setVisible(False)
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.setWordWrap(False)
        details_box = QWidget(body)
        details_layout = QVBoxLayout(details_box)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details_title)
        details_layout.addWidget(self.details, 1)

        table_box = QWidget(body)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.filter)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.summary)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, body)
        self.splitter.addWidget(table_box)
        self.splitter.addWidget(details_box)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 260])
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.splitter)
        self.setWidget(body)

        self.action_wall = QAction(self)
        self.action_wall.triggered.connect(self._wall_from_selection)
        self.action_register = QAction(self)
        self.action_register.triggered.connect(self._register_from_selection)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh)
        # Time passes without any change: "down for", overdue and "today" move on.
        self.ticker = QTimer(self)
        self.ticker.setInterval(60_000)
        self.ticker.timeout.connect(self.refresh)
        self.ticker.start()
        self._retranslate()

    # -- loading ----------------------------------------------------------------------------
    def request_refresh(self, _epe_id: int | None = None) -> None:
        """A change reported (``HealthMonitor.changed``, a register change): refresh soon, once
        for a burst of changes."""
        if not self._closed:
            self._debounce.start()

    def refresh(self) -> Job | None:
        if self._closed:
            return None
        if self._job is not None:
            self._pending = True
            return self._job
        job = self._job = Job(self._load)
        job.signals.succeeded.connect(self._on_loaded)
        job.signals.failed.connect(self._on_failed)
        job.signals.finished.connect(self._on_finished)
        return self.queue.submit(job)

    def _on_loaded(self, rows: list[EpeStatus]) -> None:
        if not self._closed:
            self.set_rows(rows)

    def _on_failed(self, exc: BaseException) -> None:
        self.summary.setText(
            self.tr("The board could not be refreshed: {error}").format(error=one_line(str(exc)))
        )

    def _on_finished(self) -> None:
        self._job = None
        if self._pending and not self._closed:
            self._pending = False
            self.refresh()

    def shutdown(self) -> None:
        """The window closes: no more refreshes; a running load ends on its own (it is short)."""
        self._closed = True
        self._debounce.stop()
        self.ticker.stop()
        self.queue.cancel_all()
        self.queue.wait(5_000)

    # -- showing ----------------------------------------------------------------------------
    def set_rows(self, rows: list[EpeStatus]) -> None:
        selected = self.selected_epe_id()
        self.rows = rows
        now = self._clock()
        self.model.set_cells([self._row_items(row, now) for row in rows])
        if rows and not self._sized:
            self._sized = True
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):  # long records: a tooltip says all
                if self.table.columnWidth(column) > MAX_COLUMN_WIDTH:
                    self.table.setColumnWidth(column, MAX_COLUMN_WIDTH)
        elif rows and len(rows) <= GROW_COLUMNS_UP_TO_ROWS:
            # A state that appears later ("Whole EPE dark", a down-since time) widens its
            # column instead of showing "…"; columns never shrink under the officer's hand.
            for column in range(self.model.columnCount()):
                wanted = min(self.table.sizeHintForColumn(column), MAX_COLUMN_WIDTH)
                if wanted > self.table.columnWidth(column):
                    self.table.setColumnWidth(column, wanted)
        self._apply_filter()
        if selected is not None:
            self.select_epe(selected)
        self._show_details()
        self._show_summary()
        self.refreshed.emit()

    def _row_items(self, row: EpeStatus, now: dt.datetime) -> list[Cell]:
        state = Cell(
            row.severity.label(), colours=SEVERITY_COLOURS[row.severity], bold=row.severity <= 1
        )
        name = Cell(
            one_line(row.name), tooltip=self.tr("Tax ID {tax_id}").format(tax_id=row.tax_id)
        )
        online = Cell(f"{row.online}/{row.total}", align=CENTRE)
        worst = Cell(row.worst.label())
        since = Cell(self._since_text(row.down_since, now) if row.down_since else "")
        record = row.interruptions[0] if row.interruptions else None
        interruption = Cell(self._interruption_text(record) if record else "")
        if record is not None:
            interruption = replace(
                interruption,
                link=record.id,
                tooltip=interruption.text
                + "\n"
                + self.tr("Click to open the interruption register"),
            )
            if record.days_overdue:
                interruption = replace(interruption, colours=ALERT_COLOURS, bold=True)
        follow_up = Cell(self._follow_up_text(row))
        if row.not_followed_up:
            follow_up = replace(follow_up, colours=ALERT_COLOURS, bold=True)
        today = Cell(percent(row.today), align=RIGHT)
        month = Cell(percent(row.month), align=RIGHT)
        return [state, name, online, since, follow_up, interruption, worst, today, month]

    def _since_text(self, since: dt.datetime, now: dt.datetime) -> str:
        minutes = max(0, int((now - since).total_seconds() // 60))
        if minutes >= 24 * 60:
            span = self.tr("{days} d {hours} h").format(
                days=minutes // 1440, hours=minutes % 1440 // 60
            )
        elif minutes >= 60:
            span = self.tr("{hours} h {minutes} min").format(
                hours=minutes // 60, minutes=minutes % 60
            )
        else:
            span = self.tr("{minutes} min").format(minutes=minutes)
        # Today's time alone: the date only when it began on another day.
        same_day = local_day(since) == local_day(now)
        shown = show_local(since, date=not same_day)
        return self.tr("{time} ({span})").format(time=shown, span=span)

    def _interruption_text(self, record: InterruptionStatus) -> str:
        parts = [
            kind_label(record.kind),
            self.tr("due {date}").format(date=record.due.isoformat()),
        ]
        if record.extended_to is not None:
            parts.append(self.tr("extended to {date}").format(date=record.extended_to.isoformat()))
        if record.days_overdue:
            parts.append(self.tr("%n day(s) overdue", "", record.days_overdue))
        if record.closing_proposed:
            parts.append(self.tr("closing proposed"))
        return " · ".join(parts)

    def _follow_up_text(self, row: EpeStatus) -> str:
        if not row.interruptions:
            return ""
        if row.not_followed_up:
            return self.tr("NOT followed up today")
        if all(r.followed_up_today for r in row.interruptions):
            return self.tr("Followed up today")
        return self.tr("Not a working day")

    def _show_summary(self) -> None:
        dark = sum(1 for r in self.rows if r.severity is Severity.DARK)
        down = sum(1 for r in self.rows if r.online < r.total and r.severity is not Severity.DARK)
        overdue = sum(1 for r in self.rows if r.overdue)
        not_followed = sum(1 for r in self.rows if r.not_followed_up)
        self.summary.setText(
            self.tr(
                "{epes} EPEs: {dark} dark, {down} with cameras down, {overdue} overdue, "
                "{not_followed} not followed up today. Updated {time}."
            ).format(
                epes=len(self.rows),
                dark=dark,
                down=down,
                overdue=overdue,
                not_followed=not_followed,
                time=show_local(self._clock(), date=False, seconds=True),
            )
        )

    def _apply_filter(self) -> None:
        words = fold(self.filter.text()).split()
        for index, row in enumerate(self.rows):
            text = fold(f"{row.name} {row.tax_id} {row.severity.label()}")
            self.table.setRowHidden(index, not all(word in text for word in words))

    def visible_rows(self) -> list[int]:
        """The indexes in ``rows`` the filter shows."""
        return [i for i in range(len(self.rows)) if not self.table.isRowHidden(i)]

    def text(self, row: int, column: int) -> str:
        return self.model.cells[row][column].text

    # -- the selected EPE -------------------------------------------------------------------
    def selected_epe_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()].epe_id

    def select_epe(self, epe_id: int) -> bool:
        for index, row in enumerate(self.rows):
            if row.epe_id == epe_id and not self.table.isRowHidden(index):
                self.table.selectRow(index)
                return True
        return False

    def row_of(self, epe_id: int) -> int:
        return next(i for i, row in enumerate(self.rows) if row.epe_id == epe_id)

    def _selected_row(self) -> EpeStatus | None:
        epe_id = self.selected_epe_id()
        return next((r for r in self.rows if r.epe_id == epe_id), None)

    def _show_details(self) -> None:
        row = self._selected_row()
        self.details.clearContents()
        if row is None:
            self.details.setRowCount(0)
            self.details.setColumnCount(CAM_DAYS)
            self.details_title.setText(self.tr("Select an EPE to see its cameras."))
            return
        now = self._clock()
        today = local_day(now)
        days = max((len(c.days) for c in row.cameras), default=0)
        self.details_title.setText(
            self.tr(
                "{epe}: each mandatory camera, and the share of each day of {month} it was "
                "online (%)."
            ).format(epe=one_line(row.name), month=today.strftime("%m/%Y"))
        )
        self.details.setColumnCount(CAM_DAYS + days)
        self.details.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Camera"), self.tr("Condition"), self.tr("Since")]
            + [str(day) for day in range(1, days + 1)]
        )
        self.details.setRowCount(len(row.cameras))
        for index, camera in enumerate(row.cameras):
            for column, item in enumerate(self._camera_items(camera, now)):
                self.details.setItem(index, column, item)
        self.details.resizeColumnsToContents()

    def _camera_items(self, camera: CameraStatus, now: dt.datetime) -> list[QTableWidgetItem]:
        condition = _item(camera.condition.label())
        if camera.down:
            _colour(condition, *SEVERITY_COLOURS[Severity.DARK], bold=True)
        elif camera.condition == OK:
            _colour(condition, *SEVERITY_COLOURS[Severity.HEALTHY])
        if camera.detail:
            condition.setToolTip(one_line(camera.detail))
        items = [
            _item(str(camera.number)),
            _item(one_line(camera.name) or camera.position.label()),
            condition,
            _item(self._since_text(camera.since, now) if camera.since else ""),
        ]
        for value in camera.days:
            cell = _item("" if value is None else f"{value * 100:.0f}")
            if value is not None:
                _colour(cell, *availability_colours(value))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            items.append(cell)
        return items

    # -- the officer's hand -----------------------------------------------------------------
    def _on_clicked(self, index: QModelIndex) -> None:
        if index.column() != INTERRUPTION:
            return
        record_id = self.model.cells[index.row()][INTERRUPTION].link
        if record_id:
            self.interruption_requested.emit(record_id)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.column() != INTERRUPTION:
            self.epe_activated.emit(self.rows[index.row()].epe_id)

    def _wall_from_selection(self) -> None:
        epe_id = self.selected_epe_id()
        if epe_id is not None:
            self.epe_activated.emit(epe_id)

    def _register_from_selection(self) -> None:
        row = self._selected_row()
        if row is not None and row.interruptions:
            self.interruption_requested.emit(row.interruptions[0].id)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        row = self._selected_row()
        self.action_register.setEnabled(row is not None and bool(row.interruptions))
        menu = QMenu(self)
        menu.addActions([self.action_wall, self.action_register])
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- language ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("EPE status board"))
        self.toggleViewAction().setText(self.tr("EPE status &board"))
        self.filter.setPlaceholderText(self.tr("Filter by EPE name, tax ID or state…"))
        self.model.set_headers(
            [
                self.tr("State"),
                self.tr("EPE"),
                self.tr("Online"),
                self.tr("Down since"),
                self.tr("Follow-up"),
                self.tr("Open interruption (deadline)"),
                self.tr("Worst condition"),
                self.tr("Today"),
                self.tr("Month"),
            ]
        )
        self.action_wall.setText(self.tr("Put its cameras on the wall"))
        self.action_register.setText(self.tr("Open its interruption in the register"))
        if self.rows:
            self.set_rows(self.rows)
        else:
            self._show_details()


def _item(
    text: str, background: str = "", foreground: str = "", bold: bool = False
) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if background:
        _colour(item, background, foreground, bold=bold)
    return item


def _colour(item: QTableWidgetItem, background: str, foreground: str, bold: bool = False) -> None:
    item.setBackground(QBrush(QColor(background)))
    item.setForeground(QBrush(QColor(foreground)))
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)


def kind_label(value: str) -> str:
    """Equipment (10 working days) or transmission (3): app/interruptions/model.py's words."""
    try:
        from app.interruptions.model import InterruptionKind
    except ImportError:  # pragma: no cover - before the register's branch is merged
        return value
    try:
        return str(InterruptionKind(value).label())
    except ValueError:
        return value


def install_board(
    window: QMainWindow,
    registry: Registry,
    health: HealthStore,
    settings_: settings.Settings,
) -> StatusBoard:
    """The board as a dock at the bottom of ``window``, fed from ``health`` (the monitor's
    store) and the interruption register, refreshed once now."""
    from app.health.status import BoardSource
    from app.interruptions.register import InterruptionRegister

    propose_after = dt.timedelta(minutes=settings_.get(settings.HEALTH_PROPOSE_CLOSE_AFTER_MINUTES))
    source = BoardSource(
        registry, health, InterruptionRegister(registry), propose_close_after=propose_after
    )

    def load() -> list[EpeStatus]:
        return source.load(utc_now())

    board = StatusBoard(load, window)
    board.health = health
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, board)
    # A third of a small screen at most: the wall keeps the rest (the dock can be closed,
    # floated or resized; Wall > EPE status board brings it back).
    height = window.screen().availableGeometry().height()
    window.resizeDocks([board], [max(160, min(260, height // 4))], Qt.Orientation.Vertical)
    board.refresh()
    return board
