"""The warnings dock as an officer uses it: newest first with counts and thumbnails, new ones
arriving, filters, resolving with a note, opening the camera live or in playback, sound off by
default, and a warning taken into the open check in the real main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from app import settings
from app.domain import Camera, Epe
from app.officers.profiles import Role
from app.rotation.ledger import Ledger, RecordKind
from app.sites.registry import Registry
from app.warnings.feed import WarningFeed
from app.warnings.store import DeviceWarning, WarningStore
from app.warnings.topics import WarningKind
from tests.helpers.clicks import choose, click
from tests.helpers.main_window import shown_main_window
from tests.helpers.sites import PIN, SiteBuilder
from widgets.sites.site_tree import NodeKind
from widgets.warnings.dock import COL_EPE, COL_KIND, COL_SNAPSHOT, COL_STATE, WarningsDock

NOW = dt.datetime(2026, 12, 2, 3, 0, tzinfo=dt.UTC)  # 10:00 in Vietnam


def jpeg(path: Path, colour: str = "#3a7") -> Path:
    image = QImage(320, 180, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPG")
    path.write_bytes(bytes(data.data()))
    return path


class Site:
    def __init__(self, registry: Registry, tmp_path: Path) -> None:
        self.builder = SiteBuilder(registry)
        self.lead = self.builder.add_lead()
        self.sao_viet, self.hoa_binh = self.builder.add_two_epes()
        self.cameras: list[Camera] = registry.list_cameras(self.sao_viet.id or 0)
        self.store = WarningStore(registry)
        self.tmp_path = tmp_path

    def warn(
        self,
        epe: Epe,
        camera: int | None,
        kind: WarningKind,
        at: dt.datetime,
        times: int = 1,
        snapshot: bool = True,
    ) -> DeviceWarning:
        assert epe.id is not None
        for i in range(times):
            warning, _new = self.store.record(
                epe.id, camera, kind, at + dt.timedelta(seconds=i), received_at=NOW
            )
        assert warning.id is not None
        if snapshot and camera is not None:
            path = jpeg(self.tmp_path / f"warning-{warning.id}.jpg")
            self.store.set_snapshot(warning.id, str(path), "0" * 64)
        return self.store.get(warning.id)


@pytest.fixture
def site(registry: Registry, tmp_path: Path) -> Site:
    return Site(registry, tmp_path)


class Opened:
    def __init__(self) -> None:
        self.live: list[int] = []
        self.playback: list[tuple[int, dt.datetime]] = []


@pytest.fixture
def opened() -> Opened:
    return Opened()


@pytest.fixture
def dock(qtbot: QtBot, registry: Registry, site: Site, opened: Opened) -> Iterator[WarningsDock]:
    feed = WarningFeed()
    widget = WarningsDock(
        registry,
        feed,
        settings.Settings(),
        lambda: site.lead,
        opened.live.append,
        lambda camera_id, at: opened.playback.append((camera_id, at)),
        clock=lambda: NOW,
    )
    widget.feed = feed  # type: ignore[attr-defined]  # kept alive with the dock
    qtbot.addWidget(widget)
    widget.resize(900, 520)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.queue.wait(10_000)


def shown(qtbot: QtBot, dock: WarningsDock) -> None:
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        dock.reload()


def click_row(qtbot: QtBot, table: QTableWidget, row: int) -> None:
    item = table.item(row, COL_EPE)
    assert item is not None
    rect = table.visualItemRect(item)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: table.currentRow() == row)


def cell(dock: WarningsDock, row: int, column: int) -> str:
    item = dock.table.item(row, column)
    return item.text() if item is not None else ""


def test_newest_first_with_count_thumbnail_and_a_new_warning_arriving_on_top(
    qtbot: QtBot, dock: WarningsDock, site: Site
) -> None:
    site.warn(site.sao_viet, 2, WarningKind.TAMPERING, NOW - dt.timedelta(minutes=5), times=3)
    site.warn(site.hoa_binh, 1, WarningKind.MOTION, NOW - dt.timedelta(minutes=9))
    shown(qtbot, dock)

    assert dock.table.rowCount() == 2
    assert "Sao Việt" in cell(dock, 0, COL_EPE)
    assert cell(dock, 0, COL_KIND) == "Tampering ×3"
    assert cell(dock, 1, COL_KIND) == "Motion"
    thumb = dock.table.item(0, COL_SNAPSHOT)
    assert thumb is not None and not thumb.icon().isNull(), "the snapshot's thumbnail"

    fresh = site.warn(site.sao_viet, 1, WarningKind.VIDEO_LOSS, NOW, snapshot=False)
    dock.feed.listener(fresh, True)  # type: ignore[attr-defined]  # as the manager's writer does
    qtbot.waitUntil(lambda: dock.table.rowCount() == 3, timeout=5_000)
    assert cell(dock, 0, COL_KIND) == "Video loss"
    assert cell(dock, 0, COL_STATE) == "Open"


def test_filters_by_kind_epe_and_open_with_the_mouse(
    qtbot: QtBot, dock: WarningsDock, site: Site
) -> None:
    site.warn(site.sao_viet, 2, WarningKind.TAMPERING, NOW - dt.timedelta(minutes=1))
    site.warn(site.sao_viet, 1, WarningKind.MOTION, NOW - dt.timedelta(minutes=2))
    done = site.warn(site.hoa_binh, 1, WarningKind.MOTION, NOW - dt.timedelta(minutes=3))
    assert done.id is not None
    site.store.resolve(done.id, site.lead.code, "A truck at the gate, declared.", NOW)
    shown(qtbot, dock)
    assert dock.table.rowCount() == 3

    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        choose(qtbot, dock.kind_filter, "Motion")
    assert [cell(dock, r, COL_KIND) for r in range(dock.table.rowCount())] == ["Motion"] * 2

    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        click(qtbot, dock.open_only)
    assert dock.table.rowCount() == 1
    assert "Sao Việt" in cell(dock, 0, COL_EPE)

    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        click(qtbot, dock.open_only)
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        choose(qtbot, dock.epe_filter, "Công ty TNHH May mặc Hòa Bình Xanh")
    assert dock.table.rowCount() == 1
    assert cell(dock, 0, COL_STATE) == "Resolved"


def test_resolving_needs_a_note_and_keeps_it_under_the_officer(
    qtbot: QtBot, dock: WarningsDock, site: Site
) -> None:
    warning = site.warn(site.sao_viet, 2, WarningKind.TAMPERING, NOW - dt.timedelta(minutes=1))
    assert warning.id is not None
    shown(qtbot, dock)
    click_row(qtbot, dock.table, 0)

    click(qtbot, dock.resolve_button)
    assert dock.message.isVisible()
    assert "Write what you found" in dock.message.text()
    assert not site.store.get(warning.id).resolved

    qtbot.keyClicks(dock.note, "Camera turned by the wind; EPE told to fix it.")
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        click(qtbot, dock.resolve_button)
    stored = site.store.get(warning.id)
    assert stored.resolved and stored.resolved_by == site.lead.code
    assert stored.note == "Camera turned by the wind; EPE told to fix it."
    assert cell(dock, 0, COL_STATE) == "Resolved"
    assert not dock.message.isVisible()
    assert not dock.resolve_button.isEnabled()
    # The audit trail says who resolved which warning.
    audited = Ledger(site.store.registry).records(
        RecordKind.AUDIT, "json_extract(payload, '$.action') = ?", ["warning_resolved"]
    )
    assert [(r.payload["officer"], r.payload["details"]["warning"]) for r in audited] == [
        (site.lead.code, warning.id)
    ]


def test_a_view_only_partner_sees_warnings_but_cannot_resolve_them(
    qtbot: QtBot, registry: Registry, site: Site, opened: Opened
) -> None:
    partner = site.builder.add_officer("VO01", "Đối tác xem", Role.VIEW_ONLY)
    warning = site.warn(site.sao_viet, 2, WarningKind.TAMPERING, NOW - dt.timedelta(minutes=1))
    assert warning.id is not None
    feed = WarningFeed()
    dock = WarningsDock(
        registry,
        feed,
        settings.Settings(),
        lambda: partner,
        opened.live.append,
        lambda camera_id, at: opened.playback.append((camera_id, at)),
        clock=lambda: NOW,
    )
    qtbot.addWidget(dock)
    dock.resize(900, 520)
    dock.show()
    qtbot.waitExposed(dock)
    shown(qtbot, dock)
    click_row(qtbot, dock.table, 0)
    qtbot.keyClicks(dock.note, "Looks fine to me.")
    click(qtbot, dock.resolve_button)

    assert "not resolve" in dock.message.text()
    assert not site.store.get(warning.id).resolved


def test_live_and_playback_open_the_warnings_camera_at_its_moment(
    qtbot: QtBot, dock: WarningsDock, site: Site, opened: Opened
) -> None:
    started = NOW - dt.timedelta(minutes=7)
    site.warn(site.sao_viet, 2, WarningKind.MOTION, started, times=2)
    site.warn(site.sao_viet, None, WarningKind.STORAGE_FAILURE, NOW)
    shown(qtbot, dock)

    click_row(qtbot, dock.table, 0)  # the recorder's storage: no camera to open
    assert not dock.live_button.isEnabled() and not dock.playback_button.isEnabled()

    click_row(qtbot, dock.table, 1)
    click(qtbot, dock.live_button)
    click(qtbot, dock.playback_button)
    camera_2 = site.cameras[1].id
    assert opened.live == [camera_2]
    assert opened.playback == [(camera_2, started - dt.timedelta(seconds=5))]


def test_sound_is_off_by_default_and_the_officers_choice_is_kept(
    qtbot: QtBot, dock: WarningsDock, site: Site
) -> None:
    assert not dock.sound.isChecked()
    first = site.warn(site.sao_viet, 1, WarningKind.MOTION, NOW)
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        dock.feed.listener(first, True)  # type: ignore[attr-defined]
    assert dock.beeps == 0

    click(qtbot, dock.sound)
    assert settings.Settings().get(settings.WARNINGS_SOUND) is True
    second = site.warn(site.hoa_binh, 1, WarningKind.INTRUSION, NOW)
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        dock.feed.listener(second, True)  # type: ignore[attr-defined]
    assert dock.beeps == 1


def test_in_the_main_window_a_warning_goes_live_on_the_wall_and_into_the_open_check(
    qtbot: QtBot, registry: Registry, site: Site
) -> None:
    warning = site.warn(site.sao_viet, 2, WarningKind.TAMPERING, NOW, times=2)
    assert warning.id is not None
    with shown_main_window(qtbot, registry) as window:
        dock = window.warnings_dock
        qtbot.waitUntil(lambda: dock.table.rowCount() == 1, timeout=10_000)
        click_dock_tab(qtbot, window, dock)
        assert in_sight(dock)
        click_row(qtbot, dock.table, 0)

        click(qtbot, dock.live_button)
        assert window.wall.model.cell_of(site.cameras[1].id or 0) is not None

        # No check of Sao Việt open: the officer is told, nothing is resolved.
        window.rotation_session.logged_in(window.officer_session.login(site.lead.code, PIN))
        qtbot.keyClicks(dock.note, "Lens covered for 10 s.")
        click(qtbot, dock.check_button)
        assert "Start a check of Công ty TNHH Điện tử Sao Việt first" in dock.message.text()
        assert not site.store.get(warning.id).resolved

        window.site_tree.select(NodeKind.EPE, site.sao_viet.id or 0)
        click(qtbot, window.check_panel.start_button)
        qtbot.waitUntil(lambda: window.check_panel.check is not None, timeout=5_000)
        with qtbot.waitSignal(dock.loaded, timeout=10_000):
            click(qtbot, dock.check_button)
        notes = window.check_panel.notes.toPlainText()
        assert "Device warning: Tampering, No. 2" in notes and "Lens covered" in notes
        stored = site.store.get(warning.id)
        assert stored.resolved and "Taken into the check" in stored.note


def in_sight(widget: QWidget) -> bool:
    """What the officer can see: a dock behind another tab stays "visible" to Qt, only moved
    out of the window."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def click_dock_tab(qtbot: QtBot, window: QMainWindow, dock: QDockWidget) -> None:
    """Click the tab of ``dock`` among the main window's tabbed docks."""
    for bar in window.findChildren(QTabBar):
        for index in range(bar.count()):
            if bar.tabText(index) == dock.windowTitle() and bar.isVisible():
                rect = bar.tabRect(index)
                qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=rect.center())
                qtbot.waitUntil(lambda: in_sight(dock), timeout=2_000)
                return
    raise AssertionError(f"no tab for {dock.windowTitle()!r}")


def test_the_warnings_share_the_space_under_the_wall_and_a_new_one_comes_to_the_front(
    qtbot: QtBot, registry: Registry, site: Site
) -> None:
    with shown_main_window(qtbot, registry) as window:
        dock, board = window.warnings_dock, window.status_board
        # Under the wall with the status board, not beside the wall where it squeezed it.
        assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
        assert dock in window.tabifiedDockWidgets(board)
        qtbot.waitUntil(lambda: in_sight(board) and not in_sight(dock), timeout=2_000)

        warning = site.warn(site.sao_viet, 2, WarningKind.TAMPERING, NOW)
        window.warnings_service.feed.arrived.emit(warning, True)
        qtbot.waitUntil(lambda: in_sight(dock), timeout=2_000)
        # The officer goes back to the board with its tab; the same warning again does not
        # pull the tab away from them, a new one does.
        click_dock_tab(qtbot, window, board)
        window.warnings_service.feed.arrived.emit(warning, False)
        assert in_sight(board) and not in_sight(dock)


def test_a_storm_moves_its_row_to_the_top_and_the_selection_stays_on_that_warning(
    qtbot: QtBot, dock: WarningsDock, site: Site
) -> None:
    storm = site.warn(site.sao_viet, 2, WarningKind.TAMPERING, NOW - dt.timedelta(seconds=50))
    site.warn(site.hoa_binh, 1, WarningKind.MOTION, NOW - dt.timedelta(seconds=40))
    shown(qtbot, dock)
    click_row(qtbot, dock.table, 1)
    assert "Tampering" in dock.details.text()

    assert site.sao_viet.id is not None
    again, new = site.store.record(site.sao_viet.id, 2, WarningKind.TAMPERING, NOW)
    assert not new and again.id == storm.id
    dock.feed.listener(again, new)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: cell(dock, 0, COL_KIND) == "Tampering ×2", timeout=5_000)
    assert dock.table.rowCount() == 2
    assert cell(dock, 1, COL_KIND) == "Motion"
    selected = dock.selected()
    assert selected is not None and selected.id == storm.id
    assert "(2 events)" in dock.details.text()


def test_in_the_main_window_playback_opens_at_the_warnings_moment_hours_ago(
    qtbot: QtBot, registry: Registry, site: Site
) -> None:
    moment = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=3)
    site.warn(site.hoa_binh, 1, WarningKind.INTRUSION, moment)
    with shown_main_window(qtbot, registry) as window:
        dock = window.warnings_dock
        qtbot.waitUntil(lambda: dock.table.rowCount() == 1, timeout=10_000)
        window.rotation_session.logged_in(window.officer_session.login(site.lead.code, PIN))
        click_row(qtbot, dock.table, 0)
        click(qtbot, dock.playback_button)
        view = window.playback.view
        assert view is not None and view.isVisible()
        try:
            start, end = view.search_range()
            # The minutes around the warning, not the last ten minutes before now.
            assert start <= moment - dt.timedelta(seconds=5) <= end
            assert end < dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
            assert view.selected_cameras() == [1]
        finally:
            view.close()
