"""Appendix I compliance of EPE cameras (Decision 247 I.1.3): check, store, export.

Per camera: main stream resolution at least 1920x1080, frame rate at least 30 fps (as configured,
and as the stream really delivers it in a sample), codec M-JPEG, H.264 or H.265, and the device
answers ONVIF. The device's clock offset is reported (a warning over 5 s, not a failure). EPEs that
I.1.3 exempts by their dates are reported as exempt, never as failing.

Long work is a generator yielding ``(done, total, text)`` (drive it with ``app.workers.Job``); the
results are plain dataclasses, stored in the registry's file with their time and exportable as CSV.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import enum
import json
import logging
import threading
import time
import urllib.parse
import uuid
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.devices.media_profiles import MediaProfile, VideoEncoding, VideoSource
from app.devices.onvif_client import (
    CLOCK_WARNING_S,
    DEFAULT_TIMEOUT_S,
    OnvifError,
    parse_address,
    strip_credentials,
)
from app.devices.probing import DeviceProbe, probe
from app.domain import EXTRA_ONVIF_ADDRESS, EXTRA_ONVIF_SOURCE, Camera, Epe
from app.exports import csv_text
from app.logs import redact_url
from app.peers import CredentialScope
from app.secrets import CredentialStore, SecretsError
from app.sites.hosts import hosts_of
from app.timekeeping import show_local, to_utc_iso, utc_now
from app.workers import run_to_end

log = logging.getLogger(__name__)

# Decree 18/2021/ND-CP took effect on this day: EPEs licensed before it are exempt.
LICENSED_BEFORE = dt.date(2021, 4, 25)
# Decision 247 took effect on this day: EPEs established from LICENSED_BEFORE up to it, already
# operating with cameras, are exempt too.
DECISION_247_EFFECTIVE = dt.date(2022, 3, 2)
MIN_WIDTH, MIN_HEIGHT = 1920, 1080
MIN_FPS = 30.0
# A live encoder that drops the odd frame still counts as 30 fps; 25 fps (PAL) does not.
MEASURED_FPS_TOLERANCE = 0.9
ALLOWED_CODECS = ("MJPEG", "H.264", "H.265")
DEFAULT_SAMPLE_S = 10.0


def _t(text: str) -> str:
    return QCoreApplication.translate("Compliance", text)


class Verdict(enum.StrEnum):
    PASS = "pass"
    FAIL = "fail"
    EXEMPT = "exempt"
    UNREACHABLE = "unreachable"

    def label(self) -> str:
        match self:
            case Verdict.PASS:
                return QCoreApplication.translate("Compliance", "Pass")
            case Verdict.FAIL:
                return QCoreApplication.translate("Compliance", "Fail")
            case Verdict.EXEMPT:
                return QCoreApplication.translate("Compliance", "Exempt")
            case Verdict.UNREACHABLE:
                return QCoreApplication.translate("Compliance", "Unreachable")


class Item(enum.StrEnum):
    """What Appendix I asks of a camera; a failing item is named in the result."""

    ONVIF = "onvif"
    RESOLUTION = "resolution"
    FRAME_RATE = "frame_rate"
    MEASURED_FRAME_RATE = "measured_frame_rate"
    CODEC = "codec"

    def label(self) -> str:
        match self:
            case Item.ONVIF:
                return QCoreApplication.translate("Compliance", "ONVIF")
            case Item.RESOLUTION:
                return QCoreApplication.translate("Compliance", "Resolution")
            case Item.FRAME_RATE:
                return QCoreApplication.translate("Compliance", "Frame rate (configured)")
            case Item.MEASURED_FRAME_RATE:
                return QCoreApplication.translate("Compliance", "Frame rate (delivered)")
            case Item.CODEC:
                return QCoreApplication.translate("Compliance", "Compression")


@dataclass(frozen=True)
class Finding:
    item: Item
    ok: bool
    found: str  # what the camera has, e.g. "1280x720"; "" when unknown
    required: str  # e.g. "≥ 1920x1080"

    def describe(self) -> str:
        """ "Resolution: 1280x720 (≥ 1920x1080)", as the view, the report and the CSV name it."""
        return f"{self.item.label()}: {self.found or '?'} ({self.required})"


@dataclass
class CameraResult:
    name: str
    verdict: Verdict
    findings: list[Finding] = field(default_factory=list)
    diagram_number: int | None = None
    camera_id: int | None = None
    source_token: str = ""
    main_profile: str = ""
    stream_uri: str = ""  # without credentials
    encoding: str = ""  # VideoEncoding.summary() of the main stream
    measured_fps: float | None = None
    note: str = ""  # translated, e.g. why the frame rate could not be measured

    @property
    def failing(self) -> list[Item]:
        return [f.item for f in self.findings if not f.ok]

    @property
    def failing_details(self) -> list[str]:
        """Each failing item with what was found and what is required (translated)."""
        return [f.describe() for f in self.findings if not f.ok]


@dataclass(frozen=True)
class Exemption:
    exempt: bool
    reason: str  # translated


@dataclass
class EpeResult:
    epe_name: str
    tax_id: str
    verdict: Verdict
    checked_at: str  # UTC ISO-8601
    epe_id: int | None = None
    exemption: str = ""  # translated reason, when exempt (or why the dates leave it required)
    address: str = ""  # host:port of the ONVIF device
    device: str = ""  # "maker model (firmware)"
    cameras: list[CameraResult] = field(default_factory=list)
    clock_offset_s: float | None = None
    message: str = ""  # translated: why unreachable
    notes: list[str] = field(default_factory=list)  # translated remarks (clock, problems)
    seconds: float = 0.0

    @property
    def clock_warning(self) -> bool:
        return self.clock_offset_s is not None and abs(self.clock_offset_s) > CLOCK_WARNING_S

    @property
    def remarks(self) -> list[str]:
        """What the officer should read besides the verdict: why unreachable or exempt, the
        device, its notes and problems."""
        return [r for r in (self.message, self.exemption, self.device) if r] + self.notes

    def to_json(self) -> str:
        data = {
            **{k: v for k, v in self.__dict__.items() if k != "cameras"},
            "cameras": [
                {
                    **{k: v for k, v in c.__dict__.items() if k != "findings"},
                    "findings": [f.__dict__ for f in c.findings],
                }
                for c in self.cameras
            ],
        }
        return json.dumps(data, ensure_ascii=False, default=str)

    @classmethod
    def from_json(cls, text: str) -> EpeResult:
        data = json.loads(text)
        cameras = []
        for raw in data.pop("cameras", []):
            findings = [
                Finding(Item(f["item"]), bool(f["ok"]), f["found"], f["required"])
                for f in raw.pop("findings", [])
            ]
            raw["verdict"] = Verdict(raw["verdict"])
            cameras.append(CameraResult(findings=findings, **raw))
        data["verdict"] = Verdict(data["verdict"])
        return cls(cameras=cameras, **data)


def _now() -> str:
    return to_utc_iso(utc_now())


# ------------------------------------------------------------------------------- the rules


def exemption(epe: Epe) -> Exemption:
    """Whether Appendix I applies to ``epe``, from its licence and establishment dates (I.1.3)."""
    if epe.licence_date is not None and epe.licence_date < LICENSED_BEFORE:
        return Exemption(
            True,
            _t("Licensed on {date}, before Decree 18/2021/ND-CP took effect (2021-04-25).").format(
                date=epe.licence_date.isoformat()
            ),
        )
    established = epe.established_date
    if established is not None and LICENSED_BEFORE <= established < DECISION_247_EFFECTIVE:
        return Exemption(
            True,
            _t(
                "Established on {date}, between 2021-04-25 and Decision 247 (2022-03-02), with "
                "a camera system already operating."
            ).format(date=established.isoformat()),
        )
    if epe.licence_date is None and established is None:
        return Exemption(
            False,
            _t("The EPE's licence and establishment dates are not recorded: checked in full."),
        )
    return Exemption(False, "")


def assess_encoding(encoding: VideoEncoding | None) -> list[Finding]:
    """The configured items of a main stream: resolution, frame rate, codec."""
    if encoding is None:
        unknown = _t("not reported")
        return [
            Finding(Item.RESOLUTION, False, unknown, f"≥ {MIN_WIDTH}x{MIN_HEIGHT}"),
            Finding(Item.FRAME_RATE, False, unknown, f"≥ {MIN_FPS:g} fps"),
            Finding(Item.CODEC, False, unknown, "/".join(ALLOWED_CODECS)),
        ]
    # A portrait (corridor) camera may be 1080x1920: the pixel count is what the rule is about.
    big, small = max(encoding.width, encoding.height), min(encoding.width, encoding.height)
    return [
        Finding(
            Item.RESOLUTION,
            big >= MIN_WIDTH and small >= MIN_HEIGHT,
            f"{encoding.width}x{encoding.height}",
            f"≥ {MIN_WIDTH}x{MIN_HEIGHT}",
        ),
        Finding(
            Item.FRAME_RATE,
            encoding.fps is not None and encoding.fps >= MIN_FPS,
            f"{encoding.fps:g} fps" if encoding.fps is not None else _t("not reported"),
            f"≥ {MIN_FPS:g} fps",
        ),
        Finding(
            Item.CODEC, encoding.codec in ALLOWED_CODECS, encoding.codec, "/".join(ALLOWED_CODECS)
        ),
    ]


def assess_measured(fps: float | None) -> Finding:
    found = f"{fps:.1f} fps" if fps is not None else _t("no picture")
    ok = fps is not None and fps >= MIN_FPS * MEASURED_FPS_TOLERANCE
    return Finding(Item.MEASURED_FRAME_RATE, ok, found, f"≥ {MIN_FPS:g} fps")


def camera_verdict(findings: Iterable[Finding]) -> Verdict:
    return Verdict.PASS if all(f.ok for f in findings) else Verdict.FAIL


def epe_verdict(cameras: Iterable[CameraResult]) -> Verdict:
    verdicts = [c.verdict for c in cameras]
    if not verdicts:
        return Verdict.FAIL
    return Verdict.PASS if all(v is Verdict.PASS for v in verdicts) else Verdict.FAIL


# ------------------------------------------------------------------------------- measuring


def measure_frame_rate(
    url: str,
    user: str,
    password: str,
    seconds: float = DEFAULT_SAMPLE_S,
    open_timeout: float = 8.0,
    cancelled: Callable[[], bool] | None = None,
    scope: CredentialScope | None = None,
) -> float | None:
    """Frames per second the RTSP stream delivers over ``seconds`` of its own timestamps.

    Packets are counted, not decoded, so a 1080p sample costs little CPU. None when no picture
    came (the reason is logged without credentials). The account goes only where ``scope``
    (the EPE's registered hosts; by default none) allows (``guarded_url``).
    """
    import av

    from app.media.puller import StreamError, guarded_url

    cancelled = cancelled or (lambda: False)
    try:
        guarded = guarded_url(url, user, password, scope or CredentialScope(), open_timeout)
    except StreamError as exc:
        log.info("frame-rate sample of %s refused: %s", redact_url(url), exc.failure.value)
        return None
    try:
        container = av.open(
            guarded,
            options={"rtsp_transport": "tcp"},
            timeout=(open_timeout, open_timeout),
        )
    except Exception as exc:  # FFmpeg's message holds the URL: never pass it on unredacted
        log.info("frame-rate sample of %s failed: %s", redact_url(url), redact_url(str(exc)))
        return None
    try:
        stream = container.streams.video[0]
        time_base = stream.time_base
        first: int | None = None
        last = 0
        count = 0
        deadline = time.monotonic() + seconds + open_timeout
        for packet in container.demux(stream):
            if cancelled() or time.monotonic() > deadline:
                break
            if packet.pts is None or packet.size == 0:
                continue
            if first is None:
                first = packet.pts
            last = packet.pts
            count += 1
            if time_base is not None and (last - first) * time_base >= seconds:
                break
        if first is None or count < 2 or time_base is None or last <= first:
            return None
        return float((count - 1) / ((last - first) * time_base))
    except Exception as exc:
        log.info("frame-rate sample of %s failed: %s", redact_url(url), redact_url(str(exc)))
        return None
    finally:
        container.close()


# ------------------------------------------------------------------------------- one device


def onvif_address(epe: Epe, cameras: Iterable[Camera]) -> tuple[str, int] | None:
    """The EPE's ONVIF device: the address set for the EPE, else the device a camera was added
    from. Never guessed from a stream URL's host: an NVR rarely answers ONVIF there."""
    texts = [epe.onvif_address] + [c.extra.get(EXTRA_ONVIF_ADDRESS, "") for c in cameras]
    for text in texts:
        if text:
            try:
                return parse_address(text)
            except ValueError:
                continue
    return None


def _match(camera: Camera, sources: list[VideoSource]) -> VideoSource | None:
    token = camera.extra.get(EXTRA_ONVIF_SOURCE, "")
    for source in sources:
        if token and source.token == token:
            return source
    wanted = _url_key(camera.main_url)
    for source in sources:
        if any(_url_key(p.stream_uri) == wanted for p in source.profiles if p.stream_uri):
            return source
    return None


def _url_key(url: str) -> str:
    parts = urllib.parse.urlsplit(strip_credentials(url))
    return f"{parts.port or 554}{parts.path}?{parts.query}".lower()


def assess_probe(
    result: DeviceProbe,
    cameras: list[Camera] | None = None,
    measured: dict[str, float | None] | None = None,
) -> list[CameraResult]:
    """Per-camera results of a probe: the registry's ``cameras`` matched to the device's video
    sources (by recorded source token, else by stream URL), or every source when none are given.
    ``measured`` maps a source token to the frame rate its main stream delivered."""
    out: list[CameraResult] = []
    onvif_ok = Finding(Item.ONVIF, True, _t("answered"), _t("answers"))
    pairs: list[tuple[Camera | None, VideoSource | None]]
    if cameras is None:
        pairs = [(None, s) for s in result.sources]
    else:
        pairs = [(c, _match(c, result.sources)) for c in cameras]
    for camera, source in pairs:
        main: MediaProfile | None = source.main if source is not None else None
        name = camera.name if camera is not None else (source.name if source else "")
        entry = CameraResult(
            name=name,
            verdict=Verdict.FAIL,
            diagram_number=camera.diagram_number if camera is not None else None,
            camera_id=camera.id if camera is not None else None,
            source_token=source.token if source is not None else "",
        )
        if source is None or main is None:
            entry.findings = [
                Finding(Item.ONVIF, False, _t("camera not found on the device"), _t("answers"))
            ]
            out.append(entry)
            continue
        entry.main_profile = main.token
        entry.stream_uri = main.stream_uri
        entry.encoding = main.encoding.summary() if main.encoding is not None else ""
        entry.findings = [onvif_ok, *assess_encoding(main.encoding)]
        if measured is not None and source.token in measured:
            entry.measured_fps = measured[source.token]
            entry.findings.append(assess_measured(entry.measured_fps))
        entry.verdict = camera_verdict(entry.findings)
        out.append(entry)
    return out


def _each_camera(cameras: list[Camera] | None, verdict: Verdict) -> list[CameraResult]:
    """Every registry camera with the EPE's own verdict (exempt, unreachable)."""
    return [
        CameraResult(name=c.name, verdict=verdict, diagram_number=c.diagram_number, camera_id=c.id)
        for c in cameras or []
    ]


def check_device(
    host: str,
    port: int,
    user: str,
    password: str,
    *,
    epe: Epe | None = None,
    cameras: list[Camera] | None = None,
    sample_seconds: float = DEFAULT_SAMPLE_S,
    timeout: float = DEFAULT_TIMEOUT_S,
    cancelled: Callable[[], bool] | None = None,
) -> Generator[tuple[int, int, str], None, EpeResult]:
    """Probe one device and judge its cameras; yields progress, returns an ``EpeResult``.

    An exempt ``epe`` is not contacted. A device that cannot be reached or refuses the account
    gives an UNREACHABLE result (never an exception).
    """
    started = time.monotonic()
    result = EpeResult(
        epe_name=epe.name if epe is not None else f"{host}:{port}",
        tax_id=epe.tax_id if epe is not None else "",
        epe_id=epe.id if epe is not None else None,
        verdict=Verdict.FAIL,
        checked_at=_now(),
        address=f"{host}:{port}",
    )
    if epe is not None:
        status = exemption(epe)
        result.exemption = status.reason
        if status.exempt:
            result.verdict = Verdict.EXEMPT
            result.cameras = _each_camera(cameras, Verdict.EXEMPT)
            return result
    cancelled = cancelled or (lambda: False)
    hosts = hosts_of(cameras or [], [host, epe.onvif_address if epe else ""])
    scope = CredentialScope.of(hosts, epe.allow_basic_auth if epe else False)
    try:
        device = yield from probe(
            host, port, user, password, timeout=timeout, cancelled=cancelled, scope=scope
        )
    except OnvifError as exc:
        result.verdict = Verdict.UNREACHABLE
        result.cameras = _each_camera(cameras, Verdict.UNREACHABLE)
        result.message = str(exc)
        result.seconds = time.monotonic() - started
        return result
    yield from judge_probe(
        result,
        device,
        user,
        password,
        cameras=cameras,
        sample_seconds=sample_seconds,
        cancelled=cancelled,
        scope=scope,
    )
    result.seconds = time.monotonic() - started
    return result


def judge_probe(
    result: EpeResult,
    device: DeviceProbe,
    user: str,
    password: str,
    *,
    cameras: list[Camera] | None = None,
    sample_seconds: float = DEFAULT_SAMPLE_S,
    cancelled: Callable[[], bool] | None = None,
    scope: CredentialScope | None = None,
) -> Generator[tuple[int, int, str], None, EpeResult]:
    """Fill ``result`` from a probe: measure each main stream for ``sample_seconds`` (0: no
    measuring), then judge every camera. Yields progress; returns ``result``. The account goes
    to the probed device's host and ``scope``'s hosts only."""
    scope = (scope or CredentialScope()).with_host(device.host)
    cancelled = cancelled or (lambda: False)
    if device.device is not None:
        info = device.device
        result.device = f"{info.manufacturer} {info.model} ({info.firmware})".strip()
    result.address = device.address
    result.clock_offset_s = device.clock_offset_s
    result.notes = list(device.notes) + [str(p) for p in device.problems]
    measured: dict[str, float | None] | None = None
    sources = device.sources
    if cameras is not None:
        wanted = {s.token for c in cameras if (s := _match(c, sources)) is not None}
        sources = [s for s in sources if s.token in wanted]
    if sample_seconds > 0:
        measured = {}
        for done, source in enumerate(sources):
            if cancelled():
                break
            main = source.main
            yield (
                done,
                len(sources),
                _t("Measuring the frame rate of {camera}…").format(camera=source.name),
            )
            if main is not None and main.stream_uri:
                measured[source.token] = measure_frame_rate(
                    main.stream_uri,
                    user,
                    password,
                    sample_seconds,
                    cancelled=cancelled,
                    scope=scope,
                )
    result.cameras = assess_probe(device, cameras, measured)
    if result.verdict is not Verdict.EXEMPT:
        result.verdict = epe_verdict(result.cameras)
    return result


# ------------------------------------------------------------------------------- every EPE


@dataclass(frozen=True)
class EpeToCheck:
    epe: Epe
    cameras: list[Camera]
    password: str | None = field(repr=False)


def check_epe(
    target: EpeToCheck,
    *,
    sample_seconds: float = DEFAULT_SAMPLE_S,
    timeout: float = DEFAULT_TIMEOUT_S,
    cancelled: Callable[[], bool] | None = None,
) -> Generator[tuple[int, int, str], None, EpeResult]:
    """One registry EPE: exempt, unreachable (no address, no password, no answer) or judged."""
    epe = target.epe
    status = exemption(epe)
    address = onvif_address(epe, target.cameras)
    if status.exempt or (address is not None and target.password is not None and epe.account_user):
        host, port = address if address is not None else ("", 0)
        return (
            yield from check_device(
                host,
                port,
                epe.account_user,
                target.password or "",
                epe=epe,
                cameras=target.cameras,
                sample_seconds=sample_seconds,
                timeout=timeout,
                cancelled=cancelled,
            )
        )
    if address is None:
        message = _t(
            "No ONVIF address is set for this EPE: give its ONVIF device (NVR) address in the "
            'EPE\'s details (Sites > Edit EPE), or add its cameras with "Add from device".'
        )
    else:
        message = _t("No account for this EPE is stored in the keyring.")
    return EpeResult(
        epe_name=epe.name,
        tax_id=epe.tax_id,
        epe_id=epe.id,
        verdict=Verdict.UNREACHABLE,
        checked_at=_now(),
        message=message,
        exemption=status.reason,
        cameras=_each_camera(target.cameras, Verdict.UNREACHABLE),
    )


def check_all(
    targets: list[EpeToCheck],
    *,
    sample_seconds: float = DEFAULT_SAMPLE_S,
    timeout: float = DEFAULT_TIMEOUT_S,
    workers: int = 4,
    cancelled: Callable[[], bool] | None = None,
) -> Generator[tuple[int, int, str], None, list[EpeResult]]:
    """Check every EPE, ``workers`` at a time so one slow EPE does not hold up the others.

    Yields ``(EPEs done, EPEs, text)`` as each EPE finishes; closing the generator (cancel)
    stops the running checks at their next call. Results come back in ``targets`` order.
    """
    stop = threading.Event()
    outer = cancelled or (lambda: False)

    def stopped() -> bool:
        return stop.is_set() or outer()

    def run(target: EpeToCheck) -> EpeResult:
        return run_to_end(
            check_epe(target, sample_seconds=sample_seconds, timeout=timeout, cancelled=stopped)
        )

    results: dict[int, EpeResult] = {}
    pool = concurrent.futures.ThreadPoolExecutor(
        max_workers=max(1, workers), thread_name_prefix="compliance"
    )
    try:
        futures = {pool.submit(run, target): i for i, target in enumerate(targets)}
        yield 0, len(targets), _t("Checking {count} EPEs…").format(count=len(targets))
        for future in concurrent.futures.as_completed(futures):
            index = futures[future]
            target = targets[index]
            try:
                results[index] = future.result()
            except Exception as exc:  # a cancelled check, or a bug: that EPE is unreachable
                log.info("compliance check of EPE %s failed: %s", target.epe.id, type(exc).__name__)
                results[index] = EpeResult(
                    epe_name=target.epe.name,
                    tax_id=target.epe.tax_id,
                    epe_id=target.epe.id,
                    verdict=Verdict.UNREACHABLE,
                    checked_at=_now(),
                    message=_t("The check was stopped or failed."),
                )
            yield (
                len(results),
                len(targets),
                _t("{epe}: {verdict}").format(
                    epe=target.epe.name, verdict=results[index].verdict.label()
                ),
            )
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
    return [results[i] for i in range(len(targets))]


def targets_from_registry(
    registry: Any, password_of: Callable[[Epe], str | None]
) -> list[EpeToCheck]:
    """Every EPE of the registry with its cameras and its password (call off the GUI thread)."""
    out = []
    for epe in registry.list_epes():
        cameras = registry.list_cameras(epe.id)
        out.append(EpeToCheck(epe, cameras, password_of(epe)))
    return out


def check_registry(
    registry: Any,
    store: CredentialStore,
    *,
    sample_seconds: float = DEFAULT_SAMPLE_S,
    timeout: float = DEFAULT_TIMEOUT_S,
    workers: int = 4,
    cancelled: Callable[[], bool] | None = None,
) -> Generator[tuple[int, int, str], None, list[EpeResult]]:
    """ "Check all EPEs": read the registry and the keyring, check every EPE, store the results
    (``check_all``'s progress; blocking, so in a Job)."""

    def password_of(epe: Epe) -> str | None:
        try:
            return store.get_password(epe.uid)
        except SecretsError:
            return None  # reported per EPE as "no account stored"

    targets = targets_from_registry(registry, password_of)
    results: list[EpeResult] = yield from check_all(
        targets,
        sample_seconds=sample_seconds,
        timeout=timeout,
        workers=workers,
        cancelled=cancelled,
    )
    save_results(registry, results)
    return results


# ------------------------------------------------------------------------------- storing


def save_results(registry: Any, results: Iterable[EpeResult]) -> str:
    """Store one run's results in the registry's file; returns the run's id."""
    run_id = uuid.uuid4().hex
    rows = []
    for result in results:
        rows.append(
            {
                "run_id": run_id,
                "checked_at": result.checked_at,
                "epe_id": result.epe_id,
                "tax_id": result.tax_id,
                "epe_name": result.epe_name,
                "camera_id": None,
                "diagram_number": None,
                "verdict": str(result.verdict),
                "failing": "[]",
                "details": result.to_json(),
            }
        )
        for camera in result.cameras:
            rows.append(
                {
                    "run_id": run_id,
                    "checked_at": result.checked_at,
                    "epe_id": result.epe_id,
                    "tax_id": result.tax_id,
                    "epe_name": result.epe_name,
                    "camera_id": camera.camera_id,
                    "diagram_number": camera.diagram_number,
                    "verdict": str(camera.verdict),
                    "failing": json.dumps([str(i) for i in camera.failing]),
                    "details": "",
                }
            )
    with registry.database() as db:
        db["compliance_results"].insert_all(rows)
    return run_id


def latest_results(registry: Any) -> list[EpeResult]:
    """The most recent result of every EPE ever checked (by tax ID), newest first."""
    with registry.database() as db:
        rows = list(
            db.query(
                "SELECT details FROM compliance_results AS r WHERE camera_id IS NULL "
                "AND diagram_number IS NULL AND details <> '' AND id = ("
                " SELECT id FROM compliance_results AS n WHERE n.tax_id = r.tax_id "
                " AND n.camera_id IS NULL AND n.diagram_number IS NULL AND n.details <> '' "
                " ORDER BY n.checked_at DESC, n.id DESC LIMIT 1) ORDER BY checked_at DESC, id DESC"
            )
        )
    return [EpeResult.from_json(row["details"]) for row in rows]


# ------------------------------------------------------------------------------- CSV


def local_time(utc_iso: str, *, day_first: bool = True, seconds: bool = False) -> str:
    """A stored UTC time as ``show_local`` shows it (``dd/mm/yyyy HH:MM`` unless told otherwise);
    the text itself if unreadable."""
    try:
        when = dt.datetime.fromisoformat(utc_iso)
    except ValueError:
        return utc_iso
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return show_local(when, day_first=day_first, seconds=seconds)


def results_csv(results: Iterable[EpeResult]) -> str:
    """One row per camera (one per EPE when it has none checked); UTF-8 text with a header."""
    header = [
        _t("Checked at (UTC+7)"),
        _t("EPE"),
        _t("Tax ID"),
        _t("EPE verdict"),
        _t("Camera no."),
        _t("Camera"),
        _t("Camera verdict"),
        _t("Failing items"),
        _t("Main stream"),
        _t("Delivered fps"),
        _t("Clock offset (s)"),
        _t("Remarks"),
    ]
    return csv_text(header, _result_rows(results), text_columns=[2], line_end="\r\n")


def _result_rows(results: Iterable[EpeResult]) -> Iterable[list[object]]:
    for result in results:
        remarks = " ".join(filter(None, [result.message, result.exemption]))
        offset = f"{result.clock_offset_s:+.0f}" if result.clock_offset_s is not None else ""
        base: list[object] = [
            local_time(result.checked_at, day_first=False, seconds=True),
            result.epe_name,
            result.tax_id,
            result.verdict.label(),
        ]
        if not result.cameras:
            yield [*base, "", "", "", "", "", "", offset, remarks]
            continue
        for camera in result.cameras:
            yield [
                *base,
                camera.diagram_number if camera.diagram_number is not None else "",
                camera.name,
                camera.verdict.label(),
                "; ".join(camera.failing_details),
                redact_url(camera.encoding),
                f"{camera.measured_fps:.1f}" if camera.measured_fps is not None else "",
                offset,
                " ".join(filter(None, [camera.note, remarks])),
            ]


def write_csv(results: Iterable[EpeResult], path: str | Path) -> None:
    # utf-8-sig: Excel on Vietnamese Windows opens it with the diacritics intact.
    Path(path).write_text(results_csv(results), encoding="utf-8-sig", newline="")
