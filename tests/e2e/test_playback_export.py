"""Replay through the existing media path, and evidence export from the simulated recorder:
remuxed MP4 files whose manifest verifies, a tampered copy that does not, cancel, roles, audit."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import av
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.cli.evidence import verify as cli_verify
from app.cli.main import main as cli_main
from app.domain import Epe
from app.evidence import export as evidence
from app.evidence.signing import WorkstationKey
from app.media.stream import StreamController, StreamState
from app.officers.profiles import Officer, OfficerStore, PermissionDeniedError, Role
from app.recorders import make_recorder
from app.recorders.access import PlaybackAccess
from app.recorders.base import RecorderKind
from app.recorders.calibrate import (
    moment_from_ms_of_day,
    playable_url,
    read_block_clock,
    sim_clock_reader,
)
from app.recorders.proxy import ReplayProxy
from app.recorders.store import Bookmark, add_bookmark, bookmarks
from app.rotation.ledger import AuditAction, Ledger, RecordKind
from app.simsite.site import SimEpe, SiteDescription
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.block_clock import read_block_clock as read_screen_clock
from tests.helpers.evidence_keys import trusting
from tests.helpers.recordings import recorder_settings, yesterday_at

pytestmark = pytest.mark.e2e


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    reg = Registry(tmp_path / "epewall.sqlite3")
    yield reg
    reg.close()


@pytest.fixture
def proxy() -> Iterator[ReplayProxy]:
    with ReplayProxy() as running:
        yield running


OFFICER = Officer("HQ0107", "Nguyễn Thị Lan", Role.OFFICER)
VIEWER = Officer("DT0001", "Đối tác xem", Role.VIEW_ONLY)
KEY = WorkstationKey.generate("HQ-PC-07")
TEAM = trusting(KEY)


def context_for(epe: SimEpe, marks: tuple[Bookmark, ...] = ()) -> evidence.EvidenceContext:
    return evidence.EvidenceContext(
        epe.name,
        epe.tax_id,
        "onvif_g",
        epe.raw["recorder"]["host"],
        OFFICER.code,
        OFFICER.full_name,
        marks,
    )


def first_moment(path: Path, near: dt.datetime) -> dt.datetime:
    with av.open(str(path)) as container:
        for frame in container.decode(video=0):
            if read_block_clock(frame) is not None:
                seen = sim_clock_reader(near)(frame)
                assert seen is not None
                return seen
    raise AssertionError(f"no recorded clock in {path.name}")


def test_export_of_two_cameras_verifies_and_a_tampered_copy_fails(
    sim_site: SiteDescription,
    registry: Registry,
    proxy: ReplayProxy,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    sim = sim_site.epes[2]
    epe = registry.add_epe(Epe(name=sim.name, tax_id=sim.tax_id, account_user=sim.user))
    assert epe.id is not None
    start, end = yesterday_at(10, 20), yesterday_at(10, 20, 3)
    inside = add_bookmark(
        registry, Bookmark(epe.id, 1, yesterday_at(10, 20, 1), "Xe 51C-123.45", OFFICER.code)
    )
    add_bookmark(registry, Bookmark(epe.id, 1, yesterday_at(11, 0), "outside", OFFICER.code))
    recorder = make_recorder(recorder_settings(sim, RecorderKind.ONVIF_G), sim.user, sim.password)
    sources = [
        evidence.ExportSource(
            n,
            f"Camera {n}",
            playable_url(recorder.replay(n, start, end), sim.user, sim.password, proxy),
        )
        for n in (1, 2)
    ]
    folder = tmp_path / "evidence"
    progress: list[tuple[int, int, str]] = []
    steps = evidence.export_steps(
        sources, start, end, folder, context_for(sim, tuple(bookmarks(registry, epe.id))), key=KEY
    )
    try:
        while True:
            progress.append(next(steps))
    except StopIteration as stop:
        manifest: evidence.Manifest = stop.value

    assert progress[-1][0] == progress[-1][1] and len(progress) > 4
    assert [p[0] for p in progress] == sorted(p[0] for p in progress)
    data = json.loads((folder / evidence.MANIFEST_NAME).read_text(encoding="utf-8"))
    assert data["epe"] == {"name": sim.name, "tax_id": sim.tax_id}
    assert data["recorded_range"]["start_utc"] == f"{start:%Y-%m-%dT%H:%M:%SZ}"
    assert data["recorded_range"]["start_vietnam"].endswith("10:20:00")
    assert data["exported_by"]["officer_code"] == OFFICER.code
    assert data["cameras"] == [1, 2]
    assert [b["note"] for b in data["bookmarks"]] == [inside.note]
    assert sim.password not in (folder / evidence.MANIFEST_NAME).read_text(encoding="utf-8")
    for entry in data["files"]:
        path = folder / entry["name"]
        assert evidence.sha256_file(path) == entry["sha256"]
        assert abs((first_moment(path, start) - start).total_seconds()) <= 1.0
        with av.open(str(path)) as container:
            assert container.streams.video[0].codec_context.name == "h264"  # not re-encoded
            assert container.duration is not None
            assert 2.5 <= container.duration / 1_000_000 <= 3.2
    report = evidence.verify(folder, TEAM)
    assert report.ok and report.checked == 2
    assert report.manifest_sha256 == manifest.sha256
    assert cli_verify(folder, TEAM) == 0

    tampered = tmp_path / "tampered"
    shutil.copytree(folder, tampered)
    victim = tampered / data["files"][1]["name"]
    raw = bytearray(victim.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    victim.write_bytes(bytes(raw))
    (tampered / "added.mp4").write_bytes(b"not evidence")
    report = evidence.verify(tampered, TEAM)
    assert not report.ok
    assert {(p.name, p.reason) for p in report.problems} == {
        (victim.name, "changed"),
        ("added.mp4", "unlisted"),
    }
    capsys.readouterr()
    assert cli_verify(tampered, TEAM) == 1
    assert victim.name in capsys.readouterr().out


def test_a_cancelled_export_leaves_no_files(sim_site: SiteDescription, tmp_path: Path) -> None:
    sim = sim_site.epes[0]
    recorder = make_recorder(recorder_settings(sim, RecorderKind.HIKVISION), sim.user, sim.password)
    start, end = yesterday_at(15, 0), yesterday_at(15, 1)
    source = evidence.ExportSource(
        1, "Cổng chính", playable_url(recorder.replay(1, start, end), sim.user, sim.password, None)
    )
    folder = tmp_path / "cancelled"
    steps = evidence.export_steps([source], start, end, folder, context_for(sim), key=KEY)
    for _ in range(4):
        next(steps)
    assert any(folder.glob("*.mp4"))
    steps.close()
    assert list(folder.iterdir()) == []


def test_playback_and_export_follow_the_role_and_are_audited(
    sim_site: SiteDescription, registry: Registry, tmp_path: Path
) -> None:
    sim = sim_site.epes[0]
    ledger = Ledger(registry)
    recorder = make_recorder(recorder_settings(sim, RecorderKind.DAHUA), sim.user, sim.password)
    with pytest.raises(PermissionDeniedError):
        PlaybackAccess(ledger, VIEWER, sim.tax_id)
    access = PlaybackAccess(ledger, OFFICER, sim.tax_id)
    start, end = yesterday_at(16, 0), yesterday_at(16, 0, 2)
    access.search(recorder, 2, yesterday_at(1, 0), yesterday_at(5, 0))
    source = access.replay(recorder, 2, start, end)
    export_source = evidence.ExportSource(2, "", playable_url(source, sim.user, sim.password, None))
    with pytest.raises(PermissionDeniedError):
        list(
            evidence.audited_export_steps(
                ledger,
                VIEWER,
                [export_source],
                start,
                end,
                tmp_path / "no",
                context_for(sim),
                lambda: KEY,
            )
        )
    assert not (tmp_path / "no").exists()
    list(
        evidence.audited_export_steps(
            ledger,
            OFFICER,
            [export_source],
            start,
            end,
            tmp_path / "yes",
            context_for(sim),
            lambda: KEY,
        )
    )

    audit = [r.payload for r in ledger.records(RecordKind.AUDIT)]
    assert [(a["action"], a["details"].get("operation")) for a in audit] == [
        (AuditAction.PLAYBACK_STARTED.value, "search"),
        (AuditAction.PLAYBACK_STARTED.value, "replay"),
        (AuditAction.EXPORT.value, None),
    ]
    assert all(a["officer"] == OFFICER.code for a in audit)
    assert (
        audit[2]["details"]["manifest_sha256"]
        == evidence.verify(tmp_path / "yes", TEAM).manifest_sha256
    )
    with registry.database() as db:
        rows = list(db.query("SELECT epe_tax_id, officer_code FROM evidence_exports"))
    assert rows == [{"epe_tax_id": sim.tax_id, "officer_code": OFFICER.code}]


@pytest.mark.parametrize(
    "kind", [RecorderKind.HIKVISION, RecorderKind.ONVIF_G], ids=lambda k: k.value
)
def test_replay_plays_through_the_wall_media_path_at_the_asked_moment(
    sim_site: SiteDescription,
    proxy: ReplayProxy,
    qtbot: QtBot,
    tmp_path: Path,
    kind: RecorderKind,
) -> None:
    sim = sim_site.epes[0]
    recorder = make_recorder(recorder_settings(sim, kind), sim.user, sim.password)
    asked = yesterday_at(12, 34, 56)
    source = recorder.replay(3, asked)
    if source.needs_proxy:
        stream = StreamController(proxy.open(source, sim.user, sim.password))
    else:
        stream = StreamController(source.url, lambda: (sim.user, sim.password))
    surface = QWidget()
    surface.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
    surface.resize(640, 360)
    qtbot.addWidget(surface)
    surface.show()
    qtbot.waitExposed(surface)
    stream.set_window(int(surface.winId()))
    with qtbot.waitSignal(stream.first_picture, timeout=15_000):
        stream.play()
    assert stream.status.state is StreamState.LIVE
    assert sim.password not in stream.shown_url
    shot = tmp_path / "replay.png"
    seen: list[dt.datetime] = []

    def clock_in_snapshot() -> bool:
        shot.unlink(missing_ok=True)
        if not stream.snapshot(str(shot)) or not shot.exists():
            return False
        ms = read_screen_clock(QImage(str(shot)), (640, 360))
        if ms is not None:
            seen.append(moment_from_ms_of_day(ms, asked))
        return bool(seen)

    qtbot.waitUntil(clock_in_snapshot, timeout=10_000)
    # The snapshot comes a moment after the first picture; the replay never jumps back.
    assert -1.0 <= (seen[0] - asked).total_seconds() <= 10.0
    stream.release()


def test_an_investigator_searches_and_checks_retention_from_the_command_line(
    sim_site: SiteDescription,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    qapp: object,
) -> None:
    from app.secrets import CredentialStore

    short = sim_site.epes[1]
    with Registry() as registry:
        epe = registry.add_epe(Epe(name=short.name, tax_id=short.tax_id, account_user=short.user))
        OfficerStore(registry).add_officer(
            None, Officer("TL01", "Trần Văn Lâm", Role.TEAM_LEAD), "246813"
        )
    CredentialStore().set_password(epe.uid, short.password)
    recorder = short.raw["recorder"]
    # Repointing a recorder needs a team lead: a script gives the PIN on standard input.
    monkeypatch.setattr(sys, "stdin", io.StringIO("246813\n"))
    assert (
        cli_main(
            [
                "playback",
                "recorder",
                short.tax_id,
                "--kind",
                "dahua",
                "--host",
                recorder["host"],
                "--http-port",
                str(recorder["http_port"]),
                "--rtsp-port",
                str(recorder["rtsp_port"]),
                "--times",
                "local",
                "--lead",
                "TL01",
                "--pin-stdin",
            ]
        )
        == 0
    )
    day = yesterday_at(12, 0).astimezone(VIETNAM).date()
    capsys.readouterr()

    assert (
        cli_main(
            [
                "--lang",
                "en",
                "playback",
                "search",
                short.tax_id,
                "--camera",
                "1",
                "--from",
                f"{day} 02:00",
                "--to",
                f"{day} 04:00",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert f"GAP       {day} 03:00:00 - {day} 03:20:00" in out
    assert f"recorded  {day} 03:20:00 - {day} 04:00:00" in out

    assert cli_main(["--lang", "en", "playback", "retention", short.tax_id]) == 1
    assert "90" in capsys.readouterr().out
    with Registry() as registry:
        audit = Ledger(registry).records(RecordKind.AUDIT)
    searches = [r for r in audit if r.payload["action"] == AuditAction.PLAYBACK_STARTED]
    assert [r.payload["details"]["operation"] for r in searches] == ["search"]
    repointed = [r for r in audit if r.payload["action"] == AuditAction.RECORDER_CHANGED]
    assert [r.payload["officer"] for r in repointed] == ["TL01"]
    assert short.password not in json.dumps([r.payload for r in audit])
