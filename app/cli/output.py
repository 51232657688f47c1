"""What every command-line handler says, and how it stops with a message and an exit code.

Everything a command prints goes through ``say`` or ``complain``: text from devices, recorders,
CSV files and the registry may hold ESC sequences, CR, backspace, NUL or bidi overrides that would
repaint the terminal (a fake "PASS" line); they are shown as visible escapes
(``app.safe_text.printable``). The stored data stays exact."""

from __future__ import annotations

import contextlib
import sys
from typing import TextIO

from app.safe_text import printable


def say(text: str = "") -> None:
    print(printable(text), flush=True)


def complain(text: str) -> None:
    print(printable(text), file=sys.stderr, flush=True)


class CommandRefused(Exception):  # noqa: N818 - it is what the user sees happen, not a bug
    """Ends the command with a message for the user (``str()``, translated) and an exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def _utf8(stream: TextIO) -> None:
    # A redirected stream on Windows uses the ANSI code page, which has no room for Vietnamese.
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    reconfigure = getattr(stream, "reconfigure", None)
    if encoding != "utf8" and reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(encoding="utf-8")


def utf8_streams() -> None:
    """Standard output and error in UTF-8, whatever the console's code page."""
    _utf8(sys.stdout)
    _utf8(sys.stderr)
