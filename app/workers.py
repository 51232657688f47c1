"""Background work off the GUI thread (STYLE.md "Threads").

A ``Job`` is a QRunnable; its signals live on a sibling ``JobSignals`` QObject, so the worker thread
only emits and never touches a widget. One ``JobQueue`` per resource (a camera, a recorder, the
keyring) runs its jobs one at a time, so a dead EPE cannot stall the others.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Generator
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")


def run_to_end(steps: Generator[Any, Any, T]) -> T:
    """A progress generator run where nobody watches its progress (the command line, scripts,
    tests): its return value."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            result: T = stop.value
            return result


class CancelledError(Exception):
    """Raised inside a job's generator when the user cancelled it."""


class JobSignals(QObject):
    progress = Signal(int, int, str)  # done, total, what is being done (translated)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; its str() is a translated, secret-free message
    finished = Signal()


class Job(QRunnable):
    """Runs ``fn`` on a pool thread.

    If ``fn`` returns a generator, each yielded ``(done, total, text)`` becomes a progress signal
    and the generator's return value is the result; ``cancel()`` stops it at the next yield.
    """

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Python side keeps the job alive until it finished
        self.signals = JobSignals()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
            if isinstance(result, Generator):
                result = self._drive(result)
        except Exception as exc:  # reported to the GUI as a state, never as a traceback
            name = getattr(self._fn, "__name__", repr(self._fn))
            log.info("job %s failed: %s", name, type(exc).__name__)
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()

    def _drive(self, gen: Generator[tuple[int, int, str], None, Any]) -> Any:
        while True:
            if self._cancel.is_set():
                gen.close()
                raise CancelledError()
            try:
                done, total, text = next(gen)
            except StopIteration as stop:
                return stop.value
            self.signals.progress.emit(done, total, text)


class JobQueue(QObject):
    """Runs jobs for one resource strictly one after another on its own single-thread pool."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: set[Job] = set()

    def submit(self, job: Job) -> Job:
        self._jobs.add(job)
        job.signals.finished.connect(lambda: self._jobs.discard(job))
        self._pool.start(job)
        return job

    @property
    def idle(self) -> bool:
        """No job submitted here is still running or has handlers left to run: a job leaves the
        queue by the last handler of its ``finished`` signal, so every handler connected before
        ``submit`` has run on the GUI thread by then."""
        return not self._jobs

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
