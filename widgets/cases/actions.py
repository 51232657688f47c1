"""Opening a case from another window: the check log (a check with a finding), the
interruption register (a record), the reconciliation review (its selected rows)::

    from widgets.cases.actions import open_new_case
    open_new_case(self, registry, officer, epe_id, [check_item(check)], origin="check")

The dialog shows the EPE and what will be attached, asks for the facts, opens the case in a Job
and then shows it in its own window (``widgets/cases/case_view.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.cases.book import Case, CaseBook, CaseEntry, entry_description, item_kind_label
from app.officers.profiles import Officer
from app.safe_text import one_line
from app.sites.registry import Registry
from app.timekeeping import show_local, utc_now
from app.workers import Job, JobQueue
from widgets.cases.case_view import CaseView, _error_text


class NewCaseDialog(QDialog):
    """The facts of a new case, with the EPE and the items it starts with."""

    opened = Signal(object)  # Case

    def __init__(
        self,
        registry: Registry,
        officer: Officer,
        epe_id: int | None,
        items: Sequence[Mapping[str, Any]] = (),
        origin: str = "other",
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newCase")
        self._registry = registry
        self._officer = officer
        self._items = [dict(item) for item in items]
        self._origin = origin
        self._clock = clock
        self.view: CaseView | None = None
        self.queue = JobQueue("new-case", self)
        self.epe = QComboBox(self)
        self.epe.setObjectName("epe")
        for epe in registry.list_epes():
            self.epe.addItem(one_line(f"{epe.name} ({epe.tax_id})"), epe.id)
        if epe_id is not None:
            self.epe.setCurrentIndex(max(0, self.epe.findData(epe_id)))
            self.epe.setEnabled(False)
        self.epe_label = QLabel(self)
        self.items_label = QLabel(self)
        self.item_list = QListWidget(self)
        self.item_list.setObjectName("startItems")
        now = clock()
        for item in self._items:
            entry = CaseEntry(item, officer.code, officer.full_name, now)
            when = show_local(entry.at, day_first=True) + " — " if entry.at else ""
            self.item_list.addItem(
                one_line(f"{item_kind_label(entry.kind)}: {when}{entry_description(entry)}")
            )
        self.item_list.setVisible(bool(self._items))
        self.items_label.setVisible(bool(self._items))
        self.item_list.setMaximumHeight(110)
        self.facts_label = QLabel(self)
        self.facts = QPlainTextEdit(self)
        self.facts.setObjectName("facts")
        self.facts.setTabChangesFocus(True)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("openCase")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.open_case)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.epe_label)
        layout.addWidget(self.epe)
        layout.addWidget(self.items_label)
        layout.addWidget(self.item_list)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.facts, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(640, 440)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Open a case"))
        self.epe_label.setText(self.tr("&EPE:"))
        self.epe_label.setBuddy(self.epe)
        self.items_label.setText(self.tr("Attached from the start:"))
        self.facts_label.setText(
            self.tr("&Facts: what was seen, when and on which camera (Vietnam time)")
        )
        self.facts_label.setBuddy(self.facts)
        self.open_button.setText(self.tr("Open the case"))

    def open_case(self) -> Job | None:
        epe_id = self.epe.currentData()
        if epe_id is None:
            self.status.setText(self.tr("Add the EPE to the registry first."))
            return None
        self.open_button.setEnabled(False)
        self.status.setText(self.tr("Writing the case to the check log…"))
        book = CaseBook(self._registry, self._clock)
        job = Job(
            book.open,
            self._officer,
            int(epe_id),
            self.facts.toPlainText(),
            self._items,
            self._origin,
        )
        job.signals.succeeded.connect(self._opened)
        job.signals.failed.connect(self._failed)
        self.queue.submit(job)
        return job

    def _opened(self, case: Case) -> None:
        self.view = CaseView(
            self._registry, self._officer, case.id, self._clock, self.parentWidget()
        )
        self.view.setWindowFlag(Qt.WindowType.Window)
        self.view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.view.show()
        self.opened.emit(case)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.open_button.setEnabled(True)
        self.status.setText(_error_text(exc))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


# Case windows opened without a parent window stay alive until they are closed.
_OPEN_VIEWS: set[CaseView] = set()


def show_case(
    registry: Registry,
    officer: Officer | None,
    case_id: str,
    parent: QWidget | None,
    clock: Callable[[], dt.datetime] = utc_now,
) -> CaseView:
    """The case in its own window (deleted when closed)."""
    view = CaseView(registry, officer, case_id, clock, parent)
    view.setWindowFlag(Qt.WindowType.Window)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _OPEN_VIEWS.add(view)
    view.destroyed.connect(lambda: _OPEN_VIEWS.discard(view))
    view.show()
    return view


def open_new_case(
    parent: QWidget | None,
    registry: Registry,
    officer: Officer,
    epe_id: int | None,
    items: Sequence[Mapping[str, Any]] = (),
    *,
    origin: str = "other",
    clock: Callable[[], dt.datetime] = utc_now,
) -> NewCaseDialog:
    """Ask for the facts of a new case of ``epe_id`` starting with ``items`` (built with
    ``app.cases.book``'s ``check_item``, ``interruption_item``, ``reconciliation_item``...);
    once opened, the case shows in its own window (``dialog.view``)."""
    dialog = NewCaseDialog(registry, officer, epe_id, items, origin, clock, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_case_from_findings(
    parent: QWidget,
    registry: Registry,
    officer: Officer,
    epe_id: int | None,
    findings: Sequence[Any],
    *,
    queue: JobQueue,
    shown: Callable[[NewCaseDialog], None] = lambda _dialog: None,
    clock: Callable[[], dt.datetime] = utc_now,
) -> Job:
    """The reconciliation review's "Open a case": the SHA-256 of each finding's crop is
    computed in a Job on ``queue``, then the new case dialog opens with the rows
    (``app.declarations.reconcile.Finding``) and is handed to ``shown``."""
    from app.cases.book import crop_digest, reconciliation_item

    chosen = list(findings)

    def items() -> list[dict[str, Any]]:
        return [reconciliation_item(f, crop_digest(f)) for f in chosen]

    job = Job(items)

    def ready(rows: list[dict[str, Any]]) -> None:
        shown(
            open_new_case(
                parent, registry, officer, epe_id, rows, origin="reconciliation", clock=clock
            )
        )

    job.signals.succeeded.connect(ready)
    queue.submit(job)
    return job
