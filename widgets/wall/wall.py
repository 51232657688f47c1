"""The video wall: a WallModel shown as a grid of camera tiles and drop targets.

The wall never builds a stream or reads the registry itself: the main window hands it a stream
factory and look-ups, so the same widget runs on the real registry, the demo site and in tests.

Moving a camera between cells (swap, drag, layout change) moves its tile inside the one grid, so
its native window and its stream keep running. Maximising hides the other tiles, which pauses
their streams (the EPE's uplink goes to the main stream the officer is looking at) and resumes
them on restore.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.domain import Camera
from app.evidence.snapshots import SnapshotBook, SnapshotRecord, SnapshotSubject, SnapshotTaker
from app.media.stream import StreamController, StreamState, StreamStatus
from app.wall.channels import ChannelState
from app.wall.layout import CameraInfo, WallModel, epe_fill_order
from app.wall.opening import OpenQueue
from widgets.wall.tile import CAMERA_MIME, EPE_MIME, TILE_MIME, TileWidget

# Builds the stream of a camera (the main window's one looks up the registry and the keyring).
# The wall sets the URL itself (sub in the grid, main when maximised) before playing.
StreamFactory = Callable[[int], StreamController]
# Title data and URLs of a camera; None (or KeyError) when it is no longer in the registry.
CameraLookup = Callable[[int], CameraInfo | None]
# The cameras of an EPE, for "drop a whole EPE" (Registry.list_cameras fits).
EpeCameras = Callable[[int], Sequence[Camera]]


class EmptyCell(QFrame):
    """A cell with no camera: says what can be dropped on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyCell")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            "#emptyCell { background: #161b22; border: 1px dashed #3d444d; }"
            '#emptyCell[dropTarget="true"] { border: 2px solid #2f81f7; background: #1c2a3d; }'
            "#emptyCell QLabel { color: #8b949e; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(120, 90)
        self.hint = QLabel(self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        self._retranslate()

    def set_drop_target(self, on: bool) -> None:
        self.setProperty("dropTarget", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return super().event(event)

    def _retranslate(self) -> None:
        self.hint.setText(self.tr("Drop a camera or a whole EPE here"))


class WallWidget(QWidget):
    """Cameras in a grid; the main window adds the menus, shortcuts and saved walls."""

    model_changed = Signal()  # layout or cameras changed: time to save the wall
    maximised_changed = Signal(int)  # the maximised cell, -1 after restore
    snapshot_saved = Signal(str)  # path of the PNG
    snapshot_failed = Signal(str)  # translated message
    snapshot_recorded = Signal(object)  # the SnapshotRecord, just before snapshot_saved
    channels_changed = Signal()  # a camera came on or off the wall, or its stream changed state
    playback_requested = Signal(int)  # camera id: "play back from 30 s ago" on its tile
    details_requested = Signal(int)  # camera id
    full_screen_requested = Signal(int)  # cell: this tile alone on the whole screen

    def __init__(
        self,
        stream_factory: StreamFactory,
        camera_info: CameraLookup,
        epe_cameras: EpeCameras | None = None,
        model: WallModel | None = None,
        snapshot_dir: Path | None = None,
        parent: QWidget | None = None,
        *,
        snapshot_book: SnapshotBook | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wall")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("#wall { background: #010409; }")
        self.setAcceptDrops(True)
        self._factory = stream_factory
        self._lookup = camera_info
        self._epe_cameras = epe_cameras
        self._snapshot_dir = snapshot_dir
        # With a book every snapshot is recorded (SHA-256 in the registry); without one (demo,
        # tests) it is still stamped.
        self._snapshot_book = snapshot_book
        self._snapshots = SnapshotTaker(snapshot_book, snapshot_dir, parent=self)
        self._snapshots.saved.connect(self._on_snapshot_saved)
        self._snapshots.failed.connect(self.snapshot_failed)
        self._model = WallModel()
        self._tiles: dict[int, TileWidget] = {}
        self._empty: dict[int, EmptyCell] = {}
        self._maximised: int | None = None
        self._highlighted: QWidget | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(2, 2, 2, 2)
        self._grid.setSpacing(2)
        self._rows_used = 0
        self._cols_used = 0
        self._playback_allowed = True
        # Tiles shown together (a layout, a saved wall, a tour page) start in reading order.
        self._opening = OpenQueue(parent=self)
        self._apply(model.copy() if model is not None else WallModel())

    # --- reading ------------------------------------------------------------------------------
    @property
    def model(self) -> WallModel:
        """A copy of what the wall shows (change the wall through its methods)."""
        return self._model.copy()

    @property
    def layout_name(self) -> str:
        return self._model.layout_name

    @property
    def cell_count(self) -> int:
        return len(self._model)

    @property
    def maximised_cell(self) -> int | None:
        return self._maximised

    def channel_states(self) -> dict[int, ChannelState]:
        """The state of every camera on the wall (cameras kept off screen are not on it)."""
        return {
            tile.camera_id: ChannelState.of_stream(tile.stream.status.state)
            for tile in self._tiles.values()
        }

    def tile_at(self, cell: int) -> TileWidget | None:
        return self._tiles.get(cell)

    def tiles(self) -> list[TileWidget]:
        return [self._tiles[cell] for cell in sorted(self._tiles)]

    def cell_widget(self, cell: int) -> QWidget:
        """The tile or the empty drop target in a cell."""
        return self._tiles.get(cell) or self._empty[cell]

    def cell_of(self, widget: QObject | None) -> int | None:
        for cell, tile in self._tiles.items():
            if tile is widget:
                return cell
        return None

    def cell_at(self, pos: QPoint) -> int | None:
        """The visible cell under a point in the wall's coordinates."""
        for cell in range(len(self._model)):
            widget = self.cell_widget(cell)
            if widget.isVisible() and widget.geometry().contains(pos):
                return cell
        return None

    # --- changing -----------------------------------------------------------------------------
    def set_model(self, model: WallModel) -> None:
        """Show a saved wall; tiles of cameras it keeps go on streaming. model_changed is
        emitted only when cameras of the saved wall are no longer in the registry."""
        self.restore()
        self._apply(model.copy())
        if self._model != model:
            self.model_changed.emit()

    def set_layout(self, name: str) -> None:
        if name == self._model.layout_name:
            return
        self.restore()
        model = self._model.copy()
        model.set_layout(name)
        self._apply(model)
        self.model_changed.emit()

    def assign_camera(self, cell: int, camera_id: int) -> bool:
        """Put a camera in a cell (moving it if it is elsewhere on the wall)."""
        if self._info(camera_id) is None:
            return False
        self.restore()
        model = self._model.copy()
        model.assign(cell, camera_id)
        self._apply(model)
        self.model_changed.emit()
        return True

    def assign_epe(self, cell: int, epe_id: int) -> int:
        """Fill cells from ``cell`` with the EPE's must-be-online cameras in diagram order;
        returns how many cameras were placed."""
        if self._epe_cameras is None:
            return 0
        try:
            cameras = self._epe_cameras(epe_id)
        except KeyError:
            return 0
        order = epe_fill_order(cameras)
        if not order:
            return 0
        self.restore()
        model = self._model.copy()
        filled = model.fill_with(order, cell)
        self._apply(model)
        self.model_changed.emit()
        return len(filled)

    def swap_cells(self, a: int, b: int) -> None:
        if a == b:
            return
        self.restore()
        model = self._model.copy()
        model.swap(a, b)
        self._apply(model)
        self.model_changed.emit()

    def clear_cell(self, cell: int) -> None:
        if self._model.camera_at(cell) is None:
            return
        self.restore()
        model = self._model.copy()
        model.clear(cell)
        self._apply(model)
        self.model_changed.emit()

    def clear_all(self) -> None:
        if not self._model.assigned():
            return
        self.restore()
        model = self._model.copy()
        model.clear_all()
        self._apply(model)
        self.model_changed.emit()

    def reload_cameras(self) -> None:
        """After the registry changed: drop cameras that are gone, rebuild tiles whose title
        or URLs changed. Tiles whose camera did not change keep streaming."""
        self.restore()
        model = self._model.copy()
        for cell, tile in list(self._tiles.items()):
            info = self._info(tile.camera_id)
            if info is None:
                model.clear(cell)
            elif info != tile.info:
                self._dispose(self._tiles.pop(cell))
        self._apply(model)
        if model != self._model:
            self.model_changed.emit()

    def toggle_maximise(self, cell: int) -> None:
        if self._maximised == cell:
            self.restore()
        else:
            self.maximise(cell)

    def maximise(self, cell: int) -> bool:
        """Let one camera fill the wall, on its main stream."""
        tile = self._tiles.get(cell)
        if tile is None:
            return False
        if self._maximised == cell:
            return True
        self.restore()
        self._maximised = cell
        self._clear_highlight()
        # Hide the others first: their streams pause before the main stream starts.
        for other in range(len(self._model)):
            if other != cell:
                self.cell_widget(other).hide()
        layout = self._model.layout
        self._grid.removeWidget(tile)
        self._grid.addWidget(tile, 0, 0, layout.rows, layout.cols)
        tile.set_maximised(True)
        self.maximised_changed.emit(cell)
        return True

    def restore(self) -> None:
        """Back to the grid; the maximised camera returns to its sub stream."""
        cell = self._maximised
        if cell is None:
            return
        self._maximised = None
        tile = self._tiles[cell]
        tile.set_maximised(False)
        self._place(cell, tile)
        for other in range(len(self._model)):
            if other != cell:
                self.cell_widget(other).show()
        self.maximised_changed.emit(-1)

    def snapshot(self, cell: int) -> Path | None:
        """Save the current picture of a cell's camera as a stamped PNG in the snapshot folder.

        libVLC writes the picture in the background: the file is complete, stamped, hashed and
        (with a snapshot book) recorded when ``snapshot_saved`` is emitted. Returns the file it
        will be, or None after ``snapshot_failed``."""
        tile = self._tiles.get(cell)
        if tile is None:
            return None
        if tile.stream.status.state is not StreamState.LIVE:
            self.snapshot_failed.emit(
                self.tr("No picture to save from {0} yet.").format(tile.title_text())
            )
            return None
        info = tile.info
        stream = "main" if info.main_url and tile.stream.url == info.main_url else "sub"
        book = self._snapshot_book
        subject = (
            book.subject_for(info, stream)
            if book is not None
            else SnapshotSubject.from_info(info, stream=stream)
        )
        return self._snapshots.take(tile.stream, subject)

    @property
    def snapshot_officer(self) -> str:
        """Who the next snapshots are stamped with."""
        return self._snapshots.officer

    def set_officer(self, name: str) -> None:
        """Stamp the next snapshots with ``name`` (the logged-in officer)."""
        self._snapshots.officer = name

    def _on_snapshot_saved(self, record: SnapshotRecord) -> None:
        self.snapshot_recorded.emit(record)
        self.snapshot_saved.emit(str(record.path))

    def shutdown(self) -> None:
        """Release every stream now (call from the main window's closeEvent)."""
        self._maximised = None
        self._snapshots.shutdown()
        for tile in self._tiles.values():
            tile.release()

    # --- drag and drop ------------------------------------------------------------------------
    def accepts(self, mime: QMimeData) -> bool:
        if mime.hasFormat(EPE_MIME):
            return self._epe_cameras is not None
        return mime.hasFormat(CAMERA_MIME) or mime.hasFormat(TILE_MIME)

    def drop_mime(self, cell: int, mime: QMimeData, source: QObject | None = None) -> bool:
        """What a drop on ``cell`` does: a tile of this wall swaps with the cell, a camera goes
        in the cell, an EPE fills cells from there. Returns whether anything changed."""
        origin = self.cell_of(source) if mime.hasFormat(TILE_MIME) else None
        if origin is not None:
            if origin == cell:
                return False
            self.swap_cells(origin, cell)
            return True
        if mime.hasFormat(CAMERA_MIME):
            camera_id = _mime_id(mime, CAMERA_MIME)
            return camera_id is not None and self.assign_camera(cell, camera_id)
        if mime.hasFormat(EPE_MIME):
            epe_id = _mime_id(mime, EPE_MIME)
            return epe_id is not None and self.assign_epe(cell, epe_id) > 0
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        mime = event.mimeData()
        source_cell = self.cell_of(event.source()) if mime.hasFormat(TILE_MIME) else None
        if cell is None or not self.accepts(mime) or cell == source_cell:
            self._clear_highlight()
            event.ignore()
            return
        self._highlight(self.cell_widget(cell))
        if source_cell is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self._clear_highlight()
        cell = self.cell_at(event.position().toPoint())
        if cell is not None and self.drop_mime(cell, event.mimeData(), event.source()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DragLeave:
            self._clear_highlight()
        return super().event(event)

    def set_playback_allowed(self, allowed: bool) -> None:
        """Grey the tiles' "Play back from 30 s ago" for roles that may not play back."""
        self._playback_allowed = allowed
        for tile in self._tiles.values():
            tile.action_playback.setEnabled(allowed)

    # --- internals ----------------------------------------------------------------------------
    def _info(self, camera_id: int) -> CameraInfo | None:
        try:
            return self._lookup(camera_id)
        except KeyError:
            return None

    def _make_tile(self, camera_id: int) -> TileWidget | None:
        info = self._info(camera_id)
        if info is None:
            return None
        try:
            stream = self._factory(camera_id)
        except KeyError:
            return None
        if info.wall_url and stream.url != info.wall_url:
            stream.switch_url(info.wall_url)  # not started yet: only chooses the sub stream
        tile = TileWidget(stream, info, self)
        tile.set_open_queue(self._opening, lambda t=tile: self._reading_place(t))
        tile.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        tile.maximise_requested.connect(lambda t=tile: self._on_tile_maximise(t))
        tile.clear_requested.connect(lambda t=tile: self._on_tile_clear(t))
        tile.snapshot_requested.connect(lambda t=tile: self._on_tile_snapshot(t))
        tile.playback_requested.connect(lambda t=tile: self.playback_requested.emit(t.camera_id))
        tile.action_playback.setEnabled(self._playback_allowed)
        tile.details_requested.connect(lambda t=tile: self.details_requested.emit(t.camera_id))
        tile.full_screen_requested.connect(lambda t=tile: self._on_tile_full_screen(t))
        tile.stream.status_changed.connect(lambda status, t=tile: self._on_tile_status(t, status))
        return tile

    def _reading_place(self, tile: TileWidget) -> tuple[int, int]:
        cell = self.cell_of(tile)
        if cell is None or cell >= len(self._model):
            return (len(self._model), 0)
        spot = self._model.layout.cells[cell]
        return (spot.row, spot.col)

    def _on_tile_status(self, tile: TileWidget, status: StreamStatus) -> None:
        # Rates arrive every second; only a change of state concerns the tree.
        if tile.property("channelState") != status.state.value:
            tile.setProperty("channelState", status.state.value)
            self.channels_changed.emit()

    def _on_tile_full_screen(self, tile: TileWidget) -> None:
        cell = self.cell_of(tile)
        if cell is not None and self.maximise(cell):
            self.full_screen_requested.emit(cell)

    def _dispose(self, tile: TileWidget) -> None:
        tile.release()
        self._grid.removeWidget(tile)
        tile.hide()
        tile.deleteLater()

    def _apply(self, model: WallModel) -> None:
        """Make the grid show ``model``: reuse the tile of every camera that stays, create the
        new ones, release the ones that left."""
        self._clear_highlight()
        pool = {tile.camera_id: tile for tile in self._tiles.values()}
        tiles: dict[int, TileWidget] = {}
        for cell, camera_id in enumerate(model.cameras):
            if camera_id is None:
                continue
            tile = pool.pop(camera_id, None) or self._make_tile(camera_id)
            if tile is None:
                model.clear(cell)  # no longer in the registry
            else:
                tiles[cell] = tile
        for tile in pool.values():
            self._dispose(tile)
        for camera_id in model.hidden:
            if self._info(camera_id) is None:
                model.remove_camera(camera_id)  # no longer in the registry
        empty: dict[int, EmptyCell] = {}
        spare = list(self._empty.values())
        for cell in range(len(model)):
            if cell not in tiles:
                empty[cell] = spare.pop() if spare else EmptyCell(self)
        for widget in spare:
            self._grid.removeWidget(widget)
            widget.hide()  # deleteLater waits for the event loop: do not leave it painted
            widget.deleteLater()
        self._model = model
        self._tiles = tiles
        self._empty = empty
        self._set_grid(model)
        for cell in range(len(model)):
            self._place(cell, self.cell_widget(cell))
        self.channels_changed.emit()

    def _set_grid(self, model: WallModel) -> None:
        layout = model.layout
        for row in range(max(self._rows_used, layout.rows)):
            self._grid.setRowStretch(row, 1 if row < layout.rows else 0)
        for col in range(max(self._cols_used, layout.cols)):
            self._grid.setColumnStretch(col, 1 if col < layout.cols else 0)
        self._rows_used, self._cols_used = layout.rows, layout.cols

    def _place(self, cell: int, widget: QWidget) -> None:
        spot = self._model.layout.cells[cell]
        self._grid.removeWidget(widget)
        self._grid.addWidget(widget, spot.row, spot.col, spot.rowspan, spot.colspan)

    def _highlight(self, widget: QWidget) -> None:
        if self._highlighted is widget:
            return
        self._clear_highlight()
        if isinstance(widget, TileWidget | EmptyCell):
            widget.set_drop_target(True)
            self._highlighted = widget

    def _clear_highlight(self) -> None:
        widget = self._highlighted
        self._highlighted = None
        if isinstance(widget, TileWidget | EmptyCell):
            widget.set_drop_target(False)

    def _on_tile_maximise(self, tile: TileWidget) -> None:
        cell = self.cell_of(tile)
        if cell is not None:
            self.toggle_maximise(cell)

    def _on_tile_clear(self, tile: TileWidget) -> None:
        cell = self.cell_of(tile)
        if cell is not None:
            self.clear_cell(cell)

    def _on_tile_snapshot(self, tile: TileWidget) -> None:
        cell = self.cell_of(tile)
        if cell is not None:
            self.snapshot(cell)


def _mime_id(mime: QMimeData, kind: str) -> int | None:
    raw = bytes(mime.data(kind).data()).strip()
    try:
        value = int(raw.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
    return value if value >= 0 else None
