"""Team leads manage officer profiles (add, edit, switch off, unlock, reset a PIN) and which
officers are responsible for which EPE, with the history kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDateEdit
from pytestqt.qtbot import QtBot

from app.domain import Epe
from app.officers.absences import list_absences
from app.officers.profiles import (
    MAX_FAILED_ATTEMPTS,
    LoginError,
    Officer,
    OfficerSession,
    OfficerStore,
    Role,
)
from app.rotation.plan import build_plan
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, Month
from app.workers import JobQueue
from widgets.officers.officers_dialog import OfficerEditDialog, OfficersDialog, PinResetDialog

NOW = dt.datetime(2026, 11, 23, 14, 20, tzinfo=VIETNAM).astimezone(dt.UTC)
PIN = "246813"


@pytest.fixture
def registry(epewall_home: Path) -> Iterator[Registry]:
    reg = Registry()
    reg.add_epe(Epe(name="Công ty TNHH Điện tử Sao Việt", tax_id="3601234569"))
    reg.add_epe(Epe(name="Công ty TNHH May mặc Hòa Bình Xanh", tax_id="2301275957"))
    yield reg
    reg.close()


@pytest.fixture
def store(registry: Registry) -> OfficerStore:
    officers = OfficerStore(registry, clock=lambda: NOW)
    lead = officers.add_officer(None, Officer("TL01", "Trần Thị Hạnh", Role.TEAM_LEAD), PIN)
    officers.add_officer(lead, Officer("CB01", "Nguyễn Văn An", Role.OFFICER, "Đội 1"), PIN)
    officers.add_officer(lead, Officer("XN01", "Đối tác Xem", Role.VIEW_ONLY), PIN)
    return officers


@pytest.fixture
def queue(qapp: object) -> Iterator[JobQueue]:
    jobs = JobQueue("test officers")
    yield jobs
    jobs.wait(10_000)


@pytest.fixture
def dialog(
    qtbot: QtBot, store: OfficerStore, registry: Registry, queue: JobQueue
) -> OfficersDialog:
    session = OfficerSession(store)
    session.login("TL01", PIN)
    officers = OfficersDialog(store, registry, session, queue, clock=lambda: NOW)
    qtbot.addWidget(officers)
    officers.show()
    return officers


def rows(dialog: OfficersDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def save_and_wait(qtbot: QtBot, form: OfficerEditDialog | PinResetDialog) -> None:
    form.save()
    qtbot.waitUntil(lambda: not form.busy, timeout=10_000)


def test_the_team_lead_adds_an_officer_who_can_then_log_in(
    qtbot: QtBot, dialog: OfficersDialog, store: OfficerStore
) -> None:
    # Vietnamese order: Đ comes right after D, before N and T.
    assert rows(dialog) == [
        ["XN01", "Đối tác Xem", "", "View only", "Active"],
        ["CB01", "Nguyễn Văn An", "Đội 1", "Officer", "Active"],
        ["TL01", "Trần Thị Hạnh", "", "Team lead", "Active"],
    ]
    form = dialog.add_officer()
    assert form is not None
    form.code.setText("cb07")
    form.full_name.setText("Phạm  Quốc   Cường")
    form.unit.setText("Đội 2")
    form.pin.setText("135790")
    form.pin_again.setText("135791")
    form.save()
    assert form.message.text() == "The two PINs are not the same."

    form.pin_again.setText("135790")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.save()
    assert ["CB07", "Phạm Quốc Cường", "Đội 2", "Officer", "Active"] in rows(dialog)
    assert dialog.selected_officer() is not None
    assert store.login("CB07", "135790").full_name == "Phạm Quốc Cường"

    again = dialog.add_officer()
    assert again is not None
    again.code.setText("CB07")
    again.full_name.setText("Người khác")
    again.pin.setText("111111")
    again.pin_again.setText("111111")
    save_and_wait(qtbot, again)
    assert again.isVisible()
    assert again.message.text() == "Another officer already has this code."


def test_a_switched_off_profile_cannot_log_in_until_switched_on(
    qtbot: QtBot, dialog: OfficersDialog, store: OfficerStore
) -> None:
    assert dialog.select("CB01")
    assert dialog.active_button.text() == "Switch o&ff"
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert dialog.show_inactive.isChecked()
    assert ["CB01", "Nguyễn Văn An", "Đội 1", "Officer", "Switched off"] in rows(dialog)
    with pytest.raises(LoginError) as refused:
        store.login("CB01", PIN)
    assert refused.value.kind == "inactive"

    assert dialog.active_button.text() == "Switch &on"
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert store.login("CB01", PIN).code == "CB01"


def test_the_last_team_lead_cannot_step_down(dialog: OfficersDialog, store: OfficerStore) -> None:
    dialog.select("TL01")
    form = dialog.edit_officer()
    assert form is not None
    assert form.code.isReadOnly()
    form.role.setCurrentIndex(form.role.findData(Role.OFFICER.value))
    assert form.save() is None
    assert form.message.text() == "The workstation needs at least one active team lead."
    assert store.find_officer("TL01").role is Role.TEAM_LEAD  # type: ignore[union-attr]


def test_a_locked_officer_is_unlocked_and_gets_a_new_pin(
    qtbot: QtBot, dialog: OfficersDialog, store: OfficerStore
) -> None:
    for _attempt in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(LoginError):
            store.login("CB01", "0000")
    dialog.reload()
    assert ["CB01", "Nguyễn Văn An", "Đội 1", "Officer", "Locked until 14:35"] in rows(dialog)
    dialog.select("CB01")
    assert dialog.unlock_button.isEnabled()
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert ["CB01", "Nguyễn Văn An", "Đội 1", "Officer", "Active"] in rows(dialog)
    assert not dialog.unlock_button.isEnabled()

    form = dialog.reset_pin()
    assert form is not None
    form.pin.setText("975311")
    form.pin_again.setText("975311")
    with qtbot.waitSignal(form.changed, timeout=10_000):
        form.save()
    assert store.login("CB01", "975311").code == "CB01"
    with pytest.raises(LoginError):
        store.login("CB01", PIN)


def test_assignments_are_many_to_many_and_keep_their_history(
    qtbot: QtBot, dialog: OfficersDialog, store: OfficerStore, registry: Registry
) -> None:
    epe = registry.find_epe("3601234569")
    assert epe is not None and epe.id is not None
    dialog.tabs.setCurrentIndex(1)
    assert dialog.select_epe(epe.id)
    # View-only profiles cannot be responsible for an EPE.
    assert dialog.responsible_item("XN01") is None
    lead_item, officer_item = dialog.responsible_item("TL01"), dialog.responsible_item("CB01")
    assert lead_item is not None and officer_item is not None
    officer_item.setCheckState(Qt.CheckState.Checked)
    lead_item = dialog.responsible_item("TL01")
    assert lead_item is not None
    lead_item.setCheckState(Qt.CheckState.Checked)
    cb01 = store.find_officer("CB01")
    tl01 = store.find_officer("TL01")
    assert cb01 is not None and tl01 is not None
    assert {a.officer_id for a in store.assignments(epe_id=epe.id)} == {cb01.id, tl01.id}

    item = dialog.responsible_item("CB01")
    assert item is not None
    item.setCheckState(Qt.CheckState.Unchecked)
    assert [a.officer_id for a in store.assignments(epe_id=epe.id)] == [tl01.id]
    history = [
        [dialog.history.item(r, c).text() for c in range(5)]
        for r in range(dialog.history.rowCount())
    ]
    assert [
        "Nguyễn Văn An (CB01)",
        "23/11/2026 14:20",
        "TL01",
        "23/11/2026 14:20",
        "TL01",
    ] in history
    assert ["Trần Thị Hạnh (TL01)", "23/11/2026 14:20", "TL01", "", ""] in history

    # The other EPE has nobody yet.
    other = registry.find_epe("2301275957")
    assert other is not None and other.id is not None
    dialog.select_epe(other.id)
    officer_item = dialog.responsible_item("CB01")
    assert officer_item is not None and officer_item.checkState() == Qt.CheckState.Unchecked
    assert dialog.history.rowCount() == 0


def type_day(qtbot: QtBot, edit: QDateEdit, day: str) -> None:
    """Double-click the day of a date field and type the date's digits, as an officer does
    (each full section moves on to the next: "01122026" is 01/12/2026)."""
    line = edit.lineEdit()
    qtbot.mouseDClick(line, Qt.MouseButton.LeftButton, pos=QPoint(6, line.height() // 2))
    qtbot.keyClicks(edit, day.replace("/", ""))


def test_a_team_lead_records_an_absence_the_plan_works_around_and_removes_it(
    qtbot: QtBot, dialog: OfficersDialog, store: OfficerStore, registry: Registry
) -> None:
    epe = registry.find_epe("3601234569")
    lead, officer = store.find_officer("TL01"), store.find_officer("CB01")
    assert epe is not None and epe.id is not None and lead is not None and officer is not None
    store.assign(lead, epe.id, officer.id or 0)
    december = Month(2026, 12)
    assert any(i.officer_id == officer.id for i in build_plan(registry, december).items)

    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert dialog.tabs.currentIndex() == 2
    qtbot.waitExposed(dialog.absence_officer)
    dialog.absence_officer.setFocus()
    qtbot.keyClicks(dialog.absence_officer, "Ng")  # a closed combo picks by typed name
    assert dialog.absence_officer.currentText() == "Nguyễn Văn An (CB01)"
    type_day(qtbot, dialog.absence_first, "01/12/2026")
    type_day(qtbot, dialog.absence_last, "30/12/2026")
    qtbot.mouseClick(dialog.absence_reason, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.absence_reason, "Nghi phep nam")  # QTest types ASCII only
    qtbot.mouseClick(dialog.add_absence_button, Qt.MouseButton.LeftButton)

    assert not dialog.message.isVisible(), dialog.message.text()
    [absence] = list_absences(registry)
    assert (absence.officer_id, absence.first_day, absence.last_day, absence.reason) == (
        officer.id,
        dt.date(2026, 12, 1),
        dt.date(2026, 12, 30),
        "Nghi phep nam",
    )
    table = dialog.absences
    assert [table.item(0, c).text() for c in range(4)] == [
        "Nguyễn Văn An (CB01)",
        "01/12/2026",
        "30/12/2026",
        "Nghi phep nam",
    ]
    # The monthly plan no longer sends the absent officer anywhere on those days.
    planned = [i.day for i in build_plan(registry, december).items if i.officer_id == officer.id]
    assert all(not absence.covers(day) for day in planned)

    assert not dialog.remove_absence_button.isEnabled()  # nothing chosen yet
    row = table.visualItemRect(table.item(0, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert dialog.remove_absence_button.isEnabled()
    qtbot.mouseClick(dialog.remove_absence_button, Qt.MouseButton.LeftButton)
    assert list_absences(registry) == []
    assert table.rowCount() == 0


def test_an_absence_ending_before_it_starts_is_refused_by_its_field(
    qtbot: QtBot, dialog: OfficersDialog, registry: Registry
) -> None:
    dialog.tabs.setCurrentIndex(2)
    qtbot.waitExposed(dialog.absence_first)
    type_day(qtbot, dialog.absence_first, "10/12/2026")
    type_day(qtbot, dialog.absence_last, "09/12/2026")
    qtbot.mouseClick(dialog.add_absence_button, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible()
    assert "cannot be before its first day" in dialog.message.text()
    assert list_absences(registry) == []


def test_only_roles_that_edit_plans_may_record_absences(
    qtbot: QtBot, store: OfficerStore, registry: Registry, queue: JobQueue
) -> None:
    session = OfficerSession(store)
    session.login("CB01", PIN)  # an officer: the plan (and its absences) is a team lead's
    officers = OfficersDialog(store, registry, session, queue, clock=lambda: NOW)
    qtbot.addWidget(officers)
    assert not officers.may_edit_absences
    assert not officers.add_absence_button.isEnabled()
    assert officers.add_absence() is None
    assert "does not allow" in officers.message.text()
    assert list_absences(registry) == []
