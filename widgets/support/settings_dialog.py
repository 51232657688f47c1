"""File > Settings: what officers and the IT unit changed by editing ``epewall.ini`` until now
(the language, the camera health monitor, the warning sound, the live streams' timeouts, the
snapshot folder), each checked before anything is written, and the data folder, moved or switched
in a Job (``app.data_folder``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import data_folder, paths, settings
from app.evidence.snapshots import FOLDER_NAME
from app.workers import CancelledError, Job, JobQueue
from widgets.common.field_error import FieldError, with_error

HEALTH_SETTINGS: tuple[settings.Setting[int], ...] = (
    settings.HEALTH_POLL_SECONDS,
    settings.HEALTH_FRAME_SAMPLE_SECONDS,
    settings.HEALTH_CONCURRENCY,
    settings.HEALTH_OPEN_AFTER_MINUTES,
    settings.HEALTH_PROPOSE_CLOSE_AFTER_MINUTES,
)
STREAM_SETTINGS: tuple[settings.Setting[int], ...] = (
    settings.STREAM_OPEN_TIMEOUT_SECONDS,
    settings.STREAM_STALL_TIMEOUT_SECONDS,
    settings.STREAM_RECONNECT_MAX_SECONDS,
)
NUMBER_SETTINGS = HEALTH_SETTINGS + STREAM_SETTINGS


def _note(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


class SettingsDialog(QDialog):
    """Save writes every value or, when one is wrong, none (the field says why). The data folder
    has its own buttons: a move is long work with its own progress and cancel."""

    language_chosen = Signal(str)  # emitted after a save that changed the language
    data_folder_changed = Signal(str)  # the folder the next start uses

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
        self.queue = JobQueue("data-folder", self)
        self.move_job: Job | None = None
        self._new_folder: Path | None = None
        self._check_generation = 0

        self.tabs = QTabWidget(self)
        self.general_tab = QWidget(self.tabs)
        self.streams_tab = QWidget(self.tabs)
        self.folders_tab = QWidget(self.tabs)
        self.tabs.addTab(self.general_tab, "")
        self.tabs.addTab(self.streams_tab, "")
        self.tabs.addTab(self.folders_tab, "")

        self.numbers: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        self.labels: dict[str, QLabel] = {}
        self._tab_of: dict[str, QWidget] = {}

        # -- General: language, the health monitor, the warning sound --------------------------
        self.language = QComboBox(self.general_tab)
        self.language.setObjectName("language")
        for code, name in language_names.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(user_settings.get(settings.LANGUAGE)))
        self.health_box = QGroupBox(self.general_tab)
        health_form = QFormLayout(self.health_box)
        self._number_rows(HEALTH_SETTINGS, self.health_box, health_form, self.general_tab)
        self.health_note = _note(self.health_box)
        health_form.addRow(self.health_note)
        self.sound = QCheckBox(self.general_tab)
        self.sound.setObjectName("warningsSound")
        self.sound.setChecked(user_settings.get(settings.WARNINGS_SOUND))
        top = QFormLayout()
        self.language_label = QLabel(self.general_tab)
        self.language_label.setBuddy(self.language)
        top.addRow(self.language_label, self.language)
        general = QVBoxLayout(self.general_tab)
        general.addLayout(top)
        general.addWidget(self.health_box)
        general.addWidget(self.sound)
        general.addStretch(1)

        # -- Live streams: the timeouts the wall used as constants --------------------------------
        streams = QVBoxLayout(self.streams_tab)
        streams_form = QFormLayout()
        self._number_rows(STREAM_SETTINGS, self.streams_tab, streams_form, self.streams_tab)
        self.streams_note = _note(self.streams_tab)
        streams.addLayout(streams_form)
        streams.addWidget(self.streams_note)
        streams.addStretch(1)

        # -- Folders: snapshots, data ---------------------------------------------------------
        self.snapshot_box = QGroupBox(self.folders_tab)
        self.snapshot_folder = QLineEdit(user_settings.get(settings.SNAPSHOT_FOLDER))
        self.snapshot_folder.setObjectName("snapshotFolder")
        self.snapshot_choose = QPushButton(self.snapshot_box)
        self.snapshot_choose.setObjectName("chooseSnapshotFolder")
        self.snapshot_choose.clicked.connect(self._choose_snapshot_folder)
        self.snapshot_error = FieldError("snapshotFolder", self.snapshot_box)
        self.snapshot_note = _note(self.snapshot_box)
        snapshot_layout = QVBoxLayout(self.snapshot_box)
        snapshot_layout.addLayout(self._with_button(self.snapshot_folder, self.snapshot_choose))
        snapshot_layout.addWidget(self.snapshot_error)
        snapshot_layout.addWidget(self.snapshot_note)

        self.data_box = QGroupBox(self.folders_tab)
        self.folders = QLabel(self.data_box)
        self.folders.setObjectName("folders")
        self.folders.setWordWrap(True)
        self.folders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_data_folder = QLineEdit(self.data_box)
        self.new_data_folder.setObjectName("newDataFolder")
        self.new_data_folder.editingFinished.connect(self._check_new_data_folder)
        self.new_data_folder.installEventFilter(self)  # Enter checks the folder, not Save
        self.new_data_folder.textEdited.connect(lambda _text: self._forget_new_folder())
        self.data_choose = QPushButton(self.data_box)
        self.data_choose.setObjectName("chooseDataFolder")
        self.data_choose.clicked.connect(self._choose_data_folder)
        self.data_error = FieldError("newDataFolder", self.data_box)
        self.data_state = _note(self.data_box)
        self.data_state.setObjectName("dataFolderState")
        self.move_button = QPushButton(self.data_box)
        self.move_button.setObjectName("moveData")
        self.move_button.clicked.connect(self._move_data)
        self.use_button = QPushButton(self.data_box)
        self.use_button.setObjectName("useDataFolder")
        self.use_button.clicked.connect(self._use_folder)
        self.cancel_move = QPushButton(self.data_box)
        self.cancel_move.setObjectName("cancelMove")
        self.cancel_move.clicked.connect(self._cancel_move)
        self.progress = QProgressBar(self.data_box)
        for busy_part in (self.progress, self.cancel_move):
            busy_part.setVisible(False)
        choice = QHBoxLayout()
        choice.addWidget(self.move_button)
        choice.addWidget(self.use_button)
        choice.addStretch(1)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_move)
        self.data_label = QLabel(self.data_box)
        self.data_label.setBuddy(self.new_data_folder)
        data_layout = QVBoxLayout(self.data_box)
        data_layout.addWidget(self.folders)
        data_layout.addWidget(self.data_label)
        data_layout.addLayout(self._with_button(self.new_data_folder, self.data_choose))
        data_layout.addWidget(self.data_error)
        data_layout.addWidget(self.data_state)
        data_layout.addLayout(choice)
        data_layout.addLayout(running)
        self._from_environment = paths.data_dir_from_environment()
        for part in (self.new_data_folder, self.data_choose):
            part.setEnabled(not self._from_environment)
        self._show_choice(None)

        folders = QVBoxLayout(self.folders_tab)
        folders.addWidget(self.snapshot_box)
        folders.addWidget(self.data_box)
        folders.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.tabs.currentChanged.connect(lambda _index: self._fit())
        self._retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for the shown tab's wrapped texts and error lines: a tab widget's minimum
        size ignores word-wrapped labels (height-for-width), which would be cut off. Never
        taller than the screen."""
        tab = self.tabs.currentWidget()
        layout = tab.layout() if tab is not None else None
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(tab.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height())
        missing = needed - tab.height()
        if missing > 0:
            screen = self.screen().availableGeometry().height() if self.screen() else 10_000
            frame = self.frameGeometry().height() - self.height()
            self.resize(self.width(), min(self.height() + missing, screen - frame))

    def _number_rows(
        self,
        numbers: tuple[settings.Setting[int], ...],
        parent: QWidget,
        form: QFormLayout,
        tab: QWidget,
    ) -> None:
        for setting in numbers:
            name = setting.key.split("/", 1)[1]
            field = QLineEdit(str(self._settings.get(setting)), parent)
            field.setObjectName(name)
            field.setMaximumWidth(120)
            error = FieldError(name, parent)
            self.numbers[setting.key] = field
            self.errors[setting.key] = error
            self._tab_of[setting.key] = tab
            self.labels[setting.key] = label = QLabel(parent)
            label.setBuddy(field)  # not wrapped: a wrapped form label is cut to one line's height
            form.addRow(label, with_error(field, error))

    @staticmethod
    def _with_button(field: QLineEdit, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(button)
        return row

    def save_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    # -- Save: every value or none -----------------------------------------------------------
    def accept(self) -> None:
        values: dict[str, int] = {}
        first_bad: tuple[QWidget, QWidget] | None = None
        for setting in NUMBER_SETTINGS:
            try:
                values[setting.key] = settings.parse_number(
                    setting, self.numbers[setting.key].text()
                )
            except ValueError as exc:
                self.errors[setting.key].show_message(str(exc))
                first_bad = first_bad or (self._tab_of[setting.key], self.numbers[setting.key])
            else:
                self.errors[setting.key].show_message("")
        snapshots: Path | None = None
        try:
            snapshots = data_folder.check_snapshot_folder(self.snapshot_folder.text())
        except data_folder.FolderError as exc:
            self.snapshot_error.show_message(str(exc))
            first_bad = first_bad or (self.folders_tab, self.snapshot_folder)
        else:
            self.snapshot_error.show_message("")
        if first_bad is not None:
            tab, field = first_bad
            self.tabs.setCurrentWidget(tab)
            self._fit()
            field.setFocus()
            return
        for setting in NUMBER_SETTINGS:
            self._settings.set(setting, values[setting.key])
        self._settings.set(settings.SNAPSHOT_FOLDER, str(snapshots) if snapshots else "")
        self._settings.set(settings.WARNINGS_SOUND, self.sound.isChecked())
        language = str(self.language.currentData())
        changed = language != self._settings.get(settings.LANGUAGE)
        super().accept()
        if changed:
            self.language_chosen.emit(language)  # the window switches and stores it

    def reject(self) -> None:
        if self.move_job is not None:
            return  # the move's own Cancel stops it; the dialog waits for its clean-up
        super().reject()

    # -- the snapshot folder -------------------------------------------------------------------
    def _choose_snapshot_folder(self) -> None:
        start = self.snapshot_folder.text() or str(paths.data_dir() / FOLDER_NAME)
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Snapshot folder"), start)
        if chosen:
            self.snapshot_folder.setText(chosen)

    # -- the data folder -----------------------------------------------------------------------
    def _choose_data_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("New data folder"))
        if chosen:
            self.new_data_folder.setText(chosen)
            self._check_new_data_folder()

    def _forget_new_folder(self) -> None:
        self._check_generation += 1
        self._new_folder = None
        self._show_choice(None)

    def _check_new_data_folder(self) -> None:
        """Check what was typed or chosen, off the GUI thread (the data folder's size is summed
        and a registry opened); then say what can be done with it."""
        text = self.new_data_folder.text()
        if self._from_environment or self.move_job is not None or not text.strip():
            return
        self._check_generation += 1
        generation = self._check_generation
        job = Job(data_folder.check_new_data_folder, text, paths.data_dir())
        job.signals.succeeded.connect(lambda result: self._on_checked(generation, result, None))
        job.signals.failed.connect(lambda exc: self._on_checked(generation, None, exc))
        self.queue.submit(job)

    def _on_checked(
        self,
        generation: int,
        result: tuple[Path, data_folder.FolderKind] | None,
        exc: BaseException | None,
    ) -> None:
        if generation != self._check_generation or self.move_job is not None:
            return  # the field changed since: a newer check answers
        if result is None:
            known = isinstance(exc, data_folder.FolderError)
            self.data_error.show_message(
                str(exc) if known else self.tr("This folder cannot be checked.")
            )
            self._forget_new_folder()
        else:
            self.data_error.show_message("")
            self._new_folder = result[0]
            self._show_choice(result[1])
        self._fit()

    def _show_choice(self, kind: data_folder.FolderKind | None) -> None:
        self._kind = kind
        self.move_button.setEnabled(kind is data_folder.FolderKind.EMPTY)
        self.use_button.setEnabled(kind is data_folder.FolderKind.EPEWALL)
        self._say_state()

    def _say_state(self) -> None:
        if self._from_environment:
            text = self.tr(
                "The EPEWALL_HOME environment variable sets the folders of this workstation: "
                "the IT unit changes it there."
            )
        elif self._kind is data_folder.FolderKind.EMPTY:
            text = self.tr("An empty folder: your data can be moved there.")
        elif self._kind is data_folder.FolderKind.EPEWALL:
            text = self.tr(
                "This folder already holds epewall data: epewall can use it as it is "
                "(your data in the current folder stays there, unused)."
            )
        else:
            text = ""
        self.data_state.setText(text)

    def _move_data(self) -> None:
        self._run(Job(data_folder.checked_move, self.new_data_folder.text(), paths.data_dir()))

    def _use_folder(self) -> None:
        self._run(Job(data_folder.use_folder, self.new_data_folder.text(), paths.data_dir()))

    def _run(self, job: Job) -> None:
        """A move or a switch; the folder is checked again in the job (it may have changed)."""
        job.signals.progress.connect(self._on_progress)
        job.signals.succeeded.connect(lambda _result: self._switched(self.new_data_folder.text()))
        job.signals.failed.connect(self._on_move_failed)
        self.move_job = job
        self._set_busy(True)
        self.queue.submit(job)

    def _cancel_move(self) -> None:
        if self.move_job is not None:
            self.move_job.cancel()
            self.cancel_move.setEnabled(False)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_move.setVisible(busy)
        self.cancel_move.setEnabled(busy)
        self.progress.setRange(0, 0)
        for part in (self.move_button, self.use_button, self.new_data_folder, self.data_choose):
            part.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.data_state.setText(text)

    def _on_move_failed(self, exc: object) -> None:
        self.move_job = None
        self._set_busy(False)
        self._forget_new_folder()
        if isinstance(exc, CancelledError):
            self.data_state.setText(
                self.tr("The move was cancelled; epewall keeps using the current folder.")
            )
        elif isinstance(exc, data_folder.FolderError):
            self.data_error.show_message(str(exc))
        else:
            self.data_error.show_message(
                self.tr("The data could not be moved; epewall keeps using the current folder.")
            )
        self._fit()

    def _switched(self, typed: str) -> None:
        target = Path(typed.strip()).expanduser().resolve()
        self.move_job = None
        self._set_busy(False)
        self._kind = None
        for part in (self.move_button, self.use_button, self.new_data_folder, self.data_choose):
            part.setEnabled(False)  # one change per start
        self.data_state.setText(
            self.tr(
                "From the next start epewall keeps its data in %1. Close epewall and start it "
                "again now: what is recorded before then stays in the current folder. Keep the "
                "current folder: snapshots and attachments recorded before the move are still "
                "found there."
            ).replace("%1", str(target))
        )
        self.data_state.setStyleSheet("font-weight: bold;")
        QTimer.singleShot(0, self, self._fit)  # after the bold font applies
        self.data_folder_changed.emit(str(target))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.new_data_folder
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._check_new_data_folder()
            return True
        return super().eventFilter(watched, event)

    # -- words -----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setTabText(self.tabs.indexOf(self.general_tab), self.tr("General"))
        self.tabs.setTabText(self.tabs.indexOf(self.streams_tab), self.tr("Live streams"))
        self.tabs.setTabText(self.tabs.indexOf(self.folders_tab), self.tr("Folders"))
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
            settings.STREAM_OPEN_TIMEOUT_SECONDS.key: self.tr(
                "Seconds a camera has to start its stream:"
            ),
            settings.STREAM_STALL_TIMEOUT_SECONDS.key: self.tr(
                "Seconds without data before a stream counts as stalled:"
            ),
            settings.STREAM_RECONNECT_MAX_SECONDS.key: self.tr(
                "Longest wait between two reconnection attempts (seconds):"
            ),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.health_note.setText(
            self.tr("The monitor's settings take effect the next time epewall starts.")
        )
        self.streams_note.setText(
            self.tr(
                "These apply to the tiles opened after you save; a tile already on the wall "
                "keeps its figures until it is opened again. A password refused by the camera "
                "is retried more slowly, whatever the figures here."
            )
        )
        self.sound.setText(self.tr("&Beep when a new device warning arrives"))
        self.snapshot_box.setTitle(self.tr("Snapshot folder"))
        self.snapshot_choose.setText(self.tr("Choose…"))
        self.snapshot_folder.setPlaceholderText(str(paths.data_dir() / FOLDER_NAME))
        self.snapshot_note.setText(
            self.tr(
                "Where snapshots of tiles and of playback are saved, from the next snapshot on. "
                "Empty: the folder shown in grey."
            )
        )
        self.data_box.setTitle(self.tr("Data folder"))
        self.folders.setText(
            self.tr("Data folder in use: %1\nLog folder: %2")
            .replace("%1", str(paths.data_dir()))
            .replace("%2", str(paths.log_dir()))
        )
        self.data_label.setText(self.tr("&New data folder:"))
        self.data_choose.setText(self.tr("Choose…"))
        self.move_button.setText(self.tr("&Move my data there"))
        self.use_button.setText(self.tr("&Use it as it is"))
        self.cancel_move.setText(self.tr("Cancel the move"))
        if self.move_job is None and not self.data_state.styleSheet():
            self._say_state()
