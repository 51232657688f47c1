"""Probes against a real RTSP responder and hostile servers; the monitor's per-EPE isolation and
the wall's feed, with the real keyring."""

from __future__ import annotations

import time

import pytest
from pytestqt.qtbot import QtBot

from app import settings
from app.domain import CameraPosition, Epe
from app.health.model import CameraCondition
from app.health.monitor import HealthMonitor
from app.health.probe import LoginGuard, describe
from app.health.sweep import load_targets, run_sweep
from app.peers import CredentialScope
from app.secrets import CredentialStore
from app.sites.registry import Registry
from app.wall.channels import ChannelState
from app.workers import run_to_end
from tests.helpers.faulty_servers import faulty_server, flood, hostile_server, trickle
from tests.helpers.keyring import ready_store
from tests.helpers.rtsp_responder import PortSpec, rtsp_responder
from tests.helpers.sites import SiteBuilder

PASSWORD = "Mk-2026!"
CAMERAS = (
    (1, CameraPosition.GATE),
    (2, CameraPosition.STORAGE_DOOR),
    (3, CameraPosition.INSIDE_STORAGE),
    (4, CameraPosition.OTHER),  # not mandatory: never probed
)


@pytest.fixture
def store() -> CredentialStore:
    return ready_store()


@pytest.fixture(autouse=True)
def no_frame_samples() -> None:
    """The responder answers RTSP but sends no media: no frame samples here (the command-line
    tests sample the simulated site's real streams)."""
    settings.Settings().set(settings.HEALTH_FRAME_SAMPLE_SECONDS, 0)


def _epe(
    registry: Registry, store: CredentialStore, name: str, tax_id: str, port: int, password: str
) -> Epe:
    epe, _ = SiteBuilder(registry).add_epe(name, tax_id, *CAMERAS, host=f"127.0.0.1:{port}")
    epe.account_user = "giamsat"
    epe = registry.update_epe(epe)
    store.set_password(epe.uid, password)
    return epe


def test_a_garbage_answer_is_a_faulty_reply() -> None:
    with faulty_server("garbage") as server:
        url = server.url.replace("http://", "rtsp://") + "/ch1"
        look, _ = describe(url, ("u", "p"), CredentialScope.of(["127.0.0.1"]), 3.0)
    assert look.condition is CameraCondition.FAULTY_REPLY


def test_a_trickling_peer_cannot_hold_a_look_past_its_deadline() -> None:
    with hostile_server(trickle) as server:
        url = server.url.replace("http://", "rtsp://") + "/ch1"
        started = time.monotonic()
        look, _ = describe(url, ("u", "p"), CredentialScope.of(["127.0.0.1"]), 2.0)
    assert time.monotonic() - started < 3.0
    assert look.condition is CameraCondition.UNREACHABLE


@pytest.mark.parametrize("length", ["999999999", None])
def test_an_endless_answer_is_cut_at_the_cap_as_a_faulty_reply(length: str | None) -> None:
    with hostile_server(flood(length, b"RTSP/1.0 200 OK")) as server:
        url = server.url.replace("http://", "rtsp://") + "/ch1"
        look, _ = describe(url, ("u", "p"), CredentialScope.of(["127.0.0.1"]), 5.0)
        assert server.sent < 5_000_000  # stopped reading at the cap, not at the deadline
    assert look.condition is CameraCondition.FAULTY_REPLY


def test_a_refused_account_is_tried_three_times_then_not_until_it_changes(
    registry: Registry, store: CredentialStore
) -> None:
    with rtsp_responder([PortSpec()]) as (spec,):
        epe = _epe(registry, store, "Công ty TNHH Sao Việt", "3601234569", spec.port, "cũ")
        guard = LoginGuard()

        def sweep() -> list[CameraCondition]:
            targets = load_targets(registry)
            results = run_to_end(
                run_sweep(targets, lambda t: lambda: store.account(t.epe_uid, "giamsat"), guard)
            )
            return [r.condition for r in sorted(results, key=lambda r: r.camera_number)]

        for _ in range(5):
            assert sweep() == [CameraCondition.WRONG_ACCOUNT] * 3
        # Three mandatory cameras, five sweeps: three refused logins in all, then none.
        assert spec.refused == 3
        store.set_password(epe.uid, PASSWORD)  # the EPE's new password reaches the keyring
        assert sweep() == [CameraCondition.OK] * 3
        assert spec.refused == 3


def test_a_dead_epe_does_not_delay_the_others(
    qtbot: QtBot, registry: Registry, store: CredentialStore
) -> None:
    with faulty_server("silent") as silent, rtsp_responder([PortSpec(), PortSpec()]) as specs:
        dark = _epe(registry, store, "Công ty A tối", "3601234569", silent.port, PASSWORD)
        one = _epe(registry, store, "Công ty B", "2301275957", specs[0].port, PASSWORD)
        two = _epe(registry, store, "Công ty C", "0100233488", specs[1].port, PASSWORD)
        monitor = HealthMonitor(registry, store, call_seconds=4.0)
        seen: list[int] = []
        monitor.changed.connect(seen.append)
        started = time.monotonic()
        with qtbot.waitSignal(monitor.swept, timeout=20_000):
            monitor.sweep_now()
            qtbot.waitUntil(lambda: {one.id, two.id} <= set(seen), timeout=3_000)
            # The others are done while the dark EPE still waits for its first answer.
            assert monitor.store.current(dark.id) == []
            assert [c.condition for c in monitor.store.current(one.id)] == [CameraCondition.OK] * 3
        monitor.wait()
    dark_now = monitor.store.current(dark.id)
    assert [c.condition for c in dark_now] == [CameraCondition.UNREACHABLE] * 3
    # One deadline for the whole EPE: its other cameras sit behind the same silent address.
    assert time.monotonic() - started < 4.0 * 2
    assert "same address as camera 1" in dark_now[1].detail


def test_cameras_live_on_the_wall_are_reported_by_the_wall_not_probed(
    qtbot: QtBot, registry: Registry, store: CredentialStore
) -> None:
    with rtsp_responder([PortSpec()]) as (spec,):
        epe = _epe(registry, store, "Công ty TNHH Sao Việt", "3601234569", spec.port, PASSWORD)
        gate = registry.list_cameras(epe.id)[0]
        assert gate.id is not None
        monitor = HealthMonitor(registry, store)
        with qtbot.waitSignal(monitor.changed, timeout=5_000):
            monitor.report_wall_states({gate.id: ChannelState.OFFLINE})
        with qtbot.waitSignal(monitor.swept, timeout=10_000):
            monitor.sweep_now()
        monitor.wait()
    by_number = {c.camera_number: c for c in monitor.store.current(epe.id)}
    # The responder would have said OK: the gate's state is the wall's.
    assert by_number[1].condition is CameraCondition.UNREACHABLE
    assert by_number[1].source == "wall"
    assert by_number[2].condition is CameraCondition.OK
    assert 4 not in by_number
