"""Customs documents from a file: CSV (UTF-8, with or without BOM; ',', ';' or tab) or an Excel
workbook (.xlsx, its first sheet, read by python-calamine). Every row is checked first; nothing
is written unless all rows are good, then everything in one transaction. A document is known by
its kind and number: importing it again updates it, never duplicates it.

Columns (English or Vietnamese headers, any case, accents optional), one document per row:
kind, number, tax_id, direction, containers, plates, window_start, window_end, goods. Several
container numbers or plates in one cell are separated by ';' (a two-line plate may keep its line
break). Times are Vietnamese time unless they carry an offset.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import re
import zipfile
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.declarations.codes import CodeError, CodeProblem, normalise_container, normalise_plate
from app.declarations.documents import (
    DIRECTION_WORDS,
    KIND_WORDS,
    CustomsDocument,
    DocumentKind,
)
from app.declarations.store import find_documents, save_documents
from app.domain import ValidationError, normalise_tax_id
from app.safe_text import from_spreadsheet_cell, one_line
from app.sites.csv_io import fold_header, guess_delimiter
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from app.user_files import MB, UserFileError, read_user_file
from app.workers import run_to_end

log = logging.getLogger(__name__)

COLUMNS: tuple[str, ...] = (
    "kind",
    "number",
    "tax_id",
    "direction",
    "containers",
    "plates",
    "window_start",
    "window_end",
    "goods",
)
REQUIRED: tuple[str, ...] = COLUMNS[:-1]
VIETNAMESE_HEADERS: dict[str, str] = {
    "Loại chứng từ": "kind",
    "Số chứng từ": "number",
    "Mã số thuế": "tax_id",
    "Hướng": "direction",
    "Số container": "containers",
    "Biển số xe": "plates",
    "Từ": "window_start",
    "Đến": "window_end",
    "Mô tả hàng hóa": "goods",
}
_MORE_HEADERS: dict[str, str] = {
    "document kind": "kind",
    "document number": "number",
    "tax id": "tax_id",
    "epe tax id": "tax_id",
    "container numbers": "containers",
    "container": "containers",
    "vehicle plates": "plates",
    "plate": "plates",
    "window start": "window_start",
    "window end": "window_end",
    "goods description": "goods",
    "Loại": "kind",
    "Số tờ khai": "number",
    "MST": "tax_id",
    "Nhập/Xuất": "direction",
    "Chiều": "direction",
    "Số cont": "containers",
    "Biển số": "plates",
    "Từ lúc": "window_start",
    "Thời gian từ": "window_start",
    "Đến lúc": "window_end",
    "Thời gian đến": "window_end",
    "Hàng hóa": "goods",
}
MAX_BYTES = 16 * MB
# An .xlsx is a zip: what it unpacks to is capped too, before calamine sees it.
MAX_UNPACKED = 128 * MB
PROGRESS_EVERY = 50
_TIME_FORMATS = (
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%dT%H:%M:%S",
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Declarations", text)


_HEADERS = {
    fold_header(alias): column
    for alias, column in [(c, c) for c in COLUMNS]
    + list(VIETNAMESE_HEADERS.items())
    + list(_MORE_HEADERS.items())
}
_KINDS = {fold_header(w): kind for kind, words in KIND_WORDS.items() for w in (*words, kind.value)}
_DIRECTIONS = {fold_header(w): d for d, words in DIRECTION_WORDS.items() for w in words}


class DeclarationsFileError(Exception):
    """The file itself cannot be read (missing, a folder, too large, not a table). Translated."""


@dataclass(frozen=True)
class ImportProblem:
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return _t("line {line}: {reason}").format(line=self.line, reason=self.message)


@dataclass
class ImportReport:
    path: str
    dry_run: bool
    rows: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    imported: bool = False
    # The documents the file holds, when every line is good (a dry run shows them).
    documents: list[CustomsDocument] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        return _t("Documents: {added} added, {updated} updated, {unchanged} unchanged.").format(
            added=self.added, updated=self.updated, unchanged=self.unchanged
        )


Cell = object  # str from a CSV; str, int, float, bool, date, datetime... from a workbook


# --- reading the table ----------------------------------------------------------------------------


def _table(path: Path) -> list[tuple[int, list[Cell]]]:
    """(line, cells) of every row of the file, the header first; blank rows left out."""
    try:
        data = read_user_file(path, MAX_BYTES)
    except UserFileError as exc:
        raise DeclarationsFileError(str(exc)) from None
    if data.startswith(b"PK\x03\x04"):
        return _workbook_rows(path, data)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        raise DeclarationsFileError(
            _t(
                "{path} is neither a CSV text file in UTF-8 nor an Excel workbook (.xlsx). "
                "In Excel choose File > Save As > 'CSV UTF-8 (Comma delimited)' or 'Excel "
                "Workbook'."
            ).format(path=path)
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DeclarationsFileError(
            _t(
                "{path}, line {line}: the file is not UTF-8 text, so Vietnamese letters would be "
                "garbled. Save it as 'CSV UTF-8 (Comma delimited)'."
            ).format(path=path, line=data.count(b"\n", 0, exc.start) + 1)
        ) from None
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = guess_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[Cell]]] = []
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if any(c.strip() for c in cells):
                rows.append((line, [from_spreadsheet_cell(c) for c in cells]))
    except csv.Error:
        raise DeclarationsFileError(
            _t(
                "{path}, line {line}: the file cannot be read as CSV from here on (a quotation "
                "mark is not closed, or a stray one is inside a value)."
            ).format(path=path, line=start)
        ) from None
    return rows


def _workbook_rows(path: Path, data: bytes) -> list[tuple[int, list[Cell]]]:
    from python_calamine import CalamineError, CalamineWorkbook

    not_workbook = DeclarationsFileError(
        _t("{path} is not a readable Excel workbook (.xlsx).").format(path=path)
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError):
        raise not_workbook from None
    if unpacked > MAX_UNPACKED:
        raise DeclarationsFileError(
            _t("{path} unpacks to more than {mb} MB; no customs file is that large.").format(
                path=path, mb=MAX_UNPACKED // MB
            )
        )
    try:
        with CalamineWorkbook.from_filelike(io.BytesIO(data)) as book:
            if not book.sheet_names:
                raise not_workbook
            sheet = book.get_sheet_by_index(0)
            values = sheet.to_python(skip_empty_area=False)
    except CalamineError:
        raise not_workbook from None
    rows: list[tuple[int, list[Cell]]] = []
    for index, cells in enumerate(values, start=1):
        if any(c not in ("", None) and not (isinstance(c, str) and not c.strip()) for c in cells):
            rows.append((index, list(cells)))
    return rows


# --- checking cells -------------------------------------------------------------------------------


def _text(value: Cell) -> str:
    """A cell as text: a whole number from a workbook without ".0"."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        return value.strip()
    return str(value) if value is not None else ""


def _moment(value: Cell) -> dt.datetime | None:
    moment: dt.datetime | None = value if isinstance(value, dt.datetime) else None
    if moment is None:
        text = _text(value)
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            for pattern in _TIME_FORMATS:
                try:
                    moment = dt.datetime.strptime(text, pattern)
                    break
                except ValueError:
                    continue
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VIETNAM)
    return moment.astimezone(dt.UTC)


def _split(text: str, *, lines_too: bool) -> list[str]:
    pattern = r"[;,|\n]" if lines_too else r"[;,|]"
    return [part.strip() for part in re.split(pattern, text) if part.strip()]


def _code_problem(header: str, text: str, error: CodeError) -> str:
    shown = one_line(text.strip())
    if error.problem is CodeProblem.CONTAINER_CHECK_DIGIT:
        return _t(
            "{header}: {code} has a wrong check digit (ISO 6346 gives {digit} for its first 10 "
            "characters)."
        ).format(header=header, code=shown, digit=error.expected_digit)
    if error.problem is CodeProblem.CONTAINER_FORMAT:
        return _t(
            "{header}: {code} is not a container number (4 letters ending in U, J or Z, then 7 "
            "digits, e.g. CSQU 305438 3)."
        ).format(header=header, code=shown)
    return _t(
        "{header}: {code} is not a Vietnamese plate (e.g. 51C-123.45, 29H 12345, 59-X1 123.45)."
    ).format(header=header, code=shown)


def _check_row(
    line: int,
    cells: dict[str, Cell],
    titles: dict[str, str],
    epes: dict[str, int],
    source: str,
    problems: list[ImportProblem],
) -> CustomsDocument | None:
    before = len(problems)

    def fail(message: str) -> None:
        problems.append(ImportProblem(line, message))

    kind_text = _text(cells.get("kind"))
    kind = _KINDS.get(fold_header(kind_text))
    if not kind_text:
        fail(_t("{header}: the document kind is missing.").format(header=titles["kind"]))
    elif kind is None:
        fail(
            _t(
                "{header}: {value} is not a document kind (declaration, release confirmation, "
                "warehouse receipt or delivery note)."
            ).format(header=titles["kind"], value=one_line(kind_text))
        )
    number = one_line(_text(cells.get("number")))
    if not number:
        fail(_t("{header}: the document number is missing.").format(header=titles["number"]))
    tax_text = _text(cells.get("tax_id"))
    if tax_text.isdigit() and len(tax_text) == 9:
        tax_text = "0" + tax_text  # a spreadsheet dropped the leading 0 of a number cell
    epe_id: int | None = None
    tax_id = ""
    if not tax_text:
        fail(_t("{header}: the EPE's tax ID is missing.").format(header=titles["tax_id"]))
    else:
        try:
            tax_id = normalise_tax_id(tax_text)
        except ValidationError as exc:
            fail(f"{titles['tax_id']}: {exc.message}")
        else:
            epe_id = epes.get(tax_id)
            if epe_id is None:
                fail(
                    _t("{header}: no EPE in the registry has the tax ID {tax_id}.").format(
                        header=titles["tax_id"], tax_id=tax_id
                    )
                )
    direction_text = _text(cells.get("direction"))
    direction = _DIRECTIONS.get(fold_header(direction_text))
    if direction is None:
        fail(
            _t("{header}: {value} is not a direction (in or out; nhập or xuất).").format(
                header=titles["direction"], value=one_line(direction_text) or "—"
            )
        )
    containers: list[str] = []
    for text in _split(_text(cells.get("containers")), lines_too=True):
        try:
            code = normalise_container(text)
        except CodeError as exc:
            fail(_code_problem(titles["containers"], text, exc))
        else:
            if code not in containers:
                containers.append(code)
    plates: list[str] = []
    for text in _split(_text(cells.get("plates")), lines_too=False):
        try:
            plate = normalise_plate(text)
        except CodeError as exc:
            fail(_code_problem(titles["plates"], text, exc))
        else:
            if plate not in plates:
                plates.append(plate)
    if len(problems) == before and not containers and not plates:
        fail(
            _t(
                "{containers}, {plates}: a document needs at least one container number or "
                "plate to compare with the gate."
            ).format(containers=titles["containers"], plates=titles["plates"])
        )
    window: list[dt.datetime | None] = []
    for column in ("window_start", "window_end"):
        raw = cells.get(column)
        moment = _moment(raw) if _text(raw) else None
        if not _text(raw):
            fail(_t("{header}: the time is missing.").format(header=titles[column]))
        elif moment is None:
            fail(
                _t(
                    "{header}: {value} is not a date and time (e.g. 2026-12-02 08:30 or "
                    "02/12/2026 08:30, Vietnamese time)."
                ).format(header=titles[column], value=one_line(_text(raw)))
            )
        window.append(moment)
    start, end = window
    if start is not None and end is not None and end <= start:
        fail(
            _t("{end}: the window ends before it starts ({start} is later).").format(
                end=titles["window_end"], start=titles["window_start"]
            )
        )
    if len(problems) > before:
        return None
    assert kind is not None and direction is not None and epe_id is not None
    assert start is not None and end is not None
    return CustomsDocument(
        kind=kind,
        number=number,
        epe_id=epe_id,
        epe_tax_id=tax_id,
        direction=direction,
        containers=tuple(containers),
        plates=tuple(plates),
        window_start=start,
        window_end=end,
        goods=one_line(_text(cells.get("goods"))),
        source_file=source,
        source_line=line,
    )


# --- the import -----------------------------------------------------------------------------------


def import_steps(
    registry: Registry, path: str | Path, dry_run: bool = False
) -> Generator[tuple[int, int, str], None, ImportReport]:
    """Check every row, then import all (one transaction) or nothing; yields (done, total,
    message). Raises DeclarationsFileError when the file cannot be read as a table."""
    path = Path(path)
    report = ImportReport(str(path), dry_run)
    rows = _table(path)
    if not rows:
        raise DeclarationsFileError(
            _t("{path} is empty: it needs a header line and one line per document.").format(
                path=path
            )
        )
    header_line, header = rows[0]
    mapping: dict[int, str] = {}
    titles: dict[str, str] = {}
    for index, raw in enumerate(header):
        title = one_line(_text(raw))
        if not title:
            continue
        column = _HEADERS.get(fold_header(title))
        if column is None:
            report.problems.append(
                ImportProblem(
                    header_line,
                    _t("unknown column {title}; the columns are: {columns}.").format(
                        title=title, columns=", ".join(COLUMNS)
                    ),
                )
            )
        elif column in titles:
            report.problems.append(
                ImportProblem(
                    header_line,
                    _t("the columns {first} and {second} say the same thing.").format(
                        first=titles[column], second=title
                    ),
                )
            )
        else:
            mapping[index] = column
            titles[column] = title
    missing = [c for c in REQUIRED if c not in titles]
    if missing:
        report.problems.append(
            ImportProblem(
                header_line,
                _t("the file has no column {columns}.").format(columns=", ".join(missing)),
            )
        )
    if report.problems:
        return report
    titles.setdefault("goods", "goods")
    with registry.database() as db:
        epes = {str(r["tax_id"]): int(r["id"]) for r in db.query("SELECT id, tax_id FROM epes")}
    documents: list[CustomsDocument] = []
    first_line: dict[tuple[DocumentKind, str], int] = {}
    total = len(rows) - 1
    for done, (line, cells) in enumerate(rows[1:], start=1):
        report.rows += 1
        extra = [c for i, c in enumerate(cells) if i not in mapping and _text(c)]
        if extra:
            report.problems.append(
                ImportProblem(
                    line,
                    _t(
                        "this line has more values than there are column headers (check the "
                        "delimiter and the quotation marks)."
                    ),
                )
            )
            continue
        named = {column: cells[index] for index, column in mapping.items() if index < len(cells)}
        document = _check_row(line, named, titles, epes, path.name, report.problems)
        if document is not None:
            key = (document.kind, document.number)
            if key in first_line:
                report.problems.append(
                    ImportProblem(
                        line,
                        _t("{kind} {number} is already on line {other}.").format(
                            kind=document.kind.label(),
                            number=document.number,
                            other=first_line[key],
                        ),
                    )
                )
            else:
                first_line[key] = line
                documents.append(document)
        if done % PROGRESS_EVERY == 0:
            yield done, total, _t("Checking line {line}…").format(line=line)
    report.problems.sort(key=lambda p: p.line or 0)
    if report.problems:
        return report
    report.documents = documents
    stored = find_documents(registry, first_line)
    for document in documents:
        existing = stored.get((document.kind, document.number))
        if existing is None:
            report.added += 1
        elif existing.same_content(document):
            report.unchanged += 1
        else:
            report.updated += 1
    if not dry_run:
        # The last yield comes before the write: a cancel cannot interrupt the transaction.
        yield total, total, _t("Saving…")
        save_documents(registry, documents)
        report.imported = True
        log.info("imported %s: %s", path.name, report.summary())
    return report


def import_file(registry: Registry, path: str | Path, dry_run: bool = False) -> ImportReport:
    """``import_steps`` run to its end (the command line, tests)."""
    return run_to_end(import_steps(registry, path, dry_run))
