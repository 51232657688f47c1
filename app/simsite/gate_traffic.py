"""The simulated site's gate traffic: which vehicle stands at which gate camera, and when.

An EPE with ``"gate_traffic": {"per_hour": N, "from": "HH:MM", "to": "HH:MM", "cameras": [1]}``
in the site configuration (Vietnam time) sees N vehicles an hour between ``from`` and ``to``,
every day, each at one of ``cameras``: a truck with a white plate, most of them carrying a
container whose ISO 6346 number is painted on its side. The schedule is a function of the EPE's
tax ID and the time only, so the live cameras, the recorder's replay and motion searches, the
customs file of ``epewall sim customs-file`` and the tests all compute the same vehicles.

A vehicle is in the picture from ``at - VISIBLE_SECONDS/2`` to ``at + VISIBLE_SECONDS/2``: it
drives in, stands still for ``STILL_SECONDS`` around ``at`` (the barrier), and drives out.
``vehicle_offset`` says where it is at a moment, ``stop_layout`` where its parts are when it
stands; the painter (``gate_paint``, in the simulator process) and the tests share them.

Stdlib only: imported by Debian's Python (the simulator) and by the venv.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

UTC = dt.UTC
# Vietnam time, as app.simsite.config.SITE_ZONE (repeated so this module imports nothing).
SITE_ZONE = dt.timezone(dt.timedelta(hours=7))

VISIBLE_SECONDS = 24
STILL_SECONDS = 8
MAX_PER_HOUR = 60
DEFAULTS: dict[str, Any] = {
    "per_hour": 4,
    "from": "08:00",
    "to": "17:00",
    "cameras": [1],
    # The same vehicles at the same times every day (a test that reads "yesterday" then sees the
    # same codes whatever the date); by default each day has its own.
    "same_every_day": False,
}

# Owner codes of real carriers and the colour (RGB) their containers are usually painted.
OWNERS: tuple[tuple[str, tuple[int, int, int]], ...] = (
    ("CSQU", (0x1D, 0x4F, 0x91)),  # COSCO blue
    ("MSKU", (0x2E, 0x7D, 0xA6)),  # Maersk light blue
    ("TGHU", (0xB8, 0x4A, 0x12)),  # Textainer rust orange
    ("HLXU", (0xD0, 0x5A, 0x10)),  # Hapag-Lloyd orange
    ("CMAU", (0x1F, 0x35, 0x6E)),  # CMA CGM dark blue
    ("OOLU", (0x6B, 0x70, 0x78)),  # OOCL grey
    ("EGHU", (0x1E, 0x6B, 0x3C)),  # Evergreen green
    ("ONEU", (0x9E, 0x1B, 0x5E)),  # ONE magenta
    ("TEMU", (0x7A, 0x3B, 0x22)),  # Textainer brown
    ("SEGU", (0x8B, 0x1E, 0x1E)),  # Seaco red
)
SIZE_TYPES = ("45G1", "42G1", "22G1", "45R1")
# Province codes of the south (where the demo EPEs are) and the north, and truck series letters.
PROVINCES = ("51", "50", "61", "72", "60", "62", "29", "15", "43", "70")
TRUCK_SERIES = ("C", "D", "H", "LD")
# One vehicle in this many carries no container (a box truck): plates without containers.
NO_CONTAINER_ONE_IN = 6


class GateTrafficError(ValueError):
    """The ``gate_traffic`` object of a site configuration is not usable; says which key."""


@dataclass(frozen=True)
class GateTraffic:
    per_hour: int
    start: dt.time  # Vietnam time
    end: dt.time
    cameras: tuple[int, ...]
    same_every_day: bool = False


@dataclass(frozen=True)
class Passage:
    """One vehicle at the gate. ``at`` (UTC) is the moment it stands still at the barrier."""

    at: dt.datetime
    camera: int  # diagram number
    container: str | None  # canonical ISO 6346, valid check digit ("CSQU3054383")
    plate: str  # canonical, as app.declarations.codes makes it ("51C12345")
    direction: str  # "in" / "out"
    size_type: str = "45G1"

    @property
    def container_shown(self) -> str:
        """ "CSQU 305438 3", as painted."""
        c = self.container or ""
        return f"{c[:4]} {c[4:10]} {c[10:]}" if len(c) == 11 else c

    @property
    def plate_shown(self) -> str:
        """ "51C-123.45", as on the plate."""
        p = self.plate
        series_end = len(p) - 5
        return f"{p[:series_end]}-{p[series_end:-2]}.{p[-2:]}"

    @property
    def colour(self) -> tuple[int, int, int]:
        """The container's paint (RGB); the box truck's body when there is no container."""
        return owner_colour(self.container[:4]) if self.container else (0xC8, 0xC8, 0xC0)

    @property
    def visible_from(self) -> dt.datetime:
        return self.at - dt.timedelta(seconds=VISIBLE_SECONDS / 2)

    @property
    def visible_until(self) -> dt.datetime:
        return self.at + dt.timedelta(seconds=VISIBLE_SECONDS / 2)


# --- ISO 6346 ---------------------------------------------------------------------------------


def _letter_values() -> dict[str, int]:
    values: dict[str, int] = {}
    value = 10
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if value % 11 == 0:  # multiples of 11 are skipped
            value += 1
        values[letter] = value
        value += 1
    return values


_LETTERS = _letter_values()


def check_digit(first_ten: str) -> str:
    """The ISO 6346 check digit of owner code + category + serial (10 characters)."""
    total = 0
    for position, char in enumerate(first_ten.upper()):
        value = int(char) if char.isdigit() else _LETTERS[char]
        total += value * 2**position
    return str(total % 11 % 10)


def owner_colour(owner: str) -> tuple[int, int, int]:
    for code, colour in OWNERS:
        if code == owner:
            return colour
    return OWNERS[0][1]


# --- the configuration ------------------------------------------------------------------------


def _clock(where: str, text: Any) -> dt.time:
    try:
        hours, minutes = str(text).split(":")
        return dt.time(int(hours), int(minutes))
    except ValueError as exc:
        raise GateTrafficError(f"{where}: a time of day as HH:MM") from exc


def parse_traffic(raw: Any, camera_numbers: Sequence[int] | None = None) -> GateTraffic | None:
    """The checked ``gate_traffic`` object (defaults filled in), None when there is none."""
    if raw is None or raw is False:
        return None
    if not isinstance(raw, Mapping):
        raise GateTrafficError("gate_traffic: must be an object")
    unknown = set(raw) - set(DEFAULTS)
    if unknown:
        raise GateTrafficError(f"gate_traffic: unknown keys {', '.join(sorted(unknown))}")
    merged = {**DEFAULTS, **raw}
    per_hour = merged["per_hour"]
    if isinstance(per_hour, bool) or not isinstance(per_hour, int):
        raise GateTrafficError("gate_traffic.per_hour: a whole number")
    if not 0 <= per_hour <= MAX_PER_HOUR:
        raise GateTrafficError(f"gate_traffic.per_hour: 0..{MAX_PER_HOUR}")
    start = _clock("gate_traffic.from", merged["from"])
    end = _clock("gate_traffic.to", merged["to"])
    if end <= start:
        raise GateTrafficError("gate_traffic.to: must come after 'from' (same day)")
    cameras = merged["cameras"]
    if (
        not isinstance(cameras, list)
        or not cameras
        or any(isinstance(c, bool) or not isinstance(c, int) for c in cameras)
    ):
        raise GateTrafficError("gate_traffic.cameras: a list of diagram numbers")
    if camera_numbers is not None and not set(cameras) <= set(camera_numbers):
        raise GateTrafficError("gate_traffic.cameras: not diagram numbers of this EPE's cameras")
    same = merged["same_every_day"]
    if not isinstance(same, bool):
        raise GateTrafficError("gate_traffic.same_every_day: true or false")
    return GateTraffic(per_hour, start, end, tuple(dict.fromkeys(cameras)), same)


def _fields(epe: Any) -> Mapping[str, Any]:
    fields = getattr(epe, "fields", epe)
    if not isinstance(fields, Mapping):
        raise GateTrafficError("an EPE configuration or its fields")
    return fields


def traffic_of(epe: Any) -> GateTraffic | None:
    """The gate traffic of an ``EpeConfig`` (or its fields as a dict), None when it has none."""
    return parse_traffic(_fields(epe).get("gate_traffic"))


# --- the schedule -----------------------------------------------------------------------------


def _draw(tax_id: str, *parts: object) -> int:
    text = "|".join([tax_id, *(str(p) for p in parts)])
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def _vehicle(tax_id: str, day: str, slot: int, at: dt.datetime, cameras: Sequence[int]) -> Passage:
    draw = _draw(tax_id, day, slot, "vehicle")
    owner = OWNERS[draw % len(OWNERS)][0]
    draw //= len(OWNERS)
    serial = f"{draw % 1_000_000:06d}"
    draw //= 1_000_000
    container: str | None = owner + serial + check_digit(owner + serial)
    if draw % NO_CONTAINER_ONE_IN == 0:
        container = None
    draw //= NO_CONTAINER_ONE_IN
    province = PROVINCES[draw % len(PROVINCES)]
    draw //= len(PROVINCES)
    series = TRUCK_SERIES[draw % len(TRUCK_SERIES)]
    draw //= len(TRUCK_SERIES)
    number = f"{10000 + draw % 90000:05d}"
    draw //= 90000
    camera = cameras[draw % len(cameras)]
    draw //= len(cameras)
    direction = ("in", "out")[draw % 2]
    draw //= 2
    size_type = SIZE_TYPES[draw % len(SIZE_TYPES)]
    return Passage(at, camera, container, province + series + number, direction, size_type)


def passages(epe: Any, start: dt.datetime, end: dt.datetime) -> list[Passage]:
    """Every vehicle whose ``at`` falls in [start, end) (aware datetimes), in time order."""
    fields = _fields(epe)
    traffic = parse_traffic(fields.get("gate_traffic"))
    if traffic is None or traffic.per_hour == 0 or end <= start:
        return []
    tax_id = str(fields["tax_id"])
    slot_seconds = 3600 / traffic.per_hour
    # Each vehicle keeps to its own slot, whole, so two never share the picture.
    margin = VISIBLE_SECONDS / 2 + 2
    spread = int(slot_seconds - 2 * margin)
    out: list[Passage] = []
    day = start.astimezone(SITE_ZONE).date()
    last_day = end.astimezone(SITE_ZONE).date()
    while day <= last_day:
        opens = dt.datetime.combine(day, traffic.start, SITE_ZONE)
        closes = dt.datetime.combine(day, traffic.end, SITE_ZONE)
        seed = "every day" if traffic.same_every_day else day.isoformat()
        slot = 0
        while True:
            slot_start = opens + dt.timedelta(seconds=slot * slot_seconds)
            if slot_start + dt.timedelta(seconds=slot_seconds) > closes:
                break
            offset = margin + _draw(tax_id, seed, slot, "at") % max(1, spread)
            at = (slot_start + dt.timedelta(seconds=int(offset))).replace(microsecond=0)
            if start <= at < end:
                out.append(_vehicle(tax_id, seed, slot, at.astimezone(UTC), traffic.cameras))
            slot += 1
        day += dt.timedelta(days=1)
    return out


def visible_at(schedule: Sequence[Passage], moment: dt.datetime, camera: int) -> Passage | None:
    """The vehicle in ``camera``'s picture at ``moment``, if any (``schedule`` in time order)."""
    for passage in schedule:
        if passage.camera == camera and passage.visible_from <= moment < passage.visible_until:
            return passage
        if passage.visible_from > moment:
            break
    return None


# --- where the vehicle is in the picture ------------------------------------------------------


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True)
class StopLayout:
    """Where the vehicle's parts are in a ``width`` x ``height`` picture while it stands still.
    ``vehicle`` holds everything; the others are inside it."""

    vehicle: Box
    container: Box  # the container's side (or the box truck's body)
    code: Box  # the painted container number, first line
    cab: Box
    plate: Box


def stop_layout(width: int, height: int, passage: Passage) -> StopLayout:
    """The parts' boxes for a vehicle standing in a ``width`` x ``height`` picture. The vehicle
    faces the way it drives: "in" drives leftwards (cab on the left), "out" rightwards."""

    def scaled(x: float, y: float, w: float, h: float) -> Box:
        return Box(round(x * width), round(y * height), round(w * width), round(h * height))

    # Fractions of the picture, chosen on 640x360 between the camera's title (top left) and the
    # block clock (bottom left, from y=270): the container side 384x137 with the code's letters
    # about 22 px high, the plate 128x32 with 17 px letters.
    top, body_h = 0.27, 0.38
    container_w, cab_w = 0.60, 0.23
    left = (1 - container_w - cab_w - 0.01) / 2
    if passage.direction == "in":
        cab_x, container_x = left, left + cab_w + 0.01
    else:
        container_x, cab_x = left, left + container_w + 0.01
    container = scaled(container_x, top, container_w, body_h)
    code = scaled(container_x + 0.18, top + 0.045, 0.38, 0.085)
    cab = scaled(cab_x, top + 0.09, cab_w, body_h - 0.02)
    plate = scaled(cab_x + (cab_w - 0.20) / 2, top + body_h - 0.03, 0.20, 0.09)
    vehicle = scaled(left - 0.005, top - 0.01, container_w + cab_w + 0.02, body_h + 0.12)
    return StopLayout(vehicle, container, code, cab, plate)


def vehicle_offset(passage: Passage, moment: dt.datetime, width: int) -> int | None:
    """How far (pixels, + right) the vehicle is from where it stands at ``moment``; None when it
    is out of the picture. It slows down coming in and speeds up going out."""
    t = (moment - passage.at).total_seconds()
    half = VISIBLE_SECONDS / 2
    if not -half <= t < half:
        return None
    still = STILL_SECONDS / 2
    if abs(t) <= still:
        return 0
    share = (abs(t) - still) / (half - still)
    distance = round(share * share * width)  # a picture's width takes it out of sight
    coming = t < 0
    # "in" drives leftwards: it comes from the right (+) and leaves to the left (-).
    sign = 1 if passage.direction == "in" else -1
    return sign * distance if coming else -sign * distance
