"""The printed register of interruptions and the filled Appendix II notification, read back
with pdftotext as an officer's PDF viewer shows them, in Vietnamese: the deadline rule, the
legal basis, the EPE's tax ID, the cameras by diagram number."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app import i18n
from app.domain import CameraPosition
from app.interruptions.model import InterruptionKind
from app.interruptions.reports import appendix_ii, build_register
from app.sites.registry import Registry
from app.timekeeping import Month
from tests.helpers.interruption_records import CALENDAR, interruption, note, vn
from tests.helpers.sites import SiteBuilder
from widgets.common.official_document import Letterhead
from widgets.interruptions.reports_pdf import (
    ReportError,
    render_appendix_pdf,
    render_register_pdf,
)

pytestmark = pytest.mark.usefixtures("qapp")  # fonts and PDF painting need a QGuiApplication
HEAD = Letterhead("Cục Hải quan TP. Hồ Chí Minh", "Chi cục HQ KCX Tân Thuận", "HQKCX", "TP. HCM")


def poppler(tool: str, *args: str) -> str:
    assert shutil.which(tool), f"{tool} is missing: install poppler-utils (setup-debian.sh)"
    result = subprocess.run(
        [tool, *args], capture_output=True, text=True, encoding="utf-8", timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def pdf_text(pdf: Path) -> str:
    return " ".join(poppler("pdftotext", str(pdf), "-").split())


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    i18n.install("vi")
    yield
    i18n.install("en")
    qapp.processEvents()


@pytest.fixture
def sites(registry: Registry) -> tuple[int, int]:
    build = SiteBuilder(registry)
    sao_viet, hoa_binh = build.add_two_epes((3, CameraPosition.INSIDE_STORAGE, "Kho nguyên liệu"))
    assert sao_viet.id is not None and hoa_binh.id is not None
    registry.update_epe(
        dataclasses.replace(registry.get_epe(sao_viet.id), address="Lô 12, KCX Tân Thuận, Q.7")
    )
    return sao_viet.id, hoa_binh.id


@pytest.mark.usefixtures("vietnamese")
def test_the_register_pdf_states_the_rule_the_basis_and_each_epes_tax_id(
    registry: Registry, sites: tuple[int, int], tmp_path: Path
) -> None:
    sao_viet, hoa_binh = sites
    items = [
        interruption(
            InterruptionKind.TRANSMISSION,
            epe_id=sao_viet,
            epe_tax_id="3601234569",
            closed_at=vn(16, 8),
            events=(note(vn(11, 10)),),
            record_id="A",
        ),
        interruption(
            InterruptionKind.EQUIPMENT, epe_id=hoa_binh, epe_tax_id="2301275957", record_id="B"
        ),
    ]
    report = build_register(registry, items, Month(2027, 2), now=vn(26, 9), calendar=CALENDAR)

    text = pdf_text(render_register_pdf(report, tmp_path / "register.pdf", letterhead=HEAD))

    assert "SỔ THEO DÕI GIÁN ĐOẠN HỆ THỐNG CAMERA GIÁM SÁT CỦA DNCX" in text
    assert "Tháng 02/2027" in text
    assert (
        "hết ngày làm việc thứ 3 sau ngày bắt đầu, không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ"
        in text
    )
    assert "hết ngày làm việc thứ 10 sau ngày bắt đầu" in text
    assert "Quyết định 247/QĐ-TCHQ, mục I.2.3" in text
    assert "3601234569" in text and "2301275957" in text
    # The transmission fault restored a day after its deadline (15/02, after Tết); the
    # equipment fault still open two days past 24/02.
    assert "15/02/2027" in text and "không đạt" in text and "quá hạn 1 ngày" in text
    assert "24/02/2027" in text and "quá hạn 2 ngày" in text


@pytest.mark.usefixtures("vietnamese")
def test_the_appendix_ii_pdf_is_the_filled_form_with_the_cameras_of_the_diagram(
    registry: Registry, sites: tuple[int, int], tmp_path: Path
) -> None:
    sao_viet, _ = sites
    item = interruption(
        InterruptionKind.EQUIPMENT,
        epe_id=sao_viet,
        epe_tax_id="3601234569",
        cameras=(1, 3),
        description="Hai ca-mê-ra mất hình",
        cause="Hỏng bộ nguồn PoE",
        effect="Không giám sát được cổng chính",
        estimated_restoration="10/02/2027",
        technician="Lê Văn Kỹ, 0903 123 456",
        doc_no="05/TB-SV",
    )

    text = pdf_text(render_appendix_pdf(appendix_ii(registry, item), tmp_path / "pl2.pdf"))

    assert "THÔNG BÁO SỰ CỐ HỆ THỐNG CAMERA GIÁM SÁT CỦA DNCX" in text.upper()
    assert "CÔNG TY TNHH ĐIỆN TỬ SAO VIỆT" in text and "Số: 05/TB-SV" in text
    assert "Lô 12, KCX Tân Thuận, Q.7" in text and "3601234569" in text
    assert "camera số 1 (Cổng / cửa ra vào — Cổng chính)" in text
    assert "camera số 3" in text and "Hỏng bộ nguồn PoE" in text
    assert "Không giám sát được cổng chính" in text and "Lê Văn Kỹ, 0903 123 456" in text
    assert "sổ theo dõi thủ công" in text  # a gate camera is down
    assert "24/02/2027" in text


def test_a_pdf_that_cannot_be_written_says_why(
    registry: Registry, sites: tuple[int, int], tmp_path: Path
) -> None:
    report = build_register(registry, [], Month(2027, 2), now=vn(26, 9), calendar=CALENDAR)

    with pytest.raises(ReportError, match="cannot be written"):
        render_register_pdf(report, tmp_path / "no-such-folder" / "register.pdf")
