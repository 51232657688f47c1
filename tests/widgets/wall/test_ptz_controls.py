"""Pan/tilt/zoom from the wall, against the simulated NVR's PTZ service."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.devices.ptz import PtzDiscovery, PtzTarget, ptz_discovery, ptz_target
from app.domain import Camera, CameraPosition
from app.media.stream import StreamController
from app.officers.profiles import Role
from app.simsite.onvif_server import OnvifServer, SimChannel, SimDevice, SimStream
from app.wall.layout import CameraInfo, WallModel
from tests.helpers.faulty_servers import closed_port
from tests.helpers.menus import choose, menu_texts, open_tile_menu
from widgets.wall import WallWidget
from widgets.wall.ptz import PtzAttacher, PtzController, PtzStrip

USER, PASSWORD = "giamsat", "Ptz-Mật-khẩu"
PTZ_PROFILE = "Profile_101"


@pytest.fixture
def nvr() -> Iterator[OnvifServer]:
    rtsp = "rtsp://127.0.0.1:8554"
    channels = [
        SimChannel(
            1,
            "Cổng",
            SimStream(1920, 1080, 25, "h264"),
            SimStream(640, 360, 15, "h264"),
            f"{rtsp}/1/main",
            f"{rtsp}/1/sub",
            ptz=True,
        ),
        SimChannel(
            2,
            "Kho",
            SimStream(1920, 1080, 25, "h264"),
            SimStream(640, 360, 15, "h264"),
            f"{rtsp}/2/main",
            f"{rtsp}/2/sub",
        ),
    ]
    with OnvifServer(SimDevice(user=USER, password=PASSWORD, channels=channels)) as server:
        yield server


class RoleBox:
    """Who is logged in, as the main window's officer session would say."""

    def __init__(self, role: Role | None) -> None:
        self.role = role

    def __call__(self) -> Role | None:
        return self.role


StripMaker = Callable[..., PtzStrip]


@pytest.fixture
def make_strip(qtbot: QtBot, nvr: OnvifServer) -> Iterator[StripMaker]:
    controllers: list[PtzController] = []
    holders: list[QWidget] = []

    def make(role: RoleBox, password: str = PASSWORD, port: int | None = None) -> PtzStrip:
        target = PtzTarget(nvr.host, port or nvr.port, PTZ_PROFILE)
        controller = PtzController(target, lambda: (USER, password))
        controllers.append(controller)
        holder = QWidget()
        holders.append(holder)
        qtbot.addWidget(holder)
        strip = PtzStrip(controller, role, holder)
        QVBoxLayout(holder).addWidget(strip)
        holder.show()
        qtbot.waitExposed(holder)
        return strip

    yield make
    for controller in controllers:
        controller.shutdown()
        controller.queue.wait(10_000)


def pan_tilt_zoom(nvr: OnvifServer) -> tuple[float, float, float]:
    return nvr.ptz_position(1)


def moving(nvr: OnvifServer) -> bool:
    return nvr._ptz[1].moving


@pytest.mark.parametrize(
    ("role", "controls", "save_preset"),
    [
        (None, False, False),
        (Role.VIEW_ONLY, False, False),
        (Role.OFFICER, True, False),
        (Role.TEAM_LEAD, True, True),
    ],
)
def test_controls_are_shown_only_to_roles_that_may_steer(
    make_strip: StripMaker, role: Role | None, controls: bool, save_preset: bool
) -> None:
    strip = make_strip(RoleBox(role))
    assert strip.isVisible() is controls
    assert strip.save_preset_button.isVisibleTo(strip) is save_preset


def test_logging_out_hides_the_controls_and_stops_a_move(
    qtbot: QtBot, make_strip: StripMaker, nvr: OnvifServer
) -> None:
    role = RoleBox(Role.OFFICER)
    strip = make_strip(role)
    qtbot.mousePress(strip.right, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: moving(nvr), timeout=10_000)
    role.role = Role.VIEW_ONLY
    strip.refresh_permissions()
    assert not strip.isVisible()
    qtbot.waitUntil(lambda: not moving(nvr), timeout=10_000)


def test_an_arrow_key_pans_while_held_and_stops_on_release(
    qtbot: QtBot, make_strip: StripMaker, nvr: OnvifServer
) -> None:
    strip = make_strip(RoleBox(Role.OFFICER))
    strip.setFocus()
    qtbot.keyPress(strip, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: pan_tilt_zoom(nvr)[0] > 0.05, timeout=10_000)
    assert moving(nvr)
    qtbot.keyRelease(strip, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: not moving(nvr), timeout=10_000)
    stopped_at = pan_tilt_zoom(nvr)
    assert stopped_at[1] == pytest.approx(0.0) and stopped_at[2] == pytest.approx(0.0)
    qtbot.keyPress(strip, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: pan_tilt_zoom(nvr)[1] > 0.05, timeout=10_000)
    qtbot.keyRelease(strip, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: not moving(nvr), timeout=10_000)
    assert pan_tilt_zoom(nvr)[0] == pytest.approx(stopped_at[0], abs=1e-3)


def test_zoom_buttons_zoom_while_pressed(
    qtbot: QtBot, make_strip: StripMaker, nvr: OnvifServer
) -> None:
    strip = make_strip(RoleBox(Role.OFFICER))
    qtbot.mousePress(strip.zoom_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pan_tilt_zoom(nvr)[2] > 0.05, timeout=10_000)
    qtbot.mouseRelease(strip.zoom_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not moving(nvr), timeout=10_000)
    assert pan_tilt_zoom(nvr)[:2] == pytest.approx((0.0, 0.0))


def test_presets_are_listed_and_go_to_and_home_move_the_camera(
    qtbot: QtBot, make_strip: StripMaker, nvr: OnvifServer
) -> None:
    strip = make_strip(RoleBox(Role.OFFICER))
    qtbot.waitUntil(lambda: strip.presets.count() == 3, timeout=10_000)
    names = [strip.presets.itemText(i) for i in range(strip.presets.count())]
    assert names[1:] == ["Cổng", "Bãi container"]
    strip.presets.activated.emit(2)
    qtbot.waitUntil(
        lambda: pan_tilt_zoom(nvr) == pytest.approx((0.6, -0.3, 0.5), abs=1e-3), timeout=10_000
    )
    qtbot.keyPress(strip, Qt.Key.Key_Home)
    qtbot.waitUntil(
        lambda: pan_tilt_zoom(nvr) == pytest.approx((0.0, 0.0, 0.0), abs=1e-3), timeout=10_000
    )


def test_a_team_lead_saves_the_current_view_as_a_preset(
    qtbot: QtBot, make_strip: StripMaker, nvr: OnvifServer
) -> None:
    strip = make_strip(RoleBox(Role.TEAM_LEAD))
    qtbot.waitUntil(lambda: strip.presets.count() == 3, timeout=10_000)
    strip.controller.goto_preset("1")
    strip.controller.set_preset("Lối ra xe tải")
    qtbot.waitUntil(lambda: strip.presets.count() == 4, timeout=10_000)
    assert strip.presets.itemText(3) == "Lối ra xe tải"
    saved = next(p for p in strip.controller.presets if p.name == "Lối ra xe tải")
    assert (saved.pan, saved.tilt) == pytest.approx((-0.6, 0.2), abs=1e-3)


def test_an_officer_cannot_open_the_save_preset_prompt(make_strip: StripMaker) -> None:
    strip = make_strip(RoleBox(Role.OFFICER))
    strip.ask_preset_name()  # would block in a modal prompt if it were allowed
    assert not strip.save_preset_button.isVisibleTo(strip)


def test_a_wrong_password_is_reported_on_the_strip(qtbot: QtBot, make_strip: StripMaker) -> None:
    strip = make_strip(RoleBox(Role.OFFICER), password="wrong")
    qtbot.waitUntil(lambda: "refused the account" in strip.message.text(), timeout=10_000)


PTZ_ENTRY = "PTZ control (arrow keys, + and −)"


def test_a_small_strip_keeps_arrows_and_zoom_and_puts_presets_behind_a_star(
    qtbot: QtBot, make_strip: StripMaker, nvr: OnvifServer
) -> None:
    strip = make_strip(RoleBox(Role.TEAM_LEAD))
    qtbot.waitUntil(lambda: strip.presets.count() == 3, timeout=10_000)
    assert not strip.is_compact and strip.presets.isVisible()
    # A tile of a 4x4 wall: the wall's grid ignores what its tiles would like to be.
    strip.window().layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    strip.window().setMinimumSize(0, 0)
    strip.window().resize(230, 60)
    qtbot.waitUntil(lambda: strip.is_compact)
    assert not strip.presets.isVisible() and strip.preset_button.isVisible()
    assert not strip.save_preset_button.isVisible()
    arrows = (strip.left, strip.up, strip.down, strip.right, strip.zoom_out, strip.zoom_in)
    assert all(button.isVisible() for button in arrows)
    assert strip.minimumSizeHint().width() <= 230  # nothing squeezed to a letter
    assert [a.text() for a in strip.preset_menu.actions()] == ["Cổng", "Bãi container"]

    def pick() -> None:
        menu = strip.preset_menu
        entry = next(a for a in menu.actions() if a.text() == "Bãi container")
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(entry).center())

    # The star opens its list in a menu loop of its own: pick the entry once it is shown.
    strip.preset_menu.aboutToShow.connect(lambda: QTimer.singleShot(0, pick))
    qtbot.mouseClick(strip.preset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: pan_tilt_zoom(nvr) == pytest.approx((0.6, -0.3, 0.5), abs=1e-3), timeout=10_000
    )
    strip.window().resize(700, 60)
    qtbot.waitUntil(lambda: not strip.is_compact)
    assert strip.presets.isVisible() and strip.save_preset_button.isVisible()


def test_the_wall_gives_a_strip_only_to_ptz_cameras(
    qtbot: QtBot, nvr: OnvifServer, tmp_path: Path
) -> None:
    port = closed_port()
    infos = {
        n: CameraInfo(
            n,
            1,
            "Sao Mai",
            n,
            CameraPosition.GATE,
            f"Camera {n}",
            f"rtsp://127.0.0.1:{port}/{n}/main",
            f"rtsp://127.0.0.1:{port}/{n}/sub",
        )
        for n in (1, 2)
    }
    targets = {1: PtzTarget(nvr.host, nvr.port, PTZ_PROFILE)}

    def lookup(camera_id: int) -> tuple[PtzTarget, Callable[[], tuple[str, str]]] | None:
        target = targets.get(camera_id)
        return (target, lambda: (USER, PASSWORD)) if target else None

    role = RoleBox(Role.OFFICER)
    wall = WallWidget(
        lambda n: StreamController(infos[n].sub_url, open_timeout=1.0),
        infos.get,
        model=WallModel("2x2", [1, 2]),
        snapshot_dir=tmp_path,
    )
    qtbot.addWidget(wall)
    attacher = PtzAttacher(wall, lookup, role, wall)
    wall.resize(900, 600)
    wall.show()
    qtbot.waitExposed(wall)
    try:
        ptz_tile, fixed_tile = wall.tile_at(0), wall.tile_at(1)
        assert ptz_tile is not None and fixed_tile is not None
        strip = ptz_tile.findChild(PtzStrip)
        assert strip is not None and strip.isVisible()
        assert fixed_tile.findChild(PtzStrip) is None
        # The strip sits between the picture and the state footer.
        assert ptz_tile.surface.geometry().bottom() < strip.geometry().top()
        assert strip.geometry().bottom() < ptz_tile.footer_bar.geometry().top()
        # The tile's right-click menu offers PTZ for this camera only, and gives it the keys.
        assert PTZ_ENTRY not in menu_texts(open_tile_menu(qtbot, fixed_tile))
        menu = open_tile_menu(qtbot, ptz_tile)
        assert PTZ_ENTRY in menu_texts(menu)
        choose(qtbot, menu, PTZ_ENTRY)
        assert wall.focusWidget() is strip  # the arrow keys go to this camera
        # A tile built later (camera moved to another cell) gets its strip too.
        wall.swap_cells(0, 3)
        qtbot.waitUntil(
            lambda: wall.tile_at(3) is not None and wall.tile_at(3).findChild(PtzStrip) is not None,
            timeout=5_000,
        )
        role.role = Role.VIEW_ONLY
        attacher.refresh_permissions()
        assert all(not s.isVisible() for s in attacher.strips())
    finally:
        attacher.shutdown()
        attacher.wait(10_000)
        wall.shutdown()


def test_a_camera_whose_ptz_was_never_recorded_gets_its_strip_after_asking_the_device(
    qtbot: QtBot, nvr: OnvifServer, tmp_path: Path
) -> None:
    port = closed_port()
    address = f"{nvr.host}:{nvr.port}"
    cameras = {
        n: Camera(
            1,
            n,
            CameraPosition.GATE,
            id=n,
            extra={
                "onvif": address,
                "onvif_source": f"VideoSource_{n}",
                "onvif_main_profile": f"Profile_{n}01",
            },
        )
        for n in (1, 2)
    }
    assert all(ptz_target(c) is None for c in cameras.values())
    infos = {
        n: CameraInfo(n, 1, "Sao Mai", n, CameraPosition.GATE, "", f"rtsp://127.0.0.1:{port}/{n}")
        for n in cameras
    }

    def lookup(camera_id: int) -> tuple[PtzDiscovery, Callable[[], tuple[str, str]]] | None:
        discovery = ptz_discovery(cameras[camera_id])
        return (discovery, lambda: (USER, PASSWORD)) if discovery else None

    wall = WallWidget(
        lambda n: StreamController(infos[n].main_url, open_timeout=1.0),
        infos.get,
        model=WallModel("1+5", [1, 2]),
        snapshot_dir=tmp_path,
    )
    qtbot.addWidget(wall)
    attacher = PtzAttacher(wall, lookup, RoleBox(Role.OFFICER), wall)
    wall.resize(900, 600)
    wall.show()
    try:
        qtbot.waitUntil(lambda: len(attacher.discovered) == 2, timeout=20_000)
        assert attacher.discovered == {1: PtzTarget(nvr.host, nvr.port, PTZ_PROFILE), 2: None}
        ptz_tile, fixed_tile = wall.tile_at(0), wall.tile_at(1)
        assert ptz_tile is not None and fixed_tile is not None
        strip = ptz_tile.findChild(PtzStrip)
        assert strip is not None and strip.isVisible()
        assert fixed_tile.findChild(PtzStrip) is None
        # Recorded as fixed: never asked.
        assert (
            ptz_discovery(
                Camera(
                    1,
                    3,
                    CameraPosition.GATE,
                    extra={"onvif": address, "onvif_source": "VideoSource_3", "ptz_profile": ""},
                )
            )
            is None
        )
    finally:
        attacher.shutdown()
        attacher.wait(10_000)
        wall.shutdown()


def test_each_command_the_officer_gives_is_reported_once_for_the_audit_trail(
    qtbot: QtBot, make_strip: StripMaker, nvr: OnvifServer
) -> None:
    strip = make_strip(RoleBox(Role.OFFICER))
    given: list[tuple[str, dict[str, object]]] = []
    strip.controller.commanded.connect(lambda command, details: given.append((command, details)))
    strip.setFocus()
    qtbot.keyPress(strip, Qt.Key.Key_Right)
    qtbot.keyPress(strip, Qt.Key.Key_Right)  # pressed again while held: the same move
    qtbot.waitUntil(lambda: moving(nvr), timeout=10_000)
    qtbot.keyRelease(strip, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: not moving(nvr), timeout=10_000)
    strip.controller.goto_preset("1")
    assert [command for command, _details in given] == ["move", "stop", "goto_preset"]
    assert given[2][1] == {"preset": "1"}
