"""Calls to hostile peers: the EPEs' cameras, NVRs and recorders.

Every peer is treated as hostile. A call has one **total deadline** (connect, headers and body
together), enforced by a watchdog that shuts the socket when it passes, so a peer that trickles a
byte a second cannot hold a worker past it. Every reply has a **size cap** by kind, a
``Content-Length`` that is negative, garbled or over the cap is refused before anything is read,
and the kernel's receive buffer is kept small so a peer cannot push much past the cap. An EPE's
account goes only to the **hosts registered for that EPE** (``CredentialScope``), and never as
HTTP/RTSP ``Basic`` over plain text unless the EPE is marked as needing it.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import re
import secrets
import socket
import ssl
import threading
import time
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

# Reply caps by kind: what a real device sends is far below each.
MAX_SOAP_REPLY = 2_000_000
# A search page of 50 items is ~20 KB; a whole search of a month of hour-long files ~300 KB.
MAX_SEARCH_PAGE = 1_000_000
MAX_SEARCH_TOTAL = 16_000_000
MAX_SNAPSHOT = 4_000_000
MAX_RTSP_HEAD = 64_000
MAX_RTSP_BODY = 256_000
# The kernel's receive buffer per connection (the kernel doubles it): what a peer can push past
# a cap before we stop reading and close.
RECEIVE_BUFFER = 256_000
_CHUNK = 65_536


class PeerTimeoutError(TimeoutError):
    """The call's total deadline passed."""


class ReplyTooLargeError(Exception):
    """The reply is over its cap, or announced a length that cannot be right."""


class Deadline:
    """The moment a call must be over by."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def remaining(self) -> float:
        """Seconds left; PeerTimeoutError when none."""
        left = self.at - time.monotonic()
        if left <= 0:
            raise PeerTimeoutError(f"no complete answer within {self.seconds:g} s")
        return left

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self.at


@contextlib.contextmanager
def watchdog(sock: socket.socket, deadline: Deadline) -> Iterator[None]:
    """Shut ``sock`` when ``deadline`` passes: a blocked read then returns at once."""

    def cut() -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)

    timer = threading.Timer(max(0.0, deadline.at - time.monotonic()), cut)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def limit_receive_buffer(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER)


def announced_length(value: str | None, cap: int) -> int | None:
    """A ``Content-Length`` header as a number; ReplyTooLargeError when negative, garbled or
    over ``cap``; None when absent."""
    if value is None:
        return None
    text = value.strip()
    if not text.isdigit() or len(text) > 12:
        raise ReplyTooLargeError(f"Content-Length {text[:20]!r}")
    length = int(text)
    if length > cap:
        raise ReplyTooLargeError(f"Content-Length {length} over the cap of {cap}")
    return length


# ------------------------------------------------------------------------------ where accounts go


def url_host(url: str) -> str:
    """The host of ``url`` in the form ``CredentialScope`` compares (lower case, no brackets)."""
    try:
        return (urllib.parse.urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


@dataclass(frozen=True)
class CredentialScope:
    """Where an EPE's account may be sent: the hosts registered for the EPE (its camera URLs,
    its ONVIF device and recorder), and whether it may go as ``Basic`` over plain text."""

    hosts: frozenset[str] = field(default_factory=frozenset)
    allow_basic: bool = False

    @classmethod
    def of(cls, hosts: Iterable[str], allow_basic: bool = False) -> CredentialScope:
        cleaned = (h.strip().strip("[]").lower() for h in hosts if h.strip())
        return cls(frozenset(cleaned), allow_basic)

    def with_host(self, host: str) -> CredentialScope:
        return CredentialScope.of([*self.hosts, host], self.allow_basic)

    def allows(self, url: str) -> bool:
        host = url_host(url)
        return bool(host) and host in self.hosts

    def basic_allowed(self, url: str) -> bool:
        """Basic sends the password itself: only over TLS, or for an EPE marked as needing it."""
        scheme = urllib.parse.urlsplit(url).scheme.lower()
        return self.allow_basic or scheme in ("https", "rtsps")


def challenges(headers: Iterable[str]) -> set[str]:
    """The auth schemes of ``WWW-Authenticate`` headers, lower case ("digest", "basic")."""
    return {value.strip().split(" ", 1)[0].lower() for value in headers if value.strip()}


# ------------------------------------------------------------------------------ HTTP


class DigestAuth:
    """The ``Authorization`` header for a digest challenge, for HTTP and RTSP alike."""

    def __init__(self, user: str, password: str) -> None:
        self._user = user
        self._password = password
        self._challenge: dict[str, str] | None = None
        self._count = 0

    def learn(self, header: str) -> bool:
        """Take a ``WWW-Authenticate`` header; False when it is not a digest challenge."""
        if not header.lower().startswith("digest"):
            return False
        # A quoted value may hold commas (qop="auth-int, auth"); an unquoted one ends at one.
        self._challenge = {
            key: quoted or bare
            for key, quoted, bare in re.findall(r'(\w+)=(?:"([^"]*)"|([^",\s]*))', header[6:])
        }
        self._count = 0
        return True

    def header(self, method: str, uri: str) -> str | None:
        """The header answering the last challenge for ``method uri``; None before any."""
        challenge = self._challenge
        if challenge is None:
            return None
        realm, nonce = challenge.get("realm", ""), challenge.get("nonce", "")
        ha1 = hashlib.md5(f"{self._user}:{realm}:{self._password}".encode()).hexdigest()
        ha2 = hashlib.md5(f"{method}:{uri}".encode()).hexdigest()
        text = f'Digest username="{self._user}", realm="{realm}", nonce="{nonce}", uri="{uri}"'
        if "auth" in [q.strip() for q in challenge.get("qop", "").split(",")]:
            self._count += 1
            nc, cnonce = f"{self._count:08x}", secrets.token_hex(8)
            digest = hashlib.md5(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}".encode()).hexdigest()
            text += f', qop=auth, nc={nc}, cnonce="{cnonce}"'
        else:
            digest = hashlib.md5(f"{ha1}:{nonce}:{ha2}".encode()).hexdigest()
        if "opaque" in challenge:
            text += f', opaque="{challenge["opaque"]}"'
        return text + f', response="{digest}", algorithm=MD5'


@dataclass(frozen=True)
class HttpReply:
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None

    def all(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k.lower() == name.lower()]


def http_exchange(
    url: str,
    method: str = "GET",
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    *,
    deadline: Deadline,
    max_bytes: int,
) -> HttpReply:
    """One HTTP request on its own connection, over by ``deadline``, reply capped at
    ``max_bytes``. Follows no redirect (a 3xx is returned as it is).

    Raises PeerTimeoutError, ReplyTooLargeError, http.client.HTTPException or OSError.
    """
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    path = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    connection: http.client.HTTPConnection
    timeout = deadline.remaining()
    if parts.scheme.lower() == "https":
        connection = http.client.HTTPSConnection(
            host, parts.port or 443, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        connection = http.client.HTTPConnection(host, parts.port or 80, timeout=timeout)
    reply: http.client.HTTPResponse | None = None
    try:
        connection.connect()
        assert connection.sock is not None
        limit_receive_buffer(connection.sock)
        with watchdog(connection.sock, deadline):
            connection.request(method, path, body=body, headers=headers or {})
            reply = connection.getresponse()
            announced_length(reply.getheader("Content-Length"), max_bytes)
            data = bytearray()
            while True:
                chunk = reply.read(min(_CHUNK, max_bytes + 1 - len(data)))
                if not chunk:
                    break
                data += chunk
                if len(data) > max_bytes:
                    raise ReplyTooLargeError(f"reply over the cap of {max_bytes} bytes")
            deadline.remaining()
            return HttpReply(reply.status, list(reply.getheaders()), bytes(data))
    except (OSError, http.client.HTTPException):
        # A read cut by the watchdog looks like a dropped connection: name it for what it is.
        if deadline.expired:
            raise PeerTimeoutError(f"no complete answer within {deadline.seconds:g} s") from None
        raise
    finally:
        if reply is not None:
            reply.close()  # its file holds the socket open past connection.close()
        connection.close()


# ------------------------------------------------------------------------------ RTSP


def rtsp_challenges(url: str, deadline: Deadline, user_agent: str = "") -> tuple[int, set[str]]:
    """Ask ``url`` (rtsp://) for its description without credentials: the reply's status and
    the auth schemes it demands. Nothing secret is sent."""
    parts = urllib.parse.urlsplit(url)
    host, port = parts.hostname or "", parts.port or 554
    clean = urllib.parse.urlunsplit(
        (
            parts.scheme,
            f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
            parts.path,
            parts.query,
            "",
        )
    )
    request = (
        f"DESCRIBE {clean} RTSP/1.0\r\nCSeq: 1\r\nAccept: application/sdp\r\n"
        + (f"User-Agent: {user_agent}\r\n" if user_agent else "")
        + "\r\n"
    ).encode()
    try:
        sock = socket.create_connection((host, port), timeout=deadline.remaining())
    except OSError:
        if deadline.expired:
            raise PeerTimeoutError(f"no answer within {deadline.seconds:g} s") from None
        raise
    try:
        limit_receive_buffer(sock)
        with watchdog(sock, deadline):
            sock.sendall(request)
            head = bytearray()
            while b"\r\n\r\n" not in head and b"\n\n" not in head:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                head += chunk
                if len(head) > MAX_RTSP_HEAD:
                    raise ReplyTooLargeError(f"RTSP header over {MAX_RTSP_HEAD} bytes")
        deadline.remaining()
    except OSError:
        if deadline.expired:
            raise PeerTimeoutError(f"no complete answer within {deadline.seconds:g} s") from None
        raise
    finally:
        sock.close()
    lines = head.decode("latin-1").replace("\r\n", "\n").split("\n")
    first = lines[0].split(" ", 2)
    if len(first) < 2 or not first[0].startswith("RTSP/") or not first[1].isdigit():
        raise http.client.BadStatusLine(lines[0][:80])
    found = [
        line.partition(":")[2] for line in lines[1:] if line.lower().startswith("www-authenticate:")
    ]
    return int(first[1]), challenges(found)
