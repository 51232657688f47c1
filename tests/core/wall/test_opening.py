"""Tiles shown together start in reading order, one after the other."""

from __future__ import annotations

import random

from pytestqt.qtbot import QtBot

from app.wall.opening import OpenQueue


def test_a_batch_starts_row_by_row_left_to_right(qtbot: QtBot) -> None:
    queue = OpenQueue(spacing_ms=1)
    places = [(row, col) for row in range(4) for col in range(4)]
    asked = places[:]
    random.Random(17).shuffle(asked)  # the order the layout happens to show its tiles
    started: list[tuple[int, int]] = []
    for place in asked:
        queue.request(place, place, lambda p=place: started.append(p))
    assert started == []  # the rest of the batch is gathered before the first goes
    qtbot.waitUntil(lambda: len(started) == 16)
    assert started == places


def test_a_tile_hidden_before_its_turn_does_not_start(qtbot: QtBot) -> None:
    queue = OpenQueue(spacing_ms=1)
    started: list[str] = []
    for name, place in (("a", (0, 0)), ("b", (0, 1)), ("c", (1, 0))):
        queue.request(name, place, lambda n=name: started.append(n))
    queue.cancel("b")
    qtbot.waitUntil(lambda: queue.waiting() == 0 and len(started) == 2)
    assert started == ["a", "c"]


def test_asking_again_replaces_the_request(qtbot: QtBot) -> None:
    queue = OpenQueue(spacing_ms=1)
    started: list[str] = []
    queue.request("a", (1, 1), lambda: started.append("old"))
    queue.request("b", (0, 1), lambda: started.append("b"))
    queue.request("a", (0, 0), lambda: started.append("new"))
    qtbot.waitUntil(lambda: len(started) == 2)
    assert started == ["new", "b"]
