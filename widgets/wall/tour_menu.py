"""Wall > Tours: tour the risk list or today's plan now, start a saved tour, make one, stop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.safe_text import one_line
from app.sites.registry import Registry
from app.wall.tour import TourDefinition, TourSource, TourStore
from widgets.wall.tour_runner import TourRunner


class ToursMenu(QMenu):
    """Retranslates itself; the saved tours are read each time it opens."""

    dialog_requested = Signal()

    def __init__(
        self,
        registry: Registry,
        runner: TourRunner,
        owner: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("toursMenu")
        self._registry = registry
        self._runner = runner
        self._owner = owner
        self.action_risk = QAction(self)
        self.action_risk.setObjectName("tourRiskList")
        self.action_risk.triggered.connect(lambda: self.start_source(TourSource.RISK_LIST))
        self.action_plan = QAction(self)
        self.action_plan.setObjectName("tourTodayPlan")
        self.action_plan.triggered.connect(lambda: self.start_source(TourSource.TODAY_PLAN))
        self.action_dialog = QAction(self)
        self.action_dialog.setObjectName("tourDialogAction")
        self.action_dialog.triggered.connect(lambda: self.dialog_requested.emit())
        self.action_stop = QAction(self)
        self.action_stop.setObjectName("tourStopAction")
        self.action_stop.triggered.connect(runner.stop)
        self.saved_actions: list[QAction] = []
        self.aboutToShow.connect(self.refill)
        self._retranslate()
        self.refill()

    def start_source(self, source: TourSource) -> None:
        self._runner.start(TourDefinition(source.label(), source))

    def refill(self) -> None:
        # Not clear(): it would delete the fixed actions, which the menu owns.
        fixed = (self.action_risk, self.action_plan, self.action_dialog, self.action_stop)
        for action in self.actions():
            self.removeAction(action)
            if all(action is not keep for keep in fixed):
                action.deleteLater()
        self.addActions([self.action_risk, self.action_plan])
        self.addSeparator()
        self.saved_actions = []
        for saved in TourStore(self._registry).list(self._owner()):
            action = self.addAction(one_line(saved.name))
            action.setEnabled(saved.tour is not None)
            action.triggered.connect(
                lambda _checked=False, n=saved.name: self._runner.start_named(n)
            )
            self.saved_actions.append(action)
        if self.saved_actions:
            self.addSeparator()
        self.addActions([self.action_dialog, self.action_stop])
        self.action_stop.setEnabled(self._runner.running)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("&Tours"))
        self.action_risk.setText(self.tr("Tour the &risk list"))
        self.action_risk.setStatusTip(
            self.tr("Show the EPEs rated high, then medium risk, one page after the other")
        )
        self.action_plan.setText(self.tr("Tour today's &plan"))
        self.action_plan.setStatusTip(self.tr("Show the EPEs planned for you today, in turn"))
        self.action_dialog.setText(self.tr("&Make or change a tour…"))
        self.action_stop.setText(self.tr("&Stop the tour"))
