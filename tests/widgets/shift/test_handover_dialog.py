"""The officer hands over the shift: the note shows the shift's work, the officer types a
note, signs it (with the workstation key from the real keyring), and saves the Vietnamese PDF;
the team lead sees the day's handovers side by side."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTextBrowser
from pytestqt.qtbot import QtBot

from app import i18n
from app.evidence.signing import WorkstationKey
from app.rotation.ledger import Ledger, RecordKind
from app.shift.handover import handovers_of_day
from app.sites.registry import Registry
from tests.helpers.clicks import click
from tests.helpers.handover import END_OF_SHIFT, ShiftSite, shift_site
from widgets.shift.handover_day import HandoversOfDayWindow
from widgets.shift.handover_dialog import HandoverDialog, keyring_key_source


@pytest.fixture
def shift(registry: Registry) -> ShiftSite:
    return shift_site(registry)


def pdf_text(pdf: Path) -> str:
    assert shutil.which("pdftotext"), "pdftotext is missing: install poppler-utils"
    done = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60, check=True
    )
    return " ".join(done.stdout.split())


def test_the_officer_signs_the_handover_and_saves_it_as_a_vietnamese_pdf(
    qtbot: QtBot, shift: ShiftSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    i18n.install("vi")
    try:
        dialog = HandoverDialog(
            shift.site.registry,
            shift.site.officer,
            shift.site.clock,
            keyring_key_source(),
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.sign_button.isEnabled, timeout=15_000)
        preview = dialog.preview.toPlainText()
        assert "Xe tải đỗ trước cửa kho" in preview  # the check's finding
        assert "camera 2" in preview.lower()  # the tampering warning still open
        assert not dialog.pdf_button.isEnabled()

        click(qtbot, dialog.note)
        qtbot.keyClicks(dialog.note, "Camera 3 Tan Thuan van gian doan, theo doi sang mai.")
        click(qtbot, dialog.sign_button)
        qtbot.waitUntil(lambda: dialog.handover is not None, timeout=15_000)
        handover = dialog.handover
        assert handover is not None
        assert handover.signature_state == "good"  # the workstation key from the keyring
        assert "check log" not in dialog.status.text()  # shown in Vietnamese
        assert dialog.note.isReadOnly() and not dialog.sign_button.isEnabled()

        records = Ledger(shift.site.registry).records(RecordKind.HANDOVER)
        assert [r.payload["text"] for r in records] == [
            "Camera 3 Tan Thuan van gian doan, theo doi sang mai."
        ]

        out = tmp_path / "giao-ca.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(out), ""))
        click(qtbot, dialog.pdf_button)
        text = pdf_text(out)
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
        assert "BIÊN BẢN GIAO CA" in text
        assert "Nguyễn Văn An (CB01)" in text
        assert "van gian doan, theo doi sang mai." in text
        assert "Xe tải đỗ trước cửa kho" in text
    finally:
        i18n.install("en")


def test_a_signing_key_that_cannot_be_read_still_hands_over_and_says_so(
    qtbot: QtBot, shift: ShiftSite
) -> None:
    def locked() -> WorkstationKey:
        raise RuntimeError("The system keyring is locked.")

    dialog = HandoverDialog(shift.site.registry, shift.site.officer, shift.site.clock, locked)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.sign_button.isEnabled, timeout=15_000)
    qtbot.keyClicks(dialog.note, "Binh thuong.")
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: dialog.handover is not None, timeout=15_000)
    assert "not signed with the workstation key: The system keyring is locked." in (
        dialog.status.text()
    )
    assert handovers_of_day(shift.site.registry, END_OF_SHIFT.date())[0].text == "Binh thuong."


def test_the_team_lead_sees_the_days_handovers_side_by_side(qtbot: QtBot, shift: ShiftSite) -> None:
    book, officer = shift.book, shift.site.officer
    book.sign(officer, book.compose(officer, []), "Ca ngày: bình thường.")
    shift.site.clock.advance(hours=2)
    book.sign(shift.site.lead, book.compose(shift.site.lead, []), "Ca tối: camera 3 gián đoạn.")
    window = HandoversOfDayWindow(shift.site.registry, shift.site.clock, END_OF_SHIFT.date())
    qtbot.addWidget(window)
    window.show()

    def columns() -> list[str]:
        return [v.toPlainText() for v in window.columns.findChildren(QTextBrowser)]

    qtbot.waitUntil(lambda: len(columns()) == 2, timeout=10_000)
    first, second = columns()
    assert "Ca ngày" in first and "Nguyễn Văn An" in first
    assert "Ca tối" in second
    views = window.columns.findChildren(QTextBrowser)
    # Side by side, once laid out.
    qtbot.waitUntil(lambda: views[0].geometry().right() < views[1].geometry().left())
    assert views[0].geometry().top() == views[1].geometry().top()

    # The day before: the officer steps the day back with the keyboard.
    click(qtbot, window.day_edit)
    qtbot.keyClick(window.day_edit, Qt.Key.Key_Home)
    qtbot.keyClick(window.day_edit, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.summary.text() == "No handover on this day.", timeout=10_000)
    assert columns() == [] and not window.pdf_button.isEnabled()
