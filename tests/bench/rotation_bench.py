"""Monthly rotation at scale: 500 EPEs, 20 officers, 3 years of checks (about 60,000).
Prints figures; asserts nothing. Targets from the issue: coverage month view and the CLI under
200 ms, plan generation for 500 EPEs under 2 s.

Run: .venv/bin/python tests/bench/rotation_bench.py [--checks 60000] [--runs 5]

The data set is written in bulk (one transaction, ``executemany``) with the ledger's own hash
and projection functions, so its log verifies like one written check by check; PIN hashing is
done once and shared by the benchmark's officers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

EPES = 500
OFFICERS = 20
LAST_MONTH = (2026, 11)
MONTHS = 36


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    """Median and worst wall time in ms over ``runs`` calls after one uncounted warm-up call
    (imports, SQLite page cache), and the last result."""
    times = []
    result = fn()
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), result


def tax_ids(count: int) -> list[str]:
    from stdnum.vn import mst

    found: list[str] = []
    base = 100000000
    while len(found) < count:
        base += 7
        digits = f"{base:09d}"
        candidate = digits + str(mst.calc_check_digit(digits))[-1]
        if mst.is_valid(candidate):
            found.append(candidate)
    return found


def build(checks: int, seed: int = 247) -> dict[str, float]:
    from app.domain import Epe, RiskLevel
    from app.officers.profiles import Role, hash_pin
    from app.rotation.checks import CheckReason, CheckResult
    from app.rotation.ledger import (
        CHECK_COLUMNS,
        GENESIS,
        AuditAction,
        Ledger,
        canonical_json,
        check_row,
        record_hash,
    )
    from app.sites.registry import Registry
    from app.timekeeping import VIETNAM, Month, WorkingCalendar, to_utc_iso

    rng = random.Random(seed)
    figures: dict[str, float] = {}
    start = time.perf_counter()
    registry = Registry()
    risks = [RiskLevel.LOW] * 6 + [RiskLevel.MEDIUM] * 3 + [RiskLevel.HIGH]
    with registry.transaction():
        epes = [
            registry.add_epe(
                Epe(f"Công ty TNHH Sản xuất {i:03d}", tax_id, risk_level=rng.choice(risks))
            )
            for i, tax_id in enumerate(tax_ids(EPES), start=1)
        ]
    pin_hash = hash_pin("246813")
    now = to_utc_iso(dt.datetime.now(dt.UTC))
    officer_rows = [
        (
            f"CB{i:02d}",
            f"Cán bộ số {i:02d}",
            "Đội 1",
            (Role.TEAM_LEAD if i == 1 else Role.OFFICER).value,
            pin_hash,
            now,
            now,
        )
        for i in range(1, OFFICERS + 1)
    ]
    with registry.database() as db:
        db.conn.executemany(
            "INSERT INTO officers (code, full_name, unit, role, pin_hash, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            officer_rows,
        )
        # Each EPE has two responsible officers, ten pairs sharing the team's 500 EPEs.
        db.conn.executemany(
            "INSERT INTO assignments (epe_id, officer_id, assigned_at, assigned_by) "
            "VALUES (?, ?, ?, 'CB01')",
            [(e.id, (i % 10) * 2 + k, now) for i, e in enumerate(epes) for k in (1, 2)],
        )
        workstation = db.execute(
            "SELECT value FROM rotation_meta WHERE key = 'workstation_id'"
        ).fetchone()[0]
    figures["setup (EPEs, officers, assignments)"] = time.perf_counter() - start

    start = time.perf_counter()
    calendar = WorkingCalendar()
    months = [Month(*LAST_MONTH)]
    for _ in range(MONTHS - 1):
        months.append(months[-1].previous())
    months.reverse()
    per_month = checks // MONTHS
    ledger_rows: list[tuple[str, str, str, str, str, str, str]] = []
    check_rows: list[tuple[Any, ...]] = []
    prev = GENESIS
    results = (
        [CheckResult.NORMAL] * 17
        + [CheckResult.IRREGULARITY] * 2
        + [CheckResult.SUSPECTED_VIOLATION]
    )
    columns = CHECK_COLUMNS
    for month in months:
        days = calendar.working_days(month)
        # About 5% of the EPEs go unchecked in a month: the view has something to list first.
        skipped = set(rng.sample(range(EPES), EPES // 20))
        candidates = [i for i in range(EPES) if i not in skipped]
        for n in range(per_month):
            index = (
                candidates[n % len(candidates)] if n < len(candidates) else rng.choice(candidates)
            )
            epe = epes[index]
            officer = (index % 10) * 2 + rng.choice((1, 2))
            started = dt.datetime.combine(
                rng.choice(days), dt.time(rng.randint(7, 16), rng.randint(0, 59)), VIETNAM
            )
            ended = started + dt.timedelta(minutes=rng.randint(5, 40))
            result = rng.choice(results)
            reason = CheckReason.PLANNED if rng.random() < 0.85 else CheckReason.RISK_LIST
            payload = {
                "epe": {
                    "id": epe.id,
                    "tax_id": epe.tax_id,
                    "name": epe.name,
                    "risk_level": epe.risk_level.value,
                },
                "officer": {"code": f"CB{officer:02d}", "name": f"Cán bộ số {officer:02d}"},
                "started_at": to_utc_iso(started),
                "ended_at": to_utc_iso(ended),
                "scheduled": reason.scheduled,
                "reason": reason.value,
                "reason_note": "",
                "outside_working_time": not calendar.is_working_time(started),
                "cameras": [
                    {
                        "camera_id": 1,
                        "diagram_number": 1,
                        "mode": "live",
                        "started_at": to_utc_iso(started),
                        "stopped_at": to_utc_iso(ended),
                        "seconds": int((ended - started).total_seconds()),
                    }
                ],
                "result": result.value,
                "text": "" if result is CheckResult.NORMAL else "cổng kho mở",
                "containers": [],
                "plates": [],
                "snapshots": [],
            }
            record_id = uuid.UUID(int=rng.getrandbits(128)).hex
            text = canonical_json(payload)
            created = to_utc_iso(ended)
            digest = record_hash(prev, record_id, "check", created, workstation, text)
            ledger_rows.append((record_id, "check", created, workstation, text, prev, digest))
            prev = digest
            row = check_row(record_id, workstation, payload)
            check_rows.append(tuple(row[c] for c in columns))
    with registry.database() as db:
        db.conn.executemany(
            "INSERT INTO ledger (record_id, kind, created_at, workstation, payload, prev_hash, "
            "hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
            ledger_rows,
        )
        db.conn.executemany(
            f"INSERT INTO checks ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
            check_rows,
        )
    # The profiles' creation is in the log, as the app writes it (log verify compares roles).
    ledger = Ledger(registry)
    for code, _name, _unit, role, *_rest in officer_rows:
        ledger.audit(
            AuditAction.OFFICER_CHANGED,
            "",
            {"officer": code, "change": "created", "role": role, "active": True},
        )
    figures["data set: checks written"] = float(len(check_rows))
    figures["data set: generation time"] = time.perf_counter() - start
    registry.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checks", type=int, default=60000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["EPEWALL_HOME"] = home
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
        from app.officers.profiles import OfficerStore
        from app.rotation.coverage import coverage_series, heat_map, month_coverage
        from app.rotation.ledger import Ledger
        from app.rotation.plan import PlanStore, build_plan
        from app.sites.registry import Registry
        from app.timekeeping import Month

        print(
            f"epewall rotation benchmark: {EPES} EPEs, {OFFICERS} officers, "
            f"{args.checks} checks over {MONTHS} months (median/worst of {args.runs} runs)"
        )
        for name, value in build(args.checks).items():
            print(f"  {name:42s} {value:10.2f}" if value < 1000 else f"  {name:42s} {value:10.0f}")

        registry = Registry()
        month = Month(*LAST_MONTH)
        lead = OfficerStore(registry).find_officer("CB01")
        median, worst, plan = timed(lambda: build_plan(registry, month.next()), args.runs)
        print(
            f"  plan generation, {EPES} EPEs ({len(plan.items)} planned checks)"
            f"{'':3s} {median:7.0f} ms  (worst {worst:.0f} ms; target < 2000 ms)"
        )
        november_plan = build_plan(registry, month)
        PlanStore(registry).save(lead, november_plan)

        median, worst, view = timed(lambda: month_coverage(registry, month), args.runs)
        print(
            f"  coverage month view {month} ({view.epes_checked}/{view.epes_total} EPEs, "
            f"{view.checks} checks) {median:7.1f} ms  (worst {worst:.1f} ms; target < 200 ms)"
        )
        median, worst, _ = timed(lambda: month_coverage(registry, month, ["high"]), args.runs)
        print(
            f"  coverage month view, high risk only{'':9s} {median:7.1f} ms  (worst {worst:.1f} ms)"
        )
        median, worst, _ = timed(lambda: heat_map(registry, month), args.runs)
        print(f"  heat map (EPE x day){'':22s} {median:7.1f} ms  (worst {worst:.1f} ms)")
        median, worst, _ = timed(lambda: coverage_series(registry, month), args.runs)
        print(f"  12-month coverage series{'':18s} {median:7.1f} ms  (worst {worst:.1f} ms)")

        from app.cli.main import main as cli_main

        devnull = open(os.devnull, "w")  # noqa: SIM115 - closed below
        stdout = sys.stdout

        def in_process() -> int:
            sys.stdout = devnull
            try:
                return cli_main(["--lang", "vi", "coverage", "--month", str(month)])
            finally:
                sys.stdout = stdout

        median, worst, _ = timed(in_process, args.runs)
        print(
            f"  CLI 'coverage --month', in process{'':8s} {median:7.1f} ms  "
            f"(worst {worst:.1f} ms; target < 200 ms)"
        )
        command = [
            sys.executable,
            "-c",
            "import sys; from app.cli.main import main; sys.exit(main(sys.argv[1:]))",
            "--lang",
            "vi",
            "coverage",
            "--month",
            str(month),
        ]
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        median, worst, _ = timed(
            lambda: subprocess.run(command, env=env, check=True, capture_output=True), args.runs
        )
        baseline, _w, _ = timed(
            lambda: subprocess.run(
                [sys.executable, "-c", "import PySide6.QtCore"], env=env, check=True
            ),
            args.runs,
        )
        print(
            f"  CLI 'coverage --month', new process{'':7s} {median:7.0f} ms  "
            f"(of which interpreter + QtCore import {baseline:.0f} ms)"
        )
        devnull.close()

        start = time.perf_counter()
        report = Ledger(registry).verify()
        print(
            f"  log verify ({report.records} records, ok={report.ok}){'':10s} "
            f"{(time.perf_counter() - start) * 1000:7.0f} ms"
        )
        registry.close()
        del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
