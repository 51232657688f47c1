"""The probe of an ONVIF device: who it is, its services, video sources, stream and snapshot
URIs, PTZ nodes and presets, its clock, and every call's problem and time.

``probe()`` is a generator yielding ``(done, total, text)`` (the GUI drives it through
``app.workers.Job``, the CLI and tests through ``run_probe``). Only "cannot reach", "wrong
account" and "timed out" (the probe's total deadline passed) end it (``OnvifError``); any other
failing call is one of the result's ``problems``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.devices.media_profiles import (
    MediaProfile,
    VideoSource,
    media_sources,
    snapshot_uri,
    stream_uri,
)
from app.devices.onvif_client import (
    CLOCK_WARNING_S,
    DEFAULT_TIMEOUT_S,
    NS_MEDIA2,
    NS_PTZ,
    CallProblem,
    CallRecord,
    DeviceInfo,
    OnvifClient,
)
from app.devices.ptz import PtzClient, PtzError, PtzNode, PtzPreset
from app.peers import CredentialScope, Deadline
from app.workers import run_to_end

# A whole probe (a dozen calls or more) may take as long as this many calls at their timeout:
# a healthy device answers them all in a second or two; a device that answers each call just
# inside its timeout must not hold the probe for calls × timeout.
PROBE_TIMEOUT_FACTOR = 6


def _t(text: str) -> str:
    return QCoreApplication.translate("Onvif", text)


@dataclass
class DeviceProbe:
    """What one probe of a device found."""

    host: str
    port: int
    device: DeviceInfo | None = None
    services: dict[str, str] = field(default_factory=dict)  # namespace -> XAddr
    sources: list[VideoSource] = field(default_factory=list)
    ptz_nodes: list[PtzNode] = field(default_factory=list)
    ptz_presets: dict[str, list[PtzPreset]] = field(default_factory=dict)  # profile -> presets
    clock_offset_s: float | None = None  # device clock minus ours
    offset_used_for_login: bool = False
    problems: list[CallProblem] = field(default_factory=list)
    calls: list[CallRecord] = field(default_factory=list)
    seconds: float = 0.0
    # JPEG of each source's sub (else main) stream by source token, when probed with snapshots
    thumbnails: dict[str, bytes] = field(default_factory=dict, repr=False)

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def media2(self) -> bool:
        return NS_MEDIA2 in self.services

    @property
    def profiles(self) -> list[MediaProfile]:
        return [p for s in self.sources for p in s.profiles]

    @property
    def clock_warning(self) -> bool:
        return self.clock_offset_s is not None and abs(self.clock_offset_s) > CLOCK_WARNING_S

    @property
    def notes(self) -> list[str]:
        """Translated remarks for the officer (clock off, login with the device's time)."""
        out: list[str] = []
        if self.clock_warning:
            assert self.clock_offset_s is not None
            out.append(
                _t("The device's clock is {seconds:+.0f} s off.").format(
                    seconds=self.clock_offset_s
                )
            )
        if self.offset_used_for_login:
            out.append(
                _t(
                    "The device refused a login with our time; epewall logged in with the "
                    "device's own time instead. Ask the EPE to set the device's clock (NTP)."
                )
            )
        return out


# ------------------------------------------------------------------------------- the probe


def probe(
    host: str,
    port: int,
    user: str,
    password: str,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    total_timeout: float | None = None,
    snapshots: bool = False,
    cancelled: Callable[[], bool] | None = None,
    scope: CredentialScope | None = None,
) -> Generator[tuple[int, int, str], None, DeviceProbe]:
    """Probe one device: yields ``(done, total, text)``; returns a ``DeviceProbe``.

    Each call is over within ``timeout``, the whole probe within ``total_timeout`` (by default
    ``PROBE_TIMEOUT_FACTOR`` × ``timeout``). Raises OnvifError when the device cannot be
    reached, refuses the account or runs out of the total time. With ``snapshots`` the
    thumbnails are fetched too, into ``thumbnails`` (``fetch_thumbnails`` does the same
    afterwards).
    """
    started = time.monotonic()
    result = DeviceProbe(host=host, port=port)
    deadline = Deadline(total_timeout if total_timeout else PROBE_TIMEOUT_FACTOR * timeout)
    client = OnvifClient(
        host,
        port,
        user,
        password,
        timeout=timeout,
        cancelled=cancelled,
        scope=scope,
        deadline=deadline,
    )
    try:
        total = 5
        yield 0, total, _t("Connecting to {address}…").format(address=result.address)
        result.device = client.connect()
        result.clock_offset_s = client.clock_offset_s
        result.offset_used_for_login = client.offset_used_for_login
        yield 1, total, _t("Reading the device's services…")
        result.services = client.discover_services()
        yield 2, total, _t("Reading media profiles…")
        sources = media_sources(client)
        profiles = [p for s in sources for p in s.profiles]
        has_ptz = NS_PTZ in client.services
        total = 3 + len(profiles) + int(has_ptz) + (len(sources) if snapshots else 0)
        done = 3
        for profile in profiles:
            yield (
                done,
                total,
                _t("Reading the stream address of {profile}…").format(profile=profile.name),
            )
            done += 1
            profile.stream_uri = stream_uri(client, profile)
            profile.snapshot_uri = snapshot_uri(client, profile)
        result.sources = sources
        if has_ptz:
            yield done, total, _t("Reading PTZ nodes and presets…")
            done += 1
            ptz = PtzClient(client)
            result.ptz_nodes = ptz.nodes()
            for profile in profiles:
                if profile.ptz_node:
                    try:
                        result.ptz_presets[profile.token] = ptz.presets(profile.token)
                    except PtzError as exc:
                        client.problems.append(exc.problem)
        if snapshots:
            for source in sources:
                yield done, total, _t("Fetching thumbnails…")
                done += 1
                small = source.sub or source.main
                if small is not None and small.snapshot_uri:
                    picture = client.fetch_snapshot(small.snapshot_uri)
                    if picture is not None:
                        result.thumbnails[source.token] = picture
        yield total, total, _t("Done.")
    finally:
        result.problems = list(client.problems)
        result.calls = list(client.calls)
        result.seconds = time.monotonic() - started
        client.close()
    return result


def run_probe(host: str, port: int, user: str, password: str, **kwargs: Any) -> DeviceProbe:
    """``probe`` without progress, for scripts and tests."""
    return run_to_end(probe(host, port, user, password, **kwargs))


def fetch_thumbnails(
    result: DeviceProbe, user: str, password: str, timeout: float = DEFAULT_TIMEOUT_S
) -> Generator[tuple[int, int, str], None, dict[str, bytes]]:
    """The snapshot JPEG of each source's sub (or main) profile, by source token."""
    pictures: dict[str, bytes] = {}
    with OnvifClient(result.host, result.port, user, password, timeout=timeout) as client:
        for done, source in enumerate(result.sources):
            yield done, len(result.sources), _t("Fetching thumbnails…")
            profile = source.sub or source.main
            if profile is not None and profile.snapshot_uri:
                picture = client.fetch_snapshot(profile.snapshot_uri)
                if picture is not None:
                    pictures[source.token] = picture
        result.problems.extend(client.problems)
    return pictures
