"""Which screen a saved wall window comes back to, and the placements kept per officer (#17)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.main import parse_args
from app.sites.registry import Registry
from app.wall.layout import WallModel
from app.wall.screens import ScreenRef, WallPlacement, WallPlacements, find_screen
from app.wall.store import WallStore

LEFT = ScreenRef("DP-1", 0, 0, 1920, 1080, 0)
RIGHT = ScreenRef("HDMI-1", 1920, 0, 1920, 1080, 1)
OFFICER, OTHER = "officer:CB001", "officer:CB002"


def test_a_saved_screen_is_found_by_name_and_geometry_then_name_geometry_index() -> None:
    assert find_screen(RIGHT, [LEFT, RIGHT]) == 1
    # Plugged into another port: same place on the desktop.
    moved_port = ScreenRef("HDMI-2", 1920, 0, 1920, 1080, 1)
    assert find_screen(RIGHT, [LEFT, moved_port]) == 1
    # Same port, a new resolution: the name decides, not the other screen's geometry.
    resized = ScreenRef("HDMI-1", 1920, 0, 2560, 1440, 0)
    assert find_screen(RIGHT, [resized, LEFT]) == 0
    # Nothing but the position in the list is left.
    other = [ScreenRef("A", 0, 0, 1280, 1024, 0), ScreenRef("B", 1280, 0, 1280, 1024, 1)]
    assert find_screen(RIGHT, other) == 1


def test_a_screen_that_is_gone_gives_the_primary_one() -> None:
    assert find_screen(RIGHT, [LEFT]) == 0
    laptop_then_tv = [ScreenRef("eDP-1", 0, 0, 1366, 768, 0)]
    assert find_screen(RIGHT, laptop_then_tv, primary=0) == 0
    assert find_screen(RIGHT, [], primary=0) == 0


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    reg = Registry(tmp_path / "epewall.sqlite3")
    yield reg
    reg.close()


def test_placements_are_kept_per_officer_across_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "epewall.sqlite3"
    with Registry(path) as reg:
        walls = WallStore(reg)
        for name in ("Cổng", "Bãi hàng"):
            walls.save(name, OFFICER, WallModel("2x2", [101]).to_dict())
        walls.save("Cổng", OTHER, WallModel("1", [201]).to_dict())
        WallPlacements(reg).save(
            OFFICER, [WallPlacement("cổng", RIGHT), WallPlacement("Bãi hàng", LEFT, False)]
        )
        WallPlacements(reg).save(OTHER, [WallPlacement("Cổng", LEFT)])
    with Registry(path) as reg:
        assert WallPlacements(reg).load(OFFICER) == [
            WallPlacement("Cổng", RIGHT),
            WallPlacement("Bãi hàng", LEFT, False),
        ]
        assert WallPlacements(reg).load(OTHER) == [WallPlacement("Cổng", LEFT)]


def test_a_deleted_or_unknown_wall_drops_out_of_the_placements(registry: Registry) -> None:
    walls = WallStore(registry)
    walls.save("Cổng", OFFICER, WallModel("2x2", [101]).to_dict())
    walls.save("Bãi hàng", OFFICER, WallModel("2x2", [102]).to_dict())
    placements = WallPlacements(registry)
    placements.save(
        OFFICER,
        [WallPlacement("Cổng", RIGHT), WallPlacement("Bãi hàng", LEFT), WallPlacement("?", LEFT)],
    )
    walls.delete("Cổng", OFFICER)
    assert placements.load(OFFICER) == [WallPlacement("Bãi hàng", LEFT)]
    placements.save(OFFICER, [])
    assert placements.load(OFFICER) == []


def test_wall_and_screen_pairs_on_the_command_line() -> None:
    args = parse_args(["--wall", "Cổng", "--screen", "2", "--wall", "Bãi hàng", "--screen", "1"])
    assert args.wall == "Cổng"
    assert args.walls == [["Cổng", 2], ["Bãi hàng", 1]]
    assert parse_args(["--wall", "Cổng"]).walls == [["Cổng", None]]
    assert parse_args([]).walls == []


def test_a_tour_and_its_screen_beside_walls_on_the_command_line() -> None:
    args = parse_args(["--tour", "Ca đêm", "--screen", "2", "--wall", "Cổng", "--screen", "1"])
    assert (args.tour, args.tour_screen) == ("Ca đêm", 2)
    assert args.walls == [["Cổng", 1]]
    # a --screen belongs to the --wall or --tour just before it, in either order
    args = parse_args(["--wall", "Cổng", "--screen", "1", "--tour", "Ca đêm", "--screen", "2"])
    assert (args.tour_screen, args.walls) == (2, [["Cổng", 1]])
    args = parse_args(["--tour", "Ca đêm", "--wall", "Cổng", "--screen", "2"])
    assert (args.tour_screen, args.walls) == (None, [["Cổng", 2]])
    assert parse_args([]).tour_screen is None


@pytest.mark.parametrize(
    "argv",
    [
        ["--screen", "2"],
        ["--wall", "Cổng", "--screen", "1", "--screen", "2"],
        ["--tour", "Ca đêm", "--screen", "1", "--screen", "2"],
    ],
    ids=["screen-without-wall", "two-screens-for-one-wall", "two-screens-for-one-tour"],
)
def test_a_screen_without_its_wall_is_refused(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse_args(["--lang", "en", *argv])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "argument --screen: give the --wall or --tour NAME it places just before it" in err
