"""Named reasons a stream is not live, decided in our own layer.

libVLC itself would just stay "Opening" on a wrong password.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication


class StreamFailure(enum.Enum):
    WRONG_PASSWORD = "wrong_password"
    NOT_FOUND = "not_found"
    UNREACHABLE = "unreachable"
    TIMED_OUT = "timed_out"
    STALLED = "stalled"
    UNSUPPORTED_CODEC = "unsupported_codec"
    BAD_REPLY = "bad_reply"
    NO_ACCOUNT = "no_account"
    KEYRING = "keyring"
    PLAYER = "player"
    FOREIGN_HOST = "foreign_host"
    CLEARTEXT_REFUSED = "cleartext_refused"

    def label(self) -> str:
        t = QCoreApplication.translate
        match self:
            case StreamFailure.WRONG_PASSWORD:
                return t("StreamFailure", "Wrong password")
            case StreamFailure.NOT_FOUND:
                return t("StreamFailure", "Camera/path not found")
            case StreamFailure.UNREACHABLE:
                return t("StreamFailure", "EPE unreachable")
            case StreamFailure.TIMED_OUT:
                return t("StreamFailure", "Timed out")
            case StreamFailure.STALLED:
                return t("StreamFailure", "Stream stalled")
            case StreamFailure.UNSUPPORTED_CODEC:
                return t("StreamFailure", "Unsupported codec")
            case StreamFailure.BAD_REPLY:
                return t(
                    "StreamFailure", "The device answered something that is not a video stream"
                )
            case StreamFailure.NO_ACCOUNT:
                return t("StreamFailure", "No account stored for this EPE")
            case StreamFailure.KEYRING:
                return t("StreamFailure", "The keyring cannot give the password")
            case StreamFailure.PLAYER:
                return t("StreamFailure", "The video player failed")
            case StreamFailure.FOREIGN_HOST:
                return t(
                    "StreamFailure",
                    "The stream is on a host not registered for this EPE; the account is not sent",
                )
            case StreamFailure.CLEARTEXT_REFUSED:
                return t(
                    "StreamFailure",
                    "The camera asks for the password in clear text (Basic); it is not sent",
                )

    @property
    def is_auth(self) -> bool:
        """Failures that retrying soon cannot fix; retried slowly so an EPE is not hammered."""
        return self in (
            StreamFailure.WRONG_PASSWORD,
            StreamFailure.NO_ACCOUNT,
            StreamFailure.KEYRING,
            StreamFailure.NOT_FOUND,
            StreamFailure.UNSUPPORTED_CODEC,
            StreamFailure.FOREIGN_HOST,
            StreamFailure.CLEARTEXT_REFUSED,
        )
