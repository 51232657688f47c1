"""File > "Evidence signing keys of the workstations…": the team lead's window onto the keys that
sign evidence, as ``epewall evidence key`` gives them on the command line.

It shows this workstation's fingerprint (and writes its public key to a file for the team lead),
lists the keys registered with the team (workstation, fingerprint, who registered it, when),
registers a key file once its fingerprint was shown for comparison, and revokes one. Register
and revoke are a team lead's, through ``app.evidence.signing`` like the command line, and are
audited in the check log's chain. The keyring and the files are read in a Job.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.evidence import signing
from app.evidence.signing import PublicKey, RegisteredKey, show_fingerprint
from app.officers.profiles import Action, Officer, PermissionDeniedError, can
from app.rotation.ledger import Ledger
from app.secrets import CredentialStore
from app.storage.database import RegistryError
from app.timekeeping import parse_utc, show_local
from app.workers import Job, JobQueue
from widgets.common.field_error import FieldError
from widgets.common.tool_window import adopt_tool_window, fit_to_screen

FINGERPRINT_ROLE = Qt.ItemDataRole.UserRole


def _this_workstation(store: CredentialStore) -> PublicKey:
    return signing.workstation_key(store).public


def _export_public_key(store: CredentialStore, path: Path) -> Path:
    return signing.write_public_key(_this_workstation(store), path)


class EvidenceKeysDialog(QDialog):
    """This workstation's key and the team's registered keys; register and revoke for leads."""

    def __init__(
        self,
        ledger: Ledger,
        credentials: CredentialStore,
        officer: Officer | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceKeysDialog")
        self._ledger = ledger
        self._credentials = credentials
        self._officer = officer
        self._queue = JobQueue("evidence-keys", self)
        self.own_key: PublicKey | None = None
        self.pending: PublicKey | None = None  # a key file read, waiting for "Register"
        self.revoking: RegisteredKey | None = None
        self.keys: dict[str, RegisteredKey] = {}
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

        own = QGroupBox(self.tr("This workstation"), self)
        self.own_label = QLabel(self.tr("Reading this workstation's key from the keyring…"), own)
        self.own_label.setObjectName("ownWorkstation")
        self.own_label.setWordWrap(True)
        self.own_fingerprint = QLabel(own)
        self.own_fingerprint.setObjectName("ownFingerprint")
        self.own_fingerprint.setFont(mono)
        self.own_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("&Export the public key to a file…"), own)
        self.export_button.setObjectName("exportKey")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_key)
        own_layout = QVBoxLayout(own)
        own_layout.addWidget(self.own_label)
        own_layout.addWidget(self.own_fingerprint)
        own_row = QHBoxLayout()
        own_row.addWidget(self.export_button)
        own_row.addStretch(1)
        own_layout.addLayout(own_row)

        team = QGroupBox(self.tr("Keys registered with the team"), self)
        self.key_list = QTreeWidget(team)
        self.key_list.setObjectName("registeredKeys")
        self.key_list.setRootIsDecorated(False)
        columns = [self.tr("Workstation"), self.tr("Fingerprint"), self.tr("Registered by")]
        self.key_list.setHeaderLabels([*columns, self.tr("On")])
        header = self.key_list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.key_list.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self.tr("No workstation key is registered with the team."), team)
        self.empty_label.setObjectName("noKeys")
        self.register_button = QPushButton(self.tr("&Register a key file…"), team)
        self.register_button.setObjectName("registerKey")
        self.register_button.clicked.connect(self.choose_key_file)
        self.revoke_button = QPushButton(self.tr("Re&voke the selected key…"), team)
        self.revoke_button.setObjectName("revokeKey")
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.lead_only = QLabel(
            self.tr("Only a team lead registers or revokes workstation keys."), team
        )
        self.lead_only.setObjectName("leadOnly")
        self.lead_only.setWordWrap(True)
        team_layout = QVBoxLayout(team)
        team_layout.addWidget(self.key_list, 1)
        team_layout.addWidget(self.empty_label)
        team_row = QHBoxLayout()
        team_row.addWidget(self.register_button)
        team_row.addWidget(self.revoke_button)
        team_row.addStretch(1)
        team_layout.addLayout(team_row)
        team_layout.addWidget(self.lead_only)

        # The question before a change: what the file or the row holds, then Register/Revoke.
        self.confirm = QFrame(self)
        self.confirm.setObjectName("keyConfirm")
        self.confirm.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirm_label = QLabel(self.confirm)
        self.confirm_label.setObjectName("keyConfirmText")
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setTextFormat(Qt.TextFormat.PlainText)  # names come from a file
        self.confirm_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm_button = QPushButton(self.confirm)
        self.confirm_button.setObjectName("keyConfirmButton")
        self.confirm_button.clicked.connect(self.confirm_change)
        self.cancel_button = QPushButton(self.tr("Do&n't change anything"), self.confirm)
        self.cancel_button.setObjectName("keyConfirmCancel")
        self.cancel_button.clicked.connect(self._forget_change)
        confirm_layout = QVBoxLayout(self.confirm)
        confirm_layout.addWidget(self.confirm_label)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm_button)
        confirm_row.addWidget(self.cancel_button)
        confirm_row.addStretch(1)
        confirm_layout.addLayout(confirm_row)
        self.confirm.setVisible(False)

        self.message = QLabel(self)
        self.message.setObjectName("keysMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.error = FieldError("keys", self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(team, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        self.setWindowTitle(self.tr("Evidence signing keys of the workstations"))
        adopt_tool_window(self)
        fit_to_screen(self, 900, 560)
        self.reload()
        self._read_own_key()

    # -- what is shown -------------------------------------------------------------------------
    @property
    def is_lead(self) -> bool:
        return self._officer is not None and can(self._officer.role, Action.IMPORT_LOGS)

    def _read_own_key(self) -> Job:
        job = Job(_this_workstation, self._credentials)
        job.signals.succeeded.connect(self._show_own_key)
        job.signals.failed.connect(self._own_key_failed)
        return self._queue.submit(job)

    def _show_own_key(self, key: PublicKey) -> None:
        self.own_key = key
        self.own_label.setText(
            self.tr(
                "Workstation {workstation}. Its fingerprint is printed on every evidence "
                "export it signs:"
            ).format(workstation=key.workstation)
        )
        self.own_fingerprint.setText(show_fingerprint(key.fingerprint))
        self.export_button.setEnabled(True)

    def _own_key_failed(self, exc: BaseException) -> None:
        self.own_label.setText(
            self.tr("This workstation's key cannot be read: {error}").format(error=str(exc))
        )

    def reload(self) -> None:
        """The team's keys as the check log's registrations and revocations leave them."""
        try:
            self.keys = signing.registered_keys(self._ledger)
        except RegistryError as exc:
            self._say_error(str(exc))
            self.keys = {}
        self.key_list.clear()
        for item in self.keys.values():
            row = QTreeWidgetItem(
                self.key_list,
                [
                    item.key.workstation,
                    show_fingerprint(item.key.fingerprint),
                    item.registered_by,
                    show_local(parse_utc(item.registered_at)),
                ],
            )
            row.setData(0, FINGERPRINT_ROLE, item.key.fingerprint)
            row.setFont(1, QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.empty_label.setVisible(not self.keys)
        self._update_buttons()

    def _update_buttons(self) -> None:
        lead = self.is_lead
        self.register_button.setEnabled(lead)
        self.revoke_button.setEnabled(lead and self.selected_key() is not None)
        self.lead_only.setVisible(not lead)

    def selected_key(self) -> RegisteredKey | None:
        items = self.key_list.selectedItems()
        if not items:
            return None
        return self.keys.get(str(items[0].data(0, FINGERPRINT_ROLE)))

    def _say(self, text: str) -> None:
        self.error.show_message("")
        self.message.setText(text)

    def _say_error(self, text: str) -> None:
        self.message.setText("")
        self.error.show_message(text)

    # -- this workstation's key ----------------------------------------------------------------
    def export_key(self) -> Job | None:
        if self.own_key is None:
            return None
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save this workstation's public key"),
            str(Path.home() / f"{self.own_key.workstation}.epekey"),
            self.tr("Workstation keys (*.epekey);;All files (*)"),
        )
        if not chosen:
            return None
        job = Job(_export_public_key, self._credentials, Path(chosen))
        job.signals.succeeded.connect(
            lambda path: self._say(
                self.tr(
                    "The public key of {workstation} was written to {file}. Give it to the team "
                    "lead; it holds no secret."
                ).format(workstation=self.own_key.workstation if self.own_key else "", file=path)
            )
        )
        job.signals.failed.connect(
            lambda exc: self._say_error(
                self.tr("The key file could not be written: {error}").format(
                    error=getattr(exc, "strerror", None) or str(exc)
                )
            )
        )
        return self._queue.submit(job)

    # -- registering and revoking --------------------------------------------------------------
    def choose_key_file(self) -> Job | None:
        if not self.is_lead:
            return None
        start = paths.data_dir()
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a workstation's key file"),
            str(start if start.is_dir() else Path.home()),
            self.tr("Workstation keys (*.epekey);;All files (*)"),
        )
        if not chosen:
            return None
        job = Job(signing.read_public_key, Path(chosen))
        job.signals.succeeded.connect(self._ask_register)
        job.signals.failed.connect(lambda exc: self._say_error(str(exc)))
        return self._queue.submit(job)

    def _ask_register(self, key: PublicKey) -> None:
        self.pending, self.revoking = key, None
        known = self.keys.get(key.fingerprint)
        text = self.tr(
            "Register the key of workstation {workstation}?\n\nFingerprint: {fingerprint}\n\n"
            "Compare it, group by group, with the fingerprint printed on that workstation's "
            "evidence or read out by its officer. Evidence signed with this key will then be "
            "verified."
        ).format(workstation=key.workstation, fingerprint=show_fingerprint(key.fingerprint))
        if known is not None:
            text += "\n" + self.tr("This key is already registered.")
        self._ask(text, self.tr("&Register this key"))

    def ask_revoke(self) -> None:
        chosen = self.selected_key()
        if chosen is None or not self.is_lead:
            return
        self.pending, self.revoking = None, chosen
        self._ask(
            self.tr(
                "Revoke the key of workstation {workstation} ({fingerprint})? Its evidence will "
                "no longer be verified as signed by a registered workstation."
            ).format(
                workstation=chosen.key.workstation,
                fingerprint=show_fingerprint(chosen.key.fingerprint),
            ),
            self.tr("Re&voke this key"),
        )

    def _ask(self, text: str, button: str) -> None:
        self._say("")
        self.confirm_label.setText(text)
        self.confirm_button.setText(button)
        self.confirm.setVisible(True)
        self.confirm_button.setFocus()

    def _forget_change(self) -> None:
        self.pending = self.revoking = None
        self.confirm.setVisible(False)

    def confirm_change(self) -> None:
        """Register or revoke what the question showed (audited in the check log)."""
        pending, revoking = self.pending, self.revoking
        self._forget_change()
        try:
            if pending is not None:
                signing.register_key(self._ledger, self._officer, pending)
                said = self.tr("The key of {workstation} is registered with the team.").format(
                    workstation=pending.workstation
                )
            elif revoking is not None:
                signing.revoke_key(self._ledger, self._officer, revoking.key.fingerprint)
                said = self.tr("The key of {workstation} is revoked.").format(
                    workstation=revoking.key.workstation
                )
            else:
                return
        except (PermissionDeniedError, RegistryError) as exc:  # said; the list stays as it was
            self._say_error(str(exc))
            return
        self.reload()
        self._say(said)

    def done(self, result: int) -> None:
        self._queue.wait(10_000)  # the keyring and the files answer within their own limits
        super().done(result)
