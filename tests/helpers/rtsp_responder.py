"""A cheap RTSP responder standing in for many cameras (the GStreamer site cannot encode
thousands of streams): OPTIONS and DESCRIBE with Digest, one port per EPE, on one asyncio loop.
It sends no media, so only probes without a frame sample can use it.

Each port behaves as its ``PortSpec`` says: "ok" (a correct account gets an SDP with a video
track), "silent" (accepts, never answers), "garbage" (bytes that are not RTSP). Refused logins
are counted per port.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

REALM = "responder"
NONCE = "5f2a9c1e7b"
SDP = (
    b"v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=cam\r\nt=0 0\r\n"
    b"m=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\na=control:trackID=1\r\n"
)


@dataclass
class PortSpec:
    user: str = "giamsat"
    password: str = "Mk-2026!"
    behaviour: str = "ok"  # ok | silent | garbage
    refused: int = 0  # logins refused so far
    port: int = 0


def _expected(spec: PortSpec, method: str, fields: dict[str, str]) -> str:
    ha1 = hashlib.md5(f"{spec.user}:{REALM}:{spec.password}".encode()).hexdigest()
    ha2 = hashlib.md5(f"{method}:{fields.get('uri', '')}".encode()).hexdigest()
    if fields.get("qop"):
        text = f"{ha1}:{NONCE}:{fields['nc']}:{fields['cnonce']}:{fields['qop']}:{ha2}"
    else:
        text = f"{ha1}:{NONCE}:{ha2}"
    return hashlib.md5(text.encode()).hexdigest()


async def _serve(
    spec: PortSpec, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        if spec.behaviour == "silent":
            await reader.read()
            return
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            if spec.behaviour == "garbage":
                writer.write(b"\x16\x03\x01 not RTSP \xff\r\n\r\n")
                await writer.drain()
                return
            lines = head.decode("latin-1").split("\r\n")
            method = lines[0].split(" ", 1)[0]
            headers = {
                k.strip().lower(): v.strip()
                for k, _, v in (line.partition(":") for line in lines[1:] if ":" in line)
            }
            cseq = headers.get("cseq", "0")
            if method == "OPTIONS":
                writer.write(
                    f"RTSP/1.0 200 OK\r\nCSeq: {cseq}\r\nPublic: OPTIONS, DESCRIBE\r\n\r\n".encode()
                )
            elif method == "DESCRIBE":
                auth = headers.get("authorization", "")
                fields = dict(
                    (k, a or b) for k, a, b in re.findall(r'(\w+)=(?:"([^"]*)"|([^",\s]*))', auth)
                )
                if auth and fields.get("response") == _expected(spec, method, fields):
                    writer.write(
                        f"RTSP/1.0 200 OK\r\nCSeq: {cseq}\r\nContent-Type: application/sdp\r\n"
                        f"Content-Length: {len(SDP)}\r\n\r\n".encode()
                        + SDP
                    )
                else:
                    if auth:
                        spec.refused += 1
                    challenge = f'Digest realm="{REALM}", nonce="{NONCE}"'
                    writer.write(
                        f"RTSP/1.0 401 Unauthorized\r\nCSeq: {cseq}\r\n"
                        f"WWW-Authenticate: {challenge}\r\n\r\n".encode()
                    )
            else:
                writer.write(f"RTSP/1.0 405 Method Not Allowed\r\nCSeq: {cseq}\r\n\r\n".encode())
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
        pass
    except asyncio.CancelledError:
        writer.close()
        raise
    finally:
        writer.close()


@dataclass
class Responder:
    specs: list[PortSpec]
    loop: asyncio.AbstractEventLoop = field(default_factory=asyncio.new_event_loop)
    servers: list[asyncio.Server] = field(default_factory=list)

    async def _start(self) -> None:
        for spec in self.specs:

            async def handle(
                r: asyncio.StreamReader, w: asyncio.StreamWriter, spec: PortSpec = spec
            ) -> None:
                await _serve(spec, r, w)

            server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=256)
            spec.port = server.sockets[0].getsockname()[1]
            self.servers.append(server)

    def start(self) -> None:
        self.loop.run_until_complete(self._start())

    def run_forever(self) -> None:
        self.loop.run_forever()

    def stop(self) -> None:
        for server in self.servers:
            server.close()

    async def _close(self) -> None:
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for server in self.servers:
            await server.wait_closed()

    def close(self) -> None:
        """After the loop stopped: end every open connection and close the loop."""
        self.loop.run_until_complete(self._close())
        self.loop.close()


@contextmanager
def rtsp_responder(specs: list[PortSpec]) -> Iterator[list[PortSpec]]:
    """``specs`` served on a thread of their own until the block ends (ports filled in)."""
    responder = Responder(specs)
    responder.start()
    thread = threading.Thread(target=responder.run_forever, daemon=True)
    thread.start()
    try:
        yield specs
    finally:
        responder.loop.call_soon_threadsafe(responder.stop)
        responder.loop.call_soon_threadsafe(responder.loop.stop)
        thread.join(5)
        responder.close()
