"""The simulated site's recorder (NVR): a deterministic "recorded" archive served three ways.

Each EPE's recorder listens on its own ports on 127.0.0.1 with the EPE's account (digest auth):

* RTSP replay: ``/Streaming/tracks/{N}01?starttime=…&endtime=…`` (Hikvision),
  ``/cam/playback?channel=N&subtype=0&starttime=YYYY_MM_DD_HH_MM_SS&endtime=…`` (Dahua/KBVision)
  and ``/onvif/replay/{N}`` (ONVIF Profile G: PLAY must carry ``Require: onvif-replay`` and
  ``Range: clock=…Z-``; a later PLAY with a new Range seeks).
* HTTP: ISAPI ``/ISAPI/ContentMgmt/search`` (POST, paging), ``/cgi-bin/mediaFileFind.cgi`` and the
  Profile G search, replay and recording SOAP services under ``/onvif/``.

The archive is a function of the configuration and the clock, so tests compute the truth with the
same functions: recordings reach back ``retention_days`` (to Vietnam midnight), every camera has a
daily gap 03:00-03:20 Vietnam time (the site's maintenance power cut), and motion events come at ten
past each hour from 08:00 to 17:00 Vietnam time, plus off-hours ones (``OFF_HOURS_MOTION_LOCAL``:
21:40 on every camera, 01:25 on camera 1) for the start-of-shift review. Time conventions differ
like real firmware: Profile G speaks UTC, Dahua speaks Vietnam local time, and Hikvision writes a
``Z`` after what is, by default, Vietnam local time (``hikvision_times`` in the EPE's ``recorder``
object says which).

The replayed picture paints the *recorded* time into the block clock (see ``block_clock``), so a
client can read exactly which moment it got. Every replay request logs its resolved start time.

Stdlib and gi only; gi is imported inside functions so the venv can import the archive functions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import http.server
import logging
import re
import secrets
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

from app.simsite import gate_traffic
from app.simsite.block_clock import BlockClockPainter
from app.simsite.config import HOST, SITE_ZONE, ConfigError, EpeConfig

LOG = logging.getLogger("simsite.recorder")

UTC = dt.UTC
KINDS = ("hikvision", "dahua", "onvif_g")
DEFAULT_RETENTION_DAYS = 400  # comfortably over the 12 months Decision 247 I.2.2 asks
SHORT_RETENTION_DAYS = 90
DAILY_GAP_LOCAL = (dt.time(3, 0), dt.time(3, 20))
MOTION_HOURS_LOCAL = range(8, 18)
MOTION_MINUTE = 10
# Off-hours motion (Vietnam time) for the start-of-shift review: a vehicle at the gate late in the
# evening on every camera, and one in the small hours on camera 1 only.
OFF_HOURS_MOTION_LOCAL: tuple[tuple[dt.time, int | None], ...] = (
    (dt.time(21, 40), None),
    (dt.time(1, 25), 1),
)
REPLAY_SIZE = (640, 360)
REPLAY_FPS = 15
ISAPI_NS = "http://www.isapi.org/ver20/XMLSchema"
NS = {
    "s": "http://www.w3.org/2003/05/soap-envelope",
    "tt": "http://www.onvif.org/ver10/schema",
    "tse": "http://www.onvif.org/ver10/search/wsdl",
    "trp": "http://www.onvif.org/ver10/replay/wsdl",
    "trc": "http://www.onvif.org/ver10/recording/wsdl",
    "wsnt": "http://docs.oasis-open.org/wsn/b-2",
    "tns1": "http://www.onvif.org/ver10/topics",
}


@dataclass(frozen=True)
class RecorderConfig:
    kind: str  # which protocol the EPE's registry entry should use; all three are served
    retention_days: int
    hikvision_times: str  # "local" (the usual firmware trap) or "utc"
    # The nightly 03:00-03:20 maintenance gap. Off for a site whose test replays "a moment ago"
    # at whatever time it runs (a run at 03:10 Vietnam time would otherwise replay the gap).
    daily_gap: bool = True

    @classmethod
    def from_fields(cls, fields: dict[str, Any], index: int) -> RecorderConfig:
        raw = fields.get("recorder")
        raw = raw if isinstance(raw, dict) else {}
        kind = str(raw.get("kind", KINDS[index % len(KINDS)]))
        if kind not in KINDS:
            raise ConfigError(f"epes[{index}].recorder.kind: must be one of {', '.join(KINDS)}")
        # The second EPE keeps only 90 days unless told otherwise, so a retention check can fail.
        default_days = SHORT_RETENTION_DAYS if index == 1 else DEFAULT_RETENTION_DAYS
        days = int(raw.get("retention_days", default_days))
        times = str(raw.get("hikvision_times", "local"))
        if days < 1 or times not in ("local", "utc"):
            raise ConfigError(f"epes[{index}].recorder: bad retention_days or hikvision_times")
        return cls(kind, days, times, bool(raw.get("daily_gap", True)))


# ------------------------------------------------------------------------------------ archive


def earliest_recording(retention_days: int, now: dt.datetime) -> dt.datetime:
    """The first recorded moment: Vietnam midnight ``retention_days`` days before today."""
    day = now.astimezone(SITE_ZONE).date() - dt.timedelta(days=retention_days)
    return dt.datetime.combine(day, dt.time(0), SITE_ZONE).astimezone(UTC)


def segments(
    retention_days: int,
    start: dt.datetime,
    end: dt.datetime,
    now: dt.datetime,
    daily_gap: bool = True,
) -> list[tuple[dt.datetime, dt.datetime]]:
    """Recorded spans of any camera inside [start, end), clipped, in order (UTC)."""
    first = max(start, earliest_recording(retention_days, now))
    last = min(end, now)
    out: list[tuple[dt.datetime, dt.datetime]] = []
    if first >= last:
        return out
    if not daily_gap:
        return [(first.astimezone(UTC), last.astimezone(UTC))]
    day = first.astimezone(SITE_ZONE).date() - dt.timedelta(days=1)
    while True:
        gap_end = dt.datetime.combine(day, DAILY_GAP_LOCAL[1], SITE_ZONE)
        next_gap = dt.datetime.combine(day + dt.timedelta(days=1), DAILY_GAP_LOCAL[0], SITE_ZONE)
        if gap_end >= last:
            break
        lo, hi = max(first, gap_end), min(last, next_gap)
        if lo < hi:
            out.append((lo.astimezone(UTC), hi.astimezone(UTC)))
        day += dt.timedelta(days=1)
    return out


def motion_events(
    retention_days: int,
    camera: int,
    start: dt.datetime,
    end: dt.datetime,
    now: dt.datetime,
    daily_gap: bool = True,
) -> list[tuple[dt.datetime, dt.datetime]]:
    """Motion (start, end) in [start, end) for one camera; each lasts 20 s plus its number."""
    out: list[tuple[dt.datetime, dt.datetime]] = []
    for lo, hi in segments(retention_days, start, end, now, daily_gap):
        day = lo.astimezone(SITE_ZONE).date()
        while dt.datetime.combine(day, dt.time(0), SITE_ZONE) < hi:
            moments = [dt.time(hour, MOTION_MINUTE) for hour in MOTION_HOURS_LOCAL]
            moments += [t for t, only in OFF_HOURS_MOTION_LOCAL if only in (None, camera)]
            for moment in sorted(moments):
                at = dt.datetime.combine(day, moment, SITE_ZONE)
                if lo <= at < hi:
                    out.append(
                        (
                            at.astimezone(UTC),
                            (at + dt.timedelta(seconds=20 + camera)).astimezone(UTC),
                        )
                    )
            day += dt.timedelta(days=1)
    return out


def resolve_start(
    retention_days: int, asked: dt.datetime, now: dt.datetime, daily_gap: bool = True
) -> dt.datetime | None:
    """Where replay really starts: the asked moment, or the next recording after a gap."""
    for lo, _hi in segments(retention_days, asked, now, now, daily_gap):
        return max(lo, asked)
    return None


# --------------------------------------------------------------------------------- time formats


def _device_time(value: dt.datetime, local: bool) -> dt.datetime:
    return value.astimezone(SITE_ZONE if local else UTC).replace(tzinfo=None)


def _from_device(naive: dt.datetime, local: bool) -> dt.datetime:
    return naive.replace(tzinfo=SITE_ZONE if local else UTC).astimezone(UTC)


def _iso_z(value: dt.datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_iso_z(text: str) -> dt.datetime:
    text = text.strip().replace("Z", "+00:00")
    parsed = dt.datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _parse_clock_range(value: str) -> dt.datetime | None:
    match = re.match(r"\s*clock=(\d{8}T\d{6}(?:\.\d+)?)Z", value)
    if not match:
        return None
    stamp = match.group(1)
    fmt = "%Y%m%dT%H%M%S.%f" if "." in stamp else "%Y%m%dT%H%M%S"
    return dt.datetime.strptime(stamp, fmt).replace(tzinfo=UTC)


# ------------------------------------------------------------------------------------ digest


class DigestAuth:
    """RFC 2617 digest (MD5, qop=auth) as NVRs use for their HTTP APIs."""

    def __init__(self, realm: str, user: str, password: str) -> None:
        self.realm = realm
        self._user = user
        self._ha1 = hashlib.md5(f"{user}:{realm}:{password}".encode()).hexdigest()
        self._nonces: set[str] = set()

    def challenge(self) -> str:
        nonce = secrets.token_hex(16)
        self._nonces.add(nonce)
        return f'Digest realm="{self.realm}", qop="auth", nonce="{nonce}", algorithm=MD5'

    def check(self, method: str, header: str | None) -> bool:
        if not header or not header.startswith("Digest "):
            return False
        fields = dict(re.findall(r'(\w+)="?([^",]*)"?', header[7:]))
        if fields.get("username") != self._user or fields.get("nonce") not in self._nonces:
            return False
        ha2 = hashlib.md5(f"{method}:{fields.get('uri', '')}".encode()).hexdigest()
        if fields.get("qop"):
            parts = [fields["nonce"], fields.get("nc", ""), fields.get("cnonce", ""), fields["qop"]]
            expected = hashlib.md5(":".join([self._ha1, *parts, ha2]).encode()).hexdigest()
        else:
            expected = hashlib.md5(f"{self._ha1}:{fields['nonce']}:{ha2}".encode()).hexdigest()
        return secrets.compare_digest(expected, fields.get("response", ""))


# ------------------------------------------------------------------------------------- HTTP


class Archive:
    """One EPE's recorder: its configuration, cameras and open searches."""

    def __init__(
        self, epe: EpeConfig, config: RecorderConfig, clock: Callable[[], dt.datetime] | None = None
    ) -> None:
        self.epe = epe
        self.config = config
        self.cameras = {cam.diagram_number: cam for cam in epe.cameras}
        self._clock = clock or (lambda: dt.datetime.now(UTC))
        self.rtsp_port = 0
        self._searches: dict[str, list[str]] = {}
        self._dahua: dict[str, list[tuple[dt.datetime, dt.datetime, int, bool]]] = {}
        self._lock = threading.Lock()

    def now(self) -> dt.datetime:
        return self._clock()

    def segments(
        self, start: dt.datetime, end: dt.datetime
    ) -> list[tuple[dt.datetime, dt.datetime]]:
        return segments(self.config.retention_days, start, end, self.now(), self.config.daily_gap)

    # -- Hikvision ISAPI
    def isapi_search(self, body: bytes) -> tuple[int, str]:
        root = ET.fromstring(body)

        def find(name: str) -> str:
            for element in root.iter():
                if element.tag.rsplit("}", 1)[-1] == name and element.text:
                    return element.text.strip()
            return ""

        local = self.config.hikvision_times == "local"
        track = int(find("trackID") or "101")
        camera = track // 100
        if camera not in self.cameras:
            return 404, "no such track"
        start = _from_device(_parse_iso_z(find("startTime")).replace(tzinfo=None), local)
        end = _from_device(_parse_iso_z(find("endTime")).replace(tzinfo=None), local)
        first = int(find("searchResultPostion") or find("searchResultPosition") or "0")
        limit = max(1, min(int(find("maxResults") or "40"), 50))
        # Asked for motion (the VideoMotion record type), the spans the cameras saw motion in;
        # otherwise the continuous recordings (CMR).
        motion = find("metadataDescriptor").endswith("/VideoMotion")
        found = self._motion(camera, start, end) if motion else self.segments(start, end)
        record_type = "VideoMotion" if motion else "CMR"
        page = found[first : first + limit]
        LOG.info(
            "%s: ISAPI search track %d %s %s..%s UTC: %d segments",
            self.epe.name,
            track,
            record_type,
            _iso_z(start),
            _iso_z(end),
            len(found),
        )
        status = "MORE" if first + limit < len(found) else ("OK" if found else "NO MATCHES")
        items = []
        for lo, hi in page:
            d_lo, d_hi = _device_time(lo, local), _device_time(hi, local)
            uri = (
                f"rtsp://{HOST}:{self.rtsp_port}/Streaming/tracks/{track}/"
                f"?starttime={d_lo:%Y%m%dT%H%M%SZ}&amp;endtime={d_hi:%Y%m%dT%H%M%SZ}"
            )
            items.append(
                f"<searchMatchItem><sourceID>{{0000-{track}}}</sourceID>"
                f"<trackID>{track}</trackID><timeSpan>"
                f"<startTime>{d_lo:%Y-%m-%dT%H:%M:%SZ}</startTime>"
                f"<endTime>{d_hi:%Y-%m-%dT%H:%M:%SZ}</endTime></timeSpan>"
                f"<mediaSegmentDescriptor><contentType>video</contentType>"
                f"<codecType>H.264-BP</codecType><playbackURI>{uri}</playbackURI>"
                f"</mediaSegmentDescriptor><metadataMatches><metadataDescriptor>"
                f"recordType.meta.std-cgi.com/{record_type}</metadataDescriptor>"
                f"</metadataMatches>"
                f"</searchMatchItem>"
            )
        xml = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<CMSearchResult version="2.0" '
            f'xmlns="{ISAPI_NS}"><searchID>{escape(find("searchID"))}</searchID>'
            f"<responseStatus>true</responseStatus><responseStatusStrg>{status}"
            f"</responseStatusStrg><numOfMatches>{len(page)}</numOfMatches>"
            f"<matchList>{''.join(items)}</matchList></CMSearchResult>"
        )
        return 200, xml

    # -- Dahua mediaFileFind.cgi (channels here are 0-based, unlike the playback URL)
    def media_file_find(self, query: dict[str, list[str]]) -> tuple[int, str]:
        action = query.get("action", [""])[0]
        if action == "factory.create":
            token = str(secrets.randbelow(90000) + 10000)
            with self._lock:
                self._dahua[token] = []
            return 200, f"result={token}\r\n"
        token = query.get("object", [""])[0]
        with self._lock:
            if token not in self._dahua:
                return 400, "Error\r\nBad Request!\r\n"
            if action == "findFile":
                camera = int(query.get("condition.Channel", ["0"])[0]) + 1
                if camera not in self.cameras:
                    return 400, "Error\r\nBad Request!\r\n"
                fmt = "%Y-%m-%d %H:%M:%S"
                start = _from_device(
                    dt.datetime.strptime(query["condition.StartTime"][0], fmt), True
                )
                end = _from_device(dt.datetime.strptime(query["condition.EndTime"][0], fmt), True)
                files: list[tuple[dt.datetime, dt.datetime, int, bool]] = []
                motion = self._motion(camera, start, end)
                for lo, hi in self.segments(start, end):
                    # Dahua keeps hour-long files; one with motion in it is flagged.
                    cut = lo
                    while cut < hi:
                        step = min(
                            hi,
                            (
                                cut.replace(minute=0, second=0, microsecond=0)
                                + dt.timedelta(hours=1)
                            ),
                        )
                        flagged = any(cut <= m < step for m, _ in motion)
                        files.append((cut, step, camera, flagged))
                        cut = step
                self._dahua[token] = files
                LOG.info(
                    "%s: mediaFileFind channel %d %s..%s UTC: %d files",
                    self.epe.name,
                    camera,
                    _iso_z(start),
                    _iso_z(end),
                    len(files),
                )
                return 200, "OK\r\n"
            if action == "findNextFile":
                count = max(1, min(int(query.get("count", ["100"])[0]), 100))
                page, self._dahua[token] = self._dahua[token][:count], self._dahua[token][count:]
                lines = [f"found={len(page)}"]
                for i, (lo, hi, camera, flagged) in enumerate(page):
                    lines += [
                        f"items[{i}].Channel={camera - 1}",
                        f"items[{i}].StartTime={_device_time(lo, True):%Y-%m-%d %H:%M:%S}",
                        f"items[{i}].EndTime={_device_time(hi, True):%Y-%m-%d %H:%M:%S}",
                        f"items[{i}].Type=dav",
                        f"items[{i}].Events[0]={'VideoMotion' if flagged else 'AlarmLocal'}",
                        f"items[{i}].Flags[0]={'Event' if flagged else 'Timing'}",
                    ]
                return 200, "\r\n".join(lines) + "\r\n"
            if action in ("close", "destroy"):
                if action == "destroy":
                    del self._dahua[token]
                return 200, "OK\r\n"
        return 400, "Error\r\nBad Request!\r\n"

    def _motion(
        self, camera: int, start: dt.datetime, end: dt.datetime
    ) -> list[tuple[dt.datetime, dt.datetime]]:
        """The camera's motion: the hourly and off-hours events, and every vehicle of the gate
        traffic (from when it comes into sight until it is gone), so a search finds them."""
        found = motion_events(
            self.config.retention_days, camera, start, end, self.now(), self.config.daily_gap
        )
        vehicles = gate_traffic.passages(
            self.epe, start - dt.timedelta(seconds=gate_traffic.VISIBLE_SECONDS), end
        )
        spans = self.segments(start, end)
        for passage in vehicles:
            lo = passage.visible_from
            if passage.camera == camera and any(a <= lo < b for a, b in spans):
                found.append((lo, passage.visible_until))
        return sorted(set(found))

    # -- ONVIF Profile G
    def soap(self, body: bytes) -> tuple[int, str]:
        root = ET.fromstring(body)
        request = next(iter(root.find("s:Body", NS) or []), None)
        if request is None:
            return 400, _fault("no request")
        name = request.tag.rsplit("}", 1)[-1]
        now = self.now()
        days = self.config.retention_days
        earliest = earliest_recording(days, now)
        if name == "GetRecordingSummary":
            return 200, _envelope(
                f"<tse:GetRecordingSummaryResponse><tse:Summary><tt:DataFrom>{_iso_z(earliest)}"
                f"</tt:DataFrom><tt:DataUntil>{_iso_z(now)}</tt:DataUntil>"
                f"<tt:NumberRecordings>{len(self.cameras)}</tt:NumberRecordings></tse:Summary>"
                "</tse:GetRecordingSummaryResponse>"
            )
        if name == "FindRecordings":
            items = []
            for number, cam in sorted(self.cameras.items()):
                items.append(
                    f"<tse:RecordingInformation><tt:RecordingToken>rec{number}"
                    f"</tt:RecordingToken><tt:Source><tt:SourceId>cam{number}</tt:SourceId>"
                    f"<tt:Name>{escape(cam.name)}</tt:Name><tt:Location/><tt:Description/>"
                    f"<tt:Address/></tt:Source><tt:EarliestRecording>{_iso_z(earliest)}"
                    f"</tt:EarliestRecording><tt:LatestRecording>{_iso_z(now)}"
                    "</tt:LatestRecording><tt:Content/><tt:Track><tt:TrackToken>video0"
                    "</tt:TrackToken><tt:TrackType>Video</tt:TrackType><tt:Description/>"
                    f"<tt:DataFrom>{_iso_z(earliest)}</tt:DataFrom><tt:DataTo>{_iso_z(now)}"
                    "</tt:DataTo></tt:Track><tt:RecordingStatus>Recording"
                    "</tt:RecordingStatus></tse:RecordingInformation>"
                )
            token = self._store(items)
            return 200, _envelope(
                f"<tse:FindRecordingsResponse><tse:SearchToken>{token}"
                "</tse:SearchToken></tse:FindRecordingsResponse>"
            )
        if name == "FindEvents":
            start = _parse_iso_z(_text(request, "tse:StartPoint"))
            end_text = _text(request, "tse:EndPoint")
            end = _parse_iso_z(end_text) if end_text else now
            lo_t, hi_t = min(start, end), max(start, end)
            wanted = [
                e.text.strip()
                for e in request.iterfind("tse:Scope/tt:IncludedRecordings", NS)
                if e.text
            ]
            numbers = [int(t.removeprefix("rec")) for t in wanted] or sorted(self.cameras)
            events: list[tuple[dt.datetime, str]] = []
            for number in numbers:
                if number not in self.cameras:
                    return 400, _fault("unknown recording")
                for lo, hi in segments(days, lo_t, hi_t, now, self.config.daily_gap):
                    events.append(
                        (
                            lo,
                            _event(
                                number,
                                lo,
                                "RecordingHistory/Track/DataPresent",
                                "IsDataPresent",
                                True,
                            ),
                        )
                    )
                    if hi < min(hi_t, now):
                        events.append(
                            (
                                hi,
                                _event(
                                    number,
                                    hi,
                                    "RecordingHistory/Track/DataPresent",
                                    "IsDataPresent",
                                    False,
                                ),
                            )
                        )
                for lo, hi in self._motion(number, lo_t, hi_t):
                    events.append(
                        (lo, _event(number, lo, "VideoSource/MotionAlarm", "State", True))
                    )
                    events.append(
                        (hi, _event(number, hi, "VideoSource/MotionAlarm", "State", False))
                    )
            events.sort(key=lambda item: item[0], reverse=end < start)
            LOG.info(
                "%s: FindEvents %s..%s UTC: %d events",
                self.epe.name,
                _iso_z(lo_t),
                _iso_z(hi_t),
                len(events),
            )
            token = self._store([text for _, text in events])
            return 200, _envelope(
                f"<tse:FindEventsResponse><tse:SearchToken>{token}"
                "</tse:SearchToken></tse:FindEventsResponse>"
            )
        if name in ("GetRecordingSearchResults", "GetEventSearchResults"):
            token = _text(request, "tse:SearchToken")
            maximum = int(_text(request, "tse:MaxResults") or "100")
            with self._lock:
                if token not in self._searches:
                    return 400, _fault("unknown search token")
                page, self._searches[token] = (
                    self._searches[token][:maximum],
                    self._searches[token][maximum:],
                )
                state = "Searching" if self._searches[token] else "Completed"
            return 200, _envelope(
                f"<tse:{name}Response><tse:ResultList><tt:SearchState>{state}"
                f"</tt:SearchState>{''.join(page)}</tse:ResultList></tse:{name}Response>"
            )
        if name == "EndSearch":
            with self._lock:
                self._searches.pop(_text(request, "tse:SearchToken"), None)
            return 200, _envelope(
                f"<tse:EndSearchResponse><tse:Endpoint>{_iso_z(now)}"
                "</tse:Endpoint></tse:EndSearchResponse>"
            )
        if name == "GetReplayUri":
            number = int(_text(request, "trp:RecordingToken").removeprefix("rec") or "0")
            if number not in self.cameras:
                return 400, _fault("unknown recording")
            uri = f"rtsp://{HOST}:{self.rtsp_port}/onvif/replay/{number}"
            return 200, _envelope(
                f"<trp:GetReplayUriResponse><trp:Uri>{uri}</trp:Uri></trp:GetReplayUriResponse>"
            )
        return 400, _fault(f"{name} is not supported")

    def _store(self, items: list[str]) -> str:
        token = secrets.token_hex(6)
        with self._lock:
            self._searches[token] = items
        return token


def _text(element: ET.Element, path: str) -> str:
    found = element.find(path, NS)
    return (found.text or "").strip() if found is not None else ""


def _event(number: int, when: dt.datetime, topic: str, item: str, value: bool) -> str:
    return (
        f"<tse:Result><tt:RecordingToken>rec{number}</tt:RecordingToken>"
        f"<tt:TrackToken>video0</tt:TrackToken><tt:Time>{_iso_z(when)}</tt:Time>"
        f'<tt:Event><wsnt:Topic Dialect="http://www.onvif.org/ver10/tev/topicExpression/'
        f'ConcreteSet">tns1:{topic}</wsnt:Topic><wsnt:Message><tt:Message '
        f'UtcTime="{_iso_z(when)}"><tt:Source/><tt:Data><tt:SimpleItem Name="{item}" '
        f'Value="{"true" if value else "false"}"/></tt:Data></tt:Message></wsnt:Message>'
        "</tt:Event><tt:StartStateEvent>false</tt:StartStateEvent></tse:Result>"
    )


def _envelope(body: str) -> str:
    names = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<s:Envelope {names}><s:Body>{body}'
        "</s:Body></s:Envelope>"
    )


def _fault(reason: str) -> str:
    return _envelope(
        f"<s:Fault><s:Code><s:Value>s:Sender</s:Value></s:Code><s:Reason>"
        f'<s:Text xml:lang="en">{escape(reason)}</s:Text></s:Reason></s:Fault>'
    )


def make_http_server(archive: Archive, port: int = 0) -> http.server.ThreadingHTTPServer:
    auth = DigestAuth(f"NVR {archive.epe.tax_id}", archive.epe.user, archive.epe.password)

    class Handler(http.server.BaseHTTPRequestHandler):
        server_version = "SimNVR/1.0"
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            LOG.debug("%s: http %s", archive.epe.name, format % args)

        def _reply(self, code: int, text: str, kind: str = "text/plain") -> None:
            data = text.encode()
            self.send_response(code)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _authorised(self, body_read: bool) -> bool:
            if auth.check(self.command, self.headers.get("Authorization")):
                return True
            if not body_read:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(401)
            self.send_header("WWW-Authenticate", auth.challenge())
            self.send_header("Content-Length", "0")
            self.end_headers()
            return False

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if not self._authorised(True):
                return
            if parts.path == "/cgi-bin/mediaFileFind.cgi":
                try:
                    self._reply(*archive.media_file_find(parse_qs(parts.query)))
                except (KeyError, ValueError):
                    self._reply(400, "Error\r\nBad Request!\r\n")
                return
            self._reply(404, "not found")

        def do_POST(self) -> None:
            parts = urlsplit(self.path)
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if not self._authorised(True):
                return
            try:
                if parts.path == "/ISAPI/ContentMgmt/search":
                    self._reply(*archive.isapi_search(body), kind="application/xml")
                elif parts.path.startswith("/onvif/"):
                    self._reply(*archive.soap(body), kind="application/soap+xml")
                else:
                    self._reply(404, "not found")
            except (ET.ParseError, ValueError) as exc:
                self._reply(400, f"bad request: {exc}")

    server = http.server.ThreadingHTTPServer((HOST, port), Handler)
    server.daemon_threads = True
    return server


# ------------------------------------------------------------------------------------- RTSP


class RecordedClock:
    """Maps a replayed frame to the recorded moment it shows.

    Recorded = start + time since the first frame after the start was set. Vendor URLs set the
    start when the medium is made; a Profile G PLAY with ``Range: clock=`` sets it again (a seek).
    """

    def __init__(self, origin: dt.datetime, armed: bool = True) -> None:
        self._lock = threading.Lock()
        self._origin_ms = int(origin.timestamp() * 1000)
        self._first_pts: int | None = None
        self._scale = 1.0  # Profile G Scale: frames come at the usual rate, time runs faster
        # Until armed (Profile G: until PLAY says where), frames are dropped, not shown wrong.
        self.armed = armed

    def seek(self, origin: dt.datetime, scale: float = 1.0) -> None:
        with self._lock:
            self._origin_ms = int(origin.timestamp() * 1000)
            self._first_pts = None
            self._scale = scale
            self.armed = True

    def recorded_ms(self, pts: int) -> int:
        with self._lock:
            if self._first_pts is None:
                self._first_pts = pts
            return self._origin_ms + int((pts - self._first_pts) * self._scale) // 1_000_000


def _replay_painter(clock: RecordedClock, label: Any, title: str) -> Callable[[Any, Any], Any]:
    painter = BlockClockPainter(*REPLAY_SIZE)
    shown = [-1]

    def draw(_element: Any, sample: Any) -> Any:
        if not clock.armed:
            return painter.composition(None)
        recorded = clock.recorded_ms(sample.get_buffer().pts)
        composition = painter.composition(recorded)
        if recorded // 1000 != shown[0]:
            shown[0] = recorded // 1000
            when = dt.datetime.fromtimestamp(recorded / 1000, SITE_ZONE)
            label.set_property("text", f"{title}\nREC {when:%Y-%m-%d %H:%M:%S} UTC+7")
        return composition

    return draw


def _replay_gate_painter(
    clock: RecordedClock, fields: dict[str, Any], camera: int
) -> Callable[[Any, Any], Any]:
    """Paints the vehicle at the gate at the recorded moment a replayed frame shows."""
    from app.simsite.gate_paint import GatePainter

    painter = GatePainter(fields, camera, *REPLAY_SIZE)

    def draw(_element: Any, sample: Any) -> Any:
        if not clock.armed:
            return None
        recorded = clock.recorded_ms(sample.get_buffer().pts)
        return painter.composition(dt.datetime.fromtimestamp(recorded / 1000, UTC))

    return draw


REPLAY_LAUNCH = (
    "( videotestsrc name=src is-live=true pattern=ball "
    f"! video/x-raw,format=I420,width={REPLAY_SIZE[0]},height={REPLAY_SIZE[1]},"
    f"framerate={REPLAY_FPS}/1 ! overlaycomposition name=gate "
    "! overlaycomposition name=blockclock "
    "! textoverlay name=label valignment=top halignment=left line-alignment=left "
    'shaded-background=true font-desc="DejaVu Sans Bold 14" '
    f"! queue max-size-buffers=2 leaky=downstream ! x264enc tune=zerolatency "
    f"speed-preset=ultrafast key-int-max={REPLAY_FPS} bitrate=500 "
    "! rtph264pay name=pay0 pt=96 config-interval=1 )"
)


def _refuse_seeking(source: Any) -> None:
    """Say the medium cannot seek, so the server leaves a PLAY's ``Range: clock=`` to us."""
    from gi.repository import Gst

    def probe(_pad: Any, info: Any) -> Any:
        query = info.get_query()
        if query is not None and query.type == Gst.QueryType.SEEKING:
            return Gst.PadProbeReturn.HANDLED  # a fresh SEEKING query says "not seekable"
        return Gst.PadProbeReturn.OK

    source.get_static_pad("src").add_probe(Gst.PadProbeType.QUERY_UPSTREAM, probe)


def _hold_until_armed(overlay: Any, clock: RecordedClock) -> None:
    from gi.repository import Gst

    primed = [False]

    def probe(_pad: Any, _info: Any) -> Any:
        # One frame (painted without a clock) lets the server learn the caps for DESCRIBE.
        if clock.armed or not primed[0]:
            primed[0] = True
            return Gst.PadProbeReturn.OK
        return Gst.PadProbeReturn.DROP

    overlay.get_static_pad("src").add_probe(Gst.PadProbeType.BUFFER, probe)


def _parse_replay_url(
    archive: Archive, kind: str, path: str, query: str
) -> tuple[int, dt.datetime | None] | None:
    """Camera number and asked start (UTC) of a replay URL, or None if it is not valid."""
    args = {k: v[0] for k, v in parse_qs(query or "").items()}
    try:
        if kind == "hikvision":
            number = int(path.rstrip("/").rsplit("/", 1)[-1]) // 100
            local = archive.config.hikvision_times == "local"
            naive = dt.datetime.strptime(args["starttime"], "%Y%m%dT%H%M%SZ")
            return number, _from_device(naive, local)
        if kind == "dahua":
            number = int(args["channel"])
            naive = dt.datetime.strptime(args["starttime"], "%Y_%m_%d_%H_%M_%S")
            return number, _from_device(naive, True)
        return int(path.rstrip("/").rsplit("/", 1)[-1]), None
    except (KeyError, ValueError):
        return None


def make_rtsp_server(archive: Archive, port: int = 0) -> Any:
    from gi.repository import GLib, Gst, GstRtsp, GstRtspServer

    epe = archive.epe
    clocks: dict[int, RecordedClock] = {}  # by hash of the media's element

    class ReplayFactory(GstRtspServer.RTSPMediaFactory):  # type: ignore[misc]
        def __init__(self, kind: str) -> None:
            super().__init__()
            self.kind = kind

        def do_create_element(self, url: Any) -> Any:
            parsed = _parse_replay_url(archive, self.kind, url.abspath, url.query)
            if parsed is None or parsed[0] not in archive.cameras:
                LOG.info("%s: replay %s refused: bad URL %s", epe.name, self.kind, url.abspath)
                return None
            number, asked = parsed
            now = archive.now()
            if asked is None:  # Profile G: the PLAY's Range says where; until then, the start
                asked = earliest_recording(archive.config.retention_days, now)
            start = resolve_start(
                archive.config.retention_days, asked, now, archive.config.daily_gap
            )
            if start is None:
                LOG.info(
                    "%s: replay %s camera %d: nothing recorded after %s UTC",
                    epe.name,
                    self.kind,
                    number,
                    _iso_z(asked),
                )
                return None
            if self.kind != "onvif_g":
                LOG.info(
                    "%s: replay %s camera %d: asked %s UTC, resolved start %s UTC",
                    epe.name,
                    self.kind,
                    number,
                    _iso_z(asked),
                    _iso_z(start),
                )
            element = Gst.parse_launch(REPLAY_LAUNCH)
            clock = RecordedClock(start, armed=self.kind != "onvif_g")
            if self.kind == "onvif_g":
                _refuse_seeking(element.get_by_name("src"))
                _hold_until_armed(element.get_by_name("blockclock"), clock)
            label = element.get_by_name("label")
            title = GLib.markup_escape_text(f"{epe.name}\nCamera {number:02d} · playback")
            element.get_by_name("blockclock").connect("draw", _replay_painter(clock, label, title))
            traffic = gate_traffic.traffic_of(epe)
            if traffic and traffic.per_hour and number in traffic.cameras:
                element.get_by_name("gate").connect(
                    "draw", _replay_gate_painter(clock, epe.fields, number)
                )
            clocks[hash(element)] = clock
            element.recorded_number = number
            return element

    def on_media(_factory: Any, media: Any) -> None:
        element = media.get_element()
        media.connect("unprepared", lambda _m: clocks.pop(hash(element), None))

    server = GstRtspServer.RTSPServer()
    server.set_address(HOST)
    server.set_service(str(port))
    auth = GstRtspServer.RTSPAuth()
    auth.set_supported_methods(GstRtsp.RTSPAuthMethod.DIGEST)
    auth.set_realm(f"NVR {epe.tax_id}")
    token = GstRtspServer.RTSPToken.new()
    token.set_string(GstRtspServer.RTSP_TOKEN_MEDIA_FACTORY_ROLE, "nvr")
    auth.add_digest(epe.user, epe.password, token)
    server.set_auth(auth)
    mounts = server.get_mount_points()
    role = Gst.Structure.new_from_string(
        "nvr, media.factory.access=(boolean)true, media.factory.construct=(boolean)true"
    )
    factories = []
    for kind, path in (
        [("hikvision", f"/Streaming/tracks/{n.diagram_number}01") for n in epe.cameras]
        + [("dahua", "/cam/playback")]
        + [("onvif_g", f"/onvif/replay/{n.diagram_number}") for n in epe.cameras]
    ):
        factory = ReplayFactory(kind)
        factory.set_shared(False)  # every investigator replays their own moment
        factory.add_role_from_structure(role.copy())
        factory.connect("media-configure", on_media)
        mounts.add_factory(path, factory)
        factories.append(factory)

    def check_requirements(_client: Any, _ctx: Any, requirements: list[str]) -> str:
        return ",".join(r for r in requirements if r != "onvif-replay")

    def pre_play(_client: Any, ctx: Any) -> Any:
        request = ctx.request
        path = ctx.uri.abspath if ctx.uri is not None else ""
        result, value = request.get_header(GstRtsp.RTSPHeaderField.RANGE, 0)
        range_text = value if result == GstRtsp.RTSPResult.OK else ""
        if not path.startswith("/onvif/replay/"):
            return GstRtsp.RTSPStatusCode.OK
        result, required = request.get_header(GstRtsp.RTSPHeaderField.REQUIRE, 0)
        if result != GstRtsp.RTSPResult.OK or "onvif-replay" not in required:
            LOG.info("%s: replay onvif_g refused: PLAY without Require: onvif-replay", epe.name)
            return GstRtsp.RTSPStatusCode.OPTION_NOT_SUPPORTED
        asked = _parse_clock_range(range_text)
        media = ctx.media
        clock = clocks.get(hash(media.get_element())) if media is not None else None
        if asked is not None and clock is not None:
            start = resolve_start(
                archive.config.retention_days, asked, archive.now(), archive.config.daily_gap
            )
            if start is None:
                LOG.info(
                    "%s: replay onvif_g: nothing recorded after %s UTC", epe.name, _iso_z(asked)
                )
                return GstRtsp.RTSPStatusCode.INVALID_RANGE
            result, scale_text = request.get_header(GstRtsp.RTSPHeaderField.SCALE, 0)
            try:
                scale = float(scale_text) if result == GstRtsp.RTSPResult.OK else 1.0
            except ValueError:
                scale = 1.0
            if not 0.25 <= abs(scale) <= 8:
                return GstRtsp.RTSPStatusCode.INVALID_RANGE
            clock.seek(start, scale)
            LOG.info(
                "%s: replay onvif_g %s: asked %s UTC, resolved start %s UTC, scale %g",
                epe.name,
                path,
                _iso_z(asked),
                _iso_z(start),
                scale,
            )
        return GstRtsp.RTSPStatusCode.OK

    def on_client(_server: Any, client: Any) -> None:
        client.connect("check-requirements", check_requirements)
        client.connect("pre-play-request", pre_play)

    server.connect("client-connected", on_client)
    server.recorder_factories = factories
    return server


# ------------------------------------------------------------------------------------ startup


@dataclass
class RunningRecorder:
    archive: Archive
    rtsp: Any
    http: http.server.ThreadingHTTPServer
    thread: threading.Thread

    def describe(self) -> dict[str, Any]:
        config = self.archive.config
        return {
            "kind": config.kind,
            "host": HOST,
            "rtsp_port": self.archive.rtsp_port,
            "http_port": self.http.server_address[1],
            "retention_days": config.retention_days,
            # How each protocol writes times on this recorder, as a registry entry needs it.
            "times": {"hikvision": config.hikvision_times, "dahua": "local", "onvif_g": "utc"},
            "utc_offset_minutes": 420,
        }

    def stop(self) -> None:
        self.http.shutdown()
        self.http.server_close()


def start(epes: tuple[EpeConfig, ...]) -> list[RunningRecorder]:
    """Start every EPE's recorder on the default GLib main context; raises OSError on failure."""
    running: list[RunningRecorder] = []
    for index, epe in enumerate(epes):
        archive = Archive(epe, RecorderConfig.from_fields(epe.fields, index))
        rtsp = make_rtsp_server(archive)
        if not rtsp.attach(None):
            raise OSError(f"{epe.name}: the recorder cannot listen for RTSP")
        archive.rtsp_port = rtsp.get_bound_port()
        httpd = make_http_server(archive)
        thread = threading.Thread(target=httpd.serve_forever, name=f"nvr-{index}", daemon=True)
        thread.start()
        running.append(RunningRecorder(archive, rtsp, httpd, thread))
        LOG.info(
            "%s: recorder (%s, %d days) rtsp://%s:%d http://%s:%d",
            epe.name,
            archive.config.kind,
            archive.config.retention_days,
            HOST,
            archive.rtsp_port,
            HOST,
            httpd.server_address[1],
        )
    return running
