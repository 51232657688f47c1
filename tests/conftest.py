"""Shared test set-up: every test gets its own EPEWALL_HOME, never the real user folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["tests.sim_fixtures"]


@pytest.fixture(autouse=True)
def epewall_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "epewall-home"
    home.mkdir()
    monkeypatch.setenv("EPEWALL_HOME", str(home))
    yield home
