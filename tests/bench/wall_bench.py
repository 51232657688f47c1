"""Benchmark of the live wall's media path. Prints figures; asserts nothing.

Run: installer/headless.sh .venv/bin/python tests/bench/wall_bench.py [--seconds 20]

For 1, 4 and 16 tiles of sub streams and one maximised main stream, on the simulated site on this
host: client CPU (% of one core), RSS, per-tile time from play to first picture, displayed fps and
lost pictures; then the same streams decoded by `ffmpeg -f null` as the floor, and the ratio.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

from app.media.puller import with_credentials
from app.media.stream import StreamController, StreamState
from app.simsite.site import SimulatedSite


def cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def wait(app: QApplication, predicate, timeout: float) -> bool:
    """Run the event loop (idle, not spinning) until ``predicate`` holds or ``timeout``."""
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: predicate() and loop.quit())
    poll.start(50)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    if not predicate():
        loop.exec()
    poll.stop()
    return bool(predicate())


def pump(app: QApplication, seconds: float) -> None:
    """Run the event loop for ``seconds`` (processEvents in a loop would spin a whole core)."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def run_client(
    app: QApplication,
    streams: list[tuple[str, tuple[str, str]]],
    seconds: float,
    tile_size: tuple[int, int],
) -> dict[str, float]:
    top = QWidget()
    grid = QGridLayout(top)
    grid.setSpacing(2)
    side = max(1, int(len(streams) ** 0.5 + 0.999))
    top.resize(tile_size[0] * side, tile_size[1] * side)
    controllers: list[StreamController] = []
    firsts: dict[int, float] = {}
    for i, (url, creds) in enumerate(streams):
        surface = QWidget()
        surface.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        grid.addWidget(surface, i // side, i % side)
        controllers.append(StreamController(url, lambda c=creds: c))
        controllers[-1].first_picture.connect(lambda t, i=i: firsts.__setitem__(i, t))
    top.show()
    pump(app, 0.5)
    for i, c in enumerate(controllers):
        c.set_window(int(grid.itemAt(i).widget().winId()))
        c.play()
    ok = wait(app, lambda: all(c.status.state is StreamState.LIVE for c in controllers), 30)
    pump(app, 2.0)  # settle
    start_stats = [c.displayed_and_lost() for c in controllers]
    cpu0, t0 = cpu_seconds(), time.monotonic()
    pump(app, seconds)
    cpu1, t1 = cpu_seconds(), time.monotonic()
    end_stats = [c.displayed_and_lost() for c in controllers]
    rss = rss_mib()
    t = time.monotonic()
    for c in controllers:
        c.release()
    stop_s = time.monotonic() - t
    top.close()
    top.deleteLater()
    pump(app, 0.5)
    span = t1 - t0
    fps = [(e[0] - s[0]) / span for s, e in zip(start_stats, end_stats, strict=True)]
    lost = sum(e[1] - s[1] for s, e in zip(start_stats, end_stats, strict=True))
    return {
        "all_live": float(ok),
        "cpu_pct": (cpu1 - cpu0) / span * 100,
        "rss_mib": rss,
        "first_mean": statistics.mean(firsts.values()) if firsts else float("nan"),
        "first_max": max(firsts.values()) if firsts else float("nan"),
        "fps_min": min(fps),
        "fps_mean": statistics.mean(fps),
        "lost": lost,
        "stop_s": stop_s,
    }


def run_floor(streams: list[tuple[str, tuple[str, str]]], seconds: float) -> float:
    """CPU % of one core that `ffmpeg -f null` needs to decode the same streams."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    procs = [
        subprocess.Popen(
            [
                "ffmpeg",
                "-nostdin",
                "-loglevel",
                "error",
                "-rtsp_transport",
                "tcp",
                "-i",
                with_credentials(url, *creds),
                "-t",
                str(seconds + 2),
                "-f",
                "null",
                "-",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for url, creds in streams
    ]
    t0 = time.monotonic()
    for p in procs:
        p.wait(timeout=seconds + 30)
    span = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return used / span * 100


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--config", help="site config JSON (default: the built-in demo site)")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as work:
        site = SimulatedSite(config=Path(args.config) if args.config else None, workdir=Path(work))
        t = time.monotonic()
        desc = site.start()
        print(f"simulated site started in {time.monotonic() - t:.2f} s")
        cams = [(c, e) for e in desc.epes for c in e.cameras]
        subs = [(c.sub_url, (e.user, e.password)) for c, e in cams]
        mains = [(c.main_url, (e.user, e.password)) for c, e in cams]
        cases = [
            ("1 sub", subs[:1], (640, 360)),
            ("4 sub", subs[:4], (480, 270)),
            ("16 sub", (subs * 2)[:16], (480, 270)),
            ("1 main", mains[:1], (1920, 1080)),
        ]
        header = (
            f"{'case':8} {'CPU%':>6} {'floor%':>7} {'ratio':>6} {'RSS MiB':>8} "
            f"{'first s':>8} {'max s':>6} {'fps min':>8} {'fps avg':>8} {'lost':>5} "
            f"{'stop s':>6}"
        )
        print(header)
        try:
            for name, streams, size in cases:
                r = run_client(app, streams, args.seconds, size)
                floor = run_floor(streams, args.seconds)
                print(
                    f"{name:8} {r['cpu_pct']:6.1f} {floor:7.1f} {r['cpu_pct'] / floor:6.2f} "
                    f"{r['rss_mib']:8.0f} {r['first_mean']:8.2f} {r['first_max']:6.2f} "
                    f"{r['fps_min']:8.1f} {r['fps_mean']:8.1f} {r['lost']:5.0f} "
                    f"{r['stop_s']:6.2f}" + ("" if r["all_live"] else "  (not all live)"),
                    flush=True,
                )
        finally:
            site.stop()
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
