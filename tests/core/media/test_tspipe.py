"""The pipe between the remuxer and libVLC: a tile that falls behind must drop, not queue."""

from __future__ import annotations

from app.media.puller import TsPipe
from tests.helpers.clock import MonotonicClock


def test_a_reader_that_keeps_up_is_never_over_budget() -> None:
    clock = MonotonicClock()
    pipe = TsPipe(max_age=2.0, clock=clock)
    for _ in range(100):  # ten seconds of 10 chunks a second, each read at once
        pipe.write(b"x" * 188)
        clock.advance(0.1)
        assert pipe.read(188) == b"x" * 188
        assert not pipe.over_budget()


def test_a_small_stream_that_nobody_reads_is_over_budget_after_two_seconds() -> None:
    # A 500 kbit/s sub stream fills the byte limit only after a minute; time must catch it first.
    clock = MonotonicClock()
    pipe = TsPipe(max_bytes=4_000_000, max_age=2.0, clock=clock)
    for _ in range(25):
        pipe.write(b"x" * 6_250)
        clock.advance(0.1)
    assert pipe.backlog < 200_000
    assert pipe.over_budget()
    while pipe.backlog:  # libVLC catches up: the pipe is fine again
        pipe.read(65_536)
    assert pipe.age == 0.0
    assert not pipe.over_budget()


def test_bytes_still_bound_a_burst() -> None:
    pipe = TsPipe(max_bytes=1_000, max_age=2.0, clock=MonotonicClock())
    pipe.write(b"x" * 1_001)
    assert pipe.over_budget()
