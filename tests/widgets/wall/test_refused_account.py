"""A wrong password in the keyring must not lock the EPE's account: a live tile stops trying
after a few refused logins, says what to do, and tries once more only when asked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain import Camera, CameraPosition, Epe
from app.media.failures import AUTH_ATTEMPTS_BEFORE_GIVING_UP, StreamFailure
from app.media.stream import Backoff, StreamController, StreamState
from app.media.streams import epe_account
from app.secrets import CredentialStore
from app.simsite.site import SiteDescription
from app.sites.registry import Registry
from app.wall.layout import CameraInfo, WallModel
from tests.helpers.keyring import call_bounded, ready_store
from tests.helpers.rtsp_relay import RtspRelay, rtsp_relay
from widgets.wall import WallWidget

pytestmark = pytest.mark.e2e

# Retried quickly so the test is short; the real wall waits 10 s, 20 s, … between refusals.
FAST = Backoff(first=0.2, cap=0.2, slow_first=0.2, slow_cap=0.2, jitter=0.0)


@pytest.fixture
def relay(sim_site: SiteDescription) -> Iterator[RtspRelay]:
    with rtsp_relay(sim_site.epes[0].rtsp_port) as counting:
        yield counting


@pytest.fixture
def wrong_password_site(
    epewall_home: Path, sim_site: SiteDescription, relay: RtspRelay
) -> Iterator[tuple[Registry, CredentialStore, Epe, Camera]]:
    """The simulated site's first EPE in the registry, reached through the counting relay, with
    a wrong password for its (right) user in the keyring."""
    sim = sim_site.epes[0]
    registry = Registry()
    epe = registry.add_epe(Epe(sim.name, sim.tax_id, account_user=sim.user))
    assert epe.id is not None
    # In place of the camera's own port (its outage front), the relay before the EPE's server.
    front = sim.cameras[0].front_port
    url = sim.cameras[0].sub_url.replace(f":{front}/", f":{relay.port}/")
    assert url != sim.cameras[0].sub_url
    camera = registry.add_camera(
        Camera(epe.id, 1, CameraPosition.GATE, sim.cameras[0].name, main_url=url, sub_url=url)
    )
    store = ready_store()
    call_bounded(lambda: store.set_password(epe.uid, "not-" + sim.password))
    yield registry, store, epe, camera
    call_bounded(lambda: store.delete_password(epe.uid))
    registry.close()


def test_a_refused_account_stops_the_tile_after_three_logins_and_says_what_to_do(
    qtbot: QtBot, wrong_password_site: tuple[Registry, CredentialStore, Epe, Camera], relay
) -> None:
    registry, store, epe, camera = wrong_password_site
    assert camera.id is not None
    streams: list[StreamController] = []

    def stream_for(camera_id: int) -> StreamController:
        found = registry.get_camera(camera_id)
        stream = StreamController(found.sub_url, epe_account(epe, store), backoff=FAST)
        streams.append(stream)
        return stream

    def lookup(camera_id: int) -> CameraInfo:
        return CameraInfo.from_domain(registry.get_camera(camera_id), epe)

    wall = WallWidget(stream_for, lookup, model=WallModel("2x2", [camera.id]))
    qtbot.addWidget(wall)
    wall.resize(960, 600)
    wall.show()
    try:
        tile = wall.tile_at(0)
        assert tile is not None
        qtbot.waitUntil(lambda: tile.stream.status.gave_up, timeout=20_000)
        status = tile.stream.status
        assert status.state is StreamState.FAILED
        assert status.failure is StreamFailure.WRONG_PASSWORD
        assert status.next_retry_at is None
        logins = relay.auth_requests
        print(f"logins the EPE saw before the tile stopped: {logins}")
        assert logins == AUTH_ATTEMPTS_BEFORE_GIVING_UP
        # The tile says what happened and what to do, and offers to try now.
        assert tile.state_text() == "Account refused, stopped trying"
        assert "Sites > Set account" in tile.footer.toolTip()
        assert "not-" not in tile.footer.toolTip()
        assert tile.retry_button.isVisible()
        assert tile.retry_button.text() == "Retry now"

        # Nothing more reaches the EPE: no timer, and hiding and showing the tile (another
        # tile maximised, the wall put away) does not try again.
        with qtbot.assertNotEmitted(tile.stream.status_changed, wait=1_500):
            pass
        wall.hide()
        wall.show()
        qtbot.waitExposed(wall)
        assert tile.stream.status.gave_up
        assert relay.auth_requests == logins

        # "Retry now" is one more login; refused again, the tile stops again at once.
        qtbot.mouseClick(tile.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: relay.auth_requests == logins + 1, timeout=10_000)
        qtbot.waitUntil(lambda: tile.stream.status.gave_up, timeout=10_000)
        with qtbot.assertNotEmitted(tile.stream.status_changed, wait=1_000):
            pass
        assert relay.auth_requests == logins + 1
    finally:
        wall.shutdown()
