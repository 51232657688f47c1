"""File > Settings: what officers and the IT unit changed by editing ``epewall.ini`` until now
(the language, the camera health monitor, the warning sound), each checked against its range
(``app.settings``) before anything is written, and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import paths, settings
from widgets.common.field_error import FieldError, grow_to_fit, with_error

HEALTH_SETTINGS: tuple[settings.Setting[int], ...] = (
    settings.HEALTH_POLL_SECONDS,
    settings.HEALTH_FRAME_SAMPLE_SECONDS,
    settings.HEALTH_CONCURRENCY,
    settings.HEALTH_OPEN_AFTER_MINUTES,
    settings.HEALTH_PROPOSE_CLOSE_AFTER_MINUTES,
)


class SettingsDialog(QDialog):
    """Save writes every value or, when one is out of range, none (the field says why)."""

    language_chosen = Signal(str)  # emitted after a save that changed the language

    def __init__(
        self,
        user_settings: settings.Settings,
        language_names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(640)
        self._settings = user_settings

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in language_names.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(user_settings.get(settings.LANGUAGE)))

        self.health_box = QGroupBox(self)
        health_form = QFormLayout(self.health_box)
        self.numbers: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        self.labels: dict[str, QLabel] = {}
        for setting in HEALTH_SETTINGS:
            name = setting.key.split("/", 1)[1]
            field = QLineEdit(str(user_settings.get(setting)), self.health_box)
            field.setObjectName(name)
            field.setMaximumWidth(120)
            error = FieldError(name, self.health_box)
            self.numbers[setting.key] = field
            self.errors[setting.key] = error
            self.labels[setting.key] = label = QLabel(self.health_box)
            label.setBuddy(field)  # not wrapped: a wrapped form label is cut to one line's height
            health_form.addRow(label, with_error(field, error))
        self.health_note = QLabel(self.health_box)
        self.health_note.setWordWrap(True)
        health_form.addRow(self.health_note)

        self.sound = QCheckBox(self)
        self.sound.setObjectName("warningsSound")
        self.sound.setChecked(user_settings.get(settings.WARNINGS_SOUND))

        self.folders = QLabel(self)
        self.folders.setObjectName("folders")
        self.folders.setWordWrap(True)
        self.folders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QFormLayout()
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        top.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.health_box)
        layout.addWidget(self.sound)
        layout.addWidget(self.folders)
        layout.addWidget(self.buttons)
        self._retranslate()

    def save_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def accept(self) -> None:
        values: dict[str, int] = {}
        for setting in HEALTH_SETTINGS:
            try:
                values[setting.key] = settings.parse_number(
                    setting, self.numbers[setting.key].text()
                )
            except ValueError as exc:
                self.errors[setting.key].show_message(str(exc))
            else:
                self.errors[setting.key].show_message("")
        if len(values) < len(HEALTH_SETTINGS):
            grow_to_fit(self)
            first_bad = next(k for k in self.numbers if k not in values)
            self.numbers[first_bad].setFocus()
            return
        for setting in HEALTH_SETTINGS:
            self._settings.set(setting, values[setting.key])
        self._settings.set(settings.WARNINGS_SOUND, self.sound.isChecked())
        language = str(self.language.currentData())
        changed = language != self._settings.get(settings.LANGUAGE)
        super().accept()
        if changed:
            self.language_chosen.emit(language)  # the window switches and stores it

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.health_box.setTitle(self.tr("Camera health monitor"))
        texts = {
            settings.HEALTH_POLL_SECONDS.key: self.tr("Seconds between two sweeps:"),
            settings.HEALTH_FRAME_SAMPLE_SECONDS.key: self.tr(
                "Seconds between two frame samples of a camera (0: none):"
            ),
            settings.HEALTH_CONCURRENCY.key: self.tr("EPEs checked at the same time:"),
            settings.HEALTH_OPEN_AFTER_MINUTES.key: self.tr(
                "Minutes down before an interruption opens by itself:"
            ),
            settings.HEALTH_PROPOSE_CLOSE_AFTER_MINUTES.key: self.tr(
                "Minutes healthy before closing an interruption is proposed:"
            ),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.health_note.setText(
            self.tr("The monitor's settings take effect the next time epewall starts.")
        )
        self.sound.setText(self.tr("&Beep when a new device warning arrives"))
        self.folders.setText(
            self.tr(
                "Data folder: %1\nLog folder: %2\nTo keep the data elsewhere (a portable "
                "install), the IT unit sets the EPEWALL_HOME environment variable."
            )
            .replace("%1", str(paths.data_dir()))
            .replace("%2", str(paths.log_dir()))
        )
