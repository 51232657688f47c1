"""The simulated site's gate traffic: the schedule every part of the simulator (live cameras, the
recorder's replay and searches, the customs file) computes the same way."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from app.declarations.codes import normalise_container, normalise_plate
from app.simsite import config as sim_config
from app.simsite import gate_traffic
from app.simsite.config import ConfigError, parse_config
from app.simsite.gate_traffic import VISIBLE_SECONDS, passages, stop_layout, vehicle_offset
from app.simsite.recorder import Archive, RecorderConfig

VN = dt.timezone(dt.timedelta(hours=7))
DAY = dt.datetime(2026, 12, 1, tzinfo=VN)
DEFAULT_SITE = Path(sim_config.__file__).with_name("default_site.json")


def sao_viet() -> sim_config.EpeConfig:
    return sim_config.load(DEFAULT_SITE)[0]


def fields(**traffic: Any) -> dict[str, Any]:
    return {"tax_id": "0315867420", "gate_traffic": traffic}


def test_the_schedule_is_the_same_every_time_and_differs_between_epes() -> None:
    day = (DAY, DAY + dt.timedelta(days=1))
    first = passages(sao_viet(), *day)

    assert first == passages(sao_viet(), *day)
    assert first == passages(dict(sao_viet().fields), *day)  # a dict of fields works too
    other = {**sao_viet().fields, "tax_id": "2301275957"}
    assert [p.container for p in passages(other, *day)] != [p.container for p in first]
    # Asked piecewise, the same vehicles.
    noon = DAY + dt.timedelta(hours=12)
    assert passages(sao_viet(), DAY, noon) + passages(sao_viet(), noon, day[1]) == first


def test_the_demo_gate_sees_four_vehicles_an_hour_in_working_hours_with_valid_codes() -> None:
    found = passages(sao_viet(), DAY, DAY + dt.timedelta(days=1))

    assert len(found) == 4 * 9
    hours = {p.at.astimezone(VN).hour for p in found}
    assert hours == set(range(8, 17))
    assert {p.camera for p in found} == {1}
    assert {p.direction for p in found} == {"in", "out"}
    containers = [p.container for p in found if p.container]
    assert 0.6 * len(found) <= len(containers) < len(found)  # some trucks carry none
    for container in containers:
        assert normalise_container(container) == container
    for passage in found:
        assert normalise_plate(passage.plate_shown) == passage.plate
        assert passage.at.tzinfo is dt.UTC and passage.at.microsecond == 0
    # Two vehicles never share the picture.
    for before, after in zip(found, found[1:], strict=False):
        assert after.visible_from >= before.visible_until


def test_an_epe_without_gate_traffic_has_none_and_density_follows_the_config() -> None:
    span = (DAY, DAY + dt.timedelta(days=1))
    assert passages({"tax_id": "2301275957"}, *span) == []
    dense = passages(fields(per_hour=30, cameras=[1, 2], **{"from": "06:00", "to": "07:00"}), *span)
    assert len(dense) == 30 and {p.camera for p in dense} == {1, 2}
    assert all(p.at.astimezone(VN).hour == 6 for p in dense)


def test_same_every_day_repeats_the_vehicles_and_their_times_from_one_day_to_the_next() -> None:
    def day_of(offset: int, **traffic: Any) -> list[tuple[dt.time, str | None, str]]:
        start = DAY + dt.timedelta(days=offset)
        return [
            (p.at.astimezone(VN).time(), p.container, p.plate)
            for p in passages(fields(**traffic), start, start + dt.timedelta(days=1))
        ]

    assert day_of(0) != day_of(1), "each day has its own vehicles by default"
    assert (
        day_of(0, same_every_day=True)
        == day_of(1, same_every_day=True)
        == day_of(40, same_every_day=True)
    )
    assert len(day_of(0, same_every_day=True)) == 4 * 9


@pytest.mark.parametrize(
    ("traffic", "words"),
    [
        ({"per_hour": "many"}, "gate_traffic.per_hour"),
        ({"per_hour": 500}, "gate_traffic.per_hour"),
        ({"from": "17:00", "to": "08:00"}, "gate_traffic.to"),
        ({"from": "8h"}, "gate_traffic.from"),
        ({"cameras": [9]}, "gate_traffic.cameras"),
        ({"lanes": 2}, "gate_traffic: unknown keys lanes"),
        ({"same_every_day": "yes"}, "gate_traffic.same_every_day"),
    ],
)
def test_a_bad_gate_traffic_is_refused_with_its_place(traffic: dict[str, Any], words: str) -> None:
    data = json.loads(DEFAULT_SITE.read_text(encoding="utf-8"))
    data["epes"][0]["gate_traffic"] = traffic
    with pytest.raises(ConfigError, match=rf"epes\[0\]\.{words}"):
        parse_config(data)


def test_the_vehicle_drives_in_stands_still_and_drives_out() -> None:
    passage = passages(sao_viet(), DAY, DAY + dt.timedelta(days=1))[0]
    width = 640

    def at(seconds: float) -> int | None:
        return vehicle_offset(passage, passage.at + dt.timedelta(seconds=seconds), width)

    half = VISIBLE_SECONDS / 2
    assert at(-half - 1) is None and at(half) is None
    assert at(-3) == at(0) == at(3) == 0
    coming, going = at(-half + 0.1), at(half - 0.1)
    assert coming is not None and going is not None
    box = stop_layout(width, 360, passage).vehicle
    # In sight at the edges only partly: it enters from one side and leaves by the other.
    assert abs(coming) > box.x and abs(going) > box.x and (coming > 0) != (going > 0)


def test_the_recorder_reports_motion_at_every_passage_of_the_gate_camera() -> None:
    epe = sao_viet()
    now = DAY + dt.timedelta(days=2)
    archive = Archive(epe, RecorderConfig.from_fields(epe.fields, 0), clock=lambda: now)
    start, end = DAY + dt.timedelta(hours=8), DAY + dt.timedelta(hours=12)

    motion = archive._motion(1, start, end)

    vehicles = gate_traffic.passages(epe, start, end)
    assert len(vehicles) == 16
    for passage in vehicles:
        assert (passage.visible_from, passage.visible_until) in motion
    # The hourly events are still there; a camera without gate traffic gets no vehicle.
    assert (DAY + dt.timedelta(hours=9, minutes=10)).astimezone(dt.UTC) in [m[0] for m in motion]
    assert len(archive._motion(3, start, end)) == 4
