"""File > "Evidence signing keys of the workstations…" as a team lead uses it: the menu clicked
with the mouse, this workstation's fingerprint shown and its public key written to a file, a
colleague's key file registered after its fingerprint was shown, then revoked; an officer sees
the list but changes nothing. The OS file pickers are answered by the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.evidence import signing
from app.evidence.signing import WorkstationKey, show_fingerprint
from app.officers.profiles import Officer, Role
from app.rotation.ledger import AuditAction, RecordKind
from app.sites.registry import Registry
from tests.helpers.clicks import click
from tests.helpers.keyring import ready_store
from tests.helpers.main_window import shown_main_window
from tests.helpers.menus import click_menu_bar_entry
from widgets.evidence.keys_dialog import EvidenceKeysDialog
from widgets.main_window import MainWindow

PIN = "246813"
THEIRS = WorkstationKey.generate("CHI-CUC-KCX-02")


@pytest.fixture
def window(qtbot: QtBot, epewall_home: Path) -> Iterator[MainWindow]:
    with Registry() as registry, shown_main_window(qtbot, registry, ready_store()) as main:
        store = main.rotation.store
        lead = store.add_officer(None, Officer("TL01", "Trần Văn Lâm", Role.TEAM_LEAD), PIN)
        store.add_officer(lead, Officer("CB01", "Nguyễn Văn An", Role.OFFICER), PIN)
        yield main


def log_in(window: MainWindow, code: str) -> None:
    window.rotation_session.logged_in(window.officer_session.login(code, PIN))


def keys_from_the_menu(qtbot: QtBot, window: MainWindow) -> EvidenceKeysDialog:
    action = window.action_evidence_keys
    assert action.text() == "Evidence signing &keys of the workstations…"
    click_menu_bar_entry(qtbot, window, window.menu_file, action)
    qtbot.waitUntil(lambda: window.findChild(EvidenceKeysDialog) is not None, timeout=5_000)
    dialog = window.findChild(EvidenceKeysDialog)
    assert isinstance(dialog, EvidenceKeysDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.own_key is not None, timeout=10_000)
    return dialog


def registrations(window: MainWindow) -> list[str]:
    return [
        r.payload["details"]["change"]
        for r in window.rotation_session.ledger.records(RecordKind.AUDIT)
        if r.payload["action"] == AuditAction.CREDENTIAL_CHANGED
    ]


def test_a_team_lead_registers_a_colleagues_key_after_comparing_it_then_revokes_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_in(window, "TL01")
    dialog = keys_from_the_menu(qtbot, window)
    ours = signing.workstation_key(window._store).public
    assert dialog.own_fingerprint.text() == show_fingerprint(ours.fingerprint)
    assert dialog.empty_label.isVisible() and dialog.key_list.topLevelItemCount() == 0

    # This workstation's public key, to hand to the team lead of another workstation.
    mine = tmp_path / "mine.epekey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(mine), ""))
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: "was written to" in dialog.message.text(), timeout=10_000)
    assert signing.read_public_key(mine).fingerprint == ours.fingerprint

    # A colleague's key file: its fingerprint is shown before anything is registered.
    theirs = signing.write_public_key(THEIRS.public, tmp_path / "theirs.epekey")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(theirs), ""))
    click(qtbot, dialog.register_button)
    qtbot.waitUntil(dialog.confirm.isVisible, timeout=10_000)
    assert show_fingerprint(THEIRS.public.fingerprint) in dialog.confirm_label.text()
    assert "CHI-CUC-KCX-02" in dialog.confirm_label.text()
    assert signing.registered_keys(window.rotation_session.ledger) == {}
    click(qtbot, dialog.confirm_button)
    assert not dialog.confirm.isVisible()
    row = dialog.key_list.topLevelItem(0)
    assert dialog.key_list.topLevelItemCount() == 1
    assert [row.text(c) for c in range(3)] == [
        "CHI-CUC-KCX-02",
        show_fingerprint(THEIRS.public.fingerprint),
        "TL01",
    ]
    assert row.text(3)  # when, in Vietnamese time
    assert list(signing.registered_keys(window.rotation_session.ledger)) == [
        THEIRS.public.fingerprint
    ]
    assert registrations(window) == ["evidence_key_registered"]

    # Revoked: select the row with the mouse, ask, confirm.
    view = dialog.key_list
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(row).center()
    )
    assert dialog.revoke_button.isEnabled()
    click(qtbot, dialog.revoke_button)
    assert dialog.confirm.isVisible() and "CHI-CUC-KCX-02" in dialog.confirm_label.text()
    click(qtbot, dialog.confirm_button)
    assert dialog.key_list.topLevelItemCount() == 0
    assert signing.registered_keys(window.rotation_session.ledger) == {}
    assert registrations(window) == ["evidence_key_registered", "evidence_key_revoked"]
    assert window.rotation_session.ledger.verify().ok  # audited in the chain
    dialog.reject()


def test_a_file_that_is_not_a_key_is_refused_and_cancel_registers_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_in(window, "TL01")
    dialog = keys_from_the_menu(qtbot, window)
    junk = tmp_path / "notes.epekey"
    junk.write_text("not a key", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(junk), ""))
    click(qtbot, dialog.register_button)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "is not an epewall workstation key file" in dialog.error.text()
    assert not dialog.confirm.isVisible()

    theirs = signing.write_public_key(THEIRS.public, tmp_path / "theirs.epekey")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(theirs), ""))
    click(qtbot, dialog.register_button)
    qtbot.waitUntil(dialog.confirm.isVisible, timeout=10_000)
    click(qtbot, dialog.cancel_button)  # the fingerprints did not match
    assert signing.registered_keys(window.rotation_session.ledger) == {}
    assert registrations(window) == []
    dialog.reject()


def test_an_officer_sees_the_keys_but_only_a_team_lead_changes_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    log_in(window, "TL01")
    lead = window.officer_session.current
    signing.register_key(window.rotation_session.ledger, lead, THEIRS.public)
    log_in(window, "CB01")
    dialog = keys_from_the_menu(qtbot, window)
    assert dialog.key_list.topLevelItemCount() == 1
    assert not dialog.register_button.isEnabled()
    assert not dialog.revoke_button.isEnabled()
    assert dialog.lead_only.isVisible()
    assert dialog.own_fingerprint.text()  # any officer reads out this workstation's fingerprint
    dialog.reject()
