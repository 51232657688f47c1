"""Attack: many wrong PINs at once on one profile, from separate processes and threads, each with
its own connection to the registry file (two workstations on a shared file, a script).

What must hold: the profile locks after MAX_FAILED_ATTEMPTS, no more PINs than that are ever
checked, every attempt gets an answer (wrong PIN or locked, never "the registry is busy"), and the
right PIN among a parallel burst is refused once the profile is locked.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

from app.officers.profiles import MAX_FAILED_ATTEMPTS, LoginError, Officer, OfficerStore, Role
from app.rotation.ledger import RecordKind
from app.sites.registry import Registry
from app.storage.database import RegistryError
from app.timekeeping import utc_now

RIGHT_PIN = "135724"
ATTEMPTS = 30


def _try_pin(path: str, pin: str, start: Barrier | threading.Barrier) -> str:
    """One attacker: its own connection, waits for the others, tries one PIN."""
    with Registry(path) as registry:
        start.wait()
        try:
            OfficerStore(registry).login("CB01", pin)
        except LoginError as exc:
            return exc.kind
        except RegistryError as exc:
            return f"registry:{exc.kind}"
    return "logged_in"


def _process_attempt(path: str, pin: str, start: Barrier, results: Any) -> None:
    results.put(_try_pin(path, pin, start))


def _profile(path: Path) -> tuple[Registry, OfficerStore]:
    registry = Registry(path)
    store = OfficerStore(registry)
    lead = store.add_officer(None, Officer("TL01", "Trần Văn Lâm", Role.TEAM_LEAD), "246813")
    store.add_officer(lead, Officer("CB01", "Lê Thị Hoa", Role.OFFICER), RIGHT_PIN)
    return registry, store


def _pins_checked(store: OfficerStore) -> int:
    return sum(
        1
        for r in store.ledger.records(RecordKind.AUDIT)
        if r.payload["action"] == "login_failed" and r.payload["officer"] == "CB01"
    )


def _burst_of_processes(path: Path, pins: list[str]) -> list[str]:
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(len(pins))
    results = context.Queue()
    workers = [
        context.Process(target=_process_attempt, args=(str(path), pin, start, results))
        for pin in pins
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=300) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    return outcomes


def _burst_of_threads(path: Path, pins: list[str]) -> list[str]:
    start = threading.Barrier(len(pins))
    with ThreadPoolExecutor(len(pins)) as pool:
        return list(pool.map(lambda pin: _try_pin(str(path), pin, start), pins))


def _attack(path: Path, burst: Any) -> None:
    registry, store = _profile(path)
    try:
        wrong = [f"{n:06d}" for n in range(ATTEMPTS)]
        first = burst(path, wrong)
        assert len(first) == ATTEMPTS
        assert not [o for o in first if o.startswith("registry:")], first
        assert first.count("wrong_pin") == MAX_FAILED_ATTEMPTS - 1
        assert first.count("locked") == ATTEMPTS - MAX_FAILED_ATTEMPTS + 1
        assert _pins_checked(store) == MAX_FAILED_ATTEMPTS, "more PINs were tried than allowed"
        officer = store.find_officer("CB01")
        assert officer is not None and officer.lock_end(utc_now()) is not None

        # The right PIN hidden in a second burst: the lock holds for it too.
        second = burst(path, [*wrong[: ATTEMPTS - 1], RIGHT_PIN])
        assert second == ["locked"] * ATTEMPTS
        assert _pins_checked(store) == MAX_FAILED_ATTEMPTS
    finally:
        registry.close()


def test_thirty_wrong_pins_from_parallel_processes_lock_the_profile(tmp_path: Path) -> None:
    _attack(tmp_path / "registry.sqlite", _burst_of_processes)


def test_thirty_wrong_pins_from_parallel_threads_lock_the_profile(tmp_path: Path) -> None:
    _attack(tmp_path / "registry.sqlite", _burst_of_threads)
