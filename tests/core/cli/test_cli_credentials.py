"""``epewall credentials`` as a user runs it: a separate process, the real keyring and registry."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import Epe
from app.officers.profiles import Officer, OfficerStore, Role
from app.secrets import CredentialStore
from app.sites.registry import Registry
from tests.helpers.cli import MAIN, REPO, run_epewall
from tests.helpers.keyring import (
    LoginKeyring,
    login_keyring_fixture,
    ready_store,
)

PASSWORD = "Mật khẩu CLI 42!"
EPE_NAME = "Công ty TNHH Điện tử Hòa Bình"
TAX_ID = "3701234562"
LEAD_PIN = "246813"
# A script authorises with the team lead's code and PIN (first line of stdin, before the password).
AS_LEAD = ("--lead", "TL01", "--pin-stdin")
epewall = run_epewall


@pytest.fixture
def store() -> CredentialStore:
    return ready_store()


@pytest.fixture
def login_keyring(store: CredentialStore) -> Iterator[LoginKeyring]:
    yield from login_keyring_fixture()


@pytest.fixture
def epe(epewall_home: Path, store: CredentialStore) -> Iterator[Epe]:
    with Registry() as registry:
        saved = registry.add_epe(Epe(name=EPE_NAME, tax_id=TAX_ID))
        OfficerStore(registry).add_officer(
            None, Officer("TL01", "Trần Văn Lâm", Role.TEAM_LEAD), LEAD_PIN
        )
    yield saved
    store.delete_password(saved.uid)


def _account_user(epe: Epe) -> str:
    assert epe.id is not None
    with Registry() as registry:
        return registry.get_epe(epe.id).account_user


def _no_password_in(result: subprocess.CompletedProcess[str], epewall_home: Path) -> None:
    assert PASSWORD not in result.stdout
    assert PASSWORD not in result.stderr
    for path in epewall_home.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), f"the password leaked into {path}"


def test_set_reads_the_password_from_stdin_and_check_reports_it(
    epe: Epe, store: CredentialStore, epewall_home: Path
) -> None:
    result = epewall(
        "credentials",
        "set",
        EPE_NAME,
        "--user",
        "giamsat01",
        *AS_LEAD,
        stdin=f"{LEAD_PIN}\n{PASSWORD}\nignored third line\n",
    )
    assert result.returncode == 0, result.stderr
    assert "Stored" in result.stdout
    assert "Secret Service (GNOME Keyring)" in result.stdout
    _no_password_in(result, epewall_home)
    assert store.get_password(epe.uid) == PASSWORD
    assert _account_user(epe) == "giamsat01"

    check = epewall("credentials", "check", EPE_NAME)
    assert check.returncode == 0, check.stderr
    assert "a password is stored" in check.stdout
    assert "giamsat01" in check.stdout
    assert "Secret Service (GNOME Keyring)" in check.stdout
    _no_password_in(check, epewall_home)


def test_the_epe_can_be_named_by_its_tax_id(epe: Epe, store: CredentialStore) -> None:
    result = epewall(
        "credentials",
        "set",
        TAX_ID,
        "--user",
        "giamsat01",
        *AS_LEAD,
        stdin=f"{LEAD_PIN}\n{PASSWORD}\r\n",
    )
    assert result.returncode == 0, result.stderr
    assert store.get_password(epe.uid) == PASSWORD  # a Windows line end is not part of it


def test_check_without_a_stored_password_exits_1_and_says_how_to_store_one(epe: Epe) -> None:
    result = epewall("credentials", "check", EPE_NAME)
    assert result.returncode == 1
    assert "no account is stored" in result.stdout
    assert "epewall credentials set" in result.stdout


def test_set_with_nothing_on_stdin_stores_nothing(epe: Epe, store: CredentialStore) -> None:
    result = epewall(
        "credentials", "set", EPE_NAME, "--user", "giamsat01", *AS_LEAD, stdin=f"{LEAD_PIN}\n\n"
    )
    assert result.returncode == 1
    assert "No password on standard input" in result.stderr
    assert "Traceback" not in result.stderr
    assert store.get_password(epe.uid) is None
    assert _account_user(epe) == ""


def test_the_password_cannot_be_given_on_the_command_line(epe: Epe, store: CredentialStore) -> None:
    for argv in (
        ["credentials", "set", EPE_NAME, "--user", "giamsat01", "--password", PASSWORD],
        ["credentials", "set", EPE_NAME, PASSWORD, "--user", "giamsat01"],
    ):
        result = epewall(*argv, stdin="")
        assert result.returncode == 2
        assert "unrecognized arguments" in result.stderr
        assert store.get_password(epe.uid) is None


def test_delete_forgets_the_password_and_the_account(epe: Epe, store: CredentialStore) -> None:
    epewall(
        "credentials",
        "set",
        EPE_NAME,
        "--user",
        "giamsat01",
        *AS_LEAD,
        stdin=f"{LEAD_PIN}\n{PASSWORD}\n",
    )
    result = epewall("credentials", "delete", EPE_NAME, *AS_LEAD, stdin=f"{LEAD_PIN}\n")
    assert result.returncode == 0, result.stderr
    assert "Deleted the password" in result.stdout
    assert store.get_password(epe.uid) is None
    assert _account_user(epe) == ""
    assert epewall("credentials", "check", EPE_NAME).returncode == 1


@pytest.mark.parametrize("command", [["set", "--user", "u"], ["check"], ["delete"]])
def test_an_unknown_epe_exits_2_with_a_clear_message(
    command: list[str], epewall_home: Path
) -> None:
    result = epewall(
        "credentials", command[0], "Không có DNCX này", *command[1:], stdin=PASSWORD + "\n"
    )
    assert result.returncode == 2
    assert 'No EPE is called "Không có DNCX này"' in result.stderr
    assert "Traceback" not in result.stderr
    _no_password_in(result, epewall_home)


def test_check_with_a_locked_keyring_exits_3_and_explains(
    epe: Epe, login_keyring: LoginKeyring
) -> None:
    login_keyring.lock()
    result = epewall("credentials", "check", EPE_NAME)
    set_result = epewall("credentials", "set", EPE_NAME, "--user", "u", stdin=PASSWORD + "\n")
    assert result.returncode == 3
    assert "locked" in result.stderr
    assert "Unlock" in result.stderr
    assert set_result.returncode == 3
    assert "Traceback" not in result.stderr + set_result.stderr


def test_check_without_any_keyring_exits_3_and_explains(epe: Epe, tmp_path: Path) -> None:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-such-bus'}"}
    result = epewall("credentials", "check", EPE_NAME, env=env)
    assert result.returncode == 3
    assert "No system keyring is available" in result.stderr
    assert "Traceback" not in result.stderr


# --- on a terminal: a masked prompt, asked twice --------------------------------------------------


def _run_on_terminal(args: list[str], answers: list[str]) -> tuple[int, str]:
    """Run epewall with a pseudo-terminal as its controlling terminal; answer each prompt."""
    pid, master = pty.fork()
    if pid == 0:  # the child: become epewall
        try:
            os.chdir(REPO)
            os.execv(sys.executable, [sys.executable, "-c", MAIN, "--lang", "en", *args])
        finally:
            os._exit(127)
    screen = b""
    answered_up_to = 0  # getpass flushes input typed before its prompt: answer each prompt once
    pending = list(answers)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                screen += chunk
                if pending and screen.endswith(b": ") and len(screen) > answered_up_to:
                    os.write(master, pending.pop(0).encode() + b"\n")
                    answered_up_to = len(screen)
        else:
            os.kill(pid, 9)
            pytest.fail(f"epewall did not finish on the terminal; it showed {screen!r}")
    finally:
        os.close(master)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), screen.decode("utf-8", "replace")


def test_on_a_terminal_the_password_is_asked_twice_without_echo(
    epe: Epe, store: CredentialStore
) -> None:
    code, screen = _run_on_terminal(
        ["credentials", "set", EPE_NAME, "--user", "giamsat01"],
        ["TL01", LEAD_PIN, PASSWORD, PASSWORD],
    )
    assert code == 0, screen
    assert "Password:" in screen
    assert "Password again:" in screen
    assert "PIN of TL01:" in screen
    assert PASSWORD not in screen, "the password was echoed on the terminal"
    assert LEAD_PIN not in screen, "the team lead's PIN was echoed on the terminal"
    assert store.get_password(epe.uid) == PASSWORD


def test_on_a_terminal_two_different_passwords_store_nothing(
    epe: Epe, store: CredentialStore
) -> None:
    code, screen = _run_on_terminal(
        ["credentials", "set", EPE_NAME, "--user", "giamsat01"],
        ["TL01", LEAD_PIN, PASSWORD, "something else"],
    )
    assert code == 1, screen
    assert "differ" in screen
    assert store.get_password(epe.uid) is None
