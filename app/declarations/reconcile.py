"""Declared movements against what the gate cameras read: one finding per declared container or
plate, and one per sighting that no document declares. Pure and Qt-free (no I/O, no clock): the
CLI, the review window and the OCR job all call ``reconcile``.

The statuses, decided in this order for each declared container or plate of a document:

- ``seen``: a read of exactly that code inside the document's window at the gate;
- ``outside_window``: read exactly, but only before or after the window (``offset`` says by how
  much: negative before the start, positive after the end);
- ``possible_misread``: never read exactly, but a code one character away (edit distance 1) was
  read around the window. The officer decides: a misread of the declared code, or another one;
- ``different``: the document's vehicle (or container) passed in the window carrying another
  container (or on another vehicle) that no document declares;
- ``not_seen``: nothing of the above.

and, from the other side, for reads inside the reported span that no finding explains:

- ``undeclared``: a valid container number or plate that no document of the day declares;
- ``misread``: a read that is no valid code (check digit, format) and is near nothing read well.

The one rule that never bends: a finding is ``seen`` only on reads equal to the declared code.
A code one character away is at best ``possible_misread``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


class ItemKind(enum.StrEnum):
    CONTAINER = "container"
    PLATE = "plate"


class Status(enum.StrEnum):
    SEEN = "seen"
    OUTSIDE_WINDOW = "outside_window"
    POSSIBLE_MISREAD = "possible_misread"
    DIFFERENT = "different"
    NOT_SEEN = "not_seen"
    UNDECLARED = "undeclared"
    MISREAD = "misread"


@dataclass(frozen=True)
class DeclaredMovement:
    """One customs document's expected passage at the gate: its codes (canonical, see
    ``app.declarations.codes``) and its window (aware datetimes)."""

    document_kind: str
    number: str
    direction: str
    containers: tuple[str, ...]
    plates: tuple[str, ...]
    window_start: dt.datetime
    window_end: dt.datetime

    def items(self) -> list[tuple[ItemKind, str]]:
        return [(ItemKind.CONTAINER, c) for c in self.containers] + [
            (ItemKind.PLATE, p) for p in self.plates
        ]


@dataclass(frozen=True)
class GateRead:
    """One code read in one gate-camera frame. ``value`` is canonical when ``valid``, else the
    characters as read (upper case, no separators)."""

    kind: ItemKind
    value: str
    at: dt.datetime
    camera: int
    valid: bool
    crop_path: str = ""
    frame_sha256: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Finding:
    status: Status
    kind: ItemKind
    declared: str = ""  # the declared code ("" for undeclared and misread)
    movement: DeclaredMovement | None = None
    seen: str = ""  # the code the reads say, when it is not the declared one
    reads: tuple[GateRead, ...] = ()  # the evidence, in time order
    offset: dt.timedelta | None = None  # outside the window: <0 before its start, >0 after its end
    distance: int | None = None  # edit distance between ``declared`` and ``seen``
    also_read_as: tuple[str, ...] = field(default=())  # misreads absorbed into this finding

    @property
    def first_read(self) -> GateRead | None:
        return self.reads[0] if self.reads else None


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, counted up to ``limit`` (anything farther is ``limit``)."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) >= limit:
        return limit
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) >= limit:
            return limit
        previous = current
    return min(previous[-1], limit)


def _offset(at: dt.datetime, movement: DeclaredMovement) -> dt.timedelta | None:
    if at < movement.window_start:
        return at - movement.window_start
    if at > movement.window_end:
        return at - movement.window_end
    return None


def _inside(at: dt.datetime, movement: DeclaredMovement) -> bool:
    return movement.window_start <= at <= movement.window_end


def _sightings(reads: Sequence[tuple[int, GateRead]], gap: dt.timedelta) -> list[list[int]]:
    """Indexes of reads grouped by (kind, value, camera) into runs with gaps of at most ``gap``."""
    runs: list[list[int]] = []
    last: dict[tuple[ItemKind, str, int], tuple[dt.datetime, list[int]]] = {}
    for index, read in sorted(reads, key=lambda pair: pair[1].at):
        key = (read.kind, read.value, read.camera)
        if key in last and read.at - last[key][0] <= gap:
            last[key][1].append(index)
            last[key] = (read.at, last[key][1])
        else:
            run = [index]
            runs.append(run)
            last[key] = (read.at, run)
    return runs


def reconcile(
    movements: Iterable[DeclaredMovement],
    reads: Sequence[GateRead],
    *,
    span: tuple[dt.datetime, dt.datetime] | None = None,
    near_margin: dt.timedelta = dt.timedelta(minutes=30),
    pass_gap: dt.timedelta = dt.timedelta(seconds=20),
    sighting_gap: dt.timedelta = dt.timedelta(minutes=2),
) -> list[Finding]:
    """One finding per declared container and plate of ``movements`` (in window order), then one
    per unexplained sighting of ``reads`` inside ``span`` (all reads when None), in time order.

    ``near_margin``: how far outside a window a one-character-off read still counts as a
    possible misread of the declared code. ``pass_gap``: reads on one camera this close belong
    to one vehicle passing. ``sighting_gap``: repeated reads of one code closer than this are
    one sighting.
    """
    ordered = sorted(movements, key=lambda m: (m.window_start, m.document_kind, m.number))
    declared: dict[ItemKind, set[str]] = {ItemKind.CONTAINER: set(), ItemKind.PLATE: set()}
    for movement in ordered:
        for kind, value in movement.items():
            declared[kind].add(value)
    exact: dict[tuple[ItemKind, str], list[int]] = {}
    for index, read in enumerate(reads):
        exact.setdefault((read.kind, read.value), []).append(index)
    explained: set[int] = set()
    findings: list[Finding] = []

    def by_time(indexes: Iterable[int]) -> tuple[GateRead, ...]:
        return tuple(sorted((reads[i] for i in indexes), key=lambda r: (r.at, r.camera)))

    for movement in ordered:
        for kind, value in movement.items():
            hits = [i for i in exact.get((kind, value), []) if reads[i].valid]
            explained.update(hits)
            inside = [i for i in hits if _inside(reads[i].at, movement)]
            if inside:
                findings.append(Finding(Status.SEEN, kind, value, movement, reads=by_time(inside)))
                continue
            if hits:
                nearest = min(
                    hits, key=lambda i: abs(_offset(reads[i].at, movement) or dt.timedelta())
                )
                findings.append(
                    Finding(
                        Status.OUTSIDE_WINDOW,
                        kind,
                        value,
                        movement,
                        reads=by_time(hits),
                        offset=_offset(reads[nearest].at, movement),
                    )
                )
                continue
            finding = _near_match(kind, value, movement, reads, declared, near_margin)
            if finding is None:
                finding = _different(kind, value, movement, reads, exact, declared, pass_gap)
            if finding is None:
                findings.append(Finding(Status.NOT_SEEN, kind, value, movement))
                continue
            explained.update(i for i, r in enumerate(reads) if r in finding.reads)
            findings.append(finding)

    in_span = [
        (i, r)
        for i, r in enumerate(reads)
        if i not in explained and (span is None or span[0] <= r.at < span[1])
    ]
    leftovers = _sightings(in_span, sighting_gap)
    well_read = [(i, r) for i, r in enumerate(reads) if r.valid]
    extra: list[Finding] = []
    for run in leftovers:
        first = reads[run[0]]
        if first.valid and first.value in declared[first.kind]:
            continue  # explained above (an exact read of a declared code), whatever its time
        if _absorbed(run, reads, well_read, pass_gap):
            continue
        status = Status.UNDECLARED if first.valid else Status.MISREAD
        extra.append(Finding(status, first.kind, seen=first.value, reads=by_time(run)))
    extra.sort(key=lambda f: (f.reads[0].at, f.kind, f.seen))
    return findings + extra


def _near_match(
    kind: ItemKind,
    value: str,
    movement: DeclaredMovement,
    reads: Sequence[GateRead],
    declared: dict[ItemKind, set[str]],
    margin: dt.timedelta,
) -> Finding | None:
    """A read one character away from ``value`` around the window, that no document declares."""
    start, end = movement.window_start - margin, movement.window_end + margin
    near = [
        r
        for r in reads
        if r.kind is kind
        and start <= r.at <= end
        and r.value not in declared[kind]
        and edit_distance(r.value, value, 2) == 1
    ]
    if not near:
        return None
    counts = Counter(r.value for r in near)
    # The code read most often; on a tie a valid code, then the one read first.
    seen = max(
        counts,
        key=lambda v: (
            counts[v],
            any(r.valid for r in near if r.value == v),
            -min(r.at.timestamp() for r in near if r.value == v),
        ),
    )
    evidence = tuple(sorted((r for r in near if r.value == seen), key=lambda r: r.at))
    offsets = [_offset(r.at, movement) for r in evidence]
    offset = (
        None
        if any(o is None for o in offsets)
        else min(offsets, key=lambda o: abs(o or dt.timedelta()))
    )
    return Finding(
        Status.POSSIBLE_MISREAD,
        kind,
        value,
        movement,
        seen=seen,
        reads=evidence,
        offset=offset,
        distance=1,
        also_read_as=tuple(sorted(v for v in counts if v != seen)),
    )


def _different(
    kind: ItemKind,
    value: str,
    movement: DeclaredMovement,
    reads: Sequence[GateRead],
    exact: dict[tuple[ItemKind, str], list[int]],
    declared: dict[ItemKind, set[str]],
    pass_gap: dt.timedelta,
) -> Finding | None:
    """The document's other codes passed in the window beside a valid, undeclared code of this
    kind: the declared vehicle with another container, or the container on another vehicle."""
    other = ItemKind.PLATE if kind is ItemKind.CONTAINER else ItemKind.CONTAINER
    anchors = [
        reads[i]
        for code in (movement.plates if kind is ItemKind.CONTAINER else movement.containers)
        for i in exact.get((other, code), [])
        if reads[i].valid and _inside(reads[i].at, movement)
    ]
    beside = [
        r
        for r in reads
        if r.kind is kind
        and r.valid
        and r.value not in declared[kind]
        and any(r.camera == a.camera and abs(r.at - a.at) <= pass_gap for a in anchors)
    ]
    if not beside:
        return None
    counts = Counter(r.value for r in beside)
    seen = max(counts, key=lambda v: (counts[v], v))
    evidence = tuple(sorted((r for r in beside if r.value == seen), key=lambda r: r.at))
    return Finding(
        Status.DIFFERENT,
        kind,
        value,
        movement,
        seen=seen,
        reads=evidence,
        distance=edit_distance(seen, value, 99),
        also_read_as=tuple(sorted(v for v in counts if v != seen)),
    )


def _absorbed(
    run: list[int],
    reads: Sequence[GateRead],
    well_read: list[tuple[int, GateRead]],
    pass_gap: dt.timedelta,
) -> bool:
    """A misread (or a plate read one character off) during a sighting of a code read well more
    often, on the same camera: a bad frame of that sighting, not a vehicle of its own. A valid
    container number is a code of its own unless the other was read at least three times as
    often (ISO 6346 maps a remainder of 10 to 0, so a few one-digit misreads keep a valid check
    digit); a second container on the truck shows in as many frames as the first."""
    first = reads[run[0]]
    window = (reads[run[0]].at - pass_gap, reads[run[-1]].at + pass_gap)
    neighbours = Counter(
        r.value
        for i, r in well_read
        if i not in run
        and r.kind is first.kind
        and r.camera == first.camera
        and window[0] <= r.at <= window[1]
        and r.value != first.value
    )
    factor = 3 if first.valid and first.kind is ItemKind.CONTAINER else 1
    return any(
        edit_distance(value, first.value, 2) <= 1 and count >= factor * len(run)
        for value, count in neighbours.items()
    )
