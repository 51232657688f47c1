"""What the health monitor knows about a camera: its condition, since when, and what it
suggests about the kind of interruption (Decision 247, I.2.3)."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


class CameraCondition(enum.StrEnum):
    """A camera's condition as a probe or the wall saw it. The value is what the store keeps."""

    OK = "ok"
    UNREACHABLE = "unreachable"  # refused, no route, no answer within the deadline
    NO_PICTURE = "no_picture"  # answers RTSP but no frame came in the sample
    WRONG_ACCOUNT = "wrong_account"  # 401 after our credentials: the EPE changed the password
    FAULTY_REPLY = "faulty_reply"  # answered something that is not a usable RTSP reply
    UNKNOWN = "unknown"  # not observed: no account stored, keyring locked, monitor not running

    @property
    def is_down(self) -> bool:
        """The camera does not give customs its picture. UNKNOWN is not down: nobody looked."""
        return self not in (CameraCondition.OK, CameraCondition.UNKNOWN)

    def label(self) -> str:
        t = QCoreApplication.translate
        match self:
            case CameraCondition.OK:
                return t("CameraCondition", "OK")
            case CameraCondition.UNREACHABLE:
                return t("CameraCondition", "Unreachable")
            case CameraCondition.NO_PICTURE:
                return t("CameraCondition", "Answers, no picture")
            case CameraCondition.WRONG_ACCOUNT:
                return t("CameraCondition", "Account refused")
            case CameraCondition.FAULTY_REPLY:
                return t("CameraCondition", "Faulty reply")
            case CameraCondition.UNKNOWN:
                return t("CameraCondition", "Unknown")


class SuspectedKind(enum.StrEnum):
    """The interruption kind an outage suggests; the values are ``InterruptionKind``'s."""

    TRANSMISSION = "transmission"  # the whole EPE is unreachable: its line or VPN
    EQUIPMENT = "equipment"  # some cameras down while others answer: the cameras or the NVR

    @classmethod
    def of(cls, conditions: Iterable[CameraCondition]) -> SuspectedKind | None:
        """The kind suggested by the conditions of one EPE's mandatory cameras (None when none
        is down). Every observed camera unreachable means the EPE itself does not answer; a
        camera that answers (even with a wrong account) shows the line works."""
        observed = [c for c in conditions if c is not CameraCondition.UNKNOWN]
        down = [c for c in observed if c.is_down]
        if not down:
            return None
        if all(c is CameraCondition.UNREACHABLE for c in observed):
            return cls.TRANSMISSION
        return cls.EQUIPMENT


SOURCE_MONITOR = "monitor"
SOURCE_WALL = "wall"


@dataclass(frozen=True)
class ProbeResult:
    """One look at one camera."""

    epe_id: int
    camera_id: int
    camera_number: int
    condition: CameraCondition
    checked_at: dt.datetime  # UTC
    detail: str = ""  # safe text: one line, no credential
    source: str = SOURCE_MONITOR


@dataclass(frozen=True)
class CameraHealth:
    """A camera's current condition and since when it holds."""

    epe_id: int
    camera_id: int
    camera_number: int
    condition: CameraCondition
    since: dt.datetime  # UTC: when the condition began
    checked_at: dt.datetime  # UTC: the last look
    detail: str
    source: str  # "monitor" | "wall"


@dataclass(frozen=True)
class HealthChange:
    """A row of the history: from ``at`` on, the camera was in ``condition``."""

    epe_id: int
    camera_id: int
    camera_number: int
    at: dt.datetime  # UTC
    condition: CameraCondition
    detail: str
    source: str
