"""A camera the officer puts on the wall is reported to the health monitor by the wall (one
connection, not two); the cameras not on the wall are probed by the monitor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain import Camera, CameraPosition, Epe
from app.health.model import CameraCondition
from app.sites.registry import Registry
from tests.helpers.faulty_servers import closed_port
from tests.helpers.main_window import shown_main_window
from widgets.main_window import MainWindow
from widgets.sites.site_tree import NodeKind


@pytest.fixture
def registry(epewall_home: Path) -> Iterator[Registry]:
    reg = Registry()
    epe = reg.add_epe(Epe(name="Công ty TNHH Điện tử Sao Việt", tax_id="3601234569"))
    assert epe.id is not None
    port = closed_port()  # streams and probes that fail fast
    for number, position in ((1, CameraPosition.GATE), (2, CameraPosition.STORAGE_YARD)):
        base = f"rtsp://127.0.0.1:{port}/Streaming/Channels/{number}0"
        reg.add_camera(Camera(epe.id, number, position, f"Camera {number}", base + "1", base + "2"))
    yield reg
    reg.close()


@pytest.fixture
def window(qtbot: QtBot, registry: Registry) -> Iterator[MainWindow]:
    with shown_main_window(qtbot, registry) as main:
        yield main


def test_a_camera_put_on_the_wall_is_reported_by_the_wall_not_probed(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    gate, yard = registry.list_cameras()
    assert window.site_tree.select(NodeKind.CAMERA, int(gate.id or 0))
    view = window.site_tree.view
    rect = view.visualRect(view.currentIndex())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.wall.model.camera_at(0) == gate.id
    health = window.health_monitor.store

    def by_number() -> dict[int, tuple[CameraCondition, str]]:
        return {c.camera_number: (c.condition, c.source) for c in health.current()}

    # The tile fails to connect: the wall's "offline" is the camera's health.
    qtbot.waitUntil(lambda: 1 in by_number(), timeout=10_000)
    assert by_number() == {1: (CameraCondition.UNREACHABLE, "wall")}
    with qtbot.waitSignal(window.health_monitor.swept, timeout=15_000):
        window.health_monitor.sweep_now()
    # The sweep looked at the yard camera only.
    assert by_number() == {
        1: (CameraCondition.UNREACHABLE, "wall"),
        2: (CameraCondition.UNREACHABLE, "monitor"),
    }
    assert yard.id is not None
