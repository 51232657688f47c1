"""The printable page of a snapshot: one A4 page with the picture, the details and the hash.

The PDF is read back with poppler-utils (pdfinfo, pdftotext, pdftoppm), as an officer's PDF
viewer would show it.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from app.evidence.snapshots import (
    INCOMING,
    SnapshotBook,
    SnapshotRecord,
    SnapshotSubject,
    finish_snapshot,
)
from app.sites.registry import Registry
from widgets.evidence.snapshot_print import (
    SnapshotPrintError,
    default_pdf_path,
    print_to,
    render_snapshot_pdf,
)

EPE_NAME = "Công ty TNHH May mặc Hòa Bình Xanh"
TAX_ID = "4798091148"
SUBJECT = SnapshotSubject(EPE_NAME, TAX_ID, 4, "storage_yard", "Bãi container", 204, 2, "main")
TAKEN = dt.datetime(2025, 3, 4, 2, 5, 6, tzinfo=dt.UTC)


def poppler(tool: str, *args: str) -> str:
    assert shutil.which(tool), f"{tool} is missing: install poppler-utils (setup-debian.sh)"
    result = subprocess.run(
        [tool, *args], capture_output=True, text=True, encoding="utf-8", timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def page_text(pdf: Path) -> str:
    return poppler("pdftotext", "-layout", str(pdf), "-")


def page_count(pdf: Path) -> int:
    info = poppler("pdfinfo", str(pdf))
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def record(tmp_path: Path, qtbot: QtBot) -> Iterator[SnapshotRecord]:
    """A recorded 1920x1080 snapshot, pure red so the picture can be found on the page."""
    folder = tmp_path / "snapshots"
    (folder / INCOMING).mkdir(parents=True)
    raw = folder / INCOMING / "raw.png"
    image = QImage(1920, 1080, QImage.Format.Format_RGB32)
    image.fill(QColor(220, 20, 20))
    assert image.save(str(raw))
    with Registry(tmp_path / "epewall.sqlite3") as registry:
        book = SnapshotBook(registry, folder)
        saved = finish_snapshot(raw, folder / "shot.png", SUBJECT, TAKEN, "nguyenvana", book)
        book.set_note(saved.id or 0, "Xe 51C-123.45 vào bãi lúc 09:05")
        yield book.get(saved.id or 0)


def red_share(pdf: Path, tmp_path: Path) -> float:
    poppler("pdftoppm", "-r", "20", "-png", "-singlefile", str(pdf), str(tmp_path / "page"))
    page = QImage(str(tmp_path / "page.png"))
    red = sum(
        1
        for y in range(page.height())
        for x in range(page.width())
        if (c := page.pixelColor(x, y)).red() > 180 and c.green() < 80 and c.blue() < 80
    )
    return red / (page.width() * page.height())


def test_the_pdf_is_one_a4_page_with_the_picture_and_the_details(
    record: SnapshotRecord, tmp_path: Path
) -> None:
    pdf = render_snapshot_pdf(record, record.path, tmp_path / "print.pdf")
    assert pdf == tmp_path / "print.pdf"
    assert page_count(pdf) == 1
    assert "595 x 842 pts (A4)" in poppler("pdfinfo", str(pdf))
    text = page_text(pdf)
    for expected in (
        EPE_NAME,
        TAX_ID,
        record.sha256,
        "SURVEILLANCE CAMERA SNAPSHOT",
        "04/03/2025 09:05:06 (UTC+07:00)",
        "2025-03-04T02:05:06Z",
        "1920 × 1080 px",
        "No. 4 – Storage yard – Bãi container",
        "nguyenvana",
        "The file matches this SHA-256",
        "Xe 51C-123.45 vào bãi lúc 09:05",
        "(signature and full name)",
        "epewall 0.1.0",
    ):
        assert expected in text, expected
    # The 16:9 picture spans the width between the margins: about a third of the page.
    assert 0.2 < red_share(pdf, tmp_path) < 0.45


def test_a_changed_file_is_flagged_on_the_page(record: SnapshotRecord, tmp_path: Path) -> None:
    image = QImage(str(record.path))
    image.setPixelColor(0, 0, QColor("white"))
    assert image.save(str(record.path))
    text = page_text(render_snapshot_pdf(record, record.path, tmp_path / "print.pdf"))
    assert "WARNING: the file does NOT match this SHA-256" in text
    assert record.sha256 in text


def test_the_pdf_goes_beside_the_snapshot_by_default(record: SnapshotRecord) -> None:
    pdf = render_snapshot_pdf(record)
    assert pdf == default_pdf_path(record) == record.path.with_suffix(".pdf")
    assert page_count(pdf) == 1


def test_a_missing_picture_or_unwritable_pdf_says_so(
    record: SnapshotRecord, tmp_path: Path
) -> None:
    with pytest.raises(SnapshotPrintError, match="cannot be read"):
        render_snapshot_pdf(record, tmp_path / "gone.png", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(SnapshotPrintError, match="cannot be written"):
        render_snapshot_pdf(record, record.path, tmp_path / "no-such-folder" / "x.pdf")


def test_printing_paints_the_same_page_on_a_printer(record: SnapshotRecord, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_to(printer, record)
    printed = tmp_path / "printed.pdf"
    assert page_count(printed) == 1
    assert record.sha256 in page_text(printed)
    assert EPE_NAME in page_text(printed)
