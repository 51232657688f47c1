"""Device warnings through the simulated device's PullPoint (its real ONVIF server, in-process).

The device raises scheduled events a second or so after it starts; the manager must store them
as coalesced warnings within 2 s of the event, with a snapshot, and a dead or faulting device
beside it must not delay them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree
from pytestqt.qtbot import QtBot

from app.domain import Camera, CameraPosition, Epe
from app.recorders.base import RecorderKind, RecorderSettings
from app.recorders.store import save_recorder
from app.simsite.config import HOST, parse_config
from app.simsite.onvif_events import ScheduledEvent
from app.simsite.onvif_server import PLACEHOLDER_JPEG, OnvifServer, SimChannel, SimDevice, SimStream
from app.simsite.recorder import Archive, RecorderConfig, make_http_server
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from app.warnings.feed import WarningFeed
from app.warnings.manager import DeviceTarget, WarningsManager, WatchState
from app.warnings.pullpoint import PullPointClient
from app.warnings.sources import onvif_snapshot, recorder_poller
from app.warnings.store import WarningStore
from app.warnings.topics import WarningKind
from tests.helpers.faulty_servers import closed_port, faulty_server
from tests.helpers.sim_fixtures import wait_until

USER, PASSWORD = "hq_saoviet", "SaoViet2016xk"
TAX_IDS = ("0315867420", "2301275957", "3602548173", "3703218453")


def sim_device(
    *schedule: ScheduledEvent, quirks: set[str] | None = None, **kw: object
) -> SimDevice:
    stream = SimStream(640, 360, 15, "h264")
    channels = [
        SimChannel(n, f"Camera {n}", stream, stream, f"rtsp://{HOST}/{n}01", f"rtsp://{HOST}/{n}02")
        for n in (1, 2, 3)
    ]
    device = SimDevice(
        USER, PASSWORD, channels, events_schedule=list(schedule), hourly_motion=False
    )
    device.quirks = set(quirks or ())
    for key, value in kw.items():
        setattr(device, key, value)
    return device


@pytest.fixture
def servers() -> Iterator[list[OnvifServer]]:
    started: list[OnvifServer] = []
    yield started
    for server in started:
        server.stop()


def start(servers: list[OnvifServer], device: SimDevice) -> OnvifServer:
    server = OnvifServer(device).start()
    servers.append(server)
    return server


def target_for(registry: Registry, index: int, port: int) -> DeviceTarget:
    epe = registry.add_epe(
        Epe(f"DNCX {index}", TAX_IDS[index], account_user=USER, onvif_address=f"{HOST}:{port}")
    )
    assert epe.id is not None
    ids = {}
    for n in (1, 2, 3):
        camera = registry.add_camera(Camera(epe.id, n, CameraPosition.GATE, f"Camera {n}"))
        assert camera.id is not None
        ids[n] = camera.id
    return DeviceTarget(
        epe.id,
        epe.name,
        HOST,
        port,
        USER,
        PASSWORD,
        camera_ids=ids,
        profiles={n: f"Profile_{n}01" for n in (1, 2, 3)},
    )


def manager(
    registry: Registry, targets: list[DeviceTarget], tmp_path: Path, **kw: object
) -> WarningsManager:
    options: dict[str, object] = {
        "pull_timeout_s": 5.0,
        "snapshots": onvif_snapshot,
        "snapshot_folder": tmp_path / "shots",
    }
    options.update(kw)
    return WarningsManager(WarningStore(registry), targets, **options)  # type: ignore[arg-type]


def test_tampering_and_a_motion_storm_arrive_within_2_s_as_coalesced_warnings_with_snapshots(
    registry: Registry, servers: list[OnvifServer], tmp_path: Path
) -> None:
    device = sim_device(
        ScheduledEvent("tampering", 2, at_s=1.0, duration_s=3.0), motion_every_s=0.7
    )
    server = start(servers, device)
    target = target_for(registry, 0, server.port)
    store = WarningStore(registry)
    with manager(registry, [target], tmp_path):
        wait_until(
            lambda: any(w.kind is WarningKind.TAMPERING for w in store.list()),
            8,
            "the tampering warning",
        )
        wait_until(
            lambda: sum(w.count for w in store.list(kinds=[WarningKind.MOTION])) >= 9,
            10,
            "three rounds of motion on three cameras",
        )
        wait_until(
            lambda: all(w.snapshot_path or w.snapshot_problem for w in store.list()),
            10,
            "the snapshots",
        )

    raised = {(e.kind, e.channel): e.at for e in reversed(device_events(server)) if e.state}
    tampering = store.list(kinds=[WarningKind.TAMPERING])
    assert len(tampering) == 1 and tampering[0].camera_number == 2
    assert tampering[0].camera_id == target.camera_ids[2]
    latency = (tampering[0].received_at - raised[("tampering", 2)]).total_seconds()
    assert 0 <= latency <= 2.0, f"tampering stored {latency:.2f} s after the event"
    motion = store.list(kinds=[WarningKind.MOTION])
    # A storm is one warning per camera, with a count, not a warning per event.
    assert sorted(w.camera_number for w in motion) == [1, 2, 3]
    assert all(w.count >= 3 for w in motion)
    for warning in store.list():
        assert warning.snapshot_problem == "", warning.snapshot_problem
        picture = Path(warning.snapshot_path).read_bytes()
        assert picture == PLACEHOLDER_JPEG
        assert hashlib.sha256(picture).hexdigest() == warning.snapshot_sha256


def device_events(server: OnvifServer) -> list:  # type: ignore[type-arg]
    return list(server.events.raised)


def test_a_dead_a_silent_and_a_faulting_device_do_not_delay_another_devices_warnings(
    registry: Registry, servers: list[OnvifServer], tmp_path: Path
) -> None:
    faulty = start(
        servers, sim_device(ScheduledEvent("tampering", 1, 0.5), quirks={"fault:PullMessages"})
    )
    good = start(servers, sim_device(ScheduledEvent("video_loss", 3, at_s=1.5)))
    store = WarningStore(registry)
    with faulty_server("silent") as silent:
        targets = [
            target_for(registry, 0, closed_port()),
            target_for(registry, 1, silent.port),
            target_for(registry, 2, faulty.port),
            target_for(registry, 3, good.port),
        ]
        with manager(registry, targets, tmp_path) as running:
            wait_until(
                lambda: bool(store.list(kinds=[WarningKind.VIDEO_LOSS])),
                8,
                "the good device's video loss",
            )
            wait_until(
                lambda: running.watchers[2].subscriptions >= 2,
                8,
                "the faulting device to be subscribed again after its fault",
            )
            states = [w.state for w in running.watchers]
    loss = store.list(kinds=[WarningKind.VIDEO_LOSS])
    assert [w.epe_id for w in loss] == [targets[3].epe_id]
    event = next(e for e in good.events.raised if e.kind == "video_loss" and e.state)
    assert (loss[0].received_at - event.at).total_seconds() <= 2.0
    assert states[0] is WatchState.RETRYING and states[3] is WatchState.SUBSCRIBED
    # The faulting device's tampering never came through: PullMessages only ever failed.
    assert not store.list(kinds=[WarningKind.TAMPERING])
    assert "PullMessages" in faulty.requests


def test_renew_and_unsubscribe_reach_the_device_and_a_lost_subscription_is_made_again(
    registry: Registry, servers: list[OnvifServer], tmp_path: Path
) -> None:
    server = start(servers, sim_device())
    target = target_for(registry, 0, server.port)
    with manager(registry, [target], tmp_path, pull_timeout_s=0.5, termination_s=11.0) as running:
        wait_until(
            lambda: any(s.renewals for s in server.events.subscriptions().values()),
            8,
            "a Renew before the subscription ends",
        )
        first = next(iter(server.events.subscriptions()))
        # The device forgets the subscription (it restarted): the watcher subscribes again.
        server.events.unsubscribe(first)
        wait_until(lambda: running.watchers[0].subscriptions == 2, 8, "a new subscription")
        second = next(iter(server.events.subscriptions()))
    assert second != first
    assert server.events.subscriptions() == {}, "stopping unsubscribed"
    assert server.events.unsubscribed[-1] == second
    assert {"CreatePullPointSubscription", "PullMessages", "Renew", "Unsubscribe"} <= set(
        server.requests
    )
    # The device also says which topics it has (GetEventProperties).
    client = PullPointClient(HOST, server.port, USER, PASSWORD)
    reply = client.call(
        client.find_events_service(), "GetEventProperties", "<tev:GetEventProperties/>"
    )
    text = etree.tostring(reply).decode()
    for leaf in ("MotionAlarm", "ImagingService", "SignalLoss", "StorageFailure", "Motion"):
        assert f"<{leaf} " in text or f":{leaf} " in text, leaf


def test_the_device_clock_is_corrected_and_initial_states_are_not_new_warnings(
    registry: Registry, servers: list[OnvifServer], tmp_path: Path
) -> None:
    server = start(
        servers,
        sim_device(ScheduledEvent("tampering", 1, at_s=0.5, duration_s=0), clock_offset_s=3600.0),
    )
    target = target_for(registry, 0, server.port)
    store = WarningStore(registry)
    with manager(registry, [target], tmp_path, snapshots=None):
        wait_until(lambda: bool(store.list()), 8, "the tampering warning")
    with manager(registry, [target], tmp_path, snapshots=None) as again:
        wait_until(lambda: again.watchers[0].pulls >= 1, 8, "a pull of the new subscription")
    warnings = store.list()
    # The second subscription was told the tampering is still on ("Initialized"): no warning.
    assert len(warnings) == 1 and warnings[0].count == 1
    off = (warnings[0].first_at - dt.datetime.now(dt.UTC)).total_seconds()
    assert abs(off) < 60, "the device's hour ahead was taken off its event time"


def test_a_device_without_pullpoint_is_polled_through_the_epes_recorder(
    registry: Registry, servers: list[OnvifServer], tmp_path: Path
) -> None:
    # The EPE's recorder is the simulator's own (in-process): it logged motion at 09:10 Vietnam
    # time yesterday on every camera. The manager's clock is put just before that moment.
    config = parse_config(
        {
            "epes": [
                {
                    "name": "DNCX 0",
                    "tax_id": TAX_IDS[0],
                    "account": {"user": USER, "password": PASSWORD},
                    "cameras": [{"diagram_number": n, "position": "gate"} for n in (1, 2, 3)],
                }
            ]
        }
    )
    archive = Archive(config[0], RecorderConfig("onvif_g", 400, "local", daily_gap=False))
    http = make_http_server(archive)
    threading.Thread(target=http.serve_forever, daemon=True).start()
    try:
        server = start(servers, sim_device(quirks={"no_pullpoint"}))
        target = target_for(registry, 0, server.port)
        save_recorder(
            registry,
            target.epe_id,
            RecorderSettings(RecorderKind.ONVIF_G, HOST, http_port=http.server_address[1]),
        )
        yesterday = dt.datetime.now(VIETNAM).date() - dt.timedelta(days=1)
        motion = dt.datetime.combine(yesterday, dt.time(9, 10), VIETNAM)
        started = time.monotonic()

        def clock() -> dt.datetime:
            return (
                motion
                - dt.timedelta(seconds=1.5)
                + dt.timedelta(seconds=time.monotonic() - started)
            )

        store = WarningStore(registry)
        with manager(
            registry,
            [target],
            tmp_path,
            snapshots=None,
            poller=recorder_poller(registry),
            poll_interval_s=0.5,
            now=clock,
        ) as running:
            wait_until(lambda: len(store.list()) == 3, 10, "motion of three cameras")
            state = running.watchers[0].state
    finally:
        http.shutdown()
        http.server_close()
    assert state is WatchState.POLLING
    warnings = store.list()
    assert sorted(w.camera_number for w in warnings) == [1, 2, 3]
    assert {w.kind for w in warnings} == {WarningKind.MOTION}
    assert {w.first_at for w in warnings} == {motion.astimezone(dt.UTC)}
    assert all(w.count == 1 for w in warnings), "a later poll's overlap did not count it twice"


def test_a_device_answering_only_get_services_and_hiding_its_clock_still_gives_warnings(
    registry: Registry, servers: list[OnvifServer], tmp_path: Path
) -> None:
    server = start(
        servers,
        sim_device(
            ScheduledEvent("storage_failure", 1, at_s=1.0),
            quirks={"fault:GetCapabilities", "fault:GetSystemDateAndTime"},
        ),
    )
    target = target_for(registry, 0, server.port)
    store = WarningStore(registry)
    with manager(registry, [target], tmp_path):
        wait_until(lambda: bool(store.list()), 8, "the storage failure")
    [warning] = store.list()
    assert warning.kind is WarningKind.STORAGE_FAILURE
    assert warning.camera_number is None, "the recorder's disk, not a camera"
    assert warning.snapshot_path == "", "no camera, no snapshot"
    assert "GetServices" in server.requests


def test_the_feed_brings_each_warning_to_the_gui_thread(
    registry: Registry, servers: list[OnvifServer], tmp_path: Path, qtbot: QtBot
) -> None:
    server = start(servers, sim_device(ScheduledEvent("intrusion", 3, at_s=1.0)))
    feed = WarningFeed()
    seen: list[tuple[WarningKind, bool, bool]] = []
    gui = threading.current_thread()
    feed.arrived.connect(
        lambda w, new: seen.append((w.kind, new, threading.current_thread() is gui))
    )
    target = target_for(registry, 0, server.port)
    with manager(registry, [target], tmp_path, snapshots=None, listener=feed.listener):
        qtbot.waitUntil(lambda: bool(seen), timeout=8000)
    assert seen == [(WarningKind.INTRUSION, True, True)]
