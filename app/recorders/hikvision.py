"""Hikvision NVRs: ISAPI ``ContentMgmt/search`` for segments, ``/Streaming/tracks`` for replay.

Hikvision writes times as ``2026-11-22T09:15:00Z`` but most firmware means the NVR's *local* time
despite the ``Z``; ``RecorderClock`` says which this one means.
"""

from __future__ import annotations

import datetime as dt
import uuid
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

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

PAGE_SIZE = 50
MAX_PAGES = 200  # 10,000 segments: more means the recorder is looping
EARLIEST_SEARCH = dt.datetime(2000, 1, 1, tzinfo=UTC)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(element: ET.Element, name: str) -> str:
    for child in element.iter():
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return ""


class HikvisionRecorder:
    def __init__(self, settings: RecorderSettings, user: str, password: str) -> None:
        self.settings = settings
        self._http = HttpClient(
            f"http://{settings.host}:{settings.http_port}", user, password, settings.timeout_s
        )

    def _device(self, moment: dt.datetime) -> dt.datetime:
        return self.settings.clock.to_device(moment)

    def _search_page(
        self,
        camera: int,
        start: dt.datetime,
        end: dt.datetime,
        position: int,
        size: int,
        record_type: str = "",
    ) -> tuple[list[Segment], bool]:
        """One page of recorded spans; ``record_type`` "VideoMotion" asks only for the spans
        recorded on motion (every record type when empty)."""
        descriptor = "//recordType.meta.std-cgi.com" + (f"/{record_type}" if record_type else "")
        track = camera * 100 + 1
        body = (
            '<?xml version="1.0" encoding="UTF-8"?><CMSearchDescription>'
            f"<searchID>{escape(str(uuid.uuid4()).upper())}</searchID>"
            f"<trackIDList><trackID>{track}</trackID></trackIDList><timeSpanList><timeSpan>"
            f"<startTime>{self._device(start):%Y-%m-%dT%H:%M:%SZ}</startTime>"
            f"<endTime>{self._device(end):%Y-%m-%dT%H:%M:%SZ}</endTime>"
            f"</timeSpan></timeSpanList><maxResults>{size}</maxResults>"
            f"<searchResultPostion>{position}</searchResultPostion>"
            f"<metadataList><metadataDescriptor>{descriptor}</metadataDescriptor>"
            "</metadataList></CMSearchDescription>"
        )
        data = self._http.request("/ISAPI/ContentMgmt/search", body.encode())
        try:
            root = ET.fromstring(data)
        except ET.ParseError:
            raise RecorderError(RecorderFailure.BAD_REPLY, "not XML") from None
        if _local(root.tag) != "CMSearchResult":
            raise RecorderError(RecorderFailure.BAD_REPLY, _local(root.tag))
        status = _child_text(root, "responseStatusStrg").upper()
        found: list[Segment] = []
        clock = self.settings.clock
        try:
            for item in root.iter():
                if _local(item.tag) != "searchMatchItem":
                    continue
                lo = dt.datetime.strptime(_child_text(item, "startTime")[:19], "%Y-%m-%dT%H:%M:%S")
                hi = dt.datetime.strptime(_child_text(item, "endTime")[:19], "%Y-%m-%dT%H:%M:%S")
                found.append(Segment(camera, clock.from_device(lo), clock.from_device(hi)))
        except ValueError:
            raise RecorderError(RecorderFailure.BAD_REPLY, "bad time") from None
        if len(found) > size:
            raise RecorderError(RecorderFailure.BAD_REPLY, f"{len(found)} items, {size} asked")
        return found, status == "MORE"

    def _search_all(
        self, camera: int, start: dt.datetime, end: dt.datetime, record_type: str = ""
    ) -> list[Segment]:
        found: list[Segment] = []
        with self._http.budget():
            for page in range(MAX_PAGES):
                items, more = self._search_page(
                    camera, start, end, page * PAGE_SIZE, PAGE_SIZE, record_type
                )
                found += items
                if not more or not items:
                    break
        return found

    def search(self, camera: int, start: dt.datetime, end: dt.datetime) -> SearchResult:
        clipped = [
            Segment(camera, max(s.start, start), min(s.end, end))
            for s in merge_segments(self._search_all(camera, start, end))
            if s.end > start and s.start < end
        ]
        return SearchResult(camera, start, end, tuple(clipped), self._motion(camera, start, end))

    def _motion(
        self, camera: int, start: dt.datetime, end: dt.datetime
    ) -> tuple[RecorderEvent, ...]:
        """Motion, from the spans the recorder tagged VideoMotion. A recorder that cannot
        search by record type has no events to show; its recordings still play."""
        try:
            spans = self._search_all(camera, start, end, "VideoMotion")
        except RecorderError as exc:
            if exc.reason in (
                RecorderFailure.BAD_REPLY,
                RecorderFailure.NOT_SUPPORTED,
                RecorderFailure.NOT_FOUND,
                RecorderFailure.REFUSED,
            ):
                return ()
            raise
        return tuple(
            RecorderEvent(camera, "motion", max(s.start, start), min(s.end, end))
            for s in spans
            if s.end > start and s.start < end
        )

    def summary(self) -> RecordingSummary:
        now = dt.datetime.now(UTC)
        first, _ = self._search_page(1, EARLIEST_SEARCH, now, 0, 1)
        if not first:
            raise RecorderError(RecorderFailure.NO_RECORDING)
        return RecordingSummary(first[0].start, now, 0)

    def replay(
        self, camera: int, start: dt.datetime, end: dt.datetime | None = None, scale: float = 1.0
    ) -> ReplaySource:
        """Replay at 1x whatever ``scale`` asks: the player paces or skips for other speeds."""
        query = f"starttime={self._device(start):%Y%m%dT%H%M%SZ}"
        if end is not None:
            query += f"&endtime={self._device(end):%Y%m%dT%H%M%SZ}"
        url = (
            f"rtsp://{self.settings.host}:{self.settings.rtsp_port}"
            f"/Streaming/tracks/{camera}01?{query}"
        )
        return ReplaySource(RecorderKind.HIKVISION, camera, url, start, end)
