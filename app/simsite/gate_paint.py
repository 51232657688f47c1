"""Paints the gate traffic (``gate_traffic``) into the simulator's gate-camera pictures.

A vehicle is drawn once, at the picture's own size, with cairo and Pango (a corrugated container
side in its carrier's colour with its number in the ISO layout, ``CSQU 305438 3`` over ``45G1``,
on a chassis behind a truck cab with a white plate ``51C-123.45``, tilted a little as a camera
mounted off level sees it), then each frame only moves that picture: an overlaycomposition
"draw" handler returns one overlay rectangle, or nothing when no vehicle is in sight.

Live cameras paint the vehicle of the moment a frame is made; the recorder paints the vehicle of
the recorded moment, so the archive shows the same traffic the live camera showed.

gi and cairo are imported inside the functions: the venv imports every app/ module (and has
neither), only the simulator process (Debian's Python) paints.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any

from app.simsite import gate_traffic
from app.simsite.gate_traffic import SITE_ZONE, Passage, StopLayout

UTC = dt.UTC
FONT = "DejaVu Sans Bold"
# Vietnamese plates use narrow letters; the condensed face keeps them large on a small plate.
PLATE_FONT = "DejaVu Sans Condensed Bold"
# Cab colours trucks in Vietnam are commonly painted.
CAB_COLOURS = ((0.92, 0.92, 0.90), (0.75, 0.10, 0.10), (0.12, 0.30, 0.62), (0.95, 0.78, 0.10))


def missing_modules() -> list[str]:
    """One sentence per library the painting needs and Debian's Python lacks (empty: all there),
    so the site stops at start-up with what to install rather than failing on every frame."""
    problems: list[str] = []
    try:
        import cairo  # noqa: F401
    except ImportError:
        problems.append(
            "pycairo for GObject is missing; install the Debian package python3-gi-cairo. "
            "Needed by: the vehicles painted on the gate cameras"
        )
    import gi

    for namespace, package in (("Pango", "gir1.2-pango-1.0"), ("PangoCairo", "gir1.2-pango-1.0")):
        try:
            gi.require_version(namespace, "1.0")
        except ValueError:
            problems.append(
                f"the GObject library {namespace} is missing; install the Debian package "
                f"{package}. Needed by: the vehicles painted on the gate cameras"
            )
    return problems


class GateSchedule:
    """One camera's vehicles, computed a Vietnam day at a time (a frame only looks them up)."""

    def __init__(self, epe_fields: dict[str, Any], camera: int) -> None:
        self._fields = epe_fields
        self._camera = camera
        self._day: dt.date | None = None
        self._passages: list[Passage] = []

    def at(self, moment: dt.datetime) -> Passage | None:
        day = moment.astimezone(SITE_ZONE).date()
        if day != self._day:
            start = dt.datetime.combine(day, dt.time(0), SITE_ZONE) - dt.timedelta(minutes=1)
            end = start + dt.timedelta(days=1, minutes=2)
            self._passages = [
                p
                for p in gate_traffic.passages(self._fields, start, end)
                if p.camera == self._camera
            ]
            self._day = day
        return gate_traffic.visible_at(self._passages, moment, self._camera)


def _rgb(colour: tuple[int, int, int], factor: float = 1.0) -> tuple[float, float, float]:
    r, g, b = (min(1.0, c / 255 * factor) for c in colour)
    return r, g, b


def _text(
    cr: Any,
    text: str,
    box: gate_traffic.Box,
    colour: tuple[float, float, float],
    font: str = FONT,
) -> None:
    """``text`` in bold, as large as fits ``box`` (its height sets the letters), left-aligned."""
    import gi

    gi.require_version("Pango", "1.0")
    gi.require_version("PangoCairo", "1.0")
    from gi.repository import Pango, PangoCairo

    layout = PangoCairo.create_layout(cr)
    description = Pango.FontDescription.from_string(font)
    description.set_absolute_size(box.height * Pango.SCALE)
    layout.set_font_description(description)
    layout.set_text(text, -1)
    _ink, logical = layout.get_pixel_extents()
    scale = min(1.0, box.width / max(1, logical.width))
    cr.save()
    cr.translate(box.x, box.y + (box.height - logical.height * scale) / 2)
    cr.scale(scale, scale)
    cr.set_source_rgb(*colour)
    PangoCairo.show_layout(cr, layout)
    cr.restore()


def _rounded(cr: Any, x: float, y: float, w: float, h: float, r: float) -> None:
    cr.new_sub_path()
    cr.arc(x + w - r, y + r, r, -math.pi / 2, 0)
    cr.arc(x + w - r, y + h - r, r, 0, math.pi / 2)
    cr.arc(x + r, y + h - r, r, math.pi / 2, math.pi)
    cr.arc(x + r, y + r, r, math.pi, 3 * math.pi / 2)
    cr.close_path()


def _wheel(cr: Any, x: float, y: float, radius: float) -> None:
    cr.set_source_rgb(0.05, 0.05, 0.05)
    cr.arc(x, y, radius, 0, 2 * math.pi)
    cr.fill()
    cr.set_source_rgb(0.55, 0.55, 0.58)
    cr.arc(x, y, radius * 0.45, 0, 2 * math.pi)
    cr.fill()


def render_vehicle(passage: Passage, width: int, height: int) -> tuple[bytes, int, int, int]:
    """The vehicle as BGRA pixels (straight alpha, transparent around it) of the size of its
    ``stop_layout`` box in a ``width`` x ``height`` picture: (pixels, w, h, stride)."""
    import cairo

    layout: StopLayout = gate_traffic.stop_layout(width, height, passage)
    v = layout.vehicle
    surface = cairo.ImageSurface(cairo.FORMAT_ARGB32, v.width, v.height)
    cr = cairo.Context(surface)
    # A camera mounted a little off level: the whole vehicle tilts by up to 1.5 degrees.
    tilt = ((sum(map(ord, passage.plate)) % 7) - 3) * 0.5 * math.pi / 180
    cr.translate(v.width / 2, v.height / 2)
    cr.rotate(tilt)
    cr.translate(-v.width / 2 - v.x, -v.height / 2 - v.y)
    unit = height / 360  # one pixel of the 640x360 design

    c, cab = layout.container, layout.cab
    # Chassis and wheels under the container and the cab.
    chassis_y = c.y + c.height
    cr.set_source_rgb(0.12, 0.12, 0.13)
    lo_x, hi_x = min(c.x, cab.x), max(c.x + c.width, cab.x + cab.width)
    cr.rectangle(lo_x + 4 * unit, chassis_y, hi_x - lo_x - 8 * unit, 10 * unit)
    cr.fill()
    wheel_r, wheel_y = 15 * unit, chassis_y + 12 * unit
    for share in (0.12, 0.24, 0.80):
        _wheel(cr, c.x + c.width * share, wheel_y, wheel_r)

    # The container side: corrugations, rails, corner posts, the number.
    base = passage.colour
    cr.set_source_rgb(*_rgb(base))
    cr.rectangle(c.x, c.y, c.width, c.height)
    cr.fill()
    pitch = max(3.0, 8 * unit)
    x = c.x + pitch / 2
    while x < c.x + c.width:
        cr.set_source_rgb(*_rgb(base, 0.78))
        cr.rectangle(x, c.y, pitch / 2, c.height)
        cr.fill()
        cr.set_source_rgb(*_rgb(base, 1.18))
        cr.rectangle(x - 1 * unit, c.y, 1 * unit, c.height)
        cr.fill()
        x += pitch
    rail = 6 * unit
    cr.set_source_rgb(*_rgb(base, 0.6))
    cr.rectangle(c.x, c.y, c.width, rail)
    cr.rectangle(c.x, c.y + c.height - rail, c.width, rail)
    cr.rectangle(c.x, c.y, rail * 1.3, c.height)
    cr.rectangle(c.x + c.width - rail * 1.3, c.y, rail * 1.3, c.height)
    cr.fill()
    if passage.container:
        code = layout.code
        # A flat panel behind the letters, as carriers repaint it, so the number reads cleanly.
        cr.set_source_rgb(*_rgb(base, 0.95))
        cr.rectangle(code.x - 6 * unit, code.y - 4 * unit, code.width + 12 * unit, code.height * 2)
        cr.fill()
        _text(cr, passage.container_shown, code, (1.0, 1.0, 1.0))
        small = gate_traffic.Box(
            code.x + round(code.width * 0.62),
            code.y + round(code.height * 1.05),
            round(code.width * 0.38),
            round(code.height * 0.75),
        )
        _text(cr, passage.size_type, small, (1.0, 1.0, 1.0))

    # The cab: body, window, door line, bumper, the plate.
    cab_colour = CAB_COLOURS[sum(map(ord, passage.plate)) % len(CAB_COLOURS)]
    cr.set_source_rgb(*cab_colour)
    _rounded(cr, cab.x, cab.y, cab.width, cab.height, 10 * unit)
    cr.fill()
    front_left = passage.direction == "in"  # "in" faces left
    window_w = cab.width * 0.55
    window_x = cab.x + 6 * unit if front_left else cab.x + cab.width - 6 * unit - window_w
    cr.set_source_rgb(0.55, 0.68, 0.78)
    _rounded(cr, window_x, cab.y + 8 * unit, window_w, cab.height * 0.33, 5 * unit)
    cr.fill()
    cr.set_source_rgb(0.15, 0.15, 0.15)
    cr.set_line_width(1.5 * unit)
    door_x = cab.x + cab.width * (0.66 if front_left else 0.34)
    cr.move_to(door_x, cab.y + 8 * unit)
    cr.line_to(door_x, cab.y + cab.height - 8 * unit)
    cr.stroke()
    cr.rectangle(cab.x - 2 * unit, cab.y + cab.height - 12 * unit, cab.width + 4 * unit, 12 * unit)
    cr.fill()
    _wheel(cr, cab.x + cab.width * (0.3 if front_left else 0.7), wheel_y, wheel_r)
    plate = layout.plate
    cr.set_source_rgb(0.05, 0.05, 0.05)
    cr.rectangle(
        plate.x - 2 * unit, plate.y - 2 * unit, plate.width + 4 * unit, plate.height + 4 * unit
    )
    cr.fill()
    cr.set_source_rgb(0.97, 0.97, 0.97)
    cr.rectangle(plate.x, plate.y, plate.width, plate.height)
    cr.fill()
    inner = gate_traffic.Box(
        plate.x + round(5 * unit),
        plate.y + round(4 * unit),
        plate.width - round(10 * unit),
        plate.height - round(8 * unit),
    )
    _text(cr, passage.plate_shown, inner, (0.02, 0.02, 0.02), PLATE_FONT)

    surface.flush()
    return bytes(surface.get_data()), v.width, v.height, surface.get_stride()


class GatePainter:
    """An overlaycomposition "draw" handler's state for one gate camera at one picture size."""

    def __init__(self, epe_fields: dict[str, Any], camera: int, width: int, height: int) -> None:
        self._schedule = GateSchedule(epe_fields, camera)
        self._width, self._height = width, height
        self._drawn: tuple[Passage, Any, int, int] | None = None

    def _pixels(self, passage: Passage) -> tuple[Any, int, int]:
        if self._drawn is None or self._drawn[0] != passage:
            from gi.repository import Gst, GstVideo

            data, w, h, stride = render_vehicle(passage, self._width, self._height)
            buffer = Gst.Buffer.new_wrapped(data)
            GstVideo.buffer_add_video_meta_full(
                buffer,
                GstVideo.VideoFrameFlags.NONE,
                GstVideo.VideoFormat.BGRA,
                w,
                h,
                1,
                [0, 0, 0, 0],
                [stride, 0, 0, 0],
            )
            self._drawn = (passage, buffer, w, h)
        return self._drawn[1], self._drawn[2], self._drawn[3]

    def composition(self, moment: dt.datetime) -> Any:
        """The overlay for a frame that shows ``moment`` (None: no vehicle in sight)."""
        from gi.repository import GstVideo

        passage = self._schedule.at(moment)
        if passage is None:
            return None
        offset = gate_traffic.vehicle_offset(passage, moment, self._width)
        if offset is None:
            return None
        box = gate_traffic.stop_layout(self._width, self._height, passage).vehicle
        x = box.x + offset
        if x >= self._width or x + box.width <= 0:
            return None
        buffer, w, h = self._pixels(passage)
        rectangle = GstVideo.VideoOverlayRectangle.new_raw(
            buffer, x, box.y, w, h, GstVideo.VideoOverlayFormatFlags.NONE
        )
        return GstVideo.VideoOverlayComposition.new(rectangle)


def live_gate_painter(
    epe_fields: dict[str, Any], camera: int, width: int, height: int
) -> Callable[[Any, Any], Any]:
    """A "draw" handler that paints the vehicle at the gate at the moment the frame is made."""
    painter = GatePainter(epe_fields, camera, width, height)

    def draw(_element: Any, _sample: Any) -> Any:
        return painter.composition(dt.datetime.now(UTC))

    return draw
