"""Adding cameras from an EPE's NVR: probe over ONVIF, pick the streams, number, save."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from app.devices.ptz import ptz_target
from app.domain import EXTRA_ONVIF_ADDRESS, EXTRA_PTZ_PROFILE, Camera, CameraPosition, Epe
from app.secrets import CredentialStore
from app.simsite.onvif_server import OnvifServer, SimChannel, SimDevice, SimStream
from app.sites.registry import Registry
from tests.helpers.clicks import choose, click
from widgets.devices.add_from_device import AddFromDeviceDialog, Column

USER, PASSWORD = "giamsat", "Mật-khẩu 2024!"
RTSP = "rtsp://127.0.0.1:8554"


def _jpeg(colour: str) -> bytes:
    image = QImage(320, 180, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")
    return bytes(data.data())


def nvr_channels() -> list[SimChannel]:
    return [
        SimChannel(
            1,
            "Cổng chính",
            SimStream(1920, 1080, 30, "h264"),
            SimStream(640, 360, 15, "h264"),
            f"{RTSP}/ch1/main",
            f"{RTSP}/ch1/sub",
            ptz=True,
        ),
        SimChannel(
            2,
            "Bãi container",
            SimStream(2560, 1440, 25, "h265"),
            SimStream(704, 576, 15, "h264"),
            f"{RTSP}/ch2/main",
            f"{RTSP}/ch2/sub",
        ),
        SimChannel(
            3,
            "Kho thành phẩm",
            SimStream(1280, 720, 25, "h264"),
            SimStream(352, 288, 10, "h264"),
            f"{RTSP}/ch3/main",
            f"{RTSP}/ch3/sub",
        ),
    ]


@pytest.fixture
def nvr() -> Iterator[OnvifServer]:
    pictures = {1: _jpeg("#d03030"), 2: _jpeg("#30a030"), 3: _jpeg("#3050d0")}
    device = SimDevice(user=USER, password=PASSWORD, channels=nvr_channels(), media2=True)
    server = OnvifServer(device, snapshot=pictures.__getitem__)
    with server:
        yield server


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    with Registry(tmp_path / "registry.db") as reg:
        reg.add_epe(
            Epe(name="Công ty TNHH Điện tử Sao Mai", tax_id="0100233488", account_user=USER)
        )
        yield reg


@pytest.fixture
def dialog(qtbot: QtBot, registry: Registry) -> Iterator[AddFromDeviceDialog]:
    epe = registry.list_epes()[0]
    dlg = AddFromDeviceDialog(registry, CredentialStore(), epe_id=epe.id)
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    dlg.cancel_probe()
    dlg.queue.wait(15_000)


def probe(
    qtbot: QtBot,
    dlg: AddFromDeviceDialog,
    address: str,
    password: str = PASSWORD,
    thumbnails: bool = True,
) -> None:
    dlg.address.setText(address)
    dlg.password.setText(password)
    qtbot.mouseClick(dlg.probe_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=30_000)


def test_the_nvr_sources_are_listed_with_main_and_sub_picked(
    qtbot: QtBot, dialog: AddFromDeviceDialog, nvr: OnvifServer
) -> None:
    probe(qtbot, dialog, f"{nvr.host}:{nvr.port}")
    assert dialog.table.rowCount() == 3
    main = [dialog.table.item(r, Column.MAIN).text() for r in range(3)]
    sub = [dialog.table.item(r, Column.SUB).text() for r in range(3)]
    assert "1920x1080" in main[0] and f"{RTSP}/ch1/main" in main[0]
    assert "640x360" in sub[0] and f"{RTSP}/ch1/sub" in sub[0]
    assert "H.265 2560x1440" in main[1] and "704x576" in sub[1]
    assert [dialog.table.item(r, Column.PTZ).text() for r in range(3)] == ["Yes", "No", "No"]
    # Positions guessed from the Vietnamese channel names, numbers 1..3 on an empty EPE.
    assert [c.position for c in dialog.choices] == [
        CameraPosition.GATE,
        CameraPosition.STORAGE_YARD,
        CameraPosition.INSIDE_STORAGE,
    ]
    assert [c.diagram_number for c in dialog.choices] == [1, 2, 3]
    assert "HIKVISION" in dialog.message.text()
    # Thumbnails: each source shows its own snapshot.
    assert set(dialog.thumbnails) == {c.source.token for c in dialog.choices}
    red = dialog.table.item(0, Column.PICTURE).data(Qt.ItemDataRole.DecorationRole)
    assert red.toImage().pixelColor(10, 10).red() > 150
    assert dialog.save_button().isEnabled()


def test_saved_cameras_carry_urls_without_credentials_and_the_ptz_profile(
    qtbot: QtBot, dialog: AddFromDeviceDialog, nvr: OnvifServer, registry: Registry
) -> None:
    probe(qtbot, dialog, f"{nvr.host}:{nvr.port}")
    dialog.set_choice(1, include=False)
    dialog.set_choice(2, number=7, position=CameraPosition.STORAGE_DOOR, name="Cửa kho 7")
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    cameras = registry.list_cameras()
    assert [(c.diagram_number, c.position, c.name) for c in cameras] == [
        (1, CameraPosition.GATE, "Cổng chính"),
        (7, CameraPosition.STORAGE_DOOR, "Cửa kho 7"),
    ]
    gate = cameras[0]
    assert (gate.main_url, gate.sub_url) == (f"{RTSP}/ch1/main", f"{RTSP}/ch1/sub")
    assert gate.extra[EXTRA_ONVIF_ADDRESS] == f"{nvr.host}:{nvr.port}"
    assert gate.extra[EXTRA_PTZ_PROFILE] == "Profile_101"
    assert cameras[1].extra[EXTRA_PTZ_PROFILE] == ""  # known to be fixed
    with Registry(registry.path) as again:  # what is on disk holds no password
        stored = repr(again.list_cameras()) + repr(again.list_epes())
    assert PASSWORD not in stored


def test_numbers_already_used_in_the_epe_are_skipped_and_clashes_block_saving(
    qtbot: QtBot, dialog: AddFromDeviceDialog, nvr: OnvifServer, registry: Registry
) -> None:
    epe_id = registry.list_epes()[0].id
    assert epe_id is not None
    registry.add_camera(
        Camera(
            epe_id=epe_id, diagram_number=2, position=CameraPosition.GATE, main_url=f"{RTSP}/old"
        )
    )
    probe(qtbot, dialog, f"{nvr.host}:{nvr.port}")
    assert [c.diagram_number for c in dialog.choices] == [1, 3, 4]
    dialog.set_choice(2, number=1)
    assert not dialog.save_button().isEnabled()
    assert "same diagram number" in dialog.row_errors.text()
    dialog.set_choice(2, number=2)
    assert "already has a camera" in dialog.row_errors.text()
    dialog.set_choice(2, include=False)
    assert dialog.save_button().isEnabled()
    assert dialog.row_errors.text() == ""


def test_probing_the_device_again_offers_only_the_new_sources(
    qtbot: QtBot, dialog: AddFromDeviceDialog, nvr: OnvifServer, registry: Registry
) -> None:
    probe(qtbot, dialog, f"{nvr.host}:{nvr.port}")
    dialog.set_choice(2, include=False)
    dialog.accept()
    again = AddFromDeviceDialog(registry, CredentialStore(), epe_id=registry.list_epes()[0].id)
    qtbot.addWidget(again)
    again.user.setText(USER)
    probe(qtbot, again, f"{nvr.host}:{nvr.port}")
    assert [c.include for c in again.choices] == [False, False, True]
    assert "already camera 1" in again.table.item(0, Column.SOURCE).text()
    assert again.choices[2].diagram_number == 3
    again.accept()
    assert [c.diagram_number for c in registry.list_cameras()] == [1, 2, 3]
    again.queue.wait(10_000)


def test_a_wrong_password_is_named_and_nothing_is_listed(
    qtbot: QtBot, dialog: AddFromDeviceDialog, nvr: OnvifServer
) -> None:
    probe(qtbot, dialog, f"{nvr.host}:{nvr.port}", password="wrong")
    assert "refused the account" in dialog.message.text()
    assert PASSWORD not in dialog.message.text()
    assert dialog.table.rowCount() == 0
    assert not dialog.save_button().isEnabled()


def test_the_password_stored_for_the_epe_is_used_when_none_is_typed(
    qtbot: QtBot, dialog: AddFromDeviceDialog, nvr: OnvifServer, registry: Registry
) -> None:
    store = CredentialStore()
    epe = registry.list_epes()[0]
    store.set_password(epe.uid, PASSWORD)
    try:
        probe(qtbot, dialog, f"{nvr.host}:{nvr.port}", password="")
        assert dialog.table.rowCount() == 3
    finally:
        store.delete_password(epe.uid)


def test_a_slow_device_can_be_cancelled_and_the_dialog_is_free_at_once(
    qtbot: QtBot, dialog: AddFromDeviceDialog, nvr: OnvifServer
) -> None:
    nvr.device.quirks.add("slow:GetProfiles")
    dialog.address.setText(f"{nvr.host}:{nvr.port}")
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.probe_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "profiles" in dialog.message.text(), timeout=20_000)
    assert dialog.cancel_button.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Cancelled."
    assert not dialog.progress.isVisible()
    assert dialog.probe_button.isEnabled()
    assert dialog.table.rowCount() == 0


def test_an_address_that_is_not_host_port_is_refused_before_probing(
    qtbot: QtBot, dialog: AddFromDeviceDialog
) -> None:
    dialog.address.setText("192.168.1.64:http")
    assert dialog.start_probe() is None
    assert "host:port" in dialog.message.text()


def test_the_devices_menu_adds_cameras_to_the_selected_epe_and_the_tree_shows_them(
    qtbot: QtBot, nvr: OnvifServer, epewall_home: Path
) -> None:
    from app import settings
    from widgets.main_window import MainWindow
    from widgets.sites.site_tree import NodeKind

    with Registry() as registry:
        registry.add_epe(Epe(name="Công ty TNHH Hòa Bình Xanh", tax_id="3601234569"))
        epe = registry.add_epe(
            Epe(name="Công ty TNHH Điện tử Sao Mai", tax_id="0100233488", account_user=USER)
        )
        window = MainWindow(registry, CredentialStore(), settings.Settings())
        qtbot.addWidget(window)
        window.show()
        try:
            titles = [a.text() for a in window.menuBar().actions()]
            assert titles.index("&Devices") == titles.index("&Help") - 1
            assert [a.text() for a in window.menu_devices.actions() if a.text()] == [
                "&Add cameras from device…",
                "&Check all EPEs (Appendix I)…",
            ]
            assert epe.id is not None
            window.site_tree.select(NodeKind.EPE, epe.id)
            window.menu_devices.action_add_from_device.trigger()
            dialog = window._dialog
            assert isinstance(dialog, AddFromDeviceDialog)
            assert dialog.epe_id() == epe.id and dialog.user.text() == USER
            probe(qtbot, dialog, f"{nvr.host}:{nvr.port}")
            with qtbot.waitSignal(window.registry_changed, timeout=5_000):
                dialog.accept()
            assert len(registry.list_cameras(epe.id)) == 3
            assert "3" in window.counts_label.text()
        finally:
            window.keyring_queue.wait(10_000)
            window.close()


def untick(qtbot: QtBot, dlg: AddFromDeviceDialog, row: int) -> None:
    item = dlg.table.item(row, Column.ADD)
    rect = dlg.table.visualItemRect(item)
    qtbot.mouseClick(
        dlg.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 12, rect.center().y()),
    )
    assert item.checkState() == Qt.CheckState.Unchecked


def test_a_camera_whose_number_exists_can_be_updated_from_the_device(
    qtbot: QtBot, dialog: AddFromDeviceDialog, nvr: OnvifServer, registry: Registry
) -> None:
    """A camera that came from a CSV file (no ONVIF details) and the device's first source have
    the same diagram number: instead of a dead end, the officer updates that camera."""
    epe = registry.list_epes()[0]
    assert epe.id is not None
    old = registry.add_camera(
        Camera(
            epe_id=epe.id,
            diagram_number=1,
            position=CameraPosition.GATE,
            name="Cổng số 1 (theo sơ đồ)",
            main_url="rtsp://10.20.1.11:554/Streaming/Channels/101",
            notes="Nhập từ tệp CSV",
        )
    )
    assert ptz_target(old) is None
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, f"{nvr.host}:{nvr.port}")
    dialog.password.setText(PASSWORD)  # QTest cannot type its Vietnamese letters
    qtbot.mouseClick(dialog.probe_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.table.rowCount() == 3, timeout=30_000)

    # The officer gives the first source the number it has on the diagram: 1, already used.
    number = dialog._number_box(0)
    click(qtbot, number)
    qtbot.keyClick(number, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(number, "1")
    assert number.value() == 1
    assert 'Choose "Update camera 1"' in dialog.row_errors.text()
    assert not dialog.save_button().isEnabled()

    choose(qtbot, dialog.action_box(0), "Update camera 1")
    # An update keeps the registry's name and position; they are shown, not editable.
    assert dialog.table.item(0, Column.NAME).text() == "Cổng số 1 (theo sơ đồ)"
    untick(qtbot, dialog, 1)
    untick(qtbot, dialog, 2)
    assert dialog.row_errors.text() == ""
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)

    [camera] = registry.list_cameras(epe.id)
    assert camera.id == old.id
    assert (camera.diagram_number, camera.name, camera.position, camera.notes) == (
        1,
        "Cổng số 1 (theo sơ đồ)",
        CameraPosition.GATE,
        "Nhập từ tệp CSV",
    )
    assert (camera.main_url, camera.sub_url) == (f"{RTSP}/ch1/main", f"{RTSP}/ch1/sub")
    assert camera.extra[EXTRA_ONVIF_ADDRESS] == f"{nvr.host}:{nvr.port}"
    target = ptz_target(camera)
    assert target is not None and target.profile_token == "Profile_101"
