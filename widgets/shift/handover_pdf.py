"""How a handover note reads on screen and on paper: "Biên bản giao ca" (the Vietnamese
administrative layout of ``widgets/common/official_document.py``) with the officer handing over
and the officer taking over as the signature columns.

Everything the note holds is escaped and its control characters shown as escapes: the EPE
names, the officer's text and the items come from outside.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.safe_text import printable
from app.shift.handover import Handover, section_lines, signature_text
from app.timekeeping import show_local, utc_now
from widgets.common.official_document import Signer, escape, page_html, write_pdf


def _t(text: str) -> str:
    return QCoreApplication.translate("HandoverPage", text)


def _safe(text: object) -> str:
    return escape(printable(str(text)))


def sections_html(sections: Mapping[str, Any]) -> str:
    """The note's sections: a heading with the count, a line per item ("none" when empty)."""
    parts = []
    for title, lines in section_lines(sections):
        heading = f"<b>{escape(title)}</b> ({len(lines)})"
        parts.append(f'<p style="margin-top:8px; margin-bottom:2px">{heading}</p>')
        if not lines:
            parts.append(f'<p style="margin:0 0 0 12px; color:#59636e">{escape(_t("None."))}</p>')
            continue
        items = "".join(f"<li>{_safe(line)}</li>" for line in lines)
        parts.append(f'<ul style="margin-top:0; margin-bottom:0">{items}</ul>')
    return "".join(parts)


def note_html(text: str) -> str:
    lines = text.splitlines() or ["—"]
    body = "<br/>".join(_safe(line) for line in lines)
    return (
        f'<p style="margin-top:8px; margin-bottom:2px"><b>{escape(_t("Note of the officer"))}'
        f'</b></p><p style="margin:0 0 0 12px">{body}</p>'
    )


def handover_html(handover: Handover) -> str:
    """One signed handover: who, which shift, the sections, the note, signature and receipt."""
    head = _t("{name} ({code}) — shift {start} to {end}").format(
        name=handover.officer_name,
        code=handover.officer_code,
        start=show_local(handover.shift_started_at, day_first=True),
        end=show_local(handover.ended_at, day_first=True),
    )
    if handover.acknowledged_at is not None:
        receipt = _t("Acknowledged by {name} ({code}) at {time}").format(
            name=handover.acknowledged_by_name,
            code=handover.acknowledged_by,
            time=show_local(handover.acknowledged_at, day_first=True),
        )
    else:
        receipt = _t("Not acknowledged yet")
    return (
        f'<p style="margin-bottom:2px"><b>{_safe(head)}</b></p>'
        f'<p style="margin:0; color:#59636e; font-size:8pt">{_safe(signature_text(handover))}'
        f"<br/>{_safe(receipt)}</p>" + sections_html(handover.sections) + note_html(handover.text)
    )


def document_html(handovers: Sequence[Handover], when: dt.datetime | None = None) -> str:
    """The PDF: every handover of ``handovers`` one after the other, then the signatures of
    the officer handing over and the one taking over (of the last handover)."""
    body = "<hr/>".join(handover_html(h) for h in handovers)
    last = handovers[-1] if handovers else None
    signers = [
        Signer(_t("Officer handing over"), last.officer_name if last else ""),
        Signer(_t("Officer taking over"), last.acknowledged_by_name if last else ""),
    ]
    return page_html(
        _t("Shift handover record"),
        body,
        signers,
        kind="BB",
        when=when or (last.ended_at if last else utc_now()),
        subtitle=_t("Camera supervision of export processing enterprises"),
    )


def write_handover_pdf(handovers: Sequence[Handover], out: str | Path) -> Path:
    """Write the handover record as an A4 PDF; raises DocumentError."""
    return write_pdf(document_html(handovers), out, _t("Shift handover record"))
