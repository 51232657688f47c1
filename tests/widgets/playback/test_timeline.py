"""The playback timeline: segments and gaps where they belong, Vietnam time on the axis, click
to seek, bookmark flags that jump, wheel zoom from a day down to minutes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.recorders.base import UTC, RecorderEvent, SearchResult, Segment
from app.recorders.store import Bookmark
from app.timekeeping import VIETNAM
from widgets.playback.timeline import AXIS_HEIGHT, MIN_SPAN_S, Timeline

DAY = dt.date(2026, 11, 22)


def vn(hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour, minute, second), VIETNAM).astimezone(UTC)


@pytest.fixture
def timeline(qtbot: QtBot) -> Timeline:
    widget = Timeline()
    qtbot.addWidget(widget)
    widget.set_cameras([(1, "Gate"), (2, "Warehouse door")])
    widget.set_range(vn(0), vn(0) + dt.timedelta(days=1))
    widget.set_results(
        {
            1: SearchResult(
                1,
                vn(0),
                vn(0) + dt.timedelta(days=1),
                (Segment(1, vn(0), vn(3)), Segment(1, vn(3, 20), vn(23, 59, 59))),
                (RecorderEvent(1, "motion", vn(8, 10), vn(8, 10, 23)),),
            ),
            2: SearchResult(
                2, vn(0), vn(0) + dt.timedelta(days=1), (Segment(2, vn(0), vn(23, 59, 59)),)
            ),
        }
    )
    widget.resize(960, widget.height())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def colour_at(widget: Timeline, moment: dt.datetime, row: int) -> QColor:
    image = widget.grab().toImage()
    rect = widget.row_rect(row)
    return image.pixelColor(int(widget.x_for(moment)), int(rect.center().y()))


def test_gaps_are_red_and_recordings_green_per_camera(timeline: Timeline) -> None:
    assert timeline.gaps(1) == [(vn(3), vn(3, 20))]
    assert timeline.gaps(2) == []
    gap = colour_at(timeline, vn(3, 10), 0)
    recorded = colour_at(timeline, vn(12), 0)
    other_camera = colour_at(timeline, vn(3, 10), 1)
    assert gap.red() > 150 and gap.green() < gap.red()
    assert recorded.green() > recorded.red()
    assert other_camera.green() > other_camera.red()  # camera 2 recorded through the night


def test_a_click_asks_for_that_moment(timeline: Timeline, qtbot: QtBot) -> None:
    x = round(timeline.x_for(vn(14, 30)))
    y = round(timeline.row_rect(1).center().y())
    with qtbot.waitSignal(timeline.seek_requested) as asked:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    seconds_per_pixel = 86400 / timeline.track_rect().width()
    assert abs((asked.args[0] - vn(14, 30)).total_seconds()) <= 2 * seconds_per_pixel


def test_wheel_zooms_from_the_day_down_to_minutes_around_the_pointer(
    timeline: Timeline, qtbot: QtBot
) -> None:
    assert timeline.visible == timeline.range
    x = timeline.x_for(vn(9, 15))
    for _ in range(60):
        wheel(timeline, x, 120)
    start, end = timeline.visible
    assert (end - start).total_seconds() == pytest.approx(MIN_SPAN_S, abs=1)
    assert start <= vn(9, 15) <= end
    # The moment under the pointer stays under the pointer.
    assert abs(timeline.x_for(vn(9, 15)) - x) < 3
    for _ in range(60):
        wheel(timeline, x, -120)
    assert timeline.visible == timeline.range


def test_hovering_says_the_vietnam_time_and_names_a_gap(timeline: Timeline) -> None:
    timeline.show_span(vn(2, 50), vn(3, 30))
    y = timeline.row_rect(0).center().y()
    in_gap = timeline.text_at(QPointF(timeline.x_for(vn(3, 10)), y))
    assert in_gap.startswith("2026-11-22 03:10")
    assert "2026-11-22 03:00:00 - 2026-11-22 03:20:00" in in_gap
    assert timeline.text_at(QPointF(timeline.x_for(vn(2, 55)), y)).startswith("2026-11-22 02:55")
    # Camera 2 recorded through the night: no gap named on its row.
    row_two = timeline.row_rect(1).center().y()
    assert "03:00:00 -" not in timeline.text_at(QPointF(timeline.x_for(vn(3, 10)), row_two))


def test_a_bookmark_flag_jumps_to_its_moment(timeline: Timeline, qtbot: QtBot) -> None:
    mark = Bookmark(1, 1, vn(16, 45, 10), "MSKU1234565", "HQ0107", 7)
    timeline.set_bookmarks([mark])
    x = round(timeline.x_for(mark.at)) + 2
    with (
        qtbot.waitSignal(timeline.bookmark_activated) as activated,
        qtbot.waitSignal(timeline.seek_requested) as asked,
    ):
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(x, AXIS_HEIGHT + 4))
    assert activated.args[0] == mark
    assert asked.args[0] == mark.at


def test_the_cursor_is_drawn_where_playback_is(timeline: Timeline) -> None:
    timeline.set_cursor(vn(20))
    image = timeline.grab().toImage()
    x = round(timeline.x_for(vn(20)))
    y = int(timeline.row_rect(1).center().y())
    colours = [image.pixelColor(x + dx, y) for dx in (-1, 0, 1)]
    assert any(c.red() > 180 and c.green() < 80 for c in colours)


def wheel(widget: Timeline, x: float, delta: int) -> None:
    pos = QPointF(x, widget.row_rect(0).center().y())
    event = QWheelEvent(
        pos,
        widget.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize("width", [960, 700, 1366])
def test_every_time_on_the_axis_is_whole_inside_the_timeline(
    timeline: Timeline, qtbot: QtBot, width: int
) -> None:
    # The playback window's default view: the last minutes up to now (a tick at the right end).
    timeline.set_range(vn(10), vn(10, 5))
    timeline.resize(width, timeline.height())
    qtbot.waitUntil(lambda: timeline.width() == width)
    ticks = timeline.axis_ticks()
    assert ticks[-1][2].startswith("10:05")  # the end of the view is written...
    for _x, rect, _label in ticks:  # ...and no time is cut at either edge
        assert rect.left() >= timeline.track_rect().left() and rect.right() <= timeline.width()


def test_the_day_above_the_rows_is_written_whole(timeline: Timeline) -> None:
    assert timeline.day_label() == "2026-11-22"  # not "11-22": day-first readers misread it
    width = timeline.fontMetrics().horizontalAdvance(timeline.day_label())
    assert width <= timeline.track_rect().left() - 4
