"""File > Settings: the officer changes the language, the health monitor's figures, the live
streams' timeouts, the snapshot folder and the data folder with the mouse and keyboard; a wrong
value is refused under its field and nothing is written."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app import paths, settings
from app.evidence.snapshots import SnapshotBook
from app.sites.registry import Registry
from tests.helpers.clicks import choose, click
from tests.helpers.main_window import shown_main_window
from tests.helpers.menus import click_menu_bar_entry
from tests.helpers.sites import SiteBuilder
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
    _type_into(qtbot, dialog.numbers[setting.key], text)


def _type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    click(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def _show_tab(qtbot: QtBot, dialog: SettingsDialog, tab: QWidget) -> None:
    bar = dialog.tabs.tabBar()
    index = dialog.tabs.indexOf(tab)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(tab.isVisible)


def test_a_value_out_of_range_is_refused_under_its_field_and_nothing_is_written(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _open(qtbot, window)
    assert dialog.numbers[settings.HEALTH_POLL_SECONDS.key].text() == "120"
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


def test_stream_timeouts_out_of_range_are_refused_and_good_ones_kept(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _open(qtbot, window)
    _show_tab(qtbot, dialog, dialog.streams_tab)
    assert dialog.numbers[settings.STREAM_STALL_TIMEOUT_SECONDS.key].text() == "5"
    _retype(qtbot, dialog, settings.STREAM_STALL_TIMEOUT_SECONDS, "1")
    _retype(qtbot, dialog, settings.STREAM_RECONNECT_MAX_SECONDS, "30")
    _show_tab(qtbot, dialog, dialog.general_tab)
    click(qtbot, dialog.save_button())

    # Back on the tab of the wrong field, the reason under it; nothing stored.
    qtbot.waitUntil(dialog.streams_tab.isVisible)
    stall_error = dialog.errors[settings.STREAM_STALL_TIMEOUT_SECONDS.key]
    assert stall_error.isVisible() and stall_error.text() == "Enter a whole number from 2 to 60."
    assert not settings.Settings().is_set(settings.STREAM_RECONNECT_MAX_SECONDS)

    _retype(qtbot, dialog, settings.STREAM_STALL_TIMEOUT_SECONDS, "3")
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = settings.Settings()
    assert stored.get(settings.STREAM_STALL_TIMEOUT_SECONDS) == 3
    assert stored.get(settings.STREAM_RECONNECT_MAX_SECONDS) == 30


def test_the_snapshot_folder_chosen_is_where_the_next_snapshot_goes(
    qtbot: QtBot, window: MainWindow, registry: Registry, tmp_path: Path
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder", encoding="utf-8")
    dialog = _open(qtbot, window)
    _show_tab(qtbot, dialog, dialog.folders_tab)
    _type_into(qtbot, dialog.snapshot_folder, str(a_file / "snapshots"))
    click(qtbot, dialog.save_button())
    assert dialog.isVisible()
    assert dialog.snapshot_error.isVisible()
    assert "cannot write in this folder" in dialog.snapshot_error.text()
    assert not settings.Settings().is_set(settings.SNAPSHOT_FOLDER)

    chosen = tmp_path / "bang chung" / "anh chup"
    _type_into(qtbot, dialog.snapshot_folder, str(chosen))
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert chosen.is_dir()  # created, and proved writable
    assert SnapshotBook(registry).folder == chosen


@pytest.fixture
def platform_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The folders of an installed workstation (platformdirs, no EPEWALL_HOME), under tmp_path."""
    monkeypatch.delenv(paths.HOME_ENV)
    for kind in ("DATA", "CONFIG", "CACHE", "STATE"):
        monkeypatch.setenv(f"XDG_{kind}_HOME", str(tmp_path / kind.lower()))
    paths.forget_data_pointer()
    yield tmp_path
    paths.forget_data_pointer()


def test_the_officer_moves_the_data_and_the_next_start_opens_it_there(
    qtbot: QtBot, platform_folders: Path
) -> None:
    old = paths.data_dir()
    registry = Registry()
    SiteBuilder(registry).add_two_epes()
    (old / "snapshots").mkdir()
    (old / "snapshots" / "cong.png").write_bytes(b"\x89PNG picture")
    target = platform_folders / "o D" / "epewall-data"
    try:
        with shown_main_window(qtbot, registry) as window:
            dialog = _open(qtbot, window)
            _show_tab(qtbot, dialog, dialog.folders_tab)
            assert str(old) in dialog.folders.text()
            assert not dialog.move_button.isEnabled()
            _type_into(qtbot, dialog.new_data_folder, str(old))
            qtbot.keyClick(dialog.new_data_folder, Qt.Key.Key_Return)
            qtbot.waitUntil(
                lambda: dialog.data_error.text() == "This is the data folder in use now."
            )
            assert not dialog.move_button.isEnabled()

            _type_into(qtbot, dialog.new_data_folder, str(target))
            qtbot.keyClick(dialog.new_data_folder, Qt.Key.Key_Return)
            qtbot.waitUntil(dialog.move_button.isEnabled)
            assert not dialog.use_button.isEnabled()  # an empty folder has nothing to use
            with qtbot.waitSignal(dialog.data_folder_changed, timeout=20_000) as changed:
                click(qtbot, dialog.move_button)
            assert changed.args == [str(target)]
            assert "start it again" in dialog.data_state.text()
            assert paths.data_dir() == old  # this run keeps its folder
    finally:
        registry.close()

    copy = sqlite3.connect(target / "epewall.sqlite3")
    try:
        names = {row[0] for row in copy.execute("SELECT name FROM epes")}
    finally:
        copy.close()
    assert names == {"Công ty TNHH Điện tử Sao Việt", "Công ty TNHH May mặc Hòa Bình Xanh"}
    assert (target / "snapshots" / "cong.png").read_bytes() == b"\x89PNG picture"
    assert (old / "epewall.sqlite3").exists()  # the old folder is left as it was

    paths.forget_data_pointer()  # as the next start does
    assert paths.data_dir() == target
    assert paths.database_path() == target / "epewall.sqlite3"
    restarted = Registry()
    try:
        assert len(restarted.list_epes()) == 2
    finally:
        restarted.close()


def test_a_folder_that_cannot_be_written_is_refused_and_the_data_stays(
    qtbot: QtBot, platform_folders: Path
) -> None:
    old = paths.data_dir()
    registry = Registry()
    SiteBuilder(registry).add_two_epes()
    a_file = platform_folders / "a-file"
    a_file.write_text("a file where a folder should be", encoding="utf-8")
    try:
        with shown_main_window(qtbot, registry) as window:
            dialog = _open(qtbot, window)
            _show_tab(qtbot, dialog, dialog.folders_tab)
            _type_into(qtbot, dialog.new_data_folder, str(a_file / "epewall-data"))
            qtbot.keyClick(dialog.new_data_folder, Qt.Key.Key_Return)
            qtbot.waitUntil(dialog.data_error.isVisible)
            assert "cannot write in this folder" in dialog.data_error.text()
            assert not dialog.move_button.isEnabled()
            assert not dialog.use_button.isEnabled()
    finally:
        registry.close()
    assert not paths.data_pointer_path().exists()
    paths.forget_data_pointer()
    assert paths.data_dir() == old
    again = Registry()
    try:
        assert len(again.list_epes()) == 2
    finally:
        again.close()


def test_the_data_folder_is_not_changed_here_while_epewall_home_decides_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _open(qtbot, window)
    _show_tab(qtbot, dialog, dialog.folders_tab)
    assert not dialog.new_data_folder.isEnabled()
    assert not dialog.move_button.isEnabled()
    assert "EPEWALL_HOME" in dialog.data_state.text()


def test_an_existing_epewall_folder_is_used_as_it_is_from_the_next_start(
    qtbot: QtBot, platform_folders: Path
) -> None:
    other = platform_folders / "chi cuc" / "epewall"
    other.mkdir(parents=True)
    theirs = Registry(other / "epewall.sqlite3")
    SiteBuilder(theirs).add_two_epes()
    theirs.close()
    registry = Registry()
    try:
        with shown_main_window(qtbot, registry) as window:
            dialog = _open(qtbot, window)
            _show_tab(qtbot, dialog, dialog.folders_tab)
            _type_into(qtbot, dialog.new_data_folder, str(other))
            qtbot.keyClick(dialog.new_data_folder, Qt.Key.Key_Return)
            qtbot.waitUntil(dialog.use_button.isEnabled)
            assert not dialog.move_button.isEnabled()  # its data would be overwritten
            assert "already holds epewall data" in dialog.data_state.text()
            with qtbot.waitSignal(dialog.data_folder_changed, timeout=5000):
                click(qtbot, dialog.use_button)
    finally:
        registry.close()
    paths.forget_data_pointer()
    assert paths.data_dir() == other
    restarted = Registry()
    try:
        assert len(restarted.list_epes()) == 2
    finally:
        restarted.close()
