"""``epewall sites import|export|list``: the registry from the command line.

Exit codes: 0 done; 1 the CSV file has problems (each printed as "line N: reason", nothing was
imported); 2 a file or the registry could not be read or written. No traceback reaches the user:
unexpected errors are logged and summarised in one line.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import paths
from app.cli.output import complain, say, utf8_streams
from app.logs import redact_url
from app.sites.csv_io import SitesFileError, export_csv, import_csv
from app.sites.registry import Registry
from app.storage.database import RegistryError

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_BAD_FILE = 1
EXIT_CANNOT = 2
EXIT_INTERRUPTED = 130


_out = say
_err = complain


def run(args: argparse.Namespace) -> int:
    """Run ``args.sites_command`` ("import", "export" or "list"); returns the exit code."""
    utf8_streams()
    try:
        with Registry() as registry:
            if args.sites_command == "import":
                return _import(registry, Path(args.file), bool(args.dry_run))
            if args.sites_command == "export":
                return _export(registry, getattr(args, "output", None))
            if args.sites_command == "list":
                return _list(registry)
    except RegistryError as exc:
        _err(str(exc))
        return EXIT_CANNOT
    except KeyboardInterrupt:
        _err(QCoreApplication.translate("cli", "Interrupted; nothing was changed."))
        return EXIT_INTERRUPTED
    except Exception:
        log.exception("epewall sites %s failed", args.sites_command)
        _err(
            QCoreApplication.translate(
                "cli", "Unexpected error; nothing was changed. Details are in the log: {path}"
            ).format(path=paths.log_dir() / "epewall.log")
        )
        return EXIT_CANNOT
    _err(
        QCoreApplication.translate("cli", "Unknown sites command: {command}").format(
            command=args.sites_command
        )
    )
    return EXIT_CANNOT


def _import(registry: Registry, path: Path, dry_run: bool) -> int:
    try:
        report = import_csv(registry, path, dry_run=dry_run)
    except SitesFileError as exc:
        _err(str(exc))
        return EXIT_CANNOT
    if report.problems:
        for problem in report.problems:
            _err(str(problem))
        _err(
            QCoreApplication.translate(
                "cli",
                "{path} was not imported: nothing was changed. Correct the lines above and try "
                "again.",
            ).format(path=path)
        )
        return EXIT_BAD_FILE
    if dry_run:
        _out(
            QCoreApplication.translate(
                "cli",
                "Checked {path}: {rows} lines, no problems. Nothing was changed (dry run). "
                "Importing it would give:",
            ).format(path=path, rows=report.rows)
        )
    else:
        _out(
            QCoreApplication.translate("cli", "Imported {path} ({rows} lines).").format(
                path=path, rows=report.rows
            )
        )
    _out(report.summary())
    return EXIT_OK


def _export(registry: Registry, output: str | None) -> int:
    if not output or output == "-":
        if sys.stdout.isatty():
            # No BOM on a terminal, where it would show as a stray character; control
            # characters in names are shown as escapes (say), not played.
            shown = io.StringIO()
            export_csv(registry, shown, bom=False)
            say(shown.getvalue().rstrip("\n"))
        else:
            export_csv(registry, sys.stdout)
        sys.stdout.flush()
        return EXIT_OK
    target = Path(output)
    try:
        # Written beside the target and renamed over it, so a failure never leaves half a file.
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent.resolve()
        )
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
                counts = export_csv(registry, out)
            os.replace(tmp_name, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise
    except OSError as exc:
        _err(
            QCoreApplication.translate("cli", "Cannot write {path}: {reason}").format(
                path=target, reason=exc.strerror or type(exc).__name__
            )
        )
        return EXIT_CANNOT
    _out(
        QCoreApplication.translate(
            "cli", "Exported {epes} EPEs and {cameras} cameras to {path} (no passwords)."
        ).format(epes=counts.epes, cameras=counts.cameras, path=target)
    )
    return EXIT_OK


def _list(registry: Registry) -> int:
    epes = registry.list_epes()
    if not epes:
        _out(
            QCoreApplication.translate(
                "cli",
                "The registry is empty. Import EPEs and cameras with: "
                "epewall sites import FILE.csv",
            )
        )
        return EXIT_OK
    cameras_of: dict[int | None, list[str]] = {}
    for camera in registry.list_cameras():
        mark = (
            QCoreApplication.translate("cli", "online")
            if camera.must_be_online
            else QCoreApplication.translate("cli", "on request")
        )
        urls = "  ".join(redact_url(u) for u in (camera.main_url, camera.sub_url) if u)
        line = f"  {camera.diagram_number:>4}  {camera.position.label()}  [{mark}]"
        if camera.name:
            line += f"  {camera.name}"
        if urls:
            line += f"  {urls}"
        cameras_of.setdefault(camera.epe_id, []).append(line)
    for epe in epes:
        lines = cameras_of.get(epe.id, [])
        _out(
            QCoreApplication.translate(
                "cli", "{name} (tax ID {tax_id}, risk: {risk}): %n camera(s)", None, len(lines)
            ).format(name=epe.name, tax_id=epe.tax_id, risk=epe.risk_level.label())
        )
        for line in lines:
            _out(line)
    _out(
        QCoreApplication.translate(
            "cli",
            "[online]: Decision 247 requires this position to be connected to customs; "
            "[on request]: images provided when customs asks.",
        )
    )
    return EXIT_OK
