"""The register window's "Reports" button as an officer uses it: the filled Appendix II of the
row clicked, and the month's register, each through the button's menu and the save dialog (the
operating system's file dialog is the one part stood in for: it cannot be driven here)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from app.interruptions.model import InterruptionKind
from app.sites.registry import Registry
from tests.helpers.clicks import click
from tests.helpers.interruptions import RegisterSite, register_site
from tests.widgets.interruptions.test_register_window import click_row, reload, vn
from tests.widgets.interruptions.test_reports_pdf import pdf_text
from widgets.interruptions.register_window import RegisterWindow


@pytest.fixture
def site(registry: Registry) -> RegisterSite:
    return register_site(registry)


@pytest.fixture
def window(qtbot: QtBot, site: RegisterSite) -> Iterator[RegisterWindow]:
    view = RegisterWindow(site.registry, site.officer, site.clock)
    qtbot.addWidget(view)
    view.resize(1250, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.queue.wait(0) and view._job is None)
    yield view
    view.queue.wait(10_000)
    view.reports.queue.wait(10_000)


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The save dialog answers with a file in the test's folder named as the app proposed."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(tmp_path / proposed), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def choose_in_button_menu(qtbot: QtBot, button: QPushButton, text: str) -> None:
    """Click ``button``, then ``text`` in the menu it opens (the menu runs its own loop)."""
    menu = button.menu()
    assert menu is not None

    def pick() -> None:
        action = next(a for a in menu.actions() if a.text() == text)
        assert action.isEnabled(), text
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    menu.aboutToShow.connect(lambda: QTimer.singleShot(0, pick))
    click(qtbot, button)


def test_the_appendix_ii_of_the_clicked_record_from_the_reports_button(
    qtbot: QtBot, window: RegisterWindow, site: RegisterSite, save_as: list[str]
) -> None:
    record = site.register.open(
        site.alpha.id or 0,
        InterruptionKind.TRANSMISSION,
        [1, 3],
        vn("2027-02-03"),
        officer_code="CB01",
        cause="Đứt cáp quang ngoài cổng",
        technician="Anh Tùng 0903123456",
        doc_no="15/CV-TT",
    )
    reload(qtbot, window)
    assert not window.reports.action_appendix.isEnabled()  # no record chosen yet

    click_row(qtbot, window, 0)
    with qtbot.waitSignal(window.reports.exported, timeout=10_000) as written:
        choose_in_button_menu(qtbot, window.reports.button, "&Appendix II notification…")

    assert save_as == [f"appendix-ii-{record.id}.pdf"]
    text = pdf_text(written.args[0])
    assert "0100233488" in text and "Đứt cáp quang ngoài cổng" in text
    assert "No.: 15/CV-TT" in text and "Anh Tùng 0903123456" in text


def test_the_months_register_from_the_reports_button(
    qtbot: QtBot, window: RegisterWindow, site: RegisterSite, save_as: list[str]
) -> None:
    site.register.open(
        site.beta.id or 0,
        InterruptionKind.EQUIPMENT,
        [2],
        vn("2027-02-03"),
        officer_code="CB01",
        cause="Hỏng camera",
    )
    reload(qtbot, window)

    with qtbot.waitSignal(window.reports.exported, timeout=10_000) as written:
        choose_in_button_menu(qtbot, window.reports.button, "Monthly register (&PDF)…")

    assert save_as == ["interruptions-2027-02.pdf"]  # "any month" shown: this month
    text = pdf_text(written.args[0])
    assert "0100109106" in text and "working day 10 after the day it began" in text
