"""A TCP relay in front of an RTSP server that counts what the server sees: connections, and
requests that carry credentials (each one a login the EPE's device counts, and may lock the
account over). The bytes pass unchanged; the relay only reads the client's RTSP headers."""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from tests.helpers.faulty_servers import LoopbackListener

_AUTHORIZATION = re.compile(rb"^authorization:", re.IGNORECASE | re.MULTILINE)


class RtspRelay(LoopbackListener):
    def __init__(self, target_port: int, host: str = "127.0.0.1") -> None:
        super().__init__()
        self._target = (host, target_port)
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._auth_requests = 0
        self.start()

    @property
    def auth_requests(self) -> int:
        """RTSP requests that carried an Authorization header (login attempts)."""
        with self._lock:
            return self._auth_requests

    def accepted(self, client: socket.socket) -> None:
        try:
            server = socket.create_connection(self._target, timeout=5.0)
        except OSError:
            client.close()
            return
        with self._lock:
            self._sockets += [client, server]
        for source, sink, count in ((client, server, True), (server, client, False)):
            threading.Thread(target=self._pump, args=(source, sink, count), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, count: bool) -> None:
        source.settimeout(None)
        try:
            while data := source.recv(65536):
                if count:
                    found = len(_AUTHORIZATION.findall(data))
                    if found:
                        with self._lock:
                            self._auth_requests += found
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.stop_listening()
        with self._lock:
            for sock in self._sockets:
                sock.close()


@contextmanager
def rtsp_relay(target_port: int) -> Iterator[RtspRelay]:
    relay = RtspRelay(target_port)
    try:
        yield relay
    finally:
        relay.close()
