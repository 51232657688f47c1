"""Benchmark of playback on the simulated recorder (prints figures; not a test).

    .venv/bin/python -m tests.bench.playback_bench [--runs 3] [--export-seconds 5] [--wall]

Prints, per recorder kind: search time for a four-hour window, seek time (open a replay at a new
moment until the first picture showing that moment is decoded), and for Profile G also a seek
inside a running session (a new PLAY through the proxy until the picture shows the new moment);
then the export of two cameras (wall time, bytes per second, and recorded seconds per wall second).
With ``--wall`` (needs a display) also the seek to a picture on screen through the wall's own media
path (StreamController: PyAV puller and libVLC).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from app.evidence import export as evidence
from app.evidence.signing import WorkstationKey
from app.recorders import make_recorder
from app.recorders.base import RecorderKind
from app.recorders.calibrate import (
    first_picture,
    moment_from_ms_of_day,
    open_replay,
    playable_url,
    read_block_clock,
)
from app.recorders.proxy import ReplayProxy
from app.simsite.site import SimulatedSite
from tests.helpers.evidence_keys import trusting
from tests.helpers.recordings import recorder_settings, yesterday_at

KEY = WorkstationKey.generate("bench")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.0f} ms"


def bench(runs: int, export_seconds: int) -> None:
    with tempfile.TemporaryDirectory() as work, SimulatedSite(workdir=Path(work) / "site") as site:
        epe = site.description.epes[0]
        with ReplayProxy() as proxy:
            for kind in (RecorderKind.HIKVISION, RecorderKind.DAHUA, RecorderKind.ONVIF_G):
                recorder = make_recorder(recorder_settings(epe, kind), epe.user, epe.password)
                searches, seeks = [], []
                for run in range(runs):
                    started = time.monotonic()
                    recorder.search(1, yesterday_at(1, 0), yesterday_at(5, 0))
                    searches.append(time.monotonic() - started)
                    asked = yesterday_at(9 + run, 15, 7)
                    started = time.monotonic()
                    url = playable_url(recorder.replay(1, asked), epe.user, epe.password, proxy)
                    frame = first_picture(url, accept=lambda f: read_block_clock(f) is not None)
                    seeks.append(time.monotonic() - started)
                    seen = read_block_clock(frame)
                    assert seen is not None
                    error = (moment_from_ms_of_day(seen, asked) - asked).total_seconds()
                    assert abs(error) <= 1.0, f"{kind}: replay started {error:+.1f} s off"
                print(
                    f"{kind.value:10s} search median {ms(statistics.median(searches))}   "
                    f"seek to first picture median {ms(statistics.median(seeks))} "
                    f"(max {ms(max(seeks)).strip()})"
                )
            recorder = make_recorder(
                recorder_settings(epe, RecorderKind.ONVIF_G), epe.user, epe.password
            )
            first = yesterday_at(10, 0)
            url = playable_url(recorder.replay(2, first), epe.user, epe.password, proxy)
            container = open_replay(url)
            in_session = []
            try:
                frames = container.decode(video=0)
                for run in range(runs):
                    for _ in range(15):
                        next(frames)
                    target = yesterday_at(14 + run, 30, 30)
                    started = time.monotonic()
                    proxy.seek(url, target)
                    while True:
                        seen = read_block_clock(next(frames))
                        if (
                            seen is not None
                            and abs((moment_from_ms_of_day(seen, target) - target).total_seconds())
                            <= 1.0
                        ):
                            break
                        if time.monotonic() - started > 10:
                            raise SystemExit("seek inside the session never arrived")
                    in_session.append(time.monotonic() - started)
            finally:
                container.close()
            print(
                f"{'onvif_g':10s} seek inside a running session (new PLAY) median "
                f"{ms(statistics.median(in_session))}"
            )

            start = yesterday_at(10, 20)
            end = start + dt.timedelta(seconds=export_seconds)
            sources = [
                evidence.ExportSource(
                    n,
                    "",
                    playable_url(recorder.replay(n, start, end), epe.user, epe.password, proxy),
                )
                for n in (1, 2)
            ]
            context = evidence.EvidenceContext(
                epe.name, epe.tax_id, "onvif_g", "127.0.0.1", "BENCH", "Benchmark"
            )
            folder = Path(work) / "export"
            started = time.monotonic()
            manifest = evidence.export(sources, start, end, folder, context, key=KEY)
            wall = time.monotonic() - started
            size = sum(f["bytes"] for f in manifest.data["files"])
            started = time.monotonic()
            assert evidence.verify(folder, trusting(KEY)).ok
            verify_time = time.monotonic() - started
            print(
                f"export of 2 cameras x {export_seconds} s: {wall:.2f} s wall, "
                f"{size / wall / 1e6:.2f} MB/s, {2 * export_seconds / wall:.2f} recorded s per "
                f"wall s; verify {ms(verify_time).strip()}"
            )


def bench_wall(runs: int) -> None:
    """Seek to picture through the wall's own media path (PyAV puller + libVLC; needs a display)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from app.media.stream import StreamController

    app = QApplication.instance() or QApplication([])
    surface = QWidget()
    surface.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
    surface.resize(640, 360)
    surface.show()
    with (
        tempfile.TemporaryDirectory() as work,
        SimulatedSite(workdir=Path(work) / "site") as site,
        ReplayProxy() as proxy,
    ):
        epe = site.description.epes[0]
        for kind in (RecorderKind.HIKVISION, RecorderKind.ONVIF_G):
            recorder = make_recorder(recorder_settings(epe, kind), epe.user, epe.password)
            times: list[float] = []
            for run in range(runs):
                started = time.monotonic()
                source = recorder.replay(2, yesterday_at(13 + run, 5))
                if source.needs_proxy:
                    stream = StreamController(proxy.open(source, epe.user, epe.password))
                else:
                    stream = StreamController(source.url, lambda: (epe.user, epe.password))
                stream.set_window(int(surface.winId()))
                loop = QEventLoop()
                stream.first_picture.connect(loop.quit)
                QTimer.singleShot(15_000, loop.quit)
                stream.play()
                loop.exec()
                times.append(time.monotonic() - started)
                stream.release()
            print(
                f"{kind.value:10s} seek to first picture on screen (StreamController) median "
                f"{ms(statistics.median(times))} (max {ms(max(times)).strip()})"
            )
    del app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--export-seconds", type=int, default=5)
    parser.add_argument(
        "--wall",
        action="store_true",
        help="also measure through libVLC (needs a display, e.g. headless.sh)",
    )
    args = parser.parse_args(argv)
    bench(args.runs, args.export_seconds)
    if args.wall:
        bench_wall(args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
