"""An EPE's access account (I.2.1): the user name in the registry, the password in the keyring.

The two stores change in an order that never leaves a password without its EPE: the keyring is
written before the registry, and a secret is deleted before its EPE row. Invariant kept by this
module: a stored password implies ``Epe.account_user`` is set.

Every function may block on the keyring (D-Bus): the GUI calls them through ``app.workers.Job``.
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QCoreApplication

from app.domain import Epe, ValidationError
from app.secrets import CredentialStore, KeyringState, SecretsError
from app.sites.registry import Registry

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Accounts", text)


def set_account(
    registry: Registry, store: CredentialStore, epe_id: int, user: str, password: str
) -> Epe:
    """Store the EPE's account: the password in the keyring first, then the user name.

    Raises KeyError (no such EPE), ValidationError (empty or bad user name, empty password),
    SecretsError (keyring unusable; the registry is unchanged) or RegistryError (the previous
    password is put back).
    """
    epe = registry.get_epe(epe_id)
    user = user.strip()
    if not user:
        raise ValidationError("account_user", _t("The account user name is required."))
    if not password:
        raise ValidationError("password", _t("The password is required."))
    updated = dataclasses.replace(epe, account_user=user)
    problems = registry.validate_epe(updated)
    if problems:
        raise problems[0]
    previous = store.get_password(epe.uid)
    store.set_password(epe.uid, password)
    try:
        saved = registry.update_epe(updated)
    except BaseException:
        # Put the keyring back as it was, so it still matches the account user in the registry.
        try:
            if previous is None:
                store.delete_password(epe.uid)
            else:
                store.set_password(epe.uid, previous)
        except SecretsError as exc:
            log.warning("EPE %s: could not restore the previous password: %s", epe_id, exc.state)
        raise
    log.info("EPE %s: account stored (password in the keyring)", epe_id)
    return saved


def clear_account(registry: Registry, store: CredentialStore, epe_id: int) -> Epe:
    """Forget the EPE's account: delete the password first, then the user name.

    Raises KeyError (no such EPE) or SecretsError (keyring unusable; nothing was changed).
    """
    epe = registry.get_epe(epe_id)
    store.delete_password(epe.uid)
    saved = registry.update_epe(dataclasses.replace(epe, account_user=""))
    log.info("EPE %s: account cleared", epe_id)
    return saved


def remove_epe(registry: Registry, store: CredentialStore, epe_id: int) -> None:
    """Delete the EPE with its cameras, after deleting its password from the keyring.

    When the password cannot be deleted (keyring locked, access refused...) the EPE is kept and
    SecretsError says so: deleting it anyway would leave the EPE's password behind in the keyring,
    with nothing in epewall pointing to it. Raises KeyError when there is no such EPE.
    """
    epe = registry.get_epe(epe_id)
    try:
        store.delete_password(epe.uid)
    except SecretsError as exc:
        if exc.state is KeyringState.NO_KEYRING and not epe.account_user:
            # Without an account user no password was ever stored (see the module invariant),
            # so a machine without any keyring can still delete EPEs.
            log.info("EPE %s: no keyring and no account, deleting without touching secrets", epe_id)
        else:
            message = _t(
                'The EPE "{name}" was not deleted, because its stored password could not be '
                "removed from the system keyring. {reason}"
            ).format(name=epe.name, reason=exc.explanation)
            raise SecretsError(exc.state, message, exc.backend, exc.explanation) from exc
    registry.delete_epe(epe_id)
