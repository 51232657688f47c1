"""``epewall coverage`` and ``epewall log verify|export|import|key`` as a team lead runs them."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from app import paths
from app.cli.main import main
from app.domain import Epe, RiskLevel
from app.officers.profiles import Officer, OfficerStore, Role
from app.rotation.checks import CheckReason, CheckResult, CheckService, Findings
from app.sites.registry import Registry
from tests.helpers.keyring import require_throwaway_keyring

Cli = Callable[..., tuple[int, str, str]]
AS_LEAD = ("--lead", "TL01", "--pin-stdin")  # the team lead's PIN first on standard input


@pytest.fixture
def epewall(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Cli:
    """``epewall --lang en ARGS`` in this process, ``stdin`` as standard input (not a
    terminal): (exit code, stdout, stderr). ``qapp`` first, as in test_cli_sites."""
    if not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    request.getfixturevalue("qapp")

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--lang", "en", *args])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return run


def workstation(officer_code: str, officer_name: str, checks: list[tuple[int, int, str]]) -> None:
    """Fill the registry of the current EPEWALL_HOME: a lead, an officer, three EPEs and the
    officer's checks as (EPE index, day of November 2026, result)."""
    now = [dt.datetime(2026, 11, 2, 2, 0, tzinfo=dt.UTC)]
    with Registry() as registry:
        store = OfficerStore(registry, lambda: now[0])
        lead = store.add_officer(None, Officer("TL01", "Trần Văn Lâm", Role.TEAM_LEAD), "246813")
        officer = store.add_officer(
            lead, Officer(officer_code, officer_name, Role.OFFICER), "135724"
        )
        epes = [
            registry.add_epe(Epe(name, tax_id, risk_level=risk))
            for name, tax_id, risk in (
                ("Công ty Alpha", "0100233488", RiskLevel.HIGH),
                ("Công ty Beta", "0100109106", RiskLevel.LOW),
                ("Công ty Gamma", "1000000019", RiskLevel.LOW),
            )
        ]
        service = CheckService(registry, clock=lambda: now[0])
        for index, day, result in checks:
            now[0] = dt.datetime(2026, 11, day, 2, 0, tzinfo=dt.UTC)
            reason = CheckReason.PLANNED if day < 20 else CheckReason.RISK_LIST
            session = service.start_check(officer, epes[index].id or 0, reason)
            now[0] += dt.timedelta(minutes=10)
            session.end(Findings(CheckResult(result), "" if result == "normal" else "cổng mở"))


def test_coverage_prints_the_month_table_and_csv(epewall: Cli, tmp_path: Path) -> None:
    workstation("CB01", "Lê Thị Hoa", [(0, 3, "normal"), (0, 24, "irregularity"), (1, 5, "normal")])
    code, out, err = epewall("coverage", "--month", "2026-11")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Coverage of 2026-11: 2 of 3 EPEs checked (67%), 3 checks."
    assert lines[2].split() == [
        "EPE",
        "Tax",
        "ID",
        "Risk",
        "Done/planned",
        "Last",
        "check",
        "Result",
        "Officer",
    ]
    # The EPE nobody checked comes first.
    assert lines[4].split() == ["Công", "ty", "Gamma", "1000000019", "Low", "0/0", "NOT", "CHECKED"]
    assert lines[5].split() == [
        "Công",
        "ty",
        "Alpha",
        "0100233488",
        "High",
        "2/0",
        "2026-11-24",
        "Irregularity",
        "Lê",
        "Thị",
        "Hoa",
    ]
    hoa = next(line for line in lines if line.startswith("Lê Thị Hoa"))
    # 3 checks, 1 unscheduled, 1 outside working time (24 November is Vietnam Cultural Day),
    # 2 EPEs, no plan.
    assert hoa.split()[3:] == ["CB01", "3", "1", "1", "2", "0/0"]

    code, out, _err = epewall("coverage", "--month", "2026-11", "--risk", "high")
    assert "1 of 1 EPEs checked (100%), 2 checks." in out and "Gamma" not in out

    target = tmp_path / "coverage.csv"
    code, out, err = epewall("coverage", "--month", "2026-11", "--csv", "-o", str(target))
    assert (code, out, err) == (0, "", "")
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("\ufeffEPE,Tax ID,Risk level")
    assert "Công ty Alpha,\t0100233488,High,2,0,0,2026-11-24,Irregularity,Lê Thị Hoa," in text

    code, out, _err = epewall("coverage", "--month", "2026-11", "--checks")
    assert code == 0 and len(out.splitlines()) == 4
    assert "2026-11-24 09:00,2026-11-24 09:10,Công ty Alpha" in out

    code, out, err = epewall("coverage", "--month", "November")
    assert (code, out) == (2, "") and "year-month" in err
    code, out, _err = epewall("coverage", "--month", "2026-10")
    assert code == 0 and "0 of 3 EPEs checked (0%)" in out


def test_log_verify_names_the_first_broken_link(epewall: Cli) -> None:
    workstation("CB01", "Lê Thị Hoa", [(0, 3, "normal"), (1, 4, "normal"), (2, 5, "normal")])
    code, out, err = epewall("log", "verify")
    assert (code, err) == (0, "")
    # Two profiles created, three checks (then a sealing checkpoint if a team key is here).
    assert out.startswith("The log is intact: 5 records checked.\n")

    with closing(sqlite3.connect(paths.database_path())) as conn:
        conn.execute("DROP TRIGGER ledger_no_update")
        conn.execute(
            "UPDATE ledger SET payload = replace(payload, '\"normal\"', "
            "'\"irregularity\"') WHERE seq = 5"
        )
        record_id = conn.execute("SELECT record_id FROM ledger WHERE seq = 5").fetchone()[0]
        conn.commit()
    code, out, err = epewall("log", "verify")
    assert code == 1
    assert out.startswith(
        f"The log was altered. First broken link: record 5 (ID {record_id}). "
        "This record was changed after it was written. The 4 records before "
        "it are intact."
    )


def test_export_and_import_between_workstations(
    epewall: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    require_throwaway_keyring()
    lead_home, officer_home = tmp_path / "lead", tmp_path / "officer"
    monkeypatch.setenv("EPEWALL_HOME", str(lead_home))
    workstation("CB09", "Ngô Văn Tư", [(1, 6, "normal")])
    code, out, err = epewall("log", "key", "new", *AS_LEAD, stdin="246813\n")
    assert (code, err) == (0, "")
    key_text = out.splitlines()[1]
    fingerprint = out.splitlines()[2]
    assert len(key_text.replace(" ", "")) == 64 and fingerprint.startswith("Team key fingerprint")

    monkeypatch.setenv("EPEWALL_HOME", str(officer_home))
    workstation("CB01", "Lê Thị Hoa", [(0, 3, "normal"), (2, 4, "suspected_violation")])
    code, out, err = epewall("log", "key", "set", *AS_LEAD, stdin=f"246813\n{key_text}\n")
    assert (code, out.strip(), err) == (0, fingerprint, "")
    exported = tmp_path / "hoa-2026-11.epelog"
    code, out, err = epewall(
        "log",
        "export",
        "--officer",
        "CB01",
        "--month",
        "2026-11",
        "-o",
        str(exported),
        stdin="0000\n",
    )
    assert code == 4 and "wrong PIN" in err and not exported.exists()
    code, out, err = epewall(
        "log",
        "export",
        "--officer",
        "cb01",
        "--month",
        "2026-11",
        "-o",
        str(exported),
        stdin="135724\n",
    )
    assert (code, err) == (0, "")
    # Besides the checks, the officer's audit events of the month (logins) when that is now.
    written = re.fullmatch(
        rf"Wrote {re.escape(str(exported))}: 2 checks, (\d+) records of "
        r"2026-11.\n",
        out,
    )
    assert written is not None
    records = int(written[1])

    monkeypatch.setenv("EPEWALL_HOME", str(lead_home))
    code, out, err = epewall("log", "import", "--officer", "CB09", str(exported), stdin="135724\n")
    assert code == 4 and "Your role does not allow this" in err
    tampered = tmp_path / "tampered.epelog"
    tampered.write_text(
        exported.read_text(encoding="utf-8").replace("suspected_violation", "normal"),
        encoding="utf-8",
    )
    code, out, err = epewall(
        "log",
        "import",
        "--officer",
        "TL01",
        str(exported),
        str(tampered),
        str(exported),
        stdin="246813\n",
    )
    assert code == 1
    assert out.splitlines() == [
        f"Imported hoa-2026-11.epelog (CB01, 2026-11): {records} new records (2 checks), "
        "0 already here.",
        f"Imported hoa-2026-11.epelog (CB01, 2026-11): 0 new records (0 checks), {records} "
        "already here.",
    ]
    assert err.startswith(f"tampered.epelog was refused: record 2 of {records} was changed")
    code, out, _err = epewall("coverage", "--month", "2026-11")
    assert "3 of 3 EPEs checked (100%), 3 checks." in out
    assert "Suspected violation" in out
    code, out, _err = epewall("log", "verify")
    assert code == 0


def test_export_without_a_team_key_says_how_to_get_one(
    epewall: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The command line refuses by the same rule as the coverage window, and tells the officer
    where the key comes from. The session's keyring already holds a team key from other tests and
    offers no way to remove one, so the look-up alone answers "none" here."""
    from app.secrets import CredentialStore

    monkeypatch.setattr(CredentialStore, "get_team_key", lambda self: None)
    monkeypatch.setenv("EPEWALL_HOME", str(tmp_path / "home"))
    workstation("CB01", "Lê Thị Hoa", [(0, 3, "normal")])
    exported = tmp_path / "hoa.epelog"
    code, out, err = epewall(
        "log",
        "export",
        "--officer",
        "CB01",
        "--month",
        "2026-11",
        "-o",
        str(exported),
        stdin="135724\n",
    )
    assert code == 3 and "no team key" in err and "epewall log key set" in err
    assert not exported.exists()
    code, out, err = epewall("log", "key", "show")
    assert code == 1 and "no team key" in out
