"""The policy with an injected clock: an interruption opens after the threshold with the kind the
cameras suggest, one record per EPE outage, closing proposed after the cameras stay healthy."""

from __future__ import annotations

import datetime as dt

from app.domain import CameraPosition
from app.health.model import CameraCondition, ProbeResult
from app.health.policy import InterruptionPolicy
from app.health.store import HealthStore
from app.interruptions.model import InterruptionKind
from app.interruptions.register import InterruptionRegister
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.clock import Clock
from tests.helpers.sites import SiteBuilder

OK, DOWN = CameraCondition.OK, CameraCondition.UNREACHABLE
CAMERAS = (
    (1, CameraPosition.GATE),
    (2, CameraPosition.STORAGE_DOOR),
    (3, CameraPosition.INSIDE_STORAGE),
)


class Site:
    def __init__(self, registry: Registry) -> None:
        self.clock = Clock(dt.datetime(2027, 2, 3, 9, 0, tzinfo=VIETNAM))
        self.store = HealthStore(registry, self.clock, dt.timedelta(days=1))
        self.register = InterruptionRegister(registry, self.clock)
        self.policy = InterruptionPolicy(registry, self.store, self.register, clock=self.clock)
        builder = SiteBuilder(registry)
        self.epe, cams = builder.add_epe("Công ty TNHH Sao Việt", "3601234569", *CAMERAS)
        self.ids = {c.diagram_number: c.id or 0 for c in cams}

    def look(self, **conditions: CameraCondition) -> None:
        """``look(c1=OK, c2=DOWN, ...)`` now."""
        assert self.epe.id is not None
        self.store.record(
            ProbeResult(self.epe.id, self.ids[int(k[1:])], int(k[1:]), v, self.clock())
            for k, v in conditions.items()
        )


def test_an_interruption_opens_after_the_threshold_with_the_suspected_kind(
    registry: Registry,
) -> None:
    site = Site(registry)
    began = site.clock()
    site.look(c1=OK, c2=DOWN, c3=OK)
    site.clock.advance(minutes=14)
    site.look(c1=OK, c2=DOWN, c3=OK)
    assert site.policy.run().opened == []  # 14 minutes: not yet
    site.clock.advance(minutes=2)
    site.look(c1=OK, c2=DOWN, c3=OK)
    (opened,) = site.policy.run().opened
    assert opened.kind is InterruptionKind.EQUIPMENT  # the others answer
    assert opened.cameras == (2,)
    assert opened.source == "monitor"
    assert opened.started_at == began  # when the camera went down, not when it was noticed
    assert opened.due == dt.date(2027, 2, 24)  # 10 working days after Tết 2027
    assert site.register.list(open_only=True) == [opened]


def test_a_dark_epe_is_a_transmission_fault_and_one_record_per_outage(
    registry: Registry,
) -> None:
    site = Site(registry)
    site.look(c1=DOWN, c2=DOWN)
    site.clock.advance(minutes=16)
    site.look(c1=DOWN, c2=DOWN)
    (opened,) = site.policy.run().opened
    assert opened.kind is InterruptionKind.TRANSMISSION
    assert opened.cameras == (1, 2)
    assert opened.due == dt.date(2027, 2, 15)
    # Camera 3 goes down later: no second record, it is named for the officer's follow-up.
    site.look(c3=DOWN)
    site.clock.advance(minutes=16)
    site.look(c1=DOWN, c2=DOWN, c3=DOWN)
    outcome = site.policy.run()
    assert outcome.opened == []
    assert outcome.uncovered == {site.epe.id: (3,)}
    assert len(site.register.list()) == 1


def test_closing_is_proposed_once_the_cameras_stay_healthy(registry: Registry) -> None:
    site = Site(registry)
    site.look(c1=OK, c2=DOWN, c3=OK)
    site.clock.advance(minutes=20)
    (opened,) = site.policy.run().opened
    site.look(c1=OK, c2=OK, c3=OK)  # back
    site.clock.advance(minutes=29)
    site.look(c1=OK, c2=OK, c3=OK)
    assert site.policy.run().closing_proposed == []
    site.clock.advance(minutes=2)
    assert site.policy.run().closing_proposed == [opened.id]
    # A relapse withdraws the proposal.
    site.look(c2=DOWN)
    assert site.policy.run().closing_proposed == []
    assert site.register.list(open_only=True)[0].is_open  # only the officer closes
