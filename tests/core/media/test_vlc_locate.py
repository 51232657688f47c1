"""The frozen Windows program points python-vlc at its own ``vlc/`` folder; nothing else does."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.media import vlc_locate


def _program(tmp_path: Path, with_dll: bool = True) -> Path:
    plugins = tmp_path / "vlc" / "plugins"
    plugins.mkdir(parents=True)
    if with_dll:
        (tmp_path / "vlc" / "libvlc.dll").write_bytes(b"MZ")
        (tmp_path / "vlc" / "libvlccore.dll").write_bytes(b"MZ")
    return tmp_path


def test_a_frozen_windows_program_uses_the_vlc_folder_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    added: list[str] = []
    monkeypatch.setattr(vlc_locate.os, "add_dll_directory", added.append, raising=False)
    environ: dict[str, str] = {}
    folder = vlc_locate.prepare(
        platform="win32", frozen=True, program_dir=_program(tmp_path), environ=environ
    )
    assert folder == tmp_path / "vlc"
    assert environ == {
        "PYTHON_VLC_LIB_PATH": str(tmp_path / "vlc" / "libvlc.dll"),
        "PYTHON_VLC_MODULE_PATH": str(tmp_path / "vlc" / "plugins"),
    }
    assert added == [str(tmp_path / "vlc")]


def test_an_administrators_own_path_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vlc_locate.os, "add_dll_directory", lambda _p: None, raising=False)
    environ = {"PYTHON_VLC_LIB_PATH": r"D:\VLC\libvlc.dll"}
    vlc_locate.prepare(
        platform="win32", frozen=True, program_dir=_program(tmp_path), environ=environ
    )
    assert environ["PYTHON_VLC_LIB_PATH"] == r"D:\VLC\libvlc.dll"


@pytest.mark.parametrize(
    ("platform", "frozen", "with_dll"),
    [("linux", True, True), ("win32", False, True), ("win32", True, False)],
)
def test_linux_a_source_run_or_a_build_without_vlc_change_nothing(
    tmp_path: Path, platform: str, frozen: bool, with_dll: bool
) -> None:
    environ: dict[str, str] = {}
    program = _program(tmp_path, with_dll)
    assert (
        vlc_locate.prepare(platform=platform, frozen=frozen, program_dir=program, environ=environ)
        is None
    )
    assert environ == {}
