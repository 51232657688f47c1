"""A live tile decodes with one thread (memory, lost pictures on a full wall) through the low-delay
input; a replay keeps libVLC's default threads, without which a paused replay's snapshot never
comes, and its paced input, which pauses and runs at 8x (issue 17)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.media.stream import StreamController


def test_a_live_tile_plays_as_live_and_a_replay_as_a_replay(qtbot: QtBot) -> None:
    live = StreamController("rtsp://127.0.0.1:9/live")
    replay = StreamController("rtsp://127.0.0.1:9/replay")
    replay.decode_as_replay()
    try:
        assert live._ensure_output().live
        assert not replay._ensure_output().live
        # a replay's player made again (after a release) decodes as a replay still
        replay.release()
        assert not replay._ensure_output().live
    finally:
        live.release()
        replay.release()
