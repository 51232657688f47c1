"""Starting the GUI: the QApplication, translations, logging, the registry and the main window."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app import i18n, logs, paths, settings

log = logging.getLogger(__name__)

# The one error box on screen; a burst of errors (a failing slot called by a timer) adds log
# lines, not a pile of dialogs.
_error_box: QMessageBox | None = None


def show_unexpected_error(exc_type: type[BaseException], exc: BaseException,
                          tb: TracebackType | None) -> None:
    """``sys.excepthook``: the traceback goes to the log, the officer gets a short message.

    The message names the log file and never shows the exception text, which might quote data.
    """
    global _error_box
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    if _error_box is not None and _error_box.isVisible():
        return
    _error_box = box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Application", "epewall: unexpected error"),
        QCoreApplication.translate(
            "Application",
            "Something went wrong and the last action may not have finished. You can keep "
            "working; if it happens again, send the log file to your IT support:\n%1",
        ).replace("%1", str(paths.log_dir() / "epewall.log")),
        QMessageBox.StandardButton.Close,
    )
    box.setObjectName("unexpectedError")
    box.open()


def run(args: argparse.Namespace) -> int:
    """Open epewall's main window (``args.command`` None) or the demo (``"demo"``)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName("epewall")
    QCoreApplication.setOrganizationName("epewall")
    QApplication.setApplicationDisplayName("epewall")
    logs.setup(to_stderr=bool(getattr(args, "verbose", False)))
    sys.excepthook = show_unexpected_error

    user_settings = settings.Settings()
    language = i18n.install(getattr(args, "lang", None) or user_settings.get(settings.LANGUAGE))
    log.info("epewall starting (language %s, command %s)", language, args.command)

    if args.command == "demo":
        from app import demo

        demo.prepare_demo()

    from app.registry import Registry, RegistryError
    from app.secrets import CredentialStore
    from widgets.main_window import MainWindow

    try:
        registry = Registry()
    except RegistryError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("Application", "epewall cannot start"), str(exc))
        return 1
    store = CredentialStore()
    window = MainWindow(registry, store, user_settings)
    window.show()
    try:
        return app.exec()
    finally:
        window.keyring_queue.wait(5000)
        window.file_queue.wait(5000)
        registry.close()
