"""Camera health at scale: one sweep of 4,000 cameras on 500 EPEs, and availability over a year
of state changes. Prints figures; asserts nothing. Goals from issue #13: a sweep in <= 60 s,
<= 25 % of one core on average, <= 150 MiB; month availability queries in milliseconds.

Run: .venv/bin/python tests/bench/health_bench.py [--epes 500] [--cameras-per-epe 8]

A cheap RTSP responder (asyncio, one port per EPE, in a separate process) stands in for the
cameras: it answers OPTIONS and DESCRIBE with Digest and sends no media, so the sweep measured
here is the OPTIONS/DESCRIBE look without frame samples (those run at a slower rate: one EPE's
share of them per sweep). 4 % of the EPEs are dead (nothing listening), 1 % silent (accepts,
never answers: costs one deadline each), 4 % have changed their password. Accounts come from
memory, not the keyring (one keyring read per EPE per sweep is extra; measured at the end).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

RESPONDER = """
import json, sys, threading
sys.path.insert(0, {root!r})
from tests.helpers.rtsp_responder import PortSpec, Responder
kinds = json.loads(sys.argv[1])
specs = [PortSpec(behaviour=k if k in ("silent", "garbage") else "ok") for k in kinds]
r = Responder(specs)
r.start()
print(json.dumps([s.port for s in specs]), flush=True)
r.run_forever()
"""


def rss_mib() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MiB."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS", "VmHWM")):
            name, amount = line.split(":")
            values[name] = int(amount.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--epes", type=int, default=500)
    parser.add_argument("--cameras-per-epe", type=int, default=8)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument(
        "--spread", type=float, default=30.0, help="seconds the monitor spreads a sweep over"
    )
    options = parser.parse_args()
    home = tempfile.mkdtemp(prefix="epewall-health-bench-")
    os.environ["EPEWALL_HOME"] = home

    from PySide6.QtCore import QCoreApplication

    from app.domain import Camera, CameraPosition, Epe
    from app.health.probe import LoginGuard
    from app.health.store import HealthStore
    from app.health.sweep import load_targets, run_sweep
    from app.sites.registry import Registry
    from app.timekeeping import Month
    from app.workers import run_to_end

    _app = QCoreApplication([])
    rng = random.Random(13)
    kinds = []
    for index in range(options.epes):
        roll = index % 100
        kinds.append(
            "dead" if roll < 4 else "silent" if roll == 4 else "wrong" if roll < 9 else "ok"
        )
    responder = subprocess.Popen(
        [sys.executable, "-c", RESPONDER.format(root=str(ROOT)), json.dumps(kinds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert responder.stdout is not None
        ports = json.loads(responder.stdout.readline())
        registry = Registry()
        positions = list(CameraPosition)[:4]
        started = time.perf_counter()
        with registry.transaction():
            for index, kind in enumerate(kinds):
                port = 1 if kind == "dead" else ports[index]  # port 1: nothing listens
                epe = registry.add_epe(
                    Epe(f"DNCX {index:03d}", _tax_id(index), account_user="giamsat")
                )
                assert epe.id is not None
                for number in range(1, options.cameras_per_epe + 1):
                    base = f"rtsp://127.0.0.1:{port}/Streaming/Channels/{number}0"
                    registry.add_camera(
                        Camera(epe.id, number, positions[number % 4], "", base + "1", base + "2")
                    )
        print(f"registry of {options.epes} EPEs: {time.perf_counter() - started:.1f} s to fill")
        wrong = {e.uid for e, k in zip(registry.list_epes(), kinds, strict=False) if k == "wrong"}
        store = HealthStore(registry)

        def account_for(target: object) -> object:
            uid = target.epe_uid  # type: ignore[attr-defined]
            password = "changed-by-EPE" if uid in wrong else "Mk-2026!"
            return lambda: ("giamsat", password)

        guard = LoginGuard()
        for label, spread in (
            ("first sweep, all at once (every camera new)", 0.0),
            ("second sweep, all at once (steady)", 0.0),
            (f"third sweep, spread over {options.spread:g} s as the monitor does", options.spread),
        ):
            rss_before, _ = rss_mib()
            cpu_before = resource.getrusage(resource.RUSAGE_SELF)
            started = time.perf_counter()
            targets = load_targets(registry)
            results = run_to_end(
                run_sweep(
                    targets,
                    account_for,  # type: ignore[arg-type]
                    guard,
                    concurrency=options.concurrency,
                    on_epe_done=lambda t, found: store.record(found),
                    spread_seconds=spread,
                )
            )
            wall = time.perf_counter() - started
            cpu_after = resource.getrusage(resource.RUSAGE_SELF)
            cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (
                cpu_after.ru_stime - cpu_before.ru_stime
            )
            rss, peak = rss_mib()
            counts: dict[str, int] = {}
            for result in results:
                counts[result.condition.value] = counts.get(result.condition.value, 0) + 1
            print(
                f"{label}: {len(results)} cameras of {len(targets)} EPEs in {wall:.1f} s, "
                f"CPU {cpu:.1f} s = {100 * cpu / wall:.0f} % of one core during the sweep, "
                f"{100 * cpu / 120:.1f} % averaged over the 120 s poll; "
                f"RSS {rss_before:.0f} -> {rss:.0f} MiB (peak {peak:.0f} MiB); {counts}"
            )
        changes = registry._db.execute("SELECT count(*) FROM health_changes").fetchone()[0]
        print(f"state change rows after three sweeps: {changes} (one per camera, not per poll)")

        # A year of changes for every camera: about two outages a week, 5 min to 3 h each.
        cameras = [(c.id, c.epe_id, c.diagram_number) for c in registry.list_cameras()]
        start = dt.datetime(2025, 12, 1, tzinfo=dt.UTC)
        rows = []
        for camera_id, epe_id, number in cameras:
            moment = start
            rows.append((camera_id, epe_id, number, moment.isoformat(), "ok", "", "monitor"))
            while True:
                moment += dt.timedelta(hours=rng.uniform(12, 160))
                if moment.year == 2026 and moment.month == 12:
                    break
                down = rng.choice(["unreachable", "no_picture", "unreachable", "unknown"])
                rows.append((camera_id, epe_id, number, moment.isoformat(), down, "", "monitor"))
                moment += dt.timedelta(minutes=rng.uniform(5, 180))
                rows.append((camera_id, epe_id, number, moment.isoformat(), "ok", "", "monitor"))
        started = time.perf_counter()
        with registry.database() as db:
            db.execute("DELETE FROM health_changes")
            db.conn.executemany(
                "INSERT INTO health_changes "
                "(camera_id, epe_id, camera_number, at, condition, detail, source) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        print(
            f"a year of changes: {len(rows)} rows for {len(cameras)} cameras, "
            f"written in {time.perf_counter() - started:.1f} s"
        )
        registry._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        path = registry.path
        assert path is not None
        print(f"registry file: {path.stat().st_size / 2**20:.1f} MiB")
        ids = [c[0] for c in cameras]
        month = Month(2026, 6)
        for label, run in (
            (
                "availability of one camera, a month by day",
                lambda: store.availability(ids[7], month.first_day, month.last_day),
            ),
            ("month availability of one EPE (8 cameras)", lambda: store.monthly(ids[:8], month)),
            ("month availability of all 4,000 cameras", lambda: store.monthly(ids, month)),
            ("current state of all cameras", lambda: store.current()),
            (
                "one EPE's changes of the month",
                lambda: store.changes(
                    cameras[0][1],
                    None,
                    dt.datetime(2026, 6, 1, tzinfo=dt.UTC),
                    dt.datetime(2026, 7, 1, tzinfo=dt.UTC),
                ),
            ),
        ):
            run()
            times = []
            for _ in range(5):
                started = time.perf_counter()
                run()
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            print(f"{label}: median {times[2]:.1f} ms, worst {times[-1]:.1f} ms")
        registry.close()
        _keyring_reads(options.epes)
    finally:
        responder.terminate()
        responder.wait(10)


def _keyring_reads(epes: int) -> None:
    """What reading every EPE's password from the keyring adds to a sweep (the benchmark's
    accounts come from memory)."""
    from app.secrets import CredentialStore, KeyringState

    store = CredentialStore()
    if store.status().state is not KeyringState.READY:
        print("keyring: not ready here, reads not measured")
        return
    store.set_password("bench-health", "Mk-2026!")
    try:
        started = time.perf_counter()
        for _ in range(100):
            store.account("bench-health", "giamsat")
        each = (time.perf_counter() - started) * 10
        print(
            f"keyring read: {each:.1f} ms each, {each * epes / 1000:.1f} s of worker time for "
            f"{epes} EPEs a sweep (spread over {16} workers)"
        )
    finally:
        store.delete_password("bench-health")


def _tax_id(index: int) -> str:
    """A valid 10-digit Vietnamese tax ID (MST) per index (its check digit computed)."""
    from stdnum.vn import mst

    base = 100000000 + index * 7
    while True:
        digits = f"{base:09d}"
        candidate = digits + str(mst.calc_check_digit(digits))[-1]
        if mst.is_valid(candidate):
            return candidate
        base += 1


if __name__ == "__main__":
    main()
