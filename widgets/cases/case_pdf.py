"""The case report a chief signs (Decision 247 II.2.3): "Báo cáo vụ việc nghi vấn", addressed
to the head of unit, on the administrative layout of ``widgets/common/official_document.py``:
the EPE (name, tax ID, address), the facts with times (Vietnam) and cameras, the evidence table
with each SHA-256, the officer's proposal, the lead's decision once closed, and the signature
blocks of the officer and the head of unit.

Everything the case holds is escaped and its control characters shown as escapes: EPE names,
notes and file names come from outside.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument

from app.cases.book import (
    Case,
    cameras_text,
    decision_label,
    entry_description,
    entry_hashes,
    item_kind_label,
    origin_label,
    state_label,
)
from app.safe_text import one_line, printable
from app.timekeeping import show_local, utc_now
from widgets.common.official_document import (
    DOTS,
    NOWRAP,
    Letterhead,
    Signer,
    check_writable,
    escape,
    header_html,
    make_document,
    mono,
    pdf_writer,
    signatures_html,
    software_line,
)

STYLE = """
p.head { margin-top: 10px; margin-bottom: 3px; }
p.muted { color: #59636e; font-size: 7.5pt; }
table.grid td, table.grid th { border: 1px solid #8c959f; padding: 2px 3px; font-size: 7.5pt; }
table.grid th { background: #eaeef2; font-weight: bold; }
"""
GRID = (
    '<table class="grid" border="1" width="100%" cellspacing="0" cellpadding="2" '
    'style="border-collapse:collapse; border-color:#8c959f">'
)


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseReport", text)


def _e(text: object) -> str:
    return escape(one_line(str(text)))


def _block(text: str) -> str:
    lines = printable(text).strip().splitlines() or [DOTS * 8]
    return "<br/>".join(escape(line) for line in lines)


def _when(moment: dt.datetime | None) -> str:
    return show_local(moment, day_first=True, seconds=True) if moment else ""


def _evidence_table(case: Case) -> str:
    """A row per item, and under it, across the table, each SHA-256 whole on its line."""
    head = [
        (5, _t("No.")),
        (16, _t("Kind")),
        (17, _t("Time (Vietnam)")),
        (9, _t("Cameras")),
        (53, _t("Description")),
    ]
    parts = [GRID + "<tr>", *(f'<th width="{w}%">{_e(t)}</th>' for w, t in head), "</tr>"]
    for number, entry in enumerate(case.evidence, start=1):
        hashes = entry_hashes(entry)
        rows = 2 if hashes else 1
        parts.append(
            f'<tr><td align="center" rowspan="{rows}">{number}</td>'
            f"<td>{_e(item_kind_label(entry.kind))}</td>"
            f"<td{NOWRAP}>{_e(_when(entry.at))}</td>"
            f'<td align="center">{_e(cameras_text(entry.item.get("cameras")))}</td>'
            f"<td>{_e(entry_description(entry))}</td></tr>"
        )
        if hashes:
            lines = "<br/>".join(f"SHA-256 {_e(what)}: {mono(sha, 7)}" for what, sha in hashes)
            parts.append(f'<tr><td colspan="4">{lines}</td></tr>')
    parts.append("</table>")
    if not case.evidence:
        parts.append(f"<p>{_e(_t('No evidence is attached.'))}</p>")
    return "".join(parts)


def _facts(case: Case) -> str:
    lines = [
        f"<p>{_block(case.facts)}</p>",
    ]
    timed = sorted((e for e in case.evidence if e.at is not None), key=lambda e: e.at or utc_now())
    if timed:
        items = "".join(
            "<li>"
            + _e(
                _t("{time}, camera(s) {cameras}: {what}").format(
                    time=_when(e.at),
                    cameras=cameras_text(e.item.get("cameras")) or "—",
                    what=entry_description(e),
                )
            )
            + "</li>"
            for e in timed
        )
        lines.append(f'<ul style="margin-top:0; margin-bottom:0">{items}</ul>')
    for note in case.notes:
        lines.append(
            '<p class="muted">'
            + _e(
                _t("Note by {name} ({code}), {time}: {text}").format(
                    name=note.added_by_name,
                    code=note.added_by,
                    time=_when(note.added_at),
                    text=note.item.get("text", ""),
                )
            )
            + "</p>"
        )
    return "".join(lines)


def case_html(
    case: Case, *, letterhead: Letterhead | None = None, signatures_on_new_page: bool = False
) -> str:
    """The report of ``case`` as HTML for QTextDocument (also what the tests read).
    ``signatures_on_new_page``: the signature block starts a page (it would straddle two)."""
    addressee = _t("To: the Head of the Customs Branch (Chi cục trưởng)")
    epe = _t("{name} — tax ID {tax_id}").format(name=case.epe_name, tax_id=case.epe_tax_id)
    opened = _t(
        "Case {id}, opened on {time} by {name} ({code}) from {origin}; state: {state}."
    ).format(
        id=case.id[:12],
        time=_when(case.opened_at),
        name=case.opened_by_name,
        code=case.opened_by,
        origin=origin_label(case.origin),
        state=state_label(case.state),
    )
    address = _t("Address: {address}").format(address=case.epe_address or DOTS * 4)
    hash_hint = _t(
        "Each file can be checked against its SHA-256: a file whose hash differs is not the "
        "one attached."
    )
    parts = [
        f'<p align="center"><b>{_e(addressee)}</b></p>',
        f'<p class="muted">{_e(opened)}</p>',
        f'<p class="head"><b>{_e(_t("1. Enterprise under supervision"))}</b></p>',
        f"<p>{_e(epe)}<br/>{_e(address)}</p>",
        f'<p class="head"><b>{_e(_t("2. Facts (times in Vietnam time)"))}</b></p>',
        _facts(case),
        f'<p class="head"><b>{_e(_t("3. Evidence"))}</b></p>',
        _evidence_table(case),
        f'<p class="muted">{_e(hash_hint)}</p>',
        f'<p class="head"><b>{_e(_t("4. Proposal of the officer"))}</b></p>',
        f"<p>{_block(case.proposal) if case.proposal else DOTS * 8}</p>",
        f'<p class="head"><b>{_e(_t("5. Decision of the head of unit"))}</b></p>',
    ]
    if case.decided_at is not None:
        decided = _t("{decision} — by {name} ({code}) on {time}.").format(
            decision=decision_label(case.decision),
            name=case.decided_by_name,
            code=case.decided_by,
            time=_when(case.decided_at),
        )
        parts.append(f"<p><b>{_e(decided)}</b><br/>{_block(_t('Reason: ') + case.reason)}</p>")
    else:
        parts.append(f"<p>{DOTS * 8}<br/>{DOTS * 8}</p>")
    signers = [
        Signer(_t("Officer reporting"), case.opened_by_name, _t("(signature, full name)")),
        Signer(
            _t("Head of unit"),
            case.decided_by_name if case.decided_at else "",
            _t("(signature, full name, seal)"),
        ),
    ]
    signatures = signatures_html(signers)
    if signatures_on_new_page:
        signatures = '<p style="page-break-before: always; margin:0"></p>' + signatures
    return (
        f"<html><head><style>{STYLE}</style></head>"
        '<body style="color:#1f2328">'
        + header_html(
            _t("Report on a suspected case"),
            kind="BC",
            letterhead=letterhead,
            when=case.submitted_at or case.opened_at,
            subtitle=_t(
                "Camera supervision of export processing enterprises (Decision 247/QĐ-TCHQ, II.2.3)"
            ),
        )
        + "".join(parts)
        + signatures
        + software_line(_t("Case {id}, hash-chained in the check log.").format(id=case.id))
        + "</body></html>"
    )


def _straddles(document: QTextDocument, first: str, last: str) -> bool:
    """Whether the text ``first`` and the text ``last`` fall on different pages."""
    page = document.pageSize().height()
    layout = document.documentLayout()
    tops = []
    for text in (first, last):
        cursor = document.find(text)
        if cursor.isNull():
            return False
        tops.append(layout.blockBoundingRect(cursor.block()).bottom() // page)
    return tops[0] != tops[1]


def write_case_pdf(case: Case, out: str | Path, *, letterhead: Letterhead | None = None) -> Path:
    """Write the case report as an A4 PDF; raises DocumentError. The signature block is kept
    on one page: a chief signs under the title he reads."""
    out = Path(out)
    check_writable(out)
    writer = pdf_writer(out, _t("Case report {id}").format(id=case.id[:12]))
    document = make_document(case_html(case, letterhead=letterhead), writer)
    first = _t("Officer reporting").upper()
    if _straddles(document, first, case.opened_by_name or first):
        document = make_document(
            case_html(case, letterhead=letterhead, signatures_on_new_page=True), writer
        )
    document.print_(writer)
    del writer  # finishes the file
    return out
