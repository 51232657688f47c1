"""ONVIF Profile G recorders: the Search service for recordings, gaps and events, the Replay
service for the RTSP URI. Profile G speaks UTC throughout.

Gaps come from ``tns1:RecordingHistory/Track/DataPresent`` events (``IsDataPresent`` false then
true), motion from ``tns1:VideoSource/MotionAlarm``. Replay needs ``Require: onvif-replay`` and
``Range: clock=`` on PLAY, so the source is marked for ``proxy.ReplayProxy``.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
import xml.etree.ElementTree as ET

from app.peers import url_host
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
    iso_utc,
    merge_segments,
    plausible,
)
from app.recorders.http import HttpClient

NS = {
    "s": "http://www.w3.org/2003/05/soap-envelope",
    "tt": "http://www.onvif.org/ver10/schema",
    "tse": "http://www.onvif.org/ver10/search/wsdl",
    "trp": "http://www.onvif.org/ver10/replay/wsdl",
}
SEARCH_PATH = "/onvif/search_service"
REPLAY_PATH = "/onvif/replay_service"
MAX_ROUNDS = 100
RESULTS_PER_ROUND = 500


def _parse_time(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return plausible(value if value.tzinfo else value.replace(tzinfo=UTC))


class OnvifRecorder:
    def __init__(self, settings: RecorderSettings, user: str, password: str) -> None:
        self.settings = settings
        self._http = HttpClient(
            f"http://{settings.host}:{settings.http_port}", user, password, settings.timeout_s
        )
        self._tokens: dict[int, str] | None = None

    def _call(self, path: str, body: str) -> ET.Element:
        envelope = (
            '<?xml version="1.0" encoding="UTF-8"?><s:Envelope '
            + " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
            + f"><s:Body>{body}</s:Body></s:Envelope>"
        )
        data = self._http.request(path, envelope.encode(), "application/soap+xml; charset=utf-8")
        try:
            root = ET.fromstring(data)
        except ET.ParseError:
            raise RecorderError(RecorderFailure.BAD_REPLY, "not XML") from None
        reply = root.find("s:Body", NS)
        if reply is None or len(reply) == 0:
            raise RecorderError(RecorderFailure.BAD_REPLY, "not SOAP")
        if reply[0].tag.endswith("}Fault"):
            raise RecorderError(RecorderFailure.REFUSED, "SOAP fault")
        return reply[0]

    def _text(self, element: ET.Element, path: str) -> str:
        found = element.find(path, NS)
        if found is None or not (found.text or "").strip():
            raise RecorderError(RecorderFailure.BAD_REPLY, path)
        return (found.text or "").strip()

    def summary(self) -> RecordingSummary:
        reply = self._call(SEARCH_PATH, "<tse:GetRecordingSummary/>")
        try:
            return RecordingSummary(
                _parse_time(self._text(reply, "tse:Summary/tt:DataFrom")),
                _parse_time(self._text(reply, "tse:Summary/tt:DataUntil")),
                int(self._text(reply, "tse:Summary/tt:NumberRecordings")),
            )
        except ValueError:
            raise RecorderError(RecorderFailure.BAD_REPLY, "bad summary") from None

    def _results(self, token: str, operation: str) -> list[ET.Element]:
        out: list[ET.Element] = []
        try:
            with self._http.budget():
                for _ in range(MAX_ROUNDS):
                    reply = self._call(
                        SEARCH_PATH,
                        f"<tse:{operation}><tse:SearchToken>{token}</tse:SearchToken>"
                        f"<tse:MinResults>1</tse:MinResults><tse:MaxResults>{RESULTS_PER_ROUND}"
                        f"</tse:MaxResults><tse:WaitTime>PT5S</tse:WaitTime></tse:{operation}>",
                    )
                    result_list = reply.find("tse:ResultList", NS)
                    if result_list is None:
                        raise RecorderError(RecorderFailure.BAD_REPLY, operation)
                    out += [e for e in result_list if not e.tag.endswith("}SearchState")]
                    if self._text(result_list, "tt:SearchState") == "Completed":
                        return out
            raise RecorderError(RecorderFailure.BAD_REPLY, "search never completed")
        finally:
            self._call(
                SEARCH_PATH,
                f"<tse:EndSearch><tse:SearchToken>{token}</tse:SearchToken></tse:EndSearch>",
            )

    def recording_tokens(self) -> dict[int, str]:
        """Recording token by diagram number (the number at the end of the token or source)."""
        if self._tokens is None:
            reply = self._call(
                SEARCH_PATH,
                "<tse:FindRecordings><tse:Scope/><tse:KeepAliveTime>PT60S</tse:KeepAliveTime>"
                "</tse:FindRecordings>",
            )
            items = self._results(self._text(reply, "tse:SearchToken"), "GetRecordingSearchResults")
            tokens: dict[int, str] = {}
            for index, item in enumerate(items, start=1):
                token = self._text(item, "tt:RecordingToken")
                source = item.findtext("tt:Source/tt:SourceId", "", NS)
                match = re.search(r"(\d+)$", source) or re.search(r"(\d+)$", token)
                tokens[int(match.group(1)) if match else index] = token
            self._tokens = tokens
        return self._tokens

    def _token(self, camera: int) -> str:
        token = self.recording_tokens().get(camera)
        if token is None:
            raise RecorderError(RecorderFailure.NOT_FOUND, f"camera {camera}")
        return token

    def search(self, camera: int, start: dt.datetime, end: dt.datetime) -> SearchResult:
        token = self._token(camera)
        reply = self._call(
            SEARCH_PATH,
            f"<tse:FindEvents><tse:StartPoint>{iso_utc(start)}</tse:StartPoint>"
            f"<tse:EndPoint>{iso_utc(end)}</tse:EndPoint><tse:Scope><tt:IncludedRecordings>"
            f"{token}</tt:IncludedRecordings></tse:Scope><tse:SearchFilter/>"
            "<tse:IncludeStartState>true</tse:IncludeStartState>"
            "<tse:KeepAliveTime>PT60S</tse:KeepAliveTime></tse:FindEvents>",
        )
        results = self._results(self._text(reply, "tse:SearchToken"), "GetEventSearchResults")
        segments: list[Segment] = []
        events: list[RecorderEvent] = []
        open_data: dt.datetime | None = None
        open_motion: dt.datetime | None = None
        try:
            parsed = []
            for item in results:
                when = _parse_time(self._text(item, "tt:Time"))
                event = item.find("tt:Event", NS)
                topic = "".join(event.itertext()) if event is not None else ""
                simple = item.find(".//tt:SimpleItem", NS)
                value = simple.get("Value", "") == "true" if simple is not None else False
                parsed.append((when, topic, value))
        except (ValueError, AttributeError):
            raise RecorderError(RecorderFailure.BAD_REPLY, "bad event") from None
        for when, topic, value in sorted(parsed, key=lambda p: (p[0], p[2])):
            if "RecordingHistory/Track/DataPresent" in topic:
                if value and open_data is None:
                    open_data = when
                elif not value and open_data is not None:
                    segments.append(Segment(camera, open_data, when))
                    open_data = None
            elif "MotionAlarm" in topic:
                if value:
                    open_motion = when
                elif open_motion is not None:
                    events.append(RecorderEvent(camera, "motion", open_motion, when))
                    open_motion = None
        if open_data is not None:
            segments.append(Segment(camera, open_data, end))
        clipped = [
            Segment(camera, max(s.start, start), min(s.end, end))
            for s in merge_segments(segments)
            if s.end > start and s.start < end
        ]
        return SearchResult(camera, start, end, tuple(clipped), tuple(events))

    def _on_own_host(self, uri: str) -> str:
        """``uri`` pointed at the recorder registered for the EPE: a recorder behind NAT names
        its inner address, a hostile one any host, and the proxy answers the replay's digest
        challenge with the EPE's account, which goes to the registered recorder only."""
        parts = urllib.parse.urlsplit(uri)
        if url_host(uri) == self.settings.host.strip("[]").lower():
            return uri
        host = self.settings.host
        netloc = f"[{host}]" if ":" in host else host
        return urllib.parse.urlunsplit(parts._replace(netloc=f"{netloc}:{self.settings.rtsp_port}"))

    def replay(
        self, camera: int, start: dt.datetime, end: dt.datetime | None = None, scale: float = 1.0
    ) -> ReplaySource:
        reply = self._call(
            REPLAY_PATH,
            "<trp:GetReplayUri><trp:StreamSetup><tt:Stream>RTP-Unicast</tt:Stream>"
            "<tt:Transport><tt:Protocol>RTSP</tt:Protocol></tt:Transport></trp:StreamSetup>"
            f"<trp:RecordingToken>{self._token(camera)}</trp:RecordingToken></trp:GetReplayUri>",
        )
        uri = self._text(reply, "trp:Uri")
        if not uri.startswith("rtsp://"):
            raise RecorderError(RecorderFailure.BAD_REPLY, "replay URI")
        uri = self._on_own_host(uri)
        # Profile G is UTC, but a calibrated offset still applies to where PLAY starts.
        offset = dt.timedelta(seconds=self.settings.clock.calibrated_offset_s)
        return ReplaySource(
            RecorderKind.ONVIF_G,
            camera,
            uri,
            start,
            end,
            needs_proxy=True,
            range_start=start - offset,
            scale=scale,
        )
