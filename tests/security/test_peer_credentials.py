"""Issue 12.1: the EPE's account never reaches a host the device names, nor any host as Basic.

Each hostile loopback server records every byte it receives; the canary password must not be
among them, neither as text nor as the base64 of a Basic header.
"""

from __future__ import annotations

import base64
import datetime as dt
import secrets
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.devices.compliance import measure_frame_rate
from app.devices.onvif_client import NS_MEDIA, CallFailedError, OnvifClient
from app.domain import Epe
from app.media.failures import StreamFailure
from app.media.puller import Puller, StreamInfo, TsPipe
from app.officers.profiles import Officer, Role
from app.peers import CredentialScope
from app.playback.investigation import Investigation, SearchFound
from app.recorders import make_recorder
from app.recorders.base import RecorderKind, RecorderSettings
from app.rotation.ledger import Ledger
from app.secrets import CredentialStore
from app.sites.registry import Registry
from tests.helpers.faulty_servers import basic_challenge, hostile_server, redirect_to
from widgets.sites.camera_dialog import CameraDialog
from widgets.sites.connection_test import ConnectionTestDialog

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


def _answered_basic(received: bytes, canary: str) -> bool:
    return base64.b64encode(f"{USER}:{canary}".encode()) in received


@pytest.fixture
def marked_epe(registry: Registry, canary: str, request: pytest.FixtureRequest) -> Iterator[Epe]:
    """An EPE whose keyring password is the canary; marked "devices need Basic" or not."""
    epe = registry.add_epe(
        Epe(
            name="Công ty TNHH Kiểm thử",
            tax_id="0100233488",
            account_user=USER,
            allow_basic_auth=request.param,
        )
    )
    store = CredentialStore()
    store.set_password(epe.uid, canary)
    yield epe
    store.delete_password(epe.uid)


@pytest.mark.parametrize("marked_epe", [False, True], indirect=True)
def test_the_connection_test_answers_basic_only_for_an_epe_marked_so(
    qtbot: QtBot, registry: Registry, marked_epe: Epe, canary: str
) -> None:
    with hostile_server(basic_challenge) as server:
        assert marked_epe.id is not None
        dialog = CameraDialog(registry, epe_id=marked_epe.id, store=CredentialStore())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.main_url, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.main_url, f"rtsp://127.0.0.1:{server.port}/Streaming/Channels/101")
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        test = dialog.connection_test
        assert isinstance(test, ConnectionTestDialog)
        qtbot.waitUntil(lambda: test.finished_all, timeout=30_000)
        test.close()
    received = bytes(server.received)
    if marked_epe.allow_basic_auth:  # the officer marked this EPE as needing Basic
        assert _answered_basic(received, canary)
    else:
        assert StreamFailure.CLEARTEXT_REFUSED.label() in test.results.text()
        assert_never_arrived(received, canary)


@pytest.mark.parametrize("marked_epe", [False, True], indirect=True)
def test_a_vendor_replay_answers_basic_only_for_an_epe_marked_so(
    qtbot: QtBot, registry: Registry, marked_epe: Epe, canary: str
) -> None:
    with hostile_server(basic_challenge) as server:
        settings = RecorderSettings(
            RecorderKind.HIKVISION, "127.0.0.1", http_port=server.port, rtsp_port=server.port
        )
        officer = Officer("HQ0107", "Nguyễn Thị Lan", Role.OFFICER)
        investigation = Investigation(registry, CredentialStore(), Ledger(registry))
        now = dt.datetime.now(dt.UTC)
        request = investigation.search_request(
            officer, marked_epe, settings, [1], now - dt.timedelta(minutes=5), now
        )
        found = SearchFound(request, make_recorder(settings, USER, canary), {})
        session = investigation.session(found, [(1, "Cổng chính")])
        session.open(now - dt.timedelta(seconds=30))
        stream = session.tracks[1].stream
        if marked_epe.allow_basic_auth:
            qtbot.waitUntil(lambda: _answered_basic(bytes(server.received), canary), timeout=20_000)
        else:
            qtbot.waitUntil(
                lambda: stream.status.failure is StreamFailure.CLEARTEXT_REFUSED, timeout=20_000
            )
        session.close()
    if not marked_epe.allow_basic_auth:
        assert_never_arrived(bytes(server.received), canary)
