"""What a test puts in a registry, each in a line or two: a team lead and officers with PINs, EPEs
with their cameras, the simulated site's EPEs; and the look-ups a wall is given over them.

The officers are made through ``OfficerStore`` and the EPEs through ``Registry`` as the app makes
them, so a test reads back what the app would store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from app.domain import Camera, CameraPosition, Epe, RiskLevel
from app.media.puller import Credentials
from app.media.stream import Backoff, StreamController
from app.officers.profiles import Officer, OfficerStore, Role
from app.simsite.site import SimEpe
from app.sites.registry import Registry
from app.wall.layout import CameraInfo
from tests.helpers.faulty_servers import closed_port

PIN = "246813"

# A camera to add: its number on the EPE's diagram, where it looks, and optionally its name.
CameraSpec = tuple[int, CameraPosition] | tuple[int, CameraPosition, str]


class SiteBuilder:
    """Fills ``registry``; officers see ``clock`` when given (the log entries of their creation
    carry its time), the real time otherwise."""

    def __init__(self, registry: Registry, clock: Callable[[], dt.datetime] | None = None) -> None:
        self.registry = registry
        self.officers = OfficerStore(registry, clock) if clock else OfficerStore(registry)
        self.lead: Officer | None = None

    def add_lead(self, code: str = "TL01", name: str = "Trần Văn Lâm", pin: str = PIN) -> Officer:
        """The first profile, who adds the others; there must be one before any officer."""
        self.lead = self.officers.add_officer(None, Officer(code, name, Role.TEAM_LEAD), pin)
        return self.lead

    def add_officer(
        self, code: str, name: str, role: Role = Role.OFFICER, pin: str = PIN
    ) -> Officer:
        if self.lead is None:
            raise RuntimeError("add_lead() first: only a team lead adds officers")
        return self.officers.add_officer(self.lead, Officer(code, name, role), pin)

    def assign(self, epe: Epe, *officers: Officer) -> None:
        """Make ``officers`` responsible for ``epe`` (the lead decides)."""
        for officer in officers:
            self.officers.assign(self.lead, epe.id or 0, officer.id or 0)

    def add_epe(
        self,
        name: str,
        tax_id: str,
        *cameras: CameraSpec,
        risk_level: RiskLevel = RiskLevel.LOW,
        host: str = "10.0.0.1",
    ) -> tuple[Epe, list[Camera]]:
        """An EPE and its cameras in diagram order; camera ``n`` streams from ``host`` on
        channel ``n`` (main and sub), which need not answer."""
        epe = self.registry.add_epe(Epe(name, tax_id, risk_level=risk_level))
        assert epe.id is not None
        added = []
        for number, position, *label in cameras:
            base = f"rtsp://{host}/Streaming/Channels/{number}0"
            added.append(
                self.registry.add_camera(
                    Camera(
                        epe.id,
                        number,
                        position,
                        label[0] if label else "",
                        main_url=base + "1",
                        sub_url=base + "2",
                    )
                )
            )
        return epe, added

    def add_sim_epe(self, sim: SimEpe) -> tuple[Epe, list[Camera]]:
        """An EPE of the simulated site with its account name and its cameras (the password is
        the caller's to put in the keyring, or not)."""
        epe = self.registry.add_epe(Epe(name=sim.name, tax_id=sim.tax_id, account_user=sim.user))
        assert epe.id is not None
        cameras = [
            self.registry.add_camera(
                Camera(
                    epe.id,
                    camera.diagram_number,
                    CameraPosition(camera.position),
                    camera.name,
                    camera.main_url,
                    camera.sub_url,
                )
            )
            for camera in sim.cameras
        ]
        return epe, cameras

    def add_two_epes(
        self, *more: CameraSpec, risk_level: RiskLevel = RiskLevel.LOW
    ) -> tuple[Epe, Epe]:
        """The widget tests' two EPEs, their cameras on a port where nothing answers: Sao Việt
        (``risk_level``) with its main gate, its finished-goods yard and ``more``, and Hòa
        Bình Xanh with its gate."""
        nowhere = f"127.0.0.1:{closed_port()}"
        sao_viet, _ = self.add_epe(
            "Công ty TNHH Điện tử Sao Việt",
            "3601234569",
            (1, CameraPosition.GATE, "Cổng chính"),
            (2, CameraPosition.STORAGE_YARD, "Bãi thành phẩm"),
            *more,
            risk_level=risk_level,
            host=nowhere,
        )
        hoa_binh, _ = self.add_epe(
            "Công ty TNHH May mặc Hòa Bình Xanh",
            "2301275957",
            (1, CameraPosition.GATE, "Cổng"),
            host=nowhere,
        )
        return sao_viet, hoa_binh


class WallSources:
    """What the main window gives a ``WallWidget``: a stream per camera, the camera's title and
    URLs, and an EPE's cameras; every stream built is kept in ``built``."""

    def __init__(
        self,
        infos: Iterable[CameraInfo],
        cameras: dict[int, list[Camera]] | None = None,
        credentials: Credentials | None = None,
        backoff: Backoff | None = None,
        open_timeout: float = 5.0,
    ) -> None:
        self.infos = {info.camera_id: info for info in infos}
        self.cameras = cameras or {}
        self.credentials = credentials
        self.backoff = backoff
        self.open_timeout = open_timeout
        self.built: list[StreamController] = []

    @classmethod
    def from_registry(
        cls, registry: Registry, credentials: Credentials | None = None
    ) -> WallSources:
        """The look-ups over every camera in ``registry`` now, as the main window reads them."""
        epes = {epe.id: epe for epe in registry.list_epes()}
        by_epe: dict[int, list[Camera]] = {}
        infos: list[CameraInfo] = []
        for camera in registry.list_cameras():
            by_epe.setdefault(camera.epe_id, []).append(camera)
            infos.append(CameraInfo.from_domain(camera, epes[camera.epe_id]))
        return cls(infos, by_epe, credentials)

    def stream(self, camera_id: int) -> StreamController:
        # Built on the main URL on purpose: the wall must choose the sub stream itself.
        info = self.infos[camera_id]
        stream = StreamController(
            info.main_url or info.sub_url,
            self.credentials,
            backoff=self.backoff,
            open_timeout=self.open_timeout,
        )
        self.built.append(stream)
        return stream

    def lookup(self, camera_id: int) -> CameraInfo | None:
        return self.infos.get(camera_id)

    def epe_cameras(self, epe_id: int) -> list[Camera]:
        return self.cameras.get(epe_id, [])
