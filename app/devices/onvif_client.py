"""ONVIF client: a logged-in session with an EPE's camera or NVR, and how its calls fail.

Built on onvif-zeep's WSDLs and its WS-UsernameToken (digest) with a clock offset; Media2, which
onvif-zeep has no WSDL for, is spoken as plain SOAP with the same token. Every call runs with a
timeout. Devices are imperfect: a call the device does not support, answers with a SOAP fault, or
answers with a malformed or empty body is recorded as a ``CallProblem`` and the probe goes on;
only "cannot reach" and "wrong account" end it (``OnvifError``).

What is read through the client lives beside it: media profiles and stream URIs
(``app.devices.media_profiles``), the whole probe of a device (``app.devices.probing``) and PTZ
(``app.devices.ptz``). Everything blocks: the GUI drives it through ``app.workers.Job``. URLs in
results never carry credentials; the password lives only inside the client object.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import http.client
import logging
import os
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from lxml import etree
from PySide6.QtCore import QCoreApplication
from requests.structures import CaseInsensitiveDict

from app.logs import redact_url, undo_onvif_basic_config
from app.peers import (
    MAX_SNAPSHOT,
    MAX_SOAP_REPLY,
    CredentialScope,
    Deadline,
    DigestAuth,
    HttpReply,
    ReplyTooLargeError,
    challenges,
    http_exchange,
    url_host,
)
from app.workers import CancelledError

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


def _bounded_transport() -> type:
    from zeep.transports import Transport

    class BoundedTransport(Transport):
        """zeep's transport with one total deadline per call and a capped reply
        (``app.peers.http_exchange``: no redirect followed), and strict XML: when not strict,
        zeep lets lxml *recover* broken XML into a partial answer that looks valid, and a
        truncated list of profiles must be reported, not believed."""

        def __init__(self, deadline: Callable[[], Deadline]) -> None:
            # zeep has no type hints: its calls are untyped for mypy strict.
            super().__init__()  # type: ignore[no-untyped-call]
            self._deadline = deadline

        def post(self, address: str, message: Any, headers: Any) -> Any:
            reply = http_exchange(
                address,
                "POST",
                message if isinstance(message, bytes) else str(message).encode("utf-8"),
                dict(headers),
                deadline=self._deadline(),
                max_bytes=MAX_SOAP_REPLY,
            )
            return _checked_soap_reply(reply)

    return BoundedTransport


def _checked_soap_reply(reply: HttpReply) -> requests.Response:
    """``reply`` as zeep reads it; a refused account is said before the body is judged (a 401
    page is HTML, not "invalid XML")."""
    from zeep import exceptions as zx

    if reply.status in (401, 403):
        # zeep has no type hints; the 401/403 becomes the TransportError _classify reads.
        raise zx.TransportError("refused", status_code=reply.status)  # type: ignore[no-untyped-call]
    if reply.body:
        try:
            etree.fromstring(reply.body, _STRICT_PARSER)
        except etree.XMLSyntaxError as exc:
            raise _MalformedReplyError(str(exc)[:200]) from None
    response = requests.Response()
    response.status_code = reply.status
    response._content = reply.body
    response.headers = CaseInsensitiveDict(reply.headers)
    response.encoding = "utf-8"
    return response


_STRICT_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)


class CallFailedError(Exception):
    """One call failed in a way the probe records and goes past (``problem``)."""

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
    raise FileNotFoundError(
        "onvif-zeep's WSDL files were not found in " + ", ".join(str(c) for c in candidates)
    )


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
        scope: CredentialScope | None = None,
        deadline: Deadline | None = None,
    ) -> None:
        self.host = host
        # Where the account may go: the EPE's registered hosts, and always this device.
        self.scope = (scope or CredentialScope()).with_host(host)
        self.port = port
        self.user = user
        self._password = password
        self.timeout = timeout
        self._cancelled = cancelled or (lambda: False)
        # The whole session's deadline (a probe's), shared by its calls: each call is over by
        # its own timeout or by this, whichever comes first.
        self.deadline = deadline
        self.dt_diff: dt.timedelta | None = None
        self.clock_offset_s: float | None = None
        self.offset_used_for_login = False
        self.services: dict[str, str] = {NS_DEVICE: self._device_xaddr()}
        self.problems: list[CallProblem] = []
        self.calls: list[CallRecord] = []
        self._zeep: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"OnvifClient({self.host}:{self.port}, user={self.user!r})"

    def _device_xaddr(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/onvif/device_service"

    def close(self) -> None:
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
            raise CallFailedError(
                CallProblem(
                    name,
                    "-",
                    ProblemKind.UNSUPPORTED,
                    _t("The device does not offer this service."),
                )
            )
        token = onvif.client.UsernameDigestTokenDtDiff(
            self.user, self._password, dt_diff=self.dt_diff, use_digest=True
        )
        transport = _bounded_transport()(self._call_deadline)
        client = Client(  # type: ignore[no-untyped-call]
            wsdl=_document(definition["wsdl"]),
            wsse=token,
            transport=transport,
            settings=Settings(strict=False, xml_huge_tree=True),
        )
        binding = f"{{{definition['ns']}}}{definition['binding']}"
        service = client.create_service(binding, self.on_own_host(xaddr))  # type: ignore[no-untyped-call]
        self._zeep[name] = service
        return service

    def _call_deadline(self) -> Deadline:
        """One call's deadline: its own timeout, cut short by the session's; OnvifError when the
        session's has passed."""
        if self.deadline is None:
            return Deadline(self.timeout)
        if self.deadline.expired:
            raise self._out_of_time()
        return Deadline(min(self.timeout, self.deadline.at - time.monotonic()))

    def _out_of_time(self) -> OnvifError:
        assert self.deadline is not None
        return OnvifError(
            _t(
                "The device at {address} timed out: its answers did not all come within "
                "{seconds:g} s. The device or the EPE's network is too slow."
            ).format(address=f"{self.host}:{self.port}", seconds=self.deadline.seconds),
            OnvifErrorKind.TIMEOUT,
        )

    def call(self, service: str, operation: str, **params: Any) -> Any:
        """One SOAP call; raises ``CallFailedError`` (a problem) or OnvifError (unreachable, or
        the session's deadline passed)."""
        if self._cancelled():
            raise CancelledError()
        if self.deadline is not None and self.deadline.expired:
            raise self._out_of_time()
        started = time.monotonic()
        ok = False
        try:
            if service == "media2":
                result = self._media2_call(operation, params)
            else:
                result = getattr(self._service(service), operation)(**params)
            ok = True
            return result
        except (CallFailedError, OnvifError):
            raise
        except Exception as exc:
            raise self._classify(service, operation, exc) from exc
        finally:
            self.calls.append(CallRecord(service, operation, time.monotonic() - started, ok))

    def _classify(self, service: str, operation: str, exc: Exception) -> Exception:
        from zeep import exceptions as zx

        log.info(
            "onvif %s:%s %s.%s failed: %s",
            self.host,
            self.port,
            service,
            operation,
            redact_url(f"{type(exc).__name__}: {exc}")[:300],
        )
        if isinstance(exc, _MalformedReplyError):
            return CallFailedError(
                CallProblem(
                    service,
                    operation,
                    ProblemKind.MALFORMED,
                    _t("The device's answer is not valid XML."),
                )
            )
        if isinstance(exc, ReplyTooLargeError):
            return CallFailedError(
                CallProblem(
                    service,
                    operation,
                    ProblemKind.MALFORMED,
                    _t("The device's answer is larger than any real answer; it was not read."),
                )
            )
        if isinstance(exc, TimeoutError):
            if self.deadline is not None and self.deadline.expired:
                return self._out_of_time()
            return CallFailedError(
                CallProblem(
                    service,
                    operation,
                    ProblemKind.TIMEOUT,
                    _t("No answer within {seconds:g} s.").format(seconds=self.timeout),
                )
            )
        if isinstance(exc, http.client.HTTPException):
            return CallFailedError(
                CallProblem(
                    service,
                    operation,
                    ProblemKind.TRANSPORT,
                    _t("The device's answer is not valid HTTP."),
                )
            )
        if isinstance(exc, OSError):
            return OnvifError(
                _t(
                    "Cannot connect to {address}: nothing answers there, or the connection was "
                    "refused. Check the address, the port and the EPE's network."
                ).format(address=f"{self.host}:{self.port}"),
                OnvifErrorKind.UNREACHABLE,
            )
        if isinstance(exc, zx.Fault):
            codes = " ".join(str(c) for c in (exc.subcodes or [])) + " " + str(exc.code or "")
            if "NotAuthorized" in codes or "FailedAuthentication" in codes:
                return CallFailedError(
                    CallProblem(
                        service, operation, ProblemKind.FAULT, _t("The device refused the account.")
                    )
                )
            if "ActionNotSupported" in codes or "NotImplemented" in codes:
                return CallFailedError(
                    CallProblem(
                        service,
                        operation,
                        ProblemKind.UNSUPPORTED,
                        _t("The device does not support this call."),
                    )
                )
            reason = str(exc.message or "")[:200]
            return CallFailedError(
                CallProblem(
                    service,
                    operation,
                    ProblemKind.FAULT,
                    _t("The device answered with an error: {reason}").format(reason=reason),
                )
            )
        if isinstance(exc, zx.TransportError):
            if exc.status_code in (401, 403):
                return CallFailedError(
                    CallProblem(
                        service, operation, ProblemKind.FAULT, _t("The device refused the account.")
                    )
                )
            if exc.status_code == 200 or b"invalid XML" in str(exc).encode():
                return CallFailedError(
                    CallProblem(
                        service,
                        operation,
                        ProblemKind.MALFORMED,
                        _t("The device's answer is not valid XML."),
                    )
                )
            return CallFailedError(
                CallProblem(
                    service,
                    operation,
                    ProblemKind.TRANSPORT,
                    _t("The device answered HTTP {status}.").format(status=exc.status_code),
                )
            )
        if isinstance(
            exc,
            zx.XMLSyntaxError
            | zx.XMLParseError
            | etree.XMLSyntaxError
            | zx.ValidationError
            | zx.UnexpectedElementError
            | ValueError
            | TypeError
            | AttributeError
            | LookupError,
        ):
            return CallFailedError(
                CallProblem(
                    service,
                    operation,
                    ProblemKind.MALFORMED,
                    _t("The device's answer could not be understood."),
                )
            )
        return CallFailedError(
            CallProblem(
                service,
                operation,
                ProblemKind.TRANSPORT,
                _t("The call failed ({error}).").format(error=type(exc).__name__),
            )
        )

    def _media2_call(self, operation: str, params: dict[str, Any]) -> Any:
        """Media2 as plain SOAP: onvif-zeep ships no ver20 media WSDL."""
        xaddr = self.services.get(NS_MEDIA2)
        if not xaddr:
            raise CallFailedError(
                CallProblem(
                    "media2",
                    operation,
                    ProblemKind.UNSUPPORTED,
                    _t("The device does not offer this service."),
                )
            )
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
        reply = http_exchange(
            self.on_own_host(xaddr),
            "POST",
            etree.tostring(envelope, xml_declaration=True, encoding="utf-8"),
            {
                "Content-Type": f'application/soap+xml; charset=utf-8; action="{NS_MEDIA2}/'
                f'{operation}"'
            },
            deadline=self._call_deadline(),
            max_bytes=MAX_SOAP_REPLY,
        )
        from zeep import exceptions as zx

        response = _checked_soap_reply(reply)

        if not response.content:
            raise zx.TransportError("empty answer", status_code=response.status_code)  # type: ignore[no-untyped-call]
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        try:
            doc = etree.fromstring(response.content, parser)
        except etree.XMLSyntaxError as exc:
            raise zx.TransportError("invalid XML", status_code=200) from exc  # type: ignore[no-untyped-call]
        fault = doc.find(f".//{{{NS_SOAP}}}Fault")
        if fault is not None:
            subcodes = [
                etree.QName(v.text.split(":")[-1])
                for v in fault.iterfind(f".//{{{NS_SOAP}}}Subcode/{{{NS_SOAP}}}Value")
                if v.text
            ]
            reason = fault.findtext(f".//{{{NS_SOAP}}}Text") or ""
            raise zx.Fault(
                reason,
                code=fault.findtext(f".//{{{NS_SOAP}}}Code/{{{NS_SOAP}}}Value"),  # type: ignore[no-untyped-call]
                subcodes=subcodes,
            )
        if response.status_code != 200:
            raise zx.TransportError("HTTP error", status_code=response.status_code)  # type: ignore[no-untyped-call]
        found = doc.find(f".//{{{NS_SOAP}}}Body/{{{NS_MEDIA2}}}{operation}Response")
        if found is None:
            raise ValueError("no response element")
        return found

    def try_call(self, service: str, operation: str, **params: Any) -> Any:
        """A call whose failure is recorded as a problem; returns None then."""
        try:
            return self.call(service, operation, **params)
        except CallFailedError as failed:
            self.problems.append(failed.problem)
            return None

    # -- connecting --

    def connect(self) -> DeviceInfo:
        """Read the device's clock, log in (with its time if ours is refused), read its info.

        Raises OnvifError when the device cannot be reached, is not ONVIF or refuses the account.
        """
        clock = self.try_call("device", "GetSystemDateAndTime")
        if clock is not None:
            self.clock_offset_s = _clock_offset(clock)
        try:
            info = self.call("device", "GetDeviceInformation")
        except CallFailedError as failed:
            refused = failed.problem.message == _t("The device refused the account.")
            if refused and self.clock_offset_s is not None and abs(self.clock_offset_s) > 1:
                self.dt_diff = dt.timedelta(seconds=self.clock_offset_s)
                self._zeep.clear()
                try:
                    info = self.call("device", "GetDeviceInformation")
                except CallFailedError as again:
                    raise self._fatal(again.problem) from None
                self.offset_used_for_login = True
            else:
                raise self._fatal(failed.problem) from None
        return DeviceInfo(
            manufacturer=field_text(info, "Manufacturer"),
            model=field_text(info, "Model"),
            firmware=field_text(info, "FirmwareVersion"),
            serial=field_text(info, "SerialNumber"),
            hardware_id=field_text(info, "HardwareId"),
        )

    def _fatal(self, problem: CallProblem) -> OnvifError:
        address = f"{self.host}:{self.port}"
        if problem.message == _t("The device refused the account."):
            return OnvifError(
                _t(
                    'The device at {address} refused the account "{user}": the user name or '
                    "password is wrong, or the account may not use ONVIF."
                ).format(address=address, user=self.user),
                OnvifErrorKind.AUTH,
            )
        if problem.kind is ProblemKind.TIMEOUT:
            return OnvifError(
                _t("The device at {address} did not answer within {seconds:g} s.").format(
                    address=address, seconds=self.timeout
                ),
                OnvifErrorKind.TIMEOUT,
            )
        return OnvifError(
            _t("The device at {address} does not answer as an ONVIF device ({problem}).").format(
                address=address, problem=problem.message
            ),
            OnvifErrorKind.NOT_ONVIF,
        )

    def discover_services(self) -> dict[str, str]:
        """Service namespace → XAddr, from GetServices or, failing that, GetCapabilities."""
        answer = self.try_call("device", "GetServices", IncludeCapability=False)
        for service in answer or []:
            namespace, xaddr = field_text(service, "Namespace"), field_text(service, "XAddr")
            if namespace and xaddr:
                self.services[namespace] = self.on_own_host(xaddr)
        if NS_MEDIA not in self.services:
            if answer is not None:
                self.problems.append(
                    CallProblem(
                        "device",
                        "GetServices",
                        ProblemKind.EMPTY,
                        _t("The answer lists no media service."),
                    )
                )
            caps = self.try_call("device", "GetCapabilities", Category="All")
            for name, namespace in (("Media", NS_MEDIA), ("PTZ", NS_PTZ)):
                section = get_field(caps, name)
                xaddr = field_text(section, "XAddr")
                if xaddr:
                    self.services.setdefault(namespace, self.on_own_host(xaddr))
        return dict(self.services)

    def on_own_host(self, xaddr: str) -> str:
        """``xaddr`` pointed at this device when it names a host the EPE did not register.

        Every SOAP call carries the WS-Security token made from the EPE's password: it goes to
        the registered hosts only. A device behind NAT names its inner address; a hostile one
        names any host. Either way the call goes to the address the officer gave.
        """
        if self.scope.allows(xaddr):
            return xaddr
        parts = urllib.parse.urlsplit(xaddr)
        log.info("onvif %s:%s names another host for a service", self.host, self.port)
        netloc = self._device_xaddr().split("/")[2]
        return urllib.parse.urlunsplit(("http", netloc, parts.path, parts.query, ""))

    def fetch_snapshot(self, uri: str, max_bytes: int = MAX_SNAPSHOT) -> bytes | None:
        """The JPEG behind a snapshot URI, or None with a problem.

        The account goes only to a registered host, as HTTP digest; HTTP Basic (the password
        itself) only over HTTPS or for an EPE marked as needing it. No redirect is followed.
        """
        if not uri:
            return None
        started = time.monotonic()
        picture: bytes | None = None
        problem = _t("The snapshot could not be fetched.")
        if not self.scope.allows(uri):
            problem = _t(
                "The device gives its snapshot on another host ({host}); the EPE's account is not "
                "sent there."
            ).format(host=url_host(uri))
        else:
            try:
                picture, refused = self._snapshot_exchange(uri, self._call_deadline(), max_bytes)
                if refused:
                    problem = refused
            except TimeoutError:
                if self.deadline is not None and self.deadline.expired:
                    raise self._out_of_time() from None
                problem = _t("No answer within {seconds:g} s.").format(seconds=self.timeout)
            except ReplyTooLargeError:
                problem = _t(
                    "The snapshot is larger than {megabytes:g} MB; it was not read."
                ).format(megabytes=max_bytes / 1_000_000)
            except (OSError, http.client.HTTPException) as exc:
                log.info("snapshot %s failed: %s", redact_url(uri), type(exc).__name__)
        self.calls.append(
            CallRecord("snapshot", "GET", time.monotonic() - started, picture is not None)
        )
        if picture is None:
            self.problems.append(CallProblem("snapshot", "GET", ProblemKind.TRANSPORT, problem))
        return picture

    def _snapshot_exchange(
        self, uri: str, deadline: Deadline, max_bytes: int
    ) -> tuple[bytes | None, str]:
        """(the JPEG or None, why the account was not sent or "")."""
        reply = http_exchange(uri, deadline=deadline, max_bytes=max_bytes)
        if reply.status == 401:
            offered = reply.all("WWW-Authenticate")
            digest = DigestAuth(self.user, self._password)
            parts = urllib.parse.urlsplit(uri)
            path = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
            if any(digest.learn(header) for header in offered):
                answer = digest.header("GET", path) or ""
            elif "basic" in challenges(offered) and self.scope.basic_allowed(uri):
                token = base64.b64encode(f"{self.user}:{self._password}".encode()).decode()
                answer = f"Basic {token}"
            else:
                return None, _t(
                    "The device asks for the password in clear text (HTTP Basic); epewall does "
                    "not send it. Ask the EPE to turn on digest authentication."
                )
            reply = http_exchange(
                uri, headers={"Authorization": answer}, deadline=deadline, max_bytes=max_bytes
            )
        if reply.status == 200 and reply.body[:2] == b"\xff\xd8":
            return reply.body, ""
        return None, ""


def open_session(
    host: str, port: int, user: str, password: str, timeout: float = DEFAULT_TIMEOUT_S
) -> OnvifClient:
    """A logged-in client that knows the device's services (PTZ commands, PTZ discovery).
    Close it after use.

    Raises OnvifError like ``OnvifClient.connect``.
    """
    client = OnvifClient(host, port, user, password, timeout=timeout)
    try:
        client.connect()
        client.discover_services()
    except BaseException:
        client.close()
        raise
    return client


# ------------------------------------------------------------------------------- reading answers
# zeep answers are objects, dicts or missing parts depending on the device: these read a field
# of any of them, and a number that is absent or garbled as "unknown" instead of an exception.


def get_field(obj: Any, name: str) -> Any:
    if obj is None:
        return None
    if isinstance(obj, dict):
        return obj.get(name)
    try:
        return obj[name]
    except (KeyError, TypeError, IndexError, AttributeError):
        return getattr(obj, name, None)


def field_text(obj: Any, name: str) -> str:
    value = get_field(obj, name)
    return "" if value is None else str(value)


def as_int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def as_float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _clock_offset(answer: Any) -> float | None:
    utc = get_field(answer, "UTCDateTime")
    date, clock = get_field(utc, "Date"), get_field(utc, "Time")
    try:
        device = dt.datetime(
            as_int(get_field(date, "Year")),
            as_int(get_field(date, "Month")),
            as_int(get_field(date, "Day")),
            as_int(get_field(clock, "Hour")),
            as_int(get_field(clock, "Minute")),
            as_int(get_field(clock, "Second")),
            tzinfo=dt.UTC,
        )
    except ValueError:
        return None
    return (device - dt.datetime.now(dt.UTC)).total_seconds()
