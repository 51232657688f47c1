"""The Vietnamese administrative layout of every page a chief signs (Decree 30/2020/NĐ-CP).

One builder for the monthly plan, the coverage report, the Appendix I compliance report, the
snapshot page and the evidence manifest: the agency (superior agency and unit, from the
settings) on the left with the document number line "Số: …/…", the national name and motto on
the right with the place and date line ("…, ngày … tháng … năm …", Vietnam time), the title,
the body, and the signature block. Pages are A4 QTextDocuments written with QPdfWriter (or a
QPrinter), in fonts that carry Vietnamese diacritics; tax IDs, dates and hashes are kept whole
on their line (``nowrap``, ``mono``).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from app import __version__, settings
from app.timekeeping import local, utc_now

MARGIN_MM = 15.0
PDF_DPI = 300
# DejaVu ships with Linux desktops (fonts-dejavu-core); Windows has Segoe UI and Arial. All of
# them carry Vietnamese diacritics.
SANS = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Arial"]
MONO = ["DejaVu Sans Mono", "Noto Sans Mono", "Consolas", "Courier New"]
MONO_CSS = "'DejaVu Sans Mono', 'Noto Sans Mono', Consolas, 'Courier New', monospace"
DOTS = "……"


class DocumentError(Exception):
    """The PDF could not be written. ``str()`` is translated."""


def _t(text: str) -> str:
    return QCoreApplication.translate("OfficialDocument", text)


def escape(text: object) -> str:
    return html.escape(str(text), quote=True)


# On a table cell: its text stays on one line (a tax ID, a date) and the column widens for it.
# Qt's table layout honours this on the cell only, not on a span inside it.
NOWRAP = ' style="white-space:nowrap"'


def nowrap_cell(text: object, attributes: str = "") -> str:
    """A table cell whose escaped ``text`` is never broken."""
    return f"<td{attributes}{NOWRAP}>{escape(text)}</td>"


def mono(text: object, points: float = 7.5) -> str:
    """``text`` escaped in a monospace font on one line: a SHA-256 must be read and compared
    character by character."""
    return (
        f'<span style="font-family:{MONO_CSS}; font-size:{points}pt; white-space:nowrap">'
        f"{escape(text)}</span>"
    )


@dataclass(frozen=True)
class Letterhead:
    """Who issues the document: the superior agency and the unit (printed in capitals at the
    top left), the unit's short code for document numbers ("Số: …/KH-HQKCX") and the place
    named on the date line. Empty parts print as dots to be written by hand."""

    superior: str = ""
    unit: str = ""
    unit_code: str = ""
    place: str = ""

    @classmethod
    def from_settings(cls, store: settings.Settings | None = None) -> Letterhead:
        store = store or settings.Settings()
        return cls(
            store.get(settings.REPORT_SUPERIOR_AGENCY).strip(),
            store.get(settings.REPORT_UNIT).strip(),
            store.get(settings.REPORT_UNIT_CODE).strip(),
            store.get(settings.REPORT_PLACE).strip(),
        )


@dataclass(frozen=True)
class Signer:
    """One signature column: the title in capitals, the hint under it, the printed name."""

    title: str
    name: str = ""
    hint: str = ""


def number_line(kind: str, letterhead: Letterhead) -> str:
    """ "Số: ……/KH-HQKCX": the number is written by the unit's clerk when the page is
    registered; ``kind`` is the document's type code (KH plan, BC report), may be empty."""
    suffix = "-".join(part for part in (kind, letterhead.unit_code) if part)
    number = f"{DOTS}{DOTS}/{suffix}" if suffix else f"{DOTS}{DOTS}"
    return _t("No.: {number}").format(number=number)


def date_line(when: dt.datetime, letterhead: Letterhead) -> str:
    """ "TP. Hồ Chí Minh, ngày 05 tháng 02 năm 2027" in Vietnam time. Days below 10 and the
    months January and February take a leading zero, as the decree asks."""
    day = local(when)
    return _t("{place}, {month_name} {day}, {year}").format(
        place=letterhead.place or DOTS * 3,
        day=f"{day.day:02d}",
        month=f"{day.month:02d}" if day.month < 3 else str(day.month),
        month_name=day.strftime("%B"),
        year=day.year,
    )


def header_html(
    title: str,
    *,
    kind: str = "",
    letterhead: Letterhead | None = None,
    when: dt.datetime | None = None,
    subtitle: str = "",
) -> str:
    """The top of the page: agency and number left, national name, motto and date right, then
    the title (and a subtitle under it)."""
    head = letterhead if letterhead is not None else Letterhead.from_settings()
    superior = escape(head.superior.upper()) if head.superior else DOTS * 6
    unit = escape(head.unit.upper()) if head.unit else DOTS * 6
    nation = _t("SOCIALIST REPUBLIC OF VIETNAM")
    motto = _t("Independence - Freedom - Happiness")
    parts = [
        '<table width="100%" cellspacing="0" cellpadding="0" style="font-size:9.5pt"><tr>',
        f'<td width="42%" align="center" valign="top">{superior}<br/><b>{unit}</b>'
        '<hr width="30%" style="margin:0"/>'
        f"{escape(number_line(kind, head))}</td>",
        f'<td width="58%" align="center" valign="top"{NOWRAP}><b>{escape(nation)}</b><br/>'
        f"<b>{escape(motto)}</b>"
        '<hr width="45%" style="margin:0"/>'
        f"<i>{escape(date_line(when or utc_now(), head))}</i></td>",
        "</tr></table>",
        f'<p align="center" style="margin-top:14px; margin-bottom:2px; font-size:13pt">'
        f"<b>{escape(title.upper())}</b></p>",
    ]
    if subtitle:
        parts.append(f'<p align="center" style="margin-top:0">{escape(subtitle)}</p>')
    return "".join(parts)


def signatures_html(signers: Sequence[Signer]) -> str:
    """The signature block: one column per signer, title, hint, room to sign, the name."""
    if not signers:
        return ""
    width = 100 // len(signers)
    cells = []
    for signer in signers:
        hint = signer.hint or _t("(signature, full name)")
        cells.append(
            f'<td width="{width}%" align="center" valign="top"><b>{escape(signer.title.upper())}'
            f'</b><br/><i style="font-size:8pt">{escape(hint)}</i><br/><br/><br/><br/><br/>'
            f"<b>{escape(signer.name) if signer.name else '&nbsp;'}</b></td>"
        )
    return (
        '<table width="100%" cellspacing="0" cellpadding="4" style="margin-top:12px"><tr>'
        + "".join(cells)
        + "</tr></table>"
    )


def software_line(extra: str = "") -> str:
    text = _t("Made with epewall {version}.").format(version=__version__)
    if extra:
        text = f"{extra} {text}"
    return f'<p style="color:#59636e; font-size:7pt">{escape(text)}</p>'


def page_html(
    title: str,
    body: str,
    signers: Sequence[Signer],
    *,
    kind: str = "",
    letterhead: Letterhead | None = None,
    when: dt.datetime | None = None,
    subtitle: str = "",
    style: str = "",
    footer: str = "",
) -> str:
    """A whole document: header, ``body`` (HTML), signature block, the software line."""
    return (
        f"<html><head><style>{style}</style></head>"
        '<body style="color:#1f2328">'
        + header_html(title, kind=kind, letterhead=letterhead, when=when, subtitle=subtitle)
        + body
        + signatures_html(signers)
        + software_line(footer)
        + "</body></html>"
    )


# --- paper ----------------------------------------------------------------------------------------


def set_a4(device: QPagedPaintDevice) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


def base_font(points: float = 9) -> QFont:
    font = QFont()
    font.setFamilies(SANS)
    font.setPointSizeF(points)
    # No "fi"/"fl" ligatures: text copied or searched in the PDF must read as typed.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def make_document(document_html: str, device: QPagedPaintDevice) -> QTextDocument:
    """The page laid out in ``device``'s own resolution (point sizes are true points on paper),
    paginated to its A4 page."""
    document = QTextDocument()
    document.setDefaultFont(base_font())
    document.documentLayout().setPaintDevice(device)
    document.setHtml(document_html)
    document.setPageSize(device.pageLayout().paintRectPixels(device.resolution()).size().toSizeF())
    return document


def paint_html(painter: QPainter, document_html: str, box: QRectF) -> float:
    """Paint a piece of the layout (the header) at the top of ``box`` on a page painted by
    hand; returns the height it took."""
    document = QTextDocument()
    document.setDefaultFont(base_font())
    document.documentLayout().setPaintDevice(painter.device())
    document.setHtml(document_html)
    document.setTextWidth(box.width())
    height = document.size().height()
    painter.save()
    painter.translate(box.topLeft())
    document.drawContents(painter, QRectF(0, 0, box.width(), height))
    painter.restore()
    return height


def check_writable(out: Path) -> None:
    """Raise DocumentError with a translated reason when ``out`` cannot be written (QPdfWriter
    would only warn on stderr)."""
    try:
        out.open("wb").close()
    except OSError as exc:
        raise DocumentError(
            _t(
                "The PDF file {path} cannot be written ({error}). Check that its "
                "folder exists and that you may write to it."
            ).format(path=out, error=exc.strerror or type(exc).__name__)
        ) from exc


def pdf_writer(out: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(out))
    writer.setResolution(PDF_DPI)
    writer.setCreator(f"epewall {__version__}")
    writer.setTitle(title)
    set_a4(writer)
    return writer


def write_pdf(document_html: str, out: str | Path, title: str) -> Path:
    """Write the A4 PDF of ``document_html``; returns its path. Raises DocumentError."""
    out = Path(out)
    check_writable(out)
    writer = pdf_writer(out, title)
    make_document(document_html, writer).print_(writer)
    del writer  # finishes the file
    return out
