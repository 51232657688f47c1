"""Help > About epewall: what the program is and the versions a support request needs."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

import app
from app.secrets import CredentialStore, KeyringStatus
from app.workers import Job, JobQueue
from widgets.common.keyring_banner import state_title


def libvlc_version() -> str | None:
    """libVLC's version, or None when libVLC cannot be loaded (VLC not installed)."""
    try:
        import vlc

        raw = vlc.libvlc_get_version()
    except Exception:  # python-vlc raises several kinds when the library is missing or broken
        return None
    if not raw:
        return None
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def pyav_version() -> str | None:
    try:
        import av
    except Exception:  # a broken FFmpeg install fails at import time
        return None
    return str(av.__version__)


class AboutDialog(QDialog):
    """Versions of epewall, Qt, PySide6, libVLC, PyAV and Python, and the keyring in use.

    The keyring status may block on D-Bus, so it is asked on ``keyring_queue``.
    """

    def __init__(
        self, store: CredentialStore, keyring_queue: JobQueue, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About epewall"))
        self.setMinimumWidth(480)

        title = QLabel("epewall", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        summary = QLabel(
            self.tr(
                "Video wall for customs supervision of export processing enterprises "
                "through their cameras (Decision 247/QĐ-TCHQ)."
            ),
            self,
        )
        summary.setWordWrap(True)

        not_found = self.tr("not found")
        self.versions: dict[str, QLabel] = {}
        form = QFormLayout()
        # Product names stay as they are in every language.
        rows = [
            ("epewall", "epewall", app.__version__),
            ("qt", "Qt", qVersion()),
            ("pyside6", "PySide6", PySide6.__version__),
            ("libvlc", "libVLC", libvlc_version() or not_found),
            ("pyav", "PyAV", pyav_version() or not_found),
            ("python", "Python", platform.python_version()),
            ("keyring", self.tr("Keyring"), self.tr("checking…")),
        ]
        for key, label, value in rows:
            field = QLabel(value, self)
            field.setObjectName(f"version_{key}")
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            self.versions[key] = field
            form.addRow(label, field)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(buttons)

        job = Job(store.status)
        job.signals.succeeded.connect(self._show_keyring)
        keyring_queue.submit(job)

    def _show_keyring(self, status: KeyringStatus) -> None:
        label = self.versions["keyring"]
        if status.ready:
            label.setText(status.backend)
        else:
            label.setText(f"{status.backend}: {state_title(status.state)}")
            label.setToolTip(status.explanation)

    def text(self) -> str:
        """The versions as plain text, one per line (for support requests and tests)."""
        return "\n".join(f"{key}: {label.text()}" for key, label in self.versions.items())
