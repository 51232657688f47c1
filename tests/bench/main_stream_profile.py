"""Where one 1080p30 main stream's CPU goes in the client: a profile, not a verdict.

Run: installer/headless.sh .venv/bin/python tests/bench/main_stream_profile.py [--seconds 20]
     [--tile 1920x1080] [--vlc-arg=--avcodec-threads=1 ...] [--no-perf]

Plays the first camera's main stream of the simulated site into one native window (as
wall_bench.py's "1 main" case), measures this process's CPU (% of one core), the pictures shown
and lost, and, unless --no-perf, samples this process with `perf record` (Debian: linux-perf) and
prints the share of samples per shared object and the top symbols. `ffmpeg -f null` on the same
stream gives the floor and the ratio. Prints figures; asserts nothing.

Measured (issue 17, 2 cores under Xvfb, load ~4): client 18.9% of a core, floor 10.1%, ratio 1.88,
30.4 fps, none lost. perf's samples: libavcodec (the decode) 44%, libswscale 28% (I420 -> RV32 for
xcb_x11, which draws only RGB: the cost above the floor), kernel 10% (futexes, X shared memory),
libc 7% (copies, malloc), Python 4% (PyAV's remux and the read callback), libVLC's core 2%. The
GPU output chosen on real desktops (app.media.vlcplayer.choose_vout: "gl") converts the colours
in shaders instead; under Xvfb there is no GPU and xcb_x11 stays.
The tile's size decides the rest: 4 pixels short of the source (1916x1076, wall_bench's grid with
its 2-pixel spacing) makes libswscale scale as well as convert: 31.7% against 18.8%, ratio 2.98
against 1.86 at 1920x1080; --swscale-mode=4 (nearest) changed nothing (31.3%).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.media import vlcplayer
from app.media.stream import StreamController, StreamState
from app.simsite.site import SimulatedSite
from tests.bench.wall_bench import run_floor


def pump(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system


def perf_summary(data: Path) -> str:
    """perf's share per shared object and its top symbols, trimmed."""
    lines = []
    for sort, top in (("dso", 12), ("dso,sym", 25)):
        out = subprocess.run(
            ["perf", "report", "-i", str(data), "--stdio", "--no-children", "-g", "none"]
            + ["--percent-limit", "0.5", "--sort", sort],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        rows = [line for line in out.splitlines() if line.strip() and not line.startswith("#")]
        lines.append(f"-- perf, by {sort} --")
        lines += rows[:top]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--tile", default="1920x1080", help="the window's size, WxH")
    parser.add_argument(
        "--vlc-arg", action="append", default=[], help="an extra libVLC option (repeatable)"
    )
    parser.add_argument("--no-perf", action="store_true", help="measure without perf")
    args = parser.parse_args()
    width, height = (int(v) for v in args.tile.split("x"))
    if args.vlc_arg:
        base = vlcplayer.vlc_args
        vlcplayer.vlc_args = lambda: base() + args.vlc_arg  # type: ignore[method-assign]
    print("libVLC options:", " ".join(vlcplayer.vlc_args()), flush=True)

    _app = QApplication(sys.argv[:1])  # kept: Qt needs it alive
    with tempfile.TemporaryDirectory(prefix="epewall-main-") as scratch:
        site = SimulatedSite(workdir=Path(scratch) / "site")
        description = site.start(timeout=60)
        try:
            epe = description.epes[0]
            url = epe.cameras[0].main_url
            account = (epe.user, epe.password)
            window = QWidget()
            window.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
            window.setWindowFlag(Qt.WindowType.FramelessWindowHint)
            window.resize(width, height)
            window.move(0, 0)
            window.show()
            pump(0.5)
            stream = StreamController(url, lambda: account)
            stream.set_window(int(window.winId()))
            stream.play()
            deadline = time.monotonic() + 30
            while stream.status.state is not StreamState.LIVE and time.monotonic() < deadline:
                pump(0.1)
            pump(2.0)
            perf = None
            data = Path(scratch) / "perf.data"
            if not args.no_perf:
                perf = subprocess.Popen(
                    ["perf", "record", "-q", "-F", "499", "-g", "-o", str(data)]
                    + ["-p", str(os.getpid())],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                pump(0.5)
            shown0, lost0 = stream.displayed_and_lost()
            cpu0, t0 = cpu_seconds(), time.monotonic()
            pump(args.seconds)
            cpu1, t1 = cpu_seconds(), time.monotonic()
            shown1, lost1 = stream.displayed_and_lost()
            info = stream.status.info
            if perf is not None:
                perf.send_signal(2)
                perf.wait(30)
            stream.release()
            window.close()
            pump(0.5)
            span = t1 - t0
            client = (cpu1 - cpu0) / span * 100
            floor = run_floor([(url, account)], args.seconds)
            print(
                f"1 main {info.width if info else 0}x{info.height if info else 0} in a "
                f"{width}x{height} tile: client CPU {client:.1f}% of a core, ffmpeg floor "
                f"{floor:.1f}%, ratio {client / floor:.2f}; shown {(shown1 - shown0) / span:.1f} "
                f"fps, lost {lost1 - lost0} (perf {'on' if perf else 'off'}: its own cost is "
                "outside this process)",
                flush=True,
            )
            if perf is not None and data.exists():
                print(perf_summary(data), flush=True)
        finally:
            site.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
