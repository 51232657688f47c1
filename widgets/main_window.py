"""epewall's main window: the site tree on the left, the video wall area, menus and status bar."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QCursor,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDockWidget,
    QFileDialog,
    QFrame,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import exports, i18n, settings
from app.domain import Camera, ValidationError
from app.evidence.snapshots import SnapshotBook, SnapshotRecord
from app.health.monitor import HealthMonitor
from app.health.policy import InterruptionPolicy, attach
from app.logs import redact_url
from app.media.stream import StreamController
from app.media.streams import StreamTuning, epe_account, stream_for_camera
from app.officers.profiles import Action
from app.officers.session import RotationSession
from app.safe_text import one_line
from app.secrets import CredentialStore, KeyringState, KeyringStatus
from app.sites import accounts
from app.sites import csv_io as sites_csv
from app.sites.registry import Registry
from app.storage.database import RegistryError, write_waits
from app.wall.channels import ChannelState
from app.wall.layout import LAYOUT_NAMES, CameraInfo, WallModel
from app.wall.store import WallStore, WallStoreError, default_owner
from app.workers import Job, JobQueue
from widgets.common.about_dialog import AboutDialog
from widgets.common.keyring_banner import KeyringBanner, state_title
from widgets.declarations.live_reading import LiveGateControl
from widgets.evidence.keys_dialog import EvidenceKeysDialog
from widgets.evidence.snapshot_print import SnapshotPrintError, print_snapshot, render_snapshot_pdf
from widgets.evidence.verify_dialog import choose_and_verify
from widgets.officers.officer_login import OfficerControls
from widgets.rotation.check_panel import CheckPanel, WallWatch
from widgets.sites.account_dialog import AccountDialog
from widgets.sites.camera_dialog import CameraDialog
from widgets.sites.epe_dialog import EpeDialog
from widgets.sites.site_tree import NodeKind, SiteTree
from widgets.wall import WallWidget

log = logging.getLogger(__name__)

IMPORT_PROBLEMS_SHOWN = 15

# "Play back from 30 s ago" (iVMS-4200's instant playback), with this many minutes of timeline.
PLAYBACK_LOOK_BACK_S = 30
PLAYBACK_CONTEXT_MIN = 10

# Each language is named in itself, so an officer can find theirs whatever is shown now.
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


class MainWindow(QMainWindow):
    """The main window: the EPE and camera tree beside the video wall, and every domain's menu.

    Keyring calls and file imports run as Jobs: ``keyring_queue`` for the keyring, ``file_queue``
    for CSV import and export, so the window never waits on D-Bus or a disk.
    """

    keyring_status_changed = Signal(object)  # KeyringStatus
    registry_changed = Signal()
    officer_changed = Signal(object)  # the logged-in Officer, or None (app/officers/session.py)

    def __init__(
        self,
        registry: Registry,
        store: CredentialStore,
        settings_: settings.Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._store = store
        self._settings = settings_
        self._language = settings_.get(settings.LANGUAGE)
        self._keyring_status: KeyringStatus | None = None
        self._dialog: QDialog | None = None
        self.keyring_queue = JobQueue("keyring", self)
        self.file_queue = JobQueue("files", self)
        self.setObjectName("mainWindow")
        self.setWindowTitle("epewall")
        self._state_before_full_screen = Qt.WindowState.WindowNoState
        self._hidden_for_full_screen: list[QWidget] = []
        self._tile_in_full_screen = False
        self._language_gate = _LanguageGate(self)

        self.banner = KeyringBanner(self)
        self.banner.retry_requested.connect(self.refresh_keyring_status)
        self.banner.unlock_requested.connect(self.unlock_keyring)
        self.site_tree = SiteTree(registry, self)
        self.wall_area = QFrame(self)
        self.wall_area.setObjectName("wallArea")
        self.wall_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.wall_area.setStyleSheet(
            "#wallArea { background: #1f2328; }#wallArea QLabel { color: #c9d1d9; }"
        )
        self.wall_store = WallStore(registry)
        self.wall_owner = default_owner()  # the OS user until an officer logs in
        self.wall_name: str | None = None  # the saved wall on screen, if any
        self.last_snapshot: SnapshotRecord | None = None
        self.wall = WallWidget(
            self._stream_for,
            self._camera_info,
            self._epe_cameras,
            snapshot_book=SnapshotBook(registry),
            parent=self.wall_area,
        )
        self.wall.setObjectName("wall")
        wall_layout = QVBoxLayout(self.wall_area)
        wall_layout.setContentsMargins(2, 2, 2, 2)
        wall_layout.addWidget(self.wall)
        self.site_tree.item_activated.connect(self._put_on_wall)
        self.wall.channels_changed.connect(self._show_channels)
        # Camera health (#13): cameras live on the wall report through it and are not probed;
        # the monitor is started by widgets/application.py (not here, so tests stay quiet).
        self.health_monitor = HealthMonitor(registry, store, settings_, parent=self)
        attach(
            self.health_monitor,
            InterruptionPolicy.from_settings(registry, self.health_monitor.store, settings_),
        )
        self.wall.channels_changed.connect(self._feed_health)
        self.wall.playback_requested.connect(self.open_playback)
        self.wall.details_requested.connect(self.show_camera_details)
        self.wall.full_screen_requested.connect(self._tile_full_screen)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.site_tree)
        self.splitter.addWidget(self.wall_area)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([460, 820])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("siteCounts")
        self.keyring_label = QLabel(self)
        self.keyring_label.setObjectName("keyringState")
        self.file_progress = QProgressBar(self)
        self.file_progress.setObjectName("fileProgress")
        self.file_progress.setMaximumWidth(160)
        self.file_progress.setVisible(False)
        self.import_result: QMessageBox | None = None
        self.statusBar().addWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.file_progress)
        self.statusBar().addPermanentWidget(self.keyring_label)

        self._create_actions()
        self._create_menus()
        # Issue #14: the gate cameras on the wall read live, when the officer turns it on.
        self.live_gate = LiveGateControl(registry, store, settings_, self.wall, self.menu_wall)
        self.site_tree.selection_changed.connect(self._update_actions)
        self.registry_changed.connect(self._on_registry_changed)
        self._restore_geometry()
        self.retranslate_ui()
        self._update_actions()
        self.refresh_keyring_status()
        self._install_rotation_session()
        self._install_rotation_views()
        self._install_interruptions()
        self._install_onvif()
        self._install_playback()
        self._install_recorder()
        self._install_logbook()
        self._install_health()
        self._install_shift_review()
        self._install_handover()  # after the review: the Shift menu reads review, then hand over
        self._install_cases()
        self._install_warnings()
        self._install_tours()
        self._install_screen_walls()  # after the tours: its entry follows theirs
        self._install_declarations_review()
        self._install_support()
        self._write_wait_cursor = False
        write_waits().waiting.connect(self._on_write_wait)

    # -- actions and menus ------------------------------------------------------------------
    def _action(self, slot: Callable[[], Any], shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _create_actions(self) -> None:
        self.action_import = self._action(self.import_sites)
        self.action_export = self._action(self.export_sites)
        self.action_verify_evidence = self._action(self.verify_evidence)
        self.action_evidence_keys = self._action(self.open_evidence_keys)
        self.action_settings = self._action(self.open_settings)
        self.action_quit = self._action(self.close, QKeySequence(QKeySequence.StandardKey.Quit))
        self.action_add_epe = self._action(self.add_epe)
        self.action_edit_epe = self._action(self.edit_epe)
        self.action_delete_epe = self._action(self.delete_epe)
        self.action_set_account = self._action(self.set_account)
        self.action_add_camera = self._action(self.add_camera)
        self.action_edit_camera = self._action(self.edit_camera)
        self.action_delete_camera = self._action(self.delete_camera)
        self.action_about = self._action(self.show_about)
        self.action_full_screen = self._action(
            self.toggle_full_screen, QKeySequence(Qt.Key.Key_F11)
        )
        self.action_full_screen.setCheckable(True)
        self.action_clear_wall = self._action(self.wall.clear_all)
        self.action_leave = self._action(self._leave, QKeySequence(Qt.Key.Key_Escape))
        self.addAction(self.action_full_screen)  # shortcuts work with the menu bar hidden
        self.addAction(self.action_leave)
        self.layout_group = QActionGroup(self)
        self.layout_actions: dict[str, QAction] = {}
        for number, name in enumerate(LAYOUT_NAMES, start=1):
            action = QAction(name, self.layout_group)
            action.setCheckable(True)
            action.setChecked(name == self.wall.layout_name)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, n=name: self.wall.set_layout(n))
            self.layout_actions[name] = action
            self.addAction(action)
        self.wall.model_changed.connect(self._sync_layout_actions)
        self.action_save_wall = self._action(self.save_wall_as)
        self.action_snapshot = self._action(self.take_snapshot, QKeySequence("Ctrl+Shift+S"))
        self.action_print_snapshot = self._action(
            self.print_last_snapshot, QKeySequence(QKeySequence.StandardKey.Print)
        )
        self.action_print_snapshot.setEnabled(False)
        self.addActions([self.action_snapshot, self.action_print_snapshot])
        self.wall.snapshot_recorded.connect(self._on_snapshot_recorded)
        self.wall.snapshot_failed.connect(lambda message: self.statusBar().showMessage(message))
        self.action_find = self._action(
            self._focus_search, QKeySequence(QKeySequence.StandardKey.Find)
        )
        self.addAction(self.action_find)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.setChecked(code == self._language)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_actions[code] = action
        # The same EPE and camera actions on the tree's context menu (SiteTree shows it), after
        # live and playback as in iVMS-4200 and SmartPSS.
        view = self.site_tree.view
        self.action_live = self._action(self._live_from_tree)
        self.action_live.setObjectName("treeLive")
        self.action_playback_from_tree = self._action(self._playback_from_tree)
        self.action_playback_from_tree.setObjectName("treePlayback")
        view.addActions([self.action_live, self.action_playback_from_tree])
        top = QAction(self)
        top.setSeparator(True)
        view.addAction(top)
        view.addActions(
            [
                self.action_add_epe,
                self.action_edit_epe,
                self.action_delete_epe,
                self.action_set_account,
            ]
        )
        separator = QAction(self)
        separator.setSeparator(True)
        view.addAction(separator)
        view.addActions(
            [self.action_add_camera, self.action_edit_camera, self.action_delete_camera]
        )

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = QMenu(self)
        self.menu_file.addActions([self.action_import, self.action_export])
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.action_verify_evidence, self.action_evidence_keys])
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.action_settings, self.action_quit])
        self.menu_sites = QMenu(self)
        self.menu_sites.addActions(
            [
                self.action_add_epe,
                self.action_edit_epe,
                self.action_delete_epe,
                self.action_set_account,
            ]
        )
        self.menu_sites.addSeparator()
        self.menu_sites.addActions(
            [self.action_add_camera, self.action_edit_camera, self.action_delete_camera]
        )
        self.menu_view = QMenu(self)
        self.menu_language = QMenu(self)
        self.menu_language.addActions(list(self.language_actions.values()))
        self.menu_view.addMenu(self.menu_language)
        self.menu_wall = QMenu(self)
        self.menu_layout = QMenu(self)
        self.menu_layout.addActions(list(self.layout_actions.values()))
        self.menu_wall.addMenu(self.menu_layout)
        self.menu_open_wall = QMenu(self)
        self.menu_open_wall.aboutToShow.connect(self._fill_open_wall_menu)
        self.menu_wall.addMenu(self.menu_open_wall)
        self.menu_wall.addAction(self.action_save_wall)
        self.menu_wall.addSeparator()
        self.menu_wall.addActions([self.action_snapshot, self.action_print_snapshot])
        self.menu_wall.addSeparator()
        self.menu_wall.addActions([self.action_full_screen, self.action_clear_wall])
        self.menu_help = QMenu(self)
        self.menu_help.addAction(self.action_about)
        for menu in (
            self.menu_file,
            self.menu_sites,
            self.menu_wall,
            self.menu_view,
            self.menu_help,
        ):
            bar.addMenu(menu)

    def retranslate_ui(self) -> None:
        self.menu_file.setTitle(self.tr("&File"))
        self.action_import.setText(self.tr("&Import sites…"))
        self.action_import.setStatusTip(self.tr("Add or update EPEs and cameras from a CSV file"))
        self.action_export.setText(self.tr("&Export sites…"))
        self.action_export.setStatusTip(
            self.tr("Save EPEs and cameras as a CSV file (without passwords)")
        )
        self.action_verify_evidence.setText(self.tr("&Verify evidence…"))
        self.action_verify_evidence.setStatusTip(
            self.tr("Check an evidence export folder: its signature, its signer and every file")
        )
        self.action_evidence_keys.setText(self.tr("Evidence signing &keys of the workstations…"))
        self.action_evidence_keys.setStatusTip(
            self.tr("This workstation's fingerprint; the keys the team trusts (team leads)")
        )
        self.action_settings.setText(self.tr("Se&ttings…"))
        self.action_quit.setText(self.tr("&Quit"))
        self.menu_sites.setTitle(self.tr("&Sites"))
        self.action_add_epe.setText(self.tr("&Add EPE…"))
        self.action_edit_epe.setText(self.tr("&Edit EPE…"))
        self.action_delete_epe.setText(self.tr("&Delete EPE…"))
        self.action_set_account.setText(self.tr("Set acc&ount…"))
        self.action_set_account.setStatusTip(
            self.tr("The account the EPE handed to customs; the password is kept in the keyring")
        )
        self.action_add_camera.setText(self.tr("Add &camera…"))
        self.action_edit_camera.setText(self.tr("Ed&it camera…"))
        self.action_delete_camera.setText(self.tr("De&lete camera…"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.action_about.setText(self.tr("&About epewall"))
        self.action_live.setText(self.tr("&Live view"))
        self.action_live.setStatusTip(self.tr("Put the camera, or the EPE's cameras, on the wall"))
        self.action_playback_from_tree.setText(self.tr("Play&back"))
        self.action_playback_from_tree.setStatusTip(
            self.tr("Open the recorder's playback of the camera (or the EPE) from 30 s ago")
        )
        self.menu_wall.setTitle(self.tr("&Wall"))
        self.live_gate.retranslate()
        self.menu_layout.setTitle(self.tr("&Layout"))
        layout_texts = {
            "1": self.tr("&1 camera"),
            "2x2": self.tr("&2 × 2"),
            "3x3": self.tr("&3 × 3"),
            "4x4": self.tr("&4 × 4"),
            "1+5": self.tr("1 large + &5 small"),
        }
        for name, action in self.layout_actions.items():
            action.setText(layout_texts.get(name, name))
        self.action_full_screen.setText(self.tr("&Full screen"))
        self.menu_open_wall.setTitle(self.tr("&Open saved wall"))
        self.action_save_wall.setText(self.tr("&Save wall as…"))
        self.action_snapshot.setText(self.tr("Take &snapshot"))
        self.action_snapshot.setStatusTip(
            self.tr(
                "Save the picture of the maximised tile, or of "
                "the tile under the mouse, as evidence"
            )
        )
        self.action_print_snapshot.setText(self.tr("&Print last snapshot…"))
        self.action_clear_wall.setText(self.tr("&Clear the wall"))
        self._show_counts()
        self._show_keyring_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _focus_search(self) -> None:
        self.site_tree.search.setFocus()
        self.site_tree.search.selectAll()

    def set_language(self, language: str) -> None:
        """Switch the whole UI to ``language`` now and remember it for the next start."""
        self._language = i18n.install(language)
        self._settings.set(settings.LANGUAGE, self._language)
        self.language_actions[self._language].setChecked(True)
        # The keyring's explanation was translated when it was asked; ask again.
        self.refresh_keyring_status()

    def _update_actions(self) -> None:
        epe_id = self.site_tree.selected_epe_id()
        camera_id = self.site_tree.selected_camera_id()
        has_epes = self.site_tree.epe_count > 0
        for action in (self.action_edit_epe, self.action_delete_epe, self.action_set_account):
            action.setEnabled(epe_id is not None)
        self.action_add_camera.setEnabled(has_epes)
        for action in (self.action_edit_camera, self.action_delete_camera):
            action.setEnabled(camera_id is not None)
        self.action_live.setEnabled(epe_id is not None)
        # Greyed for the roles that may not play back, like the Wall menu's playback entry.
        playback = getattr(self, "playback", None)  # installed after the first call
        may_play_back = playback is not None and playback.allowed()
        self.action_playback_from_tree.setEnabled(epe_id is not None and may_play_back)
        self.wall.set_playback_allowed(may_play_back)
        for window in self.screen_walls.windows() if hasattr(self, "screen_walls") else ():
            window.wall.set_playback_allowed(may_play_back)
        self.action_export.setEnabled(has_epes)

    # -- status bar and keyring -------------------------------------------------------------
    def _on_registry_changed(self) -> None:
        self.site_tree.reload()
        self._show_counts()
        self._update_actions()

    def _show_counts(self) -> None:
        self.counts_label.setText(
            self.tr("EPEs: %1 · Cameras: %2")
            .replace("%1", str(self.site_tree.epe_count))
            .replace("%2", str(self.site_tree.camera_count))
        )

    def refresh_keyring_status(self) -> None:
        """Ask the keyring for its state in the background; the status bar follows."""
        job = Job(self._store.status)
        job.signals.succeeded.connect(self._on_keyring_status)
        self.keyring_queue.submit(job)

    def unlock_keyring(self) -> None:
        """Let the system show its unlock prompt (it waits for the officer, up to a limit)."""
        self.keyring_label.setText(self.tr("Keyring: waiting for the unlock prompt…"))
        job = Job(self._store.request_unlock)
        job.signals.succeeded.connect(self._on_keyring_status)
        self.keyring_queue.submit(job)

    def _on_keyring_status(self, status: KeyringStatus) -> None:
        self._keyring_status = status
        self._show_keyring_status()
        self.keyring_status_changed.emit(status)

    @property
    def keyring_status(self) -> KeyringStatus | None:
        return self._keyring_status

    def _show_keyring_status(self) -> None:
        status = self._keyring_status
        self.banner.set_status(status)
        if status is None:
            self.keyring_label.setText(self.tr("Keyring: checking…"))
            self.keyring_label.setStyleSheet("")
            self.keyring_label.setToolTip("")
        elif status.state is KeyringState.READY:
            self.keyring_label.setText(self.tr("Keyring: %1").replace("%1", status.backend))
            self.keyring_label.setStyleSheet("")
            self.keyring_label.setToolTip(
                self.tr("EPE passwords are kept in %1.").replace("%1", status.backend)
            )
        else:
            self.keyring_label.setText("⚠ " + state_title(status.state))
            self.keyring_label.setStyleSheet("color: #c42b1c; font-weight: bold;")
            self.keyring_label.setToolTip(status.explanation)

    # -- dialogs ----------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        """Show ``dialog`` window-modal without a nested event loop; returned for tests."""
        self._dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget_dialog)
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self._dialog = None

    def open_evidence_keys(self) -> EvidenceKeysDialog:
        """File > "Evidence signing keys…": anyone sees them; team leads register and revoke."""
        dialog = EvidenceKeysDialog(
            self.rotation_session.ledger, self._store, self.officer_session.current, self
        )
        self._open(dialog)
        return dialog

    def verify_evidence(self) -> QDialog | None:
        """File > "Verify evidence…" (any role: checking evidence changes nothing)."""
        return choose_and_verify(self, self.rotation_session.ledger)

    def add_epe(self) -> EpeDialog:
        dialog = EpeDialog(self._registry, parent=self)
        dialog.saved.connect(self._after_epe_saved)
        self._open(dialog)
        return dialog

    def edit_epe(self) -> EpeDialog | None:
        epe_id = self.site_tree.selected_epe_id()
        if epe_id is None:
            return None
        dialog = EpeDialog(self._registry, self._registry.get_epe(epe_id), parent=self)
        dialog.saved.connect(self._after_epe_saved)
        self._open(dialog)
        return dialog

    def _after_epe_saved(self, epe: Any) -> None:
        self.registry_changed.emit()
        self.site_tree.select(NodeKind.EPE, epe.id)

    def delete_epe(self) -> QMessageBox | None:
        epe_id = self.site_tree.selected_epe_id()
        if epe_id is None:
            return None
        epe = self._registry.get_epe(epe_id)
        cameras = len(self._registry.list_cameras(epe_id))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete EPE"),
            self.tr("Delete the EPE “%1” and its %2 camera(s) from the registry?")
            .replace("%1", one_line(epe.name))
            .replace("%2", str(cameras)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setInformativeText(
            self.tr("Its stored password is deleted from the keyring too. This cannot be undone.")
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._on_yes(box, lambda: self._remove_epe(epe_id))
        box.open()
        return box

    @staticmethod
    def _on_yes(box: QMessageBox, action: Callable[[], object]) -> None:
        def clicked(button: QAbstractButton) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                action()

        box.buttonClicked.connect(clicked)

    def _remove_epe(self, epe_id: int) -> Job:
        self.statusBar().showMessage(self.tr("Deleting the EPE…"))
        job = Job(accounts.remove_epe, self._registry, self._store, epe_id)
        job.signals.succeeded.connect(self._on_epe_removed)
        job.signals.failed.connect(self._on_epe_remove_failed)
        self.keyring_queue.submit(job)
        return job

    def _on_epe_removed(self, _result: object) -> None:
        self.statusBar().showMessage(self.tr("EPE deleted, with its stored password."), 5000)
        self.registry_changed.emit()

    def _on_epe_remove_failed(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        self._error(self.tr("The EPE was not deleted"), str(exc))
        self.refresh_keyring_status()

    def set_account(self) -> AccountDialog | None:
        epe_id = self.site_tree.selected_epe_id()
        if epe_id is None:
            return None
        dialog = AccountDialog(self._registry, self._store, epe_id, self.keyring_queue, self)
        dialog.changed.connect(self.registry_changed)
        dialog.changed.connect(self.refresh_keyring_status)
        self._open(dialog)
        return dialog

    def add_camera(self) -> CameraDialog:
        dialog = CameraDialog(self._registry, epe_id=self.site_tree.selected_epe_id(), parent=self)
        dialog.saved.connect(self._after_camera_saved)
        self._open(dialog)
        return dialog

    def edit_camera(self) -> CameraDialog | None:
        camera_id = self.site_tree.selected_camera_id()
        if camera_id is None:
            return None
        dialog = CameraDialog(self._registry, self._registry.get_camera(camera_id), parent=self)
        dialog.saved.connect(self._after_camera_saved)
        self._open(dialog)
        return dialog

    def _after_camera_saved(self, camera: Any) -> None:
        self.registry_changed.emit()
        self.site_tree.select(NodeKind.CAMERA, camera.id)

    def delete_camera(self) -> QMessageBox | None:
        camera_id = self.site_tree.selected_camera_id()
        if camera_id is None:
            return None
        camera = self._registry.get_camera(camera_id)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete camera"),
            self.tr("Delete camera no. %1 (%2) from the registry?")
            .replace("%1", str(camera.diagram_number))
            .replace("%2", one_line(camera.name) or camera.position.label()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._on_yes(box, lambda: self._remove_camera(camera_id))
        box.open()
        return box

    def _remove_camera(self, camera_id: int) -> None:
        try:
            self._registry.delete_camera(camera_id)
        except Exception as exc:  # RegistryError/KeyError: say it, keep the window usable
            self._error(self.tr("The camera was not deleted"), str(exc))
        self.registry_changed.emit()

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self._store, self.keyring_queue, self)
        self._open(dialog)
        return dialog

    def _error(self, title: str, message: str) -> QMessageBox:
        return self._message(QMessageBox.Icon.Warning, title, message)

    def _message(
        self, icon: QMessageBox.Icon, title: str, text: str, name: str = ""
    ) -> QMessageBox:
        """A message with a Close button, opened without a nested event loop (nothing waits on
        it) and deleted once closed."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, self)
        if name:
            box.setObjectName(name)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- CSV import and export --------------------------------------------------------------
    def import_sites(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import sites"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.import_sites_from(Path(path))

    def import_sites_from(self, path: Path) -> Job:
        """Import a CSV file in the background; every bad line is listed if nothing was imported."""
        self._set_file_busy(True, self.tr("Importing %1…").replace("%1", path.name))
        job = Job(sites_csv.import_csv_steps, self._registry, path)
        job.signals.progress.connect(self._on_file_progress)
        job.signals.succeeded.connect(self._on_imported)
        job.signals.failed.connect(self._on_import_failed)
        job.signals.finished.connect(lambda: self._set_file_busy(False))
        self.file_queue.submit(job)
        return job

    def _on_imported(self, report: sites_csv.ImportReport) -> None:
        if report.problems:
            count = len(report.problems)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Import sites"),
                self.tr(
                    "Nothing was imported from %1: %2 problem(s) must be fixed in the file first."
                )
                .replace("%1", Path(report.path).name)
                .replace("%2", str(count)),
                QMessageBox.StandardButton.Close,
                self,
            )
            lines = [str(problem) for problem in report.problems]
            shown = lines[:IMPORT_PROBLEMS_SHOWN]
            if count > len(shown):
                shown.append(
                    self.tr("… and %1 more (see the details).").replace(
                        "%1", str(count - len(shown))
                    )
                )
            box.setInformativeText("\n".join(shown))
            box.setDetailedText("\n".join(lines))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.import_result = box
            box.open()
            return
        self.registry_changed.emit()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Import sites"),
            self.tr("%1 was imported.").replace("%1", Path(report.path).name),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setInformativeText(report.summary())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_result = box
        box.open()

    def _on_import_failed(self, exc: BaseException) -> None:
        self.import_result = self._error(self.tr("The sites were not imported"), str(exc))

    def export_sites(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export sites"), "epewall-sites.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_sites_to(Path(path))

    def export_sites_to(self, path: Path) -> Job:
        self._set_file_busy(True, self.tr("Exporting to %1…").replace("%1", path.name))
        job = Job(_write_export, self._registry, path)
        job.signals.succeeded.connect(lambda _counts: exports.announce("sites_csv", path))
        job.signals.succeeded.connect(
            lambda counts: self.statusBar().showMessage(
                self.tr("Exported %1 EPE(s) and %2 camera(s) to %3.")
                .replace("%1", str(counts.epes))
                .replace("%2", str(counts.cameras))
                .replace("%3", str(path)),
                10000,
            )
        )
        job.signals.failed.connect(
            lambda exc: self._error(self.tr("The sites were not exported"), str(exc))
        )
        job.signals.finished.connect(lambda: self._set_file_busy(False))
        self.file_queue.submit(job)
        return job

    def _set_file_busy(self, busy: bool, text: str = "") -> None:
        for action in (self.action_import, self.action_export):
            action.setEnabled(not busy)
        self.file_progress.setVisible(busy)
        self.file_progress.setRange(0, 0)
        if busy:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()
            self._update_actions()

    def _on_file_progress(self, done: int, total: int, _text: str) -> None:
        self.file_progress.setRange(0, max(total, 1))
        self.file_progress.setValue(done)

    # -- the video wall ---------------------------------------------------------------------
    def _camera_info(self, camera_id: int) -> CameraInfo | None:
        try:
            camera = self._registry.get_camera(camera_id)
            return CameraInfo.from_domain(camera, self._registry.get_epe(camera.epe_id))
        except KeyError:
            return None

    def _stream_for(self, camera_id: int) -> StreamController:
        camera = self._registry.get_camera(camera_id)
        epe = self._registry.get_epe(camera.epe_id)
        # Read at each new tile: a change in File > Settings applies to tiles opened after it.
        return stream_for_camera(
            camera, epe, self._store, StreamTuning.from_settings(self._settings)
        )

    def _epe_cameras(self, epe_id: int) -> list[Camera]:
        return self._registry.list_cameras(epe_id)

    def _put_on_wall(self, kind: str, node_id: int) -> None:
        """Double-click in the tree: a camera or a whole EPE goes to the first free cells."""
        empty = self.wall.model.empty_cells()
        cell = empty[0] if empty else 0
        if kind == NodeKind.CAMERA.value:
            self.wall.assign_camera(cell, node_id)
        else:
            self.wall.assign_epe(cell, node_id)

    def _live_from_tree(self) -> None:
        node = self.site_tree.current_node()
        if node is not None:
            self._put_on_wall(node[0].value, node[1])

    def _playback_from_tree(self) -> None:
        camera_id = self.site_tree.selected_camera_id()
        if camera_id is not None:
            self.open_playback(camera_id)
        elif self.site_tree.selected_epe_id() is not None and self.playback.open() is None:
            self.statusBar().showMessage(
                self.tr("Your role does not allow playback. Ask a team lead."), 10000
            )

    def open_playback(
        self, camera_id: int, seconds_ago: int = PLAYBACK_LOOK_BACK_S, at: dt.datetime | None = None
    ) -> Any:
        """The playback window on ``camera_id``, playing from ``seconds_ago`` before now (the
        tile's "Play back from 30 s ago") or from the moment ``at`` (a device warning); the
        timeline shows the minutes around it."""
        try:
            camera = self._registry.get_camera(camera_id)
        except KeyError:
            return None
        view = self.playback.open()
        if view is None:
            self.statusBar().showMessage(
                self.tr("Your role does not allow playback. Ask a team lead."), 10000
            )
            return None
        now = dt.datetime.now(dt.UTC)
        moment = now - dt.timedelta(seconds=seconds_ago) if at is None else min(at, now)
        end = min(now, moment + dt.timedelta(minutes=PLAYBACK_CONTEXT_MIN / 2))
        view.set_epe(camera.epe_id)
        view.select_cameras([camera.diagram_number])
        view.set_range(end - dt.timedelta(minutes=PLAYBACK_CONTEXT_MIN), end)

        def play_from(_results: object) -> None:
            view.searched.disconnect(play_from)
            view.seek(moment)

        view.searched.connect(play_from)
        if view.search() is None:
            view.searched.disconnect(play_from)
        return view

    def show_camera_details(self, camera_id: int) -> QMessageBox | None:
        """A tile's "Camera details…": what the camera is and how its stream is doing."""
        try:
            camera = self._registry.get_camera(camera_id)
            epe = self._registry.get_epe(camera.epe_id)
        except KeyError:
            return None
        tile = next((t for t in self.wall.tiles() if t.camera_id == camera_id), None)
        lines = [
            self.tr("EPE: %1 (tax ID %2)")
            .replace("%1", one_line(epe.name))
            .replace("%2", epe.tax_id),
            self.tr("Camera no. %1: %2")
            .replace("%1", str(camera.diagram_number))
            .replace("%2", one_line(camera.name) or camera.position.label()),
            self.tr("Position: %1").replace("%1", camera.position.label()),
            self.tr("Must be online with customs: %1").replace(
                "%1", self.tr("yes") if camera.must_be_online else self.tr("no")
            ),
            self.tr("Main stream: %1").replace("%1", redact_url(camera.main_url) or "—"),
            self.tr("Sub stream: %1").replace("%1", redact_url(camera.sub_url) or "—"),
        ]
        if tile is not None:
            lines.append(self.tr("On the wall: %1").replace("%1", tile.state_text()))
            info = tile.stream.status.info
            if info is not None:
                lines.append(f"{info.codec} {info.width}×{info.height}")
        return self._message(
            QMessageBox.Icon.Information,
            self.tr("Camera details"),
            "\n".join(lines),
            "cameraDetails",
        )

    def _tile_full_screen(self, _cell: int) -> None:
        if not self.isFullScreen():
            self.toggle_full_screen()
            self._tile_in_full_screen = True

    def _channel_states(self) -> dict[int, ChannelState]:
        """The cameras on the wall and on the wall windows of other screens."""
        states = self.screen_walls.channel_states() if hasattr(self, "screen_walls") else {}
        states.update(self.wall.channel_states())
        return states

    def _show_channels(self) -> None:
        self.site_tree.set_channel_states(self._channel_states())

    def _feed_health(self) -> None:
        self.health_monitor.report_wall_states(self._channel_states())

    # -- saved walls and snapshots ----------------------------------------------------------
    def restore_last_wall(self) -> None:
        """On start: the wall this user had open last (a saved one, or the unsaved one), and
        the walls they had open on other screens."""
        self.screen_walls.restore()
        try:
            last = self.wall_store.load_last(self.wall_owner)
        except WallStoreError as exc:
            self.statusBar().showMessage(str(exc))
            last = None
        if last is not None:
            self.wall_name, model = last
            self.wall.set_model(model)
            return
        unsaved = self._settings.get(settings.UNSAVED_WALL)
        if unsaved:
            try:
                self.wall.set_model(WallModel.from_dict(json.loads(unsaved)))
            except (ValueError, TypeError):
                log.warning("the unsaved wall in the settings is damaged; starting empty")

    def open_wall(self, name: str) -> bool:
        try:
            model = self.wall_store.load(name, self.wall_owner)
        except (KeyError, WallStoreError) as exc:
            message = (
                str(exc)
                if isinstance(exc, WallStoreError)
                else self.tr("There is no saved wall named “%1”.").replace("%1", name)
            )
            self.statusBar().showMessage(message)
            # Not modal: a wall PC booting into a wrong name must not wait on a dialog.
            self._message(QMessageBox.Icon.Warning, self.tr("Open wall"), message, "openWallError")
            return False
        self.wall_name = name
        self.wall.set_model(model)
        return True

    def save_wall_as(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save wall"), self.tr("Name of this wall:"), text=self.wall_name or ""
        )
        if not ok or not name.strip():
            return
        try:
            saved = self.wall_store.save(name, self.wall_owner, self.wall.model.to_dict())
        except (ValidationError, WallStoreError, RegistryError) as exc:
            QMessageBox.warning(self, self.tr("Save wall"), str(exc))
            return
        self.wall_name = saved.name
        self.statusBar().showMessage(self.tr("Wall “%1” saved.").replace("%1", saved.name))

    def _fill_open_wall_menu(self) -> None:
        self.menu_open_wall.clear()
        walls = self.wall_store.list(self.wall_owner)
        if not walls:
            empty = self.menu_open_wall.addAction(self.tr("(no saved walls)"))
            empty.setEnabled(False)
        for saved in walls:
            action = self.menu_open_wall.addAction(saved.name)
            action.triggered.connect(lambda _checked=False, n=saved.name: self.open_wall(n))

    def _remember_wall(self) -> None:
        """Keep the wall on screen for the next start: in its saved name, or as the unsaved one."""
        wall = self.wall.model.to_dict()
        try:
            if self.wall_name is not None:
                self.wall_store.save(self.wall_name, self.wall_owner, wall)
                return
        except (ValidationError, WallStoreError, RegistryError):
            log.warning("could not keep the wall %r; keeping it as unsaved", self.wall_name)
        self._settings.set(settings.UNSAVED_WALL, json.dumps(wall))

    def take_snapshot(self) -> None:
        cell = self.wall.maximised_cell
        if cell is None:
            cell = self.wall.cell_at(self.wall.mapFromGlobal(QCursor.pos()))
        if cell is None or self.wall.tile_at(cell) is None:
            cell = next((c for c in range(self.wall.cell_count) if self.wall.tile_at(c)), None)
        if cell is None:
            self.statusBar().showMessage(
                self.tr("There is no camera on the wall to take a snapshot of.")
            )
            return
        self.wall.snapshot(cell)

    def _on_snapshot_recorded(self, record: SnapshotRecord) -> None:
        self.last_snapshot = record
        self.action_print_snapshot.setEnabled(True)
        self.statusBar().showMessage(self.tr("Snapshot saved: %1").replace("%1", str(record.path)))

    def print_last_snapshot(self) -> None:
        """The one-page PDF beside the picture, then the print dialog."""
        record = self.last_snapshot
        if record is None:
            return
        try:
            pdf = render_snapshot_pdf(record)
        except SnapshotPrintError as exc:
            QMessageBox.warning(self, self.tr("Print snapshot"), str(exc))
            return
        self.statusBar().showMessage(self.tr("PDF saved: %1").replace("%1", str(pdf)))
        print_snapshot(record, parent=self)

    def _sync_layout_actions(self) -> None:
        action = self.layout_actions.get(self.wall.layout_name)
        if action is not None:
            action.setChecked(True)

    def toggle_full_screen(self) -> None:
        """F11: the wall alone on the whole screen, as on a wall PC (no tree, docks, menus or
        status bar); F11 or Esc leaves, back to the window as it was (maximised stays so)."""
        full = not self.isFullScreen()
        if full:
            self._state_before_full_screen = self.windowState() & ~Qt.WindowState.WindowFullScreen
            chrome: list[QWidget] = [self.site_tree, self.banner, self.menuBar(), self.statusBar()]
            chrome += self.findChildren(QDockWidget)
            self._hidden_for_full_screen = [w for w in chrome if w.isVisible()]
            for widget in self._hidden_for_full_screen:
                widget.hide()
            self.centralWidget().layout().setContentsMargins(0, 0, 0, 0)
            self.showFullScreen()
        else:
            self._tile_in_full_screen = False
            for widget in self._hidden_for_full_screen:
                widget.show()
            self._hidden_for_full_screen = []
            self.centralWidget().layout().setContentsMargins(4, 4, 4, 4)
            self.setWindowState(self._state_before_full_screen)
            self.banner.set_status(self._keyring_status)  # its own rule for when it shows
        self.action_full_screen.setChecked(full)

    def _leave(self) -> None:
        if self._tile_in_full_screen and self.isFullScreen():
            self.wall.restore()  # one tile on the whole screen: Esc gives back window and wall
            self.toggle_full_screen()
        elif self.wall.maximised_cell is not None:
            self.wall.restore()
        elif self.isFullScreen():
            self.toggle_full_screen()

    # -- monthly rotation: officers, checks, audit trail ---------------------------------------
    def _install_rotation_session(self) -> None:
        """Officer profiles and roles, the check panel, and the audit trail of views, snapshots
        and logins. The login itself is asked for by ``widgets/application.py`` at start."""
        self.rotation_session = RotationSession(self._registry, parent=self)
        self.rotation = OfficerControls(self.rotation_session, self, self._store)
        self.officer_session = self.rotation_session.officer_session
        self.statusBar().addPermanentWidget(self.rotation.status_label)
        self.wall_watch = WallWatch(self.wall, self)
        self.rotation.watch_views(self.wall_watch)
        self.wall.snapshot_recorded.connect(self.rotation_session.audit_snapshot)
        self.action_set_account.triggered.connect(  # runs after set_account() opened it
            lambda: self.rotation.follow_account_dialog(
                self._dialog, self.site_tree.selected_epe_id()
            )
        )
        self.rotation.gate(self.action_snapshot, Action.SNAPSHOT)
        self.check_panel = CheckPanel(
            self.rotation_session.checks,
            self.officer_session,
            self._registry,
            self.wall_watch,
            self,
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.check_panel)
        self.check_panel.hide()  # shown when an officer who records checks logs in
        self.wall.snapshot_recorded.connect(self.check_panel.add_snapshot)
        for changed in (self.site_tree.selection_changed, self.registry_changed):
            changed.connect(lambda: self.check_panel.set_epe(self.site_tree.selected_epe_id()))
        self.rotation_session.officer_changed.connect(self.check_panel.set_officer)
        self.rotation_session.officer_changed.connect(self.officer_changed)
        self.officer_changed.connect(self._follow_officer)
        menu = self.menu_rotation = QMenu(self)
        self.menuBar().insertMenu(self.menu_help.menuAction(), menu)
        self.rotation.attach_menu(menu)  # retranslated by the session itself
        menu.addActions([self.check_panel.action_start, self.check_panel.toggleViewAction()])
        self.site_tree.view.addAction(self.check_panel.action_start)

    def _follow_officer(self, officer: Any) -> None:
        """Snapshots carry the logged-in officer's name, and walls are kept per officer: at a
        shift change the next officer's last wall comes up (the current one stays if they have
        none)."""
        from app.evidence.snapshots import current_officer

        if officer is None:
            self.wall.set_officer(current_officer())
            owner = default_owner()
        else:
            self.wall.set_officer(officer.display_name)
            owner = f"officer:{officer.code}"
        if owner == self.wall_owner:
            return
        self.tours.stop()
        self._remember_wall()
        self.screen_walls.close_all()  # kept for the previous owner's next start
        self.wall_owner = owner
        self.screen_walls.restore()
        try:
            last = self.wall_store.load_last(owner)
        except WallStoreError as exc:
            self.statusBar().showMessage(str(exc))
            return
        if last is not None:
            self.wall_name, model = last
            self.wall.set_model(model)
        else:
            self.wall_name = None

    def _install_rotation_views(self) -> None:
        """Coverage and the monthly plan (Rotation menu); after _install_rotation_session."""
        from widgets.rotation.coverage_view import RotationViews

        self.rotation_views = RotationViews(
            self._registry,
            self,
            self.menu_rotation,
            lambda: self.officer_session.current,
            store=self._store,
        )  # retranslated by itself; the session titles the menu
        self.officer_changed.connect(self.rotation_views.set_officer)
        self.registry_changed.connect(self.rotation_views.refresh)

    def _install_interruptions(self) -> None:
        """The Interruptions menu: the register window and the notice at login of what is not
        followed up today (retranslated by itself); after _install_rotation_session."""
        from widgets.interruptions.register_window import InterruptionViews

        self.menu_interruptions = QMenu(self)
        self.menuBar().insertMenu(self.menu_help.menuAction(), self.menu_interruptions)
        self.interruption_views = InterruptionViews(
            self._registry, self, self.menu_interruptions, lambda: self.officer_session.current
        )
        self.officer_changed.connect(self.interruption_views.set_officer)

    def _shift_menu(self) -> QMenu:
        """The shift menu the start-of-shift review and the handover share, right after the
        interruptions menu (Devices and Help stay last); made by whichever installs first."""
        if getattr(self, "menu_shift", None) is None:
            self.menu_shift = QMenu(self)
            actions = self.menuBar().actions()
            following = actions[actions.index(self.menu_interruptions.menuAction()) + 1]
            self.menuBar().insertMenu(following, self.menu_shift)
        return self.menu_shift

    def _install_shift_review(self) -> None:
        """The start-of-shift review (#15) in the shift menu (shared with the handover), opened
        by itself at a login; its items play back in the playback window. After
        _install_playback."""
        from widgets.shift.review_window import ShiftReviewViews

        self._shift_menu()
        self.shift_review = ShiftReviewViews(
            self._registry,
            self,
            self.menu_shift,
            lambda: self.officer_session.current,
            self._store,
            self.playback.open,
        )
        self.officer_changed.connect(self.shift_review.set_officer)

    def _install_declarations_review(self) -> None:
        """Rotation > Declarations against the gate (#14): a reviewed EPE-day is a check."""
        from widgets.declarations.review import ReviewViews

        self.declarations_review = ReviewViews(
            self._registry,
            self,
            self.menu_rotation,
            lambda: self.officer_session.current,
            lambda camera_id, at: self.open_playback(camera_id, at=at),
            self.site_tree.selected_epe_id,
        )
        self.officer_changed.connect(self.declarations_review.set_officer)

    def _install_handover(self) -> None:
        """The shift menu's handover entries and, at login, the previous officer's handover
        (widgets/shift/handover_views.py; the menu is shared with the start-of-shift review)."""
        from widgets.shift.handover_views import HandoverViews

        self._shift_menu()
        self.handover_views = HandoverViews(
            self._registry, self, self.menu_shift, lambda: self.officer_session.current
        )
        self.officer_changed.connect(self.handover_views.set_officer)

    def _install_cases(self) -> None:
        """Cases sent to the head of unit (Decision 247 II.2.3) in the Interruptions menu's
        neighbour, the shift menu: what the officer escalates during the shift."""
        from widgets.cases.cases_window import CaseViews

        self.case_views = CaseViews(
            self._registry, self, self._shift_menu(), lambda: self.officer_session.current
        )
        self.officer_changed.connect(self.case_views.set_officer)

    # -- ONVIF: cameras from the device, Appendix I compliance, PTZ ---------------------------
    def _install_onvif(self) -> None:
        """The Devices menu (retranslated by itself) and PTZ strips on the tiles of PTZ cameras,
        shown to the roles that may steer (view-only partner agencies may not)."""
        from app.devices.ptz import ptz_discovery, ptz_target
        from widgets.devices.add_from_device import AddFromDeviceDialog, DevicesMenu
        from widgets.devices.compliance_view import ComplianceView
        from widgets.wall.ptz import PtzAttacher

        def role() -> Any:
            officer = self.officer_session.current
            return officer.role if officer is not None else None

        def ptz_of(camera_id: int) -> Any:
            try:
                camera = self._registry.get_camera(camera_id)
                epe = self._registry.get_epe(camera.epe_id)
            except KeyError:
                return None
            where = ptz_target(camera) or ptz_discovery(camera)
            if where is None:
                return None
            return where, epe_account(epe, self._store)

        def add_from_device() -> QDialog:
            dialog = AddFromDeviceDialog(
                self._registry, self._store, self.site_tree.selected_epe_id(), self
            )
            dialog.saved.connect(lambda _cameras: self.registry_changed.emit())
            return self._open(dialog)

        def check_all() -> QDialog:
            view = ComplianceView(self._registry, self._store, role, self)
            self.officer_changed.connect(view.refresh_permissions)
            return self._open(view)

        self.ptz = PtzAttacher(self.wall, ptz_of, role, self)
        self.officer_changed.connect(self.ptz.refresh_permissions)
        self.ptz.commanded.connect(self.rotation_session.audit_ptz)
        self.menu_devices = DevicesMenu(self)
        self.menu_devices.add_from_device_requested.connect(add_from_device)
        self.menu_devices.check_all_requested.connect(check_all)
        self.menuBar().insertMenu(self.menu_help.menuAction(), self.menu_devices)
        self.add_from_device, self.check_all_epes = add_from_device, check_all

    # -- playback investigations over the EPE recorder ----------------------------------------
    def _install_playback(self) -> None:
        """Wall > "Playback and export…" (Ctrl+R), for the roles that may review recordings;
        playback time counts in an open check, playback snapshots join it as evidence."""
        from widgets.playback import PlaybackLauncher

        self.playback = PlaybackLauncher(
            self,
            self._registry,
            self._store,
            lambda: self.rotation_session.ledger,
            lambda: self.officer_session.current,
            self.site_tree.selected_epe_id,
            SnapshotBook(self._registry),
        )
        self.playback.on_camera_playing = self.check_panel.camera_playback
        self.playback.on_snapshot = self.check_panel.add_snapshot
        self.officer_changed.connect(self.playback.refresh_permissions)
        self.officer_changed.connect(self._update_actions)
        self._update_actions()
        self.menu_wall.addSeparator()
        self.menu_wall.addAction(self.playback.action)
        self.addAction(self.playback.action)

    # -- tours over the risk list, today's plan or a hand-made list (#15) ---------------------
    def _install_tours(self) -> None:
        """Wall > Tours and the tour's strip above the wall (kept in full screen); a page of one
        EPE counts in a check of it; after _install_rotation_session."""
        from widgets.wall.tour_bar import TourBar
        from widgets.wall.tour_dialog import TourDialog
        from widgets.wall.tour_menu import ToursMenu
        from widgets.wall.tour_runner import TourRunner

        self.tours = TourRunner(
            self.wall,
            self._registry,
            lambda: self.wall_owner,
            lambda: self.officer_session.current,
            self.check_panel,
            self,
        )
        self.tours.watch_interactions(self.check_panel)
        self.check_panel.check_ended.connect(self.tours.on_check_ended)
        self.tour_bar = TourBar(self.tours, self.wall_area)
        self.wall_area.layout().insertWidget(0, self.tour_bar)
        self.menu_tours = ToursMenu(self._registry, self.tours, lambda: self.wall_owner, self)
        self.menu_wall.insertMenu(self.action_save_wall, self.menu_tours)
        self.menu_tours.dialog_requested.connect(
            lambda: self._open(TourDialog(self._registry, self.wall_owner, self.tours, self))
        )
        self.tours.failed.connect(
            lambda message: self._message(
                QMessageBox.Icon.Warning, self.tr("Tour"), message, "tourError"
            )
        )
        self.tours.started.connect(
            lambda _tour: self.statusBar().showMessage("\n".join(self.tours.skipped), 15000)
        )

    def _install_screen_walls(self) -> None:
        """Wall > Open wall on screen (#17): a saved wall in its own window on a chosen screen,
        back on that screen at the owner's next start; after _install_tours."""
        from app.wall.screens import WallPlacements
        from widgets.wall.screen_walls import ScreenWalls, ScreenWallsMenu, screen_of

        def make_wall(parent: QWidget) -> WallWidget:
            wall = WallWidget(
                self._stream_for,
                self._camera_info,
                self._epe_cameras,
                snapshot_book=SnapshotBook(self._registry),
                parent=parent,
            )
            wall.set_officer(self.wall.snapshot_officer)
            wall.set_playback_allowed(self.playback.allowed())
            # What a tile asks goes where the main wall's tiles' requests go (audit included).
            wall.snapshot_recorded.connect(self.wall.snapshot_recorded)
            wall.playback_requested.connect(self.wall.playback_requested)
            wall.details_requested.connect(self.wall.details_requested)
            # Views on the other screens go to the audit trail as the main wall's do.
            watch = WallWatch(wall, wall)
            watch.view_started.connect(lambda c: self.rotation_session.audit_view(c, True))
            watch.view_stopped.connect(lambda c: self.rotation_session.audit_view(c, False))
            watch.set_snapshots_allowed(self.rotation_session.allows(Action.SNAPSHOT))
            return wall

        self.screen_walls = ScreenWalls(
            self.wall_store,
            WallPlacements(self._registry),
            make_wall,
            lambda: self.wall_owner,
            self,
        )
        self.screen_walls.channels_changed.connect(self._show_channels)
        self.screen_walls.channels_changed.connect(self._feed_health)
        self._behind_message = ""  # what the status bar says about a wall behind this window
        self.screen_walls.behind_main.connect(self._wall_behind)
        self.screen_walls.back_home.connect(self._wall_back_home)
        self.screen_walls.failed.connect(
            lambda message: self._message(
                QMessageBox.Icon.Warning, self.tr("Open wall"), message, "openWallError"
            )
        )
        self.menu_screens = ScreenWallsMenu(
            self.screen_walls,
            lambda: screen_of(self),
            lambda: [w.name for w in self.wall_store.list(self.wall_owner) if not w.damaged],
            self,
        )
        self.menu_wall.insertMenu(self.action_save_wall, self.menu_screens)

    def _wall_behind(self, name: str) -> None:
        self._behind_message = self.tr(
            "A screen was unplugged: the wall “%1” now plays behind this window "
            "(Alt+Tab shows it; it goes back when the screen returns)."
        ).replace("%1", name)
        self.statusBar().showMessage(self._behind_message)

    def _wall_back_home(self, _name: str) -> None:
        if self._behind_message and self.statusBar().currentMessage() == self._behind_message:
            self.statusBar().clearMessage()

    def start_tour(self, name: str) -> bool:
        """``epewall --tour NAME``: the saved tour of this workstation's user, unattended."""
        return self.tours.start_named(name) is not None

    # -- the EPE's recorder: settings, test, clock calibration -------------------------------
    def _on_write_wait(self, waiting: bool, on_this_thread: bool) -> None:
        """Another epewall process holds the registry's write lock (app/storage/database.py).
        A save on this thread then waits without an event loop: the message and the busy
        cursor are painted at once, so the window never freezes without a word."""
        if waiting:
            self.statusBar().showMessage(
                self.tr("Waiting for another epewall window to finish writing…")
            )
            if on_this_thread and not self._write_wait_cursor:
                self._write_wait_cursor = True
                QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
            self.statusBar().repaint()
            return
        if self._write_wait_cursor:
            self._write_wait_cursor = False
            QGuiApplication.restoreOverrideCursor()
        self.statusBar().clearMessage()

    def _install_recorder(self) -> None:
        """Sites > "Recorder…" and the tree's context menu, for the roles that may play back."""
        from widgets.playback.recorder_dialog import RecorderLauncher

        self.recorder = RecorderLauncher(
            self,
            self._registry,
            self._store,
            lambda: self.officer_session.current,
            self.site_tree.selected_epe_id,
        )
        for changed in (
            self.officer_changed,
            self.site_tree.selection_changed,
            self.registry_changed,
        ):
            changed.connect(self.recorder.refresh_permissions)
        self.menu_sites.addSeparator()
        self.menu_sites.addAction(self.recorder.action)
        self.site_tree.view.addAction(self.recorder.action)

    def _install_logbook(self) -> None:
        """The tree's "Camera logbook…" on an EPE or a camera (Decision 247 I.1.1 e.2)."""
        from widgets.interruptions.logbook_view import LogbookLauncher

        self.logbook = LogbookLauncher(
            self,
            self._registry,
            lambda: self.officer_session.current,
            self.site_tree.selected_epe_id,
            self.site_tree.selected_camera_id,
        )
        self.site_tree.selection_changed.connect(self.logbook.refresh)
        self.officer_changed.connect(self.logbook.refresh)
        self.site_tree.view.addAction(self.logbook.action)

    # -- camera health: the EPE status board --------------------------------------------------
    def _install_health(self) -> None:
        """The EPE status board, a dock under the wall (Wall > "EPE status board"); it can be
        closed or floated, so it never has to cover the wall of a small screen."""
        from widgets.health.board import install_board

        board = self.status_board = install_board(
            self, self._registry, self.health_monitor.store, self._settings
        )
        board.epe_activated.connect(lambda epe_id: self._put_on_wall(NodeKind.EPE.value, epe_id))
        board.interruption_requested.connect(self.open_interruption)
        # The policy opens records after a sweep, so the board refreshes after it too.
        for changed in (
            self.registry_changed,
            self.health_monitor.changed,
            self.health_monitor.swept,
        ):
            changed.connect(board.request_refresh)
        self.menu_wall.addSeparator()
        self.menu_wall.addAction(self.status_board.toggleViewAction())

    def open_interruption(self, interruption_id: str) -> Any:
        """The register window on one record (a click on the board's interruption cell)."""
        window = self.interruption_views.open_register()
        if window is None:
            self.statusBar().showMessage(
                self.tr("Log in as an officer to open the interruption register.")
            )
            return None
        window.select_record(interruption_id)
        return window

    # -- device warnings (#15) ----------------------------------------------------------------
    def _install_warnings(self) -> None:
        """The warnings dock (View menu), fed by the manager the service runs off the GUI
        thread; started by widgets/application.py like the health monitor, not here."""
        from app.warnings.service import WarningsService
        from widgets.warnings.dock import WarningsDock

        self.warnings_service = WarningsService(self._registry, self._store, parent=self)
        self.warnings_dock = WarningsDock(
            self._registry,
            self.warnings_service.feed,
            self._settings,
            lambda: self.officer_session.current,
            lambda camera_id: self._put_on_wall(NodeKind.CAMERA.value, camera_id),
            lambda camera_id, at: self.open_playback(camera_id, at=at),
            self._warning_to_check,
            self,
        )
        # Under the wall, a tab beside the EPE status board: on the right it widened the check
        # panel's column until a 1366 px screen left the wall 290 px wide. A new warning brings
        # its tab to the front, so a tab behind the board cannot hide one.
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.warnings_dock)
        self.tabifyDockWidget(self.status_board, self.warnings_dock)
        QTimer.singleShot(0, self.status_board.raise_)  # takes effect once the window shows
        self.warnings_service.feed.arrived.connect(self._warning_arrived)
        self.menu_view.addAction(self.warnings_dock.toggleViewAction())
        self.registry_changed.connect(self.warnings_dock.registry_changed)
        self.registry_changed.connect(self.warnings_service.refresh)
        self.warnings_dock.reload()

    def _warning_arrived(self, _warning: object, new: bool) -> None:
        if new and not self.warnings_dock.isFloating():
            self.warnings_dock.raise_()

    def _warning_to_check(self, warning: Any, note: str) -> bool:
        """A warning as a finding of the open check of its EPE (in the check's notes)."""
        check = self.check_panel.check
        if check is None or check.epe.id != warning.epe_id:
            return False
        self.check_panel.notes.appendPlainText(self.warnings_dock.finding_text(warning, note))
        return True

    # -- first run and support (#16) ----------------------------------------------------------
    def _install_support(self) -> None:
        """Help > Save diagnostics, and the welcome page an empty registry opens on."""
        from widgets.support.diagnostics import DiagnosticsSaver
        from widgets.support.welcome import WelcomePage

        self.diagnostics = DiagnosticsSaver(
            self, self.menu_help, self._registry, self._store, self._settings
        )
        # The tree, the wall and the keyring banner become one page, the welcome page the other.
        central = self.centralWidget()
        layout = central.layout()
        workspace = QWidget(central)
        workspace_layout = QVBoxLayout(workspace)
        workspace_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.banner, self.splitter):
            layout.removeWidget(widget)
            workspace_layout.addWidget(widget, 1 if widget is self.splitter else 0)
        self.pages = QStackedWidget(central)
        self.pages.addWidget(workspace)
        self.welcome = WelcomePage(self.pages)
        self.pages.addWidget(self.welcome)
        layout.addWidget(self.pages, 1)
        self.welcome.import_requested.connect(self.import_sites)
        self.welcome.template_requested.connect(self.save_sites_template)
        self.welcome.add_from_device_requested.connect(self._add_epe_from_device)
        self.welcome.unlock_requested.connect(self.unlock_keyring)
        self.welcome.retry_requested.connect(self.refresh_keyring_status)
        self.welcome.set_keyring_status(self._keyring_status)
        self.keyring_status_changed.connect(self.welcome.set_keyring_status)
        self.registry_changed.connect(self._show_welcome_if_empty)
        self._show_welcome_if_empty()

    def open_settings(self) -> QDialog:
        from widgets.support.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._settings, LANGUAGE_NAMES, self)
        dialog.language_chosen.connect(self.set_language)
        return self._open(dialog)

    def _show_welcome_if_empty(self) -> None:
        """The welcome page while no EPE is registered; the docks under the wall (empty then)
        step aside for it and come back with the wall."""
        empty = self.site_tree.epe_count == 0
        if empty and self.pages.currentWidget() is not self.welcome:
            self._docks_behind_welcome = [
                dock for dock in self.findChildren(QDockWidget) if not dock.isHidden()
            ]
            for dock in self._docks_behind_welcome:
                dock.hide()
        elif not empty:
            for dock in getattr(self, "_docks_behind_welcome", []):
                dock.show()
            self._docks_behind_welcome = []
        self.pages.setCurrentWidget(self.welcome if empty else self.pages.widget(0))

    def _add_epe_from_device(self) -> None:
        """A new EPE first (the device's cameras need one), then its cameras from the device."""
        dialog = self.add_epe()
        dialog.saved.connect(lambda _epe: QTimer.singleShot(0, self.add_from_device))

    def save_sites_template(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a template"),
            self.tr("epewall-sites-template.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.save_sites_template_to(Path(path))

    def save_sites_template_to(self, path: Path) -> Job:
        vietnamese = i18n.current_language() == "vi"
        job = Job(_write_template, path, vietnamese)
        job.signals.succeeded.connect(
            lambda _none: self.statusBar().showMessage(
                self.tr("Template saved to %1: fill one row per camera, then import it.").replace(
                    "%1", str(path)
                ),
                15000,
            )
        )
        job.signals.failed.connect(
            lambda exc: self._error(self.tr("The template was not saved"), str(exc))
        )
        self.file_queue.submit(job)
        return job

    # -- window state -----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = self._settings.get(settings.WINDOW_GEOMETRY)
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            # First start: a wall wants most of the screen, whatever its size.
            screen = self.screen().availableGeometry()
            size = screen.size() * 0.9
            self.resize(size)
            self.move(screen.center() - self.rect().center())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tours.stop()  # the wall from before the tour is the one to keep
        self._remember_wall()
        self.screen_walls.close_all()  # their streams stop; kept for the next start
        self.status_board.shutdown()
        self.wall.shutdown()  # stops every stream now; the pullers end on their own
        self.live_gate.stop()
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self._settings.set(settings.WINDOW_GEOMETRY, geometry)
        self.keyring_queue.cancel_all()
        self.file_queue.cancel_all()
        self.health_monitor.stop()
        self.warnings_service.stop()
        self.warnings_dock.queue.cancel_all()
        super().closeEvent(event)
        if event.isAccepted():
            # A closed window (its registry may be closed after it) must not reload its tree
            # or retranslate when the language changes; it catches up if shown again.
            self.installEventFilter(self._language_gate)

    def showEvent(self, event: QShowEvent) -> None:
        self.removeEventFilter(self._language_gate)
        if self._language_gate.missed:
            self._language_gate.missed = False
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.LanguageChange))
        super().showEvent(event)


class _LanguageGate(QObject):
    """Holds back the language changes of the closed window it filters (installed last, it is
    asked before the window's other filters and before the window itself)."""

    missed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.missed = True
            return True
        return False


def _write_template(path: Path, vietnamese: bool) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        sites_csv.write_template(out, vietnamese)


def _write_export(registry: Registry, path: Path) -> sites_csv.ExportCounts:
    with path.open("w", encoding="utf-8", newline="") as out:
        return sites_csv.export_csv(registry, out)
