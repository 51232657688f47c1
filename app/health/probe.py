"""One look at one camera, and at one EPE's cameras in turn.

A look is RTSP ``OPTIONS`` then ``DESCRIBE`` on one connection, with one total deadline for the
whole exchange (``app.peers.Deadline``: every wait gets only what is left of it) and size caps on
every reply. The EPE's account goes only to a host registered for the EPE, as Digest (Basic only
over TLS or for an EPE marked as needing it), and only after the camera asked for it. At a slower
rate the look ends
with a short frame sample (PyAV over TCP, a couple of decoded frames), which is what catches a
camera that answers RTSP but sends no picture.

Refused logins: Hikvision and Dahua lock an account (or the address) after a few failed logins,
which would blind every officer. So after a refused login the other cameras of the EPE are
looked at without the account in that sweep, and after ``AUTH_ATTEMPTS_BEFORE_GIVING_UP``
refusals in a row the monitor stops sending the account to that EPE until its password in the
keyring changes (the same limit the wall uses).
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import datetime as dt
import errno
import hashlib
import socket
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass

from app.health.model import SOURCE_MONITOR, CameraCondition, ProbeResult
from app.logs import redact_url
from app.media.failures import AUTH_ATTEMPTS_BEFORE_GIVING_UP
from app.peers import (
    MAX_RTSP_BODY,
    MAX_RTSP_HEAD,
    CredentialScope,
    Deadline,
    DigestAuth,
    PeerTimeoutError,
    ReplyTooLargeError,
    announced_length,
    challenges,
    limit_receive_buffer,
)
from app.safe_text import one_line
from app.timekeeping import utc_now

USER_AGENT = "epewall-health"
# The total time one camera's OPTIONS + DESCRIBE may take, and its frame sample.
CALL_SECONDS = 5.0
SAMPLE_SECONDS = 6.0
SAMPLE_FRAMES = 2

# Raises NoPasswordError / SecretsError (app.secrets) when there is no account to give.
Account = Callable[[], tuple[str, str]]


@dataclass(frozen=True)
class CameraTarget:
    epe_id: int
    camera_id: int
    camera_number: int
    position: str  # CameraPosition value
    url: str  # the stream the wall would open (sub, else main); never with credentials


@dataclass(frozen=True)
class EpeTarget:
    epe_id: int
    epe_uid: str
    name: str
    scope: CredentialScope
    cameras: tuple[CameraTarget, ...]


@dataclass(frozen=True)
class Look:
    """What one look found, before it becomes a ProbeResult."""

    condition: CameraCondition
    detail: str
    login_refused: bool = False  # the device refused our account (counts towards the limit)
    endpoint_dead: bool = False  # nothing answered at host:port: its other cameras neither
    host_dead: bool = False  # the host itself did not take a connection (no route, no SYN-ACK)


class _BadReplyError(Exception):
    pass


@dataclass(frozen=True)
class _Answer:
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def all(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k == name.lower()]


def _clean_url(url: str) -> tuple[str, str, int]:
    parts = urllib.parse.urlsplit(url)
    host, port = parts.hostname or "", parts.port or 554
    netloc = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, "")), host, port


class _Connection:
    """One RTSP connection: requests in turn, replies capped, all within one deadline."""

    def __init__(self, sock: socket.socket, deadline: Deadline) -> None:
        self._sock = sock
        self._deadline = deadline
        self._buffer = bytearray()
        self._cseq = 0

    def _recv(self, size: int) -> bytes:
        # Each wait is given only what is left of the total deadline, so a peer that trickles
        # a byte at a time cannot stretch the look past it. (No watchdog thread per look: at
        # 4,000 looks a sweep, starting a timer thread for each was most of the CPU.)
        self._sock.settimeout(self._deadline.remaining())
        return self._sock.recv(size)

    def request(self, method: str, url: str, headers: dict[str, str]) -> _Answer:
        self._cseq += 1
        lines = [f"{method} {url} RTSP/1.0", f"CSeq: {self._cseq}", f"User-Agent: {USER_AGENT}"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        self._sock.settimeout(self._deadline.remaining())
        self._sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        while b"\r\n\r\n" not in self._buffer:
            if len(self._buffer) > MAX_RTSP_HEAD:
                raise ReplyTooLargeError(f"RTSP header over {MAX_RTSP_HEAD} bytes")
            chunk = self._recv(4096)
            if not chunk:
                raise _BadReplyError("connection closed before a complete answer")
            self._buffer += chunk
        head, _, rest = bytes(self._buffer).partition(b"\r\n\r\n")
        if len(head) > MAX_RTSP_HEAD:
            raise ReplyTooLargeError(f"RTSP header over {MAX_RTSP_HEAD} bytes")
        text = head.decode("latin-1").split("\r\n")
        first = text[0].split(" ", 2)
        if len(first) < 2 or not first[0].startswith("RTSP/") or not first[1].isdigit():
            raise _BadReplyError("not an RTSP answer: " + one_line(text[0][:60]))
        fields: list[tuple[str, str]] = []
        for line in text[1:]:
            name, sep, value = line.partition(":")
            if sep:
                fields.append((name.strip().lower(), value.strip()))
        length = 0
        for name, value in fields:
            if name == "content-length":
                length = announced_length(value, MAX_RTSP_BODY) or 0
        body = bytearray(rest)
        while len(body) < length:
            chunk = self._recv(min(65_536, length - len(body)))
            if not chunk:
                raise _BadReplyError("connection closed inside the answer's body")
            body += chunk
        self._buffer = bytearray(body[length:])
        return _Answer(int(first[1]), fields, bytes(body[:length]))


def describe(
    url: str,
    account: tuple[str, str] | None,
    scope: CredentialScope,
    seconds: float = CALL_SECONDS,
    no_account_detail: str = "",
) -> tuple[Look, bool]:
    """OPTIONS + DESCRIBE ``url`` within ``seconds``. Returns the look and whether the account
    was (or would be) needed for the stream (so a frame sample knows whether to send it).
    ``account`` None: look without it; a 401 then is UNKNOWN with ``no_account_detail``."""
    deadline = Deadline(seconds)
    clean, host, port = _clean_url(url)
    try:
        sock = socket.create_connection((host, port), timeout=deadline.remaining())
    except ConnectionRefusedError:
        return Look(CameraCondition.UNREACHABLE, "connection refused", endpoint_dead=True), False
    except (PeerTimeoutError, TimeoutError):
        # Not even a refusal: the line or the host is down; its other ports would wait too.
        return Look(
            CameraCondition.UNREACHABLE,
            f"no connection within {seconds:g} s",
            endpoint_dead=True,
            host_dead=True,
        ), False
    except OSError as exc:
        unreachable = exc.errno in (errno.EHOSTUNREACH, errno.ENETUNREACH)
        return Look(
            CameraCondition.UNREACHABLE,
            type(exc).__name__,
            endpoint_dead=True,
            host_dead=unreachable,
        ), False
    try:
        limit_receive_buffer(sock)
        return _exchange(_Connection(sock, deadline), clean, account, scope, no_account_detail)
    except (PeerTimeoutError, TimeoutError):
        return _silent(seconds), False
    except ReplyTooLargeError as exc:
        return Look(CameraCondition.FAULTY_REPLY, one_line(str(exc))), False
    except (_BadReplyError, UnicodeError) as exc:
        if deadline.expired:
            return _silent(seconds), False
        return Look(CameraCondition.FAULTY_REPLY, one_line(str(exc))), False
    except OSError as exc:
        if deadline.expired:
            return _silent(seconds), False
        return Look(CameraCondition.UNREACHABLE, type(exc).__name__), False
    finally:
        sock.close()


def _silent(seconds: float) -> Look:
    # A device that takes the connection and says nothing holds every channel behind it.
    return Look(
        CameraCondition.UNREACHABLE,
        f"connected, no answer within {seconds:g} s",
        endpoint_dead=True,
    )


def _exchange(
    conn: _Connection,
    url: str,
    account: tuple[str, str] | None,
    scope: CredentialScope,
    no_account_detail: str,
) -> tuple[Look, bool]:
    conn.request("OPTIONS", url, {})
    sdp = {"Accept": "application/sdp"}
    answer = conn.request("DESCRIBE", url, sdp)
    needs_account = answer.status == 401
    if answer.status == 401:
        offered = answer.all("www-authenticate")
        if account is None:
            return Look(CameraCondition.UNKNOWN, no_account_detail or "no account"), True
        if not scope.allows(url):
            return Look(
                CameraCondition.UNKNOWN, "host not registered for this EPE; account not sent"
            ), True
        user, password = account
        digest = DigestAuth(user, password)
        authorization: str | None = None
        for header in offered:
            if digest.learn(header):
                authorization = digest.header("DESCRIBE", url)
                break
        if authorization is None:
            if "basic" in challenges(offered) and scope.basic_allowed(url):
                token = base64.b64encode(f"{user}:{password}".encode()).decode()
                authorization = f"Basic {token}"
            else:
                return Look(
                    CameraCondition.UNKNOWN, "asks for the password in clear text; not sent"
                ), True
        answer = conn.request("DESCRIBE", url, {**sdp, "Authorization": authorization})
        if answer.status in (401, 403):
            return Look(
                CameraCondition.WRONG_ACCOUNT, f"account refused ({answer.status})", True
            ), True
    if answer.status == 404:
        return Look(CameraCondition.FAULTY_REPLY, "no stream at this address (404)"), needs_account
    if answer.status != 200:
        return Look(CameraCondition.FAULTY_REPLY, f"RTSP {answer.status}"), needs_account
    if b"m=video" not in answer.body:
        return Look(CameraCondition.FAULTY_REPLY, "no video in the description"), needs_account
    return Look(CameraCondition.OK, ""), needs_account


def sample_frames(
    url: str, account: tuple[str, str] | None, seconds: float = SAMPLE_SECONDS
) -> Look:
    """Open the stream with PyAV over TCP and decode ``SAMPLE_FRAMES`` frames within
    ``seconds``. ``account`` is given only when the caller has checked it may go to this host
    (``describe`` asked for digest there)."""
    import av
    import av.error

    from app.media.puller import with_credentials

    deadline = Deadline(seconds)
    target = with_credentials(url, *account) if account else url
    frames = 0
    try:
        container = av.open(
            target,
            options={"rtsp_transport": "tcp", "probesize": "32", "analyzeduration": "0"},
            timeout=(deadline.remaining(), min(2.0, deadline.remaining())),
        )
    except Exception as exc:  # FFmpeg's message holds the URL: never pass it on unredacted
        return Look(CameraCondition.NO_PICTURE, one_line(redact_url(str(exc)))[:200])
    del target
    try:
        if not container.streams.video:
            return Look(CameraCondition.NO_PICTURE, "no video stream")
        for packet in container.demux(container.streams.video[0]):
            if deadline.expired:
                break
            with contextlib.suppress(av.error.FFmpegError):
                frames += len(packet.decode())
            if frames >= SAMPLE_FRAMES:
                return Look(CameraCondition.OK, "")
    except Exception as exc:
        return Look(CameraCondition.NO_PICTURE, one_line(redact_url(str(exc)))[:200])
    finally:
        container.close()
    return Look(CameraCondition.NO_PICTURE, f"{frames} frame(s) decoded within {seconds:g} s")


class LoginGuard:
    """Refused logins per EPE, so the monitor does not lock an EPE's account. Keeps only a
    fingerprint of the account in memory (never stored), to notice a new password."""

    def __init__(self, limit: int = AUTH_ATTEMPTS_BEFORE_GIVING_UP) -> None:
        self.limit = limit
        self._lock = threading.Lock()
        self._refused: dict[str, tuple[bytes, int]] = {}

    @staticmethod
    def _fingerprint(account: tuple[str, str]) -> bytes:
        return hashlib.sha256("\0".join(account).encode()).digest()

    def may_log_in(self, epe_uid: str, account: tuple[str, str]) -> bool:
        with self._lock:
            found = self._refused.get(epe_uid)
            if found is None or found[0] != self._fingerprint(account):
                self._refused.pop(epe_uid, None)
                return True
            return found[1] < self.limit

    def refused(self, epe_uid: str, account: tuple[str, str]) -> None:
        with self._lock:
            fingerprint = self._fingerprint(account)
            found = self._refused.get(epe_uid)
            count = found[1] + 1 if found and found[0] == fingerprint else 1
            self._refused[epe_uid] = (fingerprint, count)

    def accepted(self, epe_uid: str) -> None:
        with self._lock:
            self._refused.pop(epe_uid, None)


def probe_epe(
    target: EpeTarget,
    account: Account | None,
    guard: LoginGuard,
    *,
    sample_due: Callable[[int], bool] = lambda camera_id: False,
    clock: Callable[[], dt.datetime] = utc_now,
    call_seconds: float = CALL_SECONDS,
    sample_seconds: float = SAMPLE_SECONDS,
    cancelled: threading.Event | None = None,
) -> list[ProbeResult]:
    """Look at the EPE's cameras one after another (one EPE never has two looks at once)."""
    from app.secrets import NoPasswordError, SecretsError

    creds: tuple[str, str] | None = None
    no_account = ""
    if account is not None:
        try:
            creds = account()
        except NoPasswordError:
            no_account = "no account stored for this EPE"
        except SecretsError:
            no_account = "the keyring cannot give the password"
    else:
        no_account = "no account stored for this EPE"
    if creds is not None and not guard.may_log_in(target.epe_uid, creds):
        no_account = f"account refused {guard.limit} times; not sent again until it changes"
        held_back = True
    else:
        held_back = False
    results: list[ProbeResult] = []
    dead: dict[tuple[str, int], int] = {}  # host:port that did not answer -> camera number
    refused_now = False
    retry: list[tuple[int, CameraTarget, tuple[str, str] | None]] = []
    for camera in target.cameras:
        if cancelled is not None and cancelled.is_set():
            break
        _clean, host, port = _clean_url(camera.url)
        if not camera.url:
            look = Look(CameraCondition.FAULTY_REPLY, "no stream address registered")
        elif (host, port) in dead or (host, 0) in dead:
            look = Look(
                CameraCondition.UNREACHABLE,
                f"same address as camera {dead.get((host, port), dead.get((host, 0)))}, "
                "which did not answer",
            )
        else:
            use = None if (held_back or refused_now) else creds
            detail = no_account
            if refused_now:
                detail = "account refused for another camera of this EPE in this sweep"
            look, needs_account = describe(
                camera.url, use, target.scope, call_seconds, no_account_detail=detail
            )
            if held_back and look.condition is CameraCondition.UNKNOWN and creds is not None:
                look = Look(CameraCondition.WRONG_ACCOUNT, no_account)
            elif refused_now and look.condition is CameraCondition.UNKNOWN:
                look = Look(CameraCondition.WRONG_ACCOUNT, detail)
            if look.endpoint_dead:
                dead[(host, port)] = camera.camera_number
            if look.host_dead:
                dead[(host, 0)] = camera.camera_number
            if look.login_refused and creds is not None:
                guard.refused(target.epe_uid, creds)
                refused_now = True
            elif use is not None and look.condition is CameraCondition.OK and needs_account:
                guard.accepted(target.epe_uid)
            if look.condition is CameraCondition.OK and sample_due(camera.camera_id):
                sample_account = use if needs_account else None
                look = sample_frames(camera.url, sample_account, sample_seconds)
                if look.condition is CameraCondition.NO_PICTURE:
                    retry.append((len(results), camera, sample_account))
        results.append(
            ProbeResult(
                camera.epe_id,
                camera.camera_id,
                camera.camera_number,
                look.condition,
                clock(),
                look.detail,
                SOURCE_MONITOR,
            )
        )
    # Once more, after the EPE's other cameras, before saying "no picture": an NVR may refuse
    # a stream it is still tearing down after our DESCRIBE (the simulated site's GStreamer
    # answers 5XX then), and the other cameras' looks give it that time.
    for index, camera, sample_account in retry:
        if cancelled is not None and cancelled.is_set():
            break
        again = sample_frames(camera.url, sample_account, sample_seconds)
        if again.condition is CameraCondition.OK:
            results[index] = dataclasses.replace(
                results[index], condition=CameraCondition.OK, detail="", checked_at=clock()
            )
    return results
