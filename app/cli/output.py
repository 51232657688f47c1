"""What every command-line handler says, and how it stops with a message and an exit code."""

from __future__ import annotations

import sys


def say(text: str = "") -> None:
    print(text, flush=True)


def complain(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


class CommandRefused(Exception):  # noqa: N818 - it is what the user sees happen, not a bug
    """Ends the command with a message for the user (``str()``, translated) and an exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code
