"""``epewall --version``: the About box's facts on the command line, also on a PC without VLC
or a keyring."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import qVersion

from app.support import versions
from tests.helpers.cli import REPO


def _epewall_version(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # The console script's own entry point, as an officer's shortcut runs it.
    return subprocess.run(
        [sys.executable, "-m", "widgets.launcher", "--lang", "en", "--version"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )


def test_version_prints_the_about_box_facts_and_the_keyring_and_exits_0() -> None:
    done = _epewall_version(dict(os.environ))

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "epewall: 0.1.0"
    assert f"Qt: {qVersion()}" in lines
    import vlc

    assert f"libVLC: {vlc.libvlc_get_version().decode()}" in lines
    pyav = next(line for line in lines if line.startswith("PyAV: "))
    assert "FFmpeg " in pyav
    # The same rows as the About box, in its order, then the keyring of this session.
    labels = [c.label for c in versions.components()]
    assert [line.split(":", 1)[0] for line in lines] == [*labels, "Keyring"]
    assert lines[-1] == "Keyring: Secret Service (GNOME Keyring)"
    assert done.stderr == ""


def test_version_says_what_is_missing_when_neither_vlc_nor_a_keyring_is_there() -> None:
    env = dict(os.environ)
    env["PYTHON_VLC_LIB_PATH"] = "/nonexistent/libvlc.so.5"  # VLC not installed
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/bus"  # no Secret Service

    done = _epewall_version(env)

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "libVLC: not found" in lines
    assert lines[-1] == "Keyring: Secret Service: no keyring, passwords cannot be stored"
    assert "Traceback" not in done.stderr
