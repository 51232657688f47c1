"""Printable rotation documents on A4: the month's coverage report with sign-off lines for the
officer and the team lead, and the monthly monitoring plan (Decision 247 II.1).

Laid out as a QTextDocument (tables break across pages by themselves) and written with
QPdfWriter; the fonts carry Vietnamese diacritics. Times are shown in Vietnamese time.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.domain import RiskLevel
from app.officers.absences import Absence
from app.officers.profiles import Officer
from app.rotation.coverage import MonthCoverage, risk_label
from app.rotation.plan import MonthPlan, plan_rows
from app.sites.registry import Registry
from app.timekeeping import Month, WorkingCalendar, local, utc_now
from widgets.common.official_document import (
    DocumentError,
    Letterhead,
    Signer,
    nowrap_cell,
    page_html,
    write_pdf,
)

STYLE = """
h2 { font-size: 11pt; margin-top: 14px; margin-bottom: 4px; }
p.muted { color: #59636e; font-size: 8pt; }
table.grid { border-collapse: collapse; }
table.grid th { background: #eaeef2; font-weight: bold; }
table.grid td, table.grid th { border: 1px solid #8c959f; padding: 2px 3px; font-size: 7pt; }
tr.missing td { background: #fde8e7; color: #8a1c12; }
td.num { text-align: center; }
"""


# The PDF could not be written; ``str()`` is translated. One error for every signed page.
ReportError = DocumentError


def _h2(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _month_text(month: Month) -> str:
    return f"{month.month:02d}/{month.year}"


def _weekday(day: dt.date) -> str:
    names = [
        QCoreApplication.translate("RotationReports", "Mon"),
        QCoreApplication.translate("RotationReports", "Tue"),
        QCoreApplication.translate("RotationReports", "Wed"),
        QCoreApplication.translate("RotationReports", "Thu"),
        QCoreApplication.translate("RotationReports", "Fri"),
        QCoreApplication.translate("RotationReports", "Sat"),
        QCoreApplication.translate("RotationReports", "Sun"),
    ]
    return names[day.weekday()]


def _generated_line(prepared_by: Officer | None, now: dt.datetime | None) -> str:
    when = local(now or utc_now())
    text = QCoreApplication.translate(
        "RotationReports", "Made on {date} at {time} (Vietnam time)"
    ).format(date=f"{when:%d/%m/%Y}", time=f"{when:%H:%M}")
    if prepared_by is not None:
        text += " " + QCoreApplication.translate("RotationReports", "by {name} ({code})").format(
            name=prepared_by.full_name, code=prepared_by.code
        )
    return f'<p class="muted">{_e(text)}.</p>'


def _signers(left_title: str, left_name: str, right_title: str) -> list[Signer]:
    hint = QCoreApplication.translate("RotationReports", "(signature and full name)")
    return [Signer(left_title, left_name, hint), Signer(right_title, "", hint)]


def _table(
    headers: Sequence[str],
    rows: Iterable[tuple[Sequence[str], str]],
    numeric: frozenset[int] = frozenset(),
    widths: Sequence[int] = (),
    whole: frozenset[int] = frozenset(),
) -> str:
    """An HTML table; ``widths`` in percent of the page, one per column; the cells of the
    ``whole`` columns (tax IDs, dates) never break."""
    parts = ['<table class="grid" width="100%" cellspacing="0" cellpadding="3"><thead><tr>']
    parts.extend(
        f'<th width="{widths[i]}%">{_e(h)}</th>' if widths else f"<th>{_e(h)}</th>"
        for i, h in enumerate(headers)
    )
    parts.append("</tr></thead>")
    for cells, css in rows:
        parts.append(f'<tr class="{css}">' if css else "<tr>")
        for index, cell in enumerate(cells):
            attr = ' class="num"' if index in numeric else ""
            parts.append(
                nowrap_cell(cell, attr) if index in whole else f"<td{attr}>{_e(cell)}</td>"
            )
        parts.append("</tr>")
    parts.append("</table>")
    return "".join(parts)


def coverage_html(
    coverage: MonthCoverage,
    prepared_by: Officer | None = None,
    risk: RiskLevel | None = None,
    now: dt.datetime | None = None,
    letterhead: Letterhead | None = None,
) -> str:
    """The coverage report as the HTML the PDF is made from."""
    title = QCoreApplication.translate(
        "RotationReports", "Camera supervision coverage report, month {month}"
    ).format(month=_month_text(coverage.month))
    basis = QCoreApplication.translate(
        "RotationReports",
        "Decision 247/QĐ-TCHQ, part II.1: every EPE is inspected in turn each month.",
    )
    summary = QCoreApplication.translate(
        "RotationReports", "{checked} of {total} EPEs were checked at least once ({percent:.0f} %)."
    ).format(checked=coverage.epes_checked, total=coverage.epes_total, percent=coverage.percent)
    if risk is not None:
        scope = QCoreApplication.translate("RotationReports", "EPEs of risk level: {risk}.").format(
            risk=risk.label()
        )
    else:
        scope = QCoreApplication.translate("RotationReports", "All EPEs.")
    number = QCoreApplication.translate("RotationReports", "No.")
    epe = QCoreApplication.translate("RotationReports", "EPE")
    tax_id = QCoreApplication.translate("RotationReports", "Tax ID")
    risk_heading = QCoreApplication.translate("RotationReports", "Risk")
    checks = QCoreApplication.translate("RotationReports", "Checks")
    planned_done = QCoreApplication.translate("RotationReports", "Planned done")
    officer = QCoreApplication.translate("RotationReports", "Officer")
    parts = [
        f'<p class="muted">{_e(basis)}</p>',
        _generated_line(prepared_by, now),
        f"<p><b>{_e(summary)}</b> {_e(scope)}</p>",
        _h2(QCoreApplication.translate("RotationReports", "EPEs not checked this month")),
    ]
    missing = [r for r in coverage.rows if r.missing]
    unassigned = QCoreApplication.translate("RotationReports", "(not assigned)")
    if missing:
        parts.append(
            _table(
                [
                    number,
                    epe,
                    tax_id,
                    risk_heading,
                    QCoreApplication.translate("RotationReports", "Responsible officers"),
                ],
                (
                    (
                        (
                            str(n),
                            r.name,
                            r.tax_id,
                            risk_label(r.risk_level),
                            ", ".join(r.responsible) or unassigned,
                        ),
                        "missing",
                    )
                    for n, r in enumerate(missing, start=1)
                ),
                frozenset({0}),
                (5, 43, 14, 10, 28),
                whole=frozenset({2}),
            )
        )
    else:
        parts.append(
            "<p>"
            + _e(QCoreApplication.translate("RotationReports", "None: every EPE was checked."))
            + "</p>"
        )
    parts.append(_h2(QCoreApplication.translate("RotationReports", "All EPEs")))
    never = QCoreApplication.translate("RotationReports", "never")
    parts.append(
        _table(
            [
                number,
                epe,
                tax_id,
                risk_heading,
                checks,
                planned_done,
                QCoreApplication.translate("RotationReports", "Last check"),
                QCoreApplication.translate("RotationReports", "Result"),
                officer,
            ],
            (
                (
                    (
                        str(n),
                        r.name,
                        r.tax_id,
                        risk_label(r.risk_level),
                        str(r.checks_done),
                        f"{r.planned_done} / {r.planned}",
                        f"{r.last_check_day:%d/%m/%Y}" if r.last_check_day else never,
                        r.last_result.label() if r.last_result and not r.missing else "",
                        r.last_officer
                        if not r.missing and r.last_officer
                        else ", ".join(r.responsible) or unassigned,
                    ),
                    "missing" if r.missing else "",
                )
                for n, r in enumerate(coverage.rows, start=1)
            ),
            frozenset({0, 4, 5}),
            (4, 26, 12, 7, 6, 8, 11, 10, 16),
            whole=frozenset({2, 6}),
        )
    )
    parts.append(_h2(QCoreApplication.translate("RotationReports", "Per officer")))
    parts.append(
        _table(
            [
                officer,
                QCoreApplication.translate("RotationReports", "Code"),
                checks,
                QCoreApplication.translate("RotationReports", "Unscheduled"),
                QCoreApplication.translate("RotationReports", "EPEs checked"),
                planned_done,
                QCoreApplication.translate("RotationReports", "Outside working time"),
            ],
            (
                (
                    (
                        o.officer_name,
                        o.officer_code,
                        str(o.checks),
                        str(o.unscheduled),
                        str(o.epes_checked),
                        f"{o.planned_done} / {o.planned}",
                        str(o.outside_working_time),
                    ),
                    "",
                )
                for o in coverage.officers
            ),
            frozenset({2, 3, 4, 5, 6}),
            (30, 10, 10, 12, 12, 12, 14),
        )
    )
    return page_html(
        title,
        "".join(parts),
        _signers(
            QCoreApplication.translate("RotationReports", "Prepared by (officer)"),
            prepared_by.full_name if prepared_by else "",
            QCoreApplication.translate("RotationReports", "Approved by (team lead)"),
        ),
        kind="BC",
        letterhead=letterhead,
        when=now,
        style=STYLE,
    )


def plan_html(
    registry: Registry,
    plan: MonthPlan,
    *,
    absences: Sequence[Absence] = (),
    officer_names: dict[int, str] | None = None,
    calendar: WorkingCalendar | None = None,
    prepared_by: Officer | None = None,
    now: dt.datetime | None = None,
    letterhead: Letterhead | None = None,
) -> str:
    """The monthly plan, day by day, as the HTML the PDF is made from."""
    calendar = calendar or WorkingCalendar()
    title = QCoreApplication.translate(
        "RotationReports", "Camera monitoring plan, month {month}"
    ).format(month=_month_text(plan.month))
    basis = QCoreApplication.translate(
        "RotationReports",
        "Decision 247/QĐ-TCHQ, part II.1: monthly monitoring plan; every "
        "EPE is inspected in turn, risk EPEs more often.",
    )
    rows = plan_rows(registry, plan)
    epes = len({r["tax_id"] for r in rows})
    summary = QCoreApplication.translate(
        "RotationReports", "{checks} planned checks of {epes} EPEs on {days} working days."
    ).format(checks=len(rows), epes=epes, days=len(calendar.working_days(plan.month)))
    parts = [
        f'<p class="muted">{_e(basis)}</p>',
        _generated_line(prepared_by, now),
        f"<p><b>{_e(summary)}</b></p>",
    ]
    holidays = [(d, name) for d in plan.month.days() if (name := calendar.holiday_name(d))]
    if holidays or absences:
        parts.append(_h2(QCoreApplication.translate("RotationReports", "Holidays and absences")))
        parts.append("<ul>")
        for day, name in holidays:
            parts.append(f"<li>{day:%d/%m/%Y}: {_e(name)}</li>")
        names = officer_names or {}
        for absence in absences:
            parts.append(
                "<li>"
                + _e(
                    QCoreApplication.translate(
                        "RotationReports", "{officer} away from {first} to {last}"
                    ).format(
                        officer=names.get(absence.officer_id, str(absence.officer_id)),
                        first=f"{absence.first_day:%d/%m/%Y}",
                        last=f"{absence.last_day:%d/%m/%Y}",
                    )
                )
                + (f" ({_e(absence.reason)})" if absence.reason else "")
                + "</li>"
            )
        parts.append("</ul>")
    parts.append(_h2(QCoreApplication.translate("RotationReports", "Planned checks")))
    nobody = QCoreApplication.translate("RotationReports", "(no officer)")
    table_rows = []
    previous = ""
    for row in rows:
        day = dt.date.fromisoformat(row["day"])
        label = f"{_weekday(day)} {day:%d/%m}" if row["day"] != previous else ""
        previous = row["day"]
        officer = f"{row['officer']} ({row['officer_code']})" if row["officer_code"] else nobody
        table_rows.append(
            ((label, row["epe"], row["tax_id"], risk_label(row["risk_level"]), officer), "")
        )
    parts.append(
        _table(
            [
                QCoreApplication.translate("RotationReports", "Day"),
                QCoreApplication.translate("RotationReports", "EPE"),
                QCoreApplication.translate("RotationReports", "Tax ID"),
                QCoreApplication.translate("RotationReports", "Risk"),
                QCoreApplication.translate("RotationReports", "Officer"),
            ],
            table_rows,
            widths=(11, 41, 14, 9, 25),
            whole=frozenset({0, 2}),
        )
    )
    return page_html(
        title,
        "".join(parts),
        _signers(
            QCoreApplication.translate("RotationReports", "Prepared by (team lead)"),
            prepared_by.full_name if prepared_by else "",
            QCoreApplication.translate("RotationReports", "Approved by (head of unit)"),
        ),
        kind="KH",
        letterhead=letterhead,
        when=now,
        style=STYLE,
    )


def render_coverage_pdf(
    coverage: MonthCoverage,
    out_pdf: str | Path,
    *,
    prepared_by: Officer | None = None,
    risk: RiskLevel | None = None,
    now: dt.datetime | None = None,
    letterhead: Letterhead | None = None,
) -> Path:
    """Write the month's coverage report; returns its path. Raises ReportError."""
    title = QCoreApplication.translate(
        "RotationReports", "Camera supervision coverage report, month {month}"
    ).format(month=_month_text(coverage.month))
    return write_pdf(
        coverage_html(coverage, prepared_by, risk, now, letterhead), Path(out_pdf), title
    )


def render_plan_pdf(
    registry: Registry,
    plan: MonthPlan,
    out_pdf: str | Path,
    *,
    absences: Sequence[Absence] = (),
    officer_names: dict[int, str] | None = None,
    calendar: WorkingCalendar | None = None,
    prepared_by: Officer | None = None,
    now: dt.datetime | None = None,
    letterhead: Letterhead | None = None,
) -> Path:
    """Write the printable monthly plan; returns its path. Raises ReportError."""
    title = QCoreApplication.translate(
        "RotationReports", "Camera monitoring plan, month {month}"
    ).format(month=_month_text(plan.month))
    return write_pdf(
        plan_html(
            registry,
            plan,
            absences=absences,
            officer_names=officer_names,
            calendar=calendar,
            prepared_by=prepared_by,
            now=now,
            letterhead=letterhead,
        ),
        Path(out_pdf),
        title,
    )
