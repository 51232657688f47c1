"""EPEs and cameras as a spreadsheet (CSV): import with full checking, export without secrets.

One row per camera with the EPE's columns repeated; a row whose camera columns are empty declares an
EPE without cameras. Headers are the canonical English names (``COLUMNS``) or their Vietnamese
equivalents, matched without regard to case or accents. The import checks every row first and
imports nothing unless all rows are good, then writes everything in one transaction.

Import rules, for the admin preparing a file:
- EPEs are matched by tax ID (updated when found, added otherwise); cameras by the EPE and the
  camera's diagram number. Cameras missing from the file are left alone, never deleted.
- A column missing from the file leaves that field as it is. A cell left empty in every row of an
  EPE clears the field; when only some rows fill it (merged cells in Excel) the filled value counts,
  and two different filled values for the same EPE are an error.
- No password is ever read from or written to a file; URLs must not carry credentials.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import logging
import re
import unicodedata
from collections.abc import Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, Protocol, TextIO, TypeVar

from PySide6.QtCore import QCoreApplication

from app.domain import (
    Camera,
    CameraPosition,
    ConnectionMethod,
    Epe,
    RiskLevel,
    ValidationError,
    normalise_tax_id,
)
from app.exports import write_csv
from app.logs import carries_credential
from app.safe_text import from_spreadsheet_cell, one_line
from app.sites.registry import (
    Registry,
    credential_problem,
    name_key,
    normalise_device_address,
    url_has_credentials,
    validate_camera_fields,
)
from app.user_files import MB, UserFileError, read_user_file
from app.workers import run_to_end

log = logging.getLogger(__name__)

EPE_COLUMNS: tuple[str, ...] = (
    "epe_name",
    "tax_id",
    "address",
    "sub_department",
    "contact_person",
    "contact_phone",
    "connection",
    "licence_date",
    "established_date",
    "risk_level",
    "account_user",
    "onvif_address",
    "epe_notes",
)
CAMERA_COLUMNS: tuple[str, ...] = (
    "diagram_number",
    "position",
    "camera_name",
    "main_url",
    "sub_url",
    "camera_notes",
)
COLUMNS: tuple[str, ...] = EPE_COLUMNS + CAMERA_COLUMNS
REQUIRED_COLUMNS: tuple[str, ...] = ("epe_name", "tax_id")
# Digits a spreadsheet would turn into a number (losing the leading 0): written as text.
_TEXT_COLUMNS = (COLUMNS.index("tax_id"), COLUMNS.index("contact_phone"))

# Headers as Vietnamese admins write them; matched after fold_header(), so accents and case
# are free.
VIETNAMESE_HEADERS: dict[str, str] = {
    "Tên DNCX": "epe_name",
    "Mã số thuế": "tax_id",
    "Địa chỉ": "address",
    "Chi cục": "sub_department",
    "Người liên hệ": "contact_person",
    "Điện thoại": "contact_phone",
    "Phương thức kết nối": "connection",
    "Ngày cấp phép": "licence_date",
    "Ngày thành lập": "established_date",
    "Mức rủi ro": "risk_level",
    "Tài khoản": "account_user",
    "Địa chỉ ONVIF": "onvif_address",
    "Ghi chú DNCX": "epe_notes",
    "Số camera": "diagram_number",
    "Vị trí": "position",
    "Tên camera": "camera_name",
    "URL luồng chính": "main_url",
    "URL luồng phụ": "sub_url",
    "Ghi chú camera": "camera_notes",
}
_MORE_HEADERS: dict[str, str] = {
    "Tên doanh nghiệp": "epe_name",
    "Tên doanh nghiệp chế xuất": "epe_name",
    "MST": "tax_id",
    "Chi cục hải quan": "sub_department",
    "Số điện thoại": "contact_phone",
    "SĐT": "contact_phone",
    "Kết nối": "connection",
    "Tài khoản truy cập": "account_user",
    "Địa chỉ đầu ghi": "onvif_address",
    "ONVIF": "onvif_address",
    "Số hiệu camera": "diagram_number",
    "Số thứ tự camera": "diagram_number",
    "Vị trí camera": "position",
    "Luồng chính": "main_url",
    "Luồng phụ": "sub_url",
    "license_date": "licence_date",
}
_PASSWORD_HEADERS = {"password", "pass", "pwd", "passwd", "mat khau", "mat khau truy cap"}

_POSITION_WORDS: dict[CameraPosition, tuple[str, ...]] = {
    CameraPosition.GATE: (
        "gate",
        "gate / door",
        "door",
        "cổng",
        "cổng / cửa",
        "cổng ra vào",
        "cửa ra vào",
    ),
    CameraPosition.STORAGE_DOOR: (
        "storage door",
        "storage area door",
        "cửa kho",
        "cửa khu vực lưu giữ",
        "cửa kho hàng",
    ),
    CameraPosition.STORAGE_YARD: (
        "storage yard",
        "yard",
        "bãi",
        "bãi kho",
        "bãi hàng",
        "bãi lưu giữ",
        "khu vực lưu giữ",
    ),
    CameraPosition.INSIDE_STORAGE: (
        "inside storage",
        "inside",
        "trong kho",
        "bên trong kho",
        "trong khu vực lưu giữ",
    ),
    CameraPosition.OTHER: ("other", "khác"),
}
_CONNECTION_WORDS: dict[ConnectionMethod, tuple[str, ...]] = {
    ConnectionMethod.INTERNET: ("internet", "mạng internet", "qua internet"),
    ConnectionMethod.VPN: ("vpn", "mạng riêng ảo"),
    ConnectionMethod.PRIVATE_CHANNEL: (
        "private channel",
        "private line",
        "kênh riêng",
        "kênh truyền riêng",
        "đường truyền riêng",
        "kênh thuê riêng",
    ),
}
_RISK_WORDS: dict[RiskLevel, tuple[str, ...]] = {
    RiskLevel.LOW: ("low", "thấp"),
    RiskLevel.MEDIUM: ("medium", "trung bình", "vừa"),
    RiskLevel.HIGH: ("high", "cao"),
}

PROGRESS_EVERY = 25
# Far above any real registry (50,000 camera lines of ~300 bytes is 15 MB); the file is refused
# before it is read, so a hostile file costs no memory.
SITES_CSV_MAX_BYTES = 32 * MB


def fold_header(text: str) -> str:
    """Lower case, no accents (đ -> d), '_', '-' and '/' as spaces, single spaces."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    plain = re.sub(r"[_\-/]", " ", plain.casefold())
    return " ".join(plain.split())


_HEADER_LOOKUP: dict[str, str] = {
    fold_header(alias): column
    for alias, column in [(c, c) for c in COLUMNS]
    + list(VIETNAMESE_HEADERS.items())
    + list(_MORE_HEADERS.items())
}


class SitesFileError(Exception):
    """The file itself could not be read (missing, a folder, no permission). Translated."""


@dataclass(frozen=True)
class ImportProblem:
    """A reason why the file cannot be imported. ``line`` is the file's line (1 = headers)."""

    line: int | None
    message: str
    column: str = ""

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return QCoreApplication.translate("SitesCsv", "line {line}: {reason}").format(
            line=self.line, reason=self.message
        )


@dataclass
class ImportReport:
    path: str
    dry_run: bool
    rows: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    epes_added: int = 0
    epes_updated: int = 0
    epes_unchanged: int = 0
    cameras_added: int = 0
    cameras_updated: int = 0
    cameras_unchanged: int = 0
    imported: bool = False  # True once the changes are committed (never on a dry run)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        return QCoreApplication.translate(
            "SitesCsv",
            "EPEs: {ea} added, {eu} updated, {en} unchanged. "
            "Cameras: {ca} added, {cu} updated, {cn} unchanged.",
        ).format(
            ea=self.epes_added,
            eu=self.epes_updated,
            en=self.epes_unchanged,
            ca=self.cameras_added,
            cu=self.cameras_updated,
            cn=self.cameras_unchanged,
        )


class ExportCounts(NamedTuple):
    epes: int
    cameras: int


# --- reading the file ---------------------------------------------------------------------------


def _read_text(path: Path, report: ImportReport) -> str | None:
    """The file's text, or None after adding the reason to ``report``."""
    try:
        data = read_user_file(path, SITES_CSV_MAX_BYTES)
    except UserFileError as exc:
        raise SitesFileError(str(exc)) from None

    def fail(line: int | None, message: str) -> None:
        report.problems.append(ImportProblem(line, message))

    if data.startswith(b"PK\x03\x04"):
        fail(
            None,
            QCoreApplication.translate(
                "SitesCsv",
                "This is an Excel workbook (.xlsx), not a CSV file. In Excel choose File > Save "
                "As > "
                "'CSV UTF-8 (Comma delimited)' and import that file.",
            ),
        )
        return None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        fail(
            None,
            QCoreApplication.translate(
                "SitesCsv",
                "This file is saved as UTF-16 ('Unicode Text'). Save it as 'CSV UTF-8 (Comma "
                "delimited)' and import that file.",
            ),
        )
        return None
    if b"\x00" in data:
        fail(
            None,
            QCoreApplication.translate(
                "SitesCsv", "This is not a CSV text file (it contains binary data)."
            ),
        )
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        fail(
            line,
            QCoreApplication.translate(
                "SitesCsv",
                "The file is not UTF-8 text, so Vietnamese letters would be garbled. In Excel "
                "choose "
                "File > Save As > 'CSV UTF-8 (Comma delimited)' and import that file.",
            ),
        )
        return None
    if not text.strip():
        fail(
            None,
            QCoreApplication.translate(
                "SitesCsv", "The file is empty: it needs a header line and one line per camera."
            ),
        )
        return None
    return text


def guess_delimiter(first_line: str) -> str:
    # Excel writes ';' where the decimal separator is ',' (e.g. a Vietnamese Windows locale).
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


class _Row(NamedTuple):
    line: int
    cells: dict[str, str]


def _records(text: str, report: ImportReport) -> tuple[list[str], int, list[tuple[int, list[str]]]]:
    """Header cells, header line, and (line, cells) of every non-blank record."""
    lines = text.splitlines()
    skip = 0
    delimiter = None
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    sep = re.fullmatch(r"\s*sep=(.)\s*", lines[first]) if lines else None
    if sep:  # Excel's own "sep=;" hint line
        delimiter, skip = sep.group(1), first + 1
    else:
        delimiter = guess_delimiter(lines[first])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if line <= skip or not any(c.strip() for c in cells):
                continue
            records.append((line, cells))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            message = QCoreApplication.translate(
                "SitesCsv",
                "A value on this line is too long (more than {limit} characters); no field of "
                "the registry is that long. Check the file.",
            ).format(limit=csv.field_size_limit())
        else:
            message = QCoreApplication.translate(
                "SitesCsv",
                "The file cannot be read as CSV from here on (a quotation mark is not closed, "
                "or a stray one is inside a value).",
            )
        report.problems.append(ImportProblem(start, message))
    if not records:
        return [], 0, []
    header_line, header = records[0]
    return header, header_line, records[1:]


def _map_header(
    header: list[str], line: int, records: list[tuple[int, list[str]]], report: ImportReport
) -> dict[int, str] | None:
    """Column index -> canonical column name, or None after reporting why the header is bad."""
    problems: list[str] = []
    mapping: dict[int, str] = {}
    seen: dict[str, str] = {}
    for index, raw in enumerate(header):
        title = one_line(raw.strip())
        if not title:
            if any(index < len(cells) and cells[index].strip() for _, cells in records):
                problems.append(
                    QCoreApplication.translate(
                        "SitesCsv", "Column {number} has values but no header."
                    ).format(number=index + 1)
                )
            continue
        if url_has_credentials(title):
            # A file without its header line: the first camera's URL is not echoed.
            title = QCoreApplication.translate("SitesCsv", "column {number}").format(
                number=index + 1
            )
        folded = fold_header(title)
        column = _HEADER_LOOKUP.get(folded)
        if column is None:
            if folded in _PASSWORD_HEADERS:
                problems.append(
                    QCoreApplication.translate(
                        "SitesCsv",
                        "Column '{header}': passwords are never imported from a file. Delete this "
                        "column and store each EPE's password with 'epewall credentials set'.",
                    ).format(header=title)
                )
            else:
                problems.append(
                    QCoreApplication.translate("SitesCsv", "Unknown column '{header}'.").format(
                        header=title
                    )
                )
            continue
        if column in seen:
            problems.append(
                QCoreApplication.translate(
                    "SitesCsv", "Columns '{first}' and '{second}' both mean {column}."
                ).format(first=seen[column], second=title, column=column)
            )
            continue
        seen[column] = title
        mapping[index] = column
    if not mapping:
        report.problems.append(
            ImportProblem(
                line,
                QCoreApplication.translate(
                    "SitesCsv",
                    "The first line must name the columns, e.g. {columns} (or the Vietnamese "
                    "headers "
                    "such as 'Tên DNCX', 'Mã số thuế').",
                ).format(columns=", ".join(COLUMNS)),
            )
        )
        return None
    for column in REQUIRED_COLUMNS:
        if column not in seen:
            problems.append(
                QCoreApplication.translate(
                    "SitesCsv", "The required column {column} is missing."
                ).format(column=column)
            )
    camera_columns = [c for c in CAMERA_COLUMNS if c in seen]
    for needed in ("diagram_number", "position"):
        if camera_columns and needed not in seen:
            problems.append(
                QCoreApplication.translate(
                    "SitesCsv", "Camera columns need the column {column} too."
                ).format(column=needed)
            )
    if problems:
        report.problems.extend(ImportProblem(line, p) for p in problems)
        return None
    return mapping


# --- values -------------------------------------------------------------------------------------


class _Labelled(Protocol):
    def label(self) -> str: ...


E = TypeVar("E", bound=_Labelled)


def _enum_value(words: dict[E, tuple[str, ...]], text: str) -> E | None:
    """The member whose value, current label or an alias (English/Vietnamese) is ``text``."""
    folded = fold_header(text)
    for member in words:
        names: list[str] = [str(member), member.label(), *words[member]]
        if any(fold_header(name) == folded for name in names):
            return member
    return None


def _parse_date(text: str) -> dt.date | None:
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    local = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", text)
    try:
        if iso:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        if local:
            return dt.date(int(local[3]), int(local[2]), int(local[1]))
    except ValueError:
        return None
    return None


class _Cell(NamedTuple):
    value: object
    line: int


_BAD: object = object()  # a cell that could not be parsed (already reported)


def _parse_cell(column: str, raw: str, line: int, report: ImportReport, header: str) -> object:
    """The typed value of a non-empty cell, or _BAD after reporting the problem."""

    def bad(message: str) -> object:
        report.problems.append(ImportProblem(line, f"{header}: {message}", column))
        return _BAD

    if column == "tax_id":
        try:
            return normalise_tax_id(raw)
        except ValidationError as exc:
            digits = re.sub(r"\D", "", raw)
            if len(digits) in (9, 12):
                try:
                    normalise_tax_id("0" + raw.strip())
                except ValidationError:
                    pass
                else:
                    return bad(
                        QCoreApplication.translate(
                            "SitesCsv",
                            "'{value}' lost its leading 0 (Excel does this to numbers). Write it "
                            "as "
                            "0{value}, and format the column as Text in Excel.",
                        ).format(value=one_line(raw.strip()))
                    )
            return bad(f"{exc.message} ('{one_line(raw)}')")
    if column == "onvif_address":
        try:
            return normalise_device_address(raw)
        except ValidationError as exc:
            # Never repeat a password: an address with credentials is not shown at all.
            if url_has_credentials(raw) or carries_credential(raw):
                return bad(exc.message)
            return bad(f"{exc.message} ('{one_line(raw)}')")
    if column in ("licence_date", "established_date"):
        date = _parse_date(raw)
        if date is None:
            return bad(
                QCoreApplication.translate(
                    "SitesCsv", "'{value}' is not a date; write 2021-04-25 or 25/04/2021."
                ).format(value=one_line(raw))
            )
        return date
    if column == "connection":
        connection = _enum_value(_CONNECTION_WORDS, raw)
        if connection is None:
            return bad(
                QCoreApplication.translate(
                    "SitesCsv",
                    "'{value}' is not a connection method; write internet, vpn or private_channel "
                    "(or Internet, VPN, kênh riêng).",
                ).format(value=one_line(raw))
            )
        return connection
    if column == "risk_level":
        risk = _enum_value(_RISK_WORDS, raw)
        if risk is None:
            return bad(
                QCoreApplication.translate(
                    "SitesCsv",
                    "'{value}' is not a risk level; write low, medium or high (or thấp, trung "
                    "bình, "
                    "cao).",
                ).format(value=one_line(raw))
            )
        return risk
    if column == "position":
        position = _enum_value(_POSITION_WORDS, raw)
        if position is None:
            return bad(
                QCoreApplication.translate(
                    "SitesCsv",
                    "'{value}' is not a camera position; write gate, storage_door, storage_yard, "
                    "inside_storage or other (or cổng, cửa kho, bãi kho, trong kho, khác).",
                ).format(value=one_line(raw))
            )
        return position
    if column == "diagram_number":
        number = re.fullmatch(r"(\d+)(?:\.0+)?", raw)
        if number is None or not 1 <= int(number[1]) <= 9999:
            return bad(
                QCoreApplication.translate(
                    "SitesCsv",
                    "'{value}' is not a camera number; write the number from the EPE's camera "
                    "diagram (1 to 9999).",
                ).format(value=one_line(raw))
            )
        return int(number[1])
    return raw


# --- the plan -----------------------------------------------------------------------------------


@dataclass
class _EpePlan:
    tax_id: str
    first_line: int
    cells: dict[str, _Cell] = field(default_factory=dict)  # non-empty parsed EPE values
    cameras: dict[int, _CameraPlan] = field(default_factory=dict)
    existing: Epe | None = None
    epe: Epe | None = None


@dataclass
class _CameraPlan:
    line: int
    number: int
    cells: dict[str, object]  # the camera's well-formed, non-empty cells
    given: set[str] = field(default_factory=set)  # columns with a value, good or bad
    existing: Camera | None = None
    camera: Camera | None = None


_EPE_FIELD = {
    "epe_name": "name",
    "epe_notes": "notes",
}
_CAMERA_FIELD = {"camera_name": "name", "camera_notes": "notes"}
_CLEARED = {"licence_date": None, "established_date": None}


def _epe_field(column: str) -> str:
    return _EPE_FIELD.get(column, column)


def _camera_field(column: str) -> str:
    return _CAMERA_FIELD.get(column, column)


def _column_of_epe_field(name: str) -> str:
    return {v: k for k, v in _EPE_FIELD.items()}.get(name, name)


def _column_of_camera_field(name: str) -> str:
    return {v: k for k, v in _CAMERA_FIELD.items()}.get(name, name)


def _build_epe(plan: _EpePlan, present: set[str]) -> Epe:
    base = plan.existing or Epe(name="", tax_id=plan.tax_id)
    changes: dict[str, object] = {}
    for column in EPE_COLUMNS:
        if column not in present:
            continue  # a column absent from the file leaves the field as it is
        cell = plan.cells.get(column)
        if cell is not None:
            changes[_epe_field(column)] = cell.value
        elif column in ("connection", "risk_level"):
            continue  # these have no "empty": keep the stored (or default) value
        else:
            changes[_epe_field(column)] = _CLEARED.get(column, "")
    changes["tax_id"] = plan.tax_id
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _build_camera(plan: _CameraPlan, epe_id: int, present: set[str]) -> Camera:
    position = plan.cells.get("position")
    base = plan.existing or Camera(
        epe_id=epe_id,
        diagram_number=plan.number,
        position=position if isinstance(position, CameraPosition) else CameraPosition.OTHER,
    )
    changes: dict[str, object] = {"diagram_number": plan.number, "epe_id": epe_id}
    for column in CAMERA_COLUMNS[1:]:
        if column not in present:
            continue
        value = plan.cells.get(column)
        if value is not None:
            changes[_camera_field(column)] = value
        elif column != "position":
            changes[_camera_field(column)] = ""
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _epe_cells(epe: Epe) -> list[str]:
    return [
        epe.name,
        epe.tax_id,
        epe.address,
        epe.sub_department,
        epe.contact_person,
        epe.contact_phone,
        ConnectionMethod(epe.connection).value,
        epe.licence_date.isoformat() if epe.licence_date else "",
        epe.established_date.isoformat() if epe.established_date else "",
        RiskLevel(epe.risk_level).value,
        epe.account_user,
        epe.onvif_address,
        epe.notes,
    ]


def _camera_cells(camera: Camera) -> list[str]:
    return [
        str(camera.diagram_number),
        CameraPosition(camera.position).value,
        camera.name,
        camera.main_url,
        camera.sub_url,
        camera.notes,
    ]


def import_csv_steps(
    registry: Registry, path: str | Path, dry_run: bool = False
) -> Generator[tuple[int, int, str], None, ImportReport]:
    """``import_csv`` as a generator yielding ``(done, total, text)``: for ``workers.Job``.

    Raises SitesFileError when the file cannot be read at all, RegistryError when the registry
    cannot be read or written (then nothing was changed).
    """
    path = Path(path)
    report = ImportReport(path=str(path), dry_run=dry_run)
    text = _read_text(path, report)
    if text is None:
        return report
    header, header_line, records = _records(text, report)
    if not header:
        if not report.problems:
            report.problems.append(
                ImportProblem(
                    None,
                    QCoreApplication.translate(
                        "SitesCsv",
                        "The file is empty: it needs a header line and one line per camera.",
                    ),
                )
            )
        return report
    mapping = _map_header(header, header_line, records, report)
    if mapping is None:
        return report
    present = set(mapping.values())
    titles = {column: one_line(header[index].strip()) for index, column in mapping.items()}
    total = len(records) + 1
    report.rows = len(records)
    yield 0, total, QCoreApplication.translate("SitesCsv", "Checking the file…")

    existing_epes = {epe.tax_id: epe for epe in registry.list_epes()}
    existing_cameras: dict[tuple[int, int], Camera] = {
        (c.epe_id, c.diagram_number): c for c in registry.list_cameras()
    }
    plans: dict[str, _EpePlan] = {}
    for done, (line, cells) in enumerate(records, start=1):
        _check_row(line, cells, mapping, titles, plans, report)
        if done % PROGRESS_EVERY == 0:
            yield (
                done,
                total,
                QCoreApplication.translate("SitesCsv", "Checking line {line}…").format(line=line),
            )

    names: dict[str, tuple[str, int]] = {}
    for plan in plans.values():
        plan.existing = existing_epes.get(plan.tax_id)
        epe = _build_epe(plan, present)
        epe.id = plan.existing.id if plan.existing else None
        plan.epe = epe
        name_line = plan.cells["epe_name"].line if "epe_name" in plan.cells else plan.first_line
        if epe.name.strip():
            key = name_key(epe.name)
            if key in names and names[key][0] != plan.tax_id:
                report.problems.append(
                    ImportProblem(
                        name_line,
                        QCoreApplication.translate(
                            "SitesCsv",
                            "{header}: the EPE with tax ID {other} on line {line} has the same "
                            "name.",
                        ).format(
                            header=titles["epe_name"], other=names[key][0], line=names[key][1]
                        ),
                        "epe_name",
                    )
                )
            names.setdefault(key, (plan.tax_id, name_line))
        for problem in registry.validate_epe(epe):
            column = _column_of_epe_field(problem.field)
            cell = plan.cells.get(column)
            report.problems.append(
                ImportProblem(
                    cell.line if cell else plan.first_line,
                    f"{titles.get(column, column)}: {problem.message}",
                    column,
                )
            )
        for number, camera_plan in plan.cameras.items():
            if plan.existing is not None and plan.existing.id is not None:
                camera_plan.existing = existing_cameras.get((plan.existing.id, number))
            camera = _build_camera(camera_plan, epe.id or 0, present)
            camera_plan.camera = camera
            if camera_plan.existing is None and "position" not in camera_plan.given:
                report.problems.append(
                    ImportProblem(
                        camera_plan.line,
                        QCoreApplication.translate(
                            "SitesCsv", "{header}: a new camera needs its position."
                        ).format(header=titles["position"]),
                        "position",
                    )
                )
            for problem in validate_camera_fields(camera):
                column = _column_of_camera_field(problem.field)
                if column in ("main_url", "sub_url"):
                    continue  # checked per row in _check_row, where the line is known
                report.problems.append(
                    ImportProblem(
                        camera_plan.line, f"{titles.get(column, column)}: {problem.message}", column
                    )
                )

    report.problems.sort(key=lambda p: (p.line or 0))
    if report.problems:
        return report
    _count(plans, report)
    if not dry_run:
        # The last yield comes before the write: a cancel after it cannot interrupt the
        # transaction, and a cancelled import has changed nothing.
        yield len(records), total, QCoreApplication.translate("SitesCsv", "Saving…")
        _write(registry, plans)
        report.imported = True
        log.info("imported %s: %s", path.name, report.summary())
    return report


def _check_row(
    line: int,
    raw_cells: list[str],
    mapping: dict[int, str],
    titles: dict[str, str],
    plans: dict[str, _EpePlan],
    report: ImportReport,
) -> None:
    extra = [c for i, c in enumerate(raw_cells) if i not in mapping and c.strip()]
    if len(raw_cells) > max(mapping) + 1 and extra:
        report.problems.append(
            ImportProblem(
                line,
                QCoreApplication.translate(
                    "SitesCsv",
                    "This line has more values than there are column headers (check the delimiter "
                    "and "
                    "the quotation marks).",
                ),
            )
        )
        return
    unquoted = {
        column: from_spreadsheet_cell(raw_cells[index])
        for index, column in mapping.items()
        if index < len(raw_cells)
    }
    cells = {column: value for column, value in unquoted.items() if value}
    values: dict[str, object] = {}
    for column, raw in cells.items():
        url = column in ("main_url", "sub_url")
        if url_has_credentials(raw) if url else carries_credential(raw):
            # Refused before any other check, with a message that repeats no part of the cell.
            problem = credential_problem(column, url=url)
            report.problems.append(
                ImportProblem(line, f"{titles[column]}: {problem.message}", column)
            )
            values[column] = _BAD
        elif url:
            values[column] = _check_url_cell(column, raw, line, titles[column], report)
        else:
            values[column] = _parse_cell(column, raw, line, report, titles[column])

    tax_id = values.get("tax_id")
    if "tax_id" not in cells:
        report.problems.append(
            ImportProblem(
                line,
                QCoreApplication.translate(
                    "SitesCsv", "{header}: every line needs the EPE's tax ID."
                ).format(header=titles["tax_id"]),
                "tax_id",
            )
        )
    camera_given = any(c in cells for c in CAMERA_COLUMNS)
    if camera_given and "diagram_number" not in cells:
        report.problems.append(
            ImportProblem(
                line,
                QCoreApplication.translate(
                    "SitesCsv",
                    "{header}: this line describes a camera but has no camera number (leave all "
                    "camera "
                    "columns empty for an EPE without cameras).",
                ).format(header=titles.get("diagram_number", "diagram_number")),
                "diagram_number",
            )
        )
    if not isinstance(tax_id, str):
        return
    plan = plans.setdefault(tax_id, _EpePlan(tax_id=tax_id, first_line=line))
    for column in EPE_COLUMNS:
        value = values.get(column)
        if value is None or value is _BAD or column == "tax_id":
            continue
        earlier = plan.cells.get(column)
        if earlier is None:
            plan.cells[column] = _Cell(value, line)
        elif earlier.value != value:
            report.problems.append(
                ImportProblem(
                    line,
                    QCoreApplication.translate(
                        "SitesCsv",
                        "{header}: differs from line {line} for the same tax ID; an EPE's columns "
                        "must be "
                        "the same on all its lines.",
                    ).format(header=titles[column], line=earlier.line),
                    column,
                )
            )
    number = values.get("diagram_number")
    if isinstance(number, int):
        if number in plan.cameras:
            report.problems.append(
                ImportProblem(
                    line,
                    QCoreApplication.translate(
                        "SitesCsv",
                        "{header}: camera {number} of this EPE is already on line {line}.",
                    ).format(
                        header=titles["diagram_number"],
                        number=number,
                        line=plan.cameras[number].line,
                    ),
                    "diagram_number",
                )
            )
            return
        camera_values = {c: v for c, v in values.items() if c in CAMERA_COLUMNS and v is not _BAD}
        plan.cameras[number] = _CameraPlan(
            line=line, number=number, cells=camera_values, given=set(cells)
        )


def _check_url_cell(column: str, raw: str, line: int, header: str, report: ImportReport) -> object:
    problems = validate_camera_fields(
        Camera(
            epe_id=0,
            diagram_number=1,
            position=CameraPosition.OTHER,
            main_url=raw if column == "main_url" else "",
            sub_url=raw if column == "sub_url" else "",
        )
    )
    mine = [p for p in problems if p.field == column]
    if not mine:
        return raw
    # The URL is not repeated: the line and the column say which cell it is.
    for problem in mine:
        report.problems.append(ImportProblem(line, f"{header}: {problem.message}", column))
    return _BAD


def _count(plans: dict[str, _EpePlan], report: ImportReport) -> None:
    for plan in plans.values():
        assert plan.epe is not None
        if plan.existing is None:
            report.epes_added += 1
        elif _epe_cells(plan.epe) != _epe_cells(plan.existing):
            report.epes_updated += 1
        else:
            report.epes_unchanged += 1
        for camera_plan in plan.cameras.values():
            assert camera_plan.camera is not None
            if camera_plan.existing is None:
                report.cameras_added += 1
            elif _camera_cells(camera_plan.camera) != _camera_cells(camera_plan.existing):
                report.cameras_updated += 1
            else:
                report.cameras_unchanged += 1


def _write(registry: Registry, plans: dict[str, _EpePlan]) -> None:
    with registry.transaction():
        for plan in plans.values():
            assert plan.epe is not None
            if plan.existing is None:
                epe = registry.add_epe(plan.epe)
            elif _epe_cells(plan.epe) != _epe_cells(plan.existing):
                epe = registry.update_epe(plan.epe)
            else:
                epe = plan.existing
            assert epe.id is not None
            for camera_plan in plan.cameras.values():
                assert camera_plan.camera is not None
                camera = dataclasses.replace(camera_plan.camera, epe_id=epe.id)
                if camera_plan.existing is None:
                    registry.add_camera(camera)
                elif _camera_cells(camera) != _camera_cells(camera_plan.existing):
                    registry.update_camera(camera)


def import_csv(registry: Registry, path: str | Path, dry_run: bool = False) -> ImportReport:
    """Check every row of the CSV file, then import all of it in one transaction, or nothing.

    Returns the report (``report.problems`` lists every bad row with its line). Raises
    SitesFileError when the file cannot be read, RegistryError when the registry cannot be
    written; in both cases nothing was changed.
    """
    return run_to_end(import_csv_steps(registry, path, dry_run))


# --- export -------------------------------------------------------------------------------------


def export_rows(registry: Registry) -> Iterable[list[str]]:
    """The export's rows after the header: one per camera, one per EPE without cameras."""
    cameras: dict[int, list[Camera]] = {}
    for camera in registry.list_cameras():
        cameras.setdefault(camera.epe_id, []).append(camera)
    for epe in registry.list_epes():
        assert epe.id is not None
        epe_part = _epe_cells(epe)
        own = cameras.get(epe.id, [])
        if not own:
            yield epe_part + [""] * len(CAMERA_COLUMNS)
        for camera in own:
            yield epe_part + _camera_cells(camera)


def export_csv(registry: Registry, out: TextIO, *, bom: bool = True) -> ExportCounts:
    """Write the registry as CSV (English headers, UTF-8 BOM for Excel). No password, ever.

    ``out`` should be opened with ``newline=""``; the stored URLs carry no credentials. Tax IDs
    and phone numbers are written as text (Excel keeps their leading 0) and formulas are
    neutralised (``app.exports.write_csv``); importing the file back gives the exact values.
    """
    rows = list(export_rows(registry))
    write_csv(out, COLUMNS, rows, text_columns=_TEXT_COLUMNS, bom=bom)
    epes = {row[1] for row in rows}
    cameras = sum(1 for row in rows if row[len(EPE_COLUMNS)])
    return ExportCounts(epes=len(epes), cameras=cameras)


def write_template(out: TextIO, vietnamese: bool = True) -> None:
    """An empty import file for an admin to fill: the header row only, in Vietnamese (the
    headers an admin writes) or the canonical English names, with the byte order mark Excel
    needs for Vietnamese letters. ``out`` should be opened with ``newline=""``."""
    by_column = {column: header for header, column in VIETNAMESE_HEADERS.items()}
    header = [by_column[c] if vietnamese else c for c in COLUMNS]
    write_csv(out, header, [], bom=True)
