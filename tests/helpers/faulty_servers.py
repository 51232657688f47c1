"""Misbehaving peers on 127.0.0.1 for fault tests: one that accepts TCP and says nothing, one that
answers garbage, and hostile ones (``hostile_server``) that record what they receive and trickle,
flood, redirect or ask for Basic. Each serves a bounded number of connections and stops when the
test ends."""

from __future__ import annotations

import contextlib
import itertools
import re
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def closed_port() -> int:
    """A loopback port with nothing listening (bound then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LoopbackListener:
    """A TCP port on a loopback address whose accept thread hands each connection (at most
    ``MAX_CONNECTIONS``) to ``accepted`` until ``stop`` is set. A subclass sets its own fields,
    then calls ``start``."""

    MAX_CONNECTIONS = 200

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind((host, 0))
        self._sock.listen(16)
        self._sock.settimeout(0.2)
        self.port: int = self._sock.getsockname()[1]
        self.stop = threading.Event()
        self.connections = 0
        self._accept = threading.Thread(target=self._serve, daemon=True)

    def start(self) -> None:
        self._accept.start()

    def accepted(self, conn: socket.socket) -> None:
        raise NotImplementedError

    def _serve(self) -> None:
        while not self.stop.is_set() and self.connections < self.MAX_CONNECTIONS:
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            self.accepted(conn)

    def stop_listening(self) -> None:
        self.stop.set()
        self._accept.join(timeout=2)
        self._sock.close()


# ------------------------------------------------------------------------------ hostile peers
# A server that records every byte it receives (to search for a canary password) and plays one
# hostile script per connection; the scripts below are the attacks of tests/security.

Script = Callable[["HostileServer", socket.socket], None]


class HostileServer(LoopbackListener):
    def __init__(self, script: Script, host: str = "127.0.0.1") -> None:
        super().__init__(host)
        self.received = bytearray()
        self.sent = 0  # body bytes the peer managed to push into the connection
        self._script = script
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []
        self.start()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def accepted(self, conn: socket.socket) -> None:
        self._conns.append(conn)
        # A small send buffer: what the client did not read stays with the server.
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65_536)
        thread = threading.Thread(target=self._run, args=(conn,), daemon=True)
        self._threads.append(thread)
        thread.start()

    def _run(self, conn: socket.socket) -> None:
        try:
            self._script(self, conn)
        except OSError:
            pass
        finally:
            conn.close()

    def read_head(self, conn: socket.socket) -> bytes:
        """One request's head (and whatever came with it), recorded; b"" when the peer left."""
        conn.settimeout(10.0)
        head = bytearray()
        while b"\r\n\r\n" not in head:
            chunk = conn.recv(65_536)
            if not chunk:
                break
            head += chunk
        with self._lock:
            self.received += head
        return bytes(head)

    def close(self) -> None:
        self.stop.set()
        for conn in self._conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self.stop_listening()
        for thread in self._threads:
            thread.join(timeout=2)


@contextmanager
def hostile_server(script: Script, host: str = "127.0.0.1") -> Iterator[HostileServer]:
    """``host`` may be another loopback address (127.0.0.2) to play "another host"."""
    server = HostileServer(script, host)
    try:
        yield server
    finally:
        server.close()


def _cseq(head: bytes) -> bytes:
    match = re.search(rb"CSeq:\s*(\d+)", head, re.IGNORECASE)
    return match.group(1) if match else b"1"


def basic_challenge(server: HostileServer, conn: socket.socket) -> None:
    """Answers every HTTP or RTSP request with 401 and a ``Basic`` challenge only."""
    while not server.stop.is_set():
        head = server.read_head(conn)
        if not head:
            return
        if head.startswith(b"HTTP") or b" RTSP/1.0" in head.split(b"\r\n", 1)[0]:
            conn.sendall(
                b"RTSP/1.0 401 Unauthorized\r\nCSeq: " + _cseq(head) + b"\r\n"
                b'WWW-Authenticate: Basic realm="hostile"\r\n\r\n'
            )
        else:
            conn.sendall(
                b"HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n"
                b'WWW-Authenticate: Basic realm="hostile"\r\n\r\n'
            )


def redirect_to(target: str) -> Script:
    """Answers every HTTP request with a 307 to ``target`` (a POST is resent there, body and
    all, by a client that follows it)."""

    def script(server: HostileServer, conn: socket.socket) -> None:
        if server.read_head(conn):
            conn.sendall(
                f"HTTP/1.1 307 Temporary Redirect\r\nLocation: {target}\r\n"
                "Content-Length: 0\r\n\r\n".encode()
            )

    return script


def unauthorized_html(server: HostileServer, conn: socket.socket) -> None:
    """The 401 an NVR's web server gives to a SOAP call with a wrong account: an HTML page."""
    if server.read_head(conn):
        page = b"<html><body><h1>401 Unauthorized</h1><br></body></html>"
        conn.sendall(
            b"HTTP/1.1 401 Unauthorized\r\nContent-Type: text/html\r\nContent-Length: "
            + str(len(page)).encode()
            + b"\r\n\r\n"
            + page
        )


def trickle(server: HostileServer, conn: socket.socket) -> None:
    """Reads the request, then sends one byte every 0.5 s forever: the headers never end."""
    if not server.read_head(conn):
        return
    for byte in itertools.cycle(b"HTTP/1.1 200 OK\r\nX-Slow: "):
        if server.stop.wait(0.5):
            return
        conn.sendall(bytes([byte]))


def flood(content_length: str | None, status: bytes = b"HTTP/1.1 200 OK") -> Script:
    """Answers 200 and sends an endless body (with this ``Content-Length`` header, if any),
    counting what it managed to send. ``status`` b"RTSP/1.0 200 OK" for an RTSP peer."""

    def script(server: HostileServer, conn: socket.socket) -> None:
        if not server.read_head(conn):
            return
        head = status + b"\r\nCSeq: 1\r\nContent-Type: application/soap+xml\r\n"
        if content_length is not None:
            head += b"Content-Length: " + content_length.encode() + b"\r\n"
        conn.sendall(head + b"\r\n<?xml version='1.0'?><a>")
        chunk = b"<b>" + b"x" * 65_000 + b"</b>"
        conn.settimeout(2.0)  # a client that stopped reading leaves the buffers full
        while not server.stop.is_set() and server.sent < 600_000_000:
            try:
                conn.sendall(chunk)
            except TimeoutError:
                return
            server.sent += len(chunk)

    return script


_SOAP = (
    '<?xml version="1.0" encoding="UTF-8"?><s:Envelope '
    'xmlns:s="http://www.w3.org/2003/05/soap-envelope" '
    'xmlns:tds="http://www.onvif.org/ver10/device/wsdl" '
    'xmlns:ter="http://www.onvif.org/ver10/error"><s:Body>{}</s:Body></s:Envelope>'
)
_DEVICE_INFORMATION = _SOAP.format(
    "<tds:GetDeviceInformationResponse><tds:Manufacturer>Slow</tds:Manufacturer>"
    "<tds:Model>S1</tds:Model><tds:FirmwareVersion>1.0</tds:FirmwareVersion>"
    "<tds:SerialNumber>1</tds:SerialNumber><tds:HardwareId>1</tds:HardwareId>"
    "</tds:GetDeviceInformationResponse>"
).encode()
_NOT_SUPPORTED = _SOAP.format(
    "<s:Fault><s:Code><s:Value>s:Sender</s:Value><s:Subcode><s:Value>ter:ActionNotSupported"
    '</s:Value></s:Subcode></s:Code><s:Reason><s:Text xml:lang="en">not supported</s:Text>'
    "</s:Reason></s:Fault>"
).encode()


def slow_onvif(delay_s: float) -> Script:
    """An ONVIF device that answers every SOAP call after ``delay_s``: who it is to
    GetDeviceInformation (so a probe goes on), "not supported" to anything else."""

    def script(server: HostileServer, conn: socket.socket) -> None:
        head = server.read_head(conn)
        if not head:
            return
        header, _, body = head.partition(b"\r\n\r\n")
        length = re.search(rb"content-length:\s*(\d+)", header, re.IGNORECASE)
        while length and len(body) < int(length.group(1)) and (chunk := conn.recv(65_536)):
            body += chunk  # read it all: closing on unread bytes would reset the answer
        if server.stop.wait(delay_s):
            return
        found = b"GetDeviceInformation" in head + body
        answer = _DEVICE_INFORMATION if found else _NOT_SUPPORTED
        status = b"200 OK" if found else b"500 Internal Server Error"
        conn.sendall(
            b"HTTP/1.1 " + status + b"\r\nContent-Type: application/soap+xml; charset=utf-8\r\n"
            b"Content-Length: " + str(len(answer)).encode() + b"\r\n\r\n" + answer
        )

    return script


def _silent(server: HostileServer, conn: socket.socket) -> None:
    server.stop.wait()


def _garbage(server: HostileServer, conn: socket.socket) -> None:
    conn.settimeout(2.0)
    conn.recv(4096)
    conn.sendall(b"\x16\x03\x01 this is not RTSP at all \xff\xfe\r\n\r\n" * 8)


@contextmanager
def faulty_server(behaviour: str) -> Iterator[HostileServer]:
    """``behaviour`` is "silent" (accepts, never answers) or "garbage" (answers non-RTSP bytes)."""
    with hostile_server(_silent if behaviour == "silent" else _garbage) as server:
        yield server
