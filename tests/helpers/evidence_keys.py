"""Evidence for tests: a short replay to export, workstation keys ("another workstation") and
the team's list of registered keys as ``verify`` takes it."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import av

from app.evidence import export as evidence
from app.evidence.signing import PublicKey, RegisteredKey, WorkstationKey
from app.recorders.base import UTC

START = dt.datetime(2026, 11, 20, 2, 0, tzinfo=UTC)


def tiny_replay(path: Path, seconds: int = 4) -> Path:
    """``seconds`` of H.264 in MPEG-TS at 10 fps, as a recorder's replay would deliver it."""
    with av.open(str(path), "w", format="mpegts") as out:
        stream = out.add_stream("libx264", rate=10)
        stream.width, stream.height, stream.pix_fmt = 160, 96, "yuv420p"
        stream.codec_context.time_base = Fraction(1, 10)
        stream.options = {"g": "10"}
        for index in range(10 * seconds):
            frame = av.VideoFrame(160, 96, "yuv420p")
            for plane in frame.planes:
                plane.update(bytes([index * 5 % 256]) * plane.buffer_size)
            frame.pts = index
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    return path


def context() -> evidence.EvidenceContext:
    return evidence.EvidenceContext(
        "Công ty TNHH Sao Việt", "0315867420", "hikvision", "10.0.0.5", "HQ0107", "Nguyễn Thị Lan"
    )


def signed_export(replay: Path, folder: Path, key: WorkstationKey, cameras: int = 2) -> Path:
    """A real export of ``cameras`` cameras (2 s each) of ``replay``, signed with ``key``."""
    sources = [evidence.ExportSource(n, f"Camera {n}", str(replay)) for n in range(1, cameras + 1)]
    evidence.export(sources, START, START + dt.timedelta(seconds=2), folder, context(), key=key)
    return folder


def trusting(*keys: PublicKey | WorkstationKey) -> dict[str, RegisteredKey]:
    """The team's registered keys, holding exactly ``keys``."""
    publics = [k.public if isinstance(k, WorkstationKey) else k for k in keys]
    return {k.fingerprint: RegisteredKey(k, "TL01", "2026-11-20T01:00:00Z") for k in publics}
