"""``epewall --help``, a command's help and argparse's errors speak the UI language: Vietnamese
by default, English when --lang, the stored setting or the locale says so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app import settings

REPO = Path(__file__).resolve().parents[3]


def epewall(*args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    """The console script as a user starts it, in a shell whose locale is ``lang``."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "widgets.launcher", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_help_is_vietnamese_by_default(epewall_home: Path) -> None:
    result = epewall("--help")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("cách dùng: epewall")
    assert "tùy chọn:" in out and "hiển thị hướng dẫn này rồi thoát" in out
    assert "danh mục DNCX và camera" in out and "Quyết định 247/QĐ-TCHQ" in out
    assert "usage" not in out and "show this help" not in out and "registry" not in out


def test_a_commands_help_and_errors_are_vietnamese_too(epewall_home: Path) -> None:
    result = epewall("sites", "import", "--help")
    assert result.returncode == 0, result.stderr
    assert "chỉ kiểm tra tệp, không thay đổi gì" in result.stdout

    result = epewall("sites", "import")
    assert result.returncode == 2
    assert "cách dùng: epewall sites import" in result.stderr
    assert "epewall sites import: lỗi: thiếu tham số bắt buộc: file" in result.stderr


def test_english_when_the_locale_the_option_or_the_setting_says_so(epewall_home: Path) -> None:
    for result in (epewall("--help", lang="en_US.UTF-8"), epewall("--lang", "en", "--help")):
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("usage: epewall")
        assert "show this help message and exit" in result.stdout
        assert "EPE and camera registry" in result.stdout

    settings.Settings().set(settings.LANGUAGE, "en")
    result = epewall("sites", "import", lang="vi_VN.UTF-8")
    assert "epewall sites import: error: these arguments are required: file" in result.stderr

    settings.Settings().set(settings.LANGUAGE, "vi")
    result = epewall("--help", lang="en_US.UTF-8")
    assert result.stdout.startswith("cách dùng: epewall")
