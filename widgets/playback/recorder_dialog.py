"""An EPE's recorder (NVR): kind, address, how it writes times, a test and a clock calibration.

The officer sets the recorder once per EPE; "Test" reads the recording summary and says whether
the EPE keeps the 12 months Decision 247 asks; "Calibrate…" replays a known moment of camera 1,
shows the picture, and compares the clock the officer reads in it with the moment asked for.
Recorder and keyring calls run in a worker; times are shown in Vietnam time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import Epe
from app.officers.profiles import Action, Officer, can
from app.playback.investigation import calibration_picture, recorder_check
from app.recorders.base import (
    UTC,
    RecorderClock,
    RecorderKind,
    RecorderSettings,
    RecordingSummary,
    RetentionReport,
    TimeConvention,
)
from app.recorders.calibrate import Calibration, suggest
from app.recorders.store import load_recorder, save_calibration, save_recorder
from app.safe_text import one_line
from app.secrets import CredentialStore, NoPasswordError
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, show_local
from app.workers import Job, JobQueue

OfficerLookup = Callable[[], Officer | None]
PICTURE_WIDTH = 480


def calibration_moment(now: dt.datetime | None = None) -> dt.datetime:
    """The known moment calibration replays: yesterday 13:00 Vietnam time, as UTC.

    Yesterday is inside every recorder's retention, and mid-day is clear of the nightly
    maintenance gaps recorders commonly have.
    """
    today = (now or dt.datetime.now(UTC)).astimezone(VIETNAM).date()
    day = today - dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(13, 0), VIETNAM).astimezone(UTC)


def parse_picture_clock(text: str, asked: dt.datetime) -> dt.datetime | None:
    """The typed HH:MM:SS (Vietnam time), placed on the day that puts it closest to ``asked``."""
    try:
        clock = dt.datetime.strptime(text.strip(), "%H:%M:%S").time()
    except ValueError:
        return None
    day = asked.astimezone(VIETNAM).date()
    candidates = [
        dt.datetime.combine(day + dt.timedelta(days=d), clock, VIETNAM).astimezone(UTC)
        for d in (-1, 0, 1)
    ]
    return min(candidates, key=lambda c: abs((c - asked).total_seconds()))


def _picture(
    settings: RecorderSettings, store: CredentialStore, epe: Epe, asked: dt.datetime
) -> QImage:
    frame = calibration_picture(settings, store, epe, asked)
    rgb = frame.reformat(format="rgb24")
    plane = rgb.planes[0]
    image = QImage(
        bytes(plane), rgb.width, rgb.height, plane.line_size, QImage.Format.Format_RGB888
    )
    return image.copy()  # owns its pixels once the frame's buffer is gone


class RecorderDialog(QDialog):
    """Set, test and calibrate the recorder of one EPE."""

    saved = Signal(object)  # the RecorderSettings stored
    tested = Signal(object)  # RetentionReport
    picture_shown = Signal()
    calibrated = Signal(object)  # Calibration

    def __init__(
        self,
        registry: Registry,
        store: CredentialStore,
        epe_id: int,
        officer: OfficerLookup,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._store = store
        self._epe = registry.get_epe(epe_id)
        self._epe_id = epe_id
        self._officer = officer
        # Owned by the main window when there is one, so closing the dialog never waits for a
        # replay that is still being opened.
        self.queue = JobQueue("recorder", parent if parent is not None else self)
        self._job: Job | None = None
        self._calibrated_offset_s = 0.0
        self.asked: dt.datetime | None = None
        self._calibrating_clock: RecorderClock | None = None
        self.calibration: Calibration | None = None
        self.picture_size: tuple[int, int] = (0, 0)

        self.kind_combo = QComboBox()
        for kind in RecorderKind:
            self.kind_combo.addItem("", kind.value)
        self.host_edit = QLineEdit()
        self.http_port = QSpinBox()
        self.http_port.setRange(1, 65535)
        self.http_port.setValue(80)
        self.rtsp_port = QSpinBox()
        self.rtsp_port.setRange(1, 65535)
        self.rtsp_port.setValue(554)
        self.times_combo = QComboBox()
        self.times_combo.addItem("", TimeConvention.UTC.value)
        self.times_combo.addItem("", TimeConvention.LOCAL.value)
        self.offset_hours = QDoubleSpinBox()
        self.offset_hours.setRange(-12.0, 14.0)
        self.offset_hours.setSingleStep(0.25)
        self.offset_hours.setDecimals(2)
        self.offset_hours.setValue(7.0)
        self.times_combo.currentIndexChanged.connect(self._sync_offset_enabled)
        self.calibration_label = QLabel()

        self.form = QFormLayout()
        self.kind_label, self.host_label = QLabel(), QLabel()
        self.http_label, self.rtsp_label = QLabel(), QLabel()
        self.times_label, self.offset_label = QLabel(), QLabel()
        self.form.addRow(self.kind_label, self.kind_combo)
        self.form.addRow(self.host_label, self.host_edit)
        self.form.addRow(self.http_label, self.http_port)
        self.form.addRow(self.rtsp_label, self.rtsp_port)
        self.form.addRow(self.times_label, self.times_combo)
        self.form.addRow(self.offset_label, self.offset_hours)
        self.form.addRow(QLabel(), self.calibration_label)

        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test)
        self.calibrate_button = QPushButton()
        self.calibrate_button.clicked.connect(self.calibrate)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        actions = QHBoxLayout()
        for button in (
            self.save_button,
            self.test_button,
            self.calibrate_button,
            self.cancel_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.retention_label = QLabel()
        self.retention_label.setWordWrap(True)

        self.calibration_box = QGroupBox()
        self.picture_label = QLabel()
        self.picture_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock_edit = QLineEdit()
        self.clock_edit.setMaxLength(8)
        self.clock_edit.returnPressed.connect(self.apply_clock)
        self.clock_label = QLabel()
        self.clock_label.setWordWrap(True)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.apply_clock)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.switch_button = QPushButton()
        self.switch_button.clicked.connect(self.accept_suggestion)
        self.switch_button.hide()
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.clock_edit)
        clock_row.addWidget(self.apply_button)
        clock_row.addStretch(1)
        box_layout = QVBoxLayout(self.calibration_box)
        box_layout.addWidget(self.picture_label)
        box_layout.addWidget(self.clock_label)
        box_layout.addLayout(clock_row)
        box_layout.addWidget(self.result_label)
        box_layout.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.calibration_box.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(actions)
        layout.addWidget(self.status_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.retention_label)
        layout.addWidget(self.calibration_box)
        layout.addWidget(self.buttons)

        self.retranslate()
        self.load()
        self.refresh_permissions()

    # -- settings -----------------------------------------------------------------------------
    def load(self) -> None:
        stored = load_recorder(self._registry, self._epe_id)
        if stored is None:
            self._show_calibration_state(None)
            return
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(stored.kind.value))
        self.host_edit.setText(stored.host)
        self.http_port.setValue(stored.http_port)
        self.rtsp_port.setValue(stored.rtsp_port)
        self._set_clock(stored.clock)

    def _set_clock(self, clock: RecorderClock) -> None:
        self.times_combo.setCurrentIndex(self.times_combo.findData(clock.convention.value))
        self.offset_hours.setValue(clock.utc_offset_minutes / 60)
        self._calibrated_offset_s = clock.calibrated_offset_s
        self._show_calibration_state(clock)
        self._sync_offset_enabled()

    def _sync_offset_enabled(self) -> None:
        self.offset_hours.setEnabled(self.times_combo.currentData() == TimeConvention.LOCAL.value)

    def _show_calibration_state(self, clock: RecorderClock | None) -> None:
        if clock is None or clock.calibrated_offset_s == 0:
            self.calibration_label.setText(self.tr("Clock correction: none"))
        else:
            self.calibration_label.setText(
                self.tr("Clock correction: %1 s").replace("%1", f"{clock.calibrated_offset_s:+.1f}")
            )

    def settings(self) -> RecorderSettings:
        """What the form says now (not yet saved)."""
        clock = RecorderClock(
            TimeConvention(self.times_combo.currentData()),
            round(self.offset_hours.value() * 60),
            self._calibrated_offset_s,
        )
        return RecorderSettings(
            RecorderKind(self.kind_combo.currentData()),
            self.host_edit.text().strip(),
            self.http_port.value(),
            self.rtsp_port.value(),
            clock,
        )

    def _allowed(self) -> bool:
        officer = self._officer()
        return officer is not None and officer.active and can(officer.role, Action.PLAYBACK)

    def refresh_permissions(self, _officer: object = None) -> None:
        allowed = self._allowed()
        for widget in (
            self.save_button,
            self.test_button,
            self.calibrate_button,
            self.apply_button,
            self.switch_button,
        ):
            widget.setEnabled(allowed)

    def save(self) -> bool:
        if not self._allowed():
            return False
        settings = self.settings()
        if not settings.host:
            self.status_label.setText(self.tr("Enter the recorder's address."))
            return False
        save_recorder(self._registry, self._epe_id, settings)
        self.status_label.setText(self.tr("Recorder settings saved."))
        self.saved.emit(settings)
        return True

    # -- test ---------------------------------------------------------------------------------
    def _start(self, job: Job, text: str, done: Callable[[Any], None]) -> Job:
        self._job = job

        def succeeded(result: object) -> None:
            if job is self._job:  # a cancelled job's answer is no longer wanted
                done(result)

        def failed(exc: BaseException) -> None:
            if job is self._job:
                self._on_failed(exc)

        def finished() -> None:
            if job is self._job:
                self._job = None
                self._set_busy(False)

        job.signals.succeeded.connect(succeeded)
        job.signals.failed.connect(failed)
        job.signals.finished.connect(finished)
        self.status_label.setText(text)
        self._set_busy(True)
        return self.queue.submit(job)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.save_button, self.test_button, self.calibrate_button):
            widget.setEnabled(not busy and self._allowed())
        self.cancel_button.setVisible(busy)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._set_busy(False)
        self.status_label.setText(self.tr("Cancelled."))

    def _on_failed(self, exc: BaseException) -> None:
        # Recorder and keyring errors carry translated, secret-free messages.
        text = str(exc)
        if isinstance(exc, NoPasswordError):
            text = QCoreApplication.translate(
                "RecorderDialog",
                "No account is stored for this EPE. Set it with Sites > Set account… first.",
            )
        self.status_label.setText(self.tr("Failed: %1").replace("%1", text))

    def test(self) -> Job | None:
        settings = self.settings()
        if not self._allowed() or not settings.host:
            self.status_label.setText(self.tr("Enter the recorder's address."))
            return None
        self.summary_label.clear()
        self.retention_label.clear()
        job = Job(recorder_check, settings, self._store, self._epe)
        return self._start(job, self.tr("Asking the recorder what it holds…"), self._on_tested)

    def _on_tested(self, result: tuple[RecordingSummary, RetentionReport]) -> None:
        summary, report = result
        self.status_label.setText(self.tr("The recorder answered."))
        self.summary_label.setText(
            self.tr("Recordings from %1 to %2 (Vietnam time).")
            .replace("%1", show_local(summary.earliest, seconds=True))
            .replace("%2", show_local(summary.latest, seconds=True))
        )
        if report.compliant:
            self.retention_label.setText(
                self.tr("Compliant: recordings are kept %1 days (at least 12 months).").replace(
                    "%1", str(report.days_kept)
                )
            )
        else:
            self.retention_label.setText(
                self.tr("Not compliant: kept %1 days — Decision 247 asks 12 months.").replace(
                    "%1", str(report.days_kept)
                )
            )
        self.tested.emit(report)

    # -- calibration --------------------------------------------------------------------------
    def calibrate(self) -> Job | None:
        """Save the form, then replay the known moment of camera 1 and show its picture."""
        if not self.save():
            return None
        settings = self.settings()
        self.asked = calibration_moment()
        self._calibrating_clock = settings.clock
        self.calibration = None
        self.clock_edit.clear()
        self.result_label.clear()
        self.switch_button.hide()
        job = Job(_picture, settings, self._store, self._epe, self.asked)
        return self._start(
            job,
            self.tr("Replaying camera 1 at %1 (Vietnam time)…").replace(
                "%1", show_local(self.asked, seconds=True)
            ),
            self._on_picture,
        )

    def _on_picture(self, image: QImage) -> None:
        self.picture_size = (image.width(), image.height())
        scaled = image.scaledToWidth(
            min(PICTURE_WIDTH, image.width()), Qt.TransformationMode.SmoothTransformation
        )
        self.picture_label.setPixmap(QPixmap.fromImage(scaled))
        assert self.asked is not None
        self.clock_label.setText(
            self.tr(
                "The recorder was asked for %1 (Vietnam time). Type the clock you see in the "
                "picture (HH:MM:SS, Vietnam time):"
            ).replace("%1", show_local(self.asked, seconds=True))
        )
        self.calibration_box.show()
        self.status_label.setText(self.tr("Read the clock in the picture."))
        self.clock_edit.setFocus()
        self.picture_shown.emit()

    def apply_clock(self) -> Calibration | None:
        if self.asked is None or self._calibrating_clock is None or not self._allowed():
            return None
        seen = parse_picture_clock(self.clock_edit.text(), self.asked)
        if seen is None:
            self.result_label.setText(self.tr("Type the time as HH:MM:SS, for example 13:00:05."))
            return None
        found = suggest(self._calibrating_clock, self.asked, seen)
        self.calibration = found
        self.result_label.setText(self.describe(found, self._calibrating_clock))
        if found.suggested.convention is not self._calibrating_clock.convention:
            if found.suggested.convention is TimeConvention.LOCAL:
                self.switch_button.setText(self.tr("Switch to local time and save"))
            else:
                self.switch_button.setText(self.tr("Switch to UTC and save"))
        else:
            self.switch_button.setText(self.tr("Store this correction"))
        self.switch_button.show()
        self.calibrated.emit(found)
        return found

    def describe(self, found: Calibration, replayed_with: RecorderClock) -> str:
        """The calibration in words, as the officer should act on it; ``replayed_with`` is the
        clock setting the picture was replayed with."""
        behind = found.offset_s < 0
        if found.zone_mistake:
            hours = round(abs(found.offset_s) / 3600)
            switched = found.suggested.convention is not replayed_with.convention
            if switched and found.suggested.convention is TimeConvention.LOCAL:
                reason = self.tr("its times are local, not UTC")
            elif switched:
                reason = self.tr("its times are UTC, not local")
            else:
                reason = self.tr("its time zone or offset is set wrong")
            text = (
                self.tr("The recorder is %1 h behind: %2.")
                if behind
                else self.tr("The recorder is %1 h ahead: %2.")
            )
            return text.replace("%1", str(hours)).replace("%2", reason)
        seconds = abs(found.offset_s)
        if seconds < 1:
            return self.tr("The recorder's clock is right.")
        text = (
            self.tr("The recorder's clock is %1 s behind.")
            if behind
            else self.tr("The recorder's clock is %1 s ahead.")
        )
        return text.replace("%1", f"{seconds:.0f}")

    def accept_suggestion(self) -> RecorderClock | None:
        """Store the suggested clock settings (convention switch and offset)."""
        if self.calibration is None or not self._allowed():
            return None
        clock = self.calibration.suggested
        save_calibration(self._registry, self._epe_id, clock)
        self._set_clock(clock)
        self.switch_button.hide()
        self.status_label.setText(
            self.tr("Calibration saved: %1.").replace("%1", self._clock_words(clock))
        )
        self.saved.emit(self.settings())
        return clock

    def _clock_words(self, clock: RecorderClock) -> str:
        if clock.convention is TimeConvention.UTC:
            return self.tr("times are UTC")
        return self.tr("times are local (UTC%1)").replace(
            "%1", f"{clock.utc_offset_minutes / 60:+g}"
        )

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recorder of %1").replace("%1", one_line(self._epe.name)))
        names = {
            RecorderKind.ONVIF_G.value: self.tr("ONVIF Profile G"),
            RecorderKind.HIKVISION.value: self.tr("Hikvision"),
            RecorderKind.DAHUA.value: self.tr("Dahua / KBVision"),
        }
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, names[self.kind_combo.itemData(index)])
        self.times_combo.setItemText(0, self.tr("UTC"))
        self.times_combo.setItemText(1, self.tr("Local time with offset"))
        self.offset_hours.setPrefix(self.tr("UTC+"))
        self.offset_hours.setSuffix(self.tr(" h"))
        self.kind_label.setText(self.tr("Kind:"))
        self.host_label.setText(self.tr("Address:"))
        self.http_label.setText(self.tr("HTTP port:"))
        self.rtsp_label.setText(self.tr("RTSP port:"))
        self.times_label.setText(self.tr("Times are:"))
        self.offset_label.setText(self.tr("Local offset:"))
        self.save_button.setText(self.tr("&Save"))
        self.test_button.setText(self.tr("&Test"))
        self.calibrate_button.setText(self.tr("&Calibrate…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.calibration_box.setTitle(self.tr("Clock calibration"))
        self.clock_edit.setPlaceholderText(self.tr("HH:MM:SS"))
        self.apply_button.setText(self.tr("Compare"))
        self.host_edit.setPlaceholderText(self.tr("e.g. 10.0.0.20 or nvr.example.vn"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        self._job = None  # whatever is still running reports to nobody
        self.queue.cancel_all()
        super().done(result)


class RecorderLauncher(QObject):
    """The Sites menu's and the site tree's "Recorder…" action, allowed by Action.PLAYBACK."""

    def __init__(
        self,
        window: QWidget,
        registry: Registry,
        store: CredentialStore,
        officer: OfficerLookup,
        selected_epe: Callable[[], int | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._registry = registry
        self._store = store
        self._officer = officer
        self._selected_epe = selected_epe
        self.dialog: RecorderDialog | None = None
        self.action = QAction(self)
        self.action.setObjectName("actionRecorder")
        self.action.triggered.connect(self.open)
        window.installEventFilter(self)
        self.retranslate()
        self.refresh_permissions()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Recorder…"))
        self.action.setStatusTip(self.tr("Set, test and calibrate the selected EPE's recorder"))

    def _allowed(self) -> bool:
        officer = self._officer()
        return officer is not None and officer.active and can(officer.role, Action.PLAYBACK)

    def refresh_permissions(self, _officer: object = None) -> None:
        self.action.setEnabled(self._allowed() and self._selected_epe() is not None)
        if self.dialog is not None:
            self.dialog.refresh_permissions()

    def open(self) -> RecorderDialog | None:
        epe_id = self._selected_epe()
        if epe_id is None or not self._allowed():
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog = RecorderDialog(self._registry, self._store, epe_id, self._officer, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _forget(self) -> None:
        self.dialog = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


__all__ = ["RecorderDialog", "RecorderLauncher", "calibration_moment", "parse_picture_clock"]
