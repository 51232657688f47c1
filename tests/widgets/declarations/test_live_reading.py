"""Wall > "Read the gate cameras live": off by default; the officer turns it on with the mouse
and the gate camera on the wall is read (a vehicle every minute at the simulated gate), codes
stored as live reads; turning it off stops the reader; a storage camera is never read."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import settings
from app.declarations.store import list_reads
from app.secrets import CredentialStore
from app.simsite import config as sim_config
from app.sites.demo import register_site
from app.sites.registry import Registry
from app.timekeeping import utc_now
from tests.helpers.keyring import require_throwaway_keyring
from tests.helpers.main_window import shown_main_window
from tests.helpers.menus import click_menu_bar_entry
from tests.helpers.sim_fixtures import SiteFactory

GATE_EPE = "0315867420"
DEFAULT_SITE = Path(sim_config.__file__).with_name("default_site.json")


@pytest.fixture
def busy_gate(
    sim_site_factory: SiteFactory, tmp_path: Path, epewall_home: Path
) -> Iterator[tuple[Registry, CredentialStore]]:
    require_throwaway_keyring()
    data = json.loads(DEFAULT_SITE.read_text(encoding="utf-8"))
    epe = next(e for e in data["epes"] if e["tax_id"] == GATE_EPE)
    epe["gate_traffic"] = {"per_hour": 60, "from": "00:00", "to": "23:59", "cameras": [1]}
    config = tmp_path / "site.json"
    config.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    site = sim_site_factory(config=config)
    registry, store = Registry(), CredentialStore()
    for _step in register_site(registry, store, site.description):
        pass
    yield registry, store
    registry.close()


def test_the_officer_turns_live_gate_reading_on_and_off_from_the_wall_menu(
    qtbot: QtBot, busy_gate: tuple[Registry, CredentialStore]
) -> None:
    registry, store = busy_gate
    epe = registry.find_epe(GATE_EPE)
    assert epe is not None and epe.id is not None
    cameras = {c.diagram_number: c for c in registry.list_cameras(epe.id)}
    began = utc_now()
    with shown_main_window(qtbot, registry, store, size=(1366, 768)) as window:
        control = window.live_gate
        assert not control.action.isChecked(), "off by default"
        assert cameras[1].id is not None and cameras[3].id is not None
        window.wall.assign_camera(0, cameras[1].id)  # the gate
        window.wall.assign_camera(1, cameras[3].id)  # a storage door
        assert control.reading.readers == {}

        click_menu_bar_entry(qtbot, window, window.menu_wall, control.action)

        assert control.action.isChecked()
        assert settings.Settings().get(settings.GATE_LIVE_READING)
        assert set(control.reading.readers) == {(epe.id, 1)}, "the gate camera only"
        reader = control.reading.readers[(epe.id, 1)]
        qtbot.waitUntil(lambda: reader.stored >= 1, timeout=150_000)
        # [began, end): a read made in the second of the query is still in.
        reads = list_reads(registry, epe.id, began, utc_now() + dt.timedelta(seconds=1))
        assert reads and {r.camera for r in reads} == {1}

        click_menu_bar_entry(qtbot, window, window.menu_wall, control.action)

        assert not control.action.isChecked() and control.reading.readers == {}
        qtbot.waitUntil(lambda: not reader.running, timeout=20_000)
