"""What an ONVIF event topic means to an officer: the warning kinds and the events that make them.

Vendors name the same thing differently (Hikvision's ``tns1:RuleEngine/CellMotionDetector/
Motion`` and the Profile S ``tns1:VideoSource/MotionAlarm``; line crossing as ``LineDetector/
Crossed`` or ``tnshik:…/LineDetection``): the last parts of the topic decide, the prefix does not.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


class WarningKind(enum.StrEnum):
    MOTION = "motion"
    LINE_CROSSING = "line_crossing"
    INTRUSION = "intrusion"
    TAMPERING = "tampering"
    VIDEO_LOSS = "video_loss"
    STORAGE_FAILURE = "storage_failure"

    @property
    def label(self) -> str:
        """The kind as the officer reads it (translated)."""
        return {
            WarningKind.MOTION: QCoreApplication.translate("Warnings", "Motion"),
            WarningKind.LINE_CROSSING: QCoreApplication.translate("Warnings", "Line crossing"),
            WarningKind.INTRUSION: QCoreApplication.translate("Warnings", "Intrusion"),
            WarningKind.TAMPERING: QCoreApplication.translate("Warnings", "Tampering"),
            WarningKind.VIDEO_LOSS: QCoreApplication.translate("Warnings", "Video loss"),
            WarningKind.STORAGE_FAILURE: QCoreApplication.translate("Warnings", "Storage failure"),
        }[self]


# (pattern on the topic without its prefixes, kind); the first that matches decides.
_RULES: tuple[tuple[re.Pattern[str], WarningKind], ...] = (
    (
        re.compile(r"(GlobalSceneChange|Tamper|SceneChange|Defocus|Occlusion)", re.I),
        WarningKind.TAMPERING,
    ),
    (re.compile(r"(SignalLoss|VideoLoss)", re.I), WarningKind.VIDEO_LOSS),
    (
        re.compile(
            r"(StorageFailure|HardwareFailure/Storage|HDDError|DiskError|Storage/Failure)", re.I
        ),
        WarningKind.STORAGE_FAILURE,
    ),
    (
        re.compile(r"(LineDetector|LineCross|LineDetection|Tripwire)", re.I),
        WarningKind.LINE_CROSSING,
    ),
    (
        re.compile(r"(FieldDetector|Intrusion|FieldDetection|RegionEntrance)", re.I),
        WarningKind.INTRUSION,
    ),
    (
        re.compile(r"(MotionAlarm|CellMotionDetector|MotionDetect|/Motion$)", re.I),
        WarningKind.MOTION,
    ),
)
# Data items that say "on"; a topic whose data has none of them (line crossed: an ObjectId) is an
# occurrence in itself.
_STATE_ITEMS = ("State", "IsMotion", "IsInside", "Failed", "IsTamper", "Active", "Value")


@dataclass(frozen=True)
class DeviceEvent:
    """One notification as the device sent it (topic and items exactly, time in UTC)."""

    topic: str
    at: dt.datetime
    source: dict[str, str]
    data: dict[str, str]
    operation: str = "Changed"  # "Initialized", "Changed", "Deleted"


def kind_of(topic: str) -> WarningKind | None:
    """The warning kind of an event topic, or None for topics that are not warnings."""
    bare = "/".join(part.split(":", 1)[-1] for part in topic.strip().split("/"))
    for pattern, kind in _RULES:
        if pattern.search(bare):
            return kind
    return None


def is_onset(event: DeviceEvent) -> bool:
    """Whether the event starts something (motion begins, the scene was tampered with); its end
    and the state a new subscription is told ("Initialized") are not warnings."""
    if event.operation not in ("Changed", ""):
        return False
    for name in _STATE_ITEMS:
        value = event.data.get(name)
        if value is not None:
            return value.strip().lower() in ("true", "1", "on", "yes")
    return True


def camera_token(event: DeviceEvent) -> str:
    """The token naming the camera the event is about (video source or its configuration)."""
    for name in (
        "Source",
        "VideoSource",
        "VideoSourceToken",
        "VideoSourceConfigurationToken",
        "InputToken",
        "Token",
    ):
        if event.source.get(name):
            return event.source[name]
    return next(iter(event.source.values()), "")
