"""Loop cameras of the simulated site: encoded once, served in a loop with rising timestamps."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import av
import pytest

from app.simsite.config import ConfigError, parse_config
from app.simsite.site import SimulatedSite, server_env, server_python
from tests.helpers.sim_fixtures import SiteFactory, probe_stream, with_credentials

LOOP_SECONDS = 1  # 15 pictures of the sub stream: reading 40 crosses the loop point twice


def loop_config(tmp_path: Path) -> Path:
    config = {
        "version": 1,
        "source": "loop",
        "loop_seconds": LOOP_SECONDS,
        "epes": [
            {
                "name": "DNCX vòng lặp",
                "tax_id": "0100000001",
                "account": {"user": "hq_loop", "password": "LoopSecret1"},
                "cameras": [
                    {"diagram_number": 1, "position": "gate"},
                    {"diagram_number": 2, "position": "other", "sub": {"codec": "mjpeg"}},
                    {"diagram_number": 3, "position": "other", "source": "live"},
                ],
            }
        ],
    }
    path = tmp_path / "loop.json"
    path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    return path


def read_pictures(url: str, count: int) -> list[tuple[int, bool, str]]:
    """(presentation time in 1/90000 s, key picture, hash of the luma) of the first ``count``
    decoded pictures."""
    out: list[tuple[int, bool, str]] = []
    with av.open(url, options={"rtsp_transport": "tcp"}, timeout=30) as container:
        for frame in container.decode(video=0):
            if frame.pts is not None:
                luma = hashlib.sha256(bytes(frame.planes[0])).hexdigest()
                out.append((int(frame.pts), bool(frame.key_frame), luma))
            if len(out) >= count:
                break
    return out


@pytest.mark.parametrize("camera", [1, 2], ids=["h264", "mjpeg"])
def test_loop_camera_plays_on_across_the_loop_point(
    tmp_path: Path, sim_site_factory: SiteFactory, camera: int
) -> None:
    site = sim_site_factory(config=loop_config(tmp_path))
    epe = site.description.epes[0]
    cam = next(c for c in epe.cameras if c.diagram_number == camera)
    pictures = read_pictures(with_credentials(cam.sub_url, epe.user, epe.password), 40)
    times = [pts for pts, _key, _luma in pictures]
    assert len(times) == 40
    # One picture every 1/15 s (6000 ticks of 90 kHz), never a jump back at the loop point.
    steps = {b - a for a, b in zip(times, times[1:], strict=False)}
    assert steps == {6000}
    # The same pictures come round again one loop (15 pictures) later, under new times; a live
    # camera's picture (its clock, its moving pattern) never repeats.
    lumas = [luma for _pts, _key, luma in pictures]
    assert lumas[20:35] == lumas[5:20]
    assert len(set(lumas[5:20])) == 15
    # A key picture opens each turn of the loop.
    keys = [pts for pts, key, _luma in pictures if key]
    assert len(keys) >= 2


def test_loop_camera_keeps_digest_auth(tmp_path: Path, sim_site_factory: SiteFactory) -> None:
    site = sim_site_factory(config=loop_config(tmp_path))
    epe = site.description.epes[0]
    url = epe.cameras[0].sub_url
    assert probe_stream(with_credentials(url, epe.user, "wrong")).returncode != 0
    good = probe_stream(with_credentials(url, epe.user, epe.password))
    assert (good.codec, good.width, good.height) == ("h264", 640, 360)


def test_loop_is_cached_and_read_back(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    config = loop_config(tmp_path)
    for run in range(2):
        with SimulatedSite(config=config, workdir=tmp_path / f"w{run}", loop_cache=cache) as site:
            epe = site.description.epes[0]
            cam = epe.cameras[0]
            assert len(read_pictures(with_credentials(cam.sub_url, epe.user, epe.password), 5)) == 5
        if run == 0:
            files = sorted(cache.glob("*.loop"))
            # the sub streams of the two loop cameras, encoded at start (main streams on demand)
            assert len(files) == 2
            stamps = [f.stat().st_mtime_ns for f in files]
    assert [f.stat().st_mtime_ns for f in sorted(cache.glob("*.loop"))] == stamps


def test_describes_each_camera_source() -> None:
    epes = parse_config(
        {
            "source": "loop",
            "epes": [
                {
                    "name": "A",
                    "tax_id": "1",
                    "account": {"user": "u", "password": "p"},
                    "source": "live",
                    "cameras": [
                        {"diagram_number": 1, "position": "gate"},
                        {"diagram_number": 2, "position": "gate", "source": "loop"},
                    ],
                },
                {
                    "name": "B",
                    "tax_id": "2",
                    "account": {"user": "u", "password": "p"},
                    "cameras": [{"diagram_number": 1, "position": "gate"}],
                },
            ],
        }
    )
    assert [c.source for e in epes for c in e.cameras] == ["live", "loop", "loop"]
    assert "source" not in epes[0].cameras[1].extra
    with pytest.raises(ConfigError, match="source"):
        parse_config({"epes": [{**_one_epe(), "source": "file"}]})
    with pytest.raises(ConfigError, match="loop_seconds"):
        parse_config({"loop_seconds": 0, "epes": [_one_epe()]})


def _one_epe() -> dict[str, object]:
    return {
        "name": "A",
        "tax_id": "1",
        "account": {"user": "u", "password": "p"},
        "cameras": [{"diagram_number": 1, "position": "gate"}],
    }


# Run by the site's Python (GStreamer): a loop fed into a medium whose source already has its
# clock but no base time yet, as while gst-rtsp-server takes a medium to PLAYING; the medium
# plays 0.2 s later. Prints the times of the first three pictures that come out.
_FEED_BEFORE_PLAYING = """
import json, sys
sys.path.insert(0, sys.argv[1])
import gi
gi.require_version("Gst", "1.0")
from gi.repository import GLib, Gst
Gst.init(None)
from app.simsite import loops
pipe = Gst.parse_launch(
    "appsrc name=src is-live=true format=time ! appsink name=sink sync=false emit-signals=true"
)
src, sink = pipe.get_by_name("src"), pipe.get_by_name("sink")
pipe.set_state(Gst.State.PAUSED)
src.set_clock(Gst.SystemClock.obtain())
buffers = [Gst.Buffer.new_wrapped(bytes(64)) for _ in range(3)]
loops.LoopFeeder(src, buffers, 15).start()
main = GLib.MainLoop()
times = []
def on_sample(appsink):
    times.append(appsink.emit("pull-sample").get_buffer().pts)
    if len(times) == 3:
        GLib.idle_add(main.quit)
    return Gst.FlowReturn.OK
sink.connect("new-sample", on_sample)
GLib.timeout_add(200, lambda: pipe.set_state(Gst.State.PLAYING) and False)
GLib.timeout_add(5000, main.quit)
main.run()
pipe.set_state(Gst.State.NULL)
print(json.dumps(times))
"""


def test_loop_pictures_are_timed_by_the_medium_from_the_first(tmp_path: Path) -> None:
    """A loop camera's first picture is timed by the medium's clock, not by the machine's uptime
    (before, about 1 open in 1,400 got a first picture dated hours ahead and then nothing, and the
    client's open timed out)."""
    script = tmp_path / "feed.py"
    script.write_text(_FEED_BEFORE_PLAYING, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [server_python(), str(script), str(root)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env=server_env(),
    )
    times = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(times) == 3, done.stderr
    assert times == sorted(times)
    assert times[0] < 2 * 10**9, f"first picture at {times[0] / 1e9:.1f} s of running time"
