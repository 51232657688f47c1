"""Who works at this workstation: the login at start, "switch officer" at shift change, and the
role gating of the main window's features.

PINs are checked by ``app/officers/profiles.py`` with a deliberately slow hash, so every login runs as a
Job: the window keeps painting while the PIN is checked. ``RotationSession`` is the main window's
link to the officer profiles: it owns the :class:`~app.officers.profiles.OfficerSession`, shows who is
logged in (status bar and title, never the PIN), enables the actions each role may use and writes
logins and views to the audit trail.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QAction, QRegularExpressionValidator
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

from app import exports
from app.domain import ValidationError
from app.evidence.snapshots import SnapshotRecord
from app.officers.profiles import (
    Action,
    LoginError,
    Officer,
    OfficerSession,
    OfficerStore,
    PermissionDeniedError,
    Role,
    can,
)
from app.rotation.checks import CheckService
from app.rotation.ledger import AuditAction, Ledger
from app.rotation.worktime import local, parse_utc, utc_now
from app.sites.registry import Registry
from app.workers import Job, JobQueue
from widgets.rotation.check_panel import WallWatch
from widgets.sites.epe_dialog import FieldError

log = logging.getLogger(__name__)

# The demo's own profile (``epewall demo`` runs in a separate folder with made-up EPEs).
DEMO_CODE = "DEMO"
DEMO_NAME = "Demo Team Lead"
DEMO_UNIT = "Demo"
DEMO_PIN = "1234"

PIN_PATTERN = QRegularExpression(r"\d{0,12}")


def officer_text(officer: Officer) -> str:
    """"Nguyễn Văn An (CB001)": how an officer is named on screen."""
    return f"{officer.full_name} ({officer.code})"


def locked_until(officer: Officer, now: dt.datetime) -> dt.datetime | None:
    """When the officer's lock ends, if they are locked out now."""
    if not officer.locked_until:
        return None
    until = parse_utc(officer.locked_until)
    return until if until > now else None


def pin_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(PIN_PATTERN, edit))
    edit.setMaxLength(12)
    return edit


def ensure_demo_officer(store: OfficerStore) -> Officer | None:
    """The demo's team lead, created on the demo's first start (PIN :data:`DEMO_PIN`); None
    when the demo profile already has other officers and no demo lead."""
    existing = store.find_officer(DEMO_CODE)
    if existing is not None:
        return existing
    if store.list_officers(include_inactive=True):
        return None
    return store.add_officer(None, Officer(DEMO_CODE, DEMO_NAME, Role.TEAM_LEAD, DEMO_UNIT),
                             DEMO_PIN)


class OfficerLoginDialog(QDialog):
    """Pick a profile and type the PIN; on a workstation without profiles, create the first team
    lead. ``logged_in(Officer)`` is emitted once the session has the officer.

    With ``switching`` the next officer of a shift logs in; a wrong PIN or Cancel leaves the
    previous officer logged in.
    """

    logged_in = Signal(object)  # Officer

    def __init__(self, session: OfficerSession, store: OfficerStore, queue: JobQueue, *,
                 switching: bool = False, clock: Callable[[], dt.datetime] = utc_now,
                 parent: QWidget | None = None) -> None:
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
            self.tr("Choose your profile and type your PIN. At the end of your shift, the next "
                    "officer uses “Switch officer”."), page)
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
            self.tr("No officer profiles exist on this workstation yet. Create the first "
                    "profile: a team lead, who can then add the other officers."), page)
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
        form.addRow(self.tr("&PIN (4–12 digits):"), self.new_pin)
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
            text = officer_text(officer)
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
        until = locked_until(officer, self._clock()) if officer else None
        if until is not None:
            self._say(self.tr("Too many wrong PINs: this profile is locked until %1. A team lead "
                              "can unlock it.").replace("%1", local(until).strftime("%H:%M")))
        else:
            self._say("")

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

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
        officer = Officer(self.new_code.text(), self.new_name.text(), Role.TEAM_LEAD,
                          self.new_unit.text())
        return Job(_create_first_lead, self._store, self._session, officer, self.new_pin.text())

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


class ChangePinDialog(QDialog):
    """The logged-in officer changes their own PIN (the current one is asked first)."""

    changed = Signal()

    def __init__(self, store: OfficerStore, officer: Officer, queue: JobQueue,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._officer = officer
        self._queue = queue
        self._busy = False
        self.setObjectName("changePin")
        self.setWindowTitle(self.tr("Change my PIN"))
        self.old_pin = pin_edit(self, "oldPin")
        self.new_pin = pin_edit(self, "newPin")
        self.new_pin_again = pin_edit(self, "newPinAgain")
        form = QFormLayout()
        form.addRow(self.tr("&Current PIN:"), self.old_pin)
        form.addRow(self.tr("&New PIN (4–12 digits):"), self.new_pin)
        form.addRow(self.tr("New PIN &again:"), self.new_pin_again)
        self.message = FieldError("changePin", self)  # hidden until there is something to say
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @property
    def busy(self) -> bool:
        return self._busy

    def save(self) -> Job | None:
        if self._busy or self._officer.id is None:
            return None
        if self.new_pin.text() != self.new_pin_again.text():
            self._say(self.tr("The two new PINs are not the same."))
            return None
        job = Job(self._store.change_pin, self._officer, self._officer.id, self.new_pin.text(),
                  self.old_pin.text())
        self._set_busy(True)
        job.signals.succeeded.connect(self._on_changed)
        job.signals.failed.connect(self._on_failed)
        self._queue.submit(job)
        return job

    def _on_changed(self, _result: object) -> None:
        self._set_busy(False)
        self.changed.emit()
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.old_pin.clear()
        self._say(str(exc))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if not self._busy:
            super().reject()


def _create_first_lead(store: OfficerStore, session: OfficerSession, officer: Officer,
                       pin: str) -> Officer:
    created = store.add_officer(None, officer, pin)
    return session.login(created.code, pin)


class RotationSession(QObject):
    """The officer session of a main window: login and switch, who is shown as logged in, which
    actions are enabled, and the audit trail of logins, views and snapshots.

    ``officer_changed(Officer | None)`` follows every login, switch and logout.
    """

    officer_changed = Signal(object)  # Officer | None

    def __init__(self, registry: Registry, window: QMainWindow,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        super().__init__(window)
        self._registry = registry
        self._window = window
        self._clock = clock
        self.store = OfficerStore(registry, clock)
        self.session = OfficerSession(self.store)
        self.checks = CheckService(registry, clock=clock)
        self.queue = JobQueue("officers", self)
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
        window.installEventFilter(self)
        exports.events().exported.connect(self.audit_export)
        self.retranslate()
        self._apply()

    @property
    def ledger(self) -> Ledger:
        return self.store.ledger

    @property
    def current(self) -> Officer | None:
        return self.session.current

    def allows(self, feature: Action) -> bool:
        officer = self.session.current
        return officer is not None and officer.active and can(officer.role, feature)

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
        action.setEnabled(self.allows(feature))

    # -- starting, switching, logging out ------------------------------------------------------
    def start(self, demo: bool = False) -> OfficerLoginDialog | Job:
        """At application start: the login dialog, or in the demo its team lead logged in."""
        if demo:
            job = Job(_demo_login, self.store, self.session)
            job.signals.succeeded.connect(self._set_officer)
            job.signals.failed.connect(lambda _exc: self.show_login())
            self.queue.submit(job)
            return job
        return self.show_login()

    def show_login(self, switching: bool = False) -> OfficerLoginDialog:
        dialog = OfficerLoginDialog(self.session, self.store, self.queue, switching=switching,
                                    clock=self._clock, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged_in.connect(self._set_officer)
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        # Window-modal without a nested event loop: the window stays painted behind it, and a
        # wall that opens at start keeps playing while the officer types the PIN.
        dialog.open()
        return dialog

    def switch_officer(self) -> OfficerLoginDialog:
        return self.show_login(switching=self.session.current is not None)

    def log_out(self) -> OfficerLoginDialog:
        self.session.logout()
        self._set_officer(None)
        return self.show_login()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _set_officer(self, officer: Officer | None) -> None:
        self._apply()
        self.officer_changed.emit(officer)

    def _apply(self) -> None:
        officer = self.session.current
        for action, feature in self._gated:
            action.setEnabled(self.allows(feature))
        self.action_log_out.setEnabled(officer is not None)
        self.action_change_pin.setEnabled(officer is not None)
        if officer is None:
            self.status_label.setText(self.tr("No officer logged in (view only)"))
            self._window.setWindowTitle(self._title)
        else:
            self.status_label.setText(self.tr("Officer: %1 · %2")
                                      .replace("%1", officer_text(officer))
                                      .replace("%2", officer.role.label()))
            self._window.setWindowTitle(f"{self._title} — {officer_text(officer)}")

    # -- dialogs -------------------------------------------------------------------------------
    def open_officers(self) -> QDialog | None:
        if not self.allows(Action.EDIT_OFFICERS):
            return None
        from widgets.officers.officers_dialog import OfficersDialog

        dialog = OfficersDialog(self.store, self._registry, self.session, self.queue, self._clock,
                                parent=self._window)
        dialog.officers_changed.connect(self._refresh_current)
        return self._open(dialog)

    def change_pin(self) -> ChangePinDialog | None:
        officer = self.session.current
        if officer is None:
            return None
        dialog = ChangePinDialog(self.store, officer, self.queue, self._window)
        dialog.changed.connect(lambda: self._window.statusBar().showMessage(
            self.tr("Your PIN was changed."), 5000))
        self._open(dialog)
        return dialog

    def open_check_log(self) -> QDialog | None:
        officer = self.session.current
        if officer is None:
            return None
        from widgets.rotation.check_log_view import CheckLogDialog

        return self._open(CheckLogDialog(self.checks, officer, parent=self._window))

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _refresh_current(self) -> None:
        """A team lead edited profiles: their own name or role may have changed."""
        officer = self.session.current
        if officer is None or officer.id is None:
            return
        fresh = self.store.get_officer(officer.id)
        if fresh != officer:
            # The session keeps the officer it logged in; a renamed lead stays logged in.
            self.session._current = fresh
            self._set_officer(fresh)

    # -- audit trail ---------------------------------------------------------------------------
    def watch_views(self, watch: WallWatch) -> None:
        """Write every view of a camera on the wall (first picture to stop) to the audit
        trail, and offer the tiles' snapshot buttons only to roles that may take snapshots."""
        watch.view_started.connect(lambda camera_id: self.audit_view(camera_id, True))
        watch.view_stopped.connect(lambda camera_id: self.audit_view(camera_id, False))
        watch.set_snapshots_allowed(self.allows(Action.SNAPSHOT))
        self.officer_changed.connect(
            lambda _officer: watch.set_snapshots_allowed(self.allows(Action.SNAPSHOT)))

    def audit_view(self, camera_id: int, started: bool) -> None:
        self.audit(AuditAction.VIEW_STARTED if started else AuditAction.VIEW_STOPPED,
                   self._camera_details(camera_id))

    def follow_account_dialog(self, dialog: QDialog | None, epe_id: int | None) -> None:
        """Audit a saved or removed EPE account (the password itself never leaves the
        keyring). Call right after the main window opened its account dialog."""
        changed = getattr(dialog, "changed", None)
        if dialog is None or epe_id is None or changed is None:
            return
        try:
            tax_id = self._registry.get_epe(epe_id).tax_id
        except KeyError:
            return
        changed.connect(lambda: self.audit(AuditAction.CREDENTIAL_CHANGED,
                                           {"epe_tax_id": tax_id, "change": "epe_account"}))

    def audit_snapshot(self, record: SnapshotRecord) -> None:
        details = self._camera_details(record.subject.camera_id)
        details.update({"sha256": record.sha256, "file": record.path.name})
        self.audit(AuditAction.SNAPSHOT, details)

    def audit_export(self, what: str, details: Mapping[str, Any]) -> None:
        self.audit(AuditAction.EXPORT, {"what": what, **details})

    def audit_ptz(self, camera_id: int, command: str, details: Mapping[str, Any]) -> None:
        record = self._camera_details(camera_id)
        record.update({"command": command, **details})
        self.audit(AuditAction.PTZ, record)

    def _camera_details(self, camera_id: int | None) -> dict[str, Any]:
        # Tax ID and diagram number name the camera on every workstation; local ids do not.
        details: dict[str, Any] = {"camera_id": camera_id}
        if camera_id is None:
            return details
        try:
            camera = self._registry.get_camera(camera_id)
            details["diagram_number"] = camera.diagram_number
            details["epe_tax_id"] = self._registry.get_epe(camera.epe_id).tax_id
        except Exception:  # the camera left the registry while it was on screen
            log.info("audit: camera %s is no longer in the registry", camera_id)
        return details

    def audit(self, action: AuditAction, details: Mapping[str, Any] | None = None) -> None:
        """Write a security-relevant action of the current officer; never fails the GUI."""
        officer = self.session.current
        try:
            self.ledger.audit(action, officer.code if officer else "", details)
        except Exception:  # a closed or read-only registry must not break watching
            log.warning("could not write %s to the audit trail", action, exc_info=True)

    # -- translation ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Close and self.dialog is not None:
                # A dialog is a window of its own: left open it would keep the app running.
                self.dialog.close()
        return False

    def retranslate(self) -> None:
        if self._menu is not None:
            self._menu.setTitle(self.tr("&Rotation"))
        self.action_switch.setText(self.tr("S&witch officer…"))
        self.action_switch.setStatusTip(self.tr("The next officer of the shift logs in with "
                                                "their PIN"))
        self.action_log_out.setText(self.tr("Log &out"))
        self.action_change_pin.setText(self.tr("Change my &PIN…"))
        self.action_officers.setText(self.tr("&Officers and assignments…"))
        self.action_officers.setStatusTip(self.tr("Team leads: officer profiles, PINs and which "
                                                  "officers are responsible for which EPE"))
        self.action_check_log.setText(self.tr("My check &log…"))
        self._apply()


def _demo_login(store: OfficerStore, session: OfficerSession) -> Officer:
    officer = ensure_demo_officer(store)
    if officer is None:
        raise LoginError("no demo profile", "unknown")  # the login dialog is shown instead
    return session.login(officer.code, DEMO_PIN)
