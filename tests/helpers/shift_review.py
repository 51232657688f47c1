"""A night to review at the start of a shift: EPEs in a registry, the simulator's own recorder
(in-process, Profile G) for one of them with the EPE's password in the test keyring, a camera that
went down and came back during the night, and device warnings, open and resolved.

The night is a fixed one in the past (a Tuesday and the working day before it, both working days
by the real calendar), so what the recorder logged in it is the same whenever the test runs: the
simulator's motion at 17:10 on three cameras, its off-hours motion at 21:40 on three cameras and
at 01:25 on camera 1; its 08:10 and 09:10 motion are in office hours and not reviewed.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from app.domain import Camera, CameraPosition, Epe, RiskLevel
from app.health.model import CameraCondition, ProbeResult
from app.health.store import HealthStore
from app.officers.profiles import Officer
from app.recorders.base import RecorderKind, RecorderSettings
from app.recorders.store import save_recorder
from app.secrets import CredentialStore
from app.simsite.config import HOST, parse_config
from app.simsite.recorder import Archive, RecorderConfig, make_http_server
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, WorkingCalendar
from app.warnings.store import WarningStore
from app.warnings.topics import WarningKind
from tests.helpers.faulty_servers import closed_port
from tests.helpers.keyring import ready_store
from tests.helpers.sites import SiteBuilder

USER, PASSWORD = "hq_saoviet", "SaoViet2016xk"
OFFICER_CODE = "CB001"
# The motion the recorder logged off hours in the night (Vietnam time of day, camera).
NIGHT_MOTION = [
    (dt.time(17, 10), 1),
    (dt.time(17, 10), 2),
    (dt.time(17, 10), 3),
    (dt.time(21, 40), 1),
    (dt.time(21, 40), 2),
    (dt.time(21, 40), 3),
    (dt.time(1, 25), 1),
]


def review_morning(today: dt.date | None = None) -> dt.datetime:
    """09:30 Vietnam time of the latest Tuesday at least two days ago whose Monday is a working
    day too (Tết or a 2 September can fall on either)."""
    calendar = WorkingCalendar()
    day = (today or dt.datetime.now(VIETNAM).date()) - dt.timedelta(days=2)
    while day.weekday() != 1 or not (
        calendar.is_working_day(day) and calendar.is_working_day(day - dt.timedelta(days=1))
    ):
        day -= dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(9, 30), VIETNAM).astimezone(dt.UTC)


@dataclass
class Night:
    registry: Registry
    officer: Officer
    watched: Epe  # assigned to the officer, with the recorder
    risky: Epe  # high risk, its recorder does not answer
    other: Epe  # neither: not in the officer's review
    cameras: list[Camera]
    morning: dt.datetime  # when the officer reviews (UTC)
    evening: dt.datetime  # when the last shift ended: 17:00 the day before (UTC)
    credentials: CredentialStore
    open_warning_id: int = 0
    outage_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    back_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def motion_moments(self) -> list[tuple[dt.datetime, int]]:
        day = self.evening.astimezone(VIETNAM).date()
        out = []
        for clock, camera in NIGHT_MOTION:
            when = day if clock >= dt.time(12) else day + dt.timedelta(days=1)
            out.append((dt.datetime.combine(when, clock, VIETNAM).astimezone(dt.UTC), camera))
        return sorted(out)


@contextmanager
def night_to_review(registry: Registry) -> Iterator[Night]:
    """The registry filled as the module says, the recorder serving until the block ends."""
    morning = review_morning()
    evening = dt.datetime.combine(
        morning.astimezone(VIETNAM).date() - dt.timedelta(days=1), dt.time(17), VIETNAM
    ).astimezone(dt.UTC)
    builder = SiteBuilder(registry)
    builder.add_lead()
    officer = builder.add_officer(OFFICER_CODE, "Nguyễn Thị Hoa")
    config = parse_config(
        {
            "epes": [
                {
                    "name": "Công ty TNHH Điện tử Sao Việt",
                    "tax_id": "0315867420",
                    "account": {"user": USER, "password": PASSWORD},
                    "cameras": [{"diagram_number": n, "position": "gate"} for n in (1, 2, 3)],
                }
            ]
        }
    )
    archive = Archive(config[0], RecorderConfig("onvif_g", 400, "local", daily_gap=False))
    http = make_http_server(archive)
    threading.Thread(target=http.serve_forever, daemon=True).start()
    try:
        watched = registry.add_epe(
            Epe("Công ty TNHH Điện tử Sao Việt", "0315867420", account_user=USER)
        )
        assert watched.id is not None
        cameras = [
            registry.add_camera(Camera(watched.id, n, CameraPosition.GATE, f"Cổng {n}"))
            for n in (1, 2, 3)
        ]
        save_recorder(
            registry,
            watched.id,
            RecorderSettings(RecorderKind.ONVIF_G, HOST, http_port=http.server_address[1]),
        )
        builder.assign(watched, officer)
        risky, _ = builder.add_epe(
            "Công ty CP May Hòa Bình Xanh",
            "2301275957",
            (1, CameraPosition.GATE),
            risk_level=RiskLevel.HIGH,
        )
        risky = registry.update_epe(replace(risky, account_user="hbx"))
        assert risky.id is not None
        save_recorder(
            registry,
            risky.id,
            RecorderSettings(RecorderKind.HIKVISION, HOST, http_port=closed_port(), timeout_s=3),
        )
        other, _ = builder.add_epe(
            "Công ty TNHH Thực phẩm Đông Phương", "3602548173", (1, CameraPosition.GATE)
        )
        credentials = ready_store()
        credentials.set_password(watched.uid, PASSWORD)
        credentials.set_password(risky.uid, "HoaBinh2020")
        night = Night(
            registry, officer, watched, risky, other, cameras, morning, evening, credentials
        )
        _camera_down_and_back(night)
        _warnings(night)
        yield night
    finally:
        http.shutdown()
        http.server_close()


def _camera_down_and_back(night: Night) -> None:
    """Camera 2 of the watched EPE: seen OK before the shift ended, down at 23:05, back at
    05:40 (the monitor looked every few minutes; only the changes are kept)."""
    assert night.watched.id is not None and night.cameras[1].id is not None
    store = HealthStore(night.registry, stale_after=dt.timedelta(days=2))
    night.outage_at = night.evening + dt.timedelta(hours=6, minutes=5)
    night.back_at = night.evening + dt.timedelta(hours=12, minutes=40)
    for at, condition in (
        (night.evening - dt.timedelta(hours=1), CameraCondition.OK),
        (night.outage_at, CameraCondition.UNREACHABLE),
        (night.back_at, CameraCondition.OK),
    ):
        store.record(
            [ProbeResult(night.watched.id, night.cameras[1].id, 2, condition, at, "", "monitor")]
        )


def _warnings(night: Night) -> None:
    """Tampering on camera 3 at 22:15, open; a motion warning at 19:00 already resolved."""
    assert night.watched.id is not None
    store = WarningStore(night.registry)
    open_one, _ = store.record(
        night.watched.id,
        3,
        WarningKind.TAMPERING,
        night.evening + dt.timedelta(hours=5, minutes=15),
        camera_id=night.cameras[2].id,
    )
    done, _ = store.record(
        night.watched.id, 1, WarningKind.MOTION, night.evening + dt.timedelta(hours=2)
    )
    assert open_one.id is not None and done.id is not None
    store.resolve(done.id, "CB009", "Xe nâng của DNCX", night.evening + dt.timedelta(hours=3))
    night.open_warning_id = open_one.id
