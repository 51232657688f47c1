"""The recorder dialog against the simulated site's recorder: settings are stored and come back,
"Test" says whether the EPE keeps 12 months, calibration catches a local-time recorder set to UTC
and the offered switch fixes it, and view-only cannot open the dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain import Epe
from app.officers.profiles import Officer, Role
from app.recorders.base import RecorderClock, RecorderKind, RecorderSettings, TimeConvention
from app.recorders.calibrate import moment_from_ms_of_day
from app.recorders.store import load_recorder, save_recorder
from app.secrets import CredentialStore
from app.simsite.site import SimEpe, SiteDescription
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.block_clock import read_block_clock
from tests.helpers.main_window import shown_main_window
from tests.helpers.officer_login import type_pin_and_submit
from widgets.playback.recorder_dialog import RecorderDialog, RecorderLauncher, parse_picture_clock

pytestmark = pytest.mark.e2e

OFFICER = Officer("HQ0107", "Nguyễn Thị Lan", Role.OFFICER)
VIEWER = Officer("DT0001", "Đối tác xem", Role.VIEW_ONLY)


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    reg = Registry(tmp_path / "epewall.sqlite3")
    yield reg
    reg.close()


def add_epe(registry: Registry, sim: SimEpe) -> int:
    epe = registry.add_epe(Epe(name=sim.name, tax_id=sim.tax_id, account_user=sim.user))
    assert epe.id is not None
    CredentialStore().set_password(epe.uid, sim.password)
    return epe.id


def open_dialog(
    qtbot: QtBot, registry: Registry, epe_id: int, officer: Officer | None = OFFICER
) -> RecorderDialog:
    dialog = RecorderDialog(registry, CredentialStore(), epe_id, lambda: officer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill(dialog: RecorderDialog, sim: SimEpe, kind: RecorderKind, times: TimeConvention) -> None:
    raw = sim.raw["recorder"]
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind.value))
    dialog.host_edit.setText(raw["host"])
    dialog.http_port.setValue(raw["http_port"])
    dialog.rtsp_port.setValue(raw["rtsp_port"])
    dialog.times_combo.setCurrentIndex(dialog.times_combo.findData(times.value))


def test_settings_are_saved_and_come_back(
    sim_site: SiteDescription,
    registry: Registry,
    qtbot: QtBot,
) -> None:
    sim = sim_site.epes[0]
    epe_id = add_epe(registry, sim)
    dialog = open_dialog(qtbot, registry, epe_id)
    assert dialog.offset_hours.value() == 7.0  # Vietnam by default
    fill(dialog, sim, RecorderKind.DAHUA, TimeConvention.LOCAL)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.close()

    stored = load_recorder(registry, epe_id)
    assert stored is not None
    assert (stored.kind, stored.host, stored.http_port, stored.rtsp_port) == (
        RecorderKind.DAHUA,
        sim.raw["recorder"]["host"],
        sim.raw["recorder"]["http_port"],
        sim.raw["recorder"]["rtsp_port"],
    )
    assert stored.clock == RecorderClock(TimeConvention.LOCAL, 420, 0.0)

    again = open_dialog(qtbot, registry, epe_id)
    assert again.kind_combo.currentText() == "Dahua / KBVision"
    assert again.host_edit.text() == sim.raw["recorder"]["host"]
    assert again.times_combo.currentData() == TimeConvention.LOCAL.value
    assert again.offset_hours.isEnabled()


def test_test_names_an_epe_that_keeps_only_90_days(
    sim_site: SiteDescription,
    registry: Registry,
    qtbot: QtBot,
) -> None:
    short = sim_site.epes[1]
    dialog = open_dialog(qtbot, registry, add_epe(registry, short))
    fill(dialog, short, RecorderKind.DAHUA, TimeConvention.LOCAL)
    with qtbot.waitSignal(dialog.tested, timeout=30_000) as tested:
        assert dialog.test() is not None
    assert not tested.args[0].compliant
    assert dialog.retention_label.text() == (
        "Not compliant: kept 90 days — Decision 247 asks 12 months."
    )
    assert "(Vietnam time)" in dialog.summary_label.text()
    assert short.password not in dialog.status_label.text() + dialog.summary_label.text()


def test_test_says_compliant_for_a_year_of_recordings(
    sim_site: SiteDescription,
    registry: Registry,
    qtbot: QtBot,
) -> None:
    full = sim_site.epes[0]
    dialog = open_dialog(qtbot, registry, add_epe(registry, full))
    fill(dialog, full, RecorderKind.HIKVISION, TimeConvention.LOCAL)
    with qtbot.waitSignal(dialog.tested, timeout=30_000) as tested:
        dialog.test()
    assert tested.args[0].compliant
    assert dialog.retention_label.text().startswith("Compliant")


def test_a_wrong_password_is_named_without_showing_it(
    sim_site: SiteDescription,
    registry: Registry,
    qtbot: QtBot,
) -> None:
    sim = sim_site.epes[0]
    epe_id = add_epe(registry, sim)
    CredentialStore().set_password(registry.get_epe(epe_id).uid, "not-the-password")
    dialog = open_dialog(qtbot, registry, epe_id)
    fill(dialog, sim, RecorderKind.HIKVISION, TimeConvention.LOCAL)
    dialog.test()
    qtbot.waitUntil(lambda: dialog.status_label.text().startswith("Failed"), timeout=30_000)
    assert "account" in dialog.status_label.text()
    assert "not-the-password" not in dialog.status_label.text()
    assert dialog.retention_label.text() == ""


def test_calibration_catches_a_local_recorder_set_to_utc_and_the_switch_fixes_it(
    sim_site: SiteDescription,
    registry: Registry,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    sim = sim_site.epes[0]
    assert sim.raw["recorder"]["times"]["hikvision"] == "local"
    epe_id = add_epe(registry, sim)
    dialog = open_dialog(qtbot, registry, epe_id)
    fill(dialog, sim, RecorderKind.HIKVISION, TimeConvention.UTC)  # the firmware trap
    dialog.resize(560, 820)

    with qtbot.waitSignal(dialog.picture_shown, timeout=30_000):
        assert dialog.calibrate() is not None
    assert dialog.asked is not None
    stored = load_recorder(registry, epe_id)
    assert stored is not None and stored.clock.convention is TimeConvention.UTC
    assert dialog.clock_edit.text() == ""

    # Read the clock the picture shows, as the officer does, and type it in Vietnam time.
    pixmap = dialog.picture_label.pixmap()
    ms = read_block_clock(pixmap.toImage(), dialog.picture_size)
    assert ms is not None, "no clock readable in the picture shown"
    seen = moment_from_ms_of_day(ms, dialog.asked)
    qtbot.keyClicks(dialog.clock_edit, seen.astimezone(VIETNAM).strftime("%H:%M:%S"))
    with qtbot.waitSignal(dialog.calibrated) as calibrated:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    found = calibrated.args[0]
    assert found.zone_mistake
    assert dialog.result_label.text() == (
        "The recorder is 7 h behind: its times are local, not UTC."
    )
    assert dialog.switch_button.isVisible()
    assert dialog.switch_button.text() == "Switch to local time and save"
    dialog.grab().save(str(tmp_path / "calibrated.png"))

    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    stored = load_recorder(registry, epe_id)
    assert stored is not None
    assert stored.clock.convention is TimeConvention.LOCAL
    assert stored.clock.utc_offset_minutes == 420
    assert abs(stored.clock.calibrated_offset_s) <= 1.0
    assert dialog.times_combo.currentData() == TimeConvention.LOCAL.value

    # Calibrating again with the fixed setting finds the clock right (within the typed second).
    with qtbot.waitSignal(dialog.picture_shown, timeout=30_000):
        dialog.calibrate()
    ms = read_block_clock(dialog.picture_label.pixmap().toImage(), dialog.picture_size)
    assert ms is not None
    seen = moment_from_ms_of_day(ms, dialog.asked)
    assert abs((seen - dialog.asked).total_seconds()) <= 2.0


def test_typed_picture_clock_is_vietnam_time_on_the_nearest_day() -> None:
    import datetime as dt

    asked = dt.datetime(2026, 11, 22, 6, 0, tzinfo=dt.UTC)  # 13:00 in Vietnam
    assert parse_picture_clock("06:00:03", asked) == dt.datetime(
        2026, 11, 21, 23, 0, 3, tzinfo=dt.UTC
    )
    assert parse_picture_clock("13:00:05", asked) == asked + dt.timedelta(seconds=5)
    assert parse_picture_clock("25:00:00", asked) is None
    assert parse_picture_clock("", asked) is None


def test_view_only_cannot_open_the_recorder(
    sim_site: SiteDescription,
    registry: Registry,
    qtbot: QtBot,
) -> None:
    sim = sim_site.epes[0]
    epe_id = add_epe(registry, sim)
    save_recorder(registry, epe_id, RecorderSettings(RecorderKind.HIKVISION, "127.0.0.1"))
    window = QWidget()
    qtbot.addWidget(window)
    officer: list[Officer | None] = [VIEWER]
    launcher = RecorderLauncher(
        window, registry, CredentialStore(), lambda: officer[0], lambda: epe_id
    )
    assert not launcher.action.isEnabled()
    assert launcher.open() is None

    officer[0] = None  # nobody logged in is view-only too
    launcher.refresh_permissions()
    assert not launcher.action.isEnabled() and launcher.open() is None

    officer[0] = OFFICER
    launcher.refresh_permissions()
    assert launcher.action.isEnabled()
    dialog = launcher.open()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.host_edit.text() == "127.0.0.1"
    dialog.close()


def test_the_sites_menu_offers_the_recorder_only_to_roles_that_may_play_back(
    qtbot: QtBot,
    registry: Registry,
) -> None:
    from app.domain import Camera, CameraPosition
    from widgets.sites.site_tree import NodeKind

    epe = registry.add_epe(Epe(name="Công ty TNHH Điện tử Sao Việt", tax_id="3601234569"))
    assert epe.id is not None
    registry.add_camera(Camera(epe_id=epe.id, diagram_number=1, position=CameraPosition.GATE))
    with shown_main_window(qtbot, registry) as window:
        window.registry_changed.emit()
        officers = window.rotation.store
        lead = officers.add_officer(
            None, Officer("TL01", "Trần Thị Hạnh", Role.TEAM_LEAD), "482916"
        )
        officers.add_officer(lead, Officer("CB01", "Nguyễn Văn An", Role.OFFICER), "735102")
        officers.add_officer(lead, Officer("XN01", "Đối tác Xem", Role.VIEW_ONLY), "111111")
        assert window.site_tree.select(NodeKind.EPE, epe.id)
        action = window.recorder.action
        assert action in window.menu_sites.actions()
        assert action in window.site_tree.view.actions()

        def log_in(code: str, pin: str) -> None:
            dialog = window.rotation.switch_officer()
            dialog.select_officer(code)
            with qtbot.waitSignal(window.officer_changed, timeout=10_000):
                type_pin_and_submit(qtbot, dialog, pin)

        log_in("XN01", "111111")
        assert not action.isEnabled()
        assert window.recorder.open() is None

        log_in("CB01", "735102")
        assert action.isEnabled()
        action.trigger()
        dialog = window.recorder.dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.windowTitle() == "Recorder of Công ty TNHH Điện tử Sao Việt"
        dialog.close()


def test_an_epe_without_an_account_is_told_where_to_set_it(
    sim_site: SiteDescription,
    registry: Registry,
    qtbot: QtBot,
) -> None:
    sim = sim_site.epes[0]
    epe = registry.add_epe(Epe(name=sim.name, tax_id=sim.tax_id, account_user=sim.user))
    assert epe.id is not None
    dialog = open_dialog(qtbot, registry, epe.id)
    fill(dialog, sim, RecorderKind.HIKVISION, TimeConvention.LOCAL)
    dialog.test()
    qtbot.waitUntil(lambda: dialog.status_label.text().startswith("Failed"), timeout=30_000)
    assert "Set account…" in dialog.status_label.text()
    assert dialog.test_button.isEnabled()


def test_calibration_in_words(registry: Registry, qtbot: QtBot) -> None:
    import datetime as dt

    from app.recorders.calibrate import suggest

    epe = registry.add_epe(Epe(name="Công ty TNHH Điện tử Sao Việt", tax_id="3601234569"))
    assert epe.id is not None
    dialog = open_dialog(qtbot, registry, epe.id)
    asked = dt.datetime(2026, 11, 22, 6, 0, tzinfo=dt.UTC)
    utc, local = RecorderClock(TimeConvention.UTC), RecorderClock(TimeConvention.LOCAL)

    def words(clock: RecorderClock, seconds: float) -> str:
        return dialog.describe(suggest(clock, asked, asked + dt.timedelta(seconds=seconds)), clock)

    assert words(local, 7 * 3600) == "The recorder is 7 h ahead: its times are UTC, not local."
    assert words(utc, -3 * 3600) == (
        "The recorder is 3 h behind: its time zone or offset is set wrong."
    )
    assert words(utc, 12) == "The recorder's clock is 12 s ahead."
    assert words(utc, -0.4) == "The recorder's clock is right."
