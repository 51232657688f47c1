"""Wall > "Read the gate cameras live": while it is checked (setting
``declarations/live_gate_reading``, off by default), every gate camera on the wall is read live by
``app.declarations.live`` (its own decode of the sub stream, about a frame a second, codes stored
with ``source="live"``); a gate camera leaving the wall, or unchecking, stops its reader.

The main window makes one ``LiveGateControl`` with its wall and Wall menu, calls ``retranslate``
when the language changes and ``stop`` when it closes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app import settings
from app.declarations.live import LiveGateReading, LiveTarget, is_gate, live_target
from app.secrets import CredentialStore
from app.sites.registry import Registry
from widgets.wall.wall import WallWidget


class LiveGateControl(QObject):
    def __init__(
        self,
        registry: Registry,
        store: CredentialStore,
        settings_: settings.Settings,
        wall: WallWidget,
        menu: QMenu,
        reading: LiveGateReading | None = None,
    ) -> None:
        super().__init__(menu)
        self._registry = registry
        self._store = store
        self._settings = settings_
        self._wall = wall
        self.reading = reading or LiveGateReading(registry)
        self.action = QAction(self)
        self.action.setObjectName("liveGateReading")
        self.action.setCheckable(True)
        self.action.setChecked(settings_.get(settings.GATE_LIVE_READING))
        self.action.toggled.connect(self._toggled)
        menu.addSeparator()
        menu.addAction(self.action)
        wall.channels_changed.connect(self.follow_wall)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Read the &gate cameras live (containers, plates)"))
        self.action.setStatusTip(
            self.tr(
                "Read container numbers and plates from the gate cameras on the wall and keep "
                "them for the reconciliation"
            )
        )

    def _toggled(self, on: bool) -> None:
        self._settings.set(settings.GATE_LIVE_READING, on)
        self.follow_wall()

    def targets(self) -> list[LiveTarget]:
        """The gate cameras on the wall, with what their readers need (registry reads only)."""
        found: list[LiveTarget] = []
        for camera_id in self._wall.channel_states():
            try:
                camera = self._registry.get_camera(camera_id)
                if not is_gate(camera):
                    continue
                epe = self._registry.get_epe(camera.epe_id)
                found.append(live_target(self._registry, self._store, epe, camera))
            except KeyError:
                continue  # deleted while on the wall
        return found

    def follow_wall(self) -> None:
        self.reading.follow(self.targets() if self.action.isChecked() else [])

    def stop(self) -> None:
        """The window closes: the readers are told to stop, the window does not wait."""
        self.reading.stop_all(wait=False)
