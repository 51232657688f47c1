"""Add from device: the video sources of a probed camera or NVR as the EPE's ``Camera`` records.

Each source becomes a choice with its main and sub profile picked (largest and smallest picture of
the same source), a name cleaned of the profile's "main"/"sub" suffix, the next free number on the
EPE's camera diagram and a position guessed from the name; the officer checks and corrects them in
the dialog (widgets/devices/add_from_device.py). A saved camera carries URLs without credentials
(Decision 247, I.1.1) and, in ``Camera.extra``, where its ONVIF device is, which source and
profiles it is and the profile that steers it, if any.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Generator, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from app.devices.media_profiles import MediaProfile, VideoSource
from app.devices.onvif_client import strip_credentials
from app.devices.probing import DeviceProbe, fetch_thumbnails, probe
from app.domain import Camera, CameraPosition, onvif_extra
from app.secrets import CredentialStore, NoPasswordError
from app.sites.registry import Registry


def _t(text: str) -> str:
    return QCoreApplication.translate("AddFromDevice", text)


# Names NVRs give their channels, in English and Vietnamese, and the position they suggest. Only
# a first guess: the officer checks each row against the EPE's diagram.
_POSITION_HINTS: list[tuple[re.Pattern[str], CameraPosition]] = [
    (re.compile(r"gate|cổng|cong\b|barrier|entrance", re.I), CameraPosition.GATE),
    (re.compile(r"door|cửa|cua kho", re.I), CameraPosition.STORAGE_DOOR),
    (re.compile(r"yard|bãi|bai\b", re.I), CameraPosition.STORAGE_YARD),
    (re.compile(r"inside|warehouse|storage|kho|store", re.I), CameraPosition.INSIDE_STORAGE),
]


def guess_position(name: str) -> CameraPosition:
    for pattern, position in _POSITION_HINTS:
        if pattern.search(name):
            return position
    return CameraPosition.OTHER


def clean_name(name: str) -> str:
    """The camera's name from its profile's: NVRs name profiles "<channel> MAIN" or
    "<channel>_mainstream", and the camera is the channel."""
    cleaned = re.sub(r"[\s_-]*(main|sub)(stream)?\s*$", "", name, flags=re.I).strip()
    return cleaned or name.strip()


@dataclass
class SourceChoice:
    """One video source found on the device and what the officer decided for it."""

    source: VideoSource
    main: MediaProfile | None
    sub: MediaProfile | None
    include: bool = True
    diagram_number: int = 1
    position: CameraPosition = CameraPosition.OTHER
    name: str = ""
    registered_as: int | None = None  # diagram number of the EPE's camera with this stream
    # Fill the EPE's camera with this diagram number from the source (its URLs, profiles and
    # PTZ), keeping its name, position and notes, instead of adding a new camera.
    update: bool = False

    @property
    def ptz_profile(self) -> str:
        for profile in (self.main, self.sub):
            if profile is not None and profile.ptz_node:
                return profile.token
        return ""

    @property
    def main_url(self) -> str:
        return self.main.stream_uri if self.main is not None else ""

    @property
    def sub_url(self) -> str:
        return self.sub.stream_uri if self.sub is not None else ""


def choices_from_probe(
    result: DeviceProbe, used_numbers: set[int], registered: dict[str, int] | None = None
) -> list[SourceChoice]:
    """A row per source: main/sub picked, the next free diagram numbers, a guessed position.

    ``registered`` maps the main stream URLs the EPE's cameras already have to their diagram
    numbers: those sources come unticked, so probing a device again adds only what is new, and
    set to update their camera if the officer ticks them.
    """
    registered = registered or {}
    taken = set(used_numbers)
    choices: list[SourceChoice] = []
    number = 1
    for source in result.sources:
        main, sub = source.main, source.sub
        known = registered.get(main.stream_uri) if main is not None else None
        if known is None:
            while number in taken:
                number += 1
            taken.add(number)
        name = clean_name(main.name if main is not None else source.token)
        choices.append(
            SourceChoice(
                source,
                main,
                sub,
                include=main is not None and known is None,
                diagram_number=known or number,
                position=guess_position(name),
                name=name,
                registered_as=known,
                update=known is not None,
            )
        )
    return choices


def check_choices(choices: list[SourceChoice], used_numbers: set[int]) -> dict[int, str]:
    """Row index → translated problem, for the ticked rows; empty when all can be saved."""
    problems: dict[int, str] = {}
    seen: dict[int, int] = {}
    for row, choice in enumerate(choices):
        if not choice.include:
            continue
        number = choice.diagram_number
        if not choice.main_url:
            problems[row] = _t("The device gave no stream address for this source.")
        elif number < 1:
            problems[row] = _t("Give the camera's number on the EPE's diagram (1 or more).")
        elif choice.update and number not in used_numbers:
            problems[row] = _t(
                'This EPE has no camera {number} to update: choose "New camera", or give the '
                "number of the camera to update."
            ).format(number=number)
        elif not choice.update and number in used_numbers:
            problems[row] = _t(
                'This EPE already has a camera with this diagram number. Choose "Update camera '
                '{number}" to fill it from the device, or give another number.'
            ).format(number=number)
        elif number in seen:
            problems[row] = _t("Two cameras cannot have the same diagram number.")
            problems.setdefault(
                seen[number], _t("Two cameras cannot have the same diagram number.")
            )
        seen.setdefault(number, row)
    return problems


def _onvif_extra(choice: SourceChoice, address: str) -> dict[str, str]:
    return onvif_extra(
        address,
        choice.source.token,
        choice.main.token if choice.main is not None else None,
        choice.sub.token if choice.sub is not None else None,
        choice.ptz_profile,
    )


def camera_from_choice(choice: SourceChoice, epe_id: int, address: str) -> Camera:
    """The registry camera for a ticked row; ``address`` is the device's host:port."""
    return Camera(
        epe_id=epe_id,
        diagram_number=choice.diagram_number,
        position=choice.position,
        name=choice.name.strip(),
        main_url=strip_credentials(choice.main_url),
        sub_url=strip_credentials(choice.sub_url),
        extra=_onvif_extra(choice, address),
    )


def camera_updated_from_choice(camera: Camera, choice: SourceChoice, address: str) -> Camera:
    """``camera`` filled from the device: its stream URLs, ONVIF profiles and PTZ ability; its
    number, name, position and notes stay as the registry has them."""
    return dataclasses.replace(
        camera,
        main_url=strip_credentials(choice.main_url),
        sub_url=strip_credentials(choice.sub_url),
        extra={**camera.extra, **_onvif_extra(choice, address)},
    )


def save_choices(
    registry: Registry, epe_id: int, address: str, choices: Iterable[SourceChoice]
) -> list[Camera]:
    """Add the ticked choices to the EPE as cameras, or update the EPE's cameras they name, all
    or none (``check_choices`` first). Returns the cameras saved, added and updated.

    Raises the registry's ValidationError or RegistryError.
    """
    existing = {c.diagram_number: c for c in registry.list_cameras(epe_id)}
    saved: list[Camera] = []
    with registry.transaction():
        for choice in choices:
            if not choice.include:
                continue
            if choice.update and choice.diagram_number in existing:
                camera = existing[choice.diagram_number]
                saved.append(
                    registry.update_camera(camera_updated_from_choice(camera, choice, address))
                )
            else:
                saved.append(registry.add_camera(camera_from_choice(choice, epe_id, address)))
    return saved


# ------------------------------------------------------------------------------- probing


@dataclass
class ProbeRequest:
    """The device to probe for an EPE, and the account: typed, or else the EPE's in the keyring."""

    host: str
    port: int
    epe_uid: str
    user: str
    typed_password: str = field(repr=False)
    cancel: threading.Event = field(default_factory=threading.Event)


def _password(request: ProbeRequest, store: CredentialStore) -> str:
    if request.typed_password:
        return request.typed_password
    password = store.get_password(request.epe_uid) if request.epe_uid else None
    if password is None:
        raise NoPasswordError(
            _t(
                "No password is stored for this EPE: type the device's password, or store the "
                "EPE's account first (Sites > Set account)."
            )
        )
    return password


def probe_for_epe(
    request: ProbeRequest, store: CredentialStore
) -> Generator[tuple[int, int, str], None, DeviceProbe]:
    """``probe`` with the request's account (blocking: in a Job); cancelled by its event."""
    password = _password(request, store)
    result: DeviceProbe = yield from probe(
        request.host, request.port, request.user, password, cancelled=request.cancel.is_set
    )
    return result


def thumbnails_for_epe(
    result: DeviceProbe, request: ProbeRequest, store: CredentialStore
) -> Generator[tuple[int, int, str], None, dict[str, bytes]]:
    """The snapshot of each source of ``result``, by source token (blocking: in a Job)."""
    password = _password(request, store)
    pictures: dict[str, bytes] = yield from fetch_thumbnails(result, request.user, password)
    return pictures
