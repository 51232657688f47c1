"""A snapshot on one printable A4 page: the picture and the details the written record needs.

Decision 1572: suspicious images are captured and printed to go with the officer's written
record. The page shows the picture scaled to fit, a table (EPE, tax ID, camera, times in Vietnam
and UTC, resolution, SHA-256 and whether the file still matches it, officer, epewall version) and
signature lines. Vietnamese by default through the translations; the fonts have its diacritics.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLineF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from app import __version__
from app.domain import CameraPosition
from app.evidence.snapshots import SnapshotRecord, sha256_file, utc_iso
from app.timekeeping import show_local
from widgets.common.official_document import (
    MONO,
    SANS,
    DocumentError,
    Letterhead,
    Signer,
    base_font,
    check_writable,
    header_html,
    paint_html,
    pdf_writer,
    set_a4,
    signatures_html,
)

PICTURE_MAX_MM = 105.0  # a 16:9 picture across the page's 180 mm
PICTURE_MIN_MM = 40.0
NOTE_MAX_CHARS = 600
INK = QColor("#1f2328")
MUTED = QColor("#59636e")
RULE = QColor("#8c959f")
WARNING = QColor("#a40e26")
LEFT_WRAP = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
# A SHA-256 is read and compared character by character: whole, on one line (64 characters of
# the 8.5 pt monospace font take 116 mm of the 125 mm the value column has).
LEFT_ONE_LINE = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextSingleLine)


class SnapshotPrintError(Exception):
    """The page could not be made. ``str()`` is translated."""


def default_pdf_path(record: SnapshotRecord) -> Path:
    """The PDF beside the snapshot, with the same name."""
    return record.path.with_suffix(".pdf")


def render_snapshot_pdf(
    record: SnapshotRecord,
    png_path: str | Path | None = None,
    out_pdf: str | Path | None = None,
    letterhead: Letterhead | None = None,
) -> Path:
    """Write the one-page A4 PDF of a snapshot; returns its path. ``png_path`` defaults to the
    record's file, ``out_pdf`` to the same name with ``.pdf``. Raises SnapshotPrintError."""
    png = Path(png_path) if png_path is not None else record.path
    out = Path(out_pdf) if out_pdf is not None else default_pdf_path(record)
    page = _Page.load(record, png, letterhead)
    try:
        check_writable(out)
    except DocumentError as exc:
        raise SnapshotPrintError(str(exc)) from exc
    title = QCoreApplication.translate("SnapshotPrint", "Surveillance camera snapshot")
    writer = pdf_writer(out, f"{title} – {record.subject.epe_name}")
    painter = QPainter()
    if not painter.begin(writer):
        raise SnapshotPrintError(
            QCoreApplication.translate(
                "SnapshotPrint",
                "The PDF file {path} cannot be written ({error}). Check that its "
                "folder exists and that you may write to it.",
            ).format(path=out, error="QPdfWriter")
        )
    try:
        page.paint(painter, _paint_rect(writer))
    finally:
        painter.end()
    return out


def print_to(printer: QPrinter, record: SnapshotRecord, png_path: str | Path | None = None) -> None:
    """Print the snapshot's page on an already set-up printer (or a PDF QPrinter)."""
    page = _Page.load(record, Path(png_path) if png_path is not None else record.path)
    painter = QPainter()
    if not painter.begin(printer):
        raise SnapshotPrintError(
            QCoreApplication.translate("SnapshotPrint", "The printer could not be started.")
        )
    try:
        page.paint(painter, _paint_rect(printer))
    finally:
        painter.end()


def print_snapshot(
    record: SnapshotRecord, png_path: str | Path | None = None, parent: QWidget | None = None
) -> bool:
    """ "Print snapshot…": offer the print dialog and print the page; False when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    set_a4(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("SnapshotPrint", "Print snapshot"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_to(printer, record, png_path)
    return True


def _paint_rect(device: QPdfWriter | QPrinter) -> QRectF:
    # The painter's origin is the corner of the area inside the margins.
    rect = device.pageLayout().paintRectPixels(device.resolution())
    return QRectF(0, 0, rect.width(), rect.height())


def _font(families: list[str], points: float, bold: bool = False) -> QFont:
    font = base_font(points)
    font.setFamilies(families)
    font.setBold(bold)
    return font


def _position_label(value: str) -> str:
    try:
        return CameraPosition(value).label()
    except ValueError:
        return value


def _stream_label(value: str) -> str:
    if value == "main":
        return QCoreApplication.translate("SnapshotPrint", "Main stream (full resolution)")
    if value == "sub":
        return QCoreApplication.translate("SnapshotPrint", "Sub stream")
    if value == "playback":
        return QCoreApplication.translate(
            "SnapshotPrint", "Recording (replayed from the EPE's recorder)"
        )
    return value


def _vietnam_time(moment: dt.datetime) -> str:
    return show_local(moment, day_first=True, seconds=True) + " (UTC+07:00)"


@dataclass
class _Row:
    label: str
    value: str
    mono: bool = False
    warning: bool = False


class _Page:
    """The page's content, measured and painted in the device's pixels."""

    def __init__(
        self,
        record: SnapshotRecord,
        image: QImage,
        file_matches: bool,
        letterhead: Letterhead | None = None,
    ) -> None:
        self.record = record
        self.image = image
        self.file_matches = file_matches
        self.letterhead = letterhead if letterhead is not None else Letterhead.from_settings()

    @classmethod
    def load(cls, record: SnapshotRecord, png: Path, letterhead: Letterhead | None = None) -> _Page:
        image = QImage(str(png))
        if image.isNull():
            raise SnapshotPrintError(
                QCoreApplication.translate(
                    "SnapshotPrint",
                    "The snapshot {path} cannot be read; it was moved, deleted or damaged.",
                ).format(path=png)
            )
        try:
            matches = sha256_file(png) == record.sha256
        except OSError:
            matches = False
        return cls(record, image, matches, letterhead)

    def rows(self) -> list[_Row]:
        record, subject = self.record, self.record.subject
        camera = QCoreApplication.translate("SnapshotPrint", "No. {number} – {position}").format(
            number=subject.diagram_number, position=_position_label(subject.position)
        )
        if subject.camera_name:
            camera += f" – {subject.camera_name}"
        check = (
            QCoreApplication.translate(
                "SnapshotPrint", "The file matches this SHA-256 (checked when this page was made)."
            )
            if self.file_matches
            else QCoreApplication.translate(
                "SnapshotPrint",
                "WARNING: the file does NOT match this SHA-256; it was changed after the "
                "snapshot was taken.",
            )
        )
        rows = [
            _Row(QCoreApplication.translate("SnapshotPrint", "EPE"), subject.epe_name),
            _Row(QCoreApplication.translate("SnapshotPrint", "Tax ID"), subject.tax_id or "–"),
            _Row(
                QCoreApplication.translate(
                    "SnapshotPrint", "Camera (diagram number, position, name)"
                ),
                camera,
            ),
        ]
        if subject.stream:
            rows.append(
                _Row(
                    QCoreApplication.translate("SnapshotPrint", "Stream"),
                    _stream_label(subject.stream),
                )
            )
        rows += [
            _Row(
                QCoreApplication.translate("SnapshotPrint", "Time (Vietnam)"),
                _vietnam_time(record.taken_at),
            ),
            _Row(
                QCoreApplication.translate("SnapshotPrint", "Time (UTC)"), utc_iso(record.taken_at)
            ),
            _Row(
                QCoreApplication.translate("SnapshotPrint", "Resolution"),
                f"{record.width} × {record.height} px",
            ),
            _Row(QCoreApplication.translate("SnapshotPrint", "File"), record.path.name),
            _Row("SHA-256", record.sha256, mono=True),
            _Row(
                QCoreApplication.translate("SnapshotPrint", "File check"),
                check,
                warning=not self.file_matches,
            ),
            _Row(QCoreApplication.translate("SnapshotPrint", "Officer"), record.officer or "–"),
            _Row(QCoreApplication.translate("SnapshotPrint", "Software"), record.software),
        ]
        if record.note:
            note = record.note
            if len(note) > NOTE_MAX_CHARS:
                note = note[:NOTE_MAX_CHARS].rstrip() + "…"
            rows.append(_Row(QCoreApplication.translate("SnapshotPrint", "Note"), note))
        return rows

    def paint(self, painter: QPainter, area: QRectF) -> None:
        dpi = painter.device().logicalDpiY()

        def mm(value: float) -> float:
            return value * dpi / 25.4

        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        top = area.top()

        subject = self.record.subject
        subtitle = QCoreApplication.translate(
            "SnapshotPrint", "{epe} – camera {number} – {time}"
        ).format(
            epe=subject.epe_name,
            number=subject.diagram_number,
            time=_vietnam_time(self.record.taken_at),
        )
        header = header_html(
            QCoreApplication.translate("SnapshotPrint", "Surveillance camera snapshot"),
            letterhead=self.letterhead,
            subtitle=subtitle,
        )
        top += paint_html(painter, header, QRectF(area.left(), top, area.width(), 0)) + mm(2)

        rows = self.rows()
        label_w = mm(52)
        pad = mm(1.6)
        table_font = _font(SANS, 9)
        label_font = _font(SANS, 9, bold=True)
        mono_font = _font(MONO, 8.5)
        heights = [
            max(
                self._text_height(painter, label_font, row.label, label_w - 2 * pad),
                self._text_height(
                    painter,
                    mono_font if row.mono else table_font,
                    row.value,
                    area.width() - label_w - 2 * pad,
                    one_line=row.mono,
                ),
            )
            + 2 * pad
            for row in rows
        ]
        table_h = sum(heights)
        signature_h = mm(32)
        footer_font = _font(SANS, 7.5)
        footer = self._footer()
        footer_h = self._text_height(painter, footer_font, footer, area.width())

        gap = mm(4)  # picture / table / signatures
        room = area.bottom() - top - gap - table_h - gap - signature_h - footer_h - mm(3)
        picture_h = max(mm(PICTURE_MIN_MM), min(mm(PICTURE_MAX_MM), room))
        size = QSizeF(self.image.width(), self.image.height()).scaled(
            QSizeF(area.width(), picture_h), Qt.AspectRatioMode.KeepAspectRatio
        )
        picture = QRectF(
            area.left() + (area.width() - size.width()) / 2, top, size.width(), size.height()
        )
        painter.drawImage(picture, self.image)
        painter.setPen(QPen(RULE, mm(0.2)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(picture)
        top = picture.bottom() + gap

        self._paint_table(
            painter,
            rows,
            heights,
            QRectF(area.left(), top, area.width(), table_h),
            label_w,
            pad,
            (label_font, table_font, mono_font),
        )
        top += table_h + gap

        self._paint_signatures(painter, QRectF(area.left(), top, area.width(), signature_h))

        painter.setFont(footer_font)
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(area.left(), area.bottom() - footer_h, area.width(), footer_h), LEFT_WRAP, footer
        )

    def _footer(self) -> str:
        record = self.record
        printed = show_local(dt.datetime.now(dt.UTC), day_first=True)
        number = str(record.id) if record.id is not None else "–"
        return QCoreApplication.translate(
            "SnapshotPrint",
            "Printed on {printed} by epewall {version}. Snapshot record no. {number}. The picture "
            "is the PNG file kept by epewall; its SHA-256 above shows whether the file was "
            "changed.",
        ).format(printed=printed, version=__version__, number=number)

    @staticmethod
    def _text_height(
        painter: QPainter, font: QFont, text: str, width: float, one_line: bool = False
    ) -> float:
        metrics = QFontMetricsF(font, painter.device())
        flags = Qt.TextFlag.TextSingleLine if one_line else Qt.TextFlag.TextWordWrap
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), int(flags), text).height()

    @staticmethod
    def _paint_table(
        painter: QPainter,
        rows: Sequence[_Row],
        heights: Sequence[float],
        box: QRectF,
        label_w: float,
        pad: float,
        fonts: tuple[QFont, QFont, QFont],
    ) -> None:
        label_font, value_font, mono_font = fonts
        dpi = painter.device().logicalDpiY()
        rule = QPen(RULE, 0.2 * dpi / 25.4)
        y = box.top()
        for row, height in zip(rows, heights, strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#f6f8fa"))
            painter.drawRect(QRectF(box.left(), y, label_w, height))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setFont(label_font)
            painter.setPen(INK)
            painter.drawText(
                QRectF(box.left() + pad, y + pad, label_w - 2 * pad, height - 2 * pad),
                LEFT_WRAP,
                row.label,
            )
            painter.setFont(mono_font if row.mono else value_font)
            painter.setPen(WARNING if row.warning else INK)
            flags = LEFT_ONE_LINE if row.mono else LEFT_WRAP
            painter.drawText(
                QRectF(
                    box.left() + label_w + pad,
                    y + pad,
                    box.width() - label_w - 2 * pad,
                    height - 2 * pad,
                ),
                flags,
                row.value,
            )
            painter.setPen(rule)
            painter.drawLine(QLineF(box.left(), y, box.right(), y))
            y += height
        painter.setPen(rule)
        painter.drawLine(QLineF(box.left(), y, box.right(), y))
        painter.drawLine(QLineF(box.left(), box.top(), box.left(), y))
        painter.drawLine(QLineF(box.left() + label_w, box.top(), box.left() + label_w, y))
        painter.drawLine(QLineF(box.right(), box.top(), box.right(), y))

    def _paint_signatures(self, painter: QPainter, box: QRectF) -> None:
        hint = QCoreApplication.translate("SnapshotPrint", "(signature and full name)")
        signers = [
            Signer(
                QCoreApplication.translate("SnapshotPrint", "Officer who took the snapshot"),
                self.record.officer,
                hint,
            ),
            Signer(QCoreApplication.translate("SnapshotPrint", "Head of unit"), "", hint),
        ]
        paint_html(painter, signatures_html(signers), box)
