"""Dahua and KBVision NVRs: ``mediaFileFind.cgi`` for recorded files, ``/cam/playback`` for replay.

Dahua speaks the NVR's local time without a zone. ``mediaFileFind`` numbers channels from 0 while
the playback URL numbers them from 1; both are diagram numbers here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from urllib.parse import urlencode

from app.recorders.base import (
    UTC,
    RecorderError,
    RecorderEvent,
    RecorderFailure,
    RecorderKind,
    RecorderSettings,
    RecordingSummary,
    ReplaySource,
    SearchResult,
    Segment,
    merge_segments,
)
from app.recorders.http import HttpClient

PAGE_SIZE = 100
MAX_PAGES = 200
EARLIEST_SEARCH = dt.datetime(2000, 1, 1, tzinfo=UTC)
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
_ITEM = re.compile(r"^items\[(\d+)\]\.(\w+)(?:\[\d+\])?=(.*)$")


def _parse_items(text: str) -> list[dict[str, str]]:
    items: dict[int, dict[str, str]] = {}
    for line in text.splitlines():
        match = _ITEM.match(line.strip())
        if match:
            items.setdefault(int(match.group(1)), {}).setdefault(match.group(2), match.group(3))
    return [items[i] for i in sorted(items)]


class DahuaRecorder:
    def __init__(self, settings: RecorderSettings, user: str, password: str) -> None:
        self.settings = settings
        self._http = HttpClient(
            f"http://{settings.host}:{settings.http_port}", user, password, settings.timeout_s
        )

    def _cgi(self, **params: str | int) -> str:
        data = self._http.request("/cgi-bin/mediaFileFind.cgi?" + urlencode(params))
        text = data.decode("utf-8", errors="replace")
        if text.startswith("Error"):
            raise RecorderError(RecorderFailure.REFUSED, text.splitlines()[-1].strip())
        return text

    def _files(
        self, camera: int, start: dt.datetime, end: dt.datetime, limit: int
    ) -> list[dict[str, str]]:
        with self._http.budget():
            return self._files_within_budget(camera, start, end, limit)

    def _files_within_budget(
        self, camera: int, start: dt.datetime, end: dt.datetime, limit: int
    ) -> list[dict[str, str]]:
        created = self._cgi(action="factory.create")
        match = re.match(r"result=(\d+)", created.strip())
        if not match:
            raise RecorderError(RecorderFailure.BAD_REPLY, "factory.create")
        token = match.group(1)
        clock = self.settings.clock
        try:
            self._cgi(
                **{
                    "action": "findFile",
                    "object": token,
                    "condition.Channel": camera - 1,
                    "condition.StartTime": f"{clock.to_device(start):{TIME_FORMAT}}",
                    "condition.EndTime": f"{clock.to_device(end):{TIME_FORMAT}}",
                    "condition.Types[0]": "dav",
                }
            )
            files: list[dict[str, str]] = []
            for _ in range(MAX_PAGES):
                text = self._cgi(
                    action="findNextFile", object=token, count=min(PAGE_SIZE, limit - len(files))
                )
                found = re.search(r"found=(\d+)", text)
                if not found:
                    raise RecorderError(RecorderFailure.BAD_REPLY, "findNextFile")
                page = _parse_items(text)
                files += page
                if int(found.group(1)) == 0 or not page or len(files) >= limit:
                    break
            return files
        finally:
            # Free the NVR's search slot even after a failure, without hiding that failure.
            with contextlib.suppress(RecorderError):
                self._cgi(action="close", object=token)
                self._cgi(action="destroy", object=token)

    def search(self, camera: int, start: dt.datetime, end: dt.datetime) -> SearchResult:
        clock = self.settings.clock
        segments: list[Segment] = []
        events: list[RecorderEvent] = []
        try:
            for item in self._files(camera, start, end, PAGE_SIZE * MAX_PAGES):
                lo = clock.from_device(dt.datetime.strptime(item["StartTime"], TIME_FORMAT))
                hi = clock.from_device(dt.datetime.strptime(item["EndTime"], TIME_FORMAT))
                segments.append(Segment(camera, lo, hi))
                if item.get("Events") == "VideoMotion":
                    # Dahua flags whole files, not moments: the event spans the file.
                    events.append(RecorderEvent(camera, "motion", lo, hi))
        except (KeyError, ValueError):
            raise RecorderError(RecorderFailure.BAD_REPLY, "bad file item") from None
        clipped = [
            Segment(camera, max(s.start, start), min(s.end, end))
            for s in merge_segments(segments)
            if s.end > start and s.start < end
        ]
        return SearchResult(camera, start, end, tuple(clipped), tuple(events))

    def summary(self) -> RecordingSummary:
        now = dt.datetime.now(UTC)
        files = self._files(1, EARLIEST_SEARCH, now, 1)
        if not files:
            raise RecorderError(RecorderFailure.NO_RECORDING)
        try:
            first = dt.datetime.strptime(files[0]["StartTime"], TIME_FORMAT)
        except (KeyError, ValueError):
            raise RecorderError(RecorderFailure.BAD_REPLY, "bad file item") from None
        return RecordingSummary(self.settings.clock.from_device(first), now, 0)

    def replay(
        self, camera: int, start: dt.datetime, end: dt.datetime | None = None, scale: float = 1.0
    ) -> ReplaySource:
        """Replay at 1x whatever ``scale`` asks: the player paces or skips for other speeds."""
        clock = self.settings.clock
        query = f"channel={camera}&subtype=0&starttime={clock.to_device(start):%Y_%m_%d_%H_%M_%S}"
        if end is not None:
            query += f"&endtime={clock.to_device(end):%Y_%m_%d_%H_%M_%S}"
        url = f"rtsp://{self.settings.host}:{self.settings.rtsp_port}/cam/playback?{query}"
        return ReplaySource(RecorderKind.DAHUA, camera, url, start, end)
