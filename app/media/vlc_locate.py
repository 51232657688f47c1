"""Where python-vlc finds libVLC in the frozen Windows program.

The Windows build copies VLC 3 (``libvlc.dll``, ``libvlccore.dll``, ``plugins/``) into the
program's folder as ``vlc/``. python-vlc reads ``PYTHON_VLC_LIB_PATH`` and
``PYTHON_VLC_MODULE_PATH`` when it is imported, and Windows finds ``libvlccore.dll`` only in a
folder added with ``os.add_dll_directory``: so ``prepare()`` runs at start-up, before any
``import vlc``. On Linux, and when run from source, python-vlc finds Debian's (or the installed)
libVLC itself and nothing is changed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

LIB_ENV = "PYTHON_VLC_LIB_PATH"
MODULE_ENV = "PYTHON_VLC_MODULE_PATH"
FOLDER = "vlc"


def bundled_vlc(program_dir: Path) -> Path | None:
    """The ``vlc`` folder beside the program when it holds libvlc.dll, else None."""
    folder = program_dir / FOLDER
    return folder if (folder / "libvlc.dll").is_file() else None


def prepare(
    *,
    platform: str = sys.platform,
    frozen: bool | None = None,
    program_dir: Path | None = None,
    environ: MutableMapping[str, str] = os.environ,
) -> Path | None:
    """Point python-vlc at the bundled libVLC of a frozen Windows build; returns its folder, or
    None when nothing was changed. A path the administrator already set is kept."""
    if frozen is None:
        frozen = bool(getattr(sys, "frozen", False))
    if not frozen or not platform.startswith("win"):
        return None
    if program_dir is None:
        program_dir = Path(sys.executable).resolve().parent
    folder = bundled_vlc(program_dir)
    if folder is None:
        return None
    environ.setdefault(LIB_ENV, str(folder / "libvlc.dll"))
    environ.setdefault(MODULE_ENV, str(folder / "plugins"))
    add = getattr(os, "add_dll_directory", None)  # Windows only
    if add is not None:
        add(str(folder))
    return folder
