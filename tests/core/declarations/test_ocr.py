"""The gate reader over synthetic gate frames (tests/helpers/gate_frames.py): the real RapidOCR
engine and its shipped models, nothing faked."""

from __future__ import annotations

import hashlib
import logging
import random
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.declarations.ocr import (
    CodeRead,
    OcrEngine,
    OcrUnavailable,
    TextLine,
    assemble,
    frame_sha256,
    save_crop,
)
from app.declarations.reconcile import ItemKind
from tests.helpers.gate_frames import render_gate_frame


@pytest.fixture(scope="module")
def engine() -> OcrEngine:
    reader = OcrEngine()
    reader.load()
    return reader


def valid(reads: list[CodeRead], kind: ItemKind) -> set[str]:
    return {r.value for r in reads if r.kind is kind and r.valid}


@pytest.mark.parametrize("size", [(640, 360), (1920, 1080)])
def test_reads_the_painted_container_number_and_the_plate(
    engine: OcrEngine, size: tuple[int, int]
) -> None:
    gate = render_gate_frame(
        random.Random(1),
        size,
        container="CSQU3054383",
        plate="51C12345",
        two_line_code=False,
        two_line_plate=False,
        tilt_degrees=2.0,
        blur_sigma=0.8,
        jpeg_quality=50,
    )
    reads = engine.read(gate.frame)
    assert valid(reads, ItemKind.CONTAINER) == {"CSQU3054383"}
    assert valid(reads, ItemKind.PLATE) == {"51C12345"}
    container = next(r for r in reads if r.kind is ItemKind.CONTAINER)
    # The box is in the frame's own pixels (a 1080p frame is read at 960x540 inside).
    x, y, w, h = container.box
    assert x >= 0 and y >= 0 and x + w <= size[0] and y + h <= size[1] and w > 3 * h
    assert 0.25 * size[0] < w < 0.6 * size[0]
    painted = gate.frame[y : y + h, x : x + w]
    assert painted.std() > 20  # paint on the panel, not the sky beside it


def test_a_two_line_plate_and_a_stacked_container_number(engine: OcrEngine) -> None:
    gate = render_gate_frame(
        random.Random(2),
        container="MSKU1234565",
        plate="29H67890",
        two_line_code=True,
        two_line_plate=True,
        tilt_degrees=-1.5,
    )
    reads = engine.read(gate.frame)
    assert valid(reads, ItemKind.CONTAINER) == {"MSKU1234565"}
    assert valid(reads, ItemKind.PLATE) == {"29H67890"}


def test_a_wrong_check_digit_is_a_misread_never_corrected(engine: OcrEngine) -> None:
    # CSQU 305438 3 is valid; painted with 7 the check digit does not fit.
    gate = render_gate_frame(
        random.Random(3),
        container="CSQU3054383",
        painted="CSQU 305438 7",
        two_line_code=False,
        tilt_degrees=0.5,
    )
    reads = engine.read(gate.frame)
    containers = [r for r in reads if r.kind is ItemKind.CONTAINER]
    assert [(r.value, r.valid) for r in containers] == [("CSQU3054387", False)]
    assert "CSQU3054383" not in valid(reads, ItemKind.CONTAINER)


def test_an_empty_gate_gives_no_read(engine: OcrEngine) -> None:
    gate = render_gate_frame(random.Random(4), with_container=False, with_plate=False)
    assert engine.read(gate.frame) == []
    assert engine.read(np.zeros((360, 640, 3), np.uint8)) == []


@pytest.mark.parametrize("seen", [0.9, 0.85])
def test_a_plate_cut_off_by_the_picture_edge_is_not_read_as_a_shorter_plate(
    engine: OcrEngine, seen: float
) -> None:
    # A vehicle driving out of the picture: its plate "15H-719.57" shows as "15H-719.5", the form
    # of the 4-digit plate 15H7195, and a plate has no check digit to refuse it.
    gate = render_gate_frame(random.Random(1), plate="15H71957", two_line_plate=False)
    whole = engine.read(gate.frame)
    assert valid(whole, ItemKind.PLATE) == {"15H71957"}
    x, _y, w, _h = next(r for r in whole if r.kind is ItemKind.PLATE).box
    leaving = np.ascontiguousarray(gate.frame[:, : x + int(w * seen)])
    assert [r.value for r in engine.read(leaving) if r.kind is ItemKind.PLATE] == []
    # Whole, a few pixels from the edge, it is read.
    near = np.ascontiguousarray(gate.frame[:, : x + w + 12])
    assert valid(engine.read(near), ItemKind.PLATE) == {"15H71957"}


def test_the_frame_fingerprint_is_over_its_pixels_and_shape() -> None:
    frame = render_gate_frame(random.Random(5)).frame
    assert frame_sha256(frame) == frame_sha256(frame.copy())
    # The same bytes in another shape are another picture.
    assert frame_sha256(frame) != frame_sha256(frame.reshape(180, 1280, 3))
    changed = frame.copy()
    changed[0, 0, 0] ^= 1
    assert frame_sha256(changed) != frame_sha256(frame)
    # A known value: a change of the algorithm would orphan every stored read's fingerprint.
    assert (
        frame_sha256(np.zeros((2, 3, 3), np.uint8))
        == hashlib.sha256(b"2x3x3:|u1\n" + bytes(18)).hexdigest()
    )


def test_the_crop_is_one_file_named_by_its_sha256(tmp_path: Path) -> None:
    frame = render_gate_frame(random.Random(6)).frame
    first = save_crop(frame, (200, 40, 180, 25), tmp_path / "gate_crops")
    again = save_crop(frame.copy(), (200, 40, 180, 25), tmp_path / "gate_crops")
    assert first == again
    data = first.read_bytes()
    assert first.name == hashlib.sha256(data).hexdigest() + ".jpg"
    assert [p.name for p in (tmp_path / "gate_crops").iterdir()] == [first.name]
    picture = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    # The box with a margin of half its height on each side, inside the frame.
    assert picture.shape[:2] == (25 + 2 * 12, 180 + 2 * 12)
    corner = save_crop(frame, (0, 0, 30, 10), tmp_path / "gate_crops")
    assert cv2.imdecode(np.frombuffer(corner.read_bytes(), np.uint8), 1).shape[:2] == (15, 35)


def test_rapidocr_logs_nothing_into_ours(
    engine: OcrEngine, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    with caplog.at_level(logging.DEBUG):
        fresh = OcrEngine(threads=1)
        fresh.read(render_gate_frame(random.Random(7)).frame)
    assert all(r.name.startswith("app.") for r in caplog.records)
    out, err = capfd.readouterr()
    assert "RapidOCR" not in out + err and "OrtInferSession" not in out + err


@pytest.mark.parametrize(("seed", "two_line_code"), [(1, False), (24, True)])
def test_a_framed_check_digit_the_detector_left_out_is_read(
    engine: OcrEngine, seed: int, two_line_code: bool
) -> None:
    # In these frames the detector finds "ESZU 141777" (or "WMSU" over "232321") but not the
    # framed check digit after it: the reader looks right of the serial for it.
    gate = render_gate_frame(
        random.Random(seed),
        framed_digit=True,
        two_line_code=two_line_code,
        tilt_degrees=1.0,
        blur_sigma=0.6,
        jpeg_quality=60,
    )
    assert valid(engine.read(gate.frame), ItemKind.CONTAINER) == {gate.container}


def line(text: str, x: float, y: float, w: float, h: float = 20, score: float = 0.99) -> TextLine:
    return TextLine.read(text, x, y, w, h, score)


def test_a_number_split_across_boxes_on_one_line_is_one_read() -> None:
    reads = assemble(
        [line("CSQU", 100, 40, 60), line("305438", 170, 41, 90), line("3", 275, 40, 14)]
    )
    assert [(r.kind, r.value, r.valid) for r in reads] == [
        (ItemKind.CONTAINER, "CSQU3054383", True)
    ]
    assert reads[0].box == (100, 40, 189, 21)
    assert reads[0].raw == "CSQU 305438 3"


def test_an_owner_code_over_its_serial_is_one_read() -> None:
    reads = assemble([line("CSQU", 100, 40, 60), line("305438 3", 101, 62, 120)])
    assert [(r.value, r.valid) for r in reads] == [("CSQU3054383", True)]


def test_look_alike_characters_are_read_as_their_position_asks() -> None:
    # O for 0 in the serial, 5 for S in the owner code, a circled digit for the check digit.
    reads = assemble([line("C5QU 3O5438 \u2462", 100, 40, 200)])
    assert [(r.value, r.valid) for r in reads] == [("CSQU3054383", True)]


def test_a_read_that_fails_its_check_digit_stays_a_misread() -> None:
    reads = assemble([line("CSQU 305438 7", 100, 40, 200)])
    assert [(r.kind, r.value, r.valid) for r in reads] == [
        (ItemKind.CONTAINER, "CSQU3054387", False)
    ]


def test_plates_on_one_line_and_on_two() -> None:
    reads = assemble(
        [
            line("51C-123.45", 100, 200, 110),
            line("29H", 300, 200, 40),
            line("678.90", 290, 222, 62),
        ]
    )
    assert sorted((r.value, r.valid) for r in reads) == [("29H67890", True), ("51C12345", True)]


def test_an_unsure_plate_is_a_misread_and_an_owner_code_is_no_plate() -> None:
    reads = assemble(
        [line("51C-123.45", 100, 200, 110, score=0.6), line("QIBU 960465", 100, 40, 170)]
    )
    assert [(r.kind, r.value, r.valid) for r in reads] == [(ItemKind.PLATE, "51C12345", False)]
    # Neither the weights stencil nor the size-type code is a code.
    assert assemble([line("MAX.GROSS 30,480 KG", 50, 150, 160), line("22G1", 100, 70, 50)]) == []


def test_without_the_engine_the_reader_says_so_in_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The package missing, as on a machine set up before the reader existed.
    monkeypatch.setitem(sys.modules, "rapidocr_onnxruntime", None)
    reader = OcrEngine()
    with pytest.raises(OcrUnavailable) as raised:
        reader.read(np.zeros((360, 640, 3), np.uint8))
    assert "not installed" in str(raised.value) and "set-up" in str(raised.value)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_a_frame_that_is_no_picture_is_refused(engine: OcrEngine) -> None:
    with pytest.raises(ValueError):
        engine.read(np.zeros((360, 640), np.uint8))
    with pytest.raises(TypeError):
        engine.read(np.zeros((360, 640, 3), np.float32))  # type: ignore[arg-type]
