"""A camera's channel state as the site tree shows it (iVMS-4200 and SmartPSS colour each
channel of their device list): online, connecting, offline, stopped, or not on the wall."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from app.media.stream import StreamState


class ChannelState(enum.Enum):
    ONLINE = "online"
    CONNECTING = "connecting"
    OFFLINE = "offline"
    STOPPED = "stopped"
    NOT_ON_WALL = "not_on_wall"

    @classmethod
    def of_stream(cls, state: StreamState) -> ChannelState:
        match state:
            case StreamState.LIVE:
                return cls.ONLINE
            case StreamState.IDLE | StreamState.CONNECTING:
                return cls.CONNECTING
            case StreamState.RECONNECTING | StreamState.FAILED:
                return cls.OFFLINE
            case StreamState.STOPPED:
                return cls.STOPPED

    def label(self) -> str:
        t = QCoreApplication.translate
        match self:
            case ChannelState.ONLINE:
                return t("ChannelState", "Online")
            case ChannelState.CONNECTING:
                return t("ChannelState", "Connecting")
            case ChannelState.OFFLINE:
                return t("ChannelState", "Offline")
            case ChannelState.STOPPED:
                return t("ChannelState", "Stopped")
            case ChannelState.NOT_ON_WALL:
                return t("ChannelState", "Not on the wall")


def online_count(states: dict[int, ChannelState], cameras: list[int]) -> tuple[int, int]:
    """(online, on the wall) among ``cameras``: the "n/m" of an EPE row."""
    on_wall = [
        states[c]
        for c in cameras
        if states.get(c, ChannelState.NOT_ON_WALL) is not ChannelState.NOT_ON_WALL
    ]
    return sum(state is ChannelState.ONLINE for state in on_wall), len(on_wall)
