"""The ONVIF event service of one device, PullPoint style, as plain SOAP.

Not onvif-zeep: its event client needs WS-Addressing plumbing per subscription and builds a zeep
client (WSDL binding, plugins) for every subscription, and zeep's own transport has no total
deadline. Here every call is one ``app.peers.http_exchange``: one total deadline (for
PullMessages, its long-poll Timeout plus a margin), a reply capped at ``MAX_EVENTS_REPLY``, no
redirect, and the WS-UsernameToken (made from the EPE's password) only for the device's own host:
a subscription address on another host is pointed back at the device, as ``OnvifClient`` does for
service addresses. Replies are parsed by lxml with entities and network off and no recovery.
Blocking: each device's thread (``manager``) calls it.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import hashlib
import http.client
import os
import re
import time
import urllib.parse
from dataclasses import dataclass
from xml.sax.saxutils import escape

from lxml import etree
from PySide6.QtCore import QCoreApplication

from app.peers import (
    CredentialScope,
    Deadline,
    PeerTimeoutError,
    ReplyTooLargeError,
    http_exchange,
)
from app.warnings.topics import DeviceEvent

NS_SOAP = "http://www.w3.org/2003/05/soap-envelope"
NS_TDS = "http://www.onvif.org/ver10/device/wsdl"
NS_TEV = "http://www.onvif.org/ver10/events/wsdl"
NS_WSNT = "http://docs.oasis-open.org/wsn/b-2"
NS_WSA = "http://www.w3.org/2005/08/addressing"
NS_TT = "http://www.onvif.org/ver10/schema"
_WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
_WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"
_DIGEST = (
    "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0"
    "#PasswordDigest"
)
_BASE64 = (
    "http://docs.oasis-open.org/wss/2004/01/oasis-200401-soap-message-security-1.0#Base64Binary"
)
# A page of 100 notifications is ~60 KB; anything near this is not an event reply.
MAX_EVENTS_REPLY = 1_000_000
MAX_MESSAGES = 100
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=False, huge_tree=False)


def _t(text: str) -> str:
    return QCoreApplication.translate("Warnings", text)


class EventsFailure(enum.StrEnum):
    UNREACHABLE = "unreachable"
    TIMEOUT = "timeout"
    REFUSED = "refused"  # the account
    UNSUPPORTED = "unsupported"  # no PullPoint on this device
    FAULT = "fault"
    MALFORMED = "malformed"
    GONE = "gone"  # the subscription is unknown to the device (expired, device restarted)


class EventsError(Exception):
    """A call to the event service failed; ``str()`` is translated and secret-free."""

    def __init__(self, failure: EventsFailure, message: str) -> None:
        super().__init__(message)
        self.failure = failure


@dataclass(frozen=True)
class Subscription:
    address: str  # where PullMessages, Renew and Unsubscribe go (on the device's host)
    terminates: float  # monotonic time the device ends it unless renewed


def _duration(seconds: float) -> str:
    return f"PT{max(1, round(seconds))}S"


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _find(root: etree._Element, name: str) -> etree._Element | None:
    for element in root.iter():
        if isinstance(element.tag, str) and _local(element.tag) == name:
            return element
    return None


def _text(root: etree._Element | None, name: str) -> str:
    if root is None:
        return ""
    found = _find(root, name)
    return (found.text or "").strip() if found is not None else ""


def _moment(text: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


class PullPointClient:
    """One device's event service. Not thread-safe: one client per device thread."""

    def __init__(
        self,
        host: str,
        port: int,
        user: str,
        password: str,
        scope: CredentialScope | None = None,
        timeout_s: float = 8.0,
    ) -> None:
        self.host = host
        self.port = port
        self.user = user
        self._password = password
        self.scope = (scope or CredentialScope()).with_host(host)
        self.timeout_s = timeout_s
        self.clock_offset_s = 0.0
        self.events_address = ""

    def __repr__(self) -> str:
        return f"PullPointClient({self.host}:{self.port}, user={self.user!r})"

    @property
    def _base(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def own_host(self, address: str) -> str:
        """``address`` on the device's own host unless that host is registered for the EPE."""
        if self.scope.allows(address):
            return address
        parts = urllib.parse.urlsplit(address)
        return self._base + urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))

    # -- SOAP --

    def _security(self) -> str:
        nonce = os.urandom(16)
        created = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=self.clock_offset_s)).strftime(
            "%Y-%m-%dT%H:%M:%S.000Z"
        )
        digest = base64.b64encode(
            hashlib.sha1(nonce + created.encode() + self._password.encode()).digest()
        ).decode()
        return (
            f'<wsse:Security xmlns:wsse="{_WSSE}" xmlns:wsu="{_WSU}" s:mustUnderstand="1">'
            f"<wsse:UsernameToken><wsse:Username>{escape(self.user)}</wsse:Username>"
            f'<wsse:Password Type="{_DIGEST}">{digest}</wsse:Password>'
            f'<wsse:Nonce EncodingType="{_BASE64}">{base64.b64encode(nonce).decode()}'
            f"</wsse:Nonce><wsu:Created>{created}</wsu:Created></wsse:UsernameToken>"
            "</wsse:Security>"
        )

    def call(
        self,
        address: str,
        action: str,
        body: str,
        *,
        secure: bool = True,
        wait_s: float = 0.0,
        timeout_s: float | None = None,
    ) -> etree._Element:
        """POST one SOAP request to ``address``; the Body's first element of the answer.

        ``wait_s``: how long the device may hold the answer on purpose (a long poll), added to
        the call's own timeout. Raises EventsError.
        """
        address = self.own_host(address)
        header = (self._security() if secure else "") + (
            f"<wsa:Action>{escape(action)}</wsa:Action><wsa:To>{escape(address)}</wsa:To>"
        )
        envelope = (
            f'<?xml version="1.0" encoding="UTF-8"?><s:Envelope xmlns:s="{NS_SOAP}" '
            f'xmlns:wsa="{NS_WSA}" xmlns:tds="{NS_TDS}" xmlns:tev="{NS_TEV}" '
            f'xmlns:wsnt="{NS_WSNT}" xmlns:tt="{NS_TT}"><s:Header>{header}</s:Header>'
            f"<s:Body>{body}</s:Body></s:Envelope>"
        ).encode()
        where = f"{self.host}:{self.port}"
        own = self.timeout_s if timeout_s is None else timeout_s
        try:
            reply = http_exchange(
                address,
                "POST",
                envelope,
                {"Content-Type": f'application/soap+xml; charset=utf-8; action="{action}"'},
                deadline=Deadline(own + wait_s),
                max_bytes=MAX_EVENTS_REPLY,
            )
        except PeerTimeoutError:
            raise EventsError(
                EventsFailure.TIMEOUT,
                _t("The device at {address} did not answer within {seconds:g} s.").format(
                    address=where, seconds=own + wait_s
                ),
            ) from None
        except ReplyTooLargeError:
            raise EventsError(
                EventsFailure.MALFORMED,
                _t("The device's answer is larger than any real answer; it was not read."),
            ) from None
        except (OSError, http.client.HTTPException):
            raise EventsError(
                EventsFailure.UNREACHABLE,
                _t("Cannot connect to {address}.").format(address=where),
            ) from None
        if reply.status in (401, 403):
            raise EventsError(EventsFailure.REFUSED, _t("The device refused the account."))
        try:
            root = etree.fromstring(reply.body, _PARSER) if reply.body else None
        except etree.XMLSyntaxError:
            root = None
        if root is None:
            raise EventsError(EventsFailure.MALFORMED, _t("The device's answer is not valid XML."))
        fault = _find(root, "Fault")
        if fault is not None:
            raise self._fault(fault)
        body_element = _find(root, "Body")
        if body_element is None or not len(body_element) or reply.status != 200:
            raise EventsError(
                EventsFailure.MALFORMED, _t("The device's answer could not be understood.")
            )
        return body_element[0]

    @staticmethod
    def _fault(fault: etree._Element) -> EventsError:
        codes = " ".join(
            (value.text or "")
            for value in fault.iter()
            if isinstance(value.tag, str) and _local(value.tag) == "Value"
        )
        reason = _text(fault, "Text")[:200]
        if re.search(r"NotAuthorized|FailedAuthentication", codes):
            return EventsError(EventsFailure.REFUSED, _t("The device refused the account."))
        if re.search(r"ResourceUnknown|InvalidSubscription|UnableToDestroy", codes + reason):
            return EventsError(
                EventsFailure.GONE, _t("The device no longer knows the subscription.")
            )
        if re.search(r"ActionNotSupported|NotImplemented|ServiceNotSupported", codes):
            return EventsError(
                EventsFailure.UNSUPPORTED,
                _t("The device does not offer ONVIF event subscriptions."),
            )
        return EventsError(
            EventsFailure.FAULT,
            _t("The device answered with an error: {reason}").format(reason=reason),
        )

    # -- the device --

    def read_clock(self) -> None:
        """The device's clock offset, so that the token's Created is what the device expects."""
        reply = self.call(
            f"{self._base}/onvif/device_service",
            f"{NS_TDS}/GetSystemDateAndTime",
            "<tds:GetSystemDateAndTime/>",
            secure=False,
        )
        utc = _find(reply, "UTCDateTime")
        if utc is None:
            return
        try:
            device = dt.datetime(
                int(_text(utc, "Year")),
                int(_text(utc, "Month")),
                int(_text(utc, "Day")),
                int(_text(utc, "Hour")),
                int(_text(utc, "Minute")),
                int(_text(utc, "Second")),
                tzinfo=dt.UTC,
            )
        except ValueError:
            return
        offset = (device - dt.datetime.now(dt.UTC)).total_seconds()
        self.clock_offset_s = offset if abs(offset) > 2 else 0.0

    def find_events_service(self) -> str:
        """The event service's address: GetCapabilities (Events), else GetServices for a device
        that answers only that. EventsError UNSUPPORTED when the device has none or no
        PullPoint."""
        none = EventsError(
            EventsFailure.UNSUPPORTED, _t("The device does not offer ONVIF event subscriptions.")
        )
        device = f"{self._base}/onvif/device_service"
        address = ""
        try:
            reply = self.call(
                device,
                f"{NS_TDS}/GetCapabilities",
                "<tds:GetCapabilities><tds:Category>Events</tds:Category></tds:GetCapabilities>",
            )
        except EventsError as exc:
            if exc.failure in (EventsFailure.UNREACHABLE, EventsFailure.TIMEOUT):
                raise
        else:
            events = _find(reply, "Events")
            if _text(events, "WSPullPointSupport").lower() == "false":
                raise none
            address = _text(events, "XAddr")
        if not address:
            reply = self.call(
                device,
                f"{NS_TDS}/GetServices",
                "<tds:GetServices><tds:IncludeCapability>false</tds:IncludeCapability>"
                "</tds:GetServices>",
            )
            for service in reply:
                if _text(service, "Namespace") == NS_TEV:
                    address = _text(service, "XAddr")
        if not address:
            raise none
        self.events_address = self.own_host(address)
        return self.events_address

    def subscribe(self, seconds: float) -> Subscription:
        if not self.events_address:
            self.find_events_service()
        reply = self.call(
            self.events_address,
            f"{NS_TEV}/EventPortType/CreatePullPointSubscriptionRequest",
            "<tev:CreatePullPointSubscription><tev:InitialTerminationTime>"
            f"{_duration(seconds)}</tev:InitialTerminationTime></tev:CreatePullPointSubscription>",
        )
        reference = _find(reply, "SubscriptionReference")
        address = _text(reference, "Address")
        if not address:
            raise EventsError(
                EventsFailure.MALFORMED, _t("The device's answer could not be understood.")
            )
        return Subscription(self.own_host(address), self._terminates(reply, seconds))

    def _terminates(self, reply: etree._Element, asked_s: float) -> float:
        current, until = (
            _moment(_text(reply, "CurrentTime")),
            _moment(_text(reply, "TerminationTime")),
        )
        left = asked_s
        if current is not None and until is not None:
            left = (until - current).total_seconds()
        return time.monotonic() + max(1.0, min(left, asked_s * 10))

    def pull(
        self, subscription: Subscription, timeout_s: float, limit: int = MAX_MESSAGES
    ) -> list[DeviceEvent]:
        """The next notifications, waiting up to ``timeout_s`` on the device for the first."""
        reply = self.call(
            subscription.address,
            f"{NS_TEV}/PullPointSubscription/PullMessagesRequest",
            f"<tev:PullMessages><tev:Timeout>{_duration(timeout_s)}</tev:Timeout>"
            f"<tev:MessageLimit>{limit}</tev:MessageLimit></tev:PullMessages>",
            wait_s=timeout_s,
        )
        out: list[DeviceEvent] = []
        for note in reply.iter(f"{{{NS_WSNT}}}NotificationMessage"):
            event = _event(note)
            if event is not None:
                out.append(event)
            if len(out) >= MAX_MESSAGES:
                break
        return out

    def renew(self, subscription: Subscription, seconds: float) -> Subscription:
        reply = self.call(
            subscription.address,
            f"{NS_WSNT}/SubscriptionManager/RenewRequest",
            f"<wsnt:Renew><wsnt:TerminationTime>{_duration(seconds)}</wsnt:TerminationTime>"
            "</wsnt:Renew>",
        )
        return Subscription(subscription.address, self._terminates(reply, seconds))

    def unsubscribe(self, subscription: Subscription, timeout_s: float | None = None) -> None:
        self.call(
            subscription.address,
            f"{NS_WSNT}/SubscriptionManager/UnsubscribeRequest",
            "<wsnt:Unsubscribe/>",
            timeout_s=timeout_s,
        )


def _items(parent: etree._Element | None) -> dict[str, str]:
    if parent is None:
        return {}
    return {
        str(item.get("Name") or ""): str(item.get("Value") or "")
        for item in parent.iter(f"{{{NS_TT}}}SimpleItem")
        if item.get("Name")
    }


def _event(note: etree._Element) -> DeviceEvent | None:
    topic_element = note.find(f"{{{NS_WSNT}}}Topic")
    message = note.find(f".//{{{NS_TT}}}Message")
    if topic_element is None or message is None:
        return None
    topic = (topic_element.text or "").strip()[:300]
    at = _moment(str(message.get("UtcTime") or "")) or dt.datetime.now(dt.UTC)
    return DeviceEvent(
        topic=topic,
        at=at.astimezone(dt.UTC),
        source=_items(message.find(f"{{{NS_TT}}}Source")),
        data=_items(message.find(f"{{{NS_TT}}}Data")),
        operation=str(message.get("PropertyOperation") or "Changed"),
    )
