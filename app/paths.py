"""Where epewall keeps its files.

Folders come from platformdirs. ``EPEWALL_HOME`` overrides all of them with one folder (tests,
portable installs on a USB stick, the demo profile): data/, config/, cache/ and log/ beneath it.
"""

from __future__ import annotations

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


def _dir(kind: str) -> Path:
    root = _override()
    path = root / kind if root is not None else Path(_PLATFORM_DIRS[kind](APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


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
