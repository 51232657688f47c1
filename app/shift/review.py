"""The start-of-shift review (Decision 1572 3.3; 247 II.2.1): what happened since the last shift
ended on this workstation, for the EPEs of the officer's plan and of the risk list.

Four sources, one list oldest first:

- the recorders' motion events outside office hours (each EPE's recorder event search: Profile G
  ``FindEvents``, Hikvision, Dahua), EPEs searched in parallel so a dead recorder costs one
  deadline and never stalls the others; a recorder that cannot be searched is an item too, so the
  officer knows the review of that EPE is incomplete;
- camera outages and returns (``HealthStore.changes``);
- device warnings not yet handled (``WarningStore``);
- the previous officer's handover note (``app.shift.handover``, when it is there).

Each item is marked reviewed, or reviewed with a finding, as a ``shift_review`` record in the
check log (hash-chained like every check); what stays unreviewed goes into the handover.

Blocking (keyring, SQLite, recorders): ``review_items_steps`` runs in a ``Job``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Generator, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain import Epe, RiskLevel
from app.health.model import CameraCondition
from app.health.store import HealthStore
from app.officers.profiles import OfficerStore
from app.recorders import make_recorder
from app.recorders.base import Recorder, RecorderError, RecorderSettings
from app.recorders.store import load_recorder
from app.rotation.ledger import Ledger, RecordKind
from app.rotation.plan import PlanStore
from app.safe_text import one_line
from app.secrets import CredentialStore, SecretsError
from app.shift import review_records
from app.shift.handover import last_handover, shift_start
from app.sites.registry import Registry
from app.timekeeping import (
    Month,
    WorkingCalendar,
    local_day,
    parse_utc,
    show_local,
    to_utc_iso,
    utc_now,
)
from app.warnings.store import WarningStore

log = logging.getLogger(__name__)

RECORDER_EVENT = "recorder_event"
OUTAGE = "outage"
RETURN = "return"
WARNING = "warning"
HANDOVER = "handover"
UNSEARCHED = "unsearched"  # an EPE's recorder could not be searched: the review is incomplete
ITEM_KINDS = (RECORDER_EVENT, OUTAGE, RETURN, WARNING, HANDOVER, UNSEARCHED)

SEARCH_WORKERS = 8
MAX_EVENTS_PER_CAMERA = 200  # a storm of motion is a few items, not thousands

RecorderFactory = Callable[[RecorderSettings, str, str], Recorder]
Progress = tuple[int, int, str]


def _t(text: str) -> str:
    return QCoreApplication.translate("ShiftReview", text)


@dataclass(frozen=True)
class ReviewItem:
    key: str  # stable: the same happening gives the same key on every look
    epe_id: int
    epe_name: str
    camera_number: int | None
    kind: str  # one of ITEM_KINDS
    at: dt.datetime  # UTC
    text: str  # translated, one line, safe to show
    reviewed: bool = False
    finding: str = ""
    camera_id: int | None = None
    end: dt.datetime | None = None  # a recorder event's end, when the recorder says

    @property
    def playable(self) -> bool:
        """Opens a camera in playback at ``at``."""
        return self.camera_number is not None and self.kind != HANDOVER


# --- the window of the review ---------------------------------------------------------------------


def review_since(registry: Registry, officer_code: str, now: dt.datetime) -> dt.datetime:
    """Where the review starts: the end of the last shift on this workstation (the handover's
    ``shift_start``), else the end of the previous working day's office hours."""
    return shift_start(registry, officer_code, now)


# --- which EPEs ---------------------------------------------------------------------------------


def review_epes(registry: Registry, officer_code: str, day: dt.date) -> list[Epe]:
    """The EPEs of the officer's plan this month and assignments, and of the risk list (high
    risk). An officer with neither plan nor assignment reviews every EPE of the workstation."""
    epes = registry.list_epes()
    officer = OfficerStore(registry).find_officer(officer_code) if officer_code else None
    mine: set[int] = set()
    if officer is not None and officer.id is not None:
        store = OfficerStore(registry)
        mine |= {a.epe_id for a in store.assignments(officer_id=officer.id)}
        plan = PlanStore(registry).load(Month.of(day))
        if plan is not None:
            mine |= {i.epe_id for i in plan.items if i.officer_id == officer.id}
    if not mine:
        return epes
    return [e for e in epes if e.id in mine or e.risk_level is RiskLevel.HIGH]


# --- the items ------------------------------------------------------------------------------------


def _camera_names(registry: Registry, epe_id: int) -> dict[int, tuple[int, str]]:
    """Diagram number -> (camera id, name)."""
    out: dict[int, tuple[int, str]] = {}
    for camera in registry.list_cameras(epe_id):
        assert camera.id is not None
        out[camera.diagram_number] = (camera.id, camera.name)
    return out


def _camera_label(number: int | None, names: dict[int, tuple[int, str]]) -> str:
    if number is None:
        return _t("the device")
    name = names.get(number, (0, ""))[1]
    return _t("camera %1 %2").replace("%1", str(number)).replace("%2", one_line(name)).strip()


def _recorder_items(
    epe: Epe,
    settings: RecorderSettings,
    user: str,
    password: str,
    names: dict[int, tuple[int, str]],
    since: dt.datetime,
    until: dt.datetime,
    calendar: WorkingCalendar,
    factory: RecorderFactory,
) -> list[ReviewItem]:
    """One EPE's recorder: its off-hours motion events, or one UNSEARCHED item saying why not."""
    assert epe.id is not None
    recorder = factory(settings, user, password)
    items: list[ReviewItem] = []
    for number in sorted(names):
        try:
            result = recorder.search(number, since, until)
        except RecorderError as exc:
            return [_unsearched(epe, since, str(exc))]
        kept = 0
        for event in sorted(result.events, key=lambda e: e.start):
            if not since <= event.start < until or calendar.is_working_time(event.start):
                continue
            kept += 1
            if kept > MAX_EVENTS_PER_CAMERA:
                break
            camera_id = names[number][0]
            items.append(
                ReviewItem(
                    key=f"{RECORDER_EVENT}:{epe.uid}:{number}:{to_utc_iso(event.start)}",
                    epe_id=epe.id,
                    epe_name=epe.name,
                    camera_number=number,
                    kind=RECORDER_EVENT,
                    at=event.start,
                    text=_t("Motion recorded outside office hours on %1").replace(
                        "%1", _camera_label(number, names)
                    ),
                    camera_id=camera_id,
                    end=event.end,
                )
            )
    return items


def _unsearched(epe: Epe, since: dt.datetime, reason: str) -> ReviewItem:
    assert epe.id is not None
    return ReviewItem(
        key=f"{UNSEARCHED}:{epe.uid}:{to_utc_iso(since)}",
        epe_id=epe.id,
        epe_name=epe.name,
        camera_number=None,
        kind=UNSEARCHED,
        at=since,
        text=_t("The recorder could not be searched: %1").replace("%1", one_line(reason)),
    )


def _health_items(
    registry: Registry,
    epe: Epe,
    names: dict[int, tuple[int, str]],
    since: dt.datetime,
    until: dt.datetime,
) -> list[ReviewItem]:
    """Outages (a camera going down, or down in another way) and returns (down -> OK)."""
    assert epe.id is not None
    store = HealthStore(registry)
    # The last condition somebody saw (UNKNOWN is a time nobody looked, not a state).
    before: dict[int, CameraCondition] = {}
    for change in store.changes(epe.id, end=since):
        if change.condition is not CameraCondition.UNKNOWN:
            before[change.camera_id] = change.condition
    items: list[ReviewItem] = []
    for change in store.changes(epe.id, start=since, end=until):
        previous = before.get(change.camera_id, CameraCondition.UNKNOWN)
        if change.condition is not CameraCondition.UNKNOWN:
            before[change.camera_id] = change.condition
        label = _camera_label(change.camera_number, names)
        if change.condition.is_down and change.condition is not previous:
            kind = OUTAGE
            text = _t("%1 down: %2").replace("%1", label).replace("%2", change.condition.label())
            text = text[:1].upper() + text[1:]
        elif change.condition is CameraCondition.OK and previous.is_down:
            kind = RETURN
            text = _t("%1 back after: %2").replace("%1", label).replace("%2", previous.label())
            text = text[:1].upper() + text[1:]
        else:
            continue
        items.append(
            ReviewItem(
                key=f"health:{epe.uid}:{change.camera_number}:{to_utc_iso(change.at)}:{kind}",
                epe_id=epe.id,
                epe_name=epe.name,
                camera_number=change.camera_number,
                kind=kind,
                at=change.at,
                text=text,
                camera_id=change.camera_id,
            )
        )
    return items


def _warning_items(
    registry: Registry, epe: Epe, names: dict[int, tuple[int, str]], since: dt.datetime
) -> tuple[list[ReviewItem], set[str]]:
    """The EPE's device warnings nobody resolved yet, whenever they came, and those resolved
    since the review began (kept only when the review resolved them: their keys)."""
    assert epe.id is not None
    items: list[ReviewItem] = []
    resolved: set[str] = set()
    store = WarningStore(registry)
    found = store.list(epe_id=epe.id, unresolved_only=True, limit=500)
    found += [
        w
        for w in store.list(since=since, epe_id=epe.id, limit=500)
        if w.resolved_at is not None and w.resolved_at >= since
    ]
    for warning in found:
        if warning.resolved:
            resolved.add(f"{WARNING}:{warning.id}")
        text = f"{warning.kind.label}: {_camera_label(warning.camera_number, names)}"
        if warning.count > 1:
            text += " " + _t("(%1 times)").replace("%1", str(warning.count))
        items.append(
            ReviewItem(
                key=f"{WARNING}:{warning.id}",
                epe_id=epe.id,
                epe_name=epe.name,
                camera_number=warning.camera_number,
                kind=WARNING,
                at=warning.first_at,
                text=text,
                camera_id=warning.camera_id,
            )
        )
    return items, resolved


def _handover_items(registry: Registry) -> list[ReviewItem]:
    """The previous officer's handover note on this workstation (once handover exists)."""
    note = last_handover(registry, Ledger(registry).workstation_id)
    if note is None:
        return []
    text = _t("Handover from %1: %2").replace("%1", one_line(str(note.officer_name)))
    text = text.replace("%2", one_line(str(note.text))[:300])
    return [
        ReviewItem(
            key=f"{HANDOVER}:{note.id}",
            epe_id=0,
            epe_name="",
            camera_number=None,
            kind=HANDOVER,
            at=note.ended_at,
            text=text,
        )
    ]


def review_items_steps(
    registry: Registry,
    officer_code: str,
    since: dt.datetime,
    until: dt.datetime,
    clock: Callable[[], dt.datetime] = utc_now,
    *,
    credentials: CredentialStore | None = None,
    recorder_factory: RecorderFactory = make_recorder,
    calendar: WorkingCalendar | None = None,
) -> Generator[Progress, None, list[ReviewItem]]:
    """Every item of the review between ``since`` and ``until``, oldest first, with the marks
    already made. Yields ``(done, total, what)``; closing the generator abandons the searches
    still running (each has its own deadline)."""
    calendar = calendar or WorkingCalendar()
    epes = review_epes(registry, officer_code, local_day(until))
    total = len(epes) + 1
    yield 0, total, _t("Reading the camera health and the warnings…")
    items: list[ReviewItem] = _handover_items(registry)
    resolved_elsewhere: set[str] = set()
    searches: list[tuple[Epe, RecorderSettings, dict[int, tuple[int, str]]]] = []
    for epe in epes:
        assert epe.id is not None
        names = _camera_names(registry, epe.id)
        items += _health_items(registry, epe, names, since, until)
        warnings, resolved = _warning_items(registry, epe, names, since)
        items += warnings
        resolved_elsewhere |= resolved
        settings = load_recorder(registry, epe.id)
        if settings is not None and names:
            searches.append((epe, settings, names))
    done = 1 + len(epes) - len(searches)
    yield done, total, _t("Searching the recorders…")
    store = credentials or CredentialStore()
    pool = ThreadPoolExecutor(max_workers=SEARCH_WORKERS, thread_name_prefix="shift-review")
    futures: dict[Future[list[ReviewItem]], Epe] = {}
    try:
        for epe, settings, names in searches:
            try:
                password = store.get_password(epe.uid)
            except SecretsError as exc:
                items.append(_unsearched(epe, since, str(exc)))
                continue
            if not password or not epe.account_user:
                items.append(_unsearched(epe, since, _t("No account of the EPE is stored.")))
                continue
            future = pool.submit(
                _recorder_items,
                epe,
                settings,
                epe.account_user,
                password,
                names,
                since,
                until,
                calendar,
                recorder_factory,
            )
            futures[future] = epe
        pending = set(futures)
        while pending:
            finished = {f for f in pending if f.done()}
            if not finished:
                # Wake at least every 0.2 s so a cancel is seen while a recorder is slow.
                finished, _rest = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                if not finished:
                    yield done, total, _t("Searching the recorders…")
                    continue
            for future in finished:
                pending.discard(future)
                epe = futures[future]
                try:
                    items += future.result()
                except Exception as exc:  # a hostile reply must not end the whole review
                    log.warning("recorder search of EPE %s failed: %s", epe.id, exc)
                    items.append(_unsearched(epe, since, _t("The recorder's answer was unusable.")))
                done += 1
                yield done, total, _t("Searched %1").replace("%1", one_line(epe.name))
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    items.sort(key=lambda i: (i.at, i.epe_name, i.camera_number or 0, i.kind))
    marked = ReviewMarks(registry, clock).with_marks(items)
    # A warning resolved in the warnings dock was handled there; one resolved here stays listed.
    return [i for i in marked if i.reviewed or i.key not in resolved_elsewhere]


# --- the marks ----------------------------------------------------------------------------------


class ReviewMarks:
    """Reviewed marks as ``shift_review`` records of the check log."""

    def __init__(self, registry: Registry, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._registry = registry
        self._clock = clock
        self._ledger = Ledger(registry, clock)

    def mark(self, item: ReviewItem, officer_code: str, finding: str = "") -> None:
        """Record that ``officer_code`` reviewed ``item`` (with ``finding``, "" for nothing
        found). A warning reviewed here is resolved with the finding as its note. ValueError
        when the finding is too long."""
        finding = finding.strip()
        if len(finding) > review_records.FINDING_MAX:
            raise ValueError(_t("The finding is too long."))
        tax_id = ""
        if item.epe_id:
            try:
                tax_id = self._registry.get_epe(item.epe_id).tax_id
            except KeyError:
                tax_id = ""
        self._ledger.append(
            RecordKind.SHIFT_REVIEW,
            {
                "item_key": item.key,
                "item_kind": item.kind,
                "epe_tax_id": tax_id,
                "epe_name": item.epe_name,
                "camera": item.camera_number,
                "at": to_utc_iso(item.at),
                "text": item.text,
                "officer": officer_code,
                "finding": finding,
            },
        )
        if item.kind == WARNING:
            warning_id = int(item.key.split(":", 1)[1])
            note = finding or _t("Reviewed at the start of the shift.")
            WarningStore(self._registry).resolve(warning_id, officer_code, note, self._clock())

    def marks(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Item key -> the newest mark's payload (``officer``, ``finding``) plus ``marked_at``."""
        wanted = list(dict.fromkeys(keys))
        out: dict[str, dict[str, Any]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for record in self._ledger.records(
                RecordKind.SHIFT_REVIEW, f"json_extract(payload, '$.item_key') IN ({marks})", chunk
            ):
                payload = dict(record.payload)
                payload["marked_at"] = parse_utc(record.created_at)
                out[str(payload["item_key"])] = payload
        return out

    def with_marks(self, items: Sequence[ReviewItem]) -> list[ReviewItem]:
        """``items`` with ``reviewed`` and ``finding`` as the log says."""
        marks = self.marks(i.key for i in items)
        return [
            replace(i, reviewed=True, finding=str(marks[i.key].get("finding", "")))
            if i.key in marks
            else i
            for i in items
        ]

    def unreviewed(self, items: Sequence[ReviewItem]) -> list[ReviewItem]:
        """The items nobody marked yet (what goes into the handover)."""
        marks = self.marks(i.key for i in items)
        return [i for i in items if i.key not in marks]


def describe(item: ReviewItem) -> dict[str, Any]:
    """An item as plain data (the handover's ``unreviewed`` section, the command line)."""
    return {
        "key": item.key,
        "kind": item.kind,
        "epe_name": item.epe_name,
        "camera": item.camera_number,
        "at": to_utc_iso(item.at),
        "at_local": show_local(item.at),
        "text": item.text,
        "reviewed": item.reviewed,
        "finding": item.finding,
    }
