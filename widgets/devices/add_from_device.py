"""Add an EPE's cameras from its camera or NVR: probe over ONVIF, pick streams, number them.

The officer gives host[:port]; a worker probes the device (progress, cancel) and lists its video
sources with the main and sub profile picked automatically (largest and smallest picture of the
same source) and a thumbnail from the snapshot URI. The officer ticks the sources to add, gives
each its number on the EPE's camera diagram and its position kind, and the cameras are saved to
the registry with URLs without credentials (Decision 247, I.1.1). What a source becomes as a
camera is decided in app/devices/mapping.py; this dialog shows it and lets the officer correct it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.devices.mapping import (
    ProbeRequest,
    SourceChoice,
    check_choices,
    choices_from_probe,
    probe_for_epe,
    save_choices,
    thumbnails_for_epe,
)
from app.devices.media_profiles import MediaProfile
from app.devices.onvif_client import OnvifError, parse_address
from app.devices.probing import DeviceProbe
from app.domain import Camera, CameraPosition, Epe, ValidationError
from app.safe_text import one_line
from app.secrets import CredentialStore, NoPasswordError
from app.sites.registry import Registry
from app.storage.database import RegistryError
from app.workers import CancelledError, Job, JobQueue
from widgets.common.dialogs import release_queue

THUMB_SIZE = QSize(160, 90)
DEFAULT_ONVIF_PORT = 80


class Column:
    # The action beside the tick: "Update camera N" must be seen without scrolling.
    ADD, ACTION, PICTURE, SOURCE, MAIN, SUB, PTZ, NUMBER, POSITION, NAME = range(10)


class AddFromDeviceDialog(QDialog):
    """Probe an EPE's camera or NVR and add the chosen sources as cameras of the EPE."""

    saved = Signal(list)  # the saved Cameras

    def __init__(
        self,
        registry: Registry,
        store: CredentialStore,
        epe_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._store = store
        self.queue = JobQueue("onvif-probe", self)
        self._job: Job | None = None
        self._request: ProbeRequest | None = None
        self.result: DeviceProbe | None = None
        self.choices: list[SourceChoice] = []
        self.thumbnails: dict[str, bytes] = {}
        self.saved_cameras: list[Camera] = []
        self._filling = False
        self._prefilled = ""
        self.setObjectName("addFromDeviceDialog")
        self.setMinimumSize(980, 560)

        self.epe = QComboBox(self)
        self.epe.setObjectName("epe")
        self._epes: dict[int, Epe] = {}
        for epe in registry.list_epes():
            assert epe.id is not None
            self._epes[epe.id] = epe
            self.epe.addItem(f"{one_line(epe.name)} ({one_line(epe.tax_id)})", epe.id)
        if epe_id is not None and self.epe.findData(epe_id) >= 0:
            self.epe.setCurrentIndex(self.epe.findData(epe_id))
        self.address = QLineEdit(self)
        self.address.setObjectName("address")
        self.address.setPlaceholderText("192.168.1.64  ·  nvr.example.vn:8080")
        self.user = QLineEdit(self)
        self.user.setObjectName("user")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.probe_button = QPushButton(self)
        self.probe_button.setObjectName("probe")
        self.probe_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelProbe")
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("probeProgress")
        self.progress.setVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("probeMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, 10, self)
        self.table.setObjectName("sources")
        self.table.setIconSize(THUMB_SIZE)
        self.table.verticalHeader().setDefaultSectionSize(THUMB_SIZE.height() + 8)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.PICTURE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.PICTURE, THUMB_SIZE.width() + 8)
        self.table.itemChanged.connect(self._on_item_changed)
        self.row_errors = QLabel(self)
        self.row_errors.setObjectName("rowErrors")
        self.row_errors.setWordWrap(True)
        self.row_errors.setStyleSheet("color: #b42318;")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        self.epe_label, self.address_label = QLabel(self), QLabel(self)
        self.user_label, self.password_label = QLabel(self), QLabel(self)
        for label, editor in (
            (self.epe_label, self.epe),
            (self.address_label, self.address),
            (self.user_label, self.user),
            (self.password_label, self.password),
        ):
            label.setBuddy(editor)
            form.addRow(label, editor)
        probe_row = QHBoxLayout()
        probe_row.addWidget(self.probe_button)
        probe_row.addWidget(self.progress, 1)
        probe_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(probe_row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.row_errors)
        layout.addWidget(self.buttons)

        self.probe_button.clicked.connect(self.start_probe)
        self.cancel_button.clicked.connect(self.cancel_probe)
        self.epe.currentIndexChanged.connect(self._on_epe_changed)
        self.address.textChanged.connect(self._update_buttons)
        self._on_epe_changed()
        self._retranslate()

    # -- public ------------------------------------------------------------------------------
    def epe_id(self) -> int | None:
        data = self.epe.currentData()
        return int(data) if data is not None else None

    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start_probe(self) -> Job | None:
        """Probe the device in the address field; None (with a message) if it cannot start."""
        if self._job is not None:
            return None
        epe_id = self.epe_id()
        if epe_id is None:
            self._say(self.tr("Add the EPE first: cameras belong to an EPE."), error=True)
            return None
        try:
            host, port = parse_address(self.address.text(), DEFAULT_ONVIF_PORT)
        except ValueError as exc:
            self._say(str(exc), error=True)
            return None
        user = self.user.text().strip()
        if not user:
            self._say(self.tr("Give the user name of the EPE's account on the device."), error=True)
            return None
        self._request = ProbeRequest(host, port, self._epes[epe_id].uid, user, self.password.text())
        self._set_choices([])
        self.result, self.thumbnails = None, {}
        job = Job(probe_for_epe, self._request, self._store)
        job.signals.succeeded.connect(lambda result: self._current(job) and self._on_probed(result))
        self._run(job, self.tr("Probing {address}…").format(address=f"{host}:{port}"))
        return job

    def cancel_probe(self) -> None:
        """Stop the probe; the dialog is free at once even if a call is still under way."""
        job = self._job
        if job is None:
            return
        job.cancel()
        if self._request is not None:
            self._request.cancel.set()
        self._on_finished(job)
        self._say(self.tr("Cancelled."))

    def _current(self, job: Job) -> bool:
        return job is self._job

    def set_choice(
        self,
        row: int,
        *,
        include: bool | None = None,
        number: int | None = None,
        position: CameraPosition | None = None,
        name: str | None = None,
        update: bool | None = None,
    ) -> None:
        """Change a row as the officer would in the table."""
        if include is not None:
            item = self.table.item(row, Column.ADD)
            item.setCheckState(Qt.CheckState.Checked if include else Qt.CheckState.Unchecked)
        if number is not None:
            self._number_box(row).setValue(number)
        if update is not None:
            combo = self.action_box(row)
            combo.setCurrentIndex(combo.findData(update))
        if position is not None:
            combo = self._position_box(row)
            combo.setCurrentIndex(combo.findData(position.value))
        if name is not None:
            self.table.item(row, Column.NAME).setText(name)

    # -- the worker ---------------------------------------------------------------------------
    def _run(self, job: Job, text: str | None) -> None:
        self._job = job
        if text is not None:  # the thumbnails come quietly, under the probe's summary
            job.signals.progress.connect(
                lambda done, total, what: self._current(job)
                and self._on_progress(done, total, what)
            )
            job.signals.failed.connect(lambda exc: self._current(job) and self._on_failed(exc))
            self._say(text)
        job.signals.finished.connect(lambda: self._on_finished(job))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self._update_buttons()
        self.queue.submit(job)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self._say(text)

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, CancelledError):
            self._say(self.tr("Cancelled."))
        elif isinstance(exc, OnvifError | NoPasswordError):
            self._say(str(exc), error=True)
        else:
            self._say(
                self.tr("The device could not be probed: {0}").format(type(exc).__name__),
                error=True,
            )

    def _on_finished(self, job: Job) -> None:
        if job is not self._job:
            return
        self._job = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._update_buttons()

    def _on_probed(self, result: DeviceProbe) -> None:
        self.result = result
        self._set_choices(self._choices(result, self.epe_id()))
        self._say(self._summary(result), error=not result.sources)
        if result.sources and self._request is not None:
            job = Job(thumbnails_for_epe, result, self._request, self._store)
            job.signals.succeeded.connect(
                lambda pictures: self._current(job) and self._on_thumbnails(pictures)
            )
            self._run(job, None)

    def _on_thumbnails(self, pictures: dict[str, bytes]) -> None:
        self.thumbnails = pictures
        for row, choice in enumerate(self.choices):
            data = pictures.get(choice.source.token)
            item = self.table.item(row, Column.PICTURE)
            if data is None or item is None:
                continue
            pixmap = QPixmap()
            if pixmap.loadFromData(data):
                scaled = pixmap.scaled(
                    THUMB_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                item.setData(Qt.ItemDataRole.DecorationRole, scaled)
                item.setText("")

    def _summary(self, result: DeviceProbe) -> str:
        lines = []
        if result.device is not None:
            lines.append(
                self.tr("{manufacturer} {model}, firmware {firmware}").format(
                    manufacturer=result.device.manufacturer,
                    model=result.device.model,
                    firmware=result.device.firmware,
                )
            )
        if result.sources:
            lines.append(
                self.tr(
                    "%n video source(s) found. Tick the ones to add and give each "
                    "its number on the EPE's camera diagram.",
                    "",
                    len(result.sources),
                )
            )
        else:
            lines.append(self.tr("The device lists no video sources."))
        lines.extend(result.notes)
        if result.problems:
            lines.append(
                self.tr("%n call(s) failed: ", "", len(result.problems))
                + "; ".join(str(p) for p in result.problems[:3])
            )
        return "\n".join(lines)

    # -- the table ----------------------------------------------------------------------------
    def _used_numbers(self, epe_id: int | None) -> set[int]:
        if epe_id is None:
            return set()
        return {c.diagram_number for c in self._registry.list_cameras(epe_id)}

    def _choices(self, result: DeviceProbe, epe_id: int | None) -> list[SourceChoice]:
        cameras = self._registry.list_cameras(epe_id) if epe_id is not None else []
        registered = {c.main_url: c.diagram_number for c in cameras if c.main_url}
        return choices_from_probe(result, {c.diagram_number for c in cameras}, registered)

    def _set_choices(self, choices: list[SourceChoice]) -> None:
        self.choices = choices
        self._filling = True
        self.table.setRowCount(len(choices))
        for row, choice in enumerate(choices):
            add = QTableWidgetItem()
            add.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            add.setCheckState(Qt.CheckState.Checked if choice.include else Qt.CheckState.Unchecked)
            self.table.setItem(row, Column.ADD, add)
            picture = QTableWidgetItem(self.tr("(no picture)"))
            picture.setFlags(Qt.ItemFlag.ItemIsEnabled)
            picture.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, Column.PICTURE, picture)
            # What the device calls its profiles and cameras, control characters escaped; an
            # unedited name is saved exact (only an officer's edit is read back from the cell).
            source = one_line(choice.source.token)
            if choice.registered_as is not None:
                source += "\n" + self.tr("already camera {0}").format(choice.registered_as)
            self._static(row, Column.SOURCE, source)
            self._static(row, Column.MAIN, self._stream_text(choice.main))
            self._static(row, Column.SUB, self._stream_text(choice.sub))
            self._static(row, Column.PTZ, self.tr("Yes") if choice.ptz_profile else self.tr("No"))
            number = QSpinBox(self.table)
            number.setRange(1, 9999)
            number.setValue(choice.diagram_number)
            number.valueChanged.connect(lambda value, r=row: self._on_number(r, value))
            self.table.setCellWidget(row, Column.NUMBER, number)
            position = QComboBox(self.table)
            for kind in CameraPosition:
                position.addItem(kind.label(), kind.value)
            position.setCurrentIndex(position.findData(choice.position.value))
            position.currentIndexChanged.connect(lambda _i, r=row: self._on_position(r))
            self.table.setCellWidget(row, Column.POSITION, position)
            self.table.setItem(row, Column.NAME, QTableWidgetItem(one_line(choice.name)))
            action = QComboBox(self.table)
            action.setObjectName(f"action_{row}")
            action.addItem("", False)
            action.addItem("", True)
            action.setCurrentIndex(action.findData(choice.update))
            action.currentIndexChanged.connect(lambda _i, r=row: self._on_action(r))
            self.table.setCellWidget(row, Column.ACTION, action)
            self._name_action(row)
            self._show_action(row)
        self._filling = False
        self._revalidate()

    def _static(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setToolTip(text)
        self.table.setItem(row, column, item)

    def _stream_text(self, profile: MediaProfile | None) -> str:
        if profile is None:
            return self.tr("(none)")
        described = profile.encoding.summary() if profile.encoding else self.tr("unknown format")
        return f"{described}\n{profile.stream_uri or self.tr('(no address)')}"

    def _number_box(self, row: int) -> QSpinBox:
        widget = self.table.cellWidget(row, Column.NUMBER)
        assert isinstance(widget, QSpinBox)
        return widget

    def action_box(self, row: int) -> QComboBox:
        """The row's "New camera" / "Update camera N" choice."""
        widget = self.table.cellWidget(row, Column.ACTION)
        assert isinstance(widget, QComboBox)
        return widget

    def _name_action(self, row: int) -> None:
        combo = self.action_box(row)
        combo.setItemText(0, self.tr("New camera"))
        combo.setItemText(1, self.tr("Update camera {0}").format(self.choices[row].diagram_number))

    def _show_action(self, row: int) -> None:
        """An update keeps the camera's name and position: show them, not editable."""
        choice = self.choices[row]
        existing = self._existing(choice.diagram_number) if choice.update else None
        position, name = self._position_box(row), self.table.item(row, Column.NAME)
        position.setEnabled(existing is None)
        flags = Qt.ItemFlag.ItemIsEnabled
        name.setFlags(flags if existing is not None else flags | Qt.ItemFlag.ItemIsEditable)
        if existing is not None:
            filling, self._filling = self._filling, True
            position.setCurrentIndex(position.findData(existing.position.value))
            name.setText(one_line(existing.name))
            choice.position, choice.name = existing.position, existing.name
            self._filling = filling

    def _existing(self, number: int) -> Camera | None:
        epe_id = self.epe_id()
        if epe_id is None:
            return None
        cameras = self._registry.list_cameras(epe_id)
        return next((c for c in cameras if c.diagram_number == number), None)

    def _on_action(self, row: int) -> None:
        self.choices[row].update = bool(self.action_box(row).currentData())
        self._show_action(row)
        self._revalidate()

    def _position_box(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, Column.POSITION)
        assert isinstance(widget, QComboBox)
        return widget

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.row() >= len(self.choices):
            return
        choice = self.choices[item.row()]
        if item.column() == Column.ADD:
            choice.include = item.checkState() == Qt.CheckState.Checked
        elif item.column() == Column.NAME:
            choice.name = item.text()
        self._revalidate()

    def _on_number(self, row: int, value: int) -> None:
        self.choices[row].diagram_number = value
        self._name_action(row)
        self._show_action(row)
        self._revalidate()

    def _on_position(self, row: int) -> None:
        self.choices[row].position = CameraPosition(self._position_box(row).currentData())
        self._revalidate()

    def problems(self) -> dict[int, str]:
        return check_choices(self.choices, self._used_numbers(self.epe_id()))

    def _revalidate(self) -> None:
        problems = self.problems()
        for row in range(len(self.choices)):
            box = self._number_box(row)
            box.setStyleSheet("background: #ffebe9;" if row in problems else "")
            box.setToolTip(problems.get(row, ""))
        self.row_errors.setText(
            "\n".join(
                self.tr("Source {source}: {problem}").format(
                    source=self.choices[row].source.token, problem=text
                )
                for row, text in sorted(problems.items())
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._job is not None
        self.probe_button.setEnabled(not busy and bool(self.address.text().strip()))
        chosen = any(c.include for c in self.choices)
        self.save_button().setEnabled(not busy and chosen and not self.problems())

    def _on_epe_changed(self) -> None:
        epe_id = self.epe_id()
        if epe_id is not None:
            epe = self._epes[epe_id]
            self.user.setText(epe.account_user)
            # The EPE's ONVIF address, unless the officer typed another one.
            if self.address.text().strip() in ("", self._prefilled):
                self.address.setText(epe.onvif_address)
                self._prefilled = epe.onvif_address
        if self.result is not None:
            self._set_choices(self._choices(self.result, epe_id))
        self._update_buttons()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b42318;" if error else "")

    # -- saving -------------------------------------------------------------------------------
    def accept(self) -> None:
        epe_id = self.epe_id()
        if epe_id is None or self.result is None or self._job is not None:
            return
        problems = self.problems()
        if problems:
            self._revalidate()
            return
        try:
            saved = save_choices(self._registry, epe_id, self.result.address, self.choices)
        except ValidationError as exc:
            self.row_errors.setText(exc.message)
            return
        except RegistryError as exc:
            self.row_errors.setText(str(exc))
            return
        self.saved_cameras = saved
        self.saved.emit(saved)
        super().accept()

    def reject(self) -> None:
        self.cancel_probe()
        super().reject()

    def done(self, result: int) -> None:
        self.cancel_probe()
        release_queue(self.queue)
        super().done(result)

    # -- language -----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add cameras from the device"))
        self.epe_label.setText(self.tr("&EPE"))
        self.address_label.setText(self.tr("&Device (host or host:port)"))
        self.user_label.setText(self.tr("&User name"))
        self.password_label.setText(self.tr("&Password"))
        self.password.setPlaceholderText(
            self.tr("Leave empty to use the password stored for this EPE")
        )
        self.probe_button.setText(self.tr("&Find sources"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button().setText(self.tr("&Add cameras"))
        for row in range(min(self.table.rowCount(), len(self.choices))):
            self._name_action(row)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Add"),
                self.tr("Action"),
                self.tr("Picture"),
                self.tr("Source"),
                self.tr("Main stream"),
                self.tr("Sub stream"),
                self.tr("PTZ"),
                self.tr("Diagram no."),
                self.tr("Position"),
                self.tr("Name"),
            ]
        )


class DevicesMenu(QMenu):
    """The main window's "Devices" menu: add cameras from a device, check Appendix I.

    It only says what was asked for (signals); the main window opens the dialogs. It retranslates
    itself, so the main window needs no code for it in its own retranslation.
    """

    add_from_device_requested = Signal()
    check_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("menuDevices")
        self.action_add_from_device = QAction(self)
        self.action_add_from_device.setObjectName("actionAddFromDevice")
        self.action_add_from_device.triggered.connect(self.add_from_device_requested)
        self.action_check_all = QAction(self)
        self.action_check_all.setObjectName("actionCheckAllEpes")
        self.action_check_all.triggered.connect(self.check_all_requested)
        self.addAction(self.action_add_from_device)
        self.addSeparator()
        self.addAction(self.action_check_all)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("&Devices"))
        self.action_add_from_device.setText(self.tr("&Add cameras from device…"))
        self.action_add_from_device.setStatusTip(
            self.tr(
                "Ask an EPE's camera or NVR (ONVIF) for its video sources and add them as cameras"
            )
        )
        self.action_check_all.setText(self.tr("&Check all EPEs (Appendix I)…"))
        self.action_check_all.setStatusTip(
            self.tr(
                "Check every EPE's cameras against the minimum technical requirements of "
                "Decision 247, Appendix I"
            )
        )
