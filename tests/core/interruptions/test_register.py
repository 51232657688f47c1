"""The interruption register: open from an Appendix II notification, follow up every working
day, extend, close, attach the manual log; ledger records that verify and catch edits."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.interruptions.model import (
    InterruptionKind,
    InterruptionState,
    UpdateAction,
    restoration_statistics,
)
from app.interruptions.register import InterruptionError, attachments_dir
from app.rotation.ledger import Ledger
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, Month
from tests.helpers.interruptions import RegisterSite, register_site

TX, EQ = InterruptionKind.TRANSMISSION, InterruptionKind.EQUIPMENT


@pytest.fixture
def site(registry: Registry) -> RegisterSite:
    return register_site(registry)


def vn(day: str, clock: str = "09:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=VIETNAM)


def ledger_count(site: RegisterSite) -> int:
    return Ledger(site.registry).count()


def test_an_appendix_ii_notification_opens_a_record_with_its_legal_deadline(
    site: RegisterSite,
) -> None:
    item = site.register.open(
        site.alpha.id or 0,
        TX,
        [3, 1],
        vn("2027-02-03", "08:15"),
        officer_code="CB01",
        cause="Đứt cáp quang",
        description="Camera 1 và 3 mất tín hiệu",
        effect="Không giám sát được cổng",
        estimated_restoration="05/02/2027",
        technician="Anh Tùng 0903 123 456",
        notified_on=dt.date(2027, 2, 3),
        doc_no="15/2027/CV-TT",
    )
    assert item.cameras == (1, 3) and item.gate and item.gate_cameras == (1,)
    assert item.due == dt.date(2027, 2, 15) and item.status == "open"
    assert (item.epe_name, item.epe_tax_id, item.epe_id) == (
        site.alpha.name,
        "0100233488",
        site.alpha.id,
    )
    assert (item.cause, item.doc_no, item.notified_on) == (
        "Đứt cáp quang",
        "15/2027/CV-TT",
        dt.date(2027, 2, 3),
    )
    assert item.officer_code == "CB01" and item.source == "notification"
    assert site.register.open_for(site.alpha.id or 0, 3) == item
    assert site.register.open_for(site.alpha.id or 0, 2) is None
    assert Ledger(site.registry).verify().ok


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"cameras": [4]}, "no camera number 4"),
        ({"cameras": []}, "at least one camera"),
        ({"started_at": vn("2027-02-03", "11:00")}, "future"),
        ({"cause": "  "}, "cause"),
        ({"officer_code": "XEM1"}, "role does not allow"),
        ({"officer_code": "NOBODY"}, "No officer"),
        ({"epe_id": 999}, "not in the registry"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    site: RegisterSite, change: dict[str, object], message: str
) -> None:
    arguments: dict[str, object] = {
        "epe_id": site.alpha.id,
        "kind": EQ,
        "cameras": [1],
        "started_at": vn("2027-02-03", "08:00"),
        "officer_code": "CB01",
        "cause": "Hỏng nguồn",
    }
    arguments.update(change)
    before = ledger_count(site)
    with pytest.raises(InterruptionError, match=message):
        site.register.open(**arguments)  # type: ignore[arg-type]
    assert ledger_count(site) == before
    assert site.register.list() == []


def test_follow_up_every_working_day_overdue_and_not_followed_up_today(
    site: RegisterSite,
) -> None:
    reg, clock = site.register, site.clock
    item = reg.open(
        site.beta.id or 0, TX, [1, 2], vn("2027-02-03", "08:00"), officer_code="CB01", cause="x"
    )
    # Opened today: counts as today's follow-up.
    assert reg.not_followed_up(dt.date(2027, 2, 3)) == []
    # Tết: no working day, nobody is behind.
    clock.now = vn("2027-02-08", "10:00")
    assert reg.not_followed_up(dt.date(2027, 2, 8)) == []
    clock.now = vn("2027-02-11", "10:00")
    assert [i.id for i in reg.not_followed_up(dt.date(2027, 2, 11))] == [item.id]
    item = reg.follow_up(item.id, "Đã gọi kỹ thuật viên", officer_code="CB01")
    assert item.followed_up_on(dt.date(2027, 2, 11)) and item.last_follow_up == dt.date(2027, 2, 11)
    assert reg.not_followed_up(dt.date(2027, 2, 11)) == []
    assert item.state(dt.date(2027, 2, 15)) is InterruptionState.OPEN
    assert item.days_overdue(dt.date(2027, 2, 15)) == 0
    assert item.state(dt.date(2027, 2, 18)) is InterruptionState.OVERDUE
    assert item.days_overdue(dt.date(2027, 2, 18)) == 3
    assert [i.id for i in reg.overdue(dt.date(2027, 2, 18))] == [item.id]

    clock.now = vn("2027-02-16", "10:00")
    with pytest.raises(InterruptionError, match="after the deadline"):
        reg.extend(item.id, "Chờ linh kiện", dt.date(2027, 2, 15), officer_code="CB01")
    with pytest.raises(InterruptionError, match="reason"):
        reg.extend(item.id, " ", dt.date(2027, 2, 20), officer_code="CB01")
    item = reg.extend(
        item.id, "Công văn 20/CV: chờ linh kiện", dt.date(2027, 2, 22), officer_code="CB01"
    )
    assert item.due == dt.date(2027, 2, 15) and item.extended_to == dt.date(2027, 2, 22)
    assert item.state(dt.date(2027, 2, 18)) is InterruptionState.EXTENDED
    assert item.days_overdue(dt.date(2027, 2, 18)) == 3
    assert item.state(dt.date(2027, 2, 23)) is InterruptionState.OVERDUE

    clock.now = vn("2027-02-17", "15:00")
    with pytest.raises(InterruptionError, match="closing note"):
        reg.close(item.id, "", officer_code="CB01")
    item = reg.close(item.id, "Đã nối lại cáp, hình ảnh ổn định", officer_code="CB01")
    assert item.status == "closed" and item.state(dt.date(2027, 3, 1)) is InterruptionState.CLOSED
    assert item.days_overdue(dt.date(2027, 3, 1)) == 2 and item.deadline_met() is False
    before = ledger_count(site)
    with pytest.raises(InterruptionError, match="already closed"):
        reg.close(item.id, "lần nữa", officer_code="CB01")
    with pytest.raises(InterruptionError, match="already closed"):
        reg.follow_up(item.id, "muộn", officer_code="CB01")
    assert ledger_count(site) == before
    assert [e.action for e in item.events] == [
        UpdateAction.FOLLOW_UP,
        UpdateAction.EXTEND,
        UpdateAction.CLOSE,
    ]
    assert reg.list(open_only=True) == [] and len(reg.list()) == 1
    assert Ledger(site.registry).verify().ok


def test_the_month_filter_keeps_records_open_in_that_month(site: RegisterSite) -> None:
    reg, clock = site.register, site.clock
    clock.now = vn("2027-03-10")
    january = reg.open(
        site.alpha.id or 0, EQ, [2], vn("2027-01-28"), officer_code="CB01", cause="a"
    )
    reg.close(january.id, "xong", officer_code="CB01")  # closed on 10 March
    march = reg.open(site.beta.id or 0, EQ, [1], vn("2027-03-02"), officer_code="CB01", cause="b")
    assert {i.id for i in reg.list(month=Month(2027, 2))} == {january.id}
    assert {i.id for i in reg.list(month=Month(2027, 3))} == {january.id, march.id}
    assert [i.id for i in reg.list(epe_id=site.beta.id)] == [march.id]


def test_the_manual_log_of_a_gate_camera_is_kept_with_its_sha256(
    site: RegisterSite, tmp_path: Path
) -> None:
    reg = site.register
    gate = reg.open(site.alpha.id or 0, EQ, [1], vn("2027-02-03"), officer_code="CB01", cause="a")
    inside = reg.open(site.beta.id or 0, EQ, [1], vn("2027-02-03"), officer_code="CB01", cause="b")
    log_file = tmp_path / "so-theo-doi-xe.pdf"
    log_file.write_bytes(b"%PDF-1.4 xe 51C-123.45 vao 08:10\n")
    with pytest.raises(InterruptionError, match="gate camera"):
        reg.attach_manual_log(inside.id, log_file, officer_code="CB01")
    with pytest.raises(InterruptionError, match="not exist|No such|cannot"):
        reg.attach_manual_log(gate.id, tmp_path / "missing.pdf", officer_code="CB01")
    item = reg.attach_manual_log(gate.id, log_file, officer_code="CB01")
    (attachment,) = item.attachments
    assert attachment.sha256 == hashlib.sha256(log_file.read_bytes()).hexdigest()
    assert attachment.name == "so-theo-doi-xe.pdf"
    assert (attachments_dir() / attachment.stored_as).read_bytes() == log_file.read_bytes()
    # Attaching is not a status note.
    site.clock.now = vn("2027-02-11")
    reg.attach_manual_log(gate.id, log_file, officer_code="CB01")
    assert not reg.get(gate.id).followed_up_on(dt.date(2027, 2, 11))  # type: ignore[union-attr]


def test_the_monitor_opens_without_an_officer(site: RegisterSite) -> None:
    item = site.register.open(
        site.alpha.id or 0,
        TX,
        [1, 2, 3],
        vn("2027-02-03", "09:30"),
        officer_code="",
        cause="Toàn bộ camera không trả lời",
        source="monitor",
    )
    assert item.source == "monitor" and item.officer_code == ""
    with pytest.raises(InterruptionError):
        site.register.open(
            site.alpha.id or 0, TX, [1], vn("2027-02-03"), officer_code="", cause="x"
        )


def test_editing_the_register_table_is_caught_by_verify(site: RegisterSite) -> None:
    item = site.register.open(
        site.alpha.id or 0, TX, [1], vn("2027-02-03"), officer_code="CB01", cause="a"
    )
    site.register.follow_up(item.id, "đang xử lý", officer_code="CB01")
    assert Ledger(site.registry).verify().ok
    assert site.registry.path is not None
    with closing(sqlite3.connect(site.registry.path)) as conn:
        conn.execute("UPDATE interruptions SET due = '2027-03-30'")
        conn.commit()
    report = Ledger(site.registry).verify()
    assert not report.ok and report.broken is not None
    assert report.broken.record_id == item.id
    assert "interruption register" in report.broken.reason


def test_restoration_statistics_per_epe(site: RegisterSite) -> None:
    reg, clock = site.register, site.clock
    clock.now = vn("2027-02-12", "08:00")
    fast = reg.open(
        site.alpha.id or 0, TX, [1], vn("2027-02-11", "08:00"), officer_code="CB01", cause="a"
    )
    reg.close(fast.id, "xong", officer_code="CB01")  # 24 h, in time
    clock.now = vn("2027-02-20", "08:00")
    slow = reg.open(
        site.alpha.id or 0, TX, [2], vn("2027-02-12", "08:00"), officer_code="CB01", cause="b"
    )
    reg.close(slow.id, "xong", officer_code="CB01")  # 192 h, due 17 February: late
    reg.open(site.beta.id or 0, EQ, [1], vn("2027-02-19"), officer_code="CB01", cause="c")
    stats = {s.epe_tax_id: s for s in restoration_statistics(reg.list(), clock())}
    alpha = stats["0100233488"]
    assert (alpha.count, alpha.closed, alpha.met, alpha.missed) == (2, 2, 1, 1)
    assert alpha.mean_hours == pytest.approx(108) and alpha.max_hours == pytest.approx(192)
    beta = stats["0100109106"]
    assert (beta.count, beta.closed, beta.mean_hours, beta.missed) == (1, 0, None, 0)


def test_the_login_notice_names_the_officers_epes(site: RegisterSite) -> None:
    reg, clock = site.register, site.clock
    mine = reg.open(site.alpha.id or 0, TX, [1], vn("2027-02-03"), officer_code="CB01", cause="a")
    reg.open(site.beta.id or 0, TX, [1], vn("2027-02-03"), officer_code="CB01", cause="b")
    clock.now = vn("2027-02-11")
    assert [i.id for i in reg.needs_attention("CB01", dt.date(2027, 2, 11))] == [mine.id]
    assert len(reg.needs_attention("TL01", dt.date(2027, 2, 11))) == 2


def test_an_oversized_manual_log_is_refused_and_nothing_is_kept(
    site: RegisterSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.interruptions import register as register_module

    monkeypatch.setattr(register_module, "MAX_ATTACHMENT_BYTES", 1024)
    gate = site.register.open(
        site.alpha.id or 0, EQ, [1], vn("2027-02-03"), officer_code="CB01", cause="a"
    )
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"x" * 1025)
    before = ledger_count(site)
    with pytest.raises(InterruptionError, match="too large"):
        site.register.attach_manual_log(gate.id, big, officer_code="CB01")
    assert ledger_count(site) == before
    assert not attachments_dir().exists() or not any(attachments_dir().iterdir())


def test_the_migration_runs_again_on_a_file_that_has_its_tables(site: RegisterSite) -> None:
    from app.storage.migrations import _migration_interruption_register

    item = site.register.open(
        site.alpha.id or 0, EQ, [1], vn("2027-02-03"), officer_code="CB01", cause="a"
    )
    with site.registry.database() as db:
        _migration_interruption_register(db)  # another helper's order of migrations: no harm
    assert site.register.get(item.id) == item
