"""Logging to a rotating file in the log folder, with every credential redacted.

One rule recognises a credential in text (``credential_spans``): the registry refuses any field
that carries one (``carries_credential``) and the log redacts them (``redact_url``), so what the
door lets in and what the log hides cannot drift apart. The rule reads hostile forms too: a
fullwidth or small ``＠``/``﹫``, passwords holding ``@ / # ?`` or a space, a mangled scheme
(``rtsp:/``, ``rtsp:\\\\``, none at all as in ``admin:pw@host``) and secrets in a query string
(``?pw=``, ``passcode=``, ``token=``, ``auth=``…). Every step is a single regular-expression pass
without backtracking across the text, so redaction is linear in the text's length.
"""

from __future__ import annotations

import bisect
import logging
import logging.handlers
import re

from app import paths
from app.safe_text import printable

AT_SIGNS = "@\uff20\ufe6b"  # @, FULLWIDTH COMMERCIAL AT, SMALL COMMERCIAL AT
_AT = re.compile(f"[{AT_SIGNS}]")
_COLONS = ":\uff1a\ufe55"
# A scheme and its separator, mangled or not (rtsp://, rtsp:/, rtsp:\\, rtsp：／／). The
# look-behind lets a match start only at the beginning of a run of scheme letters, so a long run
# is scanned once, not once per letter.
_SCHEME = re.compile(f"(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*[{_COLONS}][/\\\\\uff0f\uff3c]+")
_SECRET_NAMES = (
    "password|passwd|passcode|pass|pwd|pw|pin|token|access_token|auth_token|authkey|auth|"
    "authorization|secret|apikey|api_key|credentials?"
)
# name=value in a query string or free text; the value runs to the next separator.
_QUERY_SECRET = re.compile(
    f"(?<![A-Za-z0-9])(?P<name>{_SECRET_NAMES})(?P<sep>[ \t]*[=\uff1d][ \t]*)[^&;#\\s]*",
    re.IGNORECASE,
)
_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
_WHITESPACE = re.compile(r"\s")


def _userinfo_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of every ``user:password`` in one line; ``end`` is its at-sign."""
    ats = [m.start() for m in _AT.finditer(line)]
    if not ats:
        return []
    spans: list[tuple[int, int]] = []
    last_at = ats[-1]
    scheme = _SCHEME.search(line, 0, last_at)
    covered = len(line)
    if scheme is not None:
        start = scheme.end()
        first_at = next(at for at in ats if at >= start)
        gap = _WHITESPACE.search(line, start, first_at)
        # user@host (no space before the at-sign), or user:pass right after the scheme with
        # anything in the password (a space, '/', '#', '?', '@'): redact up to the line's last
        # at-sign. "http://epe.vn, liên hệ: nam@epe.vn" is neither.
        if gap is None or any(c in line[start : gap.start()] for c in _COLONS):
            spans.append((start, last_at))
            covered = scheme.start()
    # Tokens such as admin:pw@host, with no scheme or after one the rule above did not take (a
    # user name alone is no secret here: nam@epe.vn is an e-mail address).
    token_start = 0
    for at in ats:
        if at >= covered:
            break
        if at < token_start:
            continue
        space = max(line.rfind(" ", token_start, at), line.rfind("\t", token_start, at))
        start = space + 1 if space >= 0 else token_start
        following = _WHITESPACE.search(line, at)
        token_end = min(following.start() if following else len(line), covered)
        end = ats[bisect.bisect_left(ats, token_end) - 1]  # the token's last at-sign
        if any(c in line[start:end] for c in _COLONS):
            spans.append((start, end))
        token_start = token_end
    return spans


def credential_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every credential in ``text``: user:password before an at-sign, and the
    value of a secret-named parameter (``password=``, ``?pw=``, ``token=``…)."""
    spans: list[tuple[int, int]] = []
    position = 0
    # Only the lines that hold an at-sign are looked at, each once.
    while (at := _AT.search(text, position)) is not None:
        line_start = position
        for line_break in _LINE_BREAKS.finditer(text, position, at.start()):
            line_start = line_break.end()
        following = _LINE_BREAKS.search(text, at.start())
        line_end = following.start() if following else len(text)
        line = text[line_start:line_end]
        spans.extend((line_start + a, line_start + b) for a, b in _userinfo_spans(line))
        position = line_end
    for match in _QUERY_SECRET.finditer(text):
        spans.append((match.end("sep"), match.end()))
    return sorted(spans)


def carries_credential(text: str) -> bool:
    """True when ``text`` holds a user name with a password, or a secret parameter, in any form
    the redactor knows (see the module's docstring). The registry refuses such fields."""
    if not _AT.search(text) and not _QUERY_SECRET.search(text):
        return False
    return bool(credential_spans(text))


def redact_url(text: str) -> str:
    """``text`` with every credential replaced by ``***`` (``rtsp://***@host``, ``pw=***``)."""
    if not _AT.search(text) and not _QUERY_SECRET.search(text):
        return text
    parts: list[str] = []
    done = 0
    for start, end in credential_spans(text):
        if end <= done:
            continue
        parts.append(text[done : max(start, done)])
        parts.append("***")
        done = end
    parts.append(text[done:])
    return "".join(parts)


class RedactingFormatter(logging.Formatter):
    """Redacts the whole formatted record, the traceback and exception text included (an
    exception message may quote what a user or a device sent), and shows control characters
    as visible escapes so that a device's text cannot forge log lines or repaint a terminal."""

    def format(self, record: logging.LogRecord) -> str:
        lines = redact_url(super().format(record)).split("\n")
        return "\n".join(printable(line) for line in lines)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_url(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def undo_onvif_basic_config() -> None:
    """``import onvif`` calls logging.basicConfig(); drop the stderr handler it installs."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if type(handler) is logging.StreamHandler and not getattr(handler, "_epewall", False):
            root.removeHandler(handler)


def setup(level: int = logging.INFO, to_stderr: bool = False) -> None:
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_epewall", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / "epewall.log", maxBytes=5_000_000, backupCount=5, encoding="utf-8"
    )
    handlers: list[logging.Handler] = [file_handler]
    if to_stderr:
        handlers.append(logging.StreamHandler())
    fmt = RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in handlers:
        handler._epewall = True  # type: ignore[attr-defined]
        handler.setFormatter(fmt)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
