"""The live video wall: camera tiles in a grid of layouts, drag and drop, maximise."""

from widgets.wall.tile import CAMERA_MIME, EPE_MIME, TILE_MIME, TileWidget
from widgets.wall.wall import CameraLookup, EmptyCell, EpeCameras, StreamFactory, WallWidget

__all__ = [
    "CAMERA_MIME",
    "EPE_MIME",
    "TILE_MIME",
    "CameraLookup",
    "EmptyCell",
    "EpeCameras",
    "StreamFactory",
    "TileWidget",
    "WallWidget",
]
