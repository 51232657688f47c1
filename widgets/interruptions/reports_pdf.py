"""The printed interruption documents (Decision 247 I.2.3 and I.1.1 e.2), on the administrative
layout of ``widgets/common/official_document``:

- the monthly register of interruptions, per EPE, with the deadline rule and its legal basis;
- the filled Appendix II notification ("Thông báo sự cố hệ thống ca-mê-ra giám sát") of one
  record, with the enterprise's name, address and tax ID, the cameras by diagram number, the
  effect on supervision, the estimated restoration and the technician's contact;
- the camera logbook of an EPE (or one camera) for a period.

The data comes from ``app/interruptions/reports.py``; these functions only lay it out. Every
text from outside goes through ``escape`` after ``one_line``/``printable``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.interruptions.model import InterruptionKind
from app.interruptions.reports import (
    AppendixII,
    LogbookReport,
    MonthlyRegister,
    Outcome,
    RegisterRow,
    cameras_text,
    deadline_rule,
    duration_text,
    legal_basis,
    short_id,
)
from app.safe_text import one_line, printable
from app.timekeeping import local, show_local, utc_now
from widgets.common.official_document import (
    DOTS,
    NOWRAP,
    DocumentError,
    Letterhead,
    Signer,
    date_line,
    escape,
    nowrap_cell,
    page_html,
    signatures_html,
    software_line,
    write_pdf,
)

# The PDF could not be written; ``str()`` is translated.
ReportError = DocumentError

STYLE = """
p.epe { font-size: 10pt; margin-top: 12px; margin-bottom: 3px; }
p.rule { font-size: 8pt; margin-top: 2px; margin-bottom: 2px; }
p.muted { color: #59636e; font-size: 7.5pt; }
table.grid { border-collapse: collapse; }
table.grid th { background: #eaeef2; font-weight: bold; }
table.grid td, table.grid th { border: 1px solid #8c959f; padding: 2px 3px; font-size: 7pt; }
td.num { text-align: center; }
"""

# Borders on the table itself: a cell with its own style (a date kept on one line) keeps them.
GRID = (
    '<table class="grid" border="1" width="100%" cellspacing="0" cellpadding="2" '
    'style="border-collapse:collapse; border-color:#8c959f">'
)

OUTCOME_COLOURS = {
    Outcome.MET: "#116329",
    Outcome.MISSED: "#a40e26",
    Outcome.OVERDUE: "#a40e26",
    Outcome.PENDING: "#59636e",
}


def _t(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("InterruptionReportsPdf", text, disambiguation, n)


def _e(text: object) -> str:
    return escape(one_line(str(text)))


def _day(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def _rules_html() -> str:
    rules = "".join(f'<p class="rule">{_e(deadline_rule(kind))}</p>' for kind in InterruptionKind)
    basis = _t(
        "Legal basis: {basis}. Past the deadline the EPE sends a written reason and a new "
        "expected date; the officer in charge updates the status every working day."
    ).format(basis=legal_basis())
    return rules + f'<p class="rule"><i>{_e(basis)}</i></p>'


def _deadline_cell(row: RegisterRow) -> str:
    text = _e(_day(row.due))
    if row.extended_to is not None:
        text += "<br/>" + _e(_t("extended to {day}").format(day=_day(row.extended_to)))
    return f"<td{NOWRAP}>{text}</td>"


def _outcome_cell(row: RegisterRow) -> str:
    colour = OUTCOME_COLOURS[row.outcome]
    text = f'<b style="color:{colour}">{_e(row.outcome.label())}</b>'
    if row.days_overdue:
        text += "<br/>" + _e(_t("%n day(s) overdue", "", row.days_overdue))
    return f"<td>{text}</td>"


def _register_table(rows: Sequence[RegisterRow]) -> str:
    head = [
        (6, _t("No.")),
        (7, _t("Cameras")),
        (12, _t("Kind")),
        (12, _t("Began")),
        (12, _t("Restored")),
        (10, _t("Duration")),
        (12, _t("Deadline")),
        (11, _t("Deadline met")),
        (18, _t("Follow-ups")),
    ]
    parts = [
        GRID + "<tr>",
        *(f'<th width="{w}%">{_e(text)}</th>' for w, text in head),
        "</tr>",
    ]
    for index, row in enumerate(rows, start=1):
        restored = (
            show_local(row.restored_at, day_first=True) if row.restored_at else _t("not restored")
        )
        follow = _t("{count} note(s); {missing} working day(s) without").format(
            count=row.follow_ups, missing=row.days_without_follow_up
        )
        kind = row.kind.label()
        if row.gate:
            kind += " " + _t("(gate camera)")
        parts.append(
            f'<tr><td class="num">{index}<br/><span style="font-size:5.5pt; color:#59636e">'
            f"{_e(short_id(row.interruption_id))}</span></td>"
            f"<td>{_e(cameras_text(row.cameras))}</td>"
            f"<td>{_e(kind)}</td>"
            f"{nowrap_cell(show_local(row.started_at, day_first=True))}"
            f"<td>{_e(restored)}</td><td>{_e(duration_text(row.duration))}</td>"
            f"{_deadline_cell(row)}{_outcome_cell(row)}<td>{_e(follow)}</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)


def register_html(
    report: MonthlyRegister,
    *,
    letterhead: Letterhead | None = None,
    prepared_by: str = "",
) -> str:
    """The monthly register as HTML for QTextDocument (also what the tests read)."""
    month = f"{report.month.month:02d}/{report.month.year}"
    made = local(report.made_at)
    made_text = _t("Made on {date} at {time} (Vietnam time).").format(
        date=f"{made:%d/%m/%Y}", time=f"{made:%H:%M}"
    )
    parts = [
        _rules_html(),
        f'<p class="muted">{_e(made_text)}</p>',
    ]
    if not report.sections:
        parts.append(f"<p><b>{_e(_t('No interruption was recorded in this month.'))}</b></p>")
    for number, section in enumerate(report.sections, start=1):
        title = _t("{number}. {name} — tax ID {tax_id}").format(
            number=number, name=section.name, tax_id=section.tax_id
        )
        parts.append(f'<p class="epe"><b>{_e(title)}</b></p>')
        if section.address:
            parts.append(f'<p class="muted">{_e(section.address)}</p>')
        parts.append(_register_table(section.rows))
        stats = section.stats
        summary = _t(
            "{count} interruption(s): deadline met {met}, missed {missed}, overdue and open "
            "{overdue}, open {open}."
        ).format(
            count=stats.interruptions,
            met=stats.met,
            missed=stats.missed,
            overdue=stats.overdue,
            open=stats.open,
        )
        if stats.median_hours is not None:
            summary += " " + _t("Median restoration time {hours:.1f} h.").format(
                hours=stats.median_hours
            )
        parts.append(f'<p class="rule">{_e(summary)}</p>')
    return page_html(
        _t("Register of interruptions of EPE camera systems"),
        "".join(parts),
        [
            Signer(_t("Prepared by"), prepared_by, _t("(signature, full name)")),
            Signer(_t("Head of unit"), "", _t("(signature, full name, seal)")),
        ],
        kind="BC",
        letterhead=letterhead,
        when=report.made_at,
        subtitle=_t("Month {month}").format(month=month),
        style=STYLE,
    )


def render_register_pdf(
    report: MonthlyRegister,
    path: str | Path,
    *,
    letterhead: Letterhead | None = None,
    prepared_by: str = "",
) -> Path:
    """Write the monthly register as an A4 PDF; raises ReportError."""
    return write_pdf(
        register_html(report, letterhead=letterhead, prepared_by=prepared_by),
        path,
        _t("Register of interruptions {month}").format(month=str(report.month)),
    )


# --- Appendix II --------------------------------------------------------------------------------


def _filled(text: str) -> str:
    """A field of the form: the text kept with its lines, or dots to be written by hand."""
    text = printable(text).strip()
    if not text:
        return DOTS * 8
    return "<br/>".join(escape(line) for line in text.splitlines())


def appendix_html(form: AppendixII, *, when: dt.datetime | None = None) -> str:
    """The Appendix II notification of one record, filled from the register."""
    nation = QCoreApplication.translate("OfficialDocument", "SOCIALIST REPUBLIC OF VIETNAM")
    motto = QCoreApplication.translate("OfficialDocument", "Independence - Freedom - Happiness")
    number = QCoreApplication.translate("OfficialDocument", "No.: {number}").format(
        number=form.doc_no or DOTS * 2
    )
    notified = (
        dt.datetime.combine(form.notified_on, dt.time(12), dt.UTC)
        if form.notified_on
        else (when or utc_now())
    )
    head = (
        '<table width="100%" cellspacing="0" cellpadding="0" style="font-size:9.5pt"><tr>'
        f'<td width="42%" align="center" valign="top"><b>{_e(form.epe_name.upper())}</b>'
        f'<hr width="30%" style="margin:0"/>{_e(number)}</td>'
        f'<td width="58%" align="center" valign="top"{NOWRAP}><b>{escape(nation)}</b><br/>'
        f'<b>{escape(motto)}</b><hr width="45%" style="margin:0"/>'
        f"<i>{_e(date_line(notified, Letterhead()))}</i></td></tr></table>"
        '<p align="center" style="margin-top:14px; margin-bottom:2px; font-size:12pt"><b>'
        f"{_e(_t('Notification of interruption of the surveillance camera system of the EPE'))}"
        "</b></p>"
        f'<p align="center" style="margin-top:0; font-size:8pt"><i>'
        f"{_e(_t('(Appendix II, Decision 247/QĐ-TCHQ)'))}</i></p>"
    )
    cameras = "; ".join(
        _t("camera no. {number} ({place})").format(number=n, place=place)
        if place
        else _t("camera no. {number}").format(number=n)
        for n, place in form.cameras
    )
    item1 = _t("{name}; address: {address}; tax ID: {tax_id}").format(
        name=form.epe_name, address=form.epe_address or DOTS * 4, tax_id=form.epe_tax_id
    )
    began = _t("Began {moment} (Vietnam time); cameras of the diagram: {cameras}.").format(
        moment=show_local(form.started_at, day_first=True), cameras=cameras
    )
    situation = "\n".join(
        part
        for part in (
            began,
            _t("Kind: {kind}.").format(kind=form.kind.label()),
            form.description,
            _t("Cause: {cause}").format(cause=form.cause) if form.cause else "",
        )
        if part
    )
    effect = form.effect
    if form.gate:
        reminder = _t(
            "A gate camera is down: the EPE keeps a manual log of the vehicles and containers "
            "entering and leaving until it is restored."
        )
        effect = f"{effect}\n{reminder}" if effect else reminder
    items = [
        (
            _t(
                "1. Name, address, tax identification number of the enterprise under customs "
                "supervision:"
            ),
            _e(item1),
        ),
        (
            _t(
                "2. Description of the current status and causes of the technical issue "
                "(location, quantity according to the diagram provided to customs):"
            ),
            _filled(situation),
        ),
        (_t("3. Effects of the interruption on customs supervision:"), _filled(effect)),
        (_t("4. Estimated time for restoration:"), _filled(form.estimated_restoration)),
        (_t("5. Contact of the enterprise's technician:"), _filled(form.technician)),
    ]
    intro = _t(
        "Pursuant to Decision 247/QĐ-TCHQ of the General Department of Customs, {name} "
        "notifies the interruption of its surveillance camera system for goods under customs "
        "supervision as follows:"
    ).format(name=form.epe_name)
    body = [f"<p>{_e(intro)}</p>"]
    for question, answer in items:
        body.append(f'<p style="margin-bottom:2px"><b>{_e(question)}</b></p>')
        body.append(f'<p style="margin-top:0; margin-left:12px">{answer}</p>')
    deadline = _t("Restoration deadline: {day} ({rule})").format(
        day=_day(form.due), rule=deadline_rule(form.kind)
    )
    if form.extended_to is not None:
        deadline += " " + _t("Extended to {day}.").format(day=_day(form.extended_to))
    body.append(f"<p>{_e(_t('For your information./.'))}</p>")
    note = _t("Filled from record {id} of the customs register of interruptions.").format(
        id=form.interruption_id
    )
    return (
        f"<html><head><style>{STYLE}</style></head>"
        '<body style="color:#1f2328">'
        + head
        + "".join(body)
        + signatures_html(
            [Signer(_t("Legal representative"), "", _t("(signature, full name, seal)"))]
        )
        + f'<p class="muted">{_e(deadline)}</p>'
        + software_line(note)
        + "</body></html>"
    )


def render_appendix_pdf(form: AppendixII, path: str | Path) -> Path:
    """Write the filled Appendix II notification as an A4 PDF; raises ReportError."""
    return write_pdf(
        appendix_html(form),
        path,
        _t("Appendix II notification {id}").format(id=form.interruption_id),
    )


# --- the camera logbook ------------------------------------------------------------------------


def logbook_html(report: LogbookReport, *, letterhead: Letterhead | None = None) -> str:
    """The camera logbook of an EPE (or one camera) for a period."""
    subtitle = _t("{name} — tax ID {tax_id}, {start} to {end}").format(
        name=report.epe_name,
        tax_id=report.epe_tax_id,
        start=_day(report.start),
        end=_day(report.end),
    )
    if report.camera is not None:
        subtitle += " — " + _t("camera no. {number}").format(number=report.camera)
    head = [
        (14, _t("Time (Vietnam)")),
        (7, _t("Camera")),
        (17, _t("Position")),
        (16, _t("Event")),
        (28, _t("Details")),
        (8, _t("Officer")),
        (10, _t("Interruption")),
    ]
    purpose = _t(
        "Logbook of power failures, outages, repairs and maintenance by time, position and "
        "camera number (Decision 247/QĐ-TCHQ, section I.1.1)."
    )
    parts = [
        f'<p class="rule">{_e(purpose)}</p>',
        GRID + "<tr>",
        *(f'<th width="{w}%">{_e(text)}</th>' for w, text in head),
        "</tr>",
    ]
    for line in report.lines:
        parts.append(
            f"{'<tr>'}{nowrap_cell(show_local(line.at, day_first=True))}"
            f'<td class="num">{_e(line.camera_text)}</td><td>{_e(line.position)}</td>'
            f"<td>{_e(line.event)}</td><td>{_e(line.details)}</td>"
            f"<td>{_e(line.officer)}</td><td>{_e(short_id(line.interruption_id))}</td></tr>"
        )
    parts.append("</table>")
    if not report.lines:
        parts.append(f"<p><b>{_e(_t('Nothing was recorded in this period.'))}</b></p>")
    return page_html(
        _t("Camera logbook"),
        "".join(parts),
        [Signer(_t("Prepared by"), "", _t("(signature, full name)"))],
        kind="",
        letterhead=letterhead,
        when=report.made_at,
        subtitle=subtitle,
        style=STYLE,
    )


def render_logbook_pdf(
    report: LogbookReport, path: str | Path, *, letterhead: Letterhead | None = None
) -> Path:
    return write_pdf(
        logbook_html(report, letterhead=letterhead),
        path,
        _t("Camera logbook {name}").format(name=report.epe_name),
    )
