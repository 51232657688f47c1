"""The cases window: every case with its state, EPE, who opened it and when, filtered by state
and EPE; a case opens in its own window. ``CaseViews`` puts it in a main-window menu.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.cases import records
from app.cases.book import CaseBook, CaseSummary, decision_label, state_label
from app.officers.profiles import Action, Officer, can
from app.safe_text import one_line
from app.sites.registry import Registry
from app.timekeeping import show_local, utc_now
from app.workers import Job, JobQueue
from widgets.cases.actions import NewCaseDialog, open_new_case, show_case
from widgets.cases.case_view import CaseView, _error_text
from widgets.common.tool_window import ToolWindowEntry, adopt_tool_window, fit_to_screen


class CasesWindow(QWidget):
    """The list of cases."""

    loaded = Signal()

    def __init__(
        self,
        registry: Registry,
        officer: Officer | None,
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("casesWindow")
        self._registry = registry
        self._officer = officer
        self._clock = clock
        self._book = CaseBook(registry, clock)
        self.cases: list[CaseSummary] = []
        self.view: CaseView | None = None
        self.dialog: NewCaseDialog | None = None
        self.queue = JobQueue("cases", self)
        self.state_label = QLabel(self)
        self.state = QComboBox(self)
        self.state.setObjectName("stateFilter")
        self.epe_label = QLabel(self)
        self.epe = QLineEdit(self)
        self.epe.setObjectName("epeFilter")
        self.epe.setClearButtonEnabled(True)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newCase")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openCase")
        self.count = QLabel(self)
        self.count.setObjectName("count")
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("cases")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        for widget in (self.state_label, self.state, self.epe_label):
            top.addWidget(widget)
        top.addWidget(self.epe, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.state.currentIndexChanged.connect(self.reload)
        self.epe.textChanged.connect(self.reload)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(self.open_selected)
        self.table.itemDoubleClicked.connect(self.open_selected)
        self.new_button.clicked.connect(self.new_case)
        self.open_button.clicked.connect(self.open_selected)
        self.retranslate_ui()
        adopt_tool_window(self)
        fit_to_screen(self, 1100, 640)
        self._update_buttons()
        self.reload()

    def set_officer(self, officer: Officer | None) -> None:
        self._officer = officer
        self._update_buttons()

    def _update_buttons(self) -> None:
        officer = self._officer
        self.new_button.setEnabled(
            officer is not None and officer.active and can(officer.role, Action.OPEN_CASE)
        )
        self.open_button.setEnabled(self.selected() is not None)

    def selected(self) -> CaseSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        case_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((c for c in self.cases if c.id == case_id), None)

    def reload(self) -> Job:
        job = Job(self._book.list, self.state.currentData() or None, self.epe.text().strip())
        job.signals.succeeded.connect(self._show)
        job.signals.failed.connect(lambda exc: self.count.setText(_error_text(exc)))
        self.queue.submit(job)
        return job

    def _show(self, cases: list[CaseSummary]) -> None:
        chosen = self.selected()
        self.cases = cases
        self.table.setRowCount(len(cases))
        for row, case in enumerate(cases):
            decision = decision_label(case.decision) if case.decision else ""
            cells = [
                state_label(case.state),
                f"{case.epe_name} ({case.epe_tax_id})",
                f"{case.opened_by_name} ({case.opened_by})",
                show_local(case.opened_at),
                show_local(case.updated_at),
                str(case.items),
                decision,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(one_line(text))
                if column == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, case.id)
                self.table.setItem(row, column, cell)
            if chosen is not None and chosen.id == case.id:
                self.table.selectRow(row)
        self.count.setText(self.tr("%n case(s)", "", len(cases)))
        self._update_buttons()
        self.loaded.emit()

    def open_selected(self) -> CaseView | None:
        case = self.selected()
        if case is None:
            return None
        self.view = show_case(self._registry, self._officer, case.id, self, self._clock)
        self.view.changed.connect(lambda _case: self.reload())
        return self.view

    def new_case(self) -> NewCaseDialog | None:
        if self._officer is None or not self.new_button.isEnabled():
            return None
        self.dialog = open_new_case(self, self._registry, self._officer, None, clock=self._clock)
        self.dialog.opened.connect(lambda _case: self.reload())
        return self.dialog

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Cases sent to the head of unit"))
        self.state_label.setText(self.tr("&State:"))
        self.state_label.setBuddy(self.state)
        self.epe_label.setText(self.tr("&EPE:"))
        self.epe_label.setBuddy(self.epe)
        self.epe.setPlaceholderText(self.tr("name or tax ID"))
        current = self.state.currentData()
        self.state.blockSignals(True)
        self.state.clear()
        self.state.addItem(self.tr("All"), "")
        for state in records.STATES:
            self.state.addItem(state_label(state), state)
        self.state.setCurrentIndex(max(0, self.state.findData(current)))
        self.state.blockSignals(False)
        self.new_button.setText(self.tr("&New case…"))
        self.open_button.setText(self.tr("&Open"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("State"),
                self.tr("EPE"),
                self.tr("Opened by"),
                self.tr("Opened"),
                self.tr("Last change"),
                self.tr("Items"),
                self.tr("Decision"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.reload()
        super().changeEvent(event)


class CaseViews(ToolWindowEntry):
    """The main window's "Cases…" entry (in ``menu``) and its window."""

    def __init__(
        self,
        registry: Registry,
        window: QWidget,
        menu: QMenu,
        officer: Callable[[], Officer | None],
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        super().__init__(window, menu, officer(), Action.OPEN_CASE, "actionCases")
        self._registry = registry
        self._clock = clock
        self.action_cases = self.entry
        self.ready()

    def create_window(self) -> CasesWindow:
        return CasesWindow(self._registry, self._officer, self._clock, self._window)

    def open_cases(self) -> CasesWindow | None:
        window: CasesWindow | None = self.open_window()
        return window

    def retranslate_ui(self) -> None:
        self.action_cases.setText(self.tr("&Cases sent to the head of unit…"))
        self.action_cases.setStatusTip(
            self.tr("Suspected fraud reported with evidence (Decision 247 II.2.3)")
        )
