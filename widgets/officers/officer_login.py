"""Who works at this workstation, on screen: the login at start, "switch officer" at shift
change, changing one's PIN, and the main window's actions enabled by role.

The rules live in ``app/officers/`` (profiles and PINs in ``profiles.py``, the window's session and
its audit trail in ``session.py``); this module shows them. PINs are checked with a deliberately
slow hash, so every login runs as a Job: the window keeps painting while the PIN is checked.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import ValidationError
from app.officers.profiles import (
    Action,
    LoginError,
    Officer,
    OfficerSession,
    OfficerStore,
    PermissionDeniedError,
    Role,
    locked_message,
    short_pin_message,
)
from app.officers.session import RotationSession, create_first_lead
from app.rotation.ledger import Ledger
from app.rotation.team_key import seal_session
from app.secrets import CredentialStore
from app.timekeeping import utc_now
from app.workers import Job, JobQueue
from widgets.common.dialogs import DialogT, open_dialog
from widgets.common.field_error import FieldError
from widgets.common.job_form import JobForm
from widgets.common.pin_edit import pin_edit
from widgets.officers.officers_dialog import OfficersDialog
from widgets.rotation.check_log_view import CheckLogDialog
from widgets.rotation.check_panel import WallWatch

log = logging.getLogger(__name__)


class OfficerLoginDialog(QDialog):
    """Pick a profile and type the PIN; on a workstation without profiles, create the first team
    lead. ``logged_in(Officer)`` is emitted once the session has the officer.

    With ``switching`` the next officer of a shift logs in; a wrong PIN or Cancel leaves the
    previous officer logged in.
    """

    logged_in = Signal(object)  # Officer

    def __init__(
        self,
        session: OfficerSession,
        store: OfficerStore,
        queue: JobQueue,
        *,
        switching: bool = False,
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._store = store
        self._queue = queue
        self._switching = switching
        self._clock = clock
        self._busy = False
        self.setObjectName("officerLogin")
        self.setMinimumWidth(440)
        self.setWindowTitle(self.tr("Switch officer") if switching else self.tr("Log in"))

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._login_page())
        self.pages.addWidget(self._first_run_page())
        self.message = FieldError("login", self)  # hidden until there is something to say
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(8)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.login_button = QPushButton(self.tr("Log in"), self)
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.reload()

    # -- pages ---------------------------------------------------------------------------------
    def _login_page(self) -> QWidget:
        page = QWidget(self)
        self.login_intro = QLabel(
            self.tr(
                "Choose your profile and type your PIN. At the end of your shift, the next "
                "officer uses “Switch officer”."
            ),
            page,
        )
        self.login_intro.setWordWrap(True)
        self.officer_combo = QComboBox(page)
        self.officer_combo.setObjectName("officerCombo")
        self.officer_combo.currentIndexChanged.connect(self._show_lock)
        self.pin = pin_edit(page, "loginPin")
        self.pin.setPlaceholderText(self.tr("4 to 12 digits"))
        form = QFormLayout()
        form.addRow(self.tr("&Officer:"), self.officer_combo)
        form.addRow(self.tr("&PIN:"), self.pin)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.login_intro)
        layout.addLayout(form)
        return page

    def _first_run_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "No officer profiles exist on this workstation yet. Create the first "
                "profile: a team lead, who can then add the other officers."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.new_name = QLineEdit(page)
        self.new_name.setObjectName("firstName")
        self.new_code = QLineEdit(page)
        self.new_code.setObjectName("firstCode")
        self.new_unit = QLineEdit(page)
        self.new_unit.setObjectName("firstUnit")
        self.new_pin = pin_edit(page, "firstPin")
        self.new_pin_again = pin_edit(page, "firstPinAgain")
        form = QFormLayout()
        form.addRow(self.tr("Full &name:"), self.new_name)
        form.addRow(self.tr("Officer &code:"), self.new_code)
        form.addRow(self.tr("&Unit:"), self.new_unit)
        form.addRow(self.tr("&PIN (6–12 digits):"), self.new_pin)
        form.addRow(self.tr("PIN &again:"), self.new_pin_again)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        return page

    @property
    def first_run(self) -> bool:
        return self.pages.currentIndex() == 1

    def reload(self) -> None:
        """List the active profiles again (or show the first-run page when there are none)."""
        officers = self._store.list_officers()
        if not officers and not self._store.list_officers(include_inactive=True):
            self.pages.setCurrentIndex(1)
            self.login_button.setText(self.tr("Create and log in"))
            self.new_name.setFocus()
            return
        self.pages.setCurrentIndex(0)
        self.login_button.setText(self.tr("Log in"))
        current = self._session.current
        self.officer_combo.clear()
        for officer in officers:
            text = officer.display_name
            if officer.unit:
                text += " — " + officer.unit
            self.officer_combo.addItem(text, officer.code)
        if self._switching and current is not None and self.officer_combo.count() > 1:
            # At shift change the one leaving is rarely the one arriving.
            index = self.officer_combo.findData(current.code)
            self.officer_combo.setCurrentIndex(1 if index == 0 else 0)
        self.pin.setFocus()
        self._show_lock()

    def select_officer(self, code: str) -> bool:
        index = self.officer_combo.findData(code.strip().upper())
        if index >= 0:
            self.officer_combo.setCurrentIndex(index)
        return index >= 0

    def _show_lock(self) -> None:
        code = self.officer_combo.currentData()
        officer = self._store.find_officer(code) if code else None
        until = officer.lock_end(self._clock()) if officer else None
        self._say(locked_message(until) if until is not None else "")

    def _say(self, text: str) -> None:
        self.message.show_message(text)

    # -- logging in ----------------------------------------------------------------------------
    def submit(self) -> Job | None:
        """Check the PIN (or create the first team lead) in the background."""
        if self._busy:
            return None
        if self.first_run:
            job = self._first_run_job()
        else:
            code = self.officer_combo.currentData()
            if not code:
                return None
            login = self._session.switch_officer if self._switching else self._session.login
            job = Job(login, str(code), self.pin.text())
        if job is None:
            return None
        self._set_busy(True)
        # Not on ``finished``: after a login the dialog may already be deleted when it arrives.
        job.signals.succeeded.connect(self._on_logged_in)
        job.signals.failed.connect(self._on_failed)
        self._queue.submit(job)
        return job

    def _first_run_job(self) -> Job | None:
        if self.new_pin.text() != self.new_pin_again.text():
            self._say(self.tr("The two PINs are not the same."))
            self.new_pin_again.setFocus()
            return None
        officer = Officer(
            self.new_code.text(), self.new_name.text(), Role.TEAM_LEAD, self.new_unit.text()
        )
        return Job(create_first_lead, self._store, self._session, officer, self.new_pin.text())

    def _on_logged_in(self, officer: Officer) -> None:
        self._set_busy(False)
        self.pin.clear()
        self.new_pin.clear()
        self.new_pin_again.clear()
        self.logged_in.emit(officer)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.pin.clear()
        if isinstance(exc, (LoginError, ValidationError, PermissionDeniedError)):
            self._say(str(exc))
        else:
            log.warning("login failed: %s", type(exc).__name__)
            self._say(self.tr("The login could not be checked: %1").replace("%1", str(exc)))
        if self.first_run and not self._store.list_officers(include_inactive=True):
            return
        if self.first_run:
            self.reload()  # the profile was created; only the login failed
        self.pin.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.pages.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self._say("")

    @property
    def busy(self) -> bool:
        return self._busy

    def reject(self) -> None:
        if not self._busy:  # a PIN check in flight ends first: it may log someone in
            super().reject()


class ChangePinDialog(JobForm):
    """The logged-in officer changes their own PIN (the current one is asked first)."""

    changed = Signal()

    def __init__(
        self, store: OfficerStore, officer: Officer, queue: JobQueue, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, "changePin")
        self._store = store
        self._officer = officer
        self._queue = queue
        self.setObjectName("changePin")
        self.setWindowTitle(self.tr("Change my PIN"))
        self.old_pin = pin_edit(self, "oldPin")
        self.new_pin = pin_edit(self, "newPin")
        self.new_pin_again = pin_edit(self, "newPinAgain")
        self.form.addRow(self.tr("&Current PIN:"), self.old_pin)
        self.form.addRow(self.tr("&New PIN (6–12 digits):"), self.new_pin)
        self.form.addRow(self.tr("New PIN &again:"), self.new_pin_again)

    def save(self) -> Job | None:
        if self._busy or self._officer.id is None:
            return None
        if self.new_pin.text() != self.new_pin_again.text():
            self.say(self.tr("The two new PINs are not the same."))
            return None
        job = Job(
            self._store.change_pin,
            self._officer,
            self._officer.id,
            self.new_pin.text(),
            self.old_pin.text(),
        )
        self._queue.submit(self.run(job, self._on_changed))
        return job

    def _on_changed(self, _result: object) -> None:
        self.changed.emit()
        self.accept()

    def failed(self, exc: BaseException) -> None:
        self.old_pin.clear()
        super().failed(exc)


class OfficerControls(QObject):
    """The officer session of a main window, on screen: the login dialogs, who is shown as
    logged in (status bar and title, never the PIN), and which actions are enabled.

    The session itself (:class:`~app.officers.session.RotationSession`) is ``session``;
    ``store``, ``queue`` and ``ledger`` are its parts the window reaches for most.
    """

    def __init__(
        self,
        session: RotationSession,
        window: QMainWindow,
        credentials: CredentialStore | None = None,
    ) -> None:
        super().__init__(window)
        self.session = session
        self._window = window
        # The check log verifies against the keyring's checkpoint and the team key with it.
        self.credentials = credentials
        self.dialog: QDialog | None = None
        self._title = window.windowTitle()
        self._gated: list[tuple[QAction, Action]] = []
        self._menu: QMenu | None = None

        self.status_label = QLabel(window)
        self.status_label.setObjectName("officerStatus")
        self.action_switch = QAction(self)
        self.action_switch.triggered.connect(self.switch_officer)
        self.action_log_out = QAction(self)
        self.action_log_out.triggered.connect(self.log_out)
        self.action_officers = QAction(self)
        self.action_officers.triggered.connect(self.open_officers)
        self.action_change_pin = QAction(self)
        self.action_change_pin.triggered.connect(self.change_pin)
        self.action_check_log = QAction(self)
        self.action_check_log.triggered.connect(self.open_check_log)
        self.gate(self.action_officers, Action.EDIT_OFFICERS)
        self.gate(self.action_check_log, Action.RUN_CHECK)
        self.sealing: Job | None = None  # the newest checkpoint of the check log
        session.officer_changed.connect(self._apply)
        session.officer_logged_in.connect(self.seal_log)
        window.installEventFilter(self)
        self.retranslate()

    @property
    def store(self) -> OfficerStore:
        return self.session.store

    @property
    def queue(self) -> JobQueue:
        return self.session.queue

    @property
    def ledger(self) -> Ledger:
        return self.session.ledger

    def attach_menu(self, menu: QMenu) -> None:
        """Put the session's actions in the Rotation menu (and keep its title translated)."""
        self._menu = menu
        menu.addActions([self.action_switch, self.action_log_out, self.action_change_pin])
        menu.addSeparator()
        menu.addActions([self.action_check_log, self.action_officers])
        self.retranslate()

    def gate(self, action: QAction, feature: Action) -> None:
        """Enable ``action`` only while the logged-in officer's role allows ``feature``."""
        self._gated.append((action, feature))
        action.setEnabled(self.session.allows(feature))

    # -- starting, switching, logging out ------------------------------------------------------
    def start(self, demo: bool = False) -> OfficerLoginDialog | Job:
        """At application start: the login dialog, or in the demo its team lead logged in."""
        if demo:
            job = self.session.log_in_demo()
            job.signals.failed.connect(lambda _exc: self.show_login())
            return job
        return self.show_login()

    def show_login(self, switching: bool = False) -> OfficerLoginDialog:
        dialog = OfficerLoginDialog(
            self.session.officer_session,
            self.store,
            self.queue,
            switching=switching,
            clock=self.session.clock,
            parent=self._window,
        )
        dialog.logged_in.connect(self.session.logged_in)
        # Window-modal: a wall that opens at start keeps playing while the officer types the PIN.
        opened = self._open(dialog)
        # After _open's own handler, which forgets the login dialog.
        dialog.finished.connect(self._ask_for_a_longer_pin)
        return opened

    def _ask_for_a_longer_pin(self) -> None:
        """A PIN set before the 6-digit rule opened the profile: ask for a new one at once."""
        officer = self.session.current
        if officer is not None and officer.must_change_pin:
            dialog = self.change_pin()
            if dialog is not None:
                dialog.say(short_pin_message())
                dialog.adjustSize()  # the dialog is already shown: grow it to the whole message

    def switch_officer(self) -> OfficerLoginDialog:
        return self.show_login(switching=self.session.current is not None)

    def log_out(self) -> OfficerLoginDialog:
        self.session.log_out()
        return self.show_login()

    def seal_log(self) -> Job | None:
        """A signed checkpoint of the check log at each login and at a clean close, in the
        background (keyring, head file), so a cut made between sessions shows at the next
        verify against the keyring. Nothing is said: without a team key there is none."""
        officer = self.session.current
        if officer is None or self.credentials is None:
            return None
        self.sealing = Job(seal_session, self.session.registry, self.credentials, officer.code)
        return self.queue.submit(self.sealing)

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _apply(self) -> None:
        officer = self.session.current
        for action, feature in self._gated:
            action.setEnabled(self.session.allows(feature))
        self.action_log_out.setEnabled(officer is not None)
        self.action_change_pin.setEnabled(officer is not None)
        if officer is None:
            self.status_label.setText(self.tr("No officer logged in (view only)"))
            self._window.setWindowTitle(self._title)
        else:
            self.status_label.setText(
                self.tr("Officer: %1 · %2")
                .replace("%1", officer.display_name)
                .replace("%2", officer.role.label())
            )
            self._window.setWindowTitle(f"{self._title} — {officer.display_name}")

    # -- dialogs -------------------------------------------------------------------------------
    def open_officers(self) -> QDialog | None:
        if not self.session.allows(Action.EDIT_OFFICERS):
            return None
        dialog = OfficersDialog(
            self.store,
            self.session.registry,
            self.session.officer_session,
            self.queue,
            self.session.clock,
            parent=self._window,
        )
        dialog.officers_changed.connect(self.session.refresh_current)
        return self._open(dialog)

    def change_pin(self) -> ChangePinDialog | None:
        officer = self.session.current
        if officer is None:
            return None
        dialog = ChangePinDialog(self.store, officer, self.queue, self._window)
        dialog.changed.connect(
            lambda: self._window.statusBar().showMessage(self.tr("Your PIN was changed."), 5000)
        )
        return self._open(dialog)

    def open_check_log(self) -> QDialog | None:
        officer = self.session.current
        if officer is None:
            return None
        return self._open(
            CheckLogDialog(
                self.session.checks, officer, parent=self._window, credentials=self.credentials
            )
        )

    def _open(self, dialog: DialogT) -> DialogT:
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        return open_dialog(dialog)

    # -- the wall ------------------------------------------------------------------------------
    def watch_views(self, watch: WallWatch) -> None:
        """Write every view of a camera on the wall (first picture to stop) to the audit
        trail, and offer the tiles' snapshot buttons only to roles that may take snapshots."""
        watch.view_started.connect(lambda camera_id: self.session.audit_view(camera_id, True))
        watch.view_stopped.connect(lambda camera_id: self.session.audit_view(camera_id, False))
        watch.set_snapshots_allowed(self.session.allows(Action.SNAPSHOT))
        self.session.officer_changed.connect(
            lambda _officer: watch.set_snapshots_allowed(self.session.allows(Action.SNAPSHOT))
        )

    def follow_account_dialog(self, dialog: QDialog | None, epe_id: int | None) -> None:
        """Audit a saved or removed EPE account. Call right after the main window opened its
        account dialog (any dialog without a ``changed`` signal is not one)."""
        changed = getattr(dialog, "changed", None)
        if dialog is None or epe_id is None or changed is None:
            return
        changed.connect(lambda: self.session.audit_account_changed(epe_id))

    # -- translation ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Close:
                if self.dialog is not None:
                    # A dialog is a window of its own: left open it would keep the app running.
                    self.dialog.close()
                self.seal_log()  # the application waits for the officers' queue before exiting
        return False

    def retranslate(self) -> None:
        if self._menu is not None:
            self._menu.setTitle(self.tr("&Rotation"))
        self.action_switch.setText(self.tr("S&witch officer…"))
        self.action_switch.setStatusTip(
            self.tr("The next officer of the shift logs in with their PIN")
        )
        self.action_log_out.setText(self.tr("Log &out"))
        self.action_change_pin.setText(self.tr("Change my &PIN…"))
        self.action_officers.setText(self.tr("&Officers and assignments…"))
        self.action_officers.setStatusTip(
            self.tr(
                "Team leads: officer profiles, PINs and which "
                "officers are responsible for which EPE"
            )
        )
        self.action_check_log.setText(self.tr("My check &log…"))
        self._apply()
