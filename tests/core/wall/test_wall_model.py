"""The wall as data: layouts, placing cameras, changing layout, saving, and "drop a whole EPE"."""

from __future__ import annotations

import pytest

from app.domain import Camera, CameraPosition, Epe
from app.wall.layout import (
    LAYOUT_NAMES,
    LAYOUTS,
    CameraInfo,
    WallModel,
    epe_fill_order,
    get_layout,
    short_epe_name,
)


@pytest.mark.parametrize("name", LAYOUT_NAMES)
def test_every_grid_square_belongs_to_exactly_one_cell(name: str) -> None:
    layout = LAYOUTS[name]
    covered: list[tuple[int, int]] = []
    for cell in layout.cells:
        assert cell.rowspan >= 1 and cell.colspan >= 1
        covered += [
            (r, c)
            for r in range(cell.row, cell.row + cell.rowspan)
            for c in range(cell.col, cell.col + cell.colspan)
        ]
    every_square = {(r, c) for r in range(layout.rows) for c in range(layout.cols)}
    assert sorted(covered) == sorted(every_square)


def test_layouts_offer_the_expected_number_of_cameras() -> None:
    assert {name: len(LAYOUTS[name]) for name in LAYOUT_NAMES} == {
        "1": 1,
        "2x2": 4,
        "3x3": 9,
        "4x4": 16,
        "1+5": 6,
    }
    big = LAYOUTS["1+5"].cells[0]
    assert (big.row, big.col, big.rowspan, big.colspan) == (0, 0, 2, 2)


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError, match="5x5"):
        get_layout("5x5")
    with pytest.raises(ValueError):
        WallModel("5x5")


def test_assign_replaces_and_reports_the_previous_camera() -> None:
    wall = WallModel("2x2")
    assert wall.assign(0, 11) is None
    assert wall.assign(0, 12) == 11
    assert wall.cameras == (12, None, None, None)


def test_a_camera_is_shown_once_so_assigning_it_again_moves_it() -> None:
    wall = WallModel("2x2", [11, 12])
    wall.assign(3, 11)
    assert wall.cameras == (None, 12, None, 11)
    assert wall.cell_of(11) == 3


def test_swap_clear_and_clear_all() -> None:
    wall = WallModel("2x2", [11, 12, None, 14])
    wall.swap(0, 2)
    assert wall.cameras == (None, 12, 11, 14)
    assert wall.clear(1) == 12
    assert wall.clear(1) is None
    assert wall.cameras == (None, None, 11, 14)
    assert wall.remove_camera(14) and not wall.remove_camera(14)
    wall.clear_all()
    assert wall.cameras == (None,) * 4


def test_cells_outside_the_layout_are_refused() -> None:
    wall = WallModel("1")
    with pytest.raises(IndexError):
        wall.assign(1, 5)
    with pytest.raises(IndexError):
        wall.swap(0, -1)


def test_fill_with_starts_at_the_cell_and_stops_at_the_end() -> None:
    wall = WallModel("2x2", [99])
    filled = wall.fill_with([1, 2, 3, 4, 5], start=1)
    assert filled == [1, 2, 3]
    assert wall.cameras == (99, 1, 2, 3)


def test_fill_with_moves_cameras_already_on_the_wall() -> None:
    wall = WallModel("3x3", [None, None, None, None, 2])
    wall.fill_with([1, 2, 2, 3], start=0)
    assert wall.cameras[:5] == (1, 2, 3, None, None)
    assert wall.assigned() == [1, 2, 3]


def test_smaller_layout_keeps_cells_in_place_and_moves_the_rest_into_gaps() -> None:
    wall = WallModel("3x3", [1, None, 3, None, 5, 6, None, None, 9])
    dropped = wall.set_layout("2x2")
    assert wall.layout_name == "2x2"
    assert wall.cameras == (1, 5, 3, 6)
    assert dropped == [9]
    assert wall.hidden == (9,)  # kept for a larger layout


def test_larger_layout_keeps_every_camera_in_its_cell() -> None:
    wall = WallModel("2x2", [1, 2, None, 4])
    assert wall.set_layout("4x4") == []
    assert wall.cameras == (1, 2, None, 4) + (None,) * 12


def test_round_trip_through_a_dict() -> None:
    wall = WallModel("1+5", [7, None, 8, None, None, 9])
    data = wall.to_dict()
    assert data == {"layout": "1+5", "cameras": [7, None, 8, None, None, 9]}
    assert WallModel.from_dict(data) == wall
    assert WallModel.from_dict(data) is not wall


def test_a_saved_wall_with_too_many_cells_keeps_what_fits() -> None:
    wall = WallModel.from_dict({"layout": "1", "cameras": [4, 5]})
    assert wall.cameras == (4,)
    assert wall.hidden == (5,)


def test_cameras_a_layout_has_no_room_for_come_back_when_it_grows() -> None:
    wall = WallModel("2x2", [1, 2, 3, 4])
    assert wall.set_layout("1") == [2, 3, 4]
    assert (wall.cameras, wall.hidden) == ((1,), (2, 3, 4))
    assert wall.set_layout("2x2") == []
    assert (wall.cameras, wall.hidden) == ((1, 2, 3, 4), ())
    wall.set_layout("1")
    wall.set_layout("3x3")
    assert wall.cameras[:5] == (1, 2, 3, 4, None) and wall.hidden == ()


def test_kept_cameras_are_saved_moved_removed_and_cleared_with_the_wall() -> None:
    wall = WallModel("1", [1], hidden=[2, 3])
    data = wall.to_dict()
    assert data == {"layout": "1", "cameras": [1], "hidden": [2, 3]}
    assert WallModel.from_dict(data) == wall
    assert wall.copy() == wall
    wall.assign(0, 3)  # placing a kept camera takes it out of the kept ones
    assert (wall.cameras, wall.hidden) == ((3,), (2,))
    assert wall.remove_camera(2) and wall.hidden == ()
    wall = WallModel("1", [1], hidden=[2])
    wall.clear_all()
    assert (wall.cameras, wall.hidden) == ((None,), ())


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Công ty TNHH Điện tử Sao Việt", "Điện tử Sao Việt"),
        ("Công ty CP May mặc Hòa Bình", "May mặc Hòa Bình"),
        ("CÔNG TY CỔ PHẦN Bao bì Minh Long", "Bao bì Minh Long"),
        ("Công ty TNHH MTV Linh kiện Đông Phương", "Linh kiện Đông Phương"),
        ("Sao Việt", "Sao Việt"),
        ("Công ty TNHH", "Công ty TNHH"),
    ],
)
def test_a_tile_names_the_epe_without_its_legal_form(name: str, short: str) -> None:
    assert short_epe_name(name) == short


@pytest.mark.parametrize(
    "data",
    [
        {"cameras": [1]},
        {"layout": "2x2", "cameras": "1,2"},
        {"layout": "2x2", "cameras": ["1"]},
        {"layout": "2x2", "cameras": [True]},
        {"layout": "9x9", "cameras": []},
    ],
)
def test_broken_saved_walls_are_refused(data: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        WallModel.from_dict(data)


def _camera(cid: int, number: int, position: CameraPosition) -> Camera:
    return Camera(epe_id=1, diagram_number=number, position=position, id=cid)


def test_a_whole_epe_is_its_must_be_online_cameras_in_diagram_order() -> None:
    cameras = [
        _camera(30, 3, CameraPosition.STORAGE_DOOR),
        _camera(10, 1, CameraPosition.GATE),
        _camera(60, 6, CameraPosition.OTHER),  # workshop: kept at the EPE, not online (I.1.2)
        _camera(50, 5, CameraPosition.INSIDE_STORAGE),
        _camera(40, 4, CameraPosition.STORAGE_YARD),
        Camera(epe_id=1, diagram_number=2, position=CameraPosition.GATE),  # not saved yet
    ]
    assert epe_fill_order(cameras) == [10, 30, 40, 50]


def test_camera_info_from_the_registry_types() -> None:
    epe = Epe(name="Sao Việt", tax_id="0315867420", id=4)
    camera = Camera(
        epe_id=4,
        diagram_number=2,
        position=CameraPosition.GATE,
        id=9,
        main_url="rtsp://h/101",
        sub_url="",
    )
    info = CameraInfo.from_domain(camera, epe)
    assert (info.camera_id, info.epe_name, info.diagram_number) == (9, "Sao Việt", 2)
    assert info.wall_url == info.maximised_url == "rtsp://h/101"  # no sub stream: main in both
    with pytest.raises(ValueError):
        CameraInfo.from_domain(
            Camera(epe_id=4, diagram_number=1, position=CameraPosition.GATE), epe
        )
