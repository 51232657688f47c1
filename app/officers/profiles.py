"""Officer profiles on the workstation, their PINs and roles, and who is responsible for which EPE.

A PIN is never stored: only a salted scrypt hash (slow on purpose, about 0.1 s), compared in
constant time. After :data:`MAX_FAILED_ATTEMPTS` wrong PINs in a row a profile is locked for
:data:`LOCK_MINUTES` minutes (a team lead may unlock it earlier). Roles gate features through
:func:`can`; only team leads edit officers, assignments and plans. Logins, failures, profile and
assignment changes go to the tamper-evident audit trail (``app/rotation/ledger.py``).

Assignments of EPEs to officers are many-to-many and never deleted: ending one stamps
``ended_at``, so the history of who was responsible when stays readable.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain import ValidationError
from app.rotation.ledger import AuditAction, Ledger
from app.sites.registry import NAME_MAX, Registry, sorted_by_name
from app.timekeeping import parse_utc, show_local, to_utc_iso, utc_now

MAX_FAILED_ATTEMPTS = 5
LOCK_MINUTES = 15
# A new PIN has at least 6 digits: a copied registry file lets anyone try PINs offline against
# the scrypt hash, and 4 digits fall in minutes there (the lock-out only guards logins). PINs set
# before this rule still open the profile, which then asks for a new one at once.
PIN_DIGITS = (6, 12)
# scrypt cost: n=2**15, r=8 takes ~0.1 s and 32 MiB per guess on a desktop PC.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_SCRYPT_MAXMEM = 64 * 1024 * 1024
_DUMMY_HASH = f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${'00' * 16}${'00' * 64}"


class Role(enum.StrEnum):
    OFFICER = "officer"
    TEAM_LEAD = "team_lead"
    VIEW_ONLY = "view_only"

    def label(self) -> str:
        match self:
            case Role.OFFICER:
                return QCoreApplication.translate("Role", "Officer")
            case Role.TEAM_LEAD:
                return QCoreApplication.translate("Role", "Team lead")
            case Role.VIEW_ONLY:
                return QCoreApplication.translate("Role", "View only")


class Action(enum.StrEnum):
    """Features a role may or may not use."""

    VIEW_LIVE = "view_live"
    PTZ = "ptz"
    PLAYBACK = "playback"
    EXPORT = "export"
    SNAPSHOT = "snapshot"
    RUN_CHECK = "run_check"
    AMEND_CHECK = "amend_check"
    VIEW_COVERAGE = "view_coverage"
    EXPORT_LOG = "export_log"
    IMPORT_LOGS = "import_logs"
    EDIT_PLANS = "edit_plans"
    EDIT_ASSIGNMENTS = "edit_assignments"
    EDIT_OFFICERS = "edit_officers"
    # EPE accounts, recorders and the team key (the command line asks a team lead's PIN).
    EDIT_ACCOUNTS = "edit_accounts"
    # The interruption register and the camera logbook (Decision 247 I.2.3, I.1.1 e.2).
    OPEN_INTERRUPTION = "open_interruption"
    FOLLOW_UP_INTERRUPTION = "follow_up_interruption"
    EXTEND_INTERRUPTION = "extend_interruption"
    CLOSE_INTERRUPTION = "close_interruption"
    ATTACH_MANUAL_LOG = "attach_manual_log"
    ADD_LOGBOOK_ENTRY = "add_logbook_entry"
    # Device warnings (Decision 247 II.2.2): the officer analyses and resolves them.
    RESOLVE_WARNING = "resolve_warning"
    # Cases sent to the head of unit (Decision 247 II.2.3): officers open them, team leads
    # decide them.
    OPEN_CASE = "open_case"
    DECIDE_CASE = "decide_case"


_OFFICER_ACTIONS = frozenset(
    {
        Action.VIEW_LIVE,
        Action.PTZ,
        Action.PLAYBACK,
        Action.EXPORT,
        Action.SNAPSHOT,
        Action.RUN_CHECK,
        Action.AMEND_CHECK,
        Action.VIEW_COVERAGE,
        Action.EXPORT_LOG,
        Action.OPEN_INTERRUPTION,
        Action.FOLLOW_UP_INTERRUPTION,
        Action.EXTEND_INTERRUPTION,
        Action.CLOSE_INTERRUPTION,
        Action.ATTACH_MANUAL_LOG,
        Action.ADD_LOGBOOK_ENTRY,
        Action.RESOLVE_WARNING,
        Action.OPEN_CASE,
    }
)
PERMISSIONS: dict[Role, frozenset[Action]] = {
    # View-only (e.g. a partner agency, Decision 953) watches live images and nothing else.
    Role.VIEW_ONLY: frozenset({Action.VIEW_LIVE}),
    Role.OFFICER: _OFFICER_ACTIONS,
    Role.TEAM_LEAD: frozenset(Action),
}


def can(role: Role | str, action: Action | str) -> bool:
    """Whether an officer with ``role`` may use ``action``."""
    return Action(action) in PERMISSIONS[Role(role)]


class PermissionDeniedError(Exception):
    """The current officer's role does not allow this. ``str()`` is translated."""

    def __init__(self, action: Action) -> None:
        super().__init__(
            QCoreApplication.translate(
                "Officers", "Your role does not allow this. Ask a team lead."
            )
        )
        self.action = action


class LoginError(Exception):
    """A login was refused. ``kind``: "unknown", "inactive", "wrong_pin" or "locked"."""

    def __init__(self, message: str, kind: str, locked_until: dt.datetime | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.locked_until = locked_until


@dataclass(frozen=True)
class Officer:
    code: str
    full_name: str
    role: Role
    unit: str = ""
    active: bool = True
    failed_attempts: int = 0
    locked_until: str | None = None
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""
    # Set by a login with a PIN shorter than today's rule: the officer must choose a new one.
    must_change_pin: bool = False

    @property
    def display_name(self) -> str:
        """ "Nguyễn Văn An (CB001)": how an officer is named on screen and on snapshots."""
        return f"{self.full_name} ({self.code})"

    def lock_end(self, now: dt.datetime) -> dt.datetime | None:
        """When this officer's lock ends, if too many wrong PINs lock them out at ``now``."""
        return _lock_end(self.locked_until, now)


def _lock_end(locked_until: str | None, now: dt.datetime) -> dt.datetime | None:
    if not locked_until:
        return None
    until = parse_utc(locked_until)
    return until if until > now else None


def locked_message(until: dt.datetime) -> str:
    """What a locked-out officer reads, with the (Vietnam) time the lock ends."""
    return QCoreApplication.translate(
        "Officers",
        "Too many wrong PINs: this profile is locked until {time}. A team lead can unlock it.",
    ).format(time=show_local(until, date=False))


@dataclass(frozen=True)
class Assignment:
    """``officer_id`` is responsible for ``epe_id`` from ``assigned_at`` until ``ended_at``."""

    id: int
    epe_id: int
    officer_id: int
    assigned_at: str
    assigned_by: str
    ended_at: str | None = None
    ended_by: str | None = None

    @property
    def current(self) -> bool:
        return self.ended_at is None


def require(officer: Officer | None, action: Action) -> None:
    """Raise PermissionDeniedError unless ``officer`` is active and their role allows ``action``."""
    if officer is None or not officer.active or not can(officer.role, action):
        raise PermissionDeniedError(action)


# --- PIN hashing ----------------------------------------------------------------------------------


def check_pin_format(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit() and PIN_DIGITS[0] <= len(pin) <= PIN_DIGITS[1]):
        raise ValidationError(
            "pin", QCoreApplication.translate("Officers", "The PIN must have 6 to 12 digits.")
        )


def short_pin_message() -> str:
    """What an officer reads after logging in with a PIN set before the 6-digit rule."""
    return QCoreApplication.translate(
        "Officers",
        "Your PIN has fewer than 6 digits, which a copied registry file gives away in minutes. "
        "Choose a new PIN of 6 to 12 digits now.",
    )


def hash_pin(pin: str) -> str:
    """ "scrypt$n$r$p$salt$hash" of the PIN with a fresh random salt."""
    check_pin_format(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=_SCRYPT_MAXMEM
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = hashlib.scrypt(
            pin.encode(),
            salt=bytes.fromhex(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=_SCRYPT_MAXMEM,
        )
    except ValueError:
        return False
    return hmac.compare_digest(candidate, bytes.fromhex(digest))


# --- the store ------------------------------------------------------------------------------------


def _officer(row: dict[str, Any]) -> Officer:
    return Officer(
        id=row["id"],
        code=row["code"],
        full_name=row["full_name"],
        unit=row["unit"],
        role=Role(row["role"]),
        active=bool(row["active"]),
        failed_attempts=row["failed_attempts"],
        locked_until=row["locked_until"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _assignment(row: dict[str, Any]) -> Assignment:
    return Assignment(
        row["id"],
        row["epe_id"],
        row["officer_id"],
        row["assigned_at"],
        row["assigned_by"],
        row["ended_at"],
        row["ended_by"],
    )


class OfficerStore:
    """Officers and assignments in the registry's file. Edits need a team lead as ``actor``,
    except the very first profile of a workstation, which must be a team lead."""

    def __init__(self, registry: Registry, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._registry = registry
        self._clock = clock
        self._ledger = Ledger(registry, clock)

    @property
    def ledger(self) -> Ledger:
        return self._ledger

    # -- profiles --

    def _validate(self, officer: Officer) -> Officer:
        code = officer.code.strip().upper()
        name = " ".join(officer.full_name.split())
        if not code or len(code) > 40 or any(ch.isspace() for ch in code):
            raise ValidationError(
                "code",
                QCoreApplication.translate(
                    "Officers", "The officer code is required (no spaces, at most 40 characters)."
                ),
            )
        if not name or len(name) > NAME_MAX:
            raise ValidationError(
                "full_name",
                QCoreApplication.translate("Officers", "The officer's full name is required."),
            )
        try:
            role = Role(officer.role)
        except ValueError:
            raise ValidationError(
                "role",
                QCoreApplication.translate(
                    "Officers", "Choose a role: officer, team lead or view only."
                ),
            ) from None
        return replace(officer, code=code, full_name=name, unit=officer.unit.strip(), role=role)

    def add_officer(self, actor: Officer | None, officer: Officer, pin: str) -> Officer:
        """Create a profile with its PIN. The first profile needs no actor and must be a lead."""
        officer = self._validate(officer)
        check_pin_format(pin)
        first = not self.list_officers(include_inactive=True)
        if first:
            if officer.role is not Role.TEAM_LEAD:
                raise ValidationError(
                    "role",
                    QCoreApplication.translate(
                        "Officers", "The first profile on a workstation must be a team lead."
                    ),
                )
        else:
            require(actor, Action.EDIT_OFFICERS)
        pin_hash = hash_pin(pin)
        now = to_utc_iso(self._clock())
        with self._registry.database() as db:
            if db.execute("SELECT 1 FROM officers WHERE code = ?", [officer.code]).fetchone():
                raise ValidationError(
                    "code",
                    QCoreApplication.translate(
                        "Officers", "Another officer already has this code."
                    ),
                )
            cursor = db.execute(
                "INSERT INTO officers (code, full_name, unit, role, pin_hash, active, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    officer.code,
                    officer.full_name,
                    officer.unit,
                    officer.role.value,
                    pin_hash,
                    int(officer.active),
                    now,
                    now,
                ],
            )
            new_id = int(cursor.lastrowid or 0)
            self._ledger.audit(
                AuditAction.OFFICER_CHANGED,
                actor.code if actor else "",
                {
                    "officer": officer.code,
                    "change": "created",
                    "role": officer.role.value,
                    "active": officer.active,
                },
            )
        return self.get_officer(new_id)

    def update_officer(self, actor: Officer | None, officer: Officer) -> Officer:
        """Save name, unit, role and active flag (the code stays). Team leads only."""
        require(actor, Action.EDIT_OFFICERS)
        assert actor is not None
        if officer.id is None:
            raise ValueError("update_officer() needs an officer read from the store")
        officer_id = officer.id
        before = self.get_officer(officer_id)
        officer = self._validate(replace(officer, code=before.code))
        if (
            before.role is Role.TEAM_LEAD
            and (officer.role is not Role.TEAM_LEAD or not officer.active)
            and self._active_leads() <= 1
        ):
            raise ValidationError(
                "role",
                QCoreApplication.translate(
                    "Officers", "The workstation needs at least one active team lead."
                ),
            )
        with self._registry.database() as db:
            db.execute(
                "UPDATE officers SET full_name = ?, unit = ?, role = ?, active = ?, "
                "updated_at = ? WHERE id = ?",
                [
                    officer.full_name,
                    officer.unit,
                    officer.role.value,
                    int(officer.active),
                    to_utc_iso(self._clock()),
                    officer.id,
                ],
            )
            self._ledger.audit(
                AuditAction.OFFICER_CHANGED,
                actor.code,
                {
                    "officer": officer.code,
                    "change": "updated",
                    "role": officer.role.value,
                    "active": officer.active,
                },
            )
        return self.get_officer(officer_id)

    def _active_leads(self) -> int:
        with self._registry.database() as db:
            return int(
                db.execute(
                    "SELECT count(*) FROM officers WHERE role = ? AND active = 1",
                    [Role.TEAM_LEAD.value],
                ).fetchone()[0]
            )

    def change_pin(
        self, actor: Officer | None, officer_id: int, new_pin: str, old_pin: str | None = None
    ) -> None:
        """An officer changes their own PIN (with the old one); a team lead resets anyone's."""
        target = self.get_officer(officer_id)
        if actor is None:
            raise PermissionDeniedError(Action.EDIT_OFFICERS)
        if actor.id == officer_id:
            if old_pin is None or not pin_matches(old_pin, self._pin_hash(officer_id)):
                raise LoginError(
                    QCoreApplication.translate("Officers", "The current PIN is wrong."), "wrong_pin"
                )
        else:
            require(actor, Action.EDIT_OFFICERS)
        pin_hash = hash_pin(new_pin)
        with self._registry.database() as db:
            db.execute(
                "UPDATE officers SET pin_hash = ?, failed_attempts = 0, locked_until = NULL, "
                "updated_at = ? WHERE id = ?",
                [pin_hash, to_utc_iso(self._clock()), officer_id],
            )
            self._ledger.audit(
                AuditAction.CREDENTIAL_CHANGED,
                actor.code,
                {"officer": target.code, "change": "pin"},
            )

    def unlock(self, actor: Officer | None, officer_id: int) -> Officer:
        require(actor, Action.EDIT_OFFICERS)
        assert actor is not None
        with self._registry.database() as db:
            db.execute(
                "UPDATE officers SET failed_attempts = 0, locked_until = NULL WHERE id = ?",
                [officer_id],
            )
            self._ledger.audit(
                AuditAction.OFFICER_CHANGED,
                actor.code,
                {"officer": self.get_officer(officer_id).code, "change": "unlocked"},
            )
        return self.get_officer(officer_id)

    def recorded_role(self, code: str) -> Role | None:
        """The officer's role as the audit trail last recorded it on this workstation (None
        when it records none): a role edited into the officers table does not show here."""
        with self._registry.database() as db:
            row = db.execute(
                "SELECT json_extract(payload, '$.details.role') FROM ledger "
                "WHERE kind = 'audit' AND json_extract(payload, '$.action') = ? "
                "AND json_extract(payload, '$.details.officer') = ? "
                "AND json_extract(payload, '$.details.role') IS NOT NULL "
                "AND workstation = (SELECT value FROM rotation_meta WHERE key = 'workstation_id') "
                "ORDER BY seq DESC LIMIT 1",
                [AuditAction.OFFICER_CHANGED.value, code.strip().upper()],
            ).fetchone()
        try:
            return Role(row[0]) if row else None
        except ValueError:
            return None

    def _pin_hash(self, officer_id: int) -> str:
        with self._registry.database() as db:
            row = db.execute("SELECT pin_hash FROM officers WHERE id = ?", [officer_id]).fetchone()
        if row is None:
            raise KeyError(officer_id)
        return str(row[0])

    def get_officer(self, officer_id: int) -> Officer:
        with self._registry.database() as db:
            rows = list(db.query("SELECT * FROM officers WHERE id = ?", [officer_id]))
        if not rows:
            raise KeyError(officer_id)
        return _officer(rows[0])

    def find_officer(self, code: str) -> Officer | None:
        with self._registry.database() as db:
            rows = list(db.query("SELECT * FROM officers WHERE code = ?", [code.strip().upper()]))
        return _officer(rows[0]) if rows else None

    def list_officers(self, include_inactive: bool = False) -> list[Officer]:
        sql = "SELECT * FROM officers" + ("" if include_inactive else " WHERE active = 1")
        with self._registry.database() as db:
            rows = list(db.query(sql + " ORDER BY code"))
        # Vietnamese order (Đ after D, not after Z), as the names are read
        return sorted_by_name([_officer(row) for row in rows], lambda o: o.full_name)

    # -- login --

    def login(self, code: str, pin: str) -> Officer:
        """The officer whose code and PIN these are; raises LoginError (translated) otherwise.

        The attempt is counted before the PIN is checked, in the transaction that checks the
        lock (see :meth:`_take_attempt`): logins running side by side (two workstations on one
        registry file, a script) each take their own attempt, so at most
        :data:`MAX_FAILED_ATTEMPTS` PINs are ever tried before the profile locks.
        """
        now = self._clock()
        officer = self.find_officer(code)
        if officer is None or officer.id is None:
            # Same cost as a real check, so timing does not tell which codes exist.
            pin_matches(pin, _DUMMY_HASH)
            raise LoginError(
                QCoreApplication.translate("Officers", "Unknown officer code or wrong PIN."),
                "unknown",
            )
        pin_hash, locks_at = self._take_attempt(officer.id, now)
        # The slow hash runs outside the transaction: other logins are not held up by it.
        if pin_matches(pin, pin_hash):
            with self._registry.database() as db:
                db.execute(
                    "UPDATE officers SET failed_attempts = 0, locked_until = NULL WHERE id = ?",
                    [officer.id],
                )
                self._ledger.audit(AuditAction.LOGIN, officer.code)
            logged_in = self.get_officer(officer.id)
            return replace(logged_in, must_change_pin=len(pin) < PIN_DIGITS[0])
        with self._registry.database() as db:
            self._ledger.audit(
                AuditAction.LOGIN_FAILED, officer.code, {"locked": locks_at is not None}
            )
        if locks_at is not None:
            raise LoginError(
                QCoreApplication.translate(
                    "Officers",
                    "Too many wrong PINs: this profile is now locked for {minutes} "
                    "minutes. A team lead can unlock it.",
                ).format(minutes=LOCK_MINUTES),
                "locked",
                locks_at,
            )
        raise LoginError(
            QCoreApplication.translate("Officers", "Unknown officer code or wrong PIN."),
            "wrong_pin",
        )

    def _take_attempt(self, officer_id: int, now: dt.datetime) -> tuple[str, dt.datetime | None]:
        """Count one login attempt as failed until its PIN proves right; the stored hash, and
        when the lock this attempt starts ends if it is the last one allowed.

        Reading and counting in one transaction is what makes the limit hold for logins running
        side by side: read apart from the write, thirty parallel wrong PINs each saw "0 failures"
        and wrote "1", and the profile never locked. The last allowed attempt locks the profile
        before its PIN is checked; a right PIN lifts the lock again.
        """
        with self._registry.database() as db:
            row = db.execute(
                "SELECT active, failed_attempts, locked_until, pin_hash FROM officers WHERE id = ?",
                [officer_id],
            ).fetchone()
            if row is None:
                raise KeyError(officer_id)
            active, failures, locked_until, pin_hash = row
            if not active:
                raise LoginError(
                    QCoreApplication.translate(
                        "Officers", "This profile is switched off. Ask a team lead."
                    ),
                    "inactive",
                )
            until = _lock_end(locked_until, now)
            if until is not None:
                raise LoginError(locked_message(until), "locked", until)
            failures += 1
            if failures >= MAX_FAILED_ATTEMPTS:
                until = now + dt.timedelta(minutes=LOCK_MINUTES)
                db.execute(
                    "UPDATE officers SET failed_attempts = 0, locked_until = ? WHERE id = ?",
                    [to_utc_iso(until), officer_id],
                )
            else:
                db.execute(
                    "UPDATE officers SET failed_attempts = ?, locked_until = NULL WHERE id = ?",
                    [failures, officer_id],
                )
        return str(pin_hash), until

    # -- assignments --

    def assign(self, actor: Officer | None, epe_id: int, officer_id: int) -> Assignment:
        """Make ``officer_id`` responsible for ``epe_id`` (no-op when already). Team leads."""
        require(actor, Action.EDIT_ASSIGNMENTS)
        assert actor is not None
        target = self.get_officer(officer_id)
        self._registry.get_epe(epe_id)
        with self._registry.database() as db:
            rows = list(
                db.query(
                    "SELECT * FROM assignments WHERE epe_id = ? AND officer_id = ? "
                    "AND ended_at IS NULL",
                    [epe_id, officer_id],
                )
            )
            if rows:
                return _assignment(rows[0])
            cursor = db.execute(
                "INSERT INTO assignments (epe_id, officer_id, assigned_at, assigned_by) "
                "VALUES (?, ?, ?, ?)",
                [epe_id, officer_id, to_utc_iso(self._clock()), actor.code],
            )
            new_id = int(cursor.lastrowid or 0)
            self._ledger.audit(
                AuditAction.ASSIGNMENT_CHANGED,
                actor.code,
                {"epe_id": epe_id, "officer": target.code, "change": "assigned"},
            )
            row = next(iter(db.query("SELECT * FROM assignments WHERE id = ?", [new_id])))
        return _assignment(row)

    def unassign(self, actor: Officer | None, epe_id: int, officer_id: int) -> None:
        """End the officer's responsibility for the EPE; the history keeps it."""
        require(actor, Action.EDIT_ASSIGNMENTS)
        assert actor is not None
        with self._registry.database() as db:
            cursor = db.execute(
                "UPDATE assignments SET ended_at = ?, ended_by = ? WHERE epe_id = ? "
                "AND officer_id = ? AND ended_at IS NULL",
                [to_utc_iso(self._clock()), actor.code, epe_id, officer_id],
            )
            if cursor.rowcount:
                self._ledger.audit(
                    AuditAction.ASSIGNMENT_CHANGED,
                    actor.code,
                    {
                        "epe_id": epe_id,
                        "officer": self.get_officer(officer_id).code,
                        "change": "unassigned",
                    },
                )

    def assignments(
        self,
        epe_id: int | None = None,
        officer_id: int | None = None,
        include_history: bool = False,
    ) -> list[Assignment]:
        """Current assignments (or the whole history), oldest first."""
        sql = "SELECT * FROM assignments WHERE 1"
        args: list[Any] = []
        if not include_history:
            sql += " AND ended_at IS NULL"
        if epe_id is not None:
            sql += " AND epe_id = ?"
            args.append(epe_id)
        if officer_id is not None:
            sql += " AND officer_id = ?"
            args.append(officer_id)
        with self._registry.database() as db:
            rows = list(db.query(sql + " ORDER BY assigned_at, id", args))
        return [_assignment(row) for row in rows]

    def responsible_officers(self) -> dict[int, list[int]]:
        """EPE id -> ids of the active officers currently responsible for it."""
        with self._registry.database() as db:
            rows = db.execute(
                "SELECT a.epe_id, a.officer_id FROM assignments a JOIN officers o "
                "ON o.id = a.officer_id WHERE a.ended_at IS NULL AND o.active = 1 "
                "ORDER BY a.epe_id, a.officer_id"
            ).fetchall()
        result: dict[int, list[int]] = {}
        for epe_id, officer_id in rows:
            result.setdefault(epe_id, []).append(officer_id)
        return result


class OfficerSession:
    """Who is working at this workstation now; "switch officer" at shift change."""

    def __init__(self, store: OfficerStore) -> None:
        self._store = store
        self._current: Officer | None = None

    @property
    def current(self) -> Officer | None:
        return self._current

    def login(self, code: str, pin: str) -> Officer:
        self._current = self._store.login(code, pin)
        return self._current

    def switch_officer(self, code: str, pin: str) -> Officer:
        """The next officer logs in; the previous one stays logged in if the PIN is wrong."""
        officer = self._store.login(code, pin)
        self.logout()
        self._current = officer
        return officer

    def refresh(self) -> Officer | None:
        """Read the logged-in officer again (a team lead may have renamed them or changed their
        role); they stay logged in. Returns the officer as now stored."""
        if self._current is not None and self._current.id is not None:
            self._current = self._store.get_officer(self._current.id)
        return self._current

    def logout(self) -> None:
        if self._current is not None:
            self._store.ledger.audit(AuditAction.LOGOUT, self._current.code)
        self._current = None

    def can(self, action: Action) -> bool:
        return (
            self._current is not None and self._current.active and can(self._current.role, action)
        )
