"""Saved walls: the last wall reopens on start, named walls open by name (as `--wall NAME` does)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app import settings
from app.domain import Camera, CameraPosition, Epe
from app.secrets import CredentialStore
from app.sites.registry import Registry
from tests.helpers.faulty_servers import closed_port
from widgets.main_window import MainWindow


@pytest.fixture
def registry(epewall_home: Path) -> Iterator[Registry]:
    reg = Registry()
    epe = reg.add_epe(Epe(name="Công ty TNHH May mặc Hòa Bình Xanh", tax_id="2301275957"))
    port = closed_port()
    for number in (1, 2, 3):
        reg.add_camera(
            Camera(
                epe_id=int(epe.id or 0),
                diagram_number=number,
                position=CameraPosition.GATE,
                sub_url=f"rtsp://127.0.0.1:{port}/Streaming/Channels/{number}02",
            )
        )
    yield reg
    reg.close()


def open_window(qtbot: QtBot, registry: Registry) -> MainWindow:
    window = MainWindow(registry, CredentialStore(), settings.Settings())
    qtbot.addWidget(window)
    window.show()
    return window


def close_window(window: MainWindow) -> None:
    window.close()
    window.keyring_queue.wait(10_000)


def test_an_unsaved_wall_reopens_as_it_was(qtbot: QtBot, registry: Registry) -> None:
    cameras = [c.id for c in registry.list_cameras()]
    first = open_window(qtbot, registry)
    first.wall.set_layout("3x3")
    first.wall.assign_camera(4, int(cameras[1] or 0))
    close_window(first)

    second = open_window(qtbot, registry)
    second.restore_last_wall()
    assert second.wall.layout_name == "3x3"
    assert second.wall.model.camera_at(4) == cameras[1]
    close_window(second)


def test_a_saved_wall_reopens_on_start_and_by_name(
    qtbot: QtBot, registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    cameras = [c.id for c in registry.list_cameras()]
    first = open_window(qtbot, registry)
    first.wall.set_layout("1+5")
    first.wall.assign_camera(0, int(cameras[2] or 0))
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Cổng ca đêm", True))
    )
    first.save_wall_as()
    first.wall.set_layout("2x2")  # changed after saving: kept on close, in the same name
    close_window(first)

    second = open_window(qtbot, registry)
    second.restore_last_wall()
    assert second.wall_name == "Cổng ca đêm"
    assert second.wall.layout_name == "2x2"
    assert second.wall.model.camera_at(0) == cameras[2]
    second.wall.clear_all()
    assert second.open_wall("Cổng ca đêm")  # what `epewall --wall "Cổng ca đêm"` does
    assert second.wall.model.camera_at(0) == cameras[2]
    close_window(second)


def test_an_unknown_wall_name_says_so_without_blocking(qtbot: QtBot, registry: Registry) -> None:
    window = open_window(qtbot, registry)
    assert not window.open_wall("Không có")  # returned while the message is still showing
    box = window.findChild(QMessageBox, "openWallError")
    assert box is not None and box.isVisible()
    assert "Không có" in box.text()
    box.close()
    close_window(window)
