"""The wall's widgets with real stream controllers pointed at a closed loopback port.

Nothing listens there, so every stream fails fast as "EPE unreachable": enough for layouts, drag
and drop, swapping, maximising and the state strip. Live pictures are tested in tests/e2e.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app import i18n
from app.domain import Camera, CameraPosition
from app.media.failures import StreamFailure, failure_text
from app.media.puller import Credentials, StreamError
from app.media.stream import Backoff, StreamState
from app.wall.layout import LAYOUT_NAMES, LAYOUTS, CameraInfo, WallModel
from tests.helpers.faulty_servers import closed_port
from tests.helpers.menus import choose, menu_texts, open_tile_menu
from tests.helpers.sites import WallSources
from widgets.wall import CAMERA_MIME, EPE_MIME, EmptyCell, TileWidget, WallWidget

POSITIONS = [
    CameraPosition.GATE,
    CameraPosition.GATE,
    CameraPosition.STORAGE_DOOR,
    CameraPosition.OTHER,
    CameraPosition.STORAGE_YARD,
    CameraPosition.INSIDE_STORAGE,
]


def two_epes(credentials: Credentials | None = None, backoff: Backoff | None = None) -> WallSources:
    """Two EPEs whose cameras (101… and 201…) all point at a closed port on 127.0.0.1."""
    port = closed_port()
    infos: list[CameraInfo] = []
    cameras: dict[int, list[Camera]] = {1: [], 2: []}
    for epe_id, epe_name in ((1, "Sao Việt"), (2, "Hòa Bình Xanh")):
        for number, position in enumerate(POSITIONS, start=1):
            camera_id = epe_id * 100 + number
            base = f"rtsp://127.0.0.1:{port}/Streaming/Channels/{camera_id}0"
            infos.append(
                CameraInfo(
                    camera_id,
                    epe_id,
                    epe_name,
                    number,
                    position,
                    f"Camera {number}",
                    main_url=base + "1",
                    sub_url=base + "2",
                )
            )
            cameras[epe_id].append(
                Camera(
                    epe_id, number, position, id=camera_id, main_url=base + "1", sub_url=base + "2"
                )
            )
    cameras[1].reverse()  # the registry's order must not matter
    return WallSources(infos, cameras, credentials, backoff, open_timeout=2.0)


def no_account() -> tuple[str, str]:
    raise StreamError(StreamFailure.NO_ACCOUNT, "no password in the keyring")


WallMaker = Callable[..., WallWidget]


@pytest.fixture
def make_wall(qtbot: QtBot, tmp_path) -> Iterator[WallMaker]:
    walls: list[WallWidget] = []

    def make(
        layout: str = "2x2", cameras: tuple[int | None, ...] = (), site: WallSources | None = None
    ) -> WallWidget:
        site = site or two_epes()
        wall = WallWidget(
            site.stream,
            site.lookup,
            site.epe_cameras,
            WallModel(layout, cameras),
            snapshot_dir=tmp_path / "snapshots",
        )
        wall.site = site  # type: ignore[attr-defined]
        qtbot.addWidget(wall)
        wall.resize(960, 600)
        wall.show()
        qtbot.waitExposed(wall)
        walls.append(wall)
        return wall

    yield make
    for wall in walls:
        wall.shutdown()


def mime(kind: str, value: int) -> QMimeData:
    data = QMimeData()
    data.setData(kind, QByteArray(str(value).encode("ascii")))
    return data


def drop_on(wall: WallWidget, cell: int, data: QMimeData) -> bool:
    """Drag ``data`` over a cell and drop it there, with the events Qt sends during a drag.

    The caller keeps ``data`` alive: the events only point at it."""
    centre = wall.cell_widget(cell).geometry().center()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    button, no_key = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(centre, actions, data, button, no_key)
    QApplication.sendEvent(wall, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(centre, actions, data, button, no_key)
    QApplication.sendEvent(wall, move)
    if not move.isAccepted():
        return False
    drop = QDropEvent(QPointF(centre), actions, data, button, no_key)
    QApplication.sendEvent(wall, drop)
    return drop.isAccepted()


def visible_cells(wall: WallWidget) -> list[QWidget]:
    return [
        w
        for w in wall.findChildren(QWidget)
        if isinstance(w, TileWidget | EmptyCell) and w.isVisible()
    ]


def covered_share(wall: WallWidget) -> float:
    rects = [wall.cell_widget(i).geometry() for i in range(wall.cell_count)]
    return sum(r.width() * r.height() for r in rects) / (wall.width() * wall.height())


def test_each_layout_shows_its_cells_side_by_side_without_overlap(
    make_wall: WallMaker, qtbot: QtBot
) -> None:
    wall = make_wall("1")
    for name in LAYOUT_NAMES:
        wall.set_layout(name)
        expected = len(LAYOUTS[name])
        assert wall.cell_count == expected
        assert len(visible_cells(wall)) <= expected  # cells of the old layout are gone at once
        qtbot.waitUntil(
            lambda n=expected: len(visible_cells(wall)) == n and covered_share(wall) > 0.95
        )
        rects = [wall.cell_widget(i).geometry() for i in range(expected)]
        for i, a in enumerate(rects):
            assert a.width() > 100 and a.height() > 80
            assert not any(a.intersects(b) for b in rects[i + 1 :])
    big, small = wall.cell_widget(0).geometry(), wall.cell_widget(1).geometry()
    assert wall.layout_name == "1+5"
    assert big.width() > 1.8 * small.width() and big.height() > 1.8 * small.height()
    assert isinstance(wall.cell_widget(0), EmptyCell)
    assert "Drop a camera" in wall.cell_widget(0).hint.text()


def test_dropping_a_camera_on_a_cell_puts_it_there_on_its_sub_stream(
    make_wall: WallMaker, qtbot: QtBot
) -> None:
    wall = make_wall("2x2")
    changes: list[int] = []
    wall.model_changed.connect(lambda: changes.append(1))
    data = mime(CAMERA_MIME, 103)
    assert drop_on(wall, 2, data)
    assert wall.model.cameras == (None, None, 103, None)
    assert changes == [1]
    tile = wall.tile_at(2)
    assert tile is not None
    assert tile.title_text() == "3. Camera 3 · Sao Việt"
    assert tile.stream.url.endswith("/10302")
    qtbot.waitUntil(lambda: tile.stream.status.state is not StreamState.IDLE)


def test_an_unknown_camera_or_foreign_data_changes_nothing(make_wall: WallMaker) -> None:
    wall = make_wall("2x2")
    unknown = mime(CAMERA_MIME, 999)
    assert not drop_on(wall, 0, unknown)
    garbage = QMimeData()
    garbage.setData(CAMERA_MIME, QByteArray(b"not a number"))
    assert not wall.drop_mime(0, garbage)
    text = QMimeData()
    text.setText("103")
    assert not wall.accepts(text)
    assert wall.model.cameras == (None,) * 4


def test_dropping_an_epe_fills_its_online_cameras_in_diagram_order(make_wall: WallMaker) -> None:
    wall = make_wall("3x3", (201,))
    data = mime(EPE_MIME, 1)
    assert drop_on(wall, 1, data)
    # Camera 4 ("other": not required online) is left out; 201 keeps its cell.
    assert wall.model.cameras == (201, 101, 102, 103, 105, 106, None, None, None)
    numbers = [wall.tile_at(i).info.diagram_number for i in range(1, 6)]  # type: ignore[union-attr]
    assert numbers == [1, 2, 3, 5, 6]


def test_swapping_two_tiles_moves_them_without_restarting_their_streams(
    make_wall: WallMaker, qtbot: QtBot
) -> None:
    wall = make_wall("2x2", (101, None, None, 102))
    first, second = wall.tile_at(0), wall.tile_at(3)
    assert first is not None and second is not None
    qtbot.waitUntil(lambda: first.stream.status.failure is StreamFailure.UNREACHABLE)
    qtbot.waitUntil(lambda: second.stream.status.failure is StreamFailure.UNREACHABLE)
    streams = (first.stream, second.stream)
    windows = (int(first.surface.winId()), int(second.surface.winId()))
    where = (first.geometry(), second.geometry())
    seen: list[StreamState] = []
    for stream in streams:
        stream.status_changed.connect(lambda s: seen.append(s.state))

    drag = first.drag_mime()
    assert wall.drop_mime(3, drag, source=first)

    assert wall.tile_at(3) is first and wall.tile_at(0) is second
    assert (wall.tile_at(3).stream, wall.tile_at(0).stream) == streams  # type: ignore[union-attr]
    assert wall.model.cameras == (102, None, None, 101)
    assert StreamState.STOPPED not in seen
    qtbot.waitUntil(lambda: first.geometry() == where[1] and second.geometry() == where[0])
    assert (int(first.surface.winId()), int(second.surface.winId())) == windows
    assert len(wall.site.built) == 2  # type: ignore[attr-defined]


def test_dragging_a_tile_onto_an_empty_cell_moves_it(make_wall: WallMaker) -> None:
    wall = make_wall("2x2", (101,))
    tile = wall.tile_at(0)
    assert tile is not None
    assert wall.drop_mime(2, tile.drag_mime(), source=tile)
    assert wall.tile_at(2) is tile
    assert isinstance(wall.cell_widget(0), EmptyCell)


def test_a_smaller_layout_keeps_the_streams_of_the_cameras_that_fit(
    make_wall: WallMaker, qtbot: QtBot
) -> None:
    wall = make_wall("3x3", (101, None, 103, None, 105, None, None, None, 201))
    kept = {t.camera_id: t.stream for t in wall.tiles()}
    wall.set_layout("2x2")
    assert wall.model.cameras == (101, 105, 103, 201)
    assert {t.camera_id: t.stream for t in wall.tiles()} == kept
    wall.set_layout("1")
    assert wall.model.cameras == (101,)
    dropped = [kept[c] for c in (103, 105, 201)]
    qtbot.waitUntil(lambda: all(s.status.state is StreamState.STOPPED for s in dropped))


def test_the_footer_counts_down_to_the_next_attempt_and_names_the_reason(
    make_wall: WallMaker, qtbot: QtBot
) -> None:
    wall = make_wall("1", (101,), site=two_epes(backoff=Backoff(first=4.0, cap=4.0, jitter=0.0)))
    tile = wall.tile_at(0)
    assert tile is not None
    pattern = re.compile(r"^Reconnecting in (\d+) s — EPE unreachable$")
    qtbot.waitUntil(lambda: pattern.match(tile.state_text()) is not None, timeout=5_000)
    first = int(pattern.match(tile.state_text()).group(1))  # type: ignore[union-attr]
    assert 3 <= first <= 4
    retry_at = tile.stream.status.next_retry_at

    def counted_down() -> bool:
        match = pattern.match(tile.state_text())
        return match is not None and int(match.group(1)) < first

    qtbot.waitUntil(counted_down, timeout=2_500)
    assert tile.stream.status.next_retry_at == retry_at  # the same wait, counted down
    tooltip = tile.footer.toolTip().splitlines()
    assert tooltip[0] == tile.state_text()
    assert tooltip[-1].startswith("rtsp://127.0.0.1:")


def test_an_epe_without_a_stored_account_says_failed_and_retries_slowly(
    make_wall: WallMaker, qtbot: QtBot
) -> None:
    wall = make_wall("1", (101,), site=two_epes(credentials=no_account))
    tile = wall.tile_at(0)
    assert tile is not None
    pattern = re.compile(r"^Failed: No account stored for this EPE — retry in (\d+) s$")
    qtbot.waitUntil(lambda: pattern.match(tile.state_text()) is not None, timeout=5_000)
    assert int(pattern.match(tile.state_text()).group(1)) >= 7  # type: ignore[union-attr]


def test_maximise_fills_the_wall_on_the_main_stream_and_restore_goes_back(
    make_wall: WallMaker, qtbot: QtBot
) -> None:
    wall = make_wall("2x2", (101, 102, None, 103))
    tile, other = wall.tile_at(0), wall.tile_at(1)
    assert tile is not None and other is not None
    qtbot.waitUntil(lambda: other.stream.status.state is not StreamState.IDLE)
    in_grid = tile.geometry()
    with qtbot.waitSignal(wall.maximised_changed) as signal:
        qtbot.mouseDClick(tile.surface, Qt.MouseButton.LeftButton)
    assert signal.args == [0]
    assert wall.maximised_cell == 0
    assert tile.stream.url.endswith("/10101")
    assert visible_cells(wall) == [tile]
    qtbot.waitUntil(lambda: tile.width() > 0.95 * (wall.width() - 4))
    assert tile.height() > 0.95 * (wall.height() - 4)
    assert other.stream.status.state is StreamState.STOPPED  # hidden tiles pause
    assert other.state_text() == "Paused while hidden"
    assert tile.maximise_button.toolTip().startswith("Restore")

    wall.toggle_maximise(0)
    assert wall.maximised_cell is None
    assert tile.stream.url.endswith("/10102")
    qtbot.waitUntil(lambda: tile.geometry() == in_grid)
    qtbot.waitUntil(lambda: other.stream.status.state is not StreamState.STOPPED)
    assert len(visible_cells(wall)) == 4


def test_maximising_an_empty_cell_does_nothing(make_wall: WallMaker) -> None:
    wall = make_wall("2x2", (101,))
    wall.toggle_maximise(2)
    assert wall.maximised_cell is None
    assert len(visible_cells(wall)) == 4


def test_the_clear_button_empties_the_cell_and_releases_the_stream(
    make_wall: WallMaker, qtbot: QtBot
) -> None:
    wall = make_wall("2x2", (101, 102))
    tile = wall.tile_at(1)
    assert tile is not None
    stream = tile.stream
    qtbot.waitUntil(lambda: stream.status.state is not StreamState.IDLE)
    qtbot.mouseClick(tile.clear_button, Qt.MouseButton.LeftButton)
    assert stream.status.state is StreamState.STOPPED
    assert wall.model.cameras == (101, None, None, None)
    assert isinstance(wall.cell_widget(1), EmptyCell)
    wall.clear_all()
    assert wall.model.cameras == (None,) * 4
    assert wall.tiles() == []


def test_a_camera_removed_from_the_registry_leaves_the_wall(make_wall: WallMaker) -> None:
    wall = make_wall("2x2", (101, 102))
    site: WallSources = wall.site  # type: ignore[attr-defined]
    stream = wall.tile_at(1).stream  # type: ignore[union-attr]
    kept = wall.tile_at(0)
    del site.infos[102]
    wall.reload_cameras()
    assert wall.model.cameras == (101, None, None, None)
    assert stream.status.state is StreamState.STOPPED
    assert wall.tile_at(0) is kept


def test_tile_drag_data_names_the_camera(make_wall: WallMaker) -> None:
    wall = make_wall("1", (105,))
    tile = wall.tile_at(0)
    assert tile is not None
    data = tile.drag_mime()
    assert bytes(data.data(CAMERA_MIME).data()) == b"105"
    # Onto another wall a dragged tile is just a camera.
    other = make_wall("2x2")
    assert other.drop_mime(3, data, source=tile)
    assert other.model.cameras == (None, None, None, 105)


def test_dragging_over_a_cell_highlights_it(make_wall: WallMaker, qtbot: QtBot) -> None:
    wall = make_wall("2x2")
    data = mime(CAMERA_MIME, 101)
    pos = wall.cell_widget(3).geometry().center()
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        pos, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(wall, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(
        pos, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(wall, move)
    assert move.isAccepted()
    assert wall.cell_widget(3).property("dropTarget") is True
    outside = QDragMoveEvent(
        QPoint(-5, -5), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(wall, outside)
    assert not outside.isAccepted()
    assert wall.cell_widget(3).property("dropTarget") is False


def test_a_snapshot_without_a_picture_says_so(make_wall: WallMaker, qtbot: QtBot) -> None:
    wall = make_wall("2x2", (101,))
    tile = wall.tile_at(0)
    assert tile is not None
    with qtbot.waitSignal(wall.snapshot_failed) as failed:
        qtbot.mouseClick(tile.snapshot_button, Qt.MouseButton.LeftButton)
    assert failed.args == ["No picture to save from 1. Camera 1 · Sao Việt yet."]


def test_loading_a_saved_wall_keeps_the_streams_it_shares(make_wall: WallMaker) -> None:
    wall = make_wall("2x2", (101, 102))
    kept = wall.tile_at(1)
    changes: list[int] = []
    wall.model_changed.connect(lambda: changes.append(1))
    wall.set_model(WallModel.from_dict({"layout": "1+5", "cameras": [102, 201, None, 999]}))
    assert wall.layout_name == "1+5"
    assert wall.model.cameras == (102, 201, None, None, None, None)  # 999 is not registered
    assert wall.tile_at(0) is kept
    assert changes == [1]
    wall.set_model(WallModel("2x2", [102]))
    assert changes == [1]


# --- the tile's right-click menu, small tiles, layouts that keep their cameras ------------------
def test_the_tile_menu_has_what_officers_know_from_ivms(make_wall: WallMaker, qtbot: QtBot) -> None:
    wall = make_wall("2x2", (101, 102))
    tile = wall.tile_at(0)
    assert tile is not None
    qtbot.waitUntil(lambda: tile.stream.status.state is not StreamState.IDLE)
    menu = open_tile_menu(qtbot, tile)
    assert menu_texts(menu)[:1] == ["Stop"]
    assert {
        "Main stream (full resolution)",
        "Sub stream (small)",
        "Take snapshot",
        "Play back from 30 s ago",
        "Full screen",
        "Camera details…",
    } <= set(menu_texts(menu))
    assert "PTZ control (arrow keys, + and −)" not in menu_texts(menu)  # a fixed camera
    sub = next(a for a in menu.actions() if a.text() == "Sub stream (small)")
    assert sub.isChecked()

    choose(qtbot, menu, "Stop")
    qtbot.waitUntil(lambda: tile.stream.status.state is StreamState.STOPPED)
    assert tile.state_text() == "Stopped (right-click ▸ Play)"
    # Stopped by the officer: maximising another tile and restoring does not restart it.
    wall.toggle_maximise(1)
    wall.restore()
    assert tile.stream.status.state is StreamState.STOPPED
    choose(qtbot, open_tile_menu(qtbot, tile), "Play")
    qtbot.waitUntil(lambda: tile.stream.status.state is not StreamState.STOPPED)

    choose(qtbot, open_tile_menu(qtbot, tile), "Main stream (full resolution)")
    assert tile.stream.url.endswith("/10101")
    wall.toggle_maximise(0)
    wall.restore()
    assert tile.stream.url.endswith("/10101")  # the officer's choice outlasts a maximise

    with qtbot.waitSignal(wall.playback_requested) as playback:
        choose(qtbot, open_tile_menu(qtbot, tile), "Play back from 30 s ago")
    assert playback.args == [101]
    with qtbot.waitSignal(wall.details_requested) as details:
        choose(qtbot, open_tile_menu(qtbot, tile), "Camera details…")
    assert details.args == [101]
    with qtbot.waitSignal(wall.full_screen_requested) as full:
        choose(qtbot, open_tile_menu(qtbot, tile), "Full screen")
    assert full.args == [0]
    assert wall.maximised_cell == 0


def long_names() -> WallSources:
    """A 4x4 wall's worth of cameras of EPEs with their full registered names."""
    port = closed_port()
    infos = []
    for epe_id, epe_name in (
        (1, "Công ty TNHH Linh kiện Chính xác Đông Phương"),
        (2, "Công ty TNHH May mặc Hòa Bình Xanh"),
    ):
        for number in range(1, 9):
            camera_id = epe_id * 100 + number
            infos.append(
                CameraInfo(
                    camera_id,
                    epe_id,
                    epe_name,
                    number,
                    CameraPosition.STORAGE_DOOR,
                    "Cửa kho linh kiện",
                    sub_url=f"rtsp://127.0.0.1:{port}/Streaming/Channels/{camera_id}02",
                )
            )
    return WallSources(infos, open_timeout=2.0)


def test_small_tiles_lead_with_the_camera_and_keep_everything_in_the_tooltip(
    make_wall: WallMaker, qtbot: QtBot
) -> None:
    cameras = tuple(range(101, 109)) + tuple(range(201, 209))
    wall = make_wall("4x4", cameras, site=long_names())
    wall.resize(850, 560)  # the wall of a 1366x768 laptop
    tile = wall.tile_at(5)
    assert tile is not None
    qtbot.waitUntil(lambda: tile.width() < 230)
    assert tile.is_compact
    assert tile.title_text() == "6. Cửa kho linh kiện · Linh kiện Chính xác Đông Phương"
    assert tile.title.toolTip() == (
        "Cửa kho linh kiện\n"
        "Camera 6 (Storage area door) of Công ty TNHH Linh kiện Chính xác Đông Phương"
    )
    # The number and the camera are what a narrow title still shows.
    metrics = tile.title.fontMetrics()
    shown = metrics.elidedText(
        tile.title_text(), Qt.TextElideMode.ElideRight, tile.title.contentsRect().width()
    )
    assert shown.startswith("6. Cửa kho")
    assert tile.header_buttons.isVisible()
    wall.resize(560, 420)  # a 4x4 wall beside the tree and the check dock at 1366x768
    qtbot.waitUntil(lambda: tile.width() < 150)
    assert not tile.header_buttons.isVisible()  # the title takes the header
    qtbot.waitUntil(lambda: tile.title.width() > 0.9 * tile.width())
    wall.resize(850, 560)
    qtbot.waitUntil(tile.header_buttons.isVisible)
    # The state: short in the strip, whole in the tooltip.
    qtbot.waitUntil(lambda: tile.stream.status.failure is StreamFailure.UNREACHABLE)
    assert re.fullmatch(r"EPE unreachable · \d+ s", tile.state_text())
    assert "keeps trying" in tile.footer.toolTip()

    wall.resize(1800, 1000)
    qtbot.waitUntil(lambda: not tile.is_compact)
    assert re.fullmatch(r"Reconnecting in \d+ s — EPE unreachable", tile.state_text())


def test_a_smaller_layout_keeps_the_other_cameras_for_when_it_grows_again(
    make_wall: WallMaker,
) -> None:
    wall = make_wall("2x2", (101, 102, 103, 105))
    wall.set_layout("1")
    assert wall.model.cameras == (101,)
    assert [t.camera_id for t in wall.tiles()] == [101]
    wall.set_layout("3x3")
    assert wall.model.cameras[:5] == (101, 102, 103, 105, None)
    assert [t.camera_id for t in wall.tiles()] == [101, 102, 103, 105]


def test_a_failing_tile_speaks_vietnamese_and_keeps_the_raw_error_to_a_details_line(
    make_wall: WallMaker, qtbot: QtBot
) -> None:
    i18n.install("vi")
    wall = make_wall("2x2", (101,))
    tile = wall.tile_at(0)
    assert tile is not None
    qtbot.waitUntil(lambda: tile.stream.status.failure is StreamFailure.UNREACHABLE)
    reconnecting = r"Kết nối lại sau \d+ giây — Không kết nối được tới DNCX"
    assert re.fullmatch(reconnecting, tile.state_text())
    lines = tile.footer.toolTip().splitlines()
    assert lines[0] == tile.state_text()
    assert lines[1].startswith("Mạng hoặc thiết bị của DNCX không trả lời")
    assert lines[2].startswith("Chi tiết kỹ thuật: ")  # FFmpeg's words, kept for IT
    assert lines[3].startswith("rtsp://127.0.0.1:")
    for failure in StreamFailure:  # every failure has its Vietnamese words
        text = failure_text(failure)
        with_english = (failure.label(), failure.advice())
        assert text.summary and text.advice
        assert not any(word in " ".join(with_english) for word in (" the ", " EPE ", "Errno"))
