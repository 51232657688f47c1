"""Snapshots of live tiles on the simulated EPE site: stamped PNGs at the stream's own resolution,
recorded with their SHA-256 in the registry."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app import __version__
from app.domain import Epe
from app.evidence.snapshots import (
    INCOMING,
    SnapshotBook,
    SnapshotRecord,
    read_png_text,
    sha256_file,
)
from app.media.stream import StreamState
from app.simsite.site import SimEpe, SiteDescription
from app.sites.registry import Registry
from app.wall.layout import WallModel
from tests.helpers.sites import SiteBuilder, WallSources
from widgets.wall import TileWidget, WallWidget

pytestmark = pytest.mark.e2e

SUB, MAIN = (640, 360), (1920, 1080)
NAME = re.compile(r"^(?P<epe>[\w-]+)_cam(?P<number>\d{2,})_(?P<time>\d{8}-\d{6})\+07\.png$")


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    reg = Registry(tmp_path / "epewall.sqlite3")
    yield reg
    reg.close()


@pytest.fixture
def book(registry: Registry, tmp_path: Path) -> SnapshotBook:
    return SnapshotBook(registry, tmp_path / "snapshots")


@pytest.fixture
def sim(sim_site: SiteDescription) -> SimEpe:
    return sim_site.epes[0]


@pytest.fixture
def epe(sim: SimEpe, registry: Registry) -> Epe:
    """The simulated site's first EPE in a real registry file; the wall's look-ups read it."""
    return SiteBuilder(registry).add_sim_epe(sim)[0]


@pytest.fixture
def wall(
    sim: SimEpe, epe: Epe, registry: Registry, book: SnapshotBook, qtbot: QtBot
) -> Iterator[WallWidget]:
    account = (sim.user, sim.password)
    sources = WallSources.from_registry(registry, lambda: account)
    cameras = sorted(sources.infos)[:4]
    widget = WallWidget(
        sources.stream, sources.lookup, model=WallModel("2x2", cameras), snapshot_book=book
    )
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def snap(wall: WallWidget, tile: TileWidget, qtbot: QtBot) -> SnapshotRecord:
    qtbot.waitUntil(
        lambda: tile.stream.status.state is StreamState.LIVE
        and tile.stream.displayed_and_lost()[0] > 10,
        timeout=20_000,
    )
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    recorded: list[SnapshotRecord] = []
    wall.snapshot_recorded.connect(recorded.append)
    clicked = time.monotonic()
    with qtbot.waitSignal(wall.snapshot_saved, timeout=10_000) as saved:
        qtbot.mouseClick(tile.snapshot_button, Qt.MouseButton.LeftButton)
    print(f"snapshot saved {1000 * (time.monotonic() - clicked):.0f} ms after the click")
    assert len(recorded) == 1
    record = recorded[0]
    assert saved.args == [str(record.path)]
    assert before <= record.taken_at <= dt.datetime.now(dt.UTC)
    return record


def check_evidence(
    record: SnapshotRecord,
    tile: TileWidget,
    book: SnapshotBook,
    sim: SimEpe,
    epe: Epe,
    size: tuple[int, int],
    stream: str,
) -> None:
    info = tile.stream.status.info
    assert info is not None and (info.width, info.height) == size
    image = QImage(str(record.path))
    assert (image.width(), image.height()) == size == (record.width, record.height)
    assert sha256_file(record.path) == record.sha256
    assert book.list() == [record]
    assert book.verify(record)
    stamp = read_png_text(record.path.read_bytes())
    assert stamp["EPE"] == sim.name
    assert stamp["EPE tax ID"] == epe.tax_id
    assert stamp["Camera number"] == str(tile.info.diagram_number)
    assert stamp["Camera position"] == str(tile.info.position)
    assert stamp["Camera name"] == tile.info.name
    assert stamp["Camera stream"] == stream
    assert stamp["Source resolution"] == f"{size[0]}x{size[1]}"
    assert stamp["Time UTC"] == record.taken_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    vietnam = record.taken_at.astimezone(dt.timezone(dt.timedelta(hours=7)))
    assert stamp["Time Vietnam"] == vietnam.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    assert stamp["Software"] == f"epewall {__version__}"
    assert stamp["Officer"] == record.officer
    name = NAME.match(record.path.name)
    assert name is not None, record.path.name
    assert int(name["number"]) == tile.info.diagram_number
    assert name["time"] == vietnam.strftime("%Y%m%d-%H%M%S")
    assert record.path.parent == book.folder
    assert list((book.folder / INCOMING).iterdir()) == []


def test_a_grid_tile_snapshot_is_the_sub_stream_picture_stamped_and_recorded(
    wall: WallWidget, book: SnapshotBook, sim: SimEpe, epe: Epe, qtbot: QtBot
) -> None:
    tile = wall.tiles()[2]
    record = snap(wall, tile, qtbot)
    check_evidence(record, tile, book, sim, epe, SUB, "sub")


def test_a_maximised_tile_snapshot_has_the_main_stream_full_resolution(
    wall: WallWidget, book: SnapshotBook, sim: SimEpe, epe: Epe, qtbot: QtBot
) -> None:
    tile = wall.tiles()[0]
    qtbot.waitUntil(lambda: tile.stream.status.state is StreamState.LIVE, timeout=20_000)
    wall.maximise(0)
    qtbot.waitUntil(lambda: tile.stream.video_size() == MAIN, timeout=15_000)
    record = snap(wall, tile, qtbot)
    check_evidence(record, tile, book, sim, epe, MAIN, "main")
