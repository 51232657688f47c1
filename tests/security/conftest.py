"""What every attack test needs: the registry of the test's own data folder (a file, with its
WAL, so that a test can grep the folder for what must not be there)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.sites.registry import Registry


@pytest.fixture
def registry(epewall_home: Path) -> Iterator[Registry]:
    reg = Registry()
    yield reg
    reg.close()
