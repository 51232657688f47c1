"""What a camera costs the simulator: live-encoded against a pre-encoded loop. Prints figures.

Run: installer/headless.sh .venv/bin/python tests/bench/sim_loop_bench.py [--cameras 8]
     [--seconds 20]

For each source (live, loop) the wall bench's site runs alone and ``--cameras`` sub streams (and
then one main stream) are read by `ffmpeg -c copy -f null` (no decode: a client that costs next to
nothing); the simulator's CPU over the window (/proc/PID/stat, all its threads) is printed in
total and per camera. A loop camera's cost is the RTP payloader, the digest-auth RTSP server and
the outage front (a Python proxy) that every camera has; a live camera adds drawing and encoding.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.media.puller import with_credentials
from app.simsite.site import SimulatedSite
from tests.bench.wall_bench import bench_site_config, process_cpu_seconds


def measure(site: SimulatedSite, urls: list[str], seconds: float) -> float:
    """The simulator's CPU (% of one core) while ``urls`` are read without decoding."""
    assert site.pid is not None
    procs = [
        subprocess.Popen(
            ["ffmpeg", "-nostdin", "-loglevel", "error", "-rtsp_transport", "tcp", "-i", url]
            + ["-t", str(seconds + 4), "-c", "copy", "-f", "null", "-"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for url in urls
    ]
    time.sleep(3)  # connected and encoding
    cpu0, t0 = process_cpu_seconds(site.pid), time.monotonic()
    time.sleep(seconds)
    cpu1, t1 = process_cpu_seconds(site.pid), time.monotonic()
    for p in procs:
        p.wait(timeout=60)
    return (cpu1 - cpu0) / (t1 - t0) * 100


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cameras", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument(
        "--loop-cache", default=str(Path(tempfile.gettempdir()) / "epewall-bench-loops")
    )
    args = parser.parse_args()
    print(f"{'source':6} {'streams':>12} {'sim CPU%':>9} {'per camera':>11}")
    for source in ("live", "loop"):
        with tempfile.TemporaryDirectory() as work:
            config = Path(work) / "site.json"
            config.write_text(json.dumps(bench_site_config(source), ensure_ascii=False))
            site = SimulatedSite(
                config=config, workdir=Path(work) / "site", loop_cache=Path(args.loop_cache)
            )
            desc = site.start(timeout=300)
            try:
                cams = [(c, e) for e in desc.epes for c in e.cameras]
                subs = [with_credentials(c.sub_url, e.user, e.password) for c, e in cams]
                mains = [with_credentials(c.main_url, e.user, e.password) for c, e in cams]
                if source == "loop":
                    measure(site, mains[:1], 1.0)  # the main loop is encoded at first use
                assert site.pid is not None
                idle0, t = process_cpu_seconds(site.pid), time.monotonic()
                time.sleep(5)
                idle = (process_cpu_seconds(site.pid) - idle0) / (time.monotonic() - t) * 100
                print(f"{source:6} {'none (idle)':>12} {idle:9.1f}")
                for label, urls in (
                    (f"{args.cameras} sub", subs[: args.cameras]),
                    ("1 main", mains[:1]),
                ):
                    pct = measure(site, urls, args.seconds)
                    print(f"{source:6} {label:>12} {pct:9.1f} {pct / len(urls):11.1f}", flush=True)
            finally:
                site.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
