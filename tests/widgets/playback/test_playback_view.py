"""The playback window against the simulated site's recorder: search shows the segments and the
nightly gap, a seek shows the recorded moment asked for, two cameras play in step, bookmarks
are listed and jump, a snapshot carries the recorded time, and view-only cannot play."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTableView, QToolButton
from pytestqt.qtbot import QtBot

from app.domain import Epe
from app.evidence.snapshots import SnapshotBook, SnapshotRecord, read_png_text
from app.officers.profiles import Officer, Role
from app.playback.session import PlaybackSession, PlaybackState
from app.recorders.base import UTC, RecorderKind
from app.recorders.store import save_recorder
from app.rotation.ledger import AuditAction, Ledger, RecordKind
from app.secrets import CredentialStore
from app.simsite.site import SimEpe, SiteDescription
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, show_local
from tests.helpers.recordings import (
    image_moment,
    picture_moment,
    recorder_settings,
    screen_moment,
    yesterday_at,
)
from tests.helpers.sites import SiteBuilder
from widgets.playback.view import PlaybackView

pytestmark = pytest.mark.e2e

OFFICER = Officer("HQ0107", "Nguyễn Thị Lan", Role.OFFICER)
VIEWER = Officer("DT0001", "Đối tác xem", Role.VIEW_ONLY)
# A paused tile holds the replay's first picture at the paused second: within one picture of the
# simulated cameras' 15 per second. A Profile G replay is held a moment after its first picture
# (the recorder's pre-PLAY one, see PRE_PLAY_PICTURE_MS): within five.
PAUSED_TOLERANCE_S = {RecorderKind.HIKVISION: 0.07, RecorderKind.ONVIF_G: 0.35}


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    reg = Registry(tmp_path / "epewall.sqlite3")
    yield reg
    reg.close()


@pytest.fixture
def store() -> CredentialStore:
    return CredentialStore()


def make_view(
    qtbot: QtBot,
    registry: Registry,
    store: CredentialStore,
    sim_site: SiteDescription,
    kind: RecorderKind,
    officer: Officer | None = OFFICER,
    tmp_path: Path | None = None,
) -> tuple[PlaybackView, SimEpe, Ledger]:
    """The view on the simulated site's first EPE, its recorder set up as a ``kind`` recorder
    and its account in the keyring."""
    sim = sim_site.epes[0]
    epe, _ = SiteBuilder(registry).add_sim_epe(sim)
    save_recorder(registry, epe.id or 0, recorder_settings(sim, kind))
    store.set_password(epe.uid, sim.password)
    ledger = Ledger(registry)
    book = SnapshotBook(registry, tmp_path / "snapshots") if tmp_path else None
    view = PlaybackView(registry, store, ledger, lambda: officer, epe.id, snapshot_book=book)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)
    return view, sim, ledger


def searches_and_replays(ledger: Ledger) -> list[dict[str, Any]]:
    """The audit log without the calendar's look-ups (the window asks which days hold
    recordings when it opens; test_the_calendar_marks_the_recorded_days checks those)."""
    audit = [r.payload for r in ledger.records(RecordKind.AUDIT)]
    return [a for a in audit if a["details"].get("operation") != "calendar"]


def search(
    qtbot: QtBot, view: PlaybackView, cameras: list[int], start: dt.datetime, end: dt.datetime
) -> PlaybackSession:
    """Search ``cameras`` from ``start`` to ``end``; the session it opened."""
    view.select_cameras(cameras)
    view.set_range(start, end)
    with qtbot.waitSignal(view.searched, timeout=20_000):
        assert view.search() is not None
    assert view.session is not None
    return view.session


def recorded_moment(
    session: PlaybackSession, camera: int, near: dt.datetime, shot: Path
) -> dt.datetime | None:
    """What the camera's picture says it is (the recorded clock painted into the replay)."""
    return picture_moment(session.tracks[camera].stream, near, shot)


def wait_for_picture_clock(
    qtbot: QtBot, session: PlaybackSession, camera: int, near: dt.datetime, shot: Path
) -> dt.datetime:
    seen: list[dt.datetime] = []

    def readable() -> bool:
        moment = recorded_moment(session, camera, near, shot)
        if moment is not None:
            seen.append(moment)
        return bool(seen)

    qtbot.waitUntil(readable, timeout=15_000)
    return seen[0]


def test_search_shows_the_segments_and_the_nightly_gap(
    sim_site: SiteDescription,
    registry: Registry,
    store: CredentialStore,
    qtbot: QtBot,
) -> None:
    view, _sim, ledger = make_view(qtbot, registry, store, sim_site, RecorderKind.HIKVISION)
    start, end = yesterday_at(1, 0), yesterday_at(5, 0)
    search(qtbot, view, [1, 2], start, end)

    timeline = view.timeline
    assert timeline.gaps(1) == [(yesterday_at(3, 0), yesterday_at(3, 20))]
    assert timeline.gaps(2) == [(yesterday_at(3, 0), yesterday_at(3, 20))]
    assert timeline.range == (start, end)
    assert "2" in view.status_label.text()
    # The gap is painted red where the timeline puts 03:10, recordings green at 02:00.
    image = timeline.grab().toImage()
    row = timeline.row_rect(0)
    y = int(row.center().y())
    gap_colour = image.pixelColor(int(timeline.x_for(yesterday_at(3, 10))), y)
    recorded_colour = image.pixelColor(int(timeline.x_for(yesterday_at(2, 0))), y)
    assert gap_colour.red() > 150 and recorded_colour.green() > recorded_colour.red()
    audit = searches_and_replays(ledger)
    assert [(a["action"], a["details"]["operation"], a["details"]["camera"]) for a in audit] == [
        (AuditAction.PLAYBACK_STARTED.value, "search", 1),
        (AuditAction.PLAYBACK_STARTED.value, "search", 2),
    ]
    view.close()


@pytest.mark.parametrize(
    "kind", [RecorderKind.HIKVISION, RecorderKind.ONVIF_G], ids=lambda k: k.value
)
def test_a_click_on_the_timeline_shows_the_recorded_moment_then_two_cameras_stay_in_step(
    sim_site: SiteDescription,
    registry: Registry,
    store: CredentialStore,
    qtbot: QtBot,
    tmp_path: Path,
    kind: RecorderKind,
) -> None:
    view, _sim, _ledger = make_view(qtbot, registry, store, sim_site, kind)
    start, end = yesterday_at(9, 0), yesterday_at(10, 0)
    session = search(qtbot, view, [1, 2], start, end)
    timeline = view.timeline
    x = round(timeline.x_for(yesterday_at(9, 30)))
    y = round(timeline.row_rect(0).center().y())
    with qtbot.waitSignal(timeline.seek_requested) as clicked:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    asked = clicked.args[0].replace(microsecond=0)
    assert abs((asked - yesterday_at(9, 30)).total_seconds()) < 10
    qtbot.waitUntil(lambda: session.state is PlaybackState.PLAYING, timeout=20_000)

    seen = wait_for_picture_clock(qtbot, session, 1, asked, tmp_path / "seek.png")
    assert -0.5 <= (seen - asked).total_seconds() <= 3.0

    # Both cameras show the same recorded moment, and keep doing so (checked a few times).
    drifts: list[float] = []

    def in_step() -> bool:
        one = recorded_moment(session, 1, asked, tmp_path / "one.png")
        two = recorded_moment(session, 2, asked, tmp_path / "two.png")
        if one is not None and two is not None:
            drifts.append((one - two).total_seconds())
        return len(drifts) >= 5

    qtbot.waitUntil(in_step, timeout=30_000)
    assert max(abs(d) for d in drifts) < 0.5, drifts
    assert all(abs(d) < 0.5 for d in session.drift().values())
    view.close()


def test_a_camera_that_falls_behind_is_brought_back_in_step(
    sim_site: SiteDescription,
    registry: Registry,
    store: CredentialStore,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    view, _sim, _ledger = make_view(qtbot, registry, store, sim_site, RecorderKind.ONVIF_G)
    session = search(qtbot, view, [1, 3], yesterday_at(14, 0), yesterday_at(15, 0))
    asked = yesterday_at(14, 20)
    view.seek(asked)
    qtbot.waitUntil(lambda: session.state is PlaybackState.PLAYING, timeout=20_000)
    qtbot.waitUntil(
        lambda: (session.position() or asked) >= asked + dt.timedelta(seconds=3), timeout=10_000
    )

    # A network hiccup: the stream reconnects on its own, at the moment it was first asked for.
    stream = session.tracks[3].stream
    with qtbot.waitSignal(session.drift_corrected, timeout=15_000) as corrected:
        stream.switch_url(stream.url)
    assert corrected.args[0] == 3 and corrected.args[1] < -2.0

    qtbot.waitUntil(
        lambda: session.tracks[3].corrections >= 1
        and session.tracks[3].shown_at is not None
        and abs(session.drift().get(3, 9.0)) < 0.5,
        timeout=15_000,
    )
    drifts: list[float] = []

    def in_step() -> bool:
        one = recorded_moment(session, 1, asked, tmp_path / "one.png")
        three = recorded_moment(session, 3, asked, tmp_path / "three.png")
        if one is not None and three is not None:
            drifts.append((one - three).total_seconds())
        return len(drifts) >= 3

    qtbot.waitUntil(in_step, timeout=20_000)
    assert max(abs(d) for d in drifts) < 0.5, drifts
    view.close()


def test_bookmarks_are_listed_and_jump_and_snapshots_carry_the_recorded_time(
    sim_site: SiteDescription,
    registry: Registry,
    store: CredentialStore,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    view, sim, ledger = make_view(
        qtbot, registry, store, sim_site, RecorderKind.HIKVISION, tmp_path=tmp_path
    )
    session = search(qtbot, view, [2], yesterday_at(11, 0), yesterday_at(12, 0))
    first = yesterday_at(11, 5)
    view.seek(first)
    qtbot.waitUntil(lambda: session.state is PlaybackState.PLAYING, timeout=20_000)
    mark = view.add_bookmark("Container MSKU 123456-7 vào cổng")
    assert mark is not None and abs((mark.at - first).total_seconds()) < 3
    assert view.bookmark_list.count() == 1
    assert "MSKU 123456-7" in view.bookmark_list.item(0).text()
    assert vietnam_text_of(mark.at) in view.bookmark_list.item(0).text()

    view.seek(yesterday_at(11, 40))
    qtbot.waitUntil(lambda: (session.position() or first) > yesterday_at(11, 39), timeout=10_000)
    item = view.bookmark_list.item(0)
    view.bookmark_list.itemActivated.emit(item)
    qtbot.waitUntil(
        lambda: session.state is PlaybackState.PLAYING
        and abs(((session.position() or first) - mark.at).total_seconds()) < 3,
        timeout=20_000,
    )
    seen = wait_for_picture_clock(qtbot, session, 2, mark.at, tmp_path / "mark.png")
    assert -0.5 <= (seen - mark.at.replace(microsecond=0)).total_seconds() <= 3.0

    with qtbot.waitSignal(view.snapshot_recorded, timeout=15_000) as saved:
        assert view.snapshot(2) is not None
    record: SnapshotRecord = saved.args[0]
    # Stamped with the recorded moment it shows, not the wall clock (a day later).
    assert abs((record.taken_at - mark.at).total_seconds()) < 5
    text = read_png_text(record.path.read_bytes())
    assert text["Time Vietnam"].startswith(mark.at.astimezone(VIETNAM).strftime("%Y-%m-%dT%H:"))
    held = image_moment(QImage(str(record.path)), mark.at)
    assert held is not None
    assert abs((held - record.taken_at).total_seconds()) <= 1.5
    assert sim.password not in record.path.read_bytes().decode("latin-1")
    # Who looked at what: the search, the replay, both jumps, and the snapshot.
    audit = searches_and_replays(ledger)
    assert [(a["action"], a["details"].get("operation")) for a in audit] == [
        (AuditAction.PLAYBACK_STARTED.value, "search"),
        (AuditAction.PLAYBACK_STARTED.value, "replay"),
        (AuditAction.PLAYBACK_STARTED.value, "seek"),
        (AuditAction.PLAYBACK_STARTED.value, "seek"),
        (AuditAction.SNAPSHOT.value, None),
    ]
    assert all(a["officer"] == OFFICER.code for a in audit)
    assert audit[3]["details"]["start_utc"] == f"{mark.at:%Y-%m-%dT%H:%M:%SZ}"
    view.close()


def test_view_only_cannot_search_play_or_export(
    sim_site: SiteDescription,
    registry: Registry,
    store: CredentialStore,
    qtbot: QtBot,
) -> None:
    view, _sim, ledger = make_view(
        qtbot, registry, store, sim_site, RecorderKind.HIKVISION, officer=VIEWER
    )
    assert not view.search_button.isEnabled()
    assert not view.export_button.isEnabled()
    assert not view.timeline.isEnabled()
    view.select_cameras([1])
    assert view.search() is None
    assert view.open_export() is None
    assert "role" in view.status_label.text().lower()
    assert view.session is None
    assert ledger.records(RecordKind.AUDIT) == []
    view.close()


def vietnam_text_of(moment: dt.datetime) -> str:
    return moment.astimezone(VIETNAM).strftime("%Y-%m-%d %H:%M:%S")


def test_export_from_the_playback_window_verifies_and_a_cancelled_one_leaves_nothing(
    sim_site: SiteDescription,
    registry: Registry,
    store: CredentialStore,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    from app.evidence import export as evidence
    from app.evidence import signing
    from tests.helpers.evidence_keys import trusting
    from widgets.playback.export_dialog import ExportDialog

    view, sim, ledger = make_view(qtbot, registry, store, sim_site, RecorderKind.ONVIF_G)
    search(qtbot, view, [1, 2], yesterday_at(10, 0), yesterday_at(11, 0))
    dialog = view.open_export()
    assert isinstance(dialog, ExportDialog)
    qtbot.addWidget(dialog)
    start, end = yesterday_at(10, 20), yesterday_at(10, 20, 3)
    dialog.set_range(start, end)
    folder = tmp_path / "evidence"
    dialog.folder_edit.setText(str(folder))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        assert dialog.start_export() is not None
    # Signed with this workstation's key from the keyring, made on first need.
    key = signing.workstation_key(store)
    report = evidence.verify(folder, trusting(key))
    assert report.ok and report.checked == 2
    assert report.signer is not None and report.signer.fingerprint == key.public.fingerprint
    pdf = folder / evidence.PDF_NAME
    assert pdf.read_bytes().startswith(b"%PDF")
    assert b"/MediaBox [0 0 595" in pdf.read_bytes()  # A4 portrait
    assert sim.password not in (folder / evidence.MANIFEST_NAME).read_text(encoding="utf-8")
    exports = [
        r.payload
        for r in ledger.records(RecordKind.AUDIT)
        if r.payload["action"] == AuditAction.EXPORT.value
    ]
    assert len(exports) == 1 and exports[0]["officer"] == OFFICER.code
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=5_000)
    assert dialog.cancel_button.text() == "Close"  # the work is done: nothing to cancel

    dialog.set_range(yesterday_at(10, 30), yesterday_at(10, 31))
    other = tmp_path / "cancelled"
    dialog.folder_edit.setText(str(other))
    job = dialog.start_export()
    assert job is not None
    assert dialog.cancel_button.text() == "Cancel"
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=20_000)
    with qtbot.waitSignal(job.signals.finished, timeout=20_000):
        dialog.cancel()
    assert "cancel" in dialog.status_label.text().lower()
    assert not other.exists() or list(other.iterdir()) == []
    dialog.close()
    view.close()


def test_the_main_window_offers_playback_only_to_a_role_that_may_review_recordings(
    qtbot: QtBot,
    registry: Registry,
    store: CredentialStore,
) -> None:
    from app import settings
    from widgets.main_window import MainWindow

    epe = registry.add_epe(Epe(name="Công ty TNHH Điện tử Sao Việt", tax_id="3601234569"))
    window = MainWindow(registry, store, settings.Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.keyring_status is not None, timeout=10_000)
    action = window.playback.action
    assert action in window.menu_wall.actions()
    assert action.shortcut().toString() == "Ctrl+R"
    assert not action.isEnabled()  # nobody logged in: view only
    assert window.playback.open() is None

    with qtbot.waitSignal(window.officer_changed, timeout=10_000):
        window.rotation.start(demo=True)
    assert action.isEnabled()
    action.trigger()
    view = window.playback.view
    assert view is not None and view.isVisible()
    assert view.epe_combo.currentData() == epe.id
    assert view.search_button.isEnabled() and view.export_button.isEnabled()

    with qtbot.waitSignal(window.officer_changed, timeout=10_000):
        window.rotation.log_out()
    assert window.rotation.dialog is not None
    window.rotation.dialog.reject()
    assert not action.isEnabled()
    assert not view.search_button.isEnabled()
    window.rotation.queue.wait(10_000)
    window.keyring_queue.wait(10_000)
    window.close()
    assert not view.isVisible()  # closed with the main window, its streams stopped


def test_pause_holds_the_picture_and_a_step_shows_the_next_second(
    sim_site: SiteDescription,
    registry: Registry,
    store: CredentialStore,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    view, _sim, _ledger = make_view(qtbot, registry, store, sim_site, RecorderKind.DAHUA)
    session = search(qtbot, view, [4], yesterday_at(15, 0), yesterday_at(16, 0))
    asked = yesterday_at(15, 30)
    view.seek(asked)
    qtbot.waitUntil(lambda: session.state is PlaybackState.PLAYING, timeout=20_000)
    qtbot.waitUntil(
        lambda: (session.position() or asked) > asked + dt.timedelta(seconds=1), timeout=10_000
    )
    view.play_pause()
    assert session.state is PlaybackState.PAUSED
    assert view.play_button.text() == "Play"
    held = wait_for_picture_clock(qtbot, session, 4, asked, tmp_path / "held.png")
    paused_at = session.position()
    assert paused_at is not None and abs((held - paused_at).total_seconds()) < 0.5
    qtbot.waitUntil(
        lambda: recorded_moment(session, 4, asked, tmp_path / "later.png") == held, timeout=5_000
    )  # a second look, later: the same picture

    view.step(1.0)
    qtbot.waitUntil(
        lambda: session.state is PlaybackState.PAUSED and session.tracks[4].shown_at is not None,
        timeout=20_000,
    )
    target = session.position()
    assert target is not None and target.microsecond == 0
    assert 0.4 <= (target - paused_at).total_seconds() <= 1.6
    stepped = wait_for_picture_clock(qtbot, session, 4, asked, tmp_path / "step.png")
    assert abs((stepped - target).total_seconds()) < 0.5
    view.close()


def test_at_four_times_the_pictures_skip_along_with_the_clock(
    sim_site: SiteDescription,
    registry: Registry,
    store: CredentialStore,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    # The recorder replays at 1x only: faster speeds reopen the cameras ahead (skipping).
    view, _sim, _ledger = make_view(qtbot, registry, store, sim_site, RecorderKind.HIKVISION)
    session = search(qtbot, view, [5], yesterday_at(13, 0), yesterday_at(14, 0))
    asked = yesterday_at(13, 15)
    view.seek(asked)
    qtbot.waitUntil(lambda: session.state is PlaybackState.PLAYING, timeout=20_000)
    view.speed_combo.setCurrentIndex(view.speed_combo.findData(4.0))
    assert session.speed == 4.0
    later = asked + dt.timedelta(seconds=16)
    qtbot.waitUntil(lambda: (session.position() or asked) >= later, timeout=20_000)
    seen = wait_for_picture_clock(qtbot, session, 5, later, tmp_path / "fast.png")
    master = session.position()
    assert master is not None
    assert seen >= asked + dt.timedelta(seconds=10)  # at 1x it would be about 5 s on
    assert abs((seen - master).total_seconds()) <= 6.0
    assert session.tracks[5].corrections >= 1
    view.close()


def test_the_printable_manifest_names_everything_and_escapes_notes() -> None:
    from tests.helpers.manifests import manifest_data
    from widgets.playback.export_dialog import manifest_html

    data = manifest_data(
        bookmarks=[
            {
                "camera": 1,
                "at_vietnam": "2026-11-22 10:20:30",
                "note": "<b>MSKU1234565</b> & xe 51C-123.45",
            }
        ]
    )
    page = manifest_html(data)
    for text in (
        "Công ty TNHH Điện tử Sao Việt",
        "3601234569",
        "2026-11-22 10:20:00",
        "Nguyễn Thị Lan (HQ0107)",
        "1. Cổng chính",
        "ab" * 16,
        "&lt;b&gt;MSKU1234565&lt;/b&gt; &amp; xe 51C-123.45",
    ):
        assert text in page
    assert "<b>MSKU1234565</b>" not in page


def choose_speed(qtbot: QtBot, view: PlaybackView, speed: float) -> None:
    """Pick a speed as a person does with the keyboard: arrow keys on the speed box."""
    combo = view.speed_combo
    combo.setFocus()
    key = Qt.Key.Key_Down if speed > float(combo.currentData()) else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentData() == speed:
            break
        qtbot.keyClick(combo, key)
    assert combo.currentData() == speed


def click_pause(qtbot: QtBot, view: PlaybackView) -> None:
    assert view.play_button.text() == "Pause"
    qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)


def paused_pictures(
    qtbot: QtBot, view: PlaybackView, near: dt.datetime, folder: Path
) -> dict[int, dt.datetime]:
    """Once paused and every tile says the time it holds: the moment each tile's picture shows
    (read twice, the same both times: the picture stands still)."""
    session = view.session
    assert session is not None
    qtbot.waitUntil(lambda: session.state is PlaybackState.PAUSED, timeout=20_000)
    clock_text = view.position_label.text().split(" ")[0]

    def all_say_the_time() -> bool:
        return all(clock_text in tile.footer.text() for tile in view.tiles.values())

    qtbot.waitUntil(all_say_the_time, timeout=20_000)
    seen: dict[int, list[dt.datetime]] = {n: [] for n in view.tiles}

    def still() -> bool:
        for number, tile in view.tiles.items():
            moment = picture_moment(tile.stream, near, folder / f"held{number}.png")
            if moment is not None:
                seen[number].append(moment)
        return all(len(s) >= 2 and s[-1] == s[-2] for s in seen.values())

    qtbot.waitUntil(still, timeout=20_000)
    return {number: s[-1] for number, s in seen.items()}


@pytest.mark.parametrize(
    ("speed", "kind"),
    [
        (1.0, RecorderKind.HIKVISION),
        (4.0, RecorderKind.HIKVISION),
        (8.0, RecorderKind.HIKVISION),
        (8.0, RecorderKind.ONVIF_G),  # through the replay proxy
    ],
    ids=["1x", "4x", "8x", "8x-onvif_g"],
)
def test_paused_tiles_show_the_clock_moment_and_a_snapshot_carries_it(
    sim_site: SiteDescription,
    registry: Registry,
    store: CredentialStore,
    qtbot: QtBot,
    tmp_path: Path,
    speed: float,
    kind: RecorderKind,
) -> None:
    """Play four cameras, pause with the mouse: every tile holds the clock's moment (read off
    the decoded frame and off the screen), and so does a snapshot's name and stamp; again after
    a seek. (Before: at 8x the pictures were 1.9-3.8 s from the clock, at 4x the tiles stayed
    "Opening the recording…".)"""
    view, _sim, _ledger = make_view(qtbot, registry, store, sim_site, kind, tmp_path=tmp_path)
    start = yesterday_at(9, 0)
    session = search(qtbot, view, [1, 2, 3, 4], start, yesterday_at(10, 0))
    choose_speed(qtbot, view, speed)
    qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)  # from the range's start
    qtbot.waitUntil(
        lambda: session.state is PlaybackState.PLAYING
        and (session.position() or start) >= start + dt.timedelta(seconds=4 * speed),
        timeout=30_000,
    )
    click_pause(qtbot, view)
    check_paused_on_the_clock(qtbot, view, start, tmp_path, kind)

    # After a seek (a click on the timeline while playing), paused again: the same.
    qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
    asked = yesterday_at(9, 40)
    timeline = view.timeline
    point = QPoint(round(timeline.x_for(asked)), round(timeline.row_rect(2).center().y()))
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=point)
    clicked = timeline.moment_at(point.x())
    qtbot.waitUntil(
        lambda: session.state is PlaybackState.PLAYING
        and (session.position() or start) >= clicked + dt.timedelta(seconds=2 * speed),
        timeout=30_000,
    )
    click_pause(qtbot, view)
    check_paused_on_the_clock(qtbot, view, asked, tmp_path, kind)
    view.close()


def check_paused_on_the_clock(
    qtbot: QtBot, view: PlaybackView, near: dt.datetime, folder: Path, kind: RecorderKind
) -> None:
    session = view.session
    assert session is not None
    pictures = paused_pictures(qtbot, view, near, folder)
    clock = session.position()
    assert clock is not None
    off = {n: round((m - clock).total_seconds(), 3) for n, m in pictures.items()}
    print(f"paused at {clock:%H:%M:%S.%f} UTC, {session.speed:g}x: picture - clock = {off}")
    # What the screen shows agrees with the decoded frame.
    for number, tile in view.tiles.items():
        assert screen_moment(tile.surface, near) == pictures[number]
    tolerance = PAUSED_TOLERANCE_S[kind]
    assert all(abs(o) <= tolerance for o in off.values()), off
    # The transport clock and every tile's footer say the picture's time.
    shown = show_local(clock, seconds=True)
    assert shown in view.position_label.text()
    assert all(shown in tile.footer.text() for tile in view.tiles.values())

    # A snapshot (the tile's button, clicked) is named and stamped with the picture's moment.
    tile = view.tiles[3]
    with qtbot.waitSignal(view.snapshot_recorded, timeout=15_000) as saved:
        qtbot.mouseClick(tile.snapshot_button, Qt.MouseButton.LeftButton)
    record: SnapshotRecord = saved.args[0]
    held = image_moment(QImage(str(record.path)), near)
    assert held is not None
    assert abs((record.taken_at - held).total_seconds()) <= tolerance
    stamp = read_png_text(record.path.read_bytes())["Time Vietnam"]
    second = (held + dt.timedelta(milliseconds=500)).replace(microsecond=0).astimezone(VIETNAM)
    assert stamp.startswith(f"{second:%Y-%m-%dT%H:%M:%S}")
    assert f"{second:%Y%m%d-%H%M%S}" in record.path.name


def type_go_to(qtbot: QtBot, view: PlaybackView, text: str) -> None:
    """Click into the go-to field, type, press Enter (as an officer does)."""
    field = view.go_to_edit
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_go_to_takes_what_officers_type_and_explains_anything_else(
    sim_site: SiteDescription,
    registry: Registry,
    store: CredentialStore,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    view, _sim, _ledger = make_view(qtbot, registry, store, sim_site, RecorderKind.DAHUA)
    session = search(qtbot, view, [2], yesterday_at(9, 0), yesterday_at(12, 0))
    day = yesterday_at(9, 0).astimezone(VIETNAM)

    type_go_to(qtbot, view, "9:40")
    qtbot.waitUntil(lambda: session.state is PlaybackState.PLAYING, timeout=20_000)
    seen = wait_for_picture_clock(qtbot, session, 2, yesterday_at(9, 40), tmp_path / "a.png")
    assert 0 <= (seen - yesterday_at(9, 40)).total_seconds() <= 3.0

    for typed, meant in (
        ("10:05:30", yesterday_at(10, 5, 30)),
        (f"{day.day}/{day.month} 11:15", yesterday_at(11, 15)),
        (f"{day:%d/%m/%Y} 11:20", yesterday_at(11, 20)),
    ):
        type_go_to(qtbot, view, typed)
        qtbot.waitUntil(
            lambda m=meant: session.state is PlaybackState.PLAYING
            and abs(((session.position() or m) - m).total_seconds()) < 3
            and session.position() is not None
            and session.position() >= m,
            timeout=20_000,
        )
        seen = wait_for_picture_clock(qtbot, session, 2, meant, tmp_path / "b.png")
        assert 0 <= (seen - meant).total_seconds() <= 4.0, (typed, seen, meant)

    here = session.position()
    type_go_to(qtbot, view, "sau bua trua")  # QTest types Latin-1 only
    assert "is not a time" in view.status_label.text()
    assert "13:05" in view.status_label.text()
    type_go_to(qtbot, view, "25:70")
    assert "is not a time" in view.status_label.text()
    type_go_to(qtbot, view, "13:05")  # that day, but outside the searched 09:00-12:00
    assert "outside the searched range" in view.status_label.text()
    assert here is not None and abs(((session.position() or here) - here).total_seconds()) < 5
    view.close()


def test_timeline_rows_are_named_by_camera_and_show_the_recorder_events(
    sim_site: SiteDescription,
    registry: Registry,
    store: CredentialStore,
    qtbot: QtBot,
) -> None:
    view, _sim, _ledger = make_view(qtbot, registry, store, sim_site, RecorderKind.ONVIF_G)
    search(qtbot, view, [1, 3], yesterday_at(9, 0), yesterday_at(10, 0))
    timeline = view.timeline
    epe_id = view.epe_combo.currentData()
    names = {c.diagram_number: c.name for c in registry.list_cameras(epe_id)}
    assert timeline.row_label(0) == f"1. {names[1]}"
    assert timeline.row_label(1) == f"3. {names[3]}"
    # The mouse on a row's name shows it whole.
    label_point = QPoint(10, round(timeline.row_rect(1).center().y()))
    qtbot.mouseMove(timeline, label_point)
    qtbot.waitUntil(lambda: timeline.toolTip() == f"3. {names[3]}", timeout=5_000)

    # The recorder's motion event at 09:10 is painted on camera 3's row, and named under the mouse
    # (camera 1, the gate, also has a motion event for every vehicle of the simulated traffic).
    events = timeline.events(3)
    assert [e.kind for e in events] == ["motion"]
    assert abs((events[0].start - yesterday_at(9, 10)).total_seconds()) < 1
    x = round(timeline.x_for(events[0].start))
    y = round(timeline.row_rect(1).center().y())
    colour = timeline.grab().toImage().pixelColor(x, y)
    assert colour.red() > 200 and colour.green() < 160 and colour.blue() < 60, colour.name()
    qtbot.mouseMove(timeline, QPoint(x, y))
    qtbot.waitUntil(lambda: "motion" in timeline.toolTip(), timeout=5_000)
    assert "09:10:00" in timeline.toolTip()
    view.close()


def calendar_cell(view: PlaybackView, day: dt.date) -> QPoint:
    """Where ``day`` is drawn on the calendar's month page (a day number can also appear greyed,
    for the month before or after: take the one in the shown month)."""
    table = view.calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert table is not None
    model = table.model()
    found = []
    for row in range(1, model.rowCount()):  # row 0 names the weekdays
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if str(model.data(index)) == str(day.day):
                found.append(index)
    index = found[-1] if day.day > 15 else found[0]
    return table.mapTo(view.calendar, table.visualRect(index).center())


def test_the_calendar_marks_the_recorded_days_and_a_click_searches_that_day(
    sim_site: SiteDescription,
    registry: Registry,
    store: CredentialStore,
    qtbot: QtBot,
) -> None:
    view, _sim, ledger = make_view(qtbot, registry, store, sim_site, RecorderKind.HIKVISION)
    calendar = view.calendar
    yesterday = yesterday_at(12, 0).astimezone(VIETNAM).date()
    if (calendar.yearShown(), calendar.monthShown()) != (yesterday.year, yesterday.month):
        button = calendar.findChild(QToolButton, "qt_calendar_prevmonth")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # The recorder's answer (asked on a worker when the window opened) marks the days.
    qtbot.waitUntil(lambda: yesterday in view.recorded_days, timeout=20_000)
    marked = calendar.dateTextFormat(QDate(yesterday.year, yesterday.month, yesterday.day))
    assert marked.background().color().name() == "#a5d6a7"
    today = dt.datetime.now(VIETNAM).date()
    assert all(day <= today for day in view.recorded_days)
    audit = [r.payload["details"] for r in ledger.records(RecordKind.AUDIT)]
    assert {(a["operation"], a["camera"]) for a in audit} == {("calendar", 1)}

    # A click on the marked day searches that whole day.
    table = calendar.findChild(QTableView, "qt_calendar_calendarview")
    point = calendar_cell(view, yesterday)
    with qtbot.waitSignal(view.searched, timeout=20_000):
        qtbot.mouseClick(
            table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=table.viewport().mapFrom(calendar, point),
        )
    start = dt.datetime.combine(yesterday, dt.time(0), VIETNAM).astimezone(UTC)
    assert view.timeline.range == (start, start + dt.timedelta(days=1))
    assert view.timeline.gaps(1) == [(yesterday_at(3, 0), yesterday_at(3, 20))]
    view.close()
