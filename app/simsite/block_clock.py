"""Paints the block clock into the simulator's pictures (its layout: app/media/block_clock.py).

Live cameras paint the moment a frame is made; the recorder paints the recorded moment a replayed
frame shows. Both go through GStreamer's overlaycomposition, whose "draw" signal runs on the
streaming thread right after the live source made the frame.

gi is imported inside the functions that paint: the venv imports every app/ module (and has no gi),
only the simulator process paints.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from app.media.block_clock import BLOCK_CLOCK_BLOCKS, block_clock_bits, block_clock_geometry


def solid_rectangle(x: int, y: int, width: int, height: int, level: int) -> Any:
    """A grey ``level`` (0 black .. 255 white) overlay rectangle at x, y."""
    from gi.repository import Gst, GstVideo

    # A 2x2 pixel source scaled up: one colour stays one colour, and nothing big is copied.
    pixels = Gst.Buffer.new_wrapped(bytes((level, level, level, 255)) * 4)
    GstVideo.buffer_add_video_meta(
        pixels, GstVideo.VideoFrameFlags.NONE, GstVideo.VideoFormat.BGRA, 2, 2
    )
    return GstVideo.VideoOverlayRectangle.new_raw(
        pixels, x, y, width, height, GstVideo.VideoOverlayFormatFlags.NONE
    )


class BlockClockPainter:
    """The block clock of a ``width`` x ``height`` picture. The rectangles are made once; a frame
    only picks the white ones."""

    def __init__(self, width: int, height: int) -> None:
        geometry = block_clock_geometry(width, height)
        self._box = solid_rectangle(*geometry.box, 0)
        self._whites = [
            solid_rectangle(
                geometry.left + i * geometry.block_width,
                geometry.top,
                geometry.block_width,
                geometry.block_height,
                255,
            )
            for i in range(BLOCK_CLOCK_BLOCKS)
        ]

    def composition(self, ms_of_day: int | None) -> Any:
        """The overlay showing ``ms_of_day``; None gives the black box alone (no clock yet)."""
        from gi.repository import GstVideo

        composition = GstVideo.VideoOverlayComposition.new(self._box)
        if ms_of_day is not None:
            for white, bit in zip(self._whites, block_clock_bits(ms_of_day), strict=True):
                if bit:
                    composition.add_rectangle(white)
        return composition


def live_painter(width: int, height: int) -> Callable[[Any, Any], Any]:
    """A handler for overlaycomposition's "draw" signal that paints the time the frame is made."""
    painter = BlockClockPainter(width, height)

    def draw(_element: Any, _sample: Any) -> Any:
        return painter.composition(int(time.time() * 1000))

    return draw
