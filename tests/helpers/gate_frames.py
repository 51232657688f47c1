"""Synthetic gate-camera frames for the OCR tests and benchmark: a container-like corrugated panel
with its number painted on it (``CSQU 305438 3``, sometimes on two lines or with the check digit
boxed, with the size-type code and other stencils around it) above a truck's white plate (one or
two lines), then tilted, blurred, noised and JPEG-compressed as a recorder's picture is.

Deterministic: the same ``random.Random`` seed gives the same frame, pixel for pixel.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from stdnum import iso6346

from app.declarations.codes import parse_plate

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
# Stencil-like sans faces (DejaVu Mono's dotted zero is no stencil's).
FONTS = ("DejaVuSans-Bold.ttf", "DejaVuSansCondensed-Bold.ttf")

# Container colours (BGR): the usual liveries, and the paint that stands out on them.
LIVERIES = (
    ((40, 50, 150), (235, 235, 235)),  # rust red
    ((120, 70, 30), (240, 240, 240)),  # blue
    ((60, 110, 40), (240, 240, 240)),  # green
    ((170, 170, 165), (30, 30, 30)),  # grey
    ((30, 120, 220), (250, 250, 250)),  # orange
    ((35, 35, 35), (230, 230, 230)),  # black
    ((200, 200, 195), (60, 40, 30)),  # white
)
CAR_SERIES = ("A", "B", "C", "D", "E", "F", "G", "H", "K", "L", "LD", "M", "N", "P", "R", "T")


def random_container(rng: random.Random) -> str:
    """A canonical ISO 6346 number whose check digit is a true digit (a remainder of 10 maps to
    0, so owners never issue those serials)."""
    while True:
        owner = "".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + "U"
        serial = "".join(rng.choice(string.digits) for _ in range(6))
        total = sum(
            (int(c) if c.isdigit() else _letter_value(c)) * 2**i
            for i, c in enumerate(owner + serial)
        )
        if total % 11 != 10:
            code = owner + serial
            return code + iso6346.calc_check_digit(code)


def _letter_value(letter: str) -> int:
    value = 10 + string.ascii_uppercase.index(letter)
    return value + (value - 1) // 10  # 11, 22, 33 are skipped


def random_plate(rng: random.Random) -> str:
    """A canonical Vietnamese car plate ("51C12345"), mostly with the 5-digit number."""
    province = f"{rng.randint(11, 99):02d}"
    number = "".join(rng.choice(string.digits) for _ in range(5 if rng.random() < 0.9 else 4))
    return province + rng.choice(CAR_SERIES) + number


def plate_lines(plate: str, two_lines: bool) -> list[str]:
    parsed = parse_plate(plate)
    head, number = parsed.province + parsed.series, parsed.number
    shown = f"{number[:3]}.{number[3:]}" if len(number) == 5 else number
    return [head, shown] if two_lines else [f"{head}-{shown}"]


@dataclass(frozen=True)
class GateFrame:
    frame: np.ndarray  # BGR uint8
    container: str  # canonical, the truth painted on the panel ("" when none)
    plate: str  # canonical, the truth on the plate ("" when none)
    painted: str  # the container number as painted, for messages


def _font(rng: random.Random, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / rng.choice(FONTS)), size)


def _text(
    draw: ImageDraw.ImageDraw,
    xy: tuple[int, int],
    text: str,
    font: ImageFont.FreeTypeFont,
    colour: tuple[int, int, int],
) -> tuple[int, int, int, int]:
    draw.text(xy, text, font=font, fill=colour[::-1])  # PIL draws RGB; colours here are BGR
    left, top, right, bottom = draw.textbbox(xy, text, font=font)
    return int(left), int(top), int(right), int(bottom)


def render_gate_frame(
    rng: random.Random,
    size: tuple[int, int] = (640, 360),
    *,
    container: str | None = None,
    plate: str | None = None,
    painted: str | None = None,
    with_container: bool = True,
    with_plate: bool = True,
    two_line_code: bool | None = None,
    two_line_plate: bool | None = None,
    framed_digit: bool | None = None,
    tilt_degrees: float | None = None,
    blur_sigma: float | None = None,
    jpeg_quality: int | None = None,
) -> GateFrame:
    """One frame; every choice not given is drawn from ``rng``. ``painted`` overrides the
    container number's characters as painted (a wrong check digit, for instance)."""
    width, height = size
    scale = height / 360
    container = container or random_container(rng)
    plate = plate or random_plate(rng)
    two_line_code = rng.random() < 0.2 if two_line_code is None else two_line_code
    two_line_plate = rng.random() < 0.3 if two_line_plate is None else two_line_plate
    tilt = rng.uniform(-3, 3) if tilt_degrees is None else tilt_degrees
    blur = rng.uniform(0.3, 1.1) if blur_sigma is None else blur_sigma
    quality = rng.randint(35, 80) if jpeg_quality is None else jpeg_quality

    # The yard: asphalt below, a wall and the sky above, lit unevenly.
    frame = np.empty((height, width, 3), np.uint8)
    frame[:] = (rng.randint(150, 200), rng.randint(140, 180), rng.randint(120, 160))
    ground = int(height * 0.62)
    frame[ground:] = rng.randint(70, 100)
    cv2.rectangle(frame, (0, int(height * 0.3)), (width, ground), (150, 155, 160), -1)

    painted_code = painted or f"{container[:4]} {container[4:10]} {container[10]}"
    if with_container:
        livery, paint = rng.choice(LIVERIES)
        x0 = int(width * rng.uniform(0.08, 0.2))
        x1 = int(width * rng.uniform(0.8, 0.95))
        y0 = int(height * rng.uniform(0.04, 0.12))
        y1 = int(height * rng.uniform(0.55, 0.62))
        cv2.rectangle(frame, (x0, y0), (x1, y1), livery, -1)
        rib = max(6, int(width / rng.randint(40, 60)))
        for x in range(x0, x1, rib):  # the corrugation: a light and a dark flank per rib
            light = tuple(min(255, c + 22) for c in livery)
            dark = tuple(max(0, c - 25) for c in livery)
            cv2.rectangle(frame, (x, y0), (x + rib // 3, y1), light, -1)
            cv2.rectangle(frame, (x + rib // 2, y0), (x + rib // 2 + rib // 4, y1), dark, -1)
        cv2.rectangle(frame, (x0, y0), (x1, y1), tuple(max(0, c - 40) for c in livery), 3)

        picture = Image.fromarray(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB))
        draw = ImageDraw.Draw(picture)
        font = _font(rng, int(rng.uniform(19, 25) * scale))
        small = _font(rng, int(rng.uniform(11, 14) * scale))
        tx = x0 + int((x1 - x0) * rng.uniform(0.3, 0.45))
        ty = y0 + int(12 * scale)
        owner, serial, digit = (
            painted_code.split(" ")
            if " " in painted_code
            else (
                painted_code[:4],
                painted_code[4:10],
                painted_code[10:],
            )
        )
        if two_line_code:
            _, _, _, bottom = _text(draw, (tx, ty), owner, font, paint)
            line_y = bottom + int(4 * scale)
            line = _text(draw, (tx, line_y), serial, font, paint)
        else:
            line_y = ty
            line = _text(draw, (tx, ty), f"{owner} {serial}", font, paint)
        # The check digit after a gap, in its painted frame on most containers.
        char_h = line[3] - line[1]
        digit_at = (line[2] + round(rng.uniform(0.25, 0.6) * char_h), line_y)
        digit_box = draw.textbbox(digit_at, digit, font=font)
        draw.text(digit_at, digit, font=font, fill=paint[::-1])
        if rng.random() < 0.5 if framed_digit is None else framed_digit:
            pad = max(3, round(0.22 * char_h))
            draw.rectangle(
                (digit_box[0] - pad, line[1] - pad, digit_box[2] + pad, line[3] + pad),
                outline=paint[::-1],
                width=max(1, int(2 * scale)),
            )
        box = (line[0], line[1], int(digit_box[2]), line[3])
        size_type = rng.choice(("22G1", "45G1", "42G1", "22R1", "L5G1"))
        _text(draw, (tx, box[3] + int(8 * scale)), size_type, font, paint)
        if rng.random() < 0.6:  # the weights stencil, small, elsewhere on the door
            _text(
                draw,
                (x0 + int(12 * scale), y1 - int(40 * scale)),
                f"MAX.GROSS {rng.randint(24, 32)},{rng.randint(100, 999)} KG",
                small,
                paint,
            )
        frame = cv2.cvtColor(np.asarray(picture), cv2.COLOR_RGB2BGR)

    if with_plate:
        # The truck's bumper and its white plate.
        bx0, bx1 = int(width * 0.3), int(width * 0.7)
        cv2.rectangle(frame, (bx0, int(height * 0.66)), (bx1, int(height * 0.9)), (40, 40, 45), -1)
        lines = plate_lines(plate, two_line_plate)
        picture = Image.fromarray(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB))
        draw = ImageDraw.Draw(picture)
        font = _font(
            rng, int((rng.uniform(15, 19) if two_line_plate else rng.uniform(15, 19)) * scale)
        )
        sizes = [draw.textbbox((0, 0), line, font=font) for line in lines]
        text_w = max(s[2] - s[0] for s in sizes)
        line_h = max(s[3] - s[1] for s in sizes)
        pad = int(6 * scale)
        plate_w = text_w + 2 * pad
        plate_h = len(lines) * line_h + (len(lines) + 1) * pad
        px = int(width * rng.uniform(0.4, 0.5)) - plate_w // 2
        py = int(height * 0.72)
        draw.rectangle(
            (px, py, px + plate_w, py + plate_h),
            fill=(245, 245, 240),
            outline=(10, 10, 10),
            width=2,
        )
        y = py + pad
        for line, bbox in zip(lines, sizes, strict=True):
            lx = px + (plate_w - (bbox[2] - bbox[0])) // 2 - bbox[0]
            draw.text((lx, y - bbox[1]), line, font=font, fill=(15, 15, 15))
            y += line_h + pad
        frame = cv2.cvtColor(np.asarray(picture), cv2.COLOR_RGB2BGR)

    # The camera: a slight roll, soft focus, sensor noise and the recorder's JPEG/H.264 loss.
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), tilt, 1.0)
    frame = cv2.warpAffine(frame, matrix, (width, height), borderMode=cv2.BORDER_REPLICATE)
    if blur > 0:
        frame = cv2.GaussianBlur(frame, (0, 0), blur)
    noise = np.random.default_rng(rng.randint(0, 2**32 - 1)).normal(0, 4, frame.shape)
    frame = np.clip(frame.astype(np.float32) + noise, 0, 255).astype(np.uint8)
    ok, encoded = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    frame = cv2.imdecode(encoded, cv2.IMREAD_COLOR)
    return GateFrame(
        frame=frame,
        container=container if with_container else "",
        plate=plate if with_plate else "",
        painted=painted_code if with_container else "",
    )
