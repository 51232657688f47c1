"""File > Settings: the officer changes the language and the health monitor's figures with the
mouse and keyboard; a value out of range is refused under its field and nothing is written."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from app import paths, settings
from app.sites.registry import Registry
from tests.helpers.clicks import choose, click
from tests.helpers.main_window import shown_main_window
from tests.helpers.menus import click_menu_bar_entry
from widgets.main_window import MainWindow
from widgets.support.settings_dialog import SettingsDialog


@pytest.fixture
def window(qtbot: QtBot, registry: Registry) -> Iterator[MainWindow]:
    with shown_main_window(qtbot, registry) as main:
        yield main


def _open(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    click_menu_bar_entry(qtbot, window, window.menu_file, window.action_settings)
    qtbot.waitUntil(lambda: isinstance(window._dialog, SettingsDialog))
    dialog = window._dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _retype(
    qtbot: QtBot, dialog: SettingsDialog, setting: settings.Setting[int], text: str
) -> None:
    field = dialog.numbers[setting.key]
    click(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_a_value_out_of_range_is_refused_under_its_field_and_nothing_is_written(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _open(qtbot, window)
    assert dialog.numbers[settings.HEALTH_POLL_SECONDS.key].text() == "120"
    assert str(paths.data_dir()) in dialog.folders.text()
    _retype(qtbot, dialog, settings.HEALTH_POLL_SECONDS, "5")
    _retype(qtbot, dialog, settings.HEALTH_OPEN_AFTER_MINUTES, "10 phut")
    _retype(qtbot, dialog, settings.HEALTH_CONCURRENCY, "8")
    click(qtbot, dialog.save_button())

    assert dialog.isVisible()
    poll_error = dialog.errors[settings.HEALTH_POLL_SECONDS.key]
    assert poll_error.isVisible() and poll_error.text() == "Enter a whole number from 10 to 3600."
    open_error = dialog.errors[settings.HEALTH_OPEN_AFTER_MINUTES.key]
    assert open_error.text() == "Enter a whole number from 1 to 1440."
    assert not dialog.errors[settings.HEALTH_CONCURRENCY.key].isVisible()
    stored = settings.Settings()
    assert not stored.is_set(settings.HEALTH_CONCURRENCY)  # all or nothing
    assert not stored.is_set(settings.HEALTH_POLL_SECONDS)

    _retype(qtbot, dialog, settings.HEALTH_POLL_SECONDS, "300")
    _retype(qtbot, dialog, settings.HEALTH_OPEN_AFTER_MINUTES, "30")
    # On its box: the check box spans the dialog, its text does not.
    qtbot.mouseClick(
        dialog.sound, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.sound.height() // 2)
    )
    click(qtbot, dialog.save_button())

    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = settings.Settings()
    assert stored.get(settings.HEALTH_POLL_SECONDS) == 300
    assert stored.get(settings.HEALTH_OPEN_AFTER_MINUTES) == 30
    assert stored.get(settings.HEALTH_CONCURRENCY) == 8
    assert stored.get(settings.WARNINGS_SOUND) is True


def test_the_language_chosen_applies_at_once_and_is_kept(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    assert dialog.language.currentText() == "Tiếng Việt"  # the default setting
    choose(qtbot, dialog.language, "English")
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File", timeout=5000)
    assert settings.Settings().get(settings.LANGUAGE) == "en"

    dialog = _open(qtbot, window)
    choose(qtbot, dialog.language, "Tiếng Việt")
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: window.menu_file.title() == "&Tệp", timeout=5000)
    assert window.action_settings.text() == "&Thiết lập…"
    assert settings.Settings().get(settings.LANGUAGE) == "vi"
