"""``epewall cases list|show``: the cases as a team lead reads them in a terminal, with what came
from outside unable to drive the terminal."""

from __future__ import annotations

from pathlib import Path

from app.cases.book import check_item, note_item, snapshot_item
from app.sites.registry import Registry
from tests.helpers.cases import case_site, snapshot_file
from tests.helpers.cli import run_epewall


def test_list_and_show_print_the_cases_with_hashes_and_no_control_characters(
    registry: Registry, tmp_path: Path
) -> None:
    site = case_site(registry)
    officer = site.site.officer
    png = snapshot_file(tmp_path)
    case = site.book.open(
        officer,
        site.site.alpha.id or 0,
        "Xe rời cổng không tờ khai \u202eevil",
        [check_item(site.check)],
        "check",
    )
    site.book.add_item(case.id, officer, snapshot_item(png))
    site.book.add_item(case.id, officer, note_item("Ghi chú \x9b31m đỏ"))
    site.book.submit(case.id, officer, "Đề nghị xác minh.")
    site.book.decide(case.id, site.site.lead, "verify", "Cần xác minh tại DNCX.")
    site.book.open(officer, site.site.beta.id or 0, "Kho B có hàng lạ.")

    listed = run_epewall("cases", "list")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) == 2
    assert case.id[:8] in listed.stdout and "Closed" in listed.stdout

    drafts = run_epewall("cases", "list", "--state", "draft")
    assert drafts.returncode == 0 and "Linh Trung" in drafts.stdout
    assert case.id[:8] not in drafts.stdout
    by_epe = run_epewall("cases", "list", "--epe", "0100233488")
    assert case.id[:8] in by_epe.stdout and "Linh Trung" not in by_epe.stdout

    shown = run_epewall("cases", "show", case.id[:8])
    assert shown.returncode == 0, shown.stderr
    out = shown.stdout
    assert "Công ty TNHH Điện tử Tân Thuận, tax ID 0100233488" in out
    assert site.check.check_id in out or "CSQU3054383" in out
    assert snapshot_item(png)["sha256"] in out
    assert "Verify at the EPE (inspection)" in out and "Cần xác minh tại DNCX." in out
    assert "\\u202eevil" in out and "\u202e" not in out
    assert "\\x9b31m" in out and "\x9b" not in out

    unknown = run_epewall("cases", "show", "ffffffff")
    assert unknown.returncode == 2 and "no such case" in unknown.stderr
    bad_state = run_epewall("cases", "list", "--state", "open")
    assert bad_state.returncode == 2
