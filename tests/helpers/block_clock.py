"""Read the simulated cameras' block clock off a picture or off the screen.

The simulated site paints, into every frame as it is made, a row of black and white blocks that says
the millisecond of the UTC day (``app/simsite/rtsp_server.py`` has the layout). Whoever plays a
stream on the same host can read it back where the picture is shown and compare it with the wall
clock: that difference is the glass-to-glass delay.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, qGray

from app.simsite.rtsp_server import MS_PER_DAY, block_clock_geometry, block_clock_read

__all__ = ["MS_PER_DAY", "delay_ms", "ms_of_day", "picture_rect", "read_block_clock"]

# Mid-grey: blocks are pure black or white before compression; scaling blurs only their edges.
_WHITE_ABOVE = 128


def ms_of_day(when: float | None = None) -> int:
    """The millisecond of the UTC day at ``when`` (a time.time() value; now if None)."""
    return int((time.time() if when is None else when) * 1000) % MS_PER_DAY


def delay_ms(shown: int, seen_at: float) -> int:
    """Milliseconds from the clock ``shown`` being painted to ``seen_at`` (time.time())."""
    late = (ms_of_day(seen_at) - shown) % MS_PER_DAY
    return late - MS_PER_DAY if late > MS_PER_DAY // 2 else late


def picture_rect(area_width: int, area_height: int, video_width: int, video_height: int) -> QRect:
    """Where libVLC draws a video in a window: scaled to fit, aspect kept, centred."""
    scale = min(area_width / video_width, area_height / video_height)
    width, height = round(video_width * scale), round(video_height * scale)
    return QRect((area_width - width) // 2, (area_height - height) // 2, width, height)


def read_block_clock(image: QImage, video_size: tuple[int, int]) -> int | None:
    """The clock shown in ``image`` (a window showing a stream of ``video_size``), or None.

    None means no valid clock was found: another picture, a black window, or a misread block.
    """
    video_width, video_height = video_size
    if image.isNull() or video_width <= 0 or video_height <= 0:
        return None
    rect = picture_rect(image.width(), image.height(), video_width, video_height)
    sx, sy = rect.width() / video_width, rect.height() / video_height
    geometry = block_clock_geometry(video_width, video_height)
    # Average a few pixels around each centre, well inside the block, against noise and ringing.
    reach_x = max(0, int(geometry.block_width * sx / 4))
    reach_y = max(0, int(geometry.block_height * sy / 4))
    offsets = [(dx, dy) for dx in (-reach_x, 0, reach_x) for dy in (-reach_y, 0, reach_y)]
    bits: list[int] = []
    for cx, cy in geometry.centres():
        x, y = rect.x() + int(cx * sx), rect.y() + int(cy * sy)
        total = 0
        for dx, dy in offsets:
            px, py = x + dx, y + dy
            if not (0 <= px < image.width() and 0 <= py < image.height()):
                return None
            total += qGray(image.pixel(px, py))
        bits.append(1 if total / len(offsets) > _WHITE_ABOVE else 0)
    return block_clock_read(bits)
