"""The simulated EPE site behaves like a set of real EPE sites: digest accounts per EPE, main and
sub streams as described, distinct moving pictures, clean stop, restart on the same ports."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from stdnum.vn import mst

from app.domain import CameraPosition, ConnectionMethod, RiskLevel
from app.simsite.site import (
    DEFAULT_CONFIG,
    SimCamera,
    SimEpe,
    SimSiteError,
    SiteDescription,
    StreamSpec,
)
from tests.helpers.sim_fixtures import (
    FFMPEG,
    SiteFactory,
    grab_gray_frame,
    probe_stream,
    wait_until,
    with_credentials,
)

pytestmark = pytest.mark.e2e

MANDATORY_POSITIONS = {
    CameraPosition.GATE,
    CameraPosition.STORAGE_DOOR,
    CameraPosition.STORAGE_YARD,
    CameraPosition.INSIDE_STORAGE,
}
# Decision 247 I.1.3: EPEs licensed before this day are exempt from Appendix I.
APPENDIX_I_EXEMPT_BEFORE = dt.date(2021, 4, 25)


def _url(epe: SimEpe, url: str) -> str:
    return with_credentials(url, epe.user, epe.password)


def _streams(epe: SimEpe, cameras: tuple[SimCamera, ...]) -> Iterator[tuple[str, str, StreamSpec]]:
    for cam in cameras:
        yield f"{epe.name} camera {cam.diagram_number} main", cam.main_url, cam.main
        yield f"{epe.name} camera {cam.diagram_number} sub", cam.sub_url, cam.sub


def _alive(pid: int) -> bool:
    """True while the process exists and is not a zombie waiting for its reaper."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            text = (task / "children").read_text()
        except FileNotFoundError:
            continue  # the thread ended between the listing and the read: it has no children left
        found.update(int(child) for child in text.split())
    return found


def test_streams_have_the_described_codec_size_and_frame_rate(sim_site: SiteDescription) -> None:
    first, *others = sim_site.epes
    wanted = list(_streams(first, first.cameras))
    for epe in others:
        wanted += _streams(epe, epe.cameras[:1])
    seen: dict[str, tuple[str, int, int, float]] = {}
    expected: dict[str, tuple[str, int, int, float]] = {}
    owners = {epe.name: epe for epe in sim_site.epes}
    urls = [_url(owners[label.split(" camera ")[0]], url) for label, url, _spec in wanted]
    # Two at a time: ffprobe mostly waits for frames, and the machine has two cores.
    with ThreadPoolExecutor(max_workers=2) as pool:
        probes = list(pool.map(probe_stream, urls))
    for (label, _, spec), probe in zip(wanted, probes, strict=True):
        seen[label] = (probe.codec, probe.width, probe.height, probe.fps)
        expected[label] = (spec.codec, spec.width, spec.height, float(spec.fps))
    assert seen == expected


# The one EPE whose cameras fall short of Appendix I, so the compliance check has a failure to find.
NON_COMPLIANT_TAX_ID = "3703218453"


def test_main_stream_meets_appendix_i_and_sub_stream_is_small(sim_site: SiteDescription) -> None:
    for epe in sim_site.epes:
        for cam in epe.cameras:
            expected = (1280, 720, 15) if epe.tax_id == NON_COMPLIANT_TAX_ID else (1920, 1080, 30)
            assert (cam.main.width, cam.main.height, cam.main.fps) == expected
            assert cam.main.codec in {"h264", "h265", "mjpeg"}
            assert cam.sub.width * cam.sub.height < cam.main.width * cam.main.height


@pytest.mark.parametrize("account", ["none", "wrong password", "another EPE's account"])
def test_stream_refuses_a_missing_or_wrong_account(sim_site: SiteDescription, account: str) -> None:
    first, second = sim_site.epes[0], sim_site.epes[1]
    url = first.cameras[0].main_url
    if account == "wrong password":
        url = with_credentials(url, first.user, first.password + "x")
    elif account == "another EPE's account":
        url = with_credentials(url, second.user, second.password)
    probe = probe_stream(url)
    assert probe.returncode != 0
    assert "401 Unauthorized" in probe.stderr


def test_description_holds_no_credentials_in_any_url(sim_site: SiteDescription) -> None:
    urls: list[str] = []

    def collect(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)
        elif isinstance(node, str) and "://" in node:
            urls.append(node)

    collect(sim_site.raw)
    assert len(urls) >= 2 * sum(len(epe.cameras) for epe in sim_site.epes)
    for url in urls:
        parts = urlsplit(url)
        assert parts.username is None and parts.password is None, url
        assert "@" not in parts.netloc, url
    for epe in sim_site.epes:
        assert all(epe.password not in url for url in urls)


def test_demo_site_has_realistic_epes(sim_site: SiteDescription) -> None:
    assert len(sim_site.epes) == 4
    assert len({epe.rtsp_port for epe in sim_site.epes}) == 4, "one server per EPE"
    assert len({epe.user for epe in sim_site.epes}) == 4, "one account per EPE"
    licensed = []
    for epe in sim_site.epes:
        assert mst.is_valid(epe.tax_id), epe.tax_id
        assert not epe.name.isascii(), "Vietnamese names carry diacritics"
        assert epe.address and epe.sub_department and epe.contact_person and epe.contact_phone
        ConnectionMethod(epe.connection)
        RiskLevel(epe.risk_level)
        assert epe.licence_date and epe.established_date
        licensed.append(dt.date.fromisoformat(epe.licence_date))
        dt.date.fromisoformat(epe.established_date)
        assert 4 <= len(epe.cameras) <= 6
        positions = {CameraPosition(cam.position) for cam in epe.cameras}
        assert positions >= MANDATORY_POSITIONS, epe.name
        numbers = [cam.diagram_number for cam in epe.cameras]
        assert len(set(numbers)) == len(numbers)
        assert all(cam.name for cam in epe.cameras)
    assert any(day < APPENDIX_I_EXEMPT_BEFORE for day in licensed)
    assert any(day >= APPENDIX_I_EXEMPT_BEFORE for day in licensed)


def test_cameras_show_different_pictures(sim_site: SiteDescription) -> None:
    epe = sim_site.epes[0]
    with ThreadPoolExecutor(max_workers=2) as pool:
        one, two = pool.map(grab_gray_frame, [_url(epe, c.sub_url) for c in epe.cameras[:2]])
    mean_difference = sum(abs(a - b) for a, b in zip(one, two, strict=True)) / len(one)
    assert mean_difference > 20


def test_picture_moves(sim_site: SiteDescription) -> None:
    epe = sim_site.epes[0]
    url = _url(epe, epe.cameras[0].sub_url)
    # Frames 0 and 10 of one session: 2/3 s apart at 15 fps, without waiting in the test.
    result = subprocess.run(
        [FFMPEG, "-v", "error", "-rtsp_transport", "tcp", "-i", url]
        + ["-vf", r"select=eq(n\,0)+eq(n\,10),scale=64:36", "-fps_mode", "passthrough"]
        + ["-frames:v", "2", "-pix_fmt", "gray", "-f", "rawvideo", "-"],
        capture_output=True,
        timeout=30,
        check=True,
    )
    size = 64 * 36
    assert len(result.stdout) == 2 * size
    first, later = result.stdout[:size], result.stdout[size:]
    changed = sum(1 for a, b in zip(first, later, strict=True) if abs(a - b) > 16)
    assert changed > size // 20


def test_sigterm_while_watched_exits_0_and_leaves_no_process(sim_site_factory: SiteFactory) -> None:
    site = sim_site_factory()
    epe = site.description.epes[0]
    pid = site.pid
    assert pid is not None
    viewer = subprocess.Popen(
        [FFMPEG, "-v", "error", "-rtsp_transport", "tcp", "-i", _url(epe, epe.cameras[0].main_url)]
        + ["-t", "60", "-f", "null", "-"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until(lambda: "encoding started" in site.log_text(), 15, "the stream to be watched")
        children = _children(pid)
        site.stop()
        assert site.returncode == 0
        assert not _alive(pid)
        assert not [child for child in children if _alive(child)]
        assert viewer.wait(timeout=15) is not None
    finally:
        if viewer.poll() is None:
            viewer.kill()
        viewer.wait()


def test_viewers_of_one_stream_share_one_encoder(sim_site_factory: SiteFactory) -> None:
    site = sim_site_factory()
    epe = site.description.epes[0]
    url = _url(epe, epe.cameras[0].main_url)
    viewer = subprocess.Popen(
        [FFMPEG, "-v", "error", "-rtsp_transport", "tcp", "-i", url, "-t", "60", "-f", "null", "-"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until(lambda: "encoding started" in site.log_text(), 30, "the first viewer")
        assert probe_stream(url).codec == "h264"
        assert site.log_text().count("client connected") == 2
        assert site.log_text().count("encoding started") == 1
        assert "encoding stopped" not in site.log_text()
    finally:
        viewer.kill()
        viewer.wait()


def test_unwatched_stream_stops_encoding(sim_site_factory: SiteFactory) -> None:
    site = sim_site_factory()
    epe = site.description.epes[0]
    assert probe_stream(_url(epe, epe.cameras[0].main_url)).codec == "h264"
    assert "encoding started" in site.log_text()
    stopped = f"encoding stopped: {epe.name} camera 1 main"
    wait_until(
        lambda: stopped in site.log_text(),
        10,
        "the pipeline to be torn down after the last client left",
    )


def test_description_is_private_and_removed_on_stop(sim_site_factory: SiteFactory) -> None:
    site = sim_site_factory()
    path = site.description_path
    assert path is not None
    assert path.stat().st_mode & 0o777 == 0o600
    site.stop()
    assert not path.exists()


def test_killed_site_restarts_on_the_same_ports(sim_site_factory: SiteFactory) -> None:
    site = sim_site_factory()
    old = site.description
    epe = old.epes[2]
    url = _url(epe, epe.cameras[0].main_url)
    assert probe_stream(url).codec == "h264"
    site.kill()
    assert not site.running
    assert probe_stream(url).returncode != 0
    again = sim_site_factory(ports_from=old)
    assert [e.rtsp_port for e in again.description.epes] == [e.rtsp_port for e in old.epes]
    # The cameras' URLs (their outage fronts) too: they are what the registry keeps.
    assert [c.main_url for e in again.description.epes for c in e.cameras] == [
        c.main_url for e in old.epes for c in e.cameras
    ]
    assert probe_stream(url).codec == "h264"


# The parent starts the site from its main thread, or from a worker thread that has ended by the
# time we look (as a GUI job would): the site must outlive that thread but not the process.
PARENT_CODE = """
import sys, threading
from pathlib import Path
from app.simsite.site import SimulatedSite
site = SimulatedSite(workdir=Path(sys.argv[1]))
if sys.argv[2] == "worker":
    worker = threading.Thread(target=site.start)
    worker.start()
    worker.join()
else:
    site.start()
print(site.description.pid, flush=True)
sys.stdin.read()
"""


@pytest.mark.parametrize("thread", ["main", "worker"])
def test_site_stops_when_its_parent_dies(tmp_path: Path, thread: str) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT_CODE, str(tmp_path / "site"), thread],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert parent.stdout is not None
        line = parent.stdout.readline()
        assert line.strip().isdigit(), "the parent could not start the site"
        server_pid = int(line)
        description = SiteDescription.load(tmp_path / "site" / "site.json")
        epe = description.epes[0]
        assert probe_stream(_url(epe, epe.cameras[0].sub_url)).codec == "h264"
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
        wait_until(lambda: not _alive(server_pid), 10, "the orphaned site to stop")
    finally:
        if parent.poll() is None:
            parent.kill()
        parent.wait()
        for stream in (parent.stdin, parent.stdout):
            if stream is not None:
                stream.close()


def test_h265_and_mjpeg_cameras(tmp_path: Path, sim_site_factory: SiteFactory) -> None:
    config = json.loads(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    epe = config["epes"][2]
    epe["cameras"] = [
        {**epe["cameras"][0], "main": {"codec": "h265"}, "sub": {"codec": "h265"}},
        {**epe["cameras"][1], "main": {"codec": "mjpeg"}, "sub": {"codec": "mjpeg"}},
    ]
    config["epes"] = [epe]
    path = tmp_path / "codecs.json"
    path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    site = sim_site_factory(config=path)
    sim = site.description.epes[0]
    seen = {}
    for label, url, _spec in _streams(sim, sim.cameras):
        probe = probe_stream(_url(sim, url))
        seen[label] = (probe.codec, probe.width, probe.height, probe.fps)
    name = sim.name
    assert seen == {
        f"{name} camera 1 main": ("hevc", 1920, 1080, 30.0),
        f"{name} camera 1 sub": ("hevc", 640, 360, 15.0),
        f"{name} camera 2 main": ("mjpeg", 1920, 1080, 30.0),
        f"{name} camera 2 sub": ("mjpeg", 640, 360, 15.0),
    }


def test_bad_configuration_is_reported(tmp_path: Path, sim_site_factory: SiteFactory) -> None:
    config = json.loads(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    config["epes"][0]["cameras"][0]["main"] = {"codec": "vp8"}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    site = sim_site_factory(config=path, start=False)
    with pytest.raises(SimSiteError, match="codec") as caught:
        site.start()
    assert "exit code 2" in str(caught.value)
    for epe in config["epes"]:
        assert epe["account"]["password"] not in str(caught.value)


def _gstreamer_without(plugin: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make GStreamer in child processes see the system's plugins except ``plugin``, as on a
    machine where its Debian package is not installed (own registry, so nothing cached leaks in)."""
    inspected = subprocess.run(
        ["gst-inspect-1.0", "videotestsrc"], capture_output=True, text=True, check=True
    )
    found = re.search(r"^\s*Filename\s+(\S+)", inspected.stdout, re.MULTILINE)
    assert found, inspected.stdout
    system = Path(found.group(1)).parent
    folder.mkdir()
    for path in system.iterdir():
        if path.name != plugin:
            (folder / path.name).symlink_to(path)
    monkeypatch.setenv("GST_PLUGIN_SYSTEM_PATH_1_0", str(folder))
    monkeypatch.setenv("GST_REGISTRY_1_0", str(folder.with_name("registry.bin")))
    for name in ("GST_PLUGIN_PATH", "GST_PLUGIN_PATH_1_0", "GST_PLUGIN_SYSTEM_PATH"):
        monkeypatch.delenv(name, raising=False)


def test_a_camera_whose_encoder_is_missing_is_refused_by_name(
    tmp_path: Path, sim_site_factory: SiteFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without gstreamer1.0-libav an MPEG-4 camera cannot be served: the site says so at start,
    naming the element and the package, instead of serving a camera that never answers."""
    _gstreamer_without("libgstlibav.so", tmp_path / "plugins", monkeypatch)
    config = json.loads(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    epe = config["epes"][0]
    epe["cameras"] = [
        {**epe["cameras"][0], "main": {"codec": "h264"}, "sub": {"codec": "h264"}},
        {**epe["cameras"][1], "main": {"codec": "mpeg4"}, "sub": {"codec": "mpeg4"}},
    ]
    config["epes"] = [epe]
    path = tmp_path / "mpeg4.json"
    path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")

    site = sim_site_factory(config=path, start=False)
    with pytest.raises(SimSiteError) as caught:
        site.start(timeout=30)
    message = str(caught.value)
    assert f"{epe['name']} camera 2 main stream (mpeg4)" in message
    assert "avenc_mpeg4 is missing; install the Debian package gstreamer1.0-libav" in message
    assert "camera 1 " not in message, "the H.264 camera has everything it needs"
    assert epe["account"]["password"] not in message
    assert site.returncode == 4
    assert not site.running

    # The same GStreamer serves a site whose cameras need nothing from the missing package.
    epe["cameras"] = epe["cameras"][:1]
    path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    served = sim_site_factory(config=path).description.epes[0]
    assert probe_stream(_url(served, served.cameras[0].sub_url)).codec == "h264"
