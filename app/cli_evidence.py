"""``epewall evidence verify DIR``: re-check an evidence export against its manifest.

Exit codes: 0 every file listed is there and unchanged, 1 something is missing, changed or added,
2 the folder has no readable manifest.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import evidence

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_NO_MANIFEST = 2


def _t(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def verify(folder: Path) -> int:
    report = evidence.verify(folder)
    for problem in report.problems:
        print(problem.message, flush=True)
    if any(p.reason == "manifest" for p in report.problems):
        return EXIT_NO_MANIFEST
    if report.problems:
        print(_t("Evidence NOT verified: {count} problem(s) in {folder}").format(
            count=len(report.problems), folder=folder), flush=True)
        return EXIT_PROBLEMS
    print(_t("Evidence verified: {count} file(s) unchanged in {folder}").format(
        count=report.checked, folder=folder), flush=True)
    print(_t("Manifest SHA-256 (compare with the audit log): {digest}").format(
        digest=report.manifest_sha256), flush=True)
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    if args.evidence_command == "verify":
        return verify(Path(args.folder))
    raise SystemExit(f"unknown evidence command {args.evidence_command!r}")
