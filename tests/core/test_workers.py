"""A job queue tells a waiter when its work and the GUI's handlers of it are done, even when the
job ended before anyone started to wait (a signal emitted then is gone)."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from app.workers import Job, JobQueue


def test_a_queue_is_idle_only_after_the_handlers_of_a_job_that_ended_early_have_run(
    qtbot: QtBot,
) -> None:
    queue = JobQueue("test")
    ended = threading.Event()
    handled: list[str] = []

    def work() -> str:
        ended.set()
        return "written"

    job = Job(work)
    job.signals.succeeded.connect(handled.append)
    queue.submit(job)
    assert not queue.idle
    assert ended.wait(10)  # the job ended before the wait below began
    qtbot.waitUntil(lambda: queue.idle, timeout=10_000)
    assert handled == ["written"]
    assert queue.wait(10_000)
