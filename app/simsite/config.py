"""The simulated site's configuration: EPEs, their accounts and cameras, checked and with defaults.

A site configuration is JSON (``default_site.json`` is the demo's); ``load`` reads one and
``parse_config`` says exactly which place is wrong; ``parse_outages`` reads its scheduled outages
(``"outages": [{"epe", "camera", "mode", "from", "until"}]``, see ``outages``). Stdlib only:
the server (Debian's Python) and the venv (tests) both read it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.simsite.gate_traffic import GateTrafficError, parse_traffic
from app.simsite.outages import MODES, ScheduledOutage

# Every EPE, its recorder and its ONVIF device listen here only: the site is never on a network.
HOST = "127.0.0.1"
# The simulated EPE's devices keep Vietnam time, like the real ones. The simulator runs under
# Debian's Python without the venv, so it cannot use app.timekeeping (which loads Qt): its zone is
# declared here once, in both forms its parts need.
SITE_ZONE = dt.timezone(dt.timedelta(hours=7))
SITE_ZONE_POSIX = "<+07>-7"  # TZ for clockoverlay; no DST since 1975, so no tzdata needed
STREAM_KINDS = ("main", "sub")

# Appendix I allows the first three. "mpeg4" (MPEG-4 Part 2, as old analogue-era encoders send) is
# there so a client can be tried against a codec it must refuse; no default camera uses it.
CODECS = ("h264", "h265", "mjpeg", "mpeg4")
POSITIONS = ("gate", "storage_door", "storage_yard", "inside_storage", "other")
CONNECTIONS = ("internet", "vpn", "private_channel")
RISK_LEVELS = ("low", "medium", "high")
# "live": encoded as it is watched (block clock, wall clock, gate vehicles, PTZ marker);
# "loop": encoded once at start and served again and again, for benchmarks (see ``loops``).
SOURCES = ("live", "loop")
DEFAULT_LOOP_SECONDS = 10.0

# Decision 247 Appendix I asks 1920x1080 at 30 fps of the main stream; sub streams are small.
DEFAULT_STREAMS: dict[str, dict[str, Any]] = {
    "main": {"width": 1920, "height": 1080, "fps": 30, "codec": "h264", "bitrate_kbps": 4000},
    "sub": {"width": 640, "height": 360, "fps": 15, "codec": "h264", "bitrate_kbps": 500},
}

# Patterns that are cheap to draw and to encode and that move: the bars scroll sideways (a copy
# per frame), the ball bounces. Pinwheel, spokes and circular cost a whole core each at 1080p30
# once they move, and noise or fine rings cost the encoder, so they are left out. Colours are ARGB.
LOOKS: tuple[dict[str, Any], ...] = (
    {"pattern": "smpte75", "horizontal-speed": 2},
    {"pattern": "ball", "foreground-color": 0xFFFFD700, "background-color": 0xFF1A237E},
    {
        "pattern": "bar",
        "horizontal-speed": 4,
        "foreground-color": 0xFFFF6D00,
        "background-color": 0xFF004D40,
    },
    {"pattern": "smpte100", "horizontal-speed": 3},
    {
        "pattern": "bar",
        "horizontal-speed": 3,
        "foreground-color": 0xFF18FFFF,
        "background-color": 0xFF311B92,
    },
    {"pattern": "ball", "foreground-color": 0xFFD50000, "background-color": 0xFFCFD8DC},
    {
        "pattern": "bar",
        "horizontal-speed": 5,
        "foreground-color": 0xFF76FF03,
        "background-color": 0xFF212121,
    },
    {
        "pattern": "bar",
        "horizontal-speed": 6,
        "foreground-color": 0xFFE040FB,
        "background-color": 0xFF1B5E20,
    },
    {
        "pattern": "bar",
        "horizontal-speed": 2,
        "foreground-color": 0xFFFFEB3B,
        "background-color": 0xFF3E2723,
    },
    {"pattern": "ball", "foreground-color": 0xFFFFFFFF, "background-color": 0xFF880E4F},
)


class ConfigError(ValueError):
    """The site configuration is not usable; the message names the place."""


@dataclass(frozen=True)
class StreamConfig:
    width: int
    height: int
    fps: int
    codec: str
    bitrate_kbps: int

    def describe(self) -> dict[str, Any]:
        return {"width": self.width, "height": self.height, "fps": self.fps, "codec": self.codec}


@dataclass(frozen=True)
class CameraConfig:
    diagram_number: int
    position: str
    name: str
    main: StreamConfig
    sub: StreamConfig
    look: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)
    source: str = "live"
    loop_seconds: float = DEFAULT_LOOP_SECONDS


@dataclass(frozen=True)
class EpeConfig:
    fields: dict[str, Any]  # every EPE key of the configuration except account and cameras
    user: str
    password: str
    cameras: tuple[CameraConfig, ...]

    @property
    def name(self) -> str:
        return str(self.fields["name"])

    @property
    def tax_id(self) -> str:
        return str(self.fields["tax_id"])


def _stream(where: str, kind: str, given: Any) -> StreamConfig:
    if given is None:
        given = {}
    if not isinstance(given, dict):
        raise ConfigError(f"{where}.{kind}: must be an object")
    merged = {**DEFAULT_STREAMS[kind], **given}
    codec = str(merged["codec"]).lower()
    if codec not in CODECS:
        raise ConfigError(f"{where}.{kind}.codec: {codec!r} is not one of {', '.join(CODECS)}")
    try:
        width, height = int(merged["width"]), int(merged["height"])
        fps, bitrate = int(merged["fps"]), int(merged["bitrate_kbps"])
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}.{kind}: width, height, fps, bitrate must be numbers") from exc
    if width < 16 or height < 16 or width % 2 or height % 2 or not 1 <= fps <= 60 or bitrate < 16:
        raise ConfigError(f"{where}.{kind}: impossible size, frame rate or bitrate")
    if codec == "mjpeg" and (width > 2040 or height > 2040):
        # RTP/JPEG (RFC 2435) stores the size in units of 8 pixels in one byte.
        raise ConfigError(f"{where}.{kind}: M-JPEG over RTP is limited to 2040x2040")
    return StreamConfig(width, height, fps, codec, bitrate)


def _source(where: str, value: Any) -> str:
    if value not in SOURCES:
        raise ConfigError(f"{where}: must be one of {', '.join(SOURCES)}")
    return str(value)


def parse_config(data: Any, look_offset: int = 0) -> tuple[EpeConfig, ...]:
    """Check the configuration and fill in defaults; raises ConfigError naming the bad place."""
    if not isinstance(data, dict) or not isinstance(data.get("epes"), list) or not data["epes"]:
        raise ConfigError("the configuration needs a non-empty list 'epes'")
    if data.get("version", 1) != 1:
        raise ConfigError(f"configuration version {data.get('version')!r} is not supported")
    site_source = _source("source", data.get("source", "live"))
    loop_seconds = data.get("loop_seconds", DEFAULT_LOOP_SECONDS)
    if isinstance(loop_seconds, bool) or not isinstance(loop_seconds, (int, float)):
        raise ConfigError("loop_seconds: a number of seconds, 1..60")
    if not 1 <= loop_seconds <= 60:
        raise ConfigError("loop_seconds: a number of seconds, 1..60")
    epes: list[EpeConfig] = []
    seen_tax_ids: set[str] = set()
    look_index = look_offset
    for i, raw in enumerate(data["epes"]):
        where = f"epes[{i}]"
        if not isinstance(raw, dict):
            raise ConfigError(f"{where}: must be an object")
        for key in ("name", "tax_id"):
            if not str(raw.get(key, "")).strip():
                raise ConfigError(f"{where}.{key}: required")
        if raw["tax_id"] in seen_tax_ids:
            raise ConfigError(f"{where}.tax_id: used twice")
        seen_tax_ids.add(raw["tax_id"])
        for key, allowed in (("connection", CONNECTIONS), ("risk_level", RISK_LEVELS)):
            if key in raw and raw[key] not in allowed:
                raise ConfigError(f"{where}.{key}: must be one of {', '.join(allowed)}")
        account = raw.get("account")
        if not isinstance(account, dict) or not account.get("user") or not account.get("password"):
            raise ConfigError(f"{where}.account: needs 'user' and 'password'")
        cameras_raw = raw.get("cameras")
        if not isinstance(cameras_raw, list) or not cameras_raw:
            raise ConfigError(f"{where}.cameras: needs at least one camera")
        epe_source = _source(f"{where}.source", raw.get("source", site_source))
        cameras: list[CameraConfig] = []
        numbers: set[int] = set()
        for j, cam in enumerate(cameras_raw):
            cwhere = f"{where}.cameras[{j}]"
            if not isinstance(cam, dict):
                raise ConfigError(f"{cwhere}: must be an object")
            number = cam.get("diagram_number")
            # Channel paths are /Streaming/Channels/{N}01, so N is 1..99 like on an NVR.
            if not isinstance(number, int) or not 1 <= number <= 99 or number in numbers:
                raise ConfigError(f"{cwhere}.diagram_number: a unique whole number 1..99")
            numbers.add(number)
            if cam.get("position") not in POSITIONS:
                raise ConfigError(f"{cwhere}.position: must be one of {', '.join(POSITIONS)}")
            look = dict(LOOKS[look_index % len(LOOKS)])
            look_index += 1
            if isinstance(cam.get("pattern"), str):
                look = {"pattern": cam["pattern"]}
            elif isinstance(cam.get("pattern"), dict):
                # videotestsrc properties, e.g. a cheap pattern for an expensive codec
                look = dict(cam["pattern"])
            extra = {
                k: v
                for k, v in cam.items()
                if k
                not in ("diagram_number", "position", "name", "main", "sub", "pattern", "source")
            }
            cameras.append(
                CameraConfig(
                    diagram_number=number,
                    position=cam["position"],
                    name=str(cam.get("name", "")),
                    main=_stream(cwhere, "main", cam.get("main")),
                    sub=_stream(cwhere, "sub", cam.get("sub")),
                    look=look,
                    extra=extra,
                    source=_source(f"{cwhere}.source", cam.get("source", epe_source)),
                    loop_seconds=float(loop_seconds),
                )
            )
        try:
            parse_traffic(raw.get("gate_traffic"), sorted(numbers))
        except GateTrafficError as exc:
            raise ConfigError(f"{where}.{exc}") from None
        fields = {k: v for k, v in raw.items() if k not in ("account", "cameras")}
        epes.append(
            EpeConfig(
                fields=fields,
                user=str(account["user"]),
                password=str(account["password"]),
                cameras=tuple(cameras),
            )
        )
    return tuple(epes)


def load_ports(path: Path) -> dict[str, int]:
    """Ports by tax ID from an earlier site description (or any JSON of that shape)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    ports: dict[str, int] = {}
    for epe in data.get("epes", []):
        port = epe.get("rtsp", {}).get("port")
        if isinstance(port, int) and epe.get("tax_id"):
            ports[str(epe["tax_id"])] = port
    return ports


def load(path: Path) -> tuple[EpeConfig, ...]:
    """The EPEs of a site configuration file; OSError or ValueError (ConfigError, bad JSON)."""
    return parse_config(json.loads(path.read_text(encoding="utf-8")))


def stream_path(diagram_number: int, kind: str) -> str:
    """The camera's RTSP path, as on a Hikvision NVR: ``{N}01`` main stream, ``{N}02`` sub."""
    return f"/Streaming/Channels/{diagram_number}{'01' if kind == 'main' else '02'}"


def _outage_time(where: str, value: Any) -> float | dt.datetime:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ConfigError(f"{where}: seconds after the start, or an ISO date and time with zone")
    if isinstance(value, (int, float)):
        if not 0 <= value <= 366 * 86400:
            raise ConfigError(f"{where}: seconds after the start must be 0..{366 * 86400}")
        return float(value)
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(f"{where}: {value!r} is not an ISO date and time") from exc
    if when.tzinfo is None:
        raise ConfigError(f"{where}: {value!r} needs a zone (Z or +07:00)")
    return when


def parse_outages(data: Any, epes: tuple[EpeConfig, ...]) -> tuple[ScheduledOutage, ...]:
    """The ``outages`` of a site configuration, checked against its EPEs and cameras.

    Each is ``{"epe": TAX_ID or NAME, "camera": N (leave out for the whole EPE), "mode": M,
    "from": WHEN, "until": WHEN (leave out: until changed live)}``; WHEN is seconds after the
    site started or an ISO 8601 date and time with its zone.
    """
    raw = data.get("outages", []) if isinstance(data, dict) else []
    if not isinstance(raw, list):
        raise ConfigError("outages: must be a list")
    by_key = {e.tax_id: e for e in epes} | {e.name: e for e in epes}
    out: list[ScheduledOutage] = []
    for i, item in enumerate(raw):
        where = f"outages[{i}]"
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: must be an object")
        unknown = set(item) - {"epe", "camera", "mode", "from", "until"}
        if unknown:
            raise ConfigError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
        epe = by_key.get(str(item.get("epe", "")))
        if epe is None:
            raise ConfigError(f"{where}.epe: no EPE with this tax ID or name")
        camera = item.get("camera")
        if camera is not None and (
            isinstance(camera, bool)
            or not isinstance(camera, int)
            or camera not in {c.diagram_number for c in epe.cameras}
        ):
            raise ConfigError(f"{where}.camera: not a diagram number of that EPE")
        mode = item.get("mode")
        if mode not in MODES or mode == "none":
            raise ConfigError(f"{where}.mode: must be one of {', '.join(MODES[1:])}")
        if "from" not in item:
            raise ConfigError(f"{where}.from: required")
        start = _outage_time(f"{where}.from", item["from"])
        until = _outage_time(f"{where}.until", item["until"]) if "until" in item else None
        if until is not None and type(until) is type(start) and until <= start:  # type: ignore[operator]
            raise ConfigError(f"{where}.until: must come after 'from'")
        out.append(ScheduledOutage(epe.tax_id, camera, str(mode), start, until))
    return tuple(out)


def load_site(path: Path) -> tuple[tuple[EpeConfig, ...], tuple[ScheduledOutage, ...]]:
    """The EPEs and the scheduled outages of a site configuration file (errors as ``load``)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    epes = parse_config(data)
    return epes, parse_outages(data, epes)


def load_front_ports(path: Path) -> dict[tuple[str, int], int]:
    """The cameras' front ports by (tax ID, diagram number) from an earlier site description."""
    data = json.loads(path.read_text(encoding="utf-8"))
    ports: dict[tuple[str, int], int] = {}
    for epe in data.get("epes", []):
        for camera in epe.get("cameras", []):
            port, number = camera.get("front_port"), camera.get("diagram_number")
            if isinstance(port, int) and isinstance(number, int) and epe.get("tax_id"):
                ports[(str(epe["tax_id"]), number)] = port
    return ports
