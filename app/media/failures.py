"""Named reasons a stream is not live, decided in our own layer, and the one place they become
words an officer reads.

libVLC itself would just stay "Opening" on a wrong password. FFmpeg and the network say things
like "[Errno 111] Connection refused": those stay in the log and in a details line (redacted,
never a password); the tile says what happened and what to do, in the officer's language.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.logs import redact_url

# Wrong-password attempts in a row after which a stream stops trying by itself: Hikvision and
# Dahua lock the account (or the address) after a few failed logins, and a locked EPE account
# blinds every officer until the EPE unlocks it.
AUTH_ATTEMPTS_BEFORE_GIVING_UP = 3

# A details line is for the log and an IT colleague, not a dump of whatever a peer sent.
DETAIL_LIMIT = 200


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

    def advice(self) -> str:
        """What the officer can do about it, in one sentence."""
        t = QCoreApplication.translate
        match self:
            case StreamFailure.WRONG_PASSWORD:
                return t(
                    "StreamFailure",
                    "The EPE refused the account: check it in Sites > Set account…",
                )
            case StreamFailure.NOT_FOUND:
                return t(
                    "StreamFailure",
                    "The device has no stream at this address: check the camera's stream "
                    "addresses (Sites > Edit camera…).",
                )
            case StreamFailure.UNREACHABLE | StreamFailure.TIMED_OUT:
                return t(
                    "StreamFailure",
                    "The EPE's network or device does not answer; epewall keeps trying. "
                    "If it lasts, ask the EPE (an interruption under Decision 247, I.2.3).",
                )
            case StreamFailure.STALLED:
                return t("StreamFailure", "The picture stopped coming; epewall reconnects.")
            case StreamFailure.UNSUPPORTED_CODEC:
                return t(
                    "StreamFailure",
                    "Ask the EPE to set the camera to H.264, H.265 or MJPEG (Appendix I).",
                )
            case StreamFailure.BAD_REPLY:
                return t(
                    "StreamFailure",
                    "The address may point at something else than the camera: check the "
                    "camera's stream addresses (Sites > Edit camera…).",
                )
            case StreamFailure.NO_ACCOUNT:
                return t(
                    "StreamFailure", "Store the account the EPE handed over: Sites > Set account…"
                )
            case StreamFailure.KEYRING:
                return t(
                    "StreamFailure",
                    "Unlock the keyring (see the status bar), then the tile connects again.",
                )
            case StreamFailure.PLAYER:
                return t("StreamFailure", "epewall restarts the player by itself.")
            case StreamFailure.FOREIGN_HOST:
                return t(
                    "StreamFailure",
                    "If the EPE moved its camera or recorder, record the new address in "
                    "Sites > Edit EPE… (Devices at the EPE) or Sites > Edit camera….",
                )
            case StreamFailure.CLEARTEXT_REFUSED:
                return t(
                    "StreamFailure",
                    "Ask the EPE to turn on digest login; only if its devices cannot, tick "
                    '"Devices need Basic login" in Sites > Edit EPE….',
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

    @property
    def counts_as_login(self) -> bool:
        """Failures where the EPE's device saw a failed login (and may lock the account)."""
        return self is StreamFailure.WRONG_PASSWORD


@dataclass(frozen=True)
class FailureText:
    """A failure as an officer reads it: what happened, what to do, and a technical line for
    the log and for an IT colleague (redacted, never a password)."""

    summary: str
    advice: str
    detail: str


def technical_detail(detail: str) -> str:
    """A peer's or library's message made safe to show and log: credentials removed from any
    URL, one line, bounded."""
    text = " ".join(redact_url(detail).split())
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 1] + "…"


def failure_text(failure: StreamFailure | None, detail: str = "") -> FailureText:
    """The one mapping from a stream failure (and the raw detail that came with it) to words."""
    if failure is None:
        t = QCoreApplication.translate
        return FailureText(
            t("StreamFailure", "The stream failed"),
            t("StreamFailure", "epewall keeps trying."),
            technical_detail(detail),
        )
    return FailureText(failure.label(), failure.advice(), technical_detail(detail))


def gave_up_text() -> FailureText:
    """After AUTH_ATTEMPTS_BEFORE_GIVING_UP refused logins: stop, so the account is not locked."""
    t = QCoreApplication.translate
    return FailureText(
        t("StreamFailure", "Account refused, stopped trying"),
        t(
            "StreamFailure",
            "Trying again could lock the EPE's account. Fix the account in Sites > Set "
            "account…, then press “Retry now”.",
        ),
        "",
    )
