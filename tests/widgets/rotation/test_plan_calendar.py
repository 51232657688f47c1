"""The monthly plan calendar: a team lead generates next month's plan, moves checks by dragging
chips between days; holidays and absences are shown and respected; chips are coloured by plan
versus reality; officers see the plan read-only."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain import RiskLevel
from app.officers.absences import Absence, add_absence
from app.officers.profiles import Officer
from app.rotation.ledger import Ledger
from app.rotation.plan import ItemState, PlanStore, build_plan
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, Month, WorkingCalendar
from tests.helpers import rotation_data
from widgets.rotation.plan_calendar import STATE_COLOURS, PlanCalendar

TODAY = dt.date(2026, 11, 23)
DECEMBER = Month(2026, 12)
NOVEMBER = Month(2026, 11)
CALENDAR = WorkingCalendar()


@pytest.fixture
def data(registry: Registry) -> rotation_data.RotationData:
    return rotation_data.build(registry, epes=30, officers=5)


def open_calendar(
    qtbot: QtBot,
    registry: Registry,
    officer: Officer | None,
    month: Month | None = None,
    today: dt.date = TODAY,
) -> PlanCalendar:
    # The team lead's work is next month's plan; the calendar itself opens on this month.
    calendar = PlanCalendar(registry, officer, month=month or DECEMBER, today=today)
    qtbot.addWidget(calendar)
    calendar.resize(1400, 900)
    calendar.show()
    qtbot.waitUntil(lambda: calendar.data is not None and not calendar.busy, timeout=15_000)
    return calendar


def generate(qtbot: QtBot, calendar: PlanCalendar) -> None:
    with qtbot.waitSignal(calendar.generated, timeout=30_000):
        qtbot.mouseClick(calendar.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: calendar.data is not None and calendar.data.plan is not None and not calendar.busy,
        timeout=15_000,
    )


def chip_texts(calendar: PlanCalendar, day: dt.date) -> list[str]:
    chips = calendar.cells[day].chips
    return [chips.item(i).text() for i in range(chips.count())]


def test_a_team_lead_generates_next_months_plan(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    calendar = open_calendar(qtbot, registry, data.lead)
    assert calendar.month == DECEMBER, "the calendar opens on next month"
    assert "no plan for this month yet" in calendar.summary.text()
    assert calendar.generate_button.isVisible()

    generate(qtbot, calendar)
    days = calendar.chip_days()
    saved = PlanStore(registry).load(DECEMBER)
    assert saved is not None
    assert set(days) == {item.id for item in saved.items}
    per_epe: dict[int, int] = {}
    for item in saved.items:
        per_epe[item.epe_id] = per_epe.get(item.epe_id, 0) + 1
        assert CALENDAR.is_working_day(item.day)
    for epe in data.epes:
        expected = {RiskLevel.HIGH: 4, RiskLevel.MEDIUM: 2}.get(epe.risk_level, 1)
        assert per_epe[epe.id or 0] == expected, epe.name
    assert f"{len(saved.items)} planned checks" in calendar.summary.text()
    load = calendar.summary.text().split("Per officer: ")[1].split(".")[0]
    shown = dict(part.rsplit(" ", 1) for part in load.split(", "))
    assert set(shown) == {o.code for o in data.officers}, "every officer gets checks"
    assert sum(int(n) for n in shown.values()) == len(saved.items)
    high = next(e for e in data.epes if e.risk_level is RiskLevel.HIGH)
    short = high.name.removeprefix("Công ty TNHH ")
    assert (
        sum(
            text.startswith("▲") and short in text
            for day in calendar.cells
            for text in chip_texts(calendar, day)
        )
        == 4
    )
    assert not any(
        chip_texts(calendar, d) for d in DECEMBER.days() if not CALENDAR.is_working_day(d)
    )


def test_officers_see_the_plan_but_cannot_generate_or_move_it(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    PlanStore(registry).save(data.lead, build_plan(registry, DECEMBER))
    calendar = open_calendar(qtbot, registry, data.officers[0])

    assert calendar.chip_days(), "the plan is shown"
    assert not calendar.generate_button.isVisible()
    item_id, day = next(iter(calendar.chip_days().items()))
    chips = calendar.cells[day].chips
    assert not chips.dragEnabled()
    assert not (chips.item(0).flags() & Qt.ItemFlag.ItemIsDragEnabled)
    other = next(d for d in DECEMBER.days() if d != day and CALENDAR.is_working_day(d))
    assert not calendar.cells[other].chips.acceptDrops()
    assert not calendar.move_item(item_id, other)
    saved = PlanStore(registry).load(DECEMBER)
    assert saved is not None and next(i for i in saved.items if i.id == item_id).day == day


def drag_chip(calendar: PlanCalendar, source_day: dt.date, target_day: dt.date) -> int:
    source = calendar.cells[source_day].chips
    chip = source.item(0)
    item_id = int(chip.data(Qt.ItemDataRole.UserRole + 1))
    mime = source.mimeData([chip])
    target = calendar.cells[target_day].chips.viewport()
    point = QPoint(10, 10)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.MoveAction, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted(), "the day accepts the chip"
    QApplication.sendEvent(
        target, QDragMoveEvent(point, Qt.DropAction.MoveAction, mime, buttons, mods)
    )
    drop = QDropEvent(QPointF(point), Qt.DropAction.MoveAction, mime, buttons, mods)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()
    return item_id


def test_a_team_lead_drags_a_check_to_another_day(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    PlanStore(registry).save(data.lead, build_plan(registry, DECEMBER))
    calendar = open_calendar(qtbot, registry, data.lead)
    source_day = min(calendar.chip_days().values())
    target_day = dt.date(2026, 12, 30)
    before = len(chip_texts(calendar, target_day))

    item_id = drag_chip(calendar, source_day, target_day)
    qtbot.waitUntil(
        lambda: calendar.chip_days().get(item_id) == target_day and not calendar.busy,
        timeout=15_000,
    )
    assert len(chip_texts(calendar, target_day)) == before + 1
    saved = PlanStore(registry).load(DECEMBER)
    assert saved is not None
    assert next(i for i in saved.items if i.id == item_id).day == target_day
    assert "Moved to 30/12/2026" in calendar.summary.text()


def test_absences_are_shown_and_the_plan_avoids_them(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    away = data.officers[0]
    first, last = dt.date(2026, 12, 7), dt.date(2026, 12, 11)
    add_absence(registry, data.lead, Absence(away.id or 0, first, last, "Tập huấn"))
    calendar = open_calendar(qtbot, registry, data.lead)
    generate(qtbot, calendar)

    week = [first + dt.timedelta(days=n) for n in range(5)]
    for day in week:
        assert f"Away: {away.code}" in calendar.cells[day].header.text()
        assert chip_texts(calendar, day), "other officers still have checks that week"
        assert not any(
            text.startswith(f"{away.code} ") or f" {away.code} " in text
            for text in chip_texts(calendar, day)
        )
    assert "Away" not in calendar.cells[dt.date(2026, 12, 14)].header.text()
    assert any(
        text.startswith(f"{away.code} ") or f" {away.code} " in text
        for day in calendar.cells
        for text in chip_texts(calendar, day)
    )


def test_holidays_are_named_and_get_no_checks(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    september = Month(2026, 9)
    holiday = next(d for d in september.days() if CALENDAR.holiday_name(d) and d.weekday() < 5)
    calendar = open_calendar(
        qtbot, registry, data.lead, month=september, today=dt.date(2026, 8, 20)
    )
    generate(qtbot, calendar)

    assert str(CALENDAR.holiday_name(holiday)) in calendar.cells[holiday].header.text()
    assert chip_texts(calendar, holiday) == []
    assert "background" in calendar.cells[holiday].styleSheet()
    assert calendar.cells[holiday + dt.timedelta(days=7)].styleSheet() == ""


def test_chips_are_coloured_by_plan_versus_reality(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    plan = PlanStore(registry).save(data.lead, build_plan(registry, NOVEMBER))
    windows = plan.windows()
    past = [i for i in range(len(plan.items)) if windows[i][1] < TODAY]
    done_index, missed_index = (
        past[0],
        next(i for i in past[1:] if plan.items[i].epe_id != plan.items[past[0]].epe_id),
    )
    done_item = plan.items[done_index]
    epe = registry.get_epe(done_item.epe_id)
    check_day = windows[done_index][0]
    rotation_data.add_check(
        Ledger(registry), epe, data.officers[0], dt.datetime.combine(check_day, dt.time(9), VIETNAM)
    )
    calendar = open_calendar(qtbot, registry, data.lead, month=NOVEMBER)

    def colour(item_id: int | None) -> object:
        for cell in calendar.cells.values():
            for row in range(cell.chips.count()):
                chip = cell.chips.item(row)
                if chip.data(Qt.ItemDataRole.UserRole + 1) == item_id:
                    return chip.background().color()
        raise AssertionError(f"no chip for item {item_id}")

    assert colour(done_item.id) == STATE_COLOURS[ItemState.DONE]
    assert colour(plan.items[missed_index].id) == STATE_COLOURS[ItemState.MISSED]
    future = next(i for i in plan.items if i.day > TODAY + dt.timedelta(days=3))
    assert colour(future.id) in (STATE_COLOURS[ItemState.DUE], STATE_COLOURS[ItemState.UPCOMING])
    assert "1 done" in calendar.summary.text()


def test_replacing_a_plan_asks_first(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    saved = PlanStore(registry).save(data.lead, build_plan(registry, DECEMBER))
    calendar = open_calendar(qtbot, registry, data.lead)

    qtbot.mouseClick(calendar.generate_button, Qt.MouseButton.LeftButton)
    box = calendar.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert "already has a plan" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert not calendar.busy
    again = PlanStore(registry).load(DECEMBER)
    assert again is not None and again.id == saved.id


def test_the_officer_filter_shows_one_officers_checks(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    PlanStore(registry).save(data.lead, build_plan(registry, DECEMBER))
    calendar = open_calendar(qtbot, registry, data.lead)
    everyone = len(calendar.chip_days())
    officer = data.officers[2]

    calendar.set_officer_filter(officer.id)
    texts = [t for day in calendar.cells for t in chip_texts(calendar, day)]
    assert 0 < len(texts) < everyone
    assert all(officer.code in t for t in texts)


def test_a_check_can_be_moved_from_its_context_menu_without_dragging(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    PlanStore(registry).save(data.lead, build_plan(registry, DECEMBER))
    calendar = open_calendar(qtbot, registry, data.lead)
    source_day = min(calendar.chip_days().values())
    item_id = int(calendar.cells[source_day].chips.item(0).data(Qt.ItemDataRole.UserRole + 1))

    menu = calendar.chip_menu(source_day, 0)
    assert menu is not None
    move = menu.actions()[0].menu()
    assert move is not None and move.title() == "Move to"
    targets = {a.text(): a for a in move.actions()}
    assert "Sat 05/12" not in targets, "only working days are offered"
    targets["Wed 30/12"].trigger()
    qtbot.waitUntil(
        lambda: calendar.chip_days().get(item_id) == dt.date(2026, 12, 30) and not calendar.busy,
        timeout=15_000,
    )
    officer_view = open_calendar(qtbot, registry, data.officers[0])
    assert officer_view.chip_menu(dt.date(2026, 12, 30), 0) is None


def test_holiday_names_follow_the_ui_language(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    from app import i18n

    i18n.install("vi")
    september = Month(2026, 9)
    calendar = open_calendar(
        qtbot, registry, data.lead, month=september, today=dt.date(2026, 8, 20)
    )
    national_day = dt.date(2026, 9, 2)
    assert "Quốc khánh" in calendar.cells[national_day].header.text()
    assert "National Day" not in calendar.cells[national_day].header.text()
