"""Outages on demand: a TCP front before every simulated camera and ONVIF device.

Each camera's RTSP URLs point at its own front on 127.0.0.1 (main and sub stream share it), and
each EPE's ONVIF address at the front of its ONVIF server. A healthy front passes the bytes to the
GStreamer RTSP server (or the ONVIF server) unchanged; on demand it

- ``refused``: stops listening, so a connection attempt is refused (RST), as for a device that is
  switched off or a port that is closed; open connections are cut;
- ``silent``: accepts connections and never answers, as behind a dead link; open streams stop;
- ``wrong_account``: answers every request with 401 and a digest challenge, as when the EPE
  changed its password; open connections are cut;
- ``no_picture``: RTSP answers as usual (DESCRIBE, SETUP, PLAY) but no media packet is passed on
  (RTP over TCP; a SETUP for UDP is answered 461 so the client asks again for TCP).

A camera's mode is its own, unless its EPE as a whole is down (``OutageState``): then every
camera and the ONVIF device follow the EPE's mode (``no_picture`` leaves ONVIF answering). A
connection made under one mode is cut when the mode changes (except a healthy stream that goes
silent, which just stops), so a client that reconnects meets the new mode.

Modes change from the schedule in the site configuration (``outages``, see ``config``) and live
through the control channel: one JSON line on a loopback TCP port, with the token from the site
description (0600), answered by one JSON line. Requests are capped in size and time.

The front ports are taken outside the kernel's ephemeral port range and held by a bound socket
(``SO_REUSEPORT``) while refused, so no other program and no outgoing connection takes the port
during an outage and the URLs stay valid when the camera returns. A UDP socket on the same number
keeps the port to one site when several run at once (``PortHold``).

Stdlib only: it runs in the site (Debian's Python); the venv imports it for the client side.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import hmac
import json
import logging
import random
import re
import secrets
import socket
import threading
from collections.abc import Callable, Coroutine, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LOG = logging.getLogger("simsite")

HOST = "127.0.0.1"
MODES = ("none", "refused", "silent", "wrong_account", "no_picture")
# The control channel: one request line of at most this many bytes, within this many seconds.
MAX_REQUEST_BYTES = 1024
MAX_REPLY_BYTES = 256 * 1024
REQUEST_TIMEOUT_S = 2.0
MAX_CONTROL_CLIENTS = 8
# A client may not make a front hold more than this in a request (headers and body) it parses.
MAX_HEADER_BYTES = 16 * 1024
MAX_BODY_BYTES = 1024 * 1024
# Connections a silent or wrong-account front holds at once; the oldest goes first.
MAX_HELD_CONNECTIONS = 256
# Where to look for a front port outside the ephemeral range (see the module doc).
_FALLBACK_RANGE = (20000, 32767)
_PORT_TRIES = 200

# Error codes of the control channel; the venv's client turns them into translated sentences.
ERROR_BAD_REQUEST = "bad_request"
ERROR_BAD_TOKEN = "bad_token"
ERROR_TOO_LARGE = "too_large"
ERROR_TIMEOUT = "timeout"
ERROR_UNKNOWN_EPE = "unknown_epe"
ERROR_UNKNOWN_CAMERA = "unknown_camera"
ERROR_BAD_MODE = "bad_mode"
ERROR_BUSY = "busy"


class ControlError(Exception):
    """A control request was refused; ``code`` is one of the ERROR_ names."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


# ----------------------------------------------------------------------------------- the state


@dataclass(frozen=True)
class CameraKey:
    tax_id: str
    number: int


class OutageState:
    """Which EPEs and cameras are down, and how; thread-safe. ``on_change`` gets the tax ID."""

    def __init__(self, cameras: Iterable[CameraKey], names: dict[str, str]) -> None:
        self._lock = threading.Lock()
        self._cameras = {c: "none" for c in cameras}
        self._epes = {c.tax_id: "none" for c in self._cameras}
        self._names = dict(names)  # tax ID -> EPE name
        self.listeners: list[Callable[[str], None]] = []

    def find_epe(self, name_or_tax_id: str) -> str:
        if name_or_tax_id in self._epes:
            return name_or_tax_id
        for tax_id, name in self._names.items():
            if name == name_or_tax_id:
                return tax_id
        raise ControlError(ERROR_UNKNOWN_EPE, name_or_tax_id)

    def set(self, epe: str, camera: int | None, mode: str) -> None:
        if mode not in MODES:
            raise ControlError(ERROR_BAD_MODE, mode)
        tax_id = self.find_epe(epe)
        with self._lock:
            if camera is None:
                self._epes[tax_id] = mode
            else:
                key = CameraKey(tax_id, camera)
                if key not in self._cameras:
                    raise ControlError(ERROR_UNKNOWN_CAMERA, f"{tax_id}/{camera}")
                self._cameras[key] = mode
        LOG.info(
            "outage: %s %s -> %s",
            tax_id,
            "whole EPE" if camera is None else f"camera {camera}",
            mode,
        )
        for listener in list(self.listeners):
            listener(tax_id)

    def camera_mode(self, key: CameraKey) -> str:
        with self._lock:
            whole = self._epes[key.tax_id]
            return whole if whole != "none" else self._cameras[key]

    def device_mode(self, tax_id: str) -> str:
        """The ONVIF device's mode: the EPE's, except that "no picture" leaves it answering."""
        with self._lock:
            whole = self._epes[tax_id]
        return "none" if whole == "no_picture" else whole

    def snapshot(self) -> list[dict[str, Any]]:
        """Every EPE or camera that is not "none", as the control channel reports them."""
        with self._lock:
            out: list[dict[str, Any]] = [
                {"epe": t, "camera": None, "mode": m} for t, m in self._epes.items() if m != "none"
            ]
            out += [
                {"epe": k.tax_id, "camera": k.number, "mode": m}
                for k, m in self._cameras.items()
                if m != "none"
            ]
        return out


# ----------------------------------------------------------------------------- the schedule


@dataclass(frozen=True)
class ScheduledOutage:
    """One outage of the site configuration: ``start``/``until`` are seconds after the site
    started (float) or an aware datetime; ``until`` None: until changed through the control
    channel."""

    epe: str  # tax ID
    camera: int | None
    mode: str
    start: float | dt.datetime
    until: float | dt.datetime | None = None


def _seconds_from(when: float | dt.datetime, started: dt.datetime) -> float:
    if isinstance(when, dt.datetime):
        return (when - started).total_seconds()
    return float(when)


# --------------------------------------------------------------------------------- the fronts


def _ephemeral_range() -> tuple[int, int]:
    try:
        text = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text(encoding="ascii")
        low, high = (int(x) for x in text.split())
        return low, high
    except (OSError, ValueError):
        return 32768, 60999


def _reuse_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    return sock


class PortHold:
    """A front's port, kept for the site's life: a bound, not listening TCP socket (the front's
    listener shares the port with it through ``SO_REUSEPORT``), and a UDP socket bound to the
    same number without any reuse option, which makes the port this process's alone.

    ``SO_REUSEPORT`` lets every process of the same user bind a port another one holds, so two
    sites running at once (a test's own site beside the session's) could take the same port and
    the kernel would share the connections to it between their fronts: a client of one site then
    met the other site's camera, its account (401) or its ONVIF service. The UDP claim cannot be
    shared, so a second site finds the number taken and picks another; it is released when the
    process ends, however it ends.
    """

    def __init__(self, port: int) -> None:
        claim = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            claim.bind((HOST, port))
        except OSError:
            claim.close()
            raise
        port = int(claim.getsockname()[1])
        tcp = _reuse_socket()
        try:
            tcp.bind((HOST, port))
        except OSError:
            tcp.close()
            claim.close()
            raise
        self.port = port
        self._sockets = (claim, tcp)

    def close(self) -> None:
        for sock in self._sockets:
            sock.close()


def hold_port(wanted: int = 0) -> PortHold:
    """The hold on a port for a front: ``wanted``, else a free one outside the ephemeral range,
    else any. OSError when ``wanted`` is taken, by another program or by another site."""
    if wanted:
        return PortHold(wanted)
    low, high = _ephemeral_range()
    candidates = [p for p in range(*_FALLBACK_RANGE) if not low <= p <= high]
    for port in random.sample(candidates, min(_PORT_TRIES, len(candidates))):
        try:
            return PortHold(port)
        except OSError:
            continue
    for _ in range(_PORT_TRIES):  # a port the kernel picks, whose TCP side may still be taken
        try:
            return PortHold(0)
        except OSError:
            continue
    raise OSError("no free port for a front")


_CSEQ = re.compile(rb"^cseq:[ \t]*(\d{1,10})[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_CONTENT_LENGTH = re.compile(rb"^content-length:[ \t]*(\d{1,10})[ \t]*\r?$", re.I | re.M)
_TRANSPORT = re.compile(rb"^transport:[ \t]*(.*?)\r?$", re.IGNORECASE | re.MULTILINE)


class StreamSplitter:
    """Splits an RTSP (or HTTP) byte stream into whole messages and ``$``-interleaved frames.

    ``feed`` returns ``(kind, bytes)`` with kind "message" (headers and body) or "data" (one
    interleaved frame with its 4-byte header), keeping an incomplete tail for the next call.
    ValueError when a message is too large: the connection is then cut.
    """

    def __init__(self, interleaved: bool = True) -> None:
        self._buffer = bytearray()
        self._interleaved = interleaved

    def feed(self, data: bytes) -> list[tuple[str, bytes]]:
        self._buffer += data
        buffer, pos, out = self._buffer, 0, []
        while pos < len(buffer):
            if self._interleaved and buffer[pos] == 0x24:
                if len(buffer) - pos < 4:
                    break
                size = 4 + int.from_bytes(buffer[pos + 2 : pos + 4], "big")
                if len(buffer) - pos < size:
                    break
                out.append(("data", bytes(buffer[pos : pos + size])))
                pos += size
                continue
            end = buffer.find(b"\r\n\r\n", pos, pos + MAX_HEADER_BYTES + 4)
            if end < 0:
                if len(buffer) - pos > MAX_HEADER_BYTES:
                    raise ValueError("headers too long")
                break
            head = bytes(buffer[pos : end + 4])
            match = _CONTENT_LENGTH.search(head)
            length = int(match.group(1)) if match else 0
            if length > MAX_BODY_BYTES:
                raise ValueError("body too long")
            if len(buffer) - end - 4 < length:
                break
            out.append(("message", bytes(buffer[pos : end + 4 + length])))
            pos = end + 4 + length
        del buffer[:pos]
        return out


def _cseq(message: bytes) -> bytes:
    match = _CSEQ.search(message)
    return match.group(1) if match else b"0"


class _Upstream(asyncio.Protocol):
    """The front's connection to the real server for one client connection."""

    def __init__(self, link: _Link) -> None:
        self.link = link
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.link.from_server(data)

    def pause_writing(self) -> None:
        self.link.pause_client()

    def resume_writing(self) -> None:
        self.link.resume_client()

    def connection_lost(self, exc: Exception | None) -> None:
        self.link.upstream_lost(self)


class _Link(asyncio.Protocol):
    """One client connection accepted by a front, handled by the mode it was accepted under."""

    def __init__(self, front: Front, mode: str) -> None:
        self.front = front
        self.mode = mode
        self.transport: asyncio.Transport | None = None
        self.upstream: _Upstream | None = None
        self._pending: list[bytes] = []  # from the client before the upstream connected
        self._requests = StreamSplitter(interleaved=front.protocol == "rtsp")
        self._replies = StreamSplitter()
        self._closed = False

    # -- the client side --

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.front.links.append(self)
        if self.mode in ("none", "no_picture"):
            transport.pause_reading()
            self.front.spawn(self._connect())

    async def _connect(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            _transport, upstream = await loop.create_connection(
                lambda: _Upstream(self), HOST, self.front.target_port
            )
        except OSError as exc:
            LOG.warning("%s: cannot reach the server behind the front: %s", self.front.label, exc)
            self.close()
            return
        if self._closed:
            if upstream.transport is not None:
                upstream.transport.close()
            return
        self.upstream = upstream
        for data in self._pending:
            self._to_server(data)
        self._pending.clear()
        if self.transport is not None and not self.transport.is_closing():
            self.transport.resume_reading()

    def data_received(self, data: bytes) -> None:
        if self.mode == "silent":
            return  # a dead link: what the client says goes nowhere
        if self.mode == "wrong_account":
            self._refuse_account(data)
            return
        if self.upstream is None:
            self._pending.append(data)
            return
        self._to_server(data)

    def _to_server(self, data: bytes) -> None:
        upstream = self.upstream
        if upstream is None or upstream.transport is None:
            return
        if self.mode != "no_picture":
            upstream.transport.write(data)
            return
        try:
            parts = self._requests.feed(data)
        except ValueError:
            self.close()
            return
        for kind, part in parts:
            if kind == "message" and part.startswith(b"SETUP "):
                transport = _TRANSPORT.search(part)
                if transport is None or b"/TCP" not in transport.group(1).upper():
                    # Over UDP the media would bypass the front.
                    self._reply(b"461 Unsupported Transport", part)
                    continue
            upstream.transport.write(part)

    def _refuse_account(self, data: bytes) -> None:
        try:
            parts = self._requests.feed(data)
        except ValueError:
            self.close()
            return
        for kind, part in parts:
            if kind == "message":
                challenge = (
                    f'Digest realm="{self.front.realm}", nonce="{secrets.token_hex(16)}"'
                ).encode()
                if self.front.protocol == "http":
                    challenge += b', qop="auth", algorithm=MD5'
                self._reply(b"401 Unauthorized", part, [b"WWW-Authenticate: " + challenge])

    def _reply(self, status: bytes, request: bytes, headers: Iterable[bytes] = ()) -> None:
        if self.transport is None or self.transport.is_closing():
            return
        if self.front.protocol == "http":
            lines = [b"HTTP/1.1 " + status, b"Content-Length: 0", *headers]
        else:
            lines = [b"RTSP/1.0 " + status, b"CSeq: " + _cseq(request), *headers]
        self.transport.write(b"\r\n".join(lines) + b"\r\n\r\n")

    def pause_writing(self) -> None:
        if self.upstream is not None and self.upstream.transport is not None:
            self.upstream.transport.pause_reading()

    def resume_writing(self) -> None:
        if self.upstream is not None and self.upstream.transport is not None:
            self.upstream.transport.resume_reading()

    def connection_lost(self, exc: Exception | None) -> None:
        self._closed = True
        with contextlib.suppress(ValueError):
            self.front.links.remove(self)
        if self.upstream is not None and self.upstream.transport is not None:
            self.upstream.transport.close()

    # -- the server side --

    def from_server(self, data: bytes) -> None:
        if self.transport is None or self.transport.is_closing():
            return
        if self.mode != "no_picture":
            self.transport.write(data)
            return
        try:
            parts = self._replies.feed(data)
        except ValueError:
            self.close()
            return
        for kind, part in parts:
            if kind == "message":  # media frames ("data") are what no_picture withholds
                self.transport.write(part)

    def pause_client(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.pause_reading()

    def resume_client(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.resume_reading()

    def upstream_lost(self, upstream: _Upstream) -> None:
        if upstream is self.upstream and self.mode != "silent":
            self.close()

    # -- modes --

    def apply(self, mode: str) -> None:
        if mode == self.mode:
            return
        if mode == "silent" and self.mode == "none":
            # The link dies under a running stream: the client hears nothing more.
            self.mode = "silent"
            if self.upstream is not None and self.upstream.transport is not None:
                self.upstream.transport.close()
            return
        self.close()

    def close(self) -> None:
        self._closed = True
        if self.transport is not None:
            self.transport.close()
        if self.upstream is not None and self.upstream.transport is not None:
            self.upstream.transport.close()


class Front:
    """One TCP front: ``port`` (held for the site's life) before ``target_port``."""

    def __init__(
        self,
        label: str,
        target_port: int,
        protocol: str,
        realm: str,
        mode_of: Callable[[], str],
        wanted_port: int = 0,
    ) -> None:
        self.label = label
        self.target_port = target_port
        self.protocol = protocol  # "rtsp" or "http"
        self.realm = realm
        self._mode_of = mode_of
        self._holder = hold_port(wanted_port)
        self.port = self._holder.port
        self._listener: socket.socket | None = None
        self.links: list[_Link] = []
        self._tasks: set[asyncio.Task[object]] = set()
        self.mode = "none"

    def listen(self) -> None:
        if self._listener is not None:
            return
        listener = _reuse_socket()
        listener.bind((HOST, self.port))
        listener.listen(64)
        listener.setblocking(False)
        asyncio.get_running_loop().add_reader(listener.fileno(), self._accept)
        self._listener = listener

    def unlisten(self) -> None:
        if self._listener is None:
            return
        asyncio.get_running_loop().remove_reader(self._listener.fileno())
        self._listener.close()  # pending connections are reset, new ones refused
        self._listener = None

    def _accept(self) -> None:
        listener = self._listener
        if listener is None:
            return
        loop = asyncio.get_running_loop()
        for _ in range(16):
            try:
                conn, _address = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                LOG.warning("%s: accept failed: %s", self.label, exc)
                return
            if self.mode in ("silent", "wrong_account"):
                held = [link for link in self.links if link.mode == self.mode]
                if len(held) >= MAX_HELD_CONNECTIONS:
                    held[0].close()
            conn.setblocking(False)
            self.spawn(
                loop.connect_accepted_socket(functools.partial(_Link, self, self.mode), conn)
            )

    def spawn(self, work: Coroutine[Any, Any, object]) -> None:
        """Run ``work`` on the loop, keeping the task (the loop holds only a weak reference)
        and logging what it raises."""
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)

        def done(finished: asyncio.Task[object]) -> None:
            self._tasks.discard(finished)
            if not finished.cancelled() and finished.exception() is not None:
                LOG.warning("%s: %s", self.label, finished.exception())

        task.add_done_callback(done)

    def update(self) -> None:
        """Follow the state's mode for this front (in the loop's thread)."""
        mode = self._mode_of()
        if mode == self.mode and (self._listener is not None) == (mode != "refused"):
            return
        self.mode = mode
        if mode == "refused":
            self.unlisten()
        else:
            self.listen()
        for link in list(self.links):
            link.apply(mode)

    def close(self) -> None:
        self.unlisten()
        for link in list(self.links):
            link.close()
        self._holder.close()


# ---------------------------------------------------------------------------- the controller


class OutageController:
    """The fronts, the schedule and the control channel, on an asyncio loop in its own thread."""

    def __init__(
        self,
        state: OutageState,
        schedule: Iterable[ScheduledOutage] = (),
        started: dt.datetime | None = None,
    ) -> None:
        self.state = state
        self.token = secrets.token_urlsafe(24)
        self._schedule = tuple(schedule)
        self._started = started or dt.datetime.now(dt.UTC)
        self._fronts: dict[str, list[Front]] = {}  # by tax ID
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="outages", daemon=True)
        self._control: asyncio.Server | None = None
        self._clients = 0
        self.control_port = 0
        state.listeners.append(self._changed)

    def _call(self, function: Callable[[], Any]) -> Any:
        async def run() -> Any:
            return function()

        return asyncio.run_coroutine_threadsafe(run(), self._loop).result(10)

    def start(self) -> None:
        self._thread.start()
        self._control = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._serve_control, HOST, 0, limit=MAX_REQUEST_BYTES, backlog=16),
            self._loop,
        ).result(10)
        self.control_port = int(self._control.sockets[0].getsockname()[1])
        self._call(self._arm_schedule)

    def add_camera(self, key: CameraKey, target_port: int, realm: str, wanted: int = 0) -> int:
        """A front for a camera; its port."""
        return self._add(
            key.tax_id,
            lambda: Front(
                f"{key.tax_id} camera {key.number}",
                target_port,
                "rtsp",
                realm,
                lambda: self.state.camera_mode(key),
                wanted,
            ),
        )

    def add_device(self, tax_id: str, target_port: int, realm: str) -> int:
        """A front for an EPE's ONVIF device; its port."""
        return self._add(
            tax_id,
            lambda: Front(
                f"{tax_id} ONVIF",
                target_port,
                "http",
                realm,
                lambda: self.state.device_mode(tax_id),
            ),
        )

    def _add(self, tax_id: str, make: Callable[[], Front]) -> int:
        def create() -> int:
            front = make()
            self._fronts.setdefault(tax_id, []).append(front)
            front.update()
            return front.port

        return int(self._call(create))

    def _changed(self, tax_id: str) -> None:
        def update() -> None:
            for front in self._fronts.get(tax_id, []):
                front.update()

        # A change through the control channel (in the loop's thread) is in force before the
        # reply leaves, so the caller's next connection meets the new mode.
        try:
            in_loop = asyncio.get_running_loop() is self._loop
        except RuntimeError:
            in_loop = False
        if in_loop:
            update()
        else:
            self._loop.call_soon_threadsafe(update)

    def _arm_schedule(self) -> None:
        now = dt.datetime.now(dt.UTC)
        elapsed = (now - self._started).total_seconds()
        for item in self._schedule:
            start = _seconds_from(item.start, self._started) - elapsed
            until = (
                None if item.until is None else _seconds_from(item.until, self._started) - elapsed
            )
            if until is not None and until <= 0:
                continue
            self._loop.call_later(
                max(0.0, start), self._scheduled, item.epe, item.camera, item.mode
            )
            if until is not None:
                self._loop.call_later(until, self._scheduled, item.epe, item.camera, "none")

    def _scheduled(self, epe: str, camera: int | None, mode: str) -> None:
        try:
            self.state.set(epe, camera, mode)
        except ControlError as exc:  # checked when the configuration was read
            LOG.error("scheduled outage not applied: %s", exc)

    # -- the control channel --

    async def _serve_control(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self._clients += 1
        try:
            if self._clients > MAX_CONTROL_CLIENTS:
                raise ControlError(ERROR_BUSY)
            try:
                line = await asyncio.wait_for(reader.readuntil(b"\n"), REQUEST_TIMEOUT_S)
            except (asyncio.LimitOverrunError, ValueError) as exc:
                raise ControlError(ERROR_TOO_LARGE, f"over {MAX_REQUEST_BYTES} bytes") from exc
            except asyncio.IncompleteReadError as exc:
                if len(exc.partial) >= MAX_REQUEST_BYTES:
                    raise ControlError(ERROR_TOO_LARGE) from exc
                raise ControlError(ERROR_BAD_REQUEST, "no whole line") from exc
            except TimeoutError as exc:
                raise ControlError(ERROR_TIMEOUT) from exc
            reply = self._handle(line)
        except ControlError as exc:
            reply = {"ok": False, "error": exc.code, "detail": exc.detail[:200]}
        finally:
            self._clients -= 1
        with contextlib.suppress(OSError, TimeoutError):
            writer.write(json.dumps(reply, ensure_ascii=True).encode() + b"\n")
            await asyncio.wait_for(writer.drain(), REQUEST_TIMEOUT_S)
        writer.close()
        with contextlib.suppress(OSError, TimeoutError):
            await asyncio.wait_for(writer.wait_closed(), REQUEST_TIMEOUT_S)

    def _handle(self, line: bytes) -> dict[str, Any]:
        try:
            request = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise ControlError(ERROR_BAD_REQUEST, "not JSON") from exc
        if not isinstance(request, dict):
            raise ControlError(ERROR_BAD_REQUEST, "not an object")
        token = request.get("token")
        if not isinstance(token, str) or not hmac.compare_digest(
            token.encode("utf-8", "replace"), self.token.encode()
        ):
            raise ControlError(ERROR_BAD_TOKEN)
        command = request.get("command")
        if command == "set":
            epe, camera, mode = request.get("epe"), request.get("camera"), request.get("mode")
            if not isinstance(epe, str) or not 0 < len(epe) <= 200:
                raise ControlError(ERROR_BAD_REQUEST, "epe")
            if camera is not None and (
                not isinstance(camera, int) or isinstance(camera, bool) or not 1 <= camera <= 99
            ):
                raise ControlError(ERROR_UNKNOWN_CAMERA, str(camera)[:20])
            if not isinstance(mode, str) or mode not in MODES:
                raise ControlError(ERROR_BAD_MODE, str(mode)[:40])
            self.state.set(epe, camera, mode)
        elif command != "status":
            raise ControlError(ERROR_BAD_REQUEST, "command")
        return {"ok": True, "outages": self.state.snapshot()}

    def describe(self) -> dict[str, Any]:
        return {"host": HOST, "port": self.control_port, "token": self.token}

    def stop(self) -> None:
        async def close_all() -> None:
            if self._control is not None:
                self._control.close()
                await self._control.wait_closed()
            for fronts in self._fronts.values():
                for front in fronts:
                    front.close()
            await asyncio.sleep(0)  # let the transports finish closing

        if self._thread.is_alive():
            with contextlib.suppress(Exception):
                asyncio.run_coroutine_threadsafe(close_all(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)
        if not self._thread.is_alive():
            self._loop.close()


# ---------------------------------------------------------------------------- the client side


def control_request(
    host: str, port: int, request: dict[str, Any], timeout: float = 5.0
) -> dict[str, Any]:
    """Send one request to a site's control channel; its reply. OSError, TimeoutError or
    ValueError (no usable reply) when the site cannot be asked; ControlError when it refused."""
    line = json.dumps(request, ensure_ascii=True).encode() + b"\n"
    if len(line) > MAX_REQUEST_BYTES:
        raise ControlError(ERROR_TOO_LARGE)
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.settimeout(timeout)
        sock.sendall(line)
        data = b""
        while not data.endswith(b"\n"):
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
            if len(data) > MAX_REPLY_BYTES:
                raise ValueError("reply too large")
    reply = json.loads(data.decode("utf-8"))
    if not isinstance(reply, dict):
        raise ValueError("reply is not an object")
    if not reply.get("ok"):
        raise ControlError(str(reply.get("error", ERROR_BAD_REQUEST)), str(reply.get("detail", "")))
    return reply
