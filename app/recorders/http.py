"""Talking to a recorder with its account: HTTP digest auth (RFC 2617, MD5, as NVRs use it) for
the vendor HTTP APIs, and the same digest for the replay proxy's RTSP requests.

The account goes only to the recorder it belongs to: ``HttpClient`` connects to the one host and
port it was made for and follows no redirect, and the digest answers only a challenge that
recorder sent. Each request has one total deadline (connect, headers and body) and its reply a
size cap (``app.peers``), so a dead or hostile EPE can hold a worker only so long and cannot fill
the memory.
"""

from __future__ import annotations

import contextlib
import http.client
import urllib.parse
from collections.abc import Iterator

from app.peers import (
    MAX_SEARCH_PAGE,
    MAX_SEARCH_TOTAL,
    Deadline,
    DigestAuth,
    ReplyTooLargeError,
    http_exchange,
)
from app.recorders.base import RecorderError, RecorderFailure

__all__ = ["MAX_REPLY_BYTES", "DigestAuth", "HttpClient"]

MAX_REPLY_BYTES = MAX_SEARCH_PAGE
# A whole search (all its pages) may take this many times one request's timeout: a recorder
# that answers each page just within the timeout cannot stretch a search to hours.
SEARCH_TIMEOUT_FACTOR = 6


class HttpClient:
    """Blocking HTTP with digest auth and failures named as ``RecorderFailure``. One short
    connection per request: nothing is left open."""

    def __init__(
        self,
        base: str,
        user: str,
        password: str,
        timeout_s: float,
        max_bytes: int = MAX_REPLY_BYTES,
    ) -> None:
        parts = urllib.parse.urlsplit(base)
        host = parts.hostname or ""
        self._base = f"http://{f'[{host}]' if ':' in host else host}:{parts.port or 80}"
        self._timeout = timeout_s
        self._max_bytes = max_bytes
        self._digest = DigestAuth(user, password)
        self._budget: int | None = None
        self._budget_deadline: Deadline | None = None

    @contextlib.contextmanager
    def budget(self, max_total: int = MAX_SEARCH_TOTAL) -> Iterator[None]:
        """The requests inside share one byte budget and one deadline (``SEARCH_TIMEOUT_FACTOR``
        timeouts): a search's pages together."""
        self._budget = max_total
        self._budget_deadline = Deadline(self._timeout * SEARCH_TIMEOUT_FACTOR)
        try:
            yield
        finally:
            self._budget = None
            self._budget_deadline = None

    def _deadline(self) -> Deadline:
        own = Deadline(self._timeout)
        shared = self._budget_deadline
        return shared if shared is not None and shared.at < own.at else own

    def _once(
        self, method: str, path: str, body: bytes | None, content_type: str, deadline: Deadline
    ) -> tuple[int, str, bytes]:
        headers = {"Content-Type": content_type} if body is not None else {}
        auth = self._digest.header(method, path)
        if auth:
            headers["Authorization"] = auth
        reply = http_exchange(
            self._base + path,
            method,
            body,
            headers,
            deadline=deadline,
            max_bytes=self._max_bytes,
        )
        return reply.status, reply.header("WWW-Authenticate") or "", reply.body

    def request(
        self, path: str, body: bytes | None = None, content_type: str = "application/xml"
    ) -> bytes:
        """The reply's body; the whole exchange (a digest challenge included) is over within
        the timeout."""
        method = "POST" if body is not None else "GET"
        deadline = self._deadline()
        try:
            status, challenge, data = self._once(method, path, body, content_type, deadline)
            if status == 401 and self._digest.learn(challenge):
                status, challenge, data = self._once(method, path, body, content_type, deadline)
        except TimeoutError:
            raise RecorderError(RecorderFailure.TIMED_OUT) from None
        except ReplyTooLargeError:
            raise RecorderError(RecorderFailure.BAD_REPLY, "reply too large") from None
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
        if self._budget is not None:
            self._budget -= len(data)
            if self._budget < 0:
                raise RecorderError(RecorderFailure.BAD_REPLY, "answers too large in total")
        return data
