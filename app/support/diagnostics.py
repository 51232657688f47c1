"""Help > Save diagnostics: one zip file an officer sends to the IT unit.

It holds what support needs and nothing an EPE or a customs officer would not want sent: the log
and the crash reports (the log's redaction again, then every EPE's name, tax ID, address and
contact replaced by ``EPE#<id>``), the versions, the declared settings, the number of rows of
each registry table (never a row), the keyring's backend and state, and each camera's last health
state. No password is ever read: the keyring is only asked for its state.

The zip is written to a temporary file beside the target and renamed, so a cancelled or failed
run leaves nothing half-written. ``diagnostics_steps`` is a generator (progress, cancellable).
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import unicodedata
import zipfile
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import exports, paths, settings
from app.health.store import HealthStore
from app.secrets import CredentialStore
from app.sites.registry import Registry
from app.support import versions
from app.support.crash import redact_text, report_files
from app.timekeeping import to_utc_iso, utc_now

# The newest part of each log file (the log rotates at 5 MB; a mail attachment stays small).
LOG_TAIL_BYTES = 2_000_000
LOG_FILES = ("epewall.log", *(f"epewall.log.{n}" for n in range(1, 6)))
_SHORTEST_SCRUBBED = 3  # shorter values ("A", "12") would blank ordinary words and numbers

Progress = Generator[tuple[int, int, str], None, "DiagnosticsSummary"]


def _t(text: str) -> str:
    return QCoreApplication.translate("Diagnostics", text)


@dataclass(frozen=True)
class DiagnosticsSummary:
    path: Path
    files: tuple[str, ...]  # the names inside the zip
    size: int  # bytes


class Scrubber:
    """Replaces every EPE's identifying texts with ``EPE#<id>``: its name, tax ID, address,
    contact person and phone, in any letter case and Unicode form."""

    def __init__(self, registry: Registry) -> None:
        replacements: dict[str, str] = {}
        for epe in registry.list_epes():
            tag = f"EPE#{epe.id}"
            for value in (
                epe.name,
                epe.tax_id,
                epe.address,
                epe.contact_person,
                epe.contact_phone,
            ):
                text = unicodedata.normalize("NFC", value.strip())
                if len(text) >= _SHORTEST_SCRUBBED:
                    replacements.setdefault(text.casefold(), tag)
        self._replacements = replacements
        # Longest first, so "Công ty Sao Việt Hà Nội" goes before "Công ty Sao Việt".
        alternatives = sorted(replacements, key=len, reverse=True)
        self._pattern = (
            re.compile("|".join(re.escape(a) for a in alternatives), re.IGNORECASE)
            if alternatives
            else None
        )

    def __call__(self, text: str) -> str:
        text = unicodedata.normalize("NFC", text)
        if self._pattern is None:
            return text
        return self._pattern.sub(
            lambda m: self._replacements.get(m.group(0).casefold(), "EPE"), text
        )


def _tail(path: Path, limit: int = LOG_TAIL_BYTES) -> str:
    """The last ``limit`` bytes of a text file we wrote ourselves, from a line start."""
    with path.open("rb") as handle:
        size = handle.seek(0, os.SEEK_END)
        handle.seek(max(0, size - limit))
        data = handle.read(limit)
    if size > limit:
        data = data.split(b"\n", 1)[-1]
    return data.decode("utf-8", "replace")


def _settings_text(user_settings: settings.Settings) -> str:
    lines = ["# epewall settings (every declared setting; no secret is ever a setting)"]
    for setting in settings.ALL:
        if setting is settings.WINDOW_GEOMETRY:
            continue  # a blob of the window's position, of no use to support
        value = user_settings.get(setting)
        mark = "" if user_settings.is_set(setting) else "  # default"
        lines.append(f"{setting.key} = {value}{mark}")
    return "\n".join(lines) + "\n"


def _counts_text(registry: Registry) -> str:
    lines = ["# rows per table of the registry (counts only, never a row)"]
    with registry.database() as db:
        for name in sorted(db.table_names()):
            if name.startswith("sqlite_"):
                continue
            (count,) = db.execute(f'SELECT count(*) FROM "{name}"').fetchone()
            lines.append(f"{name}: {count}")
        lines.append(f"schema version: {registry.schema_version}")
    return "\n".join(lines) + "\n"


def _health_text(registry: Registry, scrub: Callable[[str], str]) -> str:
    rows = [
        (
            f"EPE#{h.epe_id}",
            h.camera_number,
            h.condition.value,
            to_utc_iso(h.since),
            to_utc_iso(h.checked_at),
            h.source,
            scrub(redact_text(h.detail)),
        )
        for h in HealthStore(registry).current()
    ]
    header = ("epe", "camera", "condition", "since_utc", "checked_utc", "source", "detail")
    return exports.csv_text(header, rows)


def _keyring_text(store: CredentialStore) -> str:
    status = versions.keyring_status(store)
    return f"backend: {status.backend}\nstate: {status.state.value}\n" + (
        f"what to do: {status.explanation}\n" if status.explanation else ""
    )


def diagnostics_steps(
    target: Path,
    registry: Registry,
    user_settings: settings.Settings,
    store: CredentialStore,
    log_dir: Path | None = None,
) -> Progress:
    """Write the diagnostics zip to ``target``; yields (done, total, what) between parts."""
    logs_from = log_dir if log_dir is not None else paths.log_dir()
    scrub = Scrubber(registry)
    log_files = [logs_from / name for name in LOG_FILES if (logs_from / name).is_file()]
    crashes = report_files(logs_from)
    parts: list[tuple[str, Callable[[], str]]] = [
        ("README.txt", lambda: _readme()),
        ("versions.txt", lambda: versions.report()),
        ("keyring.txt", lambda: _keyring_text(store)),
        ("settings.ini", lambda: scrub(redact_text(_settings_text(user_settings)))),
        ("registry_counts.txt", lambda: _counts_text(registry)),
        ("health_current.csv", lambda: _health_text(registry, scrub)),
    ]
    for folder, files in (("log", log_files), ("crash", crashes)):
        parts += [(f"{folder}/{f.name}", functools.partial(_cleaned, f, scrub)) for f in files]

    target = target.with_suffix(".zip") if target.suffix.lower() != ".zip" else target
    temporary = target.with_name(f".{target.name}.partial")
    names: list[str] = []
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for done, (name, make) in enumerate(parts):
                yield done, len(parts), _t("Collecting {name}…").format(name=name)
                archive.writestr(name, make().encode("utf-8"))
                names.append(name)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    yield len(parts), len(parts), _t("Done.")
    return DiagnosticsSummary(target, tuple(names), target.stat().st_size)


def _cleaned(path: Path, scrub: Callable[[str], str]) -> str:
    return scrub(redact_text(_tail(path)))


def _readme() -> str:
    return (
        f"epewall diagnostics, saved {to_utc_iso(utc_now())}\n\n"
        "versions.txt         epewall, Qt, libVLC, PyAV/FFmpeg, Python, OS\n"
        "keyring.txt          which keyring keeps the EPE passwords and its state (no password)\n"
        "settings.ini         the settings (no secret is ever a setting)\n"
        "registry_counts.txt  rows per table of the registry, no row itself\n"
        "health_current.csv   each camera's last health state\n"
        "log/, crash/         the log and crash reports, redacted of credentials; every EPE's\n"
        "                     name, tax ID, address and contact replaced by EPE#<id>\n"
    )
