"""The environment of a program epewall starts (the simulated site under Debian's Python, a
second epewall for the demo).

The frozen program's loader points LD_LIBRARY_PATH at the libraries it carries, keeping the
user's value in LD_LIBRARY_PATH_ORIG, and leaves ``_PYI_*`` variables that tell a frozen child
it is part of this run. A started program gets the user's own environment back: Debian's
GStreamer loads Debian's libraries, and a second epewall starts as its own program.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

RESET = "PYINSTALLER_RESET_ENVIRONMENT"


def child_env(
    environ: Mapping[str, str] | None = None, frozen: bool | None = None
) -> dict[str, str]:
    """``environ`` (the process's by default) as the user had it before the frozen loader."""
    env = dict(os.environ if environ is None else environ)
    if frozen is None:
        frozen = bool(getattr(sys, "frozen", False))
    if "LD_LIBRARY_PATH_ORIG" in env:
        env["LD_LIBRARY_PATH"] = env.pop("LD_LIBRARY_PATH_ORIG")
    elif frozen:
        env.pop("LD_LIBRARY_PATH", None)
    if frozen:
        for name in [n for n in env if n.startswith("_PYI_")]:
            del env[name]
        env[RESET] = "1"
    return env
