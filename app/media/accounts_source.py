"""Where a stream gets its EPE account at connect time: the registry's user, the keyring's password.

Called on the puller thread (keyring calls may block). Failures become named stream failures, so a
tile says "no account stored" or "keyring locked" instead of a generic error.
"""

from __future__ import annotations

from collections.abc import Callable

from app.media.failures import StreamFailure
from app.media.puller import StreamError
from app.secrets import CredentialStore, SecretsError


def account_provider(
    epe_uid: str, user: str, store: CredentialStore
) -> Callable[[], tuple[str, str]]:
    def provide() -> tuple[str, str]:
        if not user:
            raise StreamError(StreamFailure.NO_ACCOUNT, "no account user in the registry")
        try:
            password = store.get_password(epe_uid)
        except SecretsError as exc:
            raise StreamError(StreamFailure.KEYRING, str(exc)) from None
        if password is None:
            raise StreamError(StreamFailure.NO_ACCOUNT, "no password in the keyring")
        return user, password

    return provide
