"""The stream controller against the simulated EPE site and misbehaving peers (libVLC, Xvfb)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.logs import RedactingFormatter
from app.media.failures import StreamFailure
from app.media.stream import StreamController, StreamState
from app.media.stream import log as stream_log
from tests.helpers.faulty_servers import closed_port, faulty_server

pytestmark = pytest.mark.e2e


def surface(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    widget.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
    widget.resize(320, 180)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def controller(
    qtbot: QtBot, url: str, creds: Callable[[], tuple[str, str]] | None, **kwargs: float
) -> StreamController:
    stream = StreamController(url, creds, **kwargs)  # type: ignore[arg-type]
    stream.set_window(int(surface(qtbot).winId()))
    return stream


def picture_is_not_black(path: Path) -> bool:
    image = QImage(str(path))
    if image.isNull():
        return False
    lit = 0
    for y in range(0, image.height(), max(1, image.height() // 20)):
        for x in range(0, image.width(), max(1, image.width() // 20)):
            colour = image.pixelColor(x, y)
            lit += colour.red() + colour.green() + colour.blue() > 60
    return lit > 10


def test_sub_stream_goes_live_and_shows_a_picture(sim_site, qtbot: QtBot, tmp_path: Path) -> None:
    epe = sim_site.epes[0]
    camera = epe.cameras[0]
    stream = controller(qtbot, camera.sub_url, lambda: (epe.user, epe.password))
    with qtbot.waitSignal(stream.first_picture, timeout=10_000):
        stream.play()
    assert stream.status.state is StreamState.LIVE
    assert stream.status.info is not None
    assert (stream.status.info.width, stream.status.info.height) == (640, 360)
    qtbot.waitUntil(lambda: stream.displayed_and_lost()[0] > 10, timeout=5_000)
    shot = tmp_path / "shot.png"
    assert stream.snapshot(str(shot))
    qtbot.waitUntil(shot.exists, timeout=3_000)
    assert QImage(str(shot)).size().width() == 640
    assert picture_is_not_black(shot)
    stream.release()
    assert stream.status.state is StreamState.STOPPED


def test_wrong_password_is_named_and_not_retried_soon(
    sim_site, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=stream_log.name)
    epe = sim_site.epes[0]
    url = epe.cameras[0].sub_url
    stream = controller(qtbot, url, lambda: (epe.user, "not-" + epe.password))
    stream.play()
    qtbot.waitUntil(lambda: stream.status.state is StreamState.FAILED, timeout=5_000)
    assert stream.status.failure is StreamFailure.WRONG_PASSWORD
    assert stream.status.next_retry_at is not None
    assert stream.status.next_retry_at - time.time() > 5  # does not hammer the EPE
    stream.release()

    # The log file says what failed and where, and not the password: its redaction once hid the
    # failure's kind together with the password the device's message quoted.
    lines = [RedactingFormatter().format(r) for r in caplog.records if r.name == stream_log.name]
    assert [line for line in lines if "wrong_password (attempt" in line and url in line]
    assert not [line for line in lines if epe.password in line]


def test_a_start_libvlc_reported_before_a_reconnect_does_not_make_the_new_one_live(
    sim_site, qtbot: QtBot
) -> None:
    epe = sim_site.epes[0]
    stream = controller(qtbot, epe.cameras[0].sub_url, lambda: (epe.user, epe.password))
    with qtbot.waitSignal(stream.first_picture, timeout=10_000):
        stream.play()
    # libVLC reports a start on its own thread just as the officer's reconnect stops it: the
    # report reaches the GUI thread after the new connection began.
    bridge = stream._video_bridge
    assert bridge is not None
    reporter = threading.Thread(target=bridge.video_started)
    reporter.start()
    reporter.join()
    stream.stop()
    stream.play()
    QCoreApplication.processEvents()
    assert stream.status.state is StreamState.CONNECTING, "not live before it has a picture"
    with qtbot.waitSignal(stream.first_picture, timeout=10_000) as first:
        pass
    assert first.args is not None and first.args[0] > 0.01
    assert stream.status.state is StreamState.LIVE
    stream.release()


def test_missing_path_is_named(sim_site, qtbot: QtBot) -> None:
    epe = sim_site.epes[0]
    url = f"rtsp://127.0.0.1:{epe.rtsp_port}/Streaming/Channels/9901"
    stream = controller(qtbot, url, lambda: (epe.user, epe.password))
    stream.play()
    qtbot.waitUntil(lambda: stream.status.state is StreamState.FAILED, timeout=5_000)
    assert stream.status.failure is StreamFailure.NOT_FOUND
    stream.release()


def test_nothing_listening_is_unreachable_and_retried(qtbot: QtBot) -> None:
    stream = controller(qtbot, f"rtsp://127.0.0.1:{closed_port()}/x", None)
    stream.play()
    qtbot.waitUntil(lambda: stream.status.failure is StreamFailure.UNREACHABLE, timeout=5_000)
    assert stream.status.state is StreamState.RECONNECTING
    first_attempt = stream.status.attempt
    qtbot.waitUntil(lambda: stream.status.attempt > first_attempt, timeout=5_000)
    stream.release()


def test_faulty_peers_are_named_and_the_gui_stays_responsive(qtbot: QtBot) -> None:
    """A silent peer times out, a garbage peer is a bad reply; the event loop never stalls."""
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.timeout.connect(tick)
    with faulty_server("silent") as silent, faulty_server("garbage") as garbage:
        quiet = controller(qtbot, f"rtsp://127.0.0.1:{silent.port}/x", None, open_timeout=2.0)
        rubbish = controller(qtbot, f"rtsp://127.0.0.1:{garbage.port}/x", None)
        ticker.start(10)
        last[0] = time.monotonic()
        quiet.play()
        rubbish.play()
        qtbot.waitUntil(lambda: rubbish.status.failure is StreamFailure.BAD_REPLY, timeout=5_000)
        qtbot.waitUntil(lambda: quiet.status.failure is StreamFailure.TIMED_OUT, timeout=6_000)
        ticker.stop()
        quiet.release()
        rubbish.release()
    stall_ms = max(gaps) * 1000
    print(f"longest event-loop stall while failing: {stall_ms:.0f} ms over {len(gaps)} ticks")
    assert stall_ms < 100


def test_tiles_return_to_live_after_the_site_restarts(sim_site_factory, qtbot: QtBot) -> None:
    site = sim_site_factory()
    epe = site.description.epes[0]
    streams = [
        controller(qtbot, camera.sub_url, lambda: (epe.user, epe.password))
        for camera in epe.cameras[:4]
    ]
    for stream in streams:
        stream.play()
    qtbot.waitUntil(
        lambda: all(s.status.state is StreamState.LIVE for s in streams), timeout=15_000
    )
    old = site.description
    site.kill()
    qtbot.waitUntil(
        lambda: all(s.status.state is StreamState.RECONNECTING for s in streams), timeout=10_000
    )
    assert {s.status.failure for s in streams} <= {StreamFailure.STALLED, StreamFailure.UNREACHABLE}
    sim_site_factory(ports_from=old)
    qtbot.waitUntil(
        lambda: all(s.status.state is StreamState.LIVE for s in streams), timeout=10_000
    )
    for stream in streams:
        stream.release()


def test_closing_live_tiles_stops_promptly_and_leaves_no_threads(sim_site, qtbot: QtBot) -> None:
    import threading

    def pullers() -> list[threading.Thread]:
        return [t for t in threading.enumerate() if t.name.startswith("puller")]

    before = len(pullers())
    epe = sim_site.epes[1]
    streams = [
        controller(qtbot, camera.sub_url, lambda: (epe.user, epe.password))
        for camera in epe.cameras[:4]
    ]
    for stream in streams:
        stream.play()
    qtbot.waitUntil(
        lambda: all(s.status.state is StreamState.LIVE for s in streams), timeout=15_000
    )
    assert len(pullers()) == before + 4
    started = time.monotonic()
    for stream in streams:
        stream.release()
    print(f"released 4 live tiles in {(time.monotonic() - started) * 1000:.0f} ms")
    assert all(s.status.state is StreamState.STOPPED for s in streams)
    qtbot.waitUntil(lambda: len(pullers()) == before, timeout=1_000)  # "under 1 s"
