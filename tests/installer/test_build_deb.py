"""installer/build-deb.sh turns the one-folder program into a .deb an administrator installs with
`apt install ./epewall_*.deb`: read back here with dpkg-deb, as apt would see it. The package is
built from a small stand-in folder (the real frozen build is proved on a clean Debian 12 by
installer/test-deb-clean.sh, outside the test suite)."""

from __future__ import annotations

import configparser
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installer" / "build-deb.sh"
sys.path.insert(0, str(ROOT / "installer"))
import windows_version  # noqa: E402

sys.path.remove(str(ROOT / "installer"))

VERSION = windows_version.project_version()


def _stand_in_program(folder: Path) -> Path:
    """A folder shaped like PyInstaller's: an ELF program and its _internal/ beside it."""
    dist = folder / "epewall"
    (dist / "_internal" / "resources").mkdir(parents=True)
    shutil.copy("/bin/true", dist / "epewall")
    (dist / "_internal" / "resources" / "marker.txt").write_text("frozen\n", encoding="utf-8")
    library = dist / "_internal" / "libexample.so.1"
    shutil.copy("/bin/true", library)  # wheels ship their libraries 0755
    library.chmod(0o755)
    return dist


def _build(dist: Path, out: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, EPEWALL_DEB_COMPRESS="gzip", EPEWALL_VENV=str(ROOT / ".venv"))
    return subprocess.run(
        [str(SCRIPT), "--dist", str(dist), "--out", str(out)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip


def _field(control: str, name: str) -> str:
    for line in control.splitlines():
        if line.startswith(f"{name}:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError(f"no {name} in control:\n{control}")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("deb")
    done = _build(_stand_in_program(folder), folder)
    assert done.returncode == 0, done.stderr
    deb = folder / f"epewall_{VERSION}_amd64.deb"
    assert deb.is_file(), done.stdout
    unpacked = folder / "unpacked"
    subprocess.run(["dpkg-deb", "-R", str(deb), str(unpacked)], check=True)
    return deb, unpacked


def test_the_package_installs_the_program_in_opt_with_a_command_on_the_path(
    built: tuple[Path, Path],
) -> None:
    deb, root = built
    assert (root / "opt/epewall/epewall").read_bytes() == Path("/bin/true").read_bytes()
    assert (root / "opt/epewall/epewall").stat().st_mode & 0o777 == 0o755
    assert (root / "opt/epewall/_internal/libexample.so.1").stat().st_mode & 0o777 == 0o644
    assert (root / "opt/epewall/_internal/resources/marker.txt").read_text() == "frozen\n"
    assert os.readlink(root / "usr/bin/epewall") == "/opt/epewall/epewall"
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    # Owned by root whoever built it, as dpkg installs it.
    assert all(" root/root " in line for line in listing.splitlines()), listing


def test_the_control_file_names_the_version_and_what_debian_must_provide(
    built: tuple[Path, Path],
) -> None:
    _, root = built
    control = (root / "DEBIAN/control").read_text(encoding="utf-8")
    assert _field(control, "Package") == "epewall"
    assert _field(control, "Version") == VERSION
    assert _field(control, "Architecture") == "amd64"
    depends = [d.split(" ")[0] for d in _field(control, "Depends").split(", ")]
    for package in (
        "libvlc5",
        "vlc-plugin-base",
        "vlc-plugin-video-output",  # holds the xcb_x11 video output the wall uses
        "gnome-keyring",
        "libxcb-cursor0",
        "libc6",
    ):
        assert package in depends, depends
    recommends = _field(control, "Recommends").split(", ")
    for package in ("python3-gi", "gir1.2-gst-rtsp-server-1.0", "gstreamer1.0-plugins-ugly"):
        assert package in recommends, recommends
    installed_kib = int(_field(control, "Installed-Size"))
    program_bytes = sum(f.stat().st_size for f in (root / "opt").rglob("*") if f.is_file())
    assert installed_kib >= program_bytes // 1024


def test_the_menu_entry_speaks_vietnamese_and_english_and_has_an_icon(
    built: tuple[Path, Path],
) -> None:
    _, root = built
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(root / "usr/share/applications/epewall.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "epewall"
    assert desktop["Terminal"] == "false"
    assert "DNCX" in desktop["Comment[vi]"] and "doanh nghiệp chế xuất" in desktop["Comment[vi]"]
    assert "export processing" in desktop["Comment"]
    assert desktop["GenericName[vi]"] and desktop["GenericName"]
    icon = desktop["Icon"]
    assert (root / f"usr/share/icons/hicolor/scalable/apps/{icon}.svg").is_file()
    for size in (16, 48, 256):
        png = root / f"usr/share/icons/hicolor/{size}x{size}/apps/{icon}.png"
        with Image.open(png) as image:
            assert image.size == (size, size)
            # Drawn, not empty: the wall's dark blue is there.
            assert image.convert("RGBA").getpixel((size // 2, size - 1 - size // 8))[3] > 0


def test_md5sums_match_the_files_dpkg_will_verify(built: tuple[Path, Path]) -> None:
    _, root = built
    lines = (root / "DEBIAN/md5sums").read_text(encoding="utf-8").splitlines()
    listed = {}
    for line in lines:
        digest, name = line.split("  ", 1)
        listed[name] = digest
    files = {
        str(f.relative_to(root)): f
        for f in root.rglob("*")
        if f.is_file() and not f.is_symlink() and "DEBIAN" not in f.parts
    }
    assert set(listed) == set(files)
    for name, path in files.items():
        assert hashlib.md5(path.read_bytes()).hexdigest() == listed[name], name


def test_without_a_built_program_it_says_what_to_run_and_writes_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "epewall"
    empty.mkdir()
    done = _build(empty, tmp_path / "out")
    assert done.returncode == 1
    assert "make package" in done.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
