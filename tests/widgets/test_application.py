"""Starting the GUI, and what an officer sees when something unexpected goes wrong."""

from __future__ import annotations

import argparse
import faulthandler
import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from app import i18n, paths
from widgets import application
from widgets.main_window import MainWindow
from widgets.support import errors


@pytest.fixture
def restore_process_state(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    errors.finish()
    faulthandler.enable(sys.__stderr__, all_threads=True)  # as pytest had it
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_epewall", False):
            root.removeHandler(handler)
            handler.close()
    i18n.install("en")
    qapp.processEvents()


def test_run_opens_the_main_window_in_the_requested_language(
    qapp: QApplication, restore_process_state: None, epewall_home: Path
) -> None:
    seen: dict[str, object] = {}

    def look_and_close() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["windows"] = windows
        seen["title"] = windows[0].windowTitle()
        seen["menu"] = windows[0].menu_file.title()
        windows[0].close()
        qapp.quit()

    QTimer.singleShot(0, look_and_close)
    # Closing the window must not post a second quit: one left over after exec() returns
    # would end every later event loop of the test session at once.
    qapp.setQuitOnLastWindowClosed(False)
    try:
        code = application.run(argparse.Namespace(command=None, lang="vi", verbose=False))
    finally:
        qapp.setQuitOnLastWindowClosed(True)

    assert code == 0
    assert len(seen["windows"]) == 1  # type: ignore[arg-type]
    assert seen["title"] == "epewall"
    assert seen["menu"] == "&Tệp"
    assert sys.excepthook is errors.handle_exception
    assert threading.excepthook is errors.handle_thread_exception
    assert (paths.data_dir() / "epewall.sqlite3").exists()
    for window in seen["windows"]:  # type: ignore[attr-defined]
        window.deleteLater()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_a_wall_pc_started_with_tour_runs_the_saved_tour_full_screen_without_a_login(
    qapp: QApplication, restore_process_state: None, epewall_home: Path
) -> None:
    from app.domain import CameraPosition, RiskLevel
    from app.sites.registry import Registry
    from app.wall.store import default_owner
    from app.wall.tour import TourDefinition, TourStore
    from tests.helpers.sites import SiteBuilder

    registry = Registry()
    SiteBuilder(registry).add_epe(
        "Công ty TNHH Sao Việt", "3601234569", (1, CameraPosition.GATE), risk_level=RiskLevel.HIGH
    )
    TourStore(registry).save(TourDefinition("Ca đêm", dwell_seconds=20), default_owner())
    registry.close()
    seen: dict[str, object] = {}

    def look() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or not windows[0].tour_bar.isVisible():
            QTimer.singleShot(50, look)
            return
        window = seen["window"] = windows[0]
        bar = window.tour_bar
        seen["title"] = bar.full_text(bar.title)
        seen["full_screen"] = window.isFullScreen()
        seen["dialogs"] = [w for w in qapp.topLevelWidgets() if w.isVisible() and w is not window]
        window.close()
        qapp.quit()

    QTimer.singleShot(0, look)
    qapp.setQuitOnLastWindowClosed(False)
    try:
        args = argparse.Namespace(command=None, lang="en", verbose=False, wall=None, tour="ca đêm")
        code = application.run(args)
    finally:
        qapp.setQuitOnLastWindowClosed(True)

    assert code == 0
    assert seen["title"] == "Page 1 of 1 · tour “Ca đêm”"
    assert seen["full_screen"] is True
    assert seen["dialogs"] == []  # unattended: nobody is asked to log in
    seen["window"].deleteLater()  # type: ignore[attr-defined]
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_the_first_health_sweep_leaves_the_cameras_the_start_up_wall_opens_to_the_wall(
    qapp: QApplication,
    restore_process_state: None,
    epewall_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The monitor's first sweep runs at once; it must not log in a second time to cameras the
    saved wall is opening at that moment (the issue: never fight the wall's own streams)."""
    from app.domain import CameraPosition
    from app.health.store import HealthStore
    from app.sites.registry import Registry
    from app.wall.layout import WallModel
    from app.wall.store import WallStore, default_owner
    from tests.helpers.sites import SiteBuilder

    registry = Registry()
    epe, _cameras = SiteBuilder(registry).add_epe(
        "Công ty TNHH Sao Việt",
        "3601234569",
        (1, CameraPosition.GATE),
        (2, CameraPosition.STORAGE_YARD),
    )
    gate, yard = registry.list_cameras(epe.id)
    model = WallModel("1")
    model.assign(0, int(gate.id or 0))
    WallStore(registry).save("Cổng", default_owner(), model.to_dict())
    registry.close()
    seen: dict[str, object] = {}
    from app.health.monitor import HealthMonitor

    real_start = HealthMonitor.start

    def start(monitor: HealthMonitor) -> None:
        # What the first sweep (it runs at once) will leave to the wall.
        seen["left_to_the_wall"] = set(monitor._on_wall)
        real_start(monitor)

    monkeypatch.setattr(HealthMonitor, "start", start)

    def look() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or windows[0].health_monitor.sweeping or "swept" not in seen:
            if windows and "swept" not in seen:
                seen["window"] = windows[0]
                windows[0].health_monitor.swept.connect(lambda: seen.setdefault("swept", True))
            QTimer.singleShot(50, look)
            return
        window = windows[0]
        window.health_monitor.wait(10_000)
        seen["sources"] = {h.camera_id: h.source for h in HealthStore(window._registry).current()}
        window.close()
        qapp.quit()

    QTimer.singleShot(0, look)
    qapp.setQuitOnLastWindowClosed(False)
    try:
        args = argparse.Namespace(command=None, lang="en", verbose=False, wall="Cổng", tour=None)
        code = application.run(args)
    finally:
        qapp.setQuitOnLastWindowClosed(True)

    assert code == 0
    assert seen["left_to_the_wall"] == {gate.id}
    sources = seen["sources"]
    assert isinstance(sources, dict)
    assert sources.get(yard.id) == "monitor"  # off the wall: probed
    assert sources.get(gate.id) != "monitor"  # on the wall from the start: the wall reports it
    seen["window"].deleteLater()  # type: ignore[attr-defined]
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
