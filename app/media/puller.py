"""Pull one RTSP stream with PyAV over TCP and remux it, unchanged, to MPEG-TS for libVLC.

Runs on its own thread. It never touches Qt objects: it reports through a ``PullerListener`` whose
methods the stream controller implements by emitting signals.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Protocol
from urllib.parse import quote, urlsplit, urlunsplit

import av
import av.error
from av.video.stream import VideoStream

from app.logs import redact_url
from app.media.failures import StreamFailure
from app.peers import CredentialScope, Deadline, ReplyTooLargeError, rtsp_challenges, url_host

log = logging.getLogger(__name__)

SUPPORTED_CODECS = {"h264": "H.264", "hevc": "H.265", "mjpeg": "MJPEG"}
# Muxed into MPEG-TS for libVLC; MJPEG has no MPEG-TS mapping and goes as multipart JPEG.
TS_CODECS = {"h264", "hevc"}
# An access unit delimiter and the start code after it, put at the END of every picture. libVLC's
# H.264/H.265 packetizer passes a picture on only once it sees where the next one starts (the
# delimiter FFmpeg's muxer puts at the start of each), which is one frame interval later: 67 ms
# at 15 fps. The delimiter at the end says it at once; the start code after it closes the
# delimiter, and the empty unit that start code begins is too short for the packetizer to keep.
# The decoder ignores the doubled delimiter. 1 sub glass-to-glass 182 -> 146 ms
# (tests/bench/glass_to_glass.py).
END_OF_PICTURE = {
    "h264": b"\0\0\0\1\x09\xf0\0\0\0\1",  # nal_unit_type 9, primary_pic_type 7
    "hevc": b"\0\0\0\1\x46\x01\x50\0\0\0\1",  # nal_unit_type 35, pic_type 2
}
# The length of every video PES that fits the field (under 64 KiB): without it libVLC's TS
# demuxer holds a picture until the next one begins (another frame interval).
TS_OPTIONS = {"omit_video_pes_length": "0"}


def with_credentials(url: str, user: str, password: str) -> str:
    """Insert ``user:password@`` into an rtsp URL; only ever handed to FFmpeg, never shown."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = f"{quote(user, safe='')}:{quote(password, safe='')}@{host}"
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def ffmpeg_user_agent() -> str:
    """What FFmpeg calls itself in RTSP: the preflight looks like the request that follows."""
    major, minor, micro = av.library_versions["libavformat"]
    return f"Lavf{major}.{minor}.{micro}"


def guarded_url(url: str, user: str, password: str, scope: CredentialScope, timeout: float) -> str:
    """The URL to hand FFmpeg: with the account only when it may go there.

    FFmpeg answers an RTSP ``Basic`` challenge with the password itself and has no switch to
    refuse it. So we ask first, without credentials: the account goes only to a host registered
    for the EPE, and only when that host asks for digest (or Basic over TLS, or Basic for an EPE
    marked as needing it). A stream that asks for nothing gets no account. Raises StreamError.
    """
    if not scope.allows(url):
        raise StreamError(StreamFailure.FOREIGN_HOST, url_host(url))
    try:
        status, schemes = rtsp_challenges(url, Deadline(timeout), ffmpeg_user_agent())
    except TimeoutError:
        raise StreamError(StreamFailure.TIMED_OUT, "no answer to DESCRIBE") from None
    except ReplyTooLargeError:
        raise StreamError(StreamFailure.BAD_REPLY, "answer too large") from None
    except ConnectionRefusedError:
        raise StreamError(StreamFailure.UNREACHABLE, "connection refused") from None
    except OSError as exc:
        raise StreamError(StreamFailure.UNREACHABLE, type(exc).__name__) from None
    except Exception as exc:  # a malformed status line, a reset mid-answer
        raise StreamError(StreamFailure.BAD_REPLY, type(exc).__name__) from None
    if status != 401:
        return url
    if "digest" in schemes or ("basic" in schemes and scope.basic_allowed(url)):
        return with_credentials(url, user, password)
    raise StreamError(StreamFailure.CLEARTEXT_REFUSED, ", ".join(sorted(schemes)) or "none")


def classify(
    exc: BaseException, elapsed: float, open_timeout: float, was_live: bool
) -> StreamFailure:
    """Name the failure from what FFmpeg raised and how long it took."""
    if isinstance(exc, av.error.HTTPUnauthorizedError | av.error.HTTPForbiddenError):
        return StreamFailure.WRONG_PASSWORD
    if isinstance(exc, av.error.HTTPNotFoundError):
        return StreamFailure.NOT_FOUND
    if isinstance(exc, ConnectionRefusedError | ConnectionResetError | OSError) and getattr(
        exc, "errno", None
    ) in (111, 113, 101, 104, 10061, 10065, 10051):
        return StreamFailure.UNREACHABLE
    if isinstance(exc, av.error.TimeoutError | TimeoutError):
        return StreamFailure.STALLED if was_live else StreamFailure.TIMED_OUT
    if isinstance(exc, av.error.EOFError | EOFError):
        return StreamFailure.STALLED if was_live else StreamFailure.BAD_REPLY
    if isinstance(exc, av.error.InvalidDataError):
        # FFmpeg says "invalid data" both for a silent peer (after the timeout) and for garbage.
        if elapsed >= open_timeout * 0.9:
            return StreamFailure.STALLED if was_live else StreamFailure.TIMED_OUT
        return StreamFailure.BAD_REPLY
    if isinstance(exc, av.error.HTTPError):
        return StreamFailure.BAD_REPLY
    if isinstance(exc, OSError):
        return StreamFailure.UNREACHABLE
    return StreamFailure.BAD_REPLY


class TsPipe:
    """Bytes from the remuxer to libVLC's read callback.

    Bounded in *time*, not just bytes: when libVLC or the machine falls behind, whole packets are
    dropped up to the next keyframe instead of queueing (a live wall must not drift behind).
    """

    def __init__(
        self,
        max_bytes: int = 4_000_000,
        max_age: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        # (time written, bytes): the age of the oldest chunk is how far behind libVLC is.
        self._chunks: deque[tuple[float, bytes]] = deque()
        self._size = 0
        self._max = max_bytes
        self._max_age = max_age
        self._clock = clock
        self._cond = threading.Condition()
        self._closed = False
        self._pending = b""

    @property
    def backlog(self) -> int:
        return self._size

    @property
    def age(self) -> float:
        """Seconds the oldest unread chunk has waited (0 when none waits)."""
        with self._cond:
            return self._clock() - self._chunks[0][0] if self._chunks else 0.0

    def over_budget(self) -> bool:
        return self._size > self._max or self.age > self._max_age

    def write(self, data: bytes | memoryview) -> int:
        chunk = bytes(data)
        with self._cond:
            if self._closed:
                return len(chunk)
            self._chunks.append((self._clock(), chunk))
            self._size += len(chunk)
            self._cond.notify()
        return len(chunk)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def read(self, size: int, timeout: float = 0.25) -> bytes | None:
        """Up to ``size`` bytes; b"" at end of stream; None when nothing came within ``timeout``."""
        if not self._pending:
            with self._cond:
                if not self._chunks and not self._closed:
                    self._cond.wait(timeout)
                if self._chunks:
                    self._pending = self._chunks.popleft()[1]
                    self._size -= len(self._pending)
                elif self._closed:
                    return b""
                else:
                    return None
        out, self._pending = self._pending[:size], self._pending[size:]
        return out


@dataclass(frozen=True)
class StreamInfo:
    codec: str  # FFmpeg codec name: h264, hevc, mjpeg
    width: int
    height: int
    fps: float


class PullerListener(Protocol):
    def puller_opened(self, info: StreamInfo) -> None: ...
    def puller_stats(self, fps: float, kbps: float, dropped: int) -> None: ...
    def puller_failed(self, failure: StreamFailure, detail: str) -> None: ...
    def puller_ended(self) -> None: ...


# Called on the puller thread at connect time (keyring look-ups may block); raises StreamError.
Credentials = Callable[[], tuple[str, str]]


class Puller(threading.Thread):
    """One connection attempt: open, then remux packets until stopped, stalled or failed."""

    def __init__(
        self,
        url: str,
        credentials: Credentials | None,
        pipe: TsPipe,
        listener: PullerListener,
        open_timeout: float = 5.0,
        stall_timeout: float = 5.0,
        allow_basic: bool = False,
        low_delay: bool = True,
    ) -> None:
        super().__init__(name=f"puller {redact_url(url)}", daemon=True)
        self._url = url
        # The camera's own URL is registered for its EPE by definition.
        self._scope = CredentialScope.of([url_host(url)], allow_basic)
        self._credentials = credentials
        self._pipe = pipe
        self._listener = listener
        self._open_timeout = open_timeout
        self._stall_timeout = stall_timeout
        # A live tile's TS lets libVLC pass each picture on as it comes (TS_OPTIONS,
        # END_OF_PICTURE). A replay keeps the TS as before: with either, a paused replay's
        # picture never stood still for its snapshot (the paused playback tests at 1x-8x).
        self._low_delay = low_delay
        # Not "_stop": threading.Thread has a method of that name that join() and is_alive() call.
        self._stopping = threading.Event()
        self.packets = 0

    def stop(self) -> None:
        self._stopping.set()
        self._pipe.close()

    def run(self) -> None:
        started = time.monotonic()
        live = False
        try:
            url = self._url
            if self._credentials is not None:
                user, password = self._credentials()
                url = guarded_url(url, user, password, self._scope, self._open_timeout)
            container = av.open(
                url,
                # Width, height and frame rate come from the SDP and the first packet, so probing
                # further only delays the picture (open: 0.77 s -> 0.22 s). No "nobuffer": with
                # it FFmpeg throws away the packets it probed, which is the first keyframe.
                options={
                    "rtsp_transport": "tcp",
                    "probesize": "32",
                    "analyzeduration": "0",
                },
                timeout=(self._open_timeout, self._stall_timeout),
            )
            del url
        except StreamError as exc:
            self._listener.puller_failed(exc.failure, exc.detail)
            return
        except Exception as exc:  # FFmpeg's message holds the URL: never pass it on unredacted
            failure = classify(exc, time.monotonic() - started, self._open_timeout, live)
            self._listener.puller_failed(failure, redact_url(str(exc)))
            return
        try:
            live = True
            self._remux(container)
        except StreamError as exc:
            if not self._stopping.is_set():
                self._listener.puller_failed(exc.failure, exc.detail)
        except Exception as exc:
            if not self._stopping.is_set():
                failure = classify(exc, self._stall_timeout, self._stall_timeout, live)
                self._listener.puller_failed(failure, redact_url(str(exc)))
        finally:
            container.close()
            self._pipe.close()
        if not self._stopping.is_set():
            self._listener.puller_ended()

    def _remux(self, container: av.container.InputContainer) -> None:
        if not container.streams.video:
            raise StreamError(StreamFailure.BAD_REPLY, "no video stream")
        vin = container.streams.video[0]
        codec = vin.codec_context.name
        if codec not in SUPPORTED_CODECS:
            self._listener.puller_failed(StreamFailure.UNSUPPORTED_CODEC, codec)
            self._stopping.set()
            return
        rate = vin.average_rate or vin.guessed_rate
        info = StreamInfo(
            codec, vin.codec_context.width, vin.codec_context.height, float(rate) if rate else 0.0
        )
        if codec in TS_CODECS:
            options = TS_OPTIONS if self._low_delay else {}
            out = av.open(self._pipe, "w", format="mpegts", options=options)
        else:
            out = av.open(self._pipe, "w", format="mpjpeg")
        ending = END_OF_PICTURE.get(codec, b"") if self._low_delay else b""
        try:
            ost = out.add_stream_from_template(vin)
            self._listener.puller_opened(info)
            window_start, window_packets, window_bytes, dropped = time.monotonic(), 0, 0, 0
            dropping = False
            first_key: av.Packet[VideoStream] | None = None
            frame_ticks = _frame_ticks(vin)
            base = vin.time_base or Fraction(1, 90_000)
            timeline = Timeline(frame_ticks, round(1 / base))
            for packet in container.demux(vin):
                if self._stopping.is_set():
                    break
                if packet.dts is None and packet.pts is None:
                    # FFmpeg's RTP demuxer gives the very first packet, the keyframe the stream
                    # starts with, no time. Dropping it made libVLC wait a whole GOP for the
                    # next one; it gets its time from the packet after it instead.
                    if packet.is_keyframe and self.packets == 0 and packet.size:
                        first_key = packet
                    continue
                if first_key is not None:
                    after = packet.dts if packet.dts is not None else packet.pts
                    assert after is not None
                    first_key.dts = first_key.pts = after - (packet.duration or frame_ticks)
                    timeline.restamp(first_key)
                    out.mux(_ended(first_key, ending, ost))
                    self.packets += 1
                    first_key = None
                # Behind real time: skip to the next keyframe rather than queue.
                if self._pipe.over_budget():
                    dropping = True
                if dropping:
                    if packet.is_keyframe and not self._pipe.over_budget():
                        dropping = False
                    else:
                        dropped += 1
                        continue
                window_packets += 1
                window_bytes += packet.size
                if timeline.restamp(packet):
                    log.info(
                        "%s: the camera's clock jumped; its pictures go on from here", self.name
                    )
                out.mux(_ended(packet, ending, ost))
                self.packets += 1
                now = time.monotonic()
                if now - window_start >= 1.0:
                    span = now - window_start
                    self._listener.puller_stats(
                        window_packets / span, window_bytes * 8 / 1000 / span, dropped
                    )
                    window_start, window_packets, window_bytes = now, 0, 0
        finally:
            try:
                out.close()
            except Exception:  # the pipe may already be closed on stop
                log.debug("closing the remuxer failed", exc_info=False)
        if not self._stopping.is_set():
            raise StreamError(StreamFailure.STALLED, "the camera ended the stream")


class Timeline:
    """Keeps the timestamps handed to libVLC going forward with the wall clock when the camera's
    timestamps jump: a camera whose encoder restarts (another client joining a shared stream, a
    setting changed) starts again from 0, and the remuxer refuses a timestamp that goes back (the
    tile failed every few seconds with "Invalid argument"); a jump far ahead would hold the
    picture in libVLC for as long. Between jumps the camera's own timestamps are kept, shifted.
    """

    # A gap this much longer than the time that really passed is a jump, not lost pictures.
    SLACK_S = 1.0

    def __init__(
        self, frame_ticks: int, ticks_per_second: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._frame = frame_ticks
        self._per_second = ticks_per_second
        self._clock = clock
        self._offset = 0
        self._last: tuple[int, float] | None = None  # (last timestamp handed on, when)

    def restamp(self, packet: Any) -> bool:
        """Shift ``packet``'s dts and pts; True when this packet starts a new offset (a jump)."""
        raw = packet.dts if packet.dts is not None else packet.pts
        if raw is None:
            return False
        now = self._clock()
        jumped = False
        if self._last is not None:
            last, then = self._last
            elapsed = round((now - then) * self._per_second)
            step = raw + self._offset - last
            if step <= 0 or step > elapsed + self.SLACK_S * self._per_second:
                self._offset = last + max(self._frame, elapsed) - raw
                jumped = True
        if packet.dts is not None:
            packet.dts += self._offset
        if packet.pts is not None:
            packet.pts += self._offset
        self._last = (raw + self._offset, now)
        return jumped


def _ended(
    packet: av.Packet[VideoStream], ending: bytes, stream: VideoStream
) -> av.Packet[VideoStream]:
    """``packet`` for ``stream``, with ``ending`` after its picture (a copy, when there is one)."""
    if not ending:
        packet.stream = stream
        return packet
    ended: av.Packet[VideoStream] = av.Packet(bytes(packet) + ending)  # type: ignore[assignment]
    ended.pts, ended.dts, ended.duration = packet.pts, packet.dts, packet.duration
    ended.time_base = packet.time_base
    ended.is_keyframe = packet.is_keyframe
    ended.stream = stream
    return ended


def _frame_ticks(stream: VideoStream) -> int:
    """One frame interval in the stream's time base (a guess of 15 fps when nothing says)."""
    rate = stream.average_rate or stream.guessed_rate or 15
    base = stream.time_base or Fraction(1, 90_000)
    return max(1, round(1 / (Fraction(rate) * base)))


class StreamError(Exception):
    """A named failure; credential providers raise it (no account, keyring locked)."""

    def __init__(self, failure: StreamFailure, detail: str) -> None:
        super().__init__(detail)
        self.failure = failure
        self.detail = detail
