"""Benchmark of the live wall's media path on a rig that does not starve it. Prints figures;
asserts nothing.

Run: EPEWALL_SCREEN=3840x1080x24 installer/headless.sh .venv/bin/python tests/bench/wall_bench.py
     [--seconds 20] [--live] [--cases "4 sub,16 sub,1 main,32 sub"] [--vlc-arg=--avcodec-threads=1]

The simulated site is a bench site of 4 EPEs x 8 cameras whose streams are pre-encoded loops
(``"source": "loop"``, app/simsite/loops.py; cached in --loop-cache, so only the first run
encodes), so the simulator costs next to nothing and the figures are the client's. ``--live``
runs the same site with live-encoded cameras, as the bench did before (the before/after of the
rig). Cases: 4 and 16 sub-stream tiles (640x360 at 15 fps), one maximised 1080p30 main stream,
and 32 sub tiles as two 4x4 walls in two top-level windows side by side (one 3840x1080 Xvfb screen
stands in for two monitors).

Per case: the client's CPU (% of one core), the FFmpeg floor (`ffmpeg -f null` on the same
streams, same run) and the ratio; first picture per tile (mean, max); the lowest displayed frame
rate of a tile and the lost pictures (libVLC's counters) over the window; RSS and RSS per tile
(above the RSS before the case); the simulator's and the X server's CPU over the same window, so a
busy rig is visible; and how the client's CPU splits between the GUI thread and the others (the
threads of Python and libVLC carry no names). "first s"/"max s" count from each tile's own start,
"all s" from the moment the wall opened until its last tile showed a picture.

Measured 2026-12-02 on the 2 shared cores while other helpers ran (load average 7-20: treat every
figure as an upper bound; rerun on a quiet machine before quoting):

- The rig: a camera costs the simulator 5.8 % of a core live and 1.1 % as a loop (sub), 32.6 %
  and 3.4 % (1080p30 main) (sim_loop_bench.py). On the loop rig, with the code before this
  branch: 4 sub 1.57x, 16 sub 53.0 % / 30.8 % = 1.72x with 0 lost and fps min 14.9, 1 main 1.64x
  (2.67x on the live rig: the simulator's encoders were starving the client).
- One avcodec thread per tile (``--avcodec-threads=1`` in vlc_args), same run, same load:
  16 sub RSS 328 -> 269 MiB (20.5 -> 16.8 MiB per tile, process total / tiles), CPU 48.7 -> 46.6 %,
  0 lost either way; 32 sub lost 1649 -> 611, fps min 11.1 -> 13.8, RSS 633 -> 523 MiB.
- 32 sub (two 4x4 walls): client 94.6 % + simulator 34.5 % + Xvfb 10.7 % of the 200 % there is,
  with load 17.7 from other work: the machine, not one thread, is the limit (no client thread is
  above a few %; the GUI thread 1 %). fps min 13.8, 611 lost. Every tile at full rate needs a quiet
  machine to judge; the floor alone is 44 % for 32 streams.
- Staggered opening (25 ms, row by row) against all at once, 16 sub: first picture mean/max
  0.55/0.91 s against 0.76/1.29 s; the last tile 1.75 s after the wall opened against 11.9 s (all
  at once, a tile's open timed out under load and waited for its retry).
- Quiet machine (load < 1), 20 s, the low-delay live input (stream:// pipe, 50 ms, end-of-picture
  marker) against the code before it, same session: 16 sub 25.9 % / 18.5 % = 1.40x against 1.45x,
  32 sub 1.34x against 1.34x, 1 main 1.55x against 1.52x; first picture max 0.23 against 0.26 s
  (16 sub), 0.19 against 0.24 s (32 sub); 0 lost; RSS per tile 9.8 against 10.6 MiB (16 sub);
  one more thread per tile (the pump). "fps avg" then reads 16.0 for a 15 fps stream: libVLC
  counts as displayed a redisplay of the same picture when none came for 80 ms
  (VOUT_REDISPLAY_DELAY in src/video_output/video_output.c), which a 50 ms margin now allows
  about once a second; "fps min" can therefore read a little high, and "lost" stays exact.

The sporadic retry at opening (a tile's first open hanging until its 5 s deadline, then its
picture at 10-12 s) was the rig's: a loop camera's feeder could read its "running time" while
gst-rtsp-server took the medium to PLAYING, when the source had its clock but not yet its base
time, and got the machine's uptime; the first picture went out dated ~17 hours ahead and the
feeder then waited that long, so the client that asked got RTSP answers (DESCRIBE, SETUP, PLAY
200) and RTCP reports but no picture (seen in a loopback capture; 1 open in 976-1,456 in rounds
of 16 reconnects). The feeder now starts on PLAYING: 0 slow of 2,080 opens after.

Tried that did not help: a new libVLC player per connection instead of one per tile (4 tiles, 6
reconnects: 173 -> 207 MiB, no better than reusing it); MALLOC_ARENA_MAX=2 alone (growth per
reconnect halved, not stopped).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

from app.media import vlcplayer
from app.media.puller import with_credentials
from app.media.stream import StreamController, StreamState
from app.simsite.site import SimulatedSite
from app.wall.opening import DEFAULT_SPACING_MS, OpenQueue

TICKS = os.sysconf("SC_CLK_TCK")
Stream = tuple[str, tuple[str, str]]


def bench_site_config(source: str) -> dict[str, object]:
    """4 EPEs x 8 cameras, every camera the default streams, all from ``source``."""
    positions = ["gate", "storage_door", "storage_yard", "inside_storage", "other"]
    epes = []
    for e in range(4):
        epes.append(
            {
                "name": f"DNCX thử tải {e + 1}",
                "tax_id": f"010000000{e + 1}",
                "account": {"user": f"hq_bench{e + 1}", "password": f"Bench{e + 1}secret"},
                "cameras": [
                    {"diagram_number": n, "position": positions[n % len(positions)]}
                    for n in range(1, 9)
                ],
            }
        )
    return {"version": 1, "source": source, "loop_seconds": 10, "epes": epes}


def process_cpu_seconds(pid: int) -> float:
    """utime + stime of a process (all its threads), from /proc/PID/stat."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


def thread_cpu() -> dict[int, float]:
    """CPU seconds of each of this process's threads, by thread id. (Neither Python's threads
    nor libVLC's name themselves, so a name says nothing; the GUI thread's id is the pid.)"""
    out: dict[int, float] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[int(task.name)] = (int(fields[11]) + int(fields[12])) / TICKS
    return out


def thread_summary(before: dict[int, float], after: dict[int, float], span: float) -> str:
    """The GUI thread's share, the busiest other thread's, and how many threads did work."""
    pct = {tid: (after[tid] - before.get(tid, 0.0)) / span * 100 for tid in after}
    gui = pct.pop(os.getpid(), 0.0)
    others = sorted(pct.values(), reverse=True)
    busy = sum(1 for p in others if p >= 1)
    top = ", ".join(f"{p:.0f}" for p in others[:4])
    return f"GUI thread {gui:.0f}%, {len(others)} other threads ({busy} above 1%), busiest {top} %"


def xvfb_pid() -> int | None:
    display = os.environ.get("DISPLAY", "")
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            argv = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if argv and argv[0].endswith(b"Xvfb") and display.encode() in argv:
            return int(proc.name)
    return None


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def wait(app: QApplication, predicate: Callable[[], bool], timeout: float) -> bool:
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


def make_walls(
    app: QApplication, streams: list[Stream], walls: int, wall_size: tuple[int, int]
) -> tuple[list[QWidget], list[QWidget]]:
    """``walls`` top-level windows side by side, the tiles split between them in square grids."""
    per_wall = -(-len(streams) // walls)
    side = max(1, int(per_wall**0.5 + 0.999))
    tops: list[QWidget] = []
    surfaces: list[QWidget] = []
    for w in range(walls):
        top = QWidget()
        top.setWindowTitle(f"wall {w + 1}")
        grid = QGridLayout(top)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(2)
        for i in range(min(per_wall, len(streams) - w * per_wall)):
            surface = QWidget()
            surface.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
            grid.addWidget(surface, i // side, i % side)
            surfaces.append(surface)
        top.setGeometry(w * wall_size[0], 0, *wall_size)
        tops.append(top)
    return tops, surfaces


def run_client(
    app: QApplication,
    streams: list[Stream],
    seconds: float,
    walls: int,
    wall_size: tuple[int, int],
    sim_pid: int,
    x_pid: int | None,
    stagger_ms: int,
) -> dict[str, object]:
    base_rss = rss_mib()
    tops, surfaces = make_walls(app, streams, walls, wall_size)
    controllers: list[StreamController] = []
    firsts: dict[int, float] = {}
    shown: dict[int, float] = {}  # first picture, counted from the moment the wall opened
    retries: list[str] = []
    for i, (url, creds) in enumerate(streams):
        controllers.append(StreamController(url, lambda c=creds: c))
        controllers[-1].first_picture.connect(lambda t, i=i: firsts.__setitem__(i, t))
        controllers[-1].first_picture.connect(
            lambda _t, i=i: shown.__setitem__(i, time.monotonic() - opened)
        )
        # A tile whose first attempt fails shows its picture from its retry: "first s" counts
        # from that retry, so say which tile retried and why ("all s" shows the cost).
        controllers[-1].status_changed.connect(
            lambda s, i=i: s.state in (StreamState.RECONNECTING, StreamState.FAILED)
            and retries.append(
                f"tile {i + 1} at {time.monotonic() - opened:.2f} s: "
                f"{s.failure.name if s.failure else '?'} {s.detail[:80]}"
            )
        )
    for top in tops:
        top.show()
    pump(app, 0.5)
    for surface, c in zip(surfaces, controllers, strict=True):
        c.set_window(int(surface.winId()))
    # As the wall does (app.wall.opening): row by row, ``stagger_ms`` apart; 0: all at once.
    queue = OpenQueue(spacing_ms=stagger_ms)
    per_wall = -(-len(streams) // walls)
    side = max(1, int(per_wall**0.5 + 0.999))
    opened = time.monotonic()
    for i, c in enumerate(controllers):
        if stagger_ms:
            wall, cell = divmod(i, per_wall)
            queue.request(i, (cell // side, wall * side + cell % side), c.play)
        else:
            c.play()
    ok = wait(app, lambda: all(c.status.state is StreamState.LIVE for c in controllers), 30)
    pump(app, 2.0)  # settle
    start_stats = [c.displayed_and_lost() for c in controllers]
    threads0 = thread_cpu()
    sim0 = process_cpu_seconds(sim_pid)
    x0 = process_cpu_seconds(x_pid) if x_pid else 0.0
    cpu0 = process_cpu_seconds(os.getpid())
    t0 = time.monotonic()
    pump(app, seconds)
    t1 = time.monotonic()
    cpu1 = process_cpu_seconds(os.getpid())
    sim1 = process_cpu_seconds(sim_pid)
    x1 = process_cpu_seconds(x_pid) if x_pid else 0.0
    threads1 = thread_cpu()
    end_stats = [c.displayed_and_lost() for c in controllers]
    rss = rss_mib()
    t = time.monotonic()
    for c in controllers:
        c.release()
    stop_s = time.monotonic() - t
    for top in tops:
        top.close()
        top.deleteLater()
    pump(app, 1.0)
    span = t1 - t0
    fps = [(e[0] - s[0]) / span for s, e in zip(start_stats, end_stats, strict=True)]
    lost = sum(e[1] - s[1] for s, e in zip(start_stats, end_stats, strict=True))
    return {
        "all_live": ok,
        "cpu_pct": (cpu1 - cpu0) / span * 100,
        "sim_pct": (sim1 - sim0) / span * 100,
        "x_pct": (x1 - x0) / span * 100,
        "rss_mib": rss,
        "rss_per_tile": (rss - base_rss) / len(streams),
        "first_mean": statistics.mean(firsts.values()) if firsts else float("nan"),
        "first_max": max(firsts.values()) if firsts else float("nan"),
        "all_shown": max(shown.values()) if shown else float("nan"),
        "fps_min": min(fps),
        "fps_mean": statistics.mean(fps),
        "lost": lost,
        "stop_s": stop_s,
        "threads": thread_summary(threads0, threads1, span),
        "retries": retries,
    }


def run_floor(streams: list[Stream], seconds: float) -> float:
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
        try:
            p.wait(timeout=max(1.0, t0 + seconds + 30 - time.monotonic()))
        except subprocess.TimeoutExpired:
            p.kill()  # behind real time on a busy machine: its CPU so far still counts
            p.wait()
    span = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return used / span * 100


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--live", action="store_true", help="live-encoded cameras (the old rig)")
    parser.add_argument("--cases", default="4 sub,16 sub,1 main,32 sub")
    parser.add_argument(
        "--loop-cache",
        default=str(Path(tempfile.gettempdir()) / "epewall-bench-loops"),
        help="where the loop cameras' encoded pictures are kept between runs",
    )
    parser.add_argument(
        "--stagger-ms",
        type=int,
        default=DEFAULT_SPACING_MS,
        help="tiles start row by row this far apart, as the wall does; 0: all at once",
    )
    parser.add_argument(
        "--vlc-arg", action="append", default=[], help="an extra libVLC option, to try one"
    )
    args = parser.parse_args()
    if args.vlc_arg:
        base_args = vlcplayer.vlc_args
        vlcplayer.vlc_args = lambda: base_args() + args.vlc_arg  # type: ignore[assignment]
    app = QApplication(sys.argv[:1])
    screen = app.primaryScreen().geometry()
    x_pid = xvfb_pid()
    with tempfile.TemporaryDirectory() as work:
        config = Path(work) / "bench_site.json"
        source = "live" if args.live else "loop"
        config.write_text(json.dumps(bench_site_config(source), ensure_ascii=False))
        site = SimulatedSite(
            config=config, workdir=Path(work) / "site", loop_cache=Path(args.loop_cache)
        )
        t = time.monotonic()
        desc = site.start(timeout=300)
        assert site.pid is not None
        print(
            f"{source} site of {sum(len(e.cameras) for e in desc.epes)} cameras started in "
            f"{time.monotonic() - t:.2f} s; screen {screen.width()}x{screen.height()}; "
            f"Xvfb pid {x_pid}; extra VLC args {args.vlc_arg or 'none'}; "
            f"tiles {args.stagger_ms} ms apart"
        )
        cams = [(c, e) for e in desc.epes for c in e.cameras]
        subs = [(c.sub_url, (e.user, e.password)) for c, e in cams]
        mains = [(c.main_url, (e.user, e.password)) for c, e in cams]
        # walls, size of one wall window
        all_cases = {
            "4 sub": (subs[:4], 1, (960, 540)),
            "16 sub": (subs[:16], 1, (1920, 1080)),
            "1 main": (mains[:1], 1, (1920, 1080)),
            "32 sub": (subs[:32], 2, (1920, 1080)),
        }
        if "1 main" in args.cases:
            # a main loop is encoded at first use: do it before the clock runs
            run_floor(mains[:1], 1.0)
        header = (
            f"{'case':7} {'CPU%':>6} {'floor%':>7} {'ratio':>6} {'first s':>8} {'max s':>6} "
            f"{'fps min':>8} {'fps avg':>8} {'lost':>5} {'RSS MiB':>8} {'/tile':>6} "
            f"{'sim%':>5} {'Xvfb%':>6} {'load':>5}"
        )
        print(header)
        try:
            for name in [c.strip() for c in args.cases.split(",")]:
                streams, walls, size = all_cases[name]
                r = run_client(
                    app, streams, args.seconds, walls, size, site.pid, x_pid, args.stagger_ms
                )
                floor = run_floor(streams, args.seconds)
                cpu = float(r["cpu_pct"])  # type: ignore[arg-type]
                print(
                    f"{name:7} {cpu:6.1f} {floor:7.1f} {cpu / floor:6.2f} "
                    f"{r['first_mean']:8.2f} {r['first_max']:6.2f} {r['all_shown']:6.2f} "
                    f"{r['fps_min']:8.1f} {r['fps_mean']:8.1f} {r['lost']:5.0f} "
                    f"{r['rss_mib']:8.0f} {r['rss_per_tile']:6.1f} "
                    f"{r['sim_pct']:5.1f} {r['x_pct']:6.1f} {os.getloadavg()[0]:5.1f}"
                    + ("" if r["all_live"] else "  (not all live)"),
                    flush=True,
                )
                print(f"        threads: {r['threads']}", flush=True)
                for retry in r["retries"]:  # type: ignore[attr-defined]
                    print(f"        retried: {retry}", flush=True)
        finally:
            # what went wrong on the rig's side, so a simulator fault is not taken for the client's
            log_path = site.log_path
            rig_warnings = (
                [
                    line
                    for line in log_path.read_text(errors="replace").splitlines()
                    if " WARNING " in line
                ]
                if log_path is not None and log_path.exists()
                else []
            )
            site.stop()
            for line in rig_warnings[-20:]:
                print(f"simulator: {line}", flush=True)
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
