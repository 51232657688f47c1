"""In the main window: an officer who logs in with an overdue interruption is told so by a
notice that does not block the wall, and opens the register from it or from the menu."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.interruptions.model import InterruptionKind
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.clicks import click
from tests.helpers.interruptions import RegisterSite, register_site
from tests.helpers.main_window import shown_main_window
from tests.helpers.officer_login import type_pin_and_submit
from tests.helpers.sites import PIN
from widgets.main_window import MainWindow

# Long before any day this test runs: the record is overdue whatever today is.
LONG_AGO = dt.datetime(2026, 1, 5, 9, 0, tzinfo=VIETNAM)


@pytest.fixture
def site(registry: Registry) -> RegisterSite:
    site = register_site(registry, now=LONG_AGO)
    site.register.open(
        site.alpha.id or 0,
        InterruptionKind.TRANSMISSION,
        [1],
        LONG_AGO,
        officer_code="CB01",
        cause="Đứt cáp",
    )
    return site


@pytest.fixture
def window(qtbot: QtBot, site: RegisterSite) -> Iterator[MainWindow]:
    with shown_main_window(qtbot, site.registry, size=(1280, 800)) as main:
        yield main
        if main.interruption_views.window is not None:
            main.interruption_views.window.queue.wait(10_000)


def log_in(qtbot: QtBot, window: MainWindow, code: str) -> None:
    dialog = window.rotation.switch_officer()
    dialog.select_officer(code)
    with qtbot.waitSignal(window.officer_changed, timeout=10_000):
        type_pin_and_submit(qtbot, dialog, PIN)


def test_the_login_notice_opens_the_register(qtbot: QtBot, window: MainWindow) -> None:
    views = window.interruption_views
    assert not views.action_register.isEnabled()  # nobody logged in
    log_in(qtbot, window, "CB01")
    qtbot.waitUntil(lambda: views.notice is not None and views.notice.isVisible(), timeout=10_000)
    notice = views.notice
    assert notice is not None and not notice.isModal()
    assert "1 past the deadline" in notice.text.text()
    click(qtbot, notice.button_open)
    qtbot.waitUntil(
        lambda: views.window is not None and views.window.table.rowCount() == 1, timeout=10_000
    )
    register = views.window
    assert register is not None and register.isVisible()
    assert register.table.item(0, 6).text() == "Overdue"
    assert register.button_open.isEnabled()


def test_the_menu_entry_follows_the_role(qtbot: QtBot, window: MainWindow) -> None:
    views = window.interruption_views
    assert window.menu_interruptions.title() == "&Interruptions"
    log_in(qtbot, window, "XEM1")  # a partner agency: watches live images and nothing else
    assert not views.action_register.isEnabled() and views.notice is None
    log_in(qtbot, window, "TL01")
    assert views.action_register.isEnabled()
    window.menu_interruptions.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(window.menu_interruptions.isVisible)
    rect = window.menu_interruptions.actionGeometry(views.action_register)
    qtbot.mouseClick(window.menu_interruptions, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: views.window is not None and views.window.isVisible())
    assert views.window is not None and views.window.button_open.isEnabled()
    qtbot.waitUntil(lambda: views.window is not None and views.window.table.rowCount() == 1)
