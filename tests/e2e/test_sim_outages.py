"""Outages on demand in the simulated site, as epewall's own clients meet them: the wall's
stream path (the digest preflight of ``app.peers``, then PyAV/FFmpeg, failures named by
``app.media.puller.classify``) and the ONVIF probe. Each mode must look like the real failure it
stands for, and "none" must bring the picture back."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import av
import pytest

from app.devices.onvif_client import OnvifError, OnvifErrorKind
from app.devices.probing import run_probe
from app.media.failures import StreamFailure
from app.media.puller import StreamError, classify, guarded_url
from app.peers import CredentialScope, Deadline, PeerTimeoutError, rtsp_challenges
from app.simsite.site import DEFAULT_CONFIG, SimEpe, SimulatedSite, SiteDescription
from tests.helpers.cli import run_epewall
from tests.helpers.sim_fixtures import (
    SiteFactory,
    clear_outages,
    sim_outage,
    sim_outage_during,
    wait_until,
)

pytestmark = pytest.mark.e2e

OPEN_TIMEOUT = 3.0
SAO_VIET, HOA_BINH, DONG_PHUONG, MINH_LONG = range(4)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteDescription]:
    """A site of this module only: its outages must not reach the session's ``sim_site``."""
    running = SimulatedSite(workdir=tmp_path_factory.mktemp("outages"))
    description = running.start()
    try:
        yield description
    finally:
        running.stop()


@pytest.fixture(autouse=True)
def _all_up_again(site: SiteDescription) -> Iterator[None]:
    yield
    clear_outages(site)


# What a client that opened the stream (the camera answered DESCRIBE, SETUP, PLAY) sees when no
# frame arrives in time.
NO_PICTURE = "opened, but no picture"


def watch(epe: SimEpe, url: str) -> StreamFailure | str | None:
    """Open ``url`` as the wall's puller does: None when a picture is decoded, NO_PICTURE when the
    stream opened but no frame came, else the failure the wall would show for the opening."""
    scope = CredentialScope.of({"127.0.0.1"})
    started = time.monotonic()
    try:
        full = guarded_url(url, epe.user, epe.password, scope, OPEN_TIMEOUT)
        container = av.open(
            full,
            options={"rtsp_transport": "tcp", "probesize": "32", "analyzeduration": "0"},
            timeout=(OPEN_TIMEOUT, OPEN_TIMEOUT),
        )
    except StreamError as exc:
        return exc.failure
    except Exception as exc:
        return classify(exc, time.monotonic() - started, OPEN_TIMEOUT, False)
    with container:
        try:
            for _frame in container.decode(video=0):
                return None
        except av.error.FFmpegError:
            pass
    return NO_PICTURE


def answers(url: str) -> int:
    """The status of a DESCRIBE without credentials; PeerTimeoutError for a silent peer."""
    status, _schemes = rtsp_challenges(url, Deadline(OPEN_TIMEOUT))
    return status


def test_each_mode_fails_like_the_real_thing_and_none_brings_the_picture_back(
    site: SiteDescription,
) -> None:
    epe = site.epes[SAO_VIET]
    camera, neighbour = epe.cameras[0], epe.cameras[1]
    assert watch(epe, camera.sub_url) is None, "healthy before the outage"

    sim_outage(site, epe.tax_id, "refused", camera.diagram_number)
    with pytest.raises(ConnectionRefusedError):
        answers(camera.sub_url)
    assert watch(epe, camera.sub_url) is StreamFailure.UNREACHABLE
    assert watch(epe, neighbour.sub_url) is None, "the other cameras of the EPE still answer"

    sim_outage(site, epe.tax_id, "silent", camera.diagram_number)
    started = time.monotonic()
    with pytest.raises(PeerTimeoutError):
        answers(camera.sub_url)
    assert time.monotonic() - started >= OPEN_TIMEOUT * 0.9, "accepted, then nothing"
    assert watch(epe, camera.sub_url) is StreamFailure.TIMED_OUT

    sim_outage(site, epe.tax_id, "wrong_account", camera.diagram_number)
    assert answers(camera.sub_url) == 401
    assert watch(epe, camera.sub_url) is StreamFailure.WRONG_PASSWORD

    sim_outage(site, epe.tax_id, "no_picture", camera.diagram_number)
    assert answers(camera.sub_url) == 401, "the camera answers RTSP"
    assert watch(epe, camera.sub_url) == NO_PICTURE

    sim_outage(site, epe.tax_id, "none", camera.diagram_number)
    assert watch(epe, camera.sub_url) is None, "the picture is back"
    assert watch(epe, camera.main_url) is None


def test_a_stream_on_the_wall_stalls_when_its_link_goes_silent(site: SiteDescription) -> None:
    epe = site.epes[HOA_BINH]
    camera = epe.cameras[2]
    scope = CredentialScope.of({"127.0.0.1"})
    full = guarded_url(camera.sub_url, epe.user, epe.password, scope, OPEN_TIMEOUT)
    with av.open(
        full, options={"rtsp_transport": "tcp"}, timeout=(OPEN_TIMEOUT, OPEN_TIMEOUT)
    ) as container:
        frames = container.decode(video=0)
        next(frames)
        with sim_outage_during(site, epe.tax_id, "silent", camera.diagram_number):
            started = time.monotonic()
            with pytest.raises(av.error.FFmpegError) as stalled:
                for _frame in frames:
                    assert time.monotonic() - started < 2 * OPEN_TIMEOUT + 5, "still playing"
            failure = classify(stalled.value, time.monotonic() - started, OPEN_TIMEOUT, True)
            assert failure in (StreamFailure.STALLED, StreamFailure.BAD_REPLY)
    assert watch(epe, camera.sub_url) is None


def test_a_whole_epe_takes_its_cameras_and_its_onvif_device_down(site: SiteDescription) -> None:
    epe, other = site.epes[DONG_PHUONG], site.epes[MINH_LONG]
    first, last = epe.cameras[0], epe.cameras[-1]  # H.264 and M-JPEG

    sim_outage(site, epe.name, "refused")
    assert watch(epe, first.sub_url) is StreamFailure.UNREACHABLE
    assert watch(epe, last.sub_url) is StreamFailure.UNREACHABLE
    with pytest.raises(OnvifError) as unreachable:
        run_probe(epe.onvif_host, epe.onvif_port, epe.user, epe.password, timeout=OPEN_TIMEOUT)
    assert unreachable.value.kind is OnvifErrorKind.UNREACHABLE
    assert watch(other, other.cameras[0].sub_url) is None, "another EPE is not touched"

    sim_outage(site, epe.tax_id, "wrong_account")
    assert watch(epe, last.sub_url) is StreamFailure.WRONG_PASSWORD
    with pytest.raises(OnvifError) as refused:
        run_probe(epe.onvif_host, epe.onvif_port, epe.user, epe.password, timeout=OPEN_TIMEOUT)
    assert refused.value.kind is OnvifErrorKind.AUTH

    sim_outage(site, epe.tax_id, "none")
    assert watch(epe, first.sub_url) is None
    probe = run_probe(epe.onvif_host, epe.onvif_port, epe.user, epe.password)
    uris = {p.stream_uri for source in probe.sources for p in source.profiles}
    # The device's addresses and stream URIs go through the fronts too, so "Add from device"
    # and every later call meet the outages.
    assert first.main_url in uris
    assert all(f":{epe.onvif_port}/" in address for address in probe.services.values())


def test_epewall_sim_outage_takes_a_camera_down_and_up(site: SiteDescription) -> None:
    epe = site.epes[MINH_LONG]
    camera = epe.cameras[1]
    args = ("sim", "outage", "--site", str(site.path), "--epe", epe.name)

    done = run_epewall(*args, "--camera", str(camera.diagram_number), "--mode", "refused")
    assert done.returncode == 0, done.stderr
    assert f"EPE {epe.tax_id} camera {camera.diagram_number}: refused" in done.stdout
    assert watch(epe, camera.sub_url) is StreamFailure.UNREACHABLE

    listed = run_epewall("sim", "outages", "--site", str(site.path))
    assert listed.returncode == 0
    assert f"camera {camera.diagram_number}: refused" in listed.stdout

    unknown = run_epewall(*args, "--camera", "42", "--mode", "silent")
    assert unknown.returncode == 2
    assert "has no camera" in unknown.stderr

    back = run_epewall(*args, "--camera", str(camera.diagram_number), "--mode", "none")
    assert back.returncode == 0
    assert "No outage" in back.stdout
    assert watch(epe, camera.sub_url) is None
    assert epe.password not in done.stdout + listed.stdout + unknown.stderr + back.stdout


def test_epewall_sim_outage_says_when_there_is_no_site(tmp_path: Path) -> None:
    missing = tmp_path / "site.json"
    done = run_epewall("sim", "outage", "--site", str(missing), "--epe", "x", "--mode", "refused")
    assert done.returncode == 1
    assert "Cannot read the simulated site's description" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_outage_scheduled_in_the_site_json_starts_and_ends_on_time(
    sim_site_factory: SiteFactory, tmp_path: Path
) -> None:
    config = json.loads(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    config["outages"] = [
        {"epe": "2301275957", "camera": 4, "mode": "refused", "from": 0, "until": 4},
        {"epe": "3703218453", "mode": "silent", "from": 600},
    ]
    path = tmp_path / "site.json"
    path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    description = sim_site_factory(config=path).description
    epe = description.epe("2301275957")
    camera = epe.cameras[3]
    with pytest.raises(ConnectionRefusedError):
        answers(camera.sub_url)
    assert answers(epe.cameras[0].sub_url) == 401, "only camera 4 is down"
    assert answers(description.epe("3703218453").cameras[0].sub_url) == 401, "not yet"

    def back() -> bool:
        try:
            return answers(camera.sub_url) == 401
        except ConnectionRefusedError:
            return False

    wait_until(back, timeout=15, what="the scheduled outage to end")
    assert watch(epe, camera.sub_url) is None


def rtsp_request(port: int, request: str) -> str:
    """One RTSP request on a fresh connection; the reply's status line."""
    with socket.create_connection(("127.0.0.1", port), timeout=OPEN_TIMEOUT) as sock:
        sock.sendall(request.encode())
        reply = b""
        while b"\r\n\r\n" not in reply:
            chunk = sock.recv(4096)
            if not chunk:
                break
            reply += chunk
    return reply.decode("latin-1").partition("\r\n")[0]


def test_no_picture_asks_for_tcp_so_no_media_can_bypass_the_front(site: SiteDescription) -> None:
    epe = site.epes[HOA_BINH]
    camera = epe.cameras[0]
    url = camera.sub_url + "/stream=0"
    setup = f"SETUP {url} RTSP/1.0\r\nCSeq: 7\r\nTransport: RTP/AVP"
    udp = setup + ";unicast;client_port=5000-5001\r\n\r\n"
    tcp = setup + "/TCP;unicast;interleaved=0-1\r\n\r\n"
    assert rtsp_request(camera.front_port, udp) == "RTSP/1.0 401 Unauthorized", "healthy"

    sim_outage(site, epe.tax_id, "no_picture", camera.diagram_number)
    assert rtsp_request(camera.front_port, udp) == "RTSP/1.0 461 Unsupported Transport"
    assert rtsp_request(camera.front_port, tcp) == "RTSP/1.0 401 Unauthorized", "the server's"
