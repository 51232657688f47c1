"""Glass-to-glass delay of the live wall: the clock in the picture against the wall clock.

Run: installer/headless.sh .venv/bin/python tests/bench/glass_to_glass.py [--seconds 15]
     [--cases "1 sub" "4 sub" "1 main" ...]

The simulated site paints a block clock into every frame at the moment the frame is made (the
camera's glass). This script plays tiles through StreamController into native windows under Xvfb,
grabs the screen again and again (the wall's glass: what X shows, after libVLC drew it), reads the
block clock in every tile and prints the delay, wall clock minus clock in the picture, per case.

A picture stays on screen until the next one, so a grab at a random moment also sees up to one frame
interval of age (67 ms at 15 fps): that is part of what an officer sees, and is included. Site and
client run on this host, so both clocks are the same clock. Prints figures; asserts nothing.

Where the time goes (measured on 2 cores, 640x360 at 15 fps): the simulator hands a frame to the
network within ~5 ms; FFmpeg's H.264/H.265 parser holds each frame until the next one starts (one
frame, 67 ms; M-JPEG has no parser delay); libVLC's callback input ("imem") then adds a fixed
300 ms of buffering that --file/--network/--live-caching do not change. Feeding libVLC over
tcp:// or fd:// instead honours those options, but its MPEG-TS clock then stalls or jitters below
~150 ms of buffer, and gained under 50 ms: not worth a second input path.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEventLoop, QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

from app.media.stream import StreamController, StreamState
from app.simsite.site import SimEpe, SimulatedSite, SiteDescription
from tests.helpers.block_clock import delay_ms, read_block_clock

TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")
SUB_TILE = (640, 360)  # a 2x2 wall on a 1280x720 window
MAIN_TILE = (1280, 720)  # a maximised tile


@dataclass(frozen=True)
class Case:
    label: str
    streams: Callable[[SiteDescription], list[tuple[SimEpe, str]]]
    tile: tuple[int, int]
    columns: int = 1


def _by_codec(site: SiteDescription, codec: str, kind: str) -> list[tuple[SimEpe, str]]:
    for epe in site.epes:
        for camera in epe.cameras:
            spec = camera.main if kind == "main" else camera.sub
            if spec.codec == codec:
                return [(epe, camera.main_url if kind == "main" else camera.sub_url)]
    raise SystemExit(f"the simulated site has no {codec} {kind} stream")


CASES = {
    case.label: case
    for case in (
        Case("1 sub", lambda s: [(s.epes[0], s.epes[0].cameras[0].sub_url)], SUB_TILE),
        Case(
            "4 sub",
            lambda s: [(s.epes[0], c.sub_url) for c in s.epes[0].cameras[:4]],
            SUB_TILE,
            columns=2,
        ),
        Case("1 main", lambda s: [(s.epes[0], s.epes[0].cameras[0].main_url)], MAIN_TILE),
        Case("1 sub H.265", lambda s: _by_codec(s, "h265", "sub"), SUB_TILE),
        Case("1 sub MJPEG", lambda s: _by_codec(s, "mjpeg", "sub"), SUB_TILE),
        Case("1 main H.265", lambda s: _by_codec(s, "h265", "main"), MAIN_TILE),
        Case("1 main MJPEG", lambda s: _by_codec(s, "mjpeg", "main"), MAIN_TILE),
    )
}
DEFAULT_CASES = ["1 sub", "4 sub", "1 main", "1 sub H.265", "1 sub MJPEG", "1 main MJPEG"]


@dataclass
class Result:
    label: str
    delays: list[int] = field(default_factory=list)
    unreadable: int = 0
    grab_ms: list[float] = field(default_factory=list)
    client_cpu: float = 0.0
    site_cpu: float = 0.0
    fps: list[float] = field(default_factory=list)


def process_cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / TICKS_PER_SECOND


def run_events(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(max(0, int(seconds * 1000)), loop.quit)
    loop.exec()


def wait_for(predicate: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        run_events(0.05)
    return True


def percentile(values: list[int], share: float) -> float:
    ordered = sorted(values)
    return float(ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)])


def run_case(
    app: QApplication,
    site: SiteDescription,
    site_pid: int,
    case: Case,
    seconds: float,
    interval: float,
) -> Result:
    result = Result(case.label)
    streams = case.streams(site)
    window = QWidget()
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint)
    grid = QGridLayout(window)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setSpacing(0)
    surfaces: list[QWidget] = []
    controllers: list[StreamController] = []
    for index, (epe, url) in enumerate(streams):
        surface = QWidget(window)
        surface.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        surface.setFixedSize(*case.tile)
        grid.addWidget(surface, index // case.columns, index % case.columns)
        surfaces.append(surface)
        account = (epe.user, epe.password)
        controllers.append(StreamController(url, lambda account=account: account))
    window.move(0, 0)
    window.show()
    wait_for(lambda: window.isVisible() and all(s.isVisible() for s in surfaces), 5)
    for surface, stream in zip(surfaces, controllers, strict=True):
        stream.set_window(int(surface.winId()))
        stream.play()
    try:
        if not wait_for(
            lambda: all(
                s.status.state is StreamState.LIVE and s.displayed_and_lost()[0] > 15
                for s in controllers
            ),
            30,
        ):
            states = [(s.status.state.value, s.status.detail) for s in controllers]
            raise SystemExit(f"{case.label}: the tiles did not go live: {states}")
        run_events(1.0)  # let the first-picture burst settle
        screen = app.primaryScreen()
        top_left = [s.mapToGlobal(QPoint(0, 0)) for s in surfaces]
        area = QRect(top_left[0], surfaces[0].size())
        for point, surface in zip(top_left, surfaces, strict=True):
            area = area.united(QRect(point, surface.size()))
        sizes = []
        for stream in controllers:
            info = stream.status.info
            assert info is not None
            sizes.append((info.width, info.height))
        client_before, site_before = os.times(), process_cpu_seconds(site_pid)
        started = time.monotonic()
        while time.monotonic() - started < seconds:
            before = time.time()
            full = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
            after = time.time()
            seen_at = (before + after) / 2
            result.grab_ms.append((after - before) * 1000)
            image = full.toImage()
            for point, surface, size in zip(top_left, surfaces, sizes, strict=True):
                tile = image.copy(QRect(point - area.topLeft(), surface.size()))
                shown = read_block_clock(tile, size)
                if shown is None:
                    result.unreadable += 1
                else:
                    result.delays.append(delay_ms(shown, seen_at))
            run_events(interval)
        elapsed = time.monotonic() - started
        client_after = os.times()
        result.client_cpu = (
            100
            * (
                (client_after.user + client_after.system)
                - (client_before.user + client_before.system)
            )
            / elapsed
        )
        result.site_cpu = 100 * (process_cpu_seconds(site_pid) - site_before) / elapsed
        result.fps = [s.status.fps for s in controllers]
    finally:
        for stream in controllers:
            stream.release()
        window.close()
        window.deleteLater()
        run_events(0.5)
    return result


def report(result: Result) -> str:
    if not result.delays:
        return f"{result.label:<14} no readable clock ({result.unreadable} unreadable)"
    d = result.delays
    return (
        f"{result.label:<14} n={len(d):4d} unreadable={result.unreadable:3d}  "
        f"delay ms: mean {statistics.mean(d):5.0f}  p50 {percentile(d, 0.5):5.0f}  "
        f"p95 {percentile(d, 0.95):5.0f}  max {max(d):5.0f}  min {min(d):5.0f}   "
        f"grab {statistics.mean(result.grab_ms):4.1f} ms  "
        f"fps {'/'.join(f'{f:.0f}' for f in result.fps)}  "
        f"CPU client {result.client_cpu:3.0f}%  site {result.site_cpu:3.0f}%"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=15.0, help="measuring time per case")
    parser.add_argument("--interval", type=float, default=0.1, help="seconds between grabs")
    parser.add_argument(
        "--cases",
        nargs="+",
        default=DEFAULT_CASES,
        choices=sorted(CASES),
        help="which cases to run",
    )
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="epewall-g2g-") as scratch:
        site = SimulatedSite(workdir=Path(scratch) / "site")
        description = site.start()
        try:
            assert site.pid is not None
            print(
                f"glass-to-glass delay, {args.seconds:g} s per case, a grab every "
                f"{args.interval * 1000:.0f} ms ({os.cpu_count()} CPUs)",
                flush=True,
            )
            for label in args.cases:
                result = run_case(
                    app, description, site.pid, CASES[label], args.seconds, args.interval
                )
                print(report(result), flush=True)
        finally:
            site.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
