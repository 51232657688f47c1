"""The register window's export actions, on records the register really wrote: the month as
CSV and PDF, the filled Appendix II of the selected record, each announced for the audit trail;
the Appendix II action is greyed without a selected record."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from app import exports
from app.interruptions.model import InterruptionKind
from app.interruptions.register import InterruptionRegister
from app.sites.registry import Registry
from app.timekeeping import Month
from tests.helpers.interruption_records import vn
from tests.helpers.sites import SiteBuilder
from tests.widgets.interruptions.test_reports_pdf import pdf_text
from widgets.interruptions.reports_actions import ReportActions

NOW = vn(26, 9)


@pytest.fixture
def register(registry: Registry) -> InterruptionRegister:
    build = SiteBuilder(registry)
    sao_viet, _ = build.add_two_epes()
    build.add_lead("TL01", "Trần Thị Hạnh")
    build.add_officer("CB01", "Nguyễn Văn An")
    assert sao_viet.id is not None
    clock = [vn(3, 10)]
    register = InterruptionRegister(registry, clock=lambda: clock[0])
    opened = register.open(
        sao_viet.id,
        InterruptionKind.TRANSMISSION,
        [1, 2],
        vn(3, 9),
        officer_code="CB01",
        cause="Đứt cáp quang",
        technician="Lê Văn Kỹ, 0903 123 456",
    )
    clock[0] = vn(11, 10)
    register.follow_up(opened.id, "Nhà mạng đang xử lý", officer_code="CB01")
    clock[0] = vn(16, 8)
    register.close(opened.id, "Đã có hình trở lại", officer_code="CB01")
    clock[0] = NOW
    return register


@pytest.fixture
def host(qtbot: QtBot) -> Iterator[QMainWindow]:
    window = QMainWindow()
    qtbot.addWidget(window)
    yield window


def test_the_month_exports_as_csv_and_pdf_and_each_export_is_announced(
    qtbot: QtBot, register: InterruptionRegister, host: QMainWindow, tmp_path: Path
) -> None:
    announced: list[tuple[str, dict[str, object]]] = []
    exports.events().exported.connect(lambda what, details: announced.append((what, details)))
    actions = ReportActions(host, register, month=lambda: Month(2027, 2))

    with qtbot.waitSignal(actions.exported, timeout=10_000):
        actions.export_register_csv_to(tmp_path / "register.csv")
    with qtbot.waitSignal(actions.exported, timeout=10_000):
        actions.export_register_pdf_to(tmp_path / "register.pdf")

    text = (tmp_path / "register.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 1
    assert rows[0]["Deadline"] == "2027-02-15" and rows[0]["Deadline met"] == "missed"
    # Noted on Thu 11 only: Fri 12 and Mon 15 had no note (Tết and the weekend need none).
    assert rows[0]["Follow-ups"] == "1" and rows[0]["Working days without follow-up"] == "2"
    assert "3601234569" in pdf_text(tmp_path / "register.pdf")
    assert [what for what, _ in announced[-2:]] == ["interruptions_csv", "interruptions_pdf"]
    assert announced[-1][1] == {"file": "register.pdf", "month": "2027-02"}


def test_the_appendix_ii_of_the_selected_record_and_greyed_without_one(
    qtbot: QtBot, register: InterruptionRegister, host: QMainWindow, tmp_path: Path
) -> None:
    selected: list[str | None] = [None]
    actions = ReportActions(host, register, selected=lambda: selected[0])
    assert not actions.action_appendix.isEnabled()

    selected[0] = register.list()[0].id
    actions.refresh()

    assert actions.action_appendix.isEnabled()
    out = actions.export_appendix_to(tmp_path / "appendix.pdf")
    assert out is not None
    text = pdf_text(out)
    assert "3601234569" in text and "Đứt cáp quang" in text and "0903 123 456" in text
    assert dt.date(2027, 2, 15).strftime("%d/%m/%Y") in text
