"""The team key on this workstation, and the log exchange that needs it.

The key that signs and checks exchanged log files (``app/rotation/log_exchange.py``) lives only
in the OS keyring (``app/secrets.py``): never in a file, the database or the settings. A
workstation without it can neither sign nor check a file, and says who to ask. Reading the
keyring may block (D-Bus, an unlock prompt), so the functions here are worker bodies: the key is
read in the worker, next to the file work, never on the GUI thread.

Who may do what is the log exchange's rule (officers export their own log, team leads import);
this module adds only where the key comes from.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.officers.profiles import Officer
from app.rotation.log_exchange import (
    ExportSummary,
    ImportSummary,
    LogFileError,
    export_log,
    import_log_files,
    parse_team_key,
)
from app.sites.registry import Registry
from app.timekeeping import Month

if TYPE_CHECKING:
    # Only the type: keyring and D-Bus load with app.secrets, which the command line keeps off
    # its start-up path; the caller hands in the store it has.
    from app.secrets import CredentialStore


def stored_team_key(store: CredentialStore) -> bytes:
    """This workstation's team key. Raises LogFileError ("no_key") when there is none or it is
    not a key, SecretsError when the keyring cannot be used."""
    text = store.get_team_key()
    if not text:
        raise LogFileError(
            QCoreApplication.translate(
                "Coverage",
                "This workstation has no team key yet, so log files can be neither "
                "signed nor checked. Ask the team lead for the key and enter it with "
                "'epewall log key set'.",
            ),
            "no_key",
        )
    return parse_team_key(text)


def export_my_log(
    registry: Registry, store: CredentialStore, officer: Officer, month: Month, path: Path
) -> ExportSummary:
    """The officer's log of ``month`` as a file signed with this workstation's team key."""
    return export_log(registry, officer, month, path, stored_team_key(store))


def import_team_logs(
    registry: Registry, store: CredentialStore, actor: Officer, paths: Sequence[Path]
) -> Generator[tuple[int, int, str], None, list[tuple[Path, ImportSummary | str]]]:
    """Other workstations' log files, checked with this workstation's team key: each file on
    its own, a refused one reported with its reason (``import_log_files``)."""
    key = stored_team_key(store)
    return (yield from import_log_files(registry, actor, paths, key))
