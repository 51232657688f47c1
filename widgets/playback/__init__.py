"""Playback investigations over an EPE's recorder: search, timeline, synchronised replay, export."""

from widgets.playback.timeline import Timeline
from widgets.playback.view import PlaybackLauncher, PlaybackView

__all__ = ["PlaybackLauncher", "PlaybackView", "Timeline"]
