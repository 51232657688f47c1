"""Event-to-dock latency: devices subscribed by the real ``WarningsManager``, their warnings
through the real ``WarningFeed`` into a real, shown ``WarningsDock``. Prints figures; asserts
nothing.

Run: installer/headless.sh .venv/bin/python tests/bench/warnings_dock_bench.py [--devices 500]
     [--rounds 10] [--per-round 50]

The devices are ``warnings_bench``'s cheap ONVIF events responder (another process). The latency
is from the event's UtcTime to the moment the dock's rows, read again, hold the warning with that
event counted; the GUI thread's own cost is the time spent filling the table per read.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESPONDER = ROOT / "tests" / "bench" / "warnings_bench.py"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--devices", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--per-round", type=int, default=50)
    args = parser.parse_args()

    os.environ["EPEWALL_HOME"] = tempfile.mkdtemp(prefix="warnings-dock-bench-")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    from stdnum.vn import mst

    from app import settings
    from app.domain import Epe
    from app.sites.registry import Registry
    from app.warnings.feed import WarningFeed
    from app.warnings.manager import DeviceTarget, WarningsManager, WatchState
    from app.warnings.store import WarningStore
    from widgets.warnings.dock import WarningsDock

    app = QApplication(sys.argv[:1])

    def spin(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    responder = subprocess.Popen(
        [sys.executable, str(RESPONDER), "--responder", "--devices", str(args.devices)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert responder.stdin is not None and responder.stdout is not None
    ports = json.loads(responder.stdout.readline())
    registry = Registry()
    targets = []
    serial = 100_000_000
    for index, port in enumerate(ports):
        while not mst.is_valid(tax_id := f"{serial:09d}{mst.calc_check_digit(f'{serial:09d}')}"):
            serial += 1
        serial += 1
        epe = registry.add_epe(Epe(f"DNCX {index}", tax_id))
        assert epe.id is not None
        targets.append(DeviceTarget(epe.id, epe.name, "127.0.0.1", port, "u", "p"))

    feed = WarningFeed()
    dock = WarningsDock(
        registry, feed, settings.Settings(), lambda: None, lambda _c: None, lambda _c, _a: None
    )
    dock.resize(900, 700)
    dock.show()
    # (epe, camera, count) -> when the dock first showed it
    shown: dict[tuple[int, int | None, int], float] = {}
    fill_ms: list[float] = []
    original_show = dock._show

    def timed_show(loaded: object) -> None:
        started = time.perf_counter()
        original_show(loaded)  # type: ignore[arg-type]
        fill_ms.append((time.perf_counter() - started) * 1000)
        now = time.time()
        for warning in dock.warnings:
            shown.setdefault((warning.epe_id, warning.camera_number, warning.count), now)

    dock._show = timed_show  # type: ignore[method-assign]
    # Each stored event: its UtcTime, and the (epe, camera, count) that shows it was counted.
    events: list[tuple[tuple[int, int | None, int], float]] = []

    def heard(warning: object, new: bool) -> None:
        key = (warning.epe_id, warning.camera_number, warning.count)  # type: ignore[attr-defined]
        events.append((key, warning.last_at.timestamp()))  # type: ignore[attr-defined]
        feed.listener(warning, new)  # type: ignore[arg-type]

    manager = WarningsManager(WarningStore(registry), targets, listener=heard)
    started = time.monotonic()
    manager.start()
    while sum(w.state is WatchState.SUBSCRIBED for w in manager.watchers) < len(targets):
        if time.monotonic() - started > 120:
            break
        spin(0.1)
    subscribed_s = time.monotonic() - started
    spin(3)

    rng = random.Random(15)
    for round_number in range(args.rounds):
        chosen = rng.sample(range(len(ports)), min(args.per_round, len(ports)))
        words = " ".join(f"{i} {round_number % 8 + 1}" for i in chosen)
        responder.stdin.write(f"fire {words}\n")
        responder.stdin.flush()
        spin(1.0)
    expected = args.rounds * min(args.per_round, len(ports))
    give_up = time.monotonic() + 20
    while time.monotonic() < give_up and (
        len(events) < expected or any(key not in shown for key, _ in events)
    ):
        spin(0.1)

    manager.stop()
    responder.stdin.close()
    responder.wait(10)
    latencies = sorted(shown[key] - at for key, at in events if key in shown)
    print(f"devices: {len(targets)}, subscribed in {subscribed_s:.1f} s")
    if latencies:
        p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)]
        print(
            f"event-to-dock latency over {len(latencies)}/{expected} events "
            f"({args.rounds} rounds of {args.per_round} devices, 1 s apart): "
            f"p50 {statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
            f"max {latencies[-1] * 1000:.0f} ms"
        )
    if fill_ms:
        print(
            f"GUI thread per read of the dock ({dock.table.rowCount()} rows at the end): "
            f"{len(fill_ms)} reads, median {statistics.median(fill_ms):.1f} ms, "
            f"max {max(fill_ms):.1f} ms"
        )
    dock.queue.wait(10_000)
    registry.close()
    del app


if __name__ == "__main__":
    main()
