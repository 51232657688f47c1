"""The first page of an empty registry: how to put the EPEs in (a CSV file, with a template to
fill; an ONVIF device; or the demo to look around first), and whether the keyring can keep the
EPEs' passwords, with what to do when it cannot.

The page only says what was chosen (signals); the main window does it with the dialogs it
already has. Starting the demo is the one thing done here: it runs as its own program, on its
own profile, so the officer's registry stays empty until they fill it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QProcess, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.secrets import KeyringState, KeyringStatus
from widgets.common.keyring_banner import state_title


def demo_command() -> tuple[str, list[str]]:
    """The program and arguments that start ``epewall demo``, from a source run or a build."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["demo"]
    return sys.executable, ["-m", "widgets.launcher", "demo"]


def demo_available() -> bool:
    """The demo's simulated site needs GStreamer's RTSP server from Debian: not on Windows."""
    return not sys.platform.startswith("win")


def start_detached(program: str, arguments: list[str]) -> bool:
    """Start a program that outlives this window; False when it could not be started."""
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


class _Choice:
    """One way to start: a button, and beside it a line that says what it does."""

    def __init__(self, name: str, parent: QWidget) -> None:
        self.button = QPushButton(parent)
        self.button.setObjectName(f"{name}Button")
        self.button.setMinimumHeight(34)
        self.text = QLabel(parent)
        self.text.setObjectName(f"{name}Text")
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(360)
        self.extra = QHBoxLayout()
        self.extra.setContentsMargins(0, 0, 0, 0)
        self.column = QVBoxLayout()
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.text)
        self.column.addLayout(self.extra)


class WelcomePage(QScrollArea):
    """Shown instead of the tree and the wall while the registry has no EPE."""

    import_requested = Signal()
    template_requested = Signal()
    add_from_device_requested = Signal()
    unlock_requested = Signal()
    retry_requested = Signal()
    demo_started = Signal(bool)  # whether the demo program could be started

    def __init__(
        self,
        parent: QWidget | None = None,
        start: Callable[[str, list[str]], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._start = start
        self._status: KeyringStatus | None = None
        self._demo_started: bool | None = None  # None until the officer asked for the demo

        body = QWidget(self)
        body.setObjectName("welcomeBody")
        body.setMaximumWidth(860)
        self.title = QLabel(body)
        self.title.setObjectName("welcomeTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(body)
        self.intro.setWordWrap(True)

        self.csv = _Choice("welcomeCsv", body)
        self.csv.button.clicked.connect(self.import_requested)
        self.template_button = QPushButton(body)
        self.template_button.setObjectName("welcomeTemplateButton")
        self.template_button.setFlat(True)
        self.template_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.template_button.setStyleSheet("color: palette(link); text-decoration: underline;")
        self.template_button.clicked.connect(self.template_requested)
        self.csv.extra.addWidget(self.template_button)
        self.csv.extra.addStretch(1)
        self.device = _Choice("welcomeDevice", body)
        self.device.button.clicked.connect(self.add_from_device_requested)
        self.demo = _Choice("welcomeDemo", body)
        self.demo.button.clicked.connect(self.start_demo)
        self.demo.button.setEnabled(demo_available())
        self.demo_note = QLabel(body)
        self.demo_note.setObjectName("welcomeDemoNote")
        self.demo_note.setWordWrap(True)
        self.demo_note.setVisible(False)
        self.demo.extra.addWidget(self.demo_note, 1)

        self.keyring = QFrame(body)
        self.keyring.setObjectName("welcomeKeyring")
        self.keyring.setFrameShape(QFrame.Shape.StyledPanel)
        self.keyring_title = QLabel(self.keyring)
        self.keyring_title.setObjectName("welcomeKeyringTitle")
        bold = self.keyring_title.font()
        bold.setBold(True)
        self.keyring_title.setFont(bold)
        self.keyring_text = QLabel(self.keyring)
        self.keyring_text.setObjectName("welcomeKeyringText")
        self.keyring_text.setWordWrap(True)
        self.unlock_button = QPushButton(self.keyring)
        self.unlock_button.setObjectName("welcomeUnlock")
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.retry_button = QPushButton(self.keyring)
        self.retry_button.setObjectName("welcomeRetry")
        self.retry_button.clicked.connect(self.retry_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        keyring_layout = QVBoxLayout(self.keyring)
        keyring_layout.addWidget(self.keyring_title)
        keyring_layout.addWidget(self.keyring_text)
        keyring_layout.addLayout(buttons)

        choices = QFrame(body)
        choices.setObjectName("welcomeChoices")
        choices.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(choices)
        grid.setContentsMargins(16, 16, 16, 16)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(20)
        grid.setColumnStretch(1, 1)
        for row, choice in enumerate((self.csv, self.device, self.demo)):
            choice.button.setParent(choices)
            choice.text.setParent(choices)
            grid.addWidget(choice.button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(choice.column, row, 1)

        column = QVBoxLayout(body)
        column.setContentsMargins(24, 24, 24, 24)
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addSpacing(8)
        column.addWidget(choices)
        column.addSpacing(8)
        column.addWidget(self.keyring)
        column.addStretch(1)
        outer = QWidget(self)
        centre = QHBoxLayout(outer)
        centre.addStretch(1)
        centre.addWidget(body, 100)
        centre.addStretch(1)
        self.setWidget(outer)
        self._retranslate()
        self.set_keyring_status(None)

    # -- the keyring ---------------------------------------------------------------------------
    def set_keyring_status(self, status: KeyringStatus | None) -> None:
        self._status = status
        self._show_keyring()

    def _show_keyring(self) -> None:
        status = self._status
        ready = status is not None and status.state is KeyringState.READY
        self.unlock_button.setVisible(status is not None and status.state is KeyringState.LOCKED)
        self.retry_button.setVisible(status is not None and not ready)
        if status is None:
            self.keyring_title.setText(self.tr("Keyring: checking…"))
            self.keyring_text.setText("")
            self.keyring.setStyleSheet("")
        elif ready:
            self.keyring_title.setText(state_title(status.state))
            self.keyring_text.setText(
                self.tr(
                    "The EPEs' passwords will be kept in %1, never in a file. Enter an EPE's "
                    "password with Sites > Set account once the EPE is added."
                ).replace("%1", status.backend)
            )
            self.keyring.setStyleSheet("")
        else:
            self.keyring_title.setText("⚠ " + state_title(status.state))
            self.keyring_text.setText(
                status.explanation
                + "\n"
                + self.tr(
                    "You can add EPEs and cameras now; their pictures need the passwords, "
                    "which can be entered once the keyring works."
                )
            )
            self.keyring.setStyleSheet(
                "#welcomeKeyring { background: #fff4ce; border: 1px solid #c19c00; }"
                "#welcomeKeyring QLabel { color: #3b2f00; }"
            )

    # -- the demo ------------------------------------------------------------------------------
    def start_demo(self) -> bool:
        """Start ``epewall demo`` as its own program; the note under the button says what
        happened."""
        program, arguments = demo_command()
        started = (self._start or start_detached)(program, arguments)
        self._demo_started = started
        self.demo_note.setVisible(True)
        self._show_demo_note()
        self.demo_started.emit(started)
        return started

    def _show_demo_note(self) -> None:
        if self._demo_started is None:
            return
        if self._demo_started:
            self.demo_note.setText(
                self.tr(
                    "The demo is starting in its own window (it takes a few seconds). It uses "
                    "its own simulated EPEs; your registry stays empty."
                )
            )
            self.demo_note.setStyleSheet("")
        else:
            self.demo_note.setText(
                self.tr("The demo could not be started. Details are in the log file.")
            )
            self.demo_note.setStyleSheet("color: #c42b1c;")

    # -- words ---------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to epewall"))
        self.intro.setText(
            self.tr(
                "No EPE is registered on this workstation yet. Add the EPEs you supervise and "
                "their cameras in one of these ways; the wall opens as soon as there is one."
            )
        )
        self.csv.button.setText(self.tr("&Import from a CSV file…"))
        self.csv.text.setText(
            self.tr(
                "A list of EPEs and cameras prepared in Excel: one row per camera with its "
                "EPE's name and tax ID. Every line is checked first; nothing is imported "
                "until all lines are right."
            )
        )
        self.template_button.setText(self.tr("Save an empty &template to fill…"))
        self.device.button.setText(self.tr("Add from an &ONVIF device…"))
        self.device.text.setText(
            self.tr(
                "Enter the EPE's name and tax ID, then the address and account of its recorder "
                "or camera: epewall reads its channels and adds them as cameras."
            )
        )
        self.demo.button.setText(self.tr("Open the &demo"))
        if self.demo.button.isEnabled():
            self.demo.text.setText(
                self.tr(
                    "Look around first on a simulated EPE site with live cameras, in a separate "
                    "window. Nothing is added to your registry."
                )
            )
        else:
            self.demo.text.setText(
                self.tr(
                    "The demo is not offered on Windows: its simulated EPE site needs GStreamer, "
                    "which runs on a Linux computer (epewall sim). Point epewall at real EPE "
                    "cameras, or at a Linux computer running the simulated site."
                )
            )
        self.unlock_button.setText(self.tr("&Unlock…"))
        self.retry_button.setText(self.tr("Check &again"))
        self._show_keyring()
        self._show_demo_note()
