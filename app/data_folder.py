"""The folders an officer may change in File > Settings: the snapshot folder, and the data folder
(the registry file, its head file, the snapshots kept there), moved or switched.

A move copies the registry with SQLite's backup API and every other file of the data folder,
checks the copy (integrity, rows per table, each file's SHA-256), and only then writes the pointer
file ``app.paths`` reads at the next start. Until that last step nothing of the old folder
changed; a failure or a cancel removes what was copied. The folder holds no secret (the keyring
holds the passwords), so nothing needs to be left behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Generator
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import paths

DATABASE_NAME = "epewall.sqlite3"
# The registry's companions that SQLite rebuilds or that the backup already carries.
_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
# Room beyond the data's own size: the copy's journal, a little growth before the restart.
SPACE_MARGIN = 1.2
SPACE_MINIMUM_BYTES = 16 * 1024 * 1024
_HASH_CHUNK = 1024 * 1024

Progress = Generator[tuple[int, int, str], None, None]


def _t(text: str) -> str:
    return QCoreApplication.translate("DataFolder", text)


class FolderError(ValueError):
    """A folder that cannot be used; its text says why, translated, for the officer."""


class FolderKind(Enum):
    EMPTY = "empty"  # new or empty: the data can be moved there
    EPEWALL = "epewall"  # already an epewall data folder: used as it is


def install_dir() -> Path:
    """The folder the program runs from (the frozen build's folder, or the source checkout)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _check_place(folder: Path) -> Path:
    """An absolute folder, not in the program's install folder, not a file."""
    if not str(folder).strip():
        raise FolderError(_t("Enter a folder."))
    folder = folder.expanduser()
    if not folder.is_absolute():
        raise FolderError(_t("Enter the full path of the folder."))
    folder = folder.resolve()
    if _inside(folder, install_dir()):
        raise FolderError(
            _t("This folder is inside epewall's program folder, which an update replaces.")
        )
    if folder.exists() and not folder.is_dir():
        raise FolderError(_t("This is a file, not a folder."))
    return folder


def _check_writable(folder: Path) -> None:
    """Create the folder if it is missing and write a test file in it; on failure, remove the
    folders this check created."""
    created: list[Path] = []
    probe = folder
    while not probe.exists():
        created.append(probe)
        probe = probe.parent
    try:
        folder.mkdir(mode=paths.PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".epewall-write-test-"):
            pass
    except OSError as exc:
        for made in created:
            with contextlib.suppress(OSError):
                made.rmdir()
        reason = exc.strerror or type(exc).__name__
        raise FolderError(
            _t("epewall cannot write in this folder ({reason}).").replace("{reason}", reason)
        ) from None


def check_snapshot_folder(text: str) -> Path | None:
    """What a person typed as the snapshot folder: None for the default (empty text), else the
    folder, created if needed and proved writable. Raises FolderError."""
    if not text.strip():
        return None
    folder = _check_place(Path(text.strip()))
    _check_writable(folder)
    return folder


def data_size(folder: Path) -> int:
    """Bytes of every regular file under ``folder``."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with contextlib.suppress(OSError):
                file = Path(root, name)
                if not file.is_symlink():
                    total += file.stat().st_size
    return total


def is_epewall_folder(folder: Path) -> bool:
    """A folder with a registry file SQLite opens, with epewall's tables in it."""
    database = folder / DATABASE_NAME
    if not database.is_file():
        return False
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return {"epes", "cameras"} <= names


def check_new_data_folder(text: str, current: Path) -> tuple[Path, FolderKind]:
    """What a person typed as the new data folder. Raises FolderError saying why it cannot be."""
    folder = _check_place(Path(text.strip()))
    current = current.resolve()
    if folder == current:
        raise FolderError(_t("This is the data folder in use now."))
    if _inside(folder, current):
        raise FolderError(_t("The new data folder cannot be inside the one in use now."))
    if folder.exists() and any(folder.iterdir()):
        if not is_epewall_folder(folder):
            raise FolderError(
                _t(
                    "This folder is not empty and is not an epewall data folder: "
                    "choose an empty one."
                )
            )
        _check_writable(folder)
        return folder, FolderKind.EPEWALL
    _check_writable(folder)
    needed = max(int(data_size(current) * SPACE_MARGIN), SPACE_MINIMUM_BYTES)
    free = shutil.disk_usage(folder).free
    if free < needed:
        raise FolderError(
            _t("Not enough free space there: {needed} MB needed, {free} MB free.")
            .replace("{needed}", str(needed // 2**20 + 1))
            .replace("{free}", str(free // 2**20))
        )
    return folder, FolderKind.EMPTY


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _files_to_copy(source: Path) -> list[Path]:
    """Every regular file of the data folder but the registry and SQLite's side files, relative."""
    skipped = {DATABASE_NAME, *(DATABASE_NAME + side for side in _SQLITE_SIDE_FILES)}
    found: list[Path] = []
    for root, dirs, files in os.walk(source):
        dirs.sort()
        for name in sorted(files):
            file = Path(root, name)
            relative = file.relative_to(source)
            if str(relative) in skipped or file.is_symlink() or not file.is_file():
                continue
            found.append(relative)
    return found


def _table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _copy_database(source: Path, target: Path) -> None:
    """The registry through SQLite's backup API (consistent while the window has it open), then
    checked: integrity, and the same rows per table."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            (verdict,) = dst.execute("PRAGMA integrity_check").fetchone()
            same = _table_counts(src) == _table_counts(dst)
        finally:
            dst.close()
    finally:
        src.close()
    if verdict != "ok" or not same:
        raise OSError(0, _t("the copy of the registry differs from the original"))


def move_data(source: Path, target: Path) -> Progress:
    """Copy the data folder ``source`` into the empty folder ``target``, verify the copy, then
    point the next start at ``target``. A Job: yields progress, stops at a cancel. Raises
    FolderError on failure, with ``source`` still in use and untouched."""
    files = _files_to_copy(source)
    total = len(files) + 2
    written: list[Path] = []
    made_dirs: list[Path] = []
    try:
        target.mkdir(mode=paths.PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        yield 0, total, _t("Copying the registry…")
        database = target / DATABASE_NAME
        written.append(database)
        if (source / DATABASE_NAME).exists():
            _copy_database(source / DATABASE_NAME, database)
            paths.make_file_private(database)
        for done, relative in enumerate(files, start=1):
            yield done, total, _t("Copying {file}…").replace("{file}", str(relative))
            destination = target / relative
            for parent in reversed(destination.relative_to(target).parents):
                folder = target / parent
                if not folder.exists():
                    folder.mkdir(mode=paths.PRIVATE_DIR_MODE)
                    made_dirs.append(folder)
            written.append(destination)
            shutil.copyfile(source / relative, destination)
            paths.make_file_private(destination)
            if _sha256(source / relative) != _sha256(destination):
                raise OSError(0, _t("the copy of {file} differs").replace("{file}", str(relative)))
        yield total - 1, total, _t("Switching to the new folder…")
        # The last step, after the last yield: a cancel can no longer come between the pointer
        # and the copy it names.
        _write_pointer(target)
    except (OSError, sqlite3.Error) as exc:
        _remove(written, made_dirs)
        reason = (exc.strerror if isinstance(exc, OSError) else str(exc)) or type(exc).__name__
        raise FolderError(
            _t("The data could not be moved ({reason}); epewall keeps using {folder}.")
            .replace("{reason}", reason)
            .replace("{folder}", str(source))
        ) from None
    except BaseException:  # a cancel (GeneratorExit) or anything else: nothing half-written
        _remove(written, made_dirs)
        raise


def checked_move(text: str, source: Path) -> Progress:
    """The folder typed checked again (it may have changed since), then ``move_data``."""
    yield 0, 1, _t("Checking the folder…")
    target, kind = check_new_data_folder(text, source)
    if kind is not FolderKind.EMPTY:
        raise FolderError(_t("This folder already holds epewall data: use it as it is."))
    yield from move_data(source, target)


def use_folder(text: str, current: Path) -> Path:
    """Point the next start at the existing epewall data folder typed; returns it. Raises
    FolderError."""
    target, kind = check_new_data_folder(text, current)
    if kind is not FolderKind.EPEWALL:
        raise FolderError(_t("This folder holds no epewall data: move your data there instead."))
    try:
        _write_pointer(target)
    except OSError as exc:
        raise FolderError(
            _t("The choice could not be saved ({reason}).").replace(
                "{reason}", exc.strerror or type(exc).__name__
            )
        ) from None
    return target


def _write_pointer(target: Path) -> None:
    pointer = paths.data_pointer_path()
    pointer.parent.mkdir(mode=paths.PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    partial = pointer.with_name(pointer.name + ".part")
    partial.write_text(str(target) + "\n", encoding="utf-8")
    os.replace(partial, pointer)


def _remove(files: list[Path], folders: list[Path]) -> None:
    for file in files:
        with contextlib.suppress(OSError):
            file.unlink()
    for folder in reversed(folders):
        with contextlib.suppress(OSError):
            folder.rmdir()
