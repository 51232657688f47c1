"""Every codec Decision 247 Appendix I allows plays on the wall; others are refused by name.

Against the simulated site, through StreamController into a real native window (libVLC, Xvfb).
The simulated cameras paint a block clock into every picture; reading it off the screen shows that
a tile really is live. How late it is, is measured by tests/bench/glass_to_glass.py, not here.
"""

from __future__ import annotations

import io
import json
import os
import threading
import time
from pathlib import Path

import av
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.media.block_clock import MS_PER_DAY, block_clock_bits, block_clock_geometry
from app.media.failures import StreamFailure
from app.media.puller import END_OF_PICTURE, Puller, StreamInfo, TsPipe
from app.media.stream import StreamController, StreamState, StreamStatus
from app.simsite.site import SimCamera, SimEpe, SiteDescription
from tests.helpers.block_clock import delay_ms, picture_rect, read_block_clock
from tests.helpers.sim_fixtures import SiteFactory

pytestmark = pytest.mark.e2e

# The simulator's codec names and what FFmpeg calls the same codec (StreamInfo.codec).
FFMPEG_NAMES = {"h264": "h264", "h265": "hevc", "mjpeg": "mjpeg"}


def camera_with(site: SiteDescription, codec: str) -> tuple[SimEpe, SimCamera]:
    for epe in site.epes:
        for camera in epe.cameras:
            if camera.sub.codec == codec:
                return epe, camera
    raise AssertionError(f"the simulated site has no camera whose sub stream is {codec}")


def tile(qtbot: QtBot, width: int = 640, height: int = 360) -> QWidget:
    widget = QWidget()
    widget.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
    widget.setWindowFlag(Qt.WindowType.FramelessWindowHint)
    widget.resize(width, height)
    qtbot.addWidget(widget)
    widget.move(0, 0)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def play(qtbot: QtBot, epe: SimEpe, url: str, surface: QWidget) -> StreamController:
    stream = StreamController(url, lambda: (epe.user, epe.password))
    stream.set_window(int(surface.winId()))
    with qtbot.waitSignal(stream.first_picture, timeout=10_000):
        stream.play()
    return stream


def lit_share(image: QImage) -> float:
    """The share of a 20x20 grid of sample points that is not (nearly) black."""
    lit = total = 0
    for y in range(0, image.height(), max(1, image.height() // 20)):
        for x in range(0, image.width(), max(1, image.width() // 20)):
            colour = image.pixelColor(x, y)
            total += 1
            lit += colour.red() + colour.green() + colour.blue() > 60
    return lit / total if total else 0.0


def on_screen(surface: QWidget) -> QImage:
    """What X shows in the tile now: the picture after libVLC drew it, not decoder output."""
    screen = QApplication.primaryScreen()
    origin = surface.mapToGlobal(QPoint(0, 0))
    return screen.grabWindow(0, origin.x(), origin.y(), surface.width(), surface.height()).toImage()


def painted_clock(ms: int, video: tuple[int, int], window: tuple[int, int]) -> QImage:
    """A grey picture with the block clock, shown in a window of another size (as libVLC would)."""
    picture = QImage(*video, QImage.Format.Format_RGB32)
    picture.fill(QColor(128, 128, 128))
    geometry = block_clock_geometry(*video)
    painter = QPainter(picture)
    painter.fillRect(*geometry.box, QColor("black"))
    for i, bit in enumerate(block_clock_bits(ms)):
        if bit:
            painter.fillRect(
                geometry.left + i * geometry.block_width,
                geometry.top,
                geometry.block_width,
                geometry.block_height,
                QColor("white"),
            )
    painter.end()
    shown = QImage(*window, QImage.Format.Format_RGB32)
    shown.fill(QColor("black"))
    area = picture_rect(*window, *video)
    painter = QPainter(shown)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(area, picture)
    painter.end()
    return shown


@pytest.mark.parametrize(
    ("video", "window"),
    [((640, 360), (640, 360)), ((640, 360), (320, 240)), ((1920, 1080), (480, 270))],
)
def test_the_block_clock_reads_back_in_a_scaled_tile(
    video: tuple[int, int], window: tuple[int, int]
) -> None:
    for ms in (0, 1, 45_296_789, MS_PER_DAY - 1):
        assert read_block_clock(painted_clock(ms, video, window), video) == ms


def test_a_misread_block_gives_no_clock_rather_than_a_wrong_one() -> None:
    image = painted_clock(45_296_789, (640, 360), (640, 360))
    geometry = block_clock_geometry(640, 360)
    for i in range(len(block_clock_bits(0))):
        flipped = image.copy()
        x = geometry.left + i * geometry.block_width
        was_white = (
            QColor(
                flipped.pixel(
                    x + geometry.block_width // 2, geometry.top + geometry.block_height // 2
                )
            ).red()
            > 128
        )
        painter = QPainter(flipped)
        painter.fillRect(
            x,
            geometry.top,
            geometry.block_width,
            geometry.block_height,
            QColor("black" if was_white else "white"),
        )
        painter.end()
        assert read_block_clock(flipped, (640, 360)) is None, f"block {i}"


def test_the_delay_is_right_across_midnight() -> None:
    just_after_midnight = 86_400 * 20_000 + 0.120  # a UTC midnight, plus 120 ms
    assert delay_ms(MS_PER_DAY - 380, just_after_midnight) == 500
    assert delay_ms(20, just_after_midnight) == 100
    assert delay_ms(220, just_after_midnight) == -100  # a clock ahead of the wall: visible


@pytest.mark.parametrize("codec", ["h264", "h265", "mjpeg"])
def test_each_appendix_i_codec_plays_live(
    codec: str, sim_site: SiteDescription, qtbot: QtBot, tmp_path: Path
) -> None:
    epe, camera = camera_with(sim_site, codec)
    stream = play(qtbot, epe, camera.sub_url, tile(qtbot))
    assert stream.status.state is StreamState.LIVE
    info = stream.status.info
    assert info is not None
    assert info.codec == FFMPEG_NAMES[codec]
    assert (info.width, info.height) == (camera.sub.width, camera.sub.height)

    shown_before = stream.displayed_and_lost()[0]
    qtbot.waitUntil(lambda: stream.displayed_and_lost()[0] >= shown_before + 10, timeout=5_000)

    shot = tmp_path / f"{codec}.png"
    assert stream.snapshot(str(shot))
    qtbot.waitUntil(shot.exists, timeout=3_000)
    picture = QImage(str(shot))
    assert (picture.width(), picture.height()) == (camera.sub.width, camera.sub.height)
    assert lit_share(picture) > 0.5
    stream.release()
    assert stream.status.state is StreamState.STOPPED


@pytest.mark.parametrize("codec", ["h264", "h265", "mjpeg"])
def test_the_tile_on_screen_shows_the_cameras_clock(
    codec: str, sim_site: SiteDescription, qtbot: QtBot
) -> None:
    """The block clock read off the screen is close to now: the picture really is live."""
    epe, camera = camera_with(sim_site, codec)
    surface = tile(qtbot)
    stream = play(qtbot, epe, camera.sub_url, surface)
    video = (camera.sub.width, camera.sub.height)
    readings: list[tuple[int, float]] = []

    def read_clock() -> bool:
        image = on_screen(surface)
        seen_at = time.time()
        shown = read_block_clock(image, video)
        if shown is not None:
            readings.append((shown, seen_at))
        # Three different times: the picture moves on, it is not one frozen frame.
        return len({shown for shown, _ in readings}) >= 3

    qtbot.waitUntil(read_clock, timeout=5_000)
    delays = [delay_ms(shown, seen_at) for shown, seen_at in readings]
    assert all(-100 <= d <= 3_000 for d in delays), delays
    stream.release()


def test_a_codec_outside_appendix_i_is_named_unsupported(
    sim_site_factory: SiteFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    """MPEG-4 Part 2 (old encoders) is refused with a reason, not shown as a black tile."""
    config = tmp_path / "site.json"
    config.write_text(
        json.dumps(
            {
                "version": 1,
                "epes": [
                    {
                        "name": "Công ty TNHH Camera Cũ",
                        "tax_id": "0312345678",
                        "account": {"user": "hq_cu", "password": "CameraCu2010"},
                        "cameras": [
                            {
                                "diagram_number": 1,
                                "position": "gate",
                                "main": {"codec": "mpeg4", "width": 640, "height": 360},
                                "sub": {"codec": "mpeg4"},
                            }
                        ],
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    site = sim_site_factory(config=config).description
    epe = site.epes[0]
    stream = StreamController(epe.cameras[0].sub_url, lambda: (epe.user, epe.password))
    stream.set_window(int(tile(qtbot).winId()))
    stream.play()
    qtbot.waitUntil(lambda: stream.status.state is StreamState.FAILED, timeout=10_000)
    assert stream.status.failure is StreamFailure.UNSUPPORTED_CODEC
    assert "mpeg4" in stream.status.detail
    assert stream.status.next_retry_at is not None
    assert stream.status.next_retry_at - time.time() > 5  # retrying soon cannot help
    assert stream.displayed_and_lost()[0] == 0
    stream.release()


class _Listener:
    def __init__(self) -> None:
        self.info: StreamInfo | None = None
        self.failure: tuple[StreamFailure, str] | None = None

    def puller_opened(self, info: StreamInfo) -> None:
        self.info = info

    def puller_stats(self, fps: float, kbps: float, dropped: int) -> None:
        pass

    def puller_failed(self, failure: StreamFailure, detail: str) -> None:
        self.failure = (failure, detail)

    def puller_ended(self) -> None:
        pass


@pytest.mark.parametrize("codec", ["h264", "h265"])
def test_the_remuxed_stream_starts_with_the_cameras_first_keyframe(
    codec: str, sim_site: SiteDescription, qtbot: QtBot
) -> None:
    """libVLC gets the keyframe the camera starts with, so the first picture does not wait a GOP."""
    epe, camera = camera_with(sim_site, codec)
    pipe = TsPipe()
    listener = _Listener()
    puller = Puller(camera.sub_url, lambda: (epe.user, epe.password), pipe, listener)
    received = bytearray()

    def enough() -> bool:
        chunk = pipe.read(65_536, timeout=0.05)
        if chunk:
            received.extend(chunk)
        if listener.failure is not None:
            return True
        # Six pictures begun, five of them whole (an H.265 keyframe alone is about 23 kB).
        return len(received) >= 40_000 and len(video_pes(bytes(received))) >= 6

    puller.start()
    try:
        qtbot.waitUntil(enough, timeout=10_000)
    finally:
        puller.stop()
        puller.join(timeout=10)
    assert listener.failure is None
    with av.open(io.BytesIO(bytes(received)), format="mpegts") as ts:
        packets = [p for p in ts.demux(ts.streams.video[0]) if p.size]
        assert packets and packets[0].is_keyframe
        # the last packet is where the capture was cut off
        frames = [f for p in packets[:-1] for f in p.decode()]
    assert frames and frames[0].pts == packets[0].pts

    # libVLC can pass each picture on as it comes (tests/bench/glass_to_glass.py measures the
    # gain): its PES says how long it is, and it ends with the end-of-picture marker, where
    # without them libVLC's TS demuxer and packetizer each waited for the next picture to begin.
    pictures = video_pes(bytes(received))[:-1]  # the last one was cut off
    assert len(pictures) >= 5
    for declared, data in pictures:
        assert declared == len(data), "a PES without its length waits for the next one"
        assert data.endswith(END_OF_PICTURE[FFMPEG_NAMES[codec]])


def video_pes(ts: bytes) -> list[tuple[int, bytes]]:
    """Each video PES in an MPEG-TS capture: (the length its header declares, its whole bytes)."""
    found: list[tuple[int, bytearray]] = []
    video_pid = None
    for start in range(0, len(ts) - 187, 188):
        packet = ts[start : start + 188]
        assert packet[0] == 0x47, "lost TS sync"
        pid = (packet[1] & 0x1F) << 8 | packet[2]
        payload_start = packet[1] & 0x40
        offset = 4 + (1 + packet[4] if packet[3] & 0x20 else 0)
        if not packet[3] & 0x10 or offset >= 188:
            continue  # no payload
        payload = packet[offset:]
        if payload_start:
            if payload[:3] != b"\0\0\1" or not 0xE0 <= payload[3] <= 0xEF:
                continue  # a table (PAT, PMT), not video
            video_pid = pid
            declared = int.from_bytes(payload[4:6], "big")
            found.append((declared, bytearray(payload[6:])))
        elif found and pid == video_pid:
            found[-1][1].extend(payload)
    return [(declared, bytes(data)) for declared, data in found]


def open_pipes() -> int:
    """How many pipe ends this process holds open."""
    fds = Path("/proc/self/fd")
    count = 0
    for fd in fds.iterdir():
        try:
            count += os.readlink(fd).startswith("pipe:")
        except OSError:
            continue  # closed while listed
    return count


def pumps() -> int:
    return sum(thread.name == "libVLC pipe" for thread in threading.enumerate())


def test_a_tile_reconnecting_all_day_leaves_no_pipe_behind(
    sim_site: SiteDescription, qtbot: QtBot
) -> None:
    """Every connection of a live tile has a pipe into libVLC; a wall whose tiles reconnect every
    minute must not collect them until it runs out of file descriptors."""
    epe, camera = camera_with(sim_site, "h264")
    surface = tile(qtbot)
    play(qtbot, epe, camera.sub_url, surface).release()  # libVLC started, with pipes of its own
    qtbot.waitUntil(lambda: pumps() == 0, timeout=5_000)
    before = open_pipes()
    stream = play(qtbot, epe, camera.sub_url, surface)
    for _ in range(5):
        stream.stop()
        with qtbot.waitSignal(stream.first_picture, timeout=10_000):
            stream.play()
        assert pumps() == 1
    stream.release()
    qtbot.waitUntil(lambda: pumps() == 0 and open_pipes() <= before, timeout=5_000)


def test_the_same_camera_on_two_walls_plays_on_both(
    sim_site: SiteDescription, qtbot: QtBot
) -> None:
    """The gate camera on the main wall and on a wall window: the second viewer joining made the
    camera's encoder start again from 0, and the first tile failed ("Invalid argument") and
    reconnected, which restarted the other's, every second."""
    epe, camera = camera_with(sim_site, "h264")
    first = play(qtbot, epe, camera.sub_url, tile(qtbot))
    failures: list[StreamStatus] = []
    first.status_changed.connect(
        lambda status: failures.append(status) if status.state is not StreamState.LIVE else None
    )
    second = play(qtbot, epe, camera.sub_url, tile(qtbot, 320, 180))
    shown = first.displayed_and_lost()[0]
    qtbot.waitUntil(lambda: first.displayed_and_lost()[0] >= shown + 30, timeout=10_000)
    assert failures == []
    assert first.status.state is StreamState.LIVE and second.status.state is StreamState.LIVE
    first.release()
    second.release()
