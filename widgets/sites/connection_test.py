"""Manual RTSP entry's "Test connection": play the stream once and say what actually arrived.

The stream is opened the way the wall opens it (PyAV over TCP, the EPE's account from the
keyring) for a few seconds; the officer sees the codec, the picture size and the frame rate
measured from the packets received — not what the device claims.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.logs import redact_url
from app.media.failures import StreamFailure
from app.media.puller import SUPPORTED_CODECS, Credentials, Puller, StreamInfo, TsPipe
from app.workers import CancelledError, Job, JobQueue
from widgets.common.dialogs import release_queue

SAMPLE_SECONDS = 3.0
OPEN_TIMEOUT_S = 8.0


def _t(text: str) -> str:
    return QCoreApplication.translate("ConnectionTest", text)


@dataclass(frozen=True)
class ConnectionReport:
    """What one test received."""

    url: str  # without credentials
    codec: str  # "H.264", "H.265", "MJPEG"
    width: int
    height: int
    declared_fps: float  # what the stream header says
    measured_fps: float  # video packets per second actually received
    kbps: float
    seconds: float  # how long the packets were counted

    def summary(self) -> str:
        return _t("{codec} {width}×{height}, {fps} fps received ({kbps} kbit/s)").format(
            codec=self.codec,
            width=self.width,
            height=self.height,
            fps=f"{self.measured_fps:.1f}",
            kbps=f"{self.kbps:.0f}",
        )


class ConnectionTestError(Exception):
    """The stream could not be played; ``str()`` is translated and secret-free."""

    def __init__(self, failure: StreamFailure, detail: str) -> None:
        super().__init__(failure.label())
        self.failure = failure
        self.detail = detail


class _Listener:
    """Collects the puller's reports (called on the puller's thread)."""

    def __init__(self) -> None:
        self.opened = threading.Event()
        self.ended = threading.Event()
        self.info: StreamInfo | None = None
        self.failure: tuple[StreamFailure, str] | None = None

    def puller_opened(self, info: StreamInfo) -> None:
        self.info = info
        self.opened.set()

    def puller_stats(self, fps: float, kbps: float, dropped: int) -> None:
        pass  # measured over the whole sample below instead of per second

    def puller_failed(self, failure: StreamFailure, detail: str) -> None:
        self.failure = (failure, detail)
        self.ended.set()

    def puller_ended(self) -> None:
        self.ended.set()


def sample_stream(
    url: str,
    credentials: Credentials | None,
    *,
    seconds: float = SAMPLE_SECONDS,
    open_timeout: float = OPEN_TIMEOUT_S,
    cancelled: Callable[[], bool] | None = None,
    allow_basic: bool = False,
) -> Generator[tuple[int, int, str], None, ConnectionReport]:
    """Open ``url`` once, count what arrives for ``seconds``; raises ConnectionTestError.
    ``allow_basic``: the EPE is marked as needing Basic (the wall would answer it too)."""
    cancelled = cancelled or (lambda: False)
    pipe = TsPipe()
    listener = _Listener()
    puller = Puller(
        url,
        credentials,
        pipe,
        listener,
        open_timeout=open_timeout,
        stall_timeout=open_timeout,
        allow_basic=allow_basic,
    )
    steps = int(seconds * 10)
    puller.start()
    try:
        yield 0, steps, _t("Connecting to {url}…").format(url=redact_url(url))
        while not listener.opened.is_set() and not listener.ended.is_set():
            if cancelled():
                raise CancelledError()
            listener.opened.wait(0.1)
            pipe.read(1 << 16, timeout=0)
        if listener.info is None:
            failure, detail = listener.failure or (StreamFailure.BAD_REPLY, "")
            raise ConnectionTestError(failure, detail)
        info = listener.info
        started, first_packets = time.monotonic(), puller.packets
        received = 0
        deadline = started + seconds
        while time.monotonic() < deadline and not listener.ended.is_set():
            if cancelled():
                raise CancelledError()
            chunk = pipe.read(1 << 16, timeout=0.05)  # drained, or the puller would drop
            received += len(chunk or b"")
            done = int((time.monotonic() - started) * 10)
            yield min(done, steps), steps, _t("Receiving the stream…")
        elapsed = max(time.monotonic() - started, 1e-3)
        if listener.failure is not None:
            raise ConnectionTestError(*listener.failure)
        packets = puller.packets - first_packets
        return ConnectionReport(
            url=redact_url(url),
            codec=SUPPORTED_CODECS.get(info.codec, info.codec),
            width=info.width,
            height=info.height,
            declared_fps=info.fps,
            measured_fps=packets / elapsed,
            kbps=received * 8 / 1000 / elapsed,
            seconds=elapsed,
        )
    finally:
        puller.stop()
        puller.join(timeout=open_timeout + 2)


class ConnectionTestDialog(QDialog):
    """Tests each given stream URL in turn and lists what was received."""

    # Every URL was tried: True when each one played (none failed, none was cancelled).
    tested = Signal(bool)

    def __init__(
        self,
        urls: list[tuple[str, str]],
        credentials: Credentials | None,
        parent: QWidget | None = None,
        seconds: float = SAMPLE_SECONDS,
        allow_basic: bool = False,
    ) -> None:
        """``urls``: (label, url) pairs, e.g. ("Main stream", "rtsp://…"); ``allow_basic``:
        the EPE's ``allow_basic_auth``."""
        super().__init__(parent)
        self.setObjectName("connectionTestDialog")
        self.setMinimumWidth(560)
        self._urls = [(label, url) for label, url in urls if url]
        self._credentials = credentials
        self._seconds = seconds
        self._allow_basic = allow_basic
        self._index = 0
        self._job: Job | None = None
        self.reports: dict[str, ConnectionReport | BaseException] = {}
        self.queue = JobQueue("connection-test", self)
        self.results = QLabel(self)
        self.results.setObjectName("connectionResults")
        self.results.setWordWrap(True)
        self.results.setTextFormat(Qt.TextFormat.PlainText)
        self.results.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("connectionStatus")
        self.progress = QProgressBar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.cancel_button = QPushButton(self)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._retranslate()
        self._next()

    @property
    def finished_all(self) -> bool:
        return self._job is None and self._index >= len(self._urls)

    @property
    def passed(self) -> bool:
        """Every URL was tried and played."""
        return (
            self.finished_all
            and bool(self._urls)
            and len(self.reports) == len(self._urls)
            and all(isinstance(r, ConnectionReport) for r in self.reports.values())
        )

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _next(self) -> None:
        if self._index >= len(self._urls):
            self._job = None
            self.progress.setVisible(False)
            self.cancel_button.setVisible(False)
            self.status.setText(
                self.tr("Done.") if self._urls else self.tr("Give a stream URL first.")
            )
            if self._urls:
                self.tested.emit(self.passed)
            return
        label, url = self._urls[self._index]
        job = Job(
            sample_stream,
            url,
            self._credentials,
            seconds=self._seconds,
            allow_basic=self._allow_basic,
        )
        # After done() the job is no longer ours and its late signals are dropped.
        job.signals.progress.connect(
            lambda d, t, text: job is self._job and self._on_progress(d, t, text)
        )
        job.signals.succeeded.connect(
            lambda report: job is self._job and self._record(label, report)
        )
        job.signals.failed.connect(lambda exc: job is self._job and self._record(label, exc))
        job.signals.finished.connect(lambda: job is self._job and self._on_finished())
        self._job = job
        self.progress.setRange(0, 0)
        self.queue.submit(job)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(text)

    def _record(self, label: str, outcome: ConnectionReport | BaseException) -> None:
        self.reports[label] = outcome
        lines = []
        for name, result in self.reports.items():
            if isinstance(result, ConnectionReport):
                text = result.summary()
                if result.declared_fps and abs(result.declared_fps - result.measured_fps) > 2:
                    text += " " + self.tr("(the stream declares {0} fps)").format(
                        f"{result.declared_fps:g}"
                    )
            elif isinstance(result, CancelledError):
                text = self.tr("Cancelled.")
            elif isinstance(result, ConnectionTestError):
                text = self.tr("Failed: {0}").format(str(result))
            else:
                text = self.tr("Failed: {0}").format(type(result).__name__)
            lines.append(f"{name}: {text}")
        self.results.setText("\n".join(lines))

    def _on_finished(self) -> None:
        cancelled = self._job is not None and self._job.cancelled
        self._index = len(self._urls) if cancelled else self._index + 1
        self._job = None
        self._next()

    def done(self, result: int) -> None:
        if self._job is not None:
            self.cancel()
            self._job = None
            self._index = len(self._urls)
            release_queue(self.queue)
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Test connection"))
        self.cancel_button.setText(self.tr("Cancel"))
