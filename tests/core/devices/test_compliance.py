"""Appendix I rules, exemption by dates (I.1.3), stored results and the CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from app.devices import compliance
from app.devices.compliance import (
    CameraResult,
    EpeResult,
    EpeToCheck,
    Finding,
    Item,
    Verdict,
    assess_encoding,
    assess_measured,
    exemption,
)
from app.devices.media_profiles import MediaProfile, VideoEncoding, VideoSource
from app.devices.onvif_client import parse_address, strip_credentials
from app.devices.probing import DeviceProbe
from app.domain import Camera, CameraPosition, Epe
from app.media.puller import with_credentials
from app.sites.registry import Registry
from app.workers import run_to_end


def epe(licence: str | None, established: str | None) -> Epe:
    return Epe(
        name="Công ty TNHH Thử nghiệm",
        tax_id="0100233488",
        licence_date=dt.date.fromisoformat(licence) if licence else None,
        established_date=dt.date.fromisoformat(established) if established else None,
    )


@pytest.mark.parametrize(
    ("licence", "established", "exempt"),
    [
        ("2016-08-19", "2016-09-05", True),  # licensed long before Decree 18
        ("2021-04-24", "2021-06-01", True),  # the day before Decree 18 took effect
        ("2021-04-25", "2021-05-10", True),  # established between Decree 18 and Decision 247
        ("2021-04-25", "2022-03-01", True),
        ("2021-04-25", "2022-03-02", False),  # established the day Decision 247 took effect
        ("2022-06-15", "2022-07-01", False),
        (None, "2023-04-03", False),
        (None, None, False),
    ],
)
def test_exemption_follows_the_dates_of_decision_247(
    licence: str | None, established: str | None, exempt: bool
) -> None:
    status = exemption(epe(licence, established))
    assert status.exempt is exempt
    if exempt:
        assert status.reason


def test_missing_dates_are_said_when_checked_in_full() -> None:
    assert "not recorded" in exemption(epe(None, None)).reason


def failing(encoding: VideoEncoding | None) -> list[Item]:
    return [f.item for f in assess_encoding(encoding) if not f.ok]


def test_appendix_i_stream_rules() -> None:
    full_hd = VideoEncoding("H.264", 1920, 1080, 30, 4000, 30)
    assert failing(full_hd) == []
    assert failing(VideoEncoding("H.265", 2560, 1440, 30, 3000, 60)) == []
    assert failing(VideoEncoding("MJPEG", 1920, 1080, 30, None, None)) == []
    assert failing(VideoEncoding("H.264", 1080, 1920, 30, 4000, 30)) == [], "a portrait camera"
    assert failing(VideoEncoding("H.264", 1280, 720, 15, 1500, 15)) == [
        Item.RESOLUTION,
        Item.FRAME_RATE,
    ]
    assert failing(VideoEncoding("H.264", 1920, 1080, 25, 4000, 25)) == [Item.FRAME_RATE]
    assert failing(VideoEncoding("MPEG-4", 1920, 1080, 30, 4000, 30)) == [Item.CODEC]
    assert failing(VideoEncoding("H.264", 1920, 1080, None, 4000, 30)) == [Item.FRAME_RATE]
    assert failing(None) == [Item.RESOLUTION, Item.FRAME_RATE, Item.CODEC]
    found = {
        f.item: f.found for f in assess_encoding(VideoEncoding("H.264", 1280, 720, 15, None, None))
    }
    assert found[Item.RESOLUTION] == "1280x720"


def test_delivered_frame_rate_allows_an_odd_dropped_frame_but_not_pal() -> None:
    assert assess_measured(29.2).ok
    assert not assess_measured(25.0).ok
    assert not assess_measured(None).ok


def device_with(*encodings: VideoEncoding | None) -> DeviceProbe:
    result = DeviceProbe(host="10.0.0.5", port=80)
    for number, encoding in enumerate(encodings, start=1):
        main = MediaProfile(
            f"Profile_{number}01",
            f"Camera {number}",
            f"VideoSource_{number}",
            encoding,
            stream_uri=f"rtsp://10.0.0.5:554/Streaming/Channels/{number}01",
        )
        sub = MediaProfile(
            f"Profile_{number}02",
            f"Camera {number} sub",
            f"VideoSource_{number}",
            VideoEncoding("H.264", 640, 360, 15, 500, 15),
            stream_uri=f"rtsp://10.0.0.5:554/Streaming/Channels/{number}02",
        )
        result.sources.append(VideoSource(f"VideoSource_{number}", profiles=[sub, main]))
    return result


def test_cameras_are_matched_by_source_or_stream_url() -> None:
    device = device_with(
        VideoEncoding("H.264", 1920, 1080, 30, 4000, 30),
        VideoEncoding("H.264", 1280, 720, 15, 1500, 15),
    )
    by_url = Camera(
        epe_id=1,
        diagram_number=7,
        position=CameraPosition.GATE,
        id=11,
        main_url="rtsp://10.0.0.5:554/Streaming/Channels/201",
    )
    by_token = Camera(
        epe_id=1,
        diagram_number=3,
        position=CameraPosition.GATE,
        id=12,
        main_url="rtsp://elsewhere/1",
        extra={"onvif_source": "VideoSource_1"},
    )
    missing = Camera(
        epe_id=1,
        diagram_number=9,
        position=CameraPosition.OTHER,
        id=13,
        main_url="rtsp://10.0.0.5:554/Streaming/Channels/901",
    )

    results = compliance.assess_probe(
        device, [by_url, by_token, missing], measured={"VideoSource_1": 29.9}
    )

    assert [(r.diagram_number, r.verdict) for r in results] == [
        (7, Verdict.FAIL),
        (3, Verdict.PASS),
        (9, Verdict.FAIL),
    ]
    assert results[0].failing == [Item.RESOLUTION, Item.FRAME_RATE]
    assert results[1].measured_fps == 29.9
    assert results[2].failing == [Item.ONVIF]
    assert compliance.epe_verdict(results) is Verdict.FAIL
    assert compliance.epe_verdict(results[1:2]) is Verdict.PASS
    assert compliance.epe_verdict([]) is Verdict.FAIL, "no camera to judge is no pass"


def test_registry_epe_without_address_or_account_is_unreachable_with_a_reason() -> None:
    subject = epe("2023-01-01", "2023-02-01")
    subject.account_user = "hq"
    no_address = run_to_end(compliance.check_epe(EpeToCheck(subject, [], "pw")))
    assert no_address.verdict is Verdict.UNREACHABLE
    assert "Add from device" in no_address.message
    camera = Camera(
        epe_id=1, diagram_number=1, position=CameraPosition.GATE, extra={"onvif": "10.0.0.5:8000"}
    )
    no_password = run_to_end(compliance.check_epe(EpeToCheck(subject, [camera], None)))
    assert no_password.verdict is Verdict.UNREACHABLE
    assert "keyring" in no_password.message
    exempt = epe("2019-01-01", "2019-02-01")
    assert run_to_end(compliance.check_epe(EpeToCheck(exempt, [], None))).verdict is (
        Verdict.EXEMPT
    ), "exempt EPEs need no device and no password"


def sample_results() -> list[EpeResult]:
    failing_camera = CameraResult(
        name="Cổng nhập xuất",
        verdict=Verdict.FAIL,
        diagram_number=1,
        camera_id=5,
        findings=[
            Finding(Item.ONVIF, True, "answered", "answers"),
            Finding(Item.RESOLUTION, False, "1280x720", "≥ 1920x1080"),
            Finding(Item.FRAME_RATE, False, "15 fps", "≥ 30 fps"),
        ],
        encoding="H.264 1280x720 15 fps",
        measured_fps=15.0,
        stream_uri="rtsp://10.0.0.5:554/Streaming/Channels/101",
    )
    return [
        EpeResult(
            "Công ty TNHH Bao bì Minh Long",
            "3703218453",
            Verdict.FAIL,
            "2026-11-23T02:30:00+00:00",
            epe_id=4,
            cameras=[failing_camera],
            clock_offset_s=12.4,
        ),
        EpeResult(
            "Công ty TNHH Điện tử Sao Việt",
            "0315867420",
            Verdict.EXEMPT,
            "2026-11-23T02:30:00+00:00",
            epe_id=1,
            exemption="Licensed on 2016-08-19.",
        ),
    ]


def test_results_are_stored_with_their_time_and_the_latest_wins() -> None:
    first = sample_results()
    later = sample_results()
    later[0].verdict, later[0].checked_at, later[0].cameras = (
        Verdict.UNREACHABLE,
        "2026-11-24T02:30:00+00:00",
        [],
    )
    with Registry(":memory:") as registry:
        compliance.save_results(registry, first)
        compliance.save_results(registry, later[:1])
        latest = {r.tax_id: r for r in compliance.latest_results(registry)}
        with registry.database() as db:
            camera_rows = list(
                db.query("SELECT verdict, failing FROM compliance_results WHERE camera_id = 5")
            )
    assert latest["3703218453"].verdict is Verdict.UNREACHABLE
    assert latest["3703218453"].checked_at == "2026-11-24T02:30:00+00:00"
    assert latest["0315867420"] == first[1]
    assert camera_rows == [{"verdict": "fail", "failing": '["resolution", "frame_rate"]'}]


def test_csv_export_shows_local_time_failing_items_and_no_secrets() -> None:
    results = sample_results()
    # a device that echoes an address with the account in it (built here, never written out)
    leaky = with_credentials("rtsp://10.0.0.5/x", "hq", "Secret1")
    results[0].cameras[0].encoding = f"see {leaky}"
    rows = list(csv.reader(io.StringIO(compliance.results_csv(results))))
    assert rows[0][0] == "Checked at (UTC+7)"
    assert len(rows) == 3
    minh_long, sao_viet = rows[1], rows[2]
    assert minh_long[0] == "2026-11-23 09:30:00"
    assert minh_long[3] == "Fail" and minh_long[6] == "Fail"
    assert "Resolution: 1280x720 (≥ 1920x1080)" in minh_long[7]
    assert "Frame rate (configured)" in minh_long[7]
    assert minh_long[9] == "15.0" and minh_long[10] == "+12"
    assert "Secret1" not in minh_long[8]
    assert sao_viet[3] == "Exempt" and "2016-08-19" in sao_viet[11]


def test_addresses_and_uris() -> None:
    assert parse_address("192.168.1.64") == ("192.168.1.64", 80)
    assert parse_address(" nvr.example.vn:8080 ") == ("nvr.example.vn", 8080)
    assert parse_address("http://admin@10.0.0.5:8000/onvif/device_service") == ("10.0.0.5", 8000)
    assert parse_address("[fe80::1]:8899") == ("fe80::1", 8899)
    for bad in ("", "host:0", "host:99999", "host:abc"):
        with pytest.raises(ValueError, match="host:port"):
            parse_address(bad)
    typed = with_credentials("rtsp://10.0.0.5:554/Streaming/Channels/101", "admin", "12345")
    assert strip_credentials(typed) == "rtsp://10.0.0.5:554/Streaming/Channels/101"
    assert strip_credentials("rtsp://10.0.0.5/x") == "rtsp://10.0.0.5/x"
