"""What the officer sees when something unexpected goes wrong: a short message in the UI
language that says where the report for the IT unit is; never a stack trace, never a silent
end.

``install()`` sets ``sys.excepthook`` (errors in slots and the GUI thread), ``threading.excepthook``
(worker threads) and a Qt message handler that writes a report for Qt's fatal messages before Qt
ends the program. Reports are written by ``app.support.crash``; the dialog is shown on the GUI
thread whatever thread failed.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections import deque
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from app import paths
from app.support.crash import CrashReporter, redact_text

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread: a report written on any thread reaches the dialog through it."""

    report_written = Signal(str)  # the report's path, "" when none could be written
    previous_run_ended = Signal(str)  # the report of the last run's abrupt end


_reporter: CrashReporter | None = None
_relay: _Relay | None = None
_error_box: QMessageBox | None = None  # the one on screen: a burst of errors is not a pile
_previous_qt_handler: Any = None
_recent_qt_messages: deque[str] = deque(maxlen=20)


def install() -> CrashReporter:
    """Catch every unexpected error from now on (call on the GUI thread, after the
    QApplication exists and the log is set up)."""
    global _reporter, _relay, _previous_qt_handler
    finish()
    _reporter = CrashReporter()
    _relay = _Relay()
    _relay.report_written.connect(show_error_dialog, Qt.ConnectionType.QueuedConnection)
    _relay.previous_run_ended.connect(
        lambda path: show_error_dialog(path, previous_run=True), Qt.ConnectionType.QueuedConnection
    )
    sys.excepthook = handle_exception
    threading.excepthook = handle_thread_exception
    _previous_qt_handler = qInstallMessageHandler(handle_qt_message)
    previous = _reporter.start_run()
    if previous is not None:
        _relay.previous_run_ended.emit(str(previous))  # shown once the event loop runs
    return _reporter


def finish() -> None:
    """The program ends normally: native crashes are no longer written to the fault log."""
    if _reporter is not None:
        _reporter.end_run()


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook``: the trace to the log and a report, a short message to the officer."""
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    _report(exc_type, exc, tb, threading.current_thread().name)


def handle_thread_exception(args: threading.ExceptHookArgs) -> None:
    """``threading.excepthook``: as ``handle_exception``, for a thread that is not Qt's."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else ""
    _report(args.exc_type, args.exc_value, args.exc_traceback, name)


def _report(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    thread: str,
) -> None:
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error in thread %s:\n%s", thread, trace)  # the log redacts it
    path = _reporter.exception(exc_type, exc, tb, thread) if _reporter is not None else None
    if _relay is None or QApplication.instance() is None:
        sys.stderr.write(redact_text(trace))  # no window to say it in: the console does
        return
    _relay.report_written.emit(str(path) if path is not None else "")


def handle_qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages go where they went before; a fatal one first gets a report, because Qt
    ends the program right after."""
    if mode == QtMsgType.QtFatalMsg and _reporter is not None:
        where = f"{context.file}:{context.line}" if context.file else ""
        _reporter.fatal(message, where, list(_recent_qt_messages))
    else:
        # PySide's qFatal() sends its text as a critical message just before the fatal one.
        _recent_qt_messages.append(f"{mode.name}: {message}")
    if _previous_qt_handler is not None:
        _previous_qt_handler(mode, context, message)
    else:
        sys.stderr.write(redact_text(message) + "\n")


def show_error_dialog(report: str, previous_run: bool = False) -> QMessageBox | None:
    """The officer's message: what happened and where the report is (never the error's text,
    which might quote data). One box at a time. ``previous_run``: said at start-up about the
    last run, which ended abruptly."""
    global _error_box
    if _error_box is not None and _error_box.isVisible():
        return _error_box
    where = report or str(paths.log_dir() / "epewall.log")
    if previous_run:
        text = QCoreApplication.translate(
            "UnexpectedError",
            "epewall closed unexpectedly the last time it ran. If it happens again, send this "
            "report to your IT unit:",
        )
    else:
        text = QCoreApplication.translate(
            "UnexpectedError",
            "epewall met an unexpected error, and the last action may not have finished. You "
            "can keep working. If it happens again, send this report to your IT unit:",
        )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("UnexpectedError", "epewall: unexpected error"),
        text,
        QMessageBox.StandardButton.Close,
    )
    box.setObjectName("unexpectedError")
    box.setInformativeText(where)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.destroyed.connect(_forget_box)
    _error_box = box
    box.open()
    return box


def _forget_box() -> None:
    global _error_box
    _error_box = None


def current_error_box() -> QMessageBox | None:
    return _error_box
