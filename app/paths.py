"""Where epewall keeps its files.

Folders come from platformdirs. ``EPEWALL_HOME`` overrides all of them with one folder (tests,
portable installs on a USB stick, the demo profile): data/, config/, cache/ and log/ beneath it.

The folders are private to the user (0700, files 0600 on Linux and macOS): the registry holds the
PIN hashes and the check log, and a copy readable by other accounts can be attacked offline.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

import platformdirs

APP_NAME = "epewall"
APP_AUTHOR = "epewall"
HOME_ENV = "EPEWALL_HOME"


_PLATFORM_DIRS: dict[str, Callable[[str, str], str]] = {
    "data": platformdirs.user_data_dir,
    "config": platformdirs.user_config_dir,
    "cache": platformdirs.user_cache_dir,
    "log": platformdirs.user_log_dir,
}


def _override() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value).expanduser() if value else None


PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_POSIX = os.name == "posix"


def _dir(kind: str) -> Path:
    root = _override()
    if root is not None:
        _private_dir(root)
    pointed = _pointed_data_dir() if root is None and kind == "data" else None
    if root is not None:
        path = root / kind
    elif pointed is not None:
        path = pointed
    else:
        path = Path(_PLATFORM_DIRS[kind](APP_NAME, APP_AUTHOR))
    _private_dir(path)
    return path


# The data folder an officer chose in File > Settings (app/data_folder.py writes it). It lives in
# the platform's config folder, which never moves, and is read once per process: a move written
# while the window runs takes effect at the next start, when the registry is opened there.
DATA_POINTER_NAME = "data-folder.txt"
POINTER_MAX_BYTES = 4096
_pointer_cache: dict[str, Path | None] = {}


def data_pointer_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / DATA_POINTER_NAME


def _pointed_data_dir() -> Path | None:
    pointer = data_pointer_path()
    key = str(pointer)
    if key not in _pointer_cache:
        _pointer_cache[key] = read_data_pointer(pointer)
    return _pointer_cache[key]


def read_data_pointer(pointer: Path | None = None) -> Path | None:
    """The folder the pointer file names, or None: no pointer, an unreadable one, or a folder
    that is gone (an unplugged drive must not become a new, empty registry)."""
    pointer = pointer or data_pointer_path()
    try:
        with pointer.open("rb") as file:
            raw = file.read(POINTER_MAX_BYTES + 1)
    except OSError:
        return None
    if len(raw) > POINTER_MAX_BYTES:
        return None
    try:
        text = raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        return None
    folder = Path(text) if text else None
    if folder is None or not folder.is_absolute() or not folder.is_dir():
        return None
    return folder


def forget_data_pointer() -> None:
    """Read the pointer again at the next ``data_dir()``, as a new start does."""
    _pointer_cache.clear()


def data_dir_from_environment() -> bool:
    """True when EPEWALL_HOME decides the folders (then the pointer is not used)."""
    return _override() is not None


def _private_dir(path: Path) -> None:
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if _POSIX and path.stat().st_mode & 0o777 != PRIVATE_DIR_MODE:
        path.chmod(PRIVATE_DIR_MODE)


def make_file_private(path: Path) -> None:
    """Only the user may read or write ``path`` (no-op where modes do not apply)."""
    # A shared file owned by another account keeps its mode: opening it must still work.
    with contextlib.suppress(OSError):
        if _POSIX and path.exists() and path.stat().st_mode & 0o777 != PRIVATE_FILE_MODE:
            path.chmod(PRIVATE_FILE_MODE)


def make_private() -> None:
    """At start-up: files this process creates are the user's only (umask 077), and what an
    earlier version left readable by others (the folders and every file in them) becomes so."""
    if not _POSIX:
        return
    os.umask(0o077)
    for top in all_dirs():
        for folder, subdirs, files in os.walk(top):
            for name in subdirs:
                _private_dir(Path(folder, name))
            for name in files:
                file = Path(folder, name)
                if not file.is_symlink():
                    make_file_private(file)


def data_dir() -> Path:
    return _dir("data")


def config_dir() -> Path:
    return _dir("config")


def cache_dir() -> Path:
    return _dir("cache")


def log_dir() -> Path:
    return _dir("log")


def database_path() -> Path:
    return data_dir() / "epewall.sqlite3"


def settings_path() -> Path:
    return config_dir() / "epewall.ini"


def all_dirs() -> list[Path]:
    """Every folder the app writes to; the secrets test greps them all for a canary password."""
    return [data_dir(), config_dir(), cache_dir(), log_dir()]
