"""The coverage heat map: EPE × day, darker for more checks, shaded weekends and holidays,
tooltips on hover, and 500 EPEs scrolling without a widget per cell."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from app.timekeeping import Month, WorkingCalendar
from widgets.rotation.heatmap import NON_WORKING, SHADES, HeatMap, HeatRow

NOVEMBER = Month(2026, 11)
DAYS = NOVEMBER.days()
CALENDAR = WorkingCalendar()
OFF = frozenset(d for d in DAYS if not CALENDAR.is_working_day(d))


def counts(**by_day: int) -> list[int]:
    row = [0] * len(DAYS)
    for key, value in by_day.items():
        row[int(key.removeprefix("d")) - 1] = value
    return row


def make(qtbot: QtBot, rows: list[HeatRow], height: int = 400) -> HeatMap:
    heat = HeatMap()
    qtbot.addWidget(heat)
    heat.resize(900, height)
    heat.show()
    qtbot.waitExposed(heat)
    holidays = {d: name for d in DAYS if (name := CALENDAR.holiday_name(d))}
    heat.set_data(DAYS, rows, OFF, holidays)
    return heat


def test_more_checks_paint_darker_cells_and_weekends_are_shaded(qtbot: QtBot) -> None:
    heat = make(
        qtbot,
        [
            HeatRow("Công ty TNHH May mặc Hòa Bình", counts(d3=1, d4=3)),
            HeatRow("Công ty TNHH Điện tử Tân Thuận", counts(), missing=True),
        ],
    )
    image = heat.viewport().grab().toImage()

    def colour(row: int, day: int) -> object:
        return image.pixelColor(heat.cell_rect(row, day - 1).center())

    assert colour(0, 3) == SHADES[1]
    assert colour(0, 4) == SHADES[3]
    sunday = dt.date(2026, 11, 8)
    assert sunday in OFF
    assert colour(1, sunday.day) == NON_WORKING
    assert colour(1, 3) == SHADES[0]  # a working day without a check stays white

    def reddish(row: int) -> int:
        y_range = range(heat.cell_rect(row, 0).top() + 2, heat.cell_rect(row, 0).bottom() - 1)
        pixels = [image.pixelColor(x, y) for x in range(4, 200) for y in y_range]
        return sum(1 for p in pixels if p.red() > 120 and p.red() - p.green() > 60)

    assert reddish(1) > 20, "an EPE with no check has its name in red"
    assert reddish(0) == 0


def test_hovering_a_cell_tells_the_epe_the_day_and_the_checks(qtbot: QtBot) -> None:
    heat = make(
        qtbot, [HeatRow("Công ty TNHH Nhựa Linh Trung", counts(d5=2), planned=counts(d5=1))]
    )
    centre = heat.cell_rect(0, 4).center()
    assert heat.cell_at(centre) == (0, 4)
    event = QHelpEvent(QEvent.Type.ToolTip, centre, heat.viewport().mapToGlobal(centre))
    QApplication.sendEvent(heat.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=5000)
    text = QToolTip.text()
    assert "Công ty TNHH Nhựa Linh Trung" in text
    assert "05/11/2026: 2 check(s)" in text
    assert "1 planned check(s)" in text
    QToolTip.hideText()
    assert heat.cell_at(QPoint(5, 5)) is None  # the header is not a cell


def test_a_holiday_is_named_in_the_tooltip(qtbot: QtBot) -> None:
    month = Month(2026, 9)
    days = month.days()
    holiday = next(d for d in days if CALENDAR.holiday_name(d))
    heat = HeatMap()
    qtbot.addWidget(heat)
    name = CALENDAR.holiday_name(holiday) or ""
    heat.set_data(
        days,
        [HeatRow("EPE", [0] * len(days))],
        frozenset(d for d in days if not CALENDAR.is_working_day(d)),
        {holiday: name},
    )
    assert name and name in heat.tooltip_text(0, holiday.day - 1)


def test_five_hundred_epes_scroll_to_the_last_one(qtbot: QtBot) -> None:
    rows = [HeatRow(f"EPE {n:03d}", counts(d2=n % 4)) for n in range(500)]
    heat = make(qtbot, rows, height=300)
    bar = heat.verticalScrollBar()
    assert bar.maximum() > 0, "500 rows do not fit in 300 pixels: the map scrolls"

    heat.scroll_to_row(499)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=2000)
    last = heat.cell_rect(499, 1)
    assert heat.viewport().rect().contains(last.center())
    assert heat.cell_at(last.center()) == (499, 1)
    assert "EPE 499" in heat.tooltip_text(*heat.cell_at(last.center()) or (0, 0))
    image = heat.viewport().grab().toImage()
    assert image.pixelColor(last.center()) == SHADES[499 % 4]
