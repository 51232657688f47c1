"""The hosts the registry knows for an EPE: where its cameras, its ONVIF device and its recorder
are. One answer for every rule that must tell "a device of this EPE" from any other host (which
account may be sent where, which address a check may contact)."""

from __future__ import annotations

from collections.abc import Iterable

from app.devices.onvif_client import parse_address
from app.domain import EXTRA_ONVIF_ADDRESS, Camera
from app.peers import url_host
from app.recorders.store import load_recorder
from app.sites.registry import Registry


def _host_of_address(address: str) -> str:
    if not address.strip():
        return ""
    try:
        return parse_address(address)[0].lower()
    except ValueError:
        return ""


def hosts_of(cameras: Iterable[Camera], addresses: Iterable[str] = ()) -> frozenset[str]:
    """The hosts of ``cameras`` (stream URLs, the ONVIF device each was added from) and of
    ``addresses`` ("host:port" or URLs: the EPE's ONVIF device, its recorder), lower case."""
    hosts: set[str] = set()
    for camera in cameras:
        hosts.add(url_host(camera.main_url))
        hosts.add(url_host(camera.sub_url))
        hosts.add(_host_of_address(camera.extra.get(EXTRA_ONVIF_ADDRESS, "")))
    hosts.update(url_host(a) if "://" in a else _host_of_address(a) for a in addresses)
    hosts.discard("")
    return frozenset(hosts)


def registered_hosts(registry: Registry, epe_id: int) -> frozenset[str]:
    """Every host registered for the EPE, lower case: its cameras' stream URL hosts, the ONVIF
    device a camera was added from, the EPE's ONVIF address and its recorder's host.

    Raises KeyError when the EPE is not in the registry.
    """
    epe = registry.get_epe(epe_id)
    recorder = load_recorder(registry, epe_id)
    addresses = [epe.onvif_address, recorder.host if recorder is not None else ""]
    return hosts_of(registry.list_cameras(epe_id), addresses)
