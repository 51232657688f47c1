"""The register travels between workstations in the month's log file, keeping its identity."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.interruptions.model import InterruptionKind
from app.interruptions.register import InterruptionRegister
from app.rotation.ledger import Ledger
from app.rotation.log_exchange import export_log, import_log, new_team_key, parse_team_key
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, Month
from tests.helpers.interruptions import register_site

KEY = parse_team_key(new_team_key())


def test_a_months_log_carries_the_interruptions_touching_it_and_import_keeps_identity(
    tmp_path: Path,
) -> None:
    with Registry(tmp_path / "a.sqlite") as reg_a, Registry(tmp_path / "lead.sqlite") as reg_b:
        a = register_site(reg_a)
        lead = register_site(reg_b)
        started = dt.datetime(2027, 1, 29, 9, 0, tzinfo=VIETNAM)
        item = a.register.open(
            a.alpha.id or 0,
            InterruptionKind.EQUIPMENT,
            [2],
            started,
            officer_code="CB01",
            cause="Hỏng ổ cứng đầu ghi",
        )
        a.clock.now = dt.datetime(2027, 2, 1, 9, 0, tzinfo=VIETNAM)
        a.register.follow_up(item.id, "Đã đặt ổ cứng mới", officer_code="CB01")
        a.clock.now = dt.datetime(2027, 2, 2, 9, 0, tzinfo=VIETNAM)
        a.register.close(item.id, "Đã thay ổ cứng", officer_code="CB01")
        # Begun in January, closed in February: in both months' files.
        for month in (Month(2027, 1), Month(2027, 2)):
            path = tmp_path / f"{month}.epelog"
            export_log(reg_a, a.officer, month, path, KEY, clock=a.clock)
            import_log(reg_b, lead.lead, path, KEY, clock=lead.clock)
        # Same tax ID, another workstation's EPE ids: the record finds its EPE by tax ID.
        copied = lead.register.get(item.id)
        original = a.register.get(item.id)
        assert copied is not None and original is not None
        assert copied.events == original.events and copied.due == original.due
        assert copied.status == "closed" and copied.epe_id == lead.alpha.id
        assert Ledger(reg_b).verify().ok
        # A month the interruption did not touch carries none of it.
        march = tmp_path / "march.epelog"
        export_log(reg_a, a.officer, Month(2027, 3), march, KEY, clock=a.clock)
        fresh = tmp_path / "fresh.sqlite"
        with Registry(fresh) as reg_c:
            c = register_site(reg_c)
            import_log(reg_c, c.lead, march, KEY, clock=c.clock)
            assert c.register.list() == []


def test_an_update_imported_before_its_interruption_waits_for_it(tmp_path: Path) -> None:
    with Registry(tmp_path / "a.sqlite") as reg_a, Registry(tmp_path / "b.sqlite") as reg_b:
        a = register_site(reg_a)
        register_site(reg_b)
        item = a.register.open(
            a.alpha.id or 0,
            InterruptionKind.TRANSMISSION,
            [1],
            dt.datetime(2027, 2, 3, 8, 0, tzinfo=VIETNAM),
            officer_code="CB01",
            cause="x",
        )
        a.register.follow_up(item.id, "đang xử lý", officer_code="CB01")
        records = {r.record_id: r for r in Ledger(reg_a).records()}
        update = next(r for r in records.values() if r.payload.get("interruption_id") == item.id)
        opening = records[item.id]
        ledger_b = Ledger(reg_b)
        for record in (update, opening):
            ledger_b.append(
                record.kind,
                record.payload,
                record_id=record.record_id,
                created_at=record.created_at,
                workstation=record.workstation,
            )
        copied = a.register.get(item.id)
        b_item = InterruptionRegister(reg_b).get(item.id)
        assert b_item is not None and copied is not None
        assert b_item.last_follow_up == copied.last_follow_up and len(b_item.events) == 1
        assert ledger_b.verify().ok
