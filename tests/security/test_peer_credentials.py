"""Issue 12.1: the EPE's account never reaches a host the device names, nor any host as Basic.

Each hostile loopback server records every byte it receives; the canary password must not be
among them, neither as text nor as the base64 of a Basic header.
"""

from __future__ import annotations

import base64
import secrets

import pytest

from app.devices.compliance import measure_frame_rate
from app.devices.onvif_client import NS_MEDIA, CallFailedError, OnvifClient
from app.media.failures import StreamFailure
from app.media.puller import Puller, StreamInfo, TsPipe
from app.peers import CredentialScope
from tests.helpers.faulty_servers import basic_challenge, hostile_server, redirect_to

USER = "customs"


@pytest.fixture
def canary() -> str:
    return "canary-" + secrets.token_hex(6)


def assert_never_arrived(received: bytes, canary: str) -> None:
    basic = base64.b64encode(f"{USER}:{canary}".encode())
    assert canary.encode() not in received
    assert basic not in received
    assert b"Basic " not in received.replace(b"WWW-Authenticate: Basic", b"")


def test_the_fps_sample_does_not_answer_an_rtsp_basic_challenge(canary: str) -> None:
    with hostile_server(basic_challenge) as server:
        url = f"rtsp://127.0.0.1:{server.port}/Streaming/Channels/101"
        scope = CredentialScope.of(["127.0.0.1"])
        assert measure_frame_rate(url, USER, canary, 1.0, open_timeout=3.0, scope=scope) is None
        assert server.connections >= 1  # it was asked, without the account
    assert_never_arrived(bytes(server.received), canary)


def test_the_fps_sample_sends_nothing_to_a_host_the_device_names(canary: str) -> None:
    with hostile_server(basic_challenge, host="127.0.0.2") as server:
        url = f"rtsp://127.0.0.2:{server.port}/live"
        scope = CredentialScope.of(["127.0.0.1"])
        assert measure_frame_rate(url, USER, canary, 1.0, open_timeout=3.0, scope=scope) is None
    assert server.connections == 0
    assert_never_arrived(bytes(server.received), canary)


class _Listener:
    def __init__(self) -> None:
        self.failures: list[tuple[StreamFailure, str]] = []

    def puller_opened(self, info: StreamInfo) -> None: ...
    def puller_stats(self, fps: float, kbps: float, dropped: int) -> None: ...
    def puller_ended(self) -> None: ...

    def puller_failed(self, failure: StreamFailure, detail: str) -> None:
        self.failures.append((failure, detail))


@pytest.mark.parametrize("allowed", [False, True])
def test_the_wall_answers_basic_only_for_an_epe_marked_so(canary: str, allowed: bool) -> None:
    with hostile_server(basic_challenge) as server:
        listener = _Listener()
        puller = Puller(
            f"rtsp://127.0.0.1:{server.port}/live",
            lambda: (USER, canary),
            TsPipe(),
            listener,
            open_timeout=3.0,
            stall_timeout=3.0,
            allow_basic=allowed,
        )
        puller.start()
        puller.join(timeout=10)
        assert not puller.is_alive()
    received = bytes(server.received)
    if allowed:  # the officer marked this EPE as needing Basic: FFmpeg answers it
        assert base64.b64encode(f"{USER}:{canary}".encode()) in received
    else:
        assert listener.failures[0][0] is StreamFailure.CLEARTEXT_REFUSED
        assert_never_arrived(received, canary)


def test_a_snapshot_asking_for_basic_gets_no_password(canary: str) -> None:
    with hostile_server(basic_challenge) as server:
        client = OnvifClient("127.0.0.1", server.port, USER, canary, timeout=3.0)
        assert client.fetch_snapshot(f"{server.url}/snapshot.jpg") is None
        assert "clear text" in client.problems[-1].message
    assert server.connections == 1
    assert_never_arrived(bytes(server.received), canary)


def test_a_snapshot_on_another_host_gets_no_account(canary: str) -> None:
    with hostile_server(basic_challenge, host="127.0.0.2") as server:
        client = OnvifClient("127.0.0.1", 80, USER, canary, timeout=3.0)
        assert client.fetch_snapshot(f"{server.url}/snapshot.jpg") is None
        assert "127.0.0.2" in client.problems[-1].message
    assert server.connections == 0


def test_a_soap_redirect_to_another_host_is_not_followed(canary: str) -> None:
    with hostile_server(basic_challenge, host="127.0.0.2") as thief:
        target = f"{thief.url}/onvif/device_service"
        with hostile_server(redirect_to(target)) as device:
            client = OnvifClient("127.0.0.1", device.port, USER, canary, timeout=3.0)
            with pytest.raises(CallFailedError):
                client.call("device", "GetDeviceInformation")
    assert thief.connections == 0  # the WS-Security token went nowhere else
    assert device.connections == 1


def test_an_xaddr_on_another_host_is_called_at_the_device(canary: str) -> None:
    with (
        hostile_server(basic_challenge, host="127.0.0.2") as thief,
        hostile_server(basic_challenge) as device,
    ):
        client = OnvifClient("127.0.0.1", device.port, USER, canary, timeout=3.0)
        # What GetServices of a device behind NAT, or a hostile one, tells us.
        client.services[NS_MEDIA] = f"{thief.url}/onvif/media_service"
        with pytest.raises(CallFailedError):
            client.call("media", "GetProfiles")
    assert thief.connections == 0
    assert b"/onvif/media_service" in bytes(device.received)
