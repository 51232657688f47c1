"""Each status said to a person: a sentence with the code, the time in Vietnam and the camera."""

from __future__ import annotations

import datetime as dt

from app.declarations.reads_file import gate_read
from app.declarations.reconcile import DeclaredMovement, ItemKind, Status, reconcile
from app.declarations.wording import reason, show_duration, status_label

START = dt.datetime(2026, 12, 2, 1, 0, tzinfo=dt.UTC)  # 08:00 in Vietnam
MOVEMENT = DeclaredMovement(
    "declaration", "1", "in", ("CSQU3054383",), ("51C12345",), START, START + dt.timedelta(hours=1)
)


def at(minutes: float) -> dt.datetime:
    return START + dt.timedelta(minutes=minutes)


def test_every_status_has_a_sentence_with_code_time_and_camera() -> None:
    reads = [
        gate_read(ItemKind.PLATE, "51C-123.45", at(10), 3),
        gate_read(ItemKind.CONTAINER, "MSKU 907032 3", at(10.1), 3),
        gate_read(ItemKind.CONTAINER, "TCLU 123456 5", at(200), 2),
        gate_read(ItemKind.CONTAINER, "TGHU 000000 8", at(240), 2),
    ]
    findings = reconcile([MOVEMENT], reads)
    said = {f.status: (status_label(f.status), reason(f)) for f in findings}
    assert said[Status.DIFFERENT] == (
        "seen with a different code",
        "the document's other code passed in the window with MSKU 907032 3, which no document "
        "declares, at 08:10:06 on camera 3",
    )
    assert said[Status.SEEN][1] == "read 1 time(s), first at 08:10:00 on camera 3"
    assert (
        said[Status.MISREAD][1]
        == "TCLU 123456 5 read 1 time(s) from 11:20:00 on camera 2 is no valid code"
    )
    assert said[Status.UNDECLARED][1] == (
        "TGHU 000000 8 read 1 time(s) from 12:00:00 on camera 2; no document declares it"
    )


def test_early_and_late_reads_say_by_how_much() -> None:
    early = reconcile([MOVEMENT], [gate_read(ItemKind.PLATE, "51C12345", at(-95), 1)])
    assert (
        reason(early[1])
        == "read 1 h 35 min before the window started, first at 06:25:00 on camera 1"
    )
    assert show_duration(dt.timedelta(minutes=-7)) == "7 min"
