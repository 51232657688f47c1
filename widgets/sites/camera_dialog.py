"""Add or edit a camera of an EPE, numbered as on the EPE's camera diagram (Decision 247, I.1.1)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import Camera, CameraPosition, ValidationError
from app.media.streams import epe_account
from app.secrets import CredentialStore
from app.sites.registry import Registry
from app.storage.database import RegistryError
from widgets.common.field_error import FieldError, show_problems, with_error
from widgets.sites.connection_test import ConnectionTestDialog


class CameraDialog(QDialog):
    """Add (``camera=None``, for ``epe_id`` or an EPE chosen in the combo) or edit a camera.

    Stream URLs are stored without credentials: a URL carrying ``user:password@`` is refused with
    the registry's message under the field. On OK the camera is saved into ``saved_camera``.
    """

    saved = Signal(object)  # the saved Camera

    FIELDS = ("epe_id", "diagram_number", "position", "name", "main_url", "sub_url", "notes")

    def __init__(
        self,
        registry: Registry,
        camera: Camera | None = None,
        epe_id: int | None = None,
        parent: QWidget | None = None,
        store: CredentialStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._store = store  # for "Test connection"; the system keyring when None
        self.connection_test: QDialog | None = None
        # The stream URLs of the last connection test and whether they played (None: the test
        # did not finish), so saving can warn about a camera that is known not to work.
        self._tested: tuple[tuple[str, str], bool | None] | None = None
        self.confirm_save: QMessageBox | None = None
        self._original = camera
        self.saved_camera: Camera | None = None
        self._touched: set[str] = set(self.FIELDS) if camera is not None else set()
        self.setObjectName("cameraDialog")
        self.setWindowTitle(self.tr("Edit camera") if camera is not None else self.tr("Add camera"))
        self.setMinimumWidth(640)
        fixed_epe = camera.epe_id if camera is not None else epe_id

        self.epe = QComboBox(self)
        for epe in registry.list_epes():
            self.epe.addItem(f"{epe.name} ({epe.tax_id})", epe.id)
        if fixed_epe is not None:
            self.epe.setCurrentIndex(self.epe.findData(fixed_epe))
            self.epe.setEnabled(False)
        self.diagram_number = QSpinBox(self)
        self.diagram_number.setRange(1, 9999)
        self.diagram_number.setToolTip(self.tr("The camera's number on the EPE's camera diagram"))
        self.position = QComboBox(self)
        for position in CameraPosition:
            self.position.addItem(position.label(), position.value)
        self.online = QLabel(self)
        self.online.setObjectName("mustBeOnline")
        self.online.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Main gate, lane 1"))
        self.main_url = QLineEdit(self)
        self.main_url.setPlaceholderText("rtsp://192.0.2.10:554/Streaming/Channels/101")
        self.sub_url = QLineEdit(self)
        self.sub_url.setPlaceholderText("rtsp://192.0.2.10:554/Streaming/Channels/102")
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.errors = {name: FieldError(name, self) for name in self.FIELDS}
        self.general_error = FieldError("general", self)
        url_hint = QLabel(
            self.tr(
                "Without user name or password: the EPE's account is kept in the keyring "
                "(Sites > Set account)."
            ),
            self,
        )
        url_hint.setWordWrap(True)
        url_hint.setEnabled(False)

        form = QFormLayout()
        self._add_row(form, self.tr("&EPE"), self.epe, "epe_id")
        self._add_row(form, self.tr("&Diagram number *"), self.diagram_number, "diagram_number")
        self._add_row(form, self.tr("&Position *"), self.position, "position")
        form.addRow(self.tr("Must be online"), self.online)
        self._add_row(form, self.tr("&Name"), self.name, "name")
        self._add_row(form, self.tr("&Main stream URL"), self.main_url, "main_url")
        self._add_row(form, self.tr("&Sub stream URL"), self.sub_url, "sub_url")
        form.addRow("", url_hint)
        self._add_row(form, self.tr("N&otes"), self.notes, "notes")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.test_button = self.buttons.addButton(
            self.tr("&Test connection"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.test_button.setObjectName("testConnection")
        self.test_button.setToolTip(
            self.tr(
                "Play the streams once with the EPE's account and "
                "show the codec, size and frame rate received"
            )
        )
        self.test_button.clicked.connect(self.test_connection)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        if camera is not None:
            self._load(camera)
        else:
            self.diagram_number.setValue(self._next_free_number())
        for name in ("name", "main_url", "sub_url"):
            editor: QLineEdit = getattr(self, name)
            editor.textEdited.connect(lambda _text, n=name: self._touch(n))
            editor.editingFinished.connect(lambda n=name: self._touch(n))
            editor.textChanged.connect(self._revalidate)
        self.diagram_number.valueChanged.connect(lambda: self._touch("diagram_number"))
        self.position.currentIndexChanged.connect(self._on_position)
        self.epe.currentIndexChanged.connect(lambda: self._touch("epe_id"))
        # Typing in the notes touches them, as in a line edit: a refused note (a password in
        # it) says why at once instead of leaving OK grey without a word.
        self.notes.textChanged.connect(lambda: self._touch("notes"))
        self._on_position()

    def _add_row(self, form: QFormLayout, label: str, editor: QWidget, field_name: str) -> None:
        text = QLabel(label, self)
        text.setBuddy(editor)
        form.addRow(text, with_error(editor, self.errors[field_name]))

    def _load(self, camera: Camera) -> None:
        self.diagram_number.setValue(camera.diagram_number)
        self.position.setCurrentIndex(self.position.findData(camera.position.value))
        self.name.setText(camera.name)
        self.main_url.setText(camera.main_url)
        self.sub_url.setText(camera.sub_url)
        self.notes.setPlainText(camera.notes)

    def _next_free_number(self) -> int:
        epe_id = self.epe.currentData()
        if epe_id is None:
            return 1
        used = {c.diagram_number for c in self._registry.list_cameras(int(epe_id))}
        return next(n for n in range(1, len(used) + 2) if n not in used)

    def camera(self) -> Camera:
        """The camera as the fields describe it (not validated)."""
        epe_id = self.epe.currentData()
        base = (
            self._original
            if self._original is not None
            else Camera(epe_id=0, diagram_number=1, position=CameraPosition.GATE)
        )
        return dataclasses.replace(
            base,
            epe_id=int(epe_id) if epe_id is not None else 0,
            diagram_number=self.diagram_number.value(),
            position=CameraPosition(self.position.currentData()),
            name=self.name.text().strip(),
            main_url=self.main_url.text().strip(),
            sub_url=self.sub_url.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )

    def _on_position(self) -> None:
        position = CameraPosition(self.position.currentData())
        if position.must_be_online:
            self.online.setText(
                self.tr("Yes: this position must be connected to customs (Decision 247, I.1.2)")
            )
        else:
            self.online.setText(self.tr("No: kept at the EPE and provided to customs on request"))
        self._touch("position")

    def _touch(self, field_name: str) -> None:
        self._touched.add(field_name)
        self._revalidate()

    def _revalidate(self) -> list[ValidationError]:
        problems = self._validate(self.camera())
        self._show(problems, show_all=False)
        self.ok_button().setEnabled(not problems)
        return problems

    def _validate(self, camera: Camera) -> list[ValidationError]:
        if self.epe.currentData() is None:
            message = self.tr("Add an EPE first: a camera belongs to an EPE.")
            return [ValidationError("epe_id", message)]
        return self._registry.validate_camera(camera)

    def _show(self, problems: list[ValidationError], show_all: bool) -> None:
        show_problems(
            self,
            problems,
            self.errors,
            self.general_error,
            lambda f: show_all or f in self._touched,
        )

    def test_connection(self) -> QDialog:
        """Play the main and sub stream URLs once (widgets/sites/connection_test.py)."""
        epe_id = self.epe.currentData()
        credentials, allow_basic = None, False
        if epe_id is not None:
            epe = self._registry.get_epe(int(epe_id))
            store = self._store if self._store is not None else CredentialStore()
            credentials, allow_basic = epe_account(epe, store), epe.allow_basic_auth
        urls = [
            (self.tr("Main stream"), self.main_url.text().strip()),
            (self.tr("Sub stream"), self.sub_url.text().strip()),
        ]
        dialog = ConnectionTestDialog(urls, credentials, self, allow_basic=allow_basic)
        tested_urls = self._stream_urls()
        if any(tested_urls):
            self._tested = (tested_urls, None)
            dialog.tested.connect(lambda ok, u=tested_urls: self._on_tested(u, ok))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.connection_test = dialog
        return dialog

    def _stream_urls(self) -> tuple[str, str]:
        return self.main_url.text().strip(), self.sub_url.text().strip()

    def _on_tested(self, urls: tuple[str, str], passed: bool) -> None:
        if self._tested is not None and self._tested[0] == urls:
            self._tested = (urls, passed)

    def _save_warning(self) -> str:
        """Why saving deserves a second thought ("" when it does not): the officer tested the
        streams and the test failed or did not finish, or the URLs changed since."""
        if self._tested is None:
            return ""
        urls, passed = self._tested
        if urls != self._stream_urls():
            return self.tr(
                "The stream URLs changed after the connection test. Save the camera without "
                "testing the new URLs?"
            )
        if passed is None:
            return self.tr("The connection test did not finish. Save the camera anyway?")
        if not passed:
            return self.tr(
                "The connection test of this camera failed: its picture will not reach the "
                "wall. Save the camera anyway?"
            )
        return ""

    def _ask_before_saving(self, warning: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Save camera"), warning, parent=self)
        box.setObjectName("confirmSave")
        save = box.addButton(self.tr("&Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName("saveAnyway")
        back = box.addButton(self.tr("&Go back"), QMessageBox.ButtonRole.RejectRole)
        back.setObjectName("goBack")
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole
            and self._save()
        )
        box.destroyed.connect(lambda: setattr(self, "confirm_save", None))
        self.confirm_save = box
        box.open()

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def accept(self) -> None:
        camera = self.camera()
        problems = self._validate(camera)
        if problems:
            self._touched.update(self.FIELDS)
            self._show(problems, show_all=True)
            return
        warning = self._save_warning()
        if warning:
            self._ask_before_saving(warning)
            return
        self._save()

    def _save(self) -> None:
        camera = self.camera()
        try:
            if self._original is None:
                self.saved_camera = self._registry.add_camera(camera)
            else:
                self.saved_camera = self._registry.update_camera(camera)
        except ValidationError as exc:
            self._show([exc], show_all=True)
            return
        except RegistryError as exc:
            self.general_error.show_message(str(exc))
            return
        self.saved.emit(self.saved_camera)
        super().accept()
