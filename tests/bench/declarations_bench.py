"""Customs data in and the reconciliation of one EPE-day. Prints figures; asserts nothing.

Run: installer/headless.sh .venv/bin/python tests/bench/declarations_bench.py [--movements 200]

An EPE-day of N movements (one container and one plate each) spread over 10 hours, each read on
8 frames of its pass, with 5 % of frames misread by one character, 2 % of movements never passing,
2 % passing outside their window, 2 % with a plate typed one digit off and 10 undeclared containers.
Measures: the import of the day's customs file as CSV and as XLSX (python-calamine), and
``reconcile`` over the reads; then checks the statuses against what was planted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import string
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--movements", type=int, default=200)
    parser.add_argument("--frames", type=int, default=8)
    args = parser.parse_args()
    os.environ["EPEWALL_HOME"] = tempfile.mkdtemp(prefix="epewall-bench-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication
    from stdnum import iso6346

    from app.declarations.codes import show_container, show_plate
    from app.declarations.importing import import_file
    from app.declarations.reads_file import gate_read
    from app.declarations.reconcile import ItemKind, Status, reconcile
    from app.declarations.store import list_documents, local_day_span
    from app.sites.csv_io import import_csv
    from app.sites.registry import Registry
    from app.timekeeping import VIETNAM
    from tests.helpers.xlsx import write_xlsx

    QCoreApplication(sys.argv[:1])
    rng = random.Random(14)
    day = dt.date(2026, 12, 2)
    opening = dt.datetime.combine(day, dt.time(7, 0), VIETNAM)

    def container() -> str:
        body = "".join(rng.choices(string.ascii_uppercase, k=3)) + "U"
        body += "".join(rng.choices(string.digits, k=6))
        return body + iso6346.calc_check_digit(body)

    def plate() -> str:
        return (
            f"{rng.randint(11, 99)}{rng.choice('ABCDEFGHKLMNPSTUVXYZ')}{rng.randint(0, 99999):05d}"
        )

    def one_off(code: str) -> str:
        i = rng.randrange(4, len(code))
        return code[:i] + rng.choice([d for d in string.digits if d != code[i]]) + code[i + 1 :]

    rows = [["kind", "number", "tax_id", "direction", "containers", "plates", "window_start",
             "window_end", "goods"]]  # fmt: skip
    reads = []
    planted: dict[str, Status] = {}
    for n in range(args.movements):
        start = opening + dt.timedelta(minutes=3 * n)
        end = start + dt.timedelta(minutes=60)
        code, vehicle = container(), plate()
        typed_plate = vehicle
        fate = rng.random()
        passes_at = start + dt.timedelta(minutes=rng.uniform(1, 59))
        if fate < 0.02:
            planted[code] = Status.NOT_SEEN
            passes_at = None
        elif fate < 0.04:
            planted[code] = Status.OUTSIDE_WINDOW
            passes_at = end + dt.timedelta(minutes=rng.uniform(5, 90))
        elif fate < 0.06:
            typed_plate = one_off(vehicle)
            planted[typed_plate] = Status.POSSIBLE_MISREAD
        rows.append(["declaration", f"10612{n:07d}", "0100233488", "in", show_container(code),
                     show_plate(typed_plate), start.strftime("%Y-%m-%d %H:%M"),
                     end.strftime("%Y-%m-%d %H:%M"), "hàng"])  # fmt: skip
        if passes_at is None:
            continue
        for f in range(args.frames):
            at = passes_at + dt.timedelta(seconds=0.5 * f)
            seen_code = one_off(code) if rng.random() < 0.05 else code
            reads.append(gate_read(ItemKind.CONTAINER, seen_code, at.astimezone(dt.UTC), 1))
            reads.append(gate_read(ItemKind.PLATE, vehicle, at.astimezone(dt.UTC), 1))
    undeclared = [container() for _ in range(10)]
    for i, code in enumerate(undeclared):
        at = opening + dt.timedelta(minutes=61 * i + 7)
        for f in range(args.frames):
            reads.append(gate_read(ItemKind.CONTAINER, code, at + dt.timedelta(seconds=f), 2))

    folder = Path(tempfile.mkdtemp())
    csv_path = folder / "customs.csv"
    csv_path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    xlsx_path = write_xlsx(folder / "customs.xlsx", rows)
    with Registry() as registry:
        import_csv(registry, ROOT / "tests" / "data" / "sites_sample.csv")
        t0 = time.perf_counter()
        report = import_file(registry, csv_path)
        t_csv = time.perf_counter() - t0
        t0 = time.perf_counter()
        report_x = import_file(registry, xlsx_path, dry_run=True)
        t_xlsx = time.perf_counter() - t0
        assert report.imported and report_x.ok
        documents = list_documents(registry, day=day)
        t0 = time.perf_counter()
        findings = reconcile([d.movement() for d in documents], reads, span=local_day_span(day))
        t_rec = time.perf_counter() - t0

    seen_wrongly = sum(
        1
        for f in findings
        if f.status is Status.SEEN and any(r.value != f.declared for r in f.reads)
    )
    missed = sum(
        1 for f in findings if f.declared in planted and f.status is not planted[f.declared]
    )
    undeclared_found = {f.seen for f in findings if f.status is Status.UNDECLARED}
    false_flags = sum(
        1
        for f in findings
        if f.movement
        and f.status is not Status.SEEN
        and f.declared not in planted
        and not (
            f.kind is ItemKind.PLATE
            and any(g.movement is f.movement and g.declared in planted for g in findings)
        )
    )
    print(f"movements: {len(documents)}, gate reads: {len(reads)}, findings: {len(findings)}")
    print(f"import CSV ({csv_path.stat().st_size // 1024} KB): {t_csv * 1000:.0f} ms")
    print(f"check XLSX ({xlsx_path.stat().st_size // 1024} KB, dry run): {t_xlsx * 1000:.0f} ms")
    print(f"reconcile one EPE-day: {t_rec * 1000:.0f} ms")
    print(f"planted discrepancies: {len(planted)}, found with the wrong status: {missed}")
    print(
        f"undeclared containers: {len(undeclared)}, "
        f"found: {len(undeclared_found & set(undeclared))}"
    )
    print(f"'seen' on a read that differs from the declared code: {seen_wrongly}")
    print(f"correct movements flagged: {false_flags}")
    others = [f for f in findings if f.movement is None and f.seen not in undeclared]
    print(f"other lines (unreadable codes, undeclared misreads): {len(others)}")
    for f in others:
        print(f"  {f.status.value} {f.seen} x{len(f.reads)}")


if __name__ == "__main__":
    main()
