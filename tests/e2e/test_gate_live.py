"""Live gate reading: a gate camera of the simulated site with a vehicle every minute, read from
its own sub stream about once a second; each code is stored once per passage (source "live"),
with its crop and the frame's SHA-256, and the reader stops when asked."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.declarations.live import LiveGateReader, is_gate, live_target
from app.declarations.reconcile import ItemKind
from app.secrets import CredentialStore
from app.simsite import config as sim_config
from app.simsite import gate_traffic
from app.sites.demo import register_site
from app.sites.registry import Registry
from tests.helpers.keyring import require_throwaway_keyring
from tests.helpers.sim_fixtures import SiteFactory, wait_until

pytestmark = pytest.mark.e2e

GATE_EPE = "0315867420"
DEFAULT_SITE = Path(sim_config.__file__).with_name("default_site.json")


@pytest.fixture
def busy_gate(
    sim_site_factory: SiteFactory, tmp_path: Path, epewall_home: Path
) -> Iterator[tuple[Registry, CredentialStore, object]]:
    """Sao Việt's gate camera 1 sees a vehicle every minute, all day."""
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
    sim_epe = next(e for e in sim_config.load(config) if e.tax_id == GATE_EPE)
    yield registry, store, sim_epe
    registry.close()


def test_a_vehicle_at_the_gate_on_the_wall_is_read_live_and_stored_once(
    busy_gate: tuple[Registry, CredentialStore, object], tmp_path: Path
) -> None:
    registry, store, sim_epe = busy_gate
    epe = registry.find_epe(GATE_EPE)
    assert epe is not None and epe.id is not None
    camera = next(c for c in registry.list_cameras(epe.id) if c.diagram_number == 1)
    assert is_gate(camera)
    reader = LiveGateReader(
        registry, live_target(registry, store, epe, camera), crops=tmp_path / "crops"
    )
    began = dt.datetime.now(dt.UTC)
    reader.start()
    try:
        wait_until(lambda: reader.stored >= 1, timeout=150, what="a code read live")
        # The same vehicle stands a few more frames: it must not be stored again.
        frames = reader.frames_read
        wait_until(lambda: reader.frames_read >= frames + 4, timeout=60, what="more frames")
    finally:
        reader.stop()
    assert not reader.running

    from app.declarations.store import list_reads

    reads = list_reads(registry, epe.id, began - dt.timedelta(minutes=1), dt.datetime.now(dt.UTC))
    assert reads, f"nothing read live ({reader.state}, {reader.frames_read} frames)"
    # A vehicle read as it comes in stands at the barrier a few seconds later.
    schedule = gate_traffic.passages(
        sim_epe,
        began - dt.timedelta(minutes=2),
        dt.datetime.now(dt.UTC) + dt.timedelta(seconds=gate_traffic.VISIBLE_SECONDS),
    )
    codes = {p.plate for p in schedule} | {p.container for p in schedule if p.container}
    valid = [r for r in reads if r.valid]
    unexpected = [(r.value, f"{r.at:%H:%M:%S}") for r in valid if r.value not in codes]
    assert valid and not unexpected, f"codes of no vehicle that passed: {unexpected}"
    keys = [(r.kind, r.value) for r in valid]
    assert len(keys) == len(set(keys)), "each code once per passage"
    assert all(r.camera == 1 and Path(r.crop_path).is_file() for r in reads)
    assert all(len(r.frame_sha256) == 64 for r in reads)
    assert any(r.kind is ItemKind.PLATE for r in valid)
    with registry.database() as db:
        sources = {row["source"] for row in db.query("SELECT source FROM gate_reads")}
    assert sources == {"live"}
