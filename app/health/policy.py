"""What the monitor's findings do to the interruption register (Decision 247 I.2.3).

- An interruption opens by itself when a mandatory camera has been down longer than
  ``health/open_after_minutes``: source "monitor", the kind the EPE's cameras suggest (every one
  unreachable: transmission; some down while others answer: equipment), begun when the first of
  its cameras went down, with the cameras down past the threshold.
- **One record per EPE outage.** While the EPE has an open interruption (from the monitor or from
  its Appendix II notification) no second one is opened: a camera that goes down meanwhile is
  reported as *uncovered* (``PolicyOutcome.uncovered``) for the officer to name in the
  follow-up, since the register has no amendment of the camera list yet.
- **Closing proposed** when every camera of an open interruption has been OK for
  ``health/propose_close_after_minutes``; the officer confirms with a note. Nothing is written
  for a proposal: it is derived from the health state whenever asked.

The policy runs after each sweep (on the sweep's thread) and after ``epewall health``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from app import settings
from app.domain import CameraPosition
from app.health.model import CameraCondition, CameraHealth, SuspectedKind
from app.health.monitor import HealthMonitor
from app.health.store import HealthStore
from app.interruptions.model import Interruption, InterruptionKind
from app.interruptions.register import InterruptionError, InterruptionRegister
from app.sites.registry import Registry
from app.timekeeping import utc_now

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PolicyOutcome:
    opened: list[Interruption] = field(default_factory=list)
    closing_proposed: list[str] = field(default_factory=list)  # interruption ids
    # EPE id -> diagram numbers down past the threshold that its open record does not name.
    uncovered: dict[int, tuple[int, ...]] = field(default_factory=dict)


def _t(text: str) -> str:
    return QCoreApplication.translate("HealthPolicy", text)


class InterruptionPolicy:
    def __init__(
        self,
        registry: Registry,
        health: HealthStore,
        register: InterruptionRegister,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
        open_after: dt.timedelta = dt.timedelta(minutes=15),
        propose_close_after: dt.timedelta = dt.timedelta(minutes=30),
    ) -> None:
        self._registry = registry
        self._health = health
        self._register = register
        self._clock = clock
        self.open_after = open_after
        self.propose_close_after = propose_close_after

    @classmethod
    def from_settings(
        cls,
        registry: Registry,
        health: HealthStore,
        settings_: settings.Settings | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> InterruptionPolicy:
        stored = settings_ or settings.Settings()
        return cls(
            registry,
            health,
            InterruptionRegister(registry, clock),
            clock=clock,
            open_after=dt.timedelta(minutes=stored.get(settings.HEALTH_OPEN_AFTER_MINUTES)),
            propose_close_after=dt.timedelta(
                minutes=stored.get(settings.HEALTH_PROPOSE_CLOSE_AFTER_MINUTES)
            ),
        )

    def run(self) -> PolicyOutcome:
        now = self._clock()
        by_epe: dict[int, list[CameraHealth]] = {}
        for state in self._health.current():
            by_epe.setdefault(state.epe_id, []).append(state)
        open_records: dict[int, list[Interruption]] = {}
        for record in self._register.list(open_only=True):
            open_records.setdefault(record.epe_id, []).append(record)
        outcome = PolicyOutcome()
        for epe_id, states in by_epe.items():
            lasting = sorted(
                (s for s in states if s.condition.is_down and now - s.since >= self.open_after),
                key=lambda s: s.camera_number,
            )
            if not lasting:
                continue
            records = open_records.get(epe_id, [])
            if records:
                covered = {n for r in records for n in r.cameras}
                missing = tuple(s.camera_number for s in lasting if s.camera_number not in covered)
                if missing:
                    outcome.uncovered[epe_id] = missing
                continue
            opened = self._open(epe_id, states, lasting)
            if opened is not None:
                outcome.opened.append(opened)
        for records in open_records.values():
            for record in records:
                if self.closing_proposed(record, by_epe.get(record.epe_id, [])):
                    outcome.closing_proposed.append(record.id)
        return outcome

    def closing_proposed(
        self, record: Interruption, states: list[CameraHealth] | None = None
    ) -> bool:
        """Every camera of the open ``record`` has been OK for ``propose_close_after``."""
        if not record.is_open:
            return False
        if states is None:
            states = self._health.current(record.epe_id)
        by_number = {s.camera_number: s for s in states}
        now = self._clock()
        for number in record.cameras:
            state = by_number.get(number)
            if state is None or state.condition is not CameraCondition.OK:
                return False
            if now - state.since < self.propose_close_after:
                return False
        return True

    def _open(
        self, epe_id: int, states: list[CameraHealth], lasting: list[CameraHealth]
    ) -> Interruption | None:
        kind = SuspectedKind.of(s.condition for s in states) or SuspectedKind.EQUIPMENT
        positions = {c.diagram_number: c.position for c in self._registry.list_cameras(epe_id)}
        described = "; ".join(
            _t("camera {number} ({position}): {condition}").format(
                number=s.camera_number,
                position=positions.get(s.camera_number, CameraPosition.OTHER).label(),
                condition=s.condition.label(),
            )
            + (f" [{s.detail}]" if s.detail else "")
            for s in lasting
        )
        if kind is SuspectedKind.TRANSMISSION:
            cause = _t(
                "Found by the health monitor: no camera of the EPE answers (suspected "
                "transmission fault)."
            )
        else:
            cause = _t(
                "Found by the health monitor: some cameras are down while others answer "
                "(suspected equipment fault)."
            )
        try:
            return self._register.open(
                epe_id,
                InterruptionKind(kind.value),
                [s.camera_number for s in lasting],
                min(s.since for s in lasting),
                officer_code="",
                cause=cause,
                source="monitor",
                description=described,
            )
        except InterruptionError as exc:
            log.warning("the health monitor could not open an interruption: %s", exc)
            return None


def attach(monitor: HealthMonitor, policy: InterruptionPolicy) -> None:
    """Run ``policy`` after each of ``monitor``'s sweeps, on the sweep's thread."""
    monitor.after_sweep.append(policy.run)
