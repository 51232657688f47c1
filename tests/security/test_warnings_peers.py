"""Device warnings against hostile devices: where the account goes, how long a call may take."""

from __future__ import annotations

import time

import pytest

from app.simsite.config import HOST
from app.simsite.onvif_server import OnvifServer, SimChannel, SimDevice, SimStream
from app.warnings.pullpoint import EventsError, EventsFailure, PullPointClient, Subscription
from tests.helpers.faulty_servers import faulty_server, hostile_server, trickle

USER, PASSWORD = "hq_saoviet", "SaoViet2016xk"


def test_a_subscription_on_another_host_is_pulled_at_the_device_not_there() -> None:
    def record(server: object, conn: object) -> None:
        server.read_head(conn)  # type: ignore[attr-defined]

    with hostile_server(record, host="127.0.0.2") as thief:
        stream = SimStream(640, 360, 15, "h264")
        channel = SimChannel(1, "Cổng", stream, stream, f"rtsp://{HOST}/101", f"rtsp://{HOST}/102")
        elsewhere = f"http://127.0.0.2:{thief.port}/onvif/Events/PullPoint/stolen"
        reply = (
            '<?xml version="1.0"?><s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" '
            'xmlns:tev="http://www.onvif.org/ver10/events/wsdl" '
            'xmlns:wsa="http://www.w3.org/2005/08/addressing"><s:Body>'
            "<tev:CreatePullPointSubscriptionResponse><tev:SubscriptionReference><wsa:Address>"
            f"{elsewhere}</wsa:Address></tev:SubscriptionReference>"
            "</tev:CreatePullPointSubscriptionResponse></s:Body></s:Envelope>"
        )
        device = SimDevice(USER, PASSWORD, [channel], hourly_motion=False)
        device.replies = {"CreatePullPointSubscription": reply}
        with OnvifServer(device) as server:
            client = PullPointClient(HOST, server.port, USER, PASSWORD)
            subscription = client.subscribe(60)
            assert subscription.address.startswith(f"http://{HOST}:{server.port}/")
            with pytest.raises(EventsError) as caught:
                client.pull(subscription, 1)
            assert caught.value.failure is EventsFailure.GONE  # the device knows no "stolen"
            assert server.requests[-1] == "PullMessages"
        assert thief.received == b"", "nothing, and no WS-Security token, went to 127.0.0.2"


@pytest.mark.parametrize("behaviour", ["trickle", "silent"])
def test_a_long_poll_that_never_ends_is_cut_at_its_timeout_plus_the_call_timeout(
    behaviour: str,
) -> None:
    def run(port: int) -> float:
        client = PullPointClient(HOST, port, USER, PASSWORD, timeout_s=1.0)
        client.events_address = f"http://{HOST}:{port}/onvif/Events"
        started = time.monotonic()
        with pytest.raises(EventsError) as caught:
            client.pull(Subscription(client.events_address, time.monotonic() + 60), 2)
        assert caught.value.failure is EventsFailure.TIMEOUT
        assert "did not answer within 3 s" in str(caught.value)
        return time.monotonic() - started

    if behaviour == "trickle":
        with hostile_server(trickle) as server:
            took = run(server.port)
    else:
        with faulty_server("silent") as server:
            took = run(server.port)
    assert 2.9 <= took <= 4.5, f"{took:.1f} s"
