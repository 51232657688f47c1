"""Loop cameras: a stream encoded once and served again and again, for benchmarks that must not
measure the simulator's encoders.

A camera with ``"source": "loop"`` (see ``config``) is encoded once, when the site starts, into
``loop_seconds`` of pictures (the same encoder settings as a live camera, so the client decodes
the same kind of stream); with ``--loop-cache DIR`` the encoded pictures are kept in a file named
by the spec's hash and the next start reads it back. Serving then only copies a reference to a
stored picture into the RTSP payloader at the stream's frame rate: no picture is drawn or encoded.

Timestamps keep rising across the loop point: picture ``k`` of a medium is stamped
``base + k * frame_duration`` on the medium's own clock whatever stored picture it is, so the RTP
timestamps never jump back and a client sees one continuous stream. The first stored picture is a
key picture, so every turn of the loop starts a new group of pictures.

What a loop camera does not have: the live block clock (a stored picture cannot say the moment it
is sent; a painted one would be wrong after the first turn, so glass-to-glass runs keep the live
cameras), the local wall clock (a running-time counter moves in its place), gate vehicles and the
PTZ marker. Digest auth and the outage fronts are the site's, unchanged.

Stdlib at import; gi inside functions (the venv imports every ``app`` module and has no gi).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.simsite.config import StreamConfig

LOG = logging.getLogger("simsite")

# Bump when the encode pipeline changes, so cached loops of the old pipeline are not reused.
FORMAT_VERSION = 1
_MAGIC = b"EPEWALL-LOOP\n"
_FRAME = struct.Struct("<IB")  # length, flags (1: key picture)

PAYLOADERS = {
    "h264": "rtph264pay name=pay0 pt=96 config-interval=1",
    "h265": "rtph265pay name=pay0 pt=96 config-interval=1",
    "mpeg4": "rtpmp4vpay name=pay0 pt=96 config-interval=1",
    "mjpeg": "rtpjpegpay name=pay0 pt=26",
}
LOOP_SERVE_LAUNCH = "( appsrc name=src is-live=true format=time ! {pay} )"


def encoder(stream: StreamConfig) -> str:
    """The encoder of a live camera of this spec (serve.launch_description), without payloader."""
    if stream.codec == "h264":
        return (
            f"x264enc tune=zerolatency speed-preset=ultrafast key-int-max={stream.fps} "
            f"bitrate={stream.bitrate_kbps}"
        )
    if stream.codec == "h265":
        return (
            f"x265enc tune=zerolatency speed-preset=ultrafast key-int-max={stream.fps} "
            f"bitrate={stream.bitrate_kbps}"
        )
    if stream.codec == "mpeg4":
        return f"avenc_mpeg4 gop-size={stream.fps} bitrate={stream.bitrate_kbps * 1000}"
    return "jpegenc quality=75"


def frame_count(stream: StreamConfig, seconds: float) -> int:
    """Whole groups of pictures, at least one: the loop point falls on a key picture."""
    gops = max(1, round(seconds))
    return gops * stream.fps


def encode_launch(stream: StreamConfig, frames: int) -> str:
    caps = f"video/x-raw,format=I420,width={stream.width},height={stream.height}"
    caps += f",framerate={stream.fps}/1"
    return (
        f"videotestsrc name=src num-buffers={frames} ! {caps} "
        "! textoverlay name=label valignment=top halignment=left line-alignment=left wrap-mode=-1 "
        "shaded-background=true "
        "! timeoverlay name=clock valignment=bottom halignment=right shaded-background=true "
        f"! {encoder(stream)} ! appsink name=sink sync=false"
    )


@dataclass(frozen=True)
class LoopSpec:
    """Everything that decides a loop's pictures; its hash names the cache file."""

    stream: StreamConfig
    seconds: float
    look: tuple[tuple[str, Any], ...]
    text: str
    font: str

    def key(self) -> str:
        data = {
            "v": FORMAT_VERSION,
            "stream": [
                self.stream.codec,
                self.stream.width,
                self.stream.height,
                self.stream.fps,
                self.stream.bitrate_kbps,
            ],
            "frames": frame_count(self.stream, self.seconds),
            "look": [list(item) for item in self.look],
            "text": self.text,
            "font": self.font,
        }
        blob = json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")
        return hashlib.sha256(blob).hexdigest()[:32]


@dataclass(frozen=True)
class EncodedLoop:
    caps: str
    fps: int
    frames: tuple[tuple[bytes, bool], ...]  # (picture, is a key picture)

    @property
    def size(self) -> int:
        return sum(len(data) for data, _key in self.frames)


def encode(spec: LoopSpec) -> EncodedLoop:
    """Encode the loop now (under gi); raises RuntimeError if the pipeline fails."""
    from gi.repository import Gst

    frames = frame_count(spec.stream, spec.seconds)
    pipeline = Gst.parse_launch(encode_launch(spec.stream, frames))
    source = pipeline.get_by_name("src")
    for prop, value in spec.look:
        source.set_property(prop, value)
    label = pipeline.get_by_name("label")
    label.set_property("text", spec.text)
    label.set_property("font-desc", spec.font)
    pipeline.get_by_name("clock").set_property("font-desc", spec.font)
    sink = pipeline.get_by_name("sink")
    out: list[tuple[bytes, bool]] = []
    caps = ""
    pipeline.set_state(Gst.State.PLAYING)
    try:
        while True:
            sample = sink.emit("try-pull-sample", 30 * Gst.SECOND)
            if sample is None:
                break
            if not caps:
                caps = sample.get_caps().to_string()
            buffer = sample.get_buffer()
            ok, info = buffer.map(Gst.MapFlags.READ)
            if not ok:
                raise RuntimeError("cannot map an encoded picture")
            try:
                data = bytes(info.data)
            finally:
                buffer.unmap(info)
            out.append((data, not buffer.has_flags(Gst.BufferFlags.DELTA_UNIT)))
        bus_error = pipeline.get_bus().pop_filtered(Gst.MessageType.ERROR)
        if bus_error is not None:
            error, _debug = bus_error.parse_error()
            raise RuntimeError(f"encoding a loop failed: {error.message}")
    finally:
        pipeline.set_state(Gst.State.NULL)
    if not out or not out[0][1]:
        raise RuntimeError("encoding a loop gave no key picture first")
    return EncodedLoop(caps, spec.stream.fps, tuple(out))


def write(path: Path, loop: EncodedLoop) -> None:
    """All or nothing: a reader sees the whole file or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            head = json.dumps({"caps": loop.caps, "fps": loop.fps, "count": len(loop.frames)})
            handle.write(_MAGIC + head.encode("utf-8") + b"\n")
            for data, key in loop.frames:
                handle.write(_FRAME.pack(len(data), 1 if key else 0))
                handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read(path: Path) -> EncodedLoop:
    """A loop written by ``write``; ValueError if the file is not one (then it is encoded again)."""
    blob = path.read_bytes()
    if not blob.startswith(_MAGIC):
        raise ValueError("not a loop file")
    end = blob.index(b"\n", len(_MAGIC))
    head = json.loads(blob[len(_MAGIC) : end])
    at = end + 1
    frames: list[tuple[bytes, bool]] = []
    for _ in range(int(head["count"])):
        length, flags = _FRAME.unpack_from(blob, at)
        at += _FRAME.size
        if at + length > len(blob):
            raise ValueError("a loop file is cut short")
        frames.append((blob[at : at + length], bool(flags & 1)))
        at += length
    if not frames or not frames[0][1]:
        raise ValueError("a loop file without a key picture first")
    return EncodedLoop(str(head["caps"]), int(head["fps"]), tuple(frames))


def load_or_encode(spec: LoopSpec, cache: Path | None) -> EncodedLoop:
    """The loop from the cache folder, or encoded now (and cached when there is a folder)."""
    path = cache / f"{spec.key()}.loop" if cache is not None else None
    if path is not None and path.exists():
        try:
            return read(path)
        except (OSError, ValueError, KeyError, struct.error) as exc:
            LOG.warning("cached loop %s unusable (%s): encoding it again", path.name, exc)
    loop = encode(spec)
    if path is not None:
        try:
            write(path, loop)
        except OSError as exc:
            LOG.warning("cannot cache the loop %s: %s", path.name, exc)
    return loop


class LoopFeeder:
    """Pushes a stored loop into one medium's appsrc at the frame rate, on the main context.

    Picture ``k`` gets ``base + k * duration`` on the medium's clock, ``base`` being the running
    time when the first picture went out: the timestamps rise forever, across every loop point.
    A picture is pushed when the clock reaches its time (a late tick pushes all that are due, each
    with its own time), so the rate stays exact however the main loop is scheduled.
    """

    def __init__(self, appsrc: Any, buffers: list[Any], fps: int) -> None:
        from gi.repository import Gst

        self._src = appsrc
        self._buffers = buffers
        self._duration = Gst.SECOND // fps
        self._base: int | None = None
        self._sent = 0
        self._stopped = False

    def start(self) -> None:
        from gi.repository import GLib

        GLib.timeout_add(5, self._tick)

    def stop(self) -> None:
        self._stopped = True

    def _tick(self) -> bool:
        from gi.repository import GLib, Gst

        if self._stopped:
            return False
        # Only once the medium plays: while it goes to PLAYING the element can have its clock
        # before its base time, and the "running time" then read is the clock's own (the
        # machine's uptime); the first picture got that time and the next a wait of as long, and
        # the client that asked for the stream got no picture (1 open in about 1,400).
        _result, state, _pending = self._src.get_state(0)
        if state != Gst.State.PLAYING:
            return True  # look again in 5 ms
        now = self._src.get_current_running_time()
        if now == Gst.CLOCK_TIME_NONE:
            return True
        if self._base is None:
            self._base = now
        elif now + self._duration < self._base + (self._sent - 1) * self._duration:
            # The running time went back (the medium paused and played again): go on from now
            # rather than wait for the old times to come round.
            LOG.warning("loop feeder: the clock went back; the loop goes on from now")
            self._base = now - self._sent * self._duration
        while self._base + self._sent * self._duration <= now:
            stored = self._buffers[self._sent % len(self._buffers)]
            buffer = stored.copy()  # shares the stored memory: nothing is copied but a header
            buffer.pts = buffer.dts = self._base + self._sent * self._duration
            buffer.duration = self._duration
            flow = self._src.emit("push-buffer", buffer)
            if flow != Gst.FlowReturn.OK:
                LOG.warning("loop feeder stopped: the medium refused a picture (%s)", flow)
                self._stopped = True
                return False
            self._sent += 1
        due = self._base + self._sent * self._duration
        wait_ms = max(1, (due - now + Gst.MSECOND - 1) // Gst.MSECOND)
        GLib.timeout_add(int(wait_ms), self._tick)
        return False


def gst_buffers(loop: EncodedLoop) -> list[Any]:
    """The stored pictures as GStreamer buffers, made once and shared by every medium."""
    from gi.repository import Gst

    out = []
    for data, key in loop.frames:
        buffer = Gst.Buffer.new_wrapped(data)
        if not key:
            buffer.set_flags(Gst.BufferFlags.DELTA_UNIT)
        out.append(buffer)
    return out
