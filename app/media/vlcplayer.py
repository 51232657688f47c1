"""libVLC, the picture side: decode what the puller remuxed and draw it into a native window.

VLC calls back on its own threads. Those callbacks only read from the pipe or notify a listener
that emits a Qt signal; every state change happens on the GUI thread.
"""

from __future__ import annotations

import ctypes
import itertools
import logging
import os
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from app.media.puller import TsPipe

log = logging.getLogger(__name__)

_instance: Any = None
_instance_lock = threading.Lock()
_warming: threading.Thread | None = None
_warm_lock = threading.Lock()


def vlc_args() -> list[str]:
    args = [
        "--quiet",
        "--no-audio",
        "--no-osd",
        "--no-video-title-show",
        "--no-spu",
        "--no-snapshot-preview",
        "--stats",
        # our own pipe is the buffer: libVLC's caching only adds delay to a live wall (a live
        # tile's input sets its own, LIVE_CACHING_MS; a replay's input has a fixed one)
        "--file-caching=0",
        "--network-caching=0",
        "--live-caching=0",
        # Converting every decoded picture to the tile's size is most of the CPU above the
        # decode itself; fast bilinear instead of bicubic: 16 sub tiles 86% -> 65% of a core,
        # no lost pictures (tests/bench/wall_bench.py). Tiles are smaller than the source.
        "--swscale-mode=0",
    ]
    if sys.platform.startswith("linux"):
        args.append("--no-xlib")  # we are threaded
    vout = choose_vout(
        sys.platform,
        os.environ,
        local_x_server(os.environ.get("DISPLAY", "")) if sys.platform.startswith("linux") else "",
        has_render_node(),
    )
    if vout:
        args.append("--vout=" + vout)
    return args


# X servers that draw with the machine's GPU; any other (Xvfb, Xvnc, a forwarded display) has none.
GPU_X_SERVERS = frozenset({"Xorg", "X", "Xwayland"})


def choose_vout(platform: str, env: Mapping[str, str], x_server: str, render_node: bool) -> str:
    """The libVLC video output for this desktop ("" leaves libVLC its own choice).

    On a Linux desktop whose X server drives a GPU (a DRM render node, Xorg or Xwayland), OpenGL
    ("gl", which scales and converts the colours on the GPU) with plain X11 as the fallback if
    OpenGL cannot start. Without one (Xvfb, VNC, a forwarded display) OpenGL would run in software
    (llvmpipe: ~8x the CPU), so plain X11 ("xcb_x11"). Windows and macOS: libVLC's own order,
    whose first choice is the GPU's (direct3d11, the macOS OpenGL output). EPEWALL_VLC_VOUT
    overrides it all (any libVLC --vout value).
    """
    forced = env.get("EPEWALL_VLC_VOUT", "").strip()
    if forced:
        return forced
    if not platform.startswith("linux"):
        return ""
    if render_node and x_server in GPU_X_SERVERS:
        return "gl,xcb_x11"
    return "xcb_x11"


def local_x_server(display: str, proc: Path = Path("/proc")) -> str:
    """The program name of the local X server of ``display`` (":99", ":0.0"), or ""."""
    if not display.startswith(":"):
        return ""  # none, or a forwarded/remote display
    number = display[1:].split(".")[0]
    try:
        entries = list(proc.iterdir())
    except OSError:
        return ""
    for entry in entries:
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        name = os.path.basename(argv[0].decode(errors="replace"))
        if name in ("Xvfb", "Xvnc", "Xtightvnc", "Xephyr", "Xorg", "X", "Xwayland") and (
            f":{number}".encode() in argv[1:]
        ):
            return name
    return ""


def has_render_node(dri: Path = Path("/dev/dri")) -> bool:
    """True when a GPU offers a DRM render node (what OpenGL needs to run on it)."""
    try:
        return any(entry.name.startswith("renderD") for entry in dri.iterdir())
    except OSError:
        return False


def vlc_instance() -> Any:
    """The one libVLC instance of the process (created on first use)."""
    global _instance
    with _instance_lock:
        if _instance is None:
            import vlc

            _instance = vlc.Instance(vlc_args())
            if _instance is None:
                raise RuntimeError("libVLC could not be initialised")
        return _instance


_trim_wanted = threading.Event()
_trimmer: threading.Thread | None = None
_trim_lock = threading.Lock()
TRIM_SETTLE_S = 0.5


def give_back_freed_memory() -> None:
    """Ask for the heap libVLC freed to be returned to the system (glibc only).

    Each open of a stream starts libVLC's input, decoder and output threads; what they free stays
    in glibc's per-thread heaps, so without this a wall whose tiles reconnect every minute grows
    by about 2 MiB per tile each time (tests/bench/soak_bench.py). The trim runs on its own thread
    once the stops have settled for half a second, so a layout that closes 16 tiles trims once and
    the GUI thread never waits for it.
    """
    global _trimmer
    if not sys.platform.startswith("linux"):
        return
    with _trim_lock:  # not _instance_lock: the warm-up thread holds that while libVLC loads
        if _trimmer is None:
            _trimmer = threading.Thread(target=_trim_forever, name="heap trim", daemon=True)
            _trimmer.start()
    _trim_wanted.set()


def _trim_forever() -> None:
    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return  # not glibc (musl): nothing to give back this way
    while True:
        _trim_wanted.wait()
        # settle: more stops may follow (a layout change stops every tile)
        while _trim_wanted.is_set():
            _trim_wanted.clear()
            time.sleep(TRIM_SETTLE_S)
        trim(0)


def warm_up() -> None:
    """Start making the libVLC instance on a thread of its own, once, if it is not made yet."""
    global _warming
    with _warm_lock:  # not _instance_lock: the warming thread holds that while libVLC loads
        if _instance is not None or _warming is not None:
            return
        _warming = threading.Thread(target=_warm, name="libVLC warm-up", daemon=True)
        _warming.start()


def _warm() -> None:
    try:
        vlc_instance()
    except Exception:  # the tile that plays reports it, with the player it could not make
        log.warning("libVLC could not be initialised", exc_info=False)


def instance_ready() -> bool:
    """True once the libVLC instance is made."""
    return _instance is not None


# --- a live tile's input: a pipe libVLC reads as a live stream -----------------------------------
# VLC 3's callback input (modules/access/imem-access.c) tells libVLC's clock to wait a fixed 300 ms
# past each picture, whatever the caching options say, and that was most of the wall's 450 ms
# glass-to-glass. Read from a pipe as "stream://" (modules/access/file.c), the input honours
# --file-caching and says it cannot pace itself, so the clock follows the camera as a live source:
# if pictures come late (a busy machine), libVLC itself raises the delay, by as much as it was
# late, up to LIVE_JITTER_MS over the start before it starts its clock afresh. POSIX only (the
# pipe is opened again by its /dev/fd name); elsewhere the callbacks stay, with their 300 ms.
LOW_DELAY_INPUT = os.name == "posix" and Path("/dev/fd").is_dir()
# Glass-to-glass, 1 sub / 1 main / 1 main H.265 (2 cores, tests/bench/glass_to_glass.py): 50 ms
# 149/121/182 ms mean, p95 164/136/239; 20 ms 123/90/196, but the H.265 main went late and
# jumped (p95 859, max 1172); 100 ms 191/170 (without the end-of-picture marker).
LIVE_CACHING_MS = 50
LIVE_JITTER_MS = 1000


def _pump(pipe: TsPipe, fd: int) -> None:
    """Copy the remuxer's pipe into ``fd`` until either end closes (on a thread of its own)."""
    try:
        while True:
            data = pipe.read(1 << 16)
            if data is None:
                continue
            if not data:
                return
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
    except OSError:
        return  # libVLC's end closed (stop): nothing more to do
    finally:
        os.close(fd)


# --- media callbacks: libVLC reads the remuxed stream through these -------------------------------
_pipes: dict[int, TsPipe] = {}
_keys = itertools.count(1)
_callbacks: tuple[Any, ...] | None = None


def _make_callbacks() -> tuple[Any, ...]:
    import vlc

    @vlc.CallbackDecorators.MediaOpenCb  # type: ignore[misc]
    def open_cb(opaque: Any, datap: Any, sizep: Any) -> int:
        datap[0] = opaque
        sizep[0] = 2**64 - 1  # unknown length: a live stream
        return 0

    @vlc.CallbackDecorators.MediaReadCb  # type: ignore[misc]
    def read_cb(opaque: Any, buf: Any, length: int) -> int:
        pipe = _pipes.get(opaque or 0)
        if pipe is None:
            return 0
        while True:
            data = pipe.read(length)
            if data is not None:
                break
        ctypes.memmove(buf, data, len(data))
        return len(data)

    @vlc.CallbackDecorators.MediaSeekCb  # type: ignore[misc]
    def seek_cb(opaque: Any, offset: int) -> int:
        return -1  # live: not seekable

    @vlc.CallbackDecorators.MediaCloseCb  # type: ignore[misc]
    def close_cb(opaque: Any) -> None:
        _pipes.pop(opaque or 0, None)

    return (open_cb, read_cb, seek_cb, close_cb)


class VideoEvents(Protocol):
    """Called on VLC's threads: implementations only emit signals."""

    def video_started(self) -> None: ...
    def video_error(self) -> None: ...


class VideoOutput:
    """One libVLC media player bound to one native window."""

    def __init__(self, events: VideoEvents) -> None:
        import vlc

        self._vlc = vlc
        self._player = vlc_instance().media_player_new()
        self._player.video_set_mouse_input(False)
        self._player.video_set_key_input(False)
        self._media: Any = None
        self._key = 0
        # Open the next media paused: libVLC shows its first picture and holds it (a replay
        # paused at a moment shows exactly that moment, not the few pictures after it).
        self.start_paused = False
        # A live tile (False: a replay) reads through the low-delay input and decodes with one
        # thread instead of one per core plus one: a sub stream decodes in a few ms a picture,
        # and every extra frame thread holds pictures and a heap arena of its own (RSS per sub
        # tile about 5 MiB less; 32 sub tiles lost 1649 -> 611 pictures under load;
        # tests/bench/wall_bench.py, soak_bench.py). A replay keeps libVLC's default threads
        # (with one, a paused replay's snapshot never came: the paused playback tests timed out
        # at 1x, 4x and 8x) and the callback input, paced by libVLC: it pauses, holds a picture
        # and runs at up to 8x, where a live input would buffer behind a pause.
        self.live = True
        self._read_fd: int | None = None
        manager = self._player.event_manager()
        # The video outputs' count changed: a start when one appeared (a stop sends 0).
        manager.event_attach(
            vlc.EventType.MediaPlayerVout,
            lambda e: events.video_started() if e.u.new_count > 0 else None,
        )
        manager.event_attach(
            vlc.EventType.MediaPlayerEncounteredError, lambda _e: events.video_error()
        )

    def set_window(self, win_id: int) -> None:
        if sys.platform.startswith("win"):
            self._player.set_hwnd(win_id)
        elif sys.platform == "darwin":
            self._player.set_nsobject(win_id)
        else:
            self._player.set_xwindow(win_id)

    def play(self, pipe: TsPipe, demux: str) -> None:
        self._key = next(_keys)
        _pipes[self._key] = pipe
        live_input = self.live and LOW_DELAY_INPUT
        media = self._live_media(pipe) if live_input else self._callback_media()
        media.add_option(f":demux={demux}")
        if self.start_paused:
            media.add_option(":start-paused")
        if self.live:
            media.add_option(":avcodec-threads=1")
        self._media = media
        self._player.set_media(media)
        self._player.play()

    def _live_media(self, pipe: TsPipe) -> Any:
        self._close_read_end()
        read_fd, write_fd = os.pipe()  # not inherited by child processes (PEP 446)
        self._read_fd = read_fd
        threading.Thread(
            target=_pump, args=(pipe, write_fd), name="libVLC pipe", daemon=True
        ).start()
        media = vlc_instance().media_new_location(f"stream:///dev/fd/{read_fd}")
        media.add_option(f":file-caching={LIVE_CACHING_MS}")
        media.add_option(f":clock-jitter={LIVE_JITTER_MS}")
        return media

    def _callback_media(self) -> Any:
        global _callbacks
        if _callbacks is None:
            _callbacks = _make_callbacks()
        open_cb, read_cb, seek_cb, close_cb = _callbacks
        media = vlc_instance().media_new_callbacks(
            open_cb, read_cb, seek_cb, close_cb, ctypes.c_void_p(self._key)
        )
        # libVLC paces the input by its own clock (pause, a held picture, 8x) and never
        # restarts that clock because a picture came late
        media.add_option(":clock-synchro=0")
        media.add_option(":clock-jitter=0")
        return media

    def _close_read_end(self) -> None:
        if self._read_fd is not None:
            os.close(self._read_fd)
            self._read_fd = None

    def stop(self) -> None:
        pipe = _pipes.pop(self._key, None)
        if pipe is not None:
            pipe.close()  # lets a blocked read callback (or the pump) return: stop() cannot hang
        self._player.stop()
        # Last: with no reader left, a pump blocked on a full pipe gets EPIPE and ends.
        self._close_read_end()
        if self._media is not None:
            # python-vlc never releases a media by itself: one would be left per reconnect.
            self._media.release()
            give_back_freed_memory()
        self._media = None

    def set_paused(self, paused: bool) -> None:
        """Hold (or release) the picture on screen; only a replay pauses."""
        self._player.set_pause(1 if paused else 0)

    def is_playing(self) -> bool:
        """True while pictures move (not paused, not stopped)."""
        return bool(self._player.is_playing())

    def stats(self) -> tuple[int, int]:
        """(displayed pictures, lost pictures) since the current media started."""
        if self._media is None:
            return 0, 0
        stats = self._vlc.MediaStats()
        if not self._media.get_stats(stats):
            return 0, 0
        return int(stats.displayed_pictures), int(stats.lost_pictures)

    def video_size(self) -> tuple[int, int]:
        size = self._player.video_get_size(0)
        return (int(size[0]), int(size[1])) if size else (0, 0)

    def snapshot(self, path: str) -> bool:
        """Save the current picture as PNG at the stream's own resolution."""
        return bool(self._player.video_take_snapshot(0, path, 0, 0) == 0)

    def release(self) -> None:
        self.stop()
        self._player.release()
