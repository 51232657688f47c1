"""Scan and reconcile one EPE-day at the simulated gate. Prints figures; asserts nothing.

Run: installer/headless.sh .venv/bin/python tests/bench/reconcile_day_bench.py [--hours 10]
     [--per-hour 20] [--workers 2]

The default site with Sao Việt's gate camera 1 seeing ``--per-hour`` vehicles an hour for
``--hours`` hours from 07:00 yesterday (200 movements over 10 h by default). Its customs file
(``app.simsite.customs_file``, the wrong check digit line left out) is imported, the gate
recording over those hours is scanned through the real recorder (Profile G, replay at 8x),
keyring and OCR engine, and the day is reconciled. Prints: the scan's time, moments, frames
decoded and OCR'd, reads stored, OCR frames per second, the share of painted container numbers
and plates read exactly, stray reads, the reconcile's time and its flagged lines against the
five plants. Machine load is printed too: the OCR shares two cores with whatever else runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

GATE_EPE = "0315867420"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hours", type=int, default=10)
    parser.add_argument("--per-hour", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="epewall-bench-"))
    os.environ["EPEWALL_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication

    from app.declarations.reconcile import ItemKind, Status, reconcile
    from app.declarations.scan import scan_steps
    from app.declarations.store import list_documents, list_reads, local_day_span
    from app.secrets import CredentialStore
    from app.simsite import config as sim_config
    from app.simsite import gate_traffic
    from app.simsite.site import SimulatedSite
    from app.sites.demo import import_corrected_customs_day, register_site
    from app.sites.registry import Registry
    from app.timekeeping import VIETNAM

    QCoreApplication(sys.argv[:1])
    default = Path(sim_config.__file__).with_name("default_site.json")
    data = json.loads(default.read_text(encoding="utf-8"))
    opening = dt.time(7, 0)
    closing = dt.time(7 + args.hours, 0)
    for epe in data["epes"]:
        if epe["tax_id"] == GATE_EPE:
            epe["gate_traffic"] = {
                "per_hour": args.per_hour,
                "from": opening.strftime("%H:%M"),
                "to": closing.strftime("%H:%M"),
                "cameras": [1],
            }
    config = home / "site.json"
    config.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    day = dt.datetime.now(VIETNAM).date() - dt.timedelta(days=1)
    start = dt.datetime.combine(day, opening, VIETNAM).astimezone(dt.UTC)
    end = dt.datetime.combine(day, closing, VIETNAM).astimezone(dt.UTC)
    sim_epe = next(e for e in sim_config.load(config) if e.tax_id == GATE_EPE)
    truth_passages = gate_traffic.passages(sim_epe, start, end)

    site = SimulatedSite(config=config, workdir=home / "site")
    site.start()
    try:
        registry = Registry()
        for _step in register_site(registry, CredentialStore(), site.description):
            pass
        found = registry.find_epe(GATE_EPE)
        assert found is not None and found.id is not None
        epe_id = found.id

        report = import_corrected_customs_day(registry, sim_epe, day, home / "customs.csv")
        assert report.ok, [str(p) for p in report.problems]

        load_before = os.getloadavg()
        began = time.monotonic()
        steps = scan_steps(registry, epe_id, start, end, workers=args.workers)
        while True:
            try:
                next(steps)
            except StopIteration as stop:
                summary = stop.value
                break
        scan_s = time.monotonic() - began
        load_after = os.getloadavg()

        began = time.monotonic()
        day_start, day_end = local_day_span(day)
        documents = list_documents(registry, epe_id, day)
        margin = dt.timedelta(hours=12)
        reads = list_reads(registry, epe_id, day_start - margin, day_end + margin)
        findings = reconcile([d.movement() for d in documents], reads, span=(day_start, day_end))
        reconcile_s = time.monotonic() - began

        def read_exactly(kind: ItemKind, code: str, at: dt.datetime) -> bool:
            return any(
                r.kind is kind and r.value == code and abs((r.at - at).total_seconds()) <= 30
                for r in reads
            )

        containers = [p for p in truth_passages if p.container]
        containers_ok = sum(
            read_exactly(ItemKind.CONTAINER, p.container or "", p.at) for p in containers
        )
        plates_ok = sum(read_exactly(ItemKind.PLATE, p.plate, p.at) for p in truth_passages)
        known = {p.container for p in truth_passages} | {p.plate for p in truth_passages}
        stray = [r for r in reads if r.value not in known]
        flagged = [f for f in findings if f.status is not Status.SEEN]

        print(f"EPE-day: {len(truth_passages)} vehicles over {args.hours} h, "
              f"{len(documents)} documents imported, {args.workers} scan workers, "
              f"{os.cpu_count()} cores")  # fmt: skip
        print(f"load average before/after the scan: {load_before[0]:.1f} / {load_after[0]:.1f}")
        print(f"scan: {scan_s:.0f} s for {summary.moments} moments ({summary.skipped} without "
              f"recording); {summary.frames} frames decoded, {summary.ocr_frames} read by OCR "
              f"({summary.ocr_frames / scan_s:.2f} frames/s, "
              f"{summary.ocr_frames / max(1, summary.moments):.1f} per moment)")  # fmt: skip
        print(f"reads stored: {summary.reads} ({summary.valid} valid), "
              f"{summary.reads / scan_s:.2f} reads/s")  # fmt: skip
        print(f"container numbers read exactly: {containers_ok}/{len(containers)} "
              f"({100 * containers_ok / max(1, len(containers)):.1f} %)")  # fmt: skip
        print(f"plates read exactly: {plates_ok}/{len(truth_passages)} "
              f"({100 * plates_ok / max(1, len(truth_passages)):.1f} %)")  # fmt: skip
        print(f"stray reads (no vehicle's code): {len(stray)} "
              f"{sorted({r.value for r in stray})[:8]}")  # fmt: skip
        print(f"reconcile: {reconcile_s * 1000:.0f} ms for {len(findings)} lines, "
              f"{len(flagged)} flagged (7 planted codes)")  # fmt: skip
        by_status: dict[str, int] = {}
        for f in flagged:
            by_status[f.status.value] = by_status.get(f.status.value, 0) + 1
        print(f"flagged by status: {by_status}")
        print(f"scan + reconcile: {scan_s + reconcile_s:.0f} s (goal <= 300 s for 200 movements)")
        registry.close()
    finally:
        site.stop()


if __name__ == "__main__":
    main()
