"""The handovers of a day side by side, for the team lead: one column per handover in the
order written (who handed over to whom, what was open), a day to choose, the day's PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.shift.handover import Handover, handovers_of_day
from app.sites.registry import Registry
from app.timekeeping import local_day, utc_now
from app.workers import Job, JobQueue
from widgets.common.tool_window import adopt_tool_window, fit_to_screen
from widgets.shift.handover_dialog import save_pdf
from widgets.shift.handover_pdf import handover_html

COLUMN_WIDTH = 420


class HandoversOfDayWindow(QWidget):
    """A day's handovers, side by side (read in a Job)."""

    def __init__(
        self,
        registry: Registry,
        clock: Callable[[], dt.datetime] = utc_now,
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoversOfDay")
        self._registry = registry
        self.handovers: list[Handover] = []
        self.queue = JobQueue("handovers-of-day", self)
        self.day_label = QLabel(self)
        self.day_edit = QDateEdit(self)
        self.day_edit.setObjectName("handoverDay")
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        self.day_edit.setCalendarPopup(True)
        self.day_label.setBuddy(self.day_edit)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("handoversPdf")
        self.summary = QLabel(self)
        self.summary.setObjectName("handoversSummary")
        self.columns = QWidget(self)
        self.columns_layout = QHBoxLayout(self.columns)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.columns)
        top = QHBoxLayout()
        top.addWidget(self.day_label)
        top.addWidget(self.day_edit)
        top.addWidget(self.summary, 1)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        adopt_tool_window(self)
        self.retranslate_ui()
        start = day or local_day(clock())
        self.day_edit.setDate(QDate(start.year, start.month, start.day))
        self.day_edit.dateChanged.connect(lambda _d: self.reload())
        self.pdf_button.clicked.connect(self.save_pdf)
        fit_to_screen(self, 1280, 720)
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Handovers of a day"))
        self.day_label.setText(self.tr("&Day:"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))

    @property
    def day(self) -> dt.date:
        return self.day_edit.date().toPython()  # type: ignore[no-any-return]

    def reload(self) -> None:
        self.summary.setText(self.tr("Reading…"))
        job = Job(handovers_of_day, self._registry, self.day)
        day = self.day
        job.signals.succeeded.connect(lambda found: self._show(day, found))
        job.signals.failed.connect(lambda exc: self.summary.setText(str(exc)))
        self.queue.submit(job)

    def _show(self, day: dt.date, found: object) -> None:
        if day != self.day or not isinstance(found, list):
            return  # an older answer, the day changed since
        self.handovers = found
        while self.columns_layout.count():
            item = self.columns_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Out of the window at once: a column waiting for deleteLater would still be
                # one of the window's children (and was read as still shown).
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for handover in found:
            view = QTextBrowser(self.columns)
            view.setObjectName("handoverColumn")
            view.setMinimumWidth(COLUMN_WIDTH)
            view.setHtml(handover_html(handover))
            self.columns_layout.addWidget(view)
        if not found:
            self.summary.setText(self.tr("No handover on this day."))
        else:
            self.summary.setText(self.tr("%n handover(s), in the order written.", "", len(found)))
        self.pdf_button.setEnabled(bool(found))

    def save_pdf(self) -> Path | None:
        if not self.handovers:
            return None
        return save_pdf(self, self.handovers, f"giao-ca-{self.day.isoformat()}.pdf")
