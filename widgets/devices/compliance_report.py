"""The printable report of an Appendix I compliance check (Decision 247/QĐ-TCHQ, I.1.3).

A4 pages made from a QTextDocument: a summary by verdict, then every EPE with its verdict, when
it was checked (Vietnam time), its device and remarks, and a line per camera naming the failing
items with what was found and what is required. Vietnamese through the translations; DejaVu and
the Windows fonts carry its diacritics.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from app.devices.compliance import EpeResult, Verdict, local_time
from app.timekeeping import show_local
from widgets.common.official_document import (
    DocumentError,
    Letterhead,
    Signer,
    make_document,
    nowrap_cell,
    page_html,
    set_a4,
    write_pdf,
)

VERDICT_COLOURS = {
    Verdict.PASS: "#116329",
    Verdict.FAIL: "#a40e26",
    Verdict.EXEMPT: "#59636e",
    Verdict.UNREACHABLE: "#9a6700",
}


# The report could not be written; ``str()`` is translated.
ComplianceReportError = DocumentError


def _t(text: str) -> str:
    return QCoreApplication.translate("ComplianceReport", text)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _verdict(verdict: Verdict) -> str:
    colour = VERDICT_COLOURS[verdict]
    return f'<b style="color:{colour}; white-space:nowrap">{_e(verdict.label())}</b>'


def report_html(
    results: Sequence[EpeResult],
    *,
    unit: str = "",
    generated_at: dt.datetime | None = None,
    letterhead: Letterhead | None = None,
) -> str:
    """The report as HTML for QTextDocument (also what the tests read)."""
    generated = generated_at or dt.datetime.now(dt.UTC)
    counts = Counter(r.verdict for r in results)
    parts = [
        f'<p align="center" style="margin-top:0">'
        f"{_e(_t('Check against the minimum technical requirements (Appendix I)'))}<br/>"
        f"{_e(_t('Decision 247/QĐ-TCHQ, section I.1.3'))}</p>",
    ]
    if unit:
        parts.append(f"<p>{_e(_t('Unit:'))} <b>{_e(unit)}</b></p>")
    parts.append(
        f"<p>{_e(_t('Report made:'))} {_e(show_local(generated, day_first=True))} "
        f"{_e(_t('(Vietnam time)'))}</p>"
    )
    summary = ", ".join(f"{v.label()}: {counts.get(v, 0)}" for v in Verdict)
    parts.append(f"<p><b>{_e(_t('EPEs checked:'))} {len(results)}</b> — {_e(summary)}</p>")
    parts.append(
        '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
        'style="border-collapse:collapse; border-color:#8c959f; font-size:8pt">'
        f'<tr style="background:#eaeef2"><th width="5%">{_e(_t("No."))}</th>'
        f'<th width="22%">{_e(_t("EPE / camera"))}</th>'
        f'<th width="14%">{_e(_t("Tax ID / main stream"))}</th>'
        f'<th width="16%">{_e(_t("Checked at"))}</th><th width="12%">{_e(_t("Verdict"))}</th>'
        f'<th width="31%">{_e(_t("Failing items and remarks"))}</th></tr>'
    )
    for index, result in enumerate(results, start=1):
        remarks = result.remarks
        parts.append(
            f'<tr style="background:#f6f8fa"><td align="center"><b>{index}</b></td>'
            f"<td><b>{_e(result.epe_name)}</b></td>{nowrap_cell(result.tax_id)}"
            f"{nowrap_cell(local_time(result.checked_at))}<td>{_verdict(result.verdict)}</td>"
            f"<td>{'<br/>'.join(_e(r) for r in remarks)}</td></tr>"
        )
        for camera in result.cameras:
            number = camera.diagram_number if camera.diagram_number is not None else ""
            failing = camera.failing_details
            if camera.note:
                failing.append(camera.note)
            stream = [camera.encoding] if camera.encoding else []
            if camera.measured_fps is not None:
                stream.append(_t("{fps} fps delivered").format(fps=f"{camera.measured_fps:.1f}"))
            parts.append(
                f'<tr><td align="center">{_e(index)}.{_e(number)}</td>'
                f"<td>{_e(_t('Camera {number}').format(number=number))}"
                f"{' — ' + _e(camera.name) if camera.name else ''}</td>"
                f'<td colspan="2" style="font-size:8pt">{"<br/>".join(_e(d) for d in stream)}'
                f"</td><td>{_verdict(camera.verdict)}</td>"
                f"<td>{'<br/>'.join(_e(d) for d in failing)}</td></tr>"
            )
    parts.append("</table>")
    return page_html(
        _t("CAMERA SYSTEMS OF EXPORT PROCESSING ENTERPRISES"),
        "".join(parts),
        [
            Signer(_t("Prepared by"), "", _t("(signature, full name)")),
            Signer(_t("Head of unit"), "", _t("(signature, full name, seal)")),
        ],
        kind="BC",
        letterhead=letterhead,
        when=generated,
    )


def render_report_pdf(
    results: Iterable[EpeResult],
    path: str | Path,
    *,
    unit: str = "",
    generated_at: dt.datetime | None = None,
    letterhead: Letterhead | None = None,
) -> Path:
    """Write the report as an A4 PDF; raises ComplianceReportError."""
    path = write_pdf(
        report_html(list(results), unit=unit, generated_at=generated_at, letterhead=letterhead),
        path,
        _t("Appendix I compliance of EPE camera systems"),
    )
    if not path.is_file() or path.stat().st_size == 0:
        raise ComplianceReportError(
            _t("The PDF report could not be written to {path}.").format(path=path)
        )
    return path


def print_report(
    results: Sequence[EpeResult], parent: QWidget | None = None, unit: str = ""
) -> bool:
    """Ask for a printer and print the report; False when the officer cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    set_a4(printer)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    make_document(report_html(results, unit=unit), printer).print_(printer)
    return True
