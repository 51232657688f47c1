"""``epewall evidence verify DIR``: re-check an evidence export against its signed manifest.
``epewall evidence key show|export|register|list|revoke``: this workstation's signing key and the
team's registered workstation keys (register/revoke: a team lead's PIN, audited).
``epewall playback recorder|search|retention EPE``: an EPE's recorder from a terminal.

Exit codes of ``verify``: 0 signed by a registered workstation and every file listed is there and
unchanged, 1 something is missing, changed, added, not a regular file, or the signature does not
match, 2 the folder has no readable manifest, 3 intact but signed by a workstation the team has
not registered, 4 intact but unsigned (made before signing existed: integrity only).
``key``: 0 done, 1 refused file or unknown key, 3 keyring unusable, 4 wrong PIN or role.
``playback``: 0 done (``retention``: compliant), 1 failed or not compliant, 2 no such EPE.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.cli.output import CommandRefused, complain, say
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
    from app.evidence.signing import RegisteredKey
    from app.sites.registry import Registry

# The parser is built at every start of epewall: PyAV, the keyring and the registry are imported
# only when a command here runs.

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_NO_MANIFEST = 2
EXIT_UNREGISTERED = 3
EXIT_UNSIGNED = 4
EXIT_NO_KEYRING = 3
EXIT_REFUSED = 4


def _t(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def add_evidence_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """``epewall evidence verify|key``."""
    evidence = sub.add_parser("evidence", help=_t("exported playback evidence"))
    ev_sub = evidence.add_subparsers(
        dest="evidence_command", required=True, parser_class=parser_class
    )
    everify = ev_sub.add_parser(
        "verify", help=_t("re-check an export folder: its signature, signer and every file")
    )
    everify.add_argument("folder", metavar="DIR")
    key = ev_sub.add_parser("key", help=_t("workstation keys that sign evidence"))
    k_sub = key.add_subparsers(dest="key_command", required=True, parser_class=parser_class)
    k_sub.add_parser("show", help=_t("this workstation's public key and fingerprint"))
    kexp = k_sub.add_parser("export", help=_t("write this workstation's public key to a file"))
    kexp.add_argument("file", metavar="FILE")
    kreg = k_sub.add_parser(
        "register", help=_t("trust a workstation's key file (team lead; PIN from stdin/prompt)")
    )
    kreg.add_argument("file", metavar="FILE")
    add_lead_arguments(kreg)
    k_sub.add_parser("list", help=_t("the workstation keys registered with the team"))
    krev = k_sub.add_parser(
        "revoke", help=_t("stop trusting a workstation's key (team lead; PIN from stdin/prompt)")
    )
    krev.add_argument("fingerprint", metavar="FINGERPRINT")
    add_lead_arguments(krev)


def _trusted_keys() -> dict[str, RegisteredKey]:
    """The team's registered keys as this workstation's log has them; none when it has no log."""
    from app.evidence.signing import registered_keys
    from app.rotation.ledger import Ledger
    from app.sites.registry import Registry
    from app.storage.database import RegistryError

    try:
        registry = Registry()
    except RegistryError as exc:
        complain(str(exc))
        return {}
    try:
        return registered_keys(Ledger(registry))
    finally:
        registry.close()


def verify(folder: Path, trusted: dict[str, RegisteredKey] | None = None) -> int:
    from app.evidence import export as evidence

    report = evidence.verify(folder, _trusted_keys() if trusted is None else trusted)
    for problem in report.problems:
        say(problem.message)
    if report.signer is not None:
        say(
            _t("Signed by workstation {workstation}, key {fingerprint}: {status}").format(
                workstation=report.signer.workstation,
                fingerprint=_show(report.signer.fingerprint),
                status=_t("registered with the team")
                if report.signer.registered is not None
                else _t("NOT registered with the team"),
            )
        )
    say(evidence.verdict_text(report))
    if report.verdict is not evidence.Verdict.NO_MANIFEST:
        say(
            _t("Manifest SHA-256 (compare with the audit log): {digest}").format(
                digest=report.manifest_sha256
            )
        )
    return {
        evidence.Verdict.VERIFIED: EXIT_OK,
        evidence.Verdict.UNREGISTERED: EXIT_UNREGISTERED,
        evidence.Verdict.UNSIGNED: EXIT_UNSIGNED,
        evidence.Verdict.NO_MANIFEST: EXIT_NO_MANIFEST,
    }.get(report.verdict, EXIT_PROBLEMS)


def _show(fingerprint: str) -> str:
    from app.evidence.signing import show_fingerprint

    return show_fingerprint(fingerprint)


def _key(args: argparse.Namespace) -> int:
    from app.evidence import signing
    from app.officers.profiles import Action, PermissionDeniedError
    from app.rotation.ledger import Ledger
    from app.secrets import CredentialStore, SecretsError
    from app.sites.registry import Registry
    from app.storage.database import RegistryError

    command = args.key_command
    try:
        if command in ("show", "export"):
            key = signing.workstation_key(CredentialStore()).public
            if command == "export":
                signing.write_public_key(key, Path(args.file))
                say(
                    _t("Wrote the public key of {workstation} to {file}.").format(
                        workstation=key.workstation, file=args.file
                    )
                )
            say(_t("Workstation: {workstation}").format(workstation=key.workstation))
            say(_t("Fingerprint: {fingerprint}").format(fingerprint=_show(key.fingerprint)))
            say(_t("Public key (Ed25519): {key}").format(key=key.text))
            return EXIT_OK
        registry = Registry()
    except (SecretsError, signing.EvidenceKeyError) as exc:
        complain(str(exc))
        return EXIT_NO_KEYRING
    except (RegistryError, OSError) as exc:
        complain(str(exc))
        return EXIT_PROBLEMS
    try:
        ledger = Ledger(registry)
        if command == "list":
            keys = signing.registered_keys(ledger)
            if not keys:
                say(_t("No workstation key is registered with the team on this workstation."))
            for item in keys.values():
                say(
                    _t("{fingerprint}  {workstation}  (registered by {officer}, {when})").format(
                        fingerprint=_show(item.key.fingerprint),
                        workstation=item.key.workstation,
                        officer=item.registered_by,
                        when=show_local(dt.datetime.fromisoformat(item.registered_at)),
                    )
                )
            return EXIT_OK
        if command == "register":
            public = signing.read_public_key(Path(args.file))
            say(
                _t(
                    "Registering {workstation}, fingerprint {fingerprint}: compare it with the "
                    "fingerprint printed on that workstation's evidence."
                ).format(workstation=public.workstation, fingerprint=_show(public.fingerprint))
            )
            actor = authorise(registry, args, Action.IMPORT_LOGS)
            signing.register_key(ledger, actor, public)
            say(_t("Registered with the team."))
            return EXIT_OK
        actor = authorise(registry, args, Action.IMPORT_LOGS)
        if not signing.revoke_key(ledger, actor, args.fingerprint):
            complain(_t("No registered workstation key has that fingerprint."))
            return EXIT_PROBLEMS
        say(_t("The key is no longer trusted: evidence it signs will not verify."))
        return EXIT_OK
    except signing.EvidenceKeyError as exc:
        complain(str(exc))
        return EXIT_PROBLEMS
    except CommandRefused as exc:
        complain(str(exc))
        return exc.code
    except PermissionDeniedError as exc:
        complain(str(exc))
        return EXIT_REFUSED
    finally:
        registry.close()


def run(args: argparse.Namespace) -> int:
    if args.evidence_command == "verify":
        return verify(Path(args.folder))
    if args.evidence_command == "key":
        return _key(args)
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
    say(_t("Recorder of {epe} saved.").format(epe=epe.name))
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
        say(
            _t("recorded  {start} - {end}").format(
                start=show_local(segment.start, seconds=True),
                end=show_local(segment.end, seconds=True),
            )
        )
    for lo, hi in result.gaps:
        say(
            _t("GAP       {start} - {end}").format(
                start=show_local(lo, seconds=True), end=show_local(hi, seconds=True)
            )
        )
    for event in result.events:
        say(
            _t("event     {start} {kind}").format(
                start=show_local(event.start, seconds=True), kind=event.kind
            )
        )
    return EXIT_OK


def _retention(registry: Registry, args: argparse.Namespace) -> int:
    epe, recorder = _recorder(registry, args.epe)
    report = retention_check(recorder.summary())
    if report.compliant:
        say(
            _t("{epe}: recordings kept since {earliest} ({days} days): compliant.").format(
                epe=epe.name,
                earliest=show_local(report.earliest, seconds=True),
                days=report.days_kept,
            )
        )
        return EXIT_OK
    say(
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
    playback = sub.add_parser("playback", help=_t("an EPE's recorder: settings, search, retention"))
    p_sub = playback.add_subparsers(
        dest="playback_command", required=True, parser_class=parser_class
    )
    rec = p_sub.add_parser(
        "recorder", help=_t("set the EPE's recorder (no password: see credentials)")
    )
    rec.add_argument("epe", metavar="EPE_NAME")
    rec.add_argument("--kind", required=True, choices=[k.value for k in RecorderKind])
    rec.add_argument("--host", required=True)
    rec.add_argument("--http-port", type=int, default=80)
    rec.add_argument("--rtsp-port", type=int, default=554)
    rec.add_argument(
        "--times",
        choices=["utc", "local"],
        default="utc",
        help=_t("how the recorder writes times (check with calibration)"),
    )
    rec.add_argument("--utc-offset-minutes", type=int, default=420)
    add_lead_arguments(rec)
    search = p_sub.add_parser(
        "search", help=_t("recorded segments, gaps and events (Vietnam time)")
    )
    search.add_argument("epe", metavar="EPE_NAME")
    search.add_argument("--camera", type=int, required=True, help=_t("diagram number"))
    search.add_argument("--from", dest="start", required=True, metavar="'YYYY-MM-DD HH:MM'")
    search.add_argument("--to", dest="end", required=True, metavar="'YYYY-MM-DD HH:MM'")
    ret = p_sub.add_parser(
        "retention", help=_t("are recordings kept 12 months (Decision 247 I.2.2)")
    )
    ret.add_argument("epe", metavar="EPE_NAME")


def run_playback(args: argparse.Namespace) -> int:
    from app.secrets import SecretsError
    from app.sites.registry import Registry
    from app.storage.database import RegistryError

    try:
        registry = Registry()
    except RegistryError as exc:
        complain(str(exc))
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
        complain(str(exc))
        return exc.code
    except (RecorderError, SecretsError, RegistryError) as exc:
        complain(str(exc))
        return EXIT_PROBLEMS
    finally:
        registry.close()
