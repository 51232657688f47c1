"""Talking to a recorder with its account: HTTP digest auth (RFC 2617, MD5, as NVRs use it) for
the vendor HTTP APIs, and the same digest for the replay proxy's RTSP requests.

The account goes only to the recorder it belongs to: ``HttpClient`` connects to the one host and
port it was made for and follows no redirect, and the digest answers only a challenge that
recorder sent. Every connect and read has a timeout and the reply's size is capped, so a dead or
hostile EPE can hold a worker only so long and cannot fill the memory.
"""

from __future__ import annotations

import hashlib
import http.client
import re
import secrets
import urllib.parse

from app.recorders.base import RecorderError, RecorderFailure

MAX_REPLY_BYTES = 8_000_000


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


class HttpClient:
    """Blocking HTTP with digest auth and failures named as ``RecorderFailure``. One short
    connection per request: nothing is left open."""

    def __init__(self, base: str, user: str, password: str, timeout_s: float) -> None:
        parts = urllib.parse.urlsplit(base)
        self._host = parts.hostname or ""
        self._port = parts.port or 80
        self._timeout = timeout_s
        self._digest = DigestAuth(user, password)

    def _once(
        self, method: str, path: str, body: bytes | None, content_type: str
    ) -> tuple[int, str, bytes]:
        connection = http.client.HTTPConnection(self._host, self._port, timeout=self._timeout)
        try:
            headers = {"Content-Type": content_type} if body is not None else {}
            auth = self._digest.header(method, path)
            if auth:
                headers["Authorization"] = auth
            connection.request(method, path, body=body, headers=headers)
            reply = connection.getresponse()
            data = reply.read(MAX_REPLY_BYTES + 1)
            return reply.status, reply.getheader("WWW-Authenticate") or "", data
        finally:
            connection.close()

    def request(
        self, path: str, body: bytes | None = None, content_type: str = "application/xml"
    ) -> bytes:
        method = "POST" if body is not None else "GET"
        try:
            status, challenge, data = self._once(method, path, body, content_type)
            if status == 401 and self._digest.learn(challenge):
                status, challenge, data = self._once(method, path, body, content_type)
        except TimeoutError:
            raise RecorderError(RecorderFailure.TIMED_OUT) from None
        except http.client.HTTPException as exc:
            raise RecorderError(RecorderFailure.BAD_REPLY, type(exc).__name__) from None
        except ConnectionRefusedError:
            raise RecorderError(RecorderFailure.UNREACHABLE, "connection refused") from None
        except OSError as exc:
            if isinstance(exc, ConnectionResetError | BrokenPipeError):
                raise RecorderError(RecorderFailure.BAD_REPLY, type(exc).__name__) from None
            raise RecorderError(RecorderFailure.UNREACHABLE, type(exc).__name__) from None
        if status in (401, 403):
            raise RecorderError(RecorderFailure.WRONG_PASSWORD, f"HTTP {status}")
        if status == 404:
            raise RecorderError(RecorderFailure.NOT_FOUND, f"HTTP {status}")
        if status in (400, 405, 500, 501, 503):
            raise RecorderError(RecorderFailure.REFUSED, f"HTTP {status}")
        if not 200 <= status < 300:
            raise RecorderError(RecorderFailure.BAD_REPLY, f"HTTP {status}")
        if len(data) > MAX_REPLY_BYTES:
            raise RecorderError(RecorderFailure.BAD_REPLY, "reply too large")
        return data
