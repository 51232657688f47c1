"""A small form whose Save runs in the background: an error line, a busy bar, Save and Cancel.

Officer dialogs save through slow work (a PIN is hashed slowly on purpose), so Save runs a Job
from ``app/workers.py``. While it runs the form stays open: its result must find the dialog
that asked for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.workers import Job
from widgets.common.field_error import FieldError


class JobForm(QDialog):
    """Subclasses add rows to :attr:`form` and implement :meth:`save`, which hands its Job to
    :meth:`run` with what to do once it succeeded."""

    def __init__(self, parent: QWidget | None, error_name: str = "form") -> None:
        super().__init__(parent)
        self._busy = False
        self.form = QFormLayout()
        self.message = FieldError(error_name, self)  # hidden until there is something to say
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(8)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def save(self) -> object:
        raise NotImplementedError

    def say(self, text: str) -> None:
        self.message.show_message(text)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.buttons.setEnabled(not busy)

    @property
    def busy(self) -> bool:
        return self._busy

    def reject(self) -> None:
        if not self._busy:  # a save in flight ends first
            super().reject()

    def run(self, job: Job, done: Callable[[object], None]) -> Job:
        """Show the form busy until ``job`` ends; ``done(result)`` on success, the error's text
        under the fields otherwise. The caller submits the job to its queue."""
        self.set_busy(True)
        self.say("")

        # Not on ``finished``: after a save the dialog may already be deleted when it arrives.
        def succeeded(result: object) -> None:
            self.set_busy(False)
            done(result)

        job.signals.succeeded.connect(succeeded)
        job.signals.failed.connect(self.failed)
        return job

    def failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.say(str(exc))
