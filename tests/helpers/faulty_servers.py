"""Misbehaving peers on 127.0.0.1 for fault tests: one that accepts TCP and says nothing, one that
answers garbage. Each serves a bounded number of connections and stops when the test ends."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Server:
    def __init__(self, behaviour: str) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self._behaviour = behaviour
        self._stop = threading.Event()
        self._conns: list[socket.socket] = []
        self.connections = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set() and self.connections < 200:
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            self._conns.append(conn)
            if self._behaviour == "garbage":
                conn.settimeout(2.0)
                try:
                    conn.recv(4096)
                    conn.sendall(b"\x16\x03\x01 this is not RTSP at all \xff\xfe\r\n\r\n" * 8)
                except OSError:
                    pass
                conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        for conn in self._conns:
            conn.close()
        self._sock.close()


@contextmanager
def faulty_server(behaviour: str) -> Iterator[_Server]:
    """``behaviour`` is "silent" (accepts, never answers) or "garbage" (answers non-RTSP bytes)."""
    server = _Server(behaviour)
    try:
        yield server
    finally:
        server.close()


def closed_port() -> int:
    """A loopback port with nothing listening (bound then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
