"""ONVIF client: what an EPE's camera or NVR says about itself, its streams and its PTZ.

Built on onvif-zeep's WSDLs and its WS-UsernameToken (digest) with a clock offset; Media2, which
onvif-zeep has no WSDL for, is spoken as plain SOAP with the same token. Every call runs with a
timeout. Devices are imperfect: a call the device does not support, answers with a SOAP fault, or
answers with a malformed or empty body is recorded as a ``CallProblem`` and the probe goes on;
only "cannot reach" and "wrong account" end it (``OnvifError``).

Everything here blocks: the GUI drives ``probe()`` (a generator yielding ``(done, total, text)``)
and the PTZ calls through ``app.workers.Job``. Results are plain dataclasses. URLs in results never
carry credentials; the password lives only inside the client object.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import os
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from lxml import etree
from PySide6.QtCore import QCoreApplication

from app.domain import Camera, CameraPosition
from app.logs import redact_url, undo_onvif_basic_config

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 8.0
# Beyond this the device's clock is reported as wrong (Appendix I checks need true times).
CLOCK_WARNING_S = 5.0
NS_DEVICE = "http://www.onvif.org/ver10/device/wsdl"
NS_MEDIA = "http://www.onvif.org/ver10/media/wsdl"
NS_MEDIA2 = "http://www.onvif.org/ver20/media/wsdl"
NS_PTZ = "http://www.onvif.org/ver20/ptz/wsdl"
NS_SCHEMA = "http://www.onvif.org/ver10/schema"
NS_SOAP = "http://www.w3.org/2003/05/soap-envelope"
_CODEC_NAMES = {"JPEG": "MJPEG", "MJPEG": "MJPEG", "H264": "H.264", "H265": "H.265",
                "HEVC": "H.265", "MPEG4": "MPEG-4", "MPV4-ES": "MPEG-4"}

Progress = Generator[tuple[int, int, str], None, Any]


def _t(text: str) -> str:
    return QCoreApplication.translate("Onvif", text)


# ------------------------------------------------------------------------------- results


class ProblemKind(enum.StrEnum):
    UNSUPPORTED = "unsupported"  # the device says it does not implement the call
    FAULT = "fault"  # another SOAP fault
    MALFORMED = "malformed"  # not XML, or not the answer the WSDL describes
    EMPTY = "empty"  # a valid answer without the content it should carry
    TIMEOUT = "timeout"
    TRANSPORT = "transport"  # HTTP error, connection dropped


@dataclass(frozen=True)
class CallProblem:
    service: str  # "device", "media", "media2", "ptz", "snapshot"
    operation: str
    kind: ProblemKind
    message: str  # translated, secret-free

    def __str__(self) -> str:
        return f"{self.operation}: {self.message}"


@dataclass(frozen=True)
class CallRecord:
    service: str
    operation: str
    seconds: float
    ok: bool


@dataclass(frozen=True)
class DeviceInfo:
    manufacturer: str
    model: str
    firmware: str
    serial: str
    hardware_id: str = ""


@dataclass(frozen=True)
class VideoEncoding:
    codec: str  # "H.264", "H.265", "MJPEG", "MPEG-4" or what the device said
    width: int
    height: int
    fps: float | None
    bitrate_kbps: int | None
    gop: int | None

    @property
    def pixels(self) -> int:
        return self.width * self.height

    def summary(self) -> str:
        fps = f"{self.fps:g} fps" if self.fps else "? fps"
        rate = f", {self.bitrate_kbps} kbit/s" if self.bitrate_kbps else ""
        gop = f", GOP {self.gop}" if self.gop else ""
        return f"{self.codec} {self.width}x{self.height} {fps}{rate}{gop}"


@dataclass
class MediaProfile:
    token: str
    name: str
    source_token: str
    encoding: VideoEncoding | None = None
    stream_uri: str = ""  # RTSP, never with credentials
    snapshot_uri: str = ""
    ptz_node: str = ""  # PTZ node token when the profile can steer the camera
    described_by: str = "media"  # "media" or "media2": where the encoding came from


@dataclass
class VideoSource:
    """One camera (an NVR channel): its video source and the profiles that stream it."""

    token: str
    width: int = 0
    height: int = 0
    fps: float | None = None
    profiles: list[MediaProfile] = field(default_factory=list)

    @property
    def main(self) -> MediaProfile | None:
        """The profile with the largest picture: the main stream."""
        usable = [p for p in self.profiles if p.encoding is not None] or self.profiles
        if not usable:
            return None
        return max(usable, key=_profile_rank)

    @property
    def sub(self) -> MediaProfile | None:
        """The profile with the smallest picture, when it is not the main one: the sub stream."""
        usable = [p for p in self.profiles if p.encoding is not None]
        if len(usable) < 2:
            return None
        smallest = min(usable, key=_profile_rank)
        return None if smallest is self.main else smallest

    @property
    def name(self) -> str:
        main = self.main
        return main.name if main is not None else self.token


def _profile_rank(profile: MediaProfile) -> tuple[int, float, int]:
    enc = profile.encoding
    if enc is None:
        return (0, 0.0, 0)
    return (enc.pixels, enc.fps or 0.0, enc.bitrate_kbps or 0)


@dataclass(frozen=True)
class PtzPreset:
    token: str
    name: str
    pan: float | None = None
    tilt: float | None = None
    zoom: float | None = None


@dataclass(frozen=True)
class PtzNode:
    token: str
    name: str
    max_presets: int
    home_supported: bool


@dataclass(frozen=True)
class PtzStatus:
    pan: float
    tilt: float
    zoom: float
    moving: bool


@dataclass
class DeviceProbe:
    """What one probe of a device found."""

    host: str
    port: int
    device: DeviceInfo | None = None
    services: dict[str, str] = field(default_factory=dict)  # namespace -> XAddr
    sources: list[VideoSource] = field(default_factory=list)
    ptz_nodes: list[PtzNode] = field(default_factory=list)
    ptz_presets: dict[str, list[PtzPreset]] = field(default_factory=dict)  # profile -> presets
    clock_offset_s: float | None = None  # device clock minus ours
    offset_used_for_login: bool = False
    problems: list[CallProblem] = field(default_factory=list)
    calls: list[CallRecord] = field(default_factory=list)
    seconds: float = 0.0
    # JPEG of each source's sub (else main) stream by source token, when probed with snapshots
    thumbnails: dict[str, bytes] = field(default_factory=dict, repr=False)

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def media2(self) -> bool:
        return NS_MEDIA2 in self.services

    @property
    def profiles(self) -> list[MediaProfile]:
        return [p for s in self.sources for p in s.profiles]

    @property
    def clock_warning(self) -> bool:
        return self.clock_offset_s is not None and abs(self.clock_offset_s) > CLOCK_WARNING_S

    @property
    def notes(self) -> list[str]:
        """Translated remarks for the officer (clock off, login with the device's time)."""
        out: list[str] = []
        if self.clock_warning:
            assert self.clock_offset_s is not None
            out.append(
                _t("The device's clock is {seconds:+.0f} s off.").format(
                    seconds=self.clock_offset_s
                )
            )
        if self.offset_used_for_login:
            out.append(
                _t(
                    "The device refused a login with our time; epewall logged in with the "
                    "device's own time instead. Ask the EPE to set the device's clock (NTP)."
                )
            )
        return out


class OnvifErrorKind(enum.StrEnum):
    UNREACHABLE = "unreachable"
    AUTH = "auth"
    TIMEOUT = "timeout"
    NOT_ONVIF = "not_onvif"


class OnvifError(Exception):
    """The device cannot be used at all. ``str()`` is translated and secret-free."""

    def __init__(self, message: str, kind: OnvifErrorKind) -> None:
        super().__init__(message)
        self.kind = kind


class _MalformedReplyError(Exception):
    """The device's answer is not well-formed XML."""


def _well_formed_transport() -> type:
    from zeep.transports import Transport

    class WellFormedTransport(Transport):
        """zeep, when not strict, lets lxml *recover* broken XML into a partial answer that looks
        valid; a truncated list of profiles must be reported, not believed."""

        def post(self, address: str, message: Any, headers: Any) -> Any:
            response = super().post(address, message, headers)  # type: ignore[no-untyped-call]
            if response.content:
                try:
                    etree.fromstring(response.content, _STRICT_PARSER)
                except etree.XMLSyntaxError as exc:
                    raise _MalformedReplyError(str(exc)[:200]) from None
            return response

    return WellFormedTransport


_STRICT_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)


class _CallFailedError(Exception):
    def __init__(self, problem: CallProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


# ------------------------------------------------------------------------------- WSDL and zeep

_import_lock = threading.RLock()
_documents: dict[str, Any] = {}


def _onvif() -> Any:
    """Import onvif-zeep once, undoing the logging.basicConfig() it does at import time."""
    with _import_lock:
        already = "onvif" in sys.modules
        import onvif

        if not already:
            undo_onvif_basic_config()
        return onvif


def wsdl_dir() -> Path:
    """onvif-zeep's WSDL folder: ``site-packages/wsdl``, or ``wsdl`` beside a frozen build."""
    candidates: list[Path] = []
    if override := os.environ.get("EPEWALL_ONVIF_WSDL"):
        candidates.append(Path(override))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "wsdl")
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).resolve().parent / "wsdl")
    onvif = _onvif()
    candidates.append(Path(onvif.__file__).resolve().parent.parent / "wsdl")
    for candidate in candidates:
        if (candidate / "devicemgmt.wsdl").is_file():
            return candidate
    raise FileNotFoundError("onvif-zeep's WSDL files were not found in " + ", ".join(
        str(c) for c in candidates))


def _document(name: str) -> Any:
    """A parsed WSDL, shared by every client: parsing costs ~0.3 s a file."""
    from zeep.settings import Settings
    from zeep.transports import Transport
    from zeep.wsdl import Document

    with _import_lock:
        doc = _documents.get(name)
        if doc is None:
            settings = Settings(strict=False, xml_huge_tree=True)
            doc = Document(str(wsdl_dir() / name), Transport(), settings=settings)  # type: ignore[no-untyped-call,arg-type]
            _documents[name] = doc
        return doc


_SERVICE_DEFS = {
    "device": ("devicemgmt", NS_DEVICE),
    "media": ("media", NS_MEDIA),
    "ptz": ("ptz", NS_PTZ),
}


def strip_credentials(url: str) -> str:
    """``url`` without ``user:pass@``; devices sometimes put them into the URIs they return."""
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def parse_address(text: str, default_port: int = 80) -> tuple[str, int]:
    """``host[:port]`` (or an http URL) → (host, port); ValueError with a translated message."""
    raw = text.strip()
    if "://" in raw:
        raw = urllib.parse.urlsplit(raw).netloc
    raw = raw.rsplit("@", 1)[-1]
    host, port = raw, default_port
    if raw.startswith("["):
        host, _, rest = raw[1:].partition("]")
        if rest.startswith(":"):
            port = int(rest[1:]) if rest[1:].isdigit() else -1
    elif raw.count(":") == 1:
        host, _, port_text = raw.partition(":")
        port = int(port_text) if port_text.isdigit() else -1
    if not host or not 0 < port < 65536:
        raise ValueError(
            _t("Give the device as host or host:port, e.g. 192.168.1.64 or nvr.example.vn:8080.")
        )
    return host, port


# ------------------------------------------------------------------------------- the client


class OnvifClient:
    """A session with one ONVIF device. Not thread-safe: one client per worker."""

    def __init__(
        self,
        host: str,
        port: int,
        user: str,
        password: str,
        timeout: float = DEFAULT_TIMEOUT_S,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.user = user
        self._password = password
        self.timeout = timeout
        self._cancelled = cancelled or (lambda: False)
        self.dt_diff: dt.timedelta | None = None
        self.clock_offset_s: float | None = None
        self.offset_used_for_login = False
        self.services: dict[str, str] = {NS_DEVICE: self._device_xaddr()}
        self.problems: list[CallProblem] = []
        self.calls: list[CallRecord] = []
        self._session = requests.Session()
        self._session.trust_env = False  # a desktop proxy must not see EPE traffic
        self._zeep: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"OnvifClient({self.host}:{self.port}, user={self.user!r})"

    def _device_xaddr(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/onvif/device_service"

    def close(self) -> None:
        self._session.close()
        self._zeep.clear()

    def __enter__(self) -> OnvifClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing --

    def _service(self, name: str) -> Any:
        service = self._zeep.get(name)
        if service is not None:
            return service
        from zeep.client import Client
        from zeep.settings import Settings

        onvif = _onvif()
        wsdl_key, namespace = _SERVICE_DEFS[name]
        definition = onvif.SERVICES[wsdl_key]
        xaddr = self.services.get(namespace)
        if not xaddr:
            raise _CallFailedError(
                CallProblem(name, "-", ProblemKind.UNSUPPORTED,
                            _t("The device does not offer this service."))
            )
        token = onvif.client.UsernameDigestTokenDtDiff(
            self.user, self._password, dt_diff=self.dt_diff, use_digest=True
        )
        transport = _well_formed_transport()(
            session=self._session, timeout=self.timeout, operation_timeout=self.timeout
        )
        client = Client(  # type: ignore[no-untyped-call]
            wsdl=_document(definition["wsdl"]),
            wsse=token,
            transport=transport,
            settings=Settings(strict=False, xml_huge_tree=True),
        )
        binding = f"{{{definition['ns']}}}{definition['binding']}"
        service = client.create_service(binding, xaddr)  # type: ignore[no-untyped-call]
        self._zeep[name] = service
        return service

    def call(self, service: str, operation: str, **params: Any) -> Any:
        """One SOAP call; raises ``_CallFailedError`` (a problem) or OnvifError (unreachable)."""
        if self._cancelled():
            from app.workers import CancelledError

            raise CancelledError()
        started = time.monotonic()
        ok = False
        try:
            if service == "media2":
                result = self._media2_call(operation, params)
            else:
                result = getattr(self._service(service), operation)(**params)
            ok = True
            return result
        except _CallFailedError:
            raise
        except Exception as exc:
            raise self._classify(service, operation, exc) from exc
        finally:
            self.calls.append(CallRecord(service, operation, time.monotonic() - started, ok))

    def _classify(self, service: str, operation: str, exc: Exception) -> Exception:
        from zeep import exceptions as zx

        log.info("onvif %s:%s %s.%s failed: %s", self.host, self.port, service, operation,
                 redact_url(f"{type(exc).__name__}: {exc}")[:300])
        if isinstance(exc, _MalformedReplyError):
            return _CallFailedError(CallProblem(
                service, operation, ProblemKind.MALFORMED,
                _t("The device's answer is not valid XML.")))
        if isinstance(exc, requests.Timeout):
            return _CallFailedError(CallProblem(
                service, operation, ProblemKind.TIMEOUT,
                _t("No answer within {seconds:g} s.").format(seconds=self.timeout)))
        if isinstance(exc, requests.ConnectionError):
            return OnvifError(
                _t("Cannot connect to {address}: nothing answers there, or the connection was "
                   "refused. Check the address, the port and the EPE's network.").format(
                    address=f"{self.host}:{self.port}"),
                OnvifErrorKind.UNREACHABLE,
            )
        if isinstance(exc, zx.Fault):
            codes = " ".join(str(c) for c in (exc.subcodes or [])) + " " + str(exc.code or "")
            if "NotAuthorized" in codes or "FailedAuthentication" in codes:
                return _CallFailedError(CallProblem(service, operation, ProblemKind.FAULT,
                                                    _t("The device refused the account.")))
            if "ActionNotSupported" in codes or "NotImplemented" in codes:
                return _CallFailedError(CallProblem(
                    service, operation, ProblemKind.UNSUPPORTED,
                    _t("The device does not support this call.")))
            reason = str(exc.message or "")[:200]
            return _CallFailedError(CallProblem(
                service, operation, ProblemKind.FAULT,
                _t("The device answered with an error: {reason}").format(reason=reason)))
        if isinstance(exc, zx.TransportError):
            if exc.status_code in (401, 403):
                return _CallFailedError(CallProblem(service, operation, ProblemKind.FAULT,
                                                    _t("The device refused the account.")))
            if exc.status_code == 200 or b"invalid XML" in str(exc).encode():
                return _CallFailedError(CallProblem(
                    service, operation, ProblemKind.MALFORMED,
                    _t("The device's answer is not valid XML.")))
            return _CallFailedError(CallProblem(
                service, operation, ProblemKind.TRANSPORT,
                _t("The device answered HTTP {status}.").format(status=exc.status_code)))
        if isinstance(exc, zx.XMLSyntaxError | zx.XMLParseError | etree.XMLSyntaxError
                      | zx.ValidationError | zx.UnexpectedElementError | ValueError | TypeError
                      | AttributeError | LookupError):
            return _CallFailedError(CallProblem(
                service, operation, ProblemKind.MALFORMED,
                _t("The device's answer could not be understood.")))
        return _CallFailedError(CallProblem(
            service, operation, ProblemKind.TRANSPORT,
            _t("The call failed ({error}).").format(error=type(exc).__name__)))

    def _media2_call(self, operation: str, params: dict[str, Any]) -> Any:
        """Media2 as plain SOAP: onvif-zeep ships no ver20 media WSDL."""
        xaddr = self.services.get(NS_MEDIA2)
        if not xaddr:
            raise _CallFailedError(CallProblem("media2", operation, ProblemKind.UNSUPPORTED,
                                               _t("The device does not offer this service.")))
        envelope = etree.Element(f"{{{NS_SOAP}}}Envelope", nsmap={"s": NS_SOAP, "tr2": NS_MEDIA2})
        etree.SubElement(envelope, f"{{{NS_SOAP}}}Header")
        body = etree.SubElement(envelope, f"{{{NS_SOAP}}}Body")
        request = etree.SubElement(body, f"{{{NS_MEDIA2}}}{operation}")
        for key, value in params.items():
            for item in value if isinstance(value, list) else [value]:
                etree.SubElement(request, f"{{{NS_MEDIA2}}}{key}").text = str(item)
        token = _onvif().client.UsernameDigestTokenDtDiff(
            self.user, self._password, dt_diff=self.dt_diff, use_digest=True
        )
        envelope, _headers = token.apply(envelope, {})
        response = self._session.post(
            xaddr,
            data=etree.tostring(envelope, xml_declaration=True, encoding="utf-8"),
            headers={"Content-Type": f'application/soap+xml; charset=utf-8; action="{NS_MEDIA2}/'
                                     f'{operation}"'},
            timeout=self.timeout,
        )
        from zeep import exceptions as zx

        if not response.content:
            raise zx.TransportError("empty answer", status_code=response.status_code)  # type: ignore[no-untyped-call]
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        try:
            doc = etree.fromstring(response.content, parser)
        except etree.XMLSyntaxError as exc:
            raise zx.TransportError("invalid XML", status_code=200) from exc  # type: ignore[no-untyped-call]
        fault = doc.find(f".//{{{NS_SOAP}}}Fault")
        if fault is not None:
            subcodes = [etree.QName(v.text.split(":")[-1]) for v in
                        fault.iterfind(f".//{{{NS_SOAP}}}Subcode/{{{NS_SOAP}}}Value") if v.text]
            reason = fault.findtext(f".//{{{NS_SOAP}}}Text") or ""
            raise zx.Fault(reason, code=fault.findtext(f".//{{{NS_SOAP}}}Code/{{{NS_SOAP}}}Value"),  # type: ignore[no-untyped-call]
                           subcodes=subcodes)
        if response.status_code != 200:
            raise zx.TransportError("HTTP error", status_code=response.status_code)  # type: ignore[no-untyped-call]
        found = doc.find(f".//{{{NS_SOAP}}}Body/{{{NS_MEDIA2}}}{operation}Response")
        if found is None:
            raise ValueError("no response element")
        return found

    def _try(self, service: str, operation: str, **params: Any) -> Any:
        """A call whose failure is recorded as a problem; returns None then."""
        try:
            return self.call(service, operation, **params)
        except _CallFailedError as failed:
            self.problems.append(failed.problem)
            return None

    # -- connecting --

    def connect(self) -> DeviceInfo:
        """Read the device's clock, log in (with its time if ours is refused), read its info.

        Raises OnvifError when the device cannot be reached, is not ONVIF or refuses the account.
        """
        clock = self._try("device", "GetSystemDateAndTime")
        if clock is not None:
            self.clock_offset_s = _clock_offset(clock)
        try:
            info = self.call("device", "GetDeviceInformation")
        except _CallFailedError as failed:
            refused = failed.problem.message == _t("The device refused the account.")
            if refused and self.clock_offset_s is not None and abs(self.clock_offset_s) > 1:
                self.dt_diff = dt.timedelta(seconds=self.clock_offset_s)
                self._zeep.clear()
                try:
                    info = self.call("device", "GetDeviceInformation")
                except _CallFailedError as again:
                    raise self._fatal(again.problem) from None
                self.offset_used_for_login = True
            else:
                raise self._fatal(failed.problem) from None
        return DeviceInfo(
            manufacturer=_text(info, "Manufacturer"),
            model=_text(info, "Model"),
            firmware=_text(info, "FirmwareVersion"),
            serial=_text(info, "SerialNumber"),
            hardware_id=_text(info, "HardwareId"),
        )

    def _fatal(self, problem: CallProblem) -> OnvifError:
        address = f"{self.host}:{self.port}"
        if problem.message == _t("The device refused the account."):
            return OnvifError(
                _t("The device at {address} refused the account \"{user}\": the user name or "
                   "password is wrong, or the account may not use ONVIF.").format(
                    address=address, user=self.user),
                OnvifErrorKind.AUTH,
            )
        if problem.kind is ProblemKind.TIMEOUT:
            return OnvifError(
                _t("The device at {address} did not answer within {seconds:g} s.").format(
                    address=address, seconds=self.timeout),
                OnvifErrorKind.TIMEOUT,
            )
        return OnvifError(
            _t("The device at {address} does not answer as an ONVIF device ({problem}).").format(
                address=address, problem=problem.message),
            OnvifErrorKind.NOT_ONVIF,
        )

    def discover_services(self) -> dict[str, str]:
        """Service namespace → XAddr, from GetServices or, failing that, GetCapabilities."""
        answer = self._try("device", "GetServices", IncludeCapability=False)
        for service in answer or []:
            namespace, xaddr = _text(service, "Namespace"), _text(service, "XAddr")
            if namespace and xaddr:
                self.services[namespace] = xaddr
        if NS_MEDIA not in self.services:
            if answer is not None:
                self.problems.append(CallProblem("device", "GetServices", ProblemKind.EMPTY,
                                                 _t("The answer lists no media service.")))
            caps = self._try("device", "GetCapabilities", Category="All")
            for name, namespace in (("Media", NS_MEDIA), ("PTZ", NS_PTZ)):
                section = _get(caps, name)
                xaddr = _text(section, "XAddr")
                if xaddr:
                    self.services.setdefault(namespace, xaddr)
        return dict(self.services)

    # -- media --

    def media_sources(self) -> list[VideoSource]:
        """Video sources with their profiles, encodings (Media2 preferred) but no URIs yet."""
        sources: dict[str, VideoSource] = {}
        for raw in self._try("media", "GetVideoSources") or []:
            resolution = _get(raw, "Resolution")
            token = str(_get(raw, "token") or "")
            sources[token] = VideoSource(
                token=token,
                width=_int(_get(resolution, "Width")),
                height=_int(_get(resolution, "Height")),
                fps=_float(_get(raw, "Framerate")),
            )
        raw_profiles = self._try("media", "GetProfiles") or []
        configs = {
            str(_get(c, "token")): c
            for c in (self._try("media", "GetVideoEncoderConfigurations") or [])
        }
        profiles: dict[str, MediaProfile] = {}
        for raw in raw_profiles:
            token = str(_get(raw, "token") or "")
            vsc = _get(raw, "VideoSourceConfiguration")
            vec = _get(raw, "VideoEncoderConfiguration")
            if vec is None and configs:
                vec = configs.get(str(_get(raw, "token")))
            ptz = _get(raw, "PTZConfiguration")
            profiles[token] = MediaProfile(
                token=token,
                name=_text(raw, "Name") or token,
                source_token=_text(vsc, "SourceToken"),
                encoding=_encoding1(vec),
                ptz_node=_text(ptz, "NodeToken"),
            )
        if NS_MEDIA2 in self.services:
            answer = self._try("media2", "GetProfiles", Type="All")
            for raw2 in answer if answer is not None else []:
                token = raw2.get("token", "")
                configurations = raw2.find(f"{{{NS_MEDIA2}}}Configurations")
                encoder = _find(configurations, NS_MEDIA2, "VideoEncoder")
                source = _find(configurations, NS_MEDIA2, "VideoSource")
                ptz2 = _find(configurations, NS_MEDIA2, "PTZ")
                profile = profiles.get(token) or MediaProfile(
                    token=token,
                    name=(raw2.findtext(f"{{{NS_MEDIA2}}}Name") or token),
                    source_token=_xtext(source, "SourceToken"),
                )
                encoding = _encoding2(encoder)
                if encoding is not None:
                    profile.encoding = encoding
                    profile.described_by = "media2"
                if not profile.source_token:
                    profile.source_token = _xtext(source, "SourceToken")
                if not profile.ptz_node:
                    profile.ptz_node = _xtext(ptz2, "NodeToken")
                profiles[token] = profile
        if raw_profiles == [] and not profiles:
            self.problems.append(CallProblem("media", "GetProfiles", ProblemKind.EMPTY,
                                             _t("The device lists no media profiles.")))
        for profile in profiles.values():
            key = profile.source_token or "?"
            source = sources.get(key)
            if source is None:
                source = sources[key] = VideoSource(token=key)
            source.profiles.append(profile)
            if not source.width and profile.encoding is not None:
                source.width, source.height = profile.encoding.width, profile.encoding.height
        return [s for s in sources.values() if s.profiles]

    def stream_uri(self, profile: MediaProfile) -> str:
        """The RTSP (over TCP/RTSP) URI of a profile, credentials removed; "" when none."""
        uri = ""
        if NS_MEDIA2 in self.services and profile.described_by == "media2":
            answer = self._try("media2", "GetStreamUri", Protocol="RTSP",
                               ProfileToken=profile.token)
            uri = (answer.findtext(f"{{{NS_MEDIA2}}}Uri") or "") if answer is not None else ""
        if not uri:
            answer = self._try(
                "media", "GetStreamUri",
                StreamSetup={"Stream": "RTP-Unicast", "Transport": {"Protocol": "RTSP"}},
                ProfileToken=profile.token,
            )
            uri = _text(answer, "Uri")
            if answer is not None and not uri:
                self.problems.append(CallProblem("media", "GetStreamUri", ProblemKind.EMPTY,
                                                 _t("The answer has no stream URI.")))
        return strip_credentials(uri.strip())

    def snapshot_uri(self, profile: MediaProfile) -> str:
        answer = self._try("media", "GetSnapshotUri", ProfileToken=profile.token)
        return strip_credentials(_text(answer, "Uri").strip())

    def fetch_snapshot(self, uri: str, max_bytes: int = 4_000_000) -> bytes | None:
        """The JPEG behind a snapshot URI (HTTP digest, then basic), or None with a problem."""
        if not uri:
            return None
        from requests.auth import HTTPBasicAuth, HTTPDigestAuth

        started = time.monotonic()
        try:
            response = self._session.get(uri, auth=HTTPDigestAuth(self.user, self._password),
                                         timeout=self.timeout)
            if response.status_code == 401:
                response = self._session.get(uri, auth=HTTPBasicAuth(self.user, self._password),
                                             timeout=self.timeout)
            ok = response.status_code == 200 and response.content[:2] == b"\xff\xd8"
        except requests.RequestException as exc:
            log.info("snapshot %s failed: %s", redact_url(uri), type(exc).__name__)
            ok, response = False, None
        self.calls.append(CallRecord("snapshot", "GET", time.monotonic() - started, ok))
        if not ok or response is None or len(response.content) > max_bytes:
            self.problems.append(CallProblem("snapshot", "GET", ProblemKind.TRANSPORT,
                                             _t("The snapshot could not be fetched.")))
            return None
        return bytes(response.content)

    # -- PTZ --

    def ptz_nodes(self) -> list[PtzNode]:
        return [
            PtzNode(
                token=str(_get(n, "token") or ""),
                name=_text(n, "Name"),
                max_presets=_int(_get(n, "MaximumNumberOfPresets")),
                home_supported=bool(_get(n, "HomeSupported")),
            )
            for n in (self._try("ptz", "GetNodes") or [])
        ]

    def ptz_presets(self, profile_token: str) -> list[PtzPreset]:
        out = []
        for preset in self._ptz("GetPresets", ProfileToken=profile_token) or []:
            position = _get(preset, "PTZPosition")
            pan_tilt, zoom = _get(position, "PanTilt"), _get(position, "Zoom")
            out.append(PtzPreset(
                token=str(_get(preset, "token") or ""),
                name=_text(preset, "Name"),
                pan=_float(_get(pan_tilt, "x")),
                tilt=_float(_get(pan_tilt, "y")),
                zoom=_float(_get(zoom, "x")),
            ))
        return out

    def _ptz(self, operation: str, **params: Any) -> Any:
        """A PTZ command: failures raise PtzError (the officer asked for it)."""
        try:
            return self.call("ptz", operation, **params)
        except _CallFailedError as failed:
            raise PtzError(failed.problem) from None

    def ptz_move(self, profile_token: str, pan: float, tilt: float, zoom: float = 0.0,
                 timeout_s: float | None = None) -> None:
        """Start a continuous move; velocities in -1..1. ``ptz_stop`` ends it."""
        params: dict[str, Any] = {
            "ProfileToken": profile_token,
            "Velocity": {"PanTilt": {"x": pan, "y": tilt}, "Zoom": {"x": zoom}},
        }
        if timeout_s is not None:
            params["Timeout"] = dt.timedelta(seconds=timeout_s)
        self._ptz("ContinuousMove", **params)

    def ptz_stop(self, profile_token: str) -> None:
        self._ptz("Stop", ProfileToken=profile_token, PanTilt=True, Zoom=True)

    def ptz_goto_preset(self, profile_token: str, preset_token: str) -> None:
        self._ptz("GotoPreset", ProfileToken=profile_token, PresetToken=preset_token)

    def ptz_set_preset(self, profile_token: str, name: str, preset_token: str | None = None) -> str:
        """Store where the camera looks as a preset; returns its token."""
        params: dict[str, Any] = {"ProfileToken": profile_token, "PresetName": name}
        if preset_token:
            params["PresetToken"] = preset_token
        return str(self._ptz("SetPreset", **params) or "")

    def ptz_home(self, profile_token: str) -> None:
        self._ptz("GotoHomePosition", ProfileToken=profile_token)

    def ptz_status(self, profile_token: str) -> PtzStatus:
        status = self._ptz("GetStatus", ProfileToken=profile_token)
        position = _get(status, "Position")
        pan_tilt, zoom = _get(position, "PanTilt"), _get(position, "Zoom")
        move = _get(status, "MoveStatus")
        moving = "MOVING" in (str(_get(move, "PanTilt")) + str(_get(move, "Zoom"))).upper()
        return PtzStatus(
            pan=_float(_get(pan_tilt, "x")) or 0.0,
            tilt=_float(_get(pan_tilt, "y")) or 0.0,
            zoom=_float(_get(zoom, "x")) or 0.0,
            moving=moving,
        )


def open_session(
    host: str, port: int, user: str, password: str, timeout: float = DEFAULT_TIMEOUT_S
) -> OnvifClient:
    """A logged-in client that knows the device's services, for PTZ commands. Close it after use.

    Raises OnvifError like ``probe``.
    """
    client = OnvifClient(host, port, user, password, timeout=timeout)
    try:
        client.connect()
        client.discover_services()
    except BaseException:
        client.close()
        raise
    return client


class PtzError(Exception):
    """A PTZ command failed; ``str()`` is translated."""

    def __init__(self, problem: CallProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


# ------------------------------------------------------------------------------- the probe


def probe(
    host: str,
    port: int,
    user: str,
    password: str,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    snapshots: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> Generator[tuple[int, int, str], None, DeviceProbe]:
    """Probe one device: yields ``(done, total, text)``; returns a ``DeviceProbe``.

    Raises OnvifError when the device cannot be reached or refuses the account. With
    ``snapshots`` the thumbnails are fetched too, into ``thumbnails`` (``fetch_thumbnails`` does
    the same afterwards).
    """
    started = time.monotonic()
    result = DeviceProbe(host=host, port=port)
    client = OnvifClient(host, port, user, password, timeout=timeout, cancelled=cancelled)
    try:
        total = 5
        yield 0, total, _t("Connecting to {address}…").format(address=result.address)
        result.device = client.connect()
        result.clock_offset_s = client.clock_offset_s
        result.offset_used_for_login = client.offset_used_for_login
        yield 1, total, _t("Reading the device's services…")
        result.services = client.discover_services()
        yield 2, total, _t("Reading media profiles…")
        sources = client.media_sources()
        profiles = [p for s in sources for p in s.profiles]
        has_ptz = NS_PTZ in client.services
        total = 3 + len(profiles) + int(has_ptz) + (len(sources) if snapshots else 0)
        done = 3
        for profile in profiles:
            yield done, total, _t("Reading the stream address of {profile}…").format(
                profile=profile.name)
            done += 1
            profile.stream_uri = client.stream_uri(profile)
            profile.snapshot_uri = client.snapshot_uri(profile)
        result.sources = sources
        if has_ptz:
            yield done, total, _t("Reading PTZ nodes and presets…")
            done += 1
            result.ptz_nodes = client.ptz_nodes()
            for profile in profiles:
                if profile.ptz_node:
                    try:
                        result.ptz_presets[profile.token] = client.ptz_presets(profile.token)
                    except PtzError as exc:
                        client.problems.append(exc.problem)
        if snapshots:
            for source in sources:
                yield done, total, _t("Fetching thumbnails…")
                done += 1
                small = source.sub or source.main
                if small is not None and small.snapshot_uri:
                    picture = client.fetch_snapshot(small.snapshot_uri)
                    if picture is not None:
                        result.thumbnails[source.token] = picture
        yield total, total, _t("Done.")
    finally:
        result.problems = list(client.problems)
        result.calls = list(client.calls)
        result.seconds = time.monotonic() - started
        client.close()
    return result


def run_probe(host: str, port: int, user: str, password: str, **kwargs: Any) -> DeviceProbe:
    """``probe`` without progress, for scripts and tests."""
    gen = probe(host, port, user, password, **kwargs)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            value: DeviceProbe = stop.value
            return value


def fetch_thumbnails(
    result: DeviceProbe, user: str, password: str, timeout: float = DEFAULT_TIMEOUT_S
) -> Generator[tuple[int, int, str], None, dict[str, bytes]]:
    """The snapshot JPEG of each source's sub (or main) profile, by source token."""
    pictures: dict[str, bytes] = {}
    with OnvifClient(result.host, result.port, user, password, timeout=timeout) as client:
        for done, source in enumerate(result.sources):
            yield done, len(result.sources), _t("Fetching thumbnails…")
            profile = source.sub or source.main
            if profile is not None and profile.snapshot_uri:
                picture = client.fetch_snapshot(profile.snapshot_uri)
                if picture is not None:
                    pictures[source.token] = picture
        result.problems.extend(client.problems)
    return pictures


# ------------------------------------------------------------------------------- helpers


def _get(obj: Any, name: str) -> Any:
    if obj is None:
        return None
    if isinstance(obj, dict):
        return obj.get(name)
    try:
        return obj[name]
    except (KeyError, TypeError, IndexError, AttributeError):
        return getattr(obj, name, None)


def _text(obj: Any, name: str) -> str:
    value = _get(obj, name)
    return "" if value is None else str(value)


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _find(parent: Any, ns: str, name: str) -> Any:
    return None if parent is None else parent.find(f"{{{ns}}}{name}")


def _xtext(element: Any, name: str) -> str:
    if element is None:
        return ""
    found = element.find(f"{{{NS_SCHEMA}}}{name}")
    return (found.text or "").strip() if found is not None else ""


def _codec(name: str) -> str:
    return _CODEC_NAMES.get(name.strip().upper(), name.strip())


def _encoding1(vec: Any) -> VideoEncoding | None:
    if vec is None:
        return None
    resolution = _get(vec, "Resolution")
    rate = _get(vec, "RateControl")
    encoding = str(_get(vec, "Encoding") or "")
    gop = _get(_get(vec, "H264"), "GovLength") or _get(_get(vec, "MPEG4"), "GovLength")
    width = _int(_get(resolution, "Width"))
    if not encoding or not width:
        return None
    return VideoEncoding(
        codec=_codec(encoding),
        width=width,
        height=_int(_get(resolution, "Height")),
        fps=_float(_get(rate, "FrameRateLimit")),
        bitrate_kbps=_int(_get(rate, "BitrateLimit")) or None,
        gop=_int(gop) or None,
    )


def _encoding2(element: Any) -> VideoEncoding | None:
    if element is None:
        return None
    ns = f"{{{NS_SCHEMA}}}"
    encoding = element.findtext(f"{ns}Encoding") or ""
    width = _int(element.findtext(f"{ns}Resolution/{ns}Width"))
    if not encoding or not width:
        return None
    return VideoEncoding(
        codec=_codec(encoding),
        width=width,
        height=_int(element.findtext(f"{ns}Resolution/{ns}Height")),
        fps=_float(element.findtext(f"{ns}RateControl/{ns}FrameRateLimit")),
        bitrate_kbps=_int(element.findtext(f"{ns}RateControl/{ns}BitrateLimit")) or None,
        gop=_int(element.get("GovLength")) or None,
    )


def _clock_offset(answer: Any) -> float | None:
    utc = _get(answer, "UTCDateTime")
    date, clock = _get(utc, "Date"), _get(utc, "Time")
    try:
        device = dt.datetime(
            _int(_get(date, "Year")), _int(_get(date, "Month")), _int(_get(date, "Day")),
            _int(_get(clock, "Hour")), _int(_get(clock, "Minute")), _int(_get(clock, "Second")),
            tzinfo=dt.UTC,
        )
    except ValueError:
        return None
    return (device - dt.datetime.now(dt.UTC)).total_seconds()


# ------------------------------------------------------------------------------- add from device

# Camera.extra keys: where the camera's ONVIF device is and which of its video sources and profiles
# the camera is, so compliance checks and PTZ find it again.
EXTRA_ONVIF = "onvif"  # "host:port"
EXTRA_SOURCE = "onvif_source"
EXTRA_MAIN_PROFILE = "onvif_main_profile"
EXTRA_SUB_PROFILE = "onvif_sub_profile"


@dataclass
class FoundCamera:
    """A video source of a probed device, as the officer registers it (number, position, name)."""

    source: VideoSource
    main: MediaProfile | None
    sub: MediaProfile | None
    diagram_number: int | None = None
    position: CameraPosition = CameraPosition.OTHER
    name: str = ""
    selected: bool = True


def found_cameras(result: DeviceProbe, first_number: int = 1) -> list[FoundCamera]:
    """Every video source with a stream, main and sub picked, numbered in the device's order."""
    out: list[FoundCamera] = []
    for source in result.sources:
        main, sub = pick_streams(source)
        if main is None or not main.stream_uri:
            continue
        name = main.name
        for suffix in (" MAIN", " Main", " main", "_MainStream", " MainStream"):
            name = name.removesuffix(suffix)
        out.append(FoundCamera(source, main, sub, first_number + len(out), name=name.strip()))
    return out


def camera_from_found(found: FoundCamera, epe_id: int, address: str) -> Camera:
    """A registry camera (URLs without credentials) for ``found``; ``address`` is host:port."""
    if found.main is None or found.diagram_number is None:
        raise ValueError("a camera needs a main stream and a diagram number")
    extra = {EXTRA_ONVIF: address, EXTRA_SOURCE: found.source.token,
             EXTRA_MAIN_PROFILE: found.main.token}
    if found.sub is not None:
        extra[EXTRA_SUB_PROFILE] = found.sub.token
    return Camera(
        epe_id=epe_id,
        diagram_number=found.diagram_number,
        position=found.position,
        name=found.name,
        main_url=strip_credentials(found.main.stream_uri),
        sub_url=strip_credentials(found.sub.stream_uri) if found.sub is not None else "",
        extra=extra,
    )


def save_found(registry: Any, epe_id: int, address: str,
               found: Iterable[FoundCamera]) -> list[Camera]:
    """Add the selected cameras to the EPE, all or none. A camera already registered under the
    same diagram number is updated (its streams moved to this device), not duplicated."""
    saved = []
    with registry.transaction():
        existing = {c.diagram_number: c for c in registry.list_cameras(epe_id)}
        for item in found:
            if not item.selected:
                continue
            camera = camera_from_found(item, epe_id, address)
            old = existing.get(camera.diagram_number)
            if old is not None:
                camera.id, camera.notes = old.id, old.notes
                camera.extra = {**old.extra, **camera.extra}
                saved.append(registry.update_camera(camera))
            else:
                saved.append(registry.add_camera(camera))
    return saved


def pick_streams(source: VideoSource) -> tuple[MediaProfile | None, MediaProfile | None]:
    """Main (largest picture) and sub (smallest) profile of one source."""
    return source.main, source.sub


def sources_of(results: Iterable[DeviceProbe]) -> list[VideoSource]:
    return [s for r in results for s in r.sources]
