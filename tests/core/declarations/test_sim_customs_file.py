"""``epewall sim customs-file``: the simulated EPE's customs file for a day, whose five planted
discrepancies (``OUT.truth.json``) reconciliation finds against what the gate shows, and nothing
else."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from app.cli.main import main
from app.declarations.importing import import_file
from app.declarations.reconcile import GateRead, ItemKind, Status, reconcile
from app.declarations.store import list_documents, local_day_span
from app.simsite import config as sim_config
from app.simsite import gate_traffic
from app.sites.registry import Registry
from tests.helpers.sites import SiteBuilder

DEFAULT_SITE = Path(sim_config.__file__).with_name("default_site.json")
DAY = dt.date(2026, 12, 1)


@pytest.fixture
def customs(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    request: pytest.FixtureRequest,
) -> tuple[Path, dict[str, object]]:
    """The file and its truth, written by the command line as a trainer runs it."""
    if not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    request.getfixturevalue("qapp")
    out = tmp_path / "saoviet.csv"
    code = main(
        ["--lang", "en", "sim", "customs-file", "0315867420", "--date", "2026-12-01", str(out)]
    )
    printed = capsys.readouterr().out
    assert code == 0 and "written to" in printed
    truth = json.loads((tmp_path / "saoviet.truth.json").read_text(encoding="utf-8"))
    return out, truth


def test_the_command_refuses_an_unknown_epe_and_an_epe_without_traffic(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    out = tmp_path / "x.csv"
    assert (
        main(["--lang", "en", "sim", "customs-file", "nobody", "--date", "2026-12-01", str(out)])
        == 2
    )
    assert "No EPE nobody" in capsys.readouterr().err
    code = main(
        ["--lang", "en", "sim", "customs-file", "2301275957", "--date", "2026-12-01", str(out)]
    )
    assert code == 2 and "has no gate traffic" in capsys.readouterr().err
    assert not out.exists() and not tmp_path.joinpath("x.truth.json").exists()


def reads_from_the_gate(day: dt.date) -> list[GateRead]:
    """What a perfect reader of the gate camera reads: each vehicle's codes as it stands."""
    start, end = local_day_span(day)
    reads = []
    for passage in gate_traffic.passages(sim_config.load(DEFAULT_SITE)[0], start, end):
        if passage.container:
            reads.append(GateRead(ItemKind.CONTAINER, passage.container, passage.at, 1, True))
        reads.append(GateRead(ItemKind.PLATE, passage.plate, passage.at, 1, True))
    return reads


def test_the_customs_file_imports_but_its_wrong_check_digit_and_reconciles_to_its_plants(
    customs: tuple[Path, dict[str, object]], registry: Registry
) -> None:
    path, truth = customs
    epe, _ = SiteBuilder(registry).add_epe("Công ty TNHH Điện tử Sao Việt", "0315867420")

    report = import_file(registry, path)

    wrong = truth["wrong_check_digit"]
    assert isinstance(wrong, dict)
    assert [p.line for p in report.problems] == [wrong["line"]]
    assert "check digit" in report.problems[0].message and not report.imported
    # Without that line the rest imports, every other document.
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    rest = path.with_name("rest.csv")
    rest.write_text("".join(lines[: wrong["line"] - 1] + lines[wrong["line"] :]), encoding="utf-8")
    report = import_file(registry, rest)
    assert report.ok and report.added == truth["documents"] - 1

    documents = list_documents(registry, epe.id, DAY)
    findings = reconcile(
        [d.movement() for d in documents], reads_from_the_gate(DAY), span=local_day_span(DAY)
    )

    def status(kind: ItemKind, code: str) -> list[Status]:
        return [f.status for f in findings if f.kind is kind and code in (f.declared, f.seen)]

    late, ghost = truth["outside_window"], truth["never_passes"]
    typo, stranger = truth["mistyped_plate"], truth["undeclared"]
    assert isinstance(late, dict) and isinstance(ghost, dict)
    assert isinstance(typo, dict) and isinstance(stranger, dict)
    assert status(ItemKind.CONTAINER, late["container"]) == [Status.OUTSIDE_WINDOW]
    assert status(ItemKind.PLATE, late["plate"]) == [Status.OUTSIDE_WINDOW]
    offset = next(f.offset for f in findings if f.declared == late["container"])
    assert offset == dt.timedelta(seconds=late["offset_seconds"]) > dt.timedelta(minutes=30)
    assert status(ItemKind.CONTAINER, ghost["container"]) == [Status.NOT_SEEN]
    assert status(ItemKind.PLATE, ghost["plate"]) == [Status.NOT_SEEN]
    misread = [f for f in findings if f.declared == typo["declared"]]
    assert [(f.status, f.seen) for f in misread] == [(Status.POSSIBLE_MISREAD, typo["actual"])]
    assert status(ItemKind.CONTAINER, typo["container"]) == [Status.SEEN]
    assert status(ItemKind.CONTAINER, stranger["container"]) == [Status.UNDECLARED]
    assert status(ItemKind.PLATE, stranger["plate"]) == [Status.UNDECLARED]
    # The container of the bad release confirmation is still declared by its declaration.
    assert status(ItemKind.CONTAINER, wrong["correct"]) == [Status.SEEN]

    planted = {
        late["container"],
        late["plate"],
        ghost["container"],
        ghost["plate"],
        typo["declared"],
        stranger["container"],
        stranger["plate"],
    }
    flagged = [f for f in findings if f.status is not Status.SEEN]
    assert {f.declared or f.seen for f in flagged} == planted
    assert len(flagged) == len(planted)
    assert len(findings) - len(flagged) > 40  # every other container and plate: seen
