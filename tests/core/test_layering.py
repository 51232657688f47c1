"""STYLE.md's layers: app/ never loads QtGui/QtWidgets; only app/secrets.py talks to the keyring."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Runs in a fresh interpreter: this test process has pytest-qt loaded, which imports QtGui itself.
IMPORT_EVERY_APP_MODULE = r"""
import importlib, json, sys, traceback
from pathlib import Path

GUI = ("PySide6.QtWidgets", "PySide6.QtGui")
root = Path(sys.argv[1])
names = sorted(
    ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
    for path in (root / "app").rglob("*.py")
)
report = {"modules": names, "failed": {}, "gui": {}, "gi": []}
for name in names:
    before = set(sys.modules)
    try:
        importlib.import_module(name)
    except BaseException:
        report["failed"][name] = traceback.format_exc()[-1500:]
    loaded = set(sys.modules) - before
    gui = sorted(m for m in loaded if m in GUI)
    if gui:
        report["gui"][name] = gui
    if "gi" in loaded:
        report["gi"].append(name)
print(json.dumps(report))
"""


def test_every_app_module_imports_without_qtgui_qtwidgets_or_gi() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERY_APP_MODULE, str(REPO)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "app.secrets" in report["modules"]
    assert "app.simsite.serve" in report["modules"]
    assert report["failed"] == {}, "\n".join(
        f"{name}:\n{trace}" for name, trace in report["failed"].items()
    )
    assert report["gui"] == {}, f"app/ modules that load QtGui/QtWidgets: {report['gui']}"
    # GStreamer's bindings load only when the simulated site really starts.
    assert report["gi"] == [], f"app/ modules that import gi at import time: {report['gi']}"


SIMSITE_IMPORT = re.compile(
    r"^\s*(?:import\s+app\.simsite\b|from\s+app\.simsite\b|from\s+app\s+import\s+.*\bsimsite\b)",
    re.MULTILINE,
)
# The simulator is a test fixture and the demo, never part of what officers run: only the
# ``epewall sim`` command (app/cli/sim.py) and the demo may start it.
MAY_IMPORT_THE_SIMULATOR = ["app/cli/sim.py", "app/sites/demo.py", "widgets/application.py"]


def test_product_code_does_not_import_the_simulator() -> None:
    sources = sorted([*(REPO / "app").rglob("*.py"), *(REPO / "widgets").rglob("*.py")])
    simulator = REPO / "app" / "simsite"
    users = sorted(
        str(path.relative_to(REPO))
        for path in sources
        if not path.is_relative_to(simulator)
        and SIMSITE_IMPORT.search(path.read_text(encoding="utf-8"))
    )
    assert users == MAY_IMPORT_THE_SIMULATOR


def test_the_simulator_import_check_recognises_imports() -> None:
    for text in (
        "from app.simsite.site import SimulatedSite\n",
        "import app.simsite.serve\n",
        "        from app.simsite import site as simsite\n",
        "from app import paths, simsite\n",
    ):
        assert SIMSITE_IMPORT.search(text), text
    for text in (
        "from app.sites import demo\n",
        "# app.simsite is the simulator\n",
        "from app.media.block_clock import read_picture\n",
    ):
        assert not SIMSITE_IMPORT.search(text), text


KEYRING_IMPORT = re.compile(
    r"^\s*(?:import|from)\s+(?:keyring|secretstorage)\b"
    r"|import_module\(\s*['\"](?:keyring|secretstorage)"
    r"|__import__\(\s*['\"](?:keyring|secretstorage)",
    re.MULTILINE,
)


def test_only_app_secrets_talks_to_the_keyring() -> None:
    sources = sorted([*(REPO / "app").rglob("*.py"), *(REPO / "widgets").rglob("*.py")])
    assert REPO / "app" / "secrets.py" in sources
    users = sorted(
        str(path.relative_to(REPO))
        for path in sources
        if KEYRING_IMPORT.search(path.read_text(encoding="utf-8"))
    )
    assert users == ["app/secrets.py"]


def test_the_keyring_import_check_recognises_imports() -> None:
    for text in (
        "import keyring\n",
        "from keyring.backends import SecretService\n",
        "    import secretstorage\n",
        "importlib.import_module('keyring')\n",
    ):
        assert KEYRING_IMPORT.search(text), text
    for text in (
        "import keyring_banner\n",
        "from app.secrets import CredentialStore\n",
        "# the keyring is imported elsewhere\n",
    ):
        assert not KEYRING_IMPORT.search(text), text


# What a widget may not do with the database: open it, reach for its handle or write SQL.
DATABASE_USE = re.compile(
    r"^\s*(?:import|from)\s+(?:sqlite3|sqlite_utils)\b"
    r"|\.database\(\)|\.execute(?:many|script)?\("
    r"|\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE TABLE)\s",
    re.MULTILINE,
)


def test_widgets_hold_no_sql() -> None:
    sources = sorted((REPO / "widgets").rglob("*.py"))
    assert REPO / "widgets" / "main_window.py" in sources
    users = sorted(
        str(path.relative_to(REPO))
        for path in sources
        if DATABASE_USE.search(path.read_text(encoding="utf-8"))
    )
    assert users == []


def test_the_sql_check_recognises_database_use() -> None:
    for text in (
        "import sqlite3\n",
        "with registry.database() as db:\n",
        "db.execute('x')\n",
        '"SELECT id FROM checks"\n',
        "from sqlite_utils import Database\n",
    ):
        assert DATABASE_USE.search(text), text
    for text in (
        "self.table.select_row(0)\n",
        "# Select a row, then update the view\n",
        "from app.storage.database import RegistryError\n",
    ):
        assert not DATABASE_USE.search(text), text
