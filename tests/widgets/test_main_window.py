"""The main window with a real registry and the real (headless, unlocked) keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app import i18n, settings
from app.domain import Camera, CameraPosition, Epe
from app.secrets import CredentialStore, KeyringState
from app.sites.registry import Registry
from tests.helpers.main_window import shown_main_window
from widgets.main_window import MainWindow
from widgets.sites.account_dialog import AccountDialog
from widgets.sites.site_tree import NodeKind

PASSWORD = "canary-pw-7f3e1b"


@pytest.fixture
def store() -> CredentialStore:
    return CredentialStore()


@pytest.fixture
def epe(registry: Registry, store: CredentialStore) -> Iterator[Epe]:
    saved = registry.add_epe(Epe(name="Công ty TNHH Điện tử Sao Việt", tax_id="3601234569"))
    assert saved.id is not None
    registry.add_camera(
        Camera(epe_id=saved.id, diagram_number=1, position=CameraPosition.GATE, name="Cổng chính")
    )
    yield saved
    store.delete_password(saved.uid)


@pytest.fixture
def window(qtbot: QtBot, registry: Registry, store: CredentialStore) -> Iterator[MainWindow]:
    with shown_main_window(qtbot, registry, store) as main:
        yield main


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install("en")  # leave the next test in English, the source language
    qapp.processEvents()  # deliver LanguageChange while the registry is still open


def test_window_title_and_status_bar_show_counts_and_keyring_backend(
    epe: Epe, window: MainWindow, store: CredentialStore
) -> None:
    assert window.windowTitle() == "epewall"
    assert window.counts_label.text() == "EPEs: 1 · Cameras: 1"
    status = store.status()
    assert status.state is KeyringState.READY
    assert window.keyring_label.text() == f"Keyring: {status.backend}"
    assert "GNOME Keyring" in window.keyring_label.text()
    assert not window.banner.isVisible()
    assert window.wall.cell_count == 4  # an empty 2x2 wall waits for cameras


def test_a_locked_keyring_is_a_visible_warning_with_its_explanation(
    epe: Epe, window: MainWindow
) -> None:
    """Above the wall; an empty registry says it on its welcome page instead
    (tests/widgets/support/test_welcome.py)."""
    from app.secrets import KeyringStatus

    explanation = "The system keyring (Secret Service) is locked. Unlock it, then retry."
    window._on_keyring_status(KeyringStatus(KeyringState.LOCKED, "Secret Service", explanation))
    assert window.banner.isVisible()
    assert window.banner.explanation.text() == explanation
    assert window.banner.unlock.isVisible()
    assert window.keyring_label.text() == "⚠ Keyring locked"
    assert window.keyring_label.toolTip() == explanation


def test_account_is_stored_in_the_keyring_and_never_shown_back(
    qtbot: QtBot, epe: Epe, window: MainWindow, store: CredentialStore, registry: Registry
) -> None:
    assert window.site_tree.select(NodeKind.EPE, int(epe.id or 0))
    dialog = window.set_account()
    assert isinstance(dialog, AccountDialog)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=10_000)
    assert dialog.stored.text() == "No password stored."
    dialog.user.setText("giamsat01")
    qtbot.keyClicks(dialog.password, PASSWORD)
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert store.has_password(epe.uid)
    assert registry.get_epe(int(epe.id or 0)).account_user == "giamsat01"

    again = window.set_account()
    assert isinstance(again, AccountDialog)
    qtbot.waitUntil(lambda: not again.is_busy, timeout=10_000)
    assert again.user.text() == "giamsat01"
    assert again.password.text() == ""
    assert again.password.echoMode() is QLineEdit.EchoMode.Password
    assert again.stored.text() == f"A password is stored in {store.status().backend}."
    shown = [w.text() for w in again.findChildren(QLabel) + again.findChildren(QLineEdit)]
    assert not any(PASSWORD in text for text in shown)
    assert PASSWORD not in again.password.placeholderText()

    qtbot.mouseClick(again.remove_button, Qt.MouseButton.LeftButton)
    # Asked only once the dialog's job is done: reading while the worker deletes races in D-Bus.
    qtbot.waitUntil(
        lambda: not again.is_busy and again.stored.text() == "No password stored.", timeout=10_000
    )
    assert not store.has_password(epe.uid)
    again.close()


def test_deleting_an_epe_asks_first_and_removes_its_secret(
    qtbot: QtBot, window: MainWindow, store: CredentialStore, registry: Registry, epe: Epe
) -> None:
    from app.sites import accounts

    accounts.set_account(registry, store, int(epe.id or 0), "giamsat01", PASSWORD)
    window.registry_changed.emit()
    assert window.site_tree.select(NodeKind.EPE, int(epe.id or 0))
    box = window.delete_epe()
    assert isinstance(box, QMessageBox)
    assert "Công ty TNHH Điện tử Sao Việt" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert registry.list_epes() != [] and store.has_password(epe.uid)

    box = window.delete_epe()
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: registry.list_epes() == [], timeout=10_000)
    assert not store.has_password(epe.uid)
    assert registry.list_cameras() == []
    qtbot.waitUntil(lambda: window.site_tree.epe_count == 0)
    assert window.counts_label.text() == "EPEs: 0 · Cameras: 0"


def test_switching_language_retranslates_the_menus_and_is_remembered(
    qtbot: QtBot, window: MainWindow, vietnamese: None
) -> None:
    def titles() -> list[str]:
        return [
            menu.title()
            for menu in (window.menu_file, window.menu_sites, window.menu_view, window.menu_help)
        ]

    assert titles() == ["&File", "&Sites", "&View", "&Help"]
    window.language_actions["vi"].trigger()
    qtbot.waitUntil(lambda: titles() == ["&Tệp", "&Danh mục", "&Xem", "Trợ &giúp"])
    assert window.action_add_epe.text() == "&Thêm DNCX…"
    assert window.site_tree.search.placeholderText() == "Tìm DNCX, mã số thuế hoặc camera"
    assert settings.Settings().get(settings.LANGUAGE) == "vi"
    # Qt's own buttons follow too (resources/translations/qtbase_vi.ts).
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    assert cancel == "Hủy"
    buttons.deleteLater()

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: titles() == ["&File", "&Sites", "&View", "&Help"])
    assert settings.Settings().get(settings.LANGUAGE) == "en"


def test_about_shows_the_versions_and_the_keyring(
    qtbot: QtBot, window: MainWindow, store: CredentialStore
) -> None:
    import vlc

    dialog = window.show_about()
    assert dialog.versions["qt"].text() == qVersion()
    expected_vlc = vlc.libvlc_get_version().decode()
    assert dialog.versions["libvlc"].text() == expected_vlc
    assert expected_vlc.startswith("3.")
    backend = store.status().backend
    qtbot.waitUntil(lambda: dialog.versions["keyring"].text() == backend, timeout=10_000)
    text = dialog.text()
    assert "pyav: " in text and "not found" not in text
    dialog.close()


def test_csv_import_lists_every_bad_line_and_imports_nothing(
    qtbot: QtBot, window: MainWindow, registry: Registry, tmp_path: Path
) -> None:
    bad = tmp_path / "sites.csv"
    bad.write_text(
        "epe_name,tax_id,diagram_number,position,camera_name,main_url\n"
        "Công ty A,0100233488,1,gate,Cổng,rtsp://10.0.0.5/ch1\n"
        "Công ty A,0100233489,2,gate,Cổng 2,rtsp://10.0.0.5/ch2\n"
        "Công ty A,0100233488,3,nowhere,Kho,rtsp://10.0.0.5/ch3\n",
        encoding="utf-8",
    )
    window.import_sites_from(bad)
    qtbot.waitUntil(lambda: window.file_queue.idle, timeout=10_000)
    qtbot.waitUntil(lambda: window.import_result is not None)
    box = window.import_result
    assert box is not None
    assert "Nothing was imported" in box.text()
    assert "line 3" in box.informativeText() and "line 4" in box.informativeText()
    assert registry.list_epes() == []
    box.close()

    good = tmp_path / "good.csv"
    good.write_text(
        "epe_name,tax_id,diagram_number,position,camera_name,main_url\n"
        "Công ty A,0100233488,1,gate,Cổng,rtsp://10.0.0.5/ch1\n",
        encoding="utf-8",
    )
    window.import_sites_from(good)
    qtbot.waitUntil(lambda: window.file_queue.idle, timeout=10_000)
    qtbot.waitUntil(lambda: window.site_tree.camera_count == 1)
    assert window.counts_label.text() == "EPEs: 1 · Cameras: 1"


def test_a_closed_window_does_not_reload_from_its_closed_registry_on_a_language_change(
    qtbot: QtBot, epewall_home: Path, store: CredentialStore, qapp: QApplication, vietnamese: None
) -> None:
    registry = Registry()
    main = MainWindow(registry, store, settings.Settings())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.keyring_status is not None, timeout=10_000)
    main.keyring_queue.wait(10_000)
    main.close()
    registry.close()  # the program goes on without this window and its registry
    i18n.install("vi")
    qapp.processEvents()  # a tree reload from the closed registry would raise here
    assert main.menu_file.title() == "&File"


def test_a_closed_window_shown_again_catches_up_with_the_language(
    qtbot: QtBot, window: MainWindow, qapp: QApplication, vietnamese: None
) -> None:
    window.close()
    i18n.install("vi")
    qapp.processEvents()
    assert window.menu_file.title() == "&File"
    window.show()
    qtbot.waitUntil(lambda: window.menu_file.title() != "&File", timeout=5_000)
