"""The interruption reports at scale. Prints figures; asserts nothing. Target from issue #13:
the monthly register over a year of state changes renders in 200 ms or less.

Run: installer/headless.sh .venv/bin/python tests/bench/reports_bench.py [--epes 500]
    [--per-epe 2] [--runs 5]

A month with ``per-epe`` interruptions of each of ``epes`` EPEs, written through the real
register (ledger records, follow-ups, closings); a year of health changes of one EPE's 8
cameras (two outages a day each). Measured: reading the month from the register, building the
register data, its HTML, its PDF and its CSV; the camera logbook of one EPE over the year.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def timed(runs: int, work: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--epes", type=int, default=500)
    parser.add_argument("--per-epe", type=int, default=2)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ["EPEWALL_HOME"] = tempfile.mkdtemp(prefix="epewall-reports-bench-")

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from app import i18n

    i18n.install("vi")
    from app.domain import Camera, CameraPosition, Epe
    from app.health.model import CameraCondition, ProbeResult
    from app.health.store import HealthStore
    from app.interruptions.model import InterruptionKind
    from app.interruptions.register import InterruptionRegister
    from app.interruptions.reports import build_register, camera_logbook, write_register_csv
    from app.sites.registry import Registry
    from app.timekeeping import VIETNAM, Month
    from tests.helpers.rotation_data import tax_ids
    from tests.helpers.sites import SiteBuilder
    from widgets.interruptions.reports_pdf import register_html, render_register_pdf

    registry = Registry()
    build = SiteBuilder(registry)
    build.add_lead("TL01", "Trần Thị Hạnh")
    build.add_officer("CB01", "Nguyễn Văn An")
    started = time.perf_counter()
    epes = []
    for index, tax_id in enumerate(tax_ids(args.epes)):
        epe = registry.add_epe(Epe(name=f"Công ty TNHH Chế xuất số {index + 1}", tax_id=tax_id))
        assert epe.id is not None
        for number in range(1, 9):
            position = CameraPosition.GATE if number == 1 else CameraPosition.STORAGE_YARD
            registry.add_camera(
                Camera(epe.id, number, position, f"Camera {number}", f"rtsp://10.0.0.1/{number}")
            )
        epes.append(epe)
    clock = [dt.datetime(2027, 3, 1, 8, tzinfo=VIETNAM)]
    register = InterruptionRegister(registry, clock=lambda: clock[0])
    count = 0
    for epe in epes:
        assert epe.id is not None
        for k in range(args.per_epe):
            began = dt.datetime(2027, 3, 2 + 10 * k, 9, tzinfo=VIETNAM)
            clock[0] = began + dt.timedelta(hours=1)
            kind = InterruptionKind.EQUIPMENT if k % 2 else InterruptionKind.TRANSMISSION
            item = register.open(
                epe.id, kind, [1 + k % 8], began, officer_code="CB01", cause="Mất kết nối"
            )
            clock[0] = began + dt.timedelta(days=1, hours=2)
            register.follow_up(item.id, "Đang khắc phục", officer_code="CB01")
            if (count % 3) != 0:
                clock[0] = began + dt.timedelta(days=2 + count % 9)
                register.close(item.id, "Đã khắc phục", officer_code="CB01")
            count += 1
    print(
        f"wrote {count} interruptions through the register in {time.perf_counter() - started:.1f} s"
    )

    # A year of health changes of the first EPE's 8 cameras: down and up twice a day.
    first = epes[0]
    assert first.id is not None
    cameras = registry.list_cameras(first.id)
    health = HealthStore(registry)
    results = []
    day0 = dt.datetime(2026, 3, 1, tzinfo=VIETNAM)
    for day in range(365):
        for hour, condition in ((3, CameraCondition.UNREACHABLE), (4, CameraCondition.OK)) * 2:
            moment = day0 + dt.timedelta(days=day, hours=hour + (8 if hour > 3 else 0))
            for camera in cameras:
                assert camera.id is not None
                results.append(
                    ProbeResult(first.id, camera.id, camera.diagram_number, condition, moment)
                )
    for start in range(0, len(results), 8):
        health.record(results[start : start + 8])
    print(f"health changes of one EPE over a year: {len(health.changes(first.id))}")

    now = dt.datetime(2027, 4, 1, 9, tzinfo=VIETNAM)
    clock[0] = now
    month = Month(2027, 3)
    ms, items = timed(args.runs, lambda: register.list(month=month))
    print(f"register.list(month)                {ms:8.1f} ms  ({len(items)} records)")
    ms, report = timed(
        args.runs,
        lambda: build_register(registry, items, month, now=now, calendar=register.calendar),
    )
    print(f"build_register                      {ms:8.1f} ms  ({len(report.sections)} EPEs)")
    ms, page = timed(args.runs, lambda: register_html(report))
    print(f"register_html                       {ms:8.1f} ms  ({len(page) // 1024} KiB)")
    out = Path(os.environ["EPEWALL_HOME"])
    ms, _ = timed(1, lambda: render_register_pdf(report, out / "register.pdf"))
    size = (out / "register.pdf").stat().st_size // 1024
    print(f"render_register_pdf                 {ms:8.1f} ms  ({size} KiB)")
    ms, _ = timed(args.runs, lambda: write_register_csv(report, out / "register.csv"))
    print(f"write_register_csv                  {ms:8.1f} ms")
    mine = register.list(epe_id=first.id)
    ms, book = timed(
        args.runs,
        lambda: camera_logbook(
            registry, health, mine, first.id, start=dt.date(2026, 3, 1), end=dt.date(2027, 3, 31)
        ),
    )
    print(f"camera_logbook (1 EPE, 1 year)      {ms:8.1f} ms  ({len(book.lines)} lines)")
    registry.close()
    del app


if __name__ == "__main__":
    main()
