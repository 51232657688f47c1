"""The printable rotation documents, read back with poppler-utils as a PDF viewer shows them:
the month's coverage report with its sign-off lines, and the monthly plan."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain import RiskLevel
from app.officers.absences import Absence, add_absence
from app.rotation.coverage import month_coverage
from app.rotation.plan import PlanStore, build_plan
from app.sites.registry import Registry
from app.timekeeping import Month, WorkingCalendar
from tests.helpers import rotation_data
from widgets.rotation.coverage_view import CoverageView
from widgets.rotation.rotation_reports import ReportError, render_coverage_pdf, render_plan_pdf

TODAY = dt.date(2026, 11, 23)
NOVEMBER = Month(2026, 11)
MADE = dt.datetime(2026, 11, 30, 9, 15, tzinfo=dt.UTC)
pytestmark = pytest.mark.usefixtures("qapp")  # fonts and PDF painting need a QGuiApplication


def poppler(tool: str, *args: str) -> str:
    assert shutil.which(tool), f"{tool} is missing: install poppler-utils (setup-debian.sh)"
    result = subprocess.run(
        [tool, *args], capture_output=True, text=True, encoding="utf-8", timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def pdf_text(pdf: Path) -> str:
    """The PDF's text with all white space as single spaces: a name wrapped in a narrow table
    cell still reads as one."""
    return " ".join(poppler("pdftotext", str(pdf), "-").split())


def pdf_info(pdf: Path) -> dict[str, str]:
    return {
        k.strip(): v.strip()
        for k, _, v in (line.partition(":") for line in poppler("pdfinfo", str(pdf)).splitlines())
    }


@pytest.fixture
def data(registry: Registry) -> rotation_data.RotationData:
    return rotation_data.build(registry, epes=30, officers=5, months=[NOVEMBER], until=TODAY)


def test_the_coverage_report_lists_the_unchecked_epes_and_has_sign_off_lines(
    registry: Registry, data: rotation_data.RotationData, tmp_path: Path
) -> None:
    coverage = month_coverage(registry, NOVEMBER, today=TODAY)
    pdf = render_coverage_pdf(
        coverage, tmp_path / "report.pdf", prepared_by=data.officers[0], now=MADE
    )
    info = pdf_info(pdf)
    assert info["Page size"].startswith("595") and "A4" in info["Page size"]
    assert "11/2026" in info["Title"]
    text = pdf_text(pdf)
    assert "CAMERA SUPERVISION COVERAGE REPORT, MONTH 11/2026" in text
    unchecked = data.unchecked[str(NOVEMBER)]
    checked = 30 - len(unchecked)
    assert f"{checked} of 30 EPEs were checked at least once" in text
    section = text.split("EPEs not checked this month")[1].split("All EPEs")[0]
    for epe in data.epes:
        assert (epe.name in section) == (epe.tax_id in unchecked), epe.name
        assert epe.tax_id in text, "every EPE is in the report"
    assert "PREPARED BY (OFFICER)" in text
    assert "APPROVED BY (TEAM LEAD)" in text
    assert text.count("(signature and full name)") == 2
    assert data.officers[0].full_name in text
    assert "30/11/2026 at 16:15 (Vietnam time)" in text


def test_a_report_of_one_risk_level_says_so(
    registry: Registry, data: rotation_data.RotationData, tmp_path: Path
) -> None:
    coverage = month_coverage(registry, NOVEMBER, [RiskLevel.HIGH], today=TODAY)
    text = pdf_text(
        render_coverage_pdf(coverage, tmp_path / "high.pdf", risk=RiskLevel.HIGH, now=MADE)
    )
    assert "EPEs of risk level: High." in text
    low = next(e for e in data.epes if e.risk_level is RiskLevel.LOW)
    assert low.name not in text


def test_five_hundred_epes_run_over_several_pages(registry: Registry, tmp_path: Path) -> None:
    data = rotation_data.build(registry, epes=500, officers=5)
    coverage = month_coverage(registry, NOVEMBER, today=TODAY)
    pdf = render_coverage_pdf(coverage, tmp_path / "big.pdf", now=MADE)
    assert int(pdf_info(pdf)["Pages"]) > 5
    text = pdf_text(pdf)
    assert data.epes[-1].tax_id in text
    assert "APPROVED BY (TEAM LEAD)" in text


def test_the_report_is_made_from_the_coverage_view(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData, tmp_path: Path
) -> None:
    view = CoverageView(registry, data.lead, month=NOVEMBER, today=TODAY)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.bundle is not None and not view.busy, timeout=15_000)
    pdf = view.export_pdf_to(tmp_path / "from-view.pdf")
    assert pdf is not None
    text = pdf_text(pdf)
    assert data.lead.full_name in text
    assert "Saved" in view.summary.text()


def test_an_unwritable_file_is_refused_with_a_clear_message(
    registry: Registry, data: rotation_data.RotationData, tmp_path: Path
) -> None:
    coverage = month_coverage(registry, NOVEMBER, today=TODAY)
    with pytest.raises(ReportError, match="cannot be written"):
        render_coverage_pdf(coverage, tmp_path / "missing-folder" / "report.pdf")


def test_the_printed_plan_lists_every_check_by_day_with_absences_and_holidays(
    registry: Registry, tmp_path: Path
) -> None:
    data = rotation_data.build(registry, epes=12, officers=3)
    september = Month(2026, 9)
    away = data.officers[1]
    absence = add_absence(
        registry,
        data.lead,
        Absence(away.id or 0, dt.date(2026, 9, 14), dt.date(2026, 9, 18), "Nghỉ phép"),
    )
    plan = PlanStore(registry).save(data.lead, build_plan(registry, september))
    pdf = render_plan_pdf(
        registry,
        plan,
        tmp_path / "plan.pdf",
        absences=[absence],
        officer_names={away.id or 0: away.full_name},
        prepared_by=data.lead,
        now=MADE,
    )
    text = pdf_text(pdf)
    flat = text
    assert "CAMERA MONITORING PLAN, MONTH 09/2026" in flat
    assert f"{len(plan.items)} planned checks of 12 EPEs" in flat
    for epe in data.epes:
        assert epe.tax_id in text
    assert data.epes[0].name in text
    first_day = min(item.day for item in plan.items)
    assert f"{first_day:%d/%m}" in text
    assert f"{away.full_name} away from 14/09/2026 to 18/09/2026 (Nghỉ phép)" in flat
    holiday = next(d for d in september.days() if WorkingCalendar().holiday_name(d))
    assert f"{holiday:%d/%m/%Y}" in text
    assert "PREPARED BY (TEAM LEAD)" in text
    assert "APPROVED BY (HEAD OF UNIT)" in text
    assert data.lead.full_name in text
