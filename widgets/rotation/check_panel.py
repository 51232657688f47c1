"""The check panel: an officer checks one EPE (Decision 247 II.1, II.2.1).

"Start check" opens a :class:`~app.rotation.checks.CheckSession` on the selected EPE. While it
is open the app records by itself which of the EPE's cameras are live on the wall and for how long
(:class:`WallWatch` follows every tile's stream), snapshots of those cameras are attached, and the
officer writes the findings. "End check" writes the check to the append-only log; after that it
can only be amended (who, when, why), never edited.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import ValidationError
from app.evidence.snapshots import SnapshotRecord
from app.media.stream import StreamController, StreamState, StreamStatus
from app.officers.profiles import Action, Officer, OfficerSession, PermissionDeniedError, can
from app.rotation.checks import (
    Amendment,
    CheckError,
    CheckReason,
    CheckRecord,
    CheckResult,
    CheckService,
    CheckSession,
    Findings,
    split_containers,
    split_plates,
)
from app.safe_text import one_line
from app.sites.registry import Registry
from app.storage.database import RegistryError
from app.timekeeping import parse_utc, show_local
from widgets.common.field_error import ERROR_STYLE, FieldError
from widgets.wall import WallWidget

WARNING_STYLE = "color: #9a6700; font-weight: bold;"


def local_time(text: str, with_date: bool = False) -> str:
    return show_local(parse_utc(text), date=with_date, day_first=True)


def duration_text(seconds: int) -> str:
    minutes, secs = divmod(max(0, seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


# --- which cameras are on screen --------------------------------------------------------------


class WallWatch(QObject):
    """Follows the streams of the wall's tiles.

    ``camera_live``/``camera_not_live`` follow every change to and away from LIVE (what a check
    counts as watched). ``view_started``/``view_stopped`` mark a view for the audit trail: from
    the first picture until the tile's stream is stopped (closed, hidden or the window closed);
    reconnects in between are part of the same view.
    """

    camera_live = Signal(int)
    camera_not_live = Signal(int)
    view_started = Signal(int)
    view_stopped = Signal(int)

    def __init__(self, wall: WallWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wall = wall
        # camera id -> (its stream, the slot connected to it)
        self._streams: dict[int, tuple[StreamController, Callable[[StreamStatus], None]]] = {}
        self._live: set[int] = set()
        self._viewing: set[int] = set()
        self._snapshots_allowed = True
        wall.model_changed.connect(self.scan)
        # A saved wall or a tour's page comes through set_model, which says model_changed only
        # when cameras were dropped; channels_changed follows every new set of tiles.
        wall.channels_changed.connect(self.scan)
        self.scan()

    def live_cameras(self) -> list[int]:
        return sorted(self._live)

    def set_snapshots_allowed(self, allowed: bool) -> None:
        """Show the tiles' snapshot buttons only to roles that may take snapshots."""
        self._snapshots_allowed = allowed
        for tile in self._wall.tiles():
            tile.snapshot_button.setVisible(allowed)

    def scan(self) -> None:
        """Follow the streams of tiles that appeared; forget those of tiles that left."""
        for tile in self._wall.tiles():
            tile.snapshot_button.setVisible(self._snapshots_allowed)
        current = {tile.camera_id: tile.stream for tile in self._wall.tiles()}
        for camera_id, (stream, slot) in list(self._streams.items()):
            if current.get(camera_id) is not stream:
                self._forget(camera_id, stream, slot)
        for camera_id, stream in current.items():
            if camera_id in self._streams:
                continue

            def slot(status: StreamStatus, cid: int = camera_id) -> None:
                self._on_status(cid, status)

            stream.status_changed.connect(slot)
            self._streams[camera_id] = (stream, slot)
            self._on_status(camera_id, stream.status)

    def _forget(
        self, camera_id: int, stream: StreamController, slot: Callable[[StreamStatus], None]
    ) -> None:
        del self._streams[camera_id]
        with contextlib.suppress(RuntimeError, TypeError):  # deleted with its tile already
            stream.status_changed.disconnect(slot)
        self._on_status(camera_id, StreamStatus(StreamState.STOPPED))

    def _on_status(self, camera_id: int, status: StreamStatus) -> None:
        if status.state is StreamState.LIVE:
            if camera_id not in self._live:
                self._live.add(camera_id)
                self.camera_live.emit(camera_id)
            if camera_id not in self._viewing:
                self._viewing.add(camera_id)
                self.view_started.emit(camera_id)
            return
        if camera_id in self._live:
            self._live.discard(camera_id)
            self.camera_not_live.emit(camera_id)
        if status.state in (StreamState.STOPPED, StreamState.IDLE) and camera_id in self._viewing:
            self._viewing.discard(camera_id)
            self.view_stopped.emit(camera_id)


# --- amending a closed check --------------------------------------------------------------------


def _result_combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for result in CheckResult:
        combo.addItem(result.label(), result.value)
    return combo


def _row(form: QFormLayout, widget: QWidget) -> QLabel:
    """A form row whose label is kept, so it can be translated again."""
    label = QLabel(widget.parentWidget())
    label.setBuddy(widget)
    form.addRow(label, widget)
    return label


class AmendDialog(QDialog):
    """Add an amendment to a closed check: what changes and why. The check itself stays as it
    was written; the log shows both."""

    amended = Signal(object)  # Amendment

    def __init__(
        self,
        service: CheckService,
        officer: Officer,
        check: CheckRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._officer = officer
        self._check = check
        self.amendment: Amendment | None = None
        self.setObjectName("amendDialog")
        self.setWindowTitle(self.tr("Amend a check"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "Check of %1 by %2, %3. A closed check is never edited: the amendment is "
                "added to the log with your name, the time and the reason."
            )
            .replace("%1", one_line(check.epe_name))
            .replace("%2", check.officer_name)
            .replace("%3", local_time(check.started_at, with_date=True)),
            self,
        )
        intro.setWordWrap(True)
        self.why = QLineEdit(self)
        self.why.setObjectName("amendWhy")
        self.result_combo = _result_combo(self, "amendResult")
        self.result_combo.setCurrentIndex(self.result_combo.findData(check.result.value))
        self.text = QPlainTextEdit(check.text, self)
        self.text.setObjectName("amendText")
        self.text.setMaximumHeight(90)
        self.containers = QLineEdit(", ".join(check.containers), self)
        self.containers.setObjectName("amendContainers")
        self.plates = QLineEdit(", ".join(check.plates), self)
        self.plates.setObjectName("amendPlates")
        form = QFormLayout()
        form.addRow(self.tr("&Why:"), self.why)
        form.addRow(self.tr("&Result:"), self.result_combo)
        form.addRow(self.tr("&Notes:"), self.text)
        form.addRow(self.tr("&Container numbers:"), self.containers)
        form.addRow(self.tr("&License plates:"), self.plates)
        self.message = FieldError("amend", self)  # hidden until there is something to say
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> Amendment | None:
        check = self._check
        result = CheckResult(self.result_combo.currentData())
        text = self.text.toPlainText().strip()
        containers = split_containers(self.containers.text())
        plates = split_plates(self.plates.text())
        try:
            self.amendment = self._service.amend(
                self._officer,
                check.check_id,
                self.why.text(),
                result=result if result is not check.result else None,
                text=text if text != check.text else None,
                containers=containers if containers != check.containers else None,
                plates=plates if plates != check.plates else None,
            )
        except (ValidationError, PermissionDeniedError, CheckError, KeyError, RegistryError) as exc:
            self.message.setText(str(exc))
            self.message.setVisible(True)
            return None
        self.amended.emit(self.amendment)
        self.accept()
        return self.amendment


# --- the panel ----------------------------------------------------------------------------------


class CheckPanel(QDockWidget):
    """A dock beside the wall: start, record and end the check of one EPE."""

    check_started = Signal(object)  # CheckSession
    check_ended = Signal(object)  # CheckRecord

    def __init__(
        self,
        service: CheckService,
        session: OfficerSession,
        registry: Registry,
        watch: WallWatch | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._officers = session
        self._registry = registry
        self._watch = watch
        self._epe_id: int | None = None
        self.check: CheckSession | None = None
        self.last_check: CheckRecord | None = None
        self.dialog: QDialog | None = None
        self._names: dict[int, str] = {}  # camera id -> "no. 3 Gate" of the checked EPE
        self.setObjectName("checkPanel")
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )

        body = QWidget(self)
        self.officer_hint = QLabel(body)
        self.officer_hint.setObjectName("checkOfficerHint")
        self.officer_hint.setWordWrap(True)
        self.epe_label = QLabel(body)
        self.epe_label.setObjectName("checkEpe")
        self.epe_label.setWordWrap(True)
        self.epe_label.setStyleSheet("font-weight: bold;")

        self.start_box = QGroupBox(body)
        self.reason = QComboBox(self.start_box)
        self.reason.setObjectName("checkReason")
        for reason in CheckReason.startable():
            self.reason.addItem(reason.label(), reason.value)
        self.reason.currentIndexChanged.connect(self._update)
        self.reason_note = QLineEdit(self.start_box)
        self.reason_note.setObjectName("checkReasonNote")
        self.start_button = QPushButton(self.start_box)
        self.start_button.setObjectName("startCheck")
        self.start_button.clicked.connect(self.start_check)
        start_form = QFormLayout(self.start_box)
        self.reason_label = _row(start_form, self.reason)
        self.reason_note_label = _row(start_form, self.reason_note)
        start_form.addRow(self.start_button)

        self.check_box = QGroupBox(body)
        self.check_label = QLabel(self.check_box)
        self.check_label.setObjectName("checkSummary")
        self.check_label.setWordWrap(True)
        self.outside_label = QLabel(self.check_box)
        self.outside_label.setObjectName("checkOutsideWorkingTime")
        self.outside_label.setWordWrap(True)
        self.outside_label.setStyleSheet(WARNING_STYLE)
        self.cameras = QTableWidget(0, 3, self.check_box)
        self.cameras.setObjectName("checkCameras")
        self.cameras.verticalHeader().setVisible(False)
        self.cameras.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cameras.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.cameras.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.cameras.setMinimumHeight(90)
        self.cameras.setMaximumHeight(170)
        self.result = _result_combo(self.check_box, "checkResult")
        self.notes = QPlainTextEdit(self.check_box)
        self.notes.setObjectName("checkNotes")
        self.notes.setMaximumHeight(80)
        self.containers = QLineEdit(self.check_box)
        self.containers.setObjectName("checkContainers")
        self.plates = QLineEdit(self.check_box)
        self.plates.setObjectName("checkPlates")
        self.snapshots = QListWidget(self.check_box)
        self.snapshots.setObjectName("checkSnapshots")
        self.snapshots.setMaximumHeight(70)
        self.message = QLabel(self.check_box)
        self.message.setObjectName("checkMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        self.end_button = QPushButton(self.check_box)
        self.end_button.setObjectName("endCheck")
        self.end_button.clicked.connect(self.end_check)
        self.discard_button = QPushButton(self.check_box)
        self.discard_button.setObjectName("discardCheck")
        self.discard_button.clicked.connect(self.ask_discard)
        findings_form = QFormLayout()
        self.findings_labels = [
            _row(findings_form, widget)
            for widget in (self.result, self.notes, self.containers, self.plates, self.snapshots)
        ]
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        self.cameras_title = QLabel(self.check_box)
        check_layout = QVBoxLayout(self.check_box)
        check_layout.addWidget(self.check_label)
        check_layout.addWidget(self.outside_label)
        check_layout.addWidget(self.cameras_title)
        check_layout.addWidget(self.cameras)
        check_layout.addLayout(findings_form)
        check_layout.addWidget(self.message)
        check_layout.addLayout(buttons)

        self.last_label = QLabel(body)
        self.last_label.setObjectName("lastCheck")
        self.last_label.setWordWrap(True)
        self.amend_button = QPushButton(body)
        self.amend_button.setObjectName("amendLastCheck")
        self.amend_button.clicked.connect(self.amend_last)

        layout = QVBoxLayout(body)
        layout.addWidget(self.officer_hint)
        layout.addWidget(self.epe_label)
        layout.addWidget(self.start_box)
        layout.addWidget(self.check_box, 1)
        layout.addWidget(self.last_label)
        layout.addWidget(self.amend_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(0)
        self.setWidget(body)

        # For the Rotation menu and the site tree's context menu.
        self.action_start = QAction(self)
        self.action_start.setObjectName("actionStartCheck")
        self.action_start.triggered.connect(self._start_from_menu)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.refresh)
        if watch is not None:
            watch.camera_live.connect(self.camera_live)
            watch.camera_not_live.connect(self.camera_not_live)
        self._retranslate()
        self.set_officer(session.current)

    # -- what the window tells the panel -------------------------------------------------------
    def set_epe(self, epe_id: int | None) -> None:
        """The EPE selected in the site tree: the one "Start check" would check."""
        self._epe_id = epe_id
        self._update()

    def set_officer(self, officer: Officer | None) -> None:
        """After a login, switch or logout. A check of the officer who left stays as a draft
        (it reopens at their next login); the arriving officer's own draft reopens now."""
        if self.check is not None and (officer is None or officer.id != self.check.officer.id):
            self._detach()
        if officer is not None and officer.active and can(officer.role, Action.RUN_CHECK):
            self.show()
        if officer is not None and self.check is None and can(officer.role, Action.RUN_CHECK):
            draft = self._service.resume_draft(officer)
            if draft is not None:
                self._attach(draft)
                if self._watch is not None:
                    for camera_id in self._watch.live_cameras():
                        draft.camera_started(camera_id, "live")
                self._say(
                    self.tr("Your check of %1 started at %2 was not ended; it is open again.")
                    .replace("%1", one_line(draft.epe.name))
                    .replace("%2", local_time(draft.started_at, with_date=True))
                )
        self._update()

    def camera_live(self, camera_id: int) -> None:
        self._camera_on(camera_id, "live")

    def camera_playback(self, camera_id: int, playing: bool) -> None:
        """For the playback window: a recording of a camera started or stopped playing."""
        if playing:
            self._camera_on(camera_id, "playback")
        else:
            self.camera_not_live(camera_id)

    def camera_not_live(self, camera_id: int) -> None:
        if self.check is not None and self.check.camera_stopped(camera_id):
            self.refresh()

    def _camera_on(self, camera_id: int, mode: str) -> None:
        if self.check is not None and self.check.camera_started(camera_id, mode):
            self.refresh()

    def add_snapshot(self, record: SnapshotRecord) -> bool:
        """A snapshot was saved: evidence of the open check if it shows one of its cameras."""
        check = self.check
        subject = record.subject
        if check is None or subject.camera_id not in self._names:
            return False
        check.attach_snapshot(record.sha256, record.path.name, record.id)
        self.snapshots.addItem(record.path.name)
        return True

    # -- starting and ending -------------------------------------------------------------------
    def start_check(self) -> CheckSession | None:
        officer = self._officers.current
        if officer is None or self._epe_id is None or self.check is not None:
            return None
        reason = CheckReason(self.reason.currentData())
        try:
            check = self._service.start_check(
                officer, self._epe_id, reason, self.reason_note.text()
            )
        except (ValidationError, PermissionDeniedError, KeyError, RegistryError) as exc:
            self._say(str(exc))  # a registry still busy after the wait: nothing was started
            return None
        self._service.audit_start(check)
        self._attach(check)
        if self._watch is not None:
            for camera_id in self._watch.live_cameras():
                check.camera_started(camera_id, "live")
        self.reason_note.clear()
        self.reason.setCurrentIndex(0)
        self._say("")
        self._update()
        self.check_started.emit(check)
        return check

    def start_for(self, epe_id: int, reason: CheckReason, note: str = "") -> CheckSession | None:
        """Start a check of ``epe_id`` for the caller's reason (a tour's page), as the Start
        button would, shown in this panel. None when the logged-in officer does not record
        checks or a check is open already."""
        officer = self._officers.current
        if officer is None or not can(officer.role, Action.RUN_CHECK) or self.check is not None:
            return None
        self.set_epe(epe_id)
        self.reason.setCurrentIndex(max(0, self.reason.findData(CheckReason(reason).value)))
        self.reason_note.setText(note)
        return self.start_check()

    def _start_from_menu(self) -> None:
        self.show()
        self.raise_()
        if self.start_check() is None:
            self.reason.setFocus()

    def end_check(self) -> CheckRecord | None:
        check = self.check
        if check is None:
            return None
        findings = Findings(
            CheckResult(self.result.currentData()),
            self.notes.toPlainText(),
            tuple(split_containers(self.containers.text())),
            tuple(split_plates(self.plates.text())),
        )
        try:
            record = check.end(findings)
        except ValidationError as exc:
            self._say(exc.message)
            field = {"text": self.notes, "containers": self.containers, "plates": self.plates}.get(
                exc.field
            )
            if field is not None:
                field.setFocus()
            return None
        except (CheckError, RegistryError) as exc:
            self._say(str(exc))  # the findings stay in the panel: nothing typed is lost
            return None
        self.last_check = record
        self._detach()
        self._say("")
        self._update()
        self.check_ended.emit(record)
        return record

    def ask_discard(self) -> QMessageBox | None:
        if self.check is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard check"),
            self.tr("Discard this check of %1? Nothing of it is kept in the log.").replace(
                "%1", one_line(self.check.epe.name)
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("discardCheckQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.discard_check()
            if box.standardButton(button) == QMessageBox.StandardButton.Discard
            else None
        )
        box.open()
        return box

    def discard_check(self) -> None:
        if self.check is not None:
            self._service.discard(self.check)
            self._detach()
            self._update()

    def amend_last(self) -> AmendDialog | None:
        officer = self._officers.current
        if officer is None or self.last_check is None:
            return None
        dialog = AmendDialog(self._service, officer, self.last_check, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.amended.connect(self._on_amended)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_amended(self, _amendment: Amendment) -> None:
        if self.last_check is not None:
            self.last_check = self._service.get_check(self.last_check.check_id)
        self._update()

    # -- internals -----------------------------------------------------------------------------
    def _attach(self, check: CheckSession) -> None:
        self.check = check
        self._names = {
            c.id: self.tr("no. %1 %2")
            .replace("%1", str(c.diagram_number))
            .replace("%2", one_line(c.name) or c.position.label())
            for c in self._registry.list_cameras(check.epe.id or -1)
            if c.id is not None
        }
        self.result.setCurrentIndex(0)
        self.notes.clear()
        self.containers.clear()
        self.plates.clear()
        self.snapshots.clear()
        for snapshot in check.snapshots:
            self.snapshots.addItem(snapshot.file_name or snapshot.sha256[:12])
        self._tick.start()
        self.refresh()

    def _detach(self) -> None:
        self.check = None
        self._names = {}
        self._tick.stop()
        self.cameras.setRowCount(0)
        self.snapshots.clear()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text and self.check is None:
            self.last_label.setText(text)
            self.last_label.setVisible(True)

    def watched_seconds(self) -> dict[int, int]:
        """Camera id -> seconds on screen so far in the open check (open stretches count up to
        now)."""
        check = self.check
        return {} if check is None else check.watched_seconds(self._service.now())

    def refresh(self) -> None:
        check = self.check
        if check is None:
            return
        totals = self.watched_seconds()
        diagram = {w.camera_id: w.diagram_number for w in check.watches}
        order = sorted(diagram, key=lambda camera_id: diagram[camera_id])
        on_screen = {w.camera_id: w.mode for w in check.watches if w.stopped_at is None}
        self.cameras.setRowCount(len(order))
        for row, camera_id in enumerate(order):
            mode = on_screen.get(camera_id)
            state = {"live": self.tr("live"), "playback": self.tr("playback")}.get(
                mode or "", self.tr("closed")
            )
            texts = [
                self._names.get(camera_id, str(camera_id)),
                state,
                duration_text(totals.get(camera_id, 0)),
            ]
            for column, text in enumerate(texts):
                item = self.cameras.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.cameras.setItem(row, column, item)
                item.setText(text)
                if column == 2:
                    item.setData(Qt.ItemDataRole.UserRole, totals.get(camera_id, 0))
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )

    def _update(self) -> None:
        officer = self._officers.current
        allowed = officer is not None and officer.active and can(officer.role, Action.RUN_CHECK)
        check = self.check
        if officer is None:
            self.officer_hint.setText(
                self.tr("Log in to record checks (Rotation ▸ Switch officer).")
            )
        elif not allowed:
            self.officer_hint.setText(
                self.tr("Your role (%1) does not record checks.").replace(
                    "%1", officer.role.label()
                )
            )
        self.officer_hint.setVisible(not allowed)
        epe_name = ""
        if self._epe_id is not None:
            try:
                epe = self._registry.get_epe(self._epe_id)
                epe_name = f"{one_line(epe.name)} ({epe.tax_id})"
            except KeyError:
                self._epe_id = None
        if check is not None:
            self.epe_label.setText(
                self.tr("Checking: %1").replace(
                    "%1", f"{one_line(check.epe.name)} ({check.epe.tax_id})"
                )
            )
        elif epe_name:
            self.epe_label.setText(self.tr("Selected EPE: %1").replace("%1", epe_name))
        else:
            self.epe_label.setText(self.tr("Select an EPE in the site tree to check it."))
        self.start_box.setVisible(check is None)
        self.start_box.setEnabled(allowed and self._epe_id is not None)
        self.action_start.setEnabled(allowed and self._epe_id is not None and check is None)
        unscheduled = CheckReason(self.reason.currentData()) is not CheckReason.PLANNED
        self.reason_note.setEnabled(unscheduled)
        self.check_box.setVisible(check is not None)
        if check is not None:
            kind = (
                self.tr("scheduled")
                if check.scheduled
                else self.tr("unscheduled: %1").replace("%1", check.reason.label())
            )
            summary = (
                self.tr("Started %1 (%2).")
                .replace("%1", local_time(check.started_at, with_date=True))
                .replace("%2", kind)
            )
            if check.reason_note:
                summary += " " + check.reason_note
            self.check_label.setText(summary)
            self.outside_label.setText(
                self.tr("⚠ Started outside working time: the check is marked so in the log.")
            )
            self.outside_label.setVisible(check.outside_working_time)
        last = self.last_check
        if last is not None:
            text = (
                self.tr("Last check: %1, %2–%3, %4.")
                .replace("%1", one_line(last.epe_name))
                .replace("%2", local_time(last.started_at, with_date=True))
                .replace("%3", local_time(last.ended_at))
                .replace("%4", last.result.label())
            )
            if last.amendments:
                text += " " + self.tr("Amended %1 time(s).").replace(
                    "%1", str(len(last.amendments))
                )
            self.last_label.setText(text)
        self.last_label.setVisible(bool(self.last_label.text()))
        self.amend_button.setVisible(last is not None and check is None)
        self.amend_button.setEnabled(officer is not None and can(officer.role, Action.AMEND_CHECK))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return super().event(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check"))
        self.start_box.setTitle(self.tr("Start a check"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason_note_label.setText(self.tr("&Why:"))
        self.reason_note.setPlaceholderText(
            self.tr("Risk list entry, warning or tip: what prompted this check")
        )
        for index, reason in enumerate(CheckReason.startable()):
            self.reason.setItemText(index, reason.label())
        self.start_button.setText(self.tr("&Start check"))
        self.action_start.setText(self.tr("Start a &check of the selected EPE"))
        self.check_box.setTitle(self.tr("Check in progress"))
        self.cameras_title.setText(self.tr("Cameras watched (recorded by epewall):"))
        self.cameras.setHorizontalHeaderLabels(
            [self.tr("Camera"), self.tr("Now"), self.tr("Watched")]
        )
        for label, text in zip(
            self.findings_labels,
            (
                self.tr("Res&ult:"),
                self.tr("&Notes:"),
                self.tr("&Containers:"),
                self.tr("&Plates:"),
                self.tr("Snapshots:"),
            ),
            strict=True,
        ):
            label.setText(text)
        for index, result in enumerate(CheckResult):
            self.result.setItemText(index, result.label())
        self.notes.setPlaceholderText(self.tr("What you saw, compared with the declarations"))
        self.containers.setPlaceholderText(self.tr("e.g. CSQU3054383, MSKU1234565"))
        self.plates.setPlaceholderText(self.tr("e.g. 51C-123.45, 29H 12345"))
        self.snapshots.setToolTip(
            self.tr(
                "Snapshots of this EPE's cameras taken during the check are attached as evidence."
            )
        )
        self.end_button.setText(self.tr("&End check"))
        self.discard_button.setText(self.tr("Discard"))
        self.amend_button.setText(self.tr("&Amend last check…"))
        self._update()
        self.refresh()
