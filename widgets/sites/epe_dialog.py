"""Add or edit an EPE (DNCX): every field of the registry, with each problem shown by its field."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import ConnectionMethod, Epe, RiskLevel, ValidationError
from app.recorders.base import RecorderClock, RecorderKind, RecorderSettings
from app.recorders.store import delete_recorder, load_recorder, save_recorder
from app.sites.registry import Registry, normalise_device_address
from app.storage.database import RegistryError
from widgets.common.field_error import ERROR_STYLE, FieldError, show_problems, with_error

# QDateEdit has no empty value: its minimum date stands for "not set" (shown as special text).
NOT_SET = QDate(1900, 1, 1)


class OptionalDateEdit(QWidget):
    """A date that may be "not set": a calendar-popup date edit and a button to clear it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setMinimumDate(NOT_SET)
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.edit.setDate(NOT_SET)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Mark the date as not set"))
        self.clear_button.clicked.connect(lambda: self.set_date(None))
        self.edit.dateChanged.connect(self._on_changed)
        self.edit.calendarWidget().installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self._on_changed()

    def date(self) -> dt.date | None:
        value = self.edit.date()
        if value == NOT_SET:
            return None
        return dt.date(value.year(), value.month(), value.day())

    def set_date(self, value: dt.date | None) -> None:
        self.edit.setDate(NOT_SET if value is None else QDate(value.year, value.month, value.day))

    def _on_changed(self) -> None:
        self.clear_button.setEnabled(self.date() is not None)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An unset date would open the calendar in January 1900; show this month instead.
        if event.type() == QEvent.Type.Show and self.date() is None:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class EpeDialog(QDialog):
    """Add (``epe=None``) or edit an EPE. On OK the EPE is saved; ``saved_epe`` holds the result.

    Problems found by ``registry.validate_epe`` appear in red under their field once the officer
    has touched it (all of them when editing); OK stays disabled until there are none.
    """

    saved = Signal(object)  # the saved Epe

    FIELDS = (
        "name",
        "tax_id",
        "address",
        "sub_department",
        "contact_person",
        "contact_phone",
        "connection",
        "licence_date",
        "established_date",
        "risk_level",
        "notes",
        "onvif_address",
        "recorder_address",
    )

    def __init__(
        self, registry: Registry, epe: Epe | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._original = epe
        self.saved_epe: Epe | None = None
        self._touched: set[str] = set(self.FIELDS) if epe is not None else set()
        self.setObjectName("epeDialog")
        self.setWindowTitle(self.tr("Edit EPE") if epe is not None else self.tr("Add EPE"))
        self.setMinimumWidth(940)

        self.name = QLineEdit(self)
        self.tax_id = QLineEdit(self)
        self.tax_id.setPlaceholderText(self.tr("e.g. 0100233488 or 0100233488-001"))
        self.address = QLineEdit(self)
        self.sub_department = QLineEdit(self)
        self.sub_department.setPlaceholderText(self.tr("Customs sub-department in charge"))
        self.contact_person = QLineEdit(self)
        self.contact_phone = QLineEdit(self)
        self.contact_phone.setPlaceholderText(self.tr("e.g. 0251 3836 123"))
        self.connection = QComboBox(self)
        for method in ConnectionMethod:
            self.connection.addItem(method.label(), method.value)
        self.licence_date = OptionalDateEdit(self)
        self.established_date = OptionalDateEdit(self)
        self.risk_level = QComboBox(self)
        for level in RiskLevel:
            self.risk_level.addItem(level.label(), level.value)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        # Where the EPE's devices are: its ONVIF device (NVR) and its recorder for playback.
        self.onvif_address = QLineEdit(self)
        self.onvif_address.setObjectName("onvifAddress")
        self.onvif_address.setPlaceholderText(
            self.tr("e.g. 192.168.1.64:80 or nvr.example.vn:8080")
        )
        self.recorder_kind = QComboBox(self)
        self.recorder_kind.setObjectName("recorderKind")
        self.recorder_kind.addItem(self.tr("No recorder"), "")
        self.recorder_kind.addItem(self.tr("ONVIF Profile G"), RecorderKind.ONVIF_G.value)
        self.recorder_kind.addItem(self.tr("Hikvision"), RecorderKind.HIKVISION.value)
        self.recorder_kind.addItem(self.tr("Dahua / KBVision"), RecorderKind.DAHUA.value)
        self.recorder_address = QLineEdit(self)
        self.recorder_address.setObjectName("recorderAddress")
        self.recorder_address.setPlaceholderText(self.tr("host:HTTP port, e.g. 192.168.1.64:80"))
        self.recorder_rtsp_port = QSpinBox(self)
        self.recorder_rtsp_port.setObjectName("recorderRtspPort")
        self.recorder_rtsp_port.setRange(1, 65535)
        self.recorder_rtsp_port.setValue(554)
        self._recorder = load_recorder(registry, epe.id) if epe and epe.id is not None else None
        self.errors = {name: FieldError(name, self) for name in self.FIELDS}
        self.general_error = FieldError("general", self)
        self._labels: list[QLabel] = []

        enterprise = QGroupBox(self.tr("Enterprise"), self)
        form = QFormLayout(enterprise)
        self._add_row(form, self.tr("&Name *"), self.name, "name")
        self._add_row(form, self.tr("&Tax ID *"), self.tax_id, "tax_id")
        self._add_row(form, self.tr("&Address"), self.address, "address")
        self._add_row(
            form, self.tr("Customs su&b-department"), self.sub_department, "sub_department"
        )
        contact = QGroupBox(self.tr("Contact at the EPE"), self)
        form = QFormLayout(contact)
        self._add_row(form, self.tr("Contact &person"), self.contact_person, "contact_person")
        self._add_row(form, self.tr("P&hone"), self.contact_phone, "contact_phone")
        left_labels = len(self._labels)
        supervision = QGroupBox(self.tr("Supervision"), self)
        form = QFormLayout(supervision)
        self._add_row(form, self.tr("&Connection"), self.connection, "connection")
        self._add_row(
            form,
            self.tr("&Licence date"),
            self.licence_date,
            "licence_date",
            buddy=self.licence_date.edit,
        )
        self._add_row(
            form,
            self.tr("&Established date"),
            self.established_date,
            "established_date",
            buddy=self.established_date.edit,
        )
        self._add_row(form, self.tr("&Risk level"), self.risk_level, "risk_level")
        self._add_row(form, self.tr("N&otes"), self.notes, "notes")
        devices = QGroupBox(self.tr("Devices at the EPE"), self)
        devices.setObjectName("devicesGroup")
        form = QFormLayout(devices)
        self._add_row(
            form, self.tr("ONVIF device (&NVR) address"), self.onvif_address, "onvif_address"
        )
        recorder_label = QLabel(self.tr("Recorder (pla&yback)"), self)
        recorder_label.setBuddy(self.recorder_kind)
        self._labels.append(recorder_label)
        form.addRow(recorder_label, self.recorder_kind)
        self._add_row(form, self.tr("Recorder &address"), self.recorder_address, "recorder_address")
        rtsp_label = QLabel(self.tr("Recorder RTSP &port"), self)
        rtsp_label.setBuddy(self.recorder_rtsp_port)
        self._labels.append(rtsp_label)
        form.addRow(rtsp_label, self.recorder_rtsp_port)
        devices_hint = QLabel(
            self.tr(
                "Without user name or password: the EPE's account is kept in the keyring. The "
                "recorder's clock is tested and calibrated with Sites > Recorder."
            ),
            self,
        )
        devices_hint.setWordWrap(True)
        devices_hint.setEnabled(False)
        form.addRow(devices_hint)
        # Off by default (issue 12.1): Basic sends the password itself, readable on the way.
        self.allow_basic = QCheckBox(self.tr("Devices need HTTP/RTSP &Basic login"), self)
        self.basic_warning = QLabel(
            self.tr(
                "Warning: with Basic the EPE's password crosses the network in clear text and "
                "anyone on the way can read it. Tick only when the EPE's devices offer no "
                "digest login, and ask the EPE to turn digest on."
            ),
            self,
        )
        self.basic_warning.setWordWrap(True)
        self.basic_warning.setStyleSheet(ERROR_STYLE)
        self.basic_warning.setVisible(False)
        self.allow_basic.toggled.connect(self.basic_warning.setVisible)
        form.addRow("", self.allow_basic)
        form.addRow("", self.basic_warning)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # One label column per column of groups, so the fields line up.
        for labels in (self._labels[:left_labels], self._labels[left_labels:]):
            label_width = max(label.sizeHint().width() for label in labels)
            for label in labels:
                label.setMinimumWidth(label_width)
        hint = QLabel(self.tr("* required"), self)
        hint.setEnabled(False)

        # Two columns, so the whole form fits the office laptop's 768 pixels of height.
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(enterprise)
        left.addWidget(contact)
        left.addStretch(1)
        right.addWidget(supervision)
        right.addWidget(devices)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        bottom = QHBoxLayout()
        bottom.addWidget(hint)
        bottom.addWidget(self.buttons, 1)
        layout.addLayout(bottom)

        if epe is not None:
            self._load(epe)
        for name in (
            "name",
            "tax_id",
            "address",
            "sub_department",
            "contact_person",
            "contact_phone",
            "onvif_address",
            "recorder_address",
        ):
            editor: QLineEdit = getattr(self, name)
            editor.textEdited.connect(lambda _text, n=name: self._touch(n))
            editor.editingFinished.connect(lambda n=name: self._touch(n))
            editor.textChanged.connect(self._revalidate)
        self.connection.currentIndexChanged.connect(self._revalidate)
        self.risk_level.currentIndexChanged.connect(self._revalidate)
        self.licence_date.changed.connect(lambda: self._touch("licence_date"))
        self.established_date.changed.connect(lambda: self._touch("established_date"))
        # Typing in the notes touches them, as in a line edit: a refused note (a password in
        # it) says why at once instead of leaving OK grey without a word.
        self.notes.textChanged.connect(lambda: self._touch("notes"))
        self.recorder_kind.currentIndexChanged.connect(self._on_recorder_kind)
        self._on_recorder_kind()

    def _add_row(
        self,
        form: QFormLayout,
        label: str,
        editor: QWidget,
        field_name: str,
        buddy: QWidget | None = None,
    ) -> None:
        text = QLabel(label, self)
        text.setBuddy(buddy or editor)
        self._labels.append(text)
        form.addRow(text, with_error(editor, self.errors[field_name]))

    def _load(self, epe: Epe) -> None:
        self.name.setText(epe.name)
        self.tax_id.setText(epe.tax_id)
        self.address.setText(epe.address)
        self.sub_department.setText(epe.sub_department)
        self.contact_person.setText(epe.contact_person)
        self.contact_phone.setText(epe.contact_phone)
        self.connection.setCurrentIndex(self.connection.findData(epe.connection.value))
        self.licence_date.set_date(epe.licence_date)
        self.established_date.set_date(epe.established_date)
        self.risk_level.setCurrentIndex(self.risk_level.findData(epe.risk_level.value))
        self.notes.setPlainText(epe.notes)
        self.onvif_address.setText(epe.onvif_address)
        if self._recorder is not None:
            recorder = self._recorder
            self.recorder_kind.setCurrentIndex(self.recorder_kind.findData(recorder.kind.value))
            self.recorder_address.setText(f"{recorder.host}:{recorder.http_port}")
            self.recorder_rtsp_port.setValue(recorder.rtsp_port)
        self.allow_basic.setChecked(epe.allow_basic_auth)

    def epe(self) -> Epe:
        """The EPE as the fields describe it (not validated)."""
        # Editing keeps what the dialog does not show: id, uid, account user, timestamps.
        base = self._original if self._original is not None else Epe(name="", tax_id="")
        return dataclasses.replace(
            base,
            name=self.name.text().strip(),
            tax_id=self.tax_id.text().strip(),
            address=self.address.text().strip(),
            sub_department=self.sub_department.text().strip(),
            contact_person=self.contact_person.text().strip(),
            contact_phone=self.contact_phone.text().strip(),
            connection=ConnectionMethod(self.connection.currentData()),
            licence_date=self.licence_date.date(),
            established_date=self.established_date.date(),
            risk_level=RiskLevel(self.risk_level.currentData()),
            notes=self.notes.toPlainText().strip(),
            onvif_address=self.onvif_address.text().strip(),
            allow_basic_auth=self.allow_basic.isChecked(),
        )

    def recorder(self) -> RecorderSettings | None:
        """The recorder as the fields describe it; None for "no recorder". Raises
        ValidationError("recorder_address") when the address is missing or not acceptable."""
        kind = self.recorder_kind.currentData()
        text = self.recorder_address.text()
        if not kind:
            return None
        if not text.strip():
            raise ValidationError(
                "recorder_address",
                self.tr('Give the recorder\'s address, or choose "No recorder".'),
            )
        host, _, port = normalise_device_address(text, "recorder_address").rpartition(":")
        host = host.removeprefix("[").removesuffix("]")
        # The clock convention and calibration stay as the recorder dialog last set them.
        clock = self._recorder.clock if self._recorder is not None else RecorderClock()
        return RecorderSettings(
            RecorderKind(kind), host, int(port), self.recorder_rtsp_port.value(), clock
        )

    def _problems(self) -> list[ValidationError]:
        problems = self._registry.validate_epe(self.epe())
        try:
            self.recorder()
        except ValidationError as exc:
            problems.append(exc)
        return problems

    def _on_recorder_kind(self) -> None:
        chosen = bool(self.recorder_kind.currentData())
        self.recorder_address.setEnabled(chosen)
        self.recorder_rtsp_port.setEnabled(chosen)
        self._revalidate()

    def _touch(self, field_name: str) -> None:
        self._touched.add(field_name)
        self._revalidate()

    def _revalidate(self) -> list[ValidationError]:
        problems = self._problems()
        self._show(problems, show_all=False)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
        return problems

    def _show(self, problems: list[ValidationError], show_all: bool) -> None:
        show_problems(
            self,
            problems,
            self.errors,
            self.general_error,
            lambda f: show_all or f in self._touched,
        )

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def accept(self) -> None:
        problems = self._problems()
        if problems:
            self._touched.update(self.FIELDS)
            self._show(problems, show_all=True)
            return
        recorder = self.recorder()
        try:
            with self._registry.transaction():  # the EPE and its recorder, or neither
                if self._original is None:
                    saved = self._registry.add_epe(self.epe())
                else:
                    saved = self._registry.update_epe(self.epe())
                assert saved.id is not None
                if recorder is not None:
                    save_recorder(self._registry, saved.id, recorder)
                elif self._recorder is not None:
                    delete_recorder(self._registry, saved.id)
            self.saved_epe = saved
        except ValidationError as exc:
            self._show([exc], show_all=True)
            return
        except RegistryError as exc:
            self.general_error.show_message(str(exc))
            return
        self.saved.emit(self.saved_epe)
        super().accept()
