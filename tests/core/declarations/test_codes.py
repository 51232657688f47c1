"""Container numbers and Vietnamese plates as customs files and cameras write them."""

from __future__ import annotations

import pytest

from app.declarations.codes import (
    CodeError,
    CodeProblem,
    normalise_container,
    normalise_plate,
    parse_plate,
    show_container,
    show_plate,
)


@pytest.mark.parametrize(
    "text", ["51C-123.45", "51C12345", "51C 12345", "51C-12345", "51c-123.45", "51C\n123.45"]
)
def test_the_ways_a_car_plate_is_written_are_one_plate(text: str) -> None:
    plate = parse_plate(text)
    assert (plate.canonical, plate.display) == ("51C12345", "51C-123.45")


@pytest.mark.parametrize(
    ("text", "canonical", "display"),
    [
        ("29H 12345", "29H12345", "29H-123.45"),
        ("59-X1 123.45", "59X112345", "59-X1 123.45"),
        ("59X112345", "59X112345", "59-X1 123.45"),
        ("59-X1 1234", "59X11234", "59-X1 1234"),
        ("51C-1234", "51C1234", "51C-1234"),
        ("30LD-123.45", "30LD12345", "30LD-123.45"),
        ("51Đ-123.45", "51D12345", "51D-123.45"),
    ],
)
def test_plates_have_one_canonical_and_one_display_form(
    text: str, canonical: str, display: str
) -> None:
    assert normalise_plate(text) == canonical
    assert parse_plate(text).display == display


def test_a_plate_without_separators_is_shown_in_the_form_issued_since_2012() -> None:
    # 59X11234 could be an old motorbike plate 59-X1 1234: the same canonical form, so matching
    # never depends on it; only the display of a stored plate takes the 5-digit reading.
    assert show_plate("51C12345") == "51C-123.45"
    assert show_plate("59X112345") == "59-X1 123.45"
    assert show_plate("59X11234") == "59X-112.34"


@pytest.mark.parametrize(
    "text", ["51C-123", "ABC-123.45", "5C-123.45", "51C-123.456", "51-🚚 12345"]
)
def test_what_is_no_plate_is_refused(text: str) -> None:
    with pytest.raises(CodeError) as caught:
        normalise_plate(text)
    assert caught.value.problem is CodeProblem.PLATE_FORMAT


def test_a_container_number_is_checked_with_its_check_digit() -> None:
    assert normalise_container("csqu 305438-3") == "CSQU3054383"
    assert show_container("CSQU3054383") == "CSQU 305438 3"
    with pytest.raises(CodeError) as caught:
        normalise_container("CSQU 305438 4")
    assert caught.value.problem is CodeProblem.CONTAINER_CHECK_DIGIT
    assert caught.value.expected_digit == "3"


@pytest.mark.parametrize("text", ["CSQA3054383", "CSQU305438", "1SQU3054383", "CSQU30543833"])
def test_what_is_no_container_number_is_refused(text: str) -> None:
    with pytest.raises(CodeError) as caught:
        normalise_container(text)
    assert caught.value.problem is CodeProblem.CONTAINER_FORMAT
