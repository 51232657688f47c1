"""The hosts the registry knows for an EPE: where its cameras, its ONVIF device and its recorder
are. One answer for every rule that must tell "a device of this EPE" from any other host (which
account may be sent where, which address a check may contact)."""

from __future__ import annotations

import urllib.parse

from app.devices.onvif_client import parse_address
from app.domain import EXTRA_ONVIF_ADDRESS
from app.recorders.store import load_recorder
from app.sites.registry import Registry


def _host_of_url(url: str) -> str:
    try:
        return (urllib.parse.urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


def _host_of_address(address: str) -> str:
    if not address.strip():
        return ""
    try:
        return parse_address(address)[0].lower()
    except ValueError:
        return ""


def registered_hosts(registry: Registry, epe_id: int) -> frozenset[str]:
    """Every host registered for the EPE, lower case: its cameras' stream URL hosts, the ONVIF
    device a camera was added from, the EPE's ONVIF address and its recorder's host.

    Raises KeyError when the EPE is not in the registry.
    """
    epe = registry.get_epe(epe_id)
    hosts = {_host_of_address(epe.onvif_address)}
    for camera in registry.list_cameras(epe_id):
        hosts.add(_host_of_url(camera.main_url))
        hosts.add(_host_of_url(camera.sub_url))
        hosts.add(_host_of_address(camera.extra.get(EXTRA_ONVIF_ADDRESS, "")))
    recorder = load_recorder(registry, epe_id)
    if recorder is not None:
        hosts.add(recorder.host.strip().lower())
    hosts.discard("")
    return frozenset(hosts)
