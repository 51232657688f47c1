"""A registry with EPEs, cameras and officers for the interruption register's tests, and an
injected clock (so "today", overdue and "not followed up today" never depend on the real time)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain import CameraPosition, Epe
from app.interruptions.register import InterruptionRegister
from app.officers.profiles import Officer, Role
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.clock import Clock
from tests.helpers.sites import SiteBuilder

# Wednesday 3 February 2027, 10:00 in Vietnam: Tết 2027 (4-10 February) is just ahead.
WEDNESDAY_BEFORE_TET = dt.datetime(2027, 2, 3, 10, 0, tzinfo=VIETNAM)


@dataclass
class RegisterSite:
    registry: Registry
    clock: Clock
    register: InterruptionRegister
    lead: Officer
    officer: Officer
    viewer: Officer
    alpha: Epe  # cameras 1 gate, 2 storage door, 3 storage yard
    beta: Epe  # cameras 1 inside storage, 2 storage yard


def register_site(registry: Registry, now: dt.datetime = WEDNESDAY_BEFORE_TET) -> RegisterSite:
    clock = Clock(now)
    site = SiteBuilder(registry, clock)
    lead = site.add_lead()
    officer = site.add_officer("CB01", "Nguyễn Văn An")
    viewer = site.add_officer("XEM1", "Đối tác Xem", Role.VIEW_ONLY)
    alpha = site.add_epe(
        "Công ty TNHH Điện tử Tân Thuận",
        "0100233488",
        (1, CameraPosition.GATE),
        (2, CameraPosition.STORAGE_DOOR),
        (3, CameraPosition.STORAGE_YARD),
    )[0]
    beta = site.add_epe(
        "Công ty May mặc Linh Trung",
        "0100109106",
        (1, CameraPosition.INSIDE_STORAGE),
        (2, CameraPosition.STORAGE_YARD),
        host="10.0.0.2",
    )[0]
    site.assign(alpha, officer)
    return RegisterSite(
        registry, clock, InterruptionRegister(registry, clock), lead, officer, viewer, alpha, beta
    )
