"""Where the manager's devices, snapshots and polls come from: the registry and the keyring.

Blocking (keyring, SQLite, devices): call from a worker or the command line, never the GUI
thread.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.devices.media_profiles import media_sources
from app.devices.onvif_client import (
    NS_MEDIA,
    OnvifClient,
    OnvifError,
    field_text,
    parse_address,
    strip_credentials,
)
from app.domain import EXTRA_MAIN_PROFILE, EXTRA_ONVIF_SOURCE, Epe
from app.peers import CredentialScope
from app.recorders import make_recorder
from app.recorders.base import RecorderError, RecorderSettings
from app.recorders.store import load_recorder
from app.secrets import CredentialStore, SecretsError
from app.sites.hosts import registered_hosts
from app.sites.registry import Registry
from app.warnings.manager import DeviceTarget, Occurrence, Poller, SnapshotProblemError
from app.warnings.pullpoint import EventsError, EventsFailure
from app.warnings.topics import WarningKind

SNAPSHOT_TIMEOUT_S = 8.0


def _t(text: str) -> str:
    return QCoreApplication.translate("Warnings", text)


@dataclass(frozen=True)
class SkippedEpe:
    epe_name: str
    reason: str  # translated


def targets_from_registry(
    registry: Registry, credentials: CredentialStore, epe_ids: set[int] | None = None
) -> tuple[list[DeviceTarget], list[SkippedEpe]]:
    """A target for each EPE with an ONVIF device and a stored account; the others, with why."""
    targets: list[DeviceTarget] = []
    skipped: list[SkippedEpe] = []
    for epe in registry.list_epes():
        assert epe.id is not None
        if epe_ids is not None and epe.id not in epe_ids:
            continue
        target = _target(registry, credentials, epe, skipped)
        if target is not None:
            targets.append(target)
    return targets, skipped


def _target(
    registry: Registry, credentials: CredentialStore, epe: Epe, skipped: list[SkippedEpe]
) -> DeviceTarget | None:
    assert epe.id is not None
    if not epe.onvif_address.strip():
        skipped.append(SkippedEpe(epe.name, _t("No ONVIF device is registered for the EPE.")))
        return None
    try:
        host, port = parse_address(epe.onvif_address)
    except ValueError as exc:
        skipped.append(SkippedEpe(epe.name, str(exc)))
        return None
    try:
        password = credentials.get_password(epe.uid)
    except SecretsError as exc:
        skipped.append(SkippedEpe(epe.name, str(exc)))
        return None
    if not password or not epe.account_user:
        skipped.append(SkippedEpe(epe.name, _t("No account of the EPE is stored.")))
        return None
    cameras: dict[str, int] = {}
    camera_ids: dict[int, int] = {}
    profiles: dict[int, str] = {}
    for camera in registry.list_cameras(epe.id):
        assert camera.id is not None
        camera_ids[camera.diagram_number] = camera.id
        source = str(camera.extra.get(EXTRA_ONVIF_SOURCE) or "")
        if source:
            cameras[source] = camera.diagram_number
        profile = str(camera.extra.get(EXTRA_MAIN_PROFILE) or "")
        if profile:
            profiles[camera.diagram_number] = profile
    scope = CredentialScope.of(registered_hosts(registry, epe.id), epe.allow_basic_auth)
    return DeviceTarget(
        epe_id=epe.id,
        epe_name=epe.name,
        host=host,
        port=port,
        user=epe.account_user,
        password=password,
        scope=scope,
        cameras=cameras,
        camera_ids=camera_ids,
        profiles=profiles,
    )


def onvif_snapshot(target: DeviceTarget, camera_number: int) -> bytes:
    """The camera's picture now, from the device's snapshot URI (JPEG)."""
    client = OnvifClient(
        target.host,
        target.port,
        target.user,
        target.password,
        timeout=SNAPSHOT_TIMEOUT_S,
        scope=target.scope,
    )
    try:
        client.connect()
        client.discover_services()
        if NS_MEDIA not in client.services:
            raise SnapshotProblemError(_t("The device does not offer this service."))
        profile = target.profiles.get(camera_number, "")
        if not profile:
            for source in media_sources(client):
                token = source.token
                if target.cameras.get(token) == camera_number or token.endswith(
                    f"_{camera_number}"
                ):
                    main = source.main
                    profile = main.token if main is not None else ""
                    break
        if not profile:
            raise SnapshotProblemError(_t("The device names no profile for this camera."))
        answer = client.try_call("media", "GetSnapshotUri", ProfileToken=profile)
        uri = strip_credentials(field_text(answer, "Uri"))
        picture = client.fetch_snapshot(uri) if uri else None
        if picture is None:
            problem = client.problems[-1].message if client.problems else ""
            raise SnapshotProblemError(problem or _t("The snapshot could not be fetched."))
        return picture
    except OnvifError as exc:
        raise SnapshotProblemError(str(exc)) from None
    finally:
        client.close()


def recorder_poller(registry: Registry) -> Poller:
    """Polls the EPE's recorder for motion (its event search), for devices without PullPoint.

    The recorder settings are read now; the poll itself runs on the device's thread.
    """
    settings: dict[int, RecorderSettings] = {}
    for epe in registry.list_epes():
        assert epe.id is not None
        found = load_recorder(registry, epe.id)
        if found is not None:
            settings[epe.id] = found

    def poll(target: DeviceTarget, start: dt.datetime, end: dt.datetime) -> list[Occurrence]:
        chosen = settings.get(target.epe_id)
        if chosen is None:
            raise EventsError(
                EventsFailure.UNSUPPORTED,
                _t("The device has no event subscriptions and the EPE has no recorder."),
            )
        recorder = make_recorder(chosen, target.user, target.password)
        out: list[Occurrence] = []
        for number in sorted(target.camera_ids):
            try:
                result = recorder.search(number, start, end)
            except RecorderError as exc:
                raise EventsError(EventsFailure.UNREACHABLE, str(exc)) from None
            for event in result.events:
                if event.kind == "motion" and start <= event.start < end:
                    out.append(
                        Occurrence(target, WarningKind.MOTION, number, event.start, "recorder")
                    )
        return out

    return poll
