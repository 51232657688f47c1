"""What every command-line handler says, and how it stops with a message and an exit code.

Everything a command prints goes through ``say`` or ``complain``: text from devices, recorders,
CSV files and the registry may hold ESC sequences, CR, backspace, NUL or bidi overrides that would
repaint the terminal (a fake "PASS" line); they are shown as visible escapes
(``app.safe_text.printable``). The stored data stays exact."""

from __future__ import annotations

import sys

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
