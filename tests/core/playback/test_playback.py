"""The playback session's rules without a picture: when and where a camera is reopened so its
picture lands on the shared clock, what a camera shows, speeds, bookmarks, roles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import Epe
from app.officers.profiles import Officer, PermissionDeniedError, Role
from app.playback.investigation import Investigation, SearchFound
from app.playback.session import (
    SPEEDS,
    CameraTrack,
    PlaybackSession,
    PlaybackState,
    drift_limit_s,
    off_the_clock,
    reopen_plan,
    whole_second,
)
from app.recorders import make_recorder
from app.recorders.access import PlaybackAccess
from app.recorders.base import UTC, RecorderKind, RecorderSettings
from app.rotation.ledger import Ledger
from app.secrets import CredentialStore
from app.sites.registry import Registry

OFFICER = Officer("HQ0107", "Nguyễn Thị Lan", Role.OFFICER)
VIEWER = Officer("DT0001", "Đối tác xem", Role.VIEW_ONLY)
NOON = dt.datetime(2026, 11, 22, 5, 0, 0, tzinfo=UTC)  # 12:00 in Vietnam


def at(seconds: float) -> dt.datetime:
    return NOON + dt.timedelta(seconds=seconds)


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    reg = Registry(tmp_path / "epewall.sqlite3")
    yield reg
    reg.close()


def session_for(registry: Registry, cameras: list[int]) -> PlaybackSession:
    # A recorder nobody answers at: nothing here opens a connection.
    recorder = make_recorder(RecorderSettings(RecorderKind.HIKVISION, "192.0.2.1"), "u", "p")
    access = PlaybackAccess(Ledger(registry), OFFICER, "0100233488")
    return PlaybackSession(
        recorder, access, lambda: ("u", "p"), [(n, f"Camera {n}") for n in cameras]
    )


@pytest.mark.parametrize(
    ("master", "seek_s", "speed", "target", "wait_s"),
    [
        (at(0.3), 0.6, 1.0, at(1), 0.1),  # picture in 0.6 s, at :01 when the clock is there
        (at(0.0), 0.5, 1.0, at(1), 0.5),
        (at(0.0), 0.0, 1.0, at(0), 0.0),  # already on a whole second
        (at(0.3), 0.6, 4.0, at(3), 0.075),  # 4x: the clock moves 2.4 s while the camera opens
        (at(10.9), 0.6, 0.25, at(12), 3.8),  # 1/4x: the clock needs 3.8 s to come near :12
    ],
)
def test_a_reopen_is_timed_so_the_picture_lands_on_the_clock(
    master: dt.datetime, seek_s: float, speed: float, target: dt.datetime, wait_s: float
) -> None:
    planned, wait = reopen_plan(master, seek_s, speed)
    assert planned == whole_second(planned) == target
    assert wait == pytest.approx(wait_s, abs=1e-6)
    # Waiting, then opening, the picture comes exactly when the clock shows the asked moment.
    clock_at_picture = master + dt.timedelta(seconds=(wait + seek_s) * speed)
    assert abs((clock_at_picture - planned).total_seconds()) < 0.001


def test_one_master_clock_reopens_only_the_cameras_off_it() -> None:
    shown = {1: at(0.3), 2: at(1.5), 3: at(-0.8), 4: at(40)}
    off = off_the_clock(shown, at(0))
    assert off == {2: pytest.approx(1.5), 3: pytest.approx(-0.8), 4: pytest.approx(40)}
    assert 1 not in off  # within half a second: left alone
    assert off_the_clock(shown, at(0), speed=0.25) == off  # slow: same bound
    # Faster: a camera moves in reopens about a second apart, so less than the speed off is on
    # its way; only one far off is reopened.
    assert drift_limit_s(2.0) == 2.0 and drift_limit_s(1.0) == 0.5
    assert off_the_clock(shown, at(0), speed=2.0) == {4: pytest.approx(40)}


def test_a_camera_shows_its_asked_moment_plus_the_time_since_its_first_picture(
    registry: Registry,
) -> None:
    session = session_for(registry, [1])
    track = session.tracks[1]
    assert isinstance(track, CameraTrack)
    assert track.position(100.0) is None  # no picture yet
    track.asked, track.shown_at = at(0), 100.0
    assert track.position(102.5) == at(2.5)
    assert track.position(99.0) == at(0)  # never before the asked moment
    session.close()


def test_one_to_four_cameras(registry: Registry) -> None:
    with pytest.raises(ValueError):
        session_for(registry, [])
    with pytest.raises(ValueError):
        session_for(registry, [1, 2, 3, 4, 5])
    session = session_for(registry, [1, 2, 3, 4])
    assert session.cameras == [1, 2, 3, 4]
    assert session.state is PlaybackState.CLOSED and session.position() is None
    session.seek(at(0))  # nothing asked of the recorder yet: ignored
    assert session.state is PlaybackState.CLOSED
    session.close()


def test_speeds_from_a_quarter_to_eight_times(registry: Registry) -> None:
    session = session_for(registry, [1])
    assert SPEEDS[0] == 0.25 and SPEEDS[-1] == 8.0 and 1.0 in SPEEDS
    changed: list[float] = []
    session.speed_changed.connect(changed.append)
    session.set_speed(3.0)  # not offered
    session.set_speed(8.0)
    session.set_speed(0.25)
    assert changed == [8.0, 0.25] and session.speed == 0.25
    session.close()


def test_bookmarks_are_kept_at_the_recorded_moment_and_listed_in_order(
    registry: Registry,
) -> None:
    from app.domain import Epe

    epe = registry.add_epe(Epe(name="Công ty TNHH Sao Việt", tax_id="0100233488"))
    assert epe.id is not None
    session = session_for(registry, [1, 2])
    with pytest.raises(ValueError):
        session.add_bookmark(registry, epe.id, 1, "nothing is playing", OFFICER.code)
    late = session.add_bookmark(
        registry, epe.id, 2, "  Xe 51C-123.45 ra cổng ", OFFICER.code, at(90)
    )
    early = session.add_bookmark(registry, epe.id, 1, "Container MSKU1234565", OFFICER.code, at(30))
    listed = session.bookmarks(registry, epe.id, at(0), at(60))
    assert [b.id for b in listed] == [early.id]
    assert [(b.note, b.camera) for b in session.bookmarks(registry, epe.id)] == [
        ("Container MSKU1234565", 1),
        ("Xe 51C-123.45 ra cổng", 2),
    ]
    assert late.at == at(90)
    session.close()


def test_view_only_cannot_start_a_playback_session(registry: Registry) -> None:
    with pytest.raises(PermissionDeniedError):
        PlaybackAccess(Ledger(registry), VIEWER, "0100233488")
    with pytest.raises(PermissionDeniedError):
        PlaybackAccess(Ledger(registry), None, "0100233488")


def test_an_investigation_keeps_the_recorder_client_only_for_the_same_recorder(
    registry: Registry,
) -> None:
    epe = registry.add_epe(
        Epe(name="Công ty TNHH Sao Việt", tax_id="0100233488", account_user="giamsat")
    )
    settings = RecorderSettings(RecorderKind.HIKVISION, "192.0.2.1")
    investigation = Investigation(registry, CredentialStore(), Ledger(registry))
    first = investigation.search_request(OFFICER, epe, settings, [1, 2], at(0), at(3600))
    assert first.recorder is None and first.cameras == (1, 2)
    client = make_recorder(settings, "giamsat", "p")
    investigation.searched(SearchFound(first, client, {}))
    assert investigation.recorder is client
    again = investigation.search_request(OFFICER, epe, settings, [1], at(0), at(60))
    assert again.recorder is client  # no second keyring read for the same recorder
    moved = RecorderSettings(RecorderKind.HIKVISION, "192.0.2.2")
    assert investigation.search_request(OFFICER, epe, moved, [1], at(0), at(60)).recorder is None
    with pytest.raises(PermissionDeniedError):
        investigation.search_request(VIEWER, epe, settings, [1], at(0), at(60))
