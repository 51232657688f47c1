"""Team leads: officer profiles (add, edit, switch off, reset a PIN, unlock), which officers are
responsible for which EPE (Decision 247 II.1: named officers per EPE) with the history, and the
absences (leave, training, sickness) the monthly plan works around.

Every change goes through ``app/officers/`` (``profiles.py``, ``absences.py``), which checks the
team lead's role and writes the audit trail. Setting a PIN hashes it slowly on purpose, so that
runs as a Job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import ValidationError
from app.officers.absences import Absence, add_absence, list_absences, remove_absence
from app.officers.profiles import (
    Action,
    LoginError,
    Officer,
    OfficerSession,
    OfficerStore,
    PermissionDeniedError,
    Role,
)
from app.sites.registry import Registry
from app.storage.database import RegistryError
from app.timekeeping import local_day, parse_utc, show_local, utc_now
from app.workers import Job, JobQueue
from widgets.common.dialogs import DialogT, open_dialog
from widgets.common.field_error import FieldError
from widgets.common.job_form import JobForm
from widgets.common.pin_edit import pin_edit

ID_ROLE = Qt.ItemDataRole.UserRole


def _when(text: str | None) -> str:
    return show_local(parse_utc(text), day_first=True) if text else ""


def _day_text(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"  # as Vietnamese documents write a date


class OfficerEditDialog(JobForm):
    """Add a profile (with its first PIN) or edit one (the code stays)."""

    saved = Signal(object)  # Officer

    def __init__(
        self,
        store: OfficerStore,
        actor: Officer,
        queue: JobQueue,
        officer: Officer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._queue = queue
        self._officer = officer
        self.setObjectName("officerEdit")
        self.setWindowTitle(self.tr("Edit officer") if officer else self.tr("Add officer"))
        self.setMinimumWidth(420)
        self.code = QLineEdit(officer.code if officer else "", self)
        self.code.setObjectName("officerCode")
        self.code.setReadOnly(officer is not None)
        self.full_name = QLineEdit(officer.full_name if officer else "", self)
        self.full_name.setObjectName("officerName")
        self.unit = QLineEdit(officer.unit if officer else "", self)
        self.unit.setObjectName("officerUnit")
        self.role = QComboBox(self)
        self.role.setObjectName("officerRole")
        for role in Role:
            self.role.addItem(role.label(), role.value)
        self.role.setCurrentIndex(
            self.role.findData((officer.role if officer else Role.OFFICER).value)
        )
        self.form.addRow(self.tr("Officer &code:"), self.code)
        self.form.addRow(self.tr("Full &name:"), self.full_name)
        self.form.addRow(self.tr("&Unit:"), self.unit)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.active = QCheckBox(self.tr("&Active (can log in)"), self)
        self.active.setObjectName("officerActive")
        self.active.setChecked(officer.active if officer else True)
        self.pin = pin_edit(self, "officerPin")
        self.pin_again = pin_edit(self, "officerPinAgain")
        if officer is None:
            self.form.addRow(self.tr("First &PIN (6–12 digits):"), self.pin)
            self.form.addRow(self.tr("PIN &again:"), self.pin_again)
        else:
            self.form.addRow("", self.active)
            self.pin.hide()
            self.pin_again.hide()

    def save(self) -> Officer | Job | None:
        if self._busy:
            return None
        base = self._officer
        if base is None:
            if self.pin.text() != self.pin_again.text():
                self.say(self.tr("The two PINs are not the same."))
                return None
            officer = Officer(
                self.code.text(),
                self.full_name.text(),
                Role(self.role.currentData()),
                self.unit.text(),
            )
            job = Job(self._store.add_officer, self._actor, officer, self.pin.text())
            self._queue.submit(self.run(job, self._done))
            return job
        edited = Officer(
            base.code,
            self.full_name.text(),
            Role(self.role.currentData()),
            self.unit.text(),
            self.active.isChecked(),
            id=base.id,
        )
        try:
            saved = self._store.update_officer(self._actor, edited)
        except (ValidationError, PermissionDeniedError, RegistryError) as exc:
            self.say(str(exc))
            return None
        self._done(saved)
        return saved

    def _done(self, officer: object) -> None:
        self.saved.emit(officer)
        self.accept()


class PinResetDialog(JobForm):
    """A team lead sets a new PIN for an officer who forgot theirs (their lock ends too)."""

    changed = Signal()

    def __init__(
        self,
        store: OfficerStore,
        actor: Officer,
        queue: JobQueue,
        officer: Officer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._queue = queue
        self._officer = officer
        self.setObjectName("pinReset")
        self.setWindowTitle(self.tr("Reset PIN"))
        intro = QLabel(
            self.tr(
                "New PIN for %1. Tell it to the officer in person; they can change it later."
            ).replace("%1", officer.full_name),
            self,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.pin = pin_edit(self, "resetPin")
        self.pin_again = pin_edit(self, "resetPinAgain")
        self.form.addRow(self.tr("New &PIN:"), self.pin)
        self.form.addRow(self.tr("PIN &again:"), self.pin_again)

    def save(self) -> Job | None:
        if self._busy or self._officer.id is None:
            return None
        if self.pin.text() != self.pin_again.text():
            self.say(self.tr("The two PINs are not the same."))
            return None
        job = Job(self._store.change_pin, self._actor, self._officer.id, self.pin.text())
        self._queue.submit(self.run(job, self._done))
        return job

    def _done(self, _result: object) -> None:
        self.changed.emit()
        self.accept()


class OfficersDialog(QDialog):
    """Officer profiles and EPE assignments, for team leads."""

    officers_changed = Signal()

    def __init__(
        self,
        store: OfficerStore,
        registry: Registry,
        session: OfficerSession,
        queue: JobQueue,
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._registry = registry
        self._session = session
        self._queue = queue
        self._clock = clock
        self._filling = False
        self.dialog: QDialog | None = None
        self.setObjectName("officersDialog")
        self.setWindowTitle(self.tr("Officers and assignments"))
        self.resize(860, 520)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._officers_tab(), self.tr("&Officers"))
        self.tabs.addTab(self._assignments_tab(), self.tr("EPE &assignments"))
        self.tabs.addTab(self._absences_tab(), self.tr("A&bsences"))
        self.message = FieldError("officers", self)  # hidden until there is something to say
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload()

    @property
    def actor(self) -> Officer | None:
        return self._session.current

    # -- officers ------------------------------------------------------------------------------
    def _officers_tab(self) -> QWidget:
        page = QWidget(self)
        self.table = QTableWidget(0, 5, page)
        self.table.setObjectName("officersTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Full name"),
                self.tr("Unit"),
                self.tr("Role"),
                self.tr("Status"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.edit_officer)
        self.show_inactive = QCheckBox(self.tr("Show switched-off profiles"), page)
        self.show_inactive.setObjectName("showInactive")
        self.show_inactive.toggled.connect(self.reload)
        self.add_button = QPushButton(self.tr("&Add…"), page)
        self.add_button.setObjectName("addOfficer")
        self.add_button.clicked.connect(self.add_officer)
        self.edit_button = QPushButton(self.tr("&Edit…"), page)
        self.edit_button.setObjectName("editOfficer")
        self.edit_button.clicked.connect(self.edit_officer)
        self.active_button = QPushButton(page)
        self.active_button.setObjectName("toggleActive")
        self.active_button.clicked.connect(self.toggle_active)
        self.pin_button = QPushButton(self.tr("Reset &PIN…"), page)
        self.pin_button.setObjectName("resetPin")
        self.pin_button.clicked.connect(self.reset_pin)
        self.unlock_button = QPushButton(self.tr("&Unlock"), page)
        self.unlock_button.setObjectName("unlockOfficer")
        self.unlock_button.clicked.connect(self.unlock)
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.active_button,
            self.pin_button,
            self.unlock_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(side)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.show_inactive)
        return page

    def officers(self) -> list[Officer]:
        return self._store.list_officers(include_inactive=self.show_inactive.isChecked())

    def selected_officer(self) -> Officer | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        try:
            return self._store.get_officer(int(item.data(ID_ROLE)))
        except KeyError:
            return None

    def select(self, code: str) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() == code:
                self.table.selectRow(row)
                return True
        return False

    def _status(self, officer: Officer) -> str:
        if not officer.active:
            return self.tr("Switched off")
        until = officer.lock_end(self._clock())
        if until is not None:
            return self.tr("Locked until %1").replace("%1", show_local(until, date=False))
        return self.tr("Active")

    def reload(self) -> None:
        selected = self.selected_officer()
        officers = self.officers()
        self.table.setRowCount(len(officers))
        for row, officer in enumerate(officers):
            texts = [
                officer.code,
                officer.full_name,
                officer.unit,
                officer.role.label(),
                self._status(officer),
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, officer.id)
                self.table.setItem(row, column, item)
        if selected is not None:
            self.select(selected.code)
        self._fill_assignment_officers()
        self._fill_absences()
        self._update_buttons()

    def _update_buttons(self) -> None:
        officer = self.selected_officer()
        chosen = officer is not None
        for button in (self.edit_button, self.pin_button, self.active_button):
            button.setEnabled(chosen)
        self.active_button.setText(
            self.tr("Switch &on") if officer and not officer.active else self.tr("Switch o&ff")
        )
        self.unlock_button.setEnabled(
            officer is not None and officer.lock_end(self._clock()) is not None
        )

    def _say(self, text: str) -> None:
        self.message.show_message(text)

    def _changed(self, *_args: object) -> None:
        self._say("")
        self.reload()
        self.officers_changed.emit()

    def _open(self, dialog: DialogT) -> DialogT:
        self.dialog = dialog
        return open_dialog(dialog)

    def add_officer(self) -> OfficerEditDialog | None:
        if self.actor is None:
            return None
        dialog = OfficerEditDialog(self._store, self.actor, self._queue, parent=self)
        dialog.saved.connect(self._changed)
        dialog.saved.connect(lambda officer: self.select(officer.code))
        self._open(dialog)
        return dialog

    def edit_officer(self) -> OfficerEditDialog | None:
        officer = self.selected_officer()
        if self.actor is None or officer is None:
            return None
        dialog = OfficerEditDialog(self._store, self.actor, self._queue, officer, parent=self)
        dialog.saved.connect(self._changed)
        self._open(dialog)
        return dialog

    def toggle_active(self) -> Officer | None:
        officer = self.selected_officer()
        if officer is None:
            return None
        edited = Officer(
            officer.code,
            officer.full_name,
            officer.role,
            officer.unit,
            not officer.active,
            id=officer.id,
        )
        try:
            saved = self._store.update_officer(self.actor, edited)
        except (ValidationError, PermissionDeniedError, RegistryError) as exc:
            self._say(str(exc))
            return None
        if not saved.active:
            self.show_inactive.setChecked(True)  # keep the profile in sight to switch it on
        self._changed()
        self.select(saved.code)
        return saved

    def reset_pin(self) -> PinResetDialog | None:
        officer = self.selected_officer()
        if self.actor is None or officer is None:
            return None
        dialog = PinResetDialog(self._store, self.actor, self._queue, officer, self)
        dialog.changed.connect(self._changed)
        self._open(dialog)
        return dialog

    def unlock(self) -> Officer | None:
        officer = self.selected_officer()
        if officer is None or officer.id is None:
            return None
        try:
            unlocked = self._store.unlock(self.actor, officer.id)
        except (PermissionDeniedError, LoginError, KeyError) as exc:
            self._say(str(exc))
            return None
        self._changed()
        return unlocked

    # -- assignments ---------------------------------------------------------------------------
    def _assignments_tab(self) -> QWidget:
        page = QWidget(self)
        self.epe_list = QListWidget(page)
        self.epe_list.setObjectName("assignmentEpes")
        self.epe_list.currentItemChanged.connect(self._show_epe)
        self.responsible = QListWidget(page)
        self.responsible.setObjectName("responsibleOfficers")
        self.responsible.itemChanged.connect(self._on_responsible_toggled)
        self.history = QTableWidget(0, 5, page)
        self.history.setObjectName("assignmentHistory")
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Officer"),
                self.tr("Responsible from"),
                self.tr("Assigned by"),
                self.tr("Until"),
                self.tr("Ended by"),
            ]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        right = QWidget(page)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(
            QLabel(
                self.tr("Officers responsible for this EPE (tick to assign, untick to end):"), right
            )
        )
        right_layout.addWidget(self.responsible, 1)
        right_layout.addWidget(QLabel(self.tr("History:"), right))
        right_layout.addWidget(self.history, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(self.epe_list)
        splitter.addWidget(right)
        splitter.setSizes([320, 520])
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        for epe in self._registry.list_epes():
            item = QListWidgetItem(f"{epe.name} ({epe.tax_id})", self.epe_list)
            item.setData(ID_ROLE, epe.id)
        return page

    def selected_epe_id(self) -> int | None:
        item = self.epe_list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def select_epe(self, epe_id: int) -> bool:
        for row in range(self.epe_list.count()):
            item = self.epe_list.item(row)
            if item.data(ID_ROLE) == epe_id:
                self.epe_list.setCurrentItem(item)
                return True
        return False

    def responsible_item(self, code: str) -> QListWidgetItem | None:
        for row in range(self.responsible.count()):
            item = self.responsible.item(row)
            if item.data(Qt.ItemDataRole.UserRole + 1) == code:
                return item
        return None

    def _show_epe(self) -> None:
        self._fill_assignment_officers()

    def _fill_assignment_officers(self) -> None:
        epe_id = self.selected_epe_id()
        self._filling = True
        try:
            self.responsible.clear()
            self.responsible.setEnabled(epe_id is not None)
            current = (
                {a.officer_id for a in self._store.assignments(epe_id=epe_id)}
                if epe_id is not None
                else set()
            )
            for officer in self._store.list_officers():
                if officer.role is Role.VIEW_ONLY:
                    continue  # view-only profiles cannot be responsible for an EPE
                item = QListWidgetItem(officer.display_name, self.responsible)
                item.setData(ID_ROLE, officer.id)
                item.setData(Qt.ItemDataRole.UserRole + 1, officer.code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if officer.id in current else Qt.CheckState.Unchecked
                )
        finally:
            self._filling = False
        self._fill_history(epe_id)

    def _fill_history(self, epe_id: int | None) -> None:
        rows = (
            self._store.assignments(epe_id=epe_id, include_history=True)
            if epe_id is not None
            else []
        )
        names = {o.id: o.display_name for o in self._store.list_officers(include_inactive=True)}
        self.history.setRowCount(len(rows))
        for row, assignment in enumerate(reversed(rows)):  # newest first
            texts = [
                names.get(assignment.officer_id, str(assignment.officer_id)),
                _when(assignment.assigned_at),
                assignment.assigned_by,
                _when(assignment.ended_at),
                assignment.ended_by or "",
            ]
            for column, text in enumerate(texts):
                self.history.setItem(row, column, QTableWidgetItem(text))

    def _on_responsible_toggled(self, item: QListWidgetItem) -> None:
        epe_id = self.selected_epe_id()
        if self._filling or epe_id is None:
            return
        officer_id = int(item.data(ID_ROLE))
        try:
            if item.checkState() == Qt.CheckState.Checked:
                self._store.assign(self.actor, epe_id, officer_id)
            else:
                self._store.unassign(self.actor, epe_id, officer_id)
        except (PermissionDeniedError, KeyError, RegistryError) as exc:
            self._say(str(exc))
            self._fill_assignment_officers()
            return
        self._say("")
        self._fill_history(epe_id)

    # -- absences ------------------------------------------------------------------------------
    def _absences_tab(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Days an officer is away (leave, training, sickness). The monthly "
                "plan gives them no visits on those days."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.absence_officer = QComboBox(page)
        self.absence_officer.setObjectName("absenceOfficer")
        day = local_day(self._clock())
        today = QDate(day.year, day.month, day.day)
        self.absence_first = self._day_edit(page, "absenceFirst", today)
        self.absence_last = self._day_edit(page, "absenceLast", today)
        self.absence_reason = QLineEdit(page)
        self.absence_reason.setObjectName("absenceReason")
        self.absence_reason.setPlaceholderText(self.tr("e.g. annual leave, training"))
        self.add_absence_button = QPushButton(self.tr("&Record absence"), page)
        self.add_absence_button.setObjectName("addAbsence")
        self.add_absence_button.clicked.connect(self.add_absence)
        form = QFormLayout()
        form.addRow(self.tr("Offi&cer:"), self.absence_officer)
        form.addRow(self.tr("&First day:"), self.absence_first)
        form.addRow(self.tr("&Last day:"), self.absence_last)
        form.addRow(self.tr("Rea&son:"), self.absence_reason)
        form.addRow("", self.add_absence_button)
        self.absences = QTableWidget(0, 4, page)
        self.absences.setObjectName("absencesTable")
        self.absences.setHorizontalHeaderLabels(
            [self.tr("Officer"), self.tr("First day"), self.tr("Last day"), self.tr("Reason")]
        )
        self.absences.verticalHeader().setVisible(False)
        self.absences.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.absences.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.absences.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.absences.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.absences.itemSelectionChanged.connect(self._update_absence_buttons)
        self.remove_absence_button = QPushButton(self.tr("Re&move absence"), page)
        self.remove_absence_button.setObjectName("removeAbsence")
        self.remove_absence_button.clicked.connect(self.remove_absence)
        side = QVBoxLayout()
        side.addWidget(self.remove_absence_button)
        side.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.absences, 1)
        bottom.addLayout(side)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(bottom, 1)
        return page

    def _day_edit(self, parent: QWidget, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day, parent)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    @property
    def may_edit_absences(self) -> bool:
        """The rule ``app/officers/absences.py`` applies: absences shape plans (team leads)."""
        return self._session.can(Action.EDIT_PLANS)

    def _fill_absences(self) -> None:
        chosen = self.absence_officer.currentData()
        officers = [o for o in self._store.list_officers() if o.role is not Role.VIEW_ONLY]
        self.absence_officer.clear()
        for officer in officers:
            self.absence_officer.addItem(officer.display_name, officer.id)
        if chosen is not None:
            self.absence_officer.setCurrentIndex(max(0, self.absence_officer.findData(chosen)))
        names = {o.id: o.display_name for o in self._store.list_officers(include_inactive=True)}
        absences = sorted(
            list_absences(self._registry), key=lambda a: (a.first_day, names.get(a.officer_id, ""))
        )
        self.absences.setRowCount(len(absences))
        for row, absence in enumerate(absences):
            texts = [
                names.get(absence.officer_id, str(absence.officer_id)),
                _day_text(absence.first_day),
                _day_text(absence.last_day),
                absence.reason,
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, absence.id)
                self.absences.setItem(row, column, item)
        for editor in (
            self.absence_officer,
            self.absence_first,
            self.absence_last,
            self.absence_reason,
            self.add_absence_button,
        ):
            editor.setEnabled(self.may_edit_absences)
        self._update_absence_buttons()

    def _update_absence_buttons(self) -> None:
        self.remove_absence_button.setEnabled(
            self.may_edit_absences and self.selected_absence_id() is not None
        )

    def selected_absence_id(self) -> int | None:
        row = self.absences.currentRow()
        item = self.absences.item(row, 0) if row >= 0 else None
        return int(item.data(ID_ROLE)) if item is not None else None

    def add_absence(self) -> Absence | None:
        officer_id = self.absence_officer.currentData()
        if officer_id is None:
            return None
        absence = Absence(
            int(officer_id),
            self.absence_first.date().toPython(),
            self.absence_last.date().toPython(),
            self.absence_reason.text(),
        )
        try:
            recorded = add_absence(self._registry, self.actor, absence)
        except (ValidationError, PermissionDeniedError, KeyError) as exc:
            self._say(str(exc))
            return None
        self._say("")
        self.absence_reason.clear()
        self._fill_absences()
        return recorded

    def remove_absence(self) -> bool:
        absence_id = self.selected_absence_id()
        if absence_id is None:
            return False
        try:
            remove_absence(self._registry, self.actor, absence_id)
        except PermissionDeniedError as exc:
            self._say(str(exc))
            return False
        self._say("")
        self._fill_absences()
        return True
