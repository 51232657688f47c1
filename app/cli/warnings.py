"""``epewall warnings list [--since "YYYY-MM-DD HH:MM"]`` and ``epewall warnings watch
--seconds N``: the device warnings (Decision 247 II.2.2) stored on this workstation, and a
subscription to every EPE device for a while, printing what arrives.

Times are typed and shown in Vietnamese time. Exit codes: 0 done, 1 the registry cannot be
read, 2 a bad argument.
"""

from __future__ import annotations

import argparse
import datetime as dt
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.cli.output import CommandRefused, complain, say
from app.timekeeping import VIETNAM, show_local

EXIT_OK = 0
EXIT_REGISTRY = 1
EXIT_BAD_ARGUMENT = 2


def _t(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """The ``warnings`` command for ``app.cli.main.build_parser``."""
    warnings = sub.add_parser("warnings", help=_t("device warnings: motion, tampering, video loss"))
    warnings_sub = warnings.add_subparsers(
        dest="warnings_command", required=True, parser_class=parser_class
    )
    listing = warnings_sub.add_parser("list", help=_t("the stored warnings, newest first"))
    listing.add_argument(
        "--since",
        metavar="YYYY-MM-DD HH:MM",
        help=_t("only warnings from this moment on (Vietnamese time)"),
    )
    listing.add_argument(
        "--open", action="store_true", help=_t("only the warnings not yet resolved")
    )
    watch = warnings_sub.add_parser(
        "watch", help=_t("subscribe to every EPE device for a while and print its warnings")
    )
    watch.add_argument(
        "--seconds", type=float, default=60.0, metavar="N", help=_t("how long to listen")
    )


def run(args: argparse.Namespace) -> int:
    try:
        if args.warnings_command == "list":
            return _list(args)
        if args.warnings_command == "watch":
            return _watch(args)
    except CommandRefused as exc:
        complain(str(exc))
        return exc.code
    except KeyboardInterrupt:
        complain("")
        return 130
    raise ValueError(f"unknown warnings command {args.warnings_command!r}")


def parse_since(text: str) -> dt.datetime:
    """ "YYYY-MM-DD HH:MM" (or a date alone) in Vietnamese time, as UTC."""
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            moment = dt.datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
        return moment.replace(tzinfo=VIETNAM).astimezone(dt.UTC)
    raise CommandRefused(
        _t('"{text}" is not a moment: write it as YYYY-MM-DD HH:MM, e.g. 2026-12-01 17:30.').format(
            text=text
        ),
        EXIT_BAD_ARGUMENT,
    )


def _line(warning: Any, names: dict[int, str]) -> str:
    from app.warnings.topics import WarningKind

    camera = (
        _t("camera {number}").format(number=warning.camera_number)
        if warning.camera_number is not None
        else _t("the device")
    )
    state = _t("resolved") if warning.resolved else _t("open")
    count = f" ×{warning.count}" if warning.count > 1 else ""
    shot = f"  {warning.snapshot_path}" if warning.snapshot_path else ""
    return (
        f"{show_local(warning.first_at, seconds=True)}  {names.get(warning.epe_id, '?')}  "
        f"{camera}  {WarningKind(warning.kind).label}{count}  [{state}]{shot}"
    )


def _list(args: argparse.Namespace) -> int:
    from app.sites.registry import Registry
    from app.storage.database import RegistryError
    from app.warnings.store import WarningStore

    since = parse_since(args.since) if args.since else None
    try:
        with Registry() as registry:
            names = {e.id or 0: e.name for e in registry.list_epes()}
            found = WarningStore(registry).list(since, unresolved_only=args.open)
    except RegistryError as exc:
        raise CommandRefused(str(exc), EXIT_REGISTRY) from None
    if not found:
        say(_t("No warnings."))
    for warning in found:
        say(_line(warning, names))
    return EXIT_OK


def _watch(args: argparse.Namespace) -> int:
    from app.secrets import CredentialStore
    from app.sites.registry import Registry
    from app.storage.database import RegistryError
    from app.warnings.manager import WarningsManager
    from app.warnings.sources import onvif_snapshot, recorder_poller, targets_from_registry
    from app.warnings.store import WarningStore

    if not 0 < args.seconds <= 86_400:
        raise CommandRefused(_t("--seconds: between 1 and 86400."), EXIT_BAD_ARGUMENT)
    try:
        registry = Registry()
    except RegistryError as exc:
        raise CommandRefused(str(exc), EXIT_REGISTRY) from None
    with registry:
        targets, skipped = targets_from_registry(registry, CredentialStore())
        names = {e.id or 0: e.name for e in registry.list_epes()}
        for epe in skipped:
            complain(_t("{epe}: not watched: {reason}").format(epe=epe.epe_name, reason=epe.reason))
        say(
            _t("Listening to {count} devices for {seconds:g} s.").format(
                count=len(targets), seconds=args.seconds
            )
        )
        lock = threading.Lock()

        def heard(warning: Any, new: bool) -> None:
            with lock:
                say(("+ " if new else "  ") + _line(warning, names))

        manager = WarningsManager(
            WarningStore(registry),
            targets,
            listener=heard,
            snapshots=onvif_snapshot,
            poller=recorder_poller(registry),
        )
        with manager:
            threading.Event().wait(args.seconds)
            summary = [
                _t("{epe}: {state}, {subscriptions} subscriptions").format(
                    epe=watcher.target.epe_name,
                    state=watcher.state.value,
                    subscriptions=watcher.subscriptions,
                )
                + (f": {watcher.problem}" if watcher.problem else "")
                for watcher in manager.watchers
            ]
        for line in summary:
            say(line)
    return EXIT_OK
