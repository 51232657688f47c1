"""The simulated gate traffic as a client gets it: the recorder's searches report a motion event
at every vehicle, and the replay (and the live camera) at a vehicle's moment shows its painted
container side where the schedule says it stands."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import av
import numpy as np
import pytest

from app.recorders import make_recorder
from app.recorders.base import RecorderKind
from app.recorders.calibrate import first_picture, open_replay, playable_url, sim_clock_reader
from app.recorders.proxy import ReplayProxy
from app.simsite import gate_traffic
from app.simsite.gate_traffic import STILL_SECONDS, Passage, stop_layout
from app.simsite.site import DEFAULT_CONFIG, SiteDescription
from tests.helpers.recordings import recorder_settings, yesterday_at
from tests.helpers.sim_fixtures import SiteFactory, with_credentials

pytestmark = pytest.mark.e2e


def yesterdays_vehicles(site: SiteDescription, hours: tuple[int, int]) -> list[Passage]:
    epe = site.epes[0]
    return gate_traffic.passages(epe.raw, yesterday_at(hours[0], 0), yesterday_at(hours[1], 0))


def panel_colour(frame: av.VideoFrame, passage: Passage) -> np.ndarray:
    """The mean colour (RGB) of the container side beside and under its painted number: its
    carrier's paint with the corrugations' light and shade."""
    picture = frame.to_ndarray(format="rgb24")
    height, width = picture.shape[:2]
    side = stop_layout(width, height, passage).container
    # The side's part away from the number (which starts a fifth of the picture in) and the
    # rails, with room for the vehicle's slight tilt.
    x0, x1 = side.x + side.width // 20, side.x + side.width // 4
    y0, y1 = side.y + side.height * 6 // 10, side.y + side.height * 8 // 10
    return picture[y0:y1, x0:x1].reshape(-1, 3).mean(axis=0)


def assert_painted(frame: av.VideoFrame, passage: Passage) -> None:
    expected = np.array(passage.colour) * 0.9  # stripes at 78 % and 118 % of the paint
    seen = panel_colour(frame, passage)
    assert np.abs(seen - expected).max() < 40, (seen, expected, passage)


@pytest.mark.parametrize("kind", [RecorderKind.HIKVISION, RecorderKind.ONVIF_G])
def test_the_recorder_reports_motion_at_every_vehicle(
    sim_site: SiteDescription, kind: RecorderKind
) -> None:
    epe = sim_site.epes[0]
    recorder = make_recorder(recorder_settings(epe, kind, timeout_s=8.0), epe.user, epe.password)

    result = recorder.search(1, yesterday_at(10, 0), yesterday_at(12, 0))

    vehicles = yesterdays_vehicles(sim_site, (10, 12))
    assert len(vehicles) == 8
    events = {(e.start, e.end) for e in result.events if e.kind == "motion"}
    for passage in vehicles:
        assert (passage.visible_from, passage.visible_until) in events
    # The other cameras see no vehicle: camera 3 keeps its two hourly events.
    assert len(recorder.search(3, yesterday_at(10, 0), yesterday_at(12, 0)).events) == 2


def test_the_replay_at_a_vehicle_shows_its_container_side(sim_site: SiteDescription) -> None:
    epe = sim_site.epes[0]
    recorder = make_recorder(
        recorder_settings(epe, RecorderKind.HIKVISION, timeout_s=8.0), epe.user, epe.password
    )
    vehicles = [p for p in yesterdays_vehicles(sim_site, (9, 11)) if p.container]
    with ReplayProxy() as proxy:
        for passage in vehicles[:2]:
            source = recorder.replay(1, passage.at)
            url = playable_url(source, epe.user, epe.password, proxy)
            read = sim_clock_reader(passage.at)
            frame = first_picture(url, accept=lambda f, read=read: read(f) is not None)
            moment = read(frame)
            assert moment is not None and abs(moment - passage.at) < dt.timedelta(seconds=2)

            assert_painted(frame, passage)
        # Before it came the gate was empty: the colour is the vehicle's, not the scene's.
        everyone = yesterdays_vehicles(sim_site, (8, 12))
        empty_at = next(
            moment
            for seconds in range(30, 600, 10)
            if gate_traffic.visible_at(
                everyone, moment := vehicles[0].at - dt.timedelta(seconds=seconds), 1
            )
            is None
        )
        source = recorder.replay(1, empty_at)
        empty = first_picture(playable_url(source, epe.user, epe.password, proxy))
        assert np.abs(panel_colour(empty, vehicles[0]) - np.array(vehicles[0].colour)).max() > 60


def test_the_live_gate_camera_shows_the_vehicle_standing_at_its_moment(
    sim_site_factory: SiteFactory, tmp_path: Path
) -> None:
    config = json.loads(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    config["epes"] = config["epes"][:1]
    # A vehicle a minute, all day, so one comes within a minute of whenever the test runs.
    config["epes"][0]["gate_traffic"] = {
        "per_hour": 60,
        "from": "00:00",
        "to": "23:59",
        "cameras": [1],
    }
    path = tmp_path / "site.json"
    path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    site = sim_site_factory(config=path).description
    epe = site.epes[0]
    now = dt.datetime.now(dt.UTC)
    coming = [
        p
        for p in gate_traffic.passages(epe.raw, now, now + dt.timedelta(minutes=3))
        if p.container and p.at - now > dt.timedelta(seconds=STILL_SECONDS)
    ]
    passage = coming[0]
    url = with_credentials(epe.cameras[0].sub_url, epe.user, epe.password)
    read = sim_clock_reader(passage.at)
    still = dt.timedelta(seconds=STILL_SECONDS / 2 - 1)

    # The live picture, frame after frame, until the frame made while the vehicle stands.
    stream = open_replay(url, 10.0)
    try:
        for frame in stream.decode(video=0):
            moment = read(frame)
            if moment is not None and abs(moment - passage.at) < still:
                break
            assert moment is None or moment < passage.at, "the vehicle's moment went by"
    finally:
        stream.close()

    assert_painted(frame, passage)
