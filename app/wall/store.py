"""Saved wall layouts: named walls per officer, and the one that reopens on start.

A wall is stored as ``WallModel.to_dict()`` JSON in the registry's file (the schema lives in
``app/sites/registry.py``). The owner is a plain string, the OS user name today, so it can become an
officer id when officers and roles arrive. Names are unique per owner, ignoring case and spacing.
A stored wall that no longer reads (damaged JSON, unknown layout) is reported with a
``WallStoreError``; it never crashes the listing.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

import sqlite_utils
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Qt

from app.domain import ValidationError
from app.evidence.snapshots import current_officer
from app.sites.registry import Registry, name_key
from app.timekeeping import to_utc_iso, utc_now
from app.wall.layout import WallModel

log = logging.getLogger(__name__)

WALL_NAME_MAX = 100
OWNER_MAX = 200


class WallStoreError(Exception):
    """A saved wall cannot be used. ``str()`` is translated and names the wall."""

    def __init__(self, message: str, name: str) -> None:
        super().__init__(message)
        self.name = name


@dataclass(frozen=True, eq=True)
class SavedWall:
    """A wall in the list of an officer's saved walls."""

    name: str
    owner: str
    layout: str  # "" when damaged
    camera_count: int
    created_at: str
    updated_at: str
    damaged: bool = False
    id: int | None = None


def default_owner() -> str:
    """The owner of walls saved at this workstation today: the OS user."""
    return current_officer() or "-"


def _now() -> str:
    return to_utc_iso(utc_now())


def _check_name(name: object) -> str:
    text = name.strip() if isinstance(name, str) else ""
    if not text:
        raise ValidationError(
            "name", QCoreApplication.translate("WallStore", "Give the wall a name.")
        )
    if len(text) > WALL_NAME_MAX:
        raise ValidationError(
            "name",
            QCoreApplication.translate(
                "WallStore", "The wall name is too long (at most {limit} characters)."
            ).format(limit=WALL_NAME_MAX),
        )
    return text


def _check_owner(owner: object) -> str:
    if not isinstance(owner, str) or not owner.strip() or len(owner) > OWNER_MAX:
        raise ValueError(f"not a wall owner: {owner!r}")
    return owner.strip()


def _damaged(name: str) -> WallStoreError:
    return WallStoreError(
        QCoreApplication.translate(
            "WallStore",
            'The saved wall "{name}" is damaged and cannot be opened. Delete it and '
            "save the wall again.",
        ).format(name=name),
        name,
    )


def _model(name: str, text: str) -> WallModel:
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("a saved wall must be a JSON object")
        return WallModel.from_dict(data)
    except ValueError as exc:  # JSONDecodeError is a ValueError
        log.warning("saved wall %r cannot be read: %s", name, exc)
        raise _damaged(name) from exc


def _saved_wall(row: Mapping[str, Any]) -> SavedWall:
    try:
        model = _model(row["name"], row["wall"])
    except WallStoreError:
        return SavedWall(
            row["name"], row["owner"], "", 0, row["created_at"], row["updated_at"], True, row["id"]
        )
    return SavedWall(
        row["name"],
        row["owner"],
        model.layout_name,
        len(model.assigned()),
        row["created_at"],
        row["updated_at"],
        False,
        row["id"],
    )


def _collator() -> QCollator:
    collator = QCollator(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


class WallStore:
    """Named walls per owner in the registry's file."""

    def __init__(self, registry: Registry) -> None:
        self._registry = registry

    def save(self, name: str, owner: str, wall: Mapping[str, Any]) -> SavedWall:
        """Save ``wall`` (``WallModel.to_dict()``) under ``name``, replacing the owner's wall of
        that name (any case). The saved wall becomes the one that reopens on start. Raises
        ValidationError for an empty or too long name or data that is not a wall."""
        name = _check_name(name)
        owner = _check_owner(owner)
        try:
            data = WallModel.from_dict(wall).to_dict()
        except (ValueError, AttributeError, TypeError) as exc:
            raise ValidationError(
                "wall",
                QCoreApplication.translate(
                    "WallStore", "This is not a wall layout epewall can save."
                ),
            ) from exc
        text = json.dumps(data, ensure_ascii=False)
        now = _now()
        key = name_key(name)
        with self._registry.database() as db:
            row = db.execute(
                "SELECT id FROM walls WHERE owner = ? AND name_key = ?", [owner, key]
            ).fetchone()
            if row is None:
                wall_id = int(
                    cast(
                        int,
                        db.table("walls")
                        .insert(
                            {
                                "owner": owner,
                                "name": name,
                                "name_key": key,
                                "wall": text,
                                "created_at": now,
                                "updated_at": now,
                            }
                        )
                        .last_pk,
                    )
                )
            else:
                wall_id = int(row[0])
                db.execute(
                    "UPDATE walls SET name = ?, wall = ?, updated_at = ? WHERE id = ?",
                    [name, text, now, wall_id],
                )
            self._remember(db, owner, wall_id)
        return self._get(name, owner)

    def load(self, name: str, owner: str, remember: bool = True) -> WallModel:
        """The owner's wall called ``name`` (any case); it becomes the one that reopens on start
        unless ``remember`` is False. KeyError if there is none; WallStoreError if damaged."""
        owner = _check_owner(owner)
        with self._registry.database() as db:
            row = db.execute(
                "SELECT id, name, wall FROM walls WHERE owner = ? AND name_key = ?",
                [owner, name_key(name)],
            ).fetchone()
            if row is None:
                raise KeyError(name)
            model = _model(row[1], row[2])
            if remember:
                self._remember(db, owner, int(row[0]))
        return model

    def exists(self, name: str, owner: str) -> bool:
        with self._registry.database() as db:
            return (
                db.execute(
                    "SELECT 1 FROM walls WHERE owner = ? AND name_key = ?",
                    [_check_owner(owner), name_key(name)],
                ).fetchone()
                is not None
            )

    def list(self, owner: str) -> list[SavedWall]:
        """The owner's walls in Vietnamese alphabetical order; damaged ones are flagged."""
        owner = _check_owner(owner)
        with self._registry.database() as db:
            rows = list(db.query("SELECT * FROM walls WHERE owner = ?", [owner]))
        key = functools.cmp_to_key(_collator().compare)
        return sorted((_saved_wall(row) for row in rows), key=lambda w: key(w.name))

    def rename(self, name: str, new_name: str, owner: str) -> SavedWall:
        """KeyError if there is no such wall; ValidationError if the new name is taken."""
        owner = _check_owner(owner)
        new_name = _check_name(new_name)
        with self._registry.database() as db:
            row = db.execute(
                "SELECT id FROM walls WHERE owner = ? AND name_key = ?", [owner, name_key(name)]
            ).fetchone()
            if row is None:
                raise KeyError(name)
            other = db.execute(
                "SELECT id FROM walls WHERE owner = ? AND name_key = ? AND id <> ?",
                [owner, name_key(new_name), row[0]],
            ).fetchone()
            if other is not None:
                raise ValidationError(
                    "name",
                    QCoreApplication.translate(
                        "WallStore", "You already have a saved wall with this name."
                    ),
                )
            db.execute(
                "UPDATE walls SET name = ?, name_key = ?, updated_at = ? WHERE id = ?",
                [new_name, name_key(new_name), _now(), row[0]],
            )
        return self._get(new_name, owner)

    def delete(self, name: str, owner: str) -> None:
        """KeyError if there is no such wall. Deleting the last opened wall forgets it."""
        owner = _check_owner(owner)
        with self._registry.database() as db:
            cursor = db.execute(
                "DELETE FROM walls WHERE owner = ? AND name_key = ?", [owner, name_key(name)]
            )
            if cursor.rowcount == 0:
                raise KeyError(name)

    def mark_opened(self, name: str, owner: str) -> None:
        """Make this wall the one that reopens on start. KeyError if there is none."""
        owner = _check_owner(owner)
        with self._registry.database() as db:
            row = db.execute(
                "SELECT id FROM walls WHERE owner = ? AND name_key = ?", [owner, name_key(name)]
            ).fetchone()
            if row is None:
                raise KeyError(name)
            self._remember(db, owner, int(row[0]))

    def last_opened(self, owner: str) -> str | None:
        """The name of the wall the owner saved or opened last, or None."""
        with self._registry.database() as db:
            row = db.execute(
                "SELECT w.name FROM walls_last_opened l JOIN walls w ON w.id = l.wall_id "
                "WHERE l.owner = ?",
                [_check_owner(owner)],
            ).fetchone()
        return str(row[0]) if row else None

    def load_last(self, owner: str) -> tuple[str, WallModel] | None:
        """The wall to reopen on start, with its name; None if there is none. WallStoreError
        if it is damaged (show the message and start with an empty wall)."""
        name = self.last_opened(owner)
        if name is None:
            return None
        return name, self.load(name, owner, remember=False)

    def _get(self, name: str, owner: str) -> SavedWall:
        with self._registry.database() as db:
            rows = list(
                db.query(
                    "SELECT * FROM walls WHERE owner = ? AND name_key = ?", [owner, name_key(name)]
                )
            )
        if not rows:
            raise KeyError(name)
        return _saved_wall(rows[0])

    @staticmethod
    def _remember(db: sqlite_utils.Database, owner: str, wall_id: int) -> None:
        db.execute(
            "INSERT INTO walls_last_opened (owner, wall_id, opened_at) VALUES (?, ?, ?) "
            "ON CONFLICT (owner) DO UPDATE SET wall_id = excluded.wall_id, "
            "opened_at = excluded.opened_at",
            [owner, wall_id, _now()],
        )
