"""Container numbers (ISO 6346) and Vietnamese vehicle plates: one canonical form to compare,
one display form to show. Qt-free: the reconciliation and the OCR job use it on any thread.

A container number is 4 letters (owner code and category U/J/Z), 6 digits and the check digit:
``CSQU3054383`` canonical, ``CSQU 305438 3`` shown. The check digit is what turns a raw read or a
typed number into "valid" or "wrong": a single wrong character almost always breaks it.

A plate is the 2-digit province code, a series (1-2 letters, a motorbike's letter and digit) and
a 4- or 5-digit number. ``51C-123.45``, ``51C12345``, ``29H 12345``, ``51C-12345`` and a
two-line plate (``51C`` over ``123.45``) are one car plate ``51C12345`` shown ``51C-123.45``;
``59-X1 123.45`` is a motorbike plate ``59X112345`` shown as written.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass

from stdnum import iso6346
from stdnum.exceptions import InvalidChecksum


class CodeProblem(enum.Enum):
    """Why a text is not a valid container number or plate."""

    EMPTY = "empty"
    CONTAINER_FORMAT = "container_format"  # not 4 letters (…U/J/Z) + 7 digits
    CONTAINER_CHECK_DIGIT = "container_check_digit"
    PLATE_FORMAT = "plate_format"


class CodeError(ValueError):
    def __init__(self, problem: CodeProblem, text: str, expected_digit: str = "") -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.text = text
        self.expected_digit = expected_digit  # CONTAINER_CHECK_DIGIT: the digit that fits


def _compact(text: str) -> str:
    """Upper-case letters and digits only (spaces, '-', '.', '/', line breaks dropped)."""
    folded = unicodedata.normalize("NFKC", text).replace("Đ", "D").replace("đ", "d")
    return "".join(ch for ch in folded.upper() if ch.isascii() and ch.isalnum())


# --- containers -----------------------------------------------------------------------------------

_CONTAINER = re.compile(r"[A-Z]{3}[UJZ]\d{7}")


def container_compact(text: str) -> str:
    """The characters of a container number as read or typed, without checking it."""
    return _compact(text)


def normalise_container(text: str) -> str:
    """The canonical container number ("CSQU3054383"), or CodeError with the reason."""
    compact = _compact(text)
    if not compact:
        raise CodeError(CodeProblem.EMPTY, text)
    if not _CONTAINER.fullmatch(compact):
        raise CodeError(CodeProblem.CONTAINER_FORMAT, text)
    try:
        iso6346.validate(compact)
    except InvalidChecksum:
        raise CodeError(
            CodeProblem.CONTAINER_CHECK_DIGIT, text, iso6346.calc_check_digit(compact[:10])
        ) from None
    return compact


def is_valid_container(text: str) -> bool:
    try:
        normalise_container(text)
    except CodeError:
        return False
    return True


def show_container(canonical: str) -> str:
    """ "CSQU 305438 3", as painted on a container; anything else as it is."""
    if len(canonical) == 11:
        return f"{canonical[:4]} {canonical[4:10]} {canonical[10]}"
    return canonical


# --- plates ---------------------------------------------------------------------------------------

# Province code, series, number. A series is 1-2 letters, a motorbike's letter(s) then one digit.
_PLATE = re.compile(r"(\d{2})([A-Z]{1,2}\d?)(\d{4,5})")
_SEPARATORS = re.compile(r"[\s\-./·_]+")


@dataclass(frozen=True)
class Plate:
    province: str
    series: str
    number: str

    @property
    def canonical(self) -> str:
        return f"{self.province}{self.series}{self.number}"

    @property
    def motorbike(self) -> bool:
        return self.series[-1].isdigit()

    @property
    def display(self) -> str:
        number = f"{self.number[:3]}.{self.number[3:]}" if len(self.number) == 5 else self.number
        if self.motorbike:
            return f"{self.province}-{self.series} {number}"
        return f"{self.province}{self.series}-{number}"


def parse_plate(text: str) -> Plate:
    """The plate written in ``text`` in any of the usual ways, or CodeError (PLATE_FORMAT/EMPTY).

    A plate without separators can be split two ways when the series could end in a digit
    (``51C12345``: car 51C-123.45 or motorbike 51-C1 2345). The separators decide when there are
    some (``59-X1 1234``); otherwise the 5-digit number, the form issued since 2012, wins. Both
    readings have the same canonical form, so matching never depends on the choice.
    """
    folded = unicodedata.normalize("NFKC", text).replace("Đ", "D").replace("đ", "d").upper()
    groups = [g for g in _SEPARATORS.split(folded.strip()) if g]
    compact = "".join(groups)
    if not compact:
        raise CodeError(CodeProblem.EMPTY, text)
    if not compact.isascii() or not compact.isalnum():
        raise CodeError(CodeProblem.PLATE_FORMAT, text)
    boundaries = set()
    position = 0
    for group in groups[:-1]:
        position += len(group)
        boundaries.add(position)
    readings: list[Plate] = []
    for series_len in (1, 2, 3):
        if any(b == 1 or 2 < b < 2 + series_len for b in boundaries):
            continue  # a separator inside the province code or the series: not this reading
        province, series, number = (
            compact[:2],
            compact[2 : 2 + series_len],
            compact[2 + series_len :],
        )
        if (
            _PLATE.fullmatch(compact)
            and re.fullmatch(r"[A-Z]{1,2}\d?", series)
            and (province.isdigit() and number.isdigit() and len(number) in (4, 5))
        ):
            readings.append(Plate(province, series, number))
    if not readings:
        raise CodeError(CodeProblem.PLATE_FORMAT, text)
    if len(readings) == 1:
        return readings[0]
    marked = [r for r in readings if 2 + len(r.series) in boundaries]
    if len(marked) == 1:
        return marked[0]
    return max(readings, key=lambda r: len(r.number))


def normalise_plate(text: str) -> str:
    """The canonical plate ("51C12345"), or CodeError."""
    return parse_plate(text).canonical


def show_plate(canonical: str) -> str:
    """The display form of a canonical plate ("51C-123.45"); anything else as it is."""
    try:
        return parse_plate(canonical).display
    except CodeError:
        return canonical
