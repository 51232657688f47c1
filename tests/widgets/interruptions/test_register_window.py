"""The register window as an officer uses it: open from an EPE's notification, see the deadline,
follow up, extend, close, attach the manual log, filter; and the notice at login."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.interruptions.model import InterruptionKind
from app.rotation.ledger import Ledger
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.clicks import choose, click
from tests.helpers.interruptions import RegisterSite, register_site
from widgets.interruptions.dialogs import (
    AttachDialog,
    ExtendDialog,
    NoteDialog,
    NotificationDialog,
)
from widgets.interruptions.register_window import InterruptionViews, RegisterWindow

STATE, OVERDUE_DAYS, FOLLOW_UP, DEADLINE = 6, 7, 8, 4


def vn(day: str, clock: str = "09:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=VIETNAM)


@pytest.fixture
def site(registry: Registry) -> RegisterSite:
    return register_site(registry)


@pytest.fixture
def window(qtbot: QtBot, site: RegisterSite) -> Iterator[RegisterWindow]:
    view = RegisterWindow(site.registry, site.officer, site.clock)
    qtbot.addWidget(view)
    view.resize(1250, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.queue.wait(0) and view._job is None)
    yield view
    view.queue.wait(10_000)


def reload(qtbot: QtBot, view: RegisterWindow) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()


def cell(view: RegisterWindow, row: int, column: int) -> str:
    item = view.table.item(row, column)
    return item.text() if item else ""


def click_row(qtbot: QtBot, view: RegisterWindow, row: int) -> None:
    rect = view.table.visualItemRect(view.table.item(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.selected() is not None)


def dialog_of(qtbot: QtBot, view: QWidget, kind: type[QDialog]) -> QDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in view.findChildren(kind)))
    return next(d for d in view.findChildren(kind) if d.isVisible())


# QTest types ASCII only (a Vietnamese letter aborts it): typed notes are written without
# diacritics; the register keeps whatever is typed.


def press_ok(qtbot: QtBot, dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    click(qtbot, box.button(QDialogButtonBox.StandardButton.Ok))


def test_opening_from_the_notification_shows_the_live_deadline_and_the_record(
    qtbot: QtBot, window: RegisterWindow, site: RegisterSite
) -> None:
    click(qtbot, window.button_open)
    dialog = dialog_of(qtbot, window, NotificationDialog)
    assert isinstance(dialog, NotificationDialog)
    choose(qtbot, dialog.epe, site.alpha.name)
    assert "0100233488" in dialog.epe_details.text()
    # Equipment by default: 10 working days after Wednesday 3 February 2027, Tết skipped.
    assert dialog.deadline.text().endswith("Due on: 24/02/2027")
    assert "the end of working day 10 after the day" in dialog.deadline.text()
    click(qtbot, dialog.transmission)
    assert dialog.deadline.text().endswith("Due on: 15/02/2027")
    assert "the end of working day 3 after the day" in dialog.deadline.text()

    press_ok(qtbot, dialog)  # no camera, no cause: refused, nothing written
    assert dialog.isVisible() and "at least one camera" in dialog.error.text()
    click(qtbot, dialog.cameras[1])
    click(qtbot, dialog.cameras[3])
    qtbot.keyClicks(dialog.description, "Camera 1, 3 mat hinh")
    qtbot.keyClicks(dialog.cause, "Dut cap quang ngoai cong")
    qtbot.keyClicks(dialog.effect, "Khong giam sat duoc cong")
    qtbot.keyClicks(dialog.technician, "Anh Tung 0903123456")
    qtbot.keyClicks(dialog.doc_no, "15/CV-TT")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not window.findChildren(NotificationDialog))  # closed, deleted
    assert window.table.rowCount() == 1
    assert [cell(window, 0, c) for c in (0, 1, DEADLINE, STATE)] == [
        site.alpha.name,
        "1, 3",
        "15/02/2027",
        "Open",
    ]
    # The new record is selected: its details carry the form and the gate reminder.
    details = window.details.toPlainText()
    assert "Dut cap quang ngoai cong" in details and "15/CV-TT" in details
    assert "manual log of the vehicles and containers" in details
    assert window.button_attach.isVisible()


def test_overdue_follow_up_extension_and_closing(
    qtbot: QtBot, window: RegisterWindow, site: RegisterSite
) -> None:
    site.register.open(
        site.beta.id or 0,
        InterruptionKind.TRANSMISSION,
        [2],
        vn("2027-02-03"),
        officer_code="CB01",
        cause="Mất kết nối",
    )
    site.clock.now = vn("2027-02-18", "08:30")
    reload(qtbot, window)
    assert [cell(window, 0, c) for c in (STATE, OVERDUE_DAYS)] == ["Overdue", "3"]
    assert cell(window, 0, FOLLOW_UP) == "— (not followed up today)"
    assert not window.button_attach.isVisible()  # not a gate camera

    click_row(qtbot, window, 0)
    click(qtbot, window.button_follow_up)
    note = dialog_of(qtbot, window, NoteDialog)
    qtbot.keyClicks(note.note, "Da lien he, cho nha mang")  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        press_ok(qtbot, note)
    assert cell(window, 0, FOLLOW_UP) == "18/02/2027"

    click(qtbot, window.button_extend)
    extend = dialog_of(qtbot, window, ExtendDialog)
    assert isinstance(extend, ExtendDialog)
    assert "15/02/2027" in extend.heading.text()
    qtbot.keyClicks(extend.reason, "Cong van 21/CV: cho nha mang keo cap")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        press_ok(qtbot, extend)
    assert [cell(window, 0, c) for c in (DEADLINE, 5, STATE, OVERDUE_DAYS)] == [
        "15/02/2027",
        "22/02/2027",
        "Extended",
        "3",
    ]

    click(qtbot, window.button_close)
    closing = dialog_of(qtbot, window, NoteDialog)
    assert isinstance(closing, NoteDialog)
    press_ok(qtbot, closing)
    assert closing.isVisible() and "closing note" in closing.error.text()
    qtbot.keyClicks(closing.note, "Da co hinh lai tu 08:00")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        press_ok(qtbot, closing)
    assert cell(window, 0, STATE) == "Closed"
    assert not window.button_close.isEnabled() and not window.button_follow_up.isEnabled()
    history = window.details.toPlainText()
    for text in ("Follow-up", "Extension → 22/02/2027", "Closed", "Da co hinh lai tu 08:00"):
        assert text in history
    assert Ledger(site.registry).verify().ok


def test_the_manual_log_is_attached_only_for_a_gate_camera(
    qtbot: QtBot, window: RegisterWindow, site: RegisterSite, tmp_path: Path
) -> None:
    site.register.open(
        site.alpha.id or 0,
        InterruptionKind.EQUIPMENT,
        [1],
        vn("2027-02-03", "08:00"),
        officer_code="CB01",
        cause="Hỏng camera cổng",
    )
    reload(qtbot, window)
    click_row(qtbot, window, 0)
    assert window.button_attach.isVisible()
    scan = tmp_path / "so-xe-ra-vao.pdf"
    scan.write_bytes(b"%PDF-1.4 51C-123.45 08:10")
    click(qtbot, window.button_attach)
    dialog = dialog_of(qtbot, window, AttachDialog)
    assert isinstance(dialog, AttachDialog)
    assert "manual log of the vehicles and containers" in dialog.reminder.text()
    qtbot.keyClicks(dialog.path, str(tmp_path / "missing.pdf"))
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(scan))
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        press_ok(qtbot, dialog)
    assert "Manual log attached: so-xe-ra-vao.pdf (SHA-256" in window.details.toPlainText()


def test_filters_show_what_is_not_followed_up_today(
    qtbot: QtBot, window: RegisterWindow, site: RegisterSite
) -> None:
    reg = site.register
    a = reg.open(
        site.alpha.id or 0,
        InterruptionKind.EQUIPMENT,
        [2],
        vn("2027-02-03"),
        officer_code="CB01",
        cause="a",
    )
    reg.open(
        site.beta.id or 0,
        InterruptionKind.EQUIPMENT,
        [1],
        vn("2027-02-03"),
        officer_code="CB01",
        cause="b",
    )
    site.clock.now = vn("2027-02-11", "09:00")
    reg.follow_up(a.id, "đang sửa", officer_code="CB01")
    reload(qtbot, window)
    assert window.table.rowCount() == 2
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        choose(qtbot, window.filter, "Not followed up today")
    assert window.table.rowCount() == 1 and cell(window, 0, 0) == site.beta.name
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        choose(qtbot, window.filter, "Overdue")
    assert window.table.rowCount() == 0


def test_a_view_only_partner_cannot_change_the_register(qtbot: QtBot, site: RegisterSite) -> None:
    view = RegisterWindow(site.registry, site.viewer, site.clock)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view._job is None)
    assert not view.button_open.isEnabled()
    click(qtbot, view.button_open)
    assert not view.findChildren(NotificationDialog)
    view.queue.wait(10_000)


def test_at_login_the_officer_is_told_what_is_not_followed_up(
    qtbot: QtBot, site: RegisterSite
) -> None:
    site.register.open(
        site.alpha.id or 0,
        InterruptionKind.TRANSMISSION,
        [2],
        vn("2027-02-03"),
        officer_code="CB01",
        cause="a",
    )
    site.clock.now = vn("2027-02-16", "08:00")
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    menu = QMenu(host)
    views = InterruptionViews(site.registry, host, menu, lambda: None, site.clock)
    views.set_officer(site.officer)  # what the main window's officer_changed says at login
    qtbot.waitUntil(lambda: views.notice is not None and views.notice.isVisible())
    notice = views.notice
    assert notice is not None and not notice.isModal()
    text = notice.text.text()
    assert "1 open interruption(s)" in text and "1 past the deadline" in text
    assert site.alpha.name in text and "due 08/02/2027" not in text
    click(qtbot, notice.button_open)
    assert views.window is not None
    qtbot.waitUntil(lambda: views.window is not None and views.window.table.rowCount() == 1)
    assert views.window.isVisible()
    views.queue.wait(10_000)
    views.window.queue.wait(10_000)
    views.window.close()
    QApplication.processEvents()
