"""A live wall on the simulated EPE site: real RTSP, real libVLC, real windows under Xvfb."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QCursor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain import CameraPosition
from app.media.stream import StreamController, StreamState
from app.simsite.site import SiteDescription
from app.wall.layout import CameraInfo, WallModel
from tests.helpers.sim_fixtures import SiteFactory
from widgets.wall import TileWidget, WallWidget

pytestmark = pytest.mark.e2e

SUB, MAIN = (640, 360), (1920, 1080)


class SimSources:
    """What the main window gives the wall, built from the simulated site's description."""

    def __init__(self, site: SiteDescription) -> None:
        self.infos: dict[int, CameraInfo] = {}
        self.accounts: dict[int, tuple[str, str]] = {}
        for epe_id, epe in enumerate(site.epes, start=1):
            for camera in epe.cameras:
                camera_id = epe_id * 100 + camera.diagram_number
                self.infos[camera_id] = CameraInfo(
                    camera_id,
                    epe_id,
                    epe.name,
                    camera.diagram_number,
                    CameraPosition(camera.position),
                    camera.name,
                    camera.main_url,
                    camera.sub_url,
                )
                self.accounts[camera_id] = (epe.user, epe.password)

    def stream(self, camera_id: int) -> StreamController:
        account = self.accounts[camera_id]
        return StreamController(self.infos[camera_id].sub_url, lambda: account)

    def lookup(self, camera_id: int) -> CameraInfo | None:
        return self.infos.get(camera_id)


@pytest.fixture
def live_wall(sim_site: SiteDescription, qtbot: QtBot, tmp_path: Path) -> Iterator[WallWidget]:
    sources = SimSources(sim_site)
    first_epe = [c for c in sorted(sources.infos) if c < 200][:4]
    wall = WallWidget(
        sources.stream,
        sources.lookup,
        model=WallModel("2x2", first_epe),
        snapshot_dir=tmp_path / "snapshots",
    )
    qtbot.addWidget(wall)
    wall.resize(1280, 760)
    wall.move(0, 0)
    # Off the wall: pointing at a tile adds its rates to the footer.
    QCursor.setPos(QApplication.primaryScreen().geometry().bottomRight() - QPoint(5, 5))
    wall.show()
    qtbot.waitExposed(wall)
    yield wall
    wall.shutdown()


def all_live(tiles: list[TileWidget]) -> bool:
    return all(t.stream.status.state is StreamState.LIVE for t in tiles)


def showing_pictures(tiles: list[TileWidget]) -> bool:
    return all(t.stream.displayed_and_lost()[0] > 10 for t in tiles)


def grab(tile: TileWidget) -> QImage:
    """What the screen shows in a tile's video area (libVLC's window included)."""
    screen = QApplication.primaryScreen()
    full = screen.grabWindow(0).toImage()
    top_left = tile.surface.mapToGlobal(QPoint(0, 0))
    return full.copy(QRect(top_left, tile.surface.size()))


def samples(image: QImage, steps: int = 24) -> list[QColor]:
    return [
        image.pixelColor(
            image.width() * (2 * i + 1) // (2 * steps), image.height() * (2 * j + 1) // (2 * steps)
        )
        for j in range(steps)
        for i in range(steps)
    ]


def lit_share(image: QImage) -> float:
    points = samples(image)
    return sum(c.red() + c.green() + c.blue() > 60 for c in points) / len(points)


def difference(a: QImage, b: QImage) -> float:
    """Mean absolute colour difference (0..255) at the same relative points of two pictures."""
    pairs = zip(samples(a), samples(b), strict=True)
    total = sum(
        abs(x.red() - y.red()) + abs(x.green() - y.green()) + abs(x.blue() - y.blue())
        for x, y in pairs
    )
    return total / (3 * 24 * 24)


def test_four_cameras_go_live_with_four_different_pictures(
    live_wall: WallWidget, qtbot: QtBot
) -> None:
    tiles = live_wall.tiles()
    assert len(tiles) == 4
    qtbot.waitUntil(lambda: all_live(tiles), timeout=20_000)
    assert [t.state_text() for t in tiles] == ["Live"] * 4
    assert all(t.stream.status.info is not None for t in tiles)
    assert {
        (t.stream.status.info.width, t.stream.status.info.height)  # type: ignore[union-attr]
        for t in tiles
    } == {SUB}
    qtbot.waitUntil(lambda: showing_pictures(tiles), timeout=10_000)

    pictures = [grab(t) for t in tiles]
    shares = [lit_share(p) for p in pictures]
    print("lit share per tile:", [f"{s:.2f}" for s in shares])
    assert all(share > 0.3 for share in shares)
    gaps = [difference(pictures[i], pictures[j]) for i in range(4) for j in range(i + 1, 4)]
    print("colour difference between tiles:", [f"{g:.0f}" for g in gaps])
    assert min(gaps) > 15


def test_maximise_plays_the_main_stream_and_restore_the_sub_stream(
    live_wall: WallWidget, qtbot: QtBot
) -> None:
    tiles = live_wall.tiles()
    qtbot.waitUntil(lambda: all_live(tiles), timeout=20_000)
    tile, others = tiles[0], tiles[1:]
    qtbot.waitUntil(lambda: tile.stream.video_size() == SUB, timeout=5_000)

    qtbot.mouseDClick(tile.surface, Qt.MouseButton.LeftButton)
    assert live_wall.maximised_cell == 0
    # libVLC knows the picture size a moment before its "video out" event turns the tile Live.
    qtbot.waitUntil(
        lambda: tile.stream.video_size() == MAIN and tile.state_text() == "Live", timeout=15_000
    )
    assert all(t.stream.status.state is StreamState.STOPPED for t in others)
    qtbot.waitUntil(lambda: tile.stream.displayed_and_lost()[0] > 10, timeout=10_000)
    assert lit_share(grab(tile)) > 0.3
    assert tile.surface.width() > 1200

    live_wall.toggle_maximise(0)
    qtbot.waitUntil(lambda: tile.stream.video_size() == SUB, timeout=15_000)
    qtbot.waitUntil(lambda: all_live(tiles), timeout=15_000)


def test_pointing_at_a_live_tile_shows_its_frame_rate_and_bitrate(
    live_wall: WallWidget, qtbot: QtBot
) -> None:
    tile = live_wall.tiles()[1]
    qtbot.waitUntil(lambda: tile.stream.status.fps > 0, timeout=20_000)
    assert tile.state_text() == "Live"
    # Straight onto the picture, i.e. into libVLC's own window.
    QCursor.setPos(tile.surface.mapToGlobal(tile.surface.rect().center()))
    pattern = re.compile(r"^Live · (\d+[.,]\d) fps · (\d+) kbit/s$")
    qtbot.waitUntil(lambda: pattern.match(tile.state_text()) is not None, timeout=3_000)
    match = pattern.match(tile.state_text())
    assert match is not None
    assert 5 <= float(match.group(1).replace(",", ".")) <= 40
    assert int(match.group(2)) > 50
    QCursor.setPos(live_wall.tiles()[0].surface.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(lambda: tile.state_text() == "Live", timeout=3_000)


def test_the_snapshot_button_saves_the_picture(live_wall: WallWidget, qtbot: QtBot) -> None:
    tile = live_wall.tiles()[2]
    qtbot.waitUntil(lambda: tile.stream.displayed_and_lost()[0] > 10, timeout=20_000)
    with qtbot.waitSignal(live_wall.snapshot_saved, timeout=5_000) as saved:
        qtbot.mouseClick(tile.snapshot_button, Qt.MouseButton.LeftButton)
    path = Path(saved.args[0])
    assert path.name.startswith(re.sub(r"\W+", "-", tile.info.epe_name).strip("-")[:40])
    qtbot.waitUntil(path.exists, timeout=3_000)
    image = QImage(str(path))
    assert (image.width(), image.height()) == SUB
    assert lit_share(image) > 0.3


def test_sixteen_tiles_shown_together_start_row_by_row_and_all_go_live(
    sim_site_factory: SiteFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    # Loop cameras: sixteen live encoders would measure the simulator, not the wall.
    config = tmp_path / "sixteen.json"
    config.write_text(json.dumps(sixteen_loop_cameras(), ensure_ascii=False), encoding="utf-8")
    sources = SimSources(sim_site_factory(config=config).description)
    cameras = sorted(sources.infos)[:16]
    wall = WallWidget(sources.stream, sources.lookup, model=WallModel("4x4", cameras))
    qtbot.addWidget(wall)
    wall.resize(1280, 760)
    # The officer had rearranged the wall: the tiles were made in another order than they are
    # read in now (the first-made tile sits bottom right).
    wall.swap_cells(0, 15)
    wall.swap_cells(1, 14)
    started: list[int] = []
    for cell in range(16):
        tile = wall.tile_at(cell)
        assert tile is not None
        tile.stream.status_changed.connect(
            lambda status, cell=cell: status.state is StreamState.CONNECTING
            and cell not in started
            and started.append(cell)
        )
    wall.show()  # the wall opens: every tile is shown in the same pass
    try:
        tiles = wall.tiles()
        qtbot.waitUntil(lambda: all_live(tiles), timeout=30_000)
        # Row by row, left to right: the order the cells are numbered in a 4x4 layout.
        assert started == list(range(16))
    finally:
        wall.shutdown()


def sixteen_loop_cameras() -> dict[str, object]:
    return {
        "version": 1,
        "source": "loop",
        "loop_seconds": 2,
        "epes": [
            {
                "name": f"DNCX {e}",
                "tax_id": f"010000000{e}",
                "account": {"user": f"hq{e}", "password": f"Secret{e}loop"},
                "cameras": [{"diagram_number": n, "position": "gate"} for n in range(1, 9)],
            }
            for e in (1, 2)
        ],
    }
