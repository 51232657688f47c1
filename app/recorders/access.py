"""Playback by role, with every search and replay written to the audit log (who, what, when).

Decision 953: only the head of the unit or whom they authorise may review or copy recordings;
``officers.can`` says which roles may (``Action.PLAYBACK``; exports are ``app.evidence.export``'s).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.officers.profiles import Action, Officer, require
from app.recorders.base import Recorder, RecorderError, ReplaySource, SearchResult, iso_utc
from app.rotation.ledger import AuditAction, Ledger


class PlaybackAccess:
    """One officer's playback of one EPE's recorder."""

    def __init__(self, ledger: Ledger, officer: Officer | None, epe_tax_id: str) -> None:
        require(officer, Action.PLAYBACK)
        assert officer is not None
        self._ledger = ledger
        self._officer = officer
        self._tax_id = epe_tax_id

    def _audit(self, details: dict[str, Any]) -> None:
        self._ledger.audit(
            AuditAction.PLAYBACK_STARTED,
            self._officer.code,
            {"epe_tax_id": self._tax_id, **details},
        )

    def search(
        self,
        recorder: Recorder,
        camera: int,
        start: dt.datetime,
        end: dt.datetime,
        operation: str = "search",
    ) -> SearchResult:
        """``operation`` says why in the audit log: "search" (a range to play) or "calendar"
        (which days of a month hold recordings)."""
        what = {
            "operation": operation,
            "camera": camera,
            "start_utc": iso_utc(start),
            "end_utc": iso_utc(end),
            "recorder": recorder.settings.kind.value,
        }
        try:
            result = recorder.search(camera, start, end)
        except RecorderError as exc:
            self._audit({**what, "failed": exc.reason.value})
            raise
        self._audit({**what, "segments": len(result.segments)})
        return result

    def replay(
        self,
        recorder: Recorder,
        camera: int,
        start: dt.datetime,
        end: dt.datetime | None = None,
        scale: float = 1.0,
    ) -> ReplaySource:
        what = {
            "operation": "replay",
            "camera": camera,
            "start_utc": iso_utc(start),
            "recorder": recorder.settings.kind.value,
            "scale": scale,
        }
        try:
            source = recorder.replay(camera, start, end, scale)
        except RecorderError as exc:
            self._audit({**what, "failed": exc.reason.value})
            raise
        self._audit(what)
        return source
