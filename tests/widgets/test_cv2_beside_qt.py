"""OpenCV (the gate reader's image library) beside PySide6 in one process. The full
``opencv-python`` wheel bundles Qt plugins of its own and points QT_QPA_PLATFORM_PLUGIN_PATH at
them when cv2 is imported, after which PySide6 loads the wrong xcb plugin or none: a window that
never opens. epewall installs ``opencv-python-headless`` only (installer/setup-debian.sh). A fresh
interpreter, so cv2 is imported before Qt as in the scan job's first use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROGRAM = """
import os, sys
import cv2
from app.declarations import ocr  # imports cv2 and numpy as the scan job does
assert "QT_QPA_PLATFORM_PLUGIN_PATH" not in os.environ, os.environ["QT_QPA_PLATFORM_PLUGIN_PATH"]
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("cv2 " + cv2.__version__)
label.resize(240, 60)
label.show()
QTimer.singleShot(5000, app.quit)  # a guard: the test fails, it never hangs
QTimer.singleShot(0, lambda: app.exit(0 if label.isVisible() else 3))
code = app.exec()
print(app.platformName(), label.isVisible(), cv2.__file__)
sys.exit(code)
"""


def test_a_window_opens_on_the_x_screen_after_cv2_is_imported() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_QPA")}
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    platform, visible, cv2_file = done.stdout.split()
    assert (platform, visible) == ("xcb", "True")
    # The headless wheel, not a second cv2 of the full one.
    assert "cv2" in cv2_file
    import importlib.metadata

    names = {d.metadata["Name"].lower() for d in importlib.metadata.distributions()}
    assert "opencv-python-headless" in names
    assert "opencv-python" not in names
