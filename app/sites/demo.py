"""``epewall demo``: run the simulated EPE site and register its EPEs, cameras and accounts.

The demo uses its own profile folder (unless EPEWALL_HOME is set), so it never mixes with an
officer's real registry. The simulator's description file holds the fixture passwords; it lives in
a private temporary folder outside every app folder and is removed when the site stops.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from app import paths
from app.domain import Camera, CameraPosition, ConnectionMethod, Epe, RiskLevel, onvif_extra
from app.officers.profiles import OfficerStore
from app.officers.session import staff_demo
from app.recorders.base import RecorderClock, RecorderKind, RecorderSettings, TimeConvention
from app.recorders.store import load_recorder, save_recorder
from app.secrets import CredentialStore
from app.simsite.site import DEFAULT_CONFIG, SimEpe, SimulatedSite, SiteDescription
from app.sites.registry import Registry

if TYPE_CHECKING:
    from app.declarations.importing import ImportReport
    from app.simsite.config import EpeConfig

log = logging.getLogger(__name__)

# The demo's site goes partly dark a minute or two after it starts, so the EPE status board has a
# dark EPE to show: Minh Long as a whole (cameras and ONVIF device refuse connections, as when its
# line is down) and one camera of Đông Phương (accepts but never answers, as a dead camera).
# Both last until brought back with ``epewall sim outage --site DESC --epe EPE --mode none``.
# Tests use default_site.json, where every camera stays live.
DEMO_OUTAGES: tuple[dict[str, object], ...] = (
    {"epe": "3703218453", "mode": "refused", "from": 90},
    {"epe": "3602548173", "camera": 3, "mode": "silent", "from": 120},
)


def use_demo_profile() -> Path:
    """Point EPEWALL_HOME at the demo profile unless the caller chose a folder already."""
    if not os.environ.get(paths.HOME_ENV):
        os.environ[paths.HOME_ENV] = str(
            Path(platformdirs.user_data_dir(paths.APP_NAME, paths.APP_AUTHOR)) / "demo-profile"
        )
    return Path(os.environ[paths.HOME_ENV])


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _epe_from_sim(sim: SimEpe, existing: Epe | None) -> Epe:
    epe = existing or Epe(name=sim.name, tax_id=sim.tax_id)
    epe.name = sim.name
    epe.tax_id = sim.tax_id
    epe.address = sim.address
    epe.sub_department = sim.sub_department
    epe.contact_person = sim.contact_person
    epe.contact_phone = sim.contact_phone
    epe.connection = ConnectionMethod(sim.connection)
    epe.licence_date = _date(sim.licence_date)
    epe.established_date = _date(sim.established_date)
    epe.risk_level = RiskLevel(sim.risk_level)
    epe.account_user = sim.user
    epe.onvif_address = f"{sim.onvif_host}:{sim.onvif_port}" if sim.onvif_port else ""
    return epe


def _recorder_kind(sim: SimEpe) -> RecorderKind:
    # The kind an officer would choose for this make of NVR; the simulator serves all three.
    maker = str(sim.raw.get("onvif_device", {}).get("manufacturer", "")).lower()
    if "hikvision" in maker:
        return RecorderKind.HIKVISION
    if "dahua" in maker:
        return RecorderKind.DAHUA
    return RecorderKind.ONVIF_G


def _register_recorder(registry: Registry, epe_id: int, sim: SimEpe) -> None:
    described = sim.raw.get("recorder")
    if not described:
        return
    kind = _recorder_kind(sim)
    clock = RecorderClock(
        TimeConvention(described["times"][kind.value]), int(described["utc_offset_minutes"])
    )
    stored = load_recorder(registry, epe_id)
    if stored is not None and stored.kind is kind:
        clock = stored.clock  # keep a calibration made in an earlier demo
    settings = RecorderSettings(
        kind,
        str(described["host"]),
        int(described["http_port"]),
        int(described["rtsp_port"]),
        clock,
    )
    save_recorder(registry, epe_id, settings)


def _onvif_extra(sim: SimEpe, number: int) -> dict[str, str]:
    """Where the camera is on the EPE's ONVIF device, as "Add from device" would record it."""
    tokens = sim.onvif_channels.get(number)
    if not sim.onvif_port or tokens is None:
        return {}
    return onvif_extra(
        f"{sim.onvif_host}:{sim.onvif_port}",
        tokens["source"],
        tokens["main_profile"],
        tokens["sub_profile"],
        tokens["ptz_profile"],
    )


def register_site(
    registry: Registry, store: CredentialStore, site: SiteDescription
) -> Iterator[tuple[int, int, str]]:
    """Add or update every simulated EPE and camera with where its ONVIF device and recorder
    are (so PTZ, compliance and playback work at once); store each EPE's account in the keyring;
    give every EPE a responsible officer of the demo's team, as its team lead would.

    A generator yielding progress; the simulator's ports change per run, so URLs are refreshed.
    """
    total = len(site.epes)
    epes: list[Epe] = []
    for done, sim in enumerate(site.epes):
        yield done, total, sim.name
        existing = registry.find_epe(sim.tax_id)
        epe = _epe_from_sim(sim, existing)
        epe = registry.update_epe(epe) if existing else registry.add_epe(epe)
        assert epe.id is not None
        epes.append(epe)
        store.set_password(epe.uid, sim.password)
        _register_recorder(registry, epe.id, sim)
        cameras = {c.diagram_number: c for c in registry.list_cameras(epe.id)}
        for sim_cam in sim.cameras:
            cam = cameras.get(sim_cam.diagram_number) or Camera(
                epe_id=epe.id,
                diagram_number=sim_cam.diagram_number,
                position=CameraPosition(sim_cam.position),
            )
            cam.position = CameraPosition(sim_cam.position)
            cam.name = sim_cam.name
            cam.main_url = sim_cam.main_url
            cam.sub_url = sim_cam.sub_url
            cam.extra = {**cam.extra, **_onvif_extra(sim, sim_cam.diagram_number)}
            if cam.id is None:
                registry.add_camera(cam)
            else:
                registry.update_camera(cam)
    staff_demo(OfficerStore(registry), epes)
    yield total, total, ""


def import_corrected_customs_day(
    registry: Registry, epe: EpeConfig, day: dt.date, path: Path
) -> ImportReport:
    """The customs file of a simulated EPE's gate traffic on ``day`` (``app.simsite.
    customs_file``, its planted discrepancies included) written to ``path`` and imported as an
    officer would once it is corrected: without the line with a wrong check digit, which the
    importer would refuse whole. Raises ``CustomsFileError`` for a day with too few vehicles."""
    from app.declarations.importing import import_file
    from app.exports import write_csv
    from app.simsite import customs_file

    header, rows, truth = customs_file.customs_file(epe, day)
    refused = truth.get("wrong_check_digit", {}).get("line")
    kept = [row for line, row in enumerate(rows, start=2) if line != refused]
    with path.open("w", encoding="utf-8", newline="") as handle:
        write_csv(handle, header, kept)
    return import_file(registry, path)


def import_gate_declarations(registry: Registry, config: Path, today: dt.date) -> int:
    """The corrected customs files of the demo EPEs' gate traffic for yesterday and today, so
    the reconciliation review has a day to show. Returns how many documents were imported;
    importing again updates them."""
    from app.simsite import config as sim_config
    from app.simsite import customs_file, gate_traffic

    imported = 0
    for epe in sim_config.load(config):
        if gate_traffic.traffic_of(epe) is None:
            continue
        for day in (today - dt.timedelta(days=1), today):
            path = config.with_name(f"customs_{epe.tax_id}_{day.isoformat()}.csv")
            try:
                report = import_corrected_customs_day(registry, epe, day, path)
            except customs_file.CustomsFileError:
                continue  # too few vehicles that day for the plants
            imported += report.added + report.updated
    return imported


def demo_config(folder: Path) -> Path:
    """The demo site's configuration in ``folder``: the default site with ``DEMO_OUTAGES``."""
    data = json.loads(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    data["outages"] = [dict(outage) for outage in DEMO_OUTAGES]
    path = folder / "demo_site.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def start_site(config: Path | None = None) -> SimulatedSite:
    """Start the simulated site with its description in a private temporary folder; without
    ``config``, the demo's (with its scheduled outages)."""
    workdir = Path(tempfile.mkdtemp(prefix="epewall-sim-"))
    site = SimulatedSite(config=config or demo_config(workdir), workdir=workdir)
    description = site.start()
    log.info(
        "demo site: outages scheduled; change them with "
        "'epewall sim outage --site %s --epe EPE [--camera N] --mode MODE'",
        description.path,
    )
    return site
