"""A live tile's "Play back from 30 s ago" on the demo registry of the simulated site (its
recorders registered as ``epewall demo`` does): the playback window replays that camera from
half a minute before the click, by its transport clock and by the clock painted in the picture."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.media.stream import StreamState
from app.playback.session import PlaybackState
from app.secrets import CredentialStore
from app.simsite.site import DEFAULT_CONFIG
from app.sites.demo import register_site
from app.sites.registry import Registry
from app.timekeeping import show_local
from tests.helpers.keyring import require_throwaway_keyring
from tests.helpers.main_window import shown_main_window
from tests.helpers.menus import choose, open_tile_menu
from tests.helpers.recordings import picture_moment
from tests.helpers.sim_fixtures import SiteFactory

pytestmark = pytest.mark.e2e

# The replay starts on a whole second and its picture comes within a second or two.
CLICK_TO_PICTURE_S = 3.0


@pytest.fixture
def demo(
    sim_site_factory: SiteFactory, epewall_home: Path, tmp_path: Path
) -> Iterator[tuple[Registry, CredentialStore]]:
    require_throwaway_keyring()
    # The demo site without its nightly 03:00-03:20 recording gap: "30 s ago" is a moment of
    # the real clock, so a run at 03:10 Vietnam time would otherwise replay the gap.
    config = json.loads(Path(DEFAULT_CONFIG).read_text(encoding="utf-8"))
    for epe in config["epes"]:
        epe.setdefault("recorder", {})["daily_gap"] = False
    config_path = tmp_path / "site.json"
    config_path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    site = sim_site_factory(config=config_path).description
    registry, store = Registry(), CredentialStore()
    for _step in register_site(registry, store, site):
        pass
    yield registry, store
    registry.close()


def test_a_live_tiles_30_s_ago_replays_that_camera_from_30_s_before_the_click(
    qtbot: QtBot, demo: tuple[Registry, CredentialStore], tmp_path: Path
) -> None:
    registry, store = demo
    epe = registry.list_epes()[0]
    camera = registry.list_cameras(epe.id)[0]
    assert camera.id is not None
    with shown_main_window(qtbot, registry, store, size=(1600, 900)) as window:
        with qtbot.waitSignal(window.officer_changed, timeout=10_000):
            window.rotation.start(demo=True)  # the demo's team lead, who may play back
        window.wall.assign_camera(0, camera.id)
        tile = window.wall.tile_at(0)
        assert tile is not None
        qtbot.waitUntil(lambda: tile.stream.status.state is StreamState.LIVE, timeout=30_000)

        menu = open_tile_menu(qtbot, tile)
        clicked = dt.datetime.now(dt.UTC)
        choose(qtbot, menu, "Play back from 30 s ago")
        asked = clicked - dt.timedelta(seconds=30)

        def playing() -> bool:
            view = window.playback.view
            return (
                view is not None
                and view.session is not None
                and view.session.state is PlaybackState.PLAYING
            )

        qtbot.waitUntil(playing, timeout=30_000)
        view = window.playback.view
        assert view is not None and view.session is not None
        assert view.selected_cameras() == [camera.diagram_number]
        assert view.epe_combo.currentData() == epe.id
        session = view.session
        # The transport clock started at the asked second and runs from there.
        position = session.position()
        assert position is not None
        since_click = (dt.datetime.now(dt.UTC) - clicked).total_seconds()
        assert asked - dt.timedelta(seconds=1) <= position
        assert position <= asked + dt.timedelta(seconds=since_click + 1)
        shown = {
            f"{show_local(position + dt.timedelta(seconds=s), seconds=True)} Vietnam time"
            for s in (-1, 0, 1, 2)
        }
        assert view.position_label.text() in shown

        # The picture shows that moment of that camera: the recorder's clock, read from it.
        shot = tmp_path / "replay.png"
        seen: list[tuple[dt.datetime, dt.datetime]] = []

        def picture_read() -> bool:
            master = session.position()
            moment = picture_moment(session.tracks[camera.diagram_number].stream, asked, shot)
            if moment is not None and master is not None:
                seen.append((moment, master))
            return bool(seen)

        qtbot.waitUntil(picture_read, timeout=15_000)
        moment, master = seen[0]
        assert abs((moment - master).total_seconds()) < 1.0
        late = (moment - asked).total_seconds()
        assert -1.0 <= late <= (dt.datetime.now(dt.UTC) - clicked).total_seconds() + 1.0
        view.close()
