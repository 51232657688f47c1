"""The main window's handover entries: "Hand over the shift…" and (team leads) "Handovers of a
day…", and at each login the previous officer's handover on this workstation, if nobody has
acknowledged it yet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.officers.profiles import Action, Officer, Role, can
from app.shift.handover import Handover, HandoverBook
from app.sites.registry import Registry
from app.timekeeping import utc_now
from app.workers import Job, JobQueue
from widgets.common.dialogs import open_dialog
from widgets.shift.handover_day import HandoversOfDayWindow
from widgets.shift.handover_dialog import (
    AcknowledgeDialog,
    HandoverDialog,
    KeySource,
    keyring_key_source,
    open_window,
)


class HandoverViews(QObject):
    """Adds its actions to ``menu``; ``set_officer`` at every login and logout."""

    def __init__(
        self,
        registry: Registry,
        window: QWidget,
        menu: QMenu,
        officer: Callable[[], Officer | None],
        clock: Callable[[], dt.datetime] = utc_now,
        key_source: KeySource | None = None,
    ) -> None:
        super().__init__(window)
        self._registry = registry
        self._window = window
        self._clock = clock
        self._menu = menu
        self._key_source = key_source or keyring_key_source()
        self._officer: Officer | None = None
        self.queue = JobQueue("handover-login", self)
        self.dialog: HandoverDialog | None = None
        self.acknowledge: AcknowledgeDialog | None = None
        self.day_window: HandoversOfDayWindow | None = None
        self.action_handover = QAction(window)
        self.action_handover.setObjectName("actionHandOver")
        self.action_handover.triggered.connect(self.hand_over)
        self.action_day = QAction(window)
        self.action_day.setObjectName("actionHandoversOfDay")
        self.action_day.triggered.connect(self.open_day)
        menu.addActions([self.action_handover, self.action_day])
        window.installEventFilter(self)
        self.retranslate_ui()
        self.set_officer(officer())

    def set_officer(self, officer: Officer | None) -> None:
        changed = officer is not None and (
            self._officer is None or self._officer.code != officer.code
        )
        self._officer = officer
        works = officer is not None and officer.active and can(officer.role, Action.RUN_CHECK)
        self.action_handover.setEnabled(works)
        self.action_day.setEnabled(works and officer is not None and officer.role is Role.TEAM_LEAD)
        if officer is None and self.acknowledge is not None:
            self.acknowledge.close()
        if changed and works and officer is not None:
            book = HandoverBook(self._registry, self._clock)
            job = Job(lambda: book.pending_for(book.workstation, officer.code))
            job.signals.succeeded.connect(lambda found: self._pending(found, officer))
            self.queue.submit(job)

    def _pending(self, found: object, officer: Officer) -> None:
        if not isinstance(found, Handover) or self._officer != officer:
            return
        if self.acknowledge is not None:
            self.acknowledge.close()
        self.acknowledge = open_dialog(
            AcknowledgeDialog(self._registry, found, officer, self._clock, self._window)
        )
        self.acknowledge.destroyed.connect(lambda: setattr(self, "acknowledge", None))

    def hand_over(self) -> HandoverDialog | None:
        officer = self._officer
        if officer is None or not self.action_handover.isEnabled():
            return None
        self.dialog = open_dialog(
            HandoverDialog(
                self._registry, officer, self._clock, self._key_source, parent=self._window
            )
        )
        self.dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        return self.dialog

    def open_day(self) -> HandoversOfDayWindow | None:
        if not self.action_day.isEnabled():
            return None
        if self.day_window is None:
            window = HandoversOfDayWindow(self._registry, self._clock, parent=self._window)
            window.setWindowFlag(Qt.WindowType.Window)
            window.destroyed.connect(lambda: setattr(self, "day_window", None))
            self.day_window = window
            open_window(window)
        else:
            self.day_window.reload()
            self.day_window.show()
        self.day_window.raise_()
        self.day_window.activateWindow()
        return self.day_window

    def retranslate_ui(self) -> None:
        self._menu.setTitle(self.tr("S&hift"))
        self.action_handover.setText(self.tr("&Hand over the shift…"))
        self.action_handover.setStatusTip(
            self.tr("Write and sign the handover note for the next officer on this workstation")
        )
        self.action_day.setText(self.tr("Handovers of a &day…"))
        self.action_day.setStatusTip(self.tr("A day's handovers side by side (team leads)"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False
