"""The version Windows shows in epewall.exe's Properties comes from pyproject.toml, through the
version resource installer/windows_version.py writes for PyInstaller (checked here with
PyInstaller's own classes, which the spec uses on Windows)."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import windows_version  # noqa: E402

sys.path.remove(str(ROOT / "installer"))


@pytest.fixture
def versioninfo(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """PyInstaller's version-resource module. It imports pefile and win32api at the top for
    reading and writing an .exe (Windows only); its classes and their binary form use neither."""
    import PyInstaller.compat

    if importlib.util.find_spec("pefile") is None:
        monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    if not hasattr(PyInstaller.compat, "win32api"):
        monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    return importlib.import_module("PyInstaller.utils.win32.versioninfo")


def test_the_exe_resource_carries_pyprojects_version_as_text_and_numbers(
    versioninfo: types.ModuleType, tmp_path: Path
) -> None:
    path = windows_version.write(tmp_path / "windows_version.txt")
    info = versioninfo.load_version_info_from_text_file(str(path))

    version = windows_version.project_version()
    ffi = info.ffi
    shown = (ffi.fileVersionMS >> 16, ffi.fileVersionMS & 0xFFFF)
    shown += (ffi.fileVersionLS >> 16, ffi.fileVersionLS & 0xFFFF)
    assert shown == windows_version.numeric_version(version)
    assert ffi.productVersionMS == ffi.fileVersionMS
    assert ffi.productVersionLS == ffi.fileVersionLS
    (string_info,) = [kid for kid in info.kids if isinstance(kid, versioninfo.StringFileInfo)]
    (table,) = string_info.kids
    strings = {s.name: s.val for s in table.kids}
    assert strings["FileVersion"] == strings["ProductVersion"] == version
    assert strings["OriginalFilename"] == "epewall.exe"
    assert strings["ProductName"] == "epewall"
    # The description keeps its Vietnamese letter (Decision 247/QĐ-TCHQ).
    assert "247/QĐ-TCHQ" in strings["FileDescription"]


def test_the_spec_can_take_the_resource_as_an_object(versioninfo: types.ModuleType) -> None:
    info = windows_version.version_info()
    assert isinstance(info, versioninfo.VSVersionInfo)


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.0.1.7", (2, 0, 1, 7)),
        ("0.3.0rc1", (0, 3, 0, 0)),
        ("1.4.dev2", (1, 4, 0, 0)),
    ],
)
def test_numeric_version_is_the_release_part_in_four_numbers(
    version: str, numbers: tuple[int, int, int, int]
) -> None:
    assert windows_version.numeric_version(version) == numbers


@pytest.mark.parametrize("version", ["1.2.3.4.5", "1.70000", "beta"])
def test_a_version_windows_cannot_show_is_refused(version: str) -> None:
    with pytest.raises(ValueError, match="version"):
        windows_version.numeric_version(version)


def test_a_version_that_disagrees_with_the_program_stops_the_build(tmp_path: Path) -> None:
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text('__version__ = "9.9.9"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"app/__init__.py says 9\.9\.9"):
        windows_version.project_version(tmp_path)


def test_the_build_script_reads_the_versions_from_the_command_line() -> None:
    run = [sys.executable, str(ROOT / "installer" / "windows_version.py"), "--print"]
    version = subprocess.run([*run, "version"], capture_output=True, text=True, check=True)
    numeric = subprocess.run([*run, "numeric"], capture_output=True, text=True, check=True)
    assert version.stdout.strip() == windows_version.project_version()
    assert numeric.stdout.strip().count(".") == 3
