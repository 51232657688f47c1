"""Help > "Save diagnostics…": the zip for the IT unit (``app.support.diagnostics``), written
off the GUI thread, with its progress in the status bar and a message saying where it is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from app import exports, settings
from app.secrets import CredentialStore
from app.sites.registry import Registry
from app.support.diagnostics import DiagnosticsSummary, diagnostics_steps
from app.timekeeping import local, utc_now
from app.workers import Job, JobQueue


class DiagnosticsSaver(QObject):
    """The Help menu's entry and the job behind it; retranslates itself with the menu."""

    def __init__(
        self,
        window: QMainWindow,
        menu: QMenu,
        registry: Registry,
        store: CredentialStore,
        user_settings: settings.Settings,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._registry = registry
        self._store = store
        self._settings = user_settings
        self.queue = JobQueue("diagnostics", self)
        self.job: Job | None = None
        self.result_box: QMessageBox | None = None
        self.action = QAction(self)
        self.action.setObjectName("saveDiagnostics")
        self.action.triggered.connect(self.choose_and_save)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.action)
        menu.installEventFilter(self)
        self._retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.action.setText(self.tr("Save &diagnostics…"))
        self.action.setStatusTip(
            self.tr(
                "Save a zip file for the IT unit: the log, versions and settings, without "
                "passwords or EPE names"
            )
        )

    def choose_and_save(self) -> None:
        name = f"epewall-diagnostics-{local(utc_now()):%Y%m%d-%H%M}.zip"
        path, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save diagnostics"),
            str(Path(QDir.homePath()) / name),
            self.tr("Zip files (*.zip)"),
        )
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> Job:
        self.action.setEnabled(False)
        bar = self._window.statusBar()
        bar.showMessage(self.tr("Saving diagnostics…"))
        job = Job(diagnostics_steps, path, self._registry, self._settings, self._store)
        job.signals.progress.connect(lambda _done, _total, text: bar.showMessage(text))
        job.signals.succeeded.connect(self._saved)
        job.signals.failed.connect(self._failed)
        job.signals.finished.connect(lambda: self.action.setEnabled(True))
        self.job = job
        self.queue.submit(job)
        return job

    def _saved(self, summary: DiagnosticsSummary) -> None:
        self._window.statusBar().clearMessage()
        exports.announce("diagnostics", summary.path)
        self._show(
            QMessageBox.Icon.Information,
            self.tr(
                "Diagnostics saved to %1. Send this file to your IT unit; it holds no "
                "password and no EPE name."
            ).replace("%1", str(summary.path)),
        )

    def _failed(self, exc: BaseException) -> None:
        self._window.statusBar().clearMessage()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        self._show(
            QMessageBox.Icon.Warning,
            self.tr(
                "The diagnostics were not saved: %1. Choose another folder and try again."
            ).replace("%1", reason),
        )

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(
            icon, self.tr("Save diagnostics"), text, QMessageBox.StandardButton.Close, self._window
        )
        box.setObjectName("diagnosticsResult")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_box = box
        box.open()
