"""Device warnings at scale: 500 devices subscribed, event-to-store latency, idle CPU. Prints
figures; asserts nothing.

Run: installer/headless.sh .venv/bin/python tests/bench/warnings_bench.py [--devices 500]
     [--idle 60] [--pull-timeout 20]

The devices are one cheap ONVIF events responder (another process, asyncio, one port per
device): GetSystemDateAndTime, GetCapabilities, CreatePullPointSubscription, PullMessages that
waits for a message or its Timeout, Renew, Unsubscribe; no account check. The client is the real
``WarningsManager`` over a real registry file. The responder is told on its standard input to
raise tampering on some devices; the latency is from the event's UtcTime to the moment the
warning was stored (the manager's listener runs right after the commit). CPU is this process's
own (user + system) while every device is subscribed and nothing happens.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
import random
import re
import resource
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# ------------------------------------------------------------------------------ the responder

_OP = re.compile(
    rb"<(?:\w+:)?(GetSystemDateAndTime|GetCapabilities|CreatePullPointSubscription|PullMessages|"
    rb"Renew|Unsubscribe)\b"
)
_ENV = (
    '<?xml version="1.0" encoding="UTF-8"?><s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-'
    'envelope" xmlns:tt="http://www.onvif.org/ver10/schema" xmlns:tds="http://www.onvif.org/ver10/'
    'device/wsdl" xmlns:tev="http://www.onvif.org/ver10/events/wsdl" xmlns:wsnt="http://docs.'
    'oasis-open.org/wsn/b-2" xmlns:wsa="http://www.w3.org/2005/08/addressing"><s:Body>{}</s:Body>'
    "</s:Envelope>"
)


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class _Device:
    def __init__(self, port: int) -> None:
        self.port = port
        self.subs: dict[str, tuple[list[str], asyncio.Event]] = {}


async def _handle(
    device: _Device, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
        length = int(re.search(rb"Content-Length:\s*(\d+)", head, re.I).group(1))  # type: ignore[union-attr]
        body = await reader.readexactly(length)
        path = head.split(b" ", 2)[1].decode()
        op = _OP.search(body)
        name = op.group(1).decode() if op else ""
        now = dt.datetime.now(dt.UTC)
        times = (
            f"<wsnt:CurrentTime>{_stamp(now)}</wsnt:CurrentTime><wsnt:TerminationTime>"
            f"{_stamp(now + dt.timedelta(seconds=120))}</wsnt:TerminationTime>"
        )
        if name == "GetSystemDateAndTime":
            reply = (
                "<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:UTCDateTime><tt:Time>"
                f"<tt:Hour>{now.hour}</tt:Hour><tt:Minute>{now.minute}</tt:Minute><tt:Second>"
                f"{now.second}</tt:Second></tt:Time><tt:Date><tt:Year>{now.year}</tt:Year>"
                f"<tt:Month>{now.month}</tt:Month><tt:Day>{now.day}</tt:Day></tt:Date>"
                "</tt:UTCDateTime></tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>"
            )
        elif name == "GetCapabilities":
            reply = (
                "<tds:GetCapabilitiesResponse><tds:Capabilities><tt:Events><tt:XAddr>"
                f"http://127.0.0.1:{device.port}/onvif/Events</tt:XAddr><tt:WSPullPointSupport>"
                "true</tt:WSPullPointSupport></tt:Events></tds:Capabilities>"
                "</tds:GetCapabilitiesResponse>"
            )
        elif name == "CreatePullPointSubscription":
            sub = secrets.token_hex(6)
            device.subs[sub] = ([], asyncio.Event())
            reply = (
                "<tev:CreatePullPointSubscriptionResponse><tev:SubscriptionReference><wsa:Address>"
                f"http://127.0.0.1:{device.port}/sub/{sub}</wsa:Address>"
                f"</tev:SubscriptionReference>{times}</tev:CreatePullPointSubscriptionResponse>"
            )
        else:
            sub = path.rsplit("/", 1)[-1]
            if sub not in device.subs:
                reply = (
                    "<s:Fault><s:Code><s:Value>s:Sender</s:Value><s:Subcode><s:Value>"
                    "wsrf-rw:ResourceUnknownFault</s:Value></s:Subcode></s:Code></s:Fault>"
                )
            elif name == "PullMessages":
                queue, ready = device.subs[sub]
                timeout = float(re.search(rb"PT(\d+)S", body).group(1))  # type: ignore[union-attr]
                if not queue:
                    ready.clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(ready.wait(), timeout)
                items = "".join(queue)
                queue.clear()
                reply = f"<tev:PullMessagesResponse>{times}{items}</tev:PullMessagesResponse>"
            elif name == "Renew":
                reply = f"<wsnt:RenewResponse>{times}</wsnt:RenewResponse>"
            else:
                device.subs.pop(sub, None)
                reply = "<wsnt:UnsubscribeResponse/>"
        data = _ENV.format(reply).encode()
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/soap+xml\r\nConnection: close\r\n"
            + f"Content-Length: {len(data)}\r\n\r\n".encode()
            + data
        )
        await writer.drain()
    except (OSError, asyncio.IncompleteReadError, AttributeError, ValueError):
        pass
    finally:
        writer.close()


def _raise(device: _Device, camera: int) -> None:
    now = dt.datetime.now(dt.UTC)
    note = (
        '<wsnt:NotificationMessage><wsnt:Topic Dialect="http://www.onvif.org/ver10/tev/'
        'topicExpression/ConcreteSet">tns1:VideoSource/GlobalSceneChange/ImagingService'
        f'</wsnt:Topic><wsnt:Message><tt:Message UtcTime="{_stamp(now)}" PropertyOperation='
        f'"Changed"><tt:Source><tt:SimpleItem Name="Source" Value="VideoSource_{camera}"/>'
        '</tt:Source><tt:Data><tt:SimpleItem Name="State" Value="true"/></tt:Data></tt:Message>'
        "</wsnt:Message></wsnt:NotificationMessage>"
    )
    for queue, ready in device.subs.values():
        queue.append(note)
        ready.set()


async def _responder(count: int) -> None:
    devices: list[_Device] = []
    for _ in range(count):
        device = _Device(0)
        server = await asyncio.start_server(
            lambda r, w, d=device: _handle(d, r, w), "127.0.0.1", 0, backlog=64
        )
        device.port = server.sockets[0].getsockname()[1]
        devices.append(device)
    print(json.dumps([d.port for d in devices]), flush=True)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while line := await reader.readline():
        words = line.decode().split()
        if words and words[0] == "fire":
            for index, camera in zip(words[1::2], words[2::2], strict=True):
                _raise(devices[int(index)], int(camera))
        elif words and words[0] == "subs":
            print(sum(len(d.subs) for d in devices), flush=True)


# ------------------------------------------------------------------------------ the client


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--devices", type=int, default=500)
    parser.add_argument("--idle", type=float, default=60.0)
    parser.add_argument("--pull-timeout", type=float, default=20.0)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--per-round", type=int, default=50)
    parser.add_argument("--responder", action="store_true")
    args = parser.parse_args()
    if args.responder:
        asyncio.run(_responder(args.devices))
        return

    os.environ["EPEWALL_HOME"] = tempfile.mkdtemp(prefix="warnings-bench-")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication
    from stdnum.vn import mst

    from app.domain import Epe
    from app.sites.registry import Registry
    from app.warnings.manager import DeviceTarget, WarningsManager, WatchState
    from app.warnings.store import WarningStore

    _app = QCoreApplication(sys.argv[:1])
    responder = subprocess.Popen(
        [sys.executable, __file__, "--responder", "--devices", str(args.devices)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert responder.stdin is not None and responder.stdout is not None
    ports = json.loads(responder.stdout.readline())
    registry = Registry()
    targets = []
    serial = 100_000_000
    for index, port in enumerate(ports):
        while not mst.is_valid(tax_id := f"{serial:09d}{mst.calc_check_digit(f'{serial:09d}')}"):
            serial += 1
        serial += 1
        epe = registry.add_epe(Epe(f"DNCX {index}", tax_id))
        assert epe.id is not None
        targets.append(DeviceTarget(epe.id, epe.name, "127.0.0.1", port, "u", "p"))

    latencies: list[float] = []
    lock = threading.Lock()

    def stored(warning: object, new: bool) -> None:
        at = warning.last_at  # type: ignore[attr-defined]
        with lock:
            latencies.append((dt.datetime.now(dt.UTC) - at).total_seconds())

    manager = WarningsManager(
        WarningStore(registry), targets, listener=stored, pull_timeout_s=args.pull_timeout
    )
    started = time.monotonic()
    manager.start()
    while sum(w.state is WatchState.SUBSCRIBED and w.pulls >= 0 for w in manager.watchers) < len(
        targets
    ):
        if time.monotonic() - started > 120:
            break
        time.sleep(0.1)
    subscribed_s = time.monotonic() - started
    ready = sum(w.state is WatchState.SUBSCRIBED for w in manager.watchers)
    time.sleep(3)  # the first pulls of everyone are on their way

    cpu0, wall0 = _cpu(), time.monotonic()
    time.sleep(args.idle)
    idle_cpu = (_cpu() - cpu0) / (time.monotonic() - wall0)
    idle_threads = threading.active_count()
    pulls = sum(w.pulls for w in manager.watchers)

    rng = random.Random(15)
    for round_number in range(args.rounds):
        chosen = rng.sample(range(len(ports)), min(args.per_round, len(ports)))
        words = " ".join(f"{i} {round_number % 8 + 1}" for i in chosen)
        responder.stdin.write(f"fire {words}\n")
        responder.stdin.flush()
        time.sleep(1.0)
    expected = args.rounds * min(args.per_round, len(ports))
    give_up = time.monotonic() + 20
    while len(latencies) < expected and time.monotonic() < give_up:
        time.sleep(0.1)

    stop_started = time.monotonic()
    manager.stop()
    stop_s = time.monotonic() - stop_started
    responder.stdin.write("subs\n")
    responder.stdin.flush()
    left = responder.stdout.readline().strip()
    responder.stdin.close()
    responder.wait(10)
    registry.close()

    print(f"devices: {len(targets)} (responder: one asyncio process, one port each)")
    print(f"subscribed: {ready}/{len(targets)} in {subscribed_s:.1f} s")
    print(
        f"idle, subscribed, {args.idle:g} s with PullMessages Timeout {args.pull_timeout:g} s: "
        f"client CPU {idle_cpu * 100:.1f} % of a core, {idle_threads} threads, "
        f"{pulls} pulls so far"
    )
    if latencies:
        ordered = sorted(latencies)
        p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
        print(
            f"event-to-store latency over {len(latencies)}/{expected} events "
            f"({args.rounds} rounds of {args.per_round} devices, 1 s apart): "
            f"p50 {statistics.median(ordered) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
            f"max {ordered[-1] * 1000:.0f} ms"
        )
    print(
        f"stop (Unsubscribe everywhere): {stop_s:.1f} s, subscriptions left on the devices: {left}"
    )


if __name__ == "__main__":
    main()
