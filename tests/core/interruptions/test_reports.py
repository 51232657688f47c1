"""The data of the monthly register, the Appendix II form and the camera logbook: durations,
deadlines met or missed across Tết 2027, follow-ups missed on working days only, and CSV a
spreadsheet cannot turn into a formula or a terminal into a control sequence."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from app.domain import CameraPosition
from app.interruptions.model import InterruptionKind
from app.interruptions.reports import (
    LogbookLine,
    Outcome,
    appendix_ii,
    build_register,
    interruption_of,
    logbook_report,
    register_row,
    write_logbook_csv,
    write_register_csv,
)
from app.safe_text import from_spreadsheet_cell
from app.sites.registry import Registry
from app.timekeeping import Month
from tests.helpers.interruption_records import (
    BEGAN,
    CALENDAR,
    TAX_ID,
    interruption,
    note,
    vn,
)
from tests.helpers.sites import SiteBuilder


def test_a_transmission_fault_restored_on_the_first_working_day_after_tet_met_its_deadline() -> (
    None
):
    item = interruption(InterruptionKind.TRANSMISSION, closed_at=vn(15, 16, 30))

    row = register_row(item, vn(20, 9), CALENDAR)

    assert row.due == dt.date(2027, 2, 15)  # 3 working days, Tết not counted
    assert row.outcome is Outcome.MET and row.days_overdue == 0
    assert row.duration == dt.timedelta(days=12, hours=7, minutes=30)


def test_restored_a_day_after_the_deadline_is_missed_by_one_day() -> None:
    item = interruption(InterruptionKind.TRANSMISSION, closed_at=vn(16, 8))

    row = register_row(item, vn(20, 9), CALENDAR)

    assert row.outcome is Outcome.MISSED and row.days_overdue == 1
    assert row.outcome.label() == "missed"


def test_an_open_equipment_fault_is_pending_before_its_deadline_and_overdue_after() -> None:
    item = interruption(InterruptionKind.EQUIPMENT)

    before = register_row(item, vn(24, 17), CALENDAR)
    after = register_row(item, vn(26, 9), CALENDAR)

    assert before.due == dt.date(2027, 2, 24)
    assert before.outcome is Outcome.PENDING and before.days_overdue == 0
    assert after.outcome is Outcome.OVERDUE and after.days_overdue == 2
    assert after.restored_at is None and after.duration == vn(26, 9) - BEGAN


def test_days_without_follow_up_count_working_days_only_not_tet() -> None:
    # Opened Wed 3 Feb (that day counts as noted); Tết 4-10 Feb needs no note; Thu 11 has
    # one, Fri 12 has none; the weekend of 13-14 needs none; Mon 15 is today, without a note.
    item = interruption(InterruptionKind.EQUIPMENT, events=(note(vn(11, 10)),))

    row = register_row(item, vn(15, 18), CALENDAR)

    assert row.follow_ups == 1
    assert row.days_without_follow_up == 2  # Fri 12 and Mon 15


def test_the_register_groups_by_epe_and_sums_each_epes_deadlines(registry: Registry) -> None:
    build = SiteBuilder(registry)
    sao_viet, hoa_binh = build.add_two_epes()
    assert sao_viet.id is not None and hoa_binh.id is not None
    items = [
        interruption(
            InterruptionKind.TRANSMISSION, epe_id=sao_viet.id, closed_at=vn(15, 16), record_id="A"
        ),
        interruption(
            InterruptionKind.TRANSMISSION, epe_id=sao_viet.id, closed_at=vn(17, 9), record_id="B"
        ),
        interruption(InterruptionKind.EQUIPMENT, epe_id=hoa_binh.id, record_id="C"),
    ]

    report = build_register(registry, items, Month(2027, 2), now=vn(26, 9), calendar=CALENDAR)

    assert [s.name for s in report.sections] == [
        "Công ty TNHH Điện tử Sao Việt",
        "Công ty TNHH May mặc Hòa Bình Xanh",
    ]
    first = report.sections[0].stats
    assert (first.interruptions, first.met, first.missed, first.open) == (2, 1, 1, 0)
    assert report.sections[1].stats.overdue == 1


def read_csv(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("\ufeff")  # spreadsheets read the diacritics
    return list(csv.reader(io.StringIO(text[1:])))


def test_the_register_csv_neutralises_formulas_and_control_characters(
    registry: Registry, tmp_path: Path
) -> None:
    build = SiteBuilder(registry)
    epe, _ = build.add_epe(
        '=HYPERLINK("http://x")\x1b[2J', TAX_ID, (1, CameraPosition.GATE, "Cổng")
    )
    assert epe.id is not None
    items = [interruption(InterruptionKind.TRANSMISSION, epe_id=epe.id, closed_at=vn(16, 8))]
    report = build_register(registry, items, Month(2027, 2), now=vn(20, 9), calendar=CALENDAR)

    rows = read_csv(write_register_csv(report, tmp_path / "register.csv"))

    assert rows[0][0] == "EPE" and "Deadline met" in rows[0]
    name, tax_id = rows[1][0], rows[1][1]
    assert name.startswith("'=") and "\x1b" not in name and "\\x1b" in name
    assert tax_id.strip() == TAX_ID  # kept as text: its leading 0 survives
    assert rows[1][rows[0].index("Deadline")] == "2027-02-15"
    assert rows[1][rows[0].index("Deadline met")] == "missed"
    assert rows[1][rows[0].index("Days overdue")] == "1"
    assert from_spreadsheet_cell(name).startswith("=HYPERLINK")


def test_a_csv_that_cannot_be_written_leaves_nothing_behind(
    registry: Registry, tmp_path: Path
) -> None:
    report = build_register(registry, [], Month(2027, 2), now=vn(20, 9), calendar=CALENDAR)

    out = tmp_path / "out"
    (out / "register.csv").mkdir(parents=True)  # a folder of that name is in the way

    with pytest.raises(OSError):
        write_register_csv(report, out / "register.csv")
    assert [p.name for p in out.iterdir()] == ["register.csv"]  # no temporary file left


def test_the_appendix_ii_form_takes_the_enterprise_from_the_registry_and_names_the_cameras(
    registry: Registry,
) -> None:
    build = SiteBuilder(registry)
    sao_viet, _ = build.add_two_epes()
    assert sao_viet.id is not None
    registry.update_epe(
        registry.get_epe(sao_viet.id).__class__(
            **{**registry.get_epe(sao_viet.id).__dict__, "address": "Lô 12, KCX Tân Thuận"}
        )
    )
    item = interruption(
        InterruptionKind.EQUIPMENT,
        epe_id=sao_viet.id,
        cause="Mất nguồn bộ chuyển mạch",
        technician="Lê Văn Kỹ, 0903 123 456",
        doc_no="05/TB-SV",
    )

    form = appendix_ii(registry, item)

    assert form.epe_tax_id == "3601234569" and form.epe_address == "Lô 12, KCX Tân Thuận"
    assert form.cameras == ((1, "Gate / door — Cổng chính"), (2, "Storage yard — Bãi thành phẩm"))
    assert form.gate and form.due == dt.date(2027, 2, 24) and form.doc_no == "05/TB-SV"


def test_logbook_lines_link_to_their_interruption_and_csv_is_safe(
    registry: Registry, tmp_path: Path
) -> None:
    build = SiteBuilder(registry)
    sao_viet, _ = build.add_two_epes()
    assert sao_viet.id is not None
    items = [interruption(InterruptionKind.EQUIPMENT, cameras=(2,), closed_at=vn(12, 9))]
    assert interruption_of(items, 2, vn(3, 9, 5)) == "R1"
    assert interruption_of(items, 1, vn(3, 9, 5)) is None
    assert interruption_of(items, 2, vn(13, 9)) is None
    lines = [
        LogbookLine(
            vn(3, 9), 2, "Storage yard", "Outage", "+cmd|' /C calc'!A0", "", "R1", "monitor"
        ),
        LogbookLine(
            vn(2, 22), None, "", "Power failure", "Mất điện\ntoàn khu", "CB01", None, "officer"
        ),
        LogbookLine(vn(4, 8), 1, "Gate", "Repair", "", "CB01", None, "officer"),
    ]

    report = logbook_report(
        registry, sao_viet.id, lines, start=dt.date(2027, 2, 1), end=dt.date(2027, 2, 28), camera=2
    )
    rows = read_csv(write_logbook_csv(report, tmp_path / "logbook.csv"))

    # The EPE-wide power failure shows in camera 2's logbook; camera 1's repair does not.
    assert [r[3] for r in rows[1:]] == ["Power failure", "Outage"]
    assert rows[1][0] == "2027-02-02 22:00" and rows[1][1] == "all"
    assert rows[1][4] == "Mất điện\\x0atoàn khu"
    assert rows[2][4].startswith("'+cmd")
