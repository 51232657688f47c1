"""Pan, tilt and zoom of a camera on the wall (Decision 953: the centre controls PTZ).

Qt cannot draw over libVLC's native window, so the controls are a strip of the tile below the
picture. Buttons and keys (arrows, + and −) start a continuous move while held and stop it on
release; presets are listed for go-to, and team leads may store the current view as a preset.
The strip is shown only for cameras that have PTZ and only to roles that may steer (view-only
partner agencies watch, they do not control).

Every ONVIF call runs on the camera's own job queue, so the GUI never waits on a device and one
dead EPE cannot hold up another camera. Which cameras have PTZ, and the commands themselves, are
app/devices/ptz.py's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from app.devices.onvif_client import OnvifError
from app.devices.ptz import (
    Credentials,
    PtzClient,
    PtzDiscovery,
    PtzError,
    PtzPreset,
    PtzSession,
    PtzTarget,
    discover_ptz,
)
from app.officers.profiles import Action, Role, can
from app.workers import Job, JobQueue

log = logging.getLogger(__name__)

SPEED = 0.5  # of the device's full speed: fast enough to turn, slow enough to aim
ZOOM_SPEED = 0.5
# A move is sent with this timeout and repeated while held, so a lost "stop" (network drop,
# crash) leaves the camera still after a few seconds instead of turning forever.
MOVE_TIMEOUT_S = 4.0
MOVE_REPEAT_MS = 2500
# Below this width (a tile of a 3x3 or 4x4 wall) the strip keeps the arrows and zoom, and the
# preset list becomes a ★ button with the list as its menu.
COMPACT_WIDTH = 360


class PtzController(QObject):
    """PTZ commands for one camera, queued on the camera's own worker thread."""

    presets_changed = Signal(list)  # list[PtzPreset]
    failed = Signal(str)  # translated, secret-free
    command_done = Signal(str)  # the command's name, once the device accepted it
    # What the officer asked for (command, details), once per command and not per resend of a
    # held move: this is what the audit trail records.
    commanded = Signal(str, dict)

    def __init__(
        self, target: PtzTarget, credentials: Credentials, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.target = target
        self._session = PtzSession(target, credentials)
        self.queue = JobQueue(f"ptz {target.host}:{target.port}/{target.profile_token}", self)
        self.presets: list[PtzPreset] = []
        self._velocity: tuple[float, float, float] | None = None
        self._repeat = QTimer(self)
        self._repeat.setInterval(MOVE_REPEAT_MS)
        self._repeat.timeout.connect(self._send_move)

    @property
    def moving(self) -> bool:
        return self._velocity is not None

    def move(self, pan: float, tilt: float, zoom: float = 0.0) -> None:
        """Start (or change) a continuous move; it lasts until ``stop()``."""
        if self._velocity != (pan, tilt, zoom):
            self.commanded.emit("move", {"pan": pan, "tilt": tilt, "zoom": zoom})
        self._velocity = (pan, tilt, zoom)
        self._send_move()
        self._repeat.start()

    def stop(self) -> None:
        if self._velocity is None:
            return
        self._velocity = None
        self._repeat.stop()
        self.commanded.emit("stop", {})
        self._submit("stop", lambda c, p: c.stop(p))

    def goto_preset(self, preset_token: str) -> None:
        self.commanded.emit("goto_preset", {"preset": preset_token})
        self._submit("goto", lambda c, p: c.goto_preset(p, preset_token))

    def home(self) -> None:
        self.commanded.emit("home", {})
        self._submit("home", lambda c, p: c.home(p))

    def set_preset(self, name: str) -> None:
        """Store where the camera looks now under ``name`` (team leads), then reload the list."""
        self.commanded.emit("set_preset", {"name": name})
        self._submit("set_preset", lambda c, p: c.set_preset(p, name))
        self.load_presets()

    def load_presets(self) -> None:
        job = self._submit("presets", lambda c, p: c.presets(p))
        job.signals.succeeded.connect(self._on_presets)

    def shutdown(self) -> None:
        self._repeat.stop()
        if self._velocity is not None:
            self.stop()
        self._submit("close", lambda _c, _p: self._session.drop(), connect=False)

    def _send_move(self) -> None:
        if self._velocity is None:
            return
        pan, tilt, zoom = self._velocity
        self._submit("move", lambda c, p: c.move(p, pan, tilt, zoom, timeout_s=MOVE_TIMEOUT_S))

    def _submit(
        self, name: str, what: Callable[[PtzClient, str], Any], connect: bool = True
    ) -> Job:
        job = Job(self._session.run, what) if connect else Job(what, None, "")
        job.signals.failed.connect(self._on_failed)
        job.signals.succeeded.connect(lambda _r: self.command_done.emit(name))
        return self.queue.submit(job)

    def _on_presets(self, presets: list[PtzPreset]) -> None:
        self.presets = list(presets)
        self.presets_changed.emit(self.presets)

    def _on_failed(self, exc: BaseException) -> None:
        failure = getattr(exc, "failure", None)  # the account provider's StreamError
        if isinstance(exc, PtzError | OnvifError):
            self.failed.emit(str(exc))
        elif failure is not None and hasattr(failure, "label"):
            self.failed.emit(str(failure.label()))
        else:
            log.info("PTZ command failed: %s", type(exc).__name__)
            self.failed.emit(
                self.tr("The camera did not accept the command ({0}).").format(type(exc).__name__)
            )


RoleProvider = Callable[[], Role | None]

# Key → (pan, tilt, zoom) direction.
_KEYS: dict[int, tuple[float, float, float]] = {
    Qt.Key.Key_Left: (-SPEED, 0.0, 0.0),
    Qt.Key.Key_Right: (SPEED, 0.0, 0.0),
    Qt.Key.Key_Up: (0.0, SPEED, 0.0),
    Qt.Key.Key_Down: (0.0, -SPEED, 0.0),
    Qt.Key.Key_Plus: (0.0, 0.0, ZOOM_SPEED),
    Qt.Key.Key_Equal: (0.0, 0.0, ZOOM_SPEED),  # "+" without Shift on most layouts
    Qt.Key.Key_Minus: (0.0, 0.0, -ZOOM_SPEED),
}


def _strip_style(compact: bool) -> str:
    padding = 2 if compact else 5
    return (
        "#ptzStrip { background: #22272e; }"
        "#ptzStrip:focus { background: #2d3a4d; }"
        f"#ptzStrip QToolButton {{ color: #e6edf3; border: none; padding: 0 {padding}px; }}"
        "#ptzStrip QToolButton:hover, #ptzStrip QToolButton:pressed { background: #444c56; }"
        "#ptzStrip QLabel { color: #f0b72f; }"
    )


class PtzStrip(QWidget):
    """The PTZ controls of one tile. Keyboard works while the strip (or its tile) has focus."""

    def __init__(
        self, controller: PtzController, role: RoleProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._role = role
        self._held_key: int | None = None
        self.setObjectName("ptzStrip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(_strip_style(compact=False))
        # Text arrows: the style's arrow icons are dark and vanish on the dark strip.
        self.left = self._hold_button("ptzLeft", "◀", (-SPEED, 0.0, 0.0))
        self.right = self._hold_button("ptzRight", "▶", (SPEED, 0.0, 0.0))
        self.up = self._hold_button("ptzUp", "▲", (0.0, SPEED, 0.0))
        self.down = self._hold_button("ptzDown", "▼", (0.0, -SPEED, 0.0))
        self.zoom_in = self._hold_button("ptzZoomIn", "+", (0.0, 0.0, ZOOM_SPEED))
        self.zoom_out = self._hold_button("ptzZoomOut", "−", (0.0, 0.0, -ZOOM_SPEED))
        self.home_button = self._button("ptzHome")
        self.home_button.clicked.connect(controller.home)
        self.presets = QComboBox(self)
        self.presets.setObjectName("ptzPresets")
        self.presets.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.presets.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.presets.setMinimumContentsLength(6)
        self.presets.activated.connect(self._on_preset_chosen)
        self.save_preset_button = self._button("ptzSavePreset")
        self.save_preset_button.clicked.connect(self.ask_preset_name)
        # In a small tile the preset list would shrink to a letter: a button with the list as
        # its menu takes its place.
        self.preset_button = self._button("ptzPresetMenu")
        self.preset_button.setText("★")
        self.preset_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.preset_menu = QMenu(self.preset_button)
        self.preset_menu.setObjectName("ptzPresetList")
        self.preset_button.setMenu(self.preset_menu)
        self.preset_button.hide()
        self._compact = False
        self.message = QLabel(self)
        self.message.setObjectName("ptzMessage")
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(1)
        for widget in (
            self.left,
            self.up,
            self.down,
            self.right,
            self.zoom_out,
            self.zoom_in,
            self.home_button,
            self.presets,
            self.preset_button,
            self.save_preset_button,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.message, 1)
        self._clear_message = QTimer(self)
        self._clear_message.setSingleShot(True)
        self._clear_message.setInterval(8000)
        self._clear_message.timeout.connect(self.message.clear)
        controller.presets_changed.connect(self._show_presets)
        controller.failed.connect(self._show_failure)
        self._show_presets(controller.presets)
        self._retranslate()
        self.refresh_permissions()

    # -- public -------------------------------------------------------------------------------
    def refresh_permissions(self) -> None:
        """Show the strip only to roles that may steer; preset saving only to team leads."""
        role = self._role()
        allowed = role is not None and can(role, Action.PTZ)
        if not allowed:
            self.controller.stop()
        self.setVisible(allowed)
        self._show_for_width()
        if allowed and not self.controller.presets:
            self.controller.load_presets()

    @property
    def is_compact(self) -> bool:
        return self._compact

    def _show_for_width(self) -> None:
        compact = self._compact
        self.setStyleSheet(_strip_style(compact))
        self.presets.setVisible(not compact)
        self.preset_button.setVisible(compact)
        self.save_preset_button.setVisible(not compact and self._role() is Role.TEAM_LEAD)
        self.home_button.setText("⌂" if compact else self.tr("Home"))
        self.message.setVisible(not compact)

    def resizeEvent(self, event: QResizeEvent) -> None:
        compact = event.size().width() < COMPACT_WIDTH
        if compact != self._compact:
            self._compact = compact
            self._show_for_width()
        super().resizeEvent(event)

    def take_focus_from(self, widget: QWidget) -> None:
        """A click on ``widget`` (the tile's picture) gives the keys to this strip."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and self.isVisible():
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        return False

    def ask_preset_name(self) -> None:
        if self._role() is not Role.TEAM_LEAD:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Save preset"), self.tr("Name of the current view:")
        )
        if ok and name.strip():
            self.controller.set_preset(name.strip())

    # -- keys and buttons -----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _KEYS:
            if not event.isAutoRepeat() and self._held_key != key:
                self._held_key = key
                self.controller.move(*_KEYS[key])
            event.accept()
        elif key == Qt.Key.Key_Home and not event.isAutoRepeat():
            self.controller.home()
            event.accept()
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in _KEYS:
            if not event.isAutoRepeat() and event.key() == self._held_key:
                self._held_key = None
                self.controller.stop()
            event.accept()
        else:
            super().keyReleaseEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        # A key released while another window has focus never reaches us: stop now.
        if self._held_key is not None:
            self._held_key = None
            self.controller.stop()
        super().focusOutEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.controller.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _hold_button(
        self, name: str, glyph: str, velocity: tuple[float, float, float]
    ) -> QToolButton:
        button = self._button(name)
        button.setText(glyph)
        button.pressed.connect(lambda: self.controller.move(*velocity))
        button.released.connect(self.controller.stop)
        return button

    def _button(self, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def _on_preset_chosen(self, index: int) -> None:
        token = self.presets.itemData(index)
        if token:
            self.controller.goto_preset(str(token))

    def _show_presets(self, presets: list[PtzPreset]) -> None:
        current = self.presets.currentData()
        self.presets.clear()
        self.presets.addItem(self.tr("Presets…"), "")
        for preset in presets:
            self.presets.addItem(preset.name or preset.token, preset.token)
        index = self.presets.findData(current) if current else 0
        self.presets.setCurrentIndex(max(index, 0))
        self.presets.setEnabled(bool(presets))
        self.preset_menu.clear()
        for preset in presets:
            action = self.preset_menu.addAction(preset.name or preset.token)
            action.triggered.connect(
                lambda _checked=False, token=preset.token: self.controller.goto_preset(token)
            )
        self.preset_button.setEnabled(bool(presets))

    def _show_failure(self, message: str) -> None:
        self.message.setText(message)
        self.message.setToolTip(message)
        self.setToolTip(message)  # a small tile hides the message line; the tooltip keeps it
        self._clear_message.start()

    def _retranslate(self) -> None:
        self.left.setToolTip(self.tr("Pan left (hold; key ←)"))
        self.right.setToolTip(self.tr("Pan right (hold; key →)"))
        self.up.setToolTip(self.tr("Tilt up (hold; key ↑)"))
        self.down.setToolTip(self.tr("Tilt down (hold; key ↓)"))
        self.zoom_in.setToolTip(self.tr("Zoom in (hold; key +)"))
        self.zoom_out.setToolTip(self.tr("Zoom out (hold; key −)"))
        self.home_button.setText("⌂" if self._compact else self.tr("Home"))
        self.home_button.setToolTip(self.tr("Go to the home position (key Home)"))
        self.save_preset_button.setText(self.tr("Save…"))
        self.save_preset_button.setToolTip(self.tr("Save the current view as a preset"))
        self.presets.setToolTip(self.tr("Go to a preset"))
        self.preset_button.setToolTip(self.tr("Go to a preset"))
        if self.presets.count():
            self.presets.setItemText(0, self.tr("Presets…"))


TargetLookup = Callable[[int], tuple[PtzTarget | PtzDiscovery, Credentials] | None]


class PtzAttacher(QObject):
    """Gives every tile of ``wall`` whose camera has PTZ a strip (the wall builds its tiles).

    ``lookup(camera_id)`` says how to reach the camera's PTZ (or what to ask its device, once,
    in a worker), or None for a fixed camera; ``role()`` is the current officer's role.
    Controllers live here, one per camera, so a camera's queue and ONVIF session survive its
    tile being rebuilt.
    """

    commanded = Signal(int, str, dict)  # camera id, command, details (see PtzController)

    def __init__(
        self, wall: QWidget, lookup: TargetLookup, role: RoleProvider, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._wall = wall
        self._lookup = lookup
        self._role = role
        self.controllers: dict[int, PtzController] = {}
        self.discovered: dict[int, PtzTarget | None] = {}  # camera id → what its device said
        self._asking: set[int] = set()
        self._discovery_queues: dict[tuple[str, int], JobQueue] = {}
        self._sweep_timer = QTimer(self)
        self._sweep_timer.setSingleShot(True)
        self._sweep_timer.setInterval(0)
        self._sweep_timer.timeout.connect(self.sweep)
        wall.installEventFilter(self)
        self.sweep()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._wall and event.type() == QEvent.Type.ChildAdded:
            self._sweep_timer.start()  # the child is still being constructed
        return False

    def strips(self) -> list[PtzStrip]:
        return [s for t in self._tiles() if (s := t.findChild(PtzStrip)) is not None]

    def sweep(self) -> None:
        for tile in self._tiles():
            if tile.property("ptzChecked"):
                continue
            tile.setProperty("ptzChecked", True)
            found = self._lookup(tile.camera_id)
            if found is None:
                continue
            where, credentials = found
            if isinstance(where, PtzDiscovery):
                if tile.camera_id in self.discovered:
                    known = self.discovered[tile.camera_id]
                    if known is not None:
                        self._attach(tile, known, credentials)
                else:
                    self._discover(tile.camera_id, where, credentials)
            else:
                self._attach(tile, where, credentials)

    def _attach(self, tile: Any, target: PtzTarget, credentials: Credentials) -> None:
        if tile.findChild(PtzStrip) is not None:
            return
        controller = self.controllers.get(tile.camera_id)
        if controller is None or controller.target != target:
            if controller is not None:
                controller.shutdown()
            controller = PtzController(target, credentials, self)
            controller.commanded.connect(
                lambda command, details, camera_id=tile.camera_id: self.commanded.emit(
                    camera_id, command, details
                )
            )
            self.controllers[tile.camera_id] = controller
        strip = PtzStrip(controller, self._role, tile)
        tile.add_control_strip(strip)
        strip.take_focus_from(tile.surface)

    def _discover(self, camera_id: int, discovery: PtzDiscovery, credentials: Credentials) -> None:
        if camera_id in self._asking:
            return
        self._asking.add(camera_id)
        device = (discovery.host, discovery.port)
        queue = self._discovery_queues.get(device)
        if queue is None:  # one queue per device: a dead NVR holds up only its own cameras
            queue = self._discovery_queues[device] = JobQueue(f"ptz discovery {device}", self)
        job = Job(discover_ptz, discovery, credentials)
        job.signals.succeeded.connect(
            lambda target: self._discovered(camera_id, target, credentials)
        )
        job.signals.finished.connect(lambda: self._asking.discard(camera_id))
        queue.submit(job)

    def _discovered(
        self, camera_id: int, target: PtzTarget | None, credentials: Credentials
    ) -> None:
        # A failure (device unreachable) is not remembered: the next tile of the camera asks.
        self.discovered[camera_id] = target
        if target is None:
            return
        for tile in self._tiles():
            if tile.camera_id == camera_id:
                self._attach(tile, target, credentials)

    def refresh_permissions(self, _officer: object = None) -> None:
        """After a login, logout or officer switch (the slot of officer_changed)."""
        for strip in self.strips():
            strip.refresh_permissions()

    def shutdown(self) -> None:
        for controller in self.controllers.values():
            controller.shutdown()
        for queue in self._discovery_queues.values():
            queue.cancel_all()

    def wait(self, msecs: int) -> None:
        """Wait for every PTZ and discovery call under way (tests, closing)."""
        for queue in [
            *(c.queue for c in self.controllers.values()),
            *self._discovery_queues.values(),
        ]:
            queue.wait(msecs)

    def _tiles(self) -> list[Any]:
        tiles = getattr(self._wall, "tiles", None)
        return list(tiles()) if callable(tiles) else []
