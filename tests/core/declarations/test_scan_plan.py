"""Where the gate scan looks when the recorder gives no events, and how it keeps one read per
code per passage (a second scan of the same day, overlapping events)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from app.declarations.ocr import CodeRead
from app.declarations.reconcile import GateRead, ItemKind
from app.declarations.scan import (
    EMPTY_AFTER,
    MAX_OCR_FRAMES,
    WINDOW_STEP_S,
    Moment,
    _Best,
    _drop_misreads_of_valid,
    _new_reads,
    _passage_read,
    progress_text,
    window_moments,
)

UTC = dt.UTC
T0 = dt.datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # 09:00 in Vietnam


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def test_declared_windows_are_read_once_where_they_overlap_and_only_inside_the_day() -> None:
    windows = [(at(0), at(60)), (at(30), at(90)), (at(-600), at(-590)), (at(-30), at(10))]

    moments = window_moments(windows, [1, 2], at(-5), at(3600))

    starts = sorted({m.start for m in moments})
    step = int(WINDOW_STEP_S)
    assert starts == [at(s) for s in range(-5, 90, step)], (
        "the union of the windows, clipped to the day, one replay every step"
    )
    assert {m.camera for m in moments} == {1, 2}
    assert all(m.end - m.start == dt.timedelta(seconds=WINDOW_STEP_S) for m in moments)


def read(value: str, seconds: float, camera: int = 1) -> GateRead:
    return GateRead(ItemKind.CONTAINER, value, at(seconds), camera, True)


def test_a_code_read_again_in_the_same_passage_is_stored_once() -> None:
    known: dict[tuple[int, str, str], list[dt.datetime]] = {}
    first = _new_reads([read("CSQU3054383", 0)], known)
    again = _new_reads([read("CSQU3054383", 5), read("MSCU1234565", 6)], known)
    other_camera = _new_reads([read("CSQU3054383", 7, camera=2)], known)
    later = _new_reads([read("CSQU3054383", 600)], known)

    assert [r.value for r in first] == ["CSQU3054383"]
    assert [r.value for r in again] == ["MSCU1234565"]
    assert [r.camera for r in other_camera] == [2]
    assert [r.at for r in later] == [at(600)], "the same container back ten minutes later"


def test_progress_says_which_camera_and_moment_in_vietnam_time() -> None:
    assert progress_text(1, at(5 * 60), 12, 48) == "camera 1, 09:05 (12/48)"
    assert Moment(1, at(0), at(1)).camera == 1


def code(kind: ItemKind, value: str, valid: bool = True) -> _Best:
    read = CodeRead(kind, value, value, valid, (0, 0, 10, 10), 0.99)
    return _Best(read, at(0), np.zeros((8, 8, 3), dtype=np.uint8))


def test_a_passage_is_read_until_its_plate_is_and_no_longer_than_a_handful_of_frames() -> None:
    container = code(ItemKind.CONTAINER, "CSQU3054383")
    plate = code(ItemKind.PLATE, "51C12345")

    def best(*items: _Best) -> dict[tuple[str, str], _Best]:
        return {(i.read.kind.value, i.read.value): i for i in items}

    assert not _passage_read(best(container), agreeing=2, frames=2), "the plate is still to come"
    assert _passage_read(best(container, plate), agreeing=1, frames=1), "both valid at once"
    assert not _passage_read(best(plate), agreeing=1, frames=1), "a container may come next"
    assert not _passage_read(best(plate), agreeing=2, frames=2), "one more look for a container"
    assert _passage_read(best(plate), agreeing=3, frames=3), "a truck without a container"
    assert not _passage_read({}, agreeing=0, frames=2)
    assert _passage_read({}, agreeing=0, frames=EMPTY_AFTER), "nothing at the gate"
    assert _passage_read(best(container), agreeing=5, frames=MAX_OCR_FRAMES)


def test_an_invalid_read_next_to_the_valid_one_is_the_same_code_misread_in_another_frame() -> None:
    good = code(ItemKind.CONTAINER, "CSQU3054383")
    misread = code(ItemKind.CONTAINER, "CSQU3054388", valid=False)
    other = code(ItemKind.CONTAINER, "MSKU9999990", valid=False)
    plate = code(ItemKind.PLATE, "CSQU3054388", valid=False)

    kept = _drop_misreads_of_valid([good, misread, other, plate])

    assert [i.read.value for i in kept] == ["CSQU3054383", "MSKU9999990", "CSQU3054388"]
    assert kept[2].read.kind is ItemKind.PLATE
