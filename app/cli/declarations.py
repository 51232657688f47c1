"""``epewall declarations import|list|import-reads`` and ``epewall reconcile``: customs documents
against what the gate cameras read (Decision 247 II.2.1).

Exit codes: 0 done; 2 the file has bad rows (each printed as "line N: reason"; nothing was
imported), or it, the EPE or the registry cannot be used. No traceback reaches the user.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app import paths
from app.cli import gate_scan
from app.cli.output import CommandRefused, complain, say, utf8_streams
from app.storage.database import RegistryError

if TYPE_CHECKING:
    from app.domain import Epe
    from app.sites.registry import Registry

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_BAD = 2
EXIT_INTERRUPTED = 130


def _t(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """The ``declarations`` and ``reconcile`` commands for ``app.cli.main.build_parser``."""
    decl = sub.add_parser(
        "declarations", help=_t("customs documents to compare with the gate cameras")
    )
    decl_sub = decl.add_subparsers(
        dest="declarations_command", required=True, parser_class=parser_class
    )
    imp = decl_sub.add_parser(
        "import",
        help=_t("import declarations, release confirmations, receipts and notes (CSV or XLSX)"),
    )
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true", help=_t("check the file, change nothing"))
    lst = decl_sub.add_parser("list", help=_t("list the customs documents"))
    lst.add_argument("--epe", metavar="EPE_NAME", help=_t("only this EPE (name or tax ID)"))
    lst.add_argument("--date", metavar="YYYY-MM-DD", help=_t("only windows on this day"))
    reads = decl_sub.add_parser(
        "import-reads",
        help=_t(
            "store gate reads from a CSV (time, camera, kind, code, crop, sha256) for testing; "
            "the OCR job will fill them later"
        ),
    )
    reads.add_argument("epe", metavar="EPE_NAME")
    reads.add_argument("file")
    gate_scan.add_parser(decl_sub)
    rec = sub.add_parser(
        "reconcile",
        help=_t("compare an EPE's documents of a day with the codes read at its gate"),
    )
    rec.add_argument("epe", metavar="EPE_NAME")
    rec.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    rec.add_argument("--csv", action="store_true", help=_t("write CSV to standard output"))


def _day(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CommandRefused(
            _t("{value} is not a date; write it as YYYY-MM-DD.").format(value=text), EXIT_BAD
        ) from None


def run(args: argparse.Namespace) -> int:
    from app.sites.registry import Registry

    utf8_streams()
    name = "reconcile" if args.command == "reconcile" else args.declarations_command
    try:
        with Registry() as registry:
            if args.command == "reconcile":
                return _reconcile(registry, args.epe, _day(args.date), bool(args.csv))
            if name == "import":
                return _import(registry, Path(args.file), bool(args.dry_run))
            if name == "list":
                return _list(registry, args.epe, _day(args.date))
            if name == "scan":
                day = _day(args.date)
                assert day is not None
                return gate_scan.run(registry, args.epe, day, args.from_time, args.to_time)
            return _import_reads(registry, args.epe, Path(args.file))
    except CommandRefused as exc:
        complain(str(exc))
        return exc.code
    except RegistryError as exc:
        complain(str(exc))
        return EXIT_BAD
    except KeyboardInterrupt:
        complain(_t("Interrupted; nothing was changed."))
        return EXIT_INTERRUPTED
    except Exception:
        log.exception("epewall %s failed", name)
        complain(
            _t("Unexpected error; nothing was changed. Details are in the log: {path}").format(
                path=paths.log_dir() / "epewall.log"
            )
        )
        return EXIT_BAD


def _epe(registry: Registry, name: str) -> tuple[Epe, int]:
    epe = registry.find_epe(name)
    if epe is None or epe.id is None:
        raise CommandRefused(
            _t("No EPE named {name} (name or tax ID).").format(name=name), EXIT_BAD
        )
    return epe, epe.id


def _import(registry: Registry, path: Path, dry_run: bool) -> int:
    from app.declarations.importing import DeclarationsFileError, import_file

    try:
        report = import_file(registry, path, dry_run=dry_run)
    except DeclarationsFileError as exc:
        complain(str(exc))
        return EXIT_BAD
    if report.problems:
        for problem in report.problems:
            complain(str(problem))
        complain(
            _t(
                "{path} was not imported: nothing was changed. Correct the lines above and try "
                "again."
            ).format(path=path)
        )
        return EXIT_BAD
    if dry_run:
        say(
            _t(
                "Checked {path}: {rows} documents, no problems. Nothing was changed (dry run). "
                "Importing it would give:"
            ).format(path=path, rows=report.rows)
        )
    else:
        say(_t("Imported {path} ({rows} documents).").format(path=path, rows=report.rows))
    say(report.summary())
    return EXIT_OK


def _list(registry: Registry, epe_name: str | None, day: dt.date | None) -> int:
    from app.declarations.store import list_documents
    from app.timekeeping import show_local

    epe_id = _epe(registry, epe_name)[1] if epe_name else None
    documents = list_documents(registry, epe_id, day)
    if not documents:
        say(_t("No customs documents. Import them with: epewall declarations import FILE"))
        return EXIT_OK
    for doc in documents:
        codes = "; ".join(c for c in (doc.shown_containers(), doc.shown_plates()) if c)
        say(
            f"{doc.kind.label()} {doc.number}  {doc.epe_tax_id}  {doc.direction.label()}  "
            f"{show_local(doc.window_start)} – {show_local(doc.window_end, date=False)}  "
            f"{codes}  {doc.goods}".rstrip()
        )
    return EXIT_OK


def _import_reads(registry: Registry, epe_name: str, path: Path) -> int:
    from app.declarations.reads_file import ReadsFileError, read_reads_file
    from app.declarations.store import add_reads

    epe, epe_id = _epe(registry, epe_name)
    try:
        reads = read_reads_file(path)
    except ReadsFileError as exc:
        complain(str(exc))
        return EXIT_BAD
    count = add_reads(registry, epe_id, reads, "import")
    say(_t("Stored {count} gate reads for {name}.").format(count=count, name=epe.name))
    return EXIT_OK


def _reconcile(registry: Registry, epe_name: str, day: dt.date | None, as_csv: bool) -> int:
    from app.declarations.documents import DocumentKind
    from app.declarations.reconcile import Status, reconcile
    from app.declarations.store import list_documents, list_reads, local_day_span
    from app.declarations.wording import reason, show_code, status_label
    from app.exports import write_csv
    from app.timekeeping import show_local

    assert day is not None
    epe, epe_id = _epe(registry, epe_name)
    start, end = local_day_span(day)
    documents = list_documents(registry, epe_id, day)
    # Reads half a day either side: a movement seen outside its window is still found.
    margin = dt.timedelta(hours=12)
    reads = list_reads(registry, epe_id, start - margin, end + margin)
    findings = reconcile([d.movement() for d in documents], reads, span=(start, end))
    header = [
        "status",
        "document_kind",
        "document_number",
        "code_kind",
        "declared",
        "seen",
        "window_start",
        "window_end",
        "first_read",
        "camera",
        "reads",
        "reason",
    ]
    rows: list[list[object]] = []
    for finding in findings:
        movement = finding.movement
        read = finding.first_read
        rows.append(
            [
                finding.status.value,
                movement.document_kind if movement else "",
                movement.number if movement else "",
                finding.kind.value,
                show_code(finding.kind, finding.declared) if finding.declared else "",
                show_code(finding.kind, finding.seen) if finding.seen else "",
                show_local(movement.window_start) if movement else "",
                show_local(movement.window_end) if movement else "",
                show_local(read.at, seconds=True) if read else "",
                read.camera if read else "",
                len(finding.reads),
                reason(finding),
            ]
        )
    if as_csv:
        write_csv(sys.stdout, header, rows)
        sys.stdout.flush()
    else:
        say(
            _t("{name}, {day}: {documents} documents, {reads} gate reads.").format(
                name=epe.name, day=day.isoformat(), documents=len(documents), reads=len(reads)
            )
        )
        for finding, row in zip(findings, rows, strict=True):
            if finding.movement:
                kind = DocumentKind(finding.movement.document_kind).label()
                subject = f"{kind} {row[2]} {row[4]}"
            else:
                subject = f"{row[5]} ({row[3]})"
            say(f"{finding.status.value:<16} {subject}: {status_label(finding.status)}; {row[11]}")
    flagged = sum(1 for f in findings if f.status is not Status.SEEN)
    if not as_csv:
        say(
            _t("{flagged} of {total} lines need the officer's review.").format(
                flagged=flagged, total=len(findings)
            )
        )
    return EXIT_OK
