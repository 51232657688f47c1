"""The gate reader over synthetic gate frames (tests/helpers/gate_frames.py): the real RapidOCR
engine and its shipped models, nothing faked."""

from __future__ import annotations

import hashlib
import logging
import random
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.declarations.ocr import CodeRead, OcrEngine, frame_sha256, save_crop
from app.declarations.reconcile import ItemKind
from tests.helpers.gate_frames import render_gate_frame


@pytest.fixture(scope="module")
def engine() -> OcrEngine:
    reader = OcrEngine()
    reader.load()
    return reader


def valid(reads: list[CodeRead], kind: ItemKind) -> set[str]:
    return {r.value for r in reads if r.kind is kind and r.valid}


def test_reads_the_painted_container_number_and_the_plate(engine: OcrEngine) -> None:
    gate = render_gate_frame(
        random.Random(1),
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
    x, y, w, h = container.box
    assert 0 <= x and 0 <= y and x + w <= 640 and y + h <= 360 and w > 3 * h


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
