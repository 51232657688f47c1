"""Attack: between two sessions at the workstation, someone with the registry file cuts the last
records of the check log and tidies the head file, its flag and ``sqlite_sequence``.

What must hold: the window seals the log with a signed checkpoint (kept in the keyring) when an
officer logs in and when it closes cleanly, so the check log window's "Verify" reports the cut;
and a checkpoint is never made over a cut, which would hide it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.officers.profiles import Officer, OfficerStore, Role
from app.rotation.ledger import AuditAction, Ledger
from app.rotation.team_key import seal_session, verify_log
from app.secrets import CredentialStore
from app.sites.registry import Registry
from tests.helpers.keyring import ready_store
from tests.helpers.main_window import shown_main_window
from tests.security.test_cut_log import tamper
from widgets.main_window import MainWindow
from widgets.rotation.check_log_view import CheckLogDialog

TEAM_KEY = bytes(range(32))
PIN = "246813"


@pytest.fixture
def credentials() -> CredentialStore:
    store = ready_store()
    store.set_team_key(TEAM_KEY.hex())
    return store


@pytest.fixture
def window(qtbot: QtBot, registry: Registry, credentials: CredentialStore) -> Iterator[MainWindow]:
    OfficerStore(registry).add_officer(
        None, Officer("TL01", "Trần Thị Hạnh", Role.TEAM_LEAD, "Đội 1"), PIN
    )
    with shown_main_window(qtbot, registry, credentials) as main:
        yield main
        main.rotation.queue.wait(10_000)


def log_in_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.rotation.show_login()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.pin, PIN)
    with qtbot.waitSignal(window.officer_changed, timeout=10_000):
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    sealing = window.rotation.sealing
    assert sealing is not None
    window.rotation.queue.wait(10_000)


def cut_and_tidy(registry: Registry, ledger: Ledger, keep: int) -> None:
    tamper(
        registry,
        f"DELETE FROM ledger WHERE seq > {keep}",
        f"UPDATE sqlite_sequence SET seq = {keep} WHERE name = 'ledger'",
        "DELETE FROM rotation_meta WHERE key = 'head_file'",
    )
    assert ledger.head_path is not None
    ledger.head_path.unlink()


def test_a_cut_made_after_a_login_is_reported_by_the_check_log_window(
    qtbot: QtBot, window: MainWindow, registry: Registry, credentials: CredentialStore
) -> None:
    ledger = window.rotation.ledger
    before = ledger.head().seq
    log_in_with_the_keyboard(qtbot, window)
    # The login and its checkpoint, signed with the team key and kept in the keyring.
    assert ledger.head().seq == before + 2
    kept = credentials.get_log_anchor(ledger.workstation_id)
    assert kept is not None and json.loads(kept)["seq"] == before + 2

    cut_and_tidy(registry, ledger, before)  # the session is wiped from the log

    window.rotation.action_check_log.trigger()
    dialog = window.rotation.dialog
    assert isinstance(dialog, CheckLogDialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.verifying, timeout=10_000)
    text = dialog.verify_label.text()
    # Before: nothing outside the file knew of the session, so the log read as intact.
    assert text.startswith("The log was tampered with: 2 record(s) are missing at the end"), text
    assert "the keyring knows" in text
    dialog.reject()


def test_a_clean_close_seals_what_the_session_wrote(
    qtbot: QtBot, window: MainWindow, credentials: CredentialStore
) -> None:
    ledger = window.rotation.ledger
    log_in_with_the_keyboard(qtbot, window)
    for camera in range(3):
        window.rotation_session.audit_view(camera, True)
    window.close()
    window.rotation.queue.wait(10_000)
    head = ledger.head()
    last = ledger.records()[-1]
    assert last.payload["action"] == AuditAction.CHECKPOINT and last.payload["officer"] == "TL01"
    kept = credentials.get_log_anchor(ledger.workstation_id)
    assert kept is not None and json.loads(kept)["seq"] == head.seq


def test_no_checkpoint_is_made_over_a_cut(
    registry: Registry, credentials: CredentialStore, epewall_home: Path
) -> None:
    store = OfficerStore(registry)
    store.add_officer(None, Officer("TL01", "Trần Thị Hạnh", Role.TEAM_LEAD, "Đội 1"), PIN)
    ledger = store.ledger
    for camera in range(3):
        ledger.audit(AuditAction.VIEW_STARTED, "TL01", {"camera_id": camera})
    sealed = seal_session(registry, credentials, "TL01")
    assert sealed is not None
    cut_and_tidy(registry, ledger, sealed.seq - 3)
    assert seal_session(registry, credentials, "TL01") is None  # the next login
    kept = credentials.get_log_anchor(ledger.workstation_id)
    assert kept is not None and json.loads(kept)["seq"] == sealed.seq  # still the evidence
    report = verify_log(registry, credentials)
    assert report.broken is not None and "3 record(s) are missing" in report.broken.reason
