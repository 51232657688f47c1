"""Figures of the frozen program: build time, folder size, and start-up time to the main window,
frozen against the source run. Prints figures; asserts nothing.

Run: installer/headless.sh .venv/bin/python tests/bench/frozen_bench.py [--runs 5] [--dist DIR]
Without --dist it builds installer/epewall.spec into a temporary folder first (timed). Start-up
is measured from the process start to its first visible top-level window (xdotool), on an empty
registry (the welcome page), each run with a fresh profile.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def build(out: Path) -> float:
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(out / "dist"), "--workpath", str(out / "build"),
            str(ROOT / "installer" / "epewall.spec"),
        ],
        cwd=ROOT, check=True,
    )  # fmt: skip
    return time.monotonic() - started


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def time_to_window(command: list[str], cwd: Path) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
        env["EPEWALL_HOME"] = home
        started = time.monotonic()
        process = subprocess.Popen(command, cwd=cwd, env=env, stderr=subprocess.DEVNULL)
        try:
            subprocess.run(
                ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(process.pid)],
                check=True, capture_output=True, timeout=120,
            )  # fmt: skip
            return time.monotonic() - started
        finally:
            process.terminate()
            process.wait(60)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dist", type=Path, help="an existing dist/epewall folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.dist
        if folder is None:
            seconds = build(Path(scratch))
            folder = Path(scratch) / "dist" / "epewall"
            print(f"build: {seconds:.0f} s")
        size = folder_size(folder)
        print(f"dist/epewall: {size / 2**20:.0f} MiB in {sum(1 for _ in folder.rglob('*'))} files")
        frozen = [str(folder / "epewall"), "--lang", "en"]
        source = [sys.executable, "-m", "widgets.launcher", "--lang", "en"]
        for name, command, cwd in (("frozen", frozen, Path(scratch)), ("source", source, ROOT)):
            times = [time_to_window(command, cwd) for _ in range(args.runs)]
            print(
                f"start-up to the main window, {name}: median {statistics.median(times):.2f} s, "
                f"min {min(times):.2f} s, max {max(times):.2f} s ({args.runs} runs)"
            )


if __name__ == "__main__":
    main()
