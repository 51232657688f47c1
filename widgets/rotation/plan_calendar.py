"""The monthly monitoring plan on a calendar (Decision 247 II.1).

Each planned check is a chip on its day: the EPE and the officer, coloured by plan versus
reality (done, missed, due now, upcoming). Weekends and public holidays are shaded and named;
the officers away on a day are listed on it. A team lead generates next month's plan (in a
worker, with progress and cancel) and moves checks by dragging chips between days; everyone else
sees the plan read-only. The plan prints as a PDF.

What a month shows, and generating it, is ``app/rotation/plan.py`` (``load_plan_view``,
``generate_and_save``); this module starts those jobs and lays out their results.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import RiskLevel, ValidationError
from app.officers.profiles import Action, Officer, PermissionDeniedError, can
from app.rotation.plan import (
    ItemState,
    ItemStatus,
    MonthPlan,
    PlanStore,
    PlanViewData,
    generate_and_save,
    load_plan_view,
)
from app.sites.registry import Registry
from app.storage.database import RegistryError
from app.timekeeping import Month, WorkingCalendar, local_day, utc_now
from app.workers import Job, JobQueue
from widgets.common.tool_window import adopt_tool_window

MIME_TYPE = "application/x-epewall-plan-item"
ITEM_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
STATE_COLOURS = {
    ItemState.DONE: QColor("#d3f0dc"),
    ItemState.MISSED: QColor("#fbd5d2"),
    ItemState.DUE: QColor("#fff1c2"),
    ItemState.UPCOMING: QColor("#e7eef8"),
}
NON_WORKING = "#eceff1"
TODAY_FRAME = "#0969da"
HOLIDAY_INK = "#b42318"
CHIP_LIMIT = 60  # chips shown per day before "… and N more" (the filter narrows it down)


def state_label(state: ItemState) -> str:
    from PySide6.QtCore import QCoreApplication

    match state:
        case ItemState.DONE:
            return QCoreApplication.translate("PlanCalendar", "done")
        case ItemState.MISSED:
            return QCoreApplication.translate("PlanCalendar", "missed")
        case ItemState.DUE:
            return QCoreApplication.translate("PlanCalendar", "due now")
        case ItemState.UPCOMING:
            return QCoreApplication.translate("PlanCalendar", "upcoming")


class ChipList(QListWidget):
    """The chips of one day. Chips are dragged out and dropped in as plan item ids; the
    calendar moves the item in the store and redraws, so Qt never moves rows itself."""

    item_dropped = Signal(int, object)  # plan item id, the day it was dropped on

    def __init__(self, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.setObjectName(f"planDay-{day.isoformat()}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(1)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The calendar, not the number of chips, decides a day's height; long days scroll.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(60)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.set_editable(False)

    def set_editable(self, editable: bool) -> None:
        self.setDragEnabled(editable)
        self.setAcceptDrops(editable)
        self.viewport().setAcceptDrops(editable)

    def item_ids(self) -> list[int]:
        return [
            int(self.item(row).data(ITEM_ID_ROLE))
            for row in range(self.count())
            if self.item(row).data(ITEM_ID_ROLE) is not None
        ]

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, items: Any) -> QMimeData:
        data = QMimeData()
        ids = [str(i.data(ITEM_ID_ROLE)) for i in items if i.data(ITEM_ID_ROLE) is not None]
        data.setData(MIME_TYPE, QByteArray(",".join(ids).encode()))
        return data

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE) and self.acceptDrops():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE) and self.acceptDrops():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(MIME_TYPE) or not self.acceptDrops():
            event.ignore()
            return
        text = bytes(event.mimeData().data(MIME_TYPE).data()).decode()
        # A copy action, so the source list does not delete its row: the calendar redraws.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        for part in text.split(","):
            if part.strip().isdigit():
                self.item_dropped.emit(int(part), self.day)


class DayCell(QFrame):
    """One day of the calendar: its number, holiday name, who is away, and the chips."""

    def __init__(self, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(120, 90)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.chips = ChipList(day, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 2, 3, 3)
        layout.setSpacing(1)
        layout.addWidget(self.header)
        layout.addWidget(self.chips, 1)


class PlanCalendar(QWidget):
    """The month's plan. ``officer`` is who is logged in: team leads generate and drag."""

    loaded = Signal(object)  # PlanViewData
    generated = Signal(object)  # the saved MonthPlan
    failed = Signal(str)

    def __init__(
        self,
        registry: Registry,
        officer: Officer | None = None,
        *,
        month: Month | None = None,
        today: dt.date | None = None,
        calendar: WorkingCalendar | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planCalendar")
        self._registry = registry
        self._officer = officer
        self._today = today or local_day(utc_now())
        self._calendar = calendar or WorkingCalendar()
        self._month = month or Month.of(self._today)  # this month, as calendars open
        self._data: PlanViewData | None = None
        self._job: Job | None = None
        self._pending = False
        self._officer_filter: int | None = None
        self._warnings: list[str] = []  # the last generation's, for the team lead
        self._question: QMessageBox | None = None
        self._notice = ""  # the last thing done (moved, saved), kept under the summary
        self.cells: dict[dt.date, DayCell] = {}
        self.queue = JobQueue("plan", self)

        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.clicked.connect(lambda: self.set_month(self._month.previous()))
        self.month_label = QLabel(self)
        self.month_label.setObjectName("planMonth")
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.clicked.connect(lambda: self.set_month(self._month.next()))
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("planOfficerFilter")
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.generate_button = QPushButton(self)
        self.generate_button.setObjectName("generatePlan")
        self.generate_button.clicked.connect(self.generate)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.export_pdf)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_generation)
        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.month_label)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(self.filter_combo)
        top.addStretch(1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.generate_button)
        top.addWidget(self.print_button)

        self.summary = QLabel(self)
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(3)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.weekday_labels = [QLabel(self.grid_host) for _ in range(7)]
        for column, label in enumerate(self.weekday_labels):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(label, 0, column)
            self.grid.setColumnStretch(column, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.legend)
        layout.addWidget(scroll, 1)
        adopt_tool_window(self)
        self._build_cells()
        self.retranslate_ui()
        self._apply_permissions()
        self.reload()

    # -- state --

    @property
    def month(self) -> Month:
        return self._month

    @property
    def data(self) -> PlanViewData | None:
        return self._data

    @property
    def busy(self) -> bool:
        return self._job is not None

    @property
    def can_edit(self) -> bool:
        return (
            self._officer is not None
            and self._officer.active
            and can(self._officer.role, Action.EDIT_PLANS)
        )

    def set_officer(self, officer: Officer | None) -> None:
        self._officer = officer
        self._apply_permissions()

    def _apply_permissions(self) -> None:
        editable = self.can_edit
        self.generate_button.setVisible(editable)
        self.generate_button.setEnabled(editable and self._job is None)
        for cell in self.cells.values():
            cell.chips.set_editable(editable)
        self.print_button.setEnabled(self._data is not None and self._data.plan is not None)

    def set_month(self, month: Month) -> None:
        if month != self._month:
            self._month = month
            self._data = None
            self._warnings = []
            self._notice = ""
            self._build_cells()
            self.retranslate_ui()
            self.reload()

    def set_officer_filter(self, officer_id: int | None) -> None:
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(officer_id or 0)))

    def _on_filter_changed(self, _index: int) -> None:
        value = self.filter_combo.currentData()
        self._officer_filter = int(value) if value else None
        self._fill_chips()

    # -- cells --

    def _build_cells(self) -> None:
        for cell in self.cells.values():
            self.grid.removeWidget(cell)
            cell.deleteLater()
        self.cells = {}
        first = self._month.first_day
        for day in self._month.days():
            week = (first.weekday() + day.day - 1) // 7
            cell = DayCell(day, self.grid_host)
            cell.chips.item_dropped.connect(self.move_item)
            cell.chips.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            cell.chips.customContextMenuRequested.connect(
                lambda pos, c=cell: self._show_chip_menu(c, pos)
            )
            self.grid.addWidget(cell, week + 1, day.weekday())
            self.cells[day] = cell
        self._apply_permissions()

    def _day_header(self, day: dt.date) -> str:
        data = self._data
        parts = [f"<b>{day.day}</b>"]
        if day == self._today:
            today = self.tr("Today")
            parts.append(f'<b style="color:{TODAY_FRAME}">{_html(today)}</b>')
        if data is not None:
            holiday = data.holidays.get(day)
            if holiday:
                parts.append(f'<span style="color:{HOLIDAY_INK}">{_html(holiday)}</span>')
            away = data.away_codes(day)
            if away:
                parts.append(
                    '<span style="color:#59636e">'
                    + _html(self.tr("Away: {codes}").format(codes=", ".join(away)))
                    + "</span>"
                )
        return " ".join(parts)

    def _fill_chips(self) -> None:
        data = self._data
        by_day: dict[dt.date, list[ItemStatus]] = {}
        if data is not None:
            for status in data.statuses:
                if self._officer_filter is None or status.item.officer_id == self._officer_filter:
                    by_day.setdefault(status.item.day, []).append(status)
        for day, cell in self.cells.items():
            working = data is None or day in data.working
            style = "" if working else f"QFrame, QListWidget {{ background: {NON_WORKING}; }}"
            if day == self._today:
                style += f" DayCell {{ border: 2px solid {TODAY_FRAME}; }}"
            cell.setStyleSheet(style.strip())
            cell.header.setText(self._day_header(day))
            chips = cell.chips
            chips.clear()
            statuses = sorted(by_day.get(day, []), key=lambda s: self._chip_sort(s))
            for status in statuses[:CHIP_LIMIT]:
                chips.addItem(self._chip(status))
            if len(statuses) > CHIP_LIMIT:
                more = QListWidgetItem(
                    self.tr("… and {count} more").format(count=len(statuses) - CHIP_LIMIT)
                )
                more.setFlags(Qt.ItemFlag.NoItemFlags)
                chips.addItem(more)

    def _chip_sort(self, status: ItemStatus) -> tuple[str, str]:
        assert self._data is not None
        epe = self._data.epes.get(status.item.epe_id)
        return (epe.name if epe else "", str(status.item.id))

    def _chip(self, status: ItemStatus) -> QListWidgetItem:
        assert self._data is not None
        item = status.item
        epe = self._data.epes.get(item.epe_id)
        officer = self._data.officers.get(item.officer_id) if item.officer_id else None
        name = epe.name if epe else str(item.epe_id)
        short = name.removeprefix("Công ty TNHH ").removeprefix("Công ty ")
        code = officer.code if officer else "—"
        risk = "▲ " if epe is not None and RiskLevel(epe.risk_level) is RiskLevel.HIGH else ""
        chip = QListWidgetItem(f"{risk}{code} · {short}")
        chip.setData(ITEM_ID_ROLE, item.id)
        chip.setBackground(QBrush(STATE_COLOURS[status.state]))
        first, last = status.window
        chip.setToolTip(
            self.tr(
                "{epe} ({tax_id}), risk {risk}\nOfficer: {officer}\nWindow: {first} – {last}\n"
                "State: {state}"
            ).format(
                epe=name,
                tax_id=epe.tax_id if epe else "",
                risk=RiskLevel(epe.risk_level).label() if epe else "",
                officer=f"{officer.full_name} ({officer.code})" if officer else self.tr("nobody"),
                first=f"{first:%d/%m}",
                last=f"{last:%d/%m}",
                state=state_label(status.state),
            )
        )
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.can_edit:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        chip.setFlags(flags)
        return chip

    def chip_days(self) -> dict[int, dt.date]:
        """Plan item id -> the day its chip is on (what the officer sees)."""
        return {
            item_id: day for day, cell in self.cells.items() for item_id in cell.chips.item_ids()
        }

    # -- loading --

    def _run(self, job: Job, on_success: Callable[[Any], None]) -> None:
        job.signals.succeeded.connect(on_success)
        job.signals.failed.connect(self._on_failed)
        job.signals.finished.connect(self._on_finished)
        self._job = job
        self.progress.setVisible(True)
        self._apply_permissions()
        self.queue.submit(job)

    def reload(self) -> None:
        if self._job is not None:
            self._pending = True
            return
        self.progress.setRange(0, 0)
        self._run(
            Job(load_plan_view, self._registry, self._month, self._today, self._calendar),
            self._on_loaded,
        )

    def _on_finished(self) -> None:
        self._job = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._apply_permissions()
        if self._pending:
            self._pending = False
            self.reload()

    def _on_failed(self, exc: BaseException) -> None:
        from app.workers import CancelledError

        message = (
            self.tr("Plan generation cancelled; the saved plan is unchanged.")
            if isinstance(exc, CancelledError)
            else str(exc)
        )
        self.summary.setText(message)
        self.failed.emit(message)

    def _on_loaded(self, data: PlanViewData) -> None:
        if data.month != self._month:
            self._pending = True
            return
        self._data = data
        current = self.filter_combo.currentData()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(self.tr("All officers"), 0)
        for officer in sorted(data.officers.values(), key=lambda o: o.full_name):
            self.filter_combo.addItem(f"{officer.full_name} ({officer.code})", officer.id)
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(current or 0)))
        self.filter_combo.blockSignals(False)
        self._fill_chips()
        self._show_summary()
        self._apply_permissions()
        self.loaded.emit(data)

    def _show_summary(self) -> None:
        warnings = self._warnings
        data = self._data
        if data is None:
            self.summary.setText(self.tr("Loading…"))
            return
        if data.plan is None:
            text = self.tr("There is no plan for this month yet.")
            if self.can_edit:
                text += " " + self.tr("Use “Generate plan” to make one.")
            self.summary.setText(text)
            return
        counts = data.state_counts()
        text = self.tr(
            "{count} planned checks: {done} done, {missed} missed, {due} due now, "
            "{upcoming} upcoming."
        ).format(
            count=len(data.statuses),
            done=counts[ItemState.DONE],
            missed=counts[ItemState.MISSED],
            due=counts[ItemState.DUE],
            upcoming=counts[ItemState.UPCOMING],
        )
        load = {code or self.tr("nobody"): count for code, count in data.officer_load().items()}
        text += " " + self.tr("Per officer: {load}.").format(
            load=", ".join(f"{code} {count}" for code, count in sorted(load.items()))
        )
        if self._notice:
            text += " " + self._notice
        if warnings:
            text += "\n" + "\n".join(warnings[:5])
            if len(warnings) > 5:
                text += "\n" + self.tr("… and {count} more warnings.").format(
                    count=len(warnings) - 5
                )
        self.summary.setText(text)

    # -- generating and editing --

    def generate(self) -> None:
        """ "Generate plan": asks first when the month already has a plan."""
        if not self.can_edit or self._job is not None:
            return
        if self._data is not None and self._data.plan is not None:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Replace the plan?"),
                self.tr(
                    "{month} already has a plan. Generate a new one and replace "
                    "it, with the changes made to it?"
                ).format(month=self._month_text()),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.accepted.connect(self.start_generation)
            self._question = box
            box.open()
            return
        self.start_generation()

    def start_generation(self) -> Job | None:
        if not self.can_edit or self._job is not None:
            return None
        assert self._officer is not None
        job = Job(generate_and_save, self._registry, self._month, self._officer, self._calendar)
        job.signals.progress.connect(self._on_progress)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(True)
        self._run(job, self._on_generated)
        return job

    def cancel_generation(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _on_generated(self, plan: MonthPlan) -> None:
        self.generated.emit(plan)
        self._pending = True  # reload when the job has finished
        self._warnings = list(plan.warnings)

    def move_item(self, item_id: int, day: dt.date) -> bool:
        """Move a planned check to ``day`` (a drop on the calendar). Team leads only."""
        if not self.can_edit or self._data is None:
            return False
        current = self._data.status_of(item_id)
        if current is None or current.item.day == day:
            return False
        try:
            PlanStore(self._registry).move_item(self._officer, item_id, day)
        except (ValidationError, PermissionDeniedError, KeyError, RegistryError) as exc:
            QMessageBox.warning(self, self.tr("The check was not moved"), str(exc))
            return False
        if day in self._data.working:
            self._notice = self.tr("Moved to {day}.").format(day=f"{day:%d/%m/%Y}")
        else:
            self._notice = self.tr("Moved to {day}, which is not a working day.").format(
                day=f"{day:%d/%m/%Y}"
            )
        self._show_summary()
        self.reload()
        return True

    def chip_menu(self, day: dt.date, row: int) -> QMenu | None:
        """The chip's context menu: "Move to" any working day of the month, for team leads
        who would rather not drag (keyboard, touchpad)."""
        chip = self.cells[day].chips.item(row)
        if not self.can_edit or self._data is None or chip is None:
            return None
        item_id = chip.data(ITEM_ID_ROLE)
        if item_id is None:
            return None
        menu = QMenu(self)
        move = menu.addMenu(self.tr("Move to"))
        for target in sorted(self._data.working):
            if target == day:
                continue
            action = move.addAction(f"{self._weekday(target)} {target:%d/%m}")
            action.triggered.connect(
                lambda _checked=False, i=int(item_id), d=target: self.move_item(i, d)
            )
        return menu

    def _weekday(self, day: dt.date) -> str:
        names = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        return names[day.weekday()]

    def _show_chip_menu(self, cell: DayCell, pos: QPoint) -> None:
        chip = cell.chips.itemAt(pos)
        if chip is None:
            return
        menu = self.chip_menu(cell.day, cell.chips.row(chip))
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(cell.chips.viewport().mapToGlobal(pos))

    # -- printing --

    def export_pdf(self) -> None:
        if self._data is None or self._data.plan is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the plan as PDF"),
            f"plan-{self._month}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.export_pdf_to(Path(path))

    def export_pdf_to(self, path: Path) -> Path | None:
        from widgets.rotation.rotation_reports import ReportError, render_plan_pdf

        data = self._data
        if data is None or data.plan is None:
            return None
        try:
            out = render_plan_pdf(
                self._registry,
                data.plan,
                path,
                absences=data.absences,
                officer_names={i: f"{o.full_name} ({o.code})" for i, o in data.officers.items()},
                calendar=self._calendar,
                prepared_by=self._officer,
            )
        except ReportError as exc:
            QMessageBox.warning(self, self.tr("The file was not saved"), str(exc))
            return None
        from app import exports

        exports.announce("plan_pdf", out, month=str(self._month))
        self._notice = self.tr("Saved {path}.").format(path=out)
        self._show_summary()
        return out

    # -- text --

    def _month_text(self) -> str:
        return f"{self._month.month:02d}/{self._month.year}"

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Monthly plan"))
        self.month_label.setText(self.tr("Plan for {month}").format(month=self._month_text()))
        self.previous_button.setToolTip(self.tr("Previous month"))
        self.next_button.setToolTip(self.tr("Next month"))
        self.generate_button.setText(self.tr("Generate plan…"))
        self.generate_button.setToolTip(
            self.tr(
                "Plan every EPE at least once, risk EPEs more often, spread over the working days "
                "and the responsible officers, around holidays and absences"
            )
        )
        self.print_button.setText(self.tr("Print (PDF)…"))
        self.cancel_button.setText(self.tr("Cancel"))
        names = [
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        ]
        for label, name in zip(self.weekday_labels, names, strict=True):
            label.setText(f"<b>{name}</b>")
        self.legend.setText(
            " ".join(
                f'<span style="background:{STATE_COLOURS[s].name()}">&nbsp;'
                f"{_html(state_label(s))}&nbsp;</span>"
                for s in ItemState
            )
            + "&nbsp;&nbsp;"
            + _html(
                self.tr("▲ high risk. Drag a chip to another day to move the check (team leads).")
            )
        )
        if self.filter_combo.count():
            self.filter_combo.setItemText(0, self.tr("All officers"))
        self._fill_chips()
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: Any) -> None:
        self.queue.cancel_all()
        self.queue.wait(10_000)
        super().closeEvent(event)


def _html(text: str) -> str:
    import html

    return html.escape(text, quote=False)
