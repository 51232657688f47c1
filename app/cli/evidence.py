"""``epewall evidence verify DIR``: re-check an evidence export against its manifest.
``epewall playback recorder|search|retention EPE``: an EPE's recorder from a terminal.

Exit codes: 0 every file listed is there and unchanged (``retention``: compliant), 1 something is
missing, changed or added (``playback``: failed, or not compliant), 2 the folder has no readable
manifest (``playback``: no such EPE).
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.cli.output import CommandRefused
from app.cli.team_lead import add_lead_arguments, authorise
from app.recorders import make_recorder
from app.recorders.base import (
    UTC,
    Recorder,
    RecorderClock,
    RecorderError,
    RecorderKind,
    RecorderSettings,
    TimeConvention,
    iso_utc,
    retention_check,
)
from app.timekeeping import VIETNAM, show_local

if TYPE_CHECKING:
    from app.domain import Epe
    from app.sites.registry import Registry

# The parser is built at every start of epewall: PyAV, the keyring and the registry are imported
# only when a command here runs.

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_NO_MANIFEST = 2


def _t(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def verify(folder: Path) -> int:
    from app.evidence import export as evidence

    report = evidence.verify(folder)
    for problem in report.problems:
        print(problem.message, flush=True)
    if any(p.reason == "manifest" for p in report.problems):
        return EXIT_NO_MANIFEST
    if report.problems:
        print(
            _t("Evidence NOT verified: {count} problem(s) in {folder}").format(
                count=len(report.problems), folder=folder
            ),
            flush=True,
        )
        return EXIT_PROBLEMS
    print(
        _t("Evidence verified: {count} file(s) unchanged in {folder}").format(
            count=report.checked, folder=folder
        ),
        flush=True,
    )
    print(
        _t("Manifest SHA-256 (compare with the audit log): {digest}").format(
            digest=report.manifest_sha256
        ),
        flush=True,
    )
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    if args.evidence_command == "verify":
        return verify(Path(args.folder))
    raise SystemExit(f"unknown evidence command {args.evidence_command!r}")


# ------------------------------------------------------------------ epewall playback ...


def _parse_vietnam(text: str) -> dt.datetime:
    """``YYYY-MM-DD HH:MM[:SS]`` in Vietnam time, as officers read it off the wall."""
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).replace(tzinfo=VIETNAM).astimezone(UTC)
        except ValueError:
            continue
    raise _RefusedError(
        _t('"{text}" is not a time like 2026-11-22 09:15 (Vietnam time).').format(text=text)
    )


class _RefusedError(Exception):
    def __init__(self, message: str, code: int = EXIT_PROBLEMS) -> None:
        super().__init__(message)
        self.code = code


def _recorder(registry: Registry, name: str) -> tuple[Epe, Recorder]:
    from app.recorders.store import load_recorder
    from app.secrets import CredentialStore

    epe = registry.find_epe(name)
    if epe is None or epe.id is None:
        raise _RefusedError(
            _t('No EPE is called "{epe}" or has that tax ID.').format(epe=name), EXIT_NO_MANIFEST
        )
    settings = load_recorder(registry, epe.id)
    if settings is None:
        raise _RefusedError(
            _t(
                "No recorder is set for {epe}: epewall playback recorder {epe} "
                "--kind ... --host ..."
            ).format(epe=epe.name)
        )
    password = CredentialStore().get_password(epe.uid)
    if not epe.account_user or password is None:
        raise _RefusedError(
            _t("No account is stored for {epe}: epewall credentials set").format(epe=epe.name)
        )
    return epe, make_recorder(settings, epe.account_user, password)


def _audit(registry: Registry, details: dict[str, object]) -> None:
    from app.rotation.ledger import AuditAction, Ledger

    # The command line has no officer session: the operating-system account says who.
    Ledger(registry).audit(
        AuditAction.PLAYBACK_STARTED, "", {**details, "via": "cli", "os_user": getpass.getuser()}
    )


def _set_recorder(registry: Registry, args: argparse.Namespace) -> int:
    from app.officers.profiles import Action
    from app.recorders.store import save_recorder
    from app.rotation.ledger import AuditAction, Ledger

    epe = registry.find_epe(args.epe)
    if epe is None or epe.id is None:
        raise _RefusedError(
            _t('No EPE is called "{epe}" or has that tax ID.').format(epe=args.epe),
            EXIT_NO_MANIFEST,
        )
    lead = authorise(registry, args, Action.EDIT_ACCOUNTS)
    clock = RecorderClock(TimeConvention(args.times), args.utc_offset_minutes)
    with registry.transaction():
        save_recorder(
            registry,
            epe.id,
            RecorderSettings(
                RecorderKind(args.kind), args.host, args.http_port, args.rtsp_port, clock
            ),
        )
        Ledger(registry).audit(
            AuditAction.RECORDER_CHANGED,
            lead.code,
            {
                "epe_tax_id": epe.tax_id,
                "kind": args.kind,
                "host": args.host,
                "http_port": args.http_port,
                "rtsp_port": args.rtsp_port,
                "via": "cli",
                "os_user": getpass.getuser(),
            },
        )
    print(_t("Recorder of {epe} saved.").format(epe=epe.name), flush=True)
    return EXIT_OK


def _search(registry: Registry, args: argparse.Namespace) -> int:
    epe, recorder = _recorder(registry, args.epe)
    start, end = _parse_vietnam(args.start), _parse_vietnam(args.end)
    result = recorder.search(args.camera, start, end)
    _audit(
        registry,
        {
            "operation": "search",
            "epe_tax_id": epe.tax_id,
            "camera": args.camera,
            "start_utc": iso_utc(start),
            "end_utc": iso_utc(end),
        },
    )
    for segment in result.segments:
        print(
            _t("recorded  {start} - {end}").format(
                start=show_local(segment.start, seconds=True),
                end=show_local(segment.end, seconds=True),
            )
        )
    for lo, hi in result.gaps:
        print(
            _t("GAP       {start} - {end}").format(
                start=show_local(lo, seconds=True), end=show_local(hi, seconds=True)
            )
        )
    for event in result.events:
        print(
            _t("event     {start} {kind}").format(
                start=show_local(event.start, seconds=True), kind=event.kind
            )
        )
    return EXIT_OK


def _retention(registry: Registry, args: argparse.Namespace) -> int:
    epe, recorder = _recorder(registry, args.epe)
    report = retention_check(recorder.summary())
    if report.compliant:
        print(
            _t("{epe}: recordings kept since {earliest} ({days} days): compliant.").format(
                epe=epe.name,
                earliest=show_local(report.earliest, seconds=True),
                days=report.days_kept,
            )
        )
        return EXIT_OK
    print(
        _t(
            "{epe}: recordings are kept only {days} days (since {earliest}); Decision 247 "
            "asks at least 12 months."
        ).format(
            epe=epe.name, days=report.days_kept, earliest=show_local(report.earliest, seconds=True)
        )
    )
    return EXIT_PROBLEMS


def add_playback_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """``epewall playback recorder|search|retention``."""
    playback = sub.add_parser("playback", help="an EPE's recorder: settings, search, retention")
    p_sub = playback.add_subparsers(
        dest="playback_command", required=True, parser_class=parser_class
    )
    rec = p_sub.add_parser("recorder", help="set the EPE's recorder (no password: see credentials)")
    rec.add_argument("epe", metavar="EPE_NAME")
    rec.add_argument("--kind", required=True, choices=[k.value for k in RecorderKind])
    rec.add_argument("--host", required=True)
    rec.add_argument("--http-port", type=int, default=80)
    rec.add_argument("--rtsp-port", type=int, default=554)
    rec.add_argument(
        "--times",
        choices=["utc", "local"],
        default="utc",
        help="how the recorder writes times (check with calibration)",
    )
    rec.add_argument("--utc-offset-minutes", type=int, default=420)
    add_lead_arguments(rec)
    search = p_sub.add_parser("search", help="recorded segments, gaps and events (Vietnam time)")
    search.add_argument("epe", metavar="EPE_NAME")
    search.add_argument("--camera", type=int, required=True, help="diagram number")
    search.add_argument("--from", dest="start", required=True, metavar="'YYYY-MM-DD HH:MM'")
    search.add_argument("--to", dest="end", required=True, metavar="'YYYY-MM-DD HH:MM'")
    ret = p_sub.add_parser("retention", help="are recordings kept 12 months (Decision 247 I.2.2)")
    ret.add_argument("epe", metavar="EPE_NAME")


def run_playback(args: argparse.Namespace) -> int:
    from app.secrets import SecretsError
    from app.sites.registry import Registry
    from app.storage.database import RegistryError

    try:
        registry = Registry()
    except RegistryError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        match args.playback_command:
            case "recorder":
                return _set_recorder(registry, args)
            case "search":
                return _search(registry, args)
            case "retention":
                return _retention(registry, args)
        raise SystemExit(f"unknown playback command {args.playback_command!r}")
    except (_RefusedError, CommandRefused) as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    except (RecorderError, SecretsError, RegistryError) as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_PROBLEMS
    finally:
        registry.close()
