"""A registry with a case's material for the cases' tests: the interruption register's site
(a team lead, an officer, a view-only partner, two EPEs) with a check that found an
irregularity and an open interruption, and a stamped snapshot file, on an injected clock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.cases.book import CaseBook
from app.evidence import snapshots
from app.interruptions.model import Interruption, InterruptionKind
from app.officers.profiles import Officer, Role
from app.rotation.checks import CheckRecord, CheckResult, CheckService, Findings
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.interruptions import RegisterSite, register_site
from tests.helpers.sites import SiteBuilder

# Tuesday 2 February 2027, 09:00 in Vietnam.
MORNING = dt.datetime(2027, 2, 2, 9, 0, tzinfo=VIETNAM)
FINDING = "Xe container rời cổng lúc 09:12 không có tờ khai"


@dataclass
class CaseSite:
    site: RegisterSite
    book: CaseBook
    check: CheckRecord
    interruption: Interruption
    second_lead: Officer

    @property
    def registry(self) -> Registry:
        return self.site.registry


def case_site(registry: Registry) -> CaseSite:
    site = register_site(registry, MORNING)
    alpha = site.alpha.id or 0
    checks = CheckService(site.registry, clock=site.clock)
    session = checks.start_check(site.officer, alpha)
    site.clock.advance(minutes=20)
    check = checks.end_check(
        session, Findings(CheckResult.IRREGULARITY, FINDING, containers=("CSQU3054383",))
    )
    interruption = site.register.open(
        alpha,
        InterruptionKind.EQUIPMENT,
        [1],
        dt.datetime(2027, 2, 2, 9, 15, tzinfo=VIETNAM),
        officer_code=site.officer.code,
        cause="Camera cổng mất hình",
    )
    builder = SiteBuilder(site.registry, site.clock)
    builder.lead = site.lead
    second = builder.add_officer("TT02", "Lê Thị Hoa", Role.TEAM_LEAD)
    site.clock.advance(minutes=30)
    return CaseSite(site, CaseBook(site.registry, site.clock), check, interruption, second)


def snapshot_file(folder: Path, name: str = "cong-1.png") -> Path:
    """A stamped snapshot PNG of camera 1 as epewall writes them (a tiny picture)."""
    import struct
    import zlib

    width = height = 4
    raw = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))
    png = (
        snapshots.PNG_SIGNATURE
        + snapshots._chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + snapshots._chunk(b"IDAT", zlib.compress(raw))
        + snapshots._chunk(b"IEND", b"")
    )
    stamped = snapshots.stamp_png(
        png,
        {
            snapshots.KEY_CAMERA_NUMBER: "1",
            snapshots.KEY_TIME_UTC: "2027-02-02T02:12:05Z",
        },
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(stamped)
    return path
