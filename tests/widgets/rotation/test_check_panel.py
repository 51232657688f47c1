"""The check panel: what an officer does during a check of one EPE, what epewall records by itself
(cameras watched and for how long, snapshots, outside working time), amendments after the end,
and the officer's check log with its verification."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.domain import RiskLevel
from app.evidence.snapshots import SnapshotRecord, SnapshotSubject
from app.media.stream import StreamState, StreamStatus
from app.officers.profiles import OfficerSession, OfficerStore, Role
from app.rotation.checks import CheckReason, CheckResult, CheckService
from app.rotation.ledger import AuditAction
from app.rotation.team_key import seal_log
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.clock import Clock
from tests.helpers.keyring import ready_store
from tests.helpers.sites import PIN, SiteBuilder, WallSources
from widgets.rotation.check_log_view import CheckLogDialog
from widgets.rotation.check_panel import CheckPanel, WallWatch
from widgets.wall import WallWidget

SHA = "ab" * 32


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 11, 23, 9, 0, tzinfo=VIETNAM))  # a Monday morning


@pytest.fixture
def registry(epewall_home: Path) -> Iterator[Registry]:
    reg = Registry()
    SiteBuilder(reg).add_two_epes(risk_level=RiskLevel.HIGH)
    yield reg
    reg.close()


@pytest.fixture
def store(registry: Registry, clock: Clock) -> OfficerStore:
    build = SiteBuilder(registry, clock)
    build.add_lead("TL01", "Trần Thị Hạnh")
    build.add_officer("CB01", "Nguyễn Văn An")
    build.add_officer("CB02", "Lê Thị Bích")
    build.add_officer("XN01", "Đối tác", Role.VIEW_ONLY)
    return build.officers


@pytest.fixture
def session(store: OfficerStore) -> OfficerSession:
    officers = OfficerSession(store)
    officers.login("CB01", PIN)
    return officers


@pytest.fixture
def service(registry: Registry, clock: Clock) -> CheckService:
    return CheckService(registry, clock=clock)


@pytest.fixture
def wall(qtbot: QtBot, registry: Registry) -> WallWidget:
    sources = WallSources.from_registry(registry)
    widget = WallWidget(sources.stream, sources.lookup, sources.epe_cameras)
    qtbot.addWidget(widget)  # never shown: the streams do not connect, the test says the state
    return widget


@pytest.fixture
def panel(
    qtbot: QtBot,
    service: CheckService,
    session: OfficerSession,
    registry: Registry,
    wall: WallWidget,
) -> CheckPanel:
    dock = CheckPanel(service, session, registry, WallWatch(wall, wall))
    qtbot.addWidget(dock)
    dock.show()
    return dock


def epe_id(registry: Registry, tax_id: str) -> int:
    epe = registry.find_epe(tax_id)
    assert epe is not None and epe.id is not None
    return epe.id


def camera_id(registry: Registry, tax_id: str, number: int) -> int:
    cameras = registry.list_cameras(epe_id(registry, tax_id))
    return next(int(c.id or 0) for c in cameras if c.diagram_number == number)


def set_state(wall: WallWidget, camera: int, state: StreamState) -> None:
    tile = next(t for t in wall.tiles() if t.camera_id == camera)
    tile.stream.status_changed.emit(StreamStatus(state))


def table_rows(panel: CheckPanel) -> list[list[str]]:
    table = panel.cameras
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def start(qtbot: QtBot, panel: CheckPanel, registry: Registry, tax_id: str = "3601234569") -> None:
    panel.set_epe(epe_id(registry, tax_id))
    with qtbot.waitSignal(panel.check_started):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)


def test_a_check_records_the_cameras_watched_and_the_findings(
    qtbot: QtBot,
    panel: CheckPanel,
    wall: WallWidget,
    registry: Registry,
    clock: Clock,
    service: CheckService,
) -> None:
    assert panel.epe_label.text() == "Select an EPE in the site tree to check it."
    assert not panel.start_box.isEnabled()
    gate, yard = camera_id(registry, "3601234569", 1), camera_id(registry, "3601234569", 2)
    elsewhere = camera_id(registry, "2301275957", 1)
    wall.assign_epe(0, epe_id(registry, "3601234569"))
    wall.assign_camera(2, elsewhere)
    set_state(wall, gate, StreamState.LIVE)  # already on screen when the check starts

    start(qtbot, panel, registry)
    assert panel.check is not None and panel.check.scheduled
    assert panel.epe_label.text() == "Checking: Công ty TNHH Điện tử Sao Việt (3601234569)"
    assert panel.check_box.isVisible() and not panel.start_box.isVisible()
    assert not panel.outside_label.isVisible()

    clock.advance(seconds=60)
    set_state(wall, yard, StreamState.LIVE)
    clock.advance(seconds=30)
    set_state(wall, gate, StreamState.RECONNECTING)  # lost: no longer watched
    set_state(wall, elsewhere, StreamState.LIVE)  # another EPE: not part of this check
    clock.advance(seconds=45)
    panel.refresh()  # what its one-second timer does
    assert table_rows(panel) == [
        ["no. 1 Cổng chính", "closed", "1:30"],
        ["no. 2 Bãi thành phẩm", "live", "1:15"],
    ]

    panel.result.setCurrentIndex(panel.result.findData(CheckResult.IRREGULARITY.value))
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    assert panel.check is not None  # still open: an irregularity needs a note
    assert panel.message.text().startswith("Describe what you saw")

    panel.notes.setPlainText("Xe container ra cổng lúc 09:01, không có trong tờ khai.")
    panel.containers.setText("CSQU3054383, ABCD1234567")
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    assert panel.check is not None
    assert "ABCD1234567 is not a valid container number" in panel.message.text()

    panel.containers.setText("csqu3054383")
    panel.plates.setText("51C-123.45, 29h 12345")
    clock.advance(seconds=15)
    with qtbot.waitSignal(panel.check_ended) as ended:
        qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    record = ended.args[0]
    assert record.watched_seconds() == {gate: 90, yard: 90}
    assert record.result is CheckResult.IRREGULARITY
    assert record.containers == ["CSQU3054383"]
    assert record.plates == ["51C-123.45", "29H 12345"]
    assert record.officer_code == "CB01" and not record.outside_working_time
    assert [c.check_id for c in service.checks()] == [record.check_id]
    assert panel.check is None and not panel.check_box.isVisible()
    assert panel.last_label.text() == (
        "Last check: Công ty TNHH Điện tử Sao Việt, 23/11/2026 09:00–09:02, Irregularity."
    )
    assert [r.payload["action"] for r in service.ledger.records() if r.kind.value == "audit"][
        -1:
    ] == ["check_started"]


def test_an_unscheduled_check_says_why_and_outside_working_time_is_marked(
    qtbot: QtBot, panel: CheckPanel, registry: Registry, clock: Clock
) -> None:
    clock.now = dt.datetime(2026, 11, 22, 21, 30, tzinfo=VIETNAM).astimezone(dt.UTC)  # Sunday
    panel.set_epe(epe_id(registry, "3601234569"))
    assert not panel.reason_note.isEnabled()  # a planned check needs no reason
    panel.reason.setCurrentIndex(panel.reason.findData(CheckReason.OTHER.value))
    assert panel.reason_note.isEnabled()
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.check is None
    assert panel.message.text() == "Say why this unscheduled check is made."

    panel.reason_note.setText("Tin báo của đội kiểm soát: xe lạ ra vào ban đêm")
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.check is not None
    assert panel.outside_label.isVisible()
    assert "outside working time" in panel.outside_label.text()
    assert "unscheduled: Other reason" in panel.check_label.text()
    assert "xe lạ ra vào ban đêm" in panel.check_label.text()
    record = panel.end_check()
    assert record is not None
    assert record.outside_working_time and not record.scheduled
    assert (record.reason, record.reason_note) == (
        CheckReason.OTHER,
        "Tin báo của đội kiểm soát: xe lạ ra vào ban đêm",
    )


def snapshot(registry: Registry, camera: int, name: str) -> SnapshotRecord:
    cam = registry.get_camera(camera)
    epe = registry.get_epe(cam.epe_id)
    subject = SnapshotSubject(
        epe.name, epe.tax_id, cam.diagram_number, cam.position.value, cam.name, cam.id, epe.id
    )
    return SnapshotRecord(
        Path("/snapshots") / name, SHA, dt.datetime.now(dt.UTC), 1920, 1080, subject, "CB01", id=7
    )


def test_snapshots_of_the_checked_epe_are_attached_as_evidence(
    qtbot: QtBot, panel: CheckPanel, registry: Registry
) -> None:
    gate = camera_id(registry, "3601234569", 1)
    elsewhere = camera_id(registry, "2301275957", 1)
    assert not panel.add_snapshot(snapshot(registry, gate, "before.png"))  # no check open
    start(qtbot, panel, registry)
    assert panel.add_snapshot(snapshot(registry, gate, "cong-chinh.png"))
    assert not panel.add_snapshot(snapshot(registry, elsewhere, "khac.png"))
    assert [panel.snapshots.item(i).text() for i in range(panel.snapshots.count())] == [
        "cong-chinh.png"
    ]
    record = panel.end_check()
    assert record is not None
    assert [(s.sha256, s.file_name, s.snapshot_id) for s in record.snapshots] == [
        (SHA, "cong-chinh.png", 7)
    ]


def test_a_closed_check_gets_an_amendment_never_an_edit(
    qtbot: QtBot, panel: CheckPanel, registry: Registry, service: CheckService
) -> None:
    start(qtbot, panel, registry)
    panel.plates.setText("51C-123.45")
    record = panel.end_check()
    assert record is not None
    assert panel.amend_button.isVisible()

    dialog = panel.amend_last()
    assert dialog is not None
    dialog.plates.setText("51C-128.45")
    dialog.save()
    assert dialog.message.text() == "Say why the check is amended."
    dialog.why.setText("Biển số đọc nhầm, xem lại ảnh chụp")
    with qtbot.waitSignal(dialog.amended):
        dialog.save()
    amended = service.get_check(record.check_id)
    assert amended.plates == ["51C-128.45"]
    assert [(a.officer_code, a.why, a.changes) for a in amended.amendments] == [
        ("CB01", "Biển số đọc nhầm, xem lại ảnh chụp", {"plates": ["51C-128.45"]})
    ]
    stored = service.ledger.get(record.check_id)
    assert stored is not None and stored.payload["plates"] == ["51C-123.45"]  # as written
    assert "Amended 1 time(s)." in panel.last_label.text()


def test_discarding_a_check_started_by_mistake_keeps_nothing(
    qtbot: QtBot, panel: CheckPanel, registry: Registry, service: CheckService
) -> None:
    start(qtbot, panel, registry)
    box = panel.ask_discard()
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    assert panel.check is None
    assert service.open_sessions() == [] and service.checks() == []


def test_an_unfinished_check_waits_for_its_own_officer(
    qtbot: QtBot,
    panel: CheckPanel,
    registry: Registry,
    store: OfficerStore,
    session: OfficerSession,
    service: CheckService,
) -> None:
    start(qtbot, panel, registry)
    assert panel.check is not None
    check_id = panel.check.check_id

    session.switch_officer("CB02", PIN)
    panel.set_officer(session.current)
    assert panel.check is None  # CB02 does not inherit CB01's check
    assert panel.start_box.isVisible()

    session.switch_officer("CB01", PIN)
    panel.set_officer(session.current)
    assert panel.check is not None and panel.check.check_id == check_id
    assert "was not ended; it is open again" in panel.message.text()
    assert [s.check_id for s in service.open_sessions()] == [check_id]


def test_start_check_is_also_in_the_menus_for_the_selected_epe(
    qtbot: QtBot, panel: CheckPanel, registry: Registry
) -> None:
    assert not panel.action_start.isEnabled()
    panel.set_epe(epe_id(registry, "2301275957"))
    assert panel.action_start.isEnabled()
    with qtbot.waitSignal(panel.check_started):
        panel.action_start.trigger()
    assert panel.check is not None and panel.check.epe.tax_id == "2301275957"
    assert not panel.action_start.isEnabled()  # one check at a time


def test_view_only_profiles_do_not_record_checks(
    qtbot: QtBot, panel: CheckPanel, registry: Registry, session: OfficerSession
) -> None:
    session.switch_officer("XN01", PIN)
    panel.set_officer(session.current)
    panel.set_epe(epe_id(registry, "3601234569"))
    assert panel.officer_hint.isVisible()
    assert panel.officer_hint.text() == "Your role (View only) does not record checks."
    assert not panel.start_box.isEnabled()
    assert panel.start_check() is None


# --- the officer's check log ------------------------------------------------------------------


def test_the_check_log_lists_checks_with_amendments_and_verifies_the_log(
    qtbot: QtBot,
    panel: CheckPanel,
    registry: Registry,
    service: CheckService,
    session: OfficerSession,
    clock: Clock,
) -> None:
    officer = session.current
    assert officer is not None
    start(qtbot, panel, registry)
    panel.containers.setText("CSQU3054383")
    first = panel.end_check()
    assert first is not None
    service.amend(officer, first.check_id, "Thêm ghi chú", text="Đã đối chiếu tờ khai")
    clock.advance(hours=1)
    start(qtbot, panel, registry, "2301275957")
    assert panel.end_check() is not None

    dialog = CheckLogDialog(service, officer, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    assert dialog.count_label.text() == "2 check(s)"
    assert [dialog.table.item(row, 1).text() for row in range(2)] == [
        "Công ty TNHH May mặc Hòa Bình Xanh",
        "Công ty TNHH Điện tử Sao Việt",
    ]  # newest first
    assert dialog.table.item(1, 6).text() == "CSQU3054383"
    assert dialog.table.item(1, 8).text() == "1"
    dialog.select(first.check_id)
    details = dialog.details.toPlainText()
    assert "Đã đối chiếu tờ khai" in details
    assert "Nguyễn Văn An (CB01): notes → “Đã đối chiếu tờ khai”. Why: Thêm ghi chú" in details

    dialog.verify()
    qtbot.waitUntil(lambda: not dialog.verifying, timeout=10_000)
    assert dialog.report is not None and dialog.report.ok
    assert dialog.verify_label.text().startswith("The log is intact")

    # Someone edits the result of the first check in the SQLite file behind epewall's back.
    with registry.database() as db:
        db.execute("DROP TRIGGER ledger_no_update")
        db.execute(
            "UPDATE ledger SET payload = replace(payload, 'CSQU3054383', 'MSKU1234565') "
            "WHERE record_id = ?",
            [first.check_id],
        )
    dialog.verify()
    qtbot.waitUntil(lambda: not dialog.verifying, timeout=10_000)
    assert dialog.report is not None and not dialog.report.ok
    assert dialog.verify_label.text().startswith("The log was tampered with at record")
    assert first.check_id in dialog.verify_label.text()
    assert "changed after it was written" in dialog.verify_label.text()
    dialog.reject()


def test_after_a_crash_the_reopened_check_does_not_count_the_time_epewall_was_down(
    qtbot: QtBot,
    panel: CheckPanel,
    wall: WallWidget,
    registry: Registry,
    clock: Clock,
    session: OfficerSession,
) -> None:
    gate, yard = camera_id(registry, "3601234569", 1), camera_id(registry, "3601234569", 2)
    wall.assign_epe(0, epe_id(registry, "3601234569"))
    start(qtbot, panel, registry)
    set_state(wall, gate, StreamState.LIVE)
    clock.advance(seconds=60)
    set_state(wall, yard, StreamState.LIVE)  # last sign of life: 09:01
    clock.advance(hours=1)  # epewall died and is started again an hour later

    again = CheckPanel(CheckService(registry, clock=clock), session, registry)
    qtbot.addWidget(again)
    assert again.check is not None
    assert again.watched_seconds() == {gate: 60, yard: 0}
    assert "was not ended; it is open again" in again.message.text()


def test_the_check_log_window_says_how_many_records_were_cut_from_its_end(
    qtbot: QtBot, registry: Registry, service: CheckService, session: OfficerSession, clock: Clock
) -> None:
    officer = session.current
    assert officer is not None
    for camera in range(3):
        service.ledger.audit(AuditAction.VIEW_STARTED, officer.code, {"camera_id": camera})
    kept = service.ledger.count() - 2
    with registry.database() as db:  # someone with a SQLite browser deletes the newest two
        db.execute("DROP TRIGGER ledger_no_delete")
        db.execute("DELETE FROM ledger WHERE seq > ?", [kept])
        db.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'ledger'", [kept])

    dialog = CheckLogDialog(service, officer, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.verifying, timeout=10_000)
    text = dialog.verify_label.text()
    assert text.startswith("The log was tampered with: 2 record(s) are missing at the end")
    assert f"after record {kept}" in text


def test_the_check_log_window_holds_the_log_against_the_keyrings_checkpoint(
    qtbot: QtBot, registry: Registry, service: CheckService, session: OfficerSession, clock: Clock
) -> None:
    officer = session.current
    assert officer is not None
    credentials = ready_store()
    credentials.set_team_key(bytes(range(32)).hex())
    for camera in range(3):
        service.ledger.audit(AuditAction.VIEW_STARTED, officer.code, {"camera_id": camera})
    anchor = seal_log(registry, credentials)
    assert anchor is not None
    kept = anchor.seq - 3
    # The attacker cuts the tail and tidies the head file, its flag and sqlite_sequence.
    with registry.database() as db:
        db.execute("DROP TRIGGER ledger_no_delete")
        db.execute("DELETE FROM ledger WHERE seq > ?", [kept])
        db.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'ledger'", [kept])
        db.execute("DELETE FROM rotation_meta WHERE key = 'head_file'")
    assert service.ledger.head_path is not None
    service.ledger.head_path.unlink()

    def verified(dialog: CheckLogDialog) -> str:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not None and not dialog.verifying, timeout=10_000)
        return dialog.verify_label.text()

    assert verified(CheckLogDialog(service, officer, clock)).startswith("The log is intact")
    text = verified(CheckLogDialog(service, officer, clock, credentials=credentials))
    assert text.startswith("The log was tampered with: 3 record(s) are missing at the end")
    assert "the keyring knows" in text
