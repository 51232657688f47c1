"""``epewall credentials set|check|delete``: an EPE's account in the OS keyring, from a terminal.

``set`` and ``delete`` need a team lead (``app/cli/team_lead.py``: code and PIN asked on a
terminal, or ``--lead CODE --pin-stdin``), and are written to the audit trail with who did them.
With ``--pin-stdin`` the PIN is the first line of standard input and the password the second.

The password is read from standard input when that is not a terminal (first line), otherwise from a
masked prompt asked twice; it is never taken from the command line, where other users could see it
in the process list and it would stay in the shell history. Nothing printed contains it.

Exit codes: 0 done (``check``: a password is stored), 1 failed (``check``: no password stored),
2 no such EPE, 3 the keyring cannot be used (the message says why and what to do), 4 no team
lead's PIN or a wrong one (nothing was changed).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys

from PySide6.QtCore import QCoreApplication

from app.cli.output import CommandRefused, complain, say
from app.cli.team_lead import authorise
from app.domain import Epe, ValidationError
from app.officers.profiles import Action, Officer
from app.rotation.ledger import AuditAction, Ledger
from app.secrets import CredentialStore, SecretsError
from app.sites import accounts
from app.sites.registry import Registry
from app.storage.database import RegistryError

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_NOT_STORED = 1
EXIT_UNKNOWN_EPE = 2
EXIT_NO_KEYRING = 3


def _t(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def run(args: argparse.Namespace) -> int:
    try:
        registry = Registry()
    except RegistryError as exc:
        complain(str(exc))
        return EXIT_FAILED
    try:
        return _dispatch(args, registry, CredentialStore())
    except CommandRefused as exc:
        complain(str(exc))
        return exc.code
    except SecretsError as exc:
        complain(str(exc))
        return EXIT_NO_KEYRING
    except (RegistryError, ValidationError) as exc:
        complain(str(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        complain("")
        return 130
    except Exception:
        log.exception("credentials %s failed", args.credentials_command)
        complain(_t("The command failed unexpectedly; the details are in epewall's log file."))
        return EXIT_FAILED
    finally:
        registry.close()


def _dispatch(args: argparse.Namespace, registry: Registry, store: CredentialStore) -> int:
    epe = registry.find_epe(args.epe)
    if epe is None or epe.id is None:
        raise CommandRefused(
            _t(
                'No EPE is called "{epe}" or has that tax ID. See the registered EPEs with: '
                "epewall sites list"
            ).format(epe=args.epe),
            EXIT_UNKNOWN_EPE,
        )
    match args.credentials_command:
        case "set":
            _require_keyring(store)
            lead = authorise(registry, args, Action.EDIT_ACCOUNTS)
            return _set(registry, store, epe, epe.id, args.user, lead)
        case "check":
            return _check(store, epe)
        case "delete":
            _require_keyring(store)
            lead = authorise(registry, args, Action.EDIT_ACCOUNTS)
            return _delete(registry, store, epe, epe.id, lead)
    raise ValueError(f"unknown credentials command {args.credentials_command!r}")


def _require_keyring(store: CredentialStore) -> str:
    """The backend's name, or refuse with the explanation when the keyring cannot be used."""
    status = store.status()
    if not status.ready:
        raise CommandRefused(status.explanation, EXIT_NO_KEYRING)
    return status.backend


def _read_password() -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        password = line.removesuffix("\n").removesuffix("\r")
        if not password:
            raise CommandRefused(
                _t(
                    "No password on standard input. Give the password as the first line, e.g. "
                    "from a file only you can read: epewall credentials set EPE --user NAME "
                    "< password.txt"
                ),
                EXIT_FAILED,
            )
        return password
    try:
        password = getpass.getpass(_t("Password: "))
        if not password:
            raise CommandRefused(_t("The password is empty; nothing was stored."), EXIT_FAILED)
        again = getpass.getpass(_t("Password again: "))
    except EOFError:
        raise CommandRefused(_t("No password entered; nothing was stored."), EXIT_FAILED) from None
    if again != password:
        raise CommandRefused(_t("The two passwords differ; nothing was stored."), EXIT_FAILED)
    return password


def _audit(registry: Registry, lead: Officer, epe: Epe, change: str) -> None:
    Ledger(registry).audit(
        AuditAction.CREDENTIAL_CHANGED,
        lead.code,
        {"epe_tax_id": epe.tax_id, "change": change, "via": "cli", "os_user": getpass.getuser()},
    )


def _set(
    registry: Registry, store: CredentialStore, epe: Epe, epe_id: int, user: str, lead: Officer
) -> int:
    backend = _require_keyring(store)
    if not user.strip():
        raise CommandRefused(_t("The account user name (--user) must not be empty."), EXIT_FAILED)
    password = _read_password()
    saved = accounts.set_account(registry, store, epe_id, user, password)
    _audit(registry, lead, epe, "epe_account")
    say(
        _t('Stored the password of account "{user}" for EPE "{epe}" in {backend}.').format(
            user=saved.account_user, epe=saved.name, backend=backend
        )
    )
    return EXIT_OK


def _check(store: CredentialStore, epe: Epe) -> int:
    backend = _require_keyring(store)
    if store.has_password(epe.uid):
        say(
            _t('EPE "{epe}": a password is stored for account "{user}" in {backend}.').format(
                epe=epe.name, user=epe.account_user, backend=backend
            )
        )
        return EXIT_OK
    if epe.account_user:
        text = _t(
            'EPE "{epe}": no password is stored in {backend} (account user "{user}"). '
            'Store it with: epewall credentials set "{epe}" --user "{user}"'
        )
    else:
        text = _t(
            'EPE "{epe}": no account is stored in {backend}. Store it with: '
            'epewall credentials set "{epe}" --user NAME'
        )
    say(text.format(epe=epe.name, user=epe.account_user, backend=backend))
    return EXIT_NOT_STORED


def _delete(
    registry: Registry, store: CredentialStore, epe: Epe, epe_id: int, lead: Officer
) -> int:
    backend = _require_keyring(store)
    had_password = store.has_password(epe.uid)
    accounts.clear_account(registry, store, epe_id)
    _audit(registry, lead, epe, "epe_account_deleted")
    if had_password:
        text = _t('Deleted the password of EPE "{epe}" from {backend} and forgot its account.')
    else:
        text = _t('EPE "{epe}" had no password in {backend}; its account is forgotten.')
    say(text.format(epe=epe.name, backend=backend))
    return EXIT_OK
