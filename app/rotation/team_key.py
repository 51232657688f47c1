"""The team key on this workstation, and the log exchange that needs it.

The key that signs and checks exchanged log files (``app/rotation/log_exchange.py``) lives only
in the OS keyring (``app/secrets.py``): never in a file, the database or the settings. A
workstation without it can neither sign nor check a file, and says who to ask. Reading the
keyring may block (D-Bus, an unlock prompt), so the functions here are worker bodies: the key is
read in the worker, next to the file work, never on the GUI thread.

Who may do what is the log exchange's rule (officers export their own log, team leads import);
this module adds only where the key comes from, and the check log's anchors that need the key or
the keyring: signed checkpoints (:func:`seal_log`, kept in the registry, the head file and the
keyring) and the verification that holds the log against them (:func:`verify_log`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.officers.profiles import Officer
from app.rotation.ledger import Anchor, ChainHead, Ledger, VerifyReport
from app.rotation.log_exchange import (
    ExportSummary,
    ImportSummary,
    LogFileError,
    export_log,
    import_log_files,
    parse_team_key,
    read_log_file,
)
from app.sites.registry import Registry
from app.storage.database import RegistryError
from app.timekeeping import Month

if TYPE_CHECKING:
    # Only the type: keyring and D-Bus load with app.secrets, which the command line keeps off
    # its start-up path; the caller hands in the store it has.
    from app.secrets import CredentialStore

log = logging.getLogger(__name__)


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
    """The officer's log of ``month`` as a file signed with this workstation's team key; the
    log is sealed with a fresh checkpoint afterwards (:func:`seal_log`)."""
    summary = export_log(registry, officer, month, path, stored_team_key(store))
    seal_log(registry, store, officer.code)
    return summary


def import_team_logs(
    registry: Registry, store: CredentialStore, actor: Officer, paths: Sequence[Path]
) -> Generator[tuple[int, int, str], None, list[tuple[Path, ImportSummary | str]]]:
    """Other workstations' log files, checked with this workstation's team key: each file on
    its own, a refused one reported with its reason (``import_log_files``)."""
    key = stored_team_key(store)
    return (yield from import_log_files(registry, actor, paths, key))


def optional_team_key(store: CredentialStore) -> bytes | None:
    """The team key when this workstation has one, else None. Raises SecretsError."""
    try:
        return stored_team_key(store)
    except LogFileError:
        return None


def seal_log(registry: Registry, store: CredentialStore, officer_code: str = "") -> Anchor | None:
    """A checkpoint of the check log signed with the team key, kept in the log, its head file
    and this workstation's keyring; None when there is no team key. Raises SecretsError."""
    key = optional_team_key(store)
    return None if key is None else _seal(registry, store, key, officer_code)


def _seal(registry: Registry, store: CredentialStore, key: bytes, officer_code: str) -> Anchor:
    ledger = Ledger(registry)
    anchor = ledger.checkpoint(key, officer_code)
    store.set_log_anchor(ledger.workstation_id, json.dumps(anchor.as_dict()))
    return anchor


def seal_session(registry: Registry, store: CredentialStore, officer_code: str) -> Anchor | None:
    """The window's checkpoint when an officer logs in and when it closes cleanly, so that
    records cut between two sessions are missed by the next verify against the keyring.

    A worker body (the keyring, the head file). Never seals over a cut: when the log no longer
    reaches its head file or the keyring's checkpoint, it leaves them as they are (the next
    verify reports the cut) and returns None, as it does without a team key or a usable
    keyring or registry: a login is never refused for this."""
    # Not at the top, as in verify_log_job: keyring and D-Bus stay off the command line's path.
    from app.secrets import SecretsError

    try:
        key = optional_team_key(store)
        if key is None:
            return None
        problem = Ledger(registry).tail_problem(log_anchors(registry, store, key))
        if problem is not None:
            log.warning("check log not sealed: it no longer reaches its last checkpoint")
            return None
        return _seal(registry, store, key, officer_code)
    except (SecretsError, RegistryError):
        log.warning("check log not sealed at this session's start or end", exc_info=True)
        return None


def log_anchors(
    registry: Registry, store: CredentialStore, key: bytes | None, files: Sequence[Path] = ()
) -> list[Anchor]:
    """The heads this workstation's log must still reach: the keyring's checkpoint, and the
    head sealed into each of ``files`` (log files this workstation exported). Raises
    LogFileError for a file that is refused, SecretsError when the keyring cannot be used."""
    ledger = Ledger(registry)
    workstation = ledger.workstation_id
    anchors: list[Anchor] = []
    kept = store.get_log_anchor(workstation)
    if kept:
        try:
            anchors.append(
                Anchor.from_dict(
                    json.loads(kept), QCoreApplication.translate("Ledger", "the keyring")
                )
            )
        except ValueError:
            log.warning("the keyring's check-log checkpoint is damaged; ignored")
    for path in files:
        if key is None:
            stored_team_key(store)  # raises the "no team key" explanation
        assert key is not None
        log_file = read_log_file(path, key)
        sealed = log_file.header.get("ledger_head")
        if log_file.header.get("workstation") != workstation or sealed is None:
            raise LogFileError(
                QCoreApplication.translate(
                    "Ledger",
                    "{file} was exported by another workstation (or an older epewall): it "
                    "cannot vouch for this workstation's log.",
                ).format(file=Path(path).name),
                "not_a_log",
            )
        try:
            head = ChainHead.from_dict(sealed)
        except ValueError:
            continue
        anchors.append(
            Anchor("", head.seq, head.hash, head.count, head.created_at, Path(path).name)
        )
    return anchors


def verify_log_job(
    registry: Registry, store: CredentialStore
) -> Generator[tuple[int, int, str], None, VerifyReport | None]:
    """The check log window's "Verify": :func:`verify_log` as a Job's steps. A keyring that
    cannot be used leaves the head file and the chain's checkpoints to check (the key and the
    keyring's checkpoint are then missing, and the checkpoints count as not authenticated)."""
    # Not at the top, like CredentialStore above: keyring and D-Bus stay off the command
    # line's start-up path (this runs in the window's worker).
    from app.secrets import SecretsError

    try:
        key = optional_team_key(store)
        anchors = log_anchors(registry, store, key)
    except SecretsError:
        log.warning("keyring unusable: the log is verified without the team key")
        key, anchors = None, []
    return (yield from Ledger(registry).verify_job(key, anchors))


def verify_log(
    registry: Registry, store: CredentialStore, files: Sequence[Path] = ()
) -> VerifyReport:
    """The check log verified against every anchor this workstation has; checkpoints are
    authenticated when the team key is here. Raises SecretsError, LogFileError (a file)."""
    key = optional_team_key(store)
    anchors = log_anchors(registry, store, key, files)
    return Ledger(registry).verify(key, anchors)
