"""Is the window responsive while the gate is read? Prints figures; asserts nothing.

Run: installer/headless.sh .venv/bin/python tests/bench/scan_gui_bench.py [--hours 2]
     [--per-hour 20]

The default site with Sao Việt's gate camera 1 seeing ``--per-hour`` vehicles an hour for
``--hours`` hours from 07:00 yesterday. The real scan dialog (widgets/declarations/scan_dialog)
reads that recording through the real recorder, keyring and OCR engine while a 20 ms timer on
the GUI thread measures how late the event loop serves it: the lateness an officer feels as a
frozen window. Prints the scan's time, the timer's lateness (median, 95th, 99th percentile, max)
and how many ticks came over 100 ms and 250 ms late; and, for comparison, the same figures with
the window idle before the scan.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

GATE_EPE = "0315867420"
TICK_MS = 20


def _figures(label: str, lateness: list[float]) -> None:
    if not lateness:
        print(f"{label}: no ticks")
        return
    ordered = sorted(lateness)

    def pick(share: float) -> float:
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    print(
        f"{label}: {len(ordered)} ticks; lateness median {statistics.median(ordered):.1f} ms, "
        f"95th {pick(0.95):.1f} ms, 99th {pick(0.99):.1f} ms, max {ordered[-1]:.1f} ms; "
        f"over 100 ms: {sum(1 for v in ordered if v > 100)}, "
        f"over 250 ms: {sum(1 for v in ordered if v > 250)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hours", type=int, default=2)
    parser.add_argument("--per-hour", type=int, default=20)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="epewall-bench-"))
    os.environ["EPEWALL_HOME"] = str(home)

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.secrets import CredentialStore
    from app.simsite import config as sim_config
    from app.simsite.site import SimulatedSite
    from app.sites.demo import import_corrected_customs_day, register_site
    from app.sites.registry import Registry
    from app.timekeeping import VIETNAM
    from widgets.declarations.scan_dialog import ScanDialog

    app = QApplication(sys.argv[:1])  # noqa: F841 (kept alive for the whole run)
    default = Path(sim_config.__file__).with_name("default_site.json")
    data = json.loads(default.read_text(encoding="utf-8"))
    for epe in data["epes"]:
        if epe["tax_id"] == GATE_EPE:
            epe["gate_traffic"] = {
                "per_hour": args.per_hour,
                "from": "07:00",
                "to": f"{7 + args.hours:02d}:00",
                "cameras": [1],
            }
    config = home / "site.json"
    config.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    day = dt.datetime.now(VIETNAM).date() - dt.timedelta(days=1)
    sim_epe = next(e for e in sim_config.load(config) if e.tax_id == GATE_EPE)

    site = SimulatedSite(config=config, workdir=home / "site")
    site.start()
    try:
        registry = Registry()
        for _step in register_site(registry, CredentialStore(), site.description):
            pass
        found = registry.find_epe(GATE_EPE)
        assert found is not None and found.id is not None
        assert import_corrected_customs_day(registry, sim_epe, day, home / "customs.csv").ok

        dialog = ScanDialog(registry, found.id, day)
        dialog.show()
        lateness: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def tick() -> None:
            now = clock.elapsed()
            lateness.append(max(0.0, float(now - last[0] - TICK_MS)))
            last[0] = now

        timer = QTimer()
        timer.setInterval(TICK_MS)
        timer.timeout.connect(tick)
        timer.start()

        idle = QEventLoop()
        QTimer.singleShot(5000, idle.quit)
        idle.exec()
        _figures("idle window, 5 s", lateness)
        lateness.clear()

        done: list[object] = []
        loop = QEventLoop()
        dialog.scanned.connect(done.append)
        dialog.scanned.connect(lambda _summary: loop.quit())
        began = time.monotonic()
        last[0] = clock.elapsed()
        dialog.start()
        loop.exec()
        scan_s = time.monotonic() - began
        timer.stop()
        print(f"scan: {args.hours} h of recording, {scan_s:.0f} s; {dialog.summary_text(done[0])}")
        _figures("during the scan", lateness)
        print(f"load average after: {os.getloadavg()[0]:.1f}")
        dialog.close()
        registry.close()
    finally:
        site.stop()


if __name__ == "__main__":
    main()
