"""libVLC is loaded off the GUI thread while the camera is still being asked (issue 17); a
stream is freed on the GUI thread, whatever its camera thread is still doing."""

from __future__ import annotations

import gc
import socket
import weakref

from pytestqt.qtbot import QtBot

from app.media import vlcplayer
from app.media.stream import StreamController, StreamState


def test_a_tile_that_starts_connecting_loads_libvlc_beside_the_camera(qtbot: QtBot) -> None:
    # Port 9 (discard) on loopback: nothing answers, so the camera has not answered yet.
    stream = StreamController("rtsp://127.0.0.1:9/never-answers", open_timeout=1.0)
    stream.play()
    assert stream.status.state is StreamState.CONNECTING
    qtbot.waitUntil(vlcplayer.instance_ready, timeout=20_000)
    stream.release()


def test_a_released_stream_is_not_kept_alive_by_its_camera_thread(qtbot: QtBot) -> None:
    # A camera that takes the connection and never answers: the puller thread waits in its open.
    silent = socket.create_server(("127.0.0.1", 0))
    silent.settimeout(10)
    port = silent.getsockname()[1]
    stream = StreamController(f"rtsp://127.0.0.1:{port}/silent", open_timeout=3.0)
    gone = weakref.ref(stream)
    stream.play()
    connection, _peer = silent.accept()
    try:
        stream.release()
        del stream
        gc.collect()
        # Freed here, on the GUI thread: had the waiting thread held the last reference, the
        # QObject would have been destroyed there when it gave up (once a native crash).
        assert gone() is None
        qtbot.waitUntil(lambda: not connection.recv(1), timeout=10_000)  # the thread gave up
    finally:
        connection.close()
        silent.close()
