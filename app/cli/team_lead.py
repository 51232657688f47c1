"""The team lead who authorises a command that changes accounts, recorders or the team key.

The command line has no session: a command that replaces an EPE's password, repoints its recorder
or changes the team key asks for a team lead's code and PIN, checks them by the same login and
lock-out rule as the window (``app/officers/profiles.py``: wrong PINs count, the profile locks),
and writes who did it to the audit trail. On a terminal the code is asked and the PIN read without
echo; scripts give ``--lead CODE --pin-stdin`` and the PIN as the first line of standard input.
Without a terminal and without ``--pin-stdin`` (CI, cron, a pipe) the command is refused: a PIN
is never taken from the command line, where the process list shows it.

Exit code of a refusal: :data:`EXIT_REFUSED`.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.cli.output import CommandRefused

if TYPE_CHECKING:
    # The parser adds --lead/--pin-stdin at every start of epewall: the officers, the ledger
    # and the registry load only when a command authorises (see ``authorise``).
    from app.officers.profiles import Action, Officer
    from app.sites.registry import Registry

EXIT_REFUSED = 4


def _t(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def add_lead_arguments(parser: Any) -> None:
    """``--lead CODE`` and ``--pin-stdin`` on a command that needs a team lead."""
    parser.add_argument(
        "--lead", metavar="CODE", help=_t("the team lead who authorises this (asked on a terminal)")
    )
    parser.add_argument(
        "--pin-stdin",
        action="store_true",
        help=_t("read the team lead's PIN from the first line of standard input (for scripts)"),
    )


def _on_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _refuse(text: str) -> CommandRefused:
    return CommandRefused(text, EXIT_REFUSED)


def authorise(registry: Registry, args: argparse.Namespace, action: Action) -> Officer:
    """The team lead whose code and PIN were given; raises CommandRefused (translated)
    otherwise. The login is audited; a wrong PIN counts towards the lock-out."""
    # Not at the top: the parser imports this module at every start (see TYPE_CHECKING above).
    from app.officers.profiles import LoginError, OfficerStore, PermissionDeniedError, require

    store = OfficerStore(registry)
    code = (args.lead or "").strip()
    if args.pin_stdin:
        if not code:
            raise _refuse(
                _t("With --pin-stdin, name the team lead with --lead CODE; nothing was changed.")
            )
        line = sys.stdin.readline() if sys.stdin is not None else ""
        pin = line.rstrip("\r\n")
    elif _on_terminal():
        try:
            if not code:
                code = input(_t("Team lead code: ")).strip()
            pin = getpass.getpass(_t("PIN of {code}: ").format(code=code.upper()))
        except EOFError:
            raise _refuse(_t("No PIN entered; nothing was changed.")) from None
    else:
        raise _refuse(
            _t(
                "This command changes what only a team lead may change, and needs a team "
                "lead's PIN. Run it in a terminal, or give --lead CODE --pin-stdin with the PIN "
                "as the first line of standard input. Nothing was changed."
            )
        )
    if not code or store.find_officer(code) is None:
        raise _refuse(
            _t("No officer with the code {code} on this workstation; nothing was changed.").format(
                code=code[:40]
            )
        )
    try:
        officer = store.login(code, pin)
        require(officer, action)
    except (LoginError, PermissionDeniedError) as exc:
        raise _refuse(str(exc) + " " + _t("Nothing was changed.")) from exc
    if store.recorded_role(officer.code) is not officer.role:
        # Promoted by editing the registry file: the audit trail never saw a team lead do it.
        raise _refuse(
            _t(
                "The role of {code} in the registry is not the one the audit trail records: "
                "it was changed outside epewall. Run 'epewall log verify' and ask another team "
                "lead. Nothing was changed."
            ).format(code=officer.code)
        )
    return officer
