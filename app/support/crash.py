"""Crash reports: an unexpected error's trace and the versions, in a file of the log folder that
the officer can hand to the IT unit.

Every line goes through the log's redaction (``app.logs.redact_url``: URL credentials,
``password=`` and the like) and ``printable`` (no control characters), like the log itself: a
trace quotes what devices and users sent. The file is written whole or not at all (a temporary
file renamed), private to the user.

A failing slot called by a timer raises the same error again and again: one report per distinct
error (type and frames), at most ``MAX_REPORTS_PER_RUN`` per run, and the folder keeps the newest
``MAX_REPORTS_KEPT``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import faulthandler
import hashlib
import logging
import os
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TextIO

from app import paths
from app.logs import redact_url
from app.safe_text import printable
from app.support import versions
from app.timekeeping import show_local, utc_now

log = logging.getLogger(__name__)

# Where faulthandler writes the Python threads' stacks when the process dies of a native crash
# (a segfault in libVLC or FFmpeg, Qt's abort after a fatal message); read at the next start.
FAULT_LOG = "faults.log"
FAULT_LOG_CAP = 256 * 1024
# Names the report a fatal Qt message left, for the next start to announce.
FATAL_MARK = ".last-fatal"
REPORT_PREFIX = "crash-"
REPORT_SUFFIX = ".txt"
MAX_REPORTS_PER_RUN = 10
MAX_REPORTS_KEPT = 20


def redact_text(text: str) -> str:
    """``text`` line by line with credentials replaced by ``***`` and control characters shown
    as escapes (the log's own rules)."""
    return "\n".join(printable(redact_url(line)) for line in text.split("\n"))


def report_files(folder: Path | None = None) -> list[Path]:
    """The crash reports in the log folder, oldest first."""
    where = folder if folder is not None else paths.log_dir()
    return sorted(where.glob(f"{REPORT_PREFIX}*{REPORT_SUFFIX}"))


class CrashReporter:
    """Writes crash reports into ``folder()`` (the log folder); thread-safe."""

    def __init__(
        self,
        folder: Callable[[], Path] = paths.log_dir,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._folder = folder
        self._clock = clock
        self._lock = threading.Lock()
        self._seen: dict[str, Path] = {}
        self._written = 0
        self._fault_file: TextIO | None = None

    def exception(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
        thread: str = "",
    ) -> Path | None:
        """The report of an uncaught exception: its path (an earlier one for the same error),
        or None when none could be written (the log still has the trace)."""
        trace = "".join(traceback.format_exception(exc_type, exc, tb))
        frames = [(f.filename, f.lineno) for f in traceback.extract_tb(tb)]
        signature = repr((exc_type.__qualname__, frames))
        return self._write(signature, "uncaught exception", trace, thread)

    def fatal(self, message: str, where: str = "", before: Sequence[str] = ()) -> Path | None:
        """The report of a fatal message from Qt, written just before Qt ends the program;
        ``before``: Qt's last messages before it, oldest first. The next start announces it."""
        text = message + (f"\n(at {where})" if where else "") + "\n"
        if before:
            text += "\nQt's messages before it:\n" + "\n".join(before) + "\n"
        path = self._write("qt-fatal:" + message, "fatal error from Qt", text, "")
        if path is not None:
            with contextlib.suppress(OSError):
                (path.parent / FATAL_MARK).write_text(path.name, encoding="utf-8")
        return path

    def start_run(self) -> Path | None:
        """At start-up: the report of the previous run's abrupt end that nobody was told about
        (a native crash caught in the fault log, a fatal Qt message), or None; then native
        crashes of this run go to the fault log."""
        folder = self._folder()
        faults = folder / FAULT_LOG
        stacks = ""
        if faults.is_file() and faults.stat().st_size:
            with faults.open("rb") as handle:
                handle.seek(max(0, faults.stat().st_size - FAULT_LOG_CAP))
                stacks = handle.read().decode("utf-8", "replace")
        announced: Path | None = None
        mark = folder / FATAL_MARK
        if mark.is_file():
            fatal = folder / mark.read_text(encoding="utf-8").strip()
            mark.unlink(missing_ok=True)
            if fatal.parent == folder and fatal.is_file():
                announced = fatal
                if stacks:
                    with fatal.open("a", encoding="utf-8") as out:
                        out.write("\nPython's threads at the end:\n" + redact_text(stacks))
        if announced is None and stacks:
            announced = self._write(
                "previous-run:" + stacks[:500], "abrupt end of the previous run", stacks, ""
            )
        self.end_run()
        self._fault_file = open(faults, "w", encoding="utf-8")  # noqa: SIM115 - open all run
        faulthandler.enable(self._fault_file, all_threads=True)
        return announced

    def end_run(self) -> None:
        """The run ends normally: the fault log is closed (and stays empty)."""
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None

    def _write(self, signature: str, kind: str, trace: str, thread: str) -> Path | None:
        with self._lock:
            earlier = self._seen.get(signature)
            if earlier is not None:
                return earlier
            if self._written >= MAX_REPORTS_PER_RUN:
                return None
            try:
                path = self._write_file(signature, kind, trace, thread)
            except Exception:  # the disk is full or the folder gone: the log keeps the trace
                log.exception("the crash report could not be written")
                return None
            self._seen[signature] = path
            self._written += 1
            return path

    def _write_file(self, signature: str, kind: str, trace: str, thread: str) -> Path:
        now = self._clock()
        folder = self._folder()
        digest = hashlib.sha256(signature.encode("utf-8", "replace")).hexdigest()[:8]
        name = f"{REPORT_PREFIX}{now.astimezone(dt.UTC):%Y%m%d-%H%M%S}-{digest}{REPORT_SUFFIX}"
        path = folder / name
        body = "\n".join(
            [
                f"epewall {kind}",
                f"time: {now.astimezone(dt.UTC).isoformat(timespec='seconds')} "
                f"({show_local(now, seconds=True)} Vietnam)",
                f"thread: {thread or 'main'}",
                "",
                trace.rstrip("\n"),
                "",
                "versions:",
                versions.report().rstrip("\n"),
                "",
            ]
        )
        text = redact_text(body)
        temporary = folder / f".{name}.partial"
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temporary, path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        log.error("unexpected error (%s); report written to %s", kind, path.name)
        for old in report_files(folder)[:-MAX_REPORTS_KEPT]:
            old.unlink(missing_ok=True)
        return path
