"""The customs file of a simulated EPE's day, with planted discrepancies (``epewall sim
customs-file``).

One document per vehicle of the day's gate traffic (``gate_traffic.passages``): a declaration
(tờ khai) for a vehicle with a container, a warehouse receipt or delivery note for a truck without
one, each with a window around the moment the vehicle stands at the gate. Five plants, chosen
from the day's container vehicles, deterministically:

- ``wrong_check_digit``: a release confirmation for a declared container, its check digit wrong
  (the importer must refuse that line; the vehicle stays declared by its declaration);
- ``never_passes``: a declaration for a container and a truck that never come;
- ``outside_window``: a vehicle whose declared window ended ``offset_minutes`` before it came;
- ``mistyped_plate``: a vehicle declared with its plate one digit off;
- ``undeclared``: a vehicle that passes with no document at all.

Everything else is correct. ``truth`` describes each plant with its line in the file, so a test
(or a trainer) knows what reconciliation must find. Stdlib only; the venv's CLI writes the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from app.simsite import gate_traffic
from app.simsite.gate_traffic import OWNERS, SITE_ZONE, Passage, check_digit

HEADER: tuple[str, ...] = (
    "Loại chứng từ",
    "Số chứng từ",
    "Mã số thuế",
    "Hướng",
    "Số container",
    "Biển số xe",
    "Từ",
    "Đến",
    "Mô tả hàng hóa",
)
DECLARATION = "Tờ khai"
RELEASE = "Xác nhận thông quan"
RECEIPT = "Phiếu nhập kho"
DELIVERY = "Phiếu xuất kho"
DIRECTION_WORDS = {"in": "Nhập", "out": "Xuất"}
GOODS = {
    "in": ("Linh kiện điện tử", "Hạt nhựa nguyên sinh", "Vải cuộn nguyên liệu", "Bao bì carton"),
    "out": ("Bo mạch thành phẩm", "Hàng may mặc thành phẩm", "Linh kiện chính xác", "Phế liệu"),
}
PLANTS = ("wrong_check_digit", "never_passes", "outside_window", "mistyped_plate", "undeclared")
TIME_FORMAT = "%Y-%m-%d %H:%M"


class CustomsFileError(ValueError):
    """The EPE has no gate traffic that day, or too little for the plants."""


@dataclass(frozen=True)
class Document:
    kind: str
    number: str
    direction: str  # "in" / "out"
    containers: tuple[str, ...]  # as written in the file (the ISO layout)
    plates: tuple[str, ...]
    window_start: dt.datetime  # aware
    window_end: dt.datetime
    goods: str
    plant: str = ""  # which plant this line is, if any

    def row(self, tax_id: str) -> list[str]:
        local = SITE_ZONE
        return [
            self.kind,
            self.number,
            tax_id,
            DIRECTION_WORDS[self.direction],
            "; ".join(self.containers),
            "; ".join(self.plates),
            self.window_start.astimezone(local).strftime(TIME_FORMAT),
            self.window_end.astimezone(local).strftime(TIME_FORMAT),
            self.goods,
        ]


def _draw(*parts: object) -> int:
    text = "|".join(str(p) for p in parts)
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def _minute_floor(moment: dt.datetime, step: int = 5) -> dt.datetime:
    moment = moment.replace(second=0, microsecond=0)
    return moment - dt.timedelta(minutes=moment.minute % step)


def _window(passage: Passage, seed: int) -> tuple[dt.datetime, dt.datetime]:
    before = 15 + 15 * (seed % 4)
    after = 15 + 15 * (seed // 4 % 4)
    start = _minute_floor(passage.at) - dt.timedelta(minutes=before)
    end = _minute_floor(passage.at) + dt.timedelta(minutes=5 + after)
    return start, end


def _number(passage: Passage, tax_id: str, kind: str) -> str:
    draw = _draw(tax_id, passage.at.isoformat(), kind)
    if kind == DECLARATION:
        return ("10" if passage.direction == "in" else "30") + f"{draw % 10**10:010d}"
    prefix = "PNK" if kind == RECEIPT else "PXK"
    return f"{prefix}-{passage.at.astimezone(SITE_ZONE):%Y}-{draw % 10000:04d}"


def _document(passage: Passage, tax_id: str, plant: str = "") -> Document:
    seed = _draw(tax_id, passage.at.isoformat(), "window")
    start, end = _window(passage, seed)
    # A truck without a container comes with a warehouse receipt or delivery note.
    plain = RECEIPT if passage.direction == "in" else DELIVERY
    kind = DECLARATION if passage.container else plain
    goods = GOODS[passage.direction][seed // 16 % len(GOODS[passage.direction])]
    return Document(
        kind,
        _number(passage, tax_id, kind),
        passage.direction,
        (passage.container_shown,) if passage.container else (),
        (passage.plate_shown,),
        start,
        end,
        goods,
        plant,
    )


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _far_from(code: str, others: list[str]) -> bool:
    return all(_distance(code, other) >= 3 for other in others)


def customs_file(epe: Any, day: dt.date) -> tuple[list[str], list[list[str]], dict[str, Any]]:
    """(header, rows, truth) of the customs file of ``epe`` (an ``EpeConfig`` or its fields) for
    the Vietnam ``day``. Raises CustomsFileError when the day has too few container vehicles."""
    fields = getattr(epe, "fields", epe)
    tax_id = str(fields["tax_id"])
    start = dt.datetime.combine(day, dt.time(0), SITE_ZONE)
    vehicles = gate_traffic.passages(fields, start, start + dt.timedelta(days=1))
    carriers = [p for p in vehicles if p.container]
    if len(carriers) < 4:
        raise CustomsFileError(
            f"{len(carriers)} vehicles with a container pass that day; the plants need 4"
        )
    # Which vehicles carry the plants: the day's container vehicles in a shuffled order.
    chosen = sorted(carriers, key=lambda p: _draw(tax_id, day.isoformat(), p.container, "plant"))
    wrong_digit, late, mistyped, undeclared = chosen[:4]
    documents: list[Document] = []
    truth: dict[str, Any] = {
        "epe": tax_id,
        "date": day.isoformat(),
        "passages": len(vehicles),
    }
    for passage in vehicles:
        if passage is undeclared:
            continue
        if passage is late:
            documents.append(_late(passage, tax_id, truth))
        elif passage is mistyped:
            documents.append(_mistyped(passage, tax_id, truth))
        else:
            documents.append(_document(passage, tax_id))
        if passage is wrong_digit:
            documents.append(_wrong_digit(passage, tax_id, documents[-1], truth))
    truth["undeclared"] = {
        "container": undeclared.container,
        "plate": undeclared.plate,
        "at": undeclared.at.isoformat(),
        "camera": undeclared.camera,
    }
    known = [p.container or "" for p in vehicles] + [p.plate for p in vehicles]
    documents.append(_never_passes(tax_id, day, known, truth))
    documents.sort(key=lambda d: (d.window_start, d.kind != DECLARATION, d.number))
    for line, document in enumerate(documents, start=2):
        if document.plant:
            truth[document.plant]["line"] = line
            truth[document.plant]["number"] = document.number
    truth["documents"] = len(documents)
    return list(HEADER), [d.row(tax_id) for d in documents], truth


def _late(passage: Passage, tax_id: str, truth: dict[str, Any]) -> Document:
    seed = _draw(tax_id, passage.at.isoformat(), "late")
    end = _minute_floor(passage.at - dt.timedelta(minutes=40 + seed % 50), 1)
    document = _document(passage, tax_id, "outside_window")
    document = Document(
        **{**document.__dict__, "window_start": end - dt.timedelta(hours=1), "window_end": end}
    )
    offset = passage.at - end
    truth["outside_window"] = {
        "container": passage.container,
        "plate": passage.plate,
        "at": passage.at.isoformat(),
        "offset_minutes": int(offset.total_seconds() // 60),
        "offset_seconds": int(offset.total_seconds()),
    }
    return document


def _mistyped(passage: Passage, tax_id: str, truth: dict[str, Any]) -> Document:
    plate = passage.plate
    position = len(plate) - 1 - _draw(tax_id, plate, "typo") % 3  # one of the last three digits
    wrong = str((int(plate[position]) + 1 + _draw(tax_id, plate, "digit") % 8) % 10)
    typed = plate[:position] + wrong + plate[position + 1 :]
    shown = Passage(passage.at, passage.camera, None, typed, passage.direction).plate_shown
    document = _document(passage, tax_id, "mistyped_plate")
    document = Document(**{**document.__dict__, "plates": (shown,)})
    truth["mistyped_plate"] = {
        "declared": typed,
        "actual": plate,
        "container": passage.container,
        "at": passage.at.isoformat(),
    }
    return document


def _wrong_digit(
    passage: Passage, tax_id: str, declaration: Document, truth: dict[str, Any]
) -> Document:
    code = passage.container or ""
    right = int(code[10])
    wrong = str((right + 1 + _draw(tax_id, code, "digit") % 9) % 10)
    written = f"{code[:4]} {code[4:10]} {wrong}"
    truth["wrong_check_digit"] = {
        "container": code[:10] + wrong,
        "correct": code,
        "declared_by": declaration.number,
    }
    return Document(
        RELEASE,
        declaration.number,
        declaration.direction,
        (written,),
        declaration.plates,
        declaration.window_start,
        declaration.window_end,
        declaration.goods,
        "wrong_check_digit",
    )


def _never_passes(tax_id: str, day: dt.date, known: list[str], truth: dict[str, Any]) -> Document:
    attempt = 0
    while True:
        draw = _draw(tax_id, day.isoformat(), "ghost", attempt)
        owner = OWNERS[draw % len(OWNERS)][0]
        serial = f"{draw // 16 % 10**6:06d}"
        container = owner + serial + check_digit(owner + serial)
        plate = f"{51 + draw // 10**8 % 9}C{10000 + draw // 10**10 % 90000:05d}"
        if _far_from(container, known) and _far_from(plate, known):
            break
        attempt += 1
    at = dt.datetime.combine(day, dt.time(10 + draw % 5, 30), SITE_ZONE)
    ghost = Passage(at.astimezone(dt.UTC), 0, container, plate, "in")
    document = _document(ghost, tax_id, "never_passes")
    truth["never_passes"] = {"container": container, "plate": plate}
    return document
