"""The start-of-shift review window as an officer uses it after a night: the list, oldest first;
an item marked reviewed, a finding raised (and one refused empty), an item opened in playback, and
a view-only role that sees but does not mark."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.officers.profiles import Role
from app.rotation.ledger import Ledger, RecordKind
from app.shift.review import OUTAGE, RECORDER_EVENT, UNSEARCHED, ReviewItem
from app.sites.registry import Registry
from app.timekeeping import show_local
from tests.helpers.clicks import click
from tests.helpers.clock import Clock
from tests.helpers.shift_review import OFFICER_CODE, Night, night_to_review
from widgets.shift.review_window import FindingDialog, ReviewWindow

TIME, EPE, CAMERA, KIND, WHAT, REVIEW = range(6)


@pytest.fixture
def night(registry: Registry) -> Iterator[Night]:
    with night_to_review(registry) as filled:
        yield filled


class Opened:
    def __init__(self) -> None:
        self.items: list[ReviewItem] = []

    def __call__(self, item: ReviewItem) -> None:
        self.items.append(item)


def show(qtbot: QtBot, night: Night, role: Role = Role.OFFICER) -> tuple[ReviewWindow, Opened]:
    opened = Opened()
    officer = replace(night.officer, role=role)
    view = ReviewWindow(night.registry, officer, Clock(night.morning), night.credentials, opened)
    qtbot.addWidget(view)
    view.resize(1100, 640)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.show()
    return view, opened


def cell(view: ReviewWindow, row: int, column: int) -> str:
    item = view.table.item(row, column)
    return item.text() if item else ""


def row_of(view: ReviewWindow, kind: str) -> int:
    keys = [
        view.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(view.table.rowCount())
    ]
    wanted = next(i for i in view.items if i.kind == kind)
    return keys.index(wanted.key)


def click_row(qtbot: QtBot, view: ReviewWindow, row: int) -> None:
    rect = view.table.visualItemRect(view.table.item(row, WHAT))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.table.currentRow() == row


def test_the_night_is_listed_and_an_item_marked_reviewed_is_a_log_record(
    qtbot: QtBot, night: Night
) -> None:
    view, _opened = show(qtbot, night)
    first_motion = night.motion_moments()[0][0]
    assert show_local(night.evening, day_first=True) in view.window_label.text()
    assert (
        view.table.rowCount() == len(view.items) == 7 + 2 + 1 + 1
    )  # motion, health, warning, dead
    row = row_of(view, RECORDER_EVENT)
    assert cell(view, row, TIME) == show_local(first_motion, day_first=True)
    assert cell(view, row, KIND) == "Recorder event"
    assert cell(view, row, WHAT).startswith("Motion recorded outside office hours on camera 1")
    assert cell(view, row, REVIEW) == "Not reviewed"
    assert "11 items, 11 not reviewed" in view.summary.text()
    dead = row_of(view, UNSEARCHED)
    assert cell(view, dead, EPE) == night.risky.name

    click_row(qtbot, view, row)
    with qtbot.waitSignal(view.marked, timeout=10_000):
        click(qtbot, view.button_reviewed)
    assert cell(view, row, REVIEW) == "Reviewed"
    assert not view.button_reviewed.isEnabled(), "reviewed once is enough"
    assert "11 items, 10 not reviewed" in view.summary.text()
    records = Ledger(night.registry).records(RecordKind.SHIFT_REVIEW)
    assert [(r.payload["officer"], r.payload["item_kind"]) for r in records] == [
        (OFFICER_CODE, RECORDER_EVENT)
    ]

    # "Only what is not reviewed" hides it.
    click(qtbot, view.only_open)
    assert view.table.rowCount() == 10
    assert all(cell(view, r, REVIEW) == "Not reviewed" for r in range(10))


def test_a_finding_is_typed_and_an_empty_one_is_refused(qtbot: QtBot, night: Night) -> None:
    view, _opened = show(qtbot, night)
    row = row_of(view, OUTAGE)
    click_row(qtbot, view, row)
    click(qtbot, view.button_finding)
    dialog = view.findChild(FindingDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    click(qtbot, save)
    assert dialog.isVisible() and dialog.error.text() == "Write what you found."
    assert Ledger(night.registry).records(RecordKind.SHIFT_REVIEW) == []

    qtbot.keyClicks(dialog.edit, "Mat tin hieu 23:05-05:40, DNCX chua bao")
    with qtbot.waitSignal(view.marked, timeout=10_000):
        click(qtbot, save)
    assert cell(view, row, REVIEW) == "Finding: Mat tin hieu 23:05-05:40, DNCX chua bao"
    (record,) = Ledger(night.registry).records(RecordKind.SHIFT_REVIEW)
    assert record.payload["finding"] == "Mat tin hieu 23:05-05:40, DNCX chua bao"
    assert record.payload["item_kind"] == OUTAGE


def test_an_item_opens_its_camera_in_playback_by_button_and_double_click(
    qtbot: QtBot, night: Night
) -> None:
    view, opened = show(qtbot, night)
    row = row_of(view, RECORDER_EVENT)
    click_row(qtbot, view, row)
    click(qtbot, view.button_play)
    rect = view.table.visualItemRect(view.table.item(row, WHAT))
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [(i.camera_number, i.at) for i in opened.items] == [night.motion_moments()[0][::-1]] * 2
    # The dead recorder's line names no camera: nothing to play.
    click_row(qtbot, view, row_of(view, UNSEARCHED))
    assert not view.button_play.isEnabled()


def test_a_view_only_role_sees_the_night_but_marks_nothing(qtbot: QtBot, night: Night) -> None:
    view, _opened = show(qtbot, night, Role.VIEW_ONLY)
    click_row(qtbot, view, row_of(view, RECORDER_EVENT))
    assert not view.button_reviewed.isEnabled() and not view.button_finding.isEnabled()
    click(qtbot, view.button_reviewed)
    QApplication.processEvents()
    assert Ledger(night.registry).records(RecordKind.SHIFT_REVIEW) == []
