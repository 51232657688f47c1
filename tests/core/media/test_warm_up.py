"""libVLC is loaded off the GUI thread while the camera is still being asked (issue 17)."""

from __future__ import annotations

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
