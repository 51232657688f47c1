"""File > "Verify evidence…" as an officer uses it: the menu clicked with the mouse, a folder
chosen (the OS picker is answered by the test), the verdict per file and the signer shown; a
long check cancelled with the mouse."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTreeWidget
from pytestqt.qtbot import QtBot

from app.evidence import export as evidence
from app.evidence import signing
from app.evidence.signing import WorkstationKey
from app.officers.profiles import Officer, Role
from app.rotation.ledger import Ledger
from app.secrets import CredentialStore
from app.sites.registry import Registry
from tests.helpers.evidence_keys import signed_export, tiny_replay
from tests.helpers.main_window import shown_main_window
from tests.helpers.menus import click_menu_bar_entry
from widgets.evidence.verify_dialog import VerifyEvidenceDialog
from widgets.main_window import MainWindow
from widgets.playback.export_dialog import manifest_html

LEAD = Officer("TL01", "Trần Văn Lâm", Role.TEAM_LEAD)
THEIRS = WorkstationKey.generate("CHI-CUC-KCX-02")


@pytest.fixture
def window(qtbot: QtBot, epewall_home: Path) -> Iterator[MainWindow]:
    with Registry() as registry, shown_main_window(qtbot, registry, CredentialStore()) as main:
        yield main


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return signed_export(tiny_replay(tmp_path / "replay.ts"), tmp_path / "export", THEIRS)


def verify_from_the_menu(
    qtbot: QtBot, window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> VerifyEvidenceDialog:
    """File > Verify evidence… with the mouse; the folder picker answers ``folder``."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(folder))
    click_menu_bar_entry(qtbot, window, window.menu_file, window.action_verify_evidence)
    qtbot.waitUntil(lambda: window.findChild(VerifyEvidenceDialog) is not None, timeout=5_000)
    dialog = window.findChild(VerifyEvidenceDialog)
    assert isinstance(dialog, VerifyEvidenceDialog)
    return dialog


def rows(tree: QTreeWidget) -> list[tuple[str, str]]:
    return [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1))
        for i in range(tree.topLevelItemCount())
    ]


def test_a_registered_export_is_verified_file_by_file_with_its_signer(
    qtbot: QtBot, window: MainWindow, export: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    signing.register_key(window.rotation_session.ledger, LEAD, THEIRS.public)
    dialog = verify_from_the_menu(qtbot, window, export, monkeypatch)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.report is not None and dialog.report.verdict is evidence.Verdict.VERIFIED
    names = [f["name"] for f in json.loads((export / evidence.MANIFEST_NAME).read_text())["files"]]
    assert rows(dialog.files) == [
        (f"✓ {names[0]}", "unchanged (size and SHA-256 match)"),
        (f"✓ {names[1]}", "unchanged (size and SHA-256 match)"),
        (
            f"✓ {evidence.PDF_NAME}",
            "the printout of the manifest (the signed JSON manifest is authoritative)",
        ),
    ]
    assert dialog.verdict_label.isVisible()
    assert dialog.verdict_label.text().startswith("Evidence verified: 2 file(s) unchanged")
    fingerprint = signing.show_fingerprint(THEIRS.public.fingerprint)
    assert "CHI-CUC-KCX-02" in dialog.signer_label.text()
    assert fingerprint in dialog.signer_label.text()
    assert "registered with the team by TL01" in dialog.signer_label.text()
    qtbot.waitUntil(dialog.close_button.isVisible, timeout=5_000)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)


def test_a_tampered_export_shows_which_file_and_an_unregistered_signer(
    qtbot: QtBot, window: MainWindow, export: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads((export / evidence.MANIFEST_NAME).read_text())
    victim = export / data["files"][1]["name"]
    victim.write_bytes(victim.read_bytes()[:-1])
    (export / "more").symlink_to(export.parent)
    dialog = verify_from_the_menu(qtbot, window, export, monkeypatch)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    found = dict(rows(dialog.files))
    assert found[f"✓ {data['files'][0]['name']}"] == "unchanged (size and SHA-256 match)"
    assert found[f"✗ {victim.name}"].startswith("changed since export")
    assert found["✗ more"] == "a symbolic link: not a regular file"
    assert dialog.verdict_label.text().startswith("Evidence NOT verified: 2 problem(s)")
    assert "NOT registered with the team" in dialog.signer_label.text()


def test_a_long_check_is_cancelled_with_the_mouse_and_says_not_verified(
    qtbot: QtBot, window: MainWindow, export: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A 4 GB video (sparse: no disk used) listed in a signed manifest: hashing it takes long.
    big = export / "0315867420_cam03_big.mp4"
    with big.open("wb") as handle:
        handle.truncate(4 << 30)
    data = json.loads((export / evidence.MANIFEST_NAME).read_text())
    data.pop("signature")
    data["files"].append(
        dict(data["files"][0], name=big.name, bytes=4 << 30, sha256=hashlib.sha256().hexdigest())
    )
    (export / evidence.MANIFEST_NAME).write_text(
        json.dumps(signing.sign_manifest(data, THEIRS)), encoding="utf-8"
    )
    dialog = verify_from_the_menu(qtbot, window, export, monkeypatch)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0 and big.name in dialog.status_label.text())
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.close_button.isVisible, timeout=10_000)
    assert dialog.status_label.text() == "Check cancelled: the evidence was NOT verified."
    assert dialog.report is None and not dialog.verdict_label.isVisible()
    shutil.rmtree(export)


@pytest.fixture
def ledger(epewall_home: Path) -> Iterator[Ledger]:
    with Registry() as registry:
        yield Ledger(registry)


def test_the_printed_manifest_shows_the_key_and_a_forged_name_is_not_rich_text(
    qtbot: QtBot, export: Path, ledger: Ledger
) -> None:
    data = json.loads((export / evidence.MANIFEST_NAME).read_text())
    page = manifest_html(data)
    assert signing.show_fingerprint(THEIRS.public.fingerprint) in page
    assert THEIRS.public.text in page
    # A forger names their workstation in markup that would read as a green verdict.
    data.pop("signer"), data.pop("signature")
    forged = WorkstationKey.generate("<b style='color:green'>ĐÃ XÁC MINH</b>")
    (export / evidence.MANIFEST_NAME).write_text(
        json.dumps(signing.sign_manifest(data, forged)), encoding="utf-8"
    )
    dialog = VerifyEvidenceDialog(ledger, export)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.signer_label.textFormat() is Qt.TextFormat.PlainText
    assert "<b style='color:green'>" in dialog.signer_label.text()
