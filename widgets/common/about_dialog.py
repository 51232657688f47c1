"""Help > About epewall: what the program is and the versions a support request needs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.secrets import CredentialStore, KeyringStatus
from app.support import versions
from app.workers import Job, JobQueue


class AboutDialog(QDialog):
    """Versions of epewall, Qt, PySide6, libVLC, PyAV/FFmpeg, Python and the OS, and the keyring.

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

        self.versions: dict[str, QLabel] = {}
        form = QFormLayout()
        # The same facts as `epewall --version` (app/support/versions.py); product names stay
        # as they are in every language.
        rows = [(c.key, c.label, versions.shown_version(c)) for c in versions.components()]
        rows.append(("keyring", self.tr("Keyring"), self.tr("checking…")))
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
        label.setText(versions.keyring_text(status))
        if not status.ready:
            label.setToolTip(status.explanation)

    def text(self) -> str:
        """The versions as plain text, one per line (for support requests and tests)."""
        return "\n".join(f"{key}: {label.text()}" for key, label in self.versions.items())
