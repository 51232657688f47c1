"""The EPE status board at scale: 500 EPEs, 4,000 mandatory cameras, a year of state changes
(about one outage and its return per camera every four days: ~370,000 rows). Prints figures;
asserts nothing. Target from issue #13: the board renders in <= 200 ms.

Run: installer/headless.sh .venv/bin/python tests/bench/board_bench.py [--runs 5]

"load" is what the board's Job does off the GUI thread (the health store's current states and
this month's availability per day, the open records, the rows); "show" is what the GUI thread
does with them (fill the table and the details of the selected EPE).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

EPES = 500
CAMERAS_PER_EPE = 8
DAYS = 365


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    """Median and worst wall time in ms over ``runs`` calls after one uncounted warm-up."""
    times = []
    result = fn()
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="where a refresh load goes")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="board-bench-")
    os.environ["EPEWALL_HOME"] = home

    from PySide6.QtWidgets import QApplication

    from app.domain import Camera, CameraPosition, Epe
    from app.health.status import BoardSource, load_board
    from app.health.store import HealthStore
    from app.interruptions.model import InterruptionKind
    from app.interruptions.register import InterruptionRegister
    from app.sites.registry import Registry
    from app.timekeeping import VIETNAM, to_utc_iso
    from tests.bench.rotation_bench import tax_ids
    from widgets.health.board import StatusBoard

    app = QApplication.instance() or QApplication(sys.argv)
    rng = random.Random(13)
    now = dt.datetime(2026, 12, 20, 10, tzinfo=VIETNAM).astimezone(dt.UTC)
    start = time.perf_counter()
    registry = Registry()
    positions = list(CameraPosition)[:4]
    with registry.transaction():
        epes = [
            registry.add_epe(Epe(f"Công ty TNHH Sản xuất {i:03d}", tax_id))
            for i, tax_id in enumerate(tax_ids(EPES), start=1)
        ]
        cameras = [
            registry.add_camera(Camera(epe.id or 0, n, positions[(n - 1) % 4], f"Camera {n}"))
            for epe in epes
            for n in range(1, CAMERAS_PER_EPE + 1)
        ]
    print(f"setup: {len(epes)} EPEs, {len(cameras)} cameras in {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    first = now - dt.timedelta(days=DAYS)
    changes: list[tuple[Any, ...]] = []
    current: list[tuple[Any, ...]] = []
    dark = {epe.id for epe in rng.sample(epes, 5)}
    for camera in cameras:
        at = first
        rows = [(at, "ok")]
        while True:
            at += dt.timedelta(hours=rng.expovariate(1 / 96))  # an outage every ~4 days
            if at >= now:
                break
            rows.append((at, rng.choice(["unreachable", "no_picture", "wrong_account"])))
            at += dt.timedelta(minutes=rng.expovariate(1 / 90))
            if at >= now:
                break
            rows.append((at, "ok"))
        if camera.epe_id in dark:
            rows.append((now - dt.timedelta(hours=3), "unreachable"))
        for when, condition in rows:
            changes.append(
                (
                    camera.id,
                    camera.epe_id,
                    camera.diagram_number,
                    to_utc_iso(when),
                    condition,
                    "",
                    "monitor",
                )
            )
        when, condition = rows[-1]
        current.append(
            (
                camera.id,
                camera.epe_id,
                camera.diagram_number,
                condition,
                to_utc_iso(when),
                to_utc_iso(now),
                "",
                "monitor",
            )
        )
    with registry.database() as db:
        db.conn.executemany(
            "INSERT INTO health_changes (camera_id, epe_id, camera_number, at, condition, detail, "
            "source) VALUES (?, ?, ?, ?, ?, ?, ?)",
            changes,
        )
        db.conn.executemany(
            "INSERT INTO health_current (camera_id, epe_id, camera_number, condition, since, "
            "checked_at, detail, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            current,
        )
        db.execute("ANALYZE")
    size = Path(registry.path).stat().st_size if hasattr(registry, "path") else 0
    print(
        f"state changes: {len(changes):,} rows over {DAYS} days in "
        f"{time.perf_counter() - start:.1f} s" + (f", file {size / 2**20:.1f} MiB" if size else "")
    )

    # 60 open records through the register (the monitor opens them so), some past the deadline.
    start = time.perf_counter()
    register = InterruptionRegister(registry, lambda: now)
    for i, epe in enumerate(rng.sample(epes, 60)):
        register.open(
            epe.id or 0,
            InterruptionKind.EQUIPMENT if i % 2 else InterruptionKind.TRANSMISSION,
            [1, 2],
            now - dt.timedelta(days=rng.randint(1, 25)),
            officer_code="",
            cause="bench",
            source="monitor",
        )
    print(f"60 open interruptions in {time.perf_counter() - start:.1f} s")

    store = HealthStore(registry, lambda: now, stale_after=dt.timedelta(days=30))
    first, first_worst, rows = timed(lambda: load_board(registry, store, register, now), 1)
    print(f"first load (Job, off the GUI thread): {first:.0f} ms, {len(rows)} rows")
    source = BoardSource(registry, store, register)
    median, worst, rows = timed(lambda: source.load(now), args.runs)
    if args.profile:
        import cProfile
        import pstats

        cProfile.runctx("source.load(now)", globals(), locals(), "/tmp/board-load.prof")
        pstats.Stats("/tmp/board-load.prof").sort_stats("tottime").print_stats(12)
    print(f"refresh load (Job; finished days kept): median {median:.0f} ms, worst {worst:.0f} ms")
    board = StatusBoard(lambda: rows, clock=lambda: now)
    board.resize(1366, 300)
    board.show()
    app.processEvents()

    def show() -> None:
        board.set_rows(rows)
        board.select_epe(rows[0].epe_id)
        app.processEvents()

    median_show, worst_show, _ = timed(show, args.runs)
    print(f"show (GUI thread): median {median_show:.0f} ms, worst {worst_show:.0f} ms")
    print(
        f"board total: median {median + median_show:.0f} ms (target <= 200 ms); "
        f"first rows: {[r.severity.name for r in rows[:7]]}"
    )
    board.shutdown()
    registry.close()


if __name__ == "__main__":
    main()
