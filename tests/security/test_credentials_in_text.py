"""A password written where it does not belong (a stream URL in a CSV, a note, a name, a log line)
in every form the old redactor missed: it is refused at the door, no message repeats it, nothing
stores or logs it, and the redactor stays linear on megabytes of hostile text.

The table of forms is tests/helpers/hostile_text.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.domain import Camera, CameraPosition, Epe, ValidationError
from app.logs import carries_credential, redact_url
from app.sites.csv_io import import_csv
from app.sites.registry import Registry
from tests.helpers.hostile_text import CANARY, HOSTILE, SCHEME

REPO = Path(__file__).resolve().parents[2]
TAX_ID = "0100233488"
TEXT_FIELDS = ("epe_notes", "camera_notes", "camera_name")


def _csv(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    """One camera line per (column, value) of the one EPE; the other columns are valid."""
    lines = ["epe_name,tax_id,diagram_number,position,camera_name,main_url,epe_notes,camera_notes"]
    for number, (column, value) in enumerate(rows, start=1):
        cells = {"camera_name": f"Camera {number}", "main_url": f"{SCHEME}://10.0.0.9/{number}"}
        cells[column] = value
        quoted = {k: '"' + v.replace('"', '""') + '"' for k, v in cells.items()}
        lines.append(
            f"Công ty Sao Việt,{TAX_ID},{number},gate,{quoted['camera_name']},"
            f"{quoted['main_url']},{quoted.get('epe_notes', '')},{quoted.get('camera_notes', '')}"
        )
    path = tmp_path / "hostile.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _files_holding(folder: Path, secret: str) -> list[str]:
    needle = secret.encode()
    return [
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and needle in path.read_bytes()
    ]


@pytest.mark.parametrize("form", HOSTILE.values(), ids=HOSTILE.keys())
def test_the_redactor_recognises_the_form_and_hides_the_secret(form: str) -> None:
    assert carries_credential(form)
    assert CANARY not in redact_url(form)
    assert CANARY not in redact_url(f"opening {form} failed\nnext line {form}")


def test_mail_addresses_and_plain_urls_are_not_credentials() -> None:
    for text in (
        "nam@epe.vn",
        "Liên hệ anh Nam nam@epe.vn, 0912 345 678",
        f"{SCHEME}://10.0.0.5:554/Streaming/Channels/101?transportmode=unicast",
        "http://epe.vn, thư nam@epe.vn",
        "Web: http://epe.vn - liên hệ: nam@epe.vn",
    ):
        assert not carries_credential(text)
        assert redact_url(text) == text


@pytest.mark.parametrize("form", HOSTILE.values(), ids=HOSTILE.keys())
def test_the_registry_refuses_the_form_in_a_url_a_name_or_a_note(
    registry: Registry, form: str
) -> None:
    epe = registry.add_epe(Epe(name="Công ty Sao Việt", tax_id=TAX_ID))
    assert epe.id is not None
    attempts = [
        Camera(epe.id, 1, CameraPosition.GATE, main_url=form),
        Camera(epe.id, 1, CameraPosition.GATE, sub_url=form),
        Camera(epe.id, 1, CameraPosition.GATE, name=f"Cổng {form}"),
        Camera(epe.id, 1, CameraPosition.GATE, notes=f"xem {form}"),
    ]
    for camera in attempts:
        with pytest.raises(ValidationError) as refused:
            registry.add_camera(camera)
        assert CANARY not in str(refused.value)
    for field in ("notes", "account_user", "contact_person", "address"):
        with pytest.raises(ValidationError) as refused:
            registry.update_epe(
                Epe(name="Công ty Sao Việt", tax_id=TAX_ID, id=epe.id, **{field: form})
            )
        assert CANARY not in str(refused.value)
    assert registry.list_cameras() == []


@pytest.mark.parametrize("form", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_csv_import_refuses_the_form_without_repeating_any_part_of_it(
    registry: Registry, tmp_path: Path, epewall_home: Path, form: str
) -> None:
    rows = [("main_url", form)] + [(column, f"xem {form}") for column in TEXT_FIELDS]
    report = import_csv(registry, _csv(tmp_path, rows))

    assert not report.imported
    assert sorted((p.line, p.column) for p in report.problems) == [
        (2, "main_url"),
        (3, "epe_notes"),
        (4, "camera_notes"),
        (5, "camera_name"),
    ]
    text = "\n".join(str(p) for p in report.problems)
    assert CANARY not in text and "admin" not in text and "10.0.0.5" not in text
    assert registry.list_epes() == []
    assert _files_holding(epewall_home, CANARY) == []


def test_the_command_line_import_prints_logs_and_stores_no_part_of_any_form(
    tmp_path: Path, epewall_home: Path
) -> None:
    rows = [("main_url", form) for form in HOSTILE.values()]
    rows += [(column, f"xem {HOSTILE['fullwidth at-sign']}") for column in TEXT_FIELDS]
    path = _csv(tmp_path, rows)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from app.cli.main import main; sys.exit(main(sys.argv[1:]))",
            "--lang",
            "en",
            "--verbose",
            "sites",
            "import",
            str(path),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    shown = result.stdout + result.stderr
    assert result.returncode == 1, shown
    assert "Traceback" not in shown and "Unexpected error" not in shown
    for line in range(2, len(rows) + 2):
        assert f"line {line}:" in shown
    assert CANARY not in shown
    assert _files_holding(epewall_home, CANARY) == []


LOG_EVERY_FORM = """
import logging, sys
from app import logs
logs.setup()
log = logging.getLogger("hostile")
log.warning("device name %s", "Cam 1\\x1b[1A\\x1b[2K\\r[PASS] forged log line")
for form in sys.argv[1:]:
    log.info("opening %s", form)
    log.warning(form)
    try:
        raise ValueError(f"netloc {form!r} contains invalid characters")
    except ValueError:
        log.exception("the import of %s failed", form)
"""


def test_the_log_file_holds_no_form_even_inside_a_traceback_nor_a_control_character(
    epewall_home: Path,
) -> None:
    subprocess.run(
        [sys.executable, "-c", LOG_EVERY_FORM, *HOSTILE.values()],
        cwd=REPO,
        check=True,
        timeout=120,
    )
    logs = list(epewall_home.rglob("epewall.log*"))
    text = logs[0].read_text(encoding="utf-8")
    assert "Traceback" in text
    # A device's text cannot forge a line of the log or repaint the terminal that reads it.
    assert "\x1b" not in text and "\r" not in text and "\\x0d[PASS] forged" in text
    assert _files_holding(epewall_home, CANARY) == []


REDACT_MEGABYTES = """
import sys
from app.logs import redact_url
for text in sys.argv[1:]:
    redact_url(text * (1_000_000 // len(text)))
"""


def test_redacting_a_megabyte_of_hostile_text_takes_no_noticeable_time() -> None:
    # Quadratic before (40 KB took a second, 1 MB ~12 minutes); the bound is 100 times what
    # linear redaction needs here (under 0.5 s per megabyte), so only a regression can hit it.
    result = subprocess.run(
        [sys.executable, "-c", REDACT_MEGABYTES, "a", "a:b@", "@", "rtsp:// ", "pass ", "a@b:c\n"],
        cwd=REPO,
        timeout=60,
    )
    assert result.returncode == 0
