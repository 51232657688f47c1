"""Device warnings against the simulated site (its own process), through the command line.

The site's configuration schedules a tampering and a video loss a few seconds after it starts;
``epewall warnings watch`` subscribes to the demo registry's devices and ``warnings list`` shows
what was stored, coalesced, with snapshots taken from the simulated camera's picture.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.secrets import CredentialStore
from app.simsite.site import SiteDescription
from app.sites.demo import register_site
from app.sites.registry import Registry
from app.warnings.store import WarningStore
from app.warnings.topics import WarningKind
from app.workers import run_to_end
from tests.helpers.cli import run_epewall
from tests.helpers.keyring import require_throwaway_keyring
from tests.helpers.sim_fixtures import SiteFactory

DEFAULT_SITE = Path(__file__).resolve().parents[2] / "app" / "simsite" / "default_site.json"


def site_with_events(tmp_path: Path) -> Path:
    """The demo's first EPE alone, its device raising a tampering and a video loss soon after
    the command subscribes (counted from the first subscription, so a slow start misses none)."""
    data = json.loads(DEFAULT_SITE.read_text(encoding="utf-8"))
    epe = data["epes"][0]
    epe["cameras"] = epe["cameras"][:3]
    epe["onvif_device"] = {
        "events": {
            "clock": "first_subscription",
            "schedule": [
                {"kind": "tampering", "camera": 2, "at_s": 4, "duration_s": 5},
                {"kind": "tampering", "camera": 2, "at_s": 10, "duration_s": 2},
                {"kind": "video_loss", "camera": 3, "at_s": 6, "duration_s": 30},
            ],
        }
    }
    path = tmp_path / "site.json"
    path.write_text(json.dumps({"version": 1, "epes": [epe]}), encoding="utf-8")
    return path


def test_watch_stores_the_sites_tampering_and_video_loss_and_list_shows_them(
    sim_site_factory: SiteFactory, registry: Registry, tmp_path: Path
) -> None:
    require_throwaway_keyring()
    site = sim_site_factory(site_with_events(tmp_path))
    description: SiteDescription = site.description
    run_to_end(register_site(registry, CredentialStore(), description))

    watched = run_epewall("warnings", "watch", "--seconds", "30")

    assert watched.returncode == 0, watched.stderr
    assert "Listening to 1 devices" in watched.stdout
    assert "subscribed, 1 subscriptions" in watched.stdout, watched.stdout
    store = WarningStore(registry)
    tampering = store.list(kinds=[WarningKind.TAMPERING])
    loss = store.list(kinds=[WarningKind.VIDEO_LOSS])
    # Two tamperings 6 s apart on one camera are one warning with a count.
    assert [(w.camera_number, w.count) for w in tampering] == [(2, 2)]
    assert [w.camera_number for w in loss] == [3]
    for warning in (*tampering, *loss):
        delay = (warning.received_at - warning.first_at).total_seconds()
        assert 0 <= delay <= 2.0, f"{warning.kind} stored {delay:.2f} s after the event"
        picture = Path(warning.snapshot_path).read_bytes()
        assert picture[:2] == b"\xff\xd8" and len(picture) > 2000, "the camera's real picture"

    listed = run_epewall("warnings", "list")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert any("camera 2" in line and "Tampering ×2" in line and "[open]" in line for line in lines)
    assert any("camera 3" in line and "Video loss" in line for line in lines)

    later = run_epewall("warnings", "list", "--since", "2999-01-01 00:00")
    assert later.returncode == 0 and "No warnings." in later.stdout
    wrong = run_epewall("warnings", "list", "--since", "yesterday")
    assert wrong.returncode == 2
    assert "YYYY-MM-DD HH:MM" in wrong.stderr and "Traceback" not in wrong.stderr
