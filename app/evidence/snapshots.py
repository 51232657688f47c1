"""Snapshot evidence: PNG files stamped with what, where, when and by whom, hashed and recorded.

Decision 1572: officers capture suspicious images and print them to go with the written record.
A snapshot keeps the picture exactly as libVLC decoded it (the pixel data is never re-encoded);
PNG text chunks name the EPE, its tax ID, the camera, the times in UTC and in Vietnam, the source
resolution, the epewall version and the officer. The SHA-256 of the stamped file goes into the
registry's ``snapshots`` table, so ``verify`` can later show that the file was not changed.

libVLC writes its snapshot asynchronously: ``SnapshotTaker`` lets it write into a private
``.incoming`` folder, polls for the finished file with a QTimer (never blocking the GUI thread),
then stamps, hashes and records it on a worker thread.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import getpass
import hashlib
import logging
import os
import re
import struct
import time
import unicodedata
import uuid
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from app import __version__, paths, settings
from app.media.stream import StreamController, StreamState
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, parse_utc, to_utc_iso
from app.wall.layout import CameraInfo
from app.workers import Job, JobQueue

log = logging.getLogger(__name__)

SOFTWARE = f"epewall {__version__}"
FOLDER_NAME = "snapshots"
INCOMING = ".incoming"  # libVLC's unstamped files; never shown as snapshots
EPE_PART_MAX = 40  # characters of the EPE name in a file name
NOTE_MAX = 2000
DEFAULT_WAIT_SECONDS = 5.0
POLL_MS = 50

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_TEXT_CHUNKS = (b"tEXt", b"iTXt", b"zTXt")

# The PNG text keywords of a stamp, in the order they are written.
KEY_TITLE = "Title"
KEY_EPE = "EPE"
KEY_TAX_ID = "EPE tax ID"
KEY_CAMERA_NUMBER = "Camera number"
KEY_POSITION = "Camera position"
KEY_CAMERA_NAME = "Camera name"
KEY_STREAM = "Camera stream"
KEY_TIME_UTC = "Time UTC"
KEY_TIME_VIETNAM = "Time Vietnam"
KEY_CREATION_TIME = "Creation Time"  # the PNG spec's own keyword, for generic viewers
KEY_RESOLUTION = "Source resolution"
KEY_SOFTWARE = "Software"
KEY_OFFICER = "Officer"
STAMP_TITLE = "Surveillance camera snapshot"


class SnapshotError(Exception):
    """A snapshot could not be taken, stamped or recorded. ``str()`` is translated."""


# --- what and when --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SnapshotSubject:
    """The camera a snapshot shows, as it was at that moment (the registry may change later)."""

    epe_name: str
    tax_id: str
    diagram_number: int
    position: str  # a domain.CameraPosition value
    camera_name: str = ""
    camera_id: int | None = None
    epe_id: int | None = None
    stream: str = ""  # "main" or "sub": which of the camera's streams the picture came from

    @classmethod
    def from_info(cls, info: CameraInfo, tax_id: str = "", stream: str = "") -> SnapshotSubject:
        return cls(
            info.epe_name,
            tax_id,
            info.diagram_number,
            str(info.position),
            info.name,
            info.camera_id,
            info.epe_id,
            stream,
        )


@dataclass(frozen=True)
class SnapshotRecord:
    """One saved snapshot: its file, the file's SHA-256 and what the stamp says."""

    path: Path
    sha256: str
    taken_at: dt.datetime  # UTC
    width: int
    height: int
    subject: SnapshotSubject
    officer: str
    software: str = SOFTWARE
    note: str = ""
    id: int | None = None

    @property
    def taken_at_vietnam(self) -> dt.datetime:
        return self.taken_at.astimezone(VIETNAM)

    @property
    def resolution(self) -> str:
        return f"{self.width}x{self.height}"

    def stamp(self) -> dict[str, str]:
        """The text chunks written into the PNG (everything but the hash of the file itself)."""
        return stamp_text(
            self.subject, self.taken_at, self.width, self.height, self.officer, self.software
        )


def utc_iso(moment: dt.datetime) -> str:
    """``2025-03-04T02:05:06Z``: ISO-8601 in UTC with Z, to the second, as the picture's stamp
    and printed sheet say it (the registry stores ``app.timekeeping.to_utc_iso``'s spelling)."""
    return moment.astimezone(dt.UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def vietnam_iso(moment: dt.datetime) -> str:
    """``2025-03-04T09:05:06+07:00``: ISO-8601 in Vietnam's time, to the second."""
    return moment.astimezone(VIETNAM).replace(microsecond=0).isoformat()


def stamp_text(
    subject: SnapshotSubject,
    taken_at: dt.datetime,
    width: int,
    height: int,
    officer: str,
    software: str = SOFTWARE,
) -> dict[str, str]:
    utc = utc_iso(taken_at)
    return {
        KEY_TITLE: STAMP_TITLE,
        KEY_EPE: subject.epe_name,
        KEY_TAX_ID: subject.tax_id,
        KEY_CAMERA_NUMBER: str(subject.diagram_number),
        KEY_POSITION: subject.position,
        KEY_CAMERA_NAME: subject.camera_name,
        KEY_STREAM: subject.stream,
        KEY_TIME_UTC: utc,
        KEY_TIME_VIETNAM: vietnam_iso(taken_at),
        KEY_CREATION_TIME: utc,
        KEY_RESOLUTION: f"{width}x{height}",
        KEY_SOFTWARE: software,
        KEY_OFFICER: officer,
    }


def current_officer() -> str:
    """The officer at this workstation: the OS user until officers get their own accounts."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment or passwd
        return ""


# --- file names -----------------------------------------------------------------------------------


def safe_file_part(text: str) -> str:
    """Text made safe for a file name on Windows and Linux, still readable: Vietnamese letters
    stay, every run of other characters becomes one "-"."""
    part = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFC", text)).strip("-")
    return part[:EPE_PART_MAX].rstrip("-")


def snapshot_file_name(subject: SnapshotSubject, taken_at: dt.datetime) -> str:
    """``<EPE>_cam<NN>_<YYYYmmdd-HHMMSS>+07.png``, the time in Vietnam."""
    epe = safe_file_part(subject.epe_name) or (
        f"epe{subject.epe_id}" if subject.epe_id is not None else "epe"
    )
    local = taken_at.astimezone(VIETNAM)
    return f"{epe}_cam{subject.diagram_number:02d}_{local:%Y%m%d-%H%M%S}+07.png"


def _numbered(path: Path, serial: int) -> Path:
    return path if serial <= 1 else path.with_name(f"{path.stem}-{serial}{path.suffix}")


def free_path(folder: Path, name: str, reserved: frozenset[Path] | set[Path] = frozenset()) -> Path:
    """``folder/name``, or ``name`` with "-2", "-3"… when that file exists or is reserved."""
    base = folder / name
    serial = 1
    while _numbered(base, serial).exists() or _numbered(base, serial) in reserved:
        serial += 1
    return _numbered(base, serial)


def _create_new(path: Path) -> tuple[Path, IO[bytes]]:
    """Open a file that did not exist, choosing the next free number on a clash: a snapshot
    never overwrites another one, even one written by a second epewall window."""
    serial = 1
    while True:
        candidate = _numbered(path, serial)
        try:
            return candidate, candidate.open("xb")
        except FileExistsError:
            serial += 1


# --- PNG chunks -----------------------------------------------------------------------------------


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


_IEND = _chunk(b"IEND", b"")


def iter_png_chunks(data: bytes) -> Iterator[tuple[bytes, bytes, int, int]]:
    """``(type, body, start, end)`` of every chunk up to IEND; ValueError if the PNG is not
    complete and intact (wrong signature, truncated, bad CRC)."""
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError("not a PNG file")
    pos = len(PNG_SIGNATURE)
    first = True
    while True:
        if pos + 8 > len(data):
            raise ValueError("the PNG file ends before its IEND chunk")
        length, kind = struct.unpack_from(">I4s", data, pos)
        end = pos + 12 + length
        if end > len(data):
            raise ValueError("the PNG file ends inside a chunk")
        body = data[pos + 8 : end - 4]
        (crc,) = struct.unpack_from(">I", data, end - 4)
        if zlib.crc32(kind + body) != crc:
            raise ValueError(f"bad CRC in the {kind.decode('latin-1')!r} chunk")
        if first and kind != b"IHDR":
            raise ValueError("the PNG file does not start with IHDR")
        first = False
        yield kind, body, pos, end
        pos = end
        if kind == b"IEND":
            return


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk (checks the whole file)."""
    size = (0, 0)
    for kind, body, _start, _end in iter_png_chunks(data):
        if kind == b"IHDR":
            width, height = struct.unpack_from(">II", body)
            size = (int(width), int(height))
    return size


def looks_complete(path: Path) -> bool:
    """Cheap test for "libVLC finished writing": the file ends with the IEND chunk."""
    try:
        with path.open("rb") as file:
            file.seek(0, os.SEEK_END)
            if file.tell() < len(PNG_SIGNATURE) + 25 + len(_IEND):
                return False
            file.seek(-len(_IEND), os.SEEK_END)
            return file.read() == _IEND
    except OSError:
        return False


def _check_keyword(keyword: str) -> bytes:
    raw = keyword.encode("latin-1")
    if not 1 <= len(raw) <= 79 or keyword != keyword.strip() or "  " in keyword or "\0" in keyword:
        raise ValueError(f"not a PNG text keyword: {keyword!r}")
    return raw


def text_chunk(keyword: str, value: str) -> bytes:
    """A tEXt chunk for plain ASCII, an uncompressed UTF-8 iTXt chunk for anything else."""
    key = _check_keyword(keyword)
    value = unicodedata.normalize("NFC", value).replace("\0", "")
    if value.isascii():
        return _chunk(b"tEXt", key + b"\0" + value.encode("ascii"))
    # keyword, NUL, compression flag 0, method 0, empty language tag, NUL, no translation, NUL
    return _chunk(b"iTXt", key + b"\0\0\0" + b"\0" + b"\0" + value.encode("utf-8"))


def _text_keyword(kind: bytes, body: bytes) -> str:
    return body.split(b"\0", 1)[0].decode("latin-1")


def stamp_png(data: bytes, text: Mapping[str, str]) -> bytes:
    """The PNG with ``text`` as text chunks right after IHDR. Pixel data and every other chunk
    stay byte for byte; an earlier text chunk with one of these keywords is dropped."""
    new = b"".join(text_chunk(key, value) for key, value in text.items())
    keys = set(text)
    parts = [PNG_SIGNATURE]
    for kind, body, start, end in iter_png_chunks(data):
        if kind in _TEXT_CHUNKS and _text_keyword(kind, body) in keys:
            continue
        parts.append(data[start:end])
        if kind == b"IHDR":
            parts.append(new)
    return b"".join(parts)


def read_png_text(data: bytes) -> dict[str, str]:
    """Every text chunk (tEXt, zTXt, iTXt) of a PNG; the first one wins for a repeated key."""
    found: dict[str, str] = {}
    for kind, body, _start, _end in iter_png_chunks(data):
        if kind not in _TEXT_CHUNKS:
            continue
        key_raw, _, rest = body.partition(b"\0")
        key = key_raw.decode("latin-1")
        if kind == b"tEXt":
            value = rest.decode("latin-1")
        elif kind == b"zTXt":
            value = zlib.decompress(rest[1:]).decode("latin-1")
        else:
            compressed, _method = rest[0], rest[1]
            _lang, _, rest = rest[2:].partition(b"\0")
            _translated, _, payload = rest.partition(b"\0")
            value = (zlib.decompress(payload) if compressed else payload).decode("utf-8")
        found.setdefault(key, value)
    return found


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify(record: SnapshotRecord) -> bool:
    """True when the file is still there and its SHA-256 is the recorded one."""
    try:
        return sha256_file(record.path) == record.sha256
    except OSError:
        return False


# --- messages -------------------------------------------------------------------------------------


def _camera_text(subject: SnapshotSubject) -> str:
    return QCoreApplication.translate("Snapshots", "camera {number} of {epe}").format(
        number=subject.diagram_number, epe=subject.epe_name
    )


def _not_live(subject: SnapshotSubject) -> SnapshotError:
    return SnapshotError(
        QCoreApplication.translate(
            "Snapshots", "There is no live picture from {camera}, so no snapshot was saved."
        ).format(camera=_camera_text(subject))
    )


def _folder_error(folder: Path, exc: OSError) -> SnapshotError:
    return SnapshotError(
        QCoreApplication.translate(
            "Snapshots",
            "The snapshot folder {folder} cannot be written ({error}); no snapshot was saved.",
        ).format(folder=folder, error=exc.strerror or type(exc).__name__)
    )


# --- the stamping step (worker thread) ------------------------------------------------------------


def finish_snapshot(
    raw: Path,
    target: Path,
    subject: SnapshotSubject,
    taken_at: dt.datetime,
    officer: str,
    book: SnapshotBook | None = None,
) -> SnapshotRecord:
    """Stamp libVLC's file ``raw`` into ``target`` (or the next free name), hash and record it.
    ``raw`` is removed in every case. Raises SnapshotError."""
    taken_at = taken_at.astimezone(dt.UTC).replace(microsecond=0)  # as the stamp and record say
    try:
        data = raw.read_bytes()
        width, height = png_size(data)
        stamped = stamp_png(data, stamp_text(subject, taken_at, width, height, officer))
    except (OSError, ValueError) as exc:
        log.warning(
            "snapshot of camera %s: unreadable PNG from libVLC (%s)", subject.camera_id, exc
        )
        raise SnapshotError(
            QCoreApplication.translate(
                "Snapshots",
                "The video player wrote an unreadable picture from {camera}; no snapshot "
                "was saved. Try again.",
            ).format(camera=_camera_text(subject))
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            raw.unlink()
    path = target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        path, file = _create_new(target)
        with file:
            file.write(stamped)
            file.flush()
            os.fsync(file.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            if path.exists() and path.stat().st_size < len(stamped):
                path.unlink()  # half a file is no evidence
        raise _folder_error(target.parent, exc) from exc
    record = SnapshotRecord(
        path, hashlib.sha256(stamped).hexdigest(), taken_at, width, height, subject, officer
    )
    if book is not None:
        try:
            record = book.add(record)
        except Exception as exc:  # RegistryError and anything the database raises
            raise SnapshotError(
                QCoreApplication.translate(
                    "Snapshots",
                    "The snapshot was saved as {path} but could not be recorded: {error}",
                ).format(path=path, error=exc)
            ) from exc
    log.info(
        "snapshot of camera %s saved (%dx%d, record %s)",
        subject.camera_id,
        width,
        height,
        record.id,
    )
    return record


# --- records in the registry's file ---------------------------------------------------------------


def _record_row(record: SnapshotRecord) -> dict[str, Any]:
    subject = record.subject
    return {
        "camera_id": subject.camera_id,
        "epe_id": subject.epe_id,
        "path": str(record.path),
        "sha256": record.sha256,
        "taken_at": to_utc_iso(record.taken_at),
        "width": record.width,
        "height": record.height,
        "officer": record.officer,
        "note": record.note,
        "epe_name": subject.epe_name,
        "tax_id": subject.tax_id,
        "diagram_number": subject.diagram_number,
        "position": subject.position,
        "camera_name": subject.camera_name,
        "stream": subject.stream,
        "software": record.software,
    }


def _record_from_row(row: Mapping[str, Any]) -> SnapshotRecord:
    subject = SnapshotSubject(
        row["epe_name"],
        row["tax_id"],
        int(row["diagram_number"] or 0),
        row["position"],
        row["camera_name"],
        row["camera_id"],
        row["epe_id"],
        row["stream"],
    )
    return SnapshotRecord(
        Path(row["path"]),
        row["sha256"],
        parse_utc(row["taken_at"]),
        int(row["width"]),
        int(row["height"]),
        subject,
        row["officer"],
        row["software"],
        row["note"],
        int(row["id"]),
    )


def snapshot_folder() -> Path:
    """The folder chosen in File > Settings, else "snapshots" in the data folder. Read at each
    snapshot, so a change applies to the next one."""
    chosen = settings.Settings().get(settings.SNAPSHOT_FOLDER)
    return Path(chosen) if chosen else paths.data_dir() / FOLDER_NAME


class SnapshotBook:
    """The snapshot records (in the registry's file) and the folder the snapshots go to.

    Safe to use from the GUI thread and a worker: the registry serialises its calls.
    """

    def __init__(self, registry: Registry, folder: Path | None = None) -> None:
        self._registry = registry
        self._folder = folder

    @property
    def folder(self) -> Path:
        return self._folder or snapshot_folder()

    def subject_for(self, info: CameraInfo, stream: str = "") -> SnapshotSubject:
        """The subject of a wall camera, with the EPE's tax ID from the registry."""
        try:
            tax_id = self._registry.get_epe(info.epe_id).tax_id
        except KeyError:
            tax_id = ""
        return SnapshotSubject.from_info(info, tax_id, stream)

    def add(self, record: SnapshotRecord) -> SnapshotRecord:
        """Store a record; returns it with its id."""
        with self._registry.database() as db:
            new_id = db.table("snapshots").insert(_record_row(record)).last_pk
        return replace(record, id=int(cast(int, new_id)))

    def get(self, record_id: int) -> SnapshotRecord:
        """KeyError when there is no such record."""
        rows = self._query("WHERE id = ?", [record_id])
        if not rows:
            raise KeyError(record_id)
        return rows[0]

    def find_by_path(self, path: str | Path) -> SnapshotRecord | None:
        rows = self._query("WHERE path = ? ORDER BY id DESC", [str(path)])
        return rows[0] if rows else None

    def list(self, camera_id: int | None = None, epe_id: int | None = None) -> list[SnapshotRecord]:
        """Records, newest first; of one camera and/or one EPE when given."""
        where: builtins.list[str] = []
        args: builtins.list[Any] = []
        if camera_id is not None:
            where.append("camera_id = ?")
            args.append(camera_id)
        if epe_id is not None:
            where.append("epe_id = ?")
            args.append(epe_id)
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        return self._query(clause + " ORDER BY taken_at DESC, id DESC", args)

    def set_note(self, record_id: int, note: str) -> SnapshotRecord:
        """The officer's note on a snapshot (what it shows, why it was taken)."""
        note = note.strip()
        if len(note) > NOTE_MAX:
            raise SnapshotError(
                QCoreApplication.translate(
                    "Snapshots", "The note is too long (at most {limit} characters)."
                ).format(limit=NOTE_MAX)
            )
        self.get(record_id)
        with self._registry.database() as db:
            db.execute("UPDATE snapshots SET note = ? WHERE id = ?", [note, record_id])
        return self.get(record_id)

    def verify(self, record: SnapshotRecord) -> bool:
        return verify(record)

    def _query(self, clause: str, args: builtins.list[Any]) -> builtins.list[SnapshotRecord]:
        with self._registry.database() as db:
            rows = list(db.query(f"SELECT * FROM snapshots {clause}", args))
        return [_record_from_row(row) for row in rows]


# --- taking a snapshot (GUI thread) ---------------------------------------------------------------


@dataclass
class _Pending:
    raw: Path
    target: Path
    subject: SnapshotSubject
    taken_at: dt.datetime
    deadline: float
    job: Job | None = None


class SnapshotTaker(QObject):
    """Takes snapshots of live streams: libVLC writes, a QTimer poll waits for the file (up to
    ``wait_seconds``), a worker stamps, hashes and records it. Emits ``saved(SnapshotRecord)``
    or ``failed(message)`` once per ``take`` that returned a path."""

    saved = Signal(object)  # SnapshotRecord (id None when there is no book)
    failed = Signal(str)  # translated message

    def __init__(
        self,
        book: SnapshotBook | None = None,
        folder: Path | None = None,
        officer: str | None = None,
        wait_seconds: float = DEFAULT_WAIT_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._folder = folder
        self.officer = current_officer() if officer is None else officer
        self._wait = wait_seconds
        self._pending: list[_Pending] = []
        self._queue = JobQueue("snapshots", self)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_files)

    @property
    def folder(self) -> Path:
        if self._folder is not None:
            return self._folder
        return self._book.folder if self._book is not None else snapshot_folder()

    @property
    def pending(self) -> int:
        """Snapshots asked for and not yet saved or failed."""
        return len(self._pending)

    def take(
        self,
        stream: StreamController,
        subject: SnapshotSubject,
        taken_at: dt.datetime | None = None,
    ) -> Path | None:
        """Ask libVLC for the current picture. Returns the file the snapshot will be saved as,
        or None after emitting ``failed`` (no live picture, folder not writable).

        ``taken_at`` is the moment the picture shows (UTC): now for a live stream, the recorded
        moment for a replay; it goes into the stamp, the record and the file name."""
        taken_at = (taken_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
        try:
            if stream.status.state is not StreamState.LIVE:
                raise _not_live(subject)
            folder = self.folder
            incoming = folder / INCOMING
            try:
                incoming.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise _folder_error(folder, exc) from exc
            raw = incoming / f"{uuid.uuid4().hex}.png"
            reserved = {p.target for p in self._pending}
            target = free_path(folder, snapshot_file_name(subject, taken_at), reserved)
            if not stream.snapshot(str(raw)):
                raise SnapshotError(
                    QCoreApplication.translate(
                        "Snapshots",
                        "The video player could not take a picture from {camera}; no "
                        "snapshot was saved. Try again in a moment.",
                    ).format(camera=_camera_text(subject))
                )
        except SnapshotError as exc:
            self.failed.emit(str(exc))
            return None
        self._pending.append(
            _Pending(raw, target, subject, taken_at, time.monotonic() + self._wait)
        )
        self._poll.start()
        return target

    def shutdown(self, msecs: int = 3000) -> None:
        """Stop waiting for libVLC and let a running stamping job finish (bounded)."""
        self._poll.stop()
        for pending in self._pending:
            if pending.job is None:
                with contextlib.suppress(OSError):
                    pending.raw.unlink()
        self._pending = [p for p in self._pending if p.job is not None]
        self._queue.wait(msecs)

    @Slot()
    def _check_files(self) -> None:
        now = time.monotonic()
        for pending in [p for p in self._pending if p.job is None]:
            if looks_complete(pending.raw):
                job = Job(
                    finish_snapshot,
                    pending.raw,
                    pending.target,
                    pending.subject,
                    pending.taken_at,
                    self.officer,
                    self._book,
                )
                pending.job = job
                job.signals.succeeded.connect(self._on_saved)
                job.signals.failed.connect(self._on_failed)
                job.signals.finished.connect(lambda p=pending: self._forget(p))
                self._queue.submit(job)
            elif now > pending.deadline:
                self._forget(pending)
                with contextlib.suppress(OSError):
                    pending.raw.unlink()
                log.warning(
                    "snapshot of camera %s: libVLC wrote no file within %g s",
                    pending.subject.camera_id,
                    self._wait,
                )
                self.failed.emit(
                    QCoreApplication.translate(
                        "Snapshots",
                        "The picture from {camera} was not written within {seconds} "
                        "seconds; no snapshot was saved. Try again.",
                    ).format(camera=_camera_text(pending.subject), seconds=f"{self._wait:g}")
                )
        if not any(p.job is None for p in self._pending):
            self._poll.stop()

    def _forget(self, pending: _Pending) -> None:
        with contextlib.suppress(ValueError):
            self._pending.remove(pending)

    @Slot(object)
    def _on_saved(self, record: SnapshotRecord) -> None:
        self.saved.emit(record)

    @Slot(object)
    def _on_failed(self, exc: Exception) -> None:
        if isinstance(exc, SnapshotError):
            self.failed.emit(str(exc))
        else:
            log.error("snapshot failed unexpectedly: %s", type(exc).__name__)
            self.failed.emit(
                QCoreApplication.translate(
                    "Snapshots", "The snapshot could not be saved ({error})."
                ).format(error=type(exc).__name__)
            )
