"""The keys behind evidence signatures: the private key only in the keyring (made on first need,
no unsigned export when the keyring cannot give it), the team's list changed only by a team lead
and audited, key files from outside refused when forged or hostile."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import secretstorage

from app.cli.main import main as cli_main
from app.evidence import export as evidence
from app.evidence import signing
from app.evidence.export import Verdict
from app.officers.profiles import Officer, OfficerStore, PermissionDeniedError, Role
from app.rotation.ledger import AuditAction, Ledger, RecordKind
from app.secrets import EVIDENCE_KEY_ACCOUNT, SERVICE, CredentialStore, KeyringState, SecretsError
from app.sites.registry import Registry
from app.workers import run_to_end
from tests.helpers.evidence_keys import START, context, signed_export, tiny_replay
from tests.helpers.keyring import LoginKeyring, call_bounded, login_keyring_fixture, ready_store

LEAD_PIN, OFFICER_PIN = "246813", "135792"


@pytest.fixture
def store() -> CredentialStore:
    return ready_store()


@pytest.fixture
def no_evidence_key(store: CredentialStore) -> None:
    """This workstation has never exported: no evidence key in the keyring yet."""
    with secretstorage.dbus_init() as connection:
        collection = secretstorage.Collection(connection)
        for item in collection.search_items({"service": SERVICE, "username": EVIDENCE_KEY_ACCOUNT}):
            item.delete()


@pytest.fixture
def login_keyring(store: CredentialStore) -> Iterator[LoginKeyring]:
    yield from login_keyring_fixture()


@pytest.fixture
def registry() -> Iterator[Registry]:
    """The registry of this test's EPEWALL_HOME (the command line opens the same file), with a
    team lead TL01 and an officer HQ0107."""
    with Registry() as reg:
        officers = OfficerStore(reg)
        lead = officers.add_officer(None, Officer("TL01", "Trần Văn Lâm", Role.TEAM_LEAD), LEAD_PIN)
        officers.add_officer(lead, Officer("HQ0107", "Nguyễn Thị Lan", Role.OFFICER), OFFICER_PIN)
        yield reg


def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli_main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_the_key_is_made_on_first_need_and_lives_only_in_the_keyring(
    no_evidence_key: None, store: CredentialStore, epewall_home: Path
) -> None:
    assert call_bounded(store.get_evidence_key) is None
    made = call_bounded(lambda: signing.workstation_key(store))
    again = call_bounded(lambda: signing.workstation_key(CredentialStore()))
    assert again.public == made.public  # the same key, read back from the keyring
    private = json.loads(made.to_text())["private"]
    for path in epewall_home.rglob("*"):
        if path.is_file():
            assert private.encode() not in path.read_bytes(), path


def test_a_locked_keyring_stops_the_export_before_anything_is_copied(
    login_keyring: LoginKeyring,
    registry: Registry,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    qapp: object,  # before the command line, which would make a QCoreApplication otherwise
) -> None:
    replay = tiny_replay(tmp_path / "replay.ts")
    officer = OfficerStore(registry).login("HQ0107", OFFICER_PIN)
    ledger = Ledger(registry)
    login_keyring.lock()
    folder = tmp_path / "export"
    source = evidence.ExportSource(1, "Cổng chính", str(replay))
    with pytest.raises(SecretsError) as raised:
        call_bounded(
            lambda: list(
                evidence.audited_export_steps(
                    ledger,
                    officer,
                    [source],
                    START,
                    START + dt.timedelta(seconds=1),
                    folder,
                    context(),
                )
            )
        )
    assert raised.value.state is KeyringState.LOCKED
    assert "never exported unsigned" in str(raised.value) and "locked" in str(raised.value)
    assert not folder.exists()
    actions = [r.payload["action"] for r in ledger.records(RecordKind.AUDIT)]
    assert AuditAction.EXPORT.value not in actions

    code, _out, err = cli(capsys, monkeypatch, "evidence", "key", "show")
    assert code == 3 and "locked" in err


def test_only_a_team_lead_registers_a_key_and_it_is_audited_and_revocable(
    registry: Registry, tmp_path: Path
) -> None:
    ledger = Ledger(registry)
    officers = OfficerStore(registry)
    lead, officer = officers.login("TL01", LEAD_PIN), officers.login("HQ0107", OFFICER_PIN)
    other = signing.WorkstationKey.generate("CHI-CUC-KCX-02")
    export = signed_export(tiny_replay(tmp_path / "replay.ts"), tmp_path / "export", other, 1)
    assert run_to_end(evidence.verify_job(ledger, export)).verdict is Verdict.UNREGISTERED

    with pytest.raises(PermissionDeniedError):
        signing.register_key(ledger, officer, other.public)
    assert signing.registered_keys(ledger) == {}
    signing.register_key(ledger, lead, other.public)

    report = run_to_end(evidence.verify_job(ledger, export))
    assert report.verdict is Verdict.VERIFIED
    assert report.signer is not None and report.signer.registered is not None
    assert report.signer.registered.registered_by == "TL01"
    (record,) = [
        r.payload
        for r in ledger.records(RecordKind.AUDIT)
        if r.payload["details"].get("change") == signing.REGISTERED
    ]
    assert record["officer"] == "TL01"
    assert record["details"]["fingerprint"] == other.public.fingerprint

    with pytest.raises(PermissionDeniedError):
        signing.revoke_key(ledger, officer, other.public.fingerprint)
    assert signing.revoke_key(ledger, lead, signing.show_fingerprint(other.public.fingerprint))
    assert run_to_end(evidence.verify_job(ledger, export)).verdict is Verdict.UNREGISTERED
    assert ledger.verify().ok


def test_key_files_from_outside_are_refused_when_forged_or_hostile(tmp_path: Path) -> None:
    key = signing.WorkstationKey.generate("CHI-CUC-KCX-02").public
    good = signing.write_public_key(key, tmp_path / "ws.epekey")
    assert signing.read_public_key(good) == key

    data = json.loads(good.read_text("utf-8"))
    data["public_key"] = signing.WorkstationKey.generate("x").public.text
    forged = tmp_path / "forged.epekey"
    forged.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(signing.EvidenceKeyError, match="fingerprint does not match"):
        signing.read_public_key(forged)

    deep = tmp_path / "deep.epekey"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    huge = tmp_path / "huge.epekey"
    huge.write_bytes(b" " * (signing.KEY_FILE_MAX_BYTES + 1) + good.read_bytes())
    fifo = tmp_path / "fifo.epekey"
    os.mkfifo(fifo)
    link = tmp_path / "link.epekey"
    link.symlink_to(good)
    for hostile in (deep, huge, fifo, link, tmp_path / "absent.epekey"):
        with pytest.raises(signing.EvidenceKeyError, match="not an epewall workstation key"):
            signing.read_public_key(hostile)


def test_the_command_line_exports_registers_lists_and_revokes_a_workstation_key(
    no_evidence_key: None,
    registry: Registry,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    qapp: object,  # before the command line, which would make a QCoreApplication otherwise
) -> None:
    key_file = tmp_path / "this.epekey"
    code, out, _err = cli(capsys, monkeypatch, "evidence", "key", "export", str(key_file))
    assert code == 0
    public = signing.read_public_key(key_file)
    shown = signing.show_fingerprint(public.fingerprint)
    assert shown in out

    store = ready_store()
    export = signed_export(
        tiny_replay(tmp_path / "replay.ts"), tmp_path / "export", signing.workstation_key(store), 1
    )
    code, out, _err = cli(capsys, monkeypatch, "evidence", "verify", str(export))
    assert code == 3 and "unregistered workstation" in out

    code, _out, err = cli(
        capsys,
        monkeypatch,
        "evidence",
        "key",
        "register",
        str(key_file),
        "--lead",
        "HQ0107",
        "--pin-stdin",
        stdin=OFFICER_PIN + "\n",
    )
    assert code == 4 and err
    code, out, _err = cli(
        capsys,
        monkeypatch,
        "evidence",
        "key",
        "register",
        str(key_file),
        "--lead",
        "TL01",
        "--pin-stdin",
        stdin=LEAD_PIN + "\n",
    )
    assert code == 0 and shown in out
    code, out, _err = cli(capsys, monkeypatch, "evidence", "key", "list")
    assert code == 0 and shown in out and "TL01" in out
    code, out, _err = cli(capsys, monkeypatch, "evidence", "verify", str(export))
    assert code == 0 and "Evidence verified" in out and "registered with the team" in out

    code, _out, _err = cli(
        capsys,
        monkeypatch,
        "evidence",
        "key",
        "revoke",
        public.fingerprint,
        "--lead",
        "TL01",
        "--pin-stdin",
        stdin=LEAD_PIN + "\n",
    )
    assert code == 0
    code, out, _err = cli(capsys, monkeypatch, "evidence", "verify", str(export))
    assert code == 3
