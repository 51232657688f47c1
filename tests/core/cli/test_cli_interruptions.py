"""``epewall interruptions open|list|follow-up|extend|close`` as an officer runs them."""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
from collections.abc import Callable

import pytest

from app.cli import interruptions as cli_interruptions
from app.cli.main import main
from app.rotation.ledger import Ledger
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.clock import Clock
from tests.helpers.interruptions import register_site
from tests.helpers.sites import PIN

Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    now = Clock(dt.datetime(2027, 2, 3, 10, 0, tzinfo=VIETNAM))
    monkeypatch.setattr(cli_interruptions, "clock", now)
    return now


@pytest.fixture
def epewall(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    clock: Clock,
) -> Cli:
    if not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    request.getfixturevalue("qapp")
    with Registry() as registry:
        register_site(registry)

    def run(*args: str, stdin: str = PIN + "\n") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--lang", "en", *args])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return run


def ledger_size() -> int:
    with Registry() as registry:
        return Ledger(registry).count()


OPEN = (
    "interruptions",
    "open",
    "0100233488",
    "--kind",
    "transmission",
    "--cameras",
    "1,3",
    "--started",
    "2027-02-03 08:15",
    "--cause",
    "Đứt cáp quang",
    "--notified",
    "2027-02-03",
    "--doc-no",
    "15/CV-TT",
    "--officer",
    "CB01",
)


def test_open_follow_up_list_and_close(epewall: Cli, clock: Clock) -> None:
    code, out, err = epewall(*OPEN)
    assert (code, err) == (0, "")
    assert "cameras 1,3, due 2027-02-15." in out
    short = out.split()[1].rstrip(":")

    clock.now = dt.datetime(2027, 2, 11, 9, 0, tzinfo=VIETNAM)
    code, out, _ = epewall(
        "interruptions", "follow-up", short, "--note", "Đang kéo cáp mới", "--officer", "CB01"
    )
    assert code == 0 and "Follow-up recorded" in out

    code, out, _ = epewall("interruptions", "list", "--as-of", "2027-02-18")
    (line,) = out.splitlines()
    assert line.startswith(f"{short}  2027-02-15  Overdue  Công ty TNHH Điện tử Tân Thuận")
    assert "3 days overdue" in line
    code, out, _ = epewall("interruptions", "list", "--overdue", "--as-of", "2027-02-15")
    assert (code, out) == (0, "No interruptions.\n")

    code, out, _ = epewall("interruptions", "list", "--csv", "--as-of", "2027-02-18")
    header, row = out.splitlines()
    assert header.startswith("ID,EPE,Tax ID,Cameras,Kind,Began,Deadline")
    assert ",2027-02-15,,Overdue,3,2027-02-11," in row

    clock.now = dt.datetime(2027, 2, 12, 9, 0, tzinfo=VIETNAM)
    code, out, _ = epewall(
        "interruptions", "close", short, "--note", "Đã nối cáp", "--officer", "CB01"
    )
    assert code == 0 and "Closed" in out
    size = ledger_size()
    code, _, err = epewall("interruptions", "close", short, "--note", "lại", "--officer", "CB01")
    assert code == 2 and "already closed" in err and "Nothing was changed" in err
    assert ledger_size() == size


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({2: "Công ty Không Có"}, "No EPE named"),
        ({6: "1,9"}, "no camera number 9"),
        ({8: "2027-02-03 11:00"}, "future"),
        ({8: "3/2/2027"}, "YYYY-MM-DD HH:MM"),
        ({10: " "}, "cause"),
        ({16: "NOBODY"}, "No officer"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(
    epewall: Cli, change: dict[int, str], message: str
) -> None:
    args = list(OPEN)
    for index, value in change.items():
        args[index] = value
    size = ledger_size()
    code, out, err = epewall(*args)
    assert code == 2 and message in err and out == ""
    assert ledger_size() == size


def test_a_missing_note_and_a_wrong_pin(epewall: Cli) -> None:
    code, out, _ = epewall(*OPEN)
    short = out.split()[1].rstrip(":")
    size = ledger_size()
    code, _, err = epewall("interruptions", "follow-up", short, "--note", "", "--officer", "CB01")
    assert code == 2 and "note" in err
    code, _, err = epewall("interruptions", "follow-up", short, "--officer", "CB01")
    assert code == 2 and "note" in err
    assert ledger_size() == size
    code, _, err = epewall(
        "interruptions", "follow-up", short, "--note", "x", "--officer", "CB01", stdin="000000\n"
    )
    assert code == 4
    size += 1  # the failed login is audited, nothing else
    code, _, err = epewall(
        "interruptions", "follow-up", "deadbeef", "--note", "x", "--officer", "CB01"
    )
    assert code == 2 and "No interruption" in err
    assert ledger_size() == size
