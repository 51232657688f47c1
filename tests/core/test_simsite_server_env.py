"""Debian's Python runs the simulated site with the system's libraries, also from the frozen
program, whose loader points LD_LIBRARY_PATH at the libraries it carries."""

from __future__ import annotations

import pytest

from app.simsite import site


def test_the_users_library_path_comes_back_for_the_simulated_site() -> None:
    env = site.server_env(
        {"LD_LIBRARY_PATH": "/opt/epewall/_internal", "LD_LIBRARY_PATH_ORIG": "/opt/x", "A": "1"}
    )
    assert env == {"LD_LIBRARY_PATH": "/opt/x", "A": "1"}


def test_a_frozen_program_started_without_a_library_path_gives_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(site.sys, "frozen", True, raising=False)
    assert site.server_env({"LD_LIBRARY_PATH": "/opt/epewall/_internal"}) == {}


def test_a_source_run_keeps_its_environment() -> None:
    assert site.server_env({"LD_LIBRARY_PATH": "/usr/local/lib"}) == {
        "LD_LIBRARY_PATH": "/usr/local/lib"
    }
