"""One place where every file the app writes out for people to take away is announced.

Exports (coverage CSV/PDF, the plan, compliance reports, the sites list, printed snapshots) are
security-relevant: the audit trail records who took what. The views that write them do not know
who is logged in; they announce the export here, and the officer session, which does, records it.
QtCore only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal


class ExportEvents(QObject):
    # what was exported (a short fixed name such as "coverage_csv"), details (file name, month,
    # …; never a password, never a full path outside the file's own name)
    exported = Signal(str, dict)


_events: ExportEvents | None = None


def events() -> ExportEvents:
    global _events
    if _events is None:
        _events = ExportEvents()
    return _events


def announce(what: str, path: str | Path, **details: Any) -> None:
    """Say that ``path`` was written out as ``what`` (call on the GUI thread)."""
    events().exported.emit(what, {"file": Path(path).name, **details})
