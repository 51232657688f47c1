"""``epewall handover show [--date]``: the handovers of a day, as a team lead reads them."""

from __future__ import annotations

from app.evidence.signing import WorkstationKey
from app.sites.registry import Registry
from tests.helpers.cli import run_epewall
from tests.helpers.handover import shift_site


def test_show_prints_the_days_handovers_with_sections_signature_and_acknowledgement(
    registry: Registry,
) -> None:
    shift = shift_site(registry)
    officer = shift.site.officer
    written = shift.book.sign(
        officer,
        shift.book.compose(officer, []),
        "Camera 3 của Tân Thuận vẫn mất tín hiệu.\x1b]0;pwned\x07",
        WorkstationKey.generate("PC-01"),
    )
    shift.site.clock.advance(hours=14)
    shift.book.acknowledge(written.id, shift.site.lead)

    done = run_epewall("handover", "show", "--date", "2027-02-02")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Handover 1: Nguyễn Văn An (CB01), shift 2027-02-01 17:00 – 2027-02-02 17:30" in out
    assert "Signed with the workstation key" in out
    assert f"Acknowledged by {shift.site.lead.full_name} ({shift.site.lead.code})" in out
    assert "Interruptions still open: 1" in out and "cameras 3" in out
    assert "Device warnings still open: 1" in out and "camera 2: Tampering" in out
    assert "Findings: 1" in out and "Xe tải đỗ trước cửa kho" in out
    # The terminal escape typed into the note was dropped when it was signed.
    assert "vẫn mất tín hiệu.]0;pwned\n" in out and "\x1b" not in out and "\x07" not in out

    other_day = run_epewall("handover", "show", "--date", "2027-02-03")
    assert other_day.returncode == 0 and "No handover on 03/02/2027." in other_day.stdout

    bad = run_epewall("handover", "show", "--date", "02/02/2027")
    assert bad.returncode == 2 and "is not a date" in bad.stderr
    assert "Traceback" not in bad.stderr
