"""The block clock: a row of black and white blocks in a picture that says when it was made.

The simulated site paints it into every frame as the frame is made (the millisecond of the UTC
day) and its recorder paints the *recorded* moment into replayed frames. Reading it back tells
calibration which moment a recorder really replays, and a benchmark how late a picture is shown.

Stdlib only: the simulator (Debian's Python, no venv) paints with this layout, epewall and the
tests read with it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

MS_PER_DAY = 86_400_000
BLOCK_CLOCK_START = (1, 0)
BLOCK_CLOCK_END = (0, 1)
BLOCK_CLOCK_VALUE_BITS = 27  # 86_400_000 < 2**27
BLOCK_CLOCK_CHECK_BITS = 7
# A prime below 2**7: changing any single value block changes value % 127, so one misread block
# is always caught (and the start/end markers catch a strip read at the wrong place).
BLOCK_CLOCK_CHECK_MODULUS = 127
BLOCK_CLOCK_BLOCKS = (
    len(BLOCK_CLOCK_START) + BLOCK_CLOCK_VALUE_BITS + BLOCK_CLOCK_CHECK_BITS + len(BLOCK_CLOCK_END)
)
# Mid-grey: blocks are pure black or white before compression; scaling blurs only their edges.
_WHITE_ABOVE = 128


def _bits(value: int, count: int) -> list[int]:
    return [(value >> shift) & 1 for shift in range(count - 1, -1, -1)]


def block_clock_bits(ms_of_day: int) -> tuple[int, ...]:
    """The blocks, left to right (1 = white), that show ``ms_of_day``."""
    value = ms_of_day % MS_PER_DAY
    return (
        *BLOCK_CLOCK_START,
        *_bits(value, BLOCK_CLOCK_VALUE_BITS),
        *_bits(value % BLOCK_CLOCK_CHECK_MODULUS, BLOCK_CLOCK_CHECK_BITS),
        *BLOCK_CLOCK_END,
    )


def block_clock_read(bits: Sequence[int]) -> int | None:
    """The millisecond of the UTC day the blocks show, or None if they are not a valid clock."""
    if len(bits) != BLOCK_CLOCK_BLOCKS:
        return None
    start, end = len(BLOCK_CLOCK_START), len(bits) - len(BLOCK_CLOCK_END)
    if tuple(bits[:start]) != BLOCK_CLOCK_START or tuple(bits[end:]) != BLOCK_CLOCK_END:
        return None
    value = 0
    for bit in bits[start : start + BLOCK_CLOCK_VALUE_BITS]:
        value = value << 1 | (1 if bit else 0)
    check = 0
    for bit in bits[start + BLOCK_CLOCK_VALUE_BITS : end]:
        check = check << 1 | (1 if bit else 0)
    if value >= MS_PER_DAY or check != value % BLOCK_CLOCK_CHECK_MODULUS:
        return None
    return value


@dataclass(frozen=True)
class BlockClockGeometry:
    """Where the block clock sits in a picture of the stream's own size, in pixels."""

    left: int  # first block
    top: int
    block_width: int
    block_height: int
    box: tuple[int, int, int, int]  # the black quiet zone behind the blocks: x, y, width, height

    def centres(self) -> list[tuple[float, float]]:
        y = self.top + self.block_height / 2
        return [(self.left + (i + 0.5) * self.block_width, y) for i in range(BLOCK_CLOCK_BLOCKS)]


def block_clock_geometry(width: int, height: int) -> BlockClockGeometry:
    # Blocks of 1/80 of the width (8 px on a 640x360 sub stream) stay readable through H.264 at
    # 500 kbit/s and in a 4x4-wall tile; the strip ends left of the human-readable clock.
    block = max(2, round(width / 80))
    box_width = (BLOCK_CLOCK_BLOCKS + 2) * block
    box_height = 4 * block
    box_top = round(height * 0.84) - box_height
    return BlockClockGeometry(
        left=2 * block,
        top=box_top + block,
        block_width=block,
        block_height=2 * block,
        box=(block, box_top, box_width, box_height),
    )


def read_picture(width: int, height: int, grey: Callable[[float, float], int | None]) -> int | None:
    """The clock in a picture of a ``width`` x ``height`` stream, or None if there is none.

    ``grey(x, y)`` is the grey level (0..255) shown at point x, y of the stream's own picture, or
    None when that point is not shown; the caller maps it to a decoded frame or to a scaled window.
    Each block is judged by the mean of nine points a quarter block around its centre, well inside
    it, against noise and ringing.
    """
    geometry = block_clock_geometry(width, height)
    reach_x, reach_y = geometry.block_width / 4, geometry.block_height / 4
    offsets = [(dx, dy) for dx in (-reach_x, 0.0, reach_x) for dy in (-reach_y, 0.0, reach_y)]
    bits: list[int] = []
    for cx, cy in geometry.centres():
        total = 0
        for dx, dy in offsets:
            level = grey(cx + dx, cy + dy)
            if level is None:
                return None
            total += level
        bits.append(1 if total / len(offsets) > _WHITE_ABOVE else 0)
    return block_clock_read(bits)
