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
    path = root / kind if root is not None else Path(_PLATFORM_DIRS[kind](APP_NAME, APP_AUTHOR))
    _private_dir(path)
    return path


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
