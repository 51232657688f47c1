"""``epewall coverage`` and ``epewall log export|import|verify|key``: the monthly rotation from a
terminal (Decision 247 II.1).

``coverage`` and ``log verify`` only read, and need no login (whoever can run them can read the
file anyway). ``log export`` and ``log import`` act for an officer: ``--officer CODE`` and the
PIN, read from standard input when that is not a terminal (first line), otherwise from a masked
prompt; never from the command line. The team key that signs log files lives in the OS keyring
(``log key new`` on the team lead's PC, ``log key set`` on every other one).

Exit codes: 0 done, 1 failed (log altered, file refused...), 2 bad input (month, officer,
file), 3 the keyring cannot be used, 4 login refused or the role does not allow it.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.cli.output import CommandRefused, complain, say
from app.cli.team_lead import authorise
from app.domain import RiskLevel, ValidationError
from app.officers.profiles import Action, LoginError, Officer, OfficerStore, PermissionDeniedError
from app.rotation.coverage import coverage_csv, month_checks_csv, month_coverage
from app.rotation.ledger import AuditAction, Ledger, key_id
from app.rotation.log_exchange import (
    LogFileError,
    export_log,
    import_log_files,
    new_team_key,
    parse_team_key,
)
from app.rotation.team_key import seal_log, stored_team_key, verify_log
from app.safe_text import printable
from app.sites.registry import Registry
from app.storage.database import RegistryError
from app.timekeeping import Month, local_day, utc_now
from app.workers import run_to_end

if TYPE_CHECKING:
    # keyring and D-Bus take a third of the start-up time: only the log commands load them.
    from app.secrets import CredentialStore

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_NO_KEYRING = 3
EXIT_REFUSED = 4


def run(args: argparse.Namespace) -> int:
    try:
        registry = Registry()
    except RegistryError as exc:
        complain(str(exc))
        return EXIT_FAILED
    try:
        if args.command == "coverage":
            return _coverage(args, registry)
        return _log(args, registry)
    except CommandRefused as exc:
        complain(str(exc))
        return exc.code
    except (ValidationError, LogFileError) as exc:
        complain(str(exc))
        return EXIT_BAD_INPUT if isinstance(exc, ValidationError) else EXIT_FAILED
    except (LoginError, PermissionDeniedError) as exc:
        complain(str(exc))
        return EXIT_REFUSED
    except RegistryError as exc:
        complain(str(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        complain("")
        return 130
    except Exception:
        log.exception("%s failed", args.command)
        complain(
            QCoreApplication.translate(
                "cli", "The command failed unexpectedly; the details are in epewall's log file."
            )
        )
        return EXIT_FAILED
    finally:
        registry.close()


def _month(text: str | None) -> Month:
    return Month.parse(text) if text else Month.of(local_day(utc_now()))


def _write(text: str, output: str | None) -> None:
    if output is None:
        # The file is written exact; a terminal shows control characters as escapes.
        sys.stdout.write(printable(text) if sys.stdout.isatty() else text)
        sys.stdout.flush()
        return
    try:
        # The BOM lets Excel open Vietnamese text as UTF-8.
        Path(output).write_text(text, encoding="utf-8-sig")
    except OSError as exc:
        raise CommandRefused(
            QCoreApplication.translate("cli", "Could not write {path}: {reason}").format(
                path=output, reason=exc.strerror or type(exc).__name__
            ),
            EXIT_FAILED,
        ) from exc


# --- coverage -------------------------------------------------------------------------------------


def _table(headers: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return [line(headers), "  ".join("-" * w for w in widths), *(line(r) for r in rows)]


def _coverage(args: argparse.Namespace, registry: Registry) -> int:
    month = _month(args.month)
    if args.checks:
        _write(month_checks_csv(registry, month), args.output)
        return EXIT_OK
    coverage = month_coverage(registry, month, args.risk)
    if args.csv:
        _write(coverage_csv(coverage), args.output)
        return EXIT_OK
    lines = [
        QCoreApplication.translate(
            "cli",
            "Coverage of {month}: {checked} of {total} EPEs checked ({percent:.0f}%), "
            "{checks} checks.",
        ).format(
            month=month,
            checked=coverage.epes_checked,
            total=coverage.epes_total,
            percent=coverage.percent,
            checks=coverage.checks,
        )
    ]
    if coverage.risk_levels:
        lines.append(
            QCoreApplication.translate("cli", "Risk levels: {levels}").format(
                levels=", ".join(RiskLevel(r).label() for r in sorted(coverage.risk_levels))
            )
        )
    lines.append("")
    missing = QCoreApplication.translate("cli", "NOT CHECKED")
    lines += _table(
        [
            QCoreApplication.translate("cli", "EPE"),
            QCoreApplication.translate("cli", "Tax ID"),
            QCoreApplication.translate("cli", "Risk"),
            QCoreApplication.translate("cli", "Done/planned"),
            QCoreApplication.translate("cli", "Last check"),
            QCoreApplication.translate("cli", "Result"),
            QCoreApplication.translate("cli", "Officer"),
        ],
        [
            [
                r.name,
                r.tax_id,
                RiskLevel(r.risk_level).label() if r.risk_level else "",
                f"{r.checks_done}/{r.planned}",
                r.last_check_day.isoformat() if r.last_check_day else "",
                missing if r.missing else (r.last_result.label() if r.last_result else ""),
                r.last_officer,
            ]
            for r in coverage.rows
        ],
        right={3},
    )
    lines.append("")
    lines += _table(
        [
            QCoreApplication.translate("cli", "Officer"),
            QCoreApplication.translate("cli", "Code"),
            QCoreApplication.translate("cli", "Checks"),
            QCoreApplication.translate("cli", "Unscheduled"),
            QCoreApplication.translate("cli", "Outside hours"),
            QCoreApplication.translate("cli", "EPEs"),
            QCoreApplication.translate("cli", "Plan done"),
        ],
        [
            [
                t.officer_name,
                t.officer_code,
                str(t.checks),
                str(t.unscheduled),
                str(t.outside_working_time),
                str(t.epes_checked),
                f"{t.planned_done}/{t.planned}",
            ]
            for t in coverage.officers
        ],
        right={2, 3, 4, 5, 6},
    )
    _write("\n".join(lines) + "\n", args.output)
    return EXIT_OK


# --- log --------------------------------------------------------------------------------------


def _read_secret(prompt: str) -> str:
    if sys.stdin is None or not sys.stdin.isatty():
        line = sys.stdin.readline() if sys.stdin is not None else ""
        return line.rstrip("\r\n")
    return getpass.getpass(prompt)


def _login(store: OfficerStore, code: str) -> Officer:
    if store.find_officer(code) is None:
        raise CommandRefused(
            QCoreApplication.translate(
                "cli", "No officer with the code {code} on this workstation."
            ).format(code=code.strip()[:40]),
            EXIT_BAD_INPUT,
        )
    pin = _read_secret(
        QCoreApplication.translate("cli", "PIN of {code}: ").format(code=code.strip().upper())
    )
    return store.login(code, pin)


def _team_key(credentials: CredentialStore) -> bytes:
    """The workstation's team key by the same rule as the coverage window's."""
    try:
        return stored_team_key(credentials)
    except LogFileError as exc:
        if exc.kind == "no_key":
            raise CommandRefused(str(exc), EXIT_NO_KEYRING) from exc
        raise


def _log(args: argparse.Namespace, registry: Registry) -> int:
    from app.secrets import SecretsError

    try:
        return _log_command(args, registry)
    except SecretsError as exc:
        complain(str(exc))
        return EXIT_NO_KEYRING


def _log_command(args: argparse.Namespace, registry: Registry) -> int:
    from app.secrets import CredentialStore

    command = args.log_command
    if command == "verify":
        return _verify(registry, args.anchor or [])
    if command == "key":
        return _key(args, registry, CredentialStore())
    store = OfficerStore(registry)
    if command == "export":
        month = _month(args.month)
        officer = _login(store, args.officer)
        key = _team_key(CredentialStore())
        summary = export_log(registry, officer, month, args.output, key, whole_workstation=args.all)
        seal_log(registry, CredentialStore(), officer.code)
        say(
            QCoreApplication.translate(
                "cli", "Wrote {path}: {checks} checks, {records} records of {month}."
            ).format(path=summary.path, checks=summary.checks, records=summary.records, month=month)
        )
        return EXIT_OK
    officer = _login(store, args.officer)
    key = _team_key(CredentialStore())
    code = EXIT_OK
    for path, outcome in run_to_end(import_log_files(registry, officer, args.files, key)):
        if isinstance(outcome, str):
            complain(outcome)
            code = EXIT_FAILED
            continue
        say(
            QCoreApplication.translate(
                "cli",
                "Imported {file} ({officer}, {month}): {added} new records ({checks} checks), "
                "{duplicates} already here.",
            ).format(
                file=path.name,
                officer=outcome.exported_by,
                month=outcome.month,
                added=outcome.added,
                checks=outcome.checks_added,
                duplicates=outcome.duplicates,
            )
        )
    return code


def _verify(registry: Registry, files: list[str]) -> int:
    """The chain, held against its anchors (head file, keyring checkpoint, the heads sealed in
    ``files``); checkpoints authenticated when the team key is here. An intact log is sealed
    with a fresh signed checkpoint."""
    from app.secrets import CredentialStore

    credentials = CredentialStore()
    report = verify_log(registry, credentials, [Path(f) for f in files])
    if report.broken is None:
        say(
            QCoreApplication.translate("cli", "The log is intact: {count} records checked.").format(
                count=report.records
            )
        )
        if report.checkpoints:
            say(
                QCoreApplication.translate(
                    "cli", "{count} checkpoint(s) signed with the team key hold."
                ).format(count=report.checkpoints)
            )
        if report.unchecked_checkpoints:
            say(
                QCoreApplication.translate(
                    "cli",
                    "{count} checkpoint(s) could not be authenticated: this workstation does "
                    "not have the team key that signed them.",
                ).format(count=report.unchecked_checkpoints)
            )
        anchor = seal_log(registry, credentials)
        if anchor is not None:
            say(
                QCoreApplication.translate(
                    "cli",
                    "Sealed the log's head with the team key (checkpoint record {seq}, also "
                    "kept in the keyring).",
                ).format(seq=anchor.seq)
            )
        return EXIT_OK
    broken = report.broken
    if broken.record_id:
        say(
            QCoreApplication.translate(
                "cli",
                "The log was altered. First broken link: record {seq} (ID {record_id}). "
                "{reason} The {count} records before it are intact.",
            ).format(
                seq=broken.seq,
                record_id=broken.record_id,
                reason=broken.reason,
                count=report.records,
            )
        )
    else:
        say(
            QCoreApplication.translate(
                "cli", "The log was altered. {reason} The {count} records still here are intact."
            ).format(reason=broken.reason, count=report.records)
        )
    return EXIT_FAILED


def _key(args: argparse.Namespace, registry: Registry, credentials: CredentialStore) -> int:
    command = args.key_command
    ledger = Ledger(registry)
    if command == "show":
        text = credentials.get_team_key()
        if not text:
            say(QCoreApplication.translate("cli", "This workstation has no team key."))
            return EXIT_FAILED
        say(
            QCoreApplication.translate("cli", "Team key fingerprint: {fingerprint}").format(
                fingerprint=key_id(parse_team_key(text))
            )
        )
        return EXIT_OK
    lead = authorise(registry, args, Action.EDIT_ACCOUNTS)
    if command == "new":
        text = new_team_key()
    else:
        text = _read_secret(QCoreApplication.translate("cli", "Team key: "))
    key = parse_team_key(text)
    credentials.set_team_key(key.hex())
    ledger.audit(
        AuditAction.CREDENTIAL_CHANGED,
        lead.code,
        {"change": "team_key", "fingerprint": key_id(key), "via": "cli"},
    )
    if command == "new":
        say(
            QCoreApplication.translate(
                "cli",
                "New team key (stored in this workstation's keyring). Give it to the "
                "officers of the team in person, for 'epewall log key set'; it is not shown "
                "again:",
            )
        )
        say(" ".join(text[i : i + 8] for i in range(0, len(text), 8)))
    say(
        QCoreApplication.translate("cli", "Team key fingerprint: {fingerprint}").format(
            fingerprint=key_id(key)
        )
    )
    return EXIT_OK
