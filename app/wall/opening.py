"""The order in which tiles shown together start their streams: row by row, left to right.

Sixteen tiles that start at the same instant make sixteen RTSP handshakes, probes and libVLC
opens compete for two cores, and every tile's first picture waits for the slowest (issue 17: up to
2.7 s). Started a few tens of milliseconds apart in reading order, the first tiles get their
pictures at once and the wall fills the way the eye reads it, top left to bottom right. The first
request of a batch starts at once; no tile waits longer than its place in the queue.

QtCore only: the wall (widgets/wall) asks, the tile's stream starts.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QTimer

# Apart enough that a handshake and a libVLC open do not overlap the next tile's much; a 4x4 wall
# is fully asked for within 0.4 s.
DEFAULT_SPACING_MS = 25


class OpenQueue(QObject):
    """Starts what is asked for in the same pass of the event loop in reading order
    (``place``: (row, column)), one every ``spacing_ms``; a request may be withdrawn before its
    turn (a tile hidden or released), and asking again for the same ``who`` replaces the request.
    """

    def __init__(self, spacing_ms: int = DEFAULT_SPACING_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._spacing_ms = spacing_ms
        self._pending: dict[Hashable, tuple[tuple[int, int], int, Callable[[], None]]] = {}
        self._asked = 0  # keeps the order of asking among equal places
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)
        self._idle = True  # nothing started within the last spacing: the next may go at once

    def request(self, who: Hashable, place: tuple[int, int], start: Callable[[], None]) -> None:
        self._asked += 1
        self._pending[who] = (place, self._asked, start)
        if self._idle and not self._timer.isActive():
            # Wait for the rest of this pass (a layout shows all its tiles in one), then go.
            self._timer.start(0)

    def cancel(self, who: Hashable) -> None:
        self._pending.pop(who, None)

    def waiting(self) -> int:
        return len(self._pending)

    def _next(self) -> None:
        if not self._pending:
            self._idle = True
            return
        who = min(self._pending, key=lambda key: self._pending[key][:2])
        _place, _order, start = self._pending.pop(who)
        self._idle = False
        start()
        self._timer.start(self._spacing_ms)
