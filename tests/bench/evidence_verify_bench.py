"""Benchmark of ``epewall evidence verify`` (prints figures; not a test).

    .venv/bin/python -m tests.bench.evidence_verify_bench [--gigabytes 1] [--files 4]

Writes a signed export of ``--files`` videos totalling ``--gigabytes`` (random bytes: hashing
cost does not depend on the content), then times verify on it (the page cache holds the files,
as right after an export or a copy) and prints seconds, MB/s, the progress steps given and the
process's peak memory; then the time to refuse a manifest nested 100,000 deep and one past the
size cap.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import tempfile
import time
from pathlib import Path

from app.evidence import export as evidence
from app.evidence import signing
from app.evidence.signing import WorkstationKey
from tests.helpers.evidence_keys import trusting

CHUNK = 8 << 20


def write_export(folder: Path, total_bytes: int, files: int, key: WorkstationKey) -> None:
    entries = []
    for number in range(1, files + 1):
        name = f"0315867420_cam{number:02d}_20261120-090000_20261120-100000.mp4"
        digest = hashlib.sha256()
        with (folder / name).open("wb") as handle:
            left = total_bytes // files
            while left:
                block = os.urandom(min(CHUNK, left))
                handle.write(block)
                digest.update(block)
                left -= len(block)
        entries.append(
            {
                "name": name,
                "camera": number,
                "camera_name": f"Camera {number}",
                "sha256": digest.hexdigest(),
                "bytes": total_bytes // files,
                "seconds": 3600.0,
            }
        )
    data = {
        "format": evidence.MANIFEST_FORMAT,
        "epe": {"name": "Công ty TNHH Sao Việt", "tax_id": "0315867420"},
        "exported_by": {"officer_code": "HQ0107", "officer_name": "Nguyễn Thị Lan"},
        "files": entries,
    }
    (folder / evidence.MANIFEST_NAME).write_text(
        json.dumps(signing.sign_manifest(data, key)), encoding="utf-8"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gigabytes", type=float, default=1.0)
    parser.add_argument("--files", type=int, default=4)
    args = parser.parse_args()
    key = WorkstationKey.generate("bench")
    total = int(args.gigabytes * (1 << 30))
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        write_export(folder, total, args.files, key)
        steps = 0
        started = time.monotonic()
        generator = evidence.verify_steps(folder, trusting(key))
        while True:
            try:
                next(generator)
                steps += 1
            except StopIteration as done:
                report: evidence.VerifyReport = done.value
                break
        seconds = time.monotonic() - started
        assert report.ok, report.problems
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"verify of {args.files} files, {total / 1e9:.2f} GB: {seconds:.2f} s, "
            f"{total / seconds / 1e6:.0f} MB/s, {steps} progress steps, peak RSS {peak:.0f} MB"
        )
        manifest = folder / evidence.MANIFEST_NAME
        for label, text in (
            ("manifest nested 100,000 deep", "[" * 100_000 + "]" * 100_000),
            (
                "manifest past the size cap",
                " " * (evidence.MANIFEST_MAX_BYTES + 1) + manifest.read_text("utf-8"),
            ),
        ):
            manifest.write_text(text, encoding="utf-8")
            started = time.monotonic()
            refused = evidence.verify(folder, trusting(key))
            assert refused.verdict is evidence.Verdict.NO_MANIFEST
            print(f"{label}: refused in {(time.monotonic() - started) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
