"""EPE accounts across the registry and the real keyring (run under installer/headless.sh)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import Epe, ValidationError
from app.secrets import CredentialStore, KeyringState, SecretsError
from app.sites import accounts
from app.sites.registry import Registry
from app.storage.database import RegistryError
from tests.helpers.keyring import (
    LoginKeyring,
    call_bounded,
    login_keyring_fixture,
    ready_store,
)

PASSWORD = "epe-account-secret-9d2c"


@pytest.fixture
def store() -> CredentialStore:
    return ready_store()


@pytest.fixture
def login_keyring(store: CredentialStore) -> Iterator[LoginKeyring]:
    yield from login_keyring_fixture()


@pytest.fixture
def epe(registry: Registry, store: CredentialStore) -> Iterator[Epe]:
    saved = registry.add_epe(Epe(name="Công ty TNHH Minh Long", tax_id="0301234562"))
    yield saved
    store.delete_password(saved.uid)


def test_set_account_stores_user_in_registry_and_password_in_keyring(
    registry: Registry, store: CredentialStore, epe: Epe
) -> None:
    assert epe.id is not None
    saved = accounts.set_account(registry, store, epe.id, "  giamsat01 ", PASSWORD)
    assert saved.account_user == "giamsat01"
    assert registry.get_epe(epe.id).account_user == "giamsat01"
    assert store.get_password(epe.uid) == PASSWORD


def test_password_follows_the_epe_when_it_is_renamed(
    registry: Registry, store: CredentialStore, epe: Epe
) -> None:
    assert epe.id is not None
    saved = accounts.set_account(registry, store, epe.id, "giamsat01", PASSWORD)
    saved.name = "Công ty TNHH Minh Long Việt Nam"
    renamed = registry.update_epe(saved)
    assert store.get_password(renamed.uid) == PASSWORD


def test_the_password_never_reaches_the_registry_file(
    registry: Registry, store: CredentialStore, epe: Epe, epewall_home: Path
) -> None:
    assert epe.id is not None
    accounts.set_account(registry, store, epe.id, "giamsat01", PASSWORD)
    registry.close()
    for path in epewall_home.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_set_account_refuses_an_empty_user_or_password_and_stores_nothing(
    registry: Registry, store: CredentialStore, epe: Epe
) -> None:
    assert epe.id is not None
    with pytest.raises(ValidationError) as info:
        accounts.set_account(registry, store, epe.id, "   ", PASSWORD)
    assert info.value.field == "account_user"
    with pytest.raises(ValidationError) as info:
        accounts.set_account(registry, store, epe.id, "giamsat01", "")
    assert info.value.field == "password"
    assert store.get_password(epe.uid) is None
    assert registry.get_epe(epe.id).account_user == ""


def test_set_account_with_a_locked_keyring_changes_nothing(
    registry: Registry, store: CredentialStore, epe: Epe, login_keyring: LoginKeyring
) -> None:
    assert epe.id is not None
    login_keyring.lock()
    with pytest.raises(SecretsError) as info:
        call_bounded(lambda: accounts.set_account(registry, store, epe.id or 0, "u", PASSWORD))
    assert info.value.state is KeyringState.LOCKED
    login_keyring.unlock()
    assert registry.get_epe(epe.id).account_user == ""
    assert store.get_password(epe.uid) is None


def test_clear_account_forgets_user_and_password(
    registry: Registry, store: CredentialStore, epe: Epe
) -> None:
    assert epe.id is not None
    accounts.set_account(registry, store, epe.id, "giamsat01", PASSWORD)
    cleared = accounts.clear_account(registry, store, epe.id)
    assert cleared.account_user == ""
    assert store.get_password(epe.uid) is None


def test_remove_epe_deletes_its_password_and_the_epe(
    registry: Registry, store: CredentialStore, epe: Epe
) -> None:
    assert epe.id is not None
    accounts.set_account(registry, store, epe.id, "giamsat01", PASSWORD)
    accounts.remove_epe(registry, store, epe.id)
    assert registry.find_epe("Công ty TNHH Minh Long") is None
    assert store.get_password(epe.uid) is None


def test_remove_epe_with_a_locked_keyring_keeps_the_epe_and_its_password(
    registry: Registry, store: CredentialStore, epe: Epe, login_keyring: LoginKeyring
) -> None:
    assert epe.id is not None
    accounts.set_account(registry, store, epe.id, "giamsat01", PASSWORD)
    login_keyring.lock()
    with pytest.raises(SecretsError) as info:
        call_bounded(lambda: accounts.remove_epe(registry, store, epe.id or 0))
    assert info.value.state is KeyringState.LOCKED
    message = str(info.value)
    assert "was not deleted" in message
    assert "Công ty TNHH Minh Long" in message
    assert "Unlock" in message
    assert PASSWORD not in message
    assert registry.get_epe(epe.id).account_user == "giamsat01"
    login_keyring.unlock()
    assert store.get_password(epe.uid) == PASSWORD


def test_remove_epe_of_an_unknown_id_is_a_key_error(
    registry: Registry, store: CredentialStore
) -> None:
    with pytest.raises(KeyError):
        accounts.remove_epe(registry, store, 424242)


def test_a_failed_registry_write_puts_the_previous_password_back(
    registry: Registry, store: CredentialStore, epe: Epe, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert epe.id is not None
    accounts.set_account(registry, store, epe.id, "giamsat01", PASSWORD)

    def disk_full(_epe: Epe) -> Epe:
        raise RegistryError("The disk is full.", "disk_full")

    monkeypatch.setattr(registry, "update_epe", disk_full)
    with pytest.raises(RegistryError):
        accounts.set_account(registry, store, epe.id, "giamsat02", "a new password")
    assert store.get_password(epe.uid) == PASSWORD
    assert registry.get_epe(epe.id).account_user == "giamsat01"
