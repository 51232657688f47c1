"""The offline reader of container numbers and vehicle plates in gate-camera frames.

RapidOCR (``rapidocr-onnxruntime``, its ONNX detection and recognition models inside the wheel;
nothing is ever downloaded) finds and reads the text lines of a frame; this module assembles
them into codes. The detector often splits a painted ``CSQU 305438 3`` into ``CSQU``, ``305438``
and ``3``, or puts the owner code on one line and the serial on the next; a Vietnamese plate may
be two lines (``51C`` over ``123.45``). Characters that look alike (``O``/``0``, ``I``/``1``,
``S``/``5``, ``B``/``8``…) are read as the kind the position asks for, and the ISO 6346 check
digit then decides: a container number whose check digit does not fit is ``valid=False`` (a
misread), never corrected. A plate has no check digit: it is valid when it has a plate's form and
was read with confidence.

Qt-free apart from the translated message of ``OcrUnavailable``; no I/O but ``save_crop``. One
``OcrEngine`` per thread (the model is loaded once, lazily, on the first ``read``).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QCoreApplication

from app.declarations.codes import CodeError, normalise_container, parse_plate
from app.declarations.reconcile import ItemKind

log = logging.getLogger(__name__)

Frame = npt.NDArray[np.uint8]
Box = tuple[int, int, int, int]  # x, y, width, height in the frame

# RapidOCR's own loggers print to stderr with handlers of their own; they are muted (our log
# says what matters: that the engine loaded, or why not).
_RAPIDOCR_LOGGERS = ("RapidOCR", "OrtInferSession")

# A plate read below this confidence is kept as a misread: a plate has no check digit, so the
# recogniser's own certainty is the only guard against a one-character error.
PLATE_MIN_CONFIDENCE = 0.9

# The detector works on the frame scaled so its longer side is at most this (a 640x360 replay
# frame keeps its size; a 1920x1080 live frame is read at 960x540, enough for the painted
# container number and the plate of a vehicle standing at the gate).
DETECT_LONG_SIDE = 960

# A code whose box comes this close (in the detector's pixels) to the picture's edge may go on
# past it: a vehicle driving out of the picture showed "15H-719.5|" and read as the plate
# 15H7195, a plate's valid form. Such a read is left out; the frames before it saw the code whole.
EDGE_PX = 3

_AS_DIGIT = str.maketrans({"O": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "L": "1", "T": "7",
                           "Z": "2", "S": "5", "B": "8", "G": "6", "A": "4"})  # fmt: skip
_AS_LETTER = str.maketrans({"0": "O", "1": "I", "2": "Z", "4": "A", "5": "S", "6": "G", "7": "T",
                            "8": "B"})  # fmt: skip
_CONTAINER_SHAPE = re.compile(r"[A-Z]{3}[UJZ]\d{7}")
_OWNER_SHAPE = re.compile(r"[A-Z]{3}[UJZ]")
_PLATE_HEAD = re.compile(r"\d{2}[A-Z]{1,2}\d?")
_PLATE_NUMBER = re.compile(r"\d{4,5}")
# The frame painted around a check digit is read as a stroke: I, l, 1, | or [ ].
_FRAME_STROKES = "I1L"


class OcrUnavailable(Exception):  # noqa: N818 (the name the scan and review branches use)
    """The OCR engine cannot run here; ``str()`` is the translated reason for the user."""


@dataclass(frozen=True)
class CodeRead:
    """A container number or a plate read in one frame. ``value`` is canonical when ``valid``;
    otherwise the characters as read (upper case, no separators; in a container number's
    positions, look-alike characters read as the kind the position asks for)."""

    kind: ItemKind
    value: str
    raw: str
    valid: bool
    box: Box
    confidence: float


@dataclass(frozen=True)
class TextLine:
    """One text line the recogniser returned, in frame coordinates."""

    @classmethod
    def read(cls, raw: str, x: float, y: float, w: float, h: float, score: float) -> TextLine:
        return cls(_compact(raw), raw, x, y, w, h, score)

    text: str  # upper case, letters and digits only
    raw: str
    x: float
    y: float
    w: float
    h: float
    score: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre_y(self) -> float:
        return self.y + self.h / 2

    @property
    def centre_x(self) -> float:
        return self.x + self.w / 2


def _t(text: str) -> str:
    return QCoreApplication.translate("Ocr", text)


def default_threads() -> int:
    """Inference threads: all cores but one for the decoder and the window (one on 2 cores)."""
    return max(1, min(4, (os.cpu_count() or 2) - 1))


class OcrEngine:
    """Reads the container numbers and plates of a frame. Not thread-safe: one per thread."""

    def __init__(self, *, threads: int | None = None, detect_long_side: int = DETECT_LONG_SIDE):
        self._threads = threads or default_threads()
        self._detect_long_side = detect_long_side
        self._ocr: Any = None
        self._lock = threading.Lock()

    def load(self) -> None:
        """Load the models now (``read`` does it on first use); OcrUnavailable if they cannot."""
        with self._lock:
            if self._ocr is None:
                self._ocr = _load_rapidocr(self._threads, self._detect_long_side)

    def read(self, frame: Frame) -> list[CodeRead]:
        """The codes in ``frame`` (BGR, uint8, HxWx3), containers first, each once."""
        _check_frame(frame)
        self.load()
        # A large frame is read at the detector's size: the painted codes of a vehicle at the
        # gate stay legible, and a 1080p frame costs what a 960x540 one does.
        scale = min(1.0, self._detect_long_side / max(frame.shape[:2]))
        picture = frame
        if scale < 1.0:
            picture = np.asarray(
                cv2.resize(frame, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA),
                dtype=np.uint8,
            )
        result, _elapsed = self._ocr(picture, use_cls=False)
        lines = [_line(item) for item in result or ()]

        def read_digit(line: TextLine, serial: str) -> tuple[str, float] | None:
            return self._check_digit(picture, line, serial)

        reads = [
            r
            for r in assemble([line for line in lines if line.text], read_digit)
            if not _at_edge(r.box, picture)
        ]
        if scale == 1.0:
            return reads
        return [replace(r, box=_scaled_box(r.box, 1 / scale, frame)) for r in reads]

    def _recognise(self, picture: Frame) -> tuple[str, float] | None:
        """Recognition alone (no detection) of a picture holding one text line."""
        result, _elapsed = self._ocr(picture, use_det=False, use_cls=False)
        if not result:
            return None
        return _compact(str(result[0][0])), float(result[0][1])

    def _check_digit(self, frame: Frame, line: TextLine, serial: str) -> tuple[str, float] | None:
        """The check digit right of ``line`` (which ends with ``serial``): inside its painted
        frame when there is one, else read with the serial's last digits before it."""
        region = _digit_region(frame, line)
        if region is None:
            return None
        for inside in _framed_insides(region, line.h * _UPSCALE):
            got = self._recognise(inside)
            if got and len(got[0]) == 1 and got[0].translate(_AS_DIGIT).isdigit():
                return got[0].translate(_AS_DIGIT), got[1]
        got = self._recognise(region)
        found = _digit_after(got[0].translate(_AS_DIGIT), serial, got[1]) if got else None
        if found is not None:
            return found
        # Last, detection too on the serial's end, enlarged: at three times its size the
        # detector finds the digit (and often the serial's last digits with it).
        char = line.w / max(1, len(line.text))
        end = _enlarged(frame, line.right - 3 * char, line.right + 1.5 * char, line, 0.4)
        if end is None:
            return None
        result, _elapsed = self._ocr(end, use_cls=False)
        for item in sorted(result or (), key=lambda item: float(item[0][0][0])):
            text, score = _compact(str(item[1])).translate(_AS_DIGIT), float(item[2])
            found = _digit_after(text, serial, score)
            if found is None and len(text) == 3 and text[0] == text[2] == "1":
                text = text[1]
            if found is None and len(text) == 1 and text.isdigit():
                found = text, score
            if found is not None:
                return found
        return None


def _digit_after(text: str, serial: str, score: float) -> tuple[str, float] | None:
    """The digit that follows the serial's last digits in ``text``, the reading of the region
    right of the serial; the sides of a painted frame may come out as 1s around it."""
    variants = [text]
    if len(text) >= 3 and text[-1] == text[-3] == "1":
        variants.append(text[:-3] + text[-2])
    for variant in variants:
        for size in (3, 2, 1):
            if (
                len(variant) > size
                and variant[-size - 1 : -1] == serial[-size:]
                and variant[-1].isdigit()
            ):
                return variant[-1], score
    return None


_UPSCALE = 3


def _enlarged(frame: Frame, x0: float, x1: float, line: TextLine, above: float) -> Frame | None:
    """The frame between x0 and x1 across ``line`` (and ``above`` of its height over and under
    it), enlarged three times (a check digit is one small character)."""
    height, width = frame.shape[:2]
    left, right = max(0, int(x0)), min(width, int(x1))
    top, bottom = (
        max(0, int(line.y - above * line.h)),
        min(height, int(line.bottom + above * line.h)),
    )
    if right - left < 4 or bottom - top < 4:
        return None
    region = cv2.resize(
        frame[top:bottom, left:right], None, fx=_UPSCALE, fy=_UPSCALE, interpolation=cv2.INTER_CUBIC
    )
    return np.asarray(region, dtype=np.uint8)


def _digit_region(frame: Frame, line: TextLine) -> Frame | None:
    """The frame right of ``line`` where its check digit stands, from its last two characters."""
    char = line.w / max(1, len(line.text))
    return _enlarged(frame, line.right - 1.8 * char, line.right + 3.2 * char, line, 0.3)


def _framed_insides(region: Frame, line_height: float) -> list[Frame]:
    """The insides of the painted frames in ``region``, each on a margin of its background,
    left to right. A frame is found by its hole: a character's holes (0, 6, 8, 9) are far
    smaller, and the hole stays whole when the frame's side touches the serial's last digit."""
    # Paint is what stands far from the panel's colour; the corrugation's light and dark
    # flanks stay near it (a grey threshold would take the ribs for paint).
    panel = np.median(region.reshape(-1, 3), axis=0)
    distance = np.linalg.norm(region.astype(np.float32) - panel, axis=2)
    distance = np.clip(distance * (255.0 / max(1.0, float(distance.max()))), 0, 255)
    _threshold, paint = cv2.threshold(
        distance.astype(np.uint8), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU
    )
    if not np.count_nonzero(paint == 0):
        return []
    background = [int(v) for v in np.median(region[paint == 0], axis=0)]
    contours, hierarchy = cv2.findContours(paint, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    insides: list[tuple[int, Frame]] = []
    for contour, (_next, _previous, _child, parent) in zip(contours, hierarchy[0], strict=True):
        if parent == -1:
            continue
        x, y, w, h = cv2.boundingRect(contour)
        if not (
            0.45 * line_height < h < 1.3 * line_height and 0.25 * line_height < w < line_height
        ):
            continue
        inset = max(1, round(0.1 * h))
        inside = region[y + inset : y + h - inset, x + inset : x + w - inset]
        if inside.size == 0:
            continue
        margin = round(0.3 * h)
        padded = cv2.copyMakeBorder(
            inside, margin, margin, margin, margin, cv2.BORDER_CONSTANT, value=background
        )
        insides.append((x, np.asarray(padded, dtype=np.uint8)))
    return [inside for _x, inside in sorted(insides, key=lambda item: item[0])]


def _at_edge(box: Box, picture: Frame) -> bool:
    """Whether ``box`` reaches the edge of ``picture`` (the code may be cut off there)."""
    x, y, w, h = box
    height, width = picture.shape[:2]
    return x <= EDGE_PX or y <= EDGE_PX or x + w >= width - EDGE_PX or y + h >= height - EDGE_PX


def _scaled_box(box: Box, factor: float, frame: Frame) -> Box:
    height, width = frame.shape[:2]
    x, y = min(width - 1, round(box[0] * factor)), min(height - 1, round(box[1] * factor))
    w = max(1, min(width - x, round(box[2] * factor)))
    h = max(1, min(height - y, round(box[3] * factor)))
    return x, y, w, h


def _check_frame(frame: Frame) -> None:
    if not isinstance(frame, np.ndarray) or frame.dtype != np.uint8:
        raise TypeError("a frame is a uint8 numpy array")
    if frame.ndim != 3 or frame.shape[2] != 3 or frame.shape[0] < 8 or frame.shape[1] < 8:
        raise ValueError(f"a frame is HxWx3 BGR, not {frame.shape}")


def _load_rapidocr(threads: int, detect_long_side: int) -> Any:
    try:
        from rapidocr_onnxruntime import RapidOCR
        from rapidocr_onnxruntime.utils.logger import (
            get_logger,
        )
    except Exception as exc:  # ImportError, or a broken onnxruntime/cv2 binary (OSError)
        log.warning("OCR engine cannot be imported: %s", exc)
        raise OcrUnavailable(
            _t(
                "The text reader (RapidOCR) is not installed on this computer; "
                "run the set-up again to install it."
            )
        ) from None
    for name in _RAPIDOCR_LOGGERS:
        muted = get_logger(name)  # made (with its stderr handler) before the engine logs
        for handler in list(muted.handlers):
            muted.removeHandler(handler)
        muted.addHandler(logging.NullHandler())
        muted.propagate = False
    try:
        engine = RapidOCR(
            det_limit_type="max",
            det_limit_side_len=detect_long_side,
            intra_op_num_threads=threads,
            inter_op_num_threads=1,
            print_verbose=False,
        )
    except Exception as exc:  # a model file missing or unreadable, onnxruntime refusing it
        log.warning("OCR engine cannot load its models: %s", exc)
        raise OcrUnavailable(
            _t("The text reader's models cannot be loaded ({reason}).").format(
                reason=type(exc).__name__
            )
        ) from None
    log.info("OCR engine loaded (%d inference thread(s))", threads)
    return engine


def _compact(raw: str) -> str:
    """Letters and digits, upper case; a circled or full-width digit (④, ４) is its digit."""
    folded = unicodedata.normalize("NFKC", raw).upper()
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())


def _line(item: Sequence[Any]) -> TextLine:
    points, raw, score = item[0], str(item[1]), float(item[2])
    xs = [float(p[0]) for p in points]
    ys = [float(p[1]) for p in points]
    x, y = min(xs), min(ys)
    return TextLine.read(raw, x, y, max(xs) - x, max(ys) - y, score)


# --- assembling codes from text lines ------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    """Text lines side by side on one painted line, left to right."""

    parts: tuple[TextLine, ...]

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.parts)

    @property
    def raw(self) -> str:
        return " ".join(p.raw.strip() for p in self.parts)

    def span(self, start: int, end: int) -> tuple[TextLine, ...]:
        """The lines that hold the characters [start, end) of ``text``."""
        used, position = [], 0
        for part in self.parts:
            if position < end and start < position + len(part.text):
                used.append(part)
            position += len(part.text)
        return tuple(used)


def _same_row(left: TextLine, right: TextLine) -> bool:
    height = max(left.h, right.h)
    gap = right.x - left.right
    return (
        abs(left.centre_y - right.centre_y) < 0.45 * height
        and min(left.h, right.h) > 0.4 * height
        and -0.3 * height < gap < 2.5 * height
    )


def _rows(lines: Sequence[TextLine]) -> list[_Row]:
    rows: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda ln: ln.x):
        for row in rows:
            if _same_row(row[-1], line):
                row.append(line)
                break
        else:
            rows.append([line])
    return [_Row(tuple(r)) for r in rows]


def _union(lines: Iterable[TextLine]) -> Box:
    items = list(lines)
    x0 = min(ln.x for ln in items)
    y0 = min(ln.y for ln in items)
    x1 = max(ln.right for ln in items)
    y1 = max(ln.bottom for ln in items)
    return round(x0), round(y0), round(x1 - x0), round(y1 - y0)


def _as_container(chars: str) -> str:
    """The 11 characters with the owner code read as letters and the rest as digits."""
    return chars[:4].translate(_AS_LETTER) + chars[4:].translate(_AS_DIGIT)


@dataclass(frozen=True)
class _Candidate:
    read: CodeRead
    lines: tuple[TextLine, ...]


def _container_read(chars: str, raw: str, lines: tuple[TextLine, ...]) -> _Candidate | None:
    shaped = _as_container(chars)
    if not _CONTAINER_SHAPE.fullmatch(shaped):
        return None
    try:
        value, valid = normalise_container(shaped), True
    except CodeError:
        value, valid = shaped, False
    confidence = min(ln.score for ln in lines)
    return _Candidate(
        CodeRead(ItemKind.CONTAINER, value, raw, valid, _union(lines), confidence), lines
    )


# Reads the check digit the detector left out (a lone digit, or one in its painted frame) to the
# right of the line that ends with the serial: (digit, confidence) or None.
DigitReader = Callable[[TextLine, str], tuple[str, float] | None]


def _serial_shape(chars: str) -> bool:
    return len(chars) == 6 and chars.translate(_AS_DIGIT).isdigit()


def _best(candidates: Sequence[_Candidate | None]) -> _Candidate | None:
    present = [c for c in candidates if c is not None]
    return next((c for c in present if c.read.valid), present[0] if present else None)


def _with_digit(
    chars10: str,
    raw: str,
    lines: tuple[TextLine, ...],
    serial_line: TextLine,
    read_digit: DigitReader,
) -> _Candidate | None:
    got = read_digit(serial_line, chars10[4:].translate(_AS_DIGIT))
    if got is None:
        return None
    digit, score = got
    candidate = _container_read(chars10 + digit, f"{raw} [{digit}]", lines)
    if candidate is None:
        return None
    read = candidate.read
    confidence = min(read.confidence, score)
    return _Candidate(
        CodeRead(read.kind, read.value, read.raw, read.valid, read.box, confidence), lines
    )


def _containers_in_row(row: _Row, read_digit: DigitReader | None) -> list[_Candidate]:
    text = row.text
    found: list[_Candidate] = []
    start = 0
    while start <= len(text) - 10:
        if not _OWNER_SHAPE.fullmatch(text[start : start + 4].translate(_AS_LETTER)):
            start += 1
            continue
        lines = row.span(start, start + 12)
        tries = [text[start : start + 11]]
        if text[start + 10 : start + 11] in _FRAME_STROKES:  # "524493 |5|": skip the stroke
            tries.append(text[start : start + 10] + text[start + 11 : start + 12])
        best = _best([_container_read(t, row.raw, lines) for t in tries if len(t) == 11])
        if (
            best is None
            and read_digit is not None
            and len(text) == start + 10
            and _serial_shape(text[start + 4 :])
        ):
            best = _with_digit(text[start:], row.raw, lines, row.parts[-1], read_digit)
        if best is None:
            start += 1
            continue
        found.append(best)
        start += 11

    return found


def _stacked_containers(rows: Sequence[_Row], read_digit: DigitReader | None) -> list[_Candidate]:
    """An owner code over its serial and check digit ("CSQU" / "305438 3")."""
    found: list[_Candidate] = []
    for upper in rows:
        owner = upper.text[-4:]
        if len(owner) < 4 or not _OWNER_SHAPE.fullmatch(owner.translate(_AS_LETTER)):
            continue
        last = upper.parts[-1]
        for lower in rows:
            first = lower.parts[0]
            if not (
                -0.4 * last.h <= first.y - last.bottom < 1.2 * last.h
                and abs(first.x - upper.span(len(upper.text) - 4, len(upper.text))[0].x)
                < 1.5 * last.h
            ):
                continue
            serial = lower.text[:8]
            tries = [serial[:7]]
            if serial[6:7] and serial[6] in _FRAME_STROKES:
                tries.append(serial[:6] + serial[7:8])
            lines = (last, *lower.span(0, 8))
            raw = f"{upper.raw} / {lower.raw}"
            best = _best(
                [
                    _container_read(owner + digits, raw, lines)
                    for digits in tries
                    if len(digits) == 7
                ]
            )
            if best is None and read_digit is not None and _serial_shape(lower.text):
                best = _with_digit(owner + lower.text, raw, lines, lower.parts[-1], read_digit)
            if best is not None:
                found.append(best)
    return found


def _plate_read(text: str, raw: str, lines: tuple[TextLine, ...]) -> _Candidate | None:
    try:
        plate = parse_plate(text)
    except CodeError:
        return None
    confidence = min(ln.score for ln in lines)
    valid = confidence >= PLATE_MIN_CONFIDENCE
    value = plate.canonical if valid else "".join(ch for ch in text if ch.isalnum())
    return _Candidate(CodeRead(ItemKind.PLATE, value, raw, valid, _union(lines), confidence), lines)


def _plate_head(text: str) -> str:
    """The province code read as digits ("5I" is 51). The series is left as read: a letter for a
    digit there would make another valid plate, and a plate has no check digit to refuse it."""
    return text[:2].translate(_AS_DIGIT) + text[2:]


def _may_be_plate(text: str) -> bool:
    """A plate starts with its province code (11-99): two digits, at most one of them read as a
    look-alike letter. An owner code (``QIBU 960465``) starts with two letters."""
    province = text[:2].translate(_AS_DIGIT)
    return (
        len(text) >= 3
        and any(ch.isdigit() for ch in text[:2])
        and province.isdigit()
        and 11 <= int(province) <= 99
    )


def _plates(rows: Sequence[_Row], taken: set[TextLine]) -> list[_Candidate]:
    found: list[_Candidate] = []
    free_rows = [r for r in rows if not taken.intersection(r.parts)]
    for row in free_rows:
        if not _may_be_plate(row.text):
            continue
        head = _plate_head(row.text)
        one_line = _plate_read(head, row.raw, row.parts)
        if one_line:
            found.append(one_line)
            continue
        # A two-line plate: the province and series over the number.
        if len(row.parts) != 1 or not _PLATE_HEAD.fullmatch(head):
            continue
        top = row.parts[0]
        for lower in free_rows:
            if lower is row or len(lower.parts) != 1:
                continue
            bottom = lower.parts[0]
            if (
                _PLATE_NUMBER.fullmatch(bottom.text)
                and -0.4 * top.h <= bottom.y - top.bottom < 1.0 * top.h
                and bottom.x < top.centre_x < bottom.right
            ):
                two = _plate_read(
                    f"{head} {bottom.text}", f"{top.raw} / {bottom.raw}", (top, bottom)
                )
                if two:
                    found.append(two)
    return found


def assemble(lines: Sequence[TextLine], read_digit: DigitReader | None = None) -> list[CodeRead]:
    """The codes in the recogniser's text lines: containers (on one painted line or stacked),
    then plates (one or two lines) among the lines no container used. Each code once (the
    most confident read of it). ``read_digit`` looks at the frame again for a check digit the
    detector left out."""
    rows = _rows(lines)
    containers = [c for row in rows for c in _containers_in_row(row, read_digit)]
    containers += _stacked_containers(rows, read_digit)
    taken = {ln for c in containers for ln in c.lines}
    plates = _plates(rows, taken)
    best: dict[tuple[ItemKind, str], CodeRead] = {}
    for candidate in containers + plates:
        read = candidate.read
        key = (read.kind, read.value)
        if key not in best or read.confidence > best[key].confidence:
            best[key] = read
    return sorted(best.values(), key=lambda r: (r.kind is not ItemKind.CONTAINER, not r.valid))


# --- evidence: the frame's fingerprint and the crop ----------------------------------------------


def frame_sha256(frame: Frame) -> str:
    """SHA-256 of the decoded pixels, prefixed with their shape and type, so the same picture
    gives the same fingerprint whatever file or stream it came from."""
    pixels = np.ascontiguousarray(frame)
    digest = hashlib.sha256(f"{'x'.join(map(str, pixels.shape))}:{pixels.dtype.str}\n".encode())
    digest.update(pixels.tobytes())
    return digest.hexdigest()


CROP_MARGIN = 0.5  # of the box's height, on every side: the paint around the code shows too
CROP_JPEG_QUALITY = 90


def crop(frame: Frame, box: Box) -> Frame:
    """The part of ``frame`` around ``box``, with a margin, clipped to the frame."""
    x, y, w, h = box
    margin = round(max(4, h * CROP_MARGIN))
    height, width = frame.shape[:2]
    x0, y0 = max(0, x - margin), max(0, y - margin)
    x1, y1 = min(width, x + w + margin), min(height, y + h + margin)
    if x1 <= x0 or y1 <= y0:
        raise ValueError(f"the box {box} is outside the {width}x{height} frame")
    return frame[y0:y1, x0:x1]


def save_crop(frame: Frame, box: Box, folder: Path) -> Path:
    """Save the crop around ``box`` as a JPEG named by its own SHA-256 (``<sha>.jpg``) in
    ``folder``; the same crop is one file, written once, never half-written."""
    ok, encoded = cv2.imencode(
        ".jpg", crop(frame, box), [cv2.IMWRITE_JPEG_QUALITY, CROP_JPEG_QUALITY]
    )
    if not ok:
        raise ValueError("the crop cannot be encoded")
    data = encoded.tobytes()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{hashlib.sha256(data).hexdigest()}.jpg"
    if path.exists() and path.stat().st_size == len(data):
        return path
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".crop-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
