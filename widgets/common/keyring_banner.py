"""A warning bar shown above the main window's content when the OS keyring is not usable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.secrets import KeyringState, KeyringStatus


class KeyringBanner(QFrame):
    """Says in words what the keyring's state means for the officer and what to do about it.

    Hidden while the keyring is ready (or its state is not known yet). "Check again" asks for
    a new status once the officer has unlocked or started the keyring.
    """

    retry_requested = Signal()
    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyringBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#keyringBanner { background: #fff4ce; border: 1px solid #c19c00; }"
            "#keyringBanner QLabel { color: #3b2f00; }"
        )
        self.title = QLabel(self)
        self.title.setObjectName("keyringBannerTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("keyringBannerText")
        self.explanation.setWordWrap(True)
        self.retry = QPushButton(self)
        self.retry.setObjectName("keyringBannerRetry")
        self.retry.clicked.connect(self.retry_requested)
        self.unlock = QPushButton(self)
        self.unlock.setObjectName("keyringBannerUnlock")
        self.unlock.clicked.connect(self.unlock_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation, 1)
        layout.addWidget(self.unlock)
        layout.addWidget(self.retry)
        self._status: KeyringStatus | None = None
        self._retranslate()
        self.setVisible(False)

    def set_status(self, status: KeyringStatus | None) -> None:
        self._status = status
        self._retranslate()
        self.setVisible(status is not None and status.state is not KeyringState.READY)
        self.unlock.setVisible(status is not None and status.state is KeyringState.LOCKED)

    def _retranslate(self) -> None:
        self.retry.setText(self.tr("Check &again"))
        self.unlock.setText(self.tr("&Unlock…"))
        self.unlock.setToolTip(self.tr("Ask the system to show its keyring unlock prompt"))
        status = self._status
        if status is None:
            return
        self.title.setText(state_title(status.state))
        self.explanation.setText(status.explanation)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def state_title(state: KeyringState) -> str:
    """A short, translated name of the keyring state."""
    match state:
        case KeyringState.READY:
            return QCoreApplication.translate("KeyringBanner", "Keyring ready")
        case KeyringState.NO_KEYRING:
            return QCoreApplication.translate(
                "KeyringBanner", "No keyring: passwords cannot be stored"
            )
        case KeyringState.LOCKED:
            return QCoreApplication.translate("KeyringBanner", "Keyring locked")
        case KeyringState.DENIED:
            return QCoreApplication.translate("KeyringBanner", "Keyring access denied")
        case KeyringState.ERROR:
            return QCoreApplication.translate("KeyringBanner", "Keyring error")
