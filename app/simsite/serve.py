"""The simulated EPE site: one GStreamer RTSP server with digest authentication per EPE.

Run by Debian's /usr/bin/python3 (it has ``gi``; the venv does not), from the folder that holds
``app`` (``SimulatedSite`` in ``app/simsite/site.py`` does this)::

    /usr/bin/python3 -m app.simsite.serve --config CONFIG.json --describe-to OUT.json

Every EPE gets its own server on 127.0.0.1 and its own account, like separate sites. Cameras use
Hikvision paths (``/Streaming/Channels/{N}01`` main, ``{N}02`` sub). Media are shared between
clients and built only while someone watches, so an idle site costs no CPU. Before serving, every
GStreamer element a camera, the recorder or a snapshot needs is looked up: a missing one stops the
site with exit code 4 and names the element and its Debian package, rather than leaving a camera
that never answers. Once every server is bound, the site description (with the fixture accounts,
URLs without credentials) is written atomically to ``--describe-to``. SIGTERM/SIGINT stop it with
exit code 0; it also stops when its parent dies. Logs go to stderr and never contain a password.

Every picture carries two clocks: the human-readable local time (bottom right) and a block clock
(bottom left, see ``app/media/block_clock.py``) that says the millisecond of the UTC day at which
the frame was made, so a client on the same host can read glass-to-glass delay off its own screen.

Stdlib and gi only, like every module it imports; gi is imported inside functions so the venv can
import this module (for its exit codes, and the import-everything layering test).
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
from pathlib import Path
from typing import Any

from app.simsite import gate_traffic, loops, onvif_server, outages, recorder
from app.simsite.block_clock import live_painter
from app.simsite.config import (
    HOST,
    SITE_ZONE_POSIX,
    STREAM_KINDS,
    CameraConfig,
    EpeConfig,
    StreamConfig,
    load_front_ports,
    load_ports,
    load_site,
    stream_path,
)

LOG = logging.getLogger("simsite")
LOG_FORMAT = "simsite %(asctime)s %(levelname)s %(message)s"

# How the server ends; SimulatedSite tells the user which.
EXIT_BAD_CONFIG = 2
EXIT_CANNOT_LISTEN = 3
EXIT_MISSING_ELEMENT = 4

CLOCK_FORMAT = "%Y-%m-%d %H:%M:%S UTC+7"
# textoverlay scales text with the picture, so one size gives main and sub streams the same look.
FONT = "DejaVu Sans Bold 14"
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

# The Debian 12 package that holds each GStreamer element the site's pipelines use, so a missing
# one is named with what to install (installer/setup-debian.sh installs them all).
DEBIAN_PACKAGES = {
    "queue": "libgstreamer1.0-0",
    "videotestsrc": "gstreamer1.0-plugins-base",
    "overlaycomposition": "gstreamer1.0-plugins-base",
    "appsink": "gstreamer1.0-plugins-base",
    "textoverlay": "gstreamer1.0-x",
    "clockoverlay": "gstreamer1.0-x",
    "jpegenc": "gstreamer1.0-plugins-good",
    "rtpjpegpay": "gstreamer1.0-plugins-good",
    "rtph264pay": "gstreamer1.0-plugins-good",
    "rtph265pay": "gstreamer1.0-plugins-good",
    "rtpmp4vpay": "gstreamer1.0-plugins-good",
    "x264enc": "gstreamer1.0-plugins-ugly",
    "x265enc": "gstreamer1.0-plugins-bad",
    "avenc_mpeg4": "gstreamer1.0-libav",
    "appsrc": "gstreamer1.0-plugins-base",
    "timeoverlay": "gstreamer1.0-x",
}

SNAPSHOT_LAUNCH = (
    "videotestsrc name=src num-buffers=1 ! video/x-raw,width=640,height=360 "
    "! textoverlay name=label valignment=top halignment=left shaded-background=true "
    "! jpegenc ! appsink name=sink"
)


# ------------------------------------------------------------------------------------ pipelines


def launch_description(stream: StreamConfig, ptz_marker: bool = False, gate: bool = False) -> str:
    """The pipeline of one stream; texts and colours are set on the named elements afterwards.
    ``gate``: an overlay for the vehicles of the EPE's gate traffic (under the block clock)."""
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
    vehicles = "! overlaycomposition name=gate " if gate else ""
    return (
        f"( videotestsrc name=src is-live=true ! {caps} {vehicles}"
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


def has_gate_traffic(epe: EpeConfig, camera: CameraConfig) -> bool:
    traffic = gate_traffic.traffic_of(epe)
    return bool(traffic and traffic.per_hour and camera.diagram_number in traffic.cameras)


def elements_of(launch: str) -> list[str]:
    """The element names of a gst-launch description, in order (caps filters left out)."""
    names: list[str] = []
    for part in launch.strip().strip("()").split("!"):
        words = part.split()
        if words and "/" not in words[0]:
            names.append(words[0])
    return names


def missing_elements(epes: Sequence[EpeConfig]) -> list[str]:
    """One sentence per GStreamer element the site's pipelines need and this GStreamer lacks:
    which element, the Debian package that has it, and what needs it. Empty when all is there."""
    from gi.repository import Gst

    needs: list[tuple[str, str]] = []
    for epe in epes:
        for camera in epe.cameras:
            for kind in STREAM_KINDS:
                stream = camera.main if kind == "main" else camera.sub
                ptz = bool(camera.extra.get("ptz"))
                who = f"{epe.name} camera {camera.diagram_number} {kind} stream ({stream.codec})"
                gate = has_gate_traffic(epe, camera)
                if camera.source == "loop":
                    frames = loops.frame_count(stream, camera.loop_seconds)
                    needs.append((who, loops.encode_launch(stream, frames)))
                    pay = loops.PAYLOADERS[stream.codec]
                    needs.append((who, loops.LOOP_SERVE_LAUNCH.format(pay=pay)))
                else:
                    needs.append((who, launch_description(stream, ptz_marker=ptz, gate=gate)))
    # Every EPE has a recorder and ONVIF snapshots, with the same pipelines.
    needs.append(("the recorders' playback", recorder.REPLAY_LAUNCH))
    needs.append(("the ONVIF snapshots", SNAPSHOT_LAUNCH))
    needed_by: dict[str, list[str]] = {}
    for who, launch in needs:
        for element in elements_of(launch):
            if Gst.ElementFactory.find(element) is None:
                needed_by.setdefault(element, []).append(who)
    problems = []
    if any(
        has_gate_traffic(epe, camera) and camera.source == "live"
        for epe in epes
        for camera in epe.cameras
    ):
        from app.simsite.gate_paint import missing_modules

        problems = missing_modules()
    return problems + [
        f"the GStreamer element {element} is missing; install the Debian package "
        f"{DEBIAN_PACKAGES.get(element, 'that has it')}. Needed by: {', '.join(whom)}"
        for element, whom in needed_by.items()
    ]


def share_with_role(factory: Any, role: str) -> None:
    """One medium per stream however many officers watch (gst-rtsp-server unprepares a shared
    medium when its last client leaves, so nothing is served for nobody), open to ``role``: the
    digest account every camera factory of the site shares."""
    from gi.repository import Gst

    factory.set_shared(True)
    factory.add_role_from_structure(
        Gst.Structure.new_from_string(
            f"{role}, media.factory.access=(boolean)true, media.factory.construct=(boolean)true"
        )
    )


def make_factory(epe: EpeConfig, camera: CameraConfig, kind: str, role: str) -> Any:
    from gi.repository import GLib, Gst, GstRtspServer

    stream = camera.main if kind == "main" else camera.sub
    text = GLib.markup_escape_text(picture_text(epe, camera))
    ptz = bool(camera.extra.get("ptz"))
    gate = has_gate_traffic(epe, camera)
    launch = launch_description(stream, ptz_marker=ptz, gate=gate)
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
            element.get_by_name("blockclock").connect(
                "draw", live_painter(stream.width, stream.height)
            )
            if gate:
                from app.simsite.gate_paint import live_gate_painter

                element.get_by_name("gate").connect(
                    "draw",
                    live_gate_painter(
                        epe.fields, camera.diagram_number, stream.width, stream.height
                    ),
                )
            if ptz:
                where = onvif_server.ptz_position_of
                marker = ptz_marker_painter(
                    stream.width, stream.height, lambda: where(epe.tax_id, camera.diagram_number)
                )
                element.get_by_name("ptzmarker").connect("draw", marker)
            return element

    factory = CameraFactory()
    share_with_role(factory, role)

    def on_configure(_factory: Any, media: Any) -> None:
        LOG.info("encoding started: %s", label)
        # Send each frame the moment it is encoded, as a camera does. Left alone, the sink holds
        # every frame for the pipeline's latency (a frame of the live source, 67 ms at 15 fps):
        # a delay no camera adds, which would count against the client's glass-to-glass figure.
        media.get_element().get_parent().set_latency(0)
        media.connect("unprepared", lambda _m: LOG.info("encoding stopped: %s", label))

    factory.connect("media-configure", on_configure)
    return factory


class LoopStore:
    """The site's encoded loops: sub streams encoded at start, main streams at first use (a
    1080p30 loop takes seconds to encode), both kept in ``cache`` when it is given."""

    def __init__(self, cache: Path | None) -> None:
        import threading

        self._cache = cache
        self._lock = threading.Lock()
        self._buffers: dict[str, list[Any]] = {}
        self._caps: dict[str, str] = {}

    @staticmethod
    def spec(epe: EpeConfig, camera: CameraConfig, kind: str) -> loops.LoopSpec:
        from gi.repository import GLib

        stream = camera.main if kind == "main" else camera.sub
        return loops.LoopSpec(
            stream=stream,
            seconds=camera.loop_seconds,
            look=tuple(sorted(camera.look.items())),
            text=GLib.markup_escape_text(picture_text(epe, camera) + "\n(vòng lặp)"),
            font=FONT,
        )

    def get(self, spec: loops.LoopSpec) -> tuple[str, list[Any]]:
        key = spec.key()
        with self._lock:
            if key not in self._buffers:
                started = time.monotonic()
                loop = loops.load_or_encode(spec, self._cache)
                self._buffers[key] = loops.gst_buffers(loop)
                self._caps[key] = loop.caps
                LOG.info(
                    "loop %s: %d pictures, %d KiB, ready in %.2f s",
                    key[:8],
                    len(loop.frames),
                    loop.size // 1024,
                    time.monotonic() - started,
                )
            return self._caps[key], self._buffers[key]


def make_loop_factory(
    epe: EpeConfig, camera: CameraConfig, kind: str, role: str, store: LoopStore
) -> Any:
    from gi.repository import Gst, GstRtspServer

    stream = camera.main if kind == "main" else camera.sub
    spec = LoopStore.spec(epe, camera, kind)
    launch = loops.LOOP_SERVE_LAUNCH.format(pay=loops.PAYLOADERS[stream.codec])
    label = f"{epe.name} camera {camera.diagram_number} {kind} (loop)"

    class LoopFactory(GstRtspServer.RTSPMediaFactory):  # type: ignore[misc]
        def do_create_element(self, url: Any) -> Any:
            caps, _buffers = store.get(spec)
            element = Gst.parse_launch(launch)
            element.get_by_name("src").set_property("caps", Gst.Caps.from_string(caps))
            return element

    factory = LoopFactory()
    share_with_role(factory, role)

    def on_configure(_factory: Any, media: Any) -> None:
        LOG.info("loop started: %s", label)
        media.get_element().get_parent().set_latency(0)
        _caps, buffers = store.get(spec)
        feeder = loops.LoopFeeder(media.get_element().get_by_name("src"), buffers, stream.fps)
        feeder.start()

        def on_unprepared(_media: Any) -> None:
            feeder.stop()
            LOG.info("loop stopped: %s", label)

        media.connect("unprepared", on_unprepared)

    factory.connect("media-configure", on_configure)
    return factory


# --------------------------------------------------------------------------------------- server


def make_server(epe: EpeConfig, index: int, port: int, store: LoopStore | None = None) -> Any:
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
            if camera.source == "loop":
                factory = make_loop_factory(epe, camera, kind, role, store or LoopStore(None))
            else:
                factory = make_factory(epe, camera, kind, role)
            mounts.add_factory(stream_path(camera.diagram_number, kind), factory)

    def on_client(_server: Any, client: Any) -> None:
        connection = client.get_connection()
        peer = connection.get_ip() if connection is not None else "?"
        LOG.info("%s: client connected from %s", epe.name, peer)

    server.connect("client-connected", on_client)
    return server


def describe(
    epes: tuple[EpeConfig, ...],
    ports: list[int],
    front_ports: list[dict[int, int]] | None = None,
) -> dict[str, Any]:
    """The site description; camera URLs go to the camera's front (``front_ports`` per EPE by
    diagram number) when there is one, else straight to the EPE's RTSP server."""
    out: list[dict[str, Any]] = []
    fronts = front_ports if front_ports is not None else [{} for _ in epes]
    for epe, port, by_number in zip(epes, ports, fronts, strict=True):
        cameras = []
        for cam in epe.cameras:
            front = by_number.get(cam.diagram_number)
            base = f"rtsp://{HOST}:{front or port}"
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
                    "source": cam.source,
                    **({"front_port": front} if front else {}),
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

    pipeline = Gst.parse_launch(SNAPSHOT_LAUNCH)
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


def serve(args: argparse.Namespace) -> int:
    import gi

    gi.require_version("Gst", "1.0")
    gi.require_version("GstRtsp", "1.0")
    gi.require_version("GstRtspServer", "1.0")
    gi.require_version("GstVideo", "1.0")
    from gi.repository import GLib, Gst, GstRtspServer

    os.environ["TZ"] = SITE_ZONE_POSIX  # clockoverlay shows local time: make it Vietnam's
    time.tzset()

    try:
        epes, schedule = load_site(Path(args.config))
        wanted_ports = load_ports(Path(args.ports_from)) if args.ports_from else {}
        wanted_fronts = load_front_ports(Path(args.ports_from)) if args.ports_from else {}
    except (OSError, ValueError) as exc:
        LOG.error("cannot use the configuration: %s", exc)
        return EXIT_BAD_CONFIG

    Gst.init(None)
    missing = missing_elements(epes)
    if missing:
        for problem in missing:
            LOG.error("%s", problem)
        return EXIT_MISSING_ELEMENT
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

    # Loop cameras: their sub streams are encoded (or read from the cache) before anyone listens.
    store = LoopStore(Path(args.loop_cache) if args.loop_cache else None)
    try:
        for epe in epes:
            for camera in epe.cameras:
                if camera.source == "loop":
                    store.get(LoopStore.spec(epe, camera, "sub"))
    except RuntimeError as exc:
        LOG.error("cannot encode a loop camera: %s", exc)
        return EXIT_BAD_CONFIG
    servers: list[Any] = []
    ports: list[int] = []
    for index, epe in enumerate(epes):
        wanted = wanted_ports.get(epe.tax_id, 0)
        server = make_server(epe, index, wanted, store)
        try:
            source_id = server.attach(None)
            reason = "the port is probably in use"
        except GLib.Error as exc:
            source_id, reason = 0, exc.message
        if not source_id:
            LOG.error("%s: cannot listen on %s:%s (%s)", epe.name, HOST, wanted, reason)
            return EXIT_CANNOT_LISTEN
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

    # Every camera and ONVIF device is reached through a front that can fail on demand.
    state = outages.OutageState(
        (outages.CameraKey(e.tax_id, c.diagram_number) for e in epes for c in e.cameras),
        {e.tax_id: e.name for e in epes},
    )
    controller = outages.OutageController(state, schedule)
    controller.start()
    front_ports: list[dict[int, int]] = []
    try:
        for epe, port in zip(epes, ports, strict=True):
            front_ports.append(
                {
                    c.diagram_number: controller.add_camera(
                        outages.CameraKey(epe.tax_id, c.diagram_number),
                        port,
                        f"EPE {epe.tax_id}",
                        wanted_fronts.get((epe.tax_id, c.diagram_number), 0),
                    )
                    for c in epe.cameras
                }
            )
    except OSError as exc:
        LOG.error("cannot listen for a camera's front: %s", exc)
        controller.stop()
        return EXIT_CANNOT_LISTEN

    # Each EPE's recorder (NVR) for playback: its own ports, see recorder.py.
    try:
        recorders = recorder.start(epes)
    except (OSError, ValueError) as exc:
        LOG.error("cannot start the recorders: %s", exc)
        controller.stop()
        return EXIT_CANNOT_LISTEN
    # Each EPE's NVR also speaks ONVIF (Device, Media, Media2, PTZ): see onvif_server.py.
    onvif_servers = onvif_server.start_site(epes, ports, HOST, snapshot_jpeg, front_ports)
    site = describe(epes, ports, front_ports)
    for entry, running in zip(site["epes"], recorders, strict=True):
        entry["recorder"] = running.describe()
    for entry, device in zip(site["epes"], onvif_servers, strict=True):
        entry["onvif"] = onvif_server.describe_server(device)
        entry["onvif"]["direct_port"] = device.port
        device.public_port = controller.add_device(
            str(entry["tax_id"]), device.port, onvif_server.DIGEST_REALM
        )
        entry["onvif"]["port"] = device.public_port
    site["control"] = controller.describe()
    write_atomically(Path(args.describe_to), site)
    LOG.info("site description written to %s", args.describe_to)

    loop.run()
    controller.stop()
    onvif_server.stop_site(onvif_servers)

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
    parser.add_argument(
        "--loop-cache", help="keep the loop cameras' encoded pictures in this folder"
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
