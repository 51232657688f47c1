"""Issue #15's e2e for the dock: a simulated device raises motion and tampering, and the real
main window, its warnings service subscribed off the GUI thread, shows them within 2 s of the
event, the tampering storm as one row with its count, each with the camera's snapshot."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.secrets import CredentialStore
from app.simsite.site import SiteDescription
from app.sites.demo import register_site
from app.sites.registry import Registry
from app.warnings.topics import WarningKind
from app.workers import run_to_end
from tests.helpers.keyring import require_throwaway_keyring
from tests.helpers.main_window import shown_main_window
from tests.helpers.sim_fixtures import SiteFactory
from widgets.warnings.dock import COL_KIND, COL_SNAPSHOT

DEFAULT_SITE = Path(__file__).resolve().parents[2] / "app" / "simsite" / "default_site.json"


def site_with_motion_and_tampering(tmp_path: Path) -> Path:
    data = json.loads(DEFAULT_SITE.read_text(encoding="utf-8"))
    epe = data["epes"][0]
    epe["cameras"] = epe["cameras"][:3]
    epe["onvif_device"] = {
        "events": {
            "clock": "first_subscription",
            "schedule": [
                {"kind": "motion", "camera": 1, "at_s": 5, "duration_s": 2},
                {"kind": "tampering", "camera": 2, "at_s": 4, "duration_s": 3},
                {"kind": "tampering", "camera": 2, "at_s": 9, "duration_s": 2},
            ],
        }
    }
    path = tmp_path / "site.json"
    path.write_text(json.dumps({"version": 1, "epes": [epe]}), encoding="utf-8")
    return path


def test_the_dock_shows_the_devices_motion_and_tampering_within_2_s_coalesced_with_snapshots(
    qtbot: QtBot, sim_site_factory: SiteFactory, registry: Registry, tmp_path: Path
) -> None:
    require_throwaway_keyring()
    site = sim_site_factory(site_with_motion_and_tampering(tmp_path))
    description: SiteDescription = site.description
    run_to_end(register_site(registry, CredentialStore(), description))

    with shown_main_window(qtbot, registry) as window:
        dock = window.warnings_dock
        shown_at: dict[int, dt.datetime] = {}

        def note_rows() -> None:
            now = dt.datetime.now(dt.UTC)
            for warning in dock.warnings:
                if warning.id is not None:
                    shown_at.setdefault(warning.id, now)

        dock.loaded.connect(note_rows)
        with qtbot.waitSignal(window.warnings_service.running, timeout=20_000) as running:
            window.warnings_service.start()
        assert running.args is not None and running.args[0] == 1, "the site's one device"

        def row(kind: WarningKind, camera: int) -> int | None:
            for i, warning in enumerate(dock.warnings):
                if warning.kind is kind and warning.camera_number == camera:
                    return i
            return None

        def storm_done() -> bool:
            tampering = row(WarningKind.TAMPERING, 2)
            return (
                row(WarningKind.MOTION, 1) is not None
                and tampering is not None
                and dock.warnings[tampering].count == 2
            )

        qtbot.waitUntil(storm_done, timeout=40_000)
        tampering_row = row(WarningKind.TAMPERING, 2)
        assert tampering_row is not None
        item = dock.table.item(tampering_row, COL_KIND)
        assert item is not None and item.text() == "Tampering ×2"
        assert [w.kind for w in dock.warnings].count(WarningKind.TAMPERING) == 1

        for warning in dock.warnings:
            if warning.kind in (WarningKind.MOTION, WarningKind.TAMPERING):
                assert warning.id is not None
                delay = (shown_at[warning.id] - warning.first_at).total_seconds()
                assert 0 <= delay <= 2.0, f"{warning.kind} shown {delay:.2f} s after the event"

        def thumbnails() -> bool:
            wanted = [row(WarningKind.MOTION, 1), row(WarningKind.TAMPERING, 2)]
            items = [dock.table.item(r, COL_SNAPSHOT) for r in wanted if r is not None]
            return len(items) == 2 and all(i is not None and not i.icon().isNull() for i in items)

        qtbot.waitUntil(thumbnails, timeout=20_000)
        for warning in dock.warnings:
            if warning.kind is WarningKind.TAMPERING:
                picture = Path(warning.snapshot_path).read_bytes()
                assert picture[:2] == b"\xff\xd8" and len(picture) > 2000, "the camera's picture"

        with qtbot.waitSignal(window.warnings_service.stopped, timeout=20_000):
            window.warnings_service.stop()
