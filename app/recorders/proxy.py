"""A local RTSP proxy for ONVIF Profile G replay, which FFmpeg and libVLC cannot ask for.

Profile G wants ``Require: onvif-replay`` on every request and ``Range: clock=20261122T021500Z-``
(absolute UTC) on PLAY; a later PLAY with a new Range seeks. The proxy listens on 127.0.0.1 only.
PyAV opens ``rtsp://127.0.0.1:PORT/replay/TOKEN`` without credentials; the proxy rewrites each
request for the recorder, adds those headers and the digest ``Authorization`` (the password is
given to ``open`` by the caller, from the keyring, and never leaves memory), rewrites the URLs in
replies back, and passes the interleaved RTP/RTCP frames through untouched.

Threads, not asyncio: two per client (one each way) and one accepting, all daemons, all ended by
``close``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import re
import secrets
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import BinaryIO
from urllib.parse import urlsplit

from app.peers import MAX_RTSP_BODY, MAX_RTSP_HEAD, ReplyTooLargeError, announced_length
from app.recorders.base import ReplaySource
from app.recorders.http import DigestAuth

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
CONNECT_TIMEOUT_S = 8.0
# Requests the proxy makes itself (a seek) use CSeqs from here, and their replies are swallowed.
OWN_CSEQ_BASE = 900_000
# Once a message or frame from the recorder has begun, all of it must arrive within this: a
# recorder that trickles a header byte by byte is cut off, not waited for.
MESSAGE_TIMEOUT_S = 8.0
MAX_HEADER_BYTES = MAX_RTSP_HEAD


def clock_range(start: dt.datetime, end: dt.datetime | None = None) -> str:
    def stamp(moment: dt.datetime) -> str:
        utc = moment.astimezone(dt.UTC)
        return utc.strftime("%Y%m%dT%H%M%S") + f".{utc.microsecond // 1000:03d}Z"

    return f"clock={stamp(start)}-" + (stamp(end) if end is not None else "")


@dataclass
class _Message:
    first_line: str
    headers: list[tuple[str, str]]
    body: bytes = b""

    def get(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None

    def set(self, name: str, value: str) -> None:
        self.remove(name)
        self.headers.append((name, value))

    def remove(self, name: str) -> None:
        self.headers = [(k, v) for k, v in self.headers if k.lower() != name.lower()]

    def encode(self) -> bytes:
        self.remove("Content-Length")
        if self.body:
            self.headers.append(("Content-Length", str(len(self.body))))
        lines = [self.first_line, *(f"{k}: {v}" for k, v in self.headers)]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + self.body


def _read_message(stream: BinaryIO, first: bytes) -> _Message | None:
    """One RTSP message whose first byte was already read; None when the peer closed."""
    head = bytearray(first)
    while not head.endswith(b"\r\n\r\n") and not head.endswith(b"\n\n"):
        byte = stream.read(1)
        if not byte or len(head) > MAX_HEADER_BYTES:
            return None
        head += byte
    lines = head.decode("utf-8", errors="replace").replace("\r\n", "\n").strip("\n").split("\n")
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        key, _, value = line.partition(":")
        headers.append((key.strip(), value.strip()))
    message = _Message(lines[0], headers)
    try:
        # A negative, garbled or huge length would have the proxy read until the peer stops.
        length = announced_length(message.get("Content-Length"), MAX_RTSP_BODY) or 0
    except ReplyTooLargeError as exc:
        log.warning("replay proxy: message refused (%s)", exc)
        return None
    if length:
        message.body = stream.read(length)
        if len(message.body) < length:
            return None
    return message


def _read_frame(stream: BinaryIO) -> bytes | None:
    """The rest of an interleaved ``$`` frame (channel, length, payload)."""
    header = stream.read(3)
    if len(header) < 3:
        return None
    payload = stream.read(int.from_bytes(header[1:3], "big"))
    return b"$" + header + payload


@dataclass
class _Session:
    source: ReplaySource
    user: str
    password: str = field(repr=False)
    connections: list[_Connection] = field(default_factory=list)


class _Connection:
    """One client of the proxy and its own connection to the recorder."""

    def __init__(
        self,
        client: socket.socket,
        session: _Session,
        local_base: str,
        message_timeout_s: float = MESSAGE_TIMEOUT_S,
    ) -> None:
        self._client = client
        self._message_timeout = message_timeout_s
        self._message_started: float | None = None  # when the message being read began
        self._session = session
        self._local_base = local_base
        parts = urlsplit(session.source.url)
        self._upstream_base = session.source.url.split("?", 1)[0].rstrip("/")
        self._query = f"?{parts.query}" if parts.query else ""
        self._upstream = socket.create_connection(
            (parts.hostname or HOST, parts.port or 554), timeout=CONNECT_TIMEOUT_S
        )
        self._upstream.settimeout(None)
        self._digest = DigestAuth(session.user, session.password)
        self._lock = threading.Lock()  # one writer at a time towards each side
        self._sent: dict[str, _Message] = {}
        self._own_cseq = OWN_CSEQ_BASE
        self._rtsp_session: str | None = None
        self._closed = threading.Event()

    def start(self) -> None:
        loops = (
            (self._client_loop, "up"),
            (self._upstream_loop, "down"),
            (self._message_watch, "watch"),
        )
        for target, name in loops:
            threading.Thread(target=target, name=f"replay-proxy-{name}", daemon=True).start()

    def _message_watch(self) -> None:
        """Close the connection when a message from the recorder takes longer than allowed."""
        while not self._closed.wait(min(0.25, self._message_timeout / 8)):
            started = self._message_started
            if started is not None and time.monotonic() - started > self._message_timeout:
                log.warning("replay proxy: the recorder's answer did not end in time")
                self.close()

    def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()
        for sock in (self._client, self._upstream):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _to_upstream_url(self, url: str) -> str:
        suffix = url[len(self._local_base) :] if url.startswith(self._local_base) else ""
        return self._upstream_base + suffix + (self._query if not suffix.strip("/") else "")

    def _send_upstream(self, request: _Message) -> None:
        method, url, version = (request.first_line.split(" ", 2) + ["", ""])[:3]
        upstream_url = self._to_upstream_url(url)
        request.first_line = f"{method} {upstream_url} {version or 'RTSP/1.0'}"
        request.remove("Authorization")
        request.set("Require", "onvif-replay")
        if method == "PLAY":
            source = self._session.source
            start = source.range_start or source.start
            request.set("Range", clock_range(start, None))
            request.remove("Speed")
            request.remove("Scale")
            if source.scale != 1.0:
                request.set("Scale", f"{source.scale:g}")
        auth = self._digest.header(method, upstream_url)
        if auth:
            request.set("Authorization", auth)
        cseq = request.get("CSeq") or ""
        self._sent[cseq] = request
        with self._lock:
            self._upstream.sendall(request.encode())

    def seek(self, moment: dt.datetime) -> None:
        """A new PLAY at ``moment`` (UTC) on the running session: the recorder jumps there."""
        if self._rtsp_session is None:
            return
        self._own_cseq += 1
        request = _Message(
            f"PLAY {self._local_base} RTSP/1.0",
            [("CSeq", str(self._own_cseq)), ("Session", self._rtsp_session)],
        )
        source = self._session.source
        offset = (source.range_start - source.start) if source.range_start else dt.timedelta()
        self._session.source = dataclasses.replace(
            source, start=moment, range_start=moment + offset
        )
        self._send_upstream(request)

    def _client_loop(self) -> None:
        stream = self._client.makefile("rb")
        try:
            while not self._closed.is_set():
                first = stream.read(1)
                if not first:
                    break
                if first == b"$":
                    frame = _read_frame(stream)
                    if frame is None:
                        break
                    with self._lock:
                        self._upstream.sendall(frame)
                    continue
                message = _read_message(stream, first)
                if message is None:
                    break
                self._send_upstream(message)
        except OSError:
            pass
        finally:
            self.close()

    def _upstream_loop(self) -> None:
        stream = self._upstream.makefile("rb")
        try:
            while not self._closed.is_set():
                self._message_started = None
                first = stream.read(1)
                if not first:
                    break
                self._message_started = time.monotonic()
                if first == b"$":
                    frame = _read_frame(stream)
                    if frame is None:
                        break
                    self._message_started = None
                    self._client.sendall(frame)
                    continue
                reply = _read_message(stream, first)
                if reply is None:
                    break
                self._message_started = None
                self._handle_reply(reply)
        except OSError:
            pass
        finally:
            self.close()

    def _handle_reply(self, reply: _Message) -> None:
        cseq = reply.get("CSeq") or ""
        request = self._sent.pop(cseq, None)
        status = reply.first_line.split(" ", 2)[1] if " " in reply.first_line else ""
        challenge = reply.get("WWW-Authenticate") or ""
        if (
            status == "401"
            and request is not None
            and request.get("Authorization") is None
            and self._digest.learn(challenge)
        ):
            # Answer the challenge ourselves: the client never learns the recorder wants a password.
            method, url = request.first_line.split(" ", 2)[:2]
            request.first_line = (
                f"{method} {self._local_base}{url[len(self._upstream_base) :]} RTSP/1.0"
            )
            self._send_upstream(request)
            return
        if (
            request is not None
            and (request.get("CSeq") or "0").isdigit()
            and int(request.get("CSeq") or 0) >= OWN_CSEQ_BASE
        ):
            log.info("replay proxy: seek answered %s", status)
            return
        session = reply.get("Session")
        if session:
            self._rtsp_session = session.split(";", 1)[0].strip()
        for name in ("Content-Base", "Content-Location"):
            value = reply.get(name)
            if value and value.startswith(self._upstream_base):
                reply.set(
                    name, self._local_base + value[len(self._upstream_base) :].split("?", 1)[0]
                )
        if reply.body and self._upstream_base.encode() in reply.body:
            reply.body = reply.body.replace(self._upstream_base.encode(), self._local_base.encode())
        if request is not None and request.first_line.startswith("PLAY"):
            log.info("replay proxy: PLAY %s at %s", status, request.get("Range") or "?")
        self._client.sendall(reply.encode())


class ReplayProxy:
    """``open(source, user, password)`` gives a local URL PyAV can play; ``close()`` ends all."""

    def __init__(self, message_timeout_s: float = MESSAGE_TIMEOUT_S) -> None:
        self._message_timeout = message_timeout_s
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind((HOST, 0))
        self._listener.listen(16)
        self.port: int = self._listener.getsockname()[1]
        self._sessions: dict[str, _Session] = {}
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, name="replay-proxy", daemon=True)
        self._thread.start()

    def open(self, source: ReplaySource, user: str, password: str) -> str:
        token = secrets.token_urlsafe(12)
        with self._lock:
            self._sessions[token] = _Session(source, user, password)
        return f"rtsp://{HOST}:{self.port}/replay/{token}"

    def seek(self, url: str, moment: dt.datetime) -> None:
        """Move every playing connection of ``url`` to ``moment`` (UTC) with a new PLAY."""
        session = self._session(url)
        if session is not None:
            for connection in list(session.connections):
                connection.seek(moment)

    def forget(self, url: str) -> None:
        token = url.rstrip("/").rsplit("/", 1)[-1]
        with self._lock:
            session = self._sessions.pop(token, None)
        for connection in session.connections if session else []:
            connection.close()

    def close(self) -> None:
        self._stopped.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        with self._lock:
            sessions, self._sessions = list(self._sessions.values()), {}
        for session in sessions:
            for connection in session.connections:
                connection.close()
        self._thread.join(timeout=2.0)

    def __enter__(self) -> ReplayProxy:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _session(self, url: str) -> _Session | None:
        match = re.search(r"/replay/([A-Za-z0-9_-]+)", url)
        with self._lock:
            return self._sessions.get(match.group(1)) if match else None

    def _accept_loop(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(
                target=self._serve, args=(client,), name="replay-proxy-client", daemon=True
            ).start()

    def _serve(self, client: socket.socket) -> None:
        # The first request names the session; peek at it without consuming it.
        client.settimeout(CONNECT_TIMEOUT_S)
        try:
            head = client.recv(4096, socket.MSG_PEEK)
        except OSError:
            client.close()
            return
        client.settimeout(None)
        match = re.search(rb"/replay/([A-Za-z0-9_-]+)", head)
        session = None
        if match:
            with self._lock:
                session = self._sessions.get(match.group(1).decode())
        if session is None or match is None:
            with contextlib.suppress(OSError):
                cseq = re.search(rb"CSeq:\s*(\d+)", head)
                client.sendall(
                    b"RTSP/1.0 404 Not Found\r\nCSeq: "
                    + (cseq.group(1) if cseq else b"0")
                    + b"\r\n\r\n"
                )
            client.close()
            return
        base = f"rtsp://{HOST}:{self.port}/replay/{match.group(1).decode()}"
        try:
            connection = _Connection(client, session, base, self._message_timeout)
        except OSError as exc:
            log.warning("replay proxy: cannot reach the recorder (%s)", type(exc).__name__)
            with contextlib.suppress(OSError):
                client.sendall(b"RTSP/1.0 503 Service Unavailable\r\nCSeq: 1\r\n\r\n")
            client.close()
            return
        session.connections.append(connection)
        connection.start()
