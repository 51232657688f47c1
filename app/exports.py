"""One place where every file the app writes out for people to take away is announced.

Every CSV file or text the app writes goes through ``write_csv`` (or ``csv_text``): no cell is
left that a spreadsheet would run as a formula, and tax IDs and phone numbers stay text so their
leading 0 survives Excel (``app.safe_text.spreadsheet_cell``).

Exports (coverage CSV/PDF, the plan, compliance reports, the sites list, printed snapshots) are
security-relevant: the audit trail records who took what. The views that write them do not know
who is logged in; they announce the export here, and the officer session, which does, records it.
QtCore only.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import QObject, Signal

from app.safe_text import spreadsheet_cell


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


def write_csv(
    out: TextIO,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    text_columns: Collection[int] = (),
    bom: bool = False,
    line_end: str = "\n",
) -> int:
    """Write ``header`` and ``rows`` as CSV to ``out``; returns the number of rows.

    Formulas are neutralised in every cell; the columns at ``text_columns`` (tax ID, phone) are
    written so that a spreadsheet keeps them as text. ``bom``: start with the UTF-8 byte order
    mark, so Excel reads Vietnamese letters. ``out`` should be opened with ``newline=""``.
    """
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator=line_end)
    writer.writerow([spreadsheet_cell(title) for title in header])
    count = 0
    for row in rows:
        writer.writerow(
            [spreadsheet_cell(cell, as_text=i in text_columns) for i, cell in enumerate(row)]
        )
        count += 1
    return count


def csv_text(
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    text_columns: Collection[int] = (),
    line_end: str = "\n",
) -> str:
    """``write_csv`` into a string (no BOM: the caller adds it when writing the file)."""
    out = io.StringIO()
    write_csv(out, header, rows, text_columns=text_columns, line_end=line_end)
    return out.getvalue()
