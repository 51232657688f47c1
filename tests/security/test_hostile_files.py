"""Files a user names that are not what they claim: a device, a pipe, a file too large, a cell of
a megabyte, a URL that cannot be parsed. Each is refused at once with a message that says what
is wrong (and where), never "Unexpected error", never a wait without end."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain import Camera, CameraPosition
from app.sites.csv_io import SITES_CSV_MAX_BYTES, SitesFileError, import_csv
from app.sites.registry import Registry, validate_camera_fields

REPO = Path(__file__).resolve().parents[2]
MAIN = "import sys; from app.cli.main import main; sys.exit(main(sys.argv[1:]))"
HEADER = "epe_name,tax_id,diagram_number,position,main_url,camera_notes\n"
ROW = "Công ty Sao Việt,0100233488,1,gate,rtsp://10.0.0.5/ch1,"


def _limit_memory() -> None:
    # An import that reads /dev/zero to the end must fail here, not take the machine's memory.
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))


def _run(*argv: str, code: str = MAIN) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *argv],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,  # the refusal is immediate; before, a FIFO waited for ever
        preexec_fn=_limit_memory,
    )


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "sites.csv"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("kind", ["/dev/zero", "fifo"])
def test_the_sites_import_refuses_a_device_or_a_pipe_at_once(
    kind: str, fifo: Path, epewall_home: Path
) -> None:
    path = "/dev/zero" if kind == "/dev/zero" else str(fifo)
    result = _run("--lang", "en", "sites", "import", path)
    assert result.returncode == 2
    assert "is not an ordinary file (it is a device, a pipe or a socket)" in result.stderr
    assert "Unexpected error" not in result.stderr and "Traceback" not in result.stderr


READ_LOG = """
import sys
from app.rotation.log_exchange import LogFileError, read_log_file
try:
    read_log_file(sys.argv[1], b"k" * 32)
except LogFileError as exc:
    print(exc)
"""


@pytest.mark.parametrize("kind", ["/dev/zero", "fifo"])
def test_the_log_import_refuses_a_device_or_a_pipe_at_once(kind: str, fifo: Path) -> None:
    path = "/dev/zero" if kind == "/dev/zero" else str(fifo)
    result = _run(path, code=READ_LOG)
    assert result.returncode == 0, result.stderr
    assert "is not an ordinary file" in result.stdout


def test_a_log_file_nested_100k_deep_is_refused_not_a_recursion_error(tmp_path: Path) -> None:
    """A forged log file of 100,000 ``[``: refused as not an epewall log, before json.loads
    (which raises RecursionError on it) and before its signature is looked at."""
    path = tmp_path / "forged.epelog"
    path.write_text('{"format": "epewall-log", "records": ' + "[" * 100_000 + "]" * 100_000 + "}")
    result = _run(str(path), code=READ_LOG)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "forged.epelog was refused: it is not an epewall log file, or it was damaged."
    )


def test_a_file_over_the_cap_is_refused_before_it_is_read(
    registry: Registry, tmp_path: Path
) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as file:
        file.write(HEADER.encode())
        file.truncate(SITES_CSV_MAX_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(SitesFileError) as refused:
        import_csv(registry, path)
    assert "is too large: this kind of file can be at most 32 MB" in str(refused.value)


@pytest.mark.parametrize("quoted", [True, False], ids=["quoted", "unquoted"])
def test_a_megabyte_cell_is_reported_as_too_long_on_its_line(
    registry: Registry, tmp_path: Path, quoted: bool
) -> None:
    cell = "x" * 1_000_000
    path = tmp_path / "big-cell.csv"
    path.write_text(
        HEADER + ROW + "\n" + ROW.replace(",1,", ",2,") + (f'"{cell}"' if quoted else cell) + "\n",
        encoding="utf-8",
    )
    report = import_csv(registry, path)
    assert not report.imported
    [problem] = report.problems
    assert problem.line == 3
    assert "is too long" in problem.message and "quotation mark" not in problem.message


def test_an_unclosed_ipv6_address_is_an_invalid_url_not_an_unexpected_error(
    registry: Registry, tmp_path: Path
) -> None:
    broken = "rtsp://[::1/ch1"
    problems = validate_camera_fields(Camera(1, 1, CameraPosition.GATE, main_url=broken))
    assert [p.field for p in problems] == ["main_url"]
    assert "needs a host name or IP address" in problems[0].message

    path = tmp_path / "ipv6.csv"
    path.write_text(HEADER + ROW.replace("rtsp://10.0.0.5/ch1", broken) + "\n", encoding="utf-8")
    report = import_csv(registry, path)
    assert [(p.line, p.column) for p in report.problems] == [(2, "main_url")]
    assert "needs a host name or IP address" in str(report.problems[0])
