"""The simulated EPE site: one GStreamer RTSP server with digest authentication per EPE.

Run by Debian's /usr/bin/python3 (it has ``gi``; the venv does not)::

    /usr/bin/python3 app/simsite/rtsp_server.py --config CONFIG.json --describe-to OUT.json

Every EPE gets its own server on 127.0.0.1 and its own account, like separate sites. Cameras use
Hikvision paths (``/Streaming/Channels/{N}01`` main, ``{N}02`` sub). Media are shared between
clients and built only while someone watches, so an idle site costs no CPU. Once every server is
bound, the site description (with the fixture accounts, URLs without credentials) is written
atomically to ``--describe-to``. SIGTERM/SIGINT stop it with exit code 0; it also stops when its
parent dies. Logs go to stderr and never contain a password.

Every picture carries two clocks: the human-readable local time (bottom right) and a *block clock*
(bottom left, above the text line), a row of black and white blocks that says the millisecond of the
UTC day at which the frame was made, so a client on the same host can read glass-to-glass delay off
its own screen. ``block_clock_geometry`` and ``block_clock_read`` are what a reader needs.

Stdlib and gi only; gi is imported inside functions so the venv can import this module.
"""

from __future__ import annotations

import argparse
import ctypes
import datetime as dt
import json
import logging
import os
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LOG = logging.getLogger("simsite")
LOG_FORMAT = "simsite %(asctime)s %(levelname)s %(message)s"

HOST = "127.0.0.1"
# Asia/Ho_Chi_Minh has had no daylight saving since 1975; a POSIX rule needs no tzdata.
VIETNAM_TZ = "<+07>-7"
CLOCK_FORMAT = "%Y-%m-%d %H:%M:%S UTC+7"
# textoverlay scales text with the picture, so one size gives main and sub streams the same look.
FONT = "DejaVu Sans Bold 14"

# Appendix I allows the first three. "mpeg4" (MPEG-4 Part 2, as old analogue-era encoders send) is
# there so a client can be tried against a codec it must refuse; no default camera uses it.
CODECS = ("h264", "h265", "mjpeg", "mpeg4")
POSITIONS = ("gate", "storage_door", "storage_yard", "inside_storage", "other")
CONNECTIONS = ("internet", "vpn", "private_channel")
RISK_LEVELS = ("low", "medium", "high")
# What the picture says, as a camera's on-screen display would at a Vietnamese site.
POSITION_OSD = {
    "gate": "Cổng",
    "storage_door": "Cửa kho",
    "storage_yard": "Bãi kho",
    "inside_storage": "Trong kho",
    "other": "Khác",
}
EPE_FIELDS = (
    "name",
    "tax_id",
    "address",
    "sub_department",
    "contact_person",
    "contact_phone",
    "connection",
    "licence_date",
    "established_date",
    "risk_level",
)

# Decision 247 Appendix I asks 1920x1080 at 30 fps of the main stream; sub streams are small.
DEFAULT_STREAMS: dict[str, dict[str, Any]] = {
    "main": {"width": 1920, "height": 1080, "fps": 30, "codec": "h264", "bitrate_kbps": 4000},
    "sub": {"width": 640, "height": 360, "fps": 15, "codec": "h264", "bitrate_kbps": 500},
}

# Patterns that are cheap to draw and to encode and that move: the bars scroll sideways (a copy
# per frame), the ball bounces. Pinwheel, spokes and circular cost a whole core each at 1080p30
# once they move, and noise or fine rings cost the encoder, so they are left out. Colours are ARGB.
LOOKS: tuple[dict[str, Any], ...] = (
    {"pattern": "smpte75", "horizontal-speed": 2},
    {"pattern": "ball", "foreground-color": 0xFFFFD700, "background-color": 0xFF1A237E},
    {
        "pattern": "bar",
        "horizontal-speed": 4,
        "foreground-color": 0xFFFF6D00,
        "background-color": 0xFF004D40,
    },
    {"pattern": "smpte100", "horizontal-speed": 3},
    {
        "pattern": "bar",
        "horizontal-speed": 3,
        "foreground-color": 0xFF18FFFF,
        "background-color": 0xFF311B92,
    },
    {"pattern": "ball", "foreground-color": 0xFFD50000, "background-color": 0xFFCFD8DC},
    {
        "pattern": "bar",
        "horizontal-speed": 5,
        "foreground-color": 0xFF76FF03,
        "background-color": 0xFF212121,
    },
    {
        "pattern": "bar",
        "horizontal-speed": 6,
        "foreground-color": 0xFFE040FB,
        "background-color": 0xFF1B5E20,
    },
    {
        "pattern": "bar",
        "horizontal-speed": 2,
        "foreground-color": 0xFFFFEB3B,
        "background-color": 0xFF3E2723,
    },
    {"pattern": "ball", "foreground-color": 0xFFFFFFFF, "background-color": 0xFF880E4F},
)


# --------------------------------------------------------------------------------- block clock

MS_PER_DAY = 86_400_000
BLOCK_CLOCK_START = (1, 0)
BLOCK_CLOCK_END = (0, 1)
BLOCK_CLOCK_VALUE_BITS = 27  # 86_400_000 < 2**27
BLOCK_CLOCK_CHECK_BITS = 7
# A prime below 2**7: changing any single value block changes value % 127, so one misread block
# is always caught (and the start/end markers catch a strip read at the wrong place).
BLOCK_CLOCK_CHECK_MODULUS = 127
BLOCK_CLOCK_BLOCKS = (
    len(BLOCK_CLOCK_START) + BLOCK_CLOCK_VALUE_BITS + BLOCK_CLOCK_CHECK_BITS + len(BLOCK_CLOCK_END)
)


def _bits(value: int, count: int) -> list[int]:
    return [(value >> shift) & 1 for shift in range(count - 1, -1, -1)]


def block_clock_bits(ms_of_day: int) -> tuple[int, ...]:
    """The blocks, left to right (1 = white), that show ``ms_of_day``."""
    value = ms_of_day % MS_PER_DAY
    return (
        *BLOCK_CLOCK_START,
        *_bits(value, BLOCK_CLOCK_VALUE_BITS),
        *_bits(value % BLOCK_CLOCK_CHECK_MODULUS, BLOCK_CLOCK_CHECK_BITS),
        *BLOCK_CLOCK_END,
    )


def block_clock_read(bits: Sequence[int]) -> int | None:
    """The millisecond of the UTC day the blocks show, or None if they are not a valid clock."""
    if len(bits) != BLOCK_CLOCK_BLOCKS:
        return None
    start, end = len(BLOCK_CLOCK_START), len(bits) - len(BLOCK_CLOCK_END)
    if tuple(bits[:start]) != BLOCK_CLOCK_START or tuple(bits[end:]) != BLOCK_CLOCK_END:
        return None
    value = 0
    for bit in bits[start : start + BLOCK_CLOCK_VALUE_BITS]:
        value = value << 1 | (1 if bit else 0)
    check = 0
    for bit in bits[start + BLOCK_CLOCK_VALUE_BITS : end]:
        check = check << 1 | (1 if bit else 0)
    if value >= MS_PER_DAY or check != value % BLOCK_CLOCK_CHECK_MODULUS:
        return None
    return value


@dataclass(frozen=True)
class BlockClockGeometry:
    """Where the block clock sits in a picture of the stream's own size, in pixels."""

    left: int  # first block
    top: int
    block_width: int
    block_height: int
    box: tuple[int, int, int, int]  # the black quiet zone behind the blocks: x, y, width, height

    def centres(self) -> list[tuple[float, float]]:
        y = self.top + self.block_height / 2
        return [
            (self.left + (i + 0.5) * self.block_width, y) for i in range(BLOCK_CLOCK_BLOCKS)
        ]


def block_clock_geometry(width: int, height: int) -> BlockClockGeometry:
    # Blocks of 1/80 of the width (8 px on a 640x360 sub stream) stay readable through H.264 at
    # 500 kbit/s and in a 4x4-wall tile; the strip ends left of the human-readable clock.
    block = max(2, round(width / 80))
    box_width = (BLOCK_CLOCK_BLOCKS + 2) * block
    box_height = 4 * block
    box_top = round(height * 0.84) - box_height
    return BlockClockGeometry(
        left=2 * block,
        top=box_top + block,
        block_width=block,
        block_height=2 * block,
        box=(block, box_top, box_width, box_height),
    )


def block_clock_painter(width: int, height: int) -> Callable[[Any, Any], Any]:
    """A handler for overlaycomposition's "draw" signal that paints the block clock.

    Runs on the streaming thread right after the live source made the frame, so the time it paints
    is the moment of "capture". The rectangles are made once; a frame only picks the white ones.
    """
    from gi.repository import Gst, GstVideo

    geometry = block_clock_geometry(width, height)

    def solid(x: int, y: int, w: int, h: int, level: int) -> Any:
        # A 2x2 pixel source scaled up: one colour stays one colour, and nothing big is copied.
        pixels = Gst.Buffer.new_wrapped(bytes((level, level, level, 255)) * 4)
        GstVideo.buffer_add_video_meta(
            pixels, GstVideo.VideoFrameFlags.NONE, GstVideo.VideoFormat.BGRA, 2, 2
        )
        return GstVideo.VideoOverlayRectangle.new_raw(
            pixels, x, y, w, h, GstVideo.VideoOverlayFormatFlags.NONE
        )

    box = solid(*geometry.box, 0)
    whites = [
        solid(
            geometry.left + i * geometry.block_width,
            geometry.top,
            geometry.block_width,
            geometry.block_height,
            255,
        )
        for i in range(BLOCK_CLOCK_BLOCKS)
    ]

    def draw(_element: Any, _sample: Any) -> Any:
        bits = block_clock_bits(int(time.time() * 1000))
        composition = GstVideo.VideoOverlayComposition.new(box)
        for white, bit in zip(whites, bits, strict=True):
            if bit:
                composition.add_rectangle(white)
        return composition

    return draw


class ConfigError(ValueError):
    """The site configuration is not usable; the message names the place."""


@dataclass(frozen=True)
class StreamConfig:
    width: int
    height: int
    fps: int
    codec: str
    bitrate_kbps: int

    def describe(self) -> dict[str, Any]:
        return {"width": self.width, "height": self.height, "fps": self.fps, "codec": self.codec}


@dataclass(frozen=True)
class CameraConfig:
    diagram_number: int
    position: str
    name: str
    main: StreamConfig
    sub: StreamConfig
    look: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class EpeConfig:
    fields: dict[str, Any]  # every EPE key of the configuration except account and cameras
    user: str
    password: str
    cameras: tuple[CameraConfig, ...]

    @property
    def name(self) -> str:
        return str(self.fields["name"])

    @property
    def tax_id(self) -> str:
        return str(self.fields["tax_id"])


# --------------------------------------------------------------------------------------- config


def _stream(where: str, kind: str, given: Any) -> StreamConfig:
    if given is None:
        given = {}
    if not isinstance(given, dict):
        raise ConfigError(f"{where}.{kind}: must be an object")
    merged = {**DEFAULT_STREAMS[kind], **given}
    codec = str(merged["codec"]).lower()
    if codec not in CODECS:
        raise ConfigError(f"{where}.{kind}.codec: {codec!r} is not one of {', '.join(CODECS)}")
    try:
        width, height = int(merged["width"]), int(merged["height"])
        fps, bitrate = int(merged["fps"]), int(merged["bitrate_kbps"])
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}.{kind}: width, height, fps, bitrate must be numbers") from exc
    if width < 16 or height < 16 or width % 2 or height % 2 or not 1 <= fps <= 60 or bitrate < 16:
        raise ConfigError(f"{where}.{kind}: impossible size, frame rate or bitrate")
    if codec == "mjpeg" and (width > 2040 or height > 2040):
        # RTP/JPEG (RFC 2435) stores the size in units of 8 pixels in one byte.
        raise ConfigError(f"{where}.{kind}: M-JPEG over RTP is limited to 2040x2040")
    return StreamConfig(width, height, fps, codec, bitrate)


def parse_config(data: Any, look_offset: int = 0) -> tuple[EpeConfig, ...]:
    """Check the configuration and fill in defaults; raises ConfigError naming the bad place."""
    if not isinstance(data, dict) or not isinstance(data.get("epes"), list) or not data["epes"]:
        raise ConfigError("the configuration needs a non-empty list 'epes'")
    if data.get("version", 1) != 1:
        raise ConfigError(f"configuration version {data.get('version')!r} is not supported")
    epes: list[EpeConfig] = []
    seen_tax_ids: set[str] = set()
    look_index = look_offset
    for i, raw in enumerate(data["epes"]):
        where = f"epes[{i}]"
        if not isinstance(raw, dict):
            raise ConfigError(f"{where}: must be an object")
        for key in ("name", "tax_id"):
            if not str(raw.get(key, "")).strip():
                raise ConfigError(f"{where}.{key}: required")
        if raw["tax_id"] in seen_tax_ids:
            raise ConfigError(f"{where}.tax_id: used twice")
        seen_tax_ids.add(raw["tax_id"])
        for key, allowed in (("connection", CONNECTIONS), ("risk_level", RISK_LEVELS)):
            if key in raw and raw[key] not in allowed:
                raise ConfigError(f"{where}.{key}: must be one of {', '.join(allowed)}")
        account = raw.get("account")
        if not isinstance(account, dict) or not account.get("user") or not account.get("password"):
            raise ConfigError(f"{where}.account: needs 'user' and 'password'")
        cameras_raw = raw.get("cameras")
        if not isinstance(cameras_raw, list) or not cameras_raw:
            raise ConfigError(f"{where}.cameras: needs at least one camera")
        cameras: list[CameraConfig] = []
        numbers: set[int] = set()
        for j, cam in enumerate(cameras_raw):
            cwhere = f"{where}.cameras[{j}]"
            if not isinstance(cam, dict):
                raise ConfigError(f"{cwhere}: must be an object")
            number = cam.get("diagram_number")
            # Channel paths are /Streaming/Channels/{N}01, so N is 1..99 like on an NVR.
            if not isinstance(number, int) or not 1 <= number <= 99 or number in numbers:
                raise ConfigError(f"{cwhere}.diagram_number: a unique whole number 1..99")
            numbers.add(number)
            if cam.get("position") not in POSITIONS:
                raise ConfigError(f"{cwhere}.position: must be one of {', '.join(POSITIONS)}")
            look = dict(LOOKS[look_index % len(LOOKS)])
            look_index += 1
            if isinstance(cam.get("pattern"), str):
                look = {"pattern": cam["pattern"]}
            elif isinstance(cam.get("pattern"), dict):
                # videotestsrc properties, e.g. a cheap pattern for an expensive codec
                look = dict(cam["pattern"])
            extra = {
                k: v
                for k, v in cam.items()
                if k not in ("diagram_number", "position", "name", "main", "sub", "pattern")
            }
            cameras.append(
                CameraConfig(
                    diagram_number=number,
                    position=cam["position"],
                    name=str(cam.get("name", "")),
                    main=_stream(cwhere, "main", cam.get("main")),
                    sub=_stream(cwhere, "sub", cam.get("sub")),
                    look=look,
                    extra=extra,
                )
            )
        fields = {k: v for k, v in raw.items() if k not in ("account", "cameras")}
        epes.append(
            EpeConfig(
                fields=fields,
                user=str(account["user"]),
                password=str(account["password"]),
                cameras=tuple(cameras),
            )
        )
    return tuple(epes)


def load_ports(path: Path) -> dict[str, int]:
    """Ports by tax ID from an earlier site description (or any JSON of that shape)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    ports: dict[str, int] = {}
    for epe in data.get("epes", []):
        port = epe.get("rtsp", {}).get("port")
        if isinstance(port, int) and epe.get("tax_id"):
            ports[str(epe["tax_id"])] = port
    return ports


# ------------------------------------------------------------------------------------ pipelines


def stream_path(diagram_number: int, kind: str) -> str:
    return f"/Streaming/Channels/{diagram_number}{'01' if kind == 'main' else '02'}"


def launch_description(stream: StreamConfig, ptz_marker: bool = False) -> str:
    """The pipeline of one stream; texts and colours are set on the named elements afterwards."""
    caps = f"video/x-raw,format=I420,width={stream.width},height={stream.height}"
    caps += f",framerate={stream.fps}/1"
    if stream.codec == "h264":
        encode = (
            f"x264enc tune=zerolatency speed-preset=ultrafast key-int-max={stream.fps} "
            f"bitrate={stream.bitrate_kbps} ! rtph264pay name=pay0 pt=96 config-interval=1"
        )
    elif stream.codec == "h265":
        encode = (
            f"x265enc tune=zerolatency speed-preset=ultrafast key-int-max={stream.fps} "
            f"bitrate={stream.bitrate_kbps} ! rtph265pay name=pay0 pt=96 config-interval=1"
        )
    elif stream.codec == "mpeg4":
        encode = (
            f"avenc_mpeg4 gop-size={stream.fps} bitrate={stream.bitrate_kbps * 1000} "
            "! rtpmp4vpay name=pay0 pt=96 config-interval=1"
        )
    else:
        encode = "jpegenc quality=75 ! rtpjpegpay name=pay0 pt=26"
    marker = "! overlaycomposition name=ptzmarker " if ptz_marker else ""
    return (
        f"( videotestsrc name=src is-live=true ! {caps} "
        f"! overlaycomposition name=blockclock {marker}"
        "! textoverlay name=label valignment=top halignment=left line-alignment=left wrap-mode=-1 "
        "shaded-background=true "
        "! clockoverlay name=clock valignment=bottom halignment=right shaded-background=true "
        f"! queue max-size-buffers=2 leaky=downstream ! {encode} )"
    )


def picture_text(epe: EpeConfig, camera: CameraConfig) -> str:
    position = POSITION_OSD.get(camera.position, camera.position)
    line2 = f"Camera {camera.diagram_number:02d} · {position}"
    if camera.name:
        line2 += f" · {camera.name}"
    return f"{epe.name}\n{line2}"


def make_factory(epe: EpeConfig, camera: CameraConfig, kind: str, role: str) -> Any:
    from gi.repository import GLib, Gst, GstRtspServer

    stream = camera.main if kind == "main" else camera.sub
    text = GLib.markup_escape_text(picture_text(epe, camera))
    ptz = bool(camera.extra.get("ptz"))
    launch = launch_description(stream, ptz_marker=ptz)
    label = f"{epe.name} camera {camera.diagram_number} {kind}"

    class CameraFactory(GstRtspServer.RTSPMediaFactory):  # type: ignore[misc]
        def do_create_element(self, url: Any) -> Any:
            element = Gst.parse_launch(launch)
            source = element.get_by_name("src")
            for prop, value in camera.look.items():
                source.set_property(prop, value)
            overlay = element.get_by_name("label")
            overlay.set_property("text", text)
            overlay.set_property("font-desc", FONT)
            clock = element.get_by_name("clock")
            clock.set_property("time-format", CLOCK_FORMAT)
            clock.set_property("font-desc", FONT)
            painter = block_clock_painter(stream.width, stream.height)
            element.get_by_name("blockclock").connect("draw", painter)
            if ptz:
                where = _onvif_module().ptz_position_of
                marker = ptz_marker_painter(
                    stream.width, stream.height, lambda: where(epe.tax_id, camera.diagram_number)
                )
                element.get_by_name("ptzmarker").connect("draw", marker)
            return element

    factory = CameraFactory()
    # One encoder per stream however many officers watch; gst-rtsp-server unprepares a shared
    # medium when its last client leaves, so nothing is encoded for nobody.
    factory.set_shared(True)
    factory.add_role_from_structure(
        Gst.Structure.new_from_string(
            f"{role}, media.factory.access=(boolean)true, media.factory.construct=(boolean)true"
        )
    )

    def on_configure(_factory: Any, media: Any) -> None:
        LOG.info("encoding started: %s", label)
        # Send each frame the moment it is encoded, as a camera does. Left alone, the sink holds
        # every frame for the pipeline's latency (a frame of the live source, 67 ms at 15 fps):
        # a delay no camera adds, which would count against the client's glass-to-glass figure.
        media.get_element().get_parent().set_latency(0)
        media.connect("unprepared", lambda _m: LOG.info("encoding stopped: %s", label))

    factory.connect("media-configure", on_configure)
    return factory


# --------------------------------------------------------------------------------------- server


def make_server(epe: EpeConfig, index: int, port: int) -> Any:
    from gi.repository import GstRtsp, GstRtspServer

    server = GstRtspServer.RTSPServer()
    server.set_address(HOST)
    server.set_service(str(port))
    role = f"epe{index}"
    auth = GstRtspServer.RTSPAuth()
    auth.set_supported_methods(GstRtsp.RTSPAuthMethod.DIGEST)
    auth.set_realm(f"EPE {epe.tax_id}")
    token = GstRtspServer.RTSPToken.new()
    token.set_string(GstRtspServer.RTSP_TOKEN_MEDIA_FACTORY_ROLE, role)
    auth.add_digest(epe.user, epe.password, token)
    server.set_auth(auth)
    mounts = server.get_mount_points()
    for camera in epe.cameras:
        for kind in ("main", "sub"):
            mounts.add_factory(
                stream_path(camera.diagram_number, kind), make_factory(epe, camera, kind, role)
            )

    def on_client(_server: Any, client: Any) -> None:
        connection = client.get_connection()
        peer = connection.get_ip() if connection is not None else "?"
        LOG.info("%s: client connected from %s", epe.name, peer)

    server.connect("client-connected", on_client)
    return server


def describe(epes: tuple[EpeConfig, ...], ports: list[int]) -> dict[str, Any]:
    out: list[dict[str, Any]] = []
    for epe, port in zip(epes, ports, strict=True):
        cameras = []
        for cam in epe.cameras:
            base = f"rtsp://{HOST}:{port}"
            cameras.append(
                {
                    **cam.extra,
                    "diagram_number": cam.diagram_number,
                    "position": cam.position,
                    "name": cam.name,
                    "main_url": base + stream_path(cam.diagram_number, "main"),
                    "sub_url": base + stream_path(cam.diagram_number, "sub"),
                    "main": cam.main.describe(),
                    "sub": cam.sub.describe(),
                }
            )
        entry = {key: epe.fields.get(key) for key in EPE_FIELDS}
        entry.update({k: v for k, v in epe.fields.items() if k not in entry})
        entry["account"] = {"user": epe.user, "password": epe.password}
        entry["rtsp"] = {"host": HOST, "port": port}
        entry["cameras"] = cameras
        out.append(entry)
    started = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return {"version": 1, "pid": os.getpid(), "started_at": started, "epes": out}


def write_atomically(path: Path, data: dict[str, Any]) -> None:
    """Readers see either no file or the whole file; 0600 because it holds the fixture accounts."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ------------------------------------------------------------------------------------ lifecycle

PR_SET_PDEATHSIG = 1
# GLib.SOURCE_REMOVE / SOURCE_CONTINUE, spelled out so the module needs no gi at import time.
SOURCE_REMOVE = False
SOURCE_CONTINUE = True


def die_with_parent(parent_pid: int | None, use_pdeathsig: bool, quit_: Any) -> None:
    """Stop when the parent process goes away, so no site outlives the test or the app.

    PR_SET_PDEATHSIG fires when the *thread* that started us ends, so the caller only asks for it
    when it started us from its main thread; a pidfd on the parent process covers every case.
    """
    from gi.repository import GLib

    expected = parent_pid if parent_pid is not None else os.getppid()
    if use_pdeathsig:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) != 0:
            LOG.warning("prctl(PR_SET_PDEATHSIG) failed: errno %d", ctypes.get_errno())
    if parent_pid is None:
        if os.getppid() != expected:
            quit_("parent already gone")
        return
    try:
        pidfd = os.pidfd_open(parent_pid)
    except ProcessLookupError:
        quit_("parent already gone")
        return
    except OSError:
        # Kernels before 5.3 have no pidfd: look once a second instead.
        def poll() -> bool:
            try:
                os.kill(parent_pid, 0)
            except ProcessLookupError:
                quit_("parent process ended")
                return SOURCE_REMOVE
            return SOURCE_CONTINUE

        GLib.timeout_add_seconds(1, poll)
        return

    def parent_ended(_fd: int, _condition: Any) -> bool:
        quit_("parent process ended")
        return SOURCE_REMOVE

    GLib.unix_fd_add_full(GLib.PRIORITY_DEFAULT, pidfd, GLib.IOCondition.IN, parent_ended)


def ptz_marker_painter(
    width: int, height: int, where: Callable[[], tuple[float, float, float] | None]
) -> Callable[[Any, Any], Any]:
    """Paints where a PTZ camera looks (pan left..right, tilt down..up) as a black square with a
    white centre, so a test or an officer sees a preset or a move arrive in the picture."""
    from gi.repository import Gst, GstVideo

    size = max(8, round(width / 10)) // 4 * 4

    def pixels(level: int) -> Any:
        buffer = Gst.Buffer.new_wrapped(bytes((level, level, level, 255)) * 4)
        GstVideo.buffer_add_video_meta(
            buffer, GstVideo.VideoFrameFlags.NONE, GstVideo.VideoFormat.BGRA, 2, 2
        )
        return buffer

    black, white = pixels(0), pixels(255)
    flags = GstVideo.VideoOverlayFormatFlags.NONE

    def draw(_element: Any, _sample: Any) -> Any:
        pan, tilt, _zoom = where() or (0.0, 0.0, 0.0)
        x = round((pan + 1) / 2 * (width - size))
        y = round((1 - tilt) / 2 * (height - size))
        composition = GstVideo.VideoOverlayComposition.new(
            GstVideo.VideoOverlayRectangle.new_raw(black, x, y, size, size, flags)
        )
        quarter = size // 4
        composition.add_rectangle(
            GstVideo.VideoOverlayRectangle.new_raw(
                white, x + quarter, y + quarter, 2 * quarter, 2 * quarter, flags
            )
        )
        return composition

    return draw


def snapshot_jpeg(epe: EpeConfig, camera: CameraConfig) -> bytes:
    """A 640x360 JPEG of the camera's picture, as an NVR's snapshot URI answers."""
    from gi.repository import GLib, Gst

    pipeline = Gst.parse_launch(
        "videotestsrc name=src num-buffers=1 ! video/x-raw,width=640,height=360 "
        "! textoverlay name=label valignment=top halignment=left shaded-background=true "
        "! jpegenc ! appsink name=sink"
    )
    try:
        source = pipeline.get_by_name("src")
        for prop, value in camera.look.items():
            if prop != "horizontal-speed":
                source.set_property(prop, value)
        pipeline.get_by_name("label").set_property(
            "text", GLib.markup_escape_text(picture_text(epe, camera))
        )
        pipeline.set_state(Gst.State.PLAYING)
        sample = pipeline.get_by_name("sink").emit("try-pull-sample", 5 * Gst.SECOND)
        if sample is None:
            raise RuntimeError("no snapshot frame")
        buffer = sample.get_buffer()
        ok, info = buffer.map(Gst.MapFlags.READ)
        if not ok:
            raise RuntimeError("cannot map the snapshot")
        try:
            return bytes(info.data)
        finally:
            buffer.unmap(info)
    finally:
        pipeline.set_state(Gst.State.NULL)


def _onvif_module() -> Any:
    import importlib

    try:
        return importlib.import_module("app.simsite.onvif_server")
    except ImportError:  # run as a script: app/simsite is on sys.path, app is not
        return importlib.import_module("onvif_server")


def _recorder_module() -> Any:
    import importlib

    try:
        return importlib.import_module("app.simsite.recorder")
    except ImportError:  # run as a script: app/simsite is on sys.path, app is not
        return importlib.import_module("recorder")


def serve(args: argparse.Namespace) -> int:
    import gi

    gi.require_version("Gst", "1.0")
    gi.require_version("GstRtsp", "1.0")
    gi.require_version("GstRtspServer", "1.0")
    gi.require_version("GstVideo", "1.0")
    from gi.repository import GLib, Gst, GstRtspServer

    os.environ["TZ"] = VIETNAM_TZ  # clockoverlay shows local time: make it Vietnam's
    time.tzset()

    try:
        data = json.loads(Path(args.config).read_text(encoding="utf-8"))
        epes = parse_config(data)
        wanted_ports = load_ports(Path(args.ports_from)) if args.ports_from else {}
    except (OSError, ValueError) as exc:
        LOG.error("cannot use the configuration: %s", exc)
        return 2

    Gst.init(None)
    loop = GLib.MainLoop()
    stop_reason: list[str] = []

    def quit_(reason: str) -> None:
        if not stop_reason:
            LOG.info("stopping: %s", reason)
            stop_reason.append(reason)
        loop.quit()

    def on_signal(name: str) -> bool:
        quit_(name)
        return SOURCE_CONTINUE

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        GLib.unix_signal_add(GLib.PRIORITY_HIGH, signum, on_signal, signal.Signals(signum).name)
    die_with_parent(args.parent_pid, args.pdeathsig or args.parent_pid is None, quit_)
    if stop_reason:
        return 0

    servers: list[Any] = []
    ports: list[int] = []
    for index, epe in enumerate(epes):
        wanted = wanted_ports.get(epe.tax_id, 0)
        server = make_server(epe, index, wanted)
        try:
            source_id = server.attach(None)
            reason = "the port is probably in use"
        except GLib.Error as exc:
            source_id, reason = 0, exc.message
        if not source_id:
            LOG.error("%s: cannot listen on %s:%s (%s)", epe.name, HOST, wanted, reason)
            return 3
        servers.append(server)
        ports.append(server.get_bound_port())
        LOG.info(
            "%s (%s): rtsp://%s:%d, %d cameras",
            epe.name,
            epe.tax_id,
            HOST,
            ports[-1],
            len(epe.cameras),
        )

    # Each EPE's recorder (NVR) for playback: its own ports, see recorder.py.
    recorder = _recorder_module()
    try:
        recorders = recorder.start(epes)
    except (OSError, ValueError) as exc:
        LOG.error("cannot start the recorders: %s", exc)
        return 3
    # Each EPE's NVR also speaks ONVIF (Device, Media, Media2, PTZ): see onvif_server.py.
    onvif = _onvif_module()
    onvif_servers = onvif.start_site(epes, ports, HOST, stream_path, snapshot_jpeg)
    site = describe(epes, ports)
    for entry, running in zip(site["epes"], recorders, strict=True):
        entry["recorder"] = running.describe()
    for entry, onvif_server in zip(site["epes"], onvif_servers, strict=True):
        entry["onvif"] = onvif.describe_server(onvif_server)
    write_atomically(Path(args.describe_to), site)
    LOG.info("site description written to %s", args.describe_to)

    loop.run()
    onvif.stop_site(onvif_servers)

    # Close every client so shared media are unprepared before the process ends.
    for server in servers:
        server.client_filter(lambda _s, _c: GstRtspServer.RTSPFilterResult.REMOVE)
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)
    LOG.info("stopped")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", required=True, help="site configuration JSON")
    parser.add_argument("--describe-to", required=True, help="write the site description here")
    parser.add_argument(
        "--ports-from", help="an earlier site description: listen on the same ports again"
    )
    parser.add_argument("--parent-pid", type=int, help="stop when this process ends")
    parser.add_argument(
        "--pdeathsig", action="store_true", help="also use PR_SET_PDEATHSIG (Linux)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format=LOG_FORMAT)
    return serve(args)


if __name__ == "__main__":
    sys.exit(main())
