"""The interruption register window (Decision 247 I.2.3): every record with its deadline and
state (colour and text), filters, the details and history of the selected record, and the
officer's changes (open from a notification, follow up, extend, close, attach the manual log).

The records are read in a Job (a year of a team's register is bulk SQLite work); each change
is one ledger record, written by the dialog."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.interruptions.model import Interruption, InterruptionState, UpdateAction
from app.interruptions.register import InterruptionRegister
from app.officers.profiles import Action, Officer, can
from app.safe_text import one_line, printable
from app.sites.registry import Registry
from app.timekeeping import Month, local_day, show_local, utc_now
from app.workers import Job, JobQueue
from widgets.common.dialogs import open_dialog
from widgets.common.tool_window import ToolWindowEntry, adopt_tool_window
from widgets.interruptions.dialogs import (
    AttachDialog,
    ExtendDialog,
    NoteDialog,
    NotificationDialog,
    gate_reminder,
)
from widgets.interruptions.reports_actions import install_report_button

# Background colours that keep black text readable; the state is always written too.
STATE_COLOURS = {
    InterruptionState.OPEN: QColor("#fff3c4"),
    InterruptionState.EXTENDED: QColor("#ffd9a8"),
    InterruptionState.OVERDUE: QColor("#f7b3b3"),
    InterruptionState.CLOSED: QColor("#d5ecd4"),
}
ALL, OPEN, OVERDUE, NOT_FOLLOWED_UP = "all", "open", "overdue", "not_followed_up"


class RegisterWindow(QWidget):
    """The register as a tool window."""

    loaded = Signal()

    def __init__(
        self,
        registry: Registry,
        officer: Officer | None,
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interruptionRegister")
        self._register = InterruptionRegister(registry, clock)
        self._officer = officer
        self._items: list[Interruption] = []
        self._select_after: str | None = None
        self.queue = JobQueue("interruption-register", self)
        self._job: Job | None = None

        self.filter = QComboBox(self)
        self.filter.setObjectName("filter")
        self.month = QComboBox(self)
        self.month.setObjectName("month")
        self.filter_label = QLabel(self)
        self.month_label = QLabel(self)
        self.button_open = QPushButton(self)
        self.button_open.setObjectName("openFromNotification")
        self.button_follow_up = QPushButton(self)
        self.button_follow_up.setObjectName("followUp")
        self.button_extend = QPushButton(self)
        self.button_extend.setObjectName("extend")
        self.button_close = QPushButton(self)
        self.button_close.setObjectName("closeInterruption")
        self.button_attach = QPushButton(self)
        self.button_attach.setObjectName("attach")
        self.button_case = QPushButton(self)
        self.button_case.setObjectName("openCase")
        self.table = QTableWidget(0, 9, self)
        self.table.setObjectName("records")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.details = QTextBrowser(self)
        self.details.setObjectName("details")
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")

        top = QHBoxLayout()
        for widget in (self.filter_label, self.filter, self.month_label, self.month):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        for button in (
            self.button_open,
            self.button_follow_up,
            self.button_extend,
            self.button_close,
            self.button_attach,
            self.button_case,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.reports = install_report_button(
            self,
            buttons,
            self._register,
            month=lambda: Month.parse(m) if (m := self.month.currentData()) else None,
            selected=lambda: item.id if (item := self.selected()) else None,
            selection_changed=self.table.itemSelectionChanged,
            prepared_by=lambda: self._officer.full_name if self._officer else "",
        )
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)

        self.filter.currentIndexChanged.connect(self.reload)
        self.month.currentIndexChanged.connect(self.reload)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.button_open.clicked.connect(self.open_notification)
        self.button_follow_up.clicked.connect(self.follow_up)
        self.button_extend.clicked.connect(self.extend)
        self.button_close.clicked.connect(self.close_selected)
        self.button_attach.clicked.connect(self.attach)
        self.button_case.clicked.connect(self.open_case)
        self.retranslate_ui()
        adopt_tool_window(self)
        self._update_buttons()  # before the records arrive: a view-only role never sees them on
        self.reload()

    # -- state --

    @property
    def register(self) -> InterruptionRegister:
        return self._register

    def today(self) -> dt.date:
        return local_day(self._register.now())

    def selected(self) -> Interruption | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        record_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((i for i in self._items if i.id == record_id), None)

    def set_officer(self, officer: Officer | None) -> None:
        self._officer = officer
        self._update_buttons()

    def _may(self, action: Action) -> bool:
        officer = self._officer
        return officer is not None and officer.active and can(officer.role, action)

    def _update_buttons(self) -> None:
        item = self.selected()
        is_open = item is not None and item.is_open
        self.button_open.setEnabled(self._may(Action.OPEN_INTERRUPTION))
        self.button_follow_up.setEnabled(is_open and self._may(Action.FOLLOW_UP_INTERRUPTION))
        self.button_extend.setEnabled(is_open and self._may(Action.EXTEND_INTERRUPTION))
        self.button_close.setEnabled(is_open and self._may(Action.CLOSE_INTERRUPTION))
        # Only offered for a gate camera's interruption.
        self.button_attach.setVisible(item is not None and item.gate)
        self.button_attach.setEnabled(item is not None and self._may(Action.ATTACH_MANUAL_LOG))
        self.button_case.setEnabled(item is not None and self._may(Action.OPEN_CASE))

    # -- loading --

    def select_record(self, interruption_id: str) -> None:
        """Show the records again with ``interruption_id`` selected (the status board's link)."""
        self._select_after = interruption_id
        self.reload()

    def reload(self) -> None:
        """Read the records again (in a Job) with the current filters."""
        if self._job is not None:
            self._job.cancel()
        month_text = self.month.currentData()
        month = Month.parse(month_text) if month_text else None
        which = self.filter.currentData() or ALL
        job = Job(self._read, which, month, self.today())
        job.signals.succeeded.connect(lambda items, job=job: self._show(job, items))
        self._job = job
        self.queue.submit(job)

    def _read(self, which: str, month: Month | None, today: dt.date) -> list[Interruption]:
        register = self._register
        if which == NOT_FOLLOWED_UP:
            items = register.not_followed_up(today)
        else:
            items = register.list(open_only=which in (OPEN, OVERDUE), month=month)
        if which == OVERDUE:
            items = [i for i in items if i.days_overdue(today) > 0]
        if month is not None and which == NOT_FOLLOWED_UP:
            start, end = month.first_day, month.last_day
            items = [i for i in items if i.started_day <= end and i.end_day(today) >= start]
        return items

    def _show(self, job: Job, items: object) -> None:
        if job is not self._job or not isinstance(items, list):
            return
        self._job = None
        keep = self._select_after or (self.selected().id if self.selected() else None)
        self._select_after = None
        self._items = items
        today = self.today()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(items))
        chosen = -1
        for row, item in enumerate(items):
            state = item.state(today)
            overdue = item.days_overdue(today)
            cells = [
                one_line(item.epe_name),
                ", ".join(str(n) for n in item.cameras),
                item.kind.label(),
                show_local(item.started_at, day_first=True),
                item.due.strftime("%d/%m/%Y"),
                item.extended_to.strftime("%d/%m/%Y") if item.extended_to else "",
                state.label(),
                str(overdue) if overdue else "",
                self._follow_up_text(item, today),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, item.id)
                if column == 6:
                    cell.setBackground(STATE_COLOURS[state])
                    cell.setForeground(QColor("black"))
                self.table.setItem(row, column, cell)
            if item.id == keep:
                chosen = row
        if chosen >= 0:
            self.table.selectRow(chosen)
        else:
            self.table.clearSelection()
        open_count = sum(1 for i in items if i.is_open)
        self.summary.setText(
            self.tr("{count} records, {open} open").format(count=len(items), open=open_count)
        )
        self._selection_changed()
        self.loaded.emit()

    def _follow_up_text(self, item: Interruption, today: dt.date) -> str:
        last = item.last_follow_up.strftime("%d/%m/%Y") if item.last_follow_up else "—"
        if (
            item.is_open
            and self._register.calendar.is_working_day(today)
            and not item.followed_up_on(today)
        ):
            return self.tr("{date} (not followed up today)").format(date=last)
        return last

    # -- details --

    def _selection_changed(self) -> None:
        self._update_buttons()
        item = self.selected()
        if item is None:
            self.details.setHtml(
                "<p>" + html.escape(self.tr("Choose a record to see its details.")) + "</p>"
            )
            return
        self.details.setHtml(self._details_html(item))

    def _details_html(self, item: Interruption) -> str:
        def esc(text: str) -> str:
            return html.escape(printable(text)).replace("\n", "<br>")

        today = self.today()
        rows = [
            (self.tr("Enterprise"), f"{item.epe_name} · {item.epe_tax_id}"),
            (self.tr("Address"), item.epe_address),
            (self.tr("Cameras"), ", ".join(str(n) for n in item.cameras)),
            (self.tr("Kind"), item.kind.label()),
            (self.tr("Began"), show_local(item.started_at, day_first=True)),
            (self.tr("Deadline"), item.due.strftime("%d/%m/%Y")),
            (self.tr("State"), item.state(today).label()),
            (self.tr("Description"), item.description),
            (self.tr("Cause"), item.cause),
            (self.tr("Effect on supervision"), item.effect),
            (self.tr("Estimated restoration"), item.estimated_restoration),
            (self.tr("Technician"), item.technician),
            (
                self.tr("Notified"),
                " · ".join(
                    part
                    for part in (
                        item.notified_on.strftime("%d/%m/%Y") if item.notified_on else "",
                        item.doc_no,
                    )
                    if part
                ),
            ),
            (
                self.tr("Opened by"),
                item.officer_name or self.tr("the health monitor"),
            ),
        ]
        if item.extended_to:
            rows.insert(6, (self.tr("Extended to"), item.extended_to.strftime("%d/%m/%Y")))
        overdue = item.days_overdue(today)
        if overdue:
            rows.insert(7, (self.tr("Days overdue"), str(overdue)))
        parts = []
        if item.gate and item.is_open:
            parts.append(f"<p style='background:#fff3c4'><b>{esc(gate_reminder(item))}</b></p>")
        parts.append("<table cellspacing='2'>")
        for label, value in rows:
            if value:
                parts.append(f"<tr><td><b>{esc(label)}</b></td><td>{esc(value)}</td></tr>")
        parts.append("</table>")
        history = self.tr("History")
        parts.append(f"<h4>{esc(history)}</h4><ul>")
        for event in item.events:
            text = event.action.label()
            if event.action is UpdateAction.EXTEND and event.new_date:
                text += " → " + event.new_date.strftime("%d/%m/%Y")
            if event.attachment is not None:
                text += f": {event.attachment.name} (SHA-256 {event.attachment.sha256[:16]}…)"
            who = event.officer_name or event.officer_code
            note = f" — {event.note}" if event.note else ""
            parts.append(
                f"<li>{esc(show_local(event.at, day_first=True))} · {esc(who)} · "
                f"<b>{esc(text)}</b>{esc(note)}</li>"
            )
        if not item.events:
            none_yet = self.tr("No follow-up yet.")
            parts.append(f"<li>{esc(none_yet)}</li>")
        parts.append("</ul>")
        return "".join(parts)

    # -- changes --

    def _after(self, dialog: QDialog, signal: Signal) -> QDialog:
        def done(item: object) -> None:
            if isinstance(item, Interruption):
                self._select_after = item.id
            self.reload()

        signal.connect(done)  # type: ignore[attr-defined]
        return open_dialog(dialog)

    def open_notification(self) -> NotificationDialog | None:
        if self._officer is None or not self._may(Action.OPEN_INTERRUPTION):
            return None
        dialog = NotificationDialog(self._register, self._officer, parent=self)
        self._after(dialog, dialog.opened)
        return dialog

    def follow_up(self) -> NoteDialog | None:
        item = self.selected()
        if item is None or self._officer is None or not self.button_follow_up.isEnabled():
            return None
        dialog = NoteDialog(self._register, self._officer, item, parent=self)
        self._after(dialog, dialog.saved)
        return dialog

    def close_selected(self) -> NoteDialog | None:
        item = self.selected()
        if item is None or self._officer is None or not self.button_close.isEnabled():
            return None
        dialog = NoteDialog(self._register, self._officer, item, closing=True, parent=self)
        self._after(dialog, dialog.saved)
        return dialog

    def extend(self) -> ExtendDialog | None:
        item = self.selected()
        if item is None or self._officer is None or not self.button_extend.isEnabled():
            return None
        dialog = ExtendDialog(self._register, self._officer, item, parent=self)
        self._after(dialog, dialog.saved)
        return dialog

    def attach(self) -> AttachDialog | None:
        item = self.selected()
        if item is None or self._officer is None or not item.gate:
            return None
        dialog = AttachDialog(self._register, self._officer, item, parent=self)
        self._after(dialog, dialog.saved)
        return dialog

    # -- language --

    def open_case(self) -> QDialog | None:
        """A case of the selected record's EPE (Decision 247 II.2.3), starting with it."""
        from app.cases.book import interruption_item
        from widgets.cases.actions import open_new_case

        item, officer = self.selected(), self._officer
        if item is None or officer is None or not self._may(Action.OPEN_CASE):
            return None
        return open_new_case(
            self,
            self._register.registry,
            officer,
            item.epe_id or None,
            [interruption_item(item)],
            origin="interruption",
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Interruption register"))
        self.filter_label.setText(self.tr("Show:"))
        self.month_label.setText(self.tr("Month:"))
        choices = [
            (self.tr("All records"), ALL),
            (self.tr("Open"), OPEN),
            (self.tr("Overdue"), OVERDUE),
            (self.tr("Not followed up today"), NOT_FOLLOWED_UP),
        ]
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        for text, key in choices:
            self.filter.addItem(text, key)
        self.filter.setCurrentIndex(max(0, self.filter.findData(current)))
        self.filter.blockSignals(False)
        month_now = self.month.currentData()
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItem(self.tr("Any month"), "")
        month = Month.of(self.today())
        for _ in range(24):
            self.month.addItem(f"{month.month:02d}/{month.year}", str(month))
            month = month.previous()
        self.month.setCurrentIndex(max(0, self.month.findData(month_now)))
        self.month.blockSignals(False)
        self.button_open.setText(self.tr("Open from notification…"))
        self.button_follow_up.setText(self.tr("Follow up…"))
        self.button_extend.setText(self.tr("Extension…"))
        self.button_close.setText(self.tr("Close…"))
        self.button_attach.setText(self.tr("Attach manual log…"))
        self.button_case.setText(self.tr("Open a case…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("EPE"),
                self.tr("Cameras"),
                self.tr("Kind"),
                self.tr("Began"),
                self.tr("Deadline"),
                self.tr("Extended to"),
                self.tr("State"),
                self.tr("Days overdue"),
                self.tr("Last follow-up"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.reload()
        super().changeEvent(event)


class AttentionNotice(QDialog):
    """At login: the officer's records not followed up today or overdue. Non-blocking: the
    officer may open the register from it or carry on."""

    open_register = Signal()

    def __init__(self, items: list[Interruption], today: dt.date, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("interruptionNotice")
        self.setModal(False)
        self.text = QLabel(self)
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        self.button_open = QPushButton(self)
        self.button_open.setObjectName("openRegister")
        self.button_later = QPushButton(self)
        self.button_open.clicked.connect(self.open_register)
        self.button_open.clicked.connect(self.accept)
        self.button_later.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button_open)
        row.addWidget(self.button_later)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.setWindowTitle(self.tr("Interruptions to follow up"))
        overdue = sum(1 for i in items if i.days_overdue(today) > 0)
        lines = [
            self.tr(
                "{count} open interruption(s) need you today: {missing} not followed up today, "
                "{overdue} past the deadline."
            ).format(
                count=len(items),
                missing=sum(1 for i in items if not i.followed_up_on(today)),
                overdue=overdue,
            )
        ]
        for item in items[:6]:
            lines.append(
                "• "
                + one_line(item.epe_name)
                + " — "
                + self.tr("cameras {numbers}, due {date}").format(
                    numbers=", ".join(str(n) for n in item.cameras),
                    date=item.due.strftime("%d/%m/%Y"),
                )
            )
        self.text.setText("\n".join(lines))
        self.button_open.setText(self.tr("Open the register"))
        self.button_later.setText(self.tr("Later"))
        self.resize(520, self.sizeHint().height())


class InterruptionViews(ToolWindowEntry):
    """The main window's "Interruptions" menu, its register window and the login notice."""

    def __init__(
        self,
        registry: Registry,
        window: QWidget,
        menu: QMenu,
        officer: Callable[[], Officer | None],
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        # View-only (a partner agency, Decision 953) watches live images and nothing else.
        super().__init__(
            window,
            menu,
            None,
            Action.FOLLOW_UP_INTERRUPTION,
            "actionInterruptionRegister",
            (1250, 760),
        )
        self._registry = registry
        self._menu = menu
        self._clock = clock
        self.notice: AttentionNotice | None = None
        self.queue = JobQueue("interruption-notice", self)
        self.action_register = self.entry
        self._officer = officer()
        self.ready()

    def set_officer(self, officer: Officer | None) -> None:
        """Who is logged in now; at a login, the notice of what needs following up."""
        changed = officer is not None and (
            self._officer is None or self._officer.code != officer.code
        )
        super().set_officer(officer)
        if self.notice is not None and officer is None:
            self.notice.close()
        if changed and officer is not None and can(officer.role, Action.FOLLOW_UP_INTERRUPTION):
            self._check_at_login(officer)

    def _check_at_login(self, officer: Officer) -> None:
        register = InterruptionRegister(self._registry, self._clock)
        today = local_day(self._clock())
        job = Job(register.needs_attention, officer.code, today)
        job.signals.succeeded.connect(lambda items: self._show_notice(items, today, officer))
        self.queue.submit(job)

    def _show_notice(self, items: object, today: dt.date, officer: Officer) -> None:
        if not isinstance(items, list) or not items or self._officer != officer:
            return
        if self.notice is not None:
            self.notice.close()
        self.notice = AttentionNotice(items, today, self._window)
        self.notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice.destroyed.connect(lambda: setattr(self, "notice", None))
        self.notice.open_register.connect(self.open_register)
        self.notice.show()

    def create_window(self) -> RegisterWindow:
        return RegisterWindow(self._registry, self._officer, self._clock, parent=self._window)

    def open_register(self) -> RegisterWindow | None:
        window: RegisterWindow | None = self.open_window()
        return window

    def retranslate_ui(self) -> None:
        self._menu.setTitle(self.tr("&Interruptions"))
        self.action_register.setText(self.tr("Interruption &register…"))
        self.action_register.setStatusTip(
            self.tr("Camera interruptions of the EPEs, their deadlines and daily follow-up")
        )
