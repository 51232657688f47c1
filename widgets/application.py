"""Starting the GUI: the QApplication, translations, logging, the registry and the main window."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from typing import TYPE_CHECKING, Any, TextIO

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import i18n, logs, paths, settings
from app.safe_text import printable
from app.timekeeping import local_day, utc_now
from widgets.support import errors

if TYPE_CHECKING:
    from PySide6.QtGui import QScreen

    from app.secrets import CredentialStore
    from app.simsite.site import SimulatedSite, SiteDescription
    from app.sites.registry import Registry
    from widgets.main_window import MainWindow

log = logging.getLogger(__name__)

_QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def run(args: argparse.Namespace) -> int:
    """Open epewall's main window (``args.command`` None) or the demo (``"demo"``)."""
    is_demo = args.command == "demo"
    if is_demo:
        from app.sites import demo

        demo.use_demo_profile()  # before settings and logs open their files
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName("epewall")
    QCoreApplication.setOrganizationName("epewall")
    QApplication.setApplicationDisplayName("epewall")
    paths.make_private()
    logs.setup(to_stderr=bool(getattr(args, "verbose", False)))
    errors.install()

    user_settings = settings.Settings()
    language = i18n.install(getattr(args, "lang", None) or user_settings.get(settings.LANGUAGE))
    log.info("epewall starting (language %s, command %s)", language, args.command)

    from app.secrets import CredentialStore
    from app.sites.registry import Registry
    from app.storage.database import RegistryError
    from widgets.main_window import MainWindow

    try:
        registry = Registry()
    except RegistryError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("Application", "epewall cannot start"), str(exc)
        )
        return 1
    store = CredentialStore()
    site = None
    if is_demo:
        site = _start_demo_site(registry, store)
        if site is None:
            registry.close()
            return 1
    window = MainWindow(registry, store, user_settings)
    window.show()
    wall = getattr(args, "wall", None)
    tour = getattr(args, "tour", None)
    if site is not None:
        _open_demo_wall(window, registry, site.description)
    elif tour:
        # A wall PC: its OS user's saved tour, full screen; an unknown name is said, not asked.
        # Walls named beside it each get a window of their own (two monitors: one tours, one
        # stays on the gate).
        start_command_line_tour(
            window, tour, getattr(args, "tour_screen", None), getattr(args, "walls", None) or []
        )
    elif wall:
        open_command_line_walls(window, getattr(args, "walls", None) or [[wall, None]])
    else:
        window.restore_last_wall()
    # After the wall opened: the monitor's first sweep runs at once and must find the start-up
    # wall's cameras reported by the wall, not log in to them a second time while they open.
    window.health_monitor.start()
    window.warnings_service.start()
    # Who is working here: the demo logs its own team lead in, a real start asks (window-modal,
    # so the wall that just opened keeps playing behind the dialog). A wall PC started on a
    # saved wall runs unattended: no prompt over its full-screen wall, it shows view-only.
    if not (wall or tour) or is_demo:
        window.rotation.start(demo=is_demo)
    # SIGTERM/SIGINT (logout, service stop, Ctrl-C) close the window like the user would, so
    # streams stop and the demo site ends. Python only runs signal handlers between bytecodes,
    # hence the idle timer that lets the interpreter look while Qt's loop runs. The close waits
    # for the loop: a signal that came before app.exec() (a wall PC stopped as its wall opened)
    # closed the window while no loop ran to quit, and the program ran on with no window.
    previous = {
        sig: signal.signal(sig, lambda *_: QTimer.singleShot(0, window.close))
        for sig in _QUIT_SIGNALS
    }
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(250)
    try:
        return app.exec()
    finally:
        wake.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        window.keyring_queue.wait(5000)
        window.file_queue.wait(5000)
        window.rotation.queue.wait(5000)
        window.tours.queue.wait(5000)
        window.diagnostics.queue.wait(5000)
        registry.close()
        if site is not None:
            site.stop()
        errors.finish()


def start_command_line_tour(
    window: MainWindow,
    tour: str,
    number: int | None,
    walls: list[list[Any]],
    err: TextIO | None = None,
) -> None:
    """``--tour NAME [--screen N]`` on a wall PC: the saved tour full screen in the main window
    (on screen N), and each ``--wall`` beside it in a wall window of its own."""
    window.restore_last_wall()
    if window.start_tour(tour):
        screen = command_line_screen(number, tour, is_tour=True, err=err)
        put_full_screen(window, screen, placed=number is not None)
    open_command_line_walls(window, walls, err, main_taken=True)


def open_command_line_walls(
    window: MainWindow, walls: list[list[Any]], err: TextIO | None = None, main_taken: bool = False
) -> None:
    """``--wall NAME [--screen N]``, repeated, on a wall PC: the first wall in the main window
    (unless a ``--tour`` runs there: ``main_taken``), the others each in a wall window, all full
    screen on their screen. These walls are the command line's, not kept as the officer's wall
    windows for the next start."""
    window.screen_walls.persist = False
    for position, (name, number) in enumerate(walls):
        screen = command_line_screen(number, name, err=err)
        if position > 0 or main_taken:
            window.screen_walls.open(name, screen)
        elif window.open_wall(name):
            put_full_screen(window, screen, placed=number is not None)


def command_line_screen(
    number: int | None, name: str, is_tour: bool = False, err: TextIO | None = None
) -> QScreen:
    """Screen ``number`` (counted from 1) of ``--screen``, or the primary screen: when none was
    given, or when this computer lacks it, which is said on standard error."""
    from PySide6.QtGui import QGuiApplication

    from widgets.wall.screen_walls import screen_by_number

    primary = QGuiApplication.primaryScreen()
    if number is None:
        return primary
    found = screen_by_number(number)
    if found is not None:
        return found
    if is_tour:
        message = QCoreApplication.translate(
            "Application",
            "epewall: there is no screen %1 (this computer has %2); the tour “%3” runs on the "
            "primary screen.",
        )
    else:
        message = QCoreApplication.translate(
            "Application",
            "epewall: there is no screen %1 (this computer has %2); the wall “%3” opens on the "
            "primary screen.",
        )
    for key, value in (("%1", number), ("%2", len(QGuiApplication.screens()))):
        message = message.replace(key, str(value))
    print(printable(message.replace("%3", name)), file=err or sys.stderr)
    return primary


def put_full_screen(window: MainWindow, screen: QScreen, placed: bool) -> None:
    """The main window full screen, on ``screen`` when a ``--screen`` ``placed`` it."""
    if placed:
        if window.isMaximized() or window.isFullScreen():
            window.showNormal()
        window.setGeometry(screen.availableGeometry())
    window.toggle_full_screen()


def _start_demo_site(registry: Registry, store: CredentialStore) -> SimulatedSite | None:
    """Start the simulated EPE site and register it; a clear message and None if it cannot."""
    from app.secrets import SecretsError
    from app.simsite.site import SimSiteError
    from app.sites import demo

    title = QCoreApplication.translate("Application", "epewall demo")
    try:
        site = demo.start_site()
    except SimSiteError:
        log.exception("the simulated EPE site did not start")
        QMessageBox.critical(
            None,
            title,
            QCoreApplication.translate(
                "Application",
                "The simulated EPE site could not start. It needs GStreamer's RTSP server from "
                "Debian (run 'make demo', which installs it). Details are in the log file:\n%1",
            ).replace("%1", str(paths.log_dir() / "epewall.log")),
        )
        return None
    try:
        for _step in demo.register_site(registry, store, site.description):
            pass
    except SecretsError as exc:
        # The site still runs; tiles will say that the keyring cannot give the password.
        QMessageBox.warning(None, title, str(exc))
    try:
        demo.import_gate_declarations(registry, site.config, local_day(utc_now()))
    except (OSError, ValueError) as exc:  # the demo runs on without its customs documents
        log.warning("the demo's customs documents were not imported: %s", exc)
    return site


def _open_demo_wall(window: MainWindow, registry: Registry, site: SiteDescription) -> None:
    """A 2x2 wall of the first EPE's gate and storage cameras, playing."""
    first = registry.find_epe(site.epes[0].tax_id) if site.epes else None
    if first is not None and first.id is not None:
        window.wall.set_layout("2x2")
        window.wall.assign_epe(0, first.id)
