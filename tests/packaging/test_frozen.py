"""The frozen one-folder program (installer/epewall.spec), built once per session and run with
the virtual environment out of reach: it names its parts, probes the simulated ONVIF device (the
WSDLs travelled) and opens the demo wall with live pictures (libVLC drew them)."""

from __future__ import annotations

import datetime as dt
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy
import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from app.secrets import CredentialStore
from app.simsite.site import SiteDescription
from app.sites.demo import register_site
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.keyring import require_throwaway_keyring

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
VENV = (REPO / ".venv").resolve()
BUILD_TIMEOUT_S = 900
GATE_EPE = "0315867420"  # Sao Việt: vehicles pass its gate camera 1 from 08:00 (default site)
FIRST_PICTURE = re.compile(r"app\.media\.stream: stream \S+: first picture after")


@pytest.fixture(scope="session")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/epewall built from the spec into a temporary folder; the executable's path."""
    out = tmp_path_factory.mktemp("frozen")
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(out / "dist"), "--workpath", str(out / "build"),
            str(REPO / "installer" / "epewall.spec"),
        ],
        cwd=REPO, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-4000:]
    print(f"frozen build: {time.monotonic() - started:.0f} s")  # shown with -s
    program = out / "dist" / "epewall" / ("epewall.exe" if os.name == "nt" else "epewall")
    assert program.is_file()
    return program


def outside_env(home: Path) -> dict[str, str]:
    """This session's display, D-Bus and keyring, without the virtual environment."""
    env = {
        k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}
    }
    env["PATH"] = os.pathsep.join(
        p
        for p in env.get("PATH", "").split(os.pathsep)
        if p and not Path(p).resolve().is_relative_to(VENV)
    )
    env["EPEWALL_HOME"] = str(home)
    return env


def run_frozen(
    program: Path, tmp_path: Path, *args: str, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), "--lang", "en", *args],
        input=stdin, capture_output=True, text=True, cwd=tmp_path,
        env=outside_env(tmp_path / "home"), timeout=120, check=False,
    )  # fmt: skip


def test_the_frozen_program_names_qt_libvlc_pyav_and_the_secret_service_keyring(
    frozen: Path, tmp_path: Path
) -> None:
    done = run_frozen(frozen, tmp_path, "--version")
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(": ", 1) for line in done.stdout.splitlines())
    assert lines["epewall"].endswith("(frozen)")
    assert re.fullmatch(r"6\.\d+\.\d+", lines["Qt"])
    assert lines["libVLC"].startswith("3.0.")
    assert "FFmpeg" in lines["PyAV"]
    assert lines["Keyring"].startswith("Secret Service"), lines["Keyring"]


def test_the_frozen_program_probes_the_simulated_onvif_device(
    frozen: Path, tmp_path: Path, sim_site: SiteDescription
) -> None:
    epe = sim_site.epes[0]
    done = run_frozen(
        frozen,
        tmp_path,
        "onvif", "probe", f"{epe.onvif_host}:{epe.onvif_port}", "--user", epe.user,
        "--sample", "0",
        stdin=epe.password + "\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for camera in epe.cameras:
        assert camera.name in done.stdout, (camera.name, done.stdout)
    assert epe.password not in done.stdout + done.stderr


def _maps(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/maps").read_text().splitlines()


def _first_pictures(log: Path) -> int:
    if not log.is_file():
        return 0
    return len(FIRST_PICTURE.findall(log.read_text(encoding="utf-8", errors="replace")))


def _colour_bars(png: Path) -> dict[str, int]:
    """Pixels of the simulated cameras' colour bars: pure green, magenta and cyan, which no
    window frame or widget of epewall paints (its warnings are red and orange)."""
    pixels = numpy.asarray(Image.open(png).convert("RGB"), dtype=numpy.int16)
    r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    return {
        "green": int(((g >= 180) & (r <= 80) & (b <= 80)).sum()),
        "magenta": int(((r >= 180) & (b >= 180) & (g <= 80)).sum()),
        "cyan": int(((g >= 180) & (b >= 180) & (r <= 80)).sum()),
    }


@pytest.fixture
def demo(frozen: Path, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], Path]]:
    home = tmp_path / "home"
    with (tmp_path / "demo.err").open("wb") as err:
        process = subprocess.Popen(
            [str(frozen), "--lang", "en", "demo"],
            cwd=tmp_path, env=outside_env(home), stdout=subprocess.DEVNULL, stderr=err,
        )  # fmt: skip
    try:
        yield process, home
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(30)


def test_the_frozen_demo_wall_shows_live_pictures_and_quits(
    demo: tuple[subprocess.Popen[bytes], Path], tmp_path: Path, qtbot: QtBot
) -> None:
    process, home = demo
    log = home / "log" / "epewall.log"
    # The 2x2 demo wall: each tile logs its first picture (libVLC's video output started).
    qtbot.waitUntil(lambda: _first_pictures(log) >= 4 or process.poll() is not None, timeout=90_000)
    err = (tmp_path / "demo.err").read_text(errors="replace")
    assert process.poll() is None, err[-3000:]
    assert _first_pictures(log) == 4, log.read_text(errors="replace")[-3000:]

    # libVLC drew them: the screen shows the cameras' colours.
    shot = tmp_path / "screen.png"
    subprocess.run(["import", "-window", "root", str(shot)], check=True, timeout=30)
    bars = _colour_bars(shot)
    assert min(bars.values()) > 5_000, bars

    # Nothing of the repository's virtual environment is loaded.
    maps = _maps(process.pid)
    assert any("/_internal/" in line for line in maps)
    assert [line for line in maps if str(VENV) in line or str(REPO) in line] == []

    # SIGTERM closes the window as the officer would; the demo site ends with it.
    process.send_signal(signal.SIGTERM)
    assert process.wait(60) == 0


def test_the_frozen_program_reads_container_numbers_in_the_gate_recording(
    frozen: Path, tmp_path: Path, sim_site: SiteDescription, monkeypatch: pytest.MonkeyPatch
) -> None:
    """RapidOCR's models and onnxruntime travelled: a half hour of the simulated gate camera's
    recording is replayed and read, and valid ISO 6346 numbers come out."""
    require_throwaway_keyring()
    home = tmp_path / "home"
    monkeypatch.setenv("EPEWALL_HOME", str(home))
    with Registry() as registry:
        for _step in register_site(registry, CredentialStore(), sim_site):
            pass
    yesterday = (dt.datetime.now(VIETNAM).date() - dt.timedelta(days=1)).isoformat()
    done = run_frozen(
        frozen, tmp_path,
        "declarations", "scan", GATE_EPE, "--date", yesterday, "--from", "09:00", "--to", "09:30",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    stored = re.search(r"(\d+) codes stored \((\d+) valid\)", done.stdout)
    assert stored is not None, done.stdout
    assert int(stored.group(2)) >= 1, done.stdout
