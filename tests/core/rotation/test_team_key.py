"""The team key comes from this workstation's keyring (the real Secret Service that
installer/headless.sh starts); without one, log files can be neither signed nor checked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import cast

import pytest

from app.domain import Epe
from app.officers.profiles import Officer, OfficerStore, Role
from app.rotation.checks import CheckResult, CheckService, Findings
from app.rotation.log_exchange import ImportSummary, LogFileError, new_team_key, read_log_file
from app.rotation.team_key import export_my_log, import_team_logs, stored_team_key
from app.secrets import CredentialStore
from app.sites.registry import Registry
from app.timekeeping import Month

NOVEMBER = Month(2026, 11)


class NoTeamKey:
    """A keyring that holds no team key. The real one cannot be emptied again (epewall has no
    "forget the team key"), so this one case stands in for it at the store's boundary."""

    def get_team_key(self) -> str | None:
        return None


@pytest.fixture
def team_key() -> str:
    key = new_team_key()
    CredentialStore().set_team_key(key)  # the headless run's throw-away keyring
    return key


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    with Registry(tmp_path / "registry.sqlite") as registry:
        yield registry


def test_an_officers_log_is_signed_and_checked_with_the_key_in_the_keyring(
    registry: Registry, tmp_path: Path, team_key: str
) -> None:
    def clock() -> dt.datetime:
        return dt.datetime(2026, 11, 3, 2, 0, tzinfo=dt.UTC)

    officers = OfficerStore(registry, clock)
    lead = officers.add_officer(None, Officer("TL01", "Trần Văn Lâm", Role.TEAM_LEAD), "246813")
    hoa = officers.add_officer(lead, Officer("CB01", "Lê Thị Hoa", Role.OFFICER), "135724")
    epe = registry.add_epe(Epe("Công ty Alpha", "0100233488"))
    CheckService(registry, clock=clock).start_check(hoa, epe.id or 0).end(
        Findings(CheckResult.NORMAL)
    )
    store = CredentialStore()
    assert stored_team_key(store) == bytes.fromhex(team_key)

    summary = export_my_log(registry, store, hoa, NOVEMBER, tmp_path / "hoa.epelog")
    assert summary.checks == 1
    assert read_log_file(summary.path, bytes.fromhex(team_key)).header["officer"] == "CB01"

    with Registry(tmp_path / "lead.sqlite") as here:
        here_lead = OfficerStore(here, clock).add_officer(
            None, Officer("TL01", "Trần Văn Lâm", Role.TEAM_LEAD), "246813"
        )
        [(_path, result)] = list_result(import_team_logs(here, store, here_lead, [summary.path]))
        assert isinstance(result, ImportSummary) and result.checks_added == 1


def test_without_a_team_key_nothing_is_signed_and_the_officer_is_told_whom_to_ask(
    registry: Registry, tmp_path: Path
) -> None:
    store = cast(CredentialStore, NoTeamKey())
    with pytest.raises(LogFileError, match="Ask the team lead") as refused:
        stored_team_key(store)
    assert refused.value.kind == "no_key"
    officer = Officer("CB01", "Lê Thị Hoa", Role.OFFICER, id=1)
    with pytest.raises(LogFileError, match="no team key"):
        export_my_log(registry, store, officer, NOVEMBER, tmp_path / "hoa.epelog")
    assert not (tmp_path / "hoa.epelog").exists()
    with pytest.raises(LogFileError, match="no team key"):
        list_result(import_team_logs(registry, store, officer, [tmp_path / "x.epelog"]))


def list_result(
    steps: Generator[tuple[int, int, str], None, list[tuple[Path, ImportSummary | str]]],
) -> list[tuple[Path, ImportSummary | str]]:
    """Run a worker body to its end, as ``app.workers.Job`` does: its return value."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            result: list[tuple[Path, ImportSummary | str]] = done.value
            return result
