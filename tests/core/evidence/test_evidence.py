"""Evidence export and verify on local files, and the recorder rules that need no recorder:
time conventions, calibration advice, gaps, retention, the simulated archive, stored settings."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import av
import pytest

from app.cli.evidence import EXIT_NO_MANIFEST, EXIT_OK, EXIT_PROBLEMS
from app.cli.evidence import verify as cli_verify
from app.domain import Epe
from app.evidence import export as evidence
from app.evidence.signing import WorkstationKey
from app.recorders.base import (
    UTC,
    RecorderClock,
    RecorderKind,
    RecorderSettings,
    RecordingSummary,
    Segment,
    TimeConvention,
    find_gaps,
    merge_segments,
    retention_check,
)
from app.recorders.calibrate import suggest
from app.recorders.proxy import clock_range
from app.recorders.store import (
    Bookmark,
    add_bookmark,
    bookmarks,
    load_recorder,
    save_calibration,
    save_recorder,
)
from app.simsite import recorder as sim
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.evidence_keys import tiny_replay, trusting

START = dt.datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
KEY = WorkstationKey.generate("HQ-PC-07")
TEAM = trusting(KEY)


def t(hour: int, minute: int = 0, second: int = 0, day: int = 20) -> dt.datetime:
    """A Vietnam wall time on 2026-11-<day>, as UTC."""
    return dt.datetime(2026, 11, day, hour, minute, second, tzinfo=VIETNAM).astimezone(UTC)


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_replay(tmp_path_factory.mktemp("media") / "replay.ts")


@pytest.fixture
def registry() -> Iterator[Registry]:
    reg = Registry(":memory:")
    yield reg
    reg.close()


def context(marks: tuple[Bookmark, ...] = ()) -> evidence.EvidenceContext:
    return evidence.EvidenceContext(
        "Công ty TNHH Sao Việt",
        "0315867420",
        "hikvision",
        "10.0.0.5",
        "HQ0107",
        "Nguyễn Thị Lan",
        marks,
    )


def test_export_copies_the_range_and_the_manifest_verifies(recording: Path, tmp_path: Path) -> None:
    marks = (
        Bookmark(1, 1, START + dt.timedelta(seconds=1), "xe container"),
        Bookmark(1, 1, START + dt.timedelta(hours=1), "later"),
    )
    source = evidence.ExportSource(1, "Cổng chính", str(recording))
    folder = tmp_path / "out"
    manifest = evidence.export(
        [source],
        START,
        START + dt.timedelta(seconds=2),
        folder,
        context(marks),
        now=dt.datetime(2026, 11, 23, 8, 0, tzinfo=UTC),
        key=KEY,
    )

    data = manifest.data
    assert data["recorded_range"] == {
        "start_utc": "2026-11-20T02:00:00Z",
        "end_utc": "2026-11-20T02:00:02Z",
        "start_vietnam": "2026-11-20 09:00:00",
        "end_vietnam": "2026-11-20 09:00:02",
    }
    assert data["exported_at_vietnam"] == "2026-11-23 15:00:00"
    assert [b["note"] for b in data["bookmarks"]] == ["xe container"]
    (entry,) = data["files"]
    assert entry["name"] == "0315867420_cam01_20261120-090000_20261120-090002.mp4"
    with av.open(str(folder / entry["name"])) as container:
        frames = sum(1 for _ in container.decode(video=0))
    assert 18 <= frames <= 20  # two seconds at 10 fps, cut on the range, not the whole file
    assert evidence.verify(folder, TEAM).ok
    assert cli_verify(folder, TEAM) == EXIT_OK


def test_the_printable_manifest_is_a_pdf_with_the_vietnamese_names(
    recording: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    evidence.export(
        [evidence.ExportSource(1, "Cổng chính", str(recording))],
        START,
        START + dt.timedelta(seconds=1),
        folder,
        context(),
        key=KEY,
    )
    pdf = (folder / evidence.PDF_NAME).read_bytes()
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    xref = int(pdf.rsplit(b"startxref", 1)[1].split()[0])
    offsets = [int(line[:10]) for line in pdf[xref:].split(b"\n")[3:] if line.endswith(b" n ")]
    assert all(pdf[o:].startswith(f"{i} 0 obj".encode()) for i, o in enumerate(offsets, 1))
    font = evidence.TrueTypeFont(evidence.find_font() or Path("missing"))
    # Every letter of the EPE's name is drawn with its own glyph, "ệ" and "Đ" included.
    assert all(font.glyph(c) for c in "Công ty TNHH Sao Việt Đ")
    assert f" {font.glyph('ệ')} [".encode() in pdf  # its width is given: the glyph is used
    assert evidence.verify(folder, TEAM).ok  # the printout is not an unlisted file


def test_verify_names_a_missing_or_changed_file(recording: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    sources = [evidence.ExportSource(n, "", str(recording)) for n in (1, 2)]
    manifest = evidence.export(
        sources, START, START + dt.timedelta(seconds=1), folder, context(), key=KEY
    )
    first, second = (folder / f["name"] for f in manifest.data["files"])
    first.unlink()
    second.write_bytes(second.read_bytes() + b"\0")

    report = evidence.verify(folder, TEAM)

    assert not report.ok
    assert [(p.name, p.reason) for p in report.problems] == [
        (first.name, "missing"),
        (second.name, "changed"),
    ]
    assert cli_verify(folder, TEAM) == EXIT_PROBLEMS


def test_verify_without_a_manifest_says_so(tmp_path: Path) -> None:
    (tmp_path / "clip.mp4").write_bytes(b"x")
    report = evidence.verify(tmp_path, TEAM)
    assert not report.ok and report.problems[0].reason == "manifest"
    assert cli_verify(tmp_path, TEAM) == EXIT_NO_MANIFEST
    (tmp_path / evidence.MANIFEST_NAME).write_text(json.dumps({"format": "other", "files": []}))
    assert evidence.verify(tmp_path, TEAM).problems[0].reason == "manifest"


def test_export_refuses_a_folder_with_files_in_it(recording: Path, tmp_path: Path) -> None:
    (tmp_path / "old.mp4").write_bytes(b"x")
    source = evidence.ExportSource(1, "", str(recording))
    with pytest.raises(FileExistsError):
        evidence.export(
            [source], START, START + dt.timedelta(seconds=1), tmp_path, context(), key=KEY
        )


# --------------------------------------------------------------------------- recorder clocks


def test_local_and_utc_recorders_write_the_same_moment_differently() -> None:
    moment = t(9, 15)
    assert RecorderClock(TimeConvention.LOCAL).to_device(moment) == dt.datetime(2026, 11, 20, 9, 15)
    assert RecorderClock(TimeConvention.UTC).to_device(moment) == dt.datetime(2026, 11, 20, 2, 15)
    ahead = RecorderClock(TimeConvention.LOCAL, calibrated_offset_s=5)
    assert ahead.to_device(moment) == dt.datetime(2026, 11, 20, 9, 14, 55)
    assert ahead.from_device(ahead.to_device(moment)) == moment


def test_calibration_tells_a_zone_mistake_from_a_clock_that_is_off() -> None:
    asked = t(13, 0)
    wrong = suggest(RecorderClock(TimeConvention.UTC), asked, asked - dt.timedelta(hours=7))
    assert wrong.zone_mistake
    assert wrong.suggested == RecorderClock(TimeConvention.LOCAL, 420, 0.0)

    drift = suggest(RecorderClock(TimeConvention.LOCAL), asked, asked + dt.timedelta(seconds=4))
    assert not drift.zone_mistake
    assert drift.suggested == RecorderClock(TimeConvention.LOCAL, 420, 4.0)
    # Asking again with the stored offset shows the right moment: nothing more to correct.
    again = suggest(drift.suggested, asked, asked)
    assert again.suggested == drift.suggested


def test_gaps_are_the_uncovered_spans_and_touching_files_merge() -> None:
    files = [Segment(1, t(1), t(2)), Segment(1, t(2), t(3)), Segment(1, t(3, 20), t(5))]
    merged = merge_segments(files)
    assert [(s.start, s.end) for s in merged] == [(t(1), t(3)), (t(3, 20), t(5))]
    assert find_gaps(merged, t(0, 30), t(6)) == [(t(0, 30), t(1)), (t(3), t(3, 20)), (t(5), t(6))]


def test_retention_needs_twelve_months() -> None:
    now = dt.datetime(2026, 11, 23, 5, 0, tzinfo=UTC)
    year = retention_check(RecordingSummary(dt.datetime(2025, 11, 22, tzinfo=UTC), now), now)
    assert year.compliant and year.days_kept == 366
    short = retention_check(RecordingSummary(now - dt.timedelta(days=90, hours=3), now), now)
    assert not short.compliant and short.days_kept == 90


def test_the_proxy_asks_profile_g_for_absolute_utc() -> None:
    assert clock_range(t(9, 15, 7)) == "clock=20261120T021507.000Z-"
    assert clock_range(t(9, 15), t(9, 16)) == "clock=20261120T021500.000Z-20261120T021600.000Z"


# ----------------------------------------------------------------------- the simulated archive


def test_the_simulated_archive_has_a_nightly_gap_and_ends_now() -> None:
    now = t(10, 30, day=23)
    found = sim.segments(400, t(0, day=21), now, now)
    assert found[0] == (t(0, day=21), t(3, day=21))
    assert found[1] == (t(3, 20, day=21), t(3, day=22))
    assert found[-1] == (t(3, 20, day=23), now)
    assert sim.resolve_start(400, t(3, 5, day=22), now) == t(3, 20, day=22)
    assert sim.resolve_start(400, now + dt.timedelta(minutes=1), now) is None
    assert sim.earliest_recording(90, now) == dt.datetime(2026, 8, 25, tzinfo=VIETNAM)


# ---------------------------------------------------------------------------- stored settings


def test_recorder_settings_calibration_and_bookmarks_are_kept(registry: Registry) -> None:
    epe = registry.add_epe(Epe(name="Công ty Sao Việt", tax_id="0315867420", account_user="hq"))
    assert epe.id is not None
    settings = RecorderSettings(
        RecorderKind.DAHUA, "10.0.0.5", 80, 554, RecorderClock(TimeConvention.UTC)
    )
    save_recorder(registry, epe.id, settings)
    save_calibration(registry, epe.id, RecorderClock(TimeConvention.LOCAL, 420, 2.5))
    loaded = load_recorder(registry, epe.id)
    assert loaded is not None
    assert loaded.kind is RecorderKind.DAHUA
    assert loaded.clock == RecorderClock(TimeConvention.LOCAL, 420, 2.5)

    for minute, note in ((30, "b"), (10, "a"), (50, "c")):
        add_bookmark(registry, Bookmark(epe.id, 2, t(9, minute), note, "HQ0107"))
    assert [b.note for b in bookmarks(registry, epe.id, t(9, 0), t(9, 40))] == ["a", "b"]
    assert all(b.id is not None and b.at.tzinfo is not None for b in bookmarks(registry, epe.id))
