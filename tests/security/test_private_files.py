"""Attack: another account on the workstation copies the registry (PIN hashes, the check log) or
reads the log and exports, then tries PINs offline.

What must hold: epewall's folders are the user's only (0700) and the files it writes there and
exports are 0600, even under a lax umask, and a registry an older version left readable becomes
private when it is opened.
"""

from __future__ import annotations

import stat
from pathlib import Path

from app.sites.registry import Registry
from tests.helpers.cli import run_epewall


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_folders_registry_log_and_exports_are_private(epewall_home: Path, tmp_path: Path) -> None:
    export = tmp_path / "sites.csv"
    result = run_epewall("sites", "export", "-o", str(export), umask=0o022)
    assert result.returncode == 0, result.stderr
    folders = [epewall_home, *(epewall_home / kind for kind in ("data", "config", "log"))]
    for folder in folders:
        assert _mode(folder) == 0o700, folder
    registry = epewall_home / "data" / "epewall.sqlite3"
    files = [registry, epewall_home / "log" / "epewall.log", export]
    for file in files:
        assert _mode(file) == 0o600, file


def test_a_registry_left_readable_by_others_is_made_private(epewall_home: Path) -> None:
    Registry().close()
    registry = epewall_home / "data" / "epewall.sqlite3"
    registry.chmod(0o644)
    (epewall_home / "data").chmod(0o755)
    result = run_epewall("sites", "list", umask=0o022)
    assert result.returncode == 0, result.stderr
    assert _mode(epewall_home / "data") == 0o700
    assert _mode(registry) == 0o600
