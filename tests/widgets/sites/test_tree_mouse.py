"""The site tree driven with the mouse, as an officer does: a click selects for the whole window
(check panel, menus), a double-click puts cameras on the wall without folding the EPE, the
right-click menu has live and playback, and each camera row shows its state on the wall."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.domain import CameraPosition, Epe
from app.officers.profiles import Role
from app.sites.registry import Registry
from app.timekeeping import local_day
from app.wall.channels import ChannelState
from tests.helpers.main_window import shown_main_window
from tests.helpers.menus import choose, open_tile_menu, right_click
from tests.helpers.officer_login import type_pin_and_submit
from tests.helpers.sites import PIN, SiteBuilder
from widgets.main_window import MainWindow
from widgets.sites.site_tree import ID_ROLE, STATE_COLUMN, SiteTree


@pytest.fixture
def registry(epewall_home: Path) -> Iterator[Registry]:
    reg = Registry()
    build = SiteBuilder(reg)
    build.add_two_epes((3, CameraPosition.OTHER, "Nhà ăn"))
    build.add_lead("TL01", "Trần Thị Hạnh")
    build.add_officer("CB01", "Nguyễn Văn An")
    build.add_officer("XN01", "Đối tác Xem", Role.VIEW_ONLY)  # a partner agency
    yield reg
    reg.close()


@pytest.fixture
def window(qtbot: QtBot, registry: Registry) -> Iterator[MainWindow]:
    with shown_main_window(qtbot, registry, size=(1280, 800)) as main:
        yield main


def log_in(qtbot: QtBot, window: MainWindow, code: str) -> None:
    dialog = window.rotation.switch_officer()
    dialog.select_officer(code)
    with qtbot.waitSignal(window.officer_changed, timeout=10_000):
        type_pin_and_submit(qtbot, dialog, PIN)


def row_of(tree: SiteTree, text: str, parent: QModelIndex | None = None) -> QModelIndex:
    """The tree row (column 0) that shows ``text``."""
    parent = parent or QModelIndex()
    model = tree.proxy
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data() == text:
            return index
        found = row_of(tree, text, index)
        if found.isValid():
            return found
    return QModelIndex()


def click_row(qtbot: QtBot, tree: SiteTree, text: str) -> QPoint:
    index = row_of(tree, text)
    assert index.isValid(), text
    point = tree.view.visualRect(index).center()
    qtbot.mouseClick(tree.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    return point


def right_click_row(qtbot: QtBot, tree: SiteTree, text: str) -> QMenu:
    index = row_of(tree, text)
    assert index.isValid(), text
    right_click(qtbot, tree.view.viewport(), tree.view.visualRect(index).center())
    menu = tree.context_menu
    assert menu is not None
    qtbot.waitExposed(menu)
    return menu


def enabled_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if a.isEnabled() and not a.isSeparator()]


def test_a_clicked_epe_is_the_epe_the_check_panel_and_the_menu_act_on(
    qtbot: QtBot, window: MainWindow
) -> None:
    log_in(qtbot, window, "CB01")
    panel = window.check_panel
    qtbot.waitUntil(panel.isVisible, timeout=5_000)
    assert not panel.start_button.isEnabled()

    click_row(qtbot, window.site_tree, "Công ty TNHH Điện tử Sao Việt")

    assert panel.epe_label.text() == "Selected EPE: Công ty TNHH Điện tử Sao Việt (3601234569)"
    assert panel.start_button.isEnabled() and panel.start_button.isVisibleTo(window)
    assert panel.action_start.isEnabled()
    menu = right_click_row(qtbot, window.site_tree, "Công ty TNHH Điện tử Sao Việt")
    assert {"&Live view", "Play&back", "&Edit EPE…", "Set acc&ount…"} <= set(enabled_texts(menu))
    assert "Ed&it camera…" not in enabled_texts(menu)
    menu.close()

    click_row(qtbot, window.site_tree, "2. Bãi thành phẩm")
    menu = right_click_row(qtbot, window.site_tree, "2. Bãi thành phẩm")
    assert {"&Live view", "Ed&it camera…", "De&lete camera…"} <= set(enabled_texts(menu))
    menu.close()
    # The camera's EPE stays the one to check.
    assert panel.epe_label.text() == "Selected EPE: Công ty TNHH Điện tử Sao Việt (3601234569)"


def test_playback_is_greyed_on_the_tree_for_a_role_that_may_not_play_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.wall.assign_camera(0, int(row_of(window.site_tree, "2. Bãi thành phẩm").data(ID_ROLE)))
    tile = window.wall.tile_at(0)
    assert tile is not None
    log_in(qtbot, window, "XN01")
    for row in ("Công ty TNHH Điện tử Sao Việt", "2. Bãi thành phẩm"):
        click_row(qtbot, window.site_tree, row)
        menu = right_click_row(qtbot, window.site_tree, row)
        assert "&Live view" in enabled_texts(menu)
        assert "Play&back" not in enabled_texts(menu)
        menu.close()
    menu = open_tile_menu(qtbot, tile)  # the tile's entry follows the same rule
    assert "Play back from 30 s ago" not in enabled_texts(menu)
    menu.close()

    log_in(qtbot, window, "CB01")  # an officer at the same desk: the entries come back
    menu = right_click_row(qtbot, window.site_tree, "2. Bãi thành phẩm")
    assert "Play&back" in enabled_texts(menu)
    menu.close()
    menu = open_tile_menu(qtbot, tile)
    assert "Play back from 30 s ago" in enabled_texts(menu)
    menu.close()


def test_live_view_from_the_right_click_menu_puts_the_camera_on_the_wall(
    qtbot: QtBot, window: MainWindow
) -> None:
    camera_id = int(row_of(window.site_tree, "2. Bãi thành phẩm").data(ID_ROLE))
    menu = right_click_row(qtbot, window.site_tree, "2. Bãi thành phẩm")
    choose(qtbot, menu, "&Live view")
    assert window.wall.model.camera_at(0) == camera_id


def test_double_clicking_an_epe_puts_its_cameras_on_the_wall_and_keeps_it_open(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    tree = window.site_tree
    epe = row_of(tree, "Công ty TNHH Điện tử Sao Việt")
    assert tree.view.isExpanded(epe)
    point = click_row(qtbot, tree, "Công ty TNHH Điện tử Sao Việt")
    qtbot.mouseDClick(tree.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert tree.view.isExpanded(row_of(tree, "Công ty TNHH Điện tử Sao Việt"))
    sao_viet = registry.find_epe("3601234569")
    assert isinstance(sao_viet, Epe)
    online = [c.id for c in registry.list_cameras(sao_viet.id) if c.must_be_online]
    assert list(window.wall.model.cameras[:2]) == online


def state_of(tree: SiteTree, text: str) -> tuple[str, str]:
    """The wall column of a row: its text and its tooltip."""
    index = row_of(tree, text)
    cell = index.siblingAtColumn(STATE_COLUMN)
    return str(cell.data() or ""), str(cell.data(Qt.ItemDataRole.ToolTipRole) or "")


def test_each_camera_row_says_whether_it_is_on_the_wall_and_online(
    qtbot: QtBot, window: MainWindow
) -> None:
    tree = window.site_tree
    assert state_of(tree, "1. Cổng chính") == ("", "Not on the wall")
    assert state_of(tree, "Công ty TNHH Điện tử Sao Việt") == ("", "")

    point = click_row(qtbot, tree, "1. Cổng chính")
    qtbot.mouseDClick(tree.view.viewport(), Qt.MouseButton.LeftButton, pos=point)

    camera_id = int(row_of(tree, "1. Cổng chính").data(ID_ROLE))
    # Nothing listens at the EPE's address: the stream fails, and the tree says so.
    qtbot.waitUntil(lambda: tree.channel_state(camera_id) is ChannelState.OFFLINE, timeout=5_000)
    assert state_of(tree, "1. Cổng chính") == ("", "Offline")
    assert state_of(tree, "2. Bãi thành phẩm") == ("", "Not on the wall")
    assert state_of(tree, "Công ty TNHH Điện tử Sao Việt") == (
        "0/1",
        "0 of the 1 cameras of this EPE on the wall are online",
    )
    assert state_of(tree, "Công ty TNHH May mặc Hòa Bình Xanh") == ("", "")


def playback_opened_on(window: MainWindow, epe_name: str, numbers: list[int]) -> bool:
    view = window.playback.view
    return (
        view is not None
        and view.isVisible()
        and view.epe_combo.toolTip().startswith(epe_name)
        and view.selected_cameras() == numbers
    )


def test_playback_from_the_tree_and_from_a_tile_opens_that_camera_30_s_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    log_in(qtbot, window, "CB01")
    tree = window.site_tree
    click_row(qtbot, tree, "2. Bãi thành phẩm")
    menu = right_click_row(qtbot, tree, "2. Bãi thành phẩm")
    before = dt.datetime.now(dt.UTC)
    choose(qtbot, menu, "Play&back")
    qtbot.waitUntil(
        lambda: playback_opened_on(window, "Công ty TNHH Điện tử Sao Việt", [2]), timeout=5_000
    )
    view = window.playback.view
    assert view is not None
    start, end = view.search_range()
    # The timeline ends now and shows the minutes before; the replay starts 30 s back once
    # the recorder has answered (no recorder here: the view says so).
    assert before - dt.timedelta(seconds=60) <= end <= dt.datetime.now(dt.UTC)
    assert dt.timedelta(minutes=9) <= end - start <= dt.timedelta(minutes=11)
    # The calendar marks the day searched.
    selected = view.calendar.selectedDate()
    assert (selected.year(), selected.month(), selected.day()) == local_day(start).timetuple()[:3]
    view.close()
    qtbot.waitUntil(lambda: window.playback.view is None, timeout=5_000)

    camera_id = int(row_of(tree, "1. Cổng").data(ID_ROLE))
    window.wall.assign_camera(0, camera_id)
    tile = window.wall.tile_at(0)
    assert tile is not None
    choose(qtbot, open_tile_menu(qtbot, tile), "Play back from 30 s ago")
    qtbot.waitUntil(
        lambda: playback_opened_on(window, "Công ty TNHH May mặc Hòa Bình Xanh", [1]),
        timeout=5_000,
    )
