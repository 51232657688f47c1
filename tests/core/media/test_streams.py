"""A registry camera's stream gets its EPE's account at connect time, from the real keyring
(gnome-keyring started by installer/headless.sh); a missing account is a named stream failure."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from app.domain import Camera, CameraPosition, Epe
from app.media.failures import StreamFailure
from app.media.puller import StreamError
from app.media.streams import epe_account, stream_for_camera
from app.secrets import CredentialStore, NoPasswordError

MAIN = "rtsp://192.0.2.10:554/Streaming/Channels/101"
SUB = "rtsp://192.0.2.10:554/Streaming/Channels/102"


@pytest.fixture
def store() -> CredentialStore:
    store = CredentialStore()
    if not store.status().ready:
        pytest.fail(f"the test keyring is not ready: {store.status().explanation}")
    return store


@pytest.fixture
def epe(store: CredentialStore) -> Iterator[Epe]:
    epe = Epe(
        "Công ty TNHH Kiểm Thử", "0100233488", account_user="giamsat", id=1, uid=uuid.uuid4().hex
    )
    yield epe
    store.delete_password(epe.uid)


def test_the_wall_plays_the_sub_stream_and_falls_back_to_the_main_one(
    store: CredentialStore, epe: Epe
) -> None:
    both = Camera(1, 1, CameraPosition.GATE, main_url=MAIN, sub_url=SUB)
    main_only = Camera(1, 2, CameraPosition.GATE, main_url=MAIN)
    assert stream_for_camera(both, epe, store).url == SUB
    assert stream_for_camera(main_only, epe, store).url == MAIN


def test_the_account_is_read_when_the_stream_connects(store: CredentialStore, epe: Epe) -> None:
    account = epe_account(epe, store)  # nothing stored yet: asking for it is not failing
    store.set_password(epe.uid, "Mật-khẩu-1")
    assert account() == ("giamsat", "Mật-khẩu-1")
    store.set_password(epe.uid, "Mật-khẩu-2")
    assert account() == ("giamsat", "Mật-khẩu-2")  # a changed password is used at once


def test_no_account_stored_is_named_as_such(store: CredentialStore, epe: Epe) -> None:
    with pytest.raises(NoPasswordError, match="no password in the keyring"):
        store.account(epe.uid, epe.account_user)
    with pytest.raises(StreamError) as no_password:
        epe_account(epe, store)()
    assert no_password.value.failure is StreamFailure.NO_ACCOUNT

    store.set_password(epe.uid, "Mật-khẩu-1")
    nobody = Epe(epe.name, epe.tax_id, account_user="", id=epe.id, uid=epe.uid)
    with pytest.raises(NoPasswordError, match="no account user"):
        store.account(nobody.uid, nobody.account_user)
    with pytest.raises(StreamError) as no_user:
        epe_account(nobody, store)()
    assert no_user.value.failure is StreamFailure.NO_ACCOUNT
    assert "Mật-khẩu" not in str(no_user.value)
