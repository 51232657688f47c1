"""pytest plugin: the simulated EPE site and helpers to read its streams with FFmpeg.

``sim_site`` is one site for the whole session (read-only use); ``sim_site_factory`` starts sites a
test may kill or restart, and stops them afterwards. Polling with a deadline lives here, not in
tests.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.media.puller import with_credentials
from app.simsite.site import (
    DEFAULT_CONFIG,
    SimulatedSite,
    SiteDescription,
    current_outages,
    set_outage,
)

__all__ = ["with_credentials"]

FFPROBE = "ffprobe"
FFMPEG = "ffmpeg"
# The socket timeout FFmpeg's RTSP client uses, in microseconds, so a dead server fails fast.
RTSP_TIMEOUT_US = "5000000"
TOOL_TIMEOUT_S = 30.0


def wait_until(
    predicate: Callable[[], bool], timeout: float = 10.0, what: str = "condition"
) -> None:
    """Poll ``predicate`` until it holds; fail the test with ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.05)


@dataclass(frozen=True)
class Probe:
    """What ffprobe saw (or why it saw nothing)."""

    returncode: int
    stderr: str
    codec: str = ""
    width: int = 0
    height: int = 0
    fps: float = 0.0


def probe_stream(url: str) -> Probe:
    """ffprobe the first video stream of an RTSP URL over TCP (as epewall's player does)."""
    result = subprocess.run(
        [
            FFPROBE,
            "-v",
            "error",
            "-rtsp_transport",
            "tcp",
            "-timeout",
            RTSP_TIMEOUT_US,
            "-select_streams",
            "v:0",
            "-show_entries",
            "stream=codec_name,width,height,r_frame_rate",
            "-of",
            "json",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=TOOL_TIMEOUT_S,
        check=False,
    )
    if result.returncode != 0:
        return Probe(result.returncode, result.stderr)
    streams = json.loads(result.stdout).get("streams", [])
    if not streams:
        return Probe(result.returncode, result.stderr + "\n(no video stream)")
    stream = streams[0]
    num, _, den = str(stream.get("r_frame_rate", "0/1")).partition("/")
    fps = float(num) / float(den or 1) if float(den or 1) else 0.0
    return Probe(
        result.returncode,
        result.stderr,
        codec=str(stream.get("codec_name", "")),
        width=int(stream.get("width", 0)),
        height=int(stream.get("height", 0)),
        fps=fps,
    )


def grab_gray_frame(url: str, width: int = 64, height: int = 36) -> bytes:
    """One decoded frame, scaled down to ``width``x``height`` 8-bit grey pixels."""
    result = subprocess.run(
        [
            FFMPEG,
            "-v",
            "error",
            "-rtsp_transport",
            "tcp",
            "-timeout",
            RTSP_TIMEOUT_US,
            "-i",
            url,
            "-frames:v",
            "1",
            "-vf",
            f"scale={width}:{height}",
            "-pix_fmt",
            "gray",
            "-f",
            "rawvideo",
            "-",
        ],
        capture_output=True,
        timeout=TOOL_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert len(result.stdout) == width * height
    return result.stdout


@pytest.fixture(scope="session")
def sim_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteDescription]:
    """The built-in demo site, started once per session; stopped at the end."""
    site = SimulatedSite(workdir=tmp_path_factory.mktemp("simsite"))
    description = site.start()
    try:
        yield description
    finally:
        site.stop()


SiteFactory = Callable[..., SimulatedSite]


@pytest.fixture
def sim_site_factory(tmp_path: Path) -> Iterator[SiteFactory]:
    """``make(config=None, ports_from=None, start=True)`` → a SimulatedSite this test owns."""
    sites: list[SimulatedSite] = []

    def make(
        config: Path | None = None,
        ports_from: SiteDescription | None = None,
        start: bool = True,
    ) -> SimulatedSite:
        site = SimulatedSite(
            config=config, workdir=tmp_path / f"site{len(sites)}", ports_from=ports_from
        )
        sites.append(site)
        if start:
            site.start()
        return site

    try:
        yield make
    finally:
        for site in sites:
            site.stop()


def sim_outage(
    site: SimulatedSite | SiteDescription, epe: str, mode: str, camera: int | None = None
) -> list[dict[str, object]]:
    """Take camera ``camera`` (diagram number) of EPE ``epe`` (name or tax ID), or the whole EPE
    (all its cameras and its ONVIF device) down now, in ``mode``: "refused", "silent",
    "wrong_account", "no_picture"; "none" brings it back. Returns every outage in force.

    Use a site the test owns (``sim_site_factory``), not the session's ``sim_site``.
    """
    description = site.description if isinstance(site, SimulatedSite) else site
    return set_outage(description, epe, mode, camera)


@contextmanager
def sim_outage_during(
    site: SimulatedSite | SiteDescription, epe: str, mode: str, camera: int | None = None
) -> Iterator[None]:
    """``sim_outage`` for the ``with`` block; back to "none" afterwards."""
    sim_outage(site, epe, mode, camera)
    try:
        yield
    finally:
        sim_outage(site, epe, "none", camera)


def clear_outages(site: SimulatedSite | SiteDescription) -> None:
    """Bring every camera and EPE of the site back up."""
    description = site.description if isinstance(site, SimulatedSite) else site
    for outage in current_outages(description):
        camera = outage["camera"]
        set_outage(
            description, str(outage["epe"]), "none", camera if isinstance(camera, int) else None
        )


def config_with_gate_traffic(folder: Path, tax_id: str, traffic: dict[str, object]) -> Path:
    """The default site's configuration with ``traffic`` as the gate traffic of the EPE
    ``tax_id``, written to ``folder/site.json`` for ``sim_site_factory(config=...)``."""
    data = json.loads(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    epe = next(e for e in data["epes"] if e["tax_id"] == tax_id)
    epe["gate_traffic"] = traffic
    config = folder / "site.json"
    config.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return config
