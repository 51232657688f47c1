"""A realistic rotation data set for the coverage and plan widgets' tests and screenshots: EPEs
with Vietnamese names, officers with assignments, and months of closed checks in the ledger.

Checks are appended to the ledger directly (what ``CheckService.end_check`` writes) so that a
few thousand of them take seconds, not a scripted officer clicking through each one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import uuid
from dataclasses import dataclass, field

from stdnum.vn import mst

from app.domain import Epe, RiskLevel
from app.officers.profiles import Officer, OfficerStore, Role
from app.rotation.checks import CheckResult, CheckService, Findings
from app.rotation.ledger import AuditAction, Ledger, RecordKind
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, Month, WorkingCalendar, to_utc_iso

PIN = "246813"
_KINDS = [
    "May mặc",
    "Điện tử",
    "Giày da",
    "Cơ khí chính xác",
    "Bao bì",
    "Nhựa",
    "Dệt kim",
    "Linh kiện ô tô",
    "Thực phẩm",
    "Gỗ nội thất",
]
_PLACES = [
    "Hòa Bình",
    "Tân Thuận",
    "Linh Trung",
    "Sài Gòn",
    "Đồng Nai",
    "Bình Dương",
    "Long An",
    "Hiệp Phước",
    "Việt Hương",
    "Nhơn Trạch",
    "Amata",
    "Sóng Thần",
]
_OFFICERS = [
    ("TL01", "Trần Thị Hạnh", Role.TEAM_LEAD),
    ("CB01", "Nguyễn Văn An", Role.OFFICER),
    ("CB02", "Lê Thị Bích", Role.OFFICER),
    ("CB03", "Phạm Quốc Cường", Role.OFFICER),
    ("CB04", "Võ Minh Đức", Role.OFFICER),
    ("CB05", "Hoàng Thu Giang", Role.OFFICER),
    ("CB06", "Đặng Hữu Hùng", Role.OFFICER),
    ("CB07", "Bùi Lan Khánh", Role.OFFICER),
]


def tax_ids(count: int, seed: int = 7) -> list[str]:
    """Valid, distinct Vietnamese tax IDs (MST)."""
    rng = random.Random(seed)
    result: list[str] = []
    seen: set[str] = set()
    while len(result) < count:
        body = f"{rng.randrange(10**8, 10**9):09d}"
        digit = mst.calc_check_digit(body)
        if len(digit) == 1 and body not in seen:
            seen.add(body)
            result.append(body + digit)
    return result


@dataclass
class RotationData:
    registry: Registry
    lead: Officer
    officers: list[Officer]
    epes: list[Epe]
    checks: int = 0
    unchecked: dict[str, set[str]] = field(default_factory=dict)  # month -> tax IDs


def build(
    registry: Registry,
    *,
    epes: int = 30,
    officers: int = 5,
    months: list[Month] | None = None,
    share_checked: float = 0.8,
    seed: int = 1,
    until: dt.date | None = None,
) -> RotationData:
    """``epes`` EPEs (a fifth high risk), a team lead and ``officers`` officers each responsible
    for some EPEs, and for each of ``months`` checks of ``share_checked`` of the EPEs, on
    working days up to ``until`` (today) when given."""
    rng = random.Random(seed)
    store = OfficerStore(registry)
    lead = store.add_officer(None, Officer(_OFFICERS[0][0], _OFFICERS[0][1], Role.TEAM_LEAD), PIN)
    staff = [
        store.add_officer(lead, Officer(code, name, role), PIN)
        for code, name, role in _OFFICERS[1 : officers + 1]
    ]
    added: list[Epe] = []
    for index, tax_id in enumerate(tax_ids(epes, seed)):
        kind = _KINDS[index % len(_KINDS)]
        place = _PLACES[(index // len(_KINDS)) % len(_PLACES)]
        risk = (
            RiskLevel.HIGH
            if index % 5 == 0
            else RiskLevel.MEDIUM
            if index % 5 == 1
            else RiskLevel.LOW
        )
        name = f"Công ty TNHH {kind} {place} {index + 1:03d}"
        added.append(registry.add_epe(Epe(name=name, tax_id=tax_id, risk_level=risk)))
    for index, epe in enumerate(added):
        assert epe.id is not None
        first = staff[index % len(staff)]
        second = staff[(index + 1) % len(staff)]
        store.assign(lead, epe.id, first.id or 0)
        if index % 3 == 0:
            store.assign(lead, epe.id, second.id or 0)
    data = RotationData(registry, lead, staff, added)
    ledger = Ledger(registry)
    calendar = WorkingCalendar()
    responsible = store.responsible_officers()
    by_id = {o.id: o for o in staff}
    with registry.transaction():
        for month in months or []:
            days = [d for d in calendar.working_days(month) if until is None or d <= until]
            if not days:
                continue
            skipped: set[str] = set()
            for epe in added:
                if rng.random() > share_checked:
                    skipped.add(epe.tax_id)
                    continue
                times = {RiskLevel.HIGH: 3, RiskLevel.MEDIUM: 2}.get(epe.risk_level, 1)
                for _ in range(times):
                    who = by_id[rng.choice(responsible[epe.id or 0])]
                    day = rng.choice(days)
                    start = dt.datetime.combine(
                        day, dt.time(8 + rng.randrange(8), rng.randrange(60)), VIETNAM
                    )
                    result = (
                        "suspected_violation"
                        if rng.random() < 0.02
                        else "irregularity"
                        if rng.random() < 0.08
                        else "normal"
                    )
                    add_check(ledger, epe, who, start, result)
                    data.checks += 1
            data.unchecked[str(month)] = skipped
    return data


def add_check(
    ledger: Ledger,
    epe: Epe,
    officer: Officer,
    start: dt.datetime,
    result: str = "normal",
    minutes: int = 12,
) -> str:
    """A closed check as the check service writes it; returns its id."""
    record_id = uuid.uuid4().hex
    ledger.append(
        RecordKind.CHECK,
        {
            "epe": {
                "id": epe.id,
                "tax_id": epe.tax_id,
                "name": epe.name,
                "risk_level": str(epe.risk_level),
            },
            "officer": {"code": officer.code, "name": officer.full_name},
            "started_at": to_utc_iso(start),
            "ended_at": to_utc_iso(start + dt.timedelta(minutes=minutes)),
            "scheduled": True,
            "reason": "planned",
            "reason_note": "",
            "outside_working_time": False,
            "cameras": [],
            "result": result,
            "text": "" if result == "normal" else "Xe 51C-123.45 không khai báo",
            "containers": [],
            "plates": [],
            "snapshots": [],
        },
        record_id=record_id,
    )
    return record_id


SMALL_LOG_START = dt.datetime(2026, 11, 3, 2, 0, tzinfo=dt.UTC)


def small_log(registry: Registry) -> Ledger:
    """A log of: 1 lead TL01 created, 2 their login, 3..5 three checks of an EPE (the third
    irregular), 6 a view; one minute apart from 09:00 Vietnam time on 3 November 2026."""
    moments = iter(SMALL_LOG_START + dt.timedelta(minutes=m) for m in range(1000))

    def clock() -> dt.datetime:
        return next(moments)

    store = OfficerStore(registry, clock)
    lead = store.add_officer(None, Officer("TL01", "Trần Văn Lâm", Role.TEAM_LEAD), PIN)
    store.login("TL01", PIN)
    epe = registry.add_epe(Epe("Công ty Alpha", "0100233488"))
    assert epe.id is not None
    service = CheckService(registry, clock=clock)
    for result in (CheckResult.NORMAL, CheckResult.NORMAL, CheckResult.IRREGULARITY):
        service.start_check(lead, epe.id).end(
            Findings(result, "cổng mở" if result != "normal" else "")
        )
    service.ledger.audit(AuditAction.VIEW_STARTED, "TL01", {"camera_id": 1})
    return service.ledger


def set_pin_as_an_older_version(registry: Registry, officer_id: int, pin: str) -> None:
    """Store ``pin`` (of any length) as an epewall from before the 6-digit rule hashed it."""
    salt = bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024)
    with registry.database() as db:
        db.execute(
            "UPDATE officers SET pin_hash = ? WHERE id = ?",
            [f"scrypt${2**15}$8$1${salt.hex()}${digest.hex()}", officer_id],
        )
