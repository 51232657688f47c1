"""The reconciliation review as an officer uses it: a customs file imported (a bad line shown and
nothing imported, then the good file), the day's rows with their statuses and the read's crop,
a row confirmed and one overridden (a reason required), the decisions kept after reopening, the
review's end counted in the EPE's month coverage, and a row played back at its moment."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.declarations.codes import normalise_container, normalise_plate
from app.declarations.importing import import_file
from app.declarations.reconcile import GateRead, ItemKind
from app.declarations.store import add_reads, list_documents
from app.domain import CameraPosition, Epe
from app.officers.profiles import Officer, Role
from app.rotation.checks import CheckReason, CheckResult, CheckService
from app.rotation.coverage import month_coverage
from app.rotation.ledger import AuditAction, Ledger, RecordKind
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, Month, show_local
from tests.helpers.clicks import click
from tests.helpers.clock import Clock
from tests.helpers.main_window import shown_main_window
from tests.helpers.menus import click_menu_bar_entry
from tests.helpers.sites import PIN, SiteBuilder
from widgets.declarations.review import (
    CROP,
    DECISION,
    READ,
    STATUS,
    TIME,
    DecisionDialog,
    ImportDialog,
    ReviewWindow,
)

DAY = dt.date(2026, 12, 2)
TAX_ID = "3601234569"
HEADER = "Loại chứng từ,Số chứng từ,Mã số thuế,Hướng,Số container,Biển số xe,Từ,Đến\n"
# A declared container read in its window with its plate; one read with a wrong check digit (a
# possible misread); a warehouse receipt whose truck never came; and (reads below) a container
# no document declares.
GOOD = (
    HEADER + f"Tờ khai,106100000001,{TAX_ID},Nhập,CSQU 305438 3,51C-123.45,"
    "2026-12-02 08:00,2026-12-02 10:00\n"
    f"Tờ khai,106100000002,{TAX_ID},Xuất,MSKU 907032 3,29H 12345,"
    "2026-12-02 13:30,2026-12-02 15:00\n"
    f"Phiếu nhập kho,PNK-0412,{TAX_ID},Nhập,,59-X1 123.45,2026-12-02 16:00,2026-12-02 16:30\n"
)
# Line 3 has a wrong check digit.
BAD = GOOD.replace("MSKU 907032 3", "MSKU 907032 4")


def vn(hour: int, minute: int, second: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, 2, hour, minute, second, tzinfo=VIETNAM).astimezone(dt.UTC)


@dataclass
class Desk:
    registry: Registry
    officer: Officer
    epe: Epe
    gate_camera_id: int
    clock: Clock
    folder: Path
    crops: dict[str, Path] = field(default_factory=dict)
    lead_builder: SiteBuilder | None = None


def render_crop(folder: Path, text: str, colour: str) -> Path:
    """A crop as the reader keeps it: a PNG of the code painted on a coloured panel."""
    image = QImage(240, 80, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.setPen(QColor("white"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    path = folder / f"{text.replace(' ', '_')}.png"
    assert image.save(str(path))
    return path


@pytest.fixture
def desk(registry: Registry, tmp_path: Path) -> Desk:
    clock = Clock(vn(17, 30))
    sites = SiteBuilder(registry, clock)
    sites.add_lead()
    officer = sites.add_officer("CB01", "Nguyễn Thị Hoa")
    epe, cameras = sites.add_epe(
        "Công ty TNHH Điện tử Sao Việt",
        TAX_ID,
        (1, CameraPosition.GATE, "Cổng chính"),
        (2, CameraPosition.STORAGE_YARD, "Bãi"),
    )
    folder = tmp_path / "gate_crops"
    folder.mkdir()
    return Desk(registry, officer, epe, cameras[0].id or 0, clock, folder, lead_builder=sites)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def store_day(desk: Desk) -> None:
    """The customs file imported and the gate's reads of the day, each with its crop."""
    assert import_file(desk.registry, write(desk.folder.parent, "good.csv", GOOD)).imported
    crops = {
        "CSQU 305438 3": render_crop(desk.folder, "CSQU 305438 3", "#1f5fa8"),
        "51C-123.45": render_crop(desk.folder, "51C-123.45", "#444444"),
        "MSKU 907032 8": render_crop(desk.folder, "MSKU 907032 8", "#a83a1f"),
        "29H 12345": render_crop(desk.folder, "29H 12345", "#555555"),
        "TGHU 000000 8": render_crop(desk.folder, "TGHU 000000 8", "#2f8a3a"),
    }
    desk.crops = crops

    def read(kind: ItemKind, text: str, at: dt.datetime, valid: bool = True) -> GateRead:
        if kind is ItemKind.CONTAINER:
            value = normalise_container(text) if valid else text.replace(" ", "")
        else:
            value = normalise_plate(text)
        return GateRead(kind, value, at, 1, valid, str(crops[text]), "ab" * 32)

    reads = [
        read(ItemKind.CONTAINER, "CSQU 305438 3", vn(8, 41, 10)),
        read(ItemKind.PLATE, "51C-123.45", vn(8, 41, 12)),
        read(ItemKind.CONTAINER, "MSKU 907032 8", vn(14, 5, 3), valid=False),
        read(ItemKind.PLATE, "29H 12345", vn(14, 5, 4)),
        read(ItemKind.CONTAINER, "TGHU 000000 8", vn(11, 20, 0)),
    ]
    add_reads(desk.registry, desk.epe.id or 0, reads, "recording")


class Played:
    def __init__(self) -> None:
        self.calls: list[tuple[int, dt.datetime]] = []

    def __call__(self, camera_id: int, at: dt.datetime) -> None:
        self.calls.append((camera_id, at))


def show(qtbot: QtBot, desk: Desk, played: Played | None = None) -> ReviewWindow:
    view = ReviewWindow(desk.registry, desk.officer, desk.clock, played, desk.epe.id, DAY)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.show()
    return view


def cell(view: ReviewWindow, row: int, column: int) -> str:
    item = view.table.item(row, column)
    return item.text() if item else ""


def row_with(view: ReviewWindow, status: str) -> int:
    rows = [r for r in range(view.table.rowCount()) if cell(view, r, STATUS) == status]
    assert rows, f"no row {status!r}"
    return rows[0]


def click_row(qtbot: QtBot, view: ReviewWindow, row: int) -> None:
    rect = view.table.visualItemRect(view.table.item(row, STATUS))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.table.currentRow() == row


def decide(qtbot: QtBot, view: ReviewWindow, button: object, reason: str) -> DecisionDialog:
    click(qtbot, button)  # type: ignore[arg-type]
    dialog = view.findChild(DecisionDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    if reason:
        qtbot.keyClicks(dialog.edit, reason)
    with qtbot.waitSignal(view.decided, timeout=10_000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    return dialog


def test_a_customs_file_with_a_bad_line_is_refused_whole_and_the_good_one_fills_the_table(
    qtbot: QtBot, desk: Desk
) -> None:
    view = show(qtbot, desk)
    assert view.table.rowCount() == 0
    assert "import the customs file" in view.message.text()
    bad = write(desk.folder.parent, "bad.csv", BAD)
    good = write(desk.folder.parent, "good.csv", GOOD)

    click(qtbot, view.button_import)
    dialog = view.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.path, str(bad))
    click(qtbot, dialog.button_import)
    qtbot.waitUntil(lambda: dialog.problems.count() > 0, timeout=10_000)
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(problems) == 1 and problems[0].startswith("line 3:")
    assert "check digit" in problems[0]
    assert "Nothing was imported from bad.csv: 1 problem(s)" in dialog.result.text()
    assert list_documents(desk.registry) == []

    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(good))
    click(qtbot, dialog.button_check)  # the dry run: checked, counted, not imported
    qtbot.waitUntil(lambda: "can be imported" in dialog.result.text(), timeout=10_000)
    assert "3 added" in dialog.result.text()
    preview = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert preview == [
        "declaration 106100000001 (in): CSQU 305438 3; 51C-123.45; 02/12/2026 08:00 to 10:00",
        "declaration 106100000002 (out): MSKU 907032 3; 29H-123.45; 02/12/2026 13:30 to 15:00",
        "warehouse receipt PNK-0412 (in): 59-X1 123.45; 02/12/2026 16:00 to 16:30",
    ]
    assert list_documents(desk.registry) == []

    with qtbot.waitSignal(view.loaded, timeout=20_000):
        click(qtbot, dialog.button_import)
    assert "good.csv was imported" in dialog.result.text()
    assert len(list_documents(desk.registry)) == 3
    # Nothing read at the gate yet: every declared code is "not seen".
    assert view.table.rowCount() == 5  # two containers and three plates
    assert {cell(view, r, STATUS) for r in range(5)} == {"not seen"}


def test_the_rows_show_their_status_with_the_reads_crop_and_the_filter_keeps_the_open_ones(
    qtbot: QtBot, desk: Desk
) -> None:
    store_day(desk)
    view = show(qtbot, desk)
    statuses = [cell(view, r, STATUS) for r in range(view.table.rowCount())]
    assert statuses == [
        "seen as declared",  # CSQU 305438 3
        "seen as declared",  # 51C-123.45
        "possible misread",  # MSKU 907032 3 read as MSKU 907032 8
        "seen as declared",  # 29H 12345
        "not seen",  # the warehouse receipt's truck
        "undeclared",  # TGHU 000000 8
    ]
    misread = row_with(view, "possible misread")
    assert cell(view, misread, READ) == "MSKU 907032 8"
    assert cell(view, misread, TIME) == "14:05:03"  # the day reviewed goes without saying
    undeclared = row_with(view, "undeclared")
    assert cell(view, undeclared, READ) == "TGHU 000000 8"
    assert cell(view, undeclared, DECISION) == "To decide"
    assert cell(view, row_with(view, "seen as declared"), DECISION) == "Matches"
    # Each row with a read shows its crop; the row that was never read has none.
    for row in range(view.table.rowCount()):
        icon = view.table.item(row, CROP).data(Qt.ItemDataRole.DecorationRole)
        assert (icon is not None) == (cell(view, row, STATUS) != "not seen")
    assert "TGHU_000000_8.png" in view.table.item(undeclared, CROP).toolTip()

    click_row(qtbot, view, undeclared)
    preview = view.preview.pixmap()
    assert (preview.width(), preview.height()) == (240, 80)
    assert preview.toImage().pixelColor(3, 3) == QColor("#2f8a3a")  # that row's crop
    assert "no document declares it" in view.details.text()
    click_row(qtbot, view, row_with(view, "not seen"))
    assert view.preview.text() == "No picture for this row."

    click(qtbot, view.only_open)
    shown = [cell(view, r, STATUS) for r in range(view.table.rowCount())]
    assert shown == ["possible misread", "not seen", "undeclared"]


def test_an_override_needs_a_reason_and_each_decision_is_a_log_record(
    qtbot: QtBot, desk: Desk
) -> None:
    store_day(desk)
    view = show(qtbot, desk)
    misread = row_with(view, "possible misread")
    click_row(qtbot, view, misread)
    click(qtbot, view.button_override)
    dialog = view.findChild(DecisionDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.crop.pixmap().width() == 240  # the crop beside the reason
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.isVisible() and dialog.error.text() == "Say why you override the status."
    assert Ledger(desk.registry).records(RecordKind.RECONCILIATION) == []
    qtbot.keyClicks(dialog.edit, "Anh ro: MSKU 907032 3, OCR doc nham 3 thanh 8")
    with qtbot.waitSignal(view.decided, timeout=10_000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    when = show_local(desk.clock(), day_first=True)
    assert cell(view, misread, DECISION) == (
        f"Overridden by Nguyễn Thị Hoa, {when}: Anh ro: MSKU 907032 3, OCR doc nham 3 thanh 8"
    )
    assert not view.button_override.isEnabled(), "decided once"

    undeclared = row_with(view, "undeclared")
    click_row(qtbot, view, undeclared)
    decide(qtbot, view, view.button_confirm, "")  # a confirmation needs no note
    assert cell(view, undeclared, DECISION) == f"Confirmed by Nguyễn Thị Hoa, {when}"

    ledger = Ledger(desk.registry)
    records = ledger.records(RecordKind.RECONCILIATION)
    assert [(r.payload["verdict"], r.payload["status"]) for r in records] == [
        ("overridden", "possible_misread"),
        ("confirmed", "undeclared"),
    ]
    assert records[0].payload["finding"]["seen"] == "MSKU9070328"
    assert records[1].payload["finding"]["camera"] == 1
    audits = [
        r.payload["details"]["verdict"]
        for r in ledger.records(RecordKind.AUDIT)
        if r.payload["action"] == AuditAction.RECONCILIATION_DECIDED.value
    ]
    assert audits == ["overridden", "confirmed"]
    assert ledger.verify().ok


def test_decisions_survive_reopening_and_the_reviews_end_counts_in_the_month_coverage(
    qtbot: QtBot, desk: Desk
) -> None:
    store_day(desk)
    view = show(qtbot, desk)
    assert not view.button_finish.isEnabled(), "three rows still to decide"
    for status, button, reason in (
        ("possible misread", view.button_override, "OCR doc nham"),
        ("not seen", view.button_confirm, "Xe khong den"),
        ("undeclared", view.button_confirm, ""),
    ):
        click_row(qtbot, view, row_with(view, status))
        decide(qtbot, view, button, reason)
    assert view.button_finish.isEnabled()
    with qtbot.waitSignal(view.finished, timeout=10_000) as ended:
        click(qtbot, view.button_finish)
    check = ended.args[0]
    assert check.reason is CheckReason.RECONCILIATION
    # The truck that never came and the undeclared container stay discrepancies; the misread
    # was overridden.
    assert check.result is CheckResult.IRREGULARITY
    assert "6 rows, 3 seen as declared, 2 confirmed, 1 overridden, 2 discrepancies" in check.text
    assert "TGHU0000008" in check.containers
    assert "review ended by Nguyễn Thị Hoa" in view.summary.text()
    assert not view.button_finish.isEnabled(), "ended once: nothing new to end"
    assert "as a check of Công ty TNHH Điện tử Sao Việt: Irregularity" in view.message.text()
    coverage = month_coverage(desk.registry, Month(2026, 12), today=DAY)
    (row,) = [r for r in coverage.rows if r.tax_id == TAX_ID]
    assert (row.checks_done, row.last_result) == (1, CheckResult.IRREGULARITY)
    assert [c.reason for c in CheckService(desk.registry).checks()] == [CheckReason.RECONCILIATION]
    view.close()

    again = show(qtbot, desk)
    when = show_local(desk.clock(), day_first=True)
    decisions = {
        cell(again, r, STATUS): cell(again, r, DECISION) for r in range(again.table.rowCount())
    }
    assert decisions["possible misread"] == f"Overridden by Nguyễn Thị Hoa, {when}: OCR doc nham"
    assert decisions["not seen"] == f"Confirmed by Nguyễn Thị Hoa, {when}: Xe khong den"
    assert decisions["undeclared"] == f"Confirmed by Nguyễn Thị Hoa, {when}"
    assert "0 to decide" in again.summary.text() and "review ended by" in again.summary.text()
    assert not again.button_finish.isEnabled()
    click(qtbot, again.only_open)
    assert again.table.rowCount() == 0


def test_a_row_plays_back_its_camera_at_the_moment_of_its_read(qtbot: QtBot, desk: Desk) -> None:
    store_day(desk)
    played = Played()
    view = show(qtbot, desk, played)
    undeclared = row_with(view, "undeclared")
    click_row(qtbot, view, undeclared)
    rect = view.table.visualItemRect(view.table.item(undeclared, STATUS))
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(qtbot, view.button_play)
    assert played.calls == [(desk.gate_camera_id, vn(11, 20, 0))] * 2
    click_row(qtbot, view, row_with(view, "not seen"))
    assert not view.button_play.isEnabled(), "nothing was read: no moment to play"
    assert [f.status.value for f in view.selected_findings()] == ["not_seen"]
    # Ctrl-click adds rows for a case; a decision or a playback is on one row only.
    rect = view.table.visualItemRect(view.table.item(undeclared, STATUS))
    qtbot.mouseClick(
        view.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        rect.center(),
    )
    chosen = view.selected_findings()
    assert [f.status.value for f in chosen] == ["not_seen", "undeclared"]
    assert chosen[1].crop_path == str(desk.crops["TGHU 000000 8"])
    assert chosen[1].frame_sha256 == "ab" * 32 and chosen[1].camera == 1
    assert not view.button_confirm.isEnabled() and not view.button_play.isEnabled()


def test_the_gate_scan_button_opens_the_scan_of_the_chosen_epe_and_day(
    qtbot: QtBot, desk: Desk
) -> None:
    from widgets.declarations.scan_dialog import ScanDialog

    view = show(qtbot, desk)
    click(qtbot, view.button_scan)
    dialog = view.findChild(ScanDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert "Sao Việt" in dialog.intro.text() and "02/12/2026" in dialog.intro.text()
    dialog.reject()


def test_from_the_rotation_menu_a_row_opens_the_playback_window_at_its_moment(
    qtbot: QtBot, desk: Desk
) -> None:
    # The main window's playback plays up to "now": the read is three hours before the real now.
    moment = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=3)
    crop = render_crop(desk.folder, "TGHU 000000 8", "#2f8a3a")
    read = GateRead(ItemKind.CONTAINER, "TGHU0000008", moment, 1, True, str(crop), "cd" * 32)
    add_reads(desk.registry, desk.epe.id or 0, [read], "recording")
    with shown_main_window(qtbot, desk.registry, size=(1280, 800)) as window:
        window.rotation_session.logged_in(window.officer_session.login("CB01", PIN))
        views = window.declarations_review
        views.clock = lambda: moment  # the window opens on the read's Vietnamese day
        click_menu_bar_entry(qtbot, window, window.menu_rotation, views.action)
        view = views.window
        assert view is not None and view.isVisible()
        qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=20_000)
        assert cell(view, 0, STATUS) == "undeclared"
        click_row(qtbot, view, 0)
        click(qtbot, view.button_play)
        playback = window.playback.view
        assert playback is not None and playback.isVisible()
        try:
            start, end = playback.search_range()
            assert start <= moment <= end
            assert end < dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
            assert playback.selected_cameras() == [1]
        finally:
            playback.close()
            view.close()


def test_a_view_only_role_sees_the_rows_but_decides_and_imports_nothing(
    qtbot: QtBot, desk: Desk
) -> None:
    store_day(desk)
    assert desk.lead_builder is not None
    desk.officer = desk.lead_builder.add_officer("XEM1", "Lê Văn Xem", Role.VIEW_ONLY)
    view = show(qtbot, desk)
    click_row(qtbot, view, row_with(view, "undeclared"))
    for button in (view.button_confirm, view.button_override, view.button_import):
        assert not button.isEnabled()
    click(qtbot, view.button_confirm)
    assert view.findChild(DecisionDialog) is None
    assert Ledger(desk.registry).records(RecordKind.RECONCILIATION) == []


def test_selected_discrepancies_open_a_case_with_their_crops_hashes(
    qtbot: QtBot, desk: Desk
) -> None:
    import hashlib

    from app.cases.book import CaseBook
    from widgets.cases.actions import NewCaseDialog

    store_day(desk)
    view = show(qtbot, desk)
    seen = row_with(view, "seen as declared")
    click_row(qtbot, view, seen)
    assert not view.button_case.isEnabled(), "a row seen as declared is no case"
    misread = row_with(view, "possible misread")
    click_row(qtbot, view, misread)
    undeclared = row_with(view, "undeclared")
    rect = view.table.visualItemRect(view.table.item(undeclared, STATUS))
    qtbot.mouseClick(
        view.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        rect.center(),
    )
    assert len(view.selected_findings()) == 2
    click(qtbot, view.button_case)
    qtbot.waitUntil(lambda: getattr(view, "case_dialog", None) is not None, timeout=10_000)
    dialog = view.case_dialog
    assert isinstance(dialog, NewCaseDialog)
    assert dialog.item_list.count() == 2
    click(qtbot, dialog.facts)
    qtbot.keyClicks(dialog.facts, "Container va xe khong khop to khai.")
    click(qtbot, dialog.open_button)
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10_000)
    if dialog.view is not None:
        qtbot.addWidget(dialog.view)
    (case,) = CaseBook(desk.registry).list()
    items = {e.item["status"]: e.item for e in CaseBook(desk.registry).get(case.id).evidence}
    assert set(items) == {"possible_misread", "undeclared"}
    crop = desk.crops["MSKU 907032 8"]
    assert items["possible_misread"]["crop_sha256"] == hashlib.sha256(crop.read_bytes()).hexdigest()
    assert items["possible_misread"]["read"] == "MSKU9070328"
    assert items["undeclared"]["frame_sha256"] == "ab" * 32
    assert items["undeclared"]["cameras"] == [1]


def test_opened_with_no_epe_chosen_it_shows_an_epe_that_has_documents_that_day(
    qtbot: QtBot, desk: Desk
) -> None:
    assert desk.lead_builder is not None
    desk.lead_builder.add_epe("Công ty TNHH An Bình", "0100233488")  # first by name, no documents
    store_day(desk)
    view = ReviewWindow(desk.registry, desk.officer, desk.clock, None, None, DAY)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.show()
    assert view.epe.currentText().startswith("Công ty TNHH Điện tử Sao Việt")
    assert view.table.rowCount() > 0
