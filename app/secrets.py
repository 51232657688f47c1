"""EPE passwords in the operating system's keyring — the only module that imports ``keyring``.

Key scheme: every EPE account password is one keyring entry with service ``"epewall"``
(:data:`SERVICE`) and username ``"epe:<uid>"`` (:func:`account_name`), where ``uid`` is the
registry's stable per-EPE identifier (``Epe.uid``), so renaming an EPE or fixing its tax ID keeps
its secret. The account *user* name lives in the registry (``Epe.account_user``); only the password
is here. On Linux the entry is a Secret Service item with the attributes ``service``,
``username`` and ``application=epewall``, visible in Passwords and Keys (Seahorse) or KWallet.

Backends are an allowlist chosen by platform, never by keyring's configuration file or the
``PYTHON_KEYRING_BACKEND`` variable: Secret Service on Linux/BSD (GNOME Keyring, KWallet,
KeePassXC), Windows Credential Manager, macOS Keychain. When none is usable the state is
``NO_KEYRING`` and nothing is stored: there is no plaintext or file fallback.

Nothing here ever prompts implicitly. A locked Secret Service collection makes ``status()`` and
every read or write answer ``LOCKED`` at once, because gnome-keyring's unlock prompt waits for a
human forever (headless, or nobody at the desk) and a worker must not hang on it. Unlocking from
epewall is an explicit user action, :meth:`CredentialStore.request_unlock`, bounded by a timeout.

Every call may block on D-Bus or the OS: the GUI runs them through ``app.workers.Job``.
No password appears in a log line or in an exception message.
"""

from __future__ import annotations

import enum
import logging
import os
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from keyring.backend import KeyringBackend
from keyring.errors import (
    InitError,
    KeyringError,
    KeyringLocked,
    NoKeyringError,
    PasswordDeleteError,
)
from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

SERVICE = "epewall"
_SECRETS_BUS_NAME = "org.freedesktop.secrets"
_T = TypeVar("_T")


# The team's log-signing key: one entry beside the EPE passwords ("epe:" names cannot clash).
TEAM_KEY_ACCOUNT = "team:log-signing-key"
# This workstation's private key that signs evidence exports (app/evidence/signing.py).
EVIDENCE_KEY_ACCOUNT = "workstation:evidence-signing-key"
LOG_ANCHOR_ACCOUNT = "log-anchor:"  # + workstation id: the check log's newest checkpoint


def account_name(epe_uid: str) -> str:
    """The keyring username under which the password of the EPE with ``epe_uid`` is stored."""
    if not epe_uid.strip():
        raise ValueError("an EPE without a uid has no keyring entry (save it first)")
    return f"epe:{epe_uid}"


class KeyringState(enum.Enum):
    READY = "ready"
    NO_KEYRING = "no_keyring"
    LOCKED = "locked"
    DENIED = "denied"
    ERROR = "error"


@dataclass(frozen=True)
class KeyringStatus:
    state: KeyringState
    backend: str  # human name, e.g. "Secret Service (GNOME Keyring)"
    explanation: str  # translated: what this means and what to do; empty when READY

    @property
    def ready(self) -> bool:
        return self.state is KeyringState.READY


class SecretsError(Exception):
    """A keyring operation failed. ``str()`` is translated, says what to do, holds no password."""

    def __init__(
        self, state: KeyringState, message: str, backend: str = "", explanation: str = ""
    ) -> None:
        super().__init__(message)
        self.state = state
        self.backend = backend
        self.explanation = explanation or message  # what to do, without what failed


class NoPasswordError(Exception):
    """No account is stored for an EPE: no account user in the registry, or no password in the
    keyring. ``str()`` is what the caller that knows the user's next step says (translated);
    ``detail`` names the missing half for the log. Never holds a password."""

    def __init__(self, message: str = "", detail: str = "no password in the keyring") -> None:
        super().__init__(message or detail)
        self.detail = detail


def _t(text: str) -> str:
    return QCoreApplication.translate("Secrets", text)


def explain(state: KeyringState, backend: str) -> str:
    """The translated explanation of ``state`` for the user: what happened, what to do."""
    match state:
        case KeyringState.READY:
            return ""
        case KeyringState.NO_KEYRING:
            return _t(
                "No system keyring is available, so EPE passwords can be neither stored nor read. "
                "On Linux, install and start GNOME Keyring (gnome-keyring) or KWallet in your "
                "desktop session, then retry. epewall never stores passwords in files."
            )
        case KeyringState.LOCKED:
            return _t(
                "The system keyring, {backend}, is locked. Unlock it - log out and in again, or "
                'open Passwords and Keys and unlock the "Login" keyring - then retry.'
            ).format(backend=backend)
        case KeyringState.DENIED:
            return _t(
                "Access to the system keyring, {backend}, was refused, or the unlock prompt was "
                "dismissed. Unlock the keyring and allow epewall to use it, then retry."
            ).format(backend=backend)
        case KeyringState.ERROR:
            return _t(
                "The system keyring, {backend}, reported an error. Retry; if it keeps failing, "
                "log out and in again or restart the keyring service. Details are in the log."
            ).format(backend=backend)


def _no_default_collection() -> str:
    return _t(
        "The system keyring has no default keyring. Open Passwords and Keys (Seahorse) or KWallet, "
        "create a keyring and make it the default, then retry. epewall never stores passwords in "
        "files."
    )


# --- Secret Service (Linux/BSD) -------------------------------------------------------------------

try:
    import secretstorage
    from jeepney import DBusErrorResponse
    from keyring.backends import SecretService
    from secretstorage import exceptions as ss_errors

    class _SecretServiceKeyring(SecretService.Keyring):
        """keyring's Secret Service backend, except that it never opens an unlock prompt.

        keyring's own backend calls ``Collection.unlock()`` without a timeout, which blocks forever
        when no one answers gnome-keyring's prompt, and ``get_default_collection()`` creates a
        collection (another prompt) when there is none.
        """

        appid = "epewall"

        def get_preferred_collection(self) -> secretstorage.Collection:
            connection = secretstorage.dbus_init()
            try:
                collection = secretstorage.Collection(connection)
                if collection.is_locked():
                    raise KeyringLocked("the default Secret Service collection is locked")
            except BaseException:
                connection.close()
                raise
            return collection

        def unlock(self, item: Any) -> None:
            if item.is_locked():
                raise KeyringLocked("the Secret Service item is locked")

    _HAVE_SECRET_SERVICE = True
except ImportError:  # pragma: no cover - SecretStorage is a dependency on every platform
    _HAVE_SECRET_SERVICE = False


def _secret_service_provider(connection: Any) -> str:
    """Which program answers on the Secret Service bus name (best effort, for the user)."""
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import Proxy

    try:
        (pid,) = Proxy(message_bus, connection).GetConnectionUnixProcessID(_SECRETS_BUS_NAME)
        command = Path(f"/proc/{int(pid)}/comm").read_text(encoding="utf-8").strip().lower()
    except Exception:  # no /proc (BSD), name not owned yet, permissions: name stays generic
        return ""
    for prefix, provider in (
        ("gnome-keyring", "GNOME Keyring"),
        ("kwalletd", "KWallet"),
        ("ksecretd", "KWallet"),
        ("keepassxc", "KeePassXC"),
    ):
        if command.startswith(prefix):
            return provider
    return ""


def _secret_service_name(provider: str) -> str:
    if provider:
        return _t("Secret Service ({provider})").format(provider=provider)
    return _t("Secret Service")


# --- classification of failures -------------------------------------------------------------------


def _classify(exc: BaseException) -> KeyringState:
    """Map an exception from keyring, SecretStorage or D-Bus to the state the UI explains."""
    if isinstance(exc, KeyringLocked):
        return KeyringState.LOCKED
    if isinstance(exc, NoKeyringError | InitError):
        return KeyringState.NO_KEYRING
    if _HAVE_SECRET_SERVICE:
        if isinstance(exc, ss_errors.LockedException):
            return KeyringState.LOCKED
        if isinstance(exc, ss_errors.PromptDismissedException):
            return KeyringState.DENIED
        if isinstance(exc, ss_errors.SecretServiceNotAvailableException):
            return KeyringState.NO_KEYRING
        if isinstance(exc, DBusErrorResponse):
            name = str(exc.name)
            if name.endswith(".IsLocked"):
                return KeyringState.LOCKED
            if name.endswith((".AccessDenied", ".NotAuthorized", ".AuthFailed")):
                return KeyringState.DENIED
            if name.endswith((".ServiceUnknown", ".NameHasNoOwner")):
                return KeyringState.NO_KEYRING
            return KeyringState.ERROR
    if isinstance(exc, FileNotFoundError | ConnectionRefusedError):
        return KeyringState.NO_KEYRING  # no session bus socket, or nobody listening on it
    if isinstance(exc, PermissionError):
        return KeyringState.DENIED
    if isinstance(exc, KeyringError):
        return KeyringState.ERROR
    cause = exc.__cause__
    if cause is not None and cause is not exc:
        return _classify(cause)
    return KeyringState.ERROR


def _describe(exc: BaseException) -> str:
    """For the log: the exception's type and text (library messages carry no secrets)."""
    return f"{type(exc).__module__}.{type(exc).__name__}: {exc}"


class CredentialStore:
    """EPE account passwords in the OS keyring (see the module docstring for the key scheme)."""

    def __init__(self) -> None:
        self._platform = sys.platform
        self._name = self._generic_name()
        ignored = os.environ.get("PYTHON_KEYRING_BACKEND")
        if ignored:
            log.info("ignoring PYTHON_KEYRING_BACKEND=%s: epewall picks its own keyring", ignored)

    # -- backend choice ----------------------------------------------------------------------------

    def _is_secret_service_platform(self) -> bool:
        return self._platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly"))

    def _generic_name(self) -> str:
        if self._platform == "win32":
            return _t("Windows Credential Manager")
        if self._platform == "darwin":
            return _t("macOS Keychain")
        return _secret_service_name("")

    def _probe(self) -> tuple[KeyringStatus, KeyringBackend | None]:
        """Find the platform's allowed backend and its state, without any prompt."""
        if self._is_secret_service_platform():
            return self._probe_secret_service()
        if self._platform == "win32":
            from keyring.backends import Windows

            return self._probe_native(Windows.WinVaultKeyring)
        if self._platform == "darwin":
            from keyring.backends import macOS

            return self._probe_native(macOS.Keyring)
        return self._status(KeyringState.NO_KEYRING), None

    def _probe_native(
        self, cls: type[KeyringBackend]
    ) -> tuple[KeyringStatus, KeyringBackend | None]:
        try:
            cls.priority  # noqa: B018 - raises RuntimeError when the backend cannot work here
        except Exception as exc:
            log.warning("%s unavailable: %s", self._name, _describe(exc))
            return self._status(KeyringState.NO_KEYRING), None
        return self._status(KeyringState.READY), cls()

    def _probe_secret_service(self) -> tuple[KeyringStatus, KeyringBackend | None]:
        if not _HAVE_SECRET_SERVICE:
            return self._status(KeyringState.NO_KEYRING), None
        try:
            with closing(secretstorage.dbus_init()) as connection:
                if not secretstorage.check_service_availability(connection):
                    log.warning("no Secret Service on the session bus")
                    return self._status(KeyringState.NO_KEYRING), None
                try:
                    collection = secretstorage.Collection(connection)
                except ss_errors.ItemNotFoundException as exc:
                    if isinstance(exc, ss_errors.PromptDismissedException):
                        raise
                    log.warning("Secret Service has no default collection")
                    status = KeyringStatus(
                        KeyringState.NO_KEYRING, self._name, _no_default_collection()
                    )
                    return status, None
                self._name = _secret_service_name(_secret_service_provider(connection))
                if collection.is_locked():
                    return self._status(KeyringState.LOCKED), None
        except Exception as exc:
            state = _classify(exc)
            log.warning("Secret Service probe failed (%s): %s", state.value, _describe(exc))
            return self._status(state), None
        return self._status(KeyringState.READY), _SecretServiceKeyring()  # type: ignore[no-untyped-call]

    def _status(self, state: KeyringState) -> KeyringStatus:
        return KeyringStatus(state, self._name, explain(state, self._name))

    # -- public API --------------------------------------------------------------------------------

    def status(self) -> KeyringStatus:
        """Which backend holds the passwords and whether it can be used now. Never prompts."""
        return self._probe()[0]

    def request_unlock(self, timeout: float = 120.0) -> KeyringStatus:
        """Ask the system to show its unlock prompt (an explicit user action) and wait for it.

        Returns the new status: READY once unlocked, DENIED when the prompt was dismissed or could
        not be shown, LOCKED when nobody answered within ``timeout`` seconds.
        """
        status, _backend = self._probe()
        if status.state is not KeyringState.LOCKED or not self._is_secret_service_platform():
            return status
        try:
            with closing(secretstorage.dbus_init()) as connection:
                collection = secretstorage.Collection(connection)
                # The prompt that timed out is left to its owner: asking gnome-keyring 42 to
                # Dismiss() a pending unlock prompt makes the daemon abort (gkd-secret-unlock.c).
                dismissed = collection.unlock(timeout=timeout)
        except TimeoutError:
            log.info("nobody answered the keyring unlock prompt within %.0f s", timeout)
            return self._status(KeyringState.LOCKED)
        except Exception as exc:
            state = _classify(exc)
            log.warning("keyring unlock failed (%s): %s", state.value, _describe(exc))
            return self._status(state)
        if dismissed:
            return self._status(KeyringState.DENIED)
        return self.status()

    def set_password(self, epe_uid: str, password: str) -> None:
        """Store (or replace) the password of the EPE with ``epe_uid``. Raises SecretsError."""
        if not password:
            raise ValueError("refusing to store an empty password")
        account = account_name(epe_uid)
        self._run(
            lambda kr: kr.set_password(SERVICE, account, password),
            _t("The password could not be saved in the system keyring."),
        )
        log.info("stored the password of %s in %s", account, self._name)

    def get_password(self, epe_uid: str) -> str | None:
        """The stored password, or None when there is none. Raises SecretsError."""
        account = account_name(epe_uid)
        return self._run(
            lambda kr: kr.get_password(SERVICE, account),
            _t("The password could not be read from the system keyring."),
        )

    def account(self, epe_uid: str, user: str) -> tuple[str, str]:
        """An EPE's account: ``user`` (the registry's account user) and the stored password.

        Raises NoPasswordError when either is missing, SecretsError when the keyring cannot be
        read.
        """
        if not user:
            raise NoPasswordError(detail="no account user in the registry")
        password = self.get_password(epe_uid)
        if password is None:
            raise NoPasswordError(detail="no password in the keyring")
        return user, password

    def has_password(self, epe_uid: str) -> bool:
        return self.get_password(epe_uid) is not None

    def delete_password(self, epe_uid: str) -> None:
        """Delete the stored password; nothing happens when there is none. Raises SecretsError."""
        account = account_name(epe_uid)

        def delete(kr: KeyringBackend) -> None:
            # Backends raise PasswordDeleteError both for "absent" and for real failures; only
            # a password that is still there afterwards is a failure. Duplicates (written by other
            # tools) are removed too, a few at most.
            for _attempt in range(5):
                if kr.get_password(SERVICE, account) is None:
                    return
                try:
                    kr.delete_password(SERVICE, account)
                except PasswordDeleteError:
                    if kr.get_password(SERVICE, account) is None:
                        return
                    raise
            raise PasswordDeleteError("the password is still stored after deleting it")

        self._run(delete, _t("The password could not be deleted from the system keyring."))
        log.info("deleted the password of %s from %s", account, self._name)

    # -- the team's log-signing key (app/rotation/log_exchange.py) ---------------------------------

    def set_team_key(self, key_text: str) -> None:
        """Store the team key that signs exported log files. Raises SecretsError."""
        if not key_text:
            raise ValueError("refusing to store an empty team key")
        self._run(
            lambda kr: kr.set_password(SERVICE, TEAM_KEY_ACCOUNT, key_text),
            _t("The team key could not be saved in the system keyring."),
        )
        log.info("stored the team key in %s", self._name)

    def get_team_key(self) -> str | None:
        """The stored team key, or None when this workstation has none. Raises SecretsError."""
        return self._run(
            lambda kr: kr.get_password(SERVICE, TEAM_KEY_ACCOUNT),
            _t("The team key could not be read from the system keyring."),
        )

    # -- this workstation's evidence-signing key (app/evidence/signing.py) -------------------------

    def set_evidence_key(self, key_text: str) -> None:
        """Store the private key that signs this workstation's evidence. Raises SecretsError."""
        if not key_text:
            raise ValueError("refusing to store an empty evidence key")
        self._run(
            lambda kr: kr.set_password(SERVICE, EVIDENCE_KEY_ACCOUNT, key_text),
            _t(
                "The evidence signing key could not be saved in the system keyring, so evidence "
                "cannot be exported (it is never exported unsigned)."
            ),
        )
        log.info("stored the evidence signing key in %s", self._name)

    def get_evidence_key(self) -> str | None:
        """The stored evidence signing key, or None before the first export. Raises
        SecretsError."""
        return self._run(
            lambda kr: kr.get_password(SERVICE, EVIDENCE_KEY_ACCOUNT),
            _t(
                "The evidence signing key could not be read from the system keyring, so evidence "
                "cannot be exported (it is never exported unsigned)."
            ),
        )

    # -- the check log's newest checkpoint (app/rotation/team_key.py) -----------------------------

    def set_log_anchor(self, workstation: str, anchor_json: str) -> None:
        """Keep the check log's newest signed checkpoint outside the registry, where editing
        the registry file does not reach (``app/rotation/team_key.py``). Raises SecretsError."""
        self._run(
            lambda kr: kr.set_password(SERVICE, f"{LOG_ANCHOR_ACCOUNT}{workstation}", anchor_json),
            _t("The check log's checkpoint could not be saved in the system keyring."),
        )

    def get_log_anchor(self, workstation: str) -> str | None:
        """The checkpoint kept by :meth:`set_log_anchor`, or None. Raises SecretsError."""
        return self._run(
            lambda kr: kr.get_password(SERVICE, f"{LOG_ANCHOR_ACCOUNT}{workstation}"),
            _t("The check log's checkpoint could not be read from the system keyring."),
        )

    # -- helpers -----------------------------------------------------------------------------------

    def _run(self, action: Callable[[KeyringBackend], _T], failure: str) -> _T:
        status, backend = self._probe()
        if backend is None:
            raise SecretsError(
                status.state, f"{failure} {status.explanation}", status.backend, status.explanation
            )
        try:
            return action(backend)
        except Exception as exc:
            state = _classify(exc)
            log.warning("keyring operation failed (%s): %s", state.value, _describe(exc))
            explanation = explain(state, self._name)
            raise SecretsError(state, f"{failure} {explanation}", self._name, explanation) from exc
