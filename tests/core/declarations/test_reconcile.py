"""The reconciliation of declared movements with gate reads: every status with its reason, and the
rule that never bends (one character off is never "seen as declared")."""

from __future__ import annotations

import datetime as dt
import string

from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iso6346

from app.declarations.reads_file import gate_read
from app.declarations.reconcile import (
    DeclaredMovement,
    GateRead,
    ItemKind,
    Status,
    edit_distance,
    reconcile,
)

UTC = dt.UTC
START = dt.datetime(2026, 12, 2, 1, 0, tzinfo=UTC)  # 08:00 in Vietnam
END = START + dt.timedelta(hours=2)
CONTAINER = "CSQU3054383"
PLATE = "51C12345"
OTHER_CONTAINER = "MSKU9070323"  # valid, differs in many characters
NEAR_CONTAINER = "CSQU3054384"  # one character off (and its check digit fails)

CONTAINER_READ = ItemKind.CONTAINER
PLATE_READ = ItemKind.PLATE


def movement(
    containers: tuple[str, ...] = (CONTAINER,),
    plates: tuple[str, ...] = (PLATE,),
    number: str = "106123456780",
    start: dt.datetime = START,
    end: dt.datetime = END,
) -> DeclaredMovement:
    return DeclaredMovement("declaration", number, "in", containers, plates, start, end)


def read(kind: ItemKind, text: str, minutes: float, camera: int = 1) -> GateRead:
    return gate_read(kind, text, START + dt.timedelta(minutes=minutes), camera)


def statuses(findings: list) -> list[tuple[Status, str, str]]:  # type: ignore[type-arg]
    return [(f.status, f.declared, f.seen) for f in findings]


def test_codes_read_in_the_window_are_seen_as_declared_and_nothing_else_is_flagged() -> None:
    reads = [
        read(CONTAINER_READ, "CSQU 305438 3", 30),
        read(CONTAINER_READ, "CSQU 305438 3", 30.05),
        read(PLATE_READ, "51C-123.45", 30.02),
    ]
    findings = reconcile([movement()], reads)
    assert statuses(findings) == [(Status.SEEN, CONTAINER, ""), (Status.SEEN, PLATE, "")]
    assert len(findings[0].reads) == 2 and findings[0].reads[0].camera == 1


def test_a_code_read_after_the_window_says_by_how_much() -> None:
    findings = reconcile([movement(plates=())], [read(CONTAINER_READ, CONTAINER, 160)])
    assert [(f.status, f.offset) for f in findings] == [
        (Status.OUTSIDE_WINDOW, dt.timedelta(minutes=40))
    ]


def test_a_code_read_before_the_window_has_a_negative_offset() -> None:
    findings = reconcile([movement(plates=())], [read(CONTAINER_READ, CONTAINER, -15)])
    assert [(f.status, f.offset) for f in findings] == [
        (Status.OUTSIDE_WINDOW, -dt.timedelta(minutes=15))
    ]


def test_the_read_nearest_the_window_gives_the_offset() -> None:
    reads = [read(CONTAINER_READ, CONTAINER, -300), read(CONTAINER_READ, CONTAINER, 125)]
    (finding,) = reconcile([movement(plates=())], reads)
    assert finding.offset == dt.timedelta(minutes=5) and len(finding.reads) == 2


def test_nothing_read_is_not_seen() -> None:
    findings = reconcile([movement()], [])
    assert statuses(findings) == [(Status.NOT_SEEN, CONTAINER, ""), (Status.NOT_SEEN, PLATE, "")]


def test_a_plate_one_character_off_is_a_possible_misread_never_seen() -> None:
    findings = reconcile([movement(containers=())], [read(PLATE_READ, "51C-123.46", 20)])
    assert statuses(findings) == [(Status.POSSIBLE_MISREAD, PLATE, "51C12346")]
    assert findings[0].distance == 1 and findings[0].offset is None


def test_a_container_read_with_a_wrong_check_digit_is_a_possible_misread() -> None:
    findings = reconcile([movement(plates=())], [read(CONTAINER_READ, NEAR_CONTAINER, 20)])
    assert statuses(findings) == [(Status.POSSIBLE_MISREAD, CONTAINER, NEAR_CONTAINER)]
    assert not findings[0].reads[0].valid


def test_a_dropped_character_is_a_possible_misread() -> None:
    findings = reconcile([movement(containers=())], [read(PLATE_READ, "51C-1234", 20)])
    assert statuses(findings) == [(Status.POSSIBLE_MISREAD, PLATE, "51C1234")]


def test_the_declared_vehicle_with_another_container_is_different() -> None:
    reads = [read(PLATE_READ, PLATE, 45), read(CONTAINER_READ, OTHER_CONTAINER, 45.1)]
    findings = reconcile([movement()], reads)
    assert statuses(findings) == [
        (Status.DIFFERENT, CONTAINER, OTHER_CONTAINER),
        (Status.SEEN, PLATE, ""),
    ]
    assert findings[0].distance is not None and findings[0].distance > 1


def test_another_container_on_another_camera_is_not_the_declared_vehicles() -> None:
    reads = [read(PLATE_READ, PLATE, 45), read(CONTAINER_READ, OTHER_CONTAINER, 45.1, camera=2)]
    findings = reconcile([movement()], reads, span=(START, END))
    assert statuses(findings) == [
        (Status.NOT_SEEN, CONTAINER, ""),
        (Status.SEEN, PLATE, ""),
        (Status.UNDECLARED, "", OTHER_CONTAINER),
    ]


def test_an_undeclared_container_is_one_finding_per_sighting() -> None:
    reads = [read(CONTAINER_READ, OTHER_CONTAINER, m) for m in (10, 10.02, 10.05)]
    reads.append(read(CONTAINER_READ, OTHER_CONTAINER, 90))  # it comes back later
    findings = reconcile([], reads)
    assert [(f.status, f.seen, len(f.reads)) for f in findings] == [
        (Status.UNDECLARED, OTHER_CONTAINER, 3),
        (Status.UNDECLARED, OTHER_CONTAINER, 1),
    ]


def test_a_valid_container_beside_a_declared_one_is_undeclared_even_one_character_off() -> None:
    # Q and G look alike, yet both pass the check digit: a code of its own, not a bad frame.
    twin = "CSGU3054383"
    assert iso6346.is_valid(twin)
    reads = [read(CONTAINER_READ, CONTAINER, 30), read(CONTAINER_READ, twin, 30.1)]
    findings = reconcile([movement(plates=())], reads)
    assert statuses(findings) == [(Status.SEEN, CONTAINER, ""), (Status.UNDECLARED, "", twin)]


def test_a_bad_frame_during_a_good_sighting_is_absorbed() -> None:
    reads = [
        read(CONTAINER_READ, CONTAINER, 30),
        read(CONTAINER_READ, CONTAINER, 30.02),
        read(CONTAINER_READ, NEAR_CONTAINER, 30.03),
        read(PLATE_READ, PLATE, 30),
        read(PLATE_READ, PLATE, 30.02),
        read(PLATE_READ, "51C-123.48", 30.04),  # a plate has no check digit
    ]
    findings = reconcile([movement()], reads)
    assert statuses(findings) == [(Status.SEEN, CONTAINER, ""), (Status.SEEN, PLATE, "")]


def test_an_unreadable_code_alone_is_reported_as_such() -> None:
    findings = reconcile([], [read(CONTAINER_READ, "TCLU1234565", 30)])
    assert statuses(findings) == [(Status.MISREAD, "", "TCLU1234565")]


def test_a_read_of_another_documents_code_is_not_a_misread_of_this_one() -> None:
    first = movement(containers=(CONTAINER,), plates=(), number="A")
    second = movement(containers=("CSGU3054383",), plates=(), number="B")
    findings = reconcile([first, second], [read(CONTAINER_READ, CONTAINER, 30)])
    assert statuses(findings) == [
        (Status.SEEN, CONTAINER, ""),
        (Status.NOT_SEEN, "CSGU3054383", ""),
    ]


def test_reads_outside_the_span_are_not_reported_as_undeclared() -> None:
    reads = [read(CONTAINER_READ, OTHER_CONTAINER, -600), read(CONTAINER_READ, OTHER_CONTAINER, 60)]
    findings = reconcile([], reads, span=(START, END))
    assert [(f.status, f.first_read and f.first_read.at) for f in findings] == [
        (Status.UNDECLARED, START + dt.timedelta(minutes=60))
    ]


def test_one_read_serves_every_document_that_declares_the_code() -> None:
    declaration = movement(number="106123456780")
    release = DeclaredMovement(
        "release_confirmation", "106123456780", "in", (CONTAINER,), (PLATE,), START, END
    )
    reads = [read(CONTAINER_READ, CONTAINER, 30), read(PLATE_READ, PLATE, 30)]
    findings = reconcile([declaration, release], reads)
    assert [f.status for f in findings] == [Status.SEEN] * 4


# --- properties -----------------------------------------------------------------------------------

_owner = st.text(string.ascii_uppercase, min_size=3, max_size=3)
_serial = st.text(string.digits, min_size=6, max_size=6)


@st.composite
def containers(draw: st.DrawFn) -> str:
    body = draw(_owner) + "U" + draw(_serial)
    return body + iso6346.calc_check_digit(body)


@st.composite
def one_character_off(draw: st.DrawFn, code: str) -> str:
    alphabet = string.ascii_uppercase + string.digits
    position = draw(st.integers(0, len(code) - 1))
    edit = draw(st.sampled_from(["substitute", "delete", "insert"]))
    char = draw(st.sampled_from(alphabet).filter(lambda c: c != code[position]))
    if edit == "substitute":
        return code[:position] + char + code[position + 1 :]
    if edit == "delete":
        return code[:position] + code[position + 1 :]
    return code[:position] + char + code[position:]


@settings(database=None, max_examples=300, deadline=None)
@given(data=st.data(), code=containers(), minutes=st.floats(-200, 300))
def test_a_code_one_character_off_is_never_seen_as_declared(
    data: st.DataObject, code: str, minutes: float
) -> None:
    off = data.draw(one_character_off(code))
    findings = reconcile(
        [movement(containers=(code,), plates=())], [read(CONTAINER_READ, off, minutes)]
    )
    assert findings[0].status not in (Status.SEEN, Status.OUTSIDE_WINDOW)
    if -30 <= minutes <= 150:
        assert findings[0].status is Status.POSSIBLE_MISREAD


@settings(database=None, max_examples=200, deadline=None)
@given(codes=st.lists(containers(), min_size=1, max_size=6, unique=True), data=st.data())
def test_codes_read_inside_their_windows_are_all_seen_and_nothing_is_flagged(
    codes: list[str], data: st.DataObject
) -> None:
    movements = [movement(containers=(c,), plates=(), number=str(i)) for i, c in enumerate(codes)]
    reads = [
        read(CONTAINER_READ, c, data.draw(st.floats(0, 120)), camera=data.draw(st.integers(1, 3)))
        for c in codes
    ]
    findings = reconcile(movements, reads, span=(START - dt.timedelta(hours=1), END))
    assert [f.status for f in findings] == [Status.SEEN] * len(codes)


@settings(database=None, max_examples=300, deadline=None)
@given(a=st.text("AB12", max_size=7), b=st.text("AB12", max_size=7))
def test_edit_distance_is_levenshtein(a: str, b: str) -> None:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    assert edit_distance(a, b, limit=99) == previous[-1]
    assert edit_distance(a, b, limit=2) == min(previous[-1], 2)


def test_a_single_frame_misread_that_keeps_a_valid_check_digit_is_absorbed() -> None:
    # 7 read as 9 keeps the check digit 0 (ISO 6346 writes a remainder of 10 as 0).
    declared, misread = "WYHU8935770", "WYHU8935790"
    assert iso6346.is_valid(declared) and iso6346.is_valid(misread)
    good = [read(CONTAINER_READ, declared, 30 + i / 60) for i in range(3)]
    findings = reconcile(
        [movement(containers=(declared,), plates=())], [*good, read(CONTAINER_READ, misread, 30.02)]
    )
    assert [f.status for f in findings] == [Status.SEEN]
