"""The register's dialogs: open from an EPE's Appendix II notification, follow up, extend,
close, attach the manual vehicle/container log. Each calls ``InterruptionRegister`` (in
``app/interruptions``) and shows its refusal under the form; nothing is written on a refusal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import CameraPosition
from app.interruptions.deadlines import due_date, rule_text
from app.interruptions.model import Interruption, InterruptionKind
from app.interruptions.register import InterruptionError, InterruptionRegister
from app.officers.profiles import Officer
from app.safe_text import one_line
from app.timekeeping import VIETNAM, local
from app.workers import Job, JobQueue
from widgets.common.field_error import FieldError


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class NotificationDialog(QDialog):
    """Open an interruption from the EPE's Appendix II notification: all five items of the form
    (the enterprise from the registry; description and cause with the cameras' diagram numbers;
    effect on supervision; estimated restoration; technician), the kind, the date notified and
    the document number; the deadline is computed live."""

    opened = Signal(object)  # the Interruption

    def __init__(
        self,
        register: InterruptionRegister,
        officer: Officer,
        epe_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notificationDialog")
        self._register = register
        self._officer = officer
        registry = register.registry
        self._epes = registry.list_epes()
        now = local(register.now())

        self.epe = QComboBox(self)
        self.epe.setObjectName("epe")
        for epe in self._epes:
            self.epe.addItem(one_line(epe.name), epe.id)
        if epe_id is not None and self.epe.findData(epe_id) >= 0:
            self.epe.setCurrentIndex(self.epe.findData(epe_id))
        self.epe_details = QLabel(self)
        self.epe_details.setObjectName("epeDetails")
        self.epe_details.setWordWrap(True)
        self.camera_box = QWidget(self)
        self.camera_grid = QGridLayout(self.camera_box)
        self.camera_grid.setContentsMargins(0, 0, 0, 0)
        self.cameras: dict[int, QCheckBox] = {}
        self.equipment = QRadioButton(InterruptionKind.EQUIPMENT.label(), self)
        self.equipment.setObjectName("kindEquipment")
        self.transmission = QRadioButton(InterruptionKind.TRANSMISSION.label(), self)
        self.transmission.setObjectName("kindTransmission")
        self.equipment.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.equipment)
        kinds.addButton(self.transmission)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.equipment)
        kind_row.addWidget(self.transmission)
        kind_row.addStretch(1)
        self.started = QDateTimeEdit(self)
        self.started.setObjectName("started")
        self.started.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.started.setDateTime(QDateTime(_qdate(now.date()), QTime(now.hour, now.minute)))
        self.deadline = QLabel(self)
        self.deadline.setObjectName("deadline")
        self.deadline.setWordWrap(True)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.cause = QPlainTextEdit(self)
        self.cause.setObjectName("cause")
        self.effect = QPlainTextEdit(self)
        self.effect.setObjectName("effect")
        for text in (self.description, self.cause, self.effect):
            text.setTabChangesFocus(True)
            text.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.restoration = QLineEdit(self)
        self.restoration.setObjectName("restoration")
        self.technician = QLineEdit(self)
        self.technician.setObjectName("technician")
        self.notified = QDateEdit(self)
        self.notified.setObjectName("notified")
        self.notified.setDisplayFormat("dd/MM/yyyy")
        self.notified.setDate(_qdate(now.date()))
        self.doc_no = QLineEdit(self)
        self.doc_no.setObjectName("docNo")
        self.error = FieldError("form", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(12)]
        rows: list[QWidget | QHBoxLayout] = [
            self.epe,
            self.epe_details,
            self.camera_box,
            self.description,
            self.cause,
            self.effect,
            self.restoration,
            self.technician,
        ]
        for label, field in zip(self.labels, rows, strict=False):
            form.addRow(label, field)
        form.addRow(self.labels[8], kind_row)
        form.addRow(self.labels[9], self.started)
        form.addRow(self.labels[10], self.notified)
        form.addRow(self.labels[11], self.doc_no)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.deadline)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.epe.currentIndexChanged.connect(self._epe_changed)
        self.equipment.toggled.connect(self._update_deadline)
        self.started.dateTimeChanged.connect(self._update_deadline)
        self.retranslate_ui()
        self._epe_changed()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Open an interruption from the EPE's notification"))
        texts = [
            self.tr("Enterprise (DNCX):"),
            self.tr("Address, tax ID:"),
            self.tr("Cameras (diagram numbers):"),
            self.tr("Description of the interruption:"),
            self.tr("Cause:"),
            self.tr("Effect on customs supervision:"),
            self.tr("Estimated restoration:"),
            self.tr("Technician to contact:"),
            self.tr("Kind of fault:"),
            self.tr("Began at (Vietnam time):"),
            self.tr("Date notified:"),
            self.tr("Document number:"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.equipment.setText(InterruptionKind.EQUIPMENT.label())
        self.transmission.setText(InterruptionKind.TRANSMISSION.label())
        self._update_deadline()

    @property
    def kind(self) -> InterruptionKind:
        return (
            InterruptionKind.EQUIPMENT
            if self.equipment.isChecked()
            else InterruptionKind.TRANSMISSION
        )

    def started_at(self) -> dt.datetime:
        value = self.started.dateTime()
        day, clock = value.date(), value.time()
        return dt.datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=VIETNAM
        )

    def _epe_changed(self) -> None:
        for box in self.cameras.values():
            self.camera_grid.removeWidget(box)
            box.deleteLater()
        self.cameras.clear()
        epe_id = self.epe.currentData()
        if epe_id is None:
            self.epe_details.setText(self.tr("No EPE in the registry."))
            return
        epe = next(e for e in self._epes if e.id == epe_id)
        self.epe_details.setText(
            self.tr("{address} · tax ID {tax_id}").format(
                address=one_line(epe.address or "—"), tax_id=epe.tax_id
            )
        )
        for index, camera in enumerate(self._register.registry.list_cameras(epe_id)):
            text = f"{camera.diagram_number} · {camera.position.label()}"
            box = QCheckBox(text, self.camera_box)
            box.setObjectName(f"camera{camera.diagram_number}")
            box.setProperty("gate", camera.position is CameraPosition.GATE)
            self.cameras[camera.diagram_number] = box
            self.camera_grid.addWidget(box, index // 3, index % 3)

    def _update_deadline(self) -> None:
        due = due_date(self.started_at(), self.kind, self._register.calendar)
        self.deadline.setText(
            rule_text(self.kind)
            + "\n"
            + self.tr("Due on: {date}").format(date=due.strftime("%d/%m/%Y"))
        )

    def submit(self) -> None:
        epe_id = self.epe.currentData()
        if epe_id is None:
            return
        try:
            item = self._register.open(
                int(epe_id),
                self.kind,
                [n for n, box in self.cameras.items() if box.isChecked()],
                self.started_at(),
                officer_code=self._officer.code,
                cause=self.cause.toPlainText(),
                description=self.description.toPlainText(),
                effect=self.effect.toPlainText(),
                estimated_restoration=self.restoration.text(),
                technician=self.technician.text(),
                notified_on=_date(self.notified.date()),
                doc_no=self.doc_no.text(),
            )
        except InterruptionError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.opened.emit(item)
        self.accept()


class NoteDialog(QDialog):
    """The officer's dated note: a follow-up, or the closing note."""

    saved = Signal(object)  # the Interruption

    def __init__(
        self,
        register: InterruptionRegister,
        officer: Officer,
        item: Interruption,
        *,
        closing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closeDialog" if closing else "followUpDialog")
        self._register = register
        self._officer = officer
        self._item = item
        self._closing = closing
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.error = FieldError("note", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(520, 260)

    def retranslate_ui(self) -> None:
        cameras = ", ".join(str(n) for n in self._item.cameras)
        name = one_line(self._item.epe_name)
        if self._closing:
            self.setWindowTitle(self.tr("Close the interruption"))
            self.heading.setText(
                self.tr("{epe}, cameras {cameras}: how and when did the cameras come back?").format(
                    epe=name, cameras=cameras
                )
            )
        else:
            self.setWindowTitle(self.tr("Follow-up of today"))
            self.heading.setText(
                self.tr("{epe}, cameras {cameras}: the troubleshooting status today.").format(
                    epe=name, cameras=cameras
                )
            )

    def submit(self) -> None:
        text = self.note.toPlainText()
        try:
            if self._closing:
                item = self._register.close(self._item.id, text, officer_code=self._officer.code)
            else:
                item = self._register.follow_up(
                    self._item.id, text, officer_code=self._officer.code
                )
        except InterruptionError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.saved.emit(item)
        self.accept()


class ExtendDialog(QDialog):
    """The EPE's written reason and its new expected date; the legal deadline stays."""

    saved = Signal(object)

    def __init__(
        self,
        register: InterruptionRegister,
        officer: Officer,
        item: Interruption,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("extendDialog")
        self._register = register
        self._officer = officer
        self._item = item
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.new_date = QDateEdit(self)
        self.new_date.setObjectName("newDate")
        self.new_date.setDisplayFormat("dd/MM/yyyy")
        self.new_date.setDate(_qdate(item.due + dt.timedelta(days=7)))
        self.reason_label = QLabel(self)
        self.date_label = QLabel(self)
        self.error = FieldError("extension", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.date_label, self.new_date)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(560, 300)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Extension asked by the EPE"))
        self.heading.setText(
            self.tr(
                "The deadline was {due}. Record the reason the EPE gave in writing and the new "
                "date it expects; the original deadline stays in the register."
            ).format(due=self._item.due.strftime("%d/%m/%Y"))
        )
        self.reason_label.setText(self.tr("Written reason:"))
        self.date_label.setText(self.tr("New expected date:"))

    def submit(self) -> None:
        try:
            item = self._register.extend(
                self._item.id,
                self.reason.toPlainText(),
                _date(self.new_date.date()),
                officer_code=self._officer.code,
            )
        except InterruptionError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.saved.emit(item)
        self.accept()


class AttachDialog(QDialog):
    """Attach the EPE's manual vehicle and container log kept while a gate camera is down. The
    file is read and copied in a Job (it may be a large scan)."""

    saved = Signal(object)

    def __init__(
        self,
        register: InterruptionRegister,
        officer: Officer,
        item: Interruption,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachDialog")
        self._register = register
        self._officer = officer
        self._item = item
        self.queue = JobQueue("attach-manual-log", self)
        self.reminder = QLabel(self)
        self.reminder.setObjectName("reminder")
        self.reminder.setWordWrap(True)
        self.path = QLineEdit(self)
        self.path.setObjectName("path")
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        self.error = FieldError("file", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(600, 220)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Attach the manual vehicle and container log"))
        self.reminder.setText(gate_reminder(self._item))
        self.browse.setText(self.tr("Browse…"))

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.windowTitle())
        if chosen:
            self.path.setText(chosen)

    def submit(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.error.setText(self.tr("Choose the file of the manual log."))
            self.error.show()
            return
        self.buttons.setEnabled(False)
        job = Job(
            self._register.attach_manual_log,
            self._item.id,
            Path(text),
            officer_code=self._officer.code,
        )
        job.signals.succeeded.connect(self._done)
        job.signals.failed.connect(self._failed)
        self.queue.submit(job)

    def _done(self, item: object) -> None:
        self.saved.emit(item)
        self.accept()

    def _failed(self, exc: object) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(
            str(exc) if isinstance(exc, InterruptionError) else self.tr("The file was not kept.")
        )
        self.error.show()


def gate_reminder(item: Interruption) -> str:
    """What the record reminds while a gate camera is down (Decision 247 I.2.3)."""
    return QCoreApplication.translate(
        "Interruptions",
        "Gate camera {cameras} is down: the EPE must keep a manual log of the vehicles and "
        "containers passing the gate until it works again. Attach it here when the EPE hands "
        "it over.",
    ).format(cameras=", ".join(str(n) for n in item.gate_cameras or item.cameras))
