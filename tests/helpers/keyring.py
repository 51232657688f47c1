"""The throw-away Secret Service of installer/headless.sh, as keyring tests use it: a guard that
they run nowhere else, calls that fail instead of hanging, a store that must be ready, and the
login collection locked and unlocked for real."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest
import secretstorage

from app.secrets import CredentialStore, KeyringState

# The password installer/headless.sh gives the throw-away login keyring.
TEST_KEYRING_PASSWORD = b"epewall-test-keyring"
T = TypeVar("T")


def call_bounded(fn: Callable[[], T], seconds: float = 20.0) -> T:
    """Run ``fn`` in a thread and fail (instead of hanging the suite) if it does not return."""
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # handed back to the test thread
            outcome["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"keyring call still blocked after {seconds:.0f} s (it must not hang)")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]  # type: ignore[no-any-return]


def _default_collection_locked() -> bool | None:
    """None while the Secret Service is not (yet) answering, e.g. while the daemon restarts."""
    try:
        with secretstorage.dbus_init() as connection:
            return secretstorage.Collection(connection).is_locked()
    except secretstorage.exceptions.SecretStorageException:
        return None


def require_throwaway_keyring() -> None:
    # Locking and restarting the keyring daemon must never happen to a developer's real keyring.
    assert os.environ.get("EPEWALL_HEADLESS_INNER") == "1", (
        "keyring tests run only inside installer/headless.sh (a throw-away gnome-keyring)"
    )


class LoginKeyring:
    """The throw-away login collection of installer/headless.sh, locked and unlocked for real."""

    def __init__(self) -> None:
        require_throwaway_keyring()
        self.locked = False

    def lock(self) -> None:
        """Lock it, as a screen lock or an idle timeout would."""
        with secretstorage.dbus_init() as connection:
            secretstorage.Collection(connection).lock()
        self.locked = True
        assert _default_collection_locked() is True

    def unlock(self) -> None:
        """gnome-keyring unlocks only through its GUI prompt or at start-up with the password on
        stdin: replace the running daemon with one that unlocks the login keyring, as headless.sh
        does, and wait (bounded) until it answers unlocked."""
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            subprocess.run(
                ["gnome-keyring-daemon", "--replace", "--unlock", "--components=secrets"],
                input=TEST_KEYRING_PASSWORD,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=15,
                check=True,
            )
            settle = time.monotonic() + 5
            while time.monotonic() < settle:
                if _default_collection_locked() is False:
                    self.locked = False
                    return
                time.sleep(0.1)
        pytest.fail("could not unlock the test keyring again; later keyring tests would fail")


def login_keyring_fixture() -> Iterator[LoginKeyring]:
    """Body of a ``login_keyring`` fixture: whatever a test
    locked is unlocked again afterwards, so later tests find the keyring usable. Request it after
    fixtures whose teardown uses the keyring."""
    keyring = LoginKeyring()
    try:
        yield keyring
    finally:
        if keyring.locked:
            keyring.unlock()


def ready_store() -> CredentialStore:
    """A credential store on the unlocked test keyring; fails the test when it is not ready."""
    require_throwaway_keyring()
    store = CredentialStore()
    status = call_bounded(store.status)
    assert status.state is KeyringState.READY, (
        f"these tests need the unlocked keyring of installer/headless.sh: {status.explanation}"
    )
    return store
