"""A sweep: every mandatory-online camera of every EPE looked at once. EPEs in parallel (at
most ``concurrency`` at a time), each EPE's cameras one after another, so a dead EPE holds only
its own slot and never delays the others. Qt-free: the monitor runs it in a Job, the command
line and the benchmark run it directly."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import threading
import time
from collections.abc import Callable, Collection, Generator, Iterable

from app.health.model import ProbeResult
from app.health.probe import (
    CALL_SECONDS,
    SAMPLE_SECONDS,
    Account,
    CameraTarget,
    EpeTarget,
    LoginGuard,
    probe_epe,
)
from app.peers import CredentialScope
from app.sites.hosts import registered_hosts
from app.sites.registry import Registry
from app.timekeeping import utc_now

DEFAULT_CONCURRENCY = 16


def load_targets(
    registry: Registry,
    epe_ids: Iterable[int] | None = None,
    skip_cameras: Collection[int] = (),
) -> list[EpeTarget]:
    """The mandatory-online cameras (I.1.2 positions) of the EPEs, minus ``skip_cameras`` (live
    on the wall, which reports them itself). EPEs without such cameras are left out."""
    wanted = set(epe_ids) if epe_ids is not None else None
    by_epe: dict[int, list[CameraTarget]] = {}
    for camera in registry.list_cameras():
        if not camera.must_be_online or camera.id is None or camera.id in skip_cameras:
            continue
        if wanted is not None and camera.epe_id not in wanted:
            continue
        by_epe.setdefault(camera.epe_id, []).append(
            CameraTarget(
                camera.epe_id,
                camera.id,
                camera.diagram_number,
                camera.position.value,
                camera.sub_url or camera.main_url,
            )
        )
    targets = []
    for epe in registry.list_epes():
        if epe.id is None or epe.id not in by_epe:
            continue
        scope = CredentialScope.of(registered_hosts(registry, epe.id), epe.allow_basic_auth)
        cameras = tuple(sorted(by_epe[epe.id], key=lambda c: c.camera_number))
        targets.append(EpeTarget(epe.id, epe.uid, epe.name, scope, cameras))
    return targets


def run_sweep(
    targets: list[EpeTarget],
    account_for: Callable[[EpeTarget], Account | None],
    guard: LoginGuard,
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    sample_due: Callable[[int], bool] = lambda camera_id: False,
    on_epe_done: Callable[[EpeTarget, list[ProbeResult]], None] = lambda t, r: None,
    clock: Callable[[], dt.datetime] = utc_now,
    call_seconds: float = CALL_SECONDS,
    sample_seconds: float = SAMPLE_SECONDS,
    cancelled: threading.Event | None = None,
    spread_seconds: float = 0.0,
) -> Generator[tuple[int, int, str], None, list[ProbeResult]]:
    """Look at every target; yields (EPEs done, EPEs, EPE name) as each EPE finishes, calls
    ``on_epe_done`` on the sweep's thread for it, returns every result.

    ``spread_seconds``: start the EPEs evenly over that time instead of all at once, so a
    background sweep is a low, steady load (CPU and network) rather than a burst."""
    stop = cancelled or threading.Event()
    began = time.monotonic()

    def look(index: int, target: EpeTarget) -> list[ProbeResult]:
        wait = began + spread_seconds * index / max(1, len(targets)) - time.monotonic()
        if wait > 0 and stop.wait(wait):
            return []
        return probe_epe(
            target,
            account_for(target),
            guard,
            sample_due=sample_due,
            clock=clock,
            call_seconds=call_seconds,
            sample_seconds=sample_seconds,
            cancelled=stop,
        )

    results: list[ProbeResult] = []
    total = len(targets)
    if not targets:
        return results
    pool = concurrent.futures.ThreadPoolExecutor(
        max_workers=max(1, min(concurrency, total)), thread_name_prefix="health"
    )
    try:
        futures = {pool.submit(look, i, target): target for i, target in enumerate(targets)}
        for done, future in enumerate(concurrent.futures.as_completed(futures), start=1):
            target = futures[future]
            found = future.result()
            results.extend(found)
            on_epe_done(target, found)
            yield done, total, target.name
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
    return results
