"""A registry camera's stream with its EPE's account: the one place a camera, its EPE and the
keyring come together for the media path.

The account is read at connect time, on the puller thread (keyring calls may block), through
``CredentialStore.account``. Its failures become named stream failures, so a tile says "no account
stored" or "keyring locked" instead of a generic error.
"""

from __future__ import annotations

from dataclasses import dataclass

from app import settings
from app.domain import Camera, Epe
from app.media.failures import StreamFailure
from app.media.puller import Credentials, StreamError
from app.media.stream import Backoff, StreamController
from app.secrets import CredentialStore, NoPasswordError, SecretsError


@dataclass(frozen=True)
class StreamTuning:
    """The figures the IT unit may tune in File > Settings, in seconds."""

    open_timeout: float = 5.0
    stall_timeout: float = 5.0
    reconnect_cap: float = 4.0

    @classmethod
    def from_settings(cls, user_settings: settings.Settings) -> StreamTuning:
        return cls(
            float(user_settings.get(settings.STREAM_OPEN_TIMEOUT_SECONDS)),
            float(user_settings.get(settings.STREAM_STALL_TIMEOUT_SECONDS)),
            float(user_settings.get(settings.STREAM_RECONNECT_MAX_SECONDS)),
        )


def epe_account(epe: Epe, store: CredentialStore) -> Credentials:
    """The EPE's account (the registry's user, the keyring's password), read when called."""
    uid, user = epe.uid, epe.account_user

    def provide() -> tuple[str, str]:
        try:
            return store.account(uid, user)
        except NoPasswordError as exc:
            raise StreamError(StreamFailure.NO_ACCOUNT, exc.detail) from None
        except SecretsError as exc:
            raise StreamError(StreamFailure.KEYRING, str(exc)) from None

    return provide


def stream_for_camera(
    camera: Camera, epe: Epe, store: CredentialStore, tuning: StreamTuning | None = None
) -> StreamController:
    """The wall stream of ``camera`` (of ``epe``): its sub stream, or its main one when it has no
    sub stream, with ``tuning``'s timeouts and back-off cap. Not started."""
    tuning = tuning or StreamTuning()
    return StreamController(
        camera.sub_url or camera.main_url,
        epe_account(epe, store),
        backoff=Backoff(cap=tuning.reconnect_cap),
        open_timeout=tuning.open_timeout,
        stall_timeout=tuning.stall_timeout,
        allow_basic=epe.allow_basic_auth,
    )
