"""The camera logbook, as an officer reaches it: a right-click on an EPE or a camera in the site
tree, "Camera logbook…", the monitor's outage and return beside the officer's entries, and a new
entry typed into the dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app import i18n
from app.health.model import CameraCondition, ProbeResult
from app.health.store import HealthStore
from app.interruptions import logbook
from app.interruptions.model import InterruptionKind
from app.interruptions.register import InterruptionRegister
from app.officers.profiles import Role
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.main_window import shown_main_window
from tests.helpers.menus import choose
from tests.helpers.sites import SiteBuilder
from tests.widgets.interruptions.test_reports_pdf import pdf_text
from tests.widgets.sites.test_tree_mouse import click_row, log_in, right_click_row
from widgets.interruptions.logbook_view import LogbookView
from widgets.main_window import MainWindow

NOW = dt.datetime(2026, 11, 20, 10, 0, tzinfo=VIETNAM).astimezone(dt.UTC)
SAO_VIET = "Công ty TNHH Điện tử Sao Việt"


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=VIETNAM).astimezone(dt.UTC)


@pytest.fixture
def registry(epewall_home: Path) -> Iterator[Registry]:
    reg = Registry()
    build = SiteBuilder(reg)
    build.add_two_epes()
    build.add_lead("TL01", "Trần Thị Hạnh")
    build.add_officer("CB01", "Nguyễn Văn An")
    build.add_officer("XN01", "Đối tác Xem", Role.VIEW_ONLY)  # a partner agency
    yield reg
    reg.close()


@pytest.fixture
def window(qtbot: QtBot, registry: Registry) -> Iterator[MainWindow]:
    with shown_main_window(qtbot, registry, size=(1280, 800)) as main:
        main.logbook.clock = lambda: NOW
        yield main
        if main.logbook.view is not None:
            main.logbook.view.queue.wait(10_000)


def yard_camera(registry: Registry) -> tuple[int, int]:
    epe = registry.find_epe(SAO_VIET)
    assert epe is not None and epe.id is not None
    camera = next(c for c in registry.list_cameras(epe.id) if c.diagram_number == 2)
    assert camera.id is not None
    return epe.id, camera.id


def table_rows(view: LogbookView) -> list[list[str]]:
    table = view.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def press(qtbot: QtBot, key: Qt.Key) -> None:
    """A key pressed where the keyboard focus is, as on a real keyboard."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key)


def open_logbook(qtbot: QtBot, window: MainWindow, row: str) -> LogbookView:
    click_row(qtbot, window.site_tree, row)
    menu = right_click_row(qtbot, window.site_tree, row)
    choose(qtbot, menu, "Camera lo&gbook…")
    view = window.logbook.view
    assert view is not None
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.report is not None, timeout=10_000)
    return view


def test_the_logbook_opens_from_the_tree_with_the_outage_and_the_officers_entry(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    epe_id, camera_id = yard_camera(registry)
    health = HealthStore(registry)
    health.record([ProbeResult(epe_id, camera_id, 2, CameraCondition.OK, at(19, 8))])
    health.record([ProbeResult(epe_id, camera_id, 2, CameraCondition.UNREACHABLE, at(19, 14, 30))])
    health.record([ProbeResult(epe_id, camera_id, 2, CameraCondition.OK, at(19, 17, 10))])
    logbook.add_entry(
        registry,
        epe_id,
        logbook.LogbookEntryKind.POWER_FAILURE,
        at(19, 14, 20),
        "Mất điện lưới toàn khu",
        officer_code="CB01",
    )
    log_in(qtbot, window, "CB01")

    view = open_logbook(qtbot, window, "2. Bãi thành phẩm")

    assert view.windowTitle() == f"Camera logbook — {SAO_VIET} (3601234569)"
    rows = table_rows(view)
    events = [(r[0], r[1], r[3]) for r in rows]
    assert ("2026-11-19 14:20", "all", "Power failure") in events
    assert ("2026-11-19 14:30", "2", "Outage: Unreachable") in events
    assert ("2026-11-19 17:10", "2", "Returned to service") in events
    outage = next(r for r in rows if r[3] == "Outage: Unreachable")
    assert outage[2] == "Storage yard — Bãi thành phẩm"
    assert "1 outage(s)" in view.summary.text()


def test_an_entry_typed_into_the_dialog_appears_in_the_logbook(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    epe_id, _ = yard_camera(registry)
    register = InterruptionRegister(registry, clock=lambda: at(20, 8))
    gate_down = register.open(
        epe_id, InterruptionKind.EQUIPMENT, [1], at(20, 7), officer_code="CB01", cause="Mất hình"
    )
    log_in(qtbot, window, "CB01")
    view = open_logbook(qtbot, window, SAO_VIET)
    assert view.table.rowCount() == 0
    assert view.add_button.isEnabled()

    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.kind.hasFocus, timeout=5_000)
    press(qtbot, Qt.Key.Key_Down)  # Power failure -> Repair
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.camera.hasFocus()
    press(qtbot, Qt.Key.Key_Down)  # Whole EPE -> camera 1
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.note.hasFocus()
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, "Thay bo nguon PoE camera cong")  # QTest types ASCII only
    press(qtbot, Qt.Key.Key_Return)  # the time stays "now"

    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    # Written under the gate camera's open interruption, and linked to it.
    assert logbook.entries(registry, epe_id)[0].interruption_id == gate_down.id
    assert table_rows(view)[0][6] == gate_down.id[:8]
    assert table_rows(view)[0][:6] == [
        "2026-11-20 10:00",
        "1",
        "Gate / door — Cổng chính",
        "Repair",
        "Thay bo nguon PoE camera cong",
        "CB01",
    ]


def test_an_entry_without_a_note_is_refused_and_nothing_is_written(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    log_in(qtbot, window, "CB01")
    view = open_logbook(qtbot, window, SAO_VIET)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.error.text() == "Write what happened."
    epe_id, _ = yard_camera(registry)
    assert logbook.entries(registry, epe_id) == []


def test_the_logbook_shown_exports_as_pdf_and_csv(
    qtbot: QtBot, window: MainWindow, registry: Registry, tmp_path: Path
) -> None:
    epe_id, camera_id = yard_camera(registry)
    HealthStore(registry).record(
        [ProbeResult(epe_id, camera_id, 2, CameraCondition.NO_PICTURE, at(19, 14, 30))]
    )
    logbook.add_entry(
        registry,
        epe_id,
        logbook.LogbookEntryKind.MAINTENANCE,
        at(18, 9),
        "=cmd|' /C calc'!A0",  # a formula from the EPE's report, kept as text
        officer_code="CB01",
        camera=2,
    )
    view = open_logbook(qtbot, window, SAO_VIET)
    assert view.table.rowCount() == 2

    pdf = view.export_pdf_to(tmp_path / "logbook.pdf")
    job = view.export_csv_to(tmp_path / "logbook.csv")
    assert pdf is not None and job is not None
    qtbot.waitUntil(lambda: "Saved" in view.summary.text() and "csv" in view.summary.text())

    text = pdf_text(pdf)
    assert "CAMERA LOGBOOK" in text
    assert "3601234569" in text and "Outage: Answers, no picture" in text
    rows = (tmp_path / "logbook.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[1].startswith("2026-11-18 09:00,2,") and ",'=cmd|" in rows[1]


def test_the_logbook_shown_follows_a_change_of_language(
    qtbot: QtBot, window: MainWindow, registry: Registry, qapp: QApplication
) -> None:
    epe_id, camera_id = yard_camera(registry)
    HealthStore(registry).record(
        [ProbeResult(epe_id, camera_id, 2, CameraCondition.UNREACHABLE, at(19, 14, 30))]
    )
    view = open_logbook(qtbot, window, SAO_VIET)
    assert table_rows(view)[0][3] == "Outage: Unreachable"

    try:
        i18n.install("vi")
        qtbot.waitUntil(lambda: table_rows(view)[0][3] == "Gián đoạn: Không kết nối được")
        assert view.windowTitle().startswith("Sổ nhật ký camera — ")
        assert table_rows(view)[0][2] == "Bãi kho — Bãi thành phẩm"
    finally:
        i18n.install("en")
        qapp.processEvents()
        view.queue.wait(10_000)


def test_a_view_only_partner_reads_the_logbook_but_adds_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    log_in(qtbot, window, "XN01")
    view = open_logbook(qtbot, window, SAO_VIET)

    assert not view.add_button.isEnabled()
    assert view.add_button.toolTip() == "Your role may read the logbook, not add to it."
    assert view.add_entry() is None
