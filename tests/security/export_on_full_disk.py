"""Run by test_odd_data inside ``unshare -rm`` with a 512 KB tmpfs mounted at argv[2]: export a
few seconds of a local H.264 file there and print how the export ended."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import av

from app.evidence.export import EvidenceContext, ExportSource, export
from app.evidence.signing import WorkstationKey


def main() -> None:
    source = Path(sys.argv[1]) / "source.mp4"
    with av.open(str(source), "w") as out:
        stream = out.add_stream("libx264", rate=25)
        stream.width, stream.height, stream.pix_fmt = 640, 480, "yuv420p"
        stream.options = {"crf": "10"}
        for index in range(100):  # noise: it does not compress, so it fills the small disk
            frame = av.VideoFrame(640, 480, "yuv420p")
            for plane in frame.planes:
                plane.update(os.urandom(plane.buffer_size))
            frame.pts = index
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    start = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    context = EvidenceContext("EPE", "0101", "hikvision", "nvr", "CB01", "Officer")
    try:
        export(
            [ExportSource(1, "Gate", str(source))],
            start,
            start + dt.timedelta(seconds=4),
            Path(sys.argv[2]) / "evidence",
            context,
            key=WorkstationKey.generate("FULL-DISK-TEST"),
        )
        print("RESULT ok")
    except Exception as exc:
        print(f"RESULT {type(exc).__name__}: {exc}")


if __name__ == "__main__":
    main()
