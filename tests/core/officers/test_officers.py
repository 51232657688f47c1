"""Officer profiles, PINs, lockout, roles and the history of who is responsible for which EPE."""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.domain import Epe, RiskLevel, ValidationError
from app.officers.profiles import (
    LOCK_MINUTES,
    MAX_FAILED_ATTEMPTS,
    Action,
    LoginError,
    Officer,
    OfficerSession,
    OfficerStore,
    PermissionDeniedError,
    Role,
    can,
    locked_message,
    short_pin_message,
)
from app.rotation.ledger import AuditAction, RecordKind
from app.sites.registry import Registry
from tests.helpers.clock import Clock
from tests.helpers.rotation_data import set_pin_as_an_older_version


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 11, 3, 2, 0, tzinfo=dt.UTC))


@pytest.fixture
def registry(tmp_path: Path) -> Registry:
    return Registry(tmp_path / "registry.sqlite")


@pytest.fixture
def store(registry: Registry, clock: Clock) -> OfficerStore:
    return OfficerStore(registry, clock)


@pytest.fixture
def lead(store: OfficerStore) -> Officer:
    return store.add_officer(
        None, Officer("tl01", "Trần Văn Lâm", Role.TEAM_LEAD, "Đội 1"), "24681357"
    )


def audit_actions(store: OfficerStore) -> list[str]:
    return [r.payload["action"] for r in store.ledger.records(RecordKind.AUDIT)]


def test_view_only_cannot_use_ptz_playback_or_export_and_only_leads_edit() -> None:
    for action in (Action.PTZ, Action.PLAYBACK, Action.EXPORT, Action.RUN_CHECK, Action.EDIT_PLANS):
        assert not can(Role.VIEW_ONLY, action)
    assert can(Role.VIEW_ONLY, Action.VIEW_LIVE)
    for action in (Action.PTZ, Action.PLAYBACK, Action.EXPORT, Action.RUN_CHECK, Action.EXPORT_LOG):
        assert can(Role.OFFICER, action)
    for action in (
        Action.EDIT_PLANS,
        Action.EDIT_ASSIGNMENTS,
        Action.EDIT_OFFICERS,
        Action.IMPORT_LOGS,
    ):
        assert not can(Role.OFFICER, action)
        assert can(Role.TEAM_LEAD, action)
    assert all(can("team_lead", action) for action in Action)


def test_the_pin_is_stored_only_as_a_salted_slow_hash(
    registry: Registry, store: OfficerStore, lead: Officer, tmp_path: Path
) -> None:
    other = store.add_officer(lead, Officer("CB02", "Lê Thị Hoa", Role.OFFICER), "24681357")
    with registry.database() as db:
        hashes = [r[0] for r in db.execute("SELECT pin_hash FROM officers").fetchall()]
    assert len(set(hashes)) == 2, "same PIN, different salt, different hash"
    assert all(h.startswith("scrypt$32768$8$1$") for h in hashes)
    registry.close()
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert b"24681357" not in stored
    assert other.code == "CB02"


def test_first_profile_must_be_a_team_lead_and_officers_cannot_add_profiles(
    store: OfficerStore,
) -> None:
    with pytest.raises(ValidationError, match="first profile"):
        store.add_officer(None, Officer("CB01", "Lê Thị Hoa", Role.OFFICER), "123456")
    lead = store.add_officer(None, Officer(" tl01 ", "  Trần   Văn Lâm ", Role.TEAM_LEAD), "123456")
    assert (lead.code, lead.full_name) == ("TL01", "Trần Văn Lâm")
    officer = store.add_officer(lead, Officer("CB01", "Lê Thị Hoa", Role.OFFICER), "567812")
    with pytest.raises(PermissionDeniedError):
        store.add_officer(officer, Officer("CB02", "Phạm Minh", Role.OFFICER), "567812")
    with pytest.raises(PermissionDeniedError):
        store.add_officer(None, Officer("CB02", "Phạm Minh", Role.OFFICER), "567812")
    with pytest.raises(ValidationError, match="already has this code"):
        store.add_officer(lead, Officer("cb01", "Phạm Minh", Role.OFFICER), "567812")
    with pytest.raises(ValidationError, match="6 to 12 digits"):
        store.add_officer(lead, Officer("CB03", "Phạm Minh", Role.OFFICER), "12a4")
    with pytest.raises(ValidationError, match="at least one active team lead"):
        store.update_officer(lead, Officer("TL01", "Trần Văn Lâm", Role.OFFICER, id=lead.id))


def test_login_wrong_pin_lockout_and_unlock(
    store: OfficerStore, lead: Officer, clock: Clock
) -> None:
    officer = store.add_officer(lead, Officer("CB01", "Lê Thị Hoa", Role.OFFICER), "135724")
    assert officer.id is not None
    assert store.login("cb01", "135724").code == "CB01"
    with pytest.raises(LoginError) as unknown:
        store.login("NOBODY", "135724")
    assert unknown.value.kind == "unknown"

    for _attempt in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(LoginError) as wrong:
            store.login("CB01", "0000")
        assert wrong.value.kind == "wrong_pin"
    with pytest.raises(LoginError) as locked:
        store.login("CB01", "0000")
    assert locked.value.kind == "locked"
    assert f"{LOCK_MINUTES} minutes" in str(locked.value)
    # Even the right PIN is refused while locked.
    with pytest.raises(LoginError) as still:
        store.login("CB01", "135724")
    assert still.value.kind == "locked"

    clock.advance(minutes=LOCK_MINUTES, seconds=1)
    assert store.login("CB01", "135724").failed_attempts == 0

    for _attempt in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(LoginError):
            store.login("CB01", "0000")
    with pytest.raises(PermissionDeniedError):
        store.unlock(officer, officer.id)
    store.unlock(lead, officer.id)
    assert store.login("CB01", "135724").code == "CB01"

    actions = audit_actions(store)
    assert actions.count("login") == 3
    assert actions.count("login_failed") == 2 * MAX_FAILED_ATTEMPTS
    assert "unknown" not in str(actions)


def test_wrong_pins_tried_side_by_side_still_lock_the_profile(
    store: OfficerStore, lead: Officer, clock: Clock
) -> None:
    """Two workstations on one registry file, or a script, try PINs in parallel: the lock
    must hold as it does for one officer typing, and no more PINs may be tried than allowed."""
    officer = store.add_officer(lead, Officer("CB01", "Lê Thị Hoa", Role.OFFICER), "135724")
    attempts = 30
    start = threading.Barrier(attempts)

    def guess(pin: str) -> str:
        start.wait()
        try:
            store.login("CB01", pin)
        except LoginError as exc:
            return exc.kind
        return "logged_in"

    with ThreadPoolExecutor(attempts) as pool:
        kinds = list(pool.map(guess, [f"{n:04d}" for n in range(attempts)]))
    assert "logged_in" not in kinds
    assert kinds.count("locked") >= attempts - MAX_FAILED_ATTEMPTS + 1
    tried = audit_actions(store).count("login_failed")
    assert tried == MAX_FAILED_ATTEMPTS, "only the allowed number of PINs may be tried"
    with pytest.raises(LoginError) as locked:
        store.login("CB01", "135724")  # even the right PIN waits for the lock to end
    assert locked.value.kind == "locked"
    assert store.get_officer(officer.id or 0).lock_end(clock.now) is not None


def test_the_lock_shown_is_the_lock_login_applies(
    store: OfficerStore, lead: Officer, clock: Clock
) -> None:
    officer = store.add_officer(lead, Officer("CB01", "Lê Thị Hoa", Role.OFFICER), "135724")
    assert officer.lock_end(clock.now) is None
    for _attempt in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(LoginError):
            store.login("CB01", "0000")
    locked = store.get_officer(officer.id or 0)
    until = locked.lock_end(clock.now)
    assert until == clock.now + dt.timedelta(minutes=LOCK_MINUTES)
    assert "09:15" in locked_message(until)  # 02:00 UTC is 09:00 in Vietnam
    clock.now = until
    assert locked.lock_end(clock.now) is None
    assert store.login("CB01", "135724").code == "CB01"


def test_inactive_profiles_cannot_log_in_and_pins_change(
    store: OfficerStore, lead: Officer
) -> None:
    officer = store.add_officer(lead, Officer("CB01", "Lê Thị Hoa", Role.OFFICER), "135724")
    assert officer.id is not None
    with pytest.raises(LoginError, match="current PIN is wrong"):
        store.change_pin(officer, officer.id, "246813", old_pin="9999")
    store.change_pin(officer, officer.id, "246813", old_pin="135724")
    with pytest.raises(LoginError):
        store.login("CB01", "135724")
    store.change_pin(lead, officer.id, "975310")  # a lead resets a forgotten PIN
    assert store.login("CB01", "975310").code == "CB01"
    store.update_officer(
        lead, Officer("CB01", "Lê Thị Hoa", Role.OFFICER, active=False, id=officer.id)
    )
    with pytest.raises(LoginError) as inactive:
        store.login("CB01", "975310")
    assert inactive.value.kind == "inactive"
    assert [o.code for o in store.list_officers()] == ["TL01"]
    assert AuditAction.CREDENTIAL_CHANGED.value in audit_actions(store)


def test_switch_officer_at_shift_change(store: OfficerStore, lead: Officer) -> None:
    store.add_officer(lead, Officer("CB01", "Lê Thị Hoa", Role.OFFICER), "135724")
    store.add_officer(lead, Officer("VO01", "Đối tác", Role.VIEW_ONLY), "864209")
    session = OfficerSession(store)
    assert session.current is None and not session.can(Action.VIEW_LIVE)
    session.login("CB01", "135724")
    assert session.can(Action.PTZ) and not session.can(Action.EDIT_PLANS)
    with pytest.raises(LoginError):
        session.switch_officer("VO01", "0000")
    assert session.current is not None and session.current.code == "CB01"
    session.switch_officer("VO01", "864209")
    assert session.current is not None and session.current.code == "VO01"
    assert not session.can(Action.PTZ)
    assert not session.can(Action.PLAYBACK)
    session.logout()
    assert session.current is None
    trail = [
        (r.payload["action"], r.payload["officer"]) for r in store.ledger.records(RecordKind.AUDIT)
    ][-4:]
    assert trail == [
        ("login_failed", "VO01"),
        ("login", "VO01"),
        ("logout", "CB01"),
        ("logout", "VO01"),
    ]


def test_assignments_are_many_to_many_and_keep_their_history(
    registry: Registry, store: OfficerStore, lead: Officer, clock: Clock
) -> None:
    alpha = registry.add_epe(Epe("Công ty Alpha", "0100233488", risk_level=RiskLevel.HIGH))
    beta = registry.add_epe(Epe("Công ty Beta", "0100109106"))
    hoa = store.add_officer(lead, Officer("CB01", "Lê Thị Hoa", Role.OFFICER), "135724")
    minh = store.add_officer(lead, Officer("CB02", "Phạm Minh", Role.OFFICER), "135724")
    assert alpha.id and beta.id and hoa.id and minh.id
    store.assign(lead, alpha.id, hoa.id)
    store.assign(lead, alpha.id, minh.id)
    store.assign(lead, beta.id, hoa.id)
    store.assign(lead, beta.id, hoa.id)  # already: no duplicate
    with pytest.raises(PermissionDeniedError):
        store.assign(hoa, beta.id, minh.id)
    assert store.responsible_officers() == {alpha.id: [hoa.id, minh.id], beta.id: [hoa.id]}

    clock.advance(days=30)
    store.unassign(lead, alpha.id, hoa.id)
    store.assign(lead, beta.id, minh.id)
    assert store.responsible_officers() == {alpha.id: [minh.id], beta.id: [hoa.id, minh.id]}
    history = store.assignments(epe_id=alpha.id, include_history=True)
    assert [(a.officer_id, a.current) for a in history] == [(hoa.id, False), (minh.id, True)]
    ended = history[0]
    assert ended.ended_by == "TL01" and ended.ended_at == "2026-12-03T02:00:00+00:00"
    assert [a.epe_id for a in store.assignments(officer_id=hoa.id)] == [beta.id]
    # A switched-off officer is nobody's responsible officer any more.
    store.update_officer(lead, Officer("CB02", "Phạm Minh", Role.OFFICER, active=False, id=minh.id))
    assert store.responsible_officers() == {beta.id: [hoa.id]}


def test_officers_are_listed_in_vietnamese_alphabetical_order(registry: Registry) -> None:
    store = OfficerStore(registry)
    lead = store.add_officer(None, Officer("TL01", "Trần Thị Hạnh", Role.TEAM_LEAD), "482916")
    for code, name in [
        ("CB01", "Đặng Văn Bình"),
        ("CB02", "Dương Thị Lan"),
        ("CB03", "Ân Văn Tùng"),
        ("CB04", "Anh Hoàng"),
    ]:
        store.add_officer(lead, Officer(code, name, Role.OFFICER), "135724")
    assert [o.full_name for o in store.list_officers()] == [
        "Anh Hoàng",
        "Ân Văn Tùng",
        "Dương Thị Lan",
        "Đặng Văn Bình",
        "Trần Thị Hạnh",
    ]


def test_new_pins_have_six_digits_and_an_older_short_pin_must_be_changed(
    store: OfficerStore, registry: Registry, lead: Officer
) -> None:
    """A copied registry lets anyone try PINs offline: 4 digits fall in minutes there."""
    with pytest.raises(ValidationError, match="6 to 12 digits"):
        store.add_officer(lead, Officer("CB01", "Lê Thị Hoa", Role.OFFICER), "13572")
    officer = store.add_officer(lead, Officer("CB01", "Lê Thị Hoa", Role.OFFICER), "135724")
    assert officer.id is not None
    with pytest.raises(ValidationError, match="6 to 12 digits"):
        store.change_pin(officer, officer.id, "2468", old_pin="135724")
    assert not store.login("CB01", "135724").must_change_pin

    # A PIN set before the rule, hashed as the older version did.
    assert officer.id is not None
    set_pin_as_an_older_version(registry, officer.id, "1357")
    logged_in = store.login("CB01", "1357")
    assert logged_in.must_change_pin
    assert "fewer than 6 digits" in short_pin_message()
    store.change_pin(logged_in, officer.id, "864213", old_pin="1357")
    assert not store.login("CB01", "864213").must_change_pin
