"""Coverage over the last twelve months as bars: the share of EPEs checked at least once.

Decision 247 II.1 wants every EPE inspected each month, so the 100 % line is the goal and a bar
that falls short is drawn in the warning colour. Painted with QPainter; hovering a bar tells
how many EPEs were checked of how many.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

FULL = QColor("#2d6a4f")
SHORT = QColor("#d97706")
NONE = QColor("#b42318")
AXIS = QColor("#59636e")
GRID = QColor("#dee2e6")
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44, 12, 24, 40


@dataclass(frozen=True)
class ChartBar:
    label: str  # "11/2026"
    checked: int
    total: int

    @property
    def share(self) -> float:
        return self.checked / self.total if self.total else 0.0


class CoverageChart(QWidget):
    """Bars of the share of EPEs checked per month, oldest on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageChart")
        self.setMouseTracking(True)
        self._bars: list[ChartBar] = []
        self._title = ""

    def set_bars(self, bars: Sequence[ChartBar], title: str = "") -> None:
        self._bars = list(bars)
        self._title = title
        self.update()

    @property
    def bars(self) -> list[ChartBar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(640, 280)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, 180)

    def _plot(self) -> QRect:
        return self.rect().adjusted(MARGIN_LEFT, MARGIN_TOP, -MARGIN_RIGHT, -MARGIN_BOTTOM)

    def bar_rect(self, index: int) -> QRectF:
        """Where bar ``index`` is painted (its full height when it is at 100 %)."""
        plot = self._plot()
        slot = plot.width() / max(1, len(self._bars))
        height = plot.height() * self._bars[index].share
        return QRectF(
            plot.left() + slot * index + slot * 0.15, plot.bottom() - height, slot * 0.7, height
        )

    def bar_at(self, pos: QPoint) -> int | None:
        plot = self._plot()
        if not self._bars or not plot.contains(pos):
            return None
        slot = plot.width() / len(self._bars)
        return min(len(self._bars) - 1, int((pos.x() - plot.left()) / slot))

    def tooltip_text(self, index: int) -> str:
        bar = self._bars[index]
        return self.tr("{month}: {checked} of {total} EPEs checked ({share:.0f} %)").format(
            month=bar.label, checked=bar.checked, total=bar.total, share=bar.share * 100
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            index = self.bar_at(event.pos())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(index), self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), QColor("#ffffff"))
        plot = self._plot()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        if self._title:
            painter.setPen(AXIS)
            painter.drawText(
                QRect(0, 2, self.width(), MARGIN_TOP - 4),
                int(Qt.AlignmentFlag.AlignCenter),
                self._title,
            )
        for percent in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * percent / 100
            painter.setPen(
                QPen(
                    AXIS if percent in (0, 100) else GRID,
                    1,
                    Qt.PenStyle.DashLine if percent == 100 else Qt.PenStyle.SolidLine,
                )
            )
            painter.drawLine(plot.left(), int(y), plot.right(), int(y))
            painter.setPen(AXIS)
            painter.drawText(
                QRect(0, int(y) - 8, MARGIN_LEFT - 6, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{percent} %",
            )
        if not self._bars:
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), self.tr("No data yet."))
            return
        slot = plot.width() / len(self._bars)
        for index, bar in enumerate(self._bars):
            rect = self.bar_rect(index)
            colour = FULL if bar.share >= 1.0 else NONE if bar.checked == 0 else SHORT
            if bar.total:
                painter.fillRect(rect, colour)
            painter.setPen(AXIS)
            x = int(plot.left() + slot * index)
            painter.drawText(
                QRect(x, plot.bottom() + 4, int(slot), 16),
                int(Qt.AlignmentFlag.AlignCenter),
                bar.label,
            )
            value = f"{bar.share * 100:.0f}%" if bar.total else "–"
            painter.drawText(
                QRect(x, int(rect.top()) - 16, int(slot), 14),
                int(Qt.AlignmentFlag.AlignCenter),
                value,
            )
