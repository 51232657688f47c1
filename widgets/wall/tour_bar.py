"""The strip above the wall while a tour runs: the page on screen, what comes next, the countdown,
why the tour waits, and Pause, Next and Stop.

It sits inside the wall's area, so it stays on screen when the wall is full screen on a wall PC.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from app.safe_text import one_line
from app.wall.tour import PauseReason, TourPage
from widgets.wall.tour_runner import TourRunner


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
        self.paused_label.setWordWrap(True)
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

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.now_label, 0, 1)
        grid.addWidget(self.countdown, 0, 2, 2, 1)
        grid.addWidget(self.pause_button, 0, 3, 2, 1)
        grid.addWidget(self.next_button, 0, 4, 2, 1)
        grid.addWidget(self.stop_button, 0, 5, 2, 1)
        grid.addWidget(self.paused_label, 1, 0)
        grid.addWidget(self.next_label, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)

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
        self.title.setText(
            self.tr("Tour “%1”: page %2 of %3")
            .replace("%1", one_line(tour.name))
            .replace("%2", str(state.index + 1))
            .replace("%3", str(len(state.pages)))
            + (self.tr(", round %1").replace("%1", str(state.round)) if state.round > 1 else "")
        )
        now, upcoming = self.page_text(state.current), self.page_text(state.upcoming)
        self.now_label.setText(self.tr("On the wall: %1").replace("%1", now))
        self.next_label.setText(self.tr("Next: %1").replace("%1", upcoming))
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
        self.paused_label.setText(text)
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.next_button.setText(self.tr("Next page"))
        self.stop_button.setText(self.tr("Stop tour"))
        self.refresh()
