"""Walls on several screens: the screens as the officer counts them, the rule that finds a saved
screen again, and which saved walls each officer had open on which screen (table
``wall_windows``), so that they come back at the next start.

A screen is remembered by its name (the connector, ``HDMI-1``), its geometry on the desktop and
its position in the system's list; the first that still fits wins, in that order. A screen that
is gone gives the primary screen: a wall window always comes back to a screen that exists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.sites.registry import Registry, name_key
from app.timekeeping import to_utc_iso, utc_now


@dataclass(frozen=True)
class ScreenRef:
    """A screen as it was when a wall was placed on it."""

    name: str
    x: int
    y: int
    width: int
    height: int
    index: int  # 0-based, in the order the system lists the screens

    @property
    def number(self) -> int:
        """The screen's number as the officer counts (from 1)."""
        return self.index + 1

    def same_geometry(self, other: ScreenRef) -> bool:
        return (self.x, self.y, self.width, self.height) == (
            other.x,
            other.y,
            other.width,
            other.height,
        )


def find_screen(saved: ScreenRef, screens: Sequence[ScreenRef], primary: int = 0) -> int:
    """The position in ``screens`` of the screen that ``saved`` was: same name and geometry,
    else same name, else same geometry, else same position in the list, else ``primary``."""
    rules: tuple[Callable[[ScreenRef], bool], ...] = (
        lambda s: s.name == saved.name and s.same_geometry(saved),
        lambda s: bool(saved.name) and s.name == saved.name,
        lambda s: s.same_geometry(saved),
        lambda s: s.index == saved.index,
    )
    for rule in rules:
        for position, screen in enumerate(screens):
            if rule(screen):
                return position
    return primary


@dataclass(frozen=True)
class WallPlacement:
    """A saved wall open in its own window on a screen."""

    wall_name: str
    screen: ScreenRef
    full_screen: bool = True


class WallPlacements:
    """The wall windows each owner (as in ``WallStore``) had open, in the registry's file."""

    def __init__(self, registry: Registry) -> None:
        self._registry = registry

    def save(self, owner: str, placements: Sequence[WallPlacement]) -> None:
        """Replace the owner's placements; a wall that is no longer saved is left out."""
        now = to_utc_iso(utc_now())
        with self._registry.database() as db:
            db.execute("DELETE FROM wall_windows WHERE owner = ?", [owner])
            for placement in placements:
                row = db.execute(
                    "SELECT id FROM walls WHERE owner = ? AND name_key = ?",
                    [owner, name_key(placement.wall_name)],
                ).fetchone()
                if row is None:
                    continue
                screen = placement.screen
                db.execute(
                    "INSERT INTO wall_windows (owner, wall_id, screen_name, screen_x, screen_y, "
                    "screen_width, screen_height, screen_index, full_screen, opened_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        owner,
                        int(row[0]),
                        screen.name,
                        screen.x,
                        screen.y,
                        screen.width,
                        screen.height,
                        screen.index,
                        int(placement.full_screen),
                        now,
                    ],
                )

    def load(self, owner: str) -> list[WallPlacement]:
        """The owner's placements in the order they were opened (deleted walls drop out)."""
        with self._registry.database() as db:
            rows = db.execute(
                "SELECT w.name, p.screen_name, p.screen_x, p.screen_y, p.screen_width, "
                "p.screen_height, p.screen_index, p.full_screen FROM wall_windows p "
                "JOIN walls w ON w.id = p.wall_id AND w.owner = p.owner "
                "WHERE p.owner = ? ORDER BY p.id",
                [owner],
            ).fetchall()
        return [
            WallPlacement(
                str(row[0]),
                ScreenRef(str(row[1]), *(int(v) for v in row[2:7])),
                bool(row[7]),
            )
            for row in rows
        ]
