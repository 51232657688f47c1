"""Loading translations: Vietnamese by default, English selectable (QtCore only)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"


def resources_dir() -> Path:
    """The shipped resources/ folder: beside the packages, or inside a frozen bundle."""
    override = os.environ.get("EPEWALL_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


_installed: list[QTranslator] = []


def install(language: str) -> str:
    """Install epewall's and Qt's translators for ``language``; returns the language in force."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QCoreApplication/QApplication before installing translators")
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English,
            QLocale.Country.Vietnam,
        )
    )
    candidates = [
        # Qt ships no Vietnamese qtbase catalogue; resources/translations/qtbase_vi.ts is ours.
        (translations_dir(), f"qtbase_{language}"),
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{language}"),
        (translations_dir(), f"epewall_{language}"),
    ]
    loaded_qt = False
    for folder, name in candidates:
        if name.startswith("qtbase") and loaded_qt:
            continue
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded_qt = loaded_qt or name.startswith("qtbase")
    return language


def current_language() -> str:
    """The UI language in force, "vi" or "en": what ``install`` made the default locale."""
    if QLocale().language() == QLocale.Language.Vietnamese:
        return "vi"
    return "en"


def uninstall() -> None:
    """Remove the translators ``install`` put in (the English source strings show again)."""
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()


def has_translators() -> bool:
    return bool(_installed)
