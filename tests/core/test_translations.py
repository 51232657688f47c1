"""Vietnamese ships complete: every source string translated, every catalogue built and current."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SCRIPT = ROOT / "installer" / "translations.py"


def run_python(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def pipeline() -> ModuleType:
    spec = importlib.util.spec_from_file_location("epewall_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def test_every_source_string_has_a_finished_vietnamese_translation() -> None:
    result = run_python(str(SCRIPT), "--check")
    assert result.returncode == 0, (
        "Strings without Vietnamese (translate them in resources/translations/epewall_vi.ts, "
        "then run installer/translations.py):\n" + result.stdout + result.stderr
    )


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_every_catalogue_is_built_from_its_current_source(
    ts: Path, pipeline: ModuleType, tmp_path: Path
) -> None:
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} is missing: run installer/translations.py"
    # Compared by content, not mtime: a git checkout gives both files arbitrary times.
    fresh = pipeline.lrelease(_copy(ts, tmp_path))  # lrelease writes beside the .ts
    assert fresh.read_bytes() == qm.read_bytes(), (
        f"{qm.name} is older than {ts.name}: run installer/translations.py"
    )


def _copy(ts: Path, folder: Path) -> Path:
    copy = folder / ts.name
    copy.write_bytes(ts.read_bytes())
    return copy


def test_both_languages_and_qt_own_strings_are_shipped() -> None:
    names = {p.name for p in TRANSLATIONS.glob("*.qm")}
    assert {"epewall_vi.qm", "epewall_en.qm", "qtbase_vi.qm"} <= names


def test_installed_vietnamese_translates_the_window_domain_and_qt_buttons() -> None:
    probe = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QCoreApplication
        from app import i18n
        app = QCoreApplication(sys.argv[:1])
        for language in ("vi", "en"):
            i18n.install(language)
            t = QCoreApplication.translate
            print(language, t("MainWindow", "&File"), t("SiteTree", "Search EPE, tax ID or camera"),
                  t("CameraPosition", "Gate / door"), t("QPlatformTheme", "Cancel"),
                  t("QMessageBox", "Show Details..."), sep="|")
        """
    )
    result = run_python("-c", probe)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "vi|&Tệp|Tìm DNCX, mã số thuế hoặc camera|Cổng / cửa ra vào|Hủy|Xem chi tiết...",
        "en|&File|Search EPE, tax ID or camera|Gate / door|Cancel|Show Details...",
    ]


def test_strings_behind_translate_helpers_are_extracted(
    pipeline: ModuleType, tmp_path: Path
) -> None:
    source = tmp_path / "module.py"
    source.write_text(
        textwrap.dedent(
            """
            from PySide6.QtCore import QCoreApplication

            def _t(text: str) -> str:
                return QCoreApplication.translate("Secrets", text)

            def _tc(context: str, text: str) -> str:
                return QCoreApplication.translate(context, text)

            def label(lines: list[str]) -> str:
                t = QCoreApplication.translate
                return t("StreamFailure", "Timed out") + _t("Keyring locked") + _tc(
                    "CameraPosition", "Gate / door") + _t(str(1)) + QCoreApplication.translate(
                    "cli", "%n camera(s)", None, len(lines))
            """
        ),
        encoding="utf-8",
    )
    assert sorted(pipeline.helper_calls(source)) == [
        ("CameraPosition", "Gate / door"),
        ("Secrets", "Keyring locked"),
        ("StreamFailure", "Timed out"),
        ("cli", "%n camera(s)"),
    ]


def test_lupdate_sees_helper_calls_and_keeps_no_misread_alias(
    pipeline: ModuleType, tmp_path: Path
) -> None:
    source = tmp_path / "module.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def run(lines: list[str]) -> None:\n"
        "    tr = QCoreApplication.translate\n"
        "    print(tr('SimSite', 'Press Ctrl-C to stop.'))\n"
        "    print(QCoreApplication.translate('cli', '%n camera(s)', None, len(lines)))\n",
        encoding="utf-8",
    )
    ts = tmp_path / "epewall_vi.ts"
    pipeline.lupdate([source], [ts])
    assert sorted((u.context, u.source) for u in pipeline.untranslated(ts)) == [
        ("SimSite", "Press Ctrl-C to stop."),
        ("cli", "%n camera(s)"),
    ]
