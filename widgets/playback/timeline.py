"""The playback timeline: what the recorder holds for each camera, painted with QPainter.

One row per camera, named by its diagram number and name: recorded segments (green), gaps (red,
hatched: nothing to watch there), the recorder's motion/alarm events (orange ticks, named in the
tooltip); bookmarks (blue flags) over all rows; the playback cursor (a red
line). Click to seek, wheel to zoom between the whole searched range (a day) and a few minutes,
Shift+wheel or drag to move along. Times are shown in Vietnam time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.recorders.base import UTC, RecorderEvent, SearchResult, Segment
from app.recorders.store import Bookmark
from app.safe_text import one_line
from app.timekeeping import VIETNAM, local_day, show_local

MIN_SPAN_S = 120.0  # the deepest zoom: two minutes across the widget
ZOOM_STEP = 1.25
LABEL_WIDTH = 150  # "12. Cổng nhập hàng" fits; longer names are elided, whole in the tooltip
AXIS_HEIGHT = 22
FLAG_HEIGHT = 12
ROW_HEIGHT = 22
BOOKMARK_HIT_PX = 6
DRAG_THRESHOLD_PX = 4
# Tick spacings a human reads easily, from seconds to hours.
TICK_STEPS_S = (10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600)

SEGMENT_COLOUR = QColor("#2e7d32")
GAP_COLOUR = QColor("#c62828")
EVENT_COLOUR = QColor("#ef6c00")
BOOKMARK_COLOUR = QColor("#1565c0")
CURSOR_COLOUR = QColor("#d50000")


class Timeline(QWidget):
    seek_requested = Signal(object)  # dt.datetime (UTC) the user clicked
    bookmark_activated = Signal(object)  # Bookmark whose flag was clicked
    view_changed = Signal(object, object)  # visible start, end (UTC)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playbackTimeline")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        now = dt.datetime.now(UTC).replace(microsecond=0)
        self._start = now - dt.timedelta(hours=1)
        self._end = now
        self._view = (self._start, self._end)
        self._cameras: list[tuple[int, str]] = []
        self._segments: dict[int, list[Segment]] = {}
        self._gaps: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}
        self._events: dict[int, list[RecorderEvent]] = {}
        self._bookmarks: list[Bookmark] = []
        self._cursor: dt.datetime | None = None
        self._press_x: float | None = None
        self._drag_view: tuple[dt.datetime, dt.datetime] | None = None
        self._dragging = False
        self._update_height()

    # --- data -----------------------------------------------------------------------------------
    def set_cameras(self, cameras: Sequence[tuple[int, str]]) -> None:
        """The rows: (diagram number, name) in order."""
        self._cameras = list(cameras)
        self._update_height()
        self.update()

    def set_range(self, start: dt.datetime, end: dt.datetime) -> None:
        """The searched range; the view shows all of it."""
        if end <= start:
            raise ValueError("empty range")
        self._start, self._end = start.astimezone(UTC), end.astimezone(UTC)
        self._set_view(self._start, self._end)

    def set_results(self, results: Mapping[int, SearchResult]) -> None:
        for number, result in results.items():
            self._segments[number] = list(result.segments)
            self._gaps[number] = list(result.gaps)
            self._events[number] = list(result.events)
        self.update()

    def clear_results(self) -> None:
        self._segments.clear()
        self._gaps.clear()
        self._events.clear()
        self.update()

    def set_bookmarks(self, marks: Iterable[Bookmark]) -> None:
        self._bookmarks = sorted(marks, key=lambda b: b.at)
        self.update()

    def set_cursor(self, moment: dt.datetime | None) -> None:
        self._cursor = moment
        self.update()

    # --- what it shows --------------------------------------------------------------------------
    @property
    def range(self) -> tuple[dt.datetime, dt.datetime]:
        return self._start, self._end

    @property
    def visible(self) -> tuple[dt.datetime, dt.datetime]:
        return self._view

    @property
    def cursor_moment(self) -> dt.datetime | None:
        return self._cursor

    def row_label(self, index: int) -> str:
        """A row's name: the camera's diagram number and name, as on the site diagram."""
        number, name = self._cameras[index]
        if not name:
            return self.tr("Camera {number}").format(number=number)
        return self.tr("{number}. {name}").format(number=number, name=one_line(name))

    def events(self, camera: int) -> list[RecorderEvent]:
        return list(self._events.get(camera, []))

    def gaps(self, camera: int) -> list[tuple[dt.datetime, dt.datetime]]:
        return list(self._gaps.get(camera, []))

    def track_rect(self) -> QRectF:
        top = AXIS_HEIGHT + FLAG_HEIGHT
        return QRectF(
            LABEL_WIDTH,
            top,
            max(1, self.width() - LABEL_WIDTH - 4),
            max(1, len(self._cameras)) * ROW_HEIGHT,
        )

    def row_rect(self, index: int) -> QRectF:
        track = self.track_rect()
        return QRectF(
            track.left(), track.top() + index * ROW_HEIGHT + 2, track.width(), ROW_HEIGHT - 4
        )

    def x_for(self, moment: dt.datetime) -> float:
        track = self.track_rect()
        start, end = self._view
        span = (end - start).total_seconds()
        return track.left() + (moment - start).total_seconds() / span * track.width()

    def moment_at(self, x: float) -> dt.datetime:
        track = self.track_rect()
        start, end = self._view
        fraction = min(1.0, max(0.0, (x - track.left()) / track.width()))
        return start + (end - start) * fraction

    # --- zoom and move --------------------------------------------------------------------------
    def zoom(self, factor: float, around: dt.datetime | None = None) -> None:
        """Zoom in (factor > 1) or out around ``around`` (default: the middle of the view)."""
        start, end = self._view
        span = (end - start).total_seconds()
        full = (self._end - self._start).total_seconds()
        new_span = min(full, max(min(MIN_SPAN_S, full), span / factor))
        pivot = around or start + (end - start) / 2
        fraction = (pivot - start).total_seconds() / span if span else 0.5
        new_start = pivot - dt.timedelta(seconds=new_span * fraction)
        self._set_view(new_start, new_start + dt.timedelta(seconds=new_span))

    def pan(self, seconds: float) -> None:
        start, end = self._view
        delta = dt.timedelta(seconds=seconds)
        self._set_view(start + delta, end + delta)

    def show_span(self, start: dt.datetime, end: dt.datetime) -> None:
        self._set_view(start, end)

    def _set_view(self, start: dt.datetime, end: dt.datetime) -> None:
        span = end - start
        if start < self._start:
            start, end = self._start, self._start + span
        if end > self._end:
            start, end = max(self._start, self._end - span), self._end
        self._view = (start, end)
        self.view_changed.emit(start, end)
        self.update()

    # --- events ---------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(640, self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(240, self._height())

    def _height(self) -> int:
        return AXIS_HEIGHT + FLAG_HEIGHT + max(1, len(self._cameras)) * ROW_HEIGHT + 4

    def _update_height(self) -> None:
        self.setFixedHeight(self._height())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120
        if not steps:
            event.ignore()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            start, end = self._view
            self.pan(-steps * (end - start).total_seconds() / 10)
        else:
            self.zoom(ZOOM_STEP**steps, self.moment_at(event.position().x()))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            self._press_x = event.position().x()
            self._drag_view = self._view
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press_x is not None and self._drag_view is not None:
            dx = event.position().x() - self._press_x
            if abs(dx) > DRAG_THRESHOLD_PX:
                self._dragging = True
            if self._dragging:
                start, end = self._drag_view
                seconds = -dx / self.track_rect().width() * (end - start).total_seconds()
                self._set_view(start, end)
                self.pan(seconds)
        self.setToolTip(self.text_at(event.position()))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() is Qt.MouseButton.LeftButton and self._press_x is not None:
            if not self._dragging:
                self._click(event.position())
            self._press_x = None
            self._drag_view = None
            self._dragging = False
        super().mouseReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)

    def _click(self, pos: QPointF) -> None:
        mark = self.bookmark_at(pos.x()) if pos.y() < AXIS_HEIGHT + FLAG_HEIGHT + 2 else None
        if mark is not None:
            self.bookmark_activated.emit(mark)
            self.seek_requested.emit(mark.at)
            return
        if pos.x() >= self.track_rect().left():
            self.seek_requested.emit(self.moment_at(pos.x()))

    def event_at(self, camera: int, x: float) -> RecorderEvent | None:
        """The event of ``camera`` under ``x`` (its span, or a few pixels around its tick)."""
        for event in self._events.get(camera, []):
            left = self.x_for(event.start)
            right = self.x_for(event.end or event.start)
            if left - BOOKMARK_HIT_PX <= x <= max(right, left + BOOKMARK_HIT_PX):
                return event
        return None

    def _event_name(self, event: RecorderEvent) -> str:
        names = {"motion": self.tr("motion"), "alarm": self.tr("alarm")}
        return names.get(event.kind, one_line(event.kind))  # a recorder's own word

    def bookmark_at(self, x: float) -> Bookmark | None:
        best: tuple[float, Bookmark] | None = None
        for mark in self._bookmarks:
            distance = abs(self.x_for(mark.at) - x)
            if distance <= BOOKMARK_HIT_PX and (best is None or distance < best[0]):
                best = (distance, mark)
        return best[1] if best else None

    def text_at(self, pos: QPointF) -> str:
        """What the tooltip says at ``pos``: a row's camera, the Vietnam time, a bookmark, an
        event or a gap."""
        index = int((pos.y() - self.track_rect().top()) // ROW_HEIGHT)
        if pos.x() < self.track_rect().left():
            return self.row_label(index) if 0 <= index < len(self._cameras) else ""
        moment = self.moment_at(pos.x())
        text = show_local(moment, seconds=True)
        mark = self.bookmark_at(pos.x())
        if mark is not None and pos.y() < AXIS_HEIGHT + FLAG_HEIGHT + 2:
            return self.tr("Bookmark {time}, camera {camera}: {note}").format(
                time=show_local(mark.at, seconds=True), camera=mark.camera, note=one_line(mark.note)
            )
        if 0 <= index < len(self._cameras):
            number = self._cameras[index][0]
            event = self.event_at(number, pos.x())
            if event is not None:
                return self.tr("{time}: {event} {start} - {end}, {camera}").format(
                    time=text,
                    event=self._event_name(event),
                    start=show_local(event.start, date=False, seconds=True),
                    end=show_local(event.end or event.start, date=False, seconds=True),
                    camera=self.row_label(index),
                )
            for gap_start, gap_end in self._gaps.get(number, []):
                if gap_start <= moment < gap_end:
                    return self.tr("{time}: nothing recorded ({start} - {end})").format(
                        time=text,
                        start=show_local(gap_start, seconds=True),
                        end=show_local(gap_end, seconds=True),
                    )
        return text

    # --- painting -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        track = self.track_rect()
        painter.setClipRect(QRectF(0, 0, self.width(), self.height()))
        self._paint_axis(painter, track)
        for index, (number, _name) in enumerate(self._cameras):
            self._paint_row(painter, index, number)
        if not self._cameras:
            painter.setPen(palette.text().color())
            painter.drawText(
                track, Qt.AlignmentFlag.AlignCenter, self.tr("Search to see what was recorded")
            )
        self._paint_bookmarks(painter, track)
        if self._cursor is not None and self._view[0] <= self._cursor <= self._view[1]:
            x = self.x_for(self._cursor)
            painter.setPen(QPen(CURSOR_COLOUR, 2))
            painter.drawLine(QPointF(x, AXIS_HEIGHT - 4), QPointF(x, track.bottom()))
        painter.end()

    def axis_ticks(self) -> list[tuple[float, QRectF, str]]:
        """The axis marks: the tick's x, where its Vietnam time is written and the time. A label
        is centred on its tick, but kept whole inside the widget at both ends of the track."""
        start, end = self._view
        track = self.track_rect()
        span = (end - start).total_seconds()
        metrics = QFontMetrics(self.font())
        label_px = metrics.horizontalAdvance("00:00:00") + 16
        step = next(
            (s for s in TICK_STEPS_S if track.width() * s / span >= label_px), TICK_STEPS_S[-1]
        )
        show_seconds = step < 60
        local_start = start.astimezone(VIETNAM)
        midnight = local_start.replace(hour=0, minute=0, second=0, microsecond=0)
        first = midnight + dt.timedelta(
            seconds=((local_start - midnight).total_seconds() // step + 1) * step
        )
        ticks: list[tuple[float, QRectF, str]] = []
        tick = first
        while tick <= end:
            x = self.x_for(tick)
            left = min(max(x - label_px / 2, track.left()), self.width() - label_px)
            label = show_local(tick, date=False, seconds=show_seconds)
            ticks.append((x, QRectF(left, 0, label_px, AXIS_HEIGHT - 4), label))
            tick += dt.timedelta(seconds=step)
        return ticks

    def _paint_axis(self, painter: QPainter, track: QRectF) -> None:
        text_pen = QPen(self.palette().text().color())
        grid_pen = QPen(self.palette().mid().color(), 1, Qt.PenStyle.DotLine)
        for x, rect, label in self.axis_ticks():
            painter.setPen(grid_pen)
            painter.drawLine(QPointF(x, AXIS_HEIGHT - 4), QPointF(x, track.bottom()))
            painter.setPen(text_pen)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(text_pen)
        painter.drawText(
            QRectF(2, 0, LABEL_WIDTH - 4, AXIS_HEIGHT - 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.day_label(),
        )

    def day_label(self) -> str:
        """The Vietnam day the view starts on, whole as the From/To fields write it: "12-02"
        alone reads as 12 February to a Vietnamese officer (day first)."""
        return local_day(self._view[0]).isoformat()

    def _paint_row(self, painter: QPainter, index: int, number: int) -> None:
        row = self.row_rect(index)
        painter.setPen(self.palette().text().color())
        width = LABEL_WIDTH - 8
        painter.drawText(
            QRectF(2, row.top(), width, row.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(self.font()).elidedText(
                self.row_label(index), Qt.TextElideMode.ElideRight, width
            ),
        )
        painter.fillRect(row, self.palette().alternateBase())
        painter.setPen(Qt.PenStyle.NoPen)
        for segment in self._segments.get(number, []):
            painter.fillRect(self._span_rect(row, segment.start, segment.end), SEGMENT_COLOUR)
        for gap_start, gap_end in self._gaps.get(number, []):
            rect = self._span_rect(row, gap_start, gap_end)
            if rect.width() < 2:  # a short gap at a wide zoom must still be seen
                rect.setLeft(rect.center().x() - 1)
                rect.setWidth(2)
            painter.fillRect(rect, GAP_COLOUR.lighter(160))
            painter.fillRect(rect, QBrush(GAP_COLOUR, Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(EVENT_COLOUR, 2))
        for event in self._events.get(number, []):
            finish = event.end or event.start
            rect = self._span_rect(row, event.start, finish)
            painter.drawLine(QPointF(rect.left(), row.top()), QPointF(rect.left(), row.bottom()))
            if rect.width() > 3:
                painter.fillRect(
                    QRectF(rect.left(), row.bottom() - 4, rect.width(), 4), EVENT_COLOUR
                )

    def _span_rect(self, row: QRectF, start: dt.datetime, end: dt.datetime) -> QRectF:
        left = max(row.left(), self.x_for(start))
        right = min(row.right(), self.x_for(end))
        return QRectF(left, row.top(), max(0.0, right - left), row.height())

    def _paint_bookmarks(self, painter: QPainter, track: QRectF) -> None:
        painter.setPen(QPen(BOOKMARK_COLOUR, 1))
        painter.setBrush(BOOKMARK_COLOUR)
        for mark in self._bookmarks:
            if not self._view[0] <= mark.at <= self._view[1]:
                continue
            x = self.x_for(mark.at)
            top = AXIS_HEIGHT
            painter.drawPolygon(
                QPolygonF(
                    [QPointF(x - 5, top), QPointF(x + 5, top), QPointF(x, top + FLAG_HEIGHT - 2)]
                )
            )
            painter.drawLine(QPointF(x, top), QPointF(x, track.bottom()))
        painter.setBrush(Qt.BrushStyle.NoBrush)
