"""``epewall`` run as a user runs it: a separate process with this repository's code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MAIN = "import sys; from app.cli.main import main; sys.exit(main(sys.argv[1:]))"


def run_epewall(
    *args: str,
    stdin: str | None = "",
    env: dict[str, str] | None = None,
    umask: int | None = None,
) -> subprocess.CompletedProcess[str]:
    """``epewall --lang en ARGS`` with ``stdin`` as standard input (not a terminal); ``env``
    None inherits this process's (and its EPEWALL_HOME)."""
    main = MAIN if umask is None else f"import os; os.umask({umask:#o}); {MAIN}"
    return subprocess.run(
        [sys.executable, "-c", main, "--lang", "en", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
