"""The warnings manager as the main window runs it: started and stopped off the GUI thread.

Building the targets reads every EPE's account from the keyring (which may wait on D-Bus or a
locked keyring) and stopping unsubscribes from every device (each within a deadline, still
seconds in all): both run as ``Job``s on one queue, in the order asked, so a stop asked while
the start is still reading the keyring stops what that start made. QtCore only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from app.secrets import CredentialStore
from app.sites.registry import Registry
from app.warnings.feed import WarningFeed
from app.warnings.manager import SnapshotTaker, WarningsManager
from app.warnings.sources import SkippedEpe, onvif_snapshot, recorder_poller, targets_from_registry
from app.warnings.store import WarningStore
from app.workers import Job, JobQueue


class WarningsService(QObject):
    """Keeps one ``WarningsManager`` subscribed to every EPE device with a stored account; its
    warnings reach ``feed`` (connect the dock to ``feed.arrived``)."""

    # the number of devices listened to, and the EPEs left out with why (list[SkippedEpe])
    running = Signal(int, object)
    failed = Signal(str)  # translated
    stopped = Signal()

    def __init__(
        self,
        registry: Registry,
        credentials: CredentialStore,
        feed: WarningFeed | None = None,
        *,
        snapshots: SnapshotTaker | None = onvif_snapshot,
        manager_options: dict[str, Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._credentials = credentials
        self.feed = feed or WarningFeed(self)
        self._snapshots = snapshots
        self._options = manager_options or {}
        self.queue = JobQueue("warnings-service", self)
        self._manager: WarningsManager | None = None  # touched on the queue's thread only
        self.devices = 0
        self.skipped: list[SkippedEpe] = []
        self.active = False  # started and not stopped since

    def start(self) -> Job:
        """Subscribe (again, after a stop) to every device; ``running`` says how many."""
        self.active = True
        job = Job(self._start)
        job.signals.succeeded.connect(self._on_running)
        job.signals.failed.connect(lambda exc: self.failed.emit(str(exc)))
        return self.queue.submit(job)

    def stop(self) -> Job:
        """Unsubscribe everywhere; ``stopped`` when done."""
        self.active = False
        job = Job(self._stop)
        job.signals.finished.connect(self.stopped)
        return self.queue.submit(job)

    def refresh(self) -> Job | None:
        """After the registry changed (an EPE or its account): when running, subscribe again
        on the new targets (the start stops the old subscriptions first)."""
        return self.start() if self.active else None

    def wait(self, msecs: int = -1) -> bool:
        return self.queue.wait(msecs)

    # -- on the queue's thread --

    def _start(self) -> tuple[int, list[SkippedEpe]]:
        self._stop()
        targets, skipped = targets_from_registry(self._registry, self._credentials)
        manager = WarningsManager(
            WarningStore(self._registry),
            targets,
            listener=self.feed.listener,
            snapshots=self._snapshots,
            poller=recorder_poller(self._registry),
            **self._options,
        )
        self._manager = manager.start()
        return len(targets), skipped

    def _stop(self) -> None:
        manager, self._manager = self._manager, None
        if manager is not None:
            manager.stop()

    def _on_running(self, result: tuple[int, list[SkippedEpe]]) -> None:
        self.devices, self.skipped = result
        self.running.emit(*result)
