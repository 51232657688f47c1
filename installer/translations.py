"""Refresh epewall's translation sources and build the catalogues Qt loads.

    .venv/bin/python installer/translations.py           # lupdate + fill English + lrelease
    .venv/bin/python installer/translations.py --check   # exit 1 listing untranslated strings

``pyside6-lupdate`` reads every .py in app/ and widgets/ into resources/translations/epewall_vi.ts
and epewall_en.ts, keeping the translations already there and dropping strings the code no longer
has. The English catalogue is the source text itself, so it is filled in automatically; Vietnamese
is written by people (in the .ts, e.g. with pyside6-linguist). ``pyside6-lrelease`` then builds a
.qm beside every .ts, qtbase_vi.ts included (Qt ships no Vietnamese catalogue of its own).

``--check`` runs lupdate on temporary copies, so it never changes the tree: it lists every source
string whose Vietnamese translation is missing or unfinished and exits 1 if there is one.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_DIRS = ("app", "widgets")
LANGUAGES = ("vi", "en")


@dataclass(frozen=True)
class Untranslated:
    context: str
    source: str

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the running venv, else from PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: run installer/setup-debian.sh first")
    return found


def source_files(root: Path = ROOT) -> list[Path]:
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files.extend(p for p in (root / folder).rglob("*.py") if "__pycache__" not in p.parts)
    return sorted(files)


def _is_translate(node: ast.expr) -> bool:
    """``QCoreApplication.translate`` or a bare ``translate``."""
    if isinstance(node, ast.Attribute):
        return node.attr == "translate"
    return isinstance(node, ast.Name) and node.id == "translate"


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def helper_calls(path: Path) -> list[tuple[str, str]]:
    """(context, source) of translations that lupdate cannot see in ``path``.

    lupdate only understands literal ``translate("Context", "text")`` and ``self.tr("text")``,
    and not always those (it skips a call whose plural count is an expression).
    app/ modules also use short forms: ``t = QCoreApplication.translate`` then ``t("Ctx", "x")``,
    or a helper ``def _t(text): return QCoreApplication.translate("Ctx", text)`` (or with the
    context as a parameter). Calls through such names with literal arguments are found here.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    # name -> (fixed context or None, index of the context argument, index of the text argument)
    helpers: dict[str, tuple[str | None, int | None, int]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and _is_translate(node.value):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    helpers[target.id] = (None, 0, 1)
        elif isinstance(node, ast.FunctionDef):
            params = [a.arg for a in node.args.args]
            returns = [n for n in node.body if isinstance(n, ast.Return)]
            if len(returns) != 1 or not isinstance(returns[0].value, ast.Call):
                continue
            call = returns[0].value
            if not _is_translate(call.func) or len(call.args) < 2:
                continue
            ctx_arg, text_arg = call.args[0], call.args[1]
            if not (isinstance(text_arg, ast.Name) and text_arg.id in params):
                continue
            fixed = _literal(ctx_arg)
            if fixed is not None:
                helpers[node.name] = (fixed, None, params.index(text_arg.id))
            elif isinstance(ctx_arg, ast.Name) and ctx_arg.id in params:
                helpers[node.name] = (None, params.index(ctx_arg.id), params.index(text_arg.id))
    found: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if _is_translate(node.func) and _plain_direct_call(node):
            # lupdate reads these itself, but gives up on some (a plural count such as
            # ``len(lines)``); a copy in the shim costs nothing.
            context, text = _literal(node.args[0]), _literal(node.args[1])
            if context is not None and text is not None:
                found.append((context, text))
            continue
        if not isinstance(node.func, ast.Name):
            continue
        spec = helpers.get(node.func.id)
        if spec is None:
            continue
        fixed, ctx_index, text_index = spec
        args = node.args
        if text_index >= len(args):
            continue
        context = (
            fixed
            if ctx_index is None
            else (_literal(args[ctx_index]) if ctx_index < len(args) else None)
        )
        text = _literal(args[text_index])
        if context is not None and text is not None:
            found.append((context, text))
    return found


def _plain_direct_call(call: ast.Call) -> bool:
    """translate("Ctx", "text"[, None or "", n]): no disambiguation for the shim to carry."""
    if len(call.args) < 2 or any(k.arg == "disambiguation" for k in call.keywords):
        return False
    if len(call.args) >= 3:
        third = call.args[2]
        return isinstance(third, ast.Constant) and third.value in (None, "")
    return True


def write_shim(sources: list[Path], folder: Path) -> Path:
    """A file of literal translate() calls for what ``helper_calls`` found, for lupdate to read."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for source in sources:
        for context, text in helper_calls(source):
            args = ", ".join(json.dumps(arg, ensure_ascii=False) for arg in (context, text))
            lines.append(f"QCoreApplication.translate({args})")
    shim = folder / "epewall_translation_helpers.py"
    shim.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return shim


def ts_path(folder: Path, language: str) -> Path:
    return folder / f"epewall_{language}.ts"


def lupdate(sources: list[Path], ts_files: list[Path]) -> None:
    with tempfile.TemporaryDirectory(prefix="epewall-lupdate-") as tmp:
        shim = write_shim(sources, Path(tmp))
        _lupdate([*sources, shim], ts_files)
    calls = {call for source in sources for call in helper_calls(source)}
    for ts in ts_files:
        drop_misread_calls(ts, calls)


def drop_misread_calls(ts: Path, calls: set[tuple[str, str]]) -> int:
    """Remove what lupdate made of ``tr = QCoreApplication.translate; tr("Ctx", "text")``.

    lupdate reads such a call as ``tr(source, disambiguation)``: a message without context whose
    source is "Ctx". The real message comes from the helper shim; this one would only ask
    translators for a word that is never shown.
    """
    root = ET.parse(ts).getroot()
    dropped = 0
    for context in list(root.iter("context")):
        if context.findtext("name", ""):
            continue
        for message in list(context.iter("message")):
            misread = (message.findtext("source", ""), message.findtext("comment", ""))
            if misread in calls:
                context.remove(message)
                dropped += 1
        if not context.findall("message"):
            root.remove(context)
    if dropped:
        _write_ts(root, ts)
    return dropped


def _lupdate(sources: list[Path], ts_files: list[Path]) -> None:
    for ts in ts_files:
        language = ts.stem.rsplit("_", 1)[-1]
        # Each catalogue separately: -target-language applies to new files only, per call.
        subprocess.run(
            [
                tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                *map(str, sources),
                "-ts",
                str(ts),
            ],
            check=True,
        )


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    found: list[tuple[str, ET.Element]] = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        found.extend((name, message) for message in context.iter("message"))
    return found


def _is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def untranslated(ts: Path) -> list[Untranslated]:
    root = ET.parse(ts).getroot()
    return [
        Untranslated(context, message.findtext("source", ""))
        for context, message in _messages(root)
        if not _is_finished(message)
    ]


def _write_ts(root: ET.Element, ts: Path) -> None:
    """Write in lupdate's own layout (contexts not indented), so re-runs give quiet diffs."""
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def fill_source_language(ts: Path) -> int:
    """English is the source language: an untranslated message's translation is its source.

    Plural messages keep hand-written forms ("%n camera" / "%n cameras") once someone wrote them.
    Returns how many messages were filled.
    """
    root = ET.parse(ts).getroot()
    filled = 0
    for _context, message in _messages(root):
        if _is_finished(message):
            continue
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform") or [
                ET.SubElement(translation, "numerusform") for _ in range(2)
            ]
            for form in forms:
                if not (form.text or "").strip():
                    form.text = source
        else:
            translation.text = source
        filled += 1
    if filled:
        _write_ts(root, ts)
    return filled


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def update(folder: Path = TRANSLATIONS) -> list[Path]:
    """Refresh the epewall catalogues from the sources, then build (and return) every .qm."""
    folder.mkdir(parents=True, exist_ok=True)
    catalogues = [ts_path(folder, language) for language in LANGUAGES]
    lupdate(source_files(), catalogues)
    english = ts_path(folder, "en")
    if fill_source_language(english):
        lupdate(source_files(), [english])  # back to lupdate's own layout, for quiet diffs
    return [lrelease(ts) for ts in sorted(folder.glob("*.ts"))]


def check(folder: Path = TRANSLATIONS) -> list[Untranslated]:
    """The Vietnamese strings missing after an lupdate, computed on a temporary copy."""
    with tempfile.TemporaryDirectory(prefix="epewall-ts-") as tmp:
        copy = ts_path(Path(tmp), "vi")
        original = ts_path(folder, "vi")
        if original.exists():
            shutil.copy2(original, copy)
        lupdate(source_files(), [copy])
        return untranslated(copy)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 listing every string without a Vietnamese translation",
    )
    args = parser.parse_args(argv)
    if args.check:
        missing = check()
        for item in missing:
            print(item)
        if missing:
            print(
                f"{len(missing)} string(s) without a finished Vietnamese translation in "
                f"{ts_path(TRANSLATIONS, 'vi').relative_to(ROOT)}",
                file=sys.stderr,
            )
            return 1
        print("Vietnamese translation complete.")
        return 0
    for qm in update():
        print(f"built {qm.relative_to(ROOT)}")
    missing = untranslated(ts_path(TRANSLATIONS, "vi"))
    if missing:
        print(
            f"{len(missing)} string(s) still need a Vietnamese translation (see --check)",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
