"""Attack (or ordinary day): two epewall processes write to one registry file at the same time, as
a second window or a command run beside the GUI does.

What must hold: neither writer fails ("the registry is busy") in any round, every record of both
is present afterwards, and the log's chain is intact.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

from app.domain import Epe
from app.rotation.ledger import AuditAction, Ledger, RecordKind
from app.sites.registry import Registry
from app.storage.database import RegistryError
from tests.helpers.rotation_data import tax_ids

ROUNDS = 40


def _writer(path: str, name: str, taxes: list[str], start: Barrier, results: Any) -> None:
    """Each round: an audit record (reads the chain's head, then appends) and an EPE."""
    failures: list[str] = []
    with Registry(path) as registry:
        ledger = Ledger(registry)
        start.wait()
        for number in range(ROUNDS):
            try:
                ledger.audit(AuditAction.VIEW_STARTED, name, {"round": number})
                registry.add_epe(Epe(f"{name} {number}", taxes[number]))
            except RegistryError as exc:
                failures.append(f"round {number}: {exc.kind}")
    results.put((name, failures))


def test_two_processes_writing_side_by_side_both_succeed(tmp_path: Path) -> None:
    path = tmp_path / "registry.sqlite"
    Registry(path).close()
    taxes = tax_ids(2 * ROUNDS)
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    results = context.Queue()
    writers = [
        context.Process(
            target=_writer,
            args=(str(path), name, taxes[i * ROUNDS : (i + 1) * ROUNDS], start, results),
        )
        for i, name in enumerate(["A", "B"])
    ]
    for writer in writers:
        writer.start()
    outcomes = dict(results.get(timeout=300) for _ in writers)
    for writer in writers:
        writer.join(timeout=60)
        assert writer.exitcode == 0
    assert outcomes == {"A": [], "B": []}

    with Registry(path) as registry:
        ledger = Ledger(registry)
        audit = ledger.records(RecordKind.AUDIT)
        for name in ("A", "B"):
            rounds = [r.payload["details"]["round"] for r in audit if r.payload["officer"] == name]
            assert rounds == list(range(ROUNDS))
        assert len(registry.list_epes()) == 2 * ROUNDS
        assert ledger.verify().ok


def _open(path: str, start: Barrier, results: Any) -> None:
    start.wait()
    try:
        Registry(path).close()
        results.put("ok")
    except RegistryError as exc:
        results.put(exc.kind)


def test_processes_opening_a_new_registry_at_once_create_it_once(tmp_path: Path) -> None:
    """Two windows (or a window and a command) started together on a new workstation."""
    context = multiprocessing.get_context("spawn")
    for attempt in range(3):
        path = tmp_path / f"new-{attempt}.sqlite"
        start = context.Barrier(4)
        results = context.Queue()
        openers = [
            context.Process(target=_open, args=(str(path), start, results)) for _ in range(4)
        ]
        for opener in openers:
            opener.start()
        outcomes = [results.get(timeout=120) for _ in openers]
        for opener in openers:
            opener.join(timeout=60)
        assert outcomes == ["ok"] * 4
        with Registry(path) as registry:
            assert registry.list_epes() == []
