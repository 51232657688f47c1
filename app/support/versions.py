"""The versions a support request needs, found one way for the About box, ``epewall --version``,
crash reports and the diagnostics archive.

A missing or broken library (no VLC installed, an FFmpeg that does not load) is a version of
None, never an exception: these facts are gathered exactly when something is wrong.
"""

from __future__ import annotations

import platform
import sys
import threading
from dataclasses import dataclass

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion

import app
from app.secrets import CredentialStore, KeyringState, KeyringStatus

# The keyring may hang on a stuck D-Bus; a version line must not.
KEYRING_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class Component:
    key: str  # stable, for tests and the About box's field names
    label: str  # the product's name, the same in every language
    version: str | None  # None: not found on this computer


def _t(text: str) -> str:
    return QCoreApplication.translate("Versions", text)


def libvlc_version() -> str | None:
    """libVLC's version, or None when libVLC cannot be loaded (VLC not installed)."""
    try:
        import vlc

        raw = vlc.libvlc_get_version()
    except BaseException:  # python-vlc raises, or calls sys.exit(), when the library is missing
        return None
    if not raw:
        return None
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def pyav_version() -> str | None:
    """PyAV's version with the FFmpeg it carries (``18.1.0 (FFmpeg 8.1.2)``), or None."""
    try:
        import av
    except BaseException:  # a broken FFmpeg install fails at import time
        return None
    ffmpeg = getattr(av, "ffmpeg_version_info", None)
    return f"{av.__version__} (FFmpeg {ffmpeg})" if ffmpeg else str(av.__version__)


def components() -> list[Component]:
    """epewall, Qt, PySide6, libVLC, PyAV/FFmpeg, Python and the operating system."""
    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    return [
        Component("epewall", "epewall", app.__version__ + frozen),
        Component("qt", "Qt", qVersion()),
        Component("pyside6", "PySide6", PySide6.__version__),
        Component("libvlc", "libVLC", libvlc_version()),
        Component("pyav", "PyAV", pyav_version()),
        Component("python", "Python", platform.python_version()),
        Component("os", "OS", platform.platform(terse=True)),
    ]


def shown_version(component: Component) -> str:
    return component.version if component.version is not None else _t("not found")


def keyring_status(store: CredentialStore, timeout: float = KEYRING_TIMEOUT_S) -> KeyringStatus:
    """The keyring's status, or an ERROR status when it does not answer within ``timeout``
    (a daemon thread is left to finish on its own; it never prompts)."""
    outcome: list[KeyringStatus] = []
    thread = threading.Thread(
        target=lambda: outcome.append(store.status()), name="keyring-status", daemon=True
    )
    thread.start()
    thread.join(timeout)
    if outcome:
        return outcome[0]
    return KeyringStatus(
        KeyringState.ERROR,
        _t("system keyring"),
        _t("The system keyring did not answer within {seconds} s.").format(seconds=int(timeout)),
    )


def keyring_text(status: KeyringStatus) -> str:
    """The keyring line: its backend, and its state unless ready (``… : locked``)."""
    if status.ready:
        return status.backend
    return f"{status.backend}: {keyring_state_name(status.state)}"


def keyring_state_name(state: KeyringState) -> str:
    """A short, translated name of the keyring state."""
    match state:
        case KeyringState.READY:
            return _t("ready")
        case KeyringState.NO_KEYRING:
            return _t("no keyring, passwords cannot be stored")
        case KeyringState.LOCKED:
            return _t("locked")
        case KeyringState.DENIED:
            return _t("access denied")
        case KeyringState.ERROR:
            return _t("error")


def report(keyring: KeyringStatus | None = None) -> str:
    """Every component on a line (``libVLC: 3.0.21``), then the keyring when given."""
    lines = [f"{c.label}: {shown_version(c)}" for c in components()]
    if keyring is not None:
        lines.append(f"{_t('Keyring')}: {keyring_text(keyring)}")
    return "\n".join(lines) + "\n"
