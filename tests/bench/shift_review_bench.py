"""The start-of-shift review at the scale of a sub-department: how long a night's review takes for
N EPEs with recorders (4 cameras each), some of them dead. Prints figures; asserts nothing.

Run: installer/headless.sh .venv/bin/python tests/bench/shift_review_bench.py [--epes 40]

The live EPEs share one in-process simulated recorder (Profile G, the night's off-hours motion);
5 % of the EPEs' recorders refuse connections, 5 % accept and never answer (each costs its
deadline, on its own thread). Accounts come from the test keyring (installer/headless.sh).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--epes", type=int, default=40)
    parser.add_argument("--deadline", type=float, default=5.0, help="recorder timeout, seconds")
    args = parser.parse_args()
    os.environ.setdefault("EPEWALL_HOME", tempfile.mkdtemp())

    from app.domain import Camera, CameraPosition, Epe
    from app.recorders.base import RecorderKind, RecorderSettings
    from app.recorders.store import save_recorder
    from app.secrets import CredentialStore
    from app.shift.review import RECORDER_EVENT, UNSEARCHED, review_items_steps
    from app.simsite.config import HOST, parse_config
    from app.simsite.recorder import Archive, RecorderConfig, make_http_server
    from app.sites.registry import Registry
    from app.workers import run_to_end
    from tests.helpers.faulty_servers import closed_port, faulty_server
    from tests.helpers.rotation_data import tax_ids as make_tax_ids
    from tests.helpers.shift_review import PASSWORD, USER, review_morning

    config = parse_config(
        {
            "epes": [
                {
                    "name": "DNCX",
                    "tax_id": "0315867420",
                    "account": {"user": USER, "password": PASSWORD},
                    "cameras": [{"diagram_number": n, "position": "gate"} for n in (1, 2, 3, 4)],
                }
            ]
        }
    )
    archive = Archive(config[0], RecorderConfig("onvif_g", 400, "local", daily_gap=False))
    http = make_http_server(archive)
    threading.Thread(target=http.serve_forever, daemon=True).start()
    registry = Registry()
    store = CredentialStore()
    dead = max(1, args.epes // 20)
    tax_ids = make_tax_ids(args.epes)
    with ExitStack() as stack:
        silent_ports = [stack.enter_context(faulty_server("silent")).port for _ in range(dead)]
        for index in range(args.epes):
            epe = registry.add_epe(Epe(f"DNCX {index:03d}", tax_ids[index], account_user=USER))
            assert epe.id is not None
            for n in (1, 2, 3, 4):
                registry.add_camera(Camera(epe.id, n, CameraPosition.GATE, f"Cổng {n}"))
            port = http.server_address[1]
            if index < dead:
                port = closed_port()
            elif index < 2 * dead:
                port = silent_ports[index - dead]
            save_recorder(
                registry,
                epe.id,
                RecorderSettings(
                    RecorderKind.ONVIF_G, HOST, http_port=port, timeout_s=args.deadline
                ),
            )
            store.set_password(epe.uid, PASSWORD)

        morning = review_morning()
        evening = morning - dt.timedelta(hours=16, minutes=30)
        cpu0 = time.process_time()
        started = time.monotonic()
        items = run_to_end(
            review_items_steps(registry, "", evening, morning, lambda: morning, credentials=store)
        )
        took = time.monotonic() - started
        cpu = time.process_time() - cpu0
    http.shutdown()
    events = sum(1 for i in items if i.kind == RECORDER_EVENT)
    unsearched = sum(1 for i in items if i.kind == UNSEARCHED)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"EPEs: {args.epes} ({dead} refusing, {dead} silent, deadline {args.deadline:g} s)")
    print(f"review of one night: {took:.2f} s wall, {cpu:.2f} s CPU, peak RSS {peak:.0f} MiB")
    print(f"items: {len(items)} ({events} recorder events, {unsearched} recorders not searched)")


if __name__ == "__main__":
    main()
