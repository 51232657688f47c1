"""Read the simulated cameras' block clock off a picture or off the screen.

The simulated site paints, into every frame as it is made, a row of black and white blocks that says
the millisecond of the UTC day (``app/media/block_clock.py`` has the layout). Whoever plays a
stream on the same host can read it back where the picture is shown and compare it with the wall
clock: that difference is the glass-to-glass delay.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, qGray

from app.media.block_clock import MS_PER_DAY, read_picture

__all__ = ["MS_PER_DAY", "delay_ms", "ms_of_day", "picture_rect", "read_block_clock"]


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

    def grey(x: float, y: float) -> int | None:
        px, py = rect.x() + int(x * sx), rect.y() + int(y * sy)
        if not (0 <= px < image.width() and 0 <= py < image.height()):
            return None
        return qGray(image.pixel(px, py))

    return read_picture(video_width, video_height, grey)
