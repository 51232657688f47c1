"""Attack: someone at the workstation's terminal, without logging in (or as a plain officer),
replaces an EPE's password, repoints its recorder to a host they control or changes the team key;
or promotes an officer to team lead by editing the registry file.

What must hold: those commands need a team lead's PIN (asked without echo on a terminal,
``--pin-stdin`` for scripts, refused without either), nothing changes when refused, a wrong PIN
counts towards the lock-out, what a lead does is in the audit trail under their code, and a role
edited into the officers table is flagged by ``log verify`` and cannot authorise anything.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from app import paths
from app.domain import Epe
from app.evidence import signing
from app.officers.profiles import Officer, OfficerStore, Role
from app.recorders.store import load_recorder
from app.rotation.ledger import Ledger, RecordKind
from app.secrets import CredentialStore
from app.sites.registry import Registry
from tests.helpers.cli import run_epewall
from tests.helpers.keyring import ready_store

LEAD_PIN = "246813"
OFFICER_PIN = "135724"
PASSWORD = "Mật khẩu thật 7!"
ATTACKER_PASSWORD = "do-not-store-me"
EPE_NAME = "Công ty TNHH Điện tử Hòa Bình"
TAX_ID = "3701234562"
RECORDER = ("--kind", "hikvision", "--host", "203.0.113.9")


@pytest.fixture
def store() -> CredentialStore:
    return ready_store()


@pytest.fixture
def epe(epewall_home: Path, store: CredentialStore) -> Iterator[Epe]:
    with Registry() as registry:
        saved = registry.add_epe(Epe(name=EPE_NAME, tax_id=TAX_ID, account_user="giamsat01"))
        officers = OfficerStore(registry)
        lead = officers.add_officer(None, Officer("TL01", "Trần Văn Lâm", Role.TEAM_LEAD), LEAD_PIN)
        officers.add_officer(lead, Officer("CB01", "Lê Thị Hoa", Role.OFFICER), OFFICER_PIN)
    store.set_password(saved.uid, PASSWORD)
    yield saved
    store.delete_password(saved.uid)


def _audit(action: str) -> list[dict[str, Any]]:
    with Registry() as registry:
        return [
            r.payload
            for r in Ledger(registry).records(RecordKind.AUDIT)
            if r.payload["action"] == action
        ]


def _nothing_changed(epe: Epe, store: CredentialStore) -> None:
    assert store.get_password(epe.uid) == PASSWORD
    with Registry() as registry:
        assert epe.id is not None
        assert registry.get_epe(epe.id).account_user == "giamsat01"
        assert load_recorder(registry, epe.id) is None
    assert _audit("credential_changed") == [] and _audit("recorder_changed") == []


CHANGES = [
    (["credentials", "set", EPE_NAME, "--user", "attacker"], f"{ATTACKER_PASSWORD}\n"),
    (["credentials", "delete", EPE_NAME], ""),
    (["playback", "recorder", EPE_NAME, *RECORDER], ""),
    (["log", "key", "new"], ""),
]


@pytest.mark.parametrize(("argv", "stdin"), CHANGES, ids=["set", "delete", "recorder", "key"])
def test_without_a_team_lead_pin_nothing_changes(
    argv: list[str], stdin: str, epe: Epe, store: CredentialStore
) -> None:
    team_key = store.get_team_key()
    result = run_epewall(*argv, stdin=stdin)
    assert result.returncode == 4, result.stdout + result.stderr
    assert "needs a team lead's PIN" in result.stderr
    assert "--pin-stdin" in result.stderr
    _nothing_changed(epe, store)
    assert store.get_team_key() == team_key


@pytest.mark.parametrize(("argv", "stdin"), CHANGES, ids=["set", "delete", "recorder", "key"])
def test_an_officer_or_a_wrong_pin_is_refused_and_counted(
    argv: list[str], stdin: str, epe: Epe, store: CredentialStore
) -> None:
    as_officer = run_epewall(
        *argv, "--lead", "CB01", "--pin-stdin", stdin=f"{OFFICER_PIN}\n{stdin}"
    )
    assert as_officer.returncode == 4
    assert "Your role does not allow this" in as_officer.stderr
    wrong = run_epewall(*argv, "--lead", "TL01", "--pin-stdin", stdin=f"000000\n{stdin}")
    assert wrong.returncode == 4
    assert "wrong PIN" in wrong.stderr
    _nothing_changed(epe, store)
    with Registry() as registry:
        lead = OfficerStore(registry).find_officer("TL01")
    assert lead is not None and lead.failed_attempts == 1  # the lock-out counts CLI guesses


def test_a_team_lead_changes_them_and_the_audit_trail_says_who(
    epe: Epe, store: CredentialStore
) -> None:
    lead = ("--lead", "TL01", "--pin-stdin")
    done = run_epewall(
        "credentials",
        "set",
        EPE_NAME,
        "--user",
        "giamsat02",
        *lead,
        stdin=f"{LEAD_PIN}\n{PASSWORD}2\n",
    )
    assert done.returncode == 0, done.stderr
    assert store.get_password(epe.uid) == PASSWORD + "2"
    done = run_epewall("playback", "recorder", EPE_NAME, *RECORDER, *lead, stdin=f"{LEAD_PIN}\n")
    assert done.returncode == 0, done.stderr
    changed = _audit("credential_changed")
    assert [(c["officer"], c["details"]["change"]) for c in changed] == [("TL01", "epe_account")]
    repointed = _audit("recorder_changed")
    assert repointed[0]["officer"] == "TL01"
    assert repointed[0]["details"]["host"] == "203.0.113.9"
    assert LEAD_PIN not in done.stdout + done.stderr


def test_a_role_edited_into_the_table_is_flagged_and_authorises_nothing(
    epe: Epe, store: CredentialStore
) -> None:
    assert run_epewall("log", "verify").returncode == 0
    with closing(sqlite3.connect(paths.database_path())) as conn:
        conn.execute("UPDATE officers SET role = 'team_lead' WHERE code = 'CB01'")
        conn.commit()
    verify = run_epewall("log", "verify")
    assert verify.returncode == 1
    assert "gives CB01 the role Team lead, but the log records Officer" in verify.stdout
    promoted = run_epewall(
        "playback",
        "recorder",
        EPE_NAME,
        *RECORDER,
        "--lead",
        "CB01",
        "--pin-stdin",
        stdin=f"{OFFICER_PIN}\n",
    )
    assert promoted.returncode == 4
    assert "changed outside epewall" in promoted.stderr
    _nothing_changed(epe, store)


def test_a_role_edited_into_the_table_cannot_register_an_evidence_key(
    epe: Epe, store: CredentialStore, tmp_path: Path
) -> None:
    # Registering a workstation key decides whose evidence verifies: the same team-lead rule as
    # the other changing commands, the audit trail's role included.
    forged = signing.write_public_key(
        signing.WorkstationKey.generate("ATTACKER-PC").public, tmp_path / "attacker.key"
    )
    with closing(sqlite3.connect(paths.database_path())) as conn:
        conn.execute("UPDATE officers SET role = 'team_lead' WHERE code = 'CB01'")
        conn.commit()
    promoted = run_epewall(
        "evidence",
        "key",
        "register",
        str(forged),
        "--lead",
        "CB01",
        "--pin-stdin",
        stdin=f"{OFFICER_PIN}\n",
    )
    assert promoted.returncode == 4
    assert "changed outside epewall" in promoted.stderr
    with Registry() as registry:
        assert signing.registered_keys(Ledger(registry)) == {}
