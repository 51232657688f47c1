"""Text from outside (devices, recorders, CSV files, the registry) made safe to show or to hand
to a spreadsheet, while the stored data stays exact. Pure Python: the command line, the log and
the widgets (tile titles, tooltips) all use these.

- ``printable``: control characters become visible escapes (``\\x1b``, ``\\u202e``), so a device
  name cannot move the cursor, overwrite a line (CR, BS, ESC sequences), reverse the reading
  order (bidi overrides) or hide text (NUL, zero-width characters) in a terminal or a widget.
- ``one_line``: the same, with line breaks and tabs escaped too (titles, list rows).
- ``spreadsheet_cell`` / ``from_spreadsheet_cell``: a cell that a spreadsheet would run as a
  formula gets a leading apostrophe; reading our own export back removes it.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, the bidi embeddings/overrides/isolates and marks, zero-width and
# other invisible format characters, line/paragraph separators and lone surrogates (which
# cannot even be encoded for a terminal).
_INVISIBLE = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff9-\ufffb\ud800-\udfff"
)
_CONTROL = re.compile(f"[{_INVISIBLE}]")
_CONTROL_OR_BREAK = re.compile(f"[{_INVISIBLE}\t\n]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control or invisible character shown as an escape; keeps line breaks
    and tabs (for messages of several lines)."""
    return _CONTROL.sub(_escape, text)


def one_line(text: str) -> str:
    """``printable`` for one line: line breaks and tabs are escaped as well."""
    return _CONTROL_OR_BREAK.sub(_escape, text)


# What a spreadsheet (Excel, LibreOffice, Google Sheets) may run as a formula when it starts a
# cell, including the fullwidth forms some spreadsheets fold; and our own escape, the apostrophe,
# so that reading the file back is exact.
_FORMULA_START = tuple("=+-@\t\r\n'\uff1d\uff0b\uff0d\uff20")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
# Excel turns a cell of digits into a number (a leading 0 and digits past the 15th are lost);
# a leading tab keeps it as text and is not shown. A tab before digits cannot start a formula.
_DIGITS = re.compile(r"\d+")


def spreadsheet_cell(value: object, *, as_text: bool = False) -> str:
    """``value`` as a CSV cell that no spreadsheet executes. ``as_text``: a cell of digits (tax
    ID, phone) is kept as text, so ``0100233488`` keeps its leading 0 in Excel."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    if as_text and _DIGITS.fullmatch(text):
        return "\t" + text
    return text


def from_spreadsheet_cell(text: str) -> str:
    """The value ``spreadsheet_cell`` wrote (surrounding spaces and tabs are not part of it)."""
    text = text.strip()
    return text[1:] if text.startswith("'") else text
