"""Soak of the live wall: N sub-stream tiles for T minutes with every EPE's cameras cut once a
minute (the simulator's outage control), printing the client's RSS each minute and its growth.
Prints figures; asserts nothing.

Run: installer/headless.sh .venv/bin/python tests/bench/soak_bench.py [--tiles 16] [--minutes 60]

The site is wall_bench's loop site (pre-encoded cameras, so the simulator does not starve the
client). Each minute every EPE goes "refused" (open connections cut, new ones refused) until every
tile has left LIVE, then comes back; the minute's line says how many tiles were live again, the
RSS, and the growth since the first minute. The slope is a least-squares fit of RSS over minutes
1..T (minute 0 is the wall still filling its pools).

Measured 2026-12-02, 16 tiles, 10 minutes, 2 shared cores under load (7-24 from other work):
before this branch RSS 289 -> 594 MiB, +19.5 MiB/min over minutes 1..10 and one tile never came
back after the first cut; with the media released, freed heap given back (malloc_trim after
stops) and one avcodec thread per tile: 231 -> 363 MiB, +3.6 MiB/min, every tile back each
minute. Most of the growth was glibc keeping what libVLC's per-input threads freed (a
malloc_trim gave back 8-22 MiB after each round of 4 tiles); the first reconnect still adds
~90 MiB that stays. The issue asks for an hour: run --minutes 60.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication

from app.media.stream import StreamController, StreamState
from app.simsite.site import SimulatedSite, set_outage
from tests.bench.wall_bench import bench_site_config, make_walls, pump, rss_mib, wait


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tiles", type=int, default=16)
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument(
        "--loop-cache", default=str(Path(tempfile.gettempdir()) / "epewall-bench-loops")
    )
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as work:
        config = Path(work) / "bench_site.json"
        config.write_text(json.dumps(bench_site_config("loop"), ensure_ascii=False))
        site = SimulatedSite(
            config=config, workdir=Path(work) / "site", loop_cache=Path(args.loop_cache)
        )
        desc = site.start(timeout=300)
        try:
            cams = [(c, e) for e in desc.epes for c in e.cameras][: args.tiles]
            tops, surfaces = make_walls(app, [("", ("", ""))] * len(cams), 1, (1920, 1080))
            controllers = [
                StreamController(c.sub_url, lambda e=e: (e.user, e.password)) for c, e in cams
            ]
            for top in tops:
                top.show()
            pump(app, 0.5)
            for surface, c in zip(surfaces, controllers, strict=True):
                c.set_window(int(surface.winId()))
                c.play()

            def live() -> int:
                return sum(c.status.state is StreamState.LIVE for c in controllers)

            wait(app, lambda: live() == len(controllers), 30)
            print(f"{args.tiles} tiles, {args.minutes:g} min, every tile cut once a minute")
            print(f"{'minute':>6} {'live':>5} {'RSS MiB':>8} {'growth':>7} {'back s':>7}")
            rss: list[float] = []
            started = time.monotonic()
            minute = 0
            while True:
                rss.append(rss_mib())
                print(
                    f"{minute:6d} {live():5d} {rss[-1]:8.1f} {rss[-1] - rss[0]:+7.1f}",
                    end="",
                    flush=True,
                )
                if minute >= args.minutes:
                    print()
                    break
                # Cut every EPE, wait until every tile noticed, bring them back.
                for epe in desc.epes:
                    set_outage(desc, epe.tax_id, "refused")
                wait(app, lambda: live() == 0, 20)
                for epe in desc.epes:
                    set_outage(desc, epe.tax_id, "none")
                t = time.monotonic()
                wait(app, lambda: live() == len(controllers), 30)
                behind = [
                    f"tile {i}: {c.status.state.value}"
                    + (f" ({c.status.failure.value})" if c.status.failure else "")
                    for i, c in enumerate(controllers)
                    if c.status.state is not StreamState.LIVE
                ]
                print(f" {time.monotonic() - t:7.2f}  {'; '.join(behind)}", flush=True)
                minute += 1
                pump(app, max(0.0, started + minute * 60 - time.monotonic()))
            for c in controllers:
                c.release()
            xs = list(range(1, len(rss)))
            ys = rss[1:]
            if len(xs) >= 2:
                slope = statistics.linear_regression(xs, ys).slope
                print(
                    f"RSS {rss[0]:.1f} -> {rss[-1]:.1f} MiB; slope over minutes 1..{xs[-1]}: "
                    f"{slope:+.2f} MiB/min ({slope * 60:+.0f} MiB/hour)"
                )
        finally:
            site.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
