"""The gate scan on the simulated site, through the real recorder, keyring and replay path: the
errors that end it say what to do, and nothing reaches the OCR when the recorder fails."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.declarations.scan import ScanError, day_span, scan_steps
from app.declarations.store import list_reads
from app.recorders.store import load_recorder, save_recorder
from app.secrets import CredentialStore
from app.simsite.site import SiteDescription
from app.sites.demo import register_site
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, utc_now
from app.workers import run_to_end
from tests.helpers.cli import run_epewall
from tests.helpers.faulty_servers import closed_port, faulty_server
from tests.helpers.keyring import require_throwaway_keyring
from tests.helpers.sim_fixtures import SiteFactory, config_with_gate_traffic

pytestmark = pytest.mark.e2e

GATE_EPE = "0315867420"  # Sao Việt: its recorder speaks Profile G; cameras 1 and 2 at the gate


@pytest.fixture
def demo(
    sim_site: SiteDescription, epewall_home: Path
) -> Iterator[tuple[Registry, CredentialStore]]:
    require_throwaway_keyring()
    registry, store = Registry(), CredentialStore()
    for _step in register_site(registry, store, sim_site):
        pass
    yield registry, store
    registry.close()


def _no_ocr() -> object:
    raise AssertionError("the OCR must not run when the recorder fails")


def _yesterday() -> tuple[dt.datetime, dt.datetime]:
    return day_span(dt.datetime.now(VIETNAM).date() - dt.timedelta(days=1), utc_now())


def _scan(registry: Registry, epe_id: int) -> str:
    start, end = _yesterday()
    with pytest.raises(ScanError) as raised:
        run_to_end(scan_steps(registry, epe_id, start, end, engine_factory=_no_ocr))  # type: ignore[arg-type]
    return str(raised.value)


def test_a_changed_password_stops_the_scan_with_the_account_named(
    demo: tuple[Registry, CredentialStore],
) -> None:
    registry, store = demo
    epe = registry.find_epe(GATE_EPE)
    assert epe is not None and epe.id is not None
    store.set_password(epe.uid, "not-the-password")

    assert "did not accept the EPE's account" in _scan(registry, epe.id)


@pytest.mark.parametrize(
    ("behaviour", "said"),
    [("closed", "cannot be reached"), ("garbage", "could not be understood")],
)
def test_a_dead_or_garbage_recorder_stops_the_scan_with_a_clear_message(
    demo: tuple[Registry, CredentialStore], behaviour: str, said: str
) -> None:
    registry, _store = demo
    epe = registry.find_epe(GATE_EPE)
    assert epe is not None and epe.id is not None
    settings = load_recorder(registry, epe.id)
    assert settings is not None
    if behaviour == "closed":
        save_recorder(registry, epe.id, dataclasses.replace(settings, http_port=closed_port()))
        text = _scan(registry, epe.id)
    else:
        with faulty_server("garbage") as server:
            save_recorder(registry, epe.id, dataclasses.replace(settings, http_port=server.port))
            text = _scan(registry, epe.id)
    assert said in text
    assert "Traceback" not in text


def test_the_command_says_why_it_cannot_scan_and_exits_2(
    demo: tuple[Registry, CredentialStore],
) -> None:
    registry, store = demo
    epe = registry.find_epe(GATE_EPE)
    assert epe is not None
    store.set_password(epe.uid, "not-the-password")
    day = (dt.datetime.now(VIETNAM).date() - dt.timedelta(days=1)).isoformat()

    wrong = run_epewall("declarations", "scan", GATE_EPE, "--date", day)
    unknown = run_epewall("declarations", "scan", "Nobody Ltd", "--date", day)
    bad_day = run_epewall("declarations", "scan", GATE_EPE, "--date", "02/12/2026")

    assert wrong.returncode == 2 and "did not accept the EPE's account" in wrong.stderr
    assert wrong.stdout == "" and "Traceback" not in wrong.stderr
    assert unknown.returncode == 2 and "No EPE named Nobody Ltd" in unknown.stderr
    assert bad_day.returncode == 2 and "is not a date" in bad_day.stderr


def test_a_recorder_lost_mid_scan_ends_it_with_the_reads_already_stored_kept(
    sim_site_factory: SiteFactory, epewall_home: Path, tmp_path: Path
) -> None:
    require_throwaway_keyring()
    # Six vehicles between 08:00 and 09:00 on camera 1, the same every day: with each day's own
    # vehicles the first reads came at a different step each day (on 2026-12-02 after the
    # second), so a test that cut the link at a fixed step depended on the date.
    traffic: dict[str, object] = {
        "per_hour": 6,
        "from": "08:00",
        "to": "09:00",
        "cameras": [1],
        "same_every_day": True,
    }
    site = sim_site_factory(config=config_with_gate_traffic(tmp_path, GATE_EPE, traffic))
    registry = Registry()
    for _step in register_site(registry, CredentialStore(), site.description):
        pass
    epe = registry.find_epe(GATE_EPE)
    assert epe is not None and epe.id is not None
    day = dt.datetime.now(VIETNAM).date() - dt.timedelta(days=1)
    start = dt.datetime.combine(day, dt.time(8, 0), VIETNAM).astimezone(dt.UTC)
    end = start + dt.timedelta(hours=1)
    steps = scan_steps(registry, epe.id, start, end, workers=1)
    stored_before = 0
    with pytest.raises(ScanError) as raised:
        for _done, _total, _text in steps:
            if not stored_before:
                stored_before = len(list_reads(registry, epe.id, start, end))
                if stored_before:
                    site.stop()  # the EPE's link goes down right after the first stored read
    assert "cannot be reached" in str(raised.value) or "did not answer" in str(raised.value)
    assert stored_before > 0
    assert len(list_reads(registry, epe.id, start, end)) >= stored_before, "nothing undone"
    registry.close()
