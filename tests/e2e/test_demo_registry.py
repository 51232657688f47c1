"""``epewall demo``'s registry on the simulated site: every EPE comes with where its ONVIF device
and its recorder are, so "Check all EPEs", PTZ and playback work without any setting up."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.devices import compliance
from app.devices.compliance import Verdict
from app.devices.ptz import ptz_target
from app.domain import EXTRA_PTZ_PROFILE, Epe
from app.officers.profiles import OfficerStore
from app.officers.session import DEMO_CODE
from app.recorders import make_recorder
from app.recorders.store import load_recorder
from app.rotation.coverage import month_coverage
from app.rotation.plan import build_plan
from app.secrets import CredentialStore
from app.simsite.site import SimEpe, SiteDescription
from app.sites.demo import register_site
from app.sites.hosts import registered_hosts
from app.sites.registry import Registry
from app.timekeeping import Month, local_day, utc_now
from app.workers import run_to_end
from tests.helpers.keyring import require_throwaway_keyring

pytestmark = pytest.mark.e2e


def demo_registry(path: Path, site: SiteDescription) -> tuple[Registry, CredentialStore]:
    require_throwaway_keyring()
    registry = Registry(path)
    store = CredentialStore()
    for _step in register_site(registry, store, site):
        pass
    return registry, store


def demo_epes(registry: Registry, site: SiteDescription) -> Iterator[tuple[SimEpe, Epe, int]]:
    """Each simulated EPE with the registry's EPE and its id (every one must be there)."""
    for sim in site.epes:
        epe = registry.find_epe(sim.tax_id)
        assert epe is not None and epe.id is not None, sim.name
        yield sim, epe, epe.id


def test_check_all_epes_reaches_every_demo_epe_at_its_onvif_address(
    sim_site: SiteDescription, tmp_path: Path
) -> None:
    registry, store = demo_registry(tmp_path / "demo.sqlite3", sim_site)
    with registry:
        results = run_to_end(
            compliance.check_registry(registry, store, sample_seconds=0, timeout=8)
        )
    verdicts = {r.tax_id: r.verdict for r in results}
    assert len(verdicts) == len(sim_site.epes) == 4
    # Before: every EPE that is not exempt was "cannot connect" (port 80 on the camera host).
    assert Verdict.UNREACHABLE not in verdicts.values(), [r.message for r in results]
    for sim in sim_site.epes:
        result = next(r for r in results if r.tax_id == sim.tax_id)
        if result.verdict is not Verdict.EXEMPT:
            assert result.address == f"{sim.onvif_host}:{sim.onvif_port}"


def test_the_demo_ptz_camera_has_its_ptz_recorded_and_the_fixed_ones_are_known_fixed(
    sim_site: SiteDescription, tmp_path: Path
) -> None:
    registry, _store = demo_registry(tmp_path / "demo.sqlite3", sim_site)
    with registry:
        for sim, epe, epe_id in demo_epes(registry, sim_site):
            assert epe.onvif_address == f"{sim.onvif_host}:{sim.onvif_port}"
            for camera, sim_camera in zip(registry.list_cameras(epe_id), sim.cameras, strict=True):
                target = ptz_target(camera)
                if sim_camera.ptz:
                    assert target is not None, camera.name
                    assert (target.host, target.port) == (sim.onvif_host, sim.onvif_port)
                else:
                    # "" (not absent): the wall knows the camera is fixed without asking.
                    assert target is None and camera.extra[EXTRA_PTZ_PROFILE] == ""
        assert any(c.ptz for e in sim_site.epes for c in e.cameras)


def test_every_demo_epe_has_its_simulated_recorder_and_it_answers(
    sim_site: SiteDescription, tmp_path: Path
) -> None:
    registry, _store = demo_registry(tmp_path / "demo.sqlite3", sim_site)
    with registry:
        for sim, _epe, epe_id in demo_epes(registry, sim_site):
            settings = load_recorder(registry, epe_id)
            assert settings is not None, f"no recorder registered for {sim.name}"
            assert settings.host == sim.raw["recorder"]["host"]
            assert settings.http_port == sim.raw["recorder"]["http_port"]
            summary = make_recorder(settings, sim.user, sim.password).summary()
            assert summary.latest > summary.earliest, sim.name
            hosts = registered_hosts(registry, epe_id)
            assert {sim.onvif_host, sim.rtsp_host, settings.host} <= hosts


def test_the_demo_team_lead_has_given_every_epe_an_officer_so_the_plan_names_them(
    sim_site: SiteDescription, tmp_path: Path
) -> None:
    registry, store = demo_registry(tmp_path / "demo.sqlite3", sim_site)
    with registry:
        month = Month.of(local_day(utc_now())).next()
        plan = build_plan(registry, month)
        epe_ids = {e.id for e in registry.list_epes()}
        assert {item.epe_id for item in plan.items} == epe_ids
        # Before: no assignment, so every planned check had "—" for its officer.
        assert all(item.officer_id is not None for item in plan.items), plan.warnings
        # The work is shared, riskiest EPEs spread first: the two loads differ by at most one.
        loads = Counter(item.officer_id for item in plan.items)
        assert len(loads) == 2 and max(loads.values()) - min(loads.values()) <= 1, loads
        coverage = month_coverage(registry, month, plan=plan)
        assert {row.epe_id for row in coverage.rows} == epe_ids
        assert all(row.responsible for row in coverage.rows), [r.name for r in coverage.rows]
        # Made by the demo's team lead through the Officers dialog's calls: in the audit trail.
        officers = OfficerStore(registry)
        assert {a.assigned_by for a in officers.assignments()} == {DEMO_CODE}
        # A second start changes nothing, and an assignment the user made in the demo stays.
        first = officers.assignments()
        for _step in register_site(registry, store, sim_site):
            pass
        assert officers.assignments() == first
