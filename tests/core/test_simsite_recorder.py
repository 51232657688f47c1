"""The simulated recorder's archive: its nightly gap, and a site configured without it."""

from __future__ import annotations

import datetime as dt

from app.simsite.config import SITE_ZONE
from app.simsite.recorder import RecorderConfig, resolve_start, segments

UTC = dt.UTC
NIGHT = dt.datetime(2026, 11, 22, 0, 0, tzinfo=SITE_ZONE)
AT_0310 = dt.datetime(2026, 11, 22, 3, 10, tzinfo=SITE_ZONE)
NOW = dt.datetime(2026, 11, 22, 6, 0, tzinfo=SITE_ZONE)


def test_the_nightly_gap_is_kept_unless_the_site_turns_it_off() -> None:
    with_gap = segments(30, NIGHT, NOW, NOW)
    assert len(with_gap) == 2 and with_gap[0][1] == dt.datetime(
        2026, 11, 22, 3, 0, tzinfo=SITE_ZONE
    )
    assert resolve_start(30, AT_0310, NOW) == dt.datetime(2026, 11, 22, 3, 20, tzinfo=SITE_ZONE)

    config = RecorderConfig.from_fields({"recorder": {"daily_gap": False}}, 0)
    assert config.daily_gap is False
    assert RecorderConfig.from_fields({}, 0).daily_gap is True
    assert segments(30, NIGHT, NOW, NOW, config.daily_gap) == [
        (NIGHT.astimezone(UTC), NOW.astimezone(UTC))
    ]
    assert resolve_start(30, AT_0310, NOW, config.daily_gap) == AT_0310
