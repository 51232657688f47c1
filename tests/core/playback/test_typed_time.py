"""Go-to accepts what officers type, in Vietnam time, and nothing else."""

from __future__ import annotations

import datetime as dt

import pytest

from app.playback.typed_time import parse_go_to

DAY = dt.date(2026, 12, 1)


def utc(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("13:05", utc(2026, 12, 1, 6, 5)),
        ("13:05:30", utc(2026, 12, 1, 6, 5, 30)),
        (" 7:05 ", utc(2026, 12, 1, 0, 5)),
        ("13h05", utc(2026, 12, 1, 6, 5)),
        ("1/12 13:05", utc(2026, 12, 1, 6, 5)),
        ("30/11 13:05:30", utc(2026, 11, 30, 6, 5, 30)),
        ("01/12/2026 13:05", utc(2026, 12, 1, 6, 5)),
        ("01.12.2026  13:05", utc(2026, 12, 1, 6, 5)),
        ("2026-11-21 06:00", utc(2026, 11, 20, 23, 0)),
        ("1/12 05:00", utc(2026, 11, 30, 22, 0)),  # before 07:00 Vietnam is the day before UTC
    ],
)
def test_typed_times_are_vietnam_time(typed: str, meant: dt.datetime) -> None:
    assert parse_go_to(typed, DAY) == meant


@pytest.mark.parametrize(
    "typed", ["", "soon", "25:00", "13:60", "13", "32/12 13:05", "1/13 13:05", "12/1/26 13:05"]
)
def test_anything_else_is_refused(typed: str) -> None:
    assert parse_go_to(typed, DAY) is None
