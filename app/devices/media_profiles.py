"""Media profiles: the video sources of an ONVIF device, the profiles that stream them, their
encodings and stream URIs.

A camera is a video source; of its profiles the one with the largest picture is the main stream and
the one with the smallest the sub stream. Encodings come from Media2 when the device has it (Media1
cannot name H.265), else from Media1. Every call goes through an ``OnvifClient``: a call that fails
is recorded in its ``problems`` and reading goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.devices.onvif_client import (
    NS_MEDIA2,
    NS_SCHEMA,
    CallProblem,
    OnvifClient,
    ProblemKind,
    as_float,
    as_int,
    field_text,
    get_field,
    strip_credentials,
)

_CODEC_NAMES = {
    "JPEG": "MJPEG",
    "MJPEG": "MJPEG",
    "H264": "H.264",
    "H265": "H.265",
    "HEVC": "H.265",
    "MPEG4": "MPEG-4",
    "MPV4-ES": "MPEG-4",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Onvif", text)


@dataclass(frozen=True)
class VideoEncoding:
    codec: str  # "H.264", "H.265", "MJPEG", "MPEG-4" or what the device said
    width: int
    height: int
    fps: float | None
    bitrate_kbps: int | None
    gop: int | None

    @property
    def pixels(self) -> int:
        return self.width * self.height

    def summary(self) -> str:
        fps = f"{self.fps:g} fps" if self.fps else "? fps"
        rate = f", {self.bitrate_kbps} kbit/s" if self.bitrate_kbps else ""
        gop = f", GOP {self.gop}" if self.gop else ""
        return f"{self.codec} {self.width}x{self.height} {fps}{rate}{gop}"


@dataclass
class MediaProfile:
    token: str
    name: str
    source_token: str
    encoding: VideoEncoding | None = None
    stream_uri: str = ""  # RTSP, never with credentials
    snapshot_uri: str = ""
    ptz_node: str = ""  # PTZ node token when the profile can steer the camera
    described_by: str = "media"  # "media" or "media2": where the encoding came from


@dataclass
class VideoSource:
    """One camera (an NVR channel): its video source and the profiles that stream it."""

    token: str
    width: int = 0
    height: int = 0
    fps: float | None = None
    profiles: list[MediaProfile] = field(default_factory=list)

    @property
    def main(self) -> MediaProfile | None:
        """The profile with the largest picture: the main stream."""
        usable = [p for p in self.profiles if p.encoding is not None] or self.profiles
        if not usable:
            return None
        return max(usable, key=_profile_rank)

    @property
    def sub(self) -> MediaProfile | None:
        """The profile with the smallest picture, when it is not the main one: the sub stream."""
        usable = [p for p in self.profiles if p.encoding is not None]
        if len(usable) < 2:
            return None
        smallest = min(usable, key=_profile_rank)
        return None if smallest is self.main else smallest

    @property
    def name(self) -> str:
        main = self.main
        return main.name if main is not None else self.token


def _profile_rank(profile: MediaProfile) -> tuple[int, float, int]:
    enc = profile.encoding
    if enc is None:
        return (0, 0.0, 0)
    return (enc.pixels, enc.fps or 0.0, enc.bitrate_kbps or 0)


# ------------------------------------------------------------------------------- reading them


def media_sources(client: OnvifClient) -> list[VideoSource]:
    """Video sources with their profiles, encodings (Media2 preferred) but no URIs yet."""
    sources: dict[str, VideoSource] = {}
    for raw in client.try_call("media", "GetVideoSources") or []:
        resolution = get_field(raw, "Resolution")
        token = str(get_field(raw, "token") or "")
        sources[token] = VideoSource(
            token=token,
            width=as_int(get_field(resolution, "Width")),
            height=as_int(get_field(resolution, "Height")),
            fps=as_float(get_field(raw, "Framerate")),
        )
    raw_profiles = client.try_call("media", "GetProfiles") or []
    configs = {
        str(get_field(c, "token")): c
        for c in (client.try_call("media", "GetVideoEncoderConfigurations") or [])
    }
    profiles: dict[str, MediaProfile] = {}
    for raw in raw_profiles:
        token = str(get_field(raw, "token") or "")
        vsc = get_field(raw, "VideoSourceConfiguration")
        vec = get_field(raw, "VideoEncoderConfiguration")
        if vec is None and configs:
            vec = configs.get(str(get_field(raw, "token")))
        ptz = get_field(raw, "PTZConfiguration")
        profiles[token] = MediaProfile(
            token=token,
            name=field_text(raw, "Name") or token,
            source_token=field_text(vsc, "SourceToken"),
            encoding=_encoding1(vec),
            ptz_node=field_text(ptz, "NodeToken"),
        )
    if NS_MEDIA2 in client.services:
        answer = client.try_call("media2", "GetProfiles", Type="All")
        for raw2 in answer if answer is not None else []:
            token = raw2.get("token", "")
            configurations = raw2.find(f"{{{NS_MEDIA2}}}Configurations")
            encoder = _find(configurations, NS_MEDIA2, "VideoEncoder")
            source = _find(configurations, NS_MEDIA2, "VideoSource")
            ptz2 = _find(configurations, NS_MEDIA2, "PTZ")
            profile = profiles.get(token) or MediaProfile(
                token=token,
                name=(raw2.findtext(f"{{{NS_MEDIA2}}}Name") or token),
                source_token=_xtext(source, "SourceToken"),
            )
            encoding = _encoding2(encoder)
            if encoding is not None:
                profile.encoding = encoding
                profile.described_by = "media2"
            if not profile.source_token:
                profile.source_token = _xtext(source, "SourceToken")
            if not profile.ptz_node:
                profile.ptz_node = _xtext(ptz2, "NodeToken")
            profiles[token] = profile
    if raw_profiles == [] and not profiles:
        client.problems.append(
            CallProblem(
                "media", "GetProfiles", ProblemKind.EMPTY, _t("The device lists no media profiles.")
            )
        )
    for profile in profiles.values():
        key = profile.source_token or "?"
        source = sources.get(key)
        if source is None:
            source = sources[key] = VideoSource(token=key)
        source.profiles.append(profile)
        if not source.width and profile.encoding is not None:
            source.width, source.height = profile.encoding.width, profile.encoding.height
    return [s for s in sources.values() if s.profiles]


def stream_uri(client: OnvifClient, profile: MediaProfile) -> str:
    """The RTSP (over TCP/RTSP) URI of a profile, credentials removed; "" when none."""
    uri = ""
    if NS_MEDIA2 in client.services and profile.described_by == "media2":
        answer = client.try_call(
            "media2", "GetStreamUri", Protocol="RTSP", ProfileToken=profile.token
        )
        uri = (answer.findtext(f"{{{NS_MEDIA2}}}Uri") or "") if answer is not None else ""
    if not uri:
        answer = client.try_call(
            "media",
            "GetStreamUri",
            StreamSetup={"Stream": "RTP-Unicast", "Transport": {"Protocol": "RTSP"}},
            ProfileToken=profile.token,
        )
        uri = field_text(answer, "Uri")
        if answer is not None and not uri:
            client.problems.append(
                CallProblem(
                    "media", "GetStreamUri", ProblemKind.EMPTY, _t("The answer has no stream URI.")
                )
            )
    return strip_credentials(uri.strip())


def snapshot_uri(client: OnvifClient, profile: MediaProfile) -> str:
    answer = client.try_call("media", "GetSnapshotUri", ProfileToken=profile.token)
    return strip_credentials(field_text(answer, "Uri").strip())


# ------------------------------------------------------------------------------- the XML


def _find(parent: Any, ns: str, name: str) -> Any:
    return None if parent is None else parent.find(f"{{{ns}}}{name}")


def _xtext(element: Any, name: str) -> str:
    if element is None:
        return ""
    found = element.find(f"{{{NS_SCHEMA}}}{name}")
    return (found.text or "").strip() if found is not None else ""


def _codec(name: str) -> str:
    return _CODEC_NAMES.get(name.strip().upper(), name.strip())


def _encoding1(vec: Any) -> VideoEncoding | None:
    if vec is None:
        return None
    resolution = get_field(vec, "Resolution")
    rate = get_field(vec, "RateControl")
    encoding = str(get_field(vec, "Encoding") or "")
    gop = get_field(get_field(vec, "H264"), "GovLength") or get_field(
        get_field(vec, "MPEG4"), "GovLength"
    )
    width = as_int(get_field(resolution, "Width"))
    if not encoding or not width:
        return None
    return VideoEncoding(
        codec=_codec(encoding),
        width=width,
        height=as_int(get_field(resolution, "Height")),
        fps=as_float(get_field(rate, "FrameRateLimit")),
        bitrate_kbps=as_int(get_field(rate, "BitrateLimit")) or None,
        gop=as_int(gop) or None,
    )


def _encoding2(element: Any) -> VideoEncoding | None:
    if element is None:
        return None
    ns = f"{{{NS_SCHEMA}}}"
    encoding = element.findtext(f"{ns}Encoding") or ""
    width = as_int(element.findtext(f"{ns}Resolution/{ns}Width"))
    if not encoding or not width:
        return None
    return VideoEncoding(
        codec=_codec(encoding),
        width=width,
        height=as_int(element.findtext(f"{ns}Resolution/{ns}Height")),
        fps=as_float(element.findtext(f"{ns}RateControl/{ns}FrameRateLimit")),
        bitrate_kbps=as_int(element.findtext(f"{ns}RateControl/{ns}BitrateLimit")) or None,
        gop=as_int(element.get("GovLength")) or None,
    )
