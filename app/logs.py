"""Logging to a rotating file in the log folder, with every URL's credentials redacted."""

from __future__ import annotations

import logging
import logging.handlers
import re

from app import paths

_URL_CREDENTIALS = re.compile(r"(?P<scheme>[a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\s]+@")


def redact_url(text: str) -> str:
    """Replace ``user:pass@`` (or ``user@``) in any URL inside ``text`` with ``***@``."""
    return _URL_CREDENTIALS.sub(r"\g<scheme>***@", text)


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
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in handlers:
        handler._epewall = True  # type: ignore[attr-defined]
        handler.setFormatter(fmt)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
