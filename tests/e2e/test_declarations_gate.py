"""Issue #14's end to end: a simulated EPE whose gate camera sees a dozen vehicles in an hour of
yesterday; its customs file (``epewall sim customs-file``) is imported (the line with the wrong
check digit refused with its line number, then the rest), the gate recording is scanned through
the real recorder, keyring and OCR (``epewall declarations scan``), and ``epewall reconcile``
finds every planted discrepancy with its status and flags nothing correct."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.main import main
from app.declarations.codes import normalise_container, normalise_plate
from app.declarations.wording import show_duration
from app.secrets import CredentialStore
from app.simsite.site import SimulatedSite
from app.sites.demo import register_site
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.keyring import require_throwaway_keyring
from tests.helpers.sim_fixtures import SiteFactory, config_with_gate_traffic

pytestmark = pytest.mark.e2e

GATE_EPE = "0315867420"  # Sao Việt, its recorder speaks Profile G


@pytest.fixture
def gate_site(
    sim_site_factory: SiteFactory, tmp_path: Path, epewall_home: Path
) -> Iterator[tuple[Path, Registry, dt.date]]:
    """The default site with a short day at Sao Việt's gate: 12 vehicles between 09:00 and
    10:00 (Vietnam time) on camera 1, the same ones every day, so yesterday's are in the
    recorder."""
    require_throwaway_keyring()
    # The same twelve vehicles every day: what the test reads does not depend on the date.
    traffic: dict[str, object] = {
        "per_hour": 12,
        "from": "09:00",
        "to": "10:00",
        "cameras": [1],
        "same_every_day": True,
    }
    config = config_with_gate_traffic(tmp_path, GATE_EPE, traffic)
    site: SimulatedSite = sim_site_factory(config=config)
    registry = Registry()
    for _step in register_site(registry, CredentialStore(), site.description):
        pass
    yesterday = dt.datetime.now(VIETNAM).date() - dt.timedelta(days=1)
    yield config, registry, yesterday
    registry.close()


def epewall(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_customs_file_against_the_gate_finds_every_plant_and_nothing_else(
    gate_site: tuple[Path, Registry, dt.date],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    config, _registry, day = gate_site
    customs = tmp_path / "customs.csv"
    code, _, err = epewall(
        capsys, "sim", "customs-file", GATE_EPE, "--date", day.isoformat(), str(customs),
        "--config", str(config),
    )  # fmt: skip
    assert code == 0, err
    truth = json.loads(customs.with_name("customs.truth.json").read_text(encoding="utf-8"))

    # The import refuses the file for its one bad line, named; without it the rest goes in.
    wrong = truth["wrong_check_digit"]
    code, _, err = epewall(capsys, "declarations", "import", str(customs))
    assert code == 2 and f"line {wrong['line']}" in err and "check digit" in err
    lines = customs.read_text(encoding="utf-8").splitlines(keepends=True)
    rest = tmp_path / "rest.csv"
    rest.write_text("".join(lines[: wrong["line"] - 1] + lines[wrong["line"] :]), "utf-8")
    code, out, err = epewall(capsys, "declarations", "import", str(rest))
    assert code == 0, err

    # The officer scans the hour of the gate recording.
    code, out, err = epewall(
        capsys, "declarations", "scan", GATE_EPE, "--date", day.isoformat(),
        "--from", "09:00", "--to", "10:00",
    )  # fmt: skip
    assert code == 0, err
    assert "camera 1, 09:" in err, "progress names the camera and the moment"
    assert "codes stored" in out

    code, out, err = epewall(capsys, "reconcile", GATE_EPE, "--date", day.isoformat(), "--csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))

    def statuses(code: str) -> list[str]:
        canon = _canonical(code)
        return [
            r["status"] for r in rows if canon in (_canonical(r["declared"]), _canonical(r["seen"]))
        ]

    late, ghost = truth["outside_window"], truth["never_passes"]
    typo, stranger = truth["mistyped_plate"], truth["undeclared"]
    assert statuses(ghost["container"]) == ["not_seen"]
    assert statuses(ghost["plate"]) == ["not_seen"]
    assert statuses(late["container"]) == ["outside_window"]
    assert statuses(late["plate"]) == ["outside_window"]
    late_row = next(r for r in rows if _canonical(r["declared"]) == late["container"])
    # Read while it stood at the barrier, within seconds of the moment the file was made from.
    offset = dt.timedelta(seconds=late["offset_seconds"])
    assert "after the window ended" in late_row["reason"]
    assert any(
        show_duration(offset + dt.timedelta(minutes=m)) in late_row["reason"] for m in (-1, 0, 1)
    ), late_row["reason"]
    typo_rows = [r for r in rows if _canonical(r["declared"]) == _canonical(typo["declared"])]
    assert [(r["status"], _canonical(r["seen"])) for r in typo_rows] == [
        ("possible_misread", _canonical(typo["actual"]))
    ]
    assert statuses(stranger["container"]) == ["undeclared"]
    assert statuses(stranger["plate"]) == ["undeclared"]

    planted = {
        _canonical(c)
        for c in (
            late["container"], late["plate"], ghost["container"], ghost["plate"],
            typo["declared"], stranger["container"], stranger["plate"],
        )
    }  # fmt: skip
    flagged = [r for r in rows if r["status"] != "seen"]
    wrongly = [
        r for r in flagged if (_canonical(r["declared"]) or _canonical(r["seen"])) not in planted
    ]
    assert wrongly == [], "nothing correct is flagged: " + "; ".join(
        f"{r['status']} {r['declared'] or r['seen']} ({r['reason']})" for r in wrongly
    )
    assert len(rows) - len(flagged) >= 12, "every other container and plate is seen"


def _canonical(text: str) -> str:
    """A code as the reconcile's CSV shows it (display form), canonical; '' for none."""
    if not text:
        return ""
    for normalise in (normalise_container, normalise_plate):
        try:
            return normalise(text)
        except ValueError:
            continue
    return text
