"""An officer opens a case from a check with a finding in the check log, attaches a snapshot
file and a real evidence export (their SHA-256 computed off the GUI thread), adds a note and
submits it; the officer cannot decide it; the team lead decides it in the decision dialog, and
the case report PDF carries the hashes in Vietnamese. All with the mouse and the keyboard."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from app import i18n
from app.cases.book import CaseBook, interruption_item
from app.evidence.signing import WorkstationKey
from app.rotation.checks import CheckService
from app.rotation.ledger import Ledger, RecordKind
from app.sites.registry import Registry
from tests.helpers.cases import CaseSite, case_site, snapshot_file
from tests.helpers.clicks import choose, click
from tests.helpers.evidence_keys import signed_export, tiny_replay
from widgets.cases.case_view import CaseView
from widgets.cases.cases_window import CasesWindow
from widgets.interruptions.register_window import RegisterWindow
from widgets.rotation.check_log_view import CheckLogDialog


@pytest.fixture
def site(registry: Registry) -> CaseSite:
    return case_site(registry)


def pdf_text(pdf: Path) -> str:
    assert shutil.which("pdftotext"), "pdftotext is missing: install poppler-utils"
    done = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60, check=True
    )
    return " ".join(done.stdout.split())


def click_row(qtbot: QtBot, table: QTableWidget, row: int, column: int = 0) -> None:
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_open_attach_submit_and_decide_a_case_through_the_windows(
    qtbot: QtBot, site: CaseSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer, lead, clock = site.site.officer, site.site.lead, site.site.clock
    log = CheckLogDialog(CheckService(site.registry, clock=clock), officer, clock)
    qtbot.addWidget(log)
    log.show()
    qtbot.waitUntil(lambda: log.table.rowCount() == 1, timeout=10_000)
    assert not log.case_button.isEnabled()
    click_row(qtbot, log.table, 0)
    assert log.case_button.isEnabled()  # the check found an irregularity
    click(qtbot, log.case_button)
    new = log.dialog
    assert new is not None and new.isVisible() and new.item_list.count() == 1
    click(qtbot, new.facts)
    qtbot.keyClicks(new.facts, "Container CSQU3054383 roi cong 09:12 khong co to khai.")
    click(qtbot, new.open_button)
    qtbot.waitUntil(lambda: new.view is not None, timeout=10_000)
    view = new.view
    assert view is not None
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.case is not None and view.items.rowCount() == 1, timeout=10_000)

    png = snapshot_file(tmp_path / "snaps")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(png), ""))
    click(qtbot, view.attach_snapshot_button)
    qtbot.waitUntil(lambda: view.items.rowCount() == 2, timeout=10_000)
    sha = hashlib.sha256(png.read_bytes()).hexdigest()
    assert view.items.item(1, 4).text() == sha

    key = WorkstationKey.generate("cases-test")
    folder = signed_export(tiny_replay(tmp_path / "replay.ts"), tmp_path / "export", key)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    click(qtbot, view.attach_export_button)
    qtbot.waitUntil(lambda: view.items.rowCount() == 3, timeout=20_000)
    manifest_sha = hashlib.sha256((folder / "manifest.json").read_bytes()).hexdigest()
    assert view.items.item(2, 4).text() == manifest_sha

    click(qtbot, view.note)
    qtbot.keyClicks(view.note, "Da goi DNCX, chua tra loi.")
    qtbot.keyClick(view.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Da goi DNCX" in view.details.toPlainText(), timeout=10_000)

    assert not view.decide_button.isVisible()  # an officer never decides
    click(qtbot, view.proposal)
    qtbot.keyClicks(view.proposal, "De nghi chuyen Doi kiem soat xac minh.")
    click(qtbot, view.submit_button)
    qtbot.waitUntil(
        lambda: view.case is not None and view.case.state == "submitted", timeout=10_000
    )
    assert not view.submit_button.isVisible() and not view.attach_snapshot_button.isEnabled()
    assert not view.decide_button.isVisible()
    case_id = view.case.id

    lead_view = CaseView(site.registry, lead, case_id, clock)
    qtbot.addWidget(lead_view)
    lead_view.show()
    qtbot.waitUntil(lambda: lead_view.case is not None, timeout=10_000)
    assert lead_view.decide_button.isVisible()
    click(qtbot, lead_view.decide_button)
    dialog = lead_view.dialog
    assert dialog is not None
    choose(qtbot, dialog.decision, "Refer to the anti-smuggling unit")
    click(qtbot, dialog.reason)
    qtbot.keyClicks(dialog.reason, "Du can cu nghi van gian lan.")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(
        lambda: lead_view.case is not None and lead_view.case.state == "closed", timeout=10_000
    )
    assert not lead_view.decide_button.isVisible()
    (decided,) = Ledger(site.registry).records(RecordKind.CASE_DECIDED)
    assert decided.payload["decision"] == "refer"
    assert decided.payload["officer"]["code"] == lead.code

    i18n.install("vi")
    out = tmp_path / "vu-viec.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    click(qtbot, lead_view.pdf_button)
    text = pdf_text(out)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "BÁO CÁO VỤ VIỆC NGHI VẤN" in text
    assert "Chi cục trưởng" in text
    assert "Công ty TNHH Điện tử Tân Thuận" in text and "0100233488" in text
    assert sha in text and manifest_sha in text
    assert "CSQU3054383" in text
    assert "09:12:05" in text  # the snapshot's time, Vietnam time
    assert "Chuyển Đội kiểm soát chống buôn lậu" in text


def test_the_interruption_register_opens_a_case_and_the_cases_window_lists_it(
    qtbot: QtBot, site: CaseSite
) -> None:
    officer, clock = site.site.officer, site.site.clock
    register = RegisterWindow(site.registry, officer, clock)
    qtbot.addWidget(register)
    register.show()
    qtbot.waitUntil(lambda: register.table.rowCount() == 1, timeout=10_000)
    click_row(qtbot, register.table, 0)
    assert register.button_case.isEnabled()
    click(qtbot, register.button_case)
    from widgets.cases.actions import NewCaseDialog

    new = register.findChild(NewCaseDialog)
    assert new is not None and not new.epe.isEnabled()
    click(qtbot, new.facts)
    qtbot.keyClicks(new.facts, "Camera cong mat hinh dung luc xe ra.")
    click(qtbot, new.open_button)
    qtbot.waitUntil(lambda: new.view is not None, timeout=10_000)
    assert new.view is not None
    qtbot.addWidget(new.view)

    CaseBook(site.registry, clock).open(
        site.second_lead, site.site.beta.id or 0, "Kho B có hàng lạ.", [], "other"
    )
    window = CasesWindow(site.registry, officer, clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.table.rowCount() == 2, timeout=10_000)
    click(qtbot, window.epe)
    qtbot.keyClicks(window.epe, "0100233488")
    qtbot.waitUntil(lambda: window.table.rowCount() == 1, timeout=10_000)
    assert "Tân Thuận" in window.table.item(0, 1).text()
    assert window.table.item(0, 0).text() == "Draft"
    click_row(qtbot, window.table, 0)
    click(qtbot, window.open_button)
    assert window.view is not None
    qtbot.waitUntil(
        lambda: window.view is not None and window.view.case is not None, timeout=10_000
    )
    assert window.view.case is not None
    assert window.view.case.evidence[0].item == interruption_item(site.interruption)


def test_a_view_only_partner_cannot_open_a_case(qtbot: QtBot, site: CaseSite) -> None:
    window = CasesWindow(site.registry, site.site.viewer, site.site.clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.count.text() != "", timeout=10_000)
    assert not window.new_button.isEnabled()


def test_reconciliation_rows_open_a_case_with_the_crop_hashed_off_the_gui_thread(
    qtbot: QtBot, site: CaseSite, tmp_path: Path
) -> None:
    import datetime as dt

    from app.declarations.reconcile import DeclaredMovement, GateRead, ItemKind, reconcile
    from app.workers import JobQueue
    from widgets.cases.actions import NewCaseDialog, open_case_from_findings

    crop = snapshot_file(tmp_path, "crop.png")
    window = (
        dt.datetime(2027, 2, 2, 1, 0, tzinfo=dt.UTC),
        dt.datetime(2027, 2, 2, 2, 0, tzinfo=dt.UTC),
    )
    movement = DeclaredMovement("declaration", "105123456789", "out", ("CSQU3054383",), (), *window)
    late = GateRead(
        ItemKind.CONTAINER,
        "CSQU3054383",
        dt.datetime(2027, 2, 2, 2, 40, tzinfo=dt.UTC),
        1,
        True,
        str(crop),
        "cd" * 32,
    )
    (finding,) = reconcile([movement], [late])
    assert finding.status.value == "outside_window"
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[NewCaseDialog] = []
    open_case_from_findings(
        parent,
        site.registry,
        site.site.officer,
        site.site.alpha.id,
        [finding],
        queue=JobQueue("test", parent),
        shown=shown.append,
        clock=site.site.clock,
    )
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    dialog = shown[0]
    assert "105123456789" in dialog.item_list.item(0).text()
    click(qtbot, dialog.facts)
    qtbot.keyClicks(dialog.facts, "Container ra cong ngoai khung gio.")
    click(qtbot, dialog.open_button)
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10_000)
    (case,) = site.book.list()
    (entry,) = site.book.get(case.id).evidence
    assert entry.item["crop_sha256"] == hashlib.sha256(crop.read_bytes()).hexdigest()
    assert entry.item["frame_sha256"] == "cd" * 32
    assert entry.item["status"] == "outside_window" and entry.item["cameras"] == [1]
    assert dialog.view is not None
    qtbot.addWidget(dialog.view)
