"""The officer session of one workstation window: who is logged in, what their role allows, and
the audit trail of what they do (logins, views of a camera, snapshots, PTZ, files taken out).

The window (``widgets/officers/officer_login.py``) shows it: the login dialogs, the status line,
the menu actions each role may use. Everything here runs without a widget, so the rules are
tested as rules. PINs are checked with a deliberately slow hash, so logins run as Jobs on
:attr:`RotationSession.queue`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from app import exports
from app.domain import Epe, RiskLevel
from app.evidence.snapshots import SnapshotRecord
from app.officers.profiles import (
    Action,
    Assignment,
    LoginError,
    Officer,
    OfficerSession,
    OfficerStore,
    Role,
    can,
)
from app.rotation.checks import CheckService
from app.rotation.ledger import AuditAction, Ledger
from app.rotation.plan import DEFAULT_WEIGHTS
from app.sites.registry import Registry
from app.timekeeping import utc_now
from app.workers import Job, JobQueue

log = logging.getLogger(__name__)

# The demo's own profile (``epewall demo`` runs in a separate folder with made-up EPEs).
DEMO_CODE = "DEMO"
DEMO_NAME = "Demo Team Lead"
DEMO_UNIT = "Demo"
DEMO_PIN = "123456"


def ensure_demo_officer(store: OfficerStore) -> Officer | None:
    """The demo's team lead, created on the demo's first start (PIN :data:`DEMO_PIN`); None
    when the demo profile already has other officers and no demo lead."""
    existing = store.find_officer(DEMO_CODE)
    if existing is not None:
        return existing
    if store.list_officers(include_inactive=True):
        return None
    return store.add_officer(
        None, Officer(DEMO_CODE, DEMO_NAME, Role.TEAM_LEAD, DEMO_UNIT), DEMO_PIN
    )


# The demo's team: two officers the demo's team lead created and made responsible for the EPEs,
# so the plan, its calendar and the coverage report name someone from the first start.
DEMO_TEAM = (
    Officer("DEMO01", "Nguyễn Văn An", Role.OFFICER, DEMO_UNIT),
    Officer("DEMO02", "Trần Thị Bình", Role.OFFICER, DEMO_UNIT),
)


def staff_demo(store: OfficerStore, epes: Sequence[Epe]) -> list[Assignment]:
    """What a team lead does on the demo's first start, through the Officers dialog's own
    calls: create the team's officers (PIN :data:`DEMO_PIN`) and make one of them responsible
    for each EPE nobody is responsible for, riskiest first to the least loaded (a high-risk EPE
    is checked more often). An EPE that already has an officer keeps them (a change made in the
    demo stays); a demo folder without the demo lead is left alone."""
    lead = ensure_demo_officer(store)
    if lead is None:
        return []
    load: dict[int, int] = {}  # officer id -> planned checks a month
    for member in DEMO_TEAM:
        officer = store.find_officer(member.code) or store.add_officer(lead, member, DEMO_PIN)
        if officer.active and officer.id is not None:
            load[officer.id] = 0
    if not load:
        return []
    responsible = store.responsible_officers()
    checks = {e.id: DEFAULT_WEIGHTS.get(RiskLevel(e.risk_level), 1) for e in epes if e.id}
    for epe_id, officers in responsible.items():
        for officer_id in officers:
            if officer_id in load:
                load[officer_id] += checks.get(epe_id, 0)
    made = []
    for epe_id in sorted((e for e in checks if not responsible.get(e)), key=lambda e: -checks[e]):
        officer_id = min(load, key=lambda o: (load[o], o))
        load[officer_id] += checks[epe_id]
        made.append(store.assign(lead, epe_id, officer_id))
    return made


def demo_login(store: OfficerStore, session: OfficerSession) -> Officer:
    """Log the demo's team lead in (creating it on the first start)."""
    officer = ensure_demo_officer(store)
    if officer is None:
        raise LoginError("no demo profile", "unknown")  # the login dialog is shown instead
    return session.login(officer.code, DEMO_PIN)


def create_first_lead(
    store: OfficerStore, session: OfficerSession, officer: Officer, pin: str
) -> Officer:
    """A workstation without profiles: create its first team lead and log them in."""
    created = store.add_officer(None, officer, pin)
    return session.login(created.code, pin)


class RotationSession(QObject):
    """The officer session of a main window and its audit trail.

    ``officer_changed(Officer | None)`` follows every login, switch, logout and edit of the
    logged-in officer's own profile.
    """

    officer_changed = Signal(object)  # Officer | None
    officer_logged_in = Signal(object)  # Officer: a login or switch, not a profile edit

    def __init__(
        self,
        registry: Registry,
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.clock = clock
        self.store = OfficerStore(registry, clock)
        self.officer_session = OfficerSession(self.store)
        self.checks = CheckService(registry, clock=clock)
        self.queue = JobQueue("officers", self)
        exports.events().exported.connect(self.audit_export)

    @property
    def ledger(self) -> Ledger:
        return self.store.ledger

    @property
    def current(self) -> Officer | None:
        return self.officer_session.current

    def allows(self, feature: Action) -> bool:
        officer = self.officer_session.current
        return officer is not None and officer.active and can(officer.role, feature)

    # -- logging in and out ----------------------------------------------------------------------
    def log_in_demo(self) -> Job:
        """Log the demo's team lead in, in the background; ``failed`` when the demo folder has
        other officers (then the window asks who is working)."""
        job = Job(demo_login, self.store, self.officer_session)
        job.signals.succeeded.connect(self.logged_in)
        self.queue.submit(job)
        return job

    def logged_in(self, officer: Officer) -> None:
        """An officer logged in (or switched) through the session: tell the window."""
        self.officer_changed.emit(officer)
        self.officer_logged_in.emit(officer)

    def log_out(self) -> None:
        self.officer_session.logout()
        self.officer_changed.emit(None)

    def refresh_current(self) -> None:
        """A team lead edited profiles: their own name or role may have changed."""
        before = self.officer_session.current
        fresh = self.officer_session.refresh()
        if fresh != before:
            self.officer_changed.emit(fresh)

    # -- audit trail ---------------------------------------------------------------------------
    def audit_view(self, camera_id: int, started: bool) -> None:
        self.audit(
            AuditAction.VIEW_STARTED if started else AuditAction.VIEW_STOPPED,
            self._camera_details(camera_id),
        )

    def audit_account_changed(self, epe_id: int) -> None:
        """An EPE account was saved or removed (the password itself never leaves the keyring)."""
        try:
            tax_id = self.registry.get_epe(epe_id).tax_id
        except KeyError:
            return
        self.audit(AuditAction.CREDENTIAL_CHANGED, {"epe_tax_id": tax_id, "change": "epe_account"})

    def audit_snapshot(self, record: SnapshotRecord) -> None:
        details = self._camera_details(record.subject.camera_id)
        details.update({"sha256": record.sha256, "file": record.path.name})
        self.audit(AuditAction.SNAPSHOT, details)

    def audit_export(self, what: str, details: Mapping[str, Any]) -> None:
        self.audit(AuditAction.EXPORT, {"what": what, **details})

    def audit_ptz(self, camera_id: int, command: str, details: Mapping[str, Any]) -> None:
        record = self._camera_details(camera_id)
        record.update({"command": command, **details})
        self.audit(AuditAction.PTZ, record)

    def _camera_details(self, camera_id: int | None) -> dict[str, Any]:
        # Tax ID and diagram number name the camera on every workstation; local ids do not.
        details: dict[str, Any] = {"camera_id": camera_id}
        if camera_id is None:
            return details
        try:
            camera = self.registry.get_camera(camera_id)
            details["diagram_number"] = camera.diagram_number
            details["epe_tax_id"] = self.registry.get_epe(camera.epe_id).tax_id
        except Exception:  # the camera left the registry while it was on screen
            log.info("audit: camera %s is no longer in the registry", camera_id)
        return details

    def audit(self, action: AuditAction, details: Mapping[str, Any] | None = None) -> None:
        """Write a security-relevant action of the current officer; never fails the GUI."""
        officer = self.officer_session.current
        try:
            self.ledger.audit(action, officer.code if officer else "", details)
        except Exception:  # a closed or read-only registry must not break watching
            log.warning("could not write %s to the audit trail", action, exc_info=True)
