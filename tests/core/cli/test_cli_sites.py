"""``epewall sites import|export|list`` as an admin runs them: messages, exit codes, files."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli.main import main
from app.sites.csv_io import COLUMNS
from app.sites.registry import Registry
from tests.helpers.csv_files import bad_sites_file

REPO = Path(__file__).resolve().parents[3]
DATA = REPO / "tests" / "data"
SAMPLE = DATA / "sites_sample.csv"
MAIN = "import sys; from app.cli.main import main; sys.exit(main(sys.argv[1:]))"

Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def sites(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Cli:
    """``epewall --lang en sites ARGS`` in this process: (exit code, stdout, stderr).

    pytest-qt's ``qapp`` is created first so that app.cli.main.run() finds a QApplication: a bare
    QCoreApplication made by run() would outlive the test and break the widget tests of the
    same session.
    """
    if not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # tests/core run without a screen
    request.getfixturevalue("qapp")

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--lang", "en", "sites", *args])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return run


def test_import_prints_a_summary_and_list_shows_epes_and_cameras(sites: Cli) -> None:
    code, out, err = sites("import", str(SAMPLE))
    assert (code, err) == (0, "")
    assert f"Imported {SAMPLE} (8 lines)." in out
    assert "EPEs: 3 added, 0 updated, 0 unchanged. Cameras: 7 added, 0 updated, 0 unchanged." in out

    code, out, err = sites("list")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    # "camera" and not "camera(s)": an English catalogue may give the plural its proper form.
    assert lines[0].startswith(
        "Công ty CP Linh kiện Đông Á (tax ID 8698980006, risk: Low): 0 camera"
    )
    assert any(
        line.startswith("Công ty TNHH Điện tử Sao Việt (tax ID 0100233488, risk: Medium): 5 camera")
        for line in lines
    )
    assert (
        "     1  Gate / door  [online]  Cổng chính  "
        "rtsp://10.20.1.11:554/Streaming/Channels/101  "
        "rtsp://10.20.1.11:554/Streaming/Channels/102"
    ) in lines
    assert any(line.startswith("     5  Other  [on request]  Văn phòng") for line in lines)
    headings = [line.split(" (tax ID")[0] for line in lines if "(tax ID" in line]
    assert headings == [
        "Công ty CP Linh kiện Đông Á",
        "Công ty TNHH Điện tử Sao Việt",
        "Công ty TNHH May mặc Phú Hưng",
    ]


def test_a_bad_file_lists_every_problem_and_imports_nothing(
    sites: Cli, epewall_home: Path, tmp_path: Path
) -> None:
    bad = bad_sites_file(tmp_path)
    code, out, err = sites("import", str(bad))
    assert code == 1 and out == ""
    lines = err.splitlines()
    numbers = [int(line.split(":")[0].removeprefix("line ")) for line in lines[:-1]]
    assert numbers == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]
    assert (
        lines[-1] == f"{bad} was not imported: nothing was changed. Correct the lines above "
        "and try again."
    )
    assert "Secr3t" not in err
    log_file = epewall_home / "log" / "epewall.log"
    assert not log_file.exists() or "Secr3t" not in log_file.read_text(encoding="utf-8")

    code, out, _ = sites("list")
    assert code == 0 and out.startswith("The registry is empty.")


def test_dry_run_checks_without_changing_anything(sites: Cli) -> None:
    code, out, err = sites("import", "--dry-run", str(SAMPLE))
    assert (code, err) == (0, "")
    assert "Nothing was changed (dry run)" in out and "EPEs: 3 added" in out
    with Registry() as registry:
        assert registry.list_epes() == []


def test_a_missing_file_or_a_folder_exits_2_with_a_clear_message(
    sites: Cli, tmp_path: Path
) -> None:
    code, out, err = sites("import", str(tmp_path / "thiếu.csv"))
    assert (code, out) == (2, "")
    assert err.strip() == f"The file {tmp_path / 'thiếu.csv'} does not exist."
    code, _, err = sites("import", str(tmp_path))
    assert code == 2 and "is a folder" in err


def test_export_to_a_file_for_excel_and_to_stdout(sites: Cli, tmp_path: Path) -> None:
    sites("import", str(SAMPLE))
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "dncx.csv"
    code, out, err = sites("export", "-o", str(target))
    assert (code, err) == (0, "")
    assert out.strip() == f"Exported 3 EPEs and 7 cameras to {target} (no passwords)."
    data = target.read_bytes()
    assert data.startswith(codecs.BOM_UTF8 + ",".join(COLUMNS).encode())
    assert [p.name for p in target.parent.iterdir()] == ["dncx.csv"]  # no temporary file left

    code, out, err = sites("export")
    assert (code, err) == (0, "")
    assert out.encode("utf-8") == data  # not a terminal: same bytes, BOM included

    code, out, err = sites("import", str(target))
    assert code == 0 and "EPEs: 0 added, 0 updated, 3 unchanged." in out


def test_export_to_a_folder_that_does_not_exist(sites: Cli, tmp_path: Path) -> None:
    code, out, err = sites("export", "--output", str(tmp_path / "missing" / "dncx.csv"))
    assert (code, out) == (2, "")
    assert err.startswith(f"Cannot write {tmp_path / 'missing' / 'dncx.csv'}:")


def test_a_damaged_registry_is_explained_not_dumped(sites: Cli, epewall_home: Path) -> None:
    database = epewall_home / "data" / "epewall.sqlite3"
    database.parent.mkdir(parents=True, exist_ok=True)
    database.write_bytes(b"not a database " * 500)
    code, out, err = sites("list")
    assert (code, out) == (2, "")
    assert "damaged" in err and str(database) in err


def _epewall(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", MAIN, "--lang", "en", "sites", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "EPEWALL_HOME": str(home)},
        timeout=120,
    )


def test_the_real_command_in_its_own_process(tmp_path: Path) -> None:
    home = tmp_path / "home"
    bad = _epewall(home, "import", str(bad_sites_file(tmp_path)))
    assert bad.returncode == 1
    assert bad.stderr.splitlines()[0].startswith("line 3: tax_id:")
    assert "Traceback" not in bad.stderr and "Secr3t" not in bad.stderr

    good = _epewall(home, "import", str(SAMPLE))
    assert good.returncode == 0, good.stderr
    assert "Cameras: 7 added" in good.stdout

    listed = _epewall(home, "list")
    assert listed.returncode == 0, listed.stderr
    assert "Công ty TNHH May mặc Phú Hưng (tax ID 4798091148, risk: High): 2 camera" in (
        listed.stdout
    )
    assert (home / "data" / "epewall.sqlite3").is_file()
