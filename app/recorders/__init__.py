"""Recorders (NVRs) an investigator searches and replays.

The shared types are in ``app.recorders.base``, the HTTP and digest client in
``app.recorders.http``, one module per kind (``onvif_g``, ``hikvision``, ``dahua``); here is only
the factory that picks the kind an EPE's registry entry names.
"""

from __future__ import annotations

from app.recorders.base import Recorder, RecorderKind, RecorderSettings
from app.recorders.dahua import DahuaRecorder
from app.recorders.hikvision import HikvisionRecorder
from app.recorders.onvif_g import OnvifRecorder


def make_recorder(settings: RecorderSettings, user: str, password: str) -> Recorder:
    """The client for ``settings.kind``; the password stays in memory with the client."""
    if settings.kind is RecorderKind.HIKVISION:
        return HikvisionRecorder(settings, user, password)
    if settings.kind is RecorderKind.DAHUA:
        return DahuaRecorder(settings, user, password)
    return OnvifRecorder(settings, user, password)
