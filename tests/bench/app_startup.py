"""Time from process start to the main window exposed. Prints figures; asserts nothing.

Run: installer/headless.sh .venv/bin/python tests/bench/app_startup.py [--runs 5]
Each run is a fresh interpreter (imports included) with a registry of 3 EPEs / 15 cameras.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import time
t0 = time.monotonic()
import sys
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer
from app import i18n, settings
from app.sites.registry import Registry
from app.secrets import CredentialStore
from widgets.main_window import MainWindow
app = QApplication(sys.argv[:1])
i18n.install("vi")
window = MainWindow(Registry(), CredentialStore(), settings.Settings())
window.show()
def shown():
    print(f"{time.monotonic() - t0:.3f}")
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def process_age_offset() -> float:
    """Interpreter start-up before the child's first line runs (python -c pass)."""
    import time

    t = time.monotonic()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.monotonic() - t


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, EPEWALL_HOME=home, PYTHONPATH=str(ROOT))
        # A registry like the demo's: 3 EPEs, 15 cameras.
        subprocess.run(
            [
                sys.executable,
                "-c",
                (
                    "from app.sites.registry import Registry\n"
                    "from app.domain import Epe, Camera, CameraPosition\n"
                    "r = Registry()\n"
                    "for i, tax in enumerate(['0315867420', '2301275957', '3602548173']):\n"
                    "    e = r.add_epe(Epe(name=f'DNCX {i}', tax_id=tax))\n"
                    "    for n in range(1, 6):\n"
                    "        r.add_camera(Camera(epe_id=e.id, diagram_number=n,"
                    " position=CameraPosition.GATE))\n"
                ),
            ],
            env=env,
            check=True,
        )
        interp = process_age_offset()
        times = []
        for _ in range(args.runs):
            out = (
                subprocess.run(
                    [sys.executable, "-c", CHILD],
                    env=env,
                    check=True,
                    capture_output=True,
                    text=True,
                )
                .stdout.strip()
                .splitlines()
            )
            times.append(float(out[-1]) + interp)
    print(
        f"app start to main window shown: mean {statistics.mean(times):.2f} s, "
        f"min {min(times):.2f} s, max {max(times):.2f} s over {len(times)} runs "
        f"(first run is cold: {times[0]:.2f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
