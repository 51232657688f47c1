"""A registry with a shift's worth of work for the handover's tests: two officers, a check with
a finding, an open interruption and an open device warning, all on an injected clock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.interruptions.model import InterruptionKind
from app.rotation.checks import CheckResult, CheckService, Findings
from app.shift.handover import HandoverBook
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from app.warnings.store import WarningStore
from app.warnings.topics import WarningKind
from tests.helpers.interruptions import RegisterSite, register_site

# Tuesday 2 February 2027, 17:30 in Vietnam: the end of the day shift.
END_OF_SHIFT = dt.datetime(2027, 2, 2, 17, 30, tzinfo=VIETNAM)


@dataclass
class ShiftSite:
    site: RegisterSite
    book: HandoverBook


def shift_site(registry: Registry) -> ShiftSite:
    site = register_site(registry, dt.datetime(2027, 2, 2, 9, 0, tzinfo=VIETNAM))
    alpha = site.alpha.id or 0
    checks = CheckService(site.registry, clock=site.clock)
    session = checks.start_check(site.officer, alpha)
    site.clock.advance(minutes=20)
    checks.end_check(
        session,
        Findings(CheckResult.IRREGULARITY, "Xe tải đỗ trước cửa kho không có tờ khai"),
    )
    site.clock.advance(minutes=30)
    site.register.open(
        alpha,
        InterruptionKind.TRANSMISSION,
        [3],
        dt.datetime(2027, 2, 2, 9, 45, tzinfo=VIETNAM),
        officer_code=site.officer.code,
        cause="Đứt cáp quang",
    )
    WarningStore(site.registry).record(
        alpha, 2, WarningKind.TAMPERING, dt.datetime(2027, 2, 2, 15, 2, tzinfo=VIETNAM)
    )
    site.clock.now = END_OF_SHIFT
    return ShiftSite(site, HandoverBook(site.registry, site.clock))
