"""PTZ: pan, tilt and zoom of an EPE camera through its ONVIF device, and which cameras have it.

A camera added from its device records the media profile that steers it (``EXTRA_PTZ_PROFILE``,
"" for a fixed camera); a camera known to come from an ONVIF device whose PTZ was never recorded
is asked once (``discover_ptz``). Every call blocks: the wall runs them on the camera's own job
queue through a ``PtzSession`` (widgets/wall/ptz.py), so one dead EPE holds up no other camera.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.devices.media_profiles import media_sources
from app.devices.onvif_client import (
    NS_PTZ,
    CallFailedError,
    CallProblem,
    OnvifClient,
    as_float,
    as_int,
    field_text,
    get_field,
    open_session,
    parse_address,
)
from app.domain import (
    EXTRA_MAIN_PROFILE,
    EXTRA_ONVIF_ADDRESS,
    EXTRA_ONVIF_SOURCE,
    EXTRA_PTZ_PROFILE,
    Camera,
)

# Shorter than a probe's: an officer holding an arrow key wants the camera to answer now.
CALL_TIMEOUT_S = 4.0

# The EPE's account, asked for at the moment a session opens (it may have changed meanwhile).
Credentials = Callable[[], tuple[str, str]]


@dataclass(frozen=True)
class PtzPreset:
    token: str
    name: str
    pan: float | None = None
    tilt: float | None = None
    zoom: float | None = None


@dataclass(frozen=True)
class PtzNode:
    token: str
    name: str
    max_presets: int
    home_supported: bool


@dataclass(frozen=True)
class PtzStatus:
    pan: float
    tilt: float
    zoom: float
    moving: bool


class PtzError(Exception):
    """A PTZ command failed; ``str()`` is translated."""

    def __init__(self, problem: CallProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


# ------------------------------------------------------------------------------- commands


class PtzClient:
    """PTZ commands through a logged-in client (``open_session``); velocities in -1..1."""

    def __init__(self, client: OnvifClient) -> None:
        self.client = client

    def nodes(self) -> list[PtzNode]:
        """The device's PTZ nodes; a failure is one of the client's problems, not an error."""
        return [
            PtzNode(
                token=str(get_field(n, "token") or ""),
                name=field_text(n, "Name"),
                max_presets=as_int(get_field(n, "MaximumNumberOfPresets")),
                home_supported=bool(get_field(n, "HomeSupported")),
            )
            for n in (self.client.try_call("ptz", "GetNodes") or [])
        ]

    def presets(self, profile_token: str) -> list[PtzPreset]:
        out = []
        for preset in self._command("GetPresets", ProfileToken=profile_token) or []:
            position = get_field(preset, "PTZPosition")
            pan_tilt, zoom = get_field(position, "PanTilt"), get_field(position, "Zoom")
            out.append(
                PtzPreset(
                    token=str(get_field(preset, "token") or ""),
                    name=field_text(preset, "Name"),
                    pan=as_float(get_field(pan_tilt, "x")),
                    tilt=as_float(get_field(pan_tilt, "y")),
                    zoom=as_float(get_field(zoom, "x")),
                )
            )
        return out

    def _command(self, operation: str, **params: Any) -> Any:
        """A PTZ command: failures raise PtzError (the officer asked for it)."""
        try:
            return self.client.call("ptz", operation, **params)
        except CallFailedError as failed:
            raise PtzError(failed.problem) from None

    def move(
        self,
        profile_token: str,
        pan: float,
        tilt: float,
        zoom: float = 0.0,
        timeout_s: float | None = None,
    ) -> None:
        """Start a continuous move; ``stop`` ends it, and so does ``timeout_s`` if given."""
        params: dict[str, Any] = {
            "ProfileToken": profile_token,
            "Velocity": {"PanTilt": {"x": pan, "y": tilt}, "Zoom": {"x": zoom}},
        }
        if timeout_s is not None:
            params["Timeout"] = dt.timedelta(seconds=timeout_s)
        self._command("ContinuousMove", **params)

    def stop(self, profile_token: str) -> None:
        self._command("Stop", ProfileToken=profile_token, PanTilt=True, Zoom=True)

    def goto_preset(self, profile_token: str, preset_token: str) -> None:
        self._command("GotoPreset", ProfileToken=profile_token, PresetToken=preset_token)

    def set_preset(self, profile_token: str, name: str, preset_token: str | None = None) -> str:
        """Store where the camera looks as a preset; returns its token."""
        params: dict[str, Any] = {"ProfileToken": profile_token, "PresetName": name}
        if preset_token:
            params["PresetToken"] = preset_token
        return str(self._command("SetPreset", **params) or "")

    def home(self, profile_token: str) -> None:
        self._command("GotoHomePosition", ProfileToken=profile_token)

    def status(self, profile_token: str) -> PtzStatus:
        status = self._command("GetStatus", ProfileToken=profile_token)
        position = get_field(status, "Position")
        pan_tilt, zoom = get_field(position, "PanTilt"), get_field(position, "Zoom")
        move = get_field(status, "MoveStatus")
        moving = (
            "MOVING" in (str(get_field(move, "PanTilt")) + str(get_field(move, "Zoom"))).upper()
        )
        return PtzStatus(
            pan=as_float(get_field(pan_tilt, "x")) or 0.0,
            tilt=as_float(get_field(pan_tilt, "y")) or 0.0,
            zoom=as_float(get_field(zoom, "x")) or 0.0,
            moving=moving,
        )


class PtzSession:
    """One ONVIF session per camera, used only from the camera's single-thread queue: opened by
    the first command, dropped (and opened again by the next) when the device stops answering."""

    def __init__(
        self, target: PtzTarget, credentials: Credentials, timeout: float = CALL_TIMEOUT_S
    ) -> None:
        self.target = target
        self._credentials = credentials
        self._timeout = timeout
        self._ptz: PtzClient | None = None

    def client(self) -> PtzClient:
        if self._ptz is None:
            user, password = self._credentials()
            self._ptz = PtzClient(
                open_session(
                    self.target.host, self.target.port, user, password, timeout=self._timeout
                )
            )
        return self._ptz

    def run(self, what: Callable[[PtzClient, str], Any]) -> Any:
        """``what(client, profile token)`` on this camera's session."""
        try:
            return what(self.client(), self.target.profile_token)
        except PtzError:
            raise
        except Exception:
            # Unreachable or logged out: the next command starts a fresh session.
            self.drop()
            raise

    def drop(self) -> None:
        if self._ptz is not None:
            self._ptz.client.close()
            self._ptz = None


# ------------------------------------------------------------------------------- which cameras


@dataclass(frozen=True)
class PtzTarget:
    """Which device to steer and through which media profile."""

    host: str
    port: int
    profile_token: str


def ptz_target(camera: Camera) -> PtzTarget | None:
    """The PTZ target stored with a camera added from its device; None for fixed cameras."""
    profile = camera.extra.get(EXTRA_PTZ_PROFILE, "")
    address = camera.extra.get(EXTRA_ONVIF_ADDRESS, "")
    if not profile or not address:
        return None
    try:
        host, port = parse_address(address)
    except ValueError:
        return None
    return PtzTarget(host, port, profile)


@dataclass(frozen=True)
class PtzDiscovery:
    """A camera known to come from an ONVIF device whose PTZ ability was never recorded (added
    by an older epewall): asked once at run time."""

    host: str
    port: int
    source_token: str
    main_profile: str


def ptz_discovery(camera: Camera) -> PtzDiscovery | None:
    """What to ask the device, for a camera whose PTZ profile was never recorded."""
    if EXTRA_PTZ_PROFILE in camera.extra:  # recorded, "" for a fixed camera
        return None
    address = camera.extra.get(EXTRA_ONVIF_ADDRESS, "")
    source = camera.extra.get(EXTRA_ONVIF_SOURCE, "")
    main = camera.extra.get(EXTRA_MAIN_PROFILE, "")
    if not address or not (source or main):
        return None
    try:
        host, port = parse_address(address)
    except ValueError:
        return None
    return PtzDiscovery(host, port, source, main)


def discover_ptz(
    discovery: PtzDiscovery, credentials: Credentials, timeout: float = CALL_TIMEOUT_S
) -> PtzTarget | None:
    """Ask the device whether the camera's source has a PTZ profile (blocking: in a Job)."""
    user, password = credentials()
    client = open_session(discovery.host, discovery.port, user, password, timeout=timeout)
    try:
        if NS_PTZ not in client.services:
            return None
        for source in media_sources(client):
            tokens = {p.token for p in source.profiles}
            if source.token != discovery.source_token and discovery.main_profile not in tokens:
                continue
            ordered = [source.main, *source.profiles]
            for profile in ordered:
                if profile is not None and profile.ptz_node:
                    return PtzTarget(discovery.host, discovery.port, profile.token)
        return None
    finally:
        client.close()
