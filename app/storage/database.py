"""The handle on the registry file: open it, migrate it, run work in transactions.

Every write runs in one transaction, so a failure (disk full, read-only file, locked, damaged)
leaves the file as it was and surfaces as a ``RegistryError`` with a translated message. The
domains keep their own rows and rules (``app/sites/registry.py`` is ``Database`` plus EPEs and
cameras); the tables themselves belong to ``app/storage/migrations.py``.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Self

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QObject, Signal

from app import paths
from app.storage import migrations

log = logging.getLogger(__name__)

# A second window or a command beside the GUI writes to the same file: a writer waits this long
# for the other's transaction to end (SQLite's busy handler), and BEGIN is tried again up to
# WRITE_ATTEMPTS times before the user reads "the registry is busy".
DEFAULT_BUSY_TIMEOUT = 10.0
WRITE_ATTEMPTS = 3
# A write that has waited this long for another process says so (``write_waits()``), so a
# window whose thread waits shows why instead of freezing without a word.
NOTICE_AFTER = 1.0


class WriteWaits(QObject):
    """``waiting(True, on_main_thread)`` once a write has waited :data:`NOTICE_AFTER` seconds
    for another process's lock, ``waiting(False, on_main_thread)`` when that wait ended (written
    or given up). Emitted on the waiting thread: the main thread's listeners run at once."""

    waiting = Signal(bool, bool)


_write_waits: WriteWaits | None = None


def write_waits() -> WriteWaits:
    global _write_waits
    if _write_waits is None:
        _write_waits = WriteWaits()
    return _write_waits


class RegistryError(Exception):
    """The registry file could not be read or written. ``str()`` is translated and secret-free.

    ``kind`` says what went wrong, for code that reacts differently: "disk_full", "read_only",
    "locked", "corrupt", "cannot_open", "io", "newer_schema", "not_registry", "migration_failed"
    or "error".
    """

    def __init__(self, message: str, kind: str = "error") -> None:
        super().__init__(message)
        self.kind = kind


class Database:
    """One SQLite file (WAL, foreign keys on), migrated to this version's schema when opened.

    Safe to share between the GUI thread and one worker: calls are serialised by a lock. Use
    ``transaction()`` to make several changes all-or-nothing.
    """

    def __init__(
        self, path: str | Path | None = None, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT
    ) -> None:
        memory = path == ":memory:"
        self._path: Path | None = None if memory else Path(path or paths.database_path())
        self._where = str(self._path) if self._path else ":memory:"
        self._lock = threading.RLock()
        self._busy_timeout = busy_timeout
        self._before_commit: dict[str, tuple[Callable[[], None], Callable[[], None]]] = {}
        self._conn: sqlite3.Connection | None = None
        try:
            # Worker threads (import, jobs) use the registry too; the lock serialises them.
            self._conn = sqlite3.connect(
                ":memory:" if memory else str(self._path),
                timeout=busy_timeout,
                check_same_thread=False,
            )
            self._db = sqlite_utils.Database(self._conn, execute_plugins=False)
            self._db.execute("PRAGMA foreign_keys = ON")
            if not memory:
                self._enable_wal()
                # PIN hashes and the check log: not for other accounts (umask may be lax).
                for suffix in ("", "-wal", "-shm"):
                    paths.make_file_private(Path(f"{self._path}{suffix}"))
            self._migrate()
        except sqlite3.Error as exc:
            self.close()
            raise storage_error(exc, self._where) from exc
        except BaseException:
            self.close()
            raise

    # -- lifecycle --

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def path(self) -> Path | None:
        """The registry file, or None for an in-memory registry."""
        return self._path

    @property
    def schema_version(self) -> int:
        with self._guard():
            return self._stored_version()

    # -- plumbing --

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        with self._lock:
            if self._conn is None:
                raise RegistryError(
                    QCoreApplication.translate("Registry", "The registry is closed."), "error"
                )
            try:
                yield
            except sqlite3.IntegrityError as exc:
                raise self._integrity_error(exc) from exc
            except sqlite3.Error as exc:
                raise storage_error(exc, self._where) from exc

    def _integrity_error(self, exc: sqlite3.IntegrityError) -> Exception:
        """What a broken constraint means to the user; a domain that knows its constraints
        (the EPE registry: duplicate tax ID, name...) says so instead."""
        return storage_error(exc, self._where)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All changes made inside the block are saved together, or none is (nested: savepoint).

        The outermost block takes SQLite's write lock when it starts (BEGIN IMMEDIATE), waiting
        for another process's write to end, and tries again before giving up. A deferred BEGIN
        would read first and fail at its first write, with no wait, whenever another process had
        written in between: two epewall processes writing side by side then failed in every
        round. Only the BEGIN is retried: nothing of the block has run yet.
        """
        with self._guard():
            if self._conn is not None and self._conn.in_transaction:
                with self._db.atomic():
                    yield
                return
            self._begin_immediate()
            try:
                yield
                hooks = list(self._before_commit.values())
                for action, _undo in hooks:
                    action()
            except BaseException:
                self._before_commit.clear()
                self._db.conn.rollback()
                raise
            self._before_commit.clear()
            try:
                self._db.execute("COMMIT")
            except BaseException:
                self._db.conn.rollback()
                for _action, undo in hooks:
                    undo()
                raise

    def before_commit(self, key: str, action: Callable[[], None], undo: Callable[[], None]) -> None:
        """Run ``action`` once just before the current transaction commits, while the write lock
        is held (so writers in other processes take their turns in order); ``undo`` if the
        commit then fails. ``key`` names the hook: registering it again in the same transaction
        keeps one. The ledger keeps its head outside the file this way."""
        with self._guard():
            if self._conn is None or not self._conn.in_transaction:
                raise RuntimeError("before_commit() needs an open transaction")
            self._before_commit[key] = (action, undo)

    def _enable_wal(self) -> None:
        """Switch a new file to WAL. SQLite refuses the switch at once (no busy wait) while
        another process starting on the same new file holds a lock: try again, for as long as
        a write would wait."""
        deadline = time.monotonic() + self._busy_timeout
        pause = 0.02
        while True:
            try:
                self._db.enable_wal()
                return
            except sqlite3.OperationalError as exc:
                if _primary_code(exc) not in (_SQLITE_BUSY, _SQLITE_LOCKED):
                    raise
                if time.monotonic() >= deadline:
                    raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)

    def _begin_immediate(self) -> None:
        if self._path is None:
            # No other process can open an in-memory registry: nothing to wait for.
            self._db.execute("BEGIN")
            return
        # The first wait is cut in two: after NOTICE_AFTER the waiting is announced, then it goes
        # on for the rest of the busy timeout; the whole wait is as long as before.
        waits = [self._busy_timeout] * WRITE_ATTEMPTS
        if self._busy_timeout > NOTICE_AFTER:
            waits[0:1] = [NOTICE_AFTER, self._busy_timeout - NOTICE_AFTER]
        main = threading.current_thread() is threading.main_thread()
        announced = False
        try:
            for attempt, wait in enumerate(waits, start=1):
                if wait != self._busy_timeout:
                    self._db.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
                try:
                    self._db.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    primary = _primary_code(exc)
                    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
                        # A read-only file can still be read: writes fail later, as they should.
                        self._db.execute("BEGIN")
                        return
                    if primary not in (_SQLITE_BUSY, _SQLITE_LOCKED) or attempt == len(waits):
                        raise
                finally:
                    if wait != self._busy_timeout:
                        self._db.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000)}")
                if not announced:
                    announced = True
                    write_waits().waiting.emit(True, main)
                if wait == self._busy_timeout:
                    log.info("registry %s: busy, trying again (%d)", self._where, attempt)
                    time.sleep(min(0.05 * attempt, self._busy_timeout))
        finally:
            if announced:
                write_waits().waiting.emit(False, main)

    @contextlib.contextmanager
    def database(self) -> Iterator[sqlite_utils.Database]:
        """The database inside one transaction, for the stores that keep their rows in the
        registry's file (snapshots, walls, officers, the ledger...). SQLite errors become
        ``RegistryError`` as for the registry's own calls."""
        with self.transaction():
            yield self._db

    def _stored_version(self) -> int:
        if not self._db["meta"].exists():
            return 0
        row = self._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        # Read at call time, so a test can open a file as an older or newer version wrote it.
        steps = migrations.MIGRATIONS
        # One snapshot for both reads: another process may commit its migration in between.
        self._db.execute("BEGIN")
        try:
            version = self._stored_version()
            has_tables = bool(self._db.table_names())
        finally:
            self._db.execute("COMMIT")
        if version == 0 and has_tables:
            raise RegistryError(
                QCoreApplication.translate(
                    "Registry",
                    "This file is an SQLite database but not an epewall registry; epewall will "
                    "not change it. (File: {path})",
                ).format(path=self._where),
                "not_registry",
            )
        if version > len(steps):
            raise RegistryError(
                QCoreApplication.translate(
                    "Registry",
                    "The registry was written by a newer epewall (schema {found}; this version "
                    "knows up to {known}). Update epewall to open it. (Registry file: {path})",
                ).format(found=version, known=len(steps), path=self._where),
                "newer_schema",
            )
        if version == len(steps):
            return
        if version > 0 and self._path is not None:
            self._backup(version)
        # Schema changes may rebuild tables, which SQLite only allows with foreign keys off;
        # foreign_key_check below proves nothing was orphaned before they come back on.
        self._db.execute("PRAGMA foreign_keys = OFF")
        try:
            # Two processes opening a new file at once: the second waits for the first's
            # migration and then finds nothing left to do.
            self._begin_immediate()
            try:
                version = self._stored_version()
                for number, migration in enumerate(steps[version:], start=version + 1):
                    log.info("registry %s: migrating to schema %d", self._where, number)
                    migration(self._db)
                    self._db.execute(
                        "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        [str(number)],
                    )
                if self._db.execute("PRAGMA foreign_key_check").fetchall():
                    raise RuntimeError("foreign_key_check found orphans after migrating")
            except BaseException:
                self._db.conn.rollback()
                raise
            self._db.execute("COMMIT")
        except Exception as exc:
            log.exception("registry %s: migration from schema %d failed", self._where, version)
            known = storage_error(exc, self._where) if isinstance(exc, sqlite3.Error) else None
            if known is not None and known.kind != "error":
                raise known from exc  # disk full, read-only...: say that, it is what to fix
            raise RegistryError(
                QCoreApplication.translate(
                    "Registry",
                    "Updating the registry to this version of epewall failed; the file was left "
                    "as it was. Keep the file and report the problem. (Registry file: {path})",
                ).format(path=self._where),
                "migration_failed",
            ) from exc
        finally:
            self._db.execute("PRAGMA foreign_keys = ON")

    def _backup(self, version: int) -> None:
        assert self._path is not None and self._conn is not None
        target = self._path.with_name(f"{self._path.name}.schema{version}.bak")
        with contextlib.closing(sqlite3.connect(str(target))) as copy:
            self._conn.backup(copy)
        log.info("registry %s: backed up schema %d to %s", self._where, version, target)


# --- SQLite errors -> messages for people ---------------------------------------------------------

_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB, _SQLITE_PERM = 11, 13, 14, 26, 3


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def storage_error(exc: sqlite3.Error, where: str) -> RegistryError:
    primary = _primary_code(exc)
    log.warning(
        "registry %s: %s (%s)", where, type(exc).__name__, getattr(exc, "sqlite_errorname", "?")
    )
    if primary == _SQLITE_FULL:
        return RegistryError(
            QCoreApplication.translate(
                "Registry",
                "The disk is full, so the registry could not be saved; nothing was changed. Free "
                "some space and try again. (Registry file: {path})",
            ).format(path=where),
            "disk_full",
        )
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return RegistryError(
            QCoreApplication.translate(
                "Registry",
                "The registry file cannot be written: it is read-only, or it was moved or deleted "
                "while epewall was running. Nothing was changed. Check the file and its folder, "
                "then restart epewall. (Registry file: {path})",
            ).format(path=where),
            "read_only",
        )
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return RegistryError(
            QCoreApplication.translate(
                "Registry",
                "The registry is busy: another epewall window or program is writing to it. "
                "Nothing was changed. Wait a moment and try again. (Registry file: {path})",
            ).format(path=where),
            "locked",
        )
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return RegistryError(
            QCoreApplication.translate(
                "Registry",
                "The registry file is damaged or is not an epewall registry. Restore it from a "
                "backup, or move it away so epewall starts a new one. (Registry file: {path})",
            ).format(path=where),
            "corrupt",
        )
    if primary == _SQLITE_CANTOPEN:
        return RegistryError(
            QCoreApplication.translate(
                "Registry",
                "The registry file cannot be opened. Check that its folder exists and that you "
                "may write to it. (Registry file: {path})",
            ).format(path=where),
            "cannot_open",
        )
    if primary == _SQLITE_IOERR:
        return RegistryError(
            QCoreApplication.translate(
                "Registry",
                "The registry file could not be read or written (a disk or network drive "
                "error). Nothing was changed. (Registry file: {path})",
            ).format(path=where),
            "io",
        )
    return RegistryError(
        QCoreApplication.translate(
            "Registry", "The registry could not be used ({detail}). (Registry file: {path})"
        ).format(detail=type(exc).__name__, path=where),
        "error",
    )
