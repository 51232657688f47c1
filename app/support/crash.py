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

import datetime as dt
import hashlib
import logging
import os
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from app import paths
from app.logs import redact_url
from app.safe_text import printable
from app.support import versions
from app.timekeeping import show_local, utc_now

log = logging.getLogger(__name__)

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
        ``before``: Qt's last messages before it, oldest first."""
        text = message + (f"\n(at {where})" if where else "") + "\n"
        if before:
            text += "\nQt's messages before it:\n" + "\n".join(before) + "\n"
        return self._write("qt-fatal:" + message, "fatal error from Qt", text, "")

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
