"""The storm rule, resolving, and which event topics are warnings (no device needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import Camera, CameraPosition, Epe
from app.peers import CredentialScope
from app.sites.registry import Registry
from app.warnings.manager import DeviceTarget, DeviceWatcher, WatchState
from app.warnings.pullpoint import EventsFailure, PullPointClient
from app.warnings.store import NOTE_MAX, WarningStore
from app.warnings.topics import DeviceEvent, WarningKind, camera_token, is_onset, kind_of
from tests.helpers.faulty_servers import flood, hostile_server
from tests.helpers.sim_fixtures import wait_until

T0 = dt.datetime(2026, 12, 1, 2, 0, tzinfo=dt.UTC)


def epe_id(registry: Registry) -> int:
    epe = registry.add_epe(Epe("Công ty TNHH Điện tử Sao Việt", "0315867420"))
    assert epe.id is not None
    registry.add_camera(Camera(epe.id, 1, CameraPosition.GATE))
    return epe.id


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def test_a_storm_is_one_warning_until_a_minute_of_quiet(registry: Registry) -> None:
    store, epe = WarningStore(registry), epe_id(registry)
    for second in (0, 20, 45, 100):  # each within 60 s of the one before
        store.record(epe, 1, WarningKind.MOTION, at(second))
    store.record(epe, 1, WarningKind.MOTION, at(161))  # 61 s of quiet: a new warning
    store.record(epe, 1, WarningKind.TAMPERING, at(162))  # another kind: its own
    store.record(epe, 2, WarningKind.MOTION, at(163))  # another camera: its own

    warnings = store.list()
    assert [(w.camera_number, w.kind, w.count) for w in warnings] == [
        (2, WarningKind.MOTION, 1),
        (1, WarningKind.TAMPERING, 1),
        (1, WarningKind.MOTION, 1),
        (1, WarningKind.MOTION, 4),
    ]
    assert (warnings[-1].first_at, warnings[-1].last_at) == (at(0), at(100))


def test_a_resolved_warning_keeps_its_note_and_takes_no_more_events(registry: Registry) -> None:
    store, epe = WarningStore(registry), epe_id(registry)
    first, new = store.record(epe, 1, WarningKind.VIDEO_LOSS, at(0))
    assert new and first.id is not None
    resolved = store.resolve(first.id, "CB01", "Đã gọi DNCX: mất điện cổng chính", at(30))
    again, new_again = store.record(epe, 1, WarningKind.VIDEO_LOSS, at(40))

    assert new_again and again.id != first.id
    assert resolved.resolved and resolved.resolved_by == "CB01"
    assert store.get(first.id).note == "Đã gọi DNCX: mất điện cổng chính"
    assert [w.id for w in store.list(unresolved_only=True)] == [again.id]
    with pytest.raises(ValueError):
        store.resolve(again.id or 0, "CB01", "x" * (NOTE_MAX + 1))
    assert not store.get(again.id or 0).resolved


@pytest.mark.parametrize(
    ("topic", "kind"),
    [
        ("tns1:VideoSource/MotionAlarm", WarningKind.MOTION),
        ("tns1:RuleEngine/CellMotionDetector/Motion", WarningKind.MOTION),
        ("tns1:RuleEngine/LineDetector/Crossed", WarningKind.LINE_CROSSING),
        ("tns1:RuleEngine/FieldDetector/ObjectsInside", WarningKind.INTRUSION),
        ("tns1:VideoSource/GlobalSceneChange/ImagingService", WarningKind.TAMPERING),
        ("tns1:VideoSource/SignalLoss", WarningKind.VIDEO_LOSS),
        ("tns1:Device/HardwareFailure/StorageFailure", WarningKind.STORAGE_FAILURE),
        ("tns1:RuleEngine/tnshik:LineDetection/LineDetection", WarningKind.LINE_CROSSING),
        ("tns1:RecordingConfig/JobState", None),
        ("tns1:Monitoring/ProcessorUsage", None),
    ],
)
def test_topics_of_several_vendors_map_to_the_officers_kinds(
    topic: str, kind: WarningKind | None
) -> None:
    assert kind_of(topic) is kind


def test_only_onsets_are_warnings_and_the_source_names_the_camera() -> None:
    def event(data: dict[str, str], operation: str = "Changed") -> DeviceEvent:
        return DeviceEvent(
            "tns1:VideoSource/MotionAlarm", T0, {"Source": "VideoSource_3"}, data, operation
        )

    assert is_onset(event({"State": "true"}))
    assert not is_onset(event({"State": "false"}))
    assert not is_onset(event({"State": "true"}, "Initialized"))
    assert is_onset(event({"ObjectId": "7"}))  # a line crossed is an occurrence in itself
    assert camera_token(event({})) == "VideoSource_3"
    target = DeviceTarget(1, "x", "127.0.0.1", 80, "u", "S3cret-pw", cameras={"VideoSource_3": 5})
    assert target.camera_of("VideoSource_3", WarningKind.MOTION) == 5  # the registry's token
    assert target.camera_of("VideoSourceConfig_4", WarningKind.MOTION) == 4
    assert target.camera_of("Storage_1", WarningKind.STORAGE_FAILURE) is None
    assert "S3cret-pw" not in repr(target)


def test_a_device_flooding_its_answer_is_cut_at_the_cap_and_retried_later() -> None:
    with hostile_server(flood(None)) as server:
        client = PullPointClient("127.0.0.1", server.port, "u", "p", CredentialScope())
        with pytest.raises(Exception) as caught:
            client.find_events_service()
        assert caught.value.failure is EventsFailure.MALFORMED  # type: ignore[attr-defined]
        assert "larger than any real answer" in str(caught.value)
        assert server.sent < 20_000_000, "reading stopped near the cap"

        watcher = DeviceWatcher(
            DeviceTarget(1, "x", "127.0.0.1", server.port, "u", "p"), lambda o: None
        )
        watcher.start()
        wait_until(lambda: watcher.state is WatchState.RETRYING, 15, "the watcher to retry")
        watcher.request_stop()
        assert watcher.join(15)
