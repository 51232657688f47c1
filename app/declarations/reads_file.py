"""Gate reads from a CSV file, for tests and for reads made elsewhere until the OCR job fills
``gate_reads`` itself. Columns: time (Vietnamese time unless it carries an offset), camera
(diagram number), kind (container or plate), code (as read), crop (path, optional), sha256 (of
the frame, optional). Whether a read is a valid code is decided here, never taken from the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.declarations.codes import (
    CodeError,
    container_compact,
    normalise_container,
    normalise_plate,
)
from app.declarations.reconcile import GateRead, ItemKind
from app.safe_text import one_line
from app.timekeeping import VIETNAM
from app.user_files import MB, UserFileError, read_user_file

MAX_BYTES = 64 * MB
_SHA256 = re.compile(r"[0-9a-f]{64}")


class ReadsFileError(Exception):
    """The file cannot be used; ``str()`` is the translated reason (with the line)."""


def _t(text: str) -> str:
    return QCoreApplication.translate("Declarations", text)


def gate_read(
    kind: ItemKind,
    text: str,
    at: dt.datetime,
    camera: int,
    crop_path: str = "",
    frame_sha256: str = "",
) -> GateRead:
    """A read as the OCR gives it: valid and canonical when the code checks, else as read."""
    try:
        value = normalise_container(text) if kind is ItemKind.CONTAINER else normalise_plate(text)
        valid = True
    except CodeError:
        value, valid = container_compact(text), False
    return GateRead(kind, value, at, camera, valid, crop_path, frame_sha256)


def read_reads_file(path: Path) -> list[GateRead]:
    try:
        data = read_user_file(path, MAX_BYTES)
    except UserFileError as exc:
        raise ReadsFileError(str(exc)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReadsFileError(_t("{path} is not UTF-8 text.").format(path=path)) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    wanted = {"time", "camera", "kind", "code"}
    if reader.fieldnames is None or not wanted <= {f.strip() for f in reader.fieldnames}:
        raise ReadsFileError(
            _t("{path}: the header must name the columns time, camera, kind, code.").format(
                path=path
            )
        )
    reads: list[GateRead] = []
    try:
        for row in reader:
            cells = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
            line = reader.line_num

            def bad(what: str, line: int = line) -> ReadsFileError:
                return ReadsFileError(_t("line {line}: {what}").format(line=line, what=what))

            try:
                at = dt.datetime.fromisoformat(cells["time"])
            except ValueError:
                raise bad(_t("the time is not YYYY-MM-DD HH:MM:SS.")) from None
            if at.tzinfo is None:
                at = at.replace(tzinfo=VIETNAM)
            if not cells["camera"].isdigit():
                raise bad(_t("the camera is not a diagram number."))
            try:
                kind = ItemKind(cells["kind"].lower())
            except ValueError:
                raise bad(_t("the kind is neither container nor plate.")) from None
            sha = cells.get("sha256", "").lower()
            if sha and not _SHA256.fullmatch(sha):
                raise bad(_t("sha256 is not 64 hexadecimal digits."))
            code = one_line(cells["code"])
            if not code:
                raise bad(_t("the code is empty."))
            reads.append(
                gate_read(
                    kind,
                    code,
                    at.astimezone(dt.UTC),
                    int(cells["camera"]),
                    cells.get("crop", ""),
                    sha,
                )
            )
    except csv.Error:
        raise ReadsFileError(_t("{path} cannot be read as CSV.").format(path=path)) from None
    return reads
