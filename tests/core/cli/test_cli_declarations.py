"""``epewall declarations import|list|import-reads`` and ``epewall reconcile`` as an officer runs
them: exit codes, a line per bad row, and a day's reconciliation with its planted discrepancies."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli.main import main
from app.sites.csv_io import import_csv
from app.sites.registry import Registry

REPO = Path(__file__).resolve().parents[3]
SAMPLE = REPO / "resources" / "samples" / "declarations_sample.csv"
SITES = REPO / "tests" / "data" / "sites_sample.csv"
SAO_VIET = "0100233488"

Cli = Callable[..., tuple[int, str, str]]

# The gate on 2 December 2026, Vietnamese time, against the sample file:
# - declaration/release 106123456780: CSQU 305438 3 on 51C-123.45 in its window (a bad frame too);
# - delivery note PXK-2026-0412: MSKU 907032 3 in its window, TGHU 000000 8 never passes, its plate
#   29H-123.45 typed one digit off (the gate reads 29H-123.46);
# - warehouse receipt PNK-2026-1187: 59-X1 123.45 passes 40 minutes after its window;
# - an undeclared container, TCKU 366078 1, passes at 11:00.
READS = """time,camera,kind,code,crop,sha256
2026-12-02 08:30:00,1,container,CSQU 305438 3,crops/1.png,{sha}
2026-12-02 08:30:01,1,container,CSQU 305438 3,,
2026-12-02 08:30:02,1,container,CSQU 305438 5,,
2026-12-02 08:30:01,1,plate,51C-123.45,,
2026-12-02 14:00:00,1,container,MSKU 907032 3,,
2026-12-02 14:00:01,1,plate,29H-123.46,,
2026-12-02 17:10:00,1,plate,59-X1 123.45,,
2026-12-02 11:00:00,1,container,TCKU 366078 1,,
2026-12-02 11:00:02,1,container,TCKU 366078 1,,
"""


@pytest.fixture
def epewall(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    registry: Registry,
) -> Cli:
    """``epewall --lang en ARGS`` in this process, on a registry with the sample EPEs."""
    if not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    request.getfixturevalue("qapp")
    assert import_csv(registry, SITES).imported

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--lang", "en", *args])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return run


def test_import_then_reimport_of_the_sample(epewall: Cli) -> None:
    code, out, _ = epewall("declarations", "import", str(SAMPLE), "--dry-run")
    assert code == 0 and "Nothing was changed (dry run)" in out
    code, out, _ = epewall("declarations", "list")
    assert code == 0 and "No customs documents" in out

    code, out, _ = epewall("declarations", "import", str(SAMPLE))
    assert code == 0 and "Documents: 4 added, 0 updated, 0 unchanged." in out
    code, out, _ = epewall("declarations", "import", str(SAMPLE))
    assert code == 0 and "Documents: 0 added, 0 updated, 4 unchanged." in out

    code, out, _ = epewall("declarations", "list", "--epe", SAO_VIET, "--date", "2026-12-02")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4
    assert "delivery note PXK-2026-0412" in lines[2] and "13:30 – 15:00" in lines[2]
    assert "MSKU 907032 3; TGHU 000000 8; 29H-123.45" in lines[2]
    code, out, _ = epewall("declarations", "list", "--date", "2026-12-03")
    assert "No customs documents" in out


def test_a_file_with_bad_rows_exits_2_with_a_line_each(epewall: Cli, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "kind,number,tax_id,direction,containers,plates,window_start,window_end\n"
        f"declaration,1,{SAO_VIET},in,CSQU3054384,,2026-12-02 08:00,2026-12-02 09:00\n"
        f"declaration,2,{SAO_VIET},in,CSQU3054383,,2026-12-02 08:00,2026-12-02 07:00\n",
        encoding="utf-8",
    )
    code, out, err = epewall("declarations", "import", str(path))
    assert code == 2 and out == ""
    assert err.splitlines()[:2] == [
        "line 2: containers: CSQU3054384 has a wrong check digit (ISO 6346 gives 3 for its "
        "first 10 characters).",
        "line 3: window_end: the window ends before it starts (window_start is later).",
    ]
    assert "nothing was changed" in err
    assert "No customs documents" in epewall("declarations", "list")[1]


def test_a_day_reconciled_finds_every_planted_discrepancy_and_flags_nothing_correct(
    epewall: Cli, tmp_path: Path
) -> None:
    epewall("declarations", "import", str(SAMPLE))
    reads = tmp_path / "reads.csv"
    reads.write_text(READS.format(sha="ab" * 32), encoding="utf-8")
    code, out, _ = epewall("declarations", "import-reads", SAO_VIET, str(reads))
    assert code == 0 and "Stored 9 gate reads" in out

    code, out, _ = epewall("reconcile", SAO_VIET, "--date", "2026-12-02", "--csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    found = [(r["status"], r["document_number"], r["declared"], r["seen"]) for r in rows]
    assert found == [
        ("seen", "106123456780", "CSQU 305438 3", ""),
        ("seen", "106123456780", "51C-123.45", ""),
        ("seen", "106123456780", "CSQU 305438 3", ""),
        ("seen", "106123456780", "51C-123.45", ""),
        ("seen", "PXK-2026-0412", "MSKU 907032 3", ""),
        ("not_seen", "PXK-2026-0412", "TGHU 000000 8", ""),
        ("possible_misread", "PXK-2026-0412", "29H-123.45", "29H-123.46"),
        ("outside_window", "PNK-2026-1187", "59-X1 123.45", ""),
        ("undeclared", "", "", "TCKU 366078 1"),
    ]
    late = rows[7]
    assert "40 min after the window ended" in late["reason"]
    assert (late["first_read"], late["camera"]) == ("2026-12-02 17:10:00", "1")
    assert rows[8]["reads"] == "2"

    code, out, _ = epewall("reconcile", "Công ty TNHH Điện tử Sao Việt", "--date", "2026-12-02")
    assert code == 0
    assert "4 of 9 lines need the officer's review." in out
    assert "undeclared" in out and "no document declares it" in out
    assert "release confirmation 106123456780 CSQU 305438 3: seen as declared" in out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("reconcile", "Nobody Ltd", "--date", "2026-12-02"), "No EPE named Nobody Ltd"),
        (("reconcile", SAO_VIET, "--date", "02/12/2026"), "02/12/2026 is not a date"),
        (("declarations", "import", "/nonexistent.csv"), "does not exist"),
    ],
)
def test_what_cannot_be_done_is_said_in_one_line(
    epewall: Cli, args: tuple[str, ...], words: str
) -> None:
    code, out, err = epewall(*args)
    assert code == 2 and words in err
