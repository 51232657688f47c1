"""Snapshot evidence: file names, PNG stamps, SHA-256 records, verification, the schema update."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app import __version__
from app.domain import Camera, CameraPosition, Epe
from app.evidence.snapshots import (
    INCOMING,
    SnapshotBook,
    SnapshotError,
    SnapshotRecord,
    SnapshotSubject,
    SnapshotTaker,
    finish_snapshot,
    free_path,
    iter_png_chunks,
    looks_complete,
    read_png_text,
    safe_file_part,
    snapshot_file_name,
    stamp_png,
    verify,
)
from app.media.stream import StreamController, StreamState, StreamStatus
from app.sites.registry import Registry
from app.storage import migrations
from app.storage.migrations import SCHEMA_VERSION
from app.wall.layout import CameraInfo

TAX_ID = "0100233488"
EPE_NAME = "Công ty TNHH Điện tử Sao Việt"
# 20:05:06 UTC is already the next day in Vietnam.
TAKEN = dt.datetime(2025, 3, 4, 20, 5, 6, tzinfo=dt.UTC)
SUBJECT = SnapshotSubject(
    EPE_NAME, TAX_ID, 3, "storage_door", "Cửa kho nguyên liệu", camera_id=7, epe_id=2, stream="main"
)


def make_png(width: int = 64, height: int = 36) -> bytes:
    """An RGB PNG with a gradient, written by hand so the test does not trust our own writer."""
    rows = b"".join(
        b"\0" + bytes(v for x in range(width) for v in (x * 4 % 256, y * 7 % 256, 128))
        for y in range(height)
    )

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def pixels(data: bytes) -> list[int]:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    return [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    reg = Registry(tmp_path / "epewall.sqlite3")
    yield reg
    reg.close()


@pytest.fixture
def book(registry: Registry, tmp_path: Path) -> SnapshotBook:
    return SnapshotBook(registry, tmp_path / "snapshots")


def raw_file(folder: Path, data: bytes | None = None) -> Path:
    incoming = folder / INCOMING
    incoming.mkdir(parents=True, exist_ok=True)
    raw = incoming / "from-libvlc.png"
    raw.write_bytes(make_png() if data is None else data)
    return raw


# --- file names -----------------------------------------------------------------------------------


def test_the_file_name_says_epe_camera_and_vietnam_time() -> None:
    assert snapshot_file_name(SUBJECT, TAKEN) == (
        "Công-ty-TNHH-Điện-tử-Sao-Việt_cam03_20250305-030506+07.png"
    )


def test_characters_windows_forbids_become_dashes_and_long_names_are_cut() -> None:
    assert safe_file_part('A/B\\C:D*E?F"G<H>I|J_K  L.') == "A-B-C-D-E-F-G-H-I-J-K-L"
    long = safe_file_part("Công ty TNHH " + "Xuất nhập khẩu " * 10)
    assert len(long) <= 40
    assert not long.endswith("-")
    nameless = SnapshotSubject("///", "", 12, "gate", epe_id=9)
    assert snapshot_file_name(nameless, TAKEN).startswith("epe9_cam12_")


def test_a_second_snapshot_in_the_same_second_gets_a_number(tmp_path: Path) -> None:
    name = snapshot_file_name(SUBJECT, TAKEN)
    first = free_path(tmp_path, name)
    assert first == tmp_path / name
    first.write_bytes(b"taken")
    second = free_path(tmp_path, name)
    assert second.name == name.replace("+07.png", "+07-2.png")
    assert free_path(tmp_path, name, {second}).name == name.replace("+07.png", "+07-3.png")


# --- the PNG stamp --------------------------------------------------------------------------------


def test_the_stamp_is_readable_back_and_the_pixels_stay_as_received() -> None:
    original = make_png()
    text = {"EPE": EPE_NAME, "EPE tax ID": TAX_ID, "Time UTC": "2025-03-04T20:05:06Z"}
    stamped = stamp_png(original, text)
    assert read_png_text(stamped) == text
    # Another PNG reader (libpng, through Qt) sees the same text.
    other = QImage.fromData(stamped, "PNG")
    assert {key: other.text(key) for key in text} == text
    kinds = [(kind, body.split(b"\0")[0]) for kind, body, _s, _e in iter_png_chunks(stamped)]
    # ASCII values in tEXt, Vietnamese in UTF-8 iTXt, all before the picture data.
    assert kinds[:4] == [
        (b"IHDR", kinds[0][1]),
        (b"iTXt", b"EPE"),
        (b"tEXt", b"EPE tax ID"),
        (b"tEXt", b"Time UTC"),
    ]

    def idat(data: bytes) -> list[bytes]:
        return [body for kind, body, _s, _e in iter_png_chunks(data) if kind == b"IDAT"]

    assert idat(stamped) == idat(original)
    assert pixels(stamped) == pixels(original)


def test_a_truncated_or_damaged_png_is_not_taken_for_a_finished_one(tmp_path: Path) -> None:
    data = make_png()
    path = tmp_path / "partial.png"
    path.write_bytes(data[: len(data) // 2])
    assert not looks_complete(path)
    with pytest.raises(ValueError):
        read_png_text(data[: len(data) // 2])
    path.write_bytes(data)
    assert looks_complete(path)
    damaged = bytearray(data)
    damaged[40] ^= 0xFF  # inside IDAT: its CRC no longer matches
    with pytest.raises(ValueError, match="CRC"):
        stamp_png(bytes(damaged), {"EPE": EPE_NAME})


# --- stamping, hashing and recording -------------------------------------------------------------


def test_a_snapshot_is_stamped_hashed_and_recorded(book: SnapshotBook) -> None:
    raw = raw_file(book.folder)
    target = book.folder / snapshot_file_name(SUBJECT, TAKEN)
    record = finish_snapshot(raw, target, SUBJECT, TAKEN, "nguyenvana", book)

    assert record.path == target and target.exists()
    assert not raw.exists()
    assert record.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert (record.width, record.height) == (64, 36)
    assert record.id is not None
    assert read_png_text(target.read_bytes()) == {
        "Title": "Surveillance camera snapshot",
        "EPE": EPE_NAME,
        "EPE tax ID": TAX_ID,
        "Camera number": "3",
        "Camera position": "storage_door",
        "Camera name": "Cửa kho nguyên liệu",
        "Camera stream": "main",
        "Time UTC": "2025-03-04T20:05:06Z",
        "Time Vietnam": "2025-03-05T03:05:06+07:00",
        "Creation Time": "2025-03-04T20:05:06Z",
        "Source resolution": "64x36",
        "Software": f"epewall {__version__}",
        "Officer": "nguyenvana",
    }
    assert book.list() == [record]
    assert book.get(record.id) == record
    assert book.find_by_path(target) == record
    assert verify(record)


def test_verify_fails_for_a_changed_or_missing_file(book: SnapshotBook) -> None:
    record = finish_snapshot(
        raw_file(book.folder), book.folder / "shot.png", SUBJECT, TAKEN, "nguyenvana", book
    )
    assert book.verify(record)
    data = bytearray(record.path.read_bytes())
    data[-20] ^= 0x01
    record.path.write_bytes(bytes(data))
    assert not book.verify(record)
    record.path.unlink()
    assert not verify(record)


def test_an_existing_snapshot_is_never_overwritten(book: SnapshotBook) -> None:
    target = book.folder / snapshot_file_name(SUBJECT, TAKEN)
    first = finish_snapshot(raw_file(book.folder), target, SUBJECT, TAKEN, "a", book)
    before = target.read_bytes()
    second = finish_snapshot(raw_file(book.folder), target, SUBJECT, TAKEN, "b", book)
    assert target.read_bytes() == before
    assert second.path.name == target.name.replace("+07.png", "+07-2.png")
    assert [r.path for r in book.list()] == [second.path, first.path]


def test_an_unreadable_picture_leaves_no_file_and_no_record(book: SnapshotBook) -> None:
    raw = raw_file(book.folder, make_png()[:100])
    target = book.folder / "shot.png"
    with pytest.raises(SnapshotError, match="unreadable picture from camera 3 of Công ty"):
        finish_snapshot(raw, target, SUBJECT, TAKEN, "a", book)
    assert not target.exists() and not raw.exists()
    assert book.list() == []


def test_records_are_listed_per_camera_newest_first_with_notes(book: SnapshotBook) -> None:
    other = SnapshotSubject("Hòa Bình Xanh", "4798091148", 1, "gate", camera_id=8, epe_id=3)
    made = [
        finish_snapshot(
            raw_file(book.folder),
            book.folder / f"s{i}.png",
            subject,
            TAKEN + dt.timedelta(minutes=i),
            "a",
            book,
        )
        for i, subject in enumerate([SUBJECT, other, SUBJECT])
    ]
    assert [r.path.name for r in book.list()] == ["s2.png", "s1.png", "s0.png"]
    assert [r.path.name for r in book.list(camera_id=7)] == ["s2.png", "s0.png"]
    assert [r.path.name for r in book.list(epe_id=3)] == ["s1.png"]
    assert made[0].id is not None
    noted = book.set_note(made[0].id, "  Xe 51C-123.45 ra cổng không có tờ khai  ")
    assert noted.note == "Xe 51C-123.45 ra cổng không có tờ khai"
    assert book.get(made[0].id).note == noted.note
    with pytest.raises(KeyError):
        book.get(999)


def test_records_outlive_the_epe_they_show(registry: Registry, book: SnapshotBook) -> None:
    epe = registry.add_epe(Epe(name=EPE_NAME, tax_id=TAX_ID))
    assert epe.id is not None
    camera = registry.add_camera(Camera(epe.id, 3, CameraPosition.STORAGE_DOOR, "Cửa kho"))
    info = CameraInfo.from_domain(camera, epe)
    subject = book.subject_for(info, "sub")
    assert (subject.tax_id, subject.epe_name, subject.camera_name) == (TAX_ID, EPE_NAME, "Cửa kho")
    record = finish_snapshot(
        raw_file(book.folder), book.folder / "s.png", subject, TAKEN, "a", book
    )
    registry.delete_epe(epe.id)
    assert book.list() == [record]
    assert book.list()[0].subject.tax_id == TAX_ID


# --- the schema update ----------------------------------------------------------------------------


def test_a_registry_from_the_previous_version_gains_the_new_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    # Version 1 is the registry as it was before snapshots and walls came (migration 2).
    previous = migrations.MIGRATIONS[:1]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", previous)
        with Registry(path) as old:
            assert old.schema_version == 1
            saved = old.add_epe(Epe(name=EPE_NAME, tax_id=TAX_ID))
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "snapshots" not in tables and "walls" not in tables

    with Registry(path) as reg:
        assert reg.schema_version == SCHEMA_VERSION
        assert reg.list_epes() == [saved]
        book = SnapshotBook(reg, tmp_path / "snapshots")
        record = finish_snapshot(
            raw_file(book.folder), book.folder / "s.png", SUBJECT, TAKEN, "a", book
        )
        assert book.list() == [record]
    assert path.with_name("old.sqlite3.schema1.bak").exists()


# --- taking a snapshot from a stream --------------------------------------------------------------


class SlowPlayer:
    """Stands in for libVLC's asynchronous writer, which the real stream cannot be made to be
    slow or silent on demand: writes the PNG in two halves, 150 ms apart, or never."""

    def __init__(self, write: bool = True) -> None:
        self.status = StreamStatus(StreamState.LIVE)
        self.write = write
        self.data = make_png(320, 180)

    def snapshot(self, path: str) -> bool:
        if self.write:
            Path(path).write_bytes(self.data[: len(self.data) // 2])
            QTimer.singleShot(150, lambda: Path(path).write_bytes(self.data))
        return True


def test_the_taker_waits_for_the_whole_file_before_stamping(
    book: SnapshotBook, qtbot: QtBot
) -> None:
    taker = SnapshotTaker(book, officer="nguyenvana")
    player = SlowPlayer()
    with qtbot.waitSignal(taker.saved, timeout=5_000) as saved:
        planned = taker.take(player, SUBJECT)  # type: ignore[arg-type]
    record: SnapshotRecord = saved.args[0]
    assert record.path == planned
    assert pixels(record.path.read_bytes()) == pixels(player.data)
    assert book.list() == [record]
    assert list((book.folder / INCOMING).iterdir()) == []
    assert taker.pending == 0


def test_no_file_from_the_player_is_a_clear_error(book: SnapshotBook, qtbot: QtBot) -> None:
    taker = SnapshotTaker(book, wait_seconds=0.3)
    with qtbot.waitSignal(taker.failed, timeout=3_000) as failed:
        assert taker.take(SlowPlayer(write=False), SUBJECT) is not None  # type: ignore[arg-type]
    assert failed.args == [
        "The picture from camera 3 of Công ty TNHH Điện tử Sao Việt was not "
        "written within 0.3 seconds; no snapshot was saved. Try again."
    ]
    assert [p for p in book.folder.rglob("*") if p.is_file()] == []
    assert book.list() == []


def test_a_stream_that_is_not_live_gives_no_file_and_no_record(
    book: SnapshotBook, qtbot: QtBot
) -> None:
    stream = StreamController("rtsp://127.0.0.1:9/never-played")
    taker = SnapshotTaker(book)
    with qtbot.waitSignal(taker.failed) as failed:
        assert taker.take(stream, SUBJECT) is None
    assert failed.args == [
        "There is no live picture from camera 3 of Công ty TNHH Điện tử Sao "
        "Việt, so no snapshot was saved."
    ]
    assert not book.folder.exists() or [p for p in book.folder.rglob("*") if p.is_file()] == []
    assert book.list() == []
    stream.release()
