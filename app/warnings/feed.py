"""The manager's news as a Qt signal, for the warnings dock (QtCore only).

``WarningsManager`` calls its listener on its writer thread; ``WarningFeed.listener`` only emits,
so a slot connected on the GUI thread runs there (a queued connection), never on the writer's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.warnings.store import DeviceWarning


class WarningFeed(QObject):
    # the warning as stored now, and whether it is new (False: a storm's count went up)
    arrived = Signal(object, bool)

    def listener(self, warning: DeviceWarning, new: bool) -> None:
        self.arrived.emit(warning, new)
