"""Evidence export: a recorded time range of one or several cameras, remuxed to MP4 without
re-encoding, with a manifest that names the EPE, cameras, recorded range (UTC and Vietnam time),
who exported it and when, the recorder, the SHA-256 of every file and the bookmarks in range.

``export_steps`` is a generator yielding ``(done, total, text)`` so the GUI can show progress and
cancel (stop iterating, or ``close()`` it: partial files are removed); it returns the ``Manifest``.
The manifest is signed with this workstation's key (``app/evidence/signing.py``); the printout
shows the key's fingerprint. ``verify`` re-checks a folder against its manifest (``epewall
evidence verify DIR``): the signature and whether the team registered the signer, then every entry
of the folder, without following links: only regular files, each listed, each of its size and
SHA-256.

The playable URLs given to ``export_steps`` may carry credentials for FFmpeg; they are never
written to the manifest, a log line or an error message.
"""

from __future__ import annotations

import datetime as dt
import enum
import errno
import hashlib
import json
import logging
import os
import queue
import re
import stat
import struct
import threading
import time
import zlib
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import av
import av.error
from PySide6.QtCore import QCoreApplication

from app.evidence import signing
from app.evidence.signing import RegisteredKey, WorkstationKey
from app.officers.profiles import Action, Officer, require
from app.recorders.base import UTC, RecorderError, RecorderFailure, iso_utc
from app.recorders.calibrate import open_replay
from app.recorders.store import Bookmark, record_export
from app.rotation.ledger import AuditAction, Ledger
from app.secrets import CredentialStore
from app.timekeeping import VIETNAM, show_local
from app.user_files import UserFileError, open_user_file, parse_flat_json, read_user_file
from app.workers import run_to_end

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "epewall-evidence/2"  # signed (app/evidence/signing.py)
UNSIGNED_FORMAT = "epewall-evidence/1"  # made before signing existed
HASH_CHUNK = 1 << 20
# A replay that sends nothing for this long is stalled; FFmpeg's own timeout covers opening.
STALL_TIMEOUT_S = 15.0

Progress = tuple[int, int, str]


def _t(text: str) -> str:
    return QCoreApplication.translate("Evidence", text)


_DISK_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


class DiskFullError(OSError):
    """The export folder's disk (or quota, or file-size limit) is full; ``str()`` is translated."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            errno.ENOSPC,
            _t(
                "The disk of the export folder is full: {folder}. Nothing was kept; free some "
                "space or choose a folder on another disk, then export again."
            ).format(folder=folder),
        )

    def __str__(self) -> str:
        return str(self.strerror)


def _disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in _DISK_FULL


@dataclass(frozen=True)
class ExportSource:
    camera: int  # diagram number
    camera_name: str
    url: str = field(repr=False)  # playable, may hold credentials: never stored or shown


@dataclass(frozen=True)
class EvidenceContext:
    """Who and what an export is about; everything here goes into the manifest."""

    epe_name: str
    epe_tax_id: str
    recorder_kind: str
    recorder_host: str
    officer_code: str
    officer_name: str
    bookmarks: tuple[Bookmark, ...] = ()
    workstation: str = ""


@dataclass(frozen=True)
class EvidenceFile:
    name: str
    camera: int
    camera_name: str
    sha256: str
    size: int
    seconds: float


@dataclass(frozen=True)
class Manifest:
    folder: Path
    data: dict[str, Any]
    sha256: str  # of manifest.json itself, for the audit log and the export record


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def file_name(tax_id: str, camera: int, start: dt.datetime, end: dt.datetime) -> str:
    """``<tax id>_cam01_<Vietnam start>_<Vietnam end>.mp4``: sorts by EPE, camera, time."""
    lo, hi = start.astimezone(VIETNAM), end.astimezone(VIETNAM)
    return f"{tax_id}_cam{camera:02d}_{lo:%Y%m%d-%H%M%S}_{hi:%Y%m%d-%H%M%S}.mp4"


def _remux_steps(
    source: ExportSource, target: Path, seconds: float, stop: threading.Event
) -> Generator[float, None, float]:
    """Copy ``seconds`` of the replay into ``target``; yields seconds done, returns seconds got."""
    container = open_replay(source.url)
    covered = 0.0
    try:
        video = next((s for s in container.streams if s.type == "video"), None)
        if video is None:
            raise RecorderError(RecorderFailure.BAD_REPLY, "no video")
        with av.open(str(target), "w", format="mp4") as output:
            out_stream = output.add_stream_from_template(video)
            first: int | None = None
            last_dts = -1
            shown = 0.0
            deadline = time.monotonic() + STALL_TIMEOUT_S
            for packet in container.demux(video):
                if stop.is_set():
                    break
                if time.monotonic() > deadline:
                    raise RecorderError(RecorderFailure.TIMED_OUT, "stalled")
                if packet.pts is None or packet.size == 0 or packet.time_base is None:
                    continue
                if first is None:
                    if not packet.is_keyframe:
                        continue  # an MP4 must start on a picture that decodes alone
                    first = packet.pts
                deadline = time.monotonic() + STALL_TIMEOUT_S
                offset = packet.pts - first
                position = float(offset * packet.time_base)
                if position >= seconds:
                    covered = seconds
                    break
                dts = packet.dts - first if packet.dts is not None else offset
                packet.pts, packet.dts = offset, max(last_dts + 1, dts)
                last_dts = packet.dts
                packet.stream = out_stream
                output.mux(packet)
                covered = position
                if position - shown >= 0.25:
                    shown = position
                    yield position
    except av.error.FFmpegError as exc:
        if _disk_full(exc):
            raise DiskFullError(target.parent) from None
        raise RecorderError(RecorderFailure.BAD_REPLY, type(exc).__name__) from None
    finally:
        container.close()
    return covered


def export_steps(
    sources: Sequence[ExportSource],
    start: dt.datetime,
    end: dt.datetime,
    folder: Path,
    context: EvidenceContext,
    now: dt.datetime | None = None,
    *,
    key: WorkstationKey,
) -> Generator[Progress, None, Manifest]:
    """Export [start, end) of every source into ``folder`` (created, must be empty), the
    manifest signed with this workstation's ``key``.

    Cameras are copied at the same time, one thread each: a recorder replays at recorded speed,
    so four cameras take as long as one. Progress is in milliseconds of recording copied.
    """
    if end <= start:
        raise ValueError("the export range is empty")
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        raise FileExistsError(_t("The export folder is not empty: {folder}").format(folder=folder))
    seconds = (end - start).total_seconds()
    total = int(seconds * 1000) * len(sources)
    targets = [folder / file_name(context.epe_tax_id, s.camera, start, end) for s in sources]
    stop = threading.Event()
    reports: queue.Queue[tuple[int, float | None]] = queue.Queue()
    outcomes: dict[int, float | BaseException] = {}

    def work(index: int) -> None:
        try:
            steps = _remux_steps(sources[index], targets[index], seconds, stop)
            while True:
                try:
                    reports.put((index, next(steps)))
                except StopIteration as stopped:
                    outcomes[index] = float(stopped.value)
                    break
        except BaseException as exc:  # handed to the generator's thread below
            outcomes[index] = exc
            stop.set()
        finally:
            reports.put((index, None))

    threads = [
        threading.Thread(target=work, args=(i,), name=f"export-cam{s.camera}", daemon=True)
        for i, s in enumerate(sources)
    ]
    finished = False
    try:
        text = _t("Copying the recording of {count} camera(s)").format(count=len(sources))
        yield 0, total, text
        for thread in threads:
            thread.start()
        done = [0.0] * len(sources)
        running = len(sources)
        while running:
            index, value = reports.get()
            if value is None:
                running -= 1
                continue
            done[index] = value
            yield int(sum(done) * 1000), total, text
        got: dict[int, float] = {}
        for index, outcome in outcomes.items():
            if isinstance(outcome, BaseException):
                raise outcome
            got[index] = outcome
        files = [
            EvidenceFile(
                target.name,
                source.camera,
                source.camera_name,
                sha256_file(target),
                target.stat().st_size,
                got[i],
            )
            for i, (source, target) in enumerate(zip(sources, targets, strict=True))
        ]
        yield total, total, _t("Writing the manifest")
        manifest = _write_manifest(folder, files, start, end, context, now, key)
        finished = True
        return manifest
    except OSError as exc:
        if _disk_full(exc) and not isinstance(exc, DiskFullError):
            raise DiskFullError(folder) from None
        raise
    finally:
        stop.set()
        for thread in threads:
            if thread.is_alive() or thread.ident is not None:
                thread.join(timeout=STALL_TIMEOUT_S)
        if not finished:
            # Cancelled or failed: leave no half evidence behind.
            for path in targets:
                path.unlink(missing_ok=True)


def export(
    sources: Sequence[ExportSource],
    start: dt.datetime,
    end: dt.datetime,
    folder: Path,
    context: EvidenceContext,
    now: dt.datetime | None = None,
    *,
    key: WorkstationKey,
) -> Manifest:
    """``export_steps`` without progress."""
    return run_to_end(export_steps(sources, start, end, folder, context, now, key=key))


def _write_manifest(
    folder: Path,
    files: list[EvidenceFile],
    start: dt.datetime,
    end: dt.datetime,
    context: EvidenceContext,
    now: dt.datetime | None,
    key: WorkstationKey,
) -> Manifest:
    exported = (now or dt.datetime.now(UTC)).astimezone(UTC)
    bookmarks = [b for b in context.bookmarks if start <= b.at <= end]
    data: dict[str, Any] = {
        "format": MANIFEST_FORMAT,
        "epe": {"name": context.epe_name, "tax_id": context.epe_tax_id},
        "recorder": {"kind": context.recorder_kind, "host": context.recorder_host},
        "recorded_range": {
            "start_utc": iso_utc(start),
            "end_utc": iso_utc(end),
            "start_vietnam": show_local(start, seconds=True),
            "end_vietnam": show_local(end, seconds=True),
        },
        "exported_by": {"officer_code": context.officer_code, "officer_name": context.officer_name},
        "exported_at_utc": iso_utc(exported),
        "exported_at_vietnam": show_local(exported, seconds=True),
        "workstation": context.workstation,
        "cameras": sorted({f.camera for f in files}),
        "files": [
            {
                "name": f.name,
                "camera": f.camera,
                "camera_name": f.camera_name,
                "sha256": f.sha256,
                "bytes": f.size,
                "seconds": round(f.seconds, 3),
            }
            for f in files
        ],
        "bookmarks": [
            {
                "camera": b.camera,
                "at_utc": iso_utc(b.at),
                "at_vietnam": show_local(b.at, seconds=True),
                "note": b.note,
                "officer_code": b.officer_code,
            }
            for b in bookmarks
        ],
    }
    signed = signing.sign_manifest(data, key)
    text = json.dumps(signed, ensure_ascii=False, indent=2) + "\n"
    path = folder / MANIFEST_NAME
    path.write_text(text, encoding="utf-8")
    write_pdf(folder, signed)
    return Manifest(folder, signed, hashlib.sha256(text.encode("utf-8")).hexdigest())


# ------------------------------------------------------------------------------------ verify

# A manifest lists a few files; these caps refuse a forged one long before it costs anything.
MANIFEST_MAX_BYTES = 4 * 1024 * 1024
MANIFEST_MAX_DEPTH = 6
HEX_DIGITS = frozenset("0123456789abcdef")


class Verdict(enum.StrEnum):
    VERIFIED = "verified"  # signed by a registered workstation, every file intact
    UNREGISTERED = "unregistered"  # intact and signed, but by a key the team has not registered
    UNSIGNED = "unsigned"  # intact, made before signing existed: integrity only
    FAILED = "failed"  # something was changed, added, removed or is not a plain file
    NO_MANIFEST = "no_manifest"  # no manifest that can be read


@dataclass(frozen=True)
class VerifyProblem:
    name: str
    reason: str  # "missing", "changed", "unlisted", "not_regular", "manifest", "signature"
    message: str


@dataclass(frozen=True)
class FileCheck:
    """The verdict on one file of the folder, for the per-file list."""

    name: str
    status: str  # "ok", "printout", or a VerifyProblem reason
    detail: str  # translated, without the name


@dataclass(frozen=True)
class Signer:
    workstation: str
    fingerprint: str
    registered: RegisteredKey | None


@dataclass(frozen=True)
class VerifyReport:
    folder: Path
    checked: int
    problems: tuple[VerifyProblem, ...]
    manifest_sha256: str = ""
    files: tuple[FileCheck, ...] = ()
    signer: Signer | None = None
    verdict: Verdict = Verdict.FAILED

    @property
    def ok(self) -> bool:
        return self.verdict is Verdict.VERIFIED


def _manifest_problem(kind: str) -> str:
    match kind:
        case "not_regular":
            return _t("The manifest is not a regular file (a link, folder or device).")
        case "too_large":
            return _t("The manifest is far too large to be an epewall manifest.")
        case "too_deep":
            return _t("The manifest is nested far too deeply to be an epewall manifest.")
        case "not_json":
            return _t("The manifest is damaged: it is not readable JSON.")
    return _t("The manifest is missing or not readable.")


def _listed_files(data: object) -> list[tuple[str, str, int]] | None:
    """(name, sha256, bytes) of every listed file, or None when the list is empty, malformed,
    repeats a name or names anything but a plain file of this folder."""
    if not isinstance(data, dict) or data.get("format") not in (MANIFEST_FORMAT, UNSIGNED_FORMAT):
        return None
    files = data.get("files")
    if not isinstance(files, list) or not files:
        return None
    listed: list[tuple[str, str, int]] = []
    for entry in files:
        if not isinstance(entry, dict):
            return None
        name, digest, size = entry.get("name"), entry.get("sha256"), entry.get("bytes")
        if (
            not isinstance(name, str)
            or not isinstance(digest, str)
            or not isinstance(size, int)
            or isinstance(size, bool)
            or size < 0
            or len(digest) != 64
            or not set(digest) <= HEX_DIGITS
            or name in ("", ".", "..", MANIFEST_NAME, PDF_NAME)
            or any(ch in name for ch in "/\\\0")
        ):
            return None
        listed.append((name, digest, size))
    if len({name for name, _, _ in listed}) != len(listed):
        return None
    return listed


def _not_regular(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return _t("a symbolic link")
    if stat.S_ISDIR(mode):
        return _t("a folder")
    if stat.S_ISFIFO(mode):
        return _t("a named pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _t("a device")
    return _t("not a regular file")


def _hash_steps(path: Path, size: int) -> Generator[int, None, str | None]:
    """SHA-256 of the regular file ``path`` (never through a link), yielding bytes read; None
    when it is no longer a regular file of ``size`` bytes."""
    try:
        handle = open_user_file(path, follow_links=False)
    except UserFileError:
        return None
    digest = hashlib.sha256()
    read = 0
    with handle:
        if os.fstat(handle.fileno()).st_size != size:
            return None
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
            read += len(chunk)
            yield read
    return digest.hexdigest() if read == size else None


def verify_steps(
    folder: Path, trusted: Mapping[str, RegisteredKey]
) -> Generator[Progress, None, VerifyReport]:
    """Check a folder against its manifest: the signature and who made it (``trusted``: the
    team's registered keys by fingerprint), then every entry of the folder (regular files only,
    each listed, each of its size and SHA-256). Yields (KiB hashed, KiB to hash, file name)."""
    try:
        raw = read_user_file(folder / MANIFEST_NAME, MANIFEST_MAX_BYTES, follow_links=False)
        data = parse_flat_json(raw, MANIFEST_MAX_DEPTH, MANIFEST_NAME)
    except UserFileError as exc:
        problem = VerifyProblem(MANIFEST_NAME, "manifest", _manifest_problem(exc.kind))
        return VerifyReport(folder, 0, (problem,), verdict=Verdict.NO_MANIFEST)
    manifest_sha256 = hashlib.sha256(raw).hexdigest()
    if not isinstance(data, dict) or data.get("format") not in (MANIFEST_FORMAT, UNSIGNED_FORMAT):
        problem = VerifyProblem(
            MANIFEST_NAME, "manifest", _t("The manifest is missing or not readable.")
        )
        return VerifyReport(folder, 0, (problem,), manifest_sha256, verdict=Verdict.NO_MANIFEST)
    problems: list[VerifyProblem] = []
    signer: Signer | None = None
    if data["format"] == MANIFEST_FORMAT:
        public = signing.manifest_signer(data)
        if public is None:
            problems.append(
                VerifyProblem(
                    MANIFEST_NAME,
                    "signature",
                    _t(
                        "The manifest's signature does not match: the manifest was changed "
                        "after the export, or its signature was removed."
                    ),
                )
            )
        else:
            signer = Signer(public.workstation, public.fingerprint, trusted.get(public.fingerprint))
    listed = _listed_files(data) or []
    if not listed:
        problems.append(
            VerifyProblem(
                MANIFEST_NAME,
                "manifest",
                _t("The manifest's file list is empty or malformed: it was altered."),
            )
        )
    checks: dict[str, FileCheck] = {}

    def fail(name: str, reason: str, detail: str) -> None:
        problems.append(
            VerifyProblem(name, reason, _t("{name}: {detail}").format(name=name, detail=detail))
        )
        checks[name] = FileCheck(name, reason, detail)

    # Every entry of the folder, as it is (lstat): only regular files belong in evidence.
    sizes = {name: size for name, _, size in listed}
    on_disk: dict[str, int] = {}
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        entries = []
    for entry in entries:
        if entry.name == MANIFEST_NAME:
            continue
        try:
            mode = entry.stat(follow_symlinks=False).st_mode
        except OSError:  # removed while we looked: the listed-file pass says "missing"
            continue
        if not stat.S_ISREG(mode):
            fail(
                entry.name,
                "not_regular",
                _t("{kind}: not a regular file").format(kind=_not_regular(mode)),
            )
        elif entry.name in sizes:
            on_disk[entry.name] = entry.stat(follow_symlinks=False).st_size
        elif entry.name == PDF_NAME:
            checks[PDF_NAME] = FileCheck(
                PDF_NAME,
                "printout",
                _t("the printout of the manifest (the signed JSON manifest is authoritative)"),
            )
        else:
            fail(
                entry.name,
                "unlisted",
                _t("not listed in the manifest"),
            )
    total = sum(size for name, size in on_disk.items() if sizes[name] == size) // 1024
    done = 0
    yield 0, total, ""
    for name, expected, size in listed:
        if name in checks:  # not a regular file: said above
            continue
        if name not in on_disk:
            fail(name, "missing", _t("missing"))
            continue
        if on_disk[name] != size:
            fail(
                name,
                "changed",
                _t("changed since export ({found} bytes, the manifest says {size})").format(
                    found=on_disk[name], size=size
                ),
            )
            continue
        steps = _hash_steps(folder / name, size)
        while True:
            try:
                read = next(steps)
            except StopIteration as finished:
                found = finished.value
                break
            yield done + read // 1024, total, name
        done += size // 1024
        if found != expected.lower():
            fail(
                name,
                "changed",
                _t("changed since export (SHA-256 differs)"),
            )
        else:
            checks[name] = FileCheck(name, "ok", _t("unchanged (size and SHA-256 match)"))
    yield total, total, ""
    if problems:
        verdict = Verdict.FAILED
    elif data["format"] == UNSIGNED_FORMAT:
        verdict = Verdict.UNSIGNED
    elif signer is None or signer.registered is None:
        verdict = Verdict.UNREGISTERED
    else:
        verdict = Verdict.VERIFIED
    ordered = [checks[name] for name, _, _ in listed if name in checks]
    ordered += [c for name, c in sorted(checks.items()) if name not in sizes]
    return VerifyReport(
        folder, len(listed), tuple(problems), manifest_sha256, tuple(ordered), signer, verdict
    )


def verify(folder: Path, trusted: Mapping[str, RegisteredKey]) -> VerifyReport:
    return run_to_end(verify_steps(folder, trusted))


def verify_job(ledger: Ledger, folder: Path) -> Generator[Progress, None, VerifyReport]:
    """A worker's verify: the team's registered keys from the log, then ``verify_steps``."""
    return (yield from verify_steps(folder, signing.registered_keys(ledger)))


def verdict_text(report: VerifyReport) -> str:
    """One sentence for the officer: what the check proves, and what it does not."""
    signer = report.signer
    who = (
        _t("{workstation} (key {fingerprint})").format(
            workstation=signer.registered.key.workstation
            if signer.registered is not None
            else signer.workstation,
            fingerprint=signing.show_fingerprint(signer.fingerprint),
        )
        if signer is not None
        else ""
    )
    match report.verdict:
        case Verdict.VERIFIED:
            return _t(
                "Evidence verified: {count} file(s) unchanged, signed by {who}, a workstation "
                "registered with the team."
            ).format(count=report.checked, who=who)
        case Verdict.UNREGISTERED:
            return _t(
                "NOT verified: the files match, but they were signed by an unregistered "
                "workstation, {who}. Ask the team lead whether this key belongs to the team."
            ).format(who=who)
        case Verdict.UNSIGNED:
            return _t(
                "Unsigned (made before signing existed): {count} file(s) match their manifest "
                "— integrity only, not authenticity. Compare the manifest's SHA-256 with the "
                "audit log."
            ).format(count=report.checked)
        case Verdict.NO_MANIFEST:
            return _t("NOT verified: the folder has no readable manifest.")
    return _t("Evidence NOT verified: {count} problem(s) in {folder}").format(
        count=len(report.problems), folder=report.folder
    )


# ------------------------------------------------------------------------------------- audit


def audited_export_steps(
    ledger: Ledger,
    officer: Officer | None,
    sources: Sequence[ExportSource],
    start: dt.datetime,
    end: dt.datetime,
    folder: Path,
    context: EvidenceContext,
    key_source: Callable[[], WorkstationKey] | None = None,
) -> Iterator[Progress]:
    """``export_steps`` for an officer whose role allows exports, written to the audit log.

    The signing key comes first (by default this workstation's, from the keyring): a keyring
    that cannot give it stops the export before anything is copied, with no unsigned way out."""
    require(officer, Action.EXPORT)
    assert officer is not None
    key = (key_source or _keyring_key)()
    manifest = yield from export_steps(sources, start, end, folder, context, key=key)
    ledger.audit(
        AuditAction.EXPORT,
        officer.code,
        {
            "epe_tax_id": context.epe_tax_id,
            "cameras": [s.camera for s in sources],
            "start_utc": iso_utc(start),
            "end_utc": iso_utc(end),
            "folder": str(folder),
            "manifest_sha256": manifest.sha256,
            "signed_by": key.public.fingerprint,
        },
    )
    record_export(
        ledger.registry,
        context.epe_tax_id,
        [s.camera for s in sources],
        start,
        end,
        str(folder),
        manifest.sha256,
        officer.code,
    )


def _keyring_key() -> WorkstationKey:
    return signing.workstation_key(CredentialStore())


# ------------------------------------------------------------------------- printable manifest

PDF_NAME = "manifest.pdf"
# Fonts with Vietnamese letters: Debian's DejaVu, then Windows' Arial.
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "C:/Windows/Fonts/arial.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
)
PAGE_WIDTH, PAGE_HEIGHT, MARGIN = 595, 842, 50  # A4 in points


class TrueTypeFont:
    """Just enough of a TrueType file to lay out and embed text: glyphs, widths, metrics."""

    def __init__(self, path: Path) -> None:
        self.data = path.read_bytes()
        self.name = re.sub(r"[^A-Za-z0-9]", "", path.stem) or "Font"
        tables: dict[bytes, int] = {}
        count = struct.unpack_from(">H", self.data, 4)[0]
        for i in range(count):
            tag, _checksum, offset, _length = struct.unpack_from(">4sIII", self.data, 12 + 16 * i)
            tables[tag] = offset
        head, hhea, hmtx = tables[b"head"], tables[b"hhea"], tables[b"hmtx"]
        self.units = int(struct.unpack_from(">H", self.data, head + 18)[0])
        self.bbox = struct.unpack_from(">hhhh", self.data, head + 36)
        ascent, descent = struct.unpack_from(">hh", self.data, hhea + 4)
        self.ascent, self.descent = int(ascent), int(descent)
        metrics = struct.unpack_from(">H", self.data, hhea + 34)[0]
        self._advances: list[int] = [
            int(struct.unpack_from(">H", self.data, hmtx + 4 * i)[0]) for i in range(metrics)
        ]
        self._cmap = self._read_cmap(tables[b"cmap"])

    def _read_cmap(self, cmap: int) -> dict[int, int]:
        count = struct.unpack_from(">H", self.data, cmap + 2)[0]
        for i in range(count):
            platform, encoding, offset = struct.unpack_from(">HHI", self.data, cmap + 4 + 8 * i)
            table = cmap + offset
            if (platform, encoding) in ((3, 1), (0, 3)) and struct.unpack_from(
                ">H", self.data, table
            )[0] == 4:
                return self._format4(table)
        raise ValueError("no Unicode BMP cmap")

    def _format4(self, table: int) -> dict[int, int]:
        segments = struct.unpack_from(">H", self.data, table + 6)[0] // 2
        ends = struct.unpack_from(f">{segments}H", self.data, table + 14)
        starts_at = table + 16 + 2 * segments
        starts = struct.unpack_from(f">{segments}H", self.data, starts_at)
        deltas = struct.unpack_from(f">{segments}h", self.data, starts_at + 2 * segments)
        ranges_at = starts_at + 4 * segments
        ranges = struct.unpack_from(f">{segments}H", self.data, ranges_at)
        glyphs: dict[int, int] = {}
        for seg in range(segments):
            for code in range(starts[seg], ends[seg] + 1):
                if code == 0xFFFF:
                    continue
                if ranges[seg] == 0:
                    glyph = (code + deltas[seg]) & 0xFFFF
                else:
                    where = ranges_at + 2 * seg + ranges[seg] + 2 * (code - starts[seg])
                    glyph = struct.unpack_from(">H", self.data, where)[0]
                    glyph = (glyph + deltas[seg]) & 0xFFFF if glyph else 0
                if glyph:
                    glyphs[code] = glyph
        return glyphs

    def glyph(self, char: str) -> int:
        return self._cmap.get(ord(char), 0)

    def width(self, glyph: int) -> int:
        """Advance in 1/1000 em, as PDF wants it."""
        advance = self._advances[min(glyph, len(self._advances) - 1)]
        return round(advance * 1000 / self.units)

    def text_width(self, text: str, size: float) -> float:
        return sum(self.width(self.glyph(c)) for c in text) * size / 1000


def find_font() -> Path | None:
    for candidate in FONT_CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate)
    return None


def _wrap(font: TrueTypeFont, text: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if font.text_width(candidate, size) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
            while font.text_width(line, size) > width and len(line) > 1:
                cut = len(line)
                while cut > 1 and font.text_width(line[:cut], size) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return lines


def render_pdf(blocks: Sequence[tuple[float, str]], font: TrueTypeFont) -> bytes:
    """A4 pages of wrapped text blocks ``(size, text)`` in the embedded font."""
    used: set[int] = set()
    pages: list[list[str]] = [[]]
    y: float = PAGE_HEIGHT - MARGIN
    for size, text in blocks:
        for line in _wrap(font, text, size, PAGE_WIDTH - 2 * MARGIN):
            if y - size * 1.4 < MARGIN:
                pages.append([])
                y = PAGE_HEIGHT - MARGIN
            y -= size * 1.4
            glyphs = [font.glyph(c) for c in line]
            used.update(glyphs)
            hexed = "".join(f"{g:04X}" for g in glyphs)
            pages[-1].append(f"BT /F1 {size:g} Tf {MARGIN} {y:.1f} Td <{hexed}> Tj ET")
        y -= size * 0.6

    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(body: bytes, extra: str = "") -> bytes:
        packed = zlib.compress(body)
        return (
            f"<< /Length {len(packed)} /Filter /FlateDecode {extra}>>\nstream\n".encode()
            + packed
            + b"\nendstream"
        )

    font_file = add(stream(font.data, f"/Length1 {len(font.data)} "))
    x0, y0, x1, y1 = (round(v * 1000 / font.units) for v in font.bbox)
    descriptor = add(
        f"<< /Type /FontDescriptor /FontName /{font.name} /Flags 32 "
        f"/FontBBox [{x0} {y0} {x1} {y1}] /ItalicAngle 0 "
        f"/Ascent {round(font.ascent * 1000 / font.units)} "
        f"/Descent {round(font.descent * 1000 / font.units)} /CapHeight 700 /StemV 80 "
        f"/FontFile2 {font_file} 0 R >>".encode()
    )
    widths = " ".join(f"{g} [{font.width(g)}]" for g in sorted(used))
    cid_font = add(
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{font.name} "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        f"/FontDescriptor {descriptor} 0 R /W [{widths}] /CIDToGIDMap /Identity >>".encode()
    )
    reverse = {font.glyph(chr(c)): c for c in range(0x20, 0x2000) if font.glyph(chr(c))}
    pairs = "\n".join(f"<{g:04X}> <{reverse[g]:04X}>" for g in sorted(used) if g in reverse)
    to_unicode = add(
        stream(
            (
                "/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def "
                "/CMapName /Adobe-Identity-UCS def /CMapType 2 def "
                "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                f"{len(pairs.splitlines())} beginbfchar\n{pairs}\nendbfchar\n"
                "endcmap CMapName currentdict /CMap defineresource pop end end"
            ).encode()
        )
    )
    type0 = add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /{font.name} /Encoding /Identity-H "
        f"/DescendantFonts [{cid_font} 0 R] /ToUnicode {to_unicode} 0 R >>".encode()
    )
    pages_id = len(objects) + 2 * len(pages) + 1
    page_ids = []
    for content in pages:
        content_id = add(stream("\n".join(content).encode()))
        page_ids.append(
            add(
                f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                f"/Resources << /Font << /F1 {type0} 0 R >> >> "
                f"/Contents {content_id} 0 R >>".encode()
            )
        )
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    add(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode())
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


def manifest_blocks(data: dict[str, Any]) -> list[tuple[float, str]]:
    """The manifest as text for print, in the UI language (Vietnamese once translated)."""
    r = data["recorded_range"]
    blocks: list[tuple[float, str]] = [
        (15, _t("Evidence export: recorded camera images")),
        (10, _t("Enterprise: {name} (tax ID {tax_id})").format(**data["epe"])),
        (10, _t("Recorder: {kind}, {host}").format(**data["recorder"])),
        (
            10,
            _t("Recorded from {start} to {end} Vietnam time (UTC+7)").format(
                start=r["start_vietnam"], end=r["end_vietnam"]
            ),
        ),
        (
            10,
            _t("Recorded from {start} to {end} UTC").format(start=r["start_utc"], end=r["end_utc"]),
        ),
        (
            10,
            _t("Exported by {name} ({code}) at {when} Vietnam time").format(
                name=data["exported_by"]["officer_name"],
                code=data["exported_by"]["officer_code"],
                when=data["exported_at_vietnam"],
            ),
        ),
        (12, _t("Files and their SHA-256")),
    ]
    for entry in data["files"]:
        blocks.append((9, _t("Camera {camera} {camera_name}: {name}").format(**entry)))
        blocks.append((8, f"SHA-256 {entry['sha256']}  ({entry['bytes']} B)"))
    if data["bookmarks"]:
        blocks.append((12, _t("Bookmarks")))
        for mark in data["bookmarks"]:
            blocks.append(
                (
                    9,
                    _t("{at} camera {camera}: {note}").format(
                        at=mark["at_vietnam"], camera=mark["camera"], note=mark["note"]
                    ),
                )
            )
    signer = data.get("signer")
    if isinstance(signer, dict):
        blocks.append((12, _t("Signature")))
        blocks.append(
            (
                9,
                _t("Signed by workstation {workstation}, key fingerprint {fingerprint}").format(
                    workstation=signer["workstation"],
                    fingerprint=signing.show_fingerprint(signer["fingerprint"]),
                ),
            )
        )
        blocks.append((8, _t("Public key (Ed25519): {key}").format(key=signer["public_key"])))
    blocks.append((9, _t("Check the files with: epewall evidence verify <folder>")))
    return blocks


def write_pdf(folder: Path, data: dict[str, Any]) -> Path | None:
    """``manifest.pdf`` next to the manifest; None when no font with Vietnamese letters exists."""
    path = find_font()
    if path is None:
        log.warning("no font for the printable manifest; only %s written", MANIFEST_NAME)
        return None
    target = folder / PDF_NAME
    target.write_bytes(render_pdf(manifest_blocks(data), TrueTypeFont(path)))
    return target
