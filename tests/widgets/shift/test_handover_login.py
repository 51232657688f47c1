"""At login on the workstation where a shift was handed over, the next officer reads the note
and acknowledges it (a record in the check log); the officer who wrote it is not asked; the
Shift menu opens the handover dialog."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.shift.handover import last_handover
from app.sites.registry import Registry
from tests.helpers.clicks import click
from tests.helpers.handover import ShiftSite, shift_site
from tests.helpers.main_window import shown_main_window
from tests.helpers.menus import choose
from tests.helpers.officer_login import type_pin_and_submit
from tests.helpers.sites import PIN
from widgets.main_window import MainWindow


@pytest.fixture
def shift(registry: Registry) -> ShiftSite:
    site = shift_site(registry)
    officer = site.site.officer
    site.book.sign(officer, site.book.compose(officer, []), "Camera 3 vẫn gián đoạn.")
    return site


@pytest.fixture
def window(qtbot: QtBot, shift: ShiftSite) -> Iterator[MainWindow]:
    with shown_main_window(qtbot, shift.site.registry, size=(1280, 800)) as main:
        yield main


def log_in(qtbot: QtBot, window: MainWindow, code: str) -> None:
    dialog = window.rotation.switch_officer()
    dialog.select_officer(code)
    with qtbot.waitSignal(window.officer_changed, timeout=10_000):
        type_pin_and_submit(qtbot, dialog, PIN)


def test_the_next_officer_acknowledges_the_handover_at_login(
    qtbot: QtBot, window: MainWindow, shift: ShiftSite
) -> None:
    views = window.handover_views
    log_in(qtbot, window, "CB01")  # who wrote it: nothing to acknowledge
    qtbot.wait_until(lambda: views.queue.wait(0), timeout=10_000)
    assert views.acknowledge is None

    log_in(qtbot, window, "TL01")
    qtbot.waitUntil(
        lambda: views.acknowledge is not None and views.acknowledge.isVisible(), timeout=10_000
    )
    dialog = views.acknowledge
    assert dialog is not None
    assert "Camera 3 vẫn gián đoạn." in dialog.view.toPlainText()
    assert "Nguyễn Văn An" in dialog.heading.text()
    with qtbot.waitSignal(dialog.acknowledged, timeout=10_000):
        click(qtbot, dialog.read_button)
    qtbot.waitUntil(lambda: views.acknowledge is None, timeout=10_000)
    read = last_handover(shift.site.registry)
    assert read is not None and read.acknowledged_by == "TL01"

    # Logging in again finds nothing pending.
    log_in(qtbot, window, "CB01")
    log_in(qtbot, window, "TL01")
    qtbot.wait_until(lambda: views.queue.wait(0), timeout=10_000)
    assert views.acknowledge is None


def test_the_shift_menu_opens_the_handover_dialog(qtbot: QtBot, window: MainWindow) -> None:
    views = window.handover_views
    assert not views.action_handover.isEnabled()  # nobody logged in
    log_in(qtbot, window, "XEM1")  # a partner agency hands nothing over
    assert not views.action_handover.isEnabled()
    log_in(qtbot, window, "CB01")
    assert views.action_handover.isEnabled() and not views.action_day.isEnabled()
    menu: QMenu = window.menu_shift
    bar = window.menuBar()
    click_at = bar.actionGeometry(menu.menuAction()).center()
    from PySide6.QtCore import Qt

    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=click_at)
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    choose(qtbot, menu, "&Hand over the shift…")
    qtbot.waitUntil(lambda: views.dialog is not None and views.dialog.isVisible(), timeout=5_000)
    dialog = views.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.sign_button.isEnabled, timeout=15_000)
    assert "Xe tải đỗ trước cửa kho" in dialog.preview.toPlainText()
    dialog.reject()
