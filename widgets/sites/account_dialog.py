"""The account an EPE handed to customs (Decision 247, I.2.1): user in the registry, password in
the OS keyring. The password is typed, saved and forgotten: never read back or shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import Epe
from app.secrets import CredentialStore, KeyringStatus, SecretsError
from app.sites import accounts
from app.sites.registry import Registry
from app.workers import Job, JobQueue
from widgets.common.field_error import ERROR_STYLE


@dataclass(frozen=True)
class _Stored:
    """What the keyring says about this EPE's password (never the password itself)."""

    status: KeyringStatus
    has_password: bool | None  # None when the keyring could not be asked


def _look_up(store: CredentialStore, epe_uid: str) -> _Stored:
    status = store.status()
    if not status.ready:
        return _Stored(status, None)
    return _Stored(status, store.has_password(epe_uid))


class AccountDialog(QDialog):
    """Set the account user and password of one EPE, or remove its stored password.

    Every keyring call runs as a Job on ``keyring_queue``; the dialog is busy meanwhile.
    ``changed`` is emitted after a save or removal succeeded.
    """

    changed = Signal()

    def __init__(
        self,
        registry: Registry,
        store: CredentialStore,
        epe_id: int,
        keyring_queue: JobQueue,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._store = store
        self._queue = keyring_queue
        self._epe: Epe = registry.get_epe(epe_id)
        self._busy = False
        self._has_password: bool | None = None
        self._backend = ""
        self.setObjectName("accountDialog")
        self.setWindowTitle(self.tr("EPE account"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "The account that <b>%1</b> handed to customs for its cameras and recorder. "
                "The password is kept only in the system keyring."
            ).replace("%1", self._epe.name.replace("&", "&amp;").replace("<", "&lt;")),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.user = QLineEdit(self._epe.account_user, self)
        self.user.setObjectName("accountUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("accountPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Type the new password"))
        self.stored = QLabel(self)
        self.stored.setObjectName("passwordStored")
        self.stored.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("accountError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setVisible(False)

        form = QFormLayout()
        user_label = QLabel(self.tr("Account &user"), self)
        user_label.setBuddy(self.user)
        password_label = QLabel(self.tr("&Password"), self)
        password_label.setBuddy(self.password)
        form.addRow(user_label, self.user)
        form.addRow(password_label, self.password)
        form.addRow("", self.stored)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.remove_button = QPushButton(self.tr("&Remove password"), self)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove_password)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

        self.user.textChanged.connect(self._update_buttons)
        self.password.textChanged.connect(self._update_buttons)
        self.stored.setText(self.tr("Asking the keyring whether a password is stored…"))
        self._run(_look_up, self._store, self._epe.uid, on_success=self._on_looked_up)

    # -- the jobs ---------------------------------------------------------------------------
    def _run(self, fn: Callable[..., Any], *args: Any, on_success: Callable[[Any], None]) -> None:
        self._set_busy(True)
        self.error.setVisible(False)
        job = Job(fn, *args)
        job.signals.succeeded.connect(on_success)
        job.signals.failed.connect(self._on_failed)
        job.signals.finished.connect(self._on_finished)
        self._queue.submit(job)

    def save(self) -> None:
        user = self.user.text().strip()
        password = self.password.text()
        if not user or not password:
            self._show_error(self.tr("Enter both the account user and the password."))
            return
        self._run(
            accounts.set_account,
            self._registry,
            self._store,
            self._epe.id,
            user,
            password,
            on_success=self._on_saved,
        )

    def remove_password(self) -> None:
        self._run(
            accounts.clear_account,
            self._registry,
            self._store,
            self._epe.id,
            on_success=self._on_removed,
        )

    def _on_looked_up(self, result: _Stored) -> None:
        self._show_stored(result)

    def _on_saved(self, epe: Epe) -> None:
        self._epe = epe
        self.password.clear()
        self._has_password = True
        self.stored.setText(self._stored_text(True, None))
        self.changed.emit()
        self.accept()

    def _on_removed(self, epe: Epe) -> None:
        self._epe = epe
        self.password.clear()
        self.user.setText(epe.account_user)
        self._has_password = False
        self.stored.setText(self._stored_text(False, None))
        self.changed.emit()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, SecretsError):
            self._show_error(str(exc))
        else:
            self._show_error(self.tr("The account could not be saved: %1").replace("%1", str(exc)))

    def _on_finished(self) -> None:
        self._set_busy(False)

    # -- showing state ----------------------------------------------------------------------
    def _show_stored(self, result: _Stored) -> None:
        self._has_password = result.has_password
        self._backend = result.status.backend
        if not result.status.ready:
            self.stored.setText(self.tr("The keyring cannot be used now."))
            self._show_error(result.status.explanation)
        else:
            self.stored.setText(self._stored_text(bool(result.has_password), result.status))
        self._update_buttons()

    def _stored_text(self, has_password: bool, status: KeyringStatus | None) -> str:
        backend = status.backend if status is not None else self._backend
        if has_password:
            return self.tr("A password is stored in %1.").replace("%1", backend)
        return self.tr("No password stored.")

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.user, self.password):
            widget.setEnabled(not busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self._busy
        self.save_button.setEnabled(
            idle and bool(self.user.text().strip()) and bool(self.password.text())
        )
        self.remove_button.setEnabled(idle and self._has_password is True)

    @property
    def is_busy(self) -> bool:
        return self._busy
