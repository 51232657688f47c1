"""Add from device: what a probed device's video sources become as the EPE's cameras."""

from __future__ import annotations

import pytest

from app.devices.mapping import (
    SourceChoice,
    camera_from_choice,
    check_choices,
    choices_from_probe,
    clean_name,
    guess_position,
    save_choices,
)
from app.devices.media_profiles import MediaProfile, VideoEncoding, VideoSource
from app.devices.probing import DeviceProbe
from app.domain import (
    EXTRA_MAIN_PROFILE,
    EXTRA_ONVIF_ADDRESS,
    EXTRA_ONVIF_SOURCE,
    EXTRA_PTZ_PROFILE,
    EXTRA_SUB_PROFILE,
    CameraPosition,
    Epe,
    ValidationError,
)
from app.media.puller import with_credentials
from app.sites.registry import Registry

RTSP = "rtsp://127.0.0.1:8554"
ADDRESS = "192.168.1.64:80"


def encoding(width: int, height: int) -> VideoEncoding:
    return VideoEncoding("H.264", width, height, 25.0, None, None)


def source(number: int, name: str, ptz: bool = False) -> VideoSource:
    """An NVR channel as the probe reads it: a main and a sub profile, PTZ on the main."""
    token = f"VideoSource_{number}"
    main = MediaProfile(
        f"Profile_{number}01",
        f"{name} MAIN",
        token,
        encoding(1920, 1080),
        stream_uri=f"{RTSP}/ch{number}/main",
        ptz_node=f"PTZNode_{number}" if ptz else "",
    )
    sub = MediaProfile(
        f"Profile_{number}02",
        f"{name} SUB",
        token,
        encoding(640, 360),
        stream_uri=f"{RTSP}/ch{number}/sub",
    )
    return VideoSource(token, 1920, 1080, 25.0, profiles=[sub, main])


def device(*sources: VideoSource) -> DeviceProbe:
    host, port = ADDRESS.split(":")
    return DeviceProbe(host, int(port), sources=list(sources))


@pytest.mark.parametrize(
    ("profile", "camera"),
    [
        ("Cổng chính MAIN", "Cổng chính"),
        ("Kho thành phẩm_mainstream", "Kho thành phẩm"),
        ("Bãi container SubStream", "Bãi container"),
        ("Gate-sub", "Gate"),
        ("Camera 01", "Camera 01"),
        ("  MAIN ", "MAIN"),
    ],
)
def test_the_camera_is_named_after_the_channel_not_the_profile(profile: str, camera: str) -> None:
    assert clean_name(profile) == camera


def test_each_source_is_offered_with_its_streams_the_next_free_number_and_a_guessed_position() -> (
    None
):
    result = device(
        source(1, "Cổng chính", ptz=True), source(2, "Bãi container"), source(3, "Kho thành phẩm")
    )
    choices = choices_from_probe(result, used_numbers={2}, registered={f"{RTSP}/ch3/main": 7})
    assert [(c.name, c.position) for c in choices] == [
        ("Cổng chính", CameraPosition.GATE),
        ("Bãi container", CameraPosition.STORAGE_YARD),
        ("Kho thành phẩm", CameraPosition.INSIDE_STORAGE),
    ]
    assert [(c.main_url, c.sub_url) for c in choices[:1]] == [
        (f"{RTSP}/ch1/main", f"{RTSP}/ch1/sub")
    ]
    # 2 is taken in the EPE; the third source is already its camera 7, so it comes unticked.
    assert [(c.diagram_number, c.include, c.registered_as) for c in choices] == [
        (1, True, None),
        (3, True, None),
        (7, False, 7),
    ]
    assert [c.ptz_profile for c in choices] == ["Profile_101", "", ""]


def test_a_saved_camera_records_its_device_source_profiles_and_ptz_profile() -> None:
    steered, fixed = choices_from_probe(
        device(source(1, "Cổng", ptz=True), source(2, "Kho")), used_numbers=set()
    )
    assert steered.main is not None
    steered.main.stream_uri = with_credentials(f"{RTSP}/ch1/main", "admin", "Mật-khẩu 1")
    camera = camera_from_choice(steered, epe_id=4, address=ADDRESS)
    assert (camera.epe_id, camera.diagram_number, camera.name) == (4, 1, "Cổng")
    assert camera.main_url == f"{RTSP}/ch1/main", "credentials a device put in a URI are dropped"
    assert camera.extra == {
        EXTRA_ONVIF_ADDRESS: ADDRESS,
        EXTRA_ONVIF_SOURCE: "VideoSource_1",
        EXTRA_MAIN_PROFILE: "Profile_101",
        EXTRA_SUB_PROFILE: "Profile_102",
        EXTRA_PTZ_PROFILE: "Profile_101",
    }
    # "" is recorded too: the camera is known to be fixed, the wall does not ask its device.
    assert camera_from_choice(fixed, 4, ADDRESS).extra[EXTRA_PTZ_PROFILE] == ""


def test_the_ticked_choices_are_saved_all_or_none() -> None:
    with Registry(":memory:") as registry:
        epe = registry.add_epe(Epe(name="Công ty TNHH Điện tử Sao Mai", tax_id="0100233488"))
        assert epe.id is not None
        choices = choices_from_probe(
            device(source(1, "Cổng"), source(2, "Kho"), source(3, "Bãi")), used_numbers=set()
        )
        choices[1].include = False
        saved = save_choices(registry, epe.id, ADDRESS, choices)
        assert [c.diagram_number for c in registry.list_cameras(epe.id)] == [1, 3]
        assert [c.id for c in saved] == [c.id for c in registry.list_cameras(epe.id)]

        again = choices_from_probe(
            device(source(4, "Cửa"), source(5, "Cổng sau")), used_numbers={1, 3}
        )
        assert [c.diagram_number for c in again] == [2, 4]
        again[1].diagram_number = 1  # already the EPE's camera 1: the first is not kept either
        with pytest.raises(ValidationError):
            save_choices(registry, epe.id, ADDRESS, again)
        assert [c.diagram_number for c in registry.list_cameras(epe.id)] == [1, 3]


def _choice(number: int, include: bool = True, url: str = f"{RTSP}/x") -> SourceChoice:
    profile = MediaProfile("P", "P", "S", encoding(1920, 1080), stream_uri=url)
    return SourceChoice(VideoSource("S", profiles=[profile]), profile, None, include, number)


def test_check_choices_names_each_problem_row() -> None:
    rows = [_choice(1), _choice(1), _choice(5), _choice(9, url=""), _choice(5, include=False)]
    problems = check_choices(rows, used_numbers={5})
    assert set(problems) == {0, 1, 2, 3}
    assert "already has a camera" in problems[2]
    assert "no stream address" in problems[3]
    assert check_choices([_choice(1), _choice(2)], used_numbers={3}) == {}


@pytest.mark.parametrize(
    ("name", "position"),
    [
        ("Cổng chính", CameraPosition.GATE),
        ("Main gate lane 2", CameraPosition.GATE),
        ("Cửa kho NVL", CameraPosition.STORAGE_DOOR),
        ("Bãi phế liệu", CameraPosition.STORAGE_YARD),
        ("Warehouse 3", CameraPosition.INSIDE_STORAGE),
        ("Camera 01", CameraPosition.OTHER),
    ],
)
def test_positions_are_guessed_from_channel_names(name: str, position: CameraPosition) -> None:
    assert guess_position(name) is position
