"""A tour over the risk list of the demo registry on the simulated site (issue #15's e2e, the
tour's part): the officer starts it from Wall > Tours with the mouse, the wall walks three pages
(Đông Phương, rated high, then Minh Long and Sao Việt, rated medium) with real streams, and each
EPE's check in the log lists the cameras that were live on its page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.media.stream import StreamState
from app.rotation.checks import CheckReason
from app.secrets import CredentialStore
from app.sites.demo import register_site
from app.sites.registry import Registry
from tests.helpers.keyring import require_throwaway_keyring
from tests.helpers.main_window import shown_main_window
from tests.helpers.menus import click_menu_bar_entry
from tests.helpers.sim_fixtures import SiteFactory
from widgets.main_window import MainWindow
from widgets.wall.tour_dialog import TourDialog

pytestmark = pytest.mark.e2e


@pytest.fixture
def demo(
    sim_site_factory: SiteFactory, epewall_home: Path
) -> Iterator[tuple[Registry, CredentialStore]]:
    require_throwaway_keyring()
    site = sim_site_factory().description
    registry, store = Registry(), CredentialStore()
    for _step in register_site(registry, store, site):
        pass
    yield registry, store
    registry.close()


def open_tour_dialog(qtbot: QtBot, window: MainWindow) -> TourDialog:
    click_menu_bar_entry(qtbot, window, window.menu_wall, window.menu_tours.menuAction())
    menu = window.menu_tours
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    qtbot.waitExposed(menu)
    action = menu.action_dialog
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: isinstance(window._dialog, TourDialog), timeout=5_000)
    dialog = window._dialog
    assert isinstance(dialog, TourDialog)
    qtbot.waitExposed(dialog)
    return dialog


def all_live(window: MainWindow) -> bool:
    tiles = window.wall.tiles()
    return bool(tiles) and all(t.stream.status.state is StreamState.LIVE for t in tiles)


def test_a_risk_list_tour_walks_three_live_pages_and_records_the_cameras_watched(
    qtbot: QtBot, demo: tuple[Registry, CredentialStore]
) -> None:
    registry, store = demo
    with shown_main_window(qtbot, registry, store, size=(1366, 768)) as window:
        with qtbot.waitSignal(window.officer_changed, timeout=10_000):
            window.rotation.start(demo=True)  # the demo's team lead, who records checks
        dialog = open_tour_dialog(qtbot, window)
        dialog.dwell.setFocus()
        qtbot.keyClick(dialog.dwell.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.dwell.lineEdit(), "600")  # the officer moves on with Next
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        bar = window.tour_bar
        qtbot.waitUntil(bar.isVisible, timeout=10_000)

        seen: list[tuple[str, list[int]]] = []
        for page in range(1, 4):
            title = f"Page {page} of 3"
            qtbot.waitUntil(lambda t=title: t in bar.full_text(bar.title), timeout=10_000)
            qtbot.waitUntil(lambda: all_live(window), timeout=30_000)
            seen.append(
                (bar.full_text(bar.now_label), [t.info.diagram_number for t in window.wall.tiles()])
            )
            qtbot.mouseClick(
                bar.stop_button if page == 3 else bar.next_button, Qt.MouseButton.LeftButton
            )
        qtbot.waitUntil(bar.isHidden, timeout=5_000)

        assert seen == [
            ("On the wall: Linh kiện Chính xác Đông Phương", [1, 2, 3, 4, 5]),
            ("On the wall: Bao bì Minh Long", [1, 2, 3, 4]),  # B before Đ, as Vietnamese sorts
            ("On the wall: Điện tử Sao Việt", [1, 2, 3, 4, 5]),
        ]
        checks = window.rotation_session.checks.checks()
        assert [(c.epe_name.split()[-1], c.reason) for c in checks] == [
            ("Phương", CheckReason.RISK_LIST),
            ("Long", CheckReason.RISK_LIST),
            ("Việt", CheckReason.RISK_LIST),
        ]
        for check, (_title, numbers) in zip(checks, seen, strict=True):
            assert sorted({w.diagram_number for w in check.cameras}) == numbers
            assert all(w.mode == "live" for w in check.cameras)
        assert window.wall.tiles() == []  # the empty wall from before the tour is back
