"""The simulated site's outage control channel and schedule, without GStreamer: what a test or
``epewall sim outage`` may ask, and what it must refuse without changing anything."""

from __future__ import annotations

import datetime as dt
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.simsite import config, outages
from app.simsite.outages import CameraKey, ControlError, OutageController, OutageState
from app.simsite.site import DEFAULT_CONFIG
from app.sites import demo
from tests.helpers.sim_fixtures import wait_until

TAX_ID = "0315867420"
HOUR = dt.timedelta(hours=1)
NAME = "Công ty TNHH Điện tử Sao Việt"


def make_state() -> OutageState:
    return OutageState([CameraKey(TAX_ID, 1), CameraKey(TAX_ID, 2)], {TAX_ID: NAME})


@pytest.fixture
def controller() -> Iterator[OutageController]:
    running = OutageController(make_state())
    running.start()
    try:
        yield running
    finally:
        running.stop()


def ask(controller: OutageController, request: dict[str, object]) -> dict[str, object]:
    return outages.control_request(
        outages.HOST, controller.control_port, {"token": controller.token, **request}
    )


def raw_exchange(controller: OutageController, data: bytes) -> dict[str, object]:
    with socket.create_connection((outages.HOST, controller.control_port), timeout=5) as sock:
        sock.sendall(data)
        reply = b""
        while chunk := sock.recv(4096):
            reply += chunk
    return json.loads(reply)


def test_a_camera_and_then_its_whole_epe_go_down_and_come_back(
    controller: OutageController,
) -> None:
    reply = ask(controller, {"command": "set", "epe": NAME, "camera": 2, "mode": "refused"})
    assert reply["outages"] == [{"epe": TAX_ID, "camera": 2, "mode": "refused"}]
    state = controller.state
    assert state.camera_mode(CameraKey(TAX_ID, 1)) == "none"
    assert state.camera_mode(CameraKey(TAX_ID, 2)) == "refused"

    ask(controller, {"command": "set", "epe": TAX_ID, "camera": None, "mode": "silent"})
    assert state.camera_mode(CameraKey(TAX_ID, 1)) == "silent"
    assert state.device_mode(TAX_ID) == "silent"
    ask(controller, {"command": "set", "epe": TAX_ID, "camera": None, "mode": "no_picture"})
    assert state.device_mode(TAX_ID) == "none", "no picture leaves the ONVIF device answering"

    ask(controller, {"command": "set", "epe": TAX_ID, "camera": None, "mode": "none"})
    ask(controller, {"command": "set", "epe": TAX_ID, "camera": 2, "mode": "none"})
    assert ask(controller, {"command": "status"})["outages"] == []


@pytest.mark.parametrize(
    ("line", "error"),
    [
        (b"not json at all\n", outages.ERROR_BAD_REQUEST),
        (b"[1, 2, 3]\n", outages.ERROR_BAD_REQUEST),
        (b"\xff\xfe\n", outages.ERROR_BAD_REQUEST),
        (b'{"command": "status"}\n', outages.ERROR_BAD_TOKEN),
        (b'{"token": "guess", "command": "status"}\n', outages.ERROR_BAD_TOKEN),
        (b"x" * 5000 + b"\n", outages.ERROR_TOO_LARGE),
        (b'{"token": "' + b"a" * 2000 + b'"}\n', outages.ERROR_TOO_LARGE),
        (b'{"token": 1', outages.ERROR_BAD_REQUEST),  # no end of line, connection half-closed
    ],
)
def test_garbage_and_oversize_requests_are_refused_and_change_nothing(
    controller: OutageController, line: bytes, error: str
) -> None:
    with socket.create_connection((outages.HOST, controller.control_port), timeout=5) as sock:
        sock.sendall(line)
        sock.shutdown(socket.SHUT_WR)
        reply = b""
        while chunk := sock.recv(4096):
            reply += chunk
    answer = json.loads(reply)
    assert answer["ok"] is False
    assert answer["error"] == error
    assert controller.state.snapshot() == []


@pytest.mark.parametrize(
    ("request_", "error"),
    [
        ({"command": "set", "epe": "Công ty khác", "mode": "refused"}, outages.ERROR_UNKNOWN_EPE),
        ({"command": "set", "epe": TAX_ID, "camera": 7, "mode": "refused"}, "unknown_camera"),
        ({"command": "set", "epe": TAX_ID, "camera": True, "mode": "refused"}, "unknown_camera"),
        ({"command": "set", "epe": TAX_ID, "camera": "1", "mode": "refused"}, "unknown_camera"),
        ({"command": "set", "epe": TAX_ID, "camera": 1, "mode": "explode"}, outages.ERROR_BAD_MODE),
        ({"command": "set", "epe": TAX_ID, "camera": 1}, outages.ERROR_BAD_MODE),
        ({"command": "set", "epe": "", "mode": "refused"}, outages.ERROR_BAD_REQUEST),
        ({"command": "reboot"}, outages.ERROR_BAD_REQUEST),
    ],
)
def test_requests_for_what_the_site_does_not_have_are_refused(
    controller: OutageController, request_: dict[str, object], error: str
) -> None:
    with pytest.raises(ControlError) as refused:
        ask(controller, request_)
    assert refused.value.code == error
    assert controller.state.snapshot() == []


def test_a_client_that_says_nothing_is_dropped_after_the_time_limit(
    controller: OutageController,
) -> None:
    started = time.monotonic()
    with socket.create_connection((outages.HOST, controller.control_port), timeout=10) as sock:
        sock.sendall(b'{"token": "')
        reply = sock.recv(4096)
    assert json.loads(reply)["error"] == outages.ERROR_TIMEOUT
    assert time.monotonic() - started < outages.REQUEST_TIMEOUT_S + 3


def test_the_control_channel_listens_on_loopback_only(controller: OutageController) -> None:
    assert controller.describe()["host"] == "127.0.0.1"
    other = [a[4][0] for a in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)]
    for address in {a for a in other if not a.startswith("127.")}:
        with pytest.raises(OSError):
            socket.create_connection((address, controller.control_port), timeout=2).close()
    assert len(controller.token) >= 32


def test_the_schedule_takes_a_camera_down_and_brings_it_back() -> None:
    state = make_state()
    started = dt.datetime.now(dt.UTC)
    schedule = [
        outages.ScheduledOutage(TAX_ID, 1, "silent", 0.0, 1.0),
        # An absolute window that is already over is skipped.
        outages.ScheduledOutage(
            TAX_ID,
            None,
            "refused",
            started - dt.timedelta(hours=2),
            started - dt.timedelta(hours=1),
        ),
    ]
    controller = OutageController(state, schedule, started=started)
    controller.start()
    try:
        wait_until(lambda: state.camera_mode(CameraKey(TAX_ID, 1)) == "silent", 3, "the outage")
        assert state.device_mode(TAX_ID) == "none"
        wait_until(lambda: state.snapshot() == [], 5, "the camera's return")
    finally:
        controller.stop()


def site_with(outage_list: object) -> dict[str, object]:
    data = json.loads(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    data["outages"] = outage_list
    return data


def test_scheduled_outages_are_read_from_the_site_configuration() -> None:
    data = site_with(
        [
            {"epe": NAME, "camera": 3, "mode": "refused", "from": 60, "until": 180},
            {"epe": TAX_ID, "mode": "wrong_account", "from": "2027-02-03T08:00:00+07:00"},
        ]
    )
    epes = config.parse_config(data)
    first, second = config.parse_outages(data, epes)
    assert first == outages.ScheduledOutage(TAX_ID, 3, "refused", 60.0, 180.0)
    assert second.camera is None
    assert second.start == dt.datetime(2027, 2, 3, 1, 0, tzinfo=dt.UTC)
    assert second.until is None


@pytest.mark.parametrize(
    ("outage", "place"),
    [
        ({"epe": "9999999999", "mode": "refused", "from": 0}, "outages[0].epe"),
        ({"epe": TAX_ID, "camera": 42, "mode": "refused", "from": 0}, "outages[0].camera"),
        ({"epe": TAX_ID, "mode": "none", "from": 0}, "outages[0].mode"),
        ({"epe": TAX_ID, "mode": "refused"}, "outages[0].from"),
        ({"epe": TAX_ID, "mode": "refused", "from": -5}, "outages[0].from"),
        ({"epe": TAX_ID, "mode": "refused", "from": "2027-02-03 08:00"}, "outages[0].from"),
        ({"epe": TAX_ID, "mode": "refused", "from": 60, "until": 30}, "outages[0].until"),
        ({"epe": TAX_ID, "mode": "refused", "from": 0, "when": 1}, "outages[0]: unknown"),
    ],
)
def test_a_bad_scheduled_outage_names_its_place(outage: dict[str, object], place: str) -> None:
    data = site_with([outage])
    with pytest.raises(config.ConfigError, match=place.replace("[", r"\[").replace("]", r"\]")):
        config.parse_outages(data, config.parse_config(data))


def test_the_demo_site_goes_partly_dark_a_minute_or_two_after_it_starts(tmp_path: Path) -> None:
    epes, schedule = config.load_site(demo.demo_config(tmp_path))
    assert [(o.epe, o.camera, o.mode) for o in schedule] == [
        ("3703218453", None, "refused"),
        ("3602548173", 3, "silent"),
    ]
    assert all(isinstance(o.start, float) and 60 <= o.start <= 120 for o in schedule)
    assert len(epes) == 4, "the demo's EPEs are the default site's"
    with DEFAULT_CONFIG.open(encoding="utf-8") as handle:
        assert "outages" not in json.load(handle), "tests' site stays live"


def test_a_port_a_running_site_listens_on_cannot_be_taken_by_another_site(
    controller: OutageController,
) -> None:
    # Two sites run at once in the suite (the session's and a test's own). The second one must
    # not take a port of the first: the kernel would share its connections between both fronts,
    # and a client would meet the other site's camera and account (a 401, a tile not live).
    port = controller.add_camera(CameraKey(TAX_ID, 1), target_port=9, realm="Sao Việt")
    with socket.create_connection((outages.HOST, port), timeout=5):
        pass  # the front listens
    other_site = subprocess.run(
        [sys.executable, "-c", f"from app.simsite.outages import hold_port; hold_port({port})"],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert other_site.returncode != 0 and "OSError" in other_site.stderr

    controller.stop()
    again = outages.hold_port(port)  # free once its site stopped (a restart on the same ports)
    again.close()
