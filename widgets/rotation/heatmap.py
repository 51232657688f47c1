"""The coverage heat map: one row per EPE, one column per day of the month, darker for more checks.

Painted with QPainter, only the rows in view, so 500 EPEs scroll as lightly as 30. Weekends and
public holidays are shaded; EPEs not checked this month have their name in red. Hovering a cell
tells the EPE, the day and how many checks were made; planned checks are outlined in blue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

LABEL_WIDTH = 240
HEADER_HEIGHT = 22
ROW_HEIGHT = 16
MIN_CELL = 12
# No check, then 1, 2, 3 or more: greens a colour-blind reader still tells apart by lightness.
SHADES = [QColor("#ffffff"), QColor("#b7e4c7"), QColor("#52b788"), QColor("#1b4332")]
NON_WORKING = QColor("#e9ecef")
GRID = QColor("#dee2e6")
PLANNED = QColor("#6b8fd6")
MISSING_INK = QColor("#b42318")
INK = QColor("#1f2328")


@dataclass(frozen=True)
class HeatRow:
    label: str
    counts: Sequence[int]  # one per day
    missing: bool = False  # not checked this month: the name is shown in red
    planned: Sequence[int] = ()  # planned checks per day: outlined cells


class HeatMap(QAbstractScrollArea):
    """EPE × day grid of check counts. ``set_data`` replaces everything at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageHeatMap")
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._rows: list[HeatRow] = []
        self._days: list[dt.date] = []
        self._day_notes: dict[dt.date, str] = {}  # holiday names
        self._non_working: frozenset[dt.date] = frozenset()

    # -- data --

    def set_data(
        self,
        days: Sequence[dt.date],
        rows: Sequence[HeatRow],
        non_working: frozenset[dt.date] = frozenset(),
        day_notes: dict[dt.date, str] | None = None,
    ) -> None:
        self._days = list(days)
        self._rows = list(rows)
        self._non_working = non_working
        self._day_notes = dict(day_notes or {})
        self._update_scroll()
        self.viewport().update()

    @property
    def rows(self) -> list[HeatRow]:
        return list(self._rows)

    @property
    def days(self) -> list[dt.date]:
        return list(self._days)

    # -- geometry --

    def _cell_width(self) -> float:
        if not self._days:
            return float(MIN_CELL)
        return max(float(MIN_CELL), (self.viewport().width() - LABEL_WIDTH) / len(self._days))

    def _update_scroll(self) -> None:
        visible = max(0, self.viewport().height() - HEADER_HEIGHT)
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, len(self._rows) * ROW_HEIGHT - visible))
        bar.setPageStep(visible)
        bar.setSingleStep(ROW_HEIGHT)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._update_scroll()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        self.viewport().update()

    def sizeHint(self) -> QSize:
        return QSize(LABEL_WIDTH + 31 * 22, HEADER_HEIGHT + 20 * ROW_HEIGHT)

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        """(row, day index) under a viewport position, or None outside the grid."""
        if pos.x() < LABEL_WIDTH or pos.y() < HEADER_HEIGHT or not self._days:
            return None
        column = int((pos.x() - LABEL_WIDTH) / self._cell_width())
        row = (pos.y() - HEADER_HEIGHT + self.verticalScrollBar().value()) // ROW_HEIGHT
        if 0 <= row < len(self._rows) and 0 <= column < len(self._days):
            return row, column
        return None

    def cell_rect(self, row: int, column: int) -> QRect:
        """Where a cell is painted in the viewport (it may lie outside the visible part)."""
        width = self._cell_width()
        x = LABEL_WIDTH + int(column * width)
        y = HEADER_HEIGHT + row * ROW_HEIGHT - self.verticalScrollBar().value()
        return QRect(x, y, max(1, int((column + 1) * width) - int(column * width)), ROW_HEIGHT)

    def scroll_to_row(self, row: int) -> None:
        self.verticalScrollBar().setValue(row * ROW_HEIGHT)

    def tooltip_text(self, row: int, column: int) -> str:
        item = self._rows[row]
        day = self._days[column]
        count = item.counts[column] if column < len(item.counts) else 0
        planned = item.planned[column] if column < len(item.planned) else 0
        text = self.tr("%n check(s)", "", count)
        lines = [item.label, f"{day:%d/%m/%Y}: {text}"]
        if planned:
            lines.append(self.tr("%n planned check(s)", "", planned))
        note = self._day_notes.get(day)
        if note:
            lines.append(note)
        elif day in self._non_working:
            lines.append(self.tr("Not a working day"))
        return "\n".join(lines)

    # -- events --

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            cell = self.cell_at(event.pos())
            if cell is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(*cell), self.viewport())
            return True
        return super().viewportEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        viewport = self.viewport().rect()
        painter.fillRect(viewport, QColor("#ffffff"))
        if not self._days:
            painter.setPen(INK)
            painter.drawText(viewport, Qt.AlignmentFlag.AlignCenter, self.tr("No EPEs to show."))
            return
        width = self._cell_width()
        offset = self.verticalScrollBar().value()
        first = offset // ROW_HEIGHT
        last = min(len(self._rows), first + viewport.height() // ROW_HEIGHT + 2)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        # Shaded columns for weekends and holidays, under everything else.
        for column, day in enumerate(self._days):
            if day in self._non_working:
                x = LABEL_WIDTH + int(column * width)
                painter.fillRect(
                    QRect(x, HEADER_HEIGHT, int(width) + 1, viewport.height()), NON_WORKING
                )
        for row in range(first, last):
            item = self._rows[row]
            y = HEADER_HEIGHT + row * ROW_HEIGHT - offset
            painter.setPen(MISSING_INK if item.missing else INK)
            label = metrics.elidedText(item.label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 8)
            painter.drawText(
                QRect(4, y, LABEL_WIDTH - 8, ROW_HEIGHT),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                label,
            )
            for column, count in enumerate(item.counts[: len(self._days)]):
                if count:
                    rect = self.cell_rect(row, column).adjusted(1, 1, -1, -1)
                    painter.fillRect(rect, SHADES[min(count, len(SHADES) - 1)])
            painter.setPen(QPen(PLANNED, 1))
            for column, planned in enumerate(item.planned[: len(self._days)]):
                if planned:
                    painter.drawRect(self.cell_rect(row, column).adjusted(1, 1, -2, -2))
            painter.setPen(QPen(GRID))
            painter.drawLine(0, y + ROW_HEIGHT - 1, viewport.width(), y + ROW_HEIGHT - 1)
        # The day header last, so rows scroll under it.
        painter.fillRect(QRect(0, 0, viewport.width(), HEADER_HEIGHT), QColor("#f6f8fa"))
        for column, day in enumerate(self._days):
            x = LABEL_WIDTH + int(column * width)
            painter.setPen(MISSING_INK if day in self._day_notes else INK)
            painter.drawText(
                QRect(x, 0, int(width), HEADER_HEIGHT),
                int(Qt.AlignmentFlag.AlignCenter),
                str(day.day),
            )
        painter.setPen(QPen(GRID))
        painter.drawLine(0, HEADER_HEIGHT - 1, viewport.width(), HEADER_HEIGHT - 1)
        painter.drawLine(LABEL_WIDTH - 1, 0, LABEL_WIDTH - 1, viewport.height())
