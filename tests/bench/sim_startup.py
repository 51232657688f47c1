"""Benchmark of the simulated EPE site (prints figures; not a test).

    .venv/bin/python -m tests.bench.sim_startup [--runs 5] [--window 5]    (from the project root)

Prints the start time (until every EPE listens and the description is written), the time to the
first ffprobe answer on a main and a sub stream, the first decoded frame through a camera's outage
front and straight from the RTSP server (interleaved, so both meet the same load), and the
server's CPU use while idle, while one main stream is watched, and after the viewer has left (the
pipeline must be gone again).
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

from app.simsite.site import SimEpe, SimulatedSite
from tests.helpers.sim_fixtures import FFMPEG, probe_stream, with_credentials

TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    # utime and stime are fields 14 and 15 of /proc/PID/stat; the split starts at field 3.
    return (int(fields[11]) + int(fields[12])) / TICKS_PER_SECOND


def cpu_percent(pid: int, seconds: float) -> float:
    before, start = cpu_seconds(pid), time.monotonic()
    time.sleep(seconds)
    return 100 * (cpu_seconds(pid) - before) / (time.monotonic() - start)


def first_answer(epe: SimEpe, url: str) -> float:
    start = time.monotonic()
    probe = probe_stream(with_credentials(url, epe.user, epe.password))
    elapsed = time.monotonic() - start
    if probe.returncode != 0:
        raise SystemExit(f"ffprobe failed on {url}: {probe.stderr.strip()}")
    return elapsed


def first_frame(epe: SimEpe, url: str) -> float:
    """Seconds to the first decoded frame, opened as the wall's puller opens a stream."""
    import av

    start = time.monotonic()
    options = {"rtsp_transport": "tcp", "probesize": "32", "analyzeduration": "0"}
    with av.open(with_credentials(url, epe.user, epe.password), options=options, timeout=5) as c:
        for _frame in c.decode(video=0):
            break
    return time.monotonic() - start


def front_against_direct(epe: SimEpe, rounds: int) -> tuple[list[float], list[float]]:
    fronts, directs = [], []
    for index in range(rounds):
        for camera in epe.cameras[:3]:
            front = camera.main_url
            direct = front.replace(f":{camera.front_port}/", f":{epe.rtsp_port}/")
            order = [(fronts, front), (directs, direct)]
            for into, url in order if index % 2 else order[::-1]:
                into.append(first_frame(epe, url))
    return fronts, directs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="start/stop cycles to average")
    parser.add_argument("--window", type=float, default=5.0, help="CPU measuring window, s")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="epewall-bench-") as scratch:
        starts, stops, mains, subs = [], [], [], []
        for run in range(args.runs):
            site = SimulatedSite(workdir=Path(scratch) / f"run{run}")
            t0 = time.monotonic()
            description = site.start()
            starts.append(time.monotonic() - t0)
            epe = description.epes[0]
            mains.append(first_answer(epe, epe.cameras[0].main_url))
            subs.append(first_answer(epe, epe.cameras[1].sub_url))
            t0 = time.monotonic()
            site.stop()
            stops.append(time.monotonic() - t0)
            if site.returncode != 0:
                raise SystemExit(f"the site exited with {site.returncode}:\n{site.final_log_tail}")

        def line(label: str, values: list[float]) -> str:
            return (
                f"{label:<38} mean {statistics.mean(values):6.3f} s   "
                f"min {min(values):6.3f}   max {max(values):6.3f}"
            )

        print(f"simulated site, {args.runs} runs ({os.cpu_count()} CPUs)")
        print(line("start (all EPEs listening)", starts))
        print(line("first ffprobe answer, main 1080p30", mains))
        print(line("first ffprobe answer, sub 360p15", subs))
        print(line("stop (SIGTERM to exit)", stops))

        site = SimulatedSite(workdir=Path(scratch) / "fronts")
        try:
            fronts, directs = front_against_direct(site.start().epes[0], args.runs)
        finally:
            site.stop()
        print(line("first frame, main, through the front", fronts))
        print(line("first frame, main, straight to server", directs))
        print(
            f"{'  medians (front / direct)':<38} {statistics.median(fronts):.3f} / "
            f"{statistics.median(directs):.3f} s"
        )

        site = SimulatedSite(workdir=Path(scratch) / "cpu")
        description = site.start()
        pid = site.pid
        assert pid is not None
        try:
            print(f"server CPU idle:                        {cpu_percent(pid, args.window):5.1f} %")
            epe = description.epes[0]
            url = with_credentials(epe.cameras[0].main_url, epe.user, epe.password)
            viewer = subprocess.Popen(
                [FFMPEG, "-v", "error", "-rtsp_transport", "tcp", "-i", url]
                + ["-t", str(args.window + 4), "-f", "null", "-"],
                stdin=subprocess.DEVNULL,
            )
            try:
                time.sleep(2)  # past pipeline start-up and the first key frame
                busy = cpu_percent(pid, args.window)
                print(f"server CPU, one main stream watched:    {busy:5.1f} % of one core")
            finally:
                viewer.wait()
            time.sleep(1)
            after = cpu_percent(pid, args.window)
            print(f"server CPU after the viewer left:       {after:5.1f} %")
            stopped = site.log_text().count("encoding stopped")
            started = site.log_text().count("encoding started")
            print(f"pipelines started / torn down:          {started} / {stopped}")
        finally:
            site.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
