"""Runs a tour on the wall: builds its pages in a Job, shows one page after the other, waits while
the officer uses the wall, and makes each page of an EPE count as a check of it.

The rules (countdown, pauses) are ``app.wall.tour.TourState``; this object gives them a timer, the
officer's clicks and keys on the wall, and the wall itself. With an officer who records checks
logged in, a page of one EPE opens a check of it in the check panel (reason: the risk list, the
plan, or "other" with the tour's name) so the cameras on screen are counted as watched; when the
page leaves, the check is ended through the panel, with what the officer wrote there (Normal and
no note when nothing). A check the officer cannot leave like that (an irregularity without a
note) holds the tour until it is finished.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app.officers.profiles import Officer
from app.rotation.checks import CheckReason
from app.sites.registry import Registry
from app.wall.layout import WallModel
from app.wall.tour import (
    TourDefinition,
    TourPage,
    TourPlan,
    TourSource,
    TourState,
    TourStore,
    tour_pages_steps,
)
from app.workers import Job, JobQueue
from widgets.wall.wall import WallWidget

log = logging.getLogger(__name__)

TICK_MS = 250
REASONS = {
    TourSource.RISK_LIST: CheckReason.RISK_LIST,
    TourSource.TODAY_PLAN: CheckReason.PLANNED,
    TourSource.LIST: CheckReason.OTHER,
}
# What the officer does on the wall (or in the check panel) that pauses the tour.
_TOUCHES = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.KeyPress,
    QEvent.Type.ContextMenu,
    QEvent.Type.DragEnter,
}


class CheckHost(Protocol):
    """What the runner needs of the check panel (``widgets.rotation.check_panel.CheckPanel``)."""

    check: Any

    def start_for(self, epe_id: int, reason: CheckReason, note: str = "") -> Any: ...

    def end_check(self) -> Any: ...


class TourRunner(QObject):
    """One tour at a time on one wall."""

    changed = Signal()  # the page, the countdown or a pause changed: the bar follows
    page_shown = Signal(object)  # TourPage
    started = Signal(object)  # TourDefinition
    stopped = Signal()
    failed = Signal(str)  # translated: the tour could not start

    def __init__(
        self,
        wall: WallWidget,
        registry: Registry,
        owner: Callable[[], str],
        officer: Callable[[], Officer | None],
        checks: CheckHost | None = None,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(parent)
        self._wall = wall
        self._registry = registry
        self._owner = owner
        self._officer = officer
        self._checks = checks
        self._clock = clock
        self.queue = JobQueue("tours", self)
        self.state: TourState | None = None
        self.tour: TourDefinition | None = None
        self.skipped: list[str] = []
        self._before: WallModel | None = None
        self._tour_check: Any = None  # the check this tour opened for the page on screen
        self._watched: list[QWidget] = [wall]
        self._job: Job | None = None  # the pages being built; a newer start or stop drops it
        self._refresh: Job | None = None  # the pages of the next round being built
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        wall.maximised_changed.connect(lambda cell: self._hold("maximised", cell >= 0))

    # --- reading ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.state is not None

    @property
    def tour_check(self) -> Any:
        """The check the tour opened for the page on screen (None when it opened none)."""
        return self._tour_check

    def watch_interactions(self, widget: QWidget) -> None:
        """Count the officer's use of ``widget`` (the check panel) as using the wall."""
        self._watched.append(widget)

    # --- starting and stopping ----------------------------------------------------------------
    def start_named(self, name: str) -> Job | None:
        """Start the owner's saved tour ``name``; ``failed`` says why not (None returned)."""
        try:
            tour = TourStore(self._registry).load(name, self._owner())
        except KeyError:
            self.failed.emit(self.tr('There is no saved tour named "%1".').replace("%1", name))
            return None
        except ValueError as exc:
            self.failed.emit(str(exc))
            return None
        return self.start(tour)

    def _pages_job(self, tour: TourDefinition) -> Job:
        officer = self._officer()
        return Job(
            tour_pages_steps,
            self._registry,
            tour,
            self._owner(),
            officer.id if officer is not None else None,
        )

    def start(self, tour: TourDefinition) -> Job:
        """Build the tour's pages in the background; the first page comes up when they are."""
        job = self._pages_job(tour)
        job.signals.succeeded.connect(lambda plan: self._on_built(job, plan))
        job.signals.failed.connect(
            lambda exc: self.failed.emit(
                self.tr("The tour could not be prepared: %1").replace("%1", str(exc))
            )
        )
        if self._job is not None:
            self._job.cancel()
        self._job = job
        self.queue.submit(job)
        return job

    def stop(self) -> None:
        """End the tour: the tour's check is ended and the wall shows what it showed before."""
        for job in (self._job, self._refresh):
            if job is not None:
                job.cancel()
        self._job = self._refresh = None
        if self.state is None:
            return
        self._timer.stop()
        QApplication.instance().removeEventFilter(self)
        self._end_page_check()
        self.state = None
        self.tour = None
        before, self._before = self._before, None
        if before is not None:
            self._wall.set_model(before)
        self.stopped.emit()
        self.changed.emit()

    def next_page(self) -> None:
        if self.state is None or not self._leave_for(self.state.upcoming):
            return
        self._advance()

    def set_paused(self, paused: bool) -> None:
        """The bar's Pause/Resume button."""
        if self.state is not None:
            self.state.set_officer_pause(paused)
            self.changed.emit()

    def on_check_ended(self, _record: object = None) -> None:
        """The check panel ended (or the officer discarded) a check: a hold on it is over."""
        if self._checks is not None and self._checks.check is None:
            self._tour_check = None
            self._hold("findings", False)

    # --- internals ----------------------------------------------------------------------------
    def _on_built(self, job: Job, plan: TourPlan) -> None:
        if job is not self._job:
            return  # stopped, or another tour was asked for since
        self._job = None
        self.skipped = plan.skipped
        if not plan.pages:
            lines = [self.tr("The tour has no page to show: none of its EPEs has a camera.")]
            self.failed.emit("\n".join(lines + plan.skipped))
            return
        if self.state is None:
            self._before = self._wall.model
        else:
            self._end_page_check()
        self.tour = plan.tour
        self.state = TourState(plan.pages, plan.tour.dwell_seconds, self._clock)
        QApplication.instance().installEventFilter(self)
        self._show(self.state.current)
        self._timer.start()
        self.started.emit(plan.tour)

    def _tick(self) -> None:
        state = self.state
        if state is None:
            return
        if state.due() and self._leave_for(state.upcoming):
            self._advance()
        else:
            self.changed.emit()

    def _advance(self) -> None:
        state = self.state
        assert state is not None
        state.advance()
        self._show(state.current)
        if state.index == 0 and self.tour is not None:
            # A new round: the risk list, today's plan or the saved walls may have changed (a
            # wall PC tours all day and night), so the next round's pages are built again.
            job = self._pages_job(self.tour)
            job.signals.succeeded.connect(lambda plan: self._on_refreshed(job, plan))
            self._refresh = job
            self.queue.submit(job)

    def _on_refreshed(self, job: Job, plan: TourPlan) -> None:
        state = self.state
        if job is not self._refresh or state is None or not plan.pages:
            return  # stopped since, or nothing to show: this round's pages stay
        self._refresh = None
        self.skipped = plan.skipped
        shown = state.current
        state.pages = plan.pages
        state.index = min(state.index, len(plan.pages) - 1)
        if state.current.wall != shown.wall and self._leave_for(state.current):
            self._show(state.current)
        self.changed.emit()

    def _leave_for(self, page: TourPage) -> bool:
        """Before ``page`` comes up: end the tour's check unless ``page`` is of the same EPE.
        False (and the tour holds) when the check cannot end as the officer left it."""
        check = self._tour_check
        if check is not None and page.epe_id is not None and check.epe.id == page.epe_id:
            return True
        return self._end_page_check()

    def _show(self, page: TourPage) -> None:
        self._wall.set_model(page.wall)
        if self._tour_check is None and page.epe_id is not None:
            self._begin_page_check(page.epe_id)
        self.page_shown.emit(page)
        self.changed.emit()

    def _begin_page_check(self, epe_id: int) -> None:
        if self._checks is None or self.tour is None or self._checks.check is not None:
            return  # the officer's own open check counts what is on screen of its EPE
        note = self.tr("During the tour “%1”").replace("%1", self.tour.name)
        self._tour_check = self._checks.start_for(epe_id, REASONS[self.tour.source], note)

    def _end_page_check(self) -> bool:
        """End the check this tour opened; False (the tour holds) when its findings need more
        from the officer (an irregularity without a note)."""
        check, self._tour_check = self._tour_check, None
        self._hold("findings", False)
        if check is None or self._checks is None or self._checks.check is not check:
            return True
        if self._checks.end_check() is None and self._checks.check is check:
            self._tour_check = check
            self._hold("findings", True)
            return False
        return True

    def _hold(self, reason: str, on: bool) -> None:
        if self.state is not None:
            self.state.hold(reason, on)
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.state is None or event.type() not in _TOUCHES or not isinstance(watched, QWidget):
            return False
        try:
            touched = any(w is watched or w.isAncestorOf(watched) for w in self._watched)
        except RuntimeError:  # a watched widget was deleted before the tour stopped
            self._watched = [w for w in self._watched if shiboken_alive(w)]
            return False
        if touched:
            self.state.touched()
            self.changed.emit()
        return False


def shiboken_alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True
