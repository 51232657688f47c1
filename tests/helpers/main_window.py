"""The main window as widget tests open it: shown, its first keyring check done, and closed and
deleted after its background queues finished."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from app import settings
from app.secrets import CredentialStore
from app.sites.registry import Registry
from widgets.main_window import MainWindow


@contextmanager
def shown_main_window(
    qtbot: QtBot,
    registry: Registry,
    store: CredentialStore | None = None,
    size: tuple[int, int] | None = None,
) -> Iterator[MainWindow]:
    main = MainWindow(registry, store or CredentialStore(), settings.Settings())
    # Not given to qtbot: closed and deleted here, also when the test fails (qtbot would close
    # it again after it is gone when the test keeps a reference).
    try:
        if size is not None:
            main.resize(*size)
        main.show()
        qtbot.waitExposed(main)
        qtbot.waitUntil(lambda: main.keyring_status is not None, timeout=10_000)
        yield main
    finally:
        main.rotation.queue.wait(10_000)
        main.keyring_queue.wait(10_000)
        main.file_queue.wait(10_000)
        main.interruption_views.queue.wait(10_000)
        main.tours.queue.wait(10_000)
        main.close()
        main.health_monitor.wait(10_000)
        main.warnings_service.wait(10_000)
        main.warnings_dock.queue.wait(10_000)
        # Gone before the registry closes: a window left for later would reload its tree from
        # a closed registry when a later test switches the language.
        main.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
