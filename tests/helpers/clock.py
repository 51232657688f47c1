"""Clocks a test moves on by hand, for code that takes its clock as an argument.

Waiting for real time would make the tests slow and flaky; the services under test take a
``clock`` callable precisely so that a test can say "four minutes later" in one line.
"""

from __future__ import annotations

import datetime as dt


class Clock:
    """The wall-clock time a service sees: an aware UTC datetime, moved on by the test."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start  # through the setter: the zone is checked and made UTC

    @property
    def now(self) -> dt.datetime:
        return self._now

    @now.setter
    def now(self, when: dt.datetime) -> None:
        # A naive time would compare wrongly with the UTC times the services store.
        if when.tzinfo is None:
            raise ValueError("the test clock needs an aware datetime")
        self._now = when.astimezone(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self._now

    def advance(self, **delta: float) -> None:
        """Move on by ``datetime.timedelta(**delta)``, e.g. ``advance(minutes=3)``."""
        self._now += dt.timedelta(**delta)


class MonotonicClock:
    """A stand-in for ``time.monotonic``: seconds as a float, moved on by the test."""

    def __init__(self, start: float = 100.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
