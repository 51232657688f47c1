"""Simulated ONVIF endpoints of one EPE's NVR: Device, Media, Media2 and PTZ over SOAP 1.2.

Stdlib only: it runs inside the simulator process (Debian's Python, beside GLib's loop, in its own
threads) and inside test processes. It answers what a typical Hikvision/Dahua NVR answers: one
video source per channel, a main and a sub profile per source (``Profile_{N}01``/``Profile_{N}02``),
Hikvision stream paths, WS-UsernameToken digest authentication on everything except
GetSystemDateAndTime, HTTP digest on snapshots. ``quirks`` make it misbehave the way real devices
do (SOAP faults, malformed or empty replies, a wrong clock), and ``replies`` serve recorded vendor
XML for an operation verbatim.

PTZ is simulated per camera: continuous moves integrate velocity over time, presets store
positions, and ``ptz_position()`` says where the camera looks so the picture can show a marker.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import html
import http.server
import logging
import os
import re
import secrets
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.simsite.config import SITE_ZONE, CameraConfig, EpeConfig, StreamConfig, stream_path
from app.simsite.onvif_events import (
    TOPICS,
    EventService,
    ScheduledEvent,
    SimEvent,
    TooManySubscriptionsError,
    UnknownSubscriptionError,
    parse_schedule,
)

LOG = logging.getLogger("simsite.onvif")
SOAP_TYPE = "application/soap+xml; charset=utf-8"

NS = {
    "s": "http://www.w3.org/2003/05/soap-envelope",
    "wsse": "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd",
    "wsu": "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd",
    "tt": "http://www.onvif.org/ver10/schema",
    "tds": "http://www.onvif.org/ver10/device/wsdl",
    "trt": "http://www.onvif.org/ver10/media/wsdl",
    "tr2": "http://www.onvif.org/ver20/media/wsdl",
    "tptz": "http://www.onvif.org/ver20/ptz/wsdl",
    "ter": "http://www.onvif.org/ver10/error",
    "tev": "http://www.onvif.org/ver10/events/wsdl",
    "wsnt": "http://docs.oasis-open.org/wsn/b-2",
    "wsa": "http://www.w3.org/2005/08/addressing",
    "wstop": "http://docs.oasis-open.org/wsn/t-1",
    "wsrf-rw": "http://docs.oasis-open.org/wsrf/rw-2",
    "tns1": "http://www.onvif.org/ver10/topics",
}
DEVICE_PATH = "/onvif/device_service"
MEDIA_PATH = "/onvif/Media"
MEDIA2_PATH = "/onvif/Media2"
PTZ_PATH = "/onvif/PTZ"
EVENTS_PATH = "/onvif/Events"
PULLPOINT_PATH = "/onvif/Events/PullPoint/"  # + the subscription's id
TOPIC_DIALECT = "http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet"
SNAPSHOT_PATH = "/ISAPI/Streaming/channels/{channel}/picture"
# How far a token's Created may be from the device clock before the device refuses it; devices
# that check at all use a few minutes at most.
TOKEN_WINDOW_S = 60.0
_HOME = (0.0, 0.0, 0.0)
# A grey 16x9 JPEG: the snapshot when the site gives no renderer (tests without GStreamer).
PLACEHOLDER_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEAZABkAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4"
    "UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj"
    "Y2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAJABADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcI"
    "CQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRol"
    "JicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ip"
    "qrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAA"
    "AAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLR"
    "ChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaX"
    "mJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEA"
    "PwDPooooA//Z"
)


@dataclass
class SimStream:
    width: int
    height: int
    fps: int
    codec: str  # "h264", "h265", "mjpeg" or "mpeg4"
    bitrate_kbps: int = 2000


@dataclass
class SimChannel:
    """One camera behind the NVR: one video source, a main and a sub profile."""

    number: int
    name: str
    main: SimStream
    sub: SimStream
    main_url: str  # rtsp://host:port/path, no credentials
    sub_url: str
    ptz: bool = False


@dataclass
class SimDevice:
    user: str
    password: str = field(repr=False)
    channels: list[SimChannel] = field(default_factory=list)
    manufacturer: str = "HIKVISION"
    model: str = "DS-7616NI-K2"
    firmware: str = "V4.30.085 build 200916"
    serial: str = "DS-7616NI-K21620200916CCRRE12345678WCVU"
    hardware_id: str = "88"
    media2: bool = False
    # Seconds the device clock is ahead of the real one (negative: behind).
    clock_offset_s: float = 0.0
    # "fault:OPERATION", "malformed:OPERATION", "empty:OPERATION" (valid envelope, empty
    # response element), "blank:OPERATION" (HTTP 200 with no body), "slow:OPERATION" (answers
    # after 30 s), "no_pullpoint" (no event service), "no_media1_h265" is on by default through
    # media1_h265.
    quirks: set[str] = field(default_factory=set)
    replies: dict[str, str] = field(default_factory=dict)  # operation -> recorded reply XML
    # Media1 cannot name H.265; most NVRs then leave the encoder out of the Media1 profile.
    media1_h265: bool = False
    # Events (onvif_events): what the site schedules, motion every N s instead of the
    # archive's hourly motion (tests), or no hourly motion at all.
    events_schedule: list[ScheduledEvent] = field(default_factory=list)
    motion_every_s: float | None = None
    hourly_motion: bool = True


class _Ptz:
    """The pan/tilt/zoom state of one camera, advanced lazily from the last velocity."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.position = list(_HOME)
        self.velocity = [0.0, 0.0, 0.0]
        self.since = time.monotonic()
        self.until: float | None = None  # a move's Timeout: the camera stops by itself then
        self.presets: dict[str, tuple[str, tuple[float, float, float]]] = {
            "1": ("Cổng", (-0.6, 0.2, 0.0)),
            "2": ("Bãi container", (0.6, -0.3, 0.5)),
        }

    def _advance(self) -> None:
        now = time.monotonic()
        end = now if self.until is None else min(now, self.until)
        elapsed = max(0.0, end - self.since)
        self.since = now
        for i in range(3):
            low = 0.0 if i == 2 else -1.0
            moved = self.position[i] + self.velocity[i] * elapsed * 0.5
            self.position[i] = min(1.0, max(low, moved))
        if self.until is not None and now >= self.until:
            self.velocity, self.until = [0.0, 0.0, 0.0], None

    def now(self) -> tuple[float, float, float]:
        with self.lock:
            self._advance()
            return (self.position[0], self.position[1], self.position[2])

    def move(self, pan: float, tilt: float, zoom: float, seconds: float | None = None) -> None:
        with self.lock:
            self._advance()
            self.velocity = [pan, tilt, zoom]
            self.until = time.monotonic() + seconds if seconds else None

    def stop(self, pan_tilt: bool = True, zoom: bool = True) -> None:
        with self.lock:
            self._advance()
            if pan_tilt:
                self.velocity[0] = self.velocity[1] = 0.0
            if zoom:
                self.velocity[2] = 0.0

    def go(self, where: tuple[float, float, float]) -> None:
        with self.lock:
            self._advance()
            self.velocity = [0.0, 0.0, 0.0]
            self.position = list(where)

    @property
    def moving(self) -> bool:
        with self.lock:
            self._advance()
            return any(self.velocity)


# ------------------------------------------------------------------------------------ XML helpers


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _envelope(body: str) -> str:
    names = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NS.items())
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<s:Envelope {names}><s:Body>{body}'
        "</s:Body></s:Envelope>"
    )


def _fault(subcode: str, reason: str, code: str = "s:Sender") -> str:
    return _envelope(
        f"<s:Fault><s:Code><s:Value>{code}</s:Value><s:Subcode><s:Value>{subcode}</s:Value>"
        f'</s:Subcode></s:Code><s:Reason><s:Text xml:lang="en">{_e(reason)}</s:Text></s:Reason>'
        "</s:Fault>"
    )


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(element: ET.Element | None, name: str) -> str | None:
    if element is None:
        return None
    for child in element.iter():
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return None


def _child(element: ET.Element | None, name: str) -> ET.Element | None:
    if element is None:
        return None
    for child in element.iter():
        if _local(child.tag) == name:
            return child
    return None


def _duration_s(text: str | None) -> float | None:
    """Seconds of an xsd:duration such as PT2S or PT0H1M30.5S; None when absent or not one."""
    match = re.fullmatch(r"P(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?", (text or "").strip())
    if not text or not match:
        return None
    hours, minutes, seconds = (float(g) if g else 0.0 for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds or None


def _utc_parts(when: dt.datetime) -> str:
    return (
        f"<tt:Time><tt:Hour>{when.hour}</tt:Hour><tt:Minute>{when.minute}</tt:Minute>"
        f"<tt:Second>{when.second}</tt:Second></tt:Time><tt:Date><tt:Year>{when.year}</tt:Year>"
        f"<tt:Month>{when.month}</tt:Month><tt:Day>{when.day}</tt:Day></tt:Date>"
    )


def _encoding_name(codec: str, media2: bool) -> str:
    if codec == "mjpeg":
        return "JPEG"
    if codec == "mpeg4":
        return "MPV4-ES" if media2 else "MPEG4"
    return codec.upper()


class _RefusedError(Exception):
    def __init__(self, status: int, body: str) -> None:
        super().__init__(status)
        self.status = status
        self.body = body


# ------------------------------------------------------------------------------------ the server


DIGEST_REALM = "IP Camera(simulated)"


class OnvifServer:
    """An ONVIF device on ``host``:``port`` (0: any free port) serving ``device``.

    ``snapshot(channel_number)`` renders the JPEG behind the snapshot URI; ``on_ptz(number)``
    is called after every PTZ change of channel ``number``.
    """

    def __init__(
        self,
        device: SimDevice,
        host: str = "127.0.0.1",
        port: int = 0,
        snapshot: Callable[[int], bytes] | None = None,
        on_ptz: Callable[[int], None] | None = None,
    ) -> None:
        self.device = device
        self._snapshot = snapshot
        self._on_ptz = on_ptz
        self._ptz = {c.number: _Ptz() for c in device.channels if c.ptz}
        self._digest_nonces: set[str] = set()
        self.requests: list[str] = []  # operations asked for, in order (for tests and logs)
        server_self = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            server_version = "App-webs/"  # what Hikvision devices say
            # Headers and body go out in separate writes: without this, Nagle's algorithm and
            # the client's delayed ACK add 40 ms to every answer.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:
                LOG.debug("onvif %s: " + format, self.address_string(), *args)

            def do_POST(self) -> None:
                server_self._post(self)

            def do_GET(self) -> None:
                server_self._get(self)

        self.events = EventService(
            [c.number for c in device.channels],
            device.events_schedule,
            device.motion_every_s,
            device.hourly_motion,
            now=self._device_now,
        )
        self._http = http.server.ThreadingHTTPServer((host, port), Handler)
        self._http.daemon_threads = True
        self.host = host
        self.port = int(self._http.server_address[1])
        # Where clients reach it (the outage front before it, see outages.py): the port the
        # service addresses and snapshot URIs name.
        self.public_port = self.port
        self._thread: threading.Thread | None = None

    # -- life cycle --

    def start(self) -> OnvifServer:
        self._thread = threading.Thread(
            target=self._http.serve_forever, name=f"onvif:{self.port}", daemon=True
        )
        self._thread.start()
        self.events.start()
        return self

    def stop(self) -> None:
        self.events.stop()
        self._http.shutdown()
        self._http.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> OnvifServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def device_url(self) -> str:
        return f"http://{self.host}:{self.public_port}{DEVICE_PATH}"

    def ptz_position(self, channel: int) -> tuple[float, float, float]:
        """Where channel ``channel`` looks: pan and tilt in -1..1, zoom in 0..1."""
        return self._ptz[channel].now()

    # -- HTTP --

    def _send(
        self,
        handler: http.server.BaseHTTPRequestHandler,
        status: int,
        body: bytes,
        content_type: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(body)

    def _post(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length)
        path = handler.path.split("?", 1)[0]
        try:
            envelope = ET.fromstring(raw)
            body = _child(envelope, "Body")
            if body is None or not len(body):
                raise ValueError("no body")
            request = body[0]
        except (ET.ParseError, ValueError):
            self._send(
                handler, 400, _fault("ter:WellFormed", "Not well formed").encode(), SOAP_TYPE
            )
            return
        operation = _local(request.tag)
        self.requests.append(operation)
        started = time.monotonic()
        try:
            self._reply(handler, path, operation, request, envelope)
        finally:
            # When each answer went out, for a test that finds a device slower than it expected.
            LOG.info(
                "onvif :%d %s answered in %.3f s",
                self.public_port,
                operation,
                time.monotonic() - started,
            )

    def _reply(
        self,
        handler: http.server.BaseHTTPRequestHandler,
        path: str,
        operation: str,
        request: ET.Element,
        envelope: ET.Element,
    ) -> None:
        try:
            reply = self._answer(path, operation, request, envelope)
        except _RefusedError as refused:
            self._send(handler, refused.status, refused.body.encode(), SOAP_TYPE)
            return
        quirks = self.device.quirks
        if f"slow:{operation}" in quirks:
            time.sleep(30)
        if f"blank:{operation}" in quirks:
            self._send(handler, 200, b"", SOAP_TYPE)
            return
        if f"malformed:{operation}" in quirks:
            text = reply[: len(reply) // 2] + "<tt:Broken attr=>"
            self._send(handler, 200, text.encode(), SOAP_TYPE)
            return
        self._send(handler, 200, reply.encode("utf-8"), SOAP_TYPE)

    def _get(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        match = re.fullmatch(r"/ISAPI/Streaming/channels/(\d+)0([12])/picture", handler.path)
        channel = int(match.group(1)) if match else None
        if channel is None or channel not in {c.number for c in self.device.channels}:
            self._send(handler, 404, b"not found", "text/plain")
            return
        realm = DIGEST_REALM
        if not self._digest_ok(handler, realm):
            nonce = secrets.token_hex(16)
            self._digest_nonces.add(nonce)
            challenge = f'Digest realm="{realm}", qop="auth", nonce="{nonce}", algorithm=MD5'
            self._send(handler, 401, b"unauthorized", "text/plain", {"WWW-Authenticate": challenge})
            return
        picture = self._snapshot(channel) if self._snapshot is not None else PLACEHOLDER_JPEG
        self._send(handler, 200, picture, "image/jpeg")

    def _digest_ok(self, handler: http.server.BaseHTTPRequestHandler, realm: str) -> bool:
        header = handler.headers.get("Authorization") or ""
        if not header.startswith("Digest "):
            return False
        parts = dict(re.findall(r'(\w+)="?([^",]*)"?', header[7:]))
        if parts.get("nonce") not in self._digest_nonces:
            return False
        if parts.get("username") != self.device.user:
            return False

        def md5(text: str) -> str:
            return hashlib.md5(text.encode()).hexdigest()

        ha1 = md5(f"{self.device.user}:{realm}:{self.device.password}")
        ha2 = md5(f"GET:{parts.get('uri', '')}")
        expected = md5(
            f"{ha1}:{parts['nonce']}:{parts.get('nc', '')}:{parts.get('cnonce', '')}:"
            f"{parts.get('qop', '')}:{ha2}"
        )
        return secrets.compare_digest(expected, parts.get("response", ""))

    # -- SOAP --

    def _device_now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=self.device.clock_offset_s)

    def _check_token(self, envelope: ET.Element) -> None:
        refused = _RefusedError(401, _fault("ter:NotAuthorized", "Sender not Authorized"))
        token = _child(envelope, "UsernameToken")
        if token is None:
            raise refused
        user = _child_text(token, "Username")
        digest = _child_text(token, "Password")
        nonce = _child_text(token, "Nonce")
        created = _child_text(token, "Created")
        if not (user and digest and nonce and created) or user != self.device.user:
            raise refused
        try:
            raw_nonce = base64.b64decode(nonce)
            when = dt.datetime.fromisoformat(created.replace("Z", "+00:00"))
        except ValueError:
            raise refused from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        expected = base64.b64encode(
            hashlib.sha1(raw_nonce + created.encode() + self.device.password.encode()).digest()
        ).decode()
        if not secrets.compare_digest(expected, digest):
            raise refused
        if abs((when - self._device_now()).total_seconds()) > TOKEN_WINDOW_S:
            raise refused

    def _answer(self, path: str, operation: str, request: ET.Element, envelope: ET.Element) -> str:
        services = {
            DEVICE_PATH: self._device_op,
            MEDIA_PATH: self._media_op,
            PTZ_PATH: self._ptz_op,
        }
        if self.device.media2:
            services[MEDIA2_PATH] = self._media2_op
        if self._has_pullpoint():
            services[EVENTS_PATH] = self._events_op
        handler = services.get(path)
        if handler is None and path.startswith(PULLPOINT_PATH) and EVENTS_PATH in services:
            handler = functools.partial(self._pullpoint_op, path[len(PULLPOINT_PATH) :])
        if handler is None:
            raise _RefusedError(404, _fault("ter:ActionNotSupported", "No such service"))
        if operation != "GetSystemDateAndTime":
            self._check_token(envelope)
        if f"fault:{operation}" in self.device.quirks:
            raise _RefusedError(
                500,
                _fault("ter:ActionNotSupported", "Optional Action Not Implemented", "s:Receiver"),
            )
        if operation in self.device.replies:
            return self.device.replies[operation]
        empty = f"empty:{operation}" in self.device.quirks
        body = handler(operation, request, empty)
        if body is None:
            raise _RefusedError(
                500,
                _fault("ter:ActionNotSupported", "Optional Action Not Implemented", "s:Receiver"),
            )
        return _envelope(body)

    # Device

    def _device_op(self, op: str, request: ET.Element, empty: bool) -> str | None:
        base = f"http://{self.host}:{self.public_port}"
        if op == "GetSystemDateAndTime":
            now = self._device_now().replace(microsecond=0)
            local = now.astimezone(SITE_ZONE)
            return (
                "<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime>"
                "<tt:DateTimeType>Manual</tt:DateTimeType><tt:DaylightSavings>false"
                "</tt:DaylightSavings><tt:TimeZone><tt:TZ>CST-7:00:00</tt:TZ></tt:TimeZone>"
                f"<tt:UTCDateTime>{_utc_parts(now)}</tt:UTCDateTime>"
                f"<tt:LocalDateTime>{_utc_parts(local)}</tt:LocalDateTime>"
                "</tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>"
            )
        if op == "GetDeviceInformation":
            d = self.device
            return (
                "<tds:GetDeviceInformationResponse>"
                f"<tds:Manufacturer>{_e(d.manufacturer)}</tds:Manufacturer>"
                f"<tds:Model>{_e(d.model)}</tds:Model>"
                f"<tds:FirmwareVersion>{_e(d.firmware)}</tds:FirmwareVersion>"
                f"<tds:SerialNumber>{_e(d.serial)}</tds:SerialNumber>"
                f"<tds:HardwareId>{_e(d.hardware_id)}</tds:HardwareId>"
                "</tds:GetDeviceInformationResponse>"
            )
        if op == "GetServices":
            entries = [("tds", DEVICE_PATH, 17), ("trt", MEDIA_PATH, 17)]
            if self.device.media2:
                entries.append(("tr2", MEDIA2_PATH, 17))
            if self._ptz:
                entries.append(("tptz", PTZ_PATH, 17))
            if self._has_pullpoint():
                entries.append(("tev", EVENTS_PATH, 16))
            items = "".join(
                f"<tds:Service><tds:Namespace>{NS[prefix]}</tds:Namespace>"
                f"<tds:XAddr>{base}{path}</tds:XAddr><tds:Version><tt:Major>{major // 10 + 1}"
                f"</tt:Major><tt:Minor>{major % 10 * 10}</tt:Minor></tds:Version></tds:Service>"
                for prefix, path, major in entries
            )
            return f"<tds:GetServicesResponse>{'' if empty else items}</tds:GetServicesResponse>"
        if op == "GetCapabilities":
            ptz = f"<tt:PTZ><tt:XAddr>{base}{PTZ_PATH}</tt:XAddr></tt:PTZ>" if self._ptz else ""
            return (
                "<tds:GetCapabilitiesResponse><tds:Capabilities>"
                f"<tt:Device><tt:XAddr>{base}{DEVICE_PATH}</tt:XAddr></tt:Device>"
                f"<tt:Media><tt:XAddr>{base}{MEDIA_PATH}</tt:XAddr><tt:StreamingCapabilities>"
                "<tt:RTPMulticast>false</tt:RTPMulticast><tt:RTP_TCP>true</tt:RTP_TCP>"
                "<tt:RTP_RTSP_TCP>true</tt:RTP_RTSP_TCP></tt:StreamingCapabilities></tt:Media>"
                f"{ptz}{self._events_capability(base)}</tds:Capabilities>"
                "</tds:GetCapabilitiesResponse>"
            )
        return None

    # Events (ver10): the PullPoint of onvif_events.EventService

    def _has_pullpoint(self) -> bool:
        """A device with the ``no_pullpoint`` quirk has no event service at all (older NVRs)."""
        return "no_pullpoint" not in self.device.quirks

    def _events_capability(self, base: str) -> str:
        if not self._has_pullpoint():
            return ""
        return (
            f"<tt:Events><tt:XAddr>{base}{EVENTS_PATH}</tt:XAddr><tt:WSSubscriptionPolicySupport>"
            "false</tt:WSSubscriptionPolicySupport><tt:WSPullPointSupport>true"
            "</tt:WSPullPointSupport><tt:WSPausableSubscriptionManagerInterfaceSupport>false"
            "</tt:WSPausableSubscriptionManagerInterfaceSupport></tt:Events>"
        )

    def _termination(self, text: str | None) -> float | None:
        """Seconds from now of an InitialTerminationTime or TerminationTime: a duration
        ("PT60S") or a moment; None when absent."""
        if not text:
            return None
        seconds = _duration_s(text)
        if seconds is not None:
            return seconds
        try:
            when = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        except ValueError:
            raise _RefusedError(
                400, _fault("ter:InvalidArgVal", "Invalid termination time")
            ) from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        left = (when - self._device_now()).total_seconds()
        if left <= 0:
            raise _RefusedError(400, _fault("ter:InvalidArgVal", "Termination time in the past"))
        return left

    def _times(self, expires: float) -> str:
        now = self._device_now()
        until = now + dt.timedelta(seconds=max(0.0, expires - time.monotonic()))
        stamp = "%Y-%m-%dT%H:%M:%SZ"
        return (
            f"<wsnt:CurrentTime>{now.strftime(stamp)}</wsnt:CurrentTime>"
            f"<wsnt:TerminationTime>{until.strftime(stamp)}</wsnt:TerminationTime>"
        )

    @staticmethod
    def _notification(event: SimEvent) -> str:
        topic, source_name, source_value, data_name = TOPICS[event.kind]
        value = "true" if event.state else "false"
        if event.kind == "line_crossing":
            value = "1"
        when = event.at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return (
            f'<wsnt:NotificationMessage><wsnt:Topic Dialect="{TOPIC_DIALECT}">{topic}'
            f'</wsnt:Topic><wsnt:Message><tt:Message UtcTime="{when}" PropertyOperation='
            f'"{event.operation}"><tt:Source><tt:SimpleItem Name="{source_name}" '
            f'Value="{source_value.format(n=event.channel)}"/></tt:Source><tt:Data>'
            f'<tt:SimpleItem Name="{data_name}" Value="{value}"/></tt:Data></tt:Message>'
            "</wsnt:Message></wsnt:NotificationMessage>"
        )

    def _events_op(self, op: str, request: ET.Element, empty: bool) -> str | None:
        if op == "GetEventProperties":
            topics = "".join(self._topic_tree(t) for t, *_ in TOPICS.values())
            return (
                "<tev:GetEventPropertiesResponse><tev:TopicNamespaceLocation>"
                "http://www.onvif.org/onvif/ver10/topics/topicns.xml</tev:TopicNamespaceLocation>"
                "<wsnt:FixedTopicSet>true</wsnt:FixedTopicSet>"
                f"<wstop:TopicSet>{'' if empty else topics}</wstop:TopicSet>"
                f"<wsnt:TopicExpressionDialect>{TOPIC_DIALECT}</wsnt:TopicExpressionDialect>"
                "</tev:GetEventPropertiesResponse>"
            )
        if op == "CreatePullPointSubscription":
            seconds = self._termination(_child_text(request, "InitialTerminationTime"))
            try:
                sub, _initial = self.events.create(seconds)
            except TooManySubscriptionsError:
                raise _RefusedError(
                    400, _fault("ter:TooManySubscriptions", "Too many subscriptions")
                ) from None
            address = f"http://{self.host}:{self.port}{PULLPOINT_PATH}{sub.id}"
            return (
                "<tev:CreatePullPointSubscriptionResponse><tev:SubscriptionReference>"
                f"<wsa:Address>{address}</wsa:Address></tev:SubscriptionReference>"
                f"{self._times(sub.expires)}</tev:CreatePullPointSubscriptionResponse>"
            )
        return None

    @staticmethod
    def _topic_tree(topic: str) -> str:
        parts = topic.removeprefix("tns1:").split("/")
        opening = "".join(f"<tns1:{p}>" if i == 0 else f"<{p}>" for i, p in enumerate(parts[:-1]))
        leaf = f'<{parts[-1]} wstop:topic="true"/>'
        closing = "".join(
            f"</tns1:{p}>" if i == 0 else f"</{p}>"
            for i, p in reversed(list(enumerate(parts[:-1])))
        )
        return opening + leaf + closing

    def _pullpoint_op(self, sub_id: str, op: str, request: ET.Element, empty: bool) -> str | None:
        unknown = _RefusedError(400, _fault("wsrf-rw:ResourceUnknownFault", "No such subscription"))
        try:
            if op == "PullMessages":
                timeout = _duration_s(_child_text(request, "Timeout")) or 0.0
                limit = int(_child_text(request, "MessageLimit") or "1")
                messages, expires = self.events.pull(sub_id, timeout, limit)
                items = "" if empty else "".join(self._notification(m) for m in messages)
                current = self._times(expires).replace("wsnt:", "tev:")
                return f"<tev:PullMessagesResponse>{current}{items}</tev:PullMessagesResponse>"
            if op == "Renew":
                seconds = self._termination(_child_text(request, "TerminationTime"))
                expires = self.events.renew(sub_id, seconds)
                return f"<wsnt:RenewResponse>{self._times(expires)}</wsnt:RenewResponse>"
            if op == "Unsubscribe":
                self.events.unsubscribe(sub_id)
                return "<wsnt:UnsubscribeResponse/>"
            if op == "SetSynchronizationPoint":
                return "<tev:SetSynchronizationPointResponse/>"
        except UnknownSubscriptionError:
            raise unknown from None
        except ValueError:
            raise _RefusedError(400, _fault("ter:InvalidArgVal", "Invalid argument")) from None
        return None

    # Media (ver10)

    def _channel_of(self, token: str | None) -> tuple[SimChannel, str] | None:
        match = re.fullmatch(r"Profile_(\d+)0([12])", token or "")
        if not match:
            return None
        for channel in self.device.channels:
            if channel.number == int(match.group(1)):
                return channel, "main" if match.group(2) == "1" else "sub"
        return None

    def _profiles(self) -> list[tuple[SimChannel, str]]:
        return [(c, kind) for c in self.device.channels for kind in ("main", "sub")]

    def _source_config(self, channel: SimChannel, media2: bool = False) -> str:
        stream = channel.main
        tag = "tr2:VideoSource" if media2 else "tt:VideoSourceConfiguration"
        return (
            f'<{tag} token="VideoSourceConfig_{channel.number}"><tt:Name>VideoSourceConfig_'
            f"{channel.number}</tt:Name><tt:UseCount>2</tt:UseCount><tt:SourceToken>VideoSource_"
            f'{channel.number}</tt:SourceToken><tt:Bounds x="0" y="0" width="{stream.width}" '
            f'height="{stream.height}"/></{tag}>'
        )

    def _encoder1(self, channel: SimChannel, kind: str, tag: str) -> str:
        stream = channel.main if kind == "main" else channel.sub
        token = f"VideoEncoder_{channel.number}0{1 if kind == 'main' else 2}"
        h264 = (
            f"<tt:H264><tt:GovLength>{stream.fps}</tt:GovLength><tt:H264Profile>Main"
            "</tt:H264Profile></tt:H264>"
            if stream.codec == "h264"
            else ""
        )
        return (
            f'<{tag} token="{token}"><tt:Name>{token}</tt:Name><tt:UseCount>1</tt:UseCount>'
            f"<tt:Encoding>{_encoding_name(stream.codec, False)}</tt:Encoding><tt:Resolution>"
            f"<tt:Width>{stream.width}</tt:Width><tt:Height>{stream.height}</tt:Height>"
            "</tt:Resolution><tt:Quality>4</tt:Quality><tt:RateControl><tt:FrameRateLimit>"
            f"{stream.fps}</tt:FrameRateLimit><tt:EncodingInterval>1</tt:EncodingInterval>"
            f"<tt:BitrateLimit>{stream.bitrate_kbps}</tt:BitrateLimit></tt:RateControl>{h264}"
            "<tt:Multicast><tt:Address><tt:Type>IPv4</tt:Type><tt:IPv4Address>0.0.0.0"
            "</tt:IPv4Address></tt:Address><tt:Port>0</tt:Port><tt:TTL>5</tt:TTL><tt:AutoStart>"
            "false</tt:AutoStart></tt:Multicast><tt:SessionTimeout>PT5S</tt:SessionTimeout>"
            f"</{tag}>"
        )

    def _media1_has_encoder(self, channel: SimChannel, kind: str) -> bool:
        stream = channel.main if kind == "main" else channel.sub
        return stream.codec != "h265" or self.device.media1_h265

    def _ptz_config(self, channel: SimChannel) -> str:
        return (
            f'<tt:PTZConfiguration token="PTZConfig_{channel.number}"><tt:Name>PTZ_'
            f"{channel.number}</tt:Name><tt:UseCount>2</tt:UseCount><tt:NodeToken>PTZNode_"
            f"{channel.number}</tt:NodeToken></tt:PTZConfiguration>"
        )

    def _media_op(self, op: str, request: ET.Element, empty: bool) -> str | None:
        if op == "GetProfiles":
            items = []
            for channel, kind in [] if empty else self._profiles():
                number = f"{channel.number}0{1 if kind == 'main' else 2}"
                encoder = (
                    self._encoder1(channel, kind, "tt:VideoEncoderConfiguration")
                    if self._media1_has_encoder(channel, kind)
                    else ""
                )
                ptz = self._ptz_config(channel) if channel.ptz else ""
                items.append(
                    f'<trt:Profiles token="Profile_{number}" fixed="true"><tt:Name>'
                    f"{_e(channel.name or 'Camera')} {kind.upper()}</tt:Name>"
                    f"{self._source_config(channel)}{encoder}{ptz}</trt:Profiles>"
                )
            return f"<trt:GetProfilesResponse>{''.join(items)}</trt:GetProfilesResponse>"
        if op == "GetVideoSources":
            items = [
                f'<trt:VideoSources token="VideoSource_{c.number}"><tt:Framerate>{c.main.fps}'
                f"</tt:Framerate><tt:Resolution><tt:Width>{c.main.width}</tt:Width><tt:Height>"
                f"{c.main.height}</tt:Height></tt:Resolution></trt:VideoSources>"
                for c in ([] if empty else self.device.channels)
            ]
            return f"<trt:GetVideoSourcesResponse>{''.join(items)}</trt:GetVideoSourcesResponse>"
        if op == "GetVideoEncoderConfigurations":
            items = [
                self._encoder1(c, kind, "trt:Configurations")
                for c, kind in ([] if empty else self._profiles())
                if self._media1_has_encoder(c, kind)
            ]
            return (
                "<trt:GetVideoEncoderConfigurationsResponse>"
                f"{''.join(items)}</trt:GetVideoEncoderConfigurationsResponse>"
            )
        if op in ("GetStreamUri", "GetSnapshotUri"):
            found = self._channel_of(_child_text(request, "ProfileToken"))
            if found is None:
                raise _RefusedError(400, _fault("ter:NoProfile", "Profile token does not exist"))
            uri = "" if empty else self._uri(op, *found)
            return (
                f"<trt:{op}Response><trt:MediaUri><tt:Uri>{_e(uri)}</tt:Uri>"
                "<tt:InvalidAfterConnect>false</tt:InvalidAfterConnect><tt:InvalidAfterReboot>"
                "false</tt:InvalidAfterReboot><tt:Timeout>PT60S</tt:Timeout></trt:MediaUri>"
                f"</trt:{op}Response>"
            )
        return None

    def _uri(self, op: str, channel: SimChannel, kind: str) -> str:
        if op.startswith("GetStream"):
            return channel.main_url if kind == "main" else channel.sub_url
        number = f"{channel.number}0{1 if kind == 'main' else 2}"
        return f"http://{self.host}:{self.public_port}{SNAPSHOT_PATH.format(channel=number)}"

    # Media2 (ver20)

    def _encoder2(self, channel: SimChannel, kind: str, tag: str) -> str:
        stream = channel.main if kind == "main" else channel.sub
        token = f"VideoEncoder_{channel.number}0{1 if kind == 'main' else 2}"
        profile = {"h264": ' Profile="Main"', "h265": ' Profile="Main"'}.get(stream.codec, "")
        if stream.codec != "mjpeg":  # every picture of M-JPEG is a key frame: no GOP
            profile += f' GovLength="{stream.fps}"'
        return (
            f'<{tag} token="{token}"{profile}><tt:Name>{token}</tt:Name>'
            f"<tt:UseCount>1</tt:UseCount><tt:Encoding>{_encoding_name(stream.codec, True)}"
            f"</tt:Encoding><tt:Resolution><tt:Width>{stream.width}</tt:Width><tt:Height>"
            f'{stream.height}</tt:Height></tt:Resolution><tt:RateControl ConstantBitRate="false">'
            f"<tt:FrameRateLimit>{stream.fps}</tt:FrameRateLimit><tt:BitrateLimit>"
            f"{stream.bitrate_kbps}</tt:BitrateLimit></tt:RateControl><tt:Quality>4</tt:Quality>"
            f"</{tag}>"
        )

    def _media2_op(self, op: str, request: ET.Element, empty: bool) -> str | None:
        if op == "GetProfiles":
            items = []
            for channel, kind in [] if empty else self._profiles():
                number = f"{channel.number}0{1 if kind == 'main' else 2}"
                ptz = (
                    f'<tr2:PTZ token="PTZConfig_{channel.number}"><tt:Name>PTZ</tt:Name>'
                    f"<tt:UseCount>2</tt:UseCount><tt:NodeToken>PTZNode_{channel.number}"
                    "</tt:NodeToken></tr2:PTZ>"
                    if channel.ptz
                    else ""
                )
                items.append(
                    f'<tr2:Profiles token="Profile_{number}" fixed="true"><tr2:Name>'
                    f"{_e(channel.name or 'Camera')} {kind.upper()}</tr2:Name><tr2:Configurations>"
                    f"{self._source_config(channel, media2=True)}"
                    f"{self._encoder2(channel, kind, 'tr2:VideoEncoder')}{ptz}"
                    "</tr2:Configurations></tr2:Profiles>"
                )
            return f"<tr2:GetProfilesResponse>{''.join(items)}</tr2:GetProfilesResponse>"
        if op == "GetVideoEncoderConfigurations":
            items = [
                self._encoder2(c, kind, "tr2:Configurations")
                for c, kind in ([] if empty else self._profiles())
            ]
            return (
                "<tr2:GetVideoEncoderConfigurationsResponse>"
                f"{''.join(items)}</tr2:GetVideoEncoderConfigurationsResponse>"
            )
        if op in ("GetStreamUri", "GetSnapshotUri"):
            found = self._channel_of(_child_text(request, "ProfileToken"))
            if found is None:
                raise _RefusedError(400, _fault("ter:NoProfile", "Profile token does not exist"))
            uri = "" if empty else self._uri(op, *found)
            return f"<tr2:{op}Response><tr2:Uri>{_e(uri)}</tr2:Uri></tr2:{op}Response>"
        return None

    # PTZ (ver20)

    def _ptz_channel(self, request: ET.Element) -> tuple[int, _Ptz]:
        found = self._channel_of(_child_text(request, "ProfileToken"))
        if found is None or found[0].number not in self._ptz:
            raise _RefusedError(400, _fault("ter:NoProfile", "Profile token does not exist"))
        number = found[0].number
        return number, self._ptz[number]

    def _changed(self, number: int) -> None:
        if self._on_ptz is not None:
            self._on_ptz(number)

    @staticmethod
    def _vector(element: ET.Element | None) -> tuple[float, float, float] | None:
        if element is None:
            return None
        pan_tilt = _child(element, "PanTilt")
        zoom = _child(element, "Zoom")
        return (
            float(pan_tilt.get("x", 0)) if pan_tilt is not None else 0.0,
            float(pan_tilt.get("y", 0)) if pan_tilt is not None else 0.0,
            float(zoom.get("x", 0)) if zoom is not None else 0.0,
        )

    @staticmethod
    def _position_xml(where: tuple[float, float, float], tag: str = "tt:PTZPosition") -> str:
        return (
            f'<{tag}><tt:PanTilt x="{where[0]:.4f}" y="{where[1]:.4f}" space="http://www.onvif.org'
            '/ver10/tptz/PanTiltSpaces/PositionGenericSpace"/>'
            f'<tt:Zoom x="{where[2]:.4f}" space="http://www.onvif.org/ver10/tptz/ZoomSpaces/'
            f'PositionGenericSpace"/></{tag}>'
        )

    def _ptz_op(self, op: str, request: ET.Element, empty: bool) -> str | None:
        if op == "GetNodes":
            items = "".join(
                f'<tptz:PTZNode token="PTZNode_{n}" FixedHomePosition="false"><tt:Name>PTZ '
                f"{n}</tt:Name><tt:SupportedPTZSpaces/><tt:MaximumNumberOfPresets>255"
                "</tt:MaximumNumberOfPresets><tt:HomeSupported>true</tt:HomeSupported>"
                "</tptz:PTZNode>"
                for n in ([] if empty else self._ptz)
            )
            return f"<tptz:GetNodesResponse>{items}</tptz:GetNodesResponse>"
        if op == "GetPresets":
            _number, ptz = self._ptz_channel(request)
            with ptz.lock:
                presets = dict(ptz.presets)
            items = "".join(
                f'<tptz:Preset token="{_e(token)}"><tt:Name>{_e(name)}</tt:Name>'
                f"{self._position_xml(where)}</tptz:Preset>"
                for token, (name, where) in presets.items()
            )
            return f"<tptz:GetPresetsResponse>{items}</tptz:GetPresetsResponse>"
        if op == "GotoPreset":
            number, ptz = self._ptz_channel(request)
            with ptz.lock:
                preset = ptz.presets.get(_child_text(request, "PresetToken") or "")
            if preset is None:
                raise _RefusedError(400, _fault("ter:NoToken", "Preset token does not exist"))
            ptz.go(preset[1])
            self._changed(number)
            return "<tptz:GotoPresetResponse/>"
        if op == "SetPreset":
            number, ptz = self._ptz_channel(request)
            where = ptz.now()
            with ptz.lock:
                token = _child_text(request, "PresetToken") or str(
                    max((int(t) for t in ptz.presets if t.isdigit()), default=0) + 1
                )
                name = _child_text(request, "PresetName") or f"Preset {token}"
                ptz.presets[token] = (name, where)
            return (
                f"<tptz:SetPresetResponse><tptz:PresetToken>{_e(token)}</tptz:PresetToken>"
                "</tptz:SetPresetResponse>"
            )
        if op == "GotoHomePosition":
            number, ptz = self._ptz_channel(request)
            ptz.go(_HOME)
            self._changed(number)
            return "<tptz:GotoHomePositionResponse/>"
        if op == "ContinuousMove":
            number, ptz = self._ptz_channel(request)
            velocity = self._vector(_child(request, "Velocity")) or (0.0, 0.0, 0.0)
            ptz.move(*velocity, seconds=_duration_s(_child_text(request, "Timeout")))
            self._changed(number)
            return "<tptz:ContinuousMoveResponse/>"
        if op == "Stop":
            number, ptz = self._ptz_channel(request)
            pan_tilt = (_child_text(request, "PanTilt") or "true") != "false"
            zoom = (_child_text(request, "Zoom") or "true") != "false"
            ptz.stop(pan_tilt, zoom)
            self._changed(number)
            return "<tptz:StopResponse/>"
        if op == "GetStatus":
            _number, ptz = self._ptz_channel(request)
            state = "MOVING" if ptz.moving else "IDLE"
            now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            position = self._position_xml(ptz.now(), "tt:Position")
            return (
                f"<tptz:GetStatusResponse><tptz:PTZStatus>{position}"
                f"<tt:MoveStatus><tt:PanTilt>{state}</tt:PanTilt><tt:Zoom>{state}</tt:Zoom>"
                f"</tt:MoveStatus><tt:UtcTime>{now}</tt:UtcTime></tptz:PTZStatus>"
                "</tptz:GetStatusResponse>"
            )
        return None


def device_from_config(
    user: str,
    password: str,
    settings: dict[str, Any],
    channels: list[SimChannel],
) -> SimDevice:
    """A SimDevice from an EPE's ``onvif_device`` settings of the site configuration."""
    known = {
        key: settings[key]
        for key in (
            "manufacturer",
            "model",
            "firmware",
            "serial",
            "hardware_id",
            "media2",
            "clock_offset_s",
            "media1_h265",
        )
        if key in settings
    }
    device = SimDevice(user=user, password=password, channels=channels, **known)
    device.quirks = set(settings.get("quirks", ()))
    device.replies = {str(k): str(v) for k, v in dict(settings.get("replies") or {}).items()}
    device.events_schedule, device.motion_every_s = parse_schedule(settings.get("events"))
    device.hourly_motion = bool(settings.get("hourly_motion", True))
    if os.environ.get("EPEWALL_SIM_ONVIF_QUIRKS"):
        device.quirks |= set(os.environ["EPEWALL_SIM_ONVIF_QUIRKS"].split(","))
    return device


# ------------------------------------------------------------------------------------ the site

# The running ONVIF servers of this process by EPE tax ID, so a camera's picture can show where
# its PTZ looks (read on GStreamer's streaming thread, written once at start).
_SITE_SERVERS: dict[str, OnvifServer] = {}


def ptz_position_of(tax_id: str, number: int) -> tuple[float, float, float] | None:
    """Where PTZ camera ``number`` of EPE ``tax_id`` looks, or None when it has no PTZ."""
    server = _SITE_SERVERS.get(tax_id)
    if server is None or number not in server._ptz:
        return None
    return server.ptz_position(number)


def _sim_stream(stream: StreamConfig) -> SimStream:
    return SimStream(
        width=stream.width,
        height=stream.height,
        fps=stream.fps,
        codec=stream.codec,
        bitrate_kbps=stream.bitrate_kbps,
    )


def start_site(
    epes: Sequence[EpeConfig],
    rtsp_ports: list[int],
    host: str,
    snapshot: Callable[[EpeConfig, CameraConfig], bytes] | None = None,
    front_ports: list[dict[int, int]] | None = None,
) -> list[OnvifServer]:
    """One ONVIF server per EPE of the simulator.

    An EPE's ``onvif_device`` settings choose identity, Media2, clock offset and quirks; a camera
    with ``"ptz": true`` can be steered. ``snapshot(epe, camera)`` renders a snapshot JPEG.
    """
    servers: list[OnvifServer] = []
    fronts = front_ports if front_ports is not None else [{} for _ in epes]
    for epe, rtsp_port, front_of in zip(epes, rtsp_ports, fronts, strict=True):
        channels = []
        for camera in epe.cameras:
            # The stream URIs go where the site description's URLs go: the camera's front.
            base = f"rtsp://{host}:{front_of.get(camera.diagram_number) or rtsp_port}"
            channels.append(
                SimChannel(
                    number=camera.diagram_number,
                    name=camera.name,
                    main=_sim_stream(camera.main),
                    sub=_sim_stream(camera.sub),
                    main_url=base + stream_path(camera.diagram_number, "main"),
                    sub_url=base + stream_path(camera.diagram_number, "sub"),
                    ptz=bool(camera.extra.get("ptz")),
                )
            )
        settings = dict(epe.fields.get("onvif_device") or {})
        device = device_from_config(epe.user, epe.password, settings, channels)
        by_number = {c.diagram_number: c for c in epe.cameras}

        def render(
            number: int, epe: EpeConfig = epe, by_number: dict[int, CameraConfig] = by_number
        ) -> bytes:
            if snapshot is None:
                return PLACEHOLDER_JPEG
            try:
                return snapshot(epe, by_number[number])
            except Exception:  # a broken renderer must not take the device down
                LOG.exception("snapshot of camera %d failed", number)
                return PLACEHOLDER_JPEG

        server = OnvifServer(device, host=host, snapshot=render).start()
        _SITE_SERVERS[str(epe.tax_id)] = server
        servers.append(server)
        LOG.info("%s: ONVIF at %s", epe.fields.get("name"), server.device_url)
    return servers


def channel_tokens(channel: SimChannel) -> dict[str, str]:
    """The ONVIF tokens of a channel as GetProfiles/GetVideoSources name them ("" PTZ profile:
    a fixed camera), so a registry entry can point at them without probing."""
    main = f"Profile_{channel.number}01"
    return {
        "source": f"VideoSource_{channel.number}",
        "main_profile": main,
        "sub_profile": f"Profile_{channel.number}02",
        "ptz_profile": main if channel.ptz else "",
    }


def describe_server(server: OnvifServer) -> dict[str, Any]:
    """The ``onvif`` entry of an EPE in the site description."""
    return {
        "host": server.host,
        "port": server.port,
        "path": DEVICE_PATH,
        "channels": {str(c.number): channel_tokens(c) for c in server.device.channels},
    }


def stop_site(servers: list[OnvifServer]) -> None:
    for server in servers:
        server.stop()
    _SITE_SERVERS.clear()
