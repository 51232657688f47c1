"""Which cameras have PTZ, read back from what "Add from device" recorded with them."""

from __future__ import annotations

from app.devices.ptz import PtzDiscovery, PtzTarget, ptz_discovery, ptz_target
from app.domain import Camera, CameraPosition


def test_ptz_target_comes_from_the_camera_added_from_its_device() -> None:
    ptz = Camera(
        1, 1, CameraPosition.GATE, extra={"onvif": "10.0.0.5:8000", "ptz_profile": "Profile_101"}
    )
    assert ptz_target(ptz) == PtzTarget("10.0.0.5", 8000, "Profile_101")
    assert ptz_target(Camera(1, 2, CameraPosition.GATE, extra={"onvif": "10.0.0.5:8000"})) is None
    assert ptz_target(Camera(1, 3, CameraPosition.GATE)) is None


def test_the_device_is_asked_only_for_cameras_whose_ptz_was_never_recorded() -> None:
    never = Camera(
        1,
        1,
        CameraPosition.GATE,
        extra={
            "onvif": "10.0.0.5:8000",
            "onvif_source": "VideoSource_1",
            "onvif_main_profile": "Profile_101",
        },
    )
    assert ptz_discovery(never) == PtzDiscovery("10.0.0.5", 8000, "VideoSource_1", "Profile_101")
    fixed = Camera(
        1,
        2,
        CameraPosition.GATE,
        extra={"onvif": "10.0.0.5:8000", "onvif_source": "VideoSource_2", "ptz_profile": ""},
    )
    assert ptz_discovery(fixed) is None
    assert ptz_discovery(Camera(1, 3, CameraPosition.GATE, main_url="rtsp://10.0.0.5/3")) is None
