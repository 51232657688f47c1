"""Tours on the wall, as an officer runs them: make one in the Tours dialog with the mouse and the
keyboard, watch the strip say what is on screen, what comes next and in how long, touch a tile and
see the tour wait, and find each EPE's pages in the check log as cameras watched."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.domain import CameraPosition, RiskLevel
from app.media.stream import StreamState, StreamStatus
from app.officers.profiles import OfficerSession
from app.rotation.checks import CheckReason, CheckService
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from app.wall.layout import WallModel
from app.wall.tour import (
    MIN_AFTER_RESUME_S,
    RESUME_AFTER_S,
    TourDefinition,
    TourSource,
    TourStore,
)
from tests.helpers.clock import Clock, MonotonicClock
from tests.helpers.keyring import ready_store
from tests.helpers.main_window import shown_main_window
from tests.helpers.menus import choose, click_menu_bar_entry, menu_texts
from tests.helpers.sites import PIN, SiteBuilder, WallSources
from widgets.rotation.check_panel import CheckPanel, WallWatch
from widgets.wall import WallWidget
from widgets.wall.tour_bar import TourBar
from widgets.wall.tour_dialog import TourDialog
from widgets.wall.tour_runner import TourRunner

OWNER = "officer:CB01"


class Clocks:
    """The tour's monotonic clock and the checks' wall clock, moved on together."""

    def __init__(self) -> None:
        self.mono = MonotonicClock()
        self.wall = Clock(dt.datetime(2026, 11, 23, 9, 0, tzinfo=VIETNAM))  # a Monday

    def advance(self, seconds: float) -> None:
        self.mono.advance(seconds)
        self.wall.advance(seconds=seconds)


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


@pytest.fixture
def registry(epewall_home: Path, clocks: Clocks) -> Iterator[Registry]:
    reg = Registry()
    build = SiteBuilder(reg, clocks.wall)
    build.add_two_epes(
        (3, CameraPosition.STORAGE_DOOR),
        (4, CameraPosition.INSIDE_STORAGE),
        (5, CameraPosition.GATE),
        risk_level=RiskLevel.HIGH,
    )
    build.add_epe(
        "Công ty CP Minh Long", "0100233488", (1, CameraPosition.GATE), risk_level=RiskLevel.MEDIUM
    )
    build.add_lead("TL01", "Trần Thị Hạnh")
    build.add_officer("CB01", "Nguyễn Văn An")
    yield reg
    reg.close()


class Tour:
    def __init__(
        self, host: QWidget, wall: WallWidget, runner: TourRunner, bar: TourBar, panel: CheckPanel
    ) -> None:
        self.host, self.wall, self.runner, self.bar, self.panel = host, wall, runner, bar, panel


@pytest.fixture
def tour(qtbot: QtBot, registry: Registry, clocks: Clocks) -> Tour:
    officers = OfficerSession(SiteBuilder(registry, clocks.wall).officers)
    officers.login("CB01", PIN)
    sources = WallSources.from_registry(registry)
    host = QWidget()
    qtbot.addWidget(host)
    # Never shown, so its streams do not connect: the test says when a picture is live.
    wall = WallWidget(sources.stream, sources.lookup, sources.epe_cameras)
    qtbot.addWidget(wall)
    wall.resize(800, 450)
    panel = CheckPanel(
        CheckService(registry, clock=clocks.wall), officers, registry, WallWatch(wall, wall)
    )
    qtbot.addWidget(panel)
    runner = TourRunner(
        wall,
        registry,
        lambda: OWNER,
        lambda: officers.current,
        panel,
        host,
        clock=clocks.mono,
        tick_ms=20,
    )
    runner.watch_interactions(panel)
    panel.check_ended.connect(runner.on_check_ended)
    bar = TourBar(runner, host)
    bar.resize(800, 60)
    host.resize(800, 60)
    host.show()
    panel.show()
    qtbot.waitExposed(host)
    return Tour(host, wall, runner, bar, panel)


def open_dialog(qtbot: QtBot, registry: Registry, runner: TourRunner) -> TourDialog:
    dialog = TourDialog(registry, OWNER, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_into_spin(qtbot: QtBot, spin, text: str) -> None:
    spin.setFocus()
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin.lineEdit(), text)


def go_live(tour: Tour) -> None:
    """The tiles of the page got their picture (the streams point nowhere in this test)."""
    for tile in tour.wall.tiles():
        tile.stream.status_changed.emit(StreamStatus(StreamState.LIVE))


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def test_a_risk_list_tour_walks_three_pages_and_records_the_cameras_watched(
    qtbot: QtBot, tour: Tour, registry: Registry, clocks: Clocks
) -> None:
    before = WallModel("1", [registry.list_cameras(2)[0].id])
    tour.wall.set_model(before)
    assert tour.bar.isHidden()
    dialog = open_dialog(qtbot, registry, tour.runner)
    assert tour.runner.state is None
    click(qtbot, dialog.source_buttons[TourSource.RISK_LIST])
    type_into_spin(qtbot, dialog.dwell, "10")
    combo = dialog.layout_choice
    click(qtbot, combo)  # the layout: 2 x 2, so Sao Việt's five cameras take two pages
    qtbot.waitUntil(lambda: combo.view().isVisible())
    qtbot.keyClicks(combo.view(), "2x2")
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert combo.currentData() == "2x2"
    click(qtbot, dialog.start_button)

    qtbot.waitUntil(lambda: tour.bar.isVisible())
    bar = tour.bar
    assert bar.full_text(bar.title) == "Page 1 of 3 · tour “The risk list”"
    assert bar.full_text(bar.now_label) == "On the wall: Điện tử Sao Việt (part 1 of 2)"
    assert bar.full_text(bar.next_label) == "Next: Điện tử Sao Việt (part 2 of 2)"
    assert bar.countdown.text() == "0:10"
    assert [t.info.diagram_number for t in tour.wall.tiles()] == [1, 2, 3, 4]
    check = tour.panel.check
    assert check is not None and check.reason is CheckReason.RISK_LIST
    assert tour.panel.epe_label.text() == "Checking: Công ty TNHH Điện tử Sao Việt (3601234569)"
    go_live(tour)

    clocks.advance(4)
    qtbot.waitUntil(lambda: bar.countdown.text() == "0:06")
    click(qtbot, tour.wall.tiles()[1])  # the officer looks closer at the storage yard
    qtbot.waitUntil(lambda: "Paused while you use the wall" in bar.full_text(bar.paused_label))
    clocks.advance(RESUME_AFTER_S - 1)
    qtbot.waitUntil(lambda: "goes on 1 s after" in bar.full_text(bar.paused_label))
    assert bar.full_text(bar.now_label).endswith("(part 1 of 2)")  # still waiting for the officer
    clocks.advance(1)
    qtbot.waitUntil(lambda: bar.full_text(bar.paused_label) == "Next page in 0:06.")
    clocks.advance(6)
    qtbot.waitUntil(lambda: bar.full_text(bar.title) == "Page 2 of 3 · tour “The risk list”")
    assert [t.info.diagram_number for t in tour.wall.tiles()] == [5]
    assert tour.panel.check is check  # the same EPE: the same check goes on
    go_live(tour)

    clocks.advance(10)
    qtbot.waitUntil(lambda: bar.full_text(bar.now_label) == "On the wall: Minh Long")
    assert bar.full_text(bar.next_label) == "Next: Điện tử Sao Việt (part 1 of 2)"
    go_live(tour)
    minh_long = registry.find_epe("0100233488")
    assert minh_long is not None
    minh_long.risk_level = RiskLevel.LOW  # the team lead takes it off the risk list
    registry.update_epe(minh_long)
    clocks.advance(10)
    # A new round is built again: Minh Long left the risk list.
    round_2 = "Page 1 of 2, round 2 · tour “The risk list”"
    qtbot.waitUntil(lambda: bar.full_text(bar.title) == round_2)
    assert bar.full_text(bar.next_label) == "Next: Điện tử Sao Việt (part 2 of 2)"
    click(qtbot, bar.stop_button)

    assert bar.isHidden() and tour.runner.state is None
    assert tour.wall.model == before  # the wall the officer had before the tour
    checks = CheckService(registry, clock=clocks.wall).checks()
    assert [(c.epe_name, c.reason, c.result.value) for c in checks] == [
        ("Công ty TNHH Điện tử Sao Việt", CheckReason.RISK_LIST, "normal"),
        ("Công ty CP Minh Long", CheckReason.RISK_LIST, "normal"),
        ("Công ty TNHH Điện tử Sao Việt", CheckReason.RISK_LIST, "normal"),
    ]
    sao_viet, minh_long = checks[0], checks[1]
    assert sao_viet.reason_note == "During the tour “The risk list”"
    assert sorted(w.diagram_number for w in sao_viet.cameras) == [1, 2, 3, 4, 5]
    # Page 1 stayed 4 s + 20 s paused + 6 s; page 2 10 s.
    assert {w.diagram_number: w.seconds for w in sao_viet.cameras} == {
        1: 30,
        2: 30,
        3: 30,
        4: 30,
        5: 10,
    }
    assert [(w.diagram_number, w.seconds) for w in minh_long.cameras] == [(1, 10)]


def test_the_pause_button_holds_the_page_and_next_goes_on_at_once(
    qtbot: QtBot, tour: Tour, registry: Registry, clocks: Clocks
) -> None:
    dialog = open_dialog(qtbot, registry, tour.runner)
    click(qtbot, dialog.start_button)
    bar = tour.bar
    qtbot.waitUntil(lambda: bar.isVisible())
    click(qtbot, bar.pause_button)
    qtbot.waitUntil(lambda: bar.pause_button.text() == "Resume")
    assert bar.full_text(bar.paused_label) == "Paused. Press Resume to go on."
    clocks.advance(600)
    click(qtbot, bar.next_button)
    qtbot.waitUntil(lambda: bar.full_text(bar.now_label) == "On the wall: Minh Long")
    click(qtbot, bar.pause_button)
    qtbot.waitUntil(lambda: bar.pause_button.text() == "Pause")
    assert bar.countdown.text() == "0:30"
    clocks.advance(MIN_AFTER_RESUME_S + 25)
    qtbot.waitUntil(lambda: bar.full_text(bar.now_label) == "On the wall: Điện tử Sao Việt")


def test_an_officer_saves_a_hand_made_tour_and_a_wall_pc_starts_it_by_name(
    qtbot: QtBot, registry: Registry, clocks: Clocks, tour: Tour
) -> None:
    dialog = open_dialog(qtbot, registry, tour.runner)
    click(qtbot, dialog.source_buttons[TourSource.LIST])
    click(qtbot, dialog.save_button)
    assert dialog.error.text() == "Give the tour a name to save it."
    qtbot.keyClicks(dialog.name, "Cong ca dem")  # QTest types ASCII only
    click(qtbot, dialog.save_button)
    assert dialog.error.text() == "Tick at least one EPE or saved wall for the tour."
    stops = dialog.stops
    for name in ("Minh Long", "Hòa Bình Xanh"):
        item = next(stops.item(r) for r in range(stops.count()) if name in stops.item(r).text())
        rect = stops.visualItemRect(item)
        qtbot.mouseClick(stops.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.keyClick(stops.viewport(), Qt.Key.Key_Space)
    type_into_spin(qtbot, dialog.dwell, "45")
    click(qtbot, dialog.save_button)

    assert dialog.error.isHidden()
    assert dialog.saved_tours.currentText() == "Cong ca dem"
    saved = TourStore(registry).load("CONG CA DEM", OWNER)
    assert (saved.source, saved.dwell_seconds) == (TourSource.LIST, 45)
    assert sorted(s.key for s in saved.stops) == ["0100233488", "2301275957"]

    assert tour.runner.start_named("cong ca dem") is not None  # what `epewall --tour` does
    qtbot.waitUntil(lambda: tour.bar.isVisible())
    assert tour.bar.full_text(tour.bar.now_label) in (
        "On the wall: May mặc Hòa Bình Xanh",
        "On the wall: Minh Long",
    )
    assert tour.bar.full_text(tour.bar.title) == "Page 1 of 2 · tour “Cong ca dem”"
    assert tour.bar.countdown.text() == "0:45"
    with qtbot.waitSignal(tour.runner.failed) as failed:
        assert tour.runner.start_named("Không có") is None
    assert failed.args == ['There is no saved tour named "Không có".']


def open_tours_menu(qtbot: QtBot, window) -> QMenu:
    """Wall > Tours with the mouse."""
    click_menu_bar_entry(qtbot, window, window.menu_wall, window.menu_tours.menuAction())
    menu = window.menu_tours
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    qtbot.waitExposed(menu)
    return menu


def test_the_main_window_runs_a_tour_from_the_wall_menu_and_keeps_its_strip_in_full_screen(
    qtbot: QtBot, registry: Registry
) -> None:
    with shown_main_window(qtbot, registry, ready_store()) as window:
        assert window.menu_tours.title() == "&Tours"
        TourStore(registry).save(TourDefinition("Ca đêm"), window.wall_owner)
        menu = open_tours_menu(qtbot, window)
        assert menu_texts(menu) == [
            "Tour the &risk list",
            "Tour today's &plan",
            "Ca đêm",
            "&Make or change a tour…",
            "&Stop the tour",
        ]
        assert not menu.action_stop.isEnabled()
        choose(qtbot, menu, "Tour the &risk list")
        qtbot.waitUntil(lambda: window.tour_bar.isVisible())
        bar = window.tour_bar
        assert bar.full_text(bar.now_label).startswith("On the wall: Điện tử Sao Việt")
        window.toggle_full_screen()
        qtbot.waitUntil(lambda: window.isFullScreen())
        assert window.tour_bar.isVisible() and not window.site_tree.isVisible()
        window.toggle_full_screen()
        assert window.start_tour("Không có") is False
        box = window.findChild(QMessageBox, "tourError")
        assert box is not None and "Không có" in box.text()
        box.close()
        menu = open_tours_menu(qtbot, window)  # opened again: its entries are still there
        choose(qtbot, menu, "&Stop the tour")
        assert window.tour_bar.isHidden()


def test_a_page_whose_check_needs_a_note_waits_for_it_and_the_tour_goes_on_after(
    qtbot: QtBot, tour: Tour, registry: Registry, clocks: Clocks
) -> None:
    dialog = open_dialog(qtbot, registry, tour.runner)
    type_into_spin(qtbot, dialog.dwell, "10")
    click(qtbot, dialog.start_button)
    bar, panel = tour.bar, tour.panel
    qtbot.waitUntil(lambda: bar.isVisible())
    go_live(tour)
    panel.result.setFocus()
    qtbot.keyClick(panel.result, Qt.Key.Key_Down)  # Normal → Irregularity, by keyboard
    assert panel.result.currentText() == "Irregularity"
    clocks.advance(RESUME_AFTER_S)  # the touch in the panel paused the tour this long
    qtbot.waitUntil(lambda: bar.full_text(bar.paused_label) == "Next page in 0:10.")
    clocks.advance(10)
    # The page may not leave with an irregularity and no note: the tour waits for it.
    wait = "Waiting: finish what you opened (a large tile, the check's findings)."
    qtbot.waitUntil(lambda: bar.full_text(bar.paused_label) == wait)
    assert panel.message.text().startswith("Describe what you saw")
    assert bar.full_text(bar.now_label).startswith("On the wall: Điện tử Sao Việt")
    qtbot.keyClicks(panel.notes, "Xe khong bien so vao kho")
    click(qtbot, panel.end_button)
    clocks.advance(RESUME_AFTER_S)
    qtbot.waitUntil(lambda: bar.full_text(bar.paused_label) == "Next page in 0:05.")
    clocks.advance(MIN_AFTER_RESUME_S)
    qtbot.waitUntil(lambda: bar.full_text(bar.now_label) == "On the wall: Minh Long")
    checks = CheckService(registry, clock=clocks.wall).checks()
    assert [(c.epe_tax_id, c.result.value, c.text) for c in checks] == [
        ("3601234569", "irregularity", "Xe khong bien so vao kho")
    ]
    assert tour.panel.check is not None  # Minh Long's page has its own check now
