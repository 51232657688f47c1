"""A live tile decodes with one thread (memory, lost pictures on a full wall); a replay keeps
libVLC's default, without which a paused replay's snapshot never comes (issue 17)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.media.stream import StreamController


def test_a_live_tile_decodes_with_one_thread_and_a_replay_with_the_default(qtbot: QtBot) -> None:
    live = StreamController("rtsp://127.0.0.1:9/live")
    replay = StreamController("rtsp://127.0.0.1:9/replay")
    replay.decode_as_replay()
    try:
        assert live._ensure_output().one_decoder_thread
        assert not replay._ensure_output().one_decoder_thread
        # a replay's player made again (after a release) decodes as a replay still
        replay.release()
        assert not replay._ensure_output().one_decoder_thread
    finally:
        live.release()
        replay.release()
