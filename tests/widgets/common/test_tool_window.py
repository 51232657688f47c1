"""Tool windows behave as officers know from iVMS-4200 and SmartPSS: the plan calendar opens on
this month with today marked, Esc closes a tool window, and so does its Close button."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import i18n
from app.sites.registry import Registry
from app.timekeeping import Month
from tests.helpers import rotation_data
from widgets.common.tool_window import close_button, fit_to_screen
from widgets.rotation.coverage_view import CoverageView
from widgets.rotation.plan_calendar import PlanCalendar

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def data(registry: Registry) -> rotation_data.RotationData:
    return rotation_data.build(registry, epes=8, officers=2)


def show(qtbot: QtBot, window: PlanCalendar | CoverageView) -> None:
    qtbot.addWidget(window)
    window.setWindowFlag(Qt.WindowType.Window)  # as RotationViews opens them
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.busy, timeout=15_000)


def test_the_plan_calendar_opens_on_this_month_and_marks_today(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    i18n.install("vi")
    calendar = PlanCalendar(registry, data.lead, today=TODAY)
    show(qtbot, calendar)
    assert calendar.month == Month(2026, 11)
    assert "Hôm nay" in calendar.cells[TODAY].header.text()
    assert "border" in calendar.cells[TODAY].styleSheet()
    assert "Hôm nay" not in calendar.cells[TODAY + dt.timedelta(days=1)].header.text()


@pytest.mark.parametrize("kind", ["plan", "coverage"])
def test_esc_closes_a_tool_window(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData, kind: str
) -> None:
    window = (
        PlanCalendar(registry, data.lead, today=TODAY)
        if kind == "plan"
        else CoverageView(registry, data.lead, today=TODAY)
    )
    show(qtbot, window)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)


@pytest.mark.parametrize("kind", ["plan", "coverage"])
def test_a_tool_window_has_a_close_button_that_closes_it(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData, kind: str
) -> None:
    i18n.install("vi")
    window = (
        PlanCalendar(registry, data.lead, today=TODAY)
        if kind == "plan"
        else CoverageView(registry, data.lead, today=TODAY)
    )
    show(qtbot, window)
    button = close_button(window)
    assert button is not None and button.isVisible()
    assert button.text() == "Đóng"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)


def test_a_tool_window_is_never_larger_than_the_screen(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    calendar = PlanCalendar(registry, data.lead, today=TODAY)
    qtbot.addWidget(calendar)
    fit_to_screen(calendar, 5000, 4000)
    room = calendar.screen().availableGeometry()
    assert calendar.width() <= room.width() and calendar.height() <= room.height()
    fit_to_screen(calendar, 800, 600)
    assert (calendar.width(), calendar.height()) == (800, 600)
