"""Time and memory a hostile peer can take from epewall. Prints figures; asserts nothing.

Run: installer/headless.sh .venv/bin/python tests/bench/hostile_peers_bench.py
Each attack runs in a fresh interpreter, so its peak RSS (ru_maxrss) is its own; the figure is
the peak minus the RSS after imports and the peer's start.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import datetime as dt, resource, sys, time
sys.path.insert(0, sys.argv[2])
from tests.helpers.faulty_servers import flood, hostile_server, trickle
from tests.security.test_peer_limits import _search_page
from app.devices.onvif_client import OnvifClient
from app.recorders.base import UTC, RecorderKind, RecorderSettings
from app.recorders.hikvision import HikvisionRecorder
from app.recorders.http import HttpClient

def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

def attempt(call):
    try:
        call()
        return "no error"
    except Exception as exc:
        return type(exc).__name__

start = dt.datetime(2026, 11, 1, tzinfo=UTC)
attacks = {
    "soap-flood": (flood(None), lambda s: OnvifClient("127.0.0.1", s.port, "u", "p", 20)
                   .call("device", "GetDeviceInformation")),
    "content-length--1": (flood("-1"), lambda s: HttpClient(s.url, "u", "p", 20).request("/x")),
    "endless-search": (_search_page, lambda s: HikvisionRecorder(
        RecorderSettings(RecorderKind.HIKVISION, "127.0.0.1", s.port), "u", "p"
    ).search(1, start, start + dt.timedelta(days=1))),
    "onvif-trickle-8s": (trickle, lambda s: OnvifClient("127.0.0.1", s.port, "u", "p", 8.0)
                         .call("device", "GetDeviceInformation")),
    "recorder-trickle-8s": (trickle, lambda s: HttpClient(s.url, "u", "p", 8.0).request("/x")),
}
script, call = attacks[sys.argv[1]]
with hostile_server(script) as server:
    before = rss()
    began = time.monotonic()
    outcome = attempt(lambda: call(server))
    took = time.monotonic() - began
    grown = rss() - before
print(f"{sys.argv[1]:22} {outcome:18} {took:6.2f} s  peer sent {server.sent/1e6:7.1f} MB  "
      f"peak RSS +{grown/1e6:6.1f} MB")
"""

ATTACKS = [
    "soap-flood",
    "content-length--1",
    "endless-search",
    "onvif-trickle-8s",
    "recorder-trickle-8s",
]


def main() -> None:
    for name in ATTACKS:
        result = subprocess.run(
            [sys.executable, "-c", CHILD, name, str(ROOT)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        print(result.stdout.strip() or result.stderr.strip()[-400:])


if __name__ == "__main__":
    main()
