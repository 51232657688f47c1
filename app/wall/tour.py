"""Tours: the wall cycles through EPEs (or saved walls), a page every ``dwell`` seconds.

Decision 247 II.1 and II.2.1 have officers watch the EPEs of the risk list and of the monthly plan
on screen. A tour does the paging for them: from the risk list (EPEs rated high, then medium), from
today's plan, or from a hand-made list of EPEs and saved walls kept per officer (``TourStore``,
table ``tours``). An EPE with more mandatory cameras than the layout has cells takes several pages.

Plain Python apart from translations: :func:`tour_pages_steps` reads the registry (run it in a
Job), :class:`TourState` is the countdown with its pauses, driven by a clock the caller injects,
so the rules are tested without a display or real time. The widgets in ``widgets/wall/tour*.py``
show the pages and the countdown.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import math
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain import Camera, Epe, RiskLevel, ValidationError
from app.rotation.plan import PlanStore
from app.sites.registry import Registry, name_key
from app.timekeeping import Month, local_day, to_utc_iso, utc_now
from app.wall.layout import LAYOUTS, WallModel, epe_fill_order, short_epe_name
from app.wall.store import WallStore, WallStoreError, _check_name, _check_owner, _collator

DWELL_MIN_S = 5
DWELL_MAX_S = 3600
DEFAULT_DWELL_S = 30
# The officer touched the wall: the tour waits this long after the last touch before it goes on.
RESUME_AFTER_S = 20.0
# After a pause the page stays at least this long, so it does not flip the moment the officer
# lets go.
MIN_AFTER_RESUME_S = 5.0
AUTO_LAYOUT = "auto"
# "1+5" before 3x3: five or six cameras fill it, the first (the gate, in diagram order) large.
_AUTO_ORDER = ("1", "2x2", "1+5", "3x3", "4x4")
STOPS_MAX = 500

_t = QCoreApplication.translate


class TourSource(enum.StrEnum):
    RISK_LIST = "risk_list"
    TODAY_PLAN = "today_plan"
    LIST = "list"

    def label(self) -> str:
        match self:
            case TourSource.RISK_LIST:
                return _t("TourSource", "The risk list")
            case TourSource.TODAY_PLAN:
                return _t("TourSource", "Today's plan")
            case TourSource.LIST:
                return _t("TourSource", "My list")


class StopKind(enum.StrEnum):
    EPE = "epe"  # key: the EPE's tax ID
    WALL = "wall"  # key: the name of one of the owner's saved walls


@dataclass(frozen=True)
class TourStop:
    kind: StopKind
    key: str


@dataclass(frozen=True)
class TourDefinition:
    """What an officer saves: where the pages come from, how long each stays, the layout."""

    name: str
    source: TourSource = TourSource.RISK_LIST
    dwell_seconds: int = DEFAULT_DWELL_S
    layout: str = AUTO_LAYOUT
    stops: tuple[TourStop, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.value,
            "dwell_seconds": self.dwell_seconds,
            "layout": self.layout,
            "stops": [{"kind": s.kind.value, "key": s.key} for s in self.stops],
        }

    @classmethod
    def from_dict(cls, name: str, data: Mapping[str, Any]) -> TourDefinition:
        """Raises ValueError when ``data`` is not a saved tour."""
        stops = data.get("stops", [])
        if not isinstance(stops, list) or len(stops) > STOPS_MAX:
            raise ValueError("a tour's stops must be a list")
        parsed = []
        for stop in stops:
            if not isinstance(stop, dict) or not isinstance(stop.get("key"), str):
                raise ValueError(f"not a tour stop: {stop!r}")
            parsed.append(TourStop(StopKind(str(stop.get("kind"))), stop["key"]))
        dwell = data.get("dwell_seconds", DEFAULT_DWELL_S)
        if not isinstance(dwell, int) or isinstance(dwell, bool):
            raise ValueError("a tour's dwell must be a whole number of seconds")
        return checked(
            cls(
                name,
                TourSource(str(data.get("source"))),
                dwell,
                str(data.get("layout", AUTO_LAYOUT)),
                tuple(parsed),
            )
        )


def checked(tour: TourDefinition) -> TourDefinition:
    """The tour with a clean name, or ValidationError (translated) naming the field."""
    name = _check_name(tour.name)
    if not DWELL_MIN_S <= tour.dwell_seconds <= DWELL_MAX_S:
        raise ValidationError(
            "dwell_seconds",
            _t("Tours", "Each page stays between {low} and {high} seconds.").format(
                low=DWELL_MIN_S, high=DWELL_MAX_S
            ),
        )
    if tour.layout != AUTO_LAYOUT and tour.layout not in LAYOUTS:
        raise ValidationError("layout", _t("Tours", "Choose a layout for the tour."))
    if tour.source is TourSource.LIST and not tour.stops:
        raise ValidationError(
            "stops", _t("Tours", "Tick at least one EPE or saved wall for the tour.")
        )
    stops = tour.stops if tour.source is TourSource.LIST else ()
    return TourDefinition(name, TourSource(tour.source), tour.dwell_seconds, tour.layout, stops)


# --- pages -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TourPage:
    """One page of a tour: a wall to show, and the EPE it belongs to (None: a saved wall of
    several EPEs). ``part``/``parts`` number the pages of one EPE's cameras."""

    title: str
    wall: WallModel
    epe_id: int | None = None
    part: int = 1
    parts: int = 1

    @property
    def camera_ids(self) -> list[int]:
        return self.wall.assigned()


@dataclass(frozen=True)
class TourPlan:
    """The pages of a tour as built now, and what had to be left out (translated lines)."""

    tour: TourDefinition
    pages: list[TourPage]
    skipped: list[str] = field(default_factory=list)


def page_layout(camera_count: int, layout: str = AUTO_LAYOUT) -> str:
    """The layout of a page: ``layout``, or with "auto" the smallest layout that holds the
    cameras (4x4 at most: more cameras take more pages)."""
    if layout != AUTO_LAYOUT:
        return layout
    for name in _AUTO_ORDER:
        if len(LAYOUTS[name]) >= camera_count:
            return name
    return _AUTO_ORDER[-1]


def epe_pages(epe: Epe, cameras: Sequence[Camera], layout: str = AUTO_LAYOUT) -> list[TourPage]:
    """The pages of one EPE: its must-be-online cameras in diagram order, as many pages as the
    layout needs (none when the EPE has no such camera)."""
    order = epe_fill_order(cameras)
    if not order or epe.id is None:
        return []
    name = page_layout(len(order), layout)
    size = len(LAYOUTS[name])
    chunks = [order[i : i + size] for i in range(0, len(order), size)]
    return [
        TourPage(short_epe_name(epe.name), WallModel(name, chunk), epe.id, part, len(chunks))
        for part, chunk in enumerate(chunks, start=1)
    ]


def risk_list(registry: Registry) -> list[Epe]:
    """The EPEs of the risk list: rated high, then medium; by name within a rating."""
    rank = {RiskLevel.HIGH: 0, RiskLevel.MEDIUM: 1}
    key = functools.cmp_to_key(_collator().compare)
    epes = [e for e in registry.list_epes() if RiskLevel(e.risk_level) in rank]
    return sorted(epes, key=lambda e: (rank[RiskLevel(e.risk_level)], key(e.name)))


def planned_today(registry: Registry, day: dt.date, officer_id: int | None) -> list[Epe]:
    """The EPEs planned for ``day`` (Vietnamese date): the officer's, or everyone's when
    ``officer_id`` is None; in the plan's order, each once."""
    plan = PlanStore(registry).load(Month(day.year, day.month))
    if plan is None:
        return []
    ids = [
        item.epe_id
        for item in plan.items
        if item.day == day and (officer_id is None or item.officer_id == officer_id)
    ]
    epes = []
    for epe_id in dict.fromkeys(ids):
        try:
            epes.append(registry.get_epe(epe_id))
        except KeyError:
            continue
    return epes


Progress = tuple[int, int, str]


def tour_pages_steps(
    registry: Registry,
    tour: TourDefinition,
    owner: str,
    officer_id: int | None = None,
    clock: Callable[[], dt.datetime] = utc_now,
) -> Generator[Progress, None, TourPlan]:
    """Build the pages of ``tour`` from the registry as it is now (a Job: it reads every EPE
    of the tour). ``owner`` finds the saved walls of a hand-made list; ``officer_id`` narrows
    today's plan to the officer's own EPEs."""
    skipped: list[str] = []
    stops: list[Epe | tuple[str, WallModel]] = []
    if tour.source is TourSource.RISK_LIST:
        stops.extend(risk_list(registry))
    elif tour.source is TourSource.TODAY_PLAN:
        stops.extend(planned_today(registry, local_day(clock()), officer_id))
    else:
        walls = WallStore(registry)
        for stop in tour.stops:
            if stop.kind is StopKind.EPE:
                epe = registry.find_epe(stop.key)
                if epe is None:
                    skipped.append(
                        _t("Tours", "The EPE with tax ID {tax_id} is no longer registered.").format(
                            tax_id=stop.key
                        )
                    )
                else:
                    stops.append(epe)
            else:
                try:
                    stops.append((stop.key, walls.load(stop.key, owner, remember=False)))
                except KeyError:
                    skipped.append(
                        _t("Tours", 'There is no saved wall named "{name}".').format(name=stop.key)
                    )
                except WallStoreError as exc:
                    skipped.append(str(exc))
    pages: list[TourPage] = []
    total = len(stops)
    for done, item in enumerate(stops, start=1):
        if isinstance(item, Epe):
            found = epe_pages(item, registry.list_cameras(item.id or -1), tour.layout)
            if not found:
                skipped.append(
                    _t("Tours", "{epe} has no camera that must be online: left out.").format(
                        epe=short_epe_name(item.name)
                    )
                )
            pages.extend(found)
        else:
            name, model = item
            pages.append(_wall_page(registry, name, model))
        yield done, total, _t("Tours", "Preparing the tour…")
    return TourPlan(tour, pages, skipped)


def _wall_page(registry: Registry, name: str, model: WallModel) -> TourPage:
    epes = set()
    for camera_id in model.assigned():
        try:
            epes.add(registry.get_camera(camera_id).epe_id)
        except KeyError:
            continue
    return TourPage(name, model, epes.pop() if len(epes) == 1 else None)


# --- saved tours -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SavedTour:
    name: str
    owner: str
    tour: TourDefinition | None  # None when damaged
    updated_at: str


class TourStore:
    """Named tours per owner (``officer:CODE``, or the OS user on an unattended wall PC)."""

    def __init__(self, registry: Registry) -> None:
        self._registry = registry

    def save(self, tour: TourDefinition, owner: str) -> TourDefinition:
        """Save ``tour``, replacing the owner's tour of that name (any case)."""
        tour = checked(tour)
        owner = _check_owner(owner)
        text = json.dumps(tour.to_dict(), ensure_ascii=False)
        now = to_utc_iso(utc_now())
        with self._registry.database() as db:
            db.execute(
                "INSERT INTO tours (owner, name, name_key, tour, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (owner, name_key) DO UPDATE SET "
                "name = excluded.name, tour = excluded.tour, updated_at = excluded.updated_at",
                [owner, tour.name, name_key(tour.name), text, now, now],
            )
        return tour

    def load(self, name: str, owner: str) -> TourDefinition:
        """KeyError if the owner has no such tour; ValueError if it is damaged."""
        with self._registry.database() as db:
            row = db.execute(
                "SELECT name, tour FROM tours WHERE owner = ? AND name_key = ?",
                [_check_owner(owner), name_key(name)],
            ).fetchone()
        if row is None:
            raise KeyError(name)
        return _parse(str(row[0]), str(row[1]))

    def list(self, owner: str) -> list[SavedTour]:
        """The owner's tours in Vietnamese alphabetical order (damaged ones with no tour)."""
        owner = _check_owner(owner)
        with self._registry.database() as db:
            rows = db.execute(
                "SELECT name, tour, updated_at FROM tours WHERE owner = ?", [owner]
            ).fetchall()
        result = []
        for name, text, updated in rows:
            try:
                tour: TourDefinition | None = _parse(str(name), str(text))
            except ValueError:
                tour = None
            result.append(SavedTour(str(name), owner, tour, str(updated)))
        key = functools.cmp_to_key(_collator().compare)
        return sorted(result, key=lambda t: key(t.name))

    def delete(self, name: str, owner: str) -> None:
        with self._registry.database() as db:
            cursor = db.execute(
                "DELETE FROM tours WHERE owner = ? AND name_key = ?",
                [_check_owner(owner), name_key(name)],
            )
            if cursor.rowcount == 0:
                raise KeyError(name)


def _parse(name: str, text: str) -> TourDefinition:
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("a saved tour must be a JSON object")
        return TourDefinition.from_dict(name, data)
    except (ValueError, TypeError) as exc:  # JSONDecodeError and ValidationError too
        raise ValueError(
            _t("Tours", 'The saved tour "{name}" is damaged; save it again.').format(name=name)
        ) from exc


# --- the countdown ---------------------------------------------------------------------------


class PauseReason(enum.StrEnum):
    OFFICER = "officer"  # the Pause button: only Resume goes on
    HOLD = "hold"  # a tile is maximised, a check waits for its findings: goes on when released
    INTERACTION = "interaction"  # the officer touched the wall: goes on after RESUME_AFTER_S


class TourState:
    """Which page is up, how long it has left, and whether the tour waits.

    ``tick()`` is called often (every 250 ms in the window) and moves the countdown by the
    time that passed on ``clock`` (monotonic seconds) while the tour was not paused.
    """

    def __init__(
        self,
        pages: Sequence[TourPage],
        dwell_seconds: float,
        clock: Callable[[], float] = time.monotonic,
        resume_after: float = RESUME_AFTER_S,
    ) -> None:
        if not pages:
            raise ValueError("a tour needs at least one page")
        self.pages = list(pages)
        self.dwell = float(dwell_seconds)
        self._clock = clock
        self.resume_after = resume_after
        self.index = 0
        self.round = 1
        self.remaining = self.dwell
        self._last_tick = clock()
        self._officer_pause = False
        self._holds: set[str] = set()
        self._last_touch: float | None = None
        self._was_paused = False

    @property
    def current(self) -> TourPage:
        return self.pages[self.index]

    @property
    def upcoming(self) -> TourPage:
        return self.pages[(self.index + 1) % len(self.pages)]

    def pause_reason(self) -> PauseReason | None:
        if self._officer_pause:
            return PauseReason.OFFICER
        if self._holds:
            return PauseReason.HOLD
        if self._last_touch is not None and self._clock() - self._last_touch < self.resume_after:
            return PauseReason.INTERACTION
        return None

    @property
    def paused(self) -> bool:
        return self.pause_reason() is not None

    @property
    def seconds_left(self) -> int:
        return max(0, math.ceil(self.remaining - 1e-9))

    def resumes_in(self) -> int | None:
        """Seconds until an interaction pause ends by itself, or None."""
        if self.pause_reason() is not PauseReason.INTERACTION or self._last_touch is None:
            return None
        return max(0, math.ceil(self.resume_after - (self._clock() - self._last_touch)))

    def touched(self) -> None:
        """The officer used the wall (a click, a key, a drag on a tile)."""
        self._sync()
        self._last_touch = self._clock()
        self._settle()

    def hold(self, reason: str, on: bool) -> None:
        self._sync()
        if on:
            self._holds.add(reason)
        else:
            self._holds.discard(reason)
        self._settle()

    def set_officer_pause(self, on: bool) -> None:
        self._sync()
        self._officer_pause = on
        if not on:
            self._last_touch = None  # Resume means now
        self._settle()

    def tick(self) -> bool:
        """Move the countdown on; True when the next page came up."""
        if self.due():
            self.advance()
            return True
        return False

    def due(self) -> bool:
        """Move the countdown on; True when the page's time is up (and nothing holds it)."""
        self._sync()
        return self.remaining <= 0 and not self.paused

    def advance(self) -> None:
        """The next page now (the Next button, or the countdown ran out)."""
        self._sync()
        self.index += 1
        if self.index >= len(self.pages):
            self.index = 0
            self.round += 1
        self.remaining = self.dwell
        self._last_touch = None

    def _sync(self) -> None:
        now = self._clock()
        paused = self.paused
        if not paused:
            if self._was_paused and self._last_touch is not None:
                # The interaction pause ran out by itself between two ticks.
                resumed = max(self._last_touch + self.resume_after, self._last_tick)
                self.remaining = max(self.remaining, MIN_AFTER_RESUME_S) - max(0.0, now - resumed)
            else:
                self.remaining -= max(0.0, now - self._last_tick)
        self._was_paused = paused
        self._last_tick = now

    def _settle(self) -> None:
        """After a change of pauses: a page let go gets its minimum time, and a pause begun
        now is known as such even if no tick comes before it ends."""
        paused = self.paused
        if self._was_paused and not paused:
            self.remaining = max(self.remaining, MIN_AFTER_RESUME_S)
        self._was_paused = paused
