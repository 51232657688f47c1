"""The video wall as data: layouts, which camera sits in which cell, and how a wall is saved.

Plain Python (no Qt), so the rules are tested without a display and the lead can persist named
walls per officer. The widgets in ``widgets/wall`` show a ``WallModel`` and change it only through
the methods below.

A camera appears at most once on a wall: placing it in a second cell moves it there, because a
second copy would only pull the same stream twice over the EPE's uplink.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.domain import Camera, CameraPosition, Epe


@dataclass(frozen=True)
class Cell:
    """One place on the wall's grid; a large cell spans several rows and columns."""

    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True)
class Layout:
    name: str
    rows: int
    cols: int
    cells: tuple[Cell, ...]

    def __len__(self) -> int:
        return len(self.cells)


def _grid(name: str, size: int) -> Layout:
    cells = tuple(Cell(r, c) for r in range(size) for c in range(size))
    return Layout(name, size, size, cells)


# "1+5": one large picture (2x2 of a 3x3 grid) and five small ones along the right and bottom.
_ONE_PLUS_FIVE = Layout(
    "1+5",
    3,
    3,
    (Cell(0, 0, 2, 2), Cell(0, 2), Cell(1, 2), Cell(2, 0), Cell(2, 1), Cell(2, 2)),
)

LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (_grid("1", 1), _grid("2x2", 2), _grid("3x3", 3), _grid("4x4", 4), _ONE_PLUS_FIVE)
}
LAYOUT_NAMES: tuple[str, ...] = tuple(LAYOUTS)
DEFAULT_LAYOUT = "2x2"


def get_layout(name: str) -> Layout:
    try:
        return LAYOUTS[name]
    except KeyError:
        known = ", ".join(LAYOUT_NAMES)
        raise ValueError(f"unknown wall layout {name!r}; known: {known}") from None


# The legal form an EPE's registered name starts with ("Công ty TNHH", "Công ty Cổ phần", …):
# every EPE has one, so it tells tiles nothing; the part after it is what officers call the EPE.
_LEGAL_FORM = re.compile(
    r"^\s*(?:công\s+ty|cty|chi\s+nhánh(?:\s+công\s+ty)?|doanh\s+nghiệp)\s+"
    r"(?:(?:tnhh|trách\s+nhiệm\s+hữu\s+hạn|cp|cổ\s+phần|mtv|một\s+thành\s+viên|"
    r"hai\s+thành\s+viên\s+trở\s+lên|liên\s+doanh|chế\s+xuất|100%\s+vốn\s+nước\s+ngoài)(?:\s+|$))*",
    re.IGNORECASE,
)


def short_epe_name(name: str) -> str:
    """ "Công ty TNHH Điện tử Sao Việt" → "Điện tử Sao Việt": the name without its legal form
    (the whole name when nothing is left)."""
    short = _LEGAL_FORM.sub("", name, count=1).strip()
    return short or name.strip()


@dataclass(frozen=True)
class CameraInfo:
    """What the wall needs to show one camera: its title and its stream URLs (no credentials)."""

    camera_id: int
    epe_id: int
    epe_name: str
    diagram_number: int
    position: CameraPosition
    name: str = ""
    main_url: str = ""
    sub_url: str = ""

    @property
    def short_epe_name(self) -> str:
        return short_epe_name(self.epe_name)

    @property
    def wall_url(self) -> str:
        """The small stream a tile of the grid plays; the main stream when there is no sub."""
        return self.sub_url or self.main_url

    @property
    def maximised_url(self) -> str:
        return self.main_url or self.sub_url

    @classmethod
    def from_domain(cls, camera: Camera, epe: Epe) -> CameraInfo:
        if camera.id is None or epe.id is None:
            raise ValueError("the camera and its EPE must be saved in the registry first")
        return cls(
            camera.id,
            epe.id,
            epe.name,
            camera.diagram_number,
            camera.position,
            camera.name,
            camera.main_url,
            camera.sub_url,
        )


def epe_fill_order(cameras: Iterable[Camera]) -> list[int]:
    """Camera ids to put on the wall for "the whole EPE": the cameras that must be online with
    customs (Decision 247 I.1.2), in the order of the EPE's diagram."""
    chosen = [c for c in cameras if c.must_be_online and c.id is not None]
    chosen.sort(key=lambda c: (c.diagram_number, c.id or 0))
    return [c.id for c in chosen if c.id is not None]


class WallModel:
    """A layout and the camera id (or nothing) in each of its cells, in the layout's cell order,
    plus the cameras a smaller layout has no room for: they stay with the wall, off screen, and
    come back when the layout grows (2x2 → 1 → 3x3 loses nothing)."""

    def __init__(
        self,
        layout: str = DEFAULT_LAYOUT,
        cameras: Iterable[int | None] = (),
        hidden: Iterable[int] = (),
    ) -> None:
        self._layout = get_layout(layout)
        self._cameras: list[int | None] = [None] * len(self._layout)
        self._hidden: list[int] = []
        for index, camera_id in enumerate(cameras):
            if index >= len(self._cameras):
                break
            if camera_id is not None:
                self.assign(index, camera_id)
        for camera_id in hidden:
            if camera_id not in self._cameras and camera_id not in self._hidden:
                self._hidden.append(camera_id)

    # --- reading ------------------------------------------------------------------------------
    @property
    def layout(self) -> Layout:
        return self._layout

    @property
    def layout_name(self) -> str:
        return self._layout.name

    @property
    def cameras(self) -> tuple[int | None, ...]:
        return tuple(self._cameras)

    @property
    def hidden(self) -> tuple[int, ...]:
        """Cameras kept for a larger layout, in the order they come back."""
        return tuple(self._hidden)

    def __len__(self) -> int:
        return len(self._cameras)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WallModel):
            return NotImplemented
        return (
            self._layout == other._layout
            and self._cameras == other._cameras
            and self._hidden == other._hidden
        )

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        return f"WallModel({self.layout_name!r}, {self._cameras!r}, hidden={self._hidden!r})"

    def camera_at(self, cell: int) -> int | None:
        return self._cameras[self._check(cell)]

    def cell_of(self, camera_id: int) -> int | None:
        try:
            return self._cameras.index(camera_id)
        except ValueError:
            return None

    def assigned(self) -> list[int]:
        return [c for c in self._cameras if c is not None]

    def empty_cells(self) -> list[int]:
        return [i for i, c in enumerate(self._cameras) if c is None]

    def copy(self) -> WallModel:
        return WallModel(self.layout_name, self._cameras, self._hidden)

    # --- changing -----------------------------------------------------------------------------
    def assign(self, cell: int, camera_id: int) -> int | None:
        """Put a camera in a cell; returns the camera it replaced (None if the cell was empty
        or held this camera). A camera already elsewhere on the wall moves here."""
        self._check(cell)
        previous = self._cameras[cell]
        if previous == camera_id:
            return None
        elsewhere = self.cell_of(camera_id)
        if elsewhere is not None:
            self._cameras[elsewhere] = None
        if camera_id in self._hidden:
            self._hidden.remove(camera_id)
        self._cameras[cell] = camera_id
        return previous

    def swap(self, a: int, b: int) -> None:
        self._check(a)
        self._check(b)
        self._cameras[a], self._cameras[b] = self._cameras[b], self._cameras[a]

    def clear(self, cell: int) -> int | None:
        """Empty a cell; returns the camera that was there."""
        previous = self._cameras[self._check(cell)]
        self._cameras[cell] = None
        return previous

    def clear_all(self) -> None:
        self._cameras = [None] * len(self._layout)
        self._hidden = []

    def remove_camera(self, camera_id: int) -> bool:
        """Take a camera off the wall (e.g. it was deleted from the registry)."""
        if camera_id in self._hidden:
            self._hidden.remove(camera_id)
            return True
        cell = self.cell_of(camera_id)
        if cell is None:
            return False
        self._cameras[cell] = None
        return True

    def fill_with(self, camera_ids: Iterable[int], start: int = 0) -> list[int]:
        """Put cameras in consecutive cells from ``start``, replacing what is there, until the
        cameras or the cells run out. Returns the cells filled, in order."""
        self._check(start)
        unique = list(dict.fromkeys(camera_ids))
        filled: list[int] = []
        for cell, camera_id in zip(range(start, len(self._cameras)), unique, strict=False):
            self.assign(cell, camera_id)
            filled.append(cell)
        return filled

    def set_layout(self, name: str) -> list[int]:
        """Change the layout: each camera stays in its cell number when that cell exists; the
        others, and those kept from before, take the first empty cells. What does not fit is
        kept off screen (``hidden``) and returned."""
        layout = get_layout(name)
        size = len(layout)
        kept: list[int | None] = self._cameras[:size] + [None] * (size - len(self._cameras))
        overflow = [c for c in self._cameras[size:] if c is not None] + self._hidden
        for cell in range(size):
            if not overflow:
                break
            if kept[cell] is None:
                kept[cell] = overflow.pop(0)
        self._layout = layout
        self._cameras = kept
        self._hidden = overflow
        return list(overflow)

    # --- saving -------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"layout": self.layout_name, "cameras": list(self._cameras)}
        if self._hidden:
            data["hidden"] = list(self._hidden)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WallModel:
        """Rebuild a saved wall. Raises ValueError when the data is not a saved wall."""
        layout = data.get("layout")
        cameras = data.get("cameras", [])
        hidden = data.get("hidden", [])
        if not isinstance(layout, str):
            raise ValueError("a saved wall needs a layout name")
        if not isinstance(cameras, list) or not isinstance(hidden, list):
            raise ValueError("a saved wall's cameras must be a list")
        for camera_id in cameras + hidden:
            if camera_id is not None and (
                not isinstance(camera_id, int) or isinstance(camera_id, bool)
            ):
                raise ValueError(f"not a camera id: {camera_id!r}")
        model = cls(layout)
        for cell, camera_id in enumerate(cameras[: len(model)]):
            if camera_id is not None:
                model.assign(cell, camera_id)
        overflow = [c for c in cameras[len(model) :] if c is not None]
        model._hidden = [
            c
            for c in dict.fromkeys(overflow + [c for c in hidden if c is not None])
            if c not in model._cameras
        ]
        return model

    def _check(self, cell: int) -> int:
        if not 0 <= cell < len(self._cameras):
            raise IndexError(f"cell {cell} is not on a {self.layout_name} wall")
        return cell
