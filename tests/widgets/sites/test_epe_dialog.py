"""The EPE and camera dialogs: each problem is shown under its field and OK refuses to save."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.domain import Camera, CameraPosition, ConnectionMethod, Epe, RiskLevel
from app.media.puller import with_credentials
from app.recorders.base import RecorderKind
from app.recorders.store import load_recorder
from app.sites.hosts import registered_hosts
from app.sites.registry import Registry
from tests.helpers.clicks import choose, click
from widgets.sites.camera_dialog import CameraDialog
from widgets.sites.epe_dialog import EpeDialog


@pytest.fixture
def registry() -> Iterator[Registry]:
    reg = Registry(":memory:")
    yield reg
    reg.close()


def error_below(dialog: QDialog, editor: QWidget, field: str) -> QLabel:
    """The error label of ``field``, checked to be visible and right under ``editor``."""
    label = dialog.findChild(QLabel, f"error_{field}")
    assert label is not None
    assert label.isVisible()
    editor_box = editor.geometry().translated(
        editor.parentWidget().mapTo(dialog, editor.pos()) - editor.pos()
    )
    label_box = label.geometry().translated(
        label.parentWidget().mapTo(dialog, label.pos()) - label.pos()
    )
    assert label_box.top() >= editor_box.bottom()
    assert label_box.top() - editor_box.bottom() < 20
    assert label_box.left() == editor_box.left()
    return label


def test_bad_tax_id_is_explained_next_to_the_field_and_ok_refuses(
    qtbot: QtBot, registry: Registry
) -> None:
    dialog = EpeDialog(registry)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Cong ty TNHH Minh Long")
    qtbot.keyClicks(dialog.tax_id, "0100233489")  # wrong check digit

    label = error_below(dialog, dialog.tax_id, "tax_id")
    assert "10 digits" in label.text()
    assert not dialog.ok_button().isEnabled()
    dialog.accept()  # Enter in a field, or a script: still refused
    assert dialog.isVisible()
    assert dialog.saved_epe is None
    assert registry.list_epes() == []

    dialog.tax_id.clear()
    qtbot.keyClicks(dialog.tax_id, "0100233488")
    assert not dialog.findChild(QLabel, "error_tax_id").isVisible()
    assert dialog.ok_button().isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert [e.tax_id for e in registry.list_epes()] == ["0100233488"]


def test_untouched_required_fields_wait_silently_but_keep_ok_disabled(
    qtbot: QtBot, registry: Registry
) -> None:
    dialog = EpeDialog(registry)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button().isEnabled()
    assert not any(label.isVisible() for label in dialog.errors.values())
    dialog.accept()
    assert dialog.errors["name"].isVisible() and dialog.errors["tax_id"].isVisible()


def test_editing_an_epe_saves_every_field(qtbot: QtBot, registry: Registry) -> None:
    epe = registry.add_epe(Epe(name="Công ty A", tax_id="0100233488"))
    dialog = EpeDialog(registry, epe)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.address.setText("KCX Tân Thuận, Quận 7, TP. Hồ Chí Minh")
    dialog.sub_department.setText("Chi cục HQ KCX Tân Thuận")
    dialog.contact_person.setText("Nguyễn Văn An")
    dialog.contact_phone.setText("028 3770 1234")
    dialog.connection.setCurrentIndex(dialog.connection.findData(ConnectionMethod.VPN.value))
    dialog.licence_date.set_date(dt.date(2021, 4, 24))
    dialog.risk_level.setCurrentIndex(dialog.risk_level.findData(RiskLevel.HIGH.value))
    dialog.notes.setPlainText("Kiểm tra hằng tháng")
    assert dialog.established_date.edit.text() == "Not set"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = registry.get_epe(int(epe.id or 0))
    assert (saved.address, saved.sub_department, saved.contact_person, saved.contact_phone) == (
        "KCX Tân Thuận, Quận 7, TP. Hồ Chí Minh",
        "Chi cục HQ KCX Tân Thuận",
        "Nguyễn Văn An",
        "028 3770 1234",
    )
    assert saved.connection is ConnectionMethod.VPN and saved.risk_level is RiskLevel.HIGH
    assert saved.licence_date == dt.date(2021, 4, 24) and saved.established_date is None
    assert saved.notes == "Kiểm tra hằng tháng" and saved.uid == epe.uid


def test_camera_dialog_refuses_a_url_with_credentials(qtbot: QtBot, registry: Registry) -> None:
    epe = registry.add_epe(Epe(name="Công ty A", tax_id="0100233488"))
    dialog = CameraDialog(registry, epe_id=epe.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.diagram_number.value() == 1
    qtbot.keyClicks(
        dialog.main_url, with_credentials("rtsp://10.0.0.5:554/ch1", "admin", "matkhau123")
    )

    label = error_below(dialog, dialog.main_url, "main_url")
    assert "user name or password" in label.text()
    assert "matkhau123" not in label.text()
    assert not dialog.ok_button().isEnabled()
    dialog.accept()
    assert registry.list_cameras() == []

    dialog.main_url.setText("rtsp://10.0.0.5:554/ch1")
    assert not label.isVisible()
    dialog.accept()
    assert [(c.diagram_number, c.main_url) for c in registry.list_cameras()] == [
        (1, "rtsp://10.0.0.5:554/ch1")
    ]


def test_camera_dialog_shows_whether_the_position_must_be_online(
    qtbot: QtBot, registry: Registry
) -> None:
    epe = registry.add_epe(Epe(name="Công ty A", tax_id="0100233488"))
    assert epe.id is not None
    registry.add_camera(Camera(epe_id=epe.id, diagram_number=1, position=CameraPosition.GATE))
    dialog = CameraDialog(registry, epe_id=epe.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.diagram_number.value() == 2  # the next free number on the diagram
    assert not dialog.epe.isEnabled()
    dialog.position.setCurrentIndex(dialog.position.findData(CameraPosition.STORAGE_YARD.value))
    assert dialog.online.text().startswith("Yes")
    dialog.position.setCurrentIndex(dialog.position.findData(CameraPosition.OTHER.value))
    assert dialog.online.text().startswith("No")

    dialog.diagram_number.setValue(1)
    assert dialog.errors["diagram_number"].isVisible()
    assert not dialog.ok_button().isEnabled()


# ------------------------------------------------------------------ the EPE's device addresses


def test_the_epe_dialog_keeps_the_onvif_and_recorder_addresses_and_refuses_credentials(
    qtbot: QtBot, registry: Registry
) -> None:
    epe = registry.add_epe(Epe("Công ty TNHH Bao bì Minh Long", "0100233488"))
    assert epe.id is not None
    dialog = EpeDialog(registry, epe)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    click(qtbot, dialog.onvif_address)
    qtbot.keyClicks(dialog.onvif_address, "hq:" + "secret" + "@192.0.2.10:8000")
    label = error_below(dialog, dialog.onvif_address, "onvif_address")
    assert "user name or password" in label.text()
    assert not dialog.ok_button().isEnabled()
    dialog.onvif_address.selectAll()
    qtbot.keyClicks(dialog.onvif_address, "192.0.2.10:8000")
    assert not dialog.errors["onvif_address"].isVisible()

    assert not dialog.recorder_address.isEnabled()  # "No recorder" until a kind is chosen
    choose(qtbot, dialog.recorder_kind, "Hikvision")
    assert dialog.recorder_address.isEnabled()
    assert not dialog.ok_button().isEnabled()  # a recorder needs its address
    click(qtbot, dialog.recorder_address)
    qtbot.keyClicks(dialog.recorder_address, "nvr.minhlong.vn:8080")
    dialog.recorder_rtsp_port.selectAll()
    qtbot.keyClicks(dialog.recorder_rtsp_port, "8554")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        click(qtbot, dialog.ok_button())

    assert registry.get_epe(epe.id).onvif_address == "192.0.2.10:8000"
    recorder = load_recorder(registry, epe.id)
    assert recorder is not None
    assert (recorder.kind, recorder.host, recorder.http_port, recorder.rtsp_port) == (
        RecorderKind.HIKVISION,
        "nvr.minhlong.vn",
        8080,
        8554,
    )
    assert registered_hosts(registry, epe.id) == {"192.0.2.10", "nvr.minhlong.vn"}

    # Opened again, the dialog shows both; "No recorder" removes the recorder.
    again = EpeDialog(registry, registry.get_epe(epe.id))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.onvif_address.text() == "192.0.2.10:8000"
    assert again.recorder_address.text() == "nvr.minhlong.vn:8080"
    choose(qtbot, again.recorder_kind, "No recorder")
    with qtbot.waitSignal(again.accepted, timeout=1000):
        click(qtbot, again.ok_button())
    assert load_recorder(registry, epe.id) is None


def test_a_recorder_address_with_a_password_is_refused(qtbot: QtBot, registry: Registry) -> None:
    epe = registry.add_epe(Epe("Công ty TNHH Bao bì Minh Long", "0100233488"))
    dialog = EpeDialog(registry, epe)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    choose(qtbot, dialog.recorder_kind, "ONVIF Profile G")
    click(qtbot, dialog.recorder_address)
    qtbot.keyClicks(dialog.recorder_address, "http://admin:" + "pw" + "@192.0.2.20")
    label = error_below(dialog, dialog.recorder_address, "recorder_address")
    assert "user name or password" in label.text()
    assert "pw" not in label.text()
    assert not dialog.ok_button().isEnabled()


def test_basic_login_is_off_by_default_and_ticked_only_by_the_officer(
    qtbot: QtBot, registry: Registry
) -> None:
    epe = registry.add_epe(Epe(name="Công ty B", tax_id="0100233488"))
    assert epe.allow_basic_auth is False
    dialog = EpeDialog(registry, epe)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.allow_basic.isChecked()
    assert not dialog.basic_warning.isVisible()
    box = dialog.allow_basic
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert box.isChecked()
    assert dialog.basic_warning.isVisible() and "clear text" in dialog.basic_warning.text()
    ok = dialog.ok_button()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton, pos=ok.rect().center())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert registry.get_epe(int(epe.id or 0)).allow_basic_auth is True
