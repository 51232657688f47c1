"""Recorders on the simulated site: search, replay at a moment, calibration, retention, faults.

The simulated recorder serves all three protocols for every EPE, each with its own time
convention, and paints the *recorded* time into every replayed picture; the truth about segments,
gaps and events comes from the same deterministic archive functions the simulator uses.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import av
import pytest

from app.playback.session import off_the_clock
from app.recorders import make_recorder
from app.recorders.base import (
    RecorderClock,
    RecorderError,
    RecorderFailure,
    RecorderKind,
    RecorderSettings,
    SearchResult,
    TimeConvention,
    retention_check,
)
from app.recorders.calibrate import (
    calibrate,
    first_picture,
    open_replay,
    playable_url,
    read_block_clock,
    sim_clock_reader,
)
from app.recorders.proxy import ReplayProxy
from app.simsite import recorder as sim_recorder
from app.simsite.site import SimEpe, SiteDescription
from tests.helpers.faulty_servers import closed_port, faulty_server
from tests.helpers.recordings import recorder_settings, yesterday_at

pytestmark = pytest.mark.e2e

KINDS = [RecorderKind.HIKVISION, RecorderKind.DAHUA, RecorderKind.ONVIF_G]


def settings_for(epe: SimEpe, kind: RecorderKind, **changes: object) -> RecorderSettings:
    return recorder_settings(epe, kind, timeout_s=8.0, **changes)


def recorded_moment(frame: av.VideoFrame, near: dt.datetime) -> dt.datetime:
    seen = sim_clock_reader(near)(frame)
    assert seen is not None, "no recorded clock in the replayed picture"
    return seen


def has_clock(frame: av.VideoFrame) -> bool:
    return read_block_clock(frame) is not None


@pytest.fixture
def proxy() -> Iterator[ReplayProxy]:
    with ReplayProxy() as running:
        yield running


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.value)
def test_search_finds_the_segments_and_the_nightly_gap(
    sim_site: SiteDescription, kind: RecorderKind
) -> None:
    epe = sim_site.epes[0]
    recorder = make_recorder(settings_for(epe, kind), epe.user, epe.password)
    start, end = yesterday_at(1, 0), yesterday_at(5, 0)

    result = recorder.search(2, start, end)

    assert [(s.start, s.end) for s in result.segments] == [
        (yesterday_at(1, 0), yesterday_at(3, 0)),
        (yesterday_at(3, 20), yesterday_at(5, 0)),
    ]
    assert result.gaps == [(yesterday_at(3, 0), yesterday_at(3, 20))]


def morning_motion(
    sim_site: SiteDescription, kind: RecorderKind, camera: int, seconds: int
) -> SearchResult:
    """``camera``'s search from 8:00 to 10:00 yesterday on a ``kind`` recorder, after checking
    its two motion events: at 8:10 and 9:10, ``seconds`` long each."""
    epe = sim_site.epes[0]
    recorder = make_recorder(settings_for(epe, kind), epe.user, epe.password)
    result = recorder.search(camera, yesterday_at(8, 0), yesterday_at(10, 0))
    assert [(e.kind, e.start, e.end) for e in result.events] == [
        ("motion", yesterday_at(8, 10), yesterday_at(8, 10, seconds)),
        ("motion", yesterday_at(9, 10), yesterday_at(9, 10, seconds)),
    ]
    return result


def test_profile_g_search_reports_motion_events(sim_site: SiteDescription) -> None:
    result = morning_motion(sim_site, RecorderKind.ONVIF_G, 3, 23)
    assert result.gaps == []


def test_hikvision_search_reports_motion_from_the_video_motion_record_type(
    sim_site: SiteDescription,
) -> None:
    result = morning_motion(sim_site, RecorderKind.HIKVISION, 2, 22)
    # The motion spans are events, not more recordings: one continuous segment.
    assert [(s.start, s.end) for s in result.segments] == [
        (yesterday_at(8, 0), yesterday_at(10, 0))
    ]


def test_dahua_search_flags_the_files_with_motion(sim_site: SiteDescription) -> None:
    epe = sim_site.epes[0]
    recorder = make_recorder(settings_for(epe, RecorderKind.DAHUA), epe.user, epe.password)

    result = recorder.search(1, yesterday_at(7, 0), yesterday_at(9, 0))

    assert [(s.start, s.end) for s in result.segments] == [(yesterday_at(7, 0), yesterday_at(9, 0))]
    assert [(e.start, e.end) for e in result.events] == [(yesterday_at(8, 0), yesterday_at(9, 0))]


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.value)
def test_replay_starts_at_the_asked_moment(
    sim_site: SiteDescription, proxy: ReplayProxy, kind: RecorderKind
) -> None:
    epe = sim_site.epes[0]
    recorder = make_recorder(settings_for(epe, kind), epe.user, epe.password)
    asked = yesterday_at(9, 15, 7)

    source = recorder.replay(4, asked)
    assert source.needs_proxy is (kind is RecorderKind.ONVIF_G)
    assert epe.password not in source.url
    frame = first_picture(playable_url(source, epe.user, epe.password, proxy), accept=has_clock)

    assert abs((recorded_moment(frame, asked) - asked).total_seconds()) <= 1.0


def test_profile_g_replay_without_the_proxy_is_refused(sim_site: SiteDescription) -> None:
    # FFmpeg cannot send Require: onvif-replay, which is why the proxy exists.
    epe = sim_site.epes[0]
    recorder = make_recorder(settings_for(epe, RecorderKind.ONVIF_G), epe.user, epe.password)
    source = recorder.replay(1, yesterday_at(9, 0))
    from app.media.puller import with_credentials

    with pytest.raises(RecorderError) as caught:
        first_picture(with_credentials(source.url, epe.user, epe.password))
    assert caught.value.reason is RecorderFailure.REFUSED
    assert epe.password not in str(caught.value)


def test_replay_in_a_gap_starts_at_the_next_recording(
    sim_site: SiteDescription, proxy: ReplayProxy
) -> None:
    epe = sim_site.epes[0]
    recorder = make_recorder(settings_for(epe, RecorderKind.HIKVISION), epe.user, epe.password)
    source = recorder.replay(1, yesterday_at(3, 5))
    frame = first_picture(playable_url(source, epe.user, epe.password, proxy), accept=has_clock)
    assert (
        abs((recorded_moment(frame, yesterday_at(3, 20)) - yesterday_at(3, 20)).total_seconds())
        <= 1.0
    )
    assert f"resolved start {yesterday_at(3, 20):%Y-%m-%dT%H:%M:%SZ}" in _site_log(sim_site)


def _site_log(site: SiteDescription) -> str:
    log = site.path.parent / "server.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


def test_a_new_play_through_the_proxy_seeks_without_reconnecting(
    sim_site: SiteDescription, proxy: ReplayProxy
) -> None:
    epe = sim_site.epes[0]
    recorder = make_recorder(settings_for(epe, RecorderKind.ONVIF_G), epe.user, epe.password)
    first, later = yesterday_at(10, 0), yesterday_at(14, 30, 30)
    url = playable_url(recorder.replay(2, first), epe.user, epe.password, proxy)
    container = open_replay(url)
    try:
        seen: list[dt.datetime] = []
        deadline = time.monotonic() + 20
        for frame in container.decode(video=0):
            assert time.monotonic() < deadline, f"never reached {later}, saw {seen[-3:]}"
            ms = read_block_clock(frame)
            if ms is None:
                continue
            seen.append(recorded_moment(frame, first if len(seen) < 3 else later))
            if len(seen) == 3:
                assert abs((seen[0] - first).total_seconds()) <= 1.0
                proxy.seek(url, later)
            if len(seen) > 3 and abs((seen[-1] - later).total_seconds()) <= 1.0:
                break
    finally:
        container.close()


def test_profile_g_replays_at_four_times_speed(
    sim_site: SiteDescription, proxy: ReplayProxy
) -> None:
    epe = sim_site.epes[0]
    recorder = make_recorder(settings_for(epe, RecorderKind.ONVIF_G), epe.user, epe.password)
    asked = yesterday_at(15, 30)
    source = recorder.replay(1, asked, scale=4.0)
    container = open_replay(playable_url(source, epe.user, epe.password, proxy))
    try:
        moments: list[tuple[float, dt.datetime]] = []
        for frame in container.decode(video=0):
            if has_clock(frame) and frame.time is not None:
                moments.append((frame.time, recorded_moment(frame, asked)))
            if len(moments) >= 30:  # two seconds of pictures
                break
    finally:
        container.close()
    (played_first, first), (played_last, last) = moments[0], moments[-1]
    assert abs((first - asked).total_seconds()) <= 1.0
    speed = (last - first).total_seconds() / (played_last - played_first)
    assert 3.5 <= speed <= 4.5, speed


def test_two_cameras_replay_in_step(sim_site: SiteDescription) -> None:
    epe = sim_site.epes[0]
    recorder = make_recorder(settings_for(epe, RecorderKind.HIKVISION), epe.user, epe.password)
    asked = yesterday_at(11, 45)
    containers = [
        open_replay(playable_url(recorder.replay(number, asked), epe.user, epe.password, None))
        for number in (1, 2)
    ]
    try:
        decoders = [c.decode(video=0) for c in containers]
        drifts: list[float] = []
        for _ in range(45):  # three seconds of pictures, read in turn
            moments = []
            for decoder in decoders:
                frame = next(decoder)
                while not has_clock(frame):
                    frame = next(decoder)
                moments.append(recorded_moment(frame, asked))
            drifts.append(abs((moments[0] - moments[1]).total_seconds()))
        assert max(drifts) < 0.5, drifts
    finally:
        for container in containers:
            container.close()


def test_a_camera_that_drifted_is_brought_back_onto_the_timeline(
    sim_site: SiteDescription, proxy: ReplayProxy
) -> None:
    epe = sim_site.epes[0]
    recorder = make_recorder(settings_for(epe, RecorderKind.ONVIF_G), epe.user, epe.password)
    asked = yesterday_at(16, 40)
    late = asked + dt.timedelta(seconds=3)  # as if camera 2 had run ahead
    urls = [
        playable_url(recorder.replay(1, asked), epe.user, epe.password, proxy),
        playable_url(recorder.replay(2, late), epe.user, epe.password, proxy),
    ]
    containers = [open_replay(url) for url in urls]
    try:
        decoders = [c.decode(video=0) for c in containers]

        def shown_now() -> dict[int, dt.datetime]:
            moments = {}
            for number, decoder in zip((1, 2), decoders, strict=True):
                frame = next(decoder)
                while not has_clock(frame):
                    frame = next(decoder)
                moments[number] = recorded_moment(frame, asked)
            return moments

        for _ in range(5):
            shown = shown_now()
        # Camera 1 is the clock here; the session's rule picks camera 2 to move onto it.
        off = off_the_clock(shown, shown[1])
        assert list(off) == [2] and off[2] == pytest.approx(3, abs=0.5)
        proxy.seek(urls[1], shown[1])

        deadline = time.monotonic() + 10
        drifts: list[float] = []
        while len(drifts) < 15:
            assert time.monotonic() < deadline, f"camera 2 never came back in step: {drifts}"
            shown = shown_now()
            drift = abs((shown[2] - shown[1]).total_seconds())
            if drifts or drift < 2.5:  # the frames sent before the new PLAY are skipped
                drifts.append(drift)
        assert max(drifts) < 0.5, drifts
    finally:
        for container in containers:
            container.close()


def test_a_local_time_recorder_set_to_utc_is_caught_by_calibration(
    sim_site: SiteDescription,
) -> None:
    epe = sim_site.epes[0]
    wrong = settings_for(epe, RecorderKind.HIKVISION, clock=RecorderClock(TimeConvention.UTC))
    recorder = make_recorder(wrong, epe.user, epe.password)
    asked = yesterday_at(13, 0)

    found = calibrate(recorder, 5, asked, epe.user, epe.password, sim_clock_reader(asked))

    assert found.zone_mistake
    assert abs(found.offset_s + 7 * 3600) <= 1.0  # the picture is 7 h early
    assert found.suggested.convention is TimeConvention.LOCAL
    assert abs(found.suggested.calibrated_offset_s) <= 1.0
    fixed = make_recorder(
        RecorderSettings(**{**wrong.__dict__, "clock": found.suggested}), epe.user, epe.password
    )
    again = calibrate(fixed, 5, asked, epe.user, epe.password, sim_clock_reader(asked))
    assert abs(again.offset_s) <= 1.0 and not again.zone_mistake


def test_retention_check_names_the_epe_that_keeps_only_90_days(
    sim_site: SiteDescription,
) -> None:
    short, full = sim_site.epes[1], sim_site.epes[0]
    assert short.raw["recorder"]["retention_days"] == sim_recorder.SHORT_RETENTION_DAYS
    for epe, kind in (
        (short, RecorderKind.DAHUA),
        (full, RecorderKind.HIKVISION),
        (full, RecorderKind.ONVIF_G),
    ):
        recorder = make_recorder(settings_for(epe, kind), epe.user, epe.password)
        report = retention_check(recorder.summary())
        if epe is short:
            assert not report.compliant and report.days_kept == 90
        else:
            assert report.compliant and report.days_kept >= 365


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.value)
def test_a_wrong_password_is_named(sim_site: SiteDescription, kind: RecorderKind) -> None:
    epe = sim_site.epes[0]
    recorder = make_recorder(settings_for(epe, kind), epe.user, "not-the-password")
    with pytest.raises(RecorderError) as caught:
        recorder.search(1, yesterday_at(1, 0), yesterday_at(2, 0))
    assert caught.value.reason is RecorderFailure.WRONG_PASSWORD
    assert "not-the-password" not in str(caught.value)


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.value)
def test_a_replay_with_a_wrong_password_is_named(
    sim_site: SiteDescription, proxy: ReplayProxy, kind: RecorderKind
) -> None:
    epe = sim_site.epes[0]
    recorder = make_recorder(settings_for(epe, kind), epe.user, epe.password)
    url = playable_url(recorder.replay(1, yesterday_at(9, 0)), epe.user, "wrong", proxy)
    with pytest.raises(RecorderError) as caught:
        first_picture(url)
    assert caught.value.reason is RecorderFailure.WRONG_PASSWORD


def test_a_replay_from_a_recorder_that_is_gone_is_named(proxy: ReplayProxy) -> None:
    from app.recorders.base import ReplaySource

    port = closed_port()
    gone = ReplaySource(
        RecorderKind.ONVIF_G,
        1,
        f"rtsp://127.0.0.1:{port}/onvif/replay/1",
        yesterday_at(9, 0),
        needs_proxy=True,
    )
    with pytest.raises(RecorderError) as caught:
        first_picture(proxy.open(gone, "u", "p"))
    assert caught.value.reason in (RecorderFailure.REFUSED, RecorderFailure.UNREACHABLE)
    direct = ReplaySource(
        RecorderKind.HIKVISION,
        1,
        f"rtsp://127.0.0.1:{port}/Streaming/tracks/101?starttime=x",
        yesterday_at(9, 0),
    )
    with pytest.raises(RecorderError) as caught:
        first_picture(playable_url(direct, "u", "p", None))
    assert caught.value.reason is RecorderFailure.UNREACHABLE


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.value)
def test_a_dead_silent_or_babbling_recorder_gives_a_clear_message(kind: RecorderKind) -> None:
    def search(port: int) -> RecorderFailure:
        settings = RecorderSettings(kind, "127.0.0.1", port, port, timeout_s=1.5)
        with pytest.raises(RecorderError) as caught:
            make_recorder(settings, "u", "p").search(1, yesterday_at(1, 0), yesterday_at(2, 0))
        assert str(caught.value)
        return caught.value.reason

    assert search(closed_port()) is RecorderFailure.UNREACHABLE
    with faulty_server("silent") as silent:
        started = time.monotonic()
        assert search(silent.port) is RecorderFailure.TIMED_OUT
        assert time.monotonic() - started < 5
    with faulty_server("garbage") as garbage:
        assert search(garbage.port) is RecorderFailure.BAD_REPLY
