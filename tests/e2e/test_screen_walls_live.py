"""A saved wall on a second screen, live on the simulated site (#17): opened from the Wall menu
with the mouse, playing there; the screen unplugged, the window comes to the remaining screen
and its pictures go on; closed, its streams stop and their players are freed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.media.stream import StreamState
from app.secrets import CredentialStore
from app.sites.demo import register_site
from app.sites.registry import Registry
from app.wall.layout import WallModel
from tests.helpers.keyring import require_throwaway_keyring
from tests.helpers.main_window import shown_main_window
from tests.helpers.screens import (
    on_screen,
    open_on_screen,
    screen_named,
    two_screens,
    unplug,
    wall_window,
)
from tests.helpers.sim_fixtures import SiteFactory
from widgets.wall import TileWidget

pytestmark = pytest.mark.e2e

GATE = "Cổng và kho"


@pytest.fixture
def demo(
    sim_site_factory: SiteFactory, epewall_home: Path
) -> Iterator[tuple[Registry, CredentialStore]]:
    require_throwaway_keyring()
    site = sim_site_factory().description
    registry, store = Registry(), CredentialStore()
    for _step in register_site(registry, store, site):
        pass
    yield registry, store
    registry.close()


def live(tiles: list[TileWidget]) -> bool:
    return bool(tiles) and all(t.stream.status.state is StreamState.LIVE for t in tiles)


def shown(tile: TileWidget, screen: str) -> QImage:
    """What screen ``screen`` shows in the tile's picture (libVLC's drawing included)."""
    target = screen_named(screen)
    picture = target.grabWindow(0).toImage()
    top_left = tile.surface.mapToGlobal(QPoint(0, 0)) - target.geometry().topLeft()
    return picture.copy(QRect(top_left, tile.surface.size()))


def lit(image: QImage) -> bool:
    points = [
        image.pixelColor(image.width() * i // 13, image.height() * j // 13)
        for i in range(1, 13)
        for j in range(1, 13)
    ]
    return sum(c.red() + c.green() + c.blue() > 60 for c in points) > len(points) // 3


def test_a_wall_on_screen_two_plays_moves_when_unplugged_and_stops_when_closed(
    qtbot: QtBot, demo: tuple[Registry, CredentialStore]
) -> None:
    registry, store = demo
    first_epe = registry.list_epes()[0]
    cameras = [int(c.id or 0) for c in registry.list_cameras(first_epe.id)][:2]
    with two_screens(qtbot) as (left, right), shown_main_window(qtbot, registry, store) as window:
        window.setGeometry(screen_named(left).availableGeometry())
        window.wall_store.save(GATE, window.wall_owner, WallModel("2x2", cameras).to_dict())

        open_on_screen(qtbot, window, "Screen 2", GATE)

        qtbot.waitUntil(lambda: wall_window(window, GATE) is not None, timeout=5_000)
        opened = wall_window(window, GATE)
        assert opened is not None
        qtbot.waitUntil(lambda: on_screen(opened, right), timeout=5_000)
        tiles = opened.wall.tiles()
        assert [t.camera_id for t in tiles] == cameras
        qtbot.waitUntil(lambda: live(tiles), timeout=30_000)
        qtbot.waitUntil(lambda: all(lit(shown(t, right)) for t in tiles), timeout=10_000)
        # The tree shows the cameras of the other screen's wall as live too.
        assert set(window._channel_states()) == set(cameras)

        unplug(qtbot)

        qtbot.waitUntil(lambda: on_screen(opened, left), timeout=5_000)
        assert opened.wall.tiles() == tiles and live(tiles)
        counts = [t.stream.displayed_and_lost()[0] for t in tiles]
        qtbot.waitUntil(
            lambda: all(
                t.stream.displayed_and_lost()[0] > n + 15
                for t, n in zip(tiles, counts, strict=True)
            ),
            timeout=10_000,
        )
        qtbot.waitUntil(lambda: all(lit(shown(t, left)) for t in tiles), timeout=10_000)

        streams = [t.stream for t in tiles]
        # It waits behind the main window; brought forward (Alt+Tab), Ctrl+W closes it.
        opened.raise_()
        opened.activateWindow()
        qtbot.waitUntil(opened.isActiveWindow, timeout=5_000)
        qtbot.keyClick(opened, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.screen_walls.windows() == [], timeout=5_000)
        assert all(s.status.state is StreamState.STOPPED for s in streams)
        assert all(s.displayed_and_lost() == (0, 0) for s in streams)  # players freed
        assert window._channel_states() == {}
