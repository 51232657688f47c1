"""``epewall --version``: the versions of epewall, Qt, PySide6, libVLC, PyAV/FFmpeg, Python and
the OS, and the keyring backend, as the About box shows them (``app.support.versions``).

Exit code 0 also when libVLC or the keyring is missing: then the line says so.
"""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.cli.output import say, utf8_streams


def _t(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def add_argument(parser: Any) -> None:
    """The ``--version`` option of ``app.cli.main.build_parser``."""
    parser.add_argument(
        "--version",
        action="store_true",
        help=_t("print the versions of epewall, Qt, libVLC, PyAV/FFmpeg and the keyring, and exit"),
    )


def run(_args: argparse.Namespace) -> int:
    from app.secrets import CredentialStore
    from app.support import versions

    utf8_streams()
    say(versions.report(versions.keyring_status(CredentialStore())).rstrip("\n"))
    return 0
