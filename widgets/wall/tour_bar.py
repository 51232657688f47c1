"""The strip above the wall while a tour runs: the page on screen, what comes next, the countdown,
why the tour waits, and Pause, Next and Stop.

It sits inside the wall's area, so it stays on screen when the wall is full screen on a wall PC.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.safe_text import one_line
from app.wall.tour import PauseReason, TourPage
from widgets.wall.tour_runner import TourRunner

# Below this width the buttons go under the text.
NARROW_PX = 760


def countdown_text(seconds: int) -> str:
    minutes, secs = divmod(max(0, seconds), 60)
    return f"{minutes}:{secs:02d}"


class TourBar(QFrame):
    """Shows a ``TourRunner``; hidden while no tour runs."""

    def __init__(self, runner: TourRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.setObjectName("tourBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            "#tourBar { background: #0d2238; border: 1px solid #2f81f7; }"
            "#tourBar QLabel { color: #c9d1d9; }"
            "#tourCountdown { color: #ffffff; font-size: 20px; font-weight: bold; }"
            '#tourPaused[paused="true"] { color: #e3b341; font-weight: bold; }'
        )
        self.title = QLabel(self)
        self.title.setObjectName("tourTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.now_label = QLabel(self)
        self.now_label.setObjectName("tourNow")
        self.next_label = QLabel(self)
        self.next_label.setObjectName("tourNext")
        self.countdown = QLabel(self)
        self.countdown.setObjectName("tourCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.countdown.setMinimumWidth(60)
        self.paused_label = QLabel(self)
        self.paused_label.setObjectName("tourPaused")
        for label in (self.title, self.now_label, self.next_label, self.paused_label):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.pause_button = QPushButton(self)
        self.pause_button.setObjectName("tourPause")
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(runner.set_paused)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("tourNextPage")
        self.next_button.clicked.connect(runner.next_page)
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("tourStop")
        self.stop_button.clicked.connect(runner.stop)
        for button in (self.pause_button, self.next_button, self.stop_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the wall

        self.buttons = QWidget(self)
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        for button in (self.pause_button, self.next_button, self.stop_button):
            row.addWidget(button)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(8, 4, 8, 4)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(1)
        self._narrow: bool | None = None
        self._arrange(narrow=False)

        runner.changed.connect(self.refresh)
        self._retranslate()
        self.refresh()

    def page_text(self, page: TourPage) -> str:
        text = one_line(page.title)
        if page.parts > 1:
            text += " " + self.tr("(part %1 of %2)").replace("%1", str(page.part)).replace(
                "%2", str(page.parts)
            )
        return text

    def refresh(self) -> None:
        state, tour = self._runner.state, self._runner.tour
        self.setVisible(state is not None)
        if state is None or tour is None:
            self.pause_button.setChecked(False)
            return
        # The page first: it is what an elided title must keep.
        page = (
            self.tr("Page %1 of %2")
            .replace("%1", str(state.index + 1))
            .replace("%2", str(len(state.pages)))
        )
        if state.round > 1:
            page += self.tr(", round %1").replace("%1", str(state.round))
        name = self.tr("tour “%1”").replace("%1", one_line(tour.name))
        self._set(self.title, f"{page} · {name}")
        now, upcoming = self.page_text(state.current), self.page_text(state.upcoming)
        self._set(self.now_label, self.tr("On the wall: %1").replace("%1", now))
        self._set(self.next_label, self.tr("Next: %1").replace("%1", upcoming))
        self.countdown.setText(countdown_text(state.seconds_left))
        reason = state.pause_reason()
        if reason is PauseReason.OFFICER:
            text = self.tr("Paused. Press Resume to go on.")
        elif reason is PauseReason.HOLD:
            text = self.tr("Waiting: finish what you opened (a large tile, the check's findings).")
        elif reason is PauseReason.INTERACTION:
            text = self.tr(
                "Paused while you use the wall; goes on %1 s after your last action."
            ).replace("%1", str(state.resumes_in() or 0))
        else:
            text = self.tr("Next page in %1.").replace("%1", countdown_text(state.seconds_left))
        self._set(self.paused_label, text)
        self.paused_label.setVisible(not self._narrow or reason is not None)
        if self.paused_label.property("paused") != (reason is not None):
            self.paused_label.setProperty("paused", reason is not None)
            self.paused_label.style().unpolish(self.paused_label)
            self.paused_label.style().polish(self.paused_label)
        if self.pause_button.isChecked() != (reason is PauseReason.OFFICER):
            self.pause_button.blockSignals(True)
            self.pause_button.setChecked(reason is PauseReason.OFFICER)
            self.pause_button.blockSignals(False)
        self.pause_button.setText(
            self.tr("Resume") if reason is PauseReason.OFFICER else self.tr("Pause")
        )

    def full_text(self, label: QLabel) -> str:
        """What ``label`` says, before it was shortened to fit."""
        return str(label.property("fullText") or "")

    def _set(self, label: QLabel, text: str) -> None:
        """Show ``text``, with "…" when the strip is too narrow; the whole of it as tooltip."""
        label.setProperty("fullText", text)
        width = label.width()
        shown = (
            label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
            if width > 20 and label.isVisible()
            else text
        )
        if label.text() != shown:
            label.setText(shown)
        label.setToolTip(text if shown != text else "")

    def _arrange(self, narrow: bool) -> None:
        """Three short lines of text, the countdown and the buttons beside them; on a narrow
        wall (a 1366 px screen with the tree and the check panel) the buttons go under the
        text, so that every word stays readable."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        grid = self._grid
        for widget in (self.title, self.now_label, self.next_label, self.paused_label):
            grid.removeWidget(widget)
        grid.removeWidget(self.countdown)
        grid.removeWidget(self.buttons)
        if narrow:
            # One fact per line beside the countdown, the buttons under them; the pause line
            # only while the tour waits (the countdown says the rest).
            grid.addWidget(self.title, 0, 0, 1, 2)
            grid.addWidget(self.now_label, 1, 0, 1, 2)
            grid.addWidget(self.next_label, 2, 0, 1, 2)
            grid.addWidget(self.countdown, 0, 2, 3, 1)
            grid.addWidget(self.paused_label, 3, 0, 1, 3)
            grid.addWidget(self.buttons, 4, 0, 1, 3)
        else:
            grid.addWidget(self.title, 0, 0, 1, 2)
            grid.addWidget(self.now_label, 1, 0)
            grid.addWidget(self.next_label, 1, 1)
            grid.addWidget(self.paused_label, 2, 0, 1, 2)
            grid.addWidget(self.countdown, 0, 2, 3, 1)
            grid.addWidget(self.buttons, 0, 3, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(narrow=event.size().width() < NARROW_PX)
        super().resizeEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.next_button.setText(self.tr("Next page"))
        self.stop_button.setText(self.tr("Stop tour"))
        self.refresh()
