"""From the site tree to the wall: drag data, double-click, layout shortcuts, F11 and Esc."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain import Camera, CameraPosition, Epe
from app.sites.registry import Registry
from tests.helpers.faulty_servers import closed_port
from tests.helpers.main_window import shown_main_window
from tests.helpers.menus import choose, open_tile_menu
from widgets.main_window import MainWindow
from widgets.sites.site_tree import NodeKind


@pytest.fixture
def registry(epewall_home: Path) -> Iterator[Registry]:
    reg = Registry()
    epe = reg.add_epe(Epe(name="Công ty TNHH Điện tử Sao Việt", tax_id="3601234569"))
    assert epe.id is not None
    port = closed_port()  # real streams that fail fast: this test is about placement
    for number, position in enumerate(
        [
            CameraPosition.GATE,
            CameraPosition.STORAGE_DOOR,
            CameraPosition.OTHER,
            CameraPosition.INSIDE_STORAGE,
        ],
        start=1,
    ):
        reg.add_camera(
            Camera(
                epe_id=epe.id,
                diagram_number=number,
                position=position,
                name=f"Camera {number}",
                main_url=f"rtsp://127.0.0.1:{port}/Streaming/Channels/{number}01",
                sub_url=f"rtsp://127.0.0.1:{port}/Streaming/Channels/{number}02",
            )
        )
    yield reg
    reg.close()


@pytest.fixture
def window(qtbot: QtBot, registry: Registry) -> Iterator[MainWindow]:
    with shown_main_window(qtbot, registry) as main:
        yield main


def tree_mime(window: MainWindow, kind: NodeKind, node_id: int):  # type: ignore[no-untyped-def]
    assert window.site_tree.select(kind, node_id)
    index = window.site_tree.view.currentIndex()
    return window.site_tree.proxy.mimeData([index])


def test_a_camera_dragged_from_the_tree_lands_in_the_cell(
    window: MainWindow, registry: Registry
) -> None:
    camera = registry.list_cameras()[3]
    assert window.wall.drop_mime(2, tree_mime(window, NodeKind.CAMERA, int(camera.id or 0)))
    assert window.wall.model.camera_at(2) == camera.id
    tile = window.wall.tile_at(2)
    assert tile is not None
    assert tile.stream.url == camera.sub_url  # tiles play the sub stream


def test_an_epe_dragged_from_the_tree_fills_its_online_cameras_in_order(
    window: MainWindow, registry: Registry
) -> None:
    epe = registry.list_epes()[0]
    assert window.wall.drop_mime(0, tree_mime(window, NodeKind.EPE, int(epe.id or 0)))
    online = [c.id for c in registry.list_cameras() if c.position is not CameraPosition.OTHER]
    assert [window.wall.model.camera_at(i) for i in range(3)] == online
    assert window.wall.model.camera_at(3) is None  # the "other" camera is not mandatory


def test_double_click_puts_a_camera_in_the_first_free_cell(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    first, second = registry.list_cameras()[:2]
    for camera in (first, second):
        assert window.site_tree.select(NodeKind.CAMERA, int(camera.id or 0))
        view = window.site_tree.view
        rect = view.visualRect(view.currentIndex())
        # A real double-click starts with a press on the same item; Qt checks that.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [window.wall.model.camera_at(i) for i in range(2)] == [first.id, second.id]


def test_layout_shortcuts_full_screen_and_escape(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.wall.layout_name == "3x3" and window.wall.cell_count == 9
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.wall.layout_name == "1+5" and window.wall.cell_count == 6
    assert window.layout_actions["1+5"].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=5_000)
    assert not window.site_tree.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=5_000)
    assert window.site_tree.isVisible()


def test_full_screen_shows_only_the_wall_and_gives_back_the_maximised_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.check_panel.show()  # an officer's check dock, as during a check
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized, timeout=5_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    chrome = [window.site_tree, window.menuBar(), window.statusBar(), window.check_panel]
    assert all(widget.isVisible() for widget in chrome)

    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=5_000)
    assert not any(widget.isVisible() for widget in chrome)
    # The wall takes the whole window (the screen itself is the window manager's to give:
    # looked at under openbox with tools/drive.sh).
    qtbot.waitUntil(lambda: window.wall.width() > window.width() - 12, timeout=5_000)
    assert window.wall.height() > window.height() - 12

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=5_000)
    qtbot.waitUntil(window.isMaximized, timeout=5_000)
    assert all(widget.isVisible() for widget in chrome)

    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen() and window.isMaximized(), timeout=5_000)


def test_switching_layouts_by_keyboard_keeps_the_walls_cameras(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    cameras = [c.id for c in registry.list_cameras()]
    for cell, camera_id in enumerate(cameras):
        assert window.wall.assign_camera(cell, int(camera_id or 0))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    assert window.wall.layout_name == "2x2"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.wall.model.cameras == (cameras[0],)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert list(window.wall.model.cameras[:4]) == cameras
    assert [t.camera_id for t in window.wall.tiles()] == cameras


def test_a_tiles_full_screen_is_that_camera_alone_and_escape_gives_back_the_wall(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    first, second = (int(c.id or 0) for c in registry.list_cameras()[:2])
    window.wall.assign_camera(0, first)
    window.wall.assign_camera(1, second)
    tile = window.wall.tile_at(1)
    assert tile is not None
    choose(qtbot, open_tile_menu(qtbot, tile), "Full screen")
    qtbot.waitUntil(window.isFullScreen, timeout=5_000)
    assert window.wall.maximised_cell == 1
    assert not window.site_tree.isVisible()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=5_000)
    assert window.wall.maximised_cell is None
    assert window.site_tree.isVisible()


def test_camera_details_from_the_tile_menu(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    camera = registry.list_cameras()[1]
    window.wall.assign_camera(0, int(camera.id or 0))
    tile = window.wall.tile_at(0)
    assert tile is not None
    choose(qtbot, open_tile_menu(qtbot, tile), "Camera details…")
    box = window.findChild(QMessageBox, "cameraDetails")
    assert box is not None
    qtbot.waitExposed(box)
    text = box.text().splitlines()
    assert text[:3] == [
        "EPE: Công ty TNHH Điện tử Sao Việt (tax ID 3601234569)",
        "Camera no. 2: Camera 2",
        "Position: Storage area door",
    ]
    assert f"Sub stream: {camera.sub_url}" in text
    assert any(line.startswith("On the wall: ") for line in text)
    box.close()
