"""Shared test set-up: every test gets its own EPEWALL_HOME, never the real user folders, and
``registry``, the registry file in it (a test that needs another registry defines its own)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.sites.registry import Registry

pytest_plugins = ["tests.helpers.sim_fixtures"]


@pytest.fixture(autouse=True)
def epewall_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "epewall-home"
    home.mkdir()
    monkeypatch.setenv("EPEWALL_HOME", str(home))
    yield home


@pytest.fixture
def registry(epewall_home: Path) -> Iterator[Registry]:
    """The registry of the test's own data folder: a file, with its WAL, as the app opens it
    (so a test can grep the folder for what must not be there)."""
    reg = Registry()
    yield reg
    reg.close()


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """Tests that switch the app to Vietnamese (as a real start does) must not leave it so for
    the tests after them, which read the English source strings."""
    from PySide6.QtCore import QLocale

    from app import i18n

    locale = QLocale()
    yield
    if i18n.has_translators():
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication

        # The test's windows are closed but may wait for deletion, with their registry already
        # closed: delete them before the language change reaches them.
        for widget in QApplication.topLevelWidgets():
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        i18n.uninstall()
    QLocale.setDefault(locale)
