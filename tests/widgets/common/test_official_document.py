"""Every page a chief signs, rendered to PDF and read back as a PDF viewer shows it: the
Vietnamese administrative layout (national name, motto, agency, number line, place and date,
signature block), tax IDs and dates whole on their line, the responsible officer named, a
SHA-256 whole on one line; holiday names in the UI's language."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import i18n
from app.evidence.snapshots import SnapshotRecord, SnapshotSubject, sha256_file
from app.rotation.coverage import month_coverage
from app.rotation.plan import PlanStore, build_plan
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, Month, utc_now
from tests.helpers import rotation_data
from tests.helpers.compliance import failed_gate
from tests.helpers.manifests import manifest_data
from tests.widgets.rotation.test_rotation_reports import poppler
from widgets.common.letterhead_dialog import LetterheadDialog
from widgets.common.official_document import Letterhead
from widgets.devices.compliance_report import render_report_pdf
from widgets.evidence.snapshot_print import render_snapshot_pdf
from widgets.playback.export_dialog import write_manifest_pdf
from widgets.rotation.coverage_view import RotationViews
from widgets.rotation.rotation_reports import render_coverage_pdf, render_plan_pdf

pytestmark = pytest.mark.usefixtures("qapp")

HEAD = Letterhead(
    "Cục Hải quan TP. Hồ Chí Minh",
    "Chi cục Hải quan Khu chế xuất Tân Thuận",
    "HQKCXTT",
    "TP. Hồ Chí Minh",
)
# 07:30 on 4 February 2027 in Vietnam is still 3 February in UTC: the date line is Vietnam's.
MADE = dt.datetime(2027, 2, 4, 0, 30, tzinfo=dt.UTC)
NOVEMBER = Month(2026, 11)
LONG_TAX_ID = "0100233488-001"  # a branch's 13-digit tax ID, the longest there is


def lines(pdf: Path) -> list[str]:
    """The page's lines as pdftotext lays them out (cells of one table row side by side)."""
    return poppler("pdftotext", "-layout", str(pdf), "-").splitlines()


def assert_administrative_layout(pdf: Path, kind: str, made: dt.datetime = MADE) -> None:
    text = lines(pdf)
    joined = "\n".join(text)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in joined
    assert "Độc lập - Tự do - Hạnh phúc" in joined
    assert "CỤC HẢI QUAN TP. HỒ CHÍ MINH" in joined
    # The unit may wrap in its column; its words are all there, in capitals.
    assert "CHI CỤC HẢI QUAN KHU CHẾ XUẤT" in joined and "THUẬN" in joined
    number = "HQKCXTT" if not kind else f"{kind}-HQKCXTT"
    assert re.search(rf"Số: …+/{number}\b", joined), joined[:600]
    day = made.astimezone(VIETNAM)
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    assert f"TP. Hồ Chí Minh, ngày {day.day:02d} tháng {month} năm {day.year}" in joined
    # The national name and the agency share the top line: agency left, nation right.
    top = next(line for line in text if "CỘNG HÒA" in line)
    assert top.index("CỤC HẢI QUAN") < top.index("CỘNG HÒA")


def type_vietnamese(widget: QWidget, text: str) -> None:
    """Type ``text`` as a Vietnamese input method (Unikey, ibus) delivers it: committed text.
    QTest can only press the keys of ASCII characters."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    assert isinstance(widget, QLineEdit) and widget.text() == text


@pytest.fixture
def vietnamese() -> Iterator[None]:
    i18n.install("vi")
    yield


def test_the_plan_has_the_administrative_layout_and_vietnamese_holidays(
    vietnamese: None, registry: Registry, tmp_path: Path
) -> None:
    data = rotation_data.build(registry, epes=12, officers=3)
    plan = PlanStore(registry).save(data.lead, build_plan(registry, Month(2026, 9)))
    pdf = render_plan_pdf(
        registry, plan, tmp_path / "plan.pdf", prepared_by=data.lead, now=MADE, letterhead=HEAD
    )
    assert_administrative_layout(pdf, "KH")
    text = lines(pdf)
    assert any("02/09/2026: Quốc khánh" in line for line in text)
    assert not any("National Day" in line for line in text)
    # Every tax ID whole on the line of its row, with the day the row starts on.
    for epe in data.epes:
        assert any(epe.tax_id in line for line in text), epe.tax_id
    first = min(plan.items, key=lambda item: item.day)
    assert any(f"{first.day:%d/%m}" in line and "Công ty" in line for line in text)
    assert any("NGƯỜI LẬP" in line or "LẬP" in line for line in text)
    assert any(data.lead.full_name in line for line in text)


def test_the_plan_in_english_names_holidays_in_english(registry: Registry, tmp_path: Path) -> None:
    data = rotation_data.build(registry, epes=6, officers=2)
    plan = PlanStore(registry).save(data.lead, build_plan(registry, Month(2026, 9)))
    pdf = render_plan_pdf(registry, plan, tmp_path / "plan.pdf", now=MADE, letterhead=HEAD)
    text = "\n".join(lines(pdf))
    assert "02/09/2026: National Day" in text
    assert "Quốc khánh" not in text


def test_the_coverage_report_names_the_responsible_officer_and_keeps_tax_ids_whole(
    vietnamese: None, registry: Registry, tmp_path: Path
) -> None:
    data = rotation_data.build(
        registry, epes=30, officers=3, months=[NOVEMBER], until=dt.date(2026, 11, 23)
    )
    # An EPE nobody checked this month, with one responsible officer and a branch's tax ID.
    unchecked = data.unchecked[str(NOVEMBER)]
    index, epe = next((i, e) for i, e in enumerate(data.epes) if e.tax_id in unchecked and i % 3)
    registry.update_epe(replace(epe, tax_id=LONG_TAX_ID))
    responsible = data.officers[index % len(data.officers)].full_name
    coverage = month_coverage(registry, NOVEMBER, today=dt.date(2026, 11, 23))
    pdf = render_coverage_pdf(
        coverage, tmp_path / "coverage.pdf", prepared_by=data.lead, now=MADE, letterhead=HEAD
    )
    assert_administrative_layout(pdf, "BC")
    rows = [line for line in lines(pdf) if LONG_TAX_ID in line]  # whole, on its row's line
    assert len(rows) == 2  # "not checked this month" and "all EPEs"
    assert all(responsible in row for row in rows), rows
    assert "chưa lần nào" in rows[1]  # the "last check" cell of the same row


def test_the_compliance_report_has_the_layout_and_keeps_tax_id_and_time_on_one_line(
    vietnamese: None, tmp_path: Path
) -> None:
    result = failed_gate("Công ty TNHH Điện tử Minh Long", LONG_TAX_ID)
    pdf = render_report_pdf([result], tmp_path / "report.pdf", generated_at=MADE, letterhead=HEAD)
    assert_administrative_layout(pdf, "BC")
    row = next(line for line in lines(pdf) if LONG_TAX_ID in line)
    assert "23/11/2026 10:00" in row
    assert any("THỦ TRƯỞNG ĐƠN VỊ" in line for line in lines(pdf))


def test_the_snapshot_page_has_the_layout_and_its_hash_whole_on_one_line(
    vietnamese: None, tmp_path: Path
) -> None:
    png = tmp_path / "shot.png"
    image = QImage(1920, 1080, QImage.Format.Format_RGB32)
    image.fill(QColor(40, 90, 140))
    assert image.save(str(png))
    subject = SnapshotSubject(
        "Công ty TNHH May mặc Hòa Bình Xanh", LONG_TAX_ID, 4, "storage_yard", "Bãi", 204, 2, "main"
    )
    record = SnapshotRecord(png, sha256_file(png), MADE, 1920, 1080, subject, "Nguyễn Văn An")
    pdf = render_snapshot_pdf(record, png, tmp_path / "shot.pdf", letterhead=HEAD)
    assert_administrative_layout(pdf, "", made=utc_now())  # the day it is printed
    text = lines(pdf)
    assert any(record.sha256 in line for line in text)
    assert any(LONG_TAX_ID in line for line in text)
    fonts = poppler("pdffonts", str(pdf))
    assert "Mono" in fonts


def test_the_evidence_manifest_prints_each_hash_whole_on_one_line_in_monospace(
    vietnamese: None, tmp_path: Path
) -> None:
    sha = "0123456789abcdef" * 4
    data = manifest_data(sha, "cam01-20261122-102000.mp4")
    pdf = write_manifest_pdf(data, tmp_path / "manifest.pdf")
    text = "\n".join(lines(pdf))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert "Số: " in text and ", ngày " in text
    assert sha in text
    assert "Mono" in poppler("pdffonts", str(pdf))
    assert "Nguyễn Thị Lan" in text


def test_a_team_lead_sets_the_letterhead_that_every_signed_page_prints(
    qtbot: QtBot, vietnamese: None, registry: Registry, tmp_path: Path
) -> None:
    data = rotation_data.build(registry, epes=4, officers=1)
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("Rotation")
    views = RotationViews(registry, window, menu, lambda: data.lead)
    window.show()
    dialog = views.open_letterhead()
    assert isinstance(dialog, LetterheadDialog)
    qtbot.waitExposed(dialog)
    for edit, text in (
        (dialog.superior_edit, "Cục Hải quan TP. Hồ Chí Minh"),
        (dialog.unit_edit, "Chi cục Hải quan Khu chế xuất Tân Thuận"),
        (dialog.code_edit, "HQKCXTT"),
        (dialog.place_edit, "TP. Hồ Chí Minh"),
    ):
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        type_vietnamese(edit, text)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton, pos=save.rect().center())
    qtbot.waitUntil(lambda: not dialog.isVisible())

    plan = PlanStore(registry).save(data.lead, build_plan(registry, Month(2026, 9)))
    pdf = render_plan_pdf(registry, plan, tmp_path / "plan.pdf", now=MADE)
    assert_administrative_layout(pdf, "KH")


def test_officers_cannot_change_the_letterhead(qtbot: QtBot, registry: Registry) -> None:
    data = rotation_data.build(registry, epes=2, officers=1)
    window = QMainWindow()
    qtbot.addWidget(window)
    views = RotationViews(registry, window, window.menuBar().addMenu("R"), lambda: data.officers[0])
    assert not views.action_letterhead.isEnabled()
    assert views.open_letterhead() is None
