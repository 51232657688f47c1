"""Programs epewall starts (Debian's Python for the simulated site, a second epewall for the
demo) get the user's environment, also from the frozen program, whose loader points
LD_LIBRARY_PATH at the libraries it carries."""

from __future__ import annotations

import pytest

from app import processes
from app.simsite import site

FROZEN = {
    "LD_LIBRARY_PATH": "/opt/epewall/_internal",
    "LD_LIBRARY_PATH_ORIG": "/opt/x",
    "_PYI_APPLICATION_HOME_DIR": "/opt/epewall/_internal",
    "_PYI_PARENT_PROCESS_LEVEL": "0",
    "A": "1",
}


def test_a_frozen_programs_child_gets_the_users_library_path_and_starts_afresh() -> None:
    assert processes.child_env(FROZEN, frozen=True) == {
        "LD_LIBRARY_PATH": "/opt/x",
        "A": "1",
        "PYINSTALLER_RESET_ENVIRONMENT": "1",
    }


def test_a_frozen_program_started_without_a_library_path_gives_none() -> None:
    env = processes.child_env({"LD_LIBRARY_PATH": "/opt/epewall/_internal"}, frozen=True)
    assert "LD_LIBRARY_PATH" not in env


def test_a_source_run_keeps_its_environment() -> None:
    assert processes.child_env({"LD_LIBRARY_PATH": "/usr/local/lib"}, frozen=False) == {
        "LD_LIBRARY_PATH": "/usr/local/lib"
    }


def test_the_frozen_simulated_site_writes_no_bytecode_in_the_program_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(site.sys, "frozen", True, raising=False)
    env = site.server_env(FROZEN)
    assert env["LD_LIBRARY_PATH"] == "/opt/x" and env["PYTHONDONTWRITEBYTECODE"] == "1"
