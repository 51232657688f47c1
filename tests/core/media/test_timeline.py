"""The timestamps libVLC gets go forward with the wall clock when a camera's timestamps jump (an
encoder restarting from 0 when another client joins, a setting changed), and stay the camera's own
otherwise: a gap of pictures really lost is kept (issue 17)."""

from __future__ import annotations

from dataclasses import dataclass

from app.media.puller import Timeline
from tests.helpers.clock import MonotonicClock

FRAME = 6_000  # 15 fps at 90 kHz
SECOND = 90_000


@dataclass
class FakePacket:
    dts: int | None
    pts: int | None


def feed(timeline: Timeline, clock: MonotonicClock, stamps: list[int]) -> list[int]:
    """Hand ``stamps`` on one frame interval apart in time; the dts that came out."""
    out = []
    for stamp in stamps:
        packet = FakePacket(stamp, stamp)
        timeline.restamp(packet)
        assert packet.dts is not None
        out.append(packet.dts)
        clock.advance(FRAME / SECOND)
    return out


def test_a_steady_stream_keeps_the_cameras_timestamps() -> None:
    clock = MonotonicClock()
    timeline = Timeline(FRAME, SECOND, clock)
    stamps = [1_000 + i * FRAME for i in range(30)]
    assert feed(timeline, clock, stamps) == stamps


def test_a_camera_starting_again_from_zero_goes_on_one_frame_later() -> None:
    clock = MonotonicClock()
    timeline = Timeline(FRAME, SECOND, clock)
    before = feed(timeline, clock, [192_000 + i * FRAME for i in range(10)])
    restart = FakePacket(0, 0)
    assert timeline.restamp(restart)  # said once, so the log has it
    assert restart.dts == restart.pts == before[-1] + FRAME
    after = feed(timeline, clock, [FRAME * i for i in range(1, 5)])
    assert after == [before[-1] + FRAME * (i + 1) for i in range(1, 5)]


def test_a_jump_far_ahead_goes_on_at_the_time_that_passed() -> None:
    clock = MonotonicClock()
    timeline = Timeline(FRAME, SECOND, clock)
    before = feed(timeline, clock, [i * FRAME for i in range(5)])
    jumped = FakePacket(3_600 * SECOND, 3_600 * SECOND + FRAME)  # an hour ahead, pts after dts
    assert timeline.restamp(jumped)
    assert jumped.dts == before[-1] + FRAME
    assert jumped.pts == before[-1] + 2 * FRAME  # the picture's own pts-dts kept


def test_pictures_really_lost_keep_their_gap() -> None:
    """The puller drops up to the next keyframe when libVLC is behind: two seconds of pictures
    missing after two seconds of time is not a jump."""
    clock = MonotonicClock()
    timeline = Timeline(FRAME, SECOND, clock)
    before = feed(timeline, clock, [i * FRAME for i in range(5)])
    clock.advance(2.0)
    later = FakePacket(before[-1] + FRAME + 2 * SECOND, None)
    assert not timeline.restamp(later)
    assert later.dts == before[-1] + FRAME + 2 * SECOND
