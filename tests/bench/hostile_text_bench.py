"""The redactor and the file caps against hostile input. Prints figures; asserts nothing.

Run: .venv/bin/python tests/bench/hostile_text_bench.py

- redaction time of 40 KB and 1 MB of text built to make a backtracking redactor quadratic
  (the one before was: 40 KB of letters took a second, 1 MB about twelve minutes);
- each hostile file given to the sites import, in a fresh process: wall time and peak memory
  (``ru_maxrss``) of the refusal or of the read, so the caps' bounds are measured, not assumed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.logs import redact_url  # noqa: E402 - after the path of the working tree is set

PATTERNS = {
    "letters": "a",
    "user:pw@ repeated": "a:b@",
    "at-signs": "@",
    "schemes without hosts": "rtsp:// ",
    "secret names without '='": "pass ",
    "one at-sign per line": "a@b:c\n",
}

IMPORT = """
import resource, sys, time
from app.sites.csv_io import SitesFileError, import_csv
from app.sites.registry import Registry
start = time.perf_counter()
try:
    with Registry() as registry:
        report = import_csv(registry, sys.argv[1], dry_run=True)
    outcome = (report.problems[0].message if report.problems else "read")[:70]
except SitesFileError as exc:
    outcome = str(exc)[:70]
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{took * 1000:8.1f} ms  peak {peak:6.0f} MB  {outcome}")
"""


def bench_redactor() -> None:
    print("redact_url on hostile text (best of 3)")
    for size, label in ((40_000, "40 KB"), (1_000_000, "1 MB")):
        for name, unit in PATTERNS.items():
            text = unit * (size // len(unit))
            best = min(_timed(redact_url, text) for _ in range(3))
            print(f"  {label:>5}  {name:<28} {best * 1000:8.1f} ms")


def _timed(function: Callable[[str], str], text: str) -> float:
    start = time.perf_counter()
    function(text)
    return time.perf_counter() - start


def bench_import_caps() -> None:
    print("sites import of hostile files (fresh process each; peak includes Python and Qt)")
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        fifo = base / "fifo.csv"
        os.mkfifo(fifo)
        over = base / "over-cap.csv"
        with over.open("wb") as file:
            file.truncate(32 * 1024 * 1024 + 1)
        near = base / "31MB-one-cell.csv"
        near.write_bytes(b"epe_name,tax_id\n" + b"x" * (31 * 1024 * 1024) + b",0100233488\n")
        small = base / "small.csv"
        small.write_bytes(b"epe_name,tax_id\nA,0100233488\n")
        env = dict(os.environ, EPEWALL_HOME=str(base / "home"))
        for label, path in (
            ("small valid file", small),
            ("/dev/zero", Path("/dev/zero")),
            ("FIFO", fifo),
            ("32 MB + 1 byte (sparse)", over),
            ("31 MB, one cell", near),
        ):
            result = subprocess.run(
                [sys.executable, "-c", IMPORT, str(path)],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            print(f"  {label:<26}{(result.stdout or result.stderr).strip()}")


if __name__ == "__main__":
    bench_redactor()
    bench_import_caps()
