"""``epewall health`` as a user runs it, against the real simulated site and the real keyring:
a camera with nothing listening, a silent device, a changed password, an unknown EPE."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import settings
from app.interruptions.register import InterruptionRegister
from app.secrets import CredentialStore
from app.simsite.site import SiteDescription
from app.sites.demo import register_site
from app.sites.registry import Registry
from app.workers import run_to_end
from tests.helpers.cli import run_epewall
from tests.helpers.faulty_servers import closed_port, faulty_server
from tests.helpers.keyring import ready_store


@pytest.fixture
def store() -> CredentialStore:
    return ready_store()


@pytest.fixture
def site_epe(
    sim_site: SiteDescription, store: CredentialStore, epewall_home: Path
) -> tuple[str, int]:
    """The first simulated EPE registered with its account; (its name, its id)."""
    with Registry() as registry:
        run_to_end(register_site(registry, store, sim_site))
        epe = registry.find_epe(sim_site.epes[0].tax_id)
        assert epe is not None and epe.id is not None
        return epe.name, epe.id


def _move_camera(epe_id: int, number: int, url: str) -> None:
    with Registry() as registry:
        camera = next(c for c in registry.list_cameras(epe_id) if c.diagram_number == number)
        camera.sub_url = url
        camera.main_url = url
        registry.update_camera(camera)


def _lines(stdout: str, name: str) -> dict[int, str]:
    out = {}
    for line in stdout.splitlines():
        cells = line.strip().split("\t")
        if len(cells) >= 4 and cells[0] == name:
            out[int(cells[1])] = "\t".join(cells[3:])
    return out


def test_all_cameras_answer_exit_0_with_a_line_per_mandatory_camera(
    site_epe: tuple[str, int], sim_site: SiteDescription
) -> None:
    name, _epe_id = site_epe
    result = run_epewall("health", "--epe", name)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = _lines(result.stdout, name)
    mandatory = [c.diagram_number for c in sim_site.epes[0].cameras if c.position != "other"]
    assert sorted(lines) == mandatory  # the "other" camera is not mandatory (I.1.2)
    assert all(text == "OK" for text in lines.values()), lines


def test_a_camera_with_nothing_listening_is_unreachable_and_suspected_equipment(
    site_epe: tuple[str, int],
) -> None:
    name, epe_id = site_epe
    _move_camera(epe_id, 2, f"rtsp://127.0.0.1:{closed_port()}/cam2")
    result = run_epewall("health", "--epe", name)
    assert result.returncode == 1
    lines = _lines(result.stdout, name)
    assert lines[2].startswith("Unreachable\tconnection refused")
    assert lines[1] == "OK"
    assert "suspected equipment fault" in result.stdout
    assert "Interruption opened" not in result.stdout  # down for less than 15 minutes


def test_with_no_threshold_the_sweep_opens_the_interruption(
    site_epe: tuple[str, int],
) -> None:
    name, epe_id = site_epe
    settings.Settings().set(settings.HEALTH_OPEN_AFTER_MINUTES, 0)
    _move_camera(epe_id, 4, f"rtsp://127.0.0.1:{closed_port()}/cam4")
    result = run_epewall("health", "--epe", name)
    assert result.returncode == 1
    assert (
        f"Interruption opened: {name}, cameras 4, Camera or equipment fault, due" in result.stdout
    )
    with Registry() as registry:
        (record,) = InterruptionRegister(registry).list(open_only=True)
    assert record.source == "monitor" and record.cameras == (4,)
    # The next sweep finds it open: no second record for the same outage.
    again = run_epewall("health", "--epe", name)
    assert "Interruption opened" not in again.stdout


def test_a_silent_device_is_unreachable_within_the_deadline(site_epe: tuple[str, int]) -> None:
    name, epe_id = site_epe
    with faulty_server("silent") as server:
        _move_camera(epe_id, 3, server.url.replace("http://", "rtsp://") + "/cam3")
        result = run_epewall("health", "--epe", name)
    assert result.returncode == 1
    assert _lines(result.stdout, name)[3].startswith("Unreachable\tconnected, no answer within")


def test_a_changed_password_is_one_refused_login_not_one_per_camera(
    site_epe: tuple[str, int], store: CredentialStore
) -> None:
    name, epe_id = site_epe
    with Registry() as registry:
        store.set_password(registry.get_epe(epe_id).uid, "not-the-password")
    result = run_epewall("health", "--epe", name)
    assert result.returncode == 1
    lines = _lines(result.stdout, name)
    first, *others = sorted(lines)
    assert lines[first] == "Account refused\taccount refused (401)"
    # The others are asked without the account: the EPE's NVR sees one failed login, not five.
    assert all("account refused for another camera" in lines[n] for n in others), lines
    assert "not-the-password" not in result.stdout + result.stderr


def test_an_unknown_epe_is_bad_input(site_epe: tuple[str, int]) -> None:
    result = run_epewall("health", "--epe", "Không có DNCX này")
    assert result.returncode == 2
    assert "No EPE named" in result.stderr
