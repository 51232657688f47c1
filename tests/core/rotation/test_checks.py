"""Check sessions: what the app records (cameras watched, working time) and what the officer
records (findings), closing into the append-only log, amendments instead of edits."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator

import pytest

from app.domain import CameraPosition, RiskLevel, ValidationError
from app.officers.profiles import PermissionDeniedError, Role
from app.rotation.checks import (
    CheckError,
    CheckReason,
    CheckResult,
    CheckService,
    Findings,
    may_amend,
    split_containers,
    split_plates,
)
from app.rotation.ledger import RecordKind
from app.sites.registry import Registry
from app.timekeeping import Month
from tests.helpers.clock import Clock
from tests.helpers.sites import SiteBuilder

# Tuesday 3 November 2026, 09:00 in Vietnam.
MORNING = dt.datetime(2026, 11, 3, 2, 0, tzinfo=dt.UTC)
SHA = "ab" * 32


class Site:
    def __init__(self) -> None:
        self.clock = Clock(MORNING)
        self.registry = Registry(":memory:")
        build = SiteBuilder(self.registry, self.clock)
        self.lead = build.add_lead()
        self.hoa = build.add_officer("CB01", "Lê Thị Hoa")
        self.minh = build.add_officer("CB02", "Phạm Minh")
        self.guest = build.add_officer("VO01", "Đối tác", Role.VIEW_ONLY)
        self.alpha, (self.gate, self.yard) = build.add_epe(
            "Công ty Alpha",
            "0100233488",
            (1, CameraPosition.GATE),
            (4, CameraPosition.STORAGE_YARD),
            risk_level=RiskLevel.HIGH,
        )
        self.beta, (self.beta_gate,) = build.add_epe(
            "Công ty Beta", "0100109106", (1, CameraPosition.GATE), host="10.0.1.1"
        )
        self.service = CheckService(self.registry, clock=self.clock)


@pytest.fixture(scope="module")
def base() -> Iterator[Site]:
    # PIN hashing is slow on purpose: the officers are made once and each test gets a copy of
    # the file (below) so tests stay independent.
    site = Site()
    yield site
    site.registry.close()


@pytest.fixture
def site(base: Site) -> Iterator[Site]:
    fresh = copy.copy(base)
    fresh.clock = Clock(MORNING)
    fresh.registry = Registry(":memory:")
    with base.registry.database() as source, fresh.registry.database() as target:
        source.conn.backup(target.conn)
    fresh.service = CheckService(fresh.registry, clock=fresh.clock)
    yield fresh
    fresh.registry.close()


def test_a_check_records_the_cameras_watched_and_for_how_long(site: Site) -> None:
    assert site.alpha.id and site.gate.id and site.yard.id and site.beta_gate.id
    session = site.service.start_check(site.hoa, site.alpha.id)
    assert session.camera_started(site.gate.id)
    assert not session.camera_started(site.gate.id), "already on screen"
    assert not session.camera_started(site.beta_gate.id), "another EPE's camera"
    site.clock.advance(minutes=3)
    assert session.camera_stopped(site.gate.id)
    assert not session.camera_stopped(site.beta_gate.id)
    session.camera_started(site.yard.id, mode="playback")
    site.clock.advance(minutes=2)
    session.camera_started(site.gate.id)
    site.clock.advance(seconds=30)
    # Both cameras are still on screen when the officer ends the check.
    record = session.end(
        Findings(CheckResult.NORMAL, containers=["csqu 305438 3"], plates=["51c-123.45"])
    )

    assert record.watched_seconds() == {site.gate.id: 180 + 30, site.yard.id: 150}
    assert [(w.diagram_number, w.mode) for w in record.cameras] == [
        (1, "live"),
        (4, "playback"),
        (1, "live"),
    ]
    assert record.containers == ["CSQU3054383"] and record.plates == ["51C-123.45"]
    assert (record.officer_code, record.epe_tax_id) == ("CB01", "0100233488")
    assert record.reason is CheckReason.PLANNED and record.scheduled
    assert not record.outside_working_time
    assert (record.started_at, record.ended_at) == (
        "2026-11-03T02:00:00+00:00",
        "2026-11-03T02:05:30+00:00",
    )
    assert [c.check_id for c in site.service.checks(Month(2026, 11))] == [record.check_id]
    assert site.service.checks(Month(2026, 10)) == []
    # A camera reported after the end is not counted.
    assert not session.camera_started(site.gate.id)


def test_checks_started_outside_working_time_are_marked(site: Site) -> None:
    assert site.alpha.id
    site.clock.now = dt.datetime(2026, 11, 3, 12, 30, tzinfo=dt.UTC)  # 19:30 in Vietnam
    evening = site.service.start_check(site.hoa, site.alpha.id, CheckReason.TIP)
    assert evening.outside_working_time
    site.clock.now = dt.datetime(2027, 2, 8, 3, 0, tzinfo=dt.UTC)  # 10:00, third day of Tết
    tet = site.service.start_check(site.hoa, site.alpha.id, CheckReason.WARNING)
    assert tet.outside_working_time
    record = tet.end(Findings(CheckResult.NORMAL))
    assert record.outside_working_time and not record.scheduled


def test_unscheduled_checks_say_why_and_view_only_cannot_check(site: Site) -> None:
    assert site.alpha.id
    with pytest.raises(ValidationError, match="Say why"):
        site.service.start_check(site.hoa, site.alpha.id, CheckReason.OTHER)
    session = site.service.start_check(
        site.hoa, site.alpha.id, CheckReason.OTHER, " hàng xuất bất thường "
    )
    record = session.end(Findings(CheckResult.NORMAL))
    assert (record.reason, record.reason_note) == (CheckReason.OTHER, "hàng xuất bất thường")
    with pytest.raises(PermissionDeniedError):
        site.service.start_check(site.guest, site.alpha.id)


def test_findings_are_validated(site: Site) -> None:
    assert site.alpha.id
    session = site.service.start_check(site.hoa, site.alpha.id)
    with pytest.raises(ValidationError, match="needs a note"):
        session.end(Findings(CheckResult.SUSPECTED_VIOLATION))
    with pytest.raises(ValidationError, match="CSQU3054384 is not a valid container"):
        session.end(Findings(CheckResult.NORMAL, containers=["CSQU3054384"]))
    with pytest.raises(ValidationError, match="license plate"):
        session.end(Findings(CheckResult.NORMAL, plates=["ABC"]))
    record = session.end(
        Findings(
            CheckResult.SUSPECTED_VIOLATION,
            "xe ra không tờ khai",
            plates=["29H 12345", "29h  12345"],
        )
    )
    assert record.plates == ["29H 12345"]
    with pytest.raises(CheckError, match="already ended"):
        session.end(Findings(CheckResult.NORMAL))


def test_a_closed_check_gets_amendments_never_edits(site: Site) -> None:
    assert site.alpha.id
    site.clock.advance(hours=1)
    record = site.service.start_check(site.hoa, site.alpha.id).end(Findings(CheckResult.NORMAL))
    site.clock.advance(hours=2)
    with pytest.raises(ValidationError, match="Say why"):
        site.service.amend(site.hoa, record.check_id, " ", result=CheckResult.IRREGULARITY)
    with pytest.raises(ValidationError, match="needs a note"):
        site.service.amend(site.hoa, record.check_id, "xem lại", result=CheckResult.IRREGULARITY)
    with pytest.raises(PermissionDeniedError):
        site.service.amend(site.minh, record.check_id, "xem lại", text="x")
    site.service.amend(
        site.hoa,
        record.check_id,
        "xem lại bản ghi",
        result=CheckResult.IRREGULARITY,
        text="cổng kho mở ngoài giờ",
    )
    site.clock.advance(hours=1)
    site.service.amend(site.lead, record.check_id, "bổ sung", containers=["CSQU3054383"])

    now = site.service.get_check(record.check_id)
    assert now.result is CheckResult.IRREGULARITY
    assert now.text == "cổng kho mở ngoài giờ" and now.containers == ["CSQU3054383"]
    assert [(a.officer_code, a.why, a.created_at) for a in now.amendments] == [
        ("CB01", "xem lại bản ghi", "2026-11-03T05:00:00+00:00"),
        ("TL01", "bổ sung", "2026-11-03T06:00:00+00:00"),
    ]
    # The original is still in the log, unchanged.
    original = site.service.ledger.get(record.check_id)
    assert original is not None and original.payload["result"] == "normal"
    kinds = [r.kind for r in site.service.ledger.records()]
    assert kinds.count(RecordKind.AMENDMENT) == 2
    assert site.service.ledger.verify().ok


def test_an_open_check_survives_a_restart(site: Site) -> None:
    assert site.alpha.id and site.gate.id
    session = site.service.start_check(site.hoa, site.alpha.id, CheckReason.RISK_LIST)
    session.camera_started(site.gate.id)
    session.attach_snapshot(SHA, "alpha-cam1.png")
    site.clock.advance(minutes=4)
    restarted = CheckService(site.registry, clock=site.clock)
    assert restarted.open_sessions(site.minh) == []
    [draft] = restarted.open_sessions(site.hoa)
    assert draft.check_id == session.check_id and draft.reason is CheckReason.RISK_LIST
    draft.camera_stopped(site.gate.id)
    record = draft.end(Findings(CheckResult.NORMAL))
    assert record.watched_seconds() == {site.gate.id: 240}
    assert [s.file_name for s in record.snapshots] == ["alpha-cam1.png"]
    assert restarted.open_sessions() == []

    mistake = restarted.start_check(site.hoa, site.alpha.id)
    restarted.discard(mistake)
    assert restarted.open_sessions() == []
    assert len(restarted.checks()) == 1


def test_a_reopened_draft_ends_the_cameras_it_last_saw_where_it_last_saw_them(site: Site) -> None:
    assert site.alpha.id and site.gate.id and site.yard.id
    session = site.service.start_check(site.hoa, site.alpha.id)
    session.camera_started(site.gate.id)
    site.clock.advance(minutes=1)
    session.camera_started(site.yard.id)  # the draft's last sign of life: 09:01
    site.clock.advance(hours=1)  # epewall died and is started again an hour later

    restarted = CheckService(site.registry, clock=site.clock)
    assert restarted.resume_draft(site.minh) is None
    draft = restarted.resume_draft(site.hoa)
    assert draft is not None and draft.check_id == session.check_id
    assert draft.watched_seconds(restarted.now()) == {site.gate.id: 60, site.yard.id: 0}
    # Saved so: a second restart finds the same closed stretches.
    again = CheckService(site.registry, clock=site.clock).open_sessions(site.hoa)[0]
    assert all(w.stopped_at == "2026-11-03T02:01:00+00:00" for w in again.watches)


def test_cameras_still_on_screen_count_up_to_now(site: Site) -> None:
    assert site.alpha.id and site.gate.id and site.yard.id
    session = site.service.start_check(site.hoa, site.alpha.id)
    session.camera_started(site.gate.id)
    site.clock.advance(seconds=90)
    session.camera_started(site.yard.id)
    site.clock.advance(seconds=30)
    assert session.watched_seconds() == {site.gate.id: 0, site.yard.id: 0}
    assert session.watched_seconds(site.service.now()) == {site.gate.id: 120, site.yard.id: 30}


def test_the_start_of_a_check_goes_to_the_audit_trail(site: Site) -> None:
    assert site.alpha.id
    session = site.service.start_check(site.hoa, site.alpha.id, CheckReason.TIP)
    site.service.audit_start(session)
    audit = site.service.ledger.records(RecordKind.AUDIT)[-1]
    assert (audit.payload["action"], audit.payload["officer"]) == ("check_started", "CB01")
    assert audit.payload["details"] == {
        "check_id": session.check_id,
        "epe_tax_id": "0100233488",
        "reason": "tip",
        "outside_working_time": False,
    }


def test_the_officer_who_made_a_check_or_a_team_lead_may_amend_it(site: Site) -> None:
    assert site.alpha.id
    record = site.service.start_check(site.hoa, site.alpha.id).end(Findings(CheckResult.NORMAL))
    assert may_amend(site.hoa, record) and may_amend(site.lead, record)
    assert not may_amend(site.minh, record)
    assert not may_amend(site.guest, record) and not may_amend(None, record)


def test_typed_container_numbers_and_plates_are_split_where_the_officer_separated_them() -> None:
    assert split_containers("CSQU3054383, MSKU1234565;TGHU0000000  x") == [
        "CSQU3054383",
        "MSKU1234565",
        "TGHU0000000",
        "x",
    ]
    # A plate may contain a space: only commas, semicolons and new lines separate plates.
    assert split_plates("29H 12345, 51C-123.45;\n 30A 999.99 ,") == [
        "29H 12345",
        "51C-123.45",
        "30A 999.99",
    ]
    assert split_containers(" ") == [] and split_plates(" ; ") == []
