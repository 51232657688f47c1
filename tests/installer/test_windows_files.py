"""The Windows installer's promises, read from installer/epewall.iss and installer/build-windows.ps1
(neither can run on Debian; these guard what a later edit could silently break)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "installer" / "epewall.iss").read_text(encoding="utf-8")
PS1 = (ROOT / "installer" / "build-windows.ps1").read_text(encoding="utf-8")


def _iss_code() -> list[str]:
    """The .iss lines that do something (comments and blank lines left out)."""
    return [line for line in ISS.splitlines() if line.strip() and not line.startswith(";")]


def _sections() -> list[str]:
    return [line.strip() for line in _iss_code() if re.fullmatch(r"\[\w+\]", line.strip())]


def test_the_app_id_never_changes_so_upgrades_find_the_installation() -> None:
    assert "AppId={{139E11BA-F40F-471B-91B4-D5A45CB3CAFB}" in _iss_code()


def test_uninstalling_keeps_the_officers_data() -> None:
    assert "[UninstallDelete]" not in _sections()
    assert "[Code]" not in _sections()
    user_folders = re.compile(r"localappdata|userappdata|appdata%|{userdocs}|{commonappdata}", re.I)
    assert [line for line in _iss_code() if user_folders.search(line)] == []
    # What the installer removes before an upgrade is inside the program folder only.
    install_delete = ISS.split("[InstallDelete]")[1].split("\n[")[0]
    names = re.findall(r'Name: "([^"]+)"', install_delete)
    assert names and all(name.startswith("{app}\\") for name in names)


def test_per_machine_64_bit_install_with_the_version_in_the_file_properties() -> None:
    code = _iss_code()
    for line in (
        "PrivilegesRequired=admin",
        "DefaultDirName={autopf}\\{#MyAppName}",
        "ArchitecturesAllowed=x64compatible",
        "ArchitecturesInstallIn64BitMode=x64compatible",
        "VersionInfoVersion={#MyAppVersionNumeric}",
        "AppVersion={#MyAppVersion}",
    ):
        assert line in code, line
    assert any(line.startswith('Name: "{autoprograms}\\') for line in code)
    # The officer, not the administrator, starts it after Setup (their data and keyring).
    (run,) = [line for line in code if line.startswith('Filename: "{app}\\{#MyAppExeName}"')]
    assert "runasoriginaluser" in run


def test_the_build_script_passes_what_the_iss_requires() -> None:
    required = set(re.findall(r"#ifndef (\w+)\s*\n\s*#error", ISS))
    assert required == {"MyAppVersion", "MyAppVersionNumeric", "AppIcon"}
    for name in required:
        assert f'"/D{name}=' in PS1, name
    assert '"/DVietnameseIsl=' in PS1 and "#ifdef VietnameseIsl" in ISS


def test_the_vlc_download_is_pinned_by_version_url_and_sha256() -> None:
    version = re.search(r"^\$VlcVersion = '([\d.]+)'$", PS1, re.M)
    assert version is not None and version.group(1).startswith("3.0.")
    url = re.search(r'^\$VlcUrl = "([^"]+)"$', PS1, re.M)
    assert url is not None
    assert url.group(1) == (
        "https://download.videolan.org/pub/videolan/vlc/$VlcVersion/win64/vlc-$VlcVersion-win64.zip"
    )
    sha = re.search(r"^\$VlcSha256 = '([^']*)'$", PS1, re.M)
    assert sha is not None and re.fullmatch(r"[0-9a-f]{64}", sha.group(1))
    assert "Get-PinnedFile $VlcUrl $zip $VlcSha256" in PS1
    assert "Set-StrictMode -Version Latest" in PS1 and "$ErrorActionPreference = 'Stop'" in PS1


def test_the_build_script_finds_the_ocr_pin_where_the_linux_set_up_keeps_it() -> None:
    # build-windows.ps1 reads RAPIDOCR="..." from installer/setup-debian.sh (Select-String, per
    # line): one pin for both systems.
    pattern = re.search(r"-Pattern '([^']+)'", PS1)
    assert pattern is not None
    setup = (ROOT / "installer" / "setup-debian.sh").read_text(encoding="utf-8")
    found = re.search(pattern.group(1), setup, re.M)
    assert found is not None and found.group(1).startswith("rapidocr-onnxruntime==")
