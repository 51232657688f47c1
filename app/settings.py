"""Every setting of epewall, declared once with key, type and default.

Stored with QSettings in an INI file in the config folder (``paths.settings_path()``). No secret is
ever a setting: passwords live in the OS keyring only (``app/secrets.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QSettings

from app import paths

T = TypeVar("T", str, int, bool)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    doc: str
    # The range a person may enter in File > Settings (integers only); None: no bound.
    minimum: int | None = None
    maximum: int | None = None


LANGUAGE = Setting("ui/language", str, "vi", "UI language: 'vi' (default) or 'en'.")
WINDOW_GEOMETRY = Setting("ui/main_window_geometry", str, "", "Main window geometry (base64).")
UNSAVED_WALL = Setting(
    "wall/unsaved",
    str,
    "",
    "The wall on screen when no saved wall was open (layout and camera ids as JSON).",
)

# The letterhead of the pages a chief signs (widgets/common/official_document.py).
REPORT_SUPERIOR_AGENCY = Setting(
    "reports/superior_agency",
    str,
    "",
    "Superior agency at the top left of signed pages, e.g. 'Cục Hải quan TP. Hồ Chí Minh'.",
)
REPORT_UNIT = Setting(
    "reports/unit",
    str,
    "",
    "The unit under it, e.g. 'Chi cục Hải quan Khu chế xuất Tân Thuận'.",
)
REPORT_UNIT_CODE = Setting(
    "reports/unit_code", str, "", "The unit's code in document numbers, e.g. 'HQKCXTT'."
)
REPORT_PLACE = Setting(
    "reports/place", str, "", "The place on the date line, e.g. 'TP. Hồ Chí Minh'."
)

# The camera health monitor (app/health/), issue #13.
HEALTH_POLL_SECONDS = Setting(
    "health/poll_seconds",
    int,
    120,
    "Seconds between two health sweeps of every mandatory camera.",
    minimum=10,
    maximum=3600,
)
HEALTH_FRAME_SAMPLE_SECONDS = Setting(
    "health/frame_sample_seconds",
    int,
    900,
    "Seconds between two frame samples of a camera (catches 'answers but sends no picture'); "
    "0: no frame samples.",
    minimum=0,
    maximum=86400,
)
HEALTH_CONCURRENCY = Setting(
    "health/concurrency",
    int,
    16,
    "EPEs probed at the same time (one camera at a time per EPE).",
    minimum=1,
    maximum=64,
)
HEALTH_OPEN_AFTER_MINUTES = Setting(
    "health/open_after_minutes",
    int,
    15,
    "Minutes a mandatory camera stays down before an interruption opens by itself.",
    minimum=1,
    maximum=1440,
)
HEALTH_PROPOSE_CLOSE_AFTER_MINUTES = Setting(
    "health/propose_close_after_minutes",
    int,
    30,
    "Minutes all cameras of an open interruption stay healthy before closing is proposed.",
    minimum=1,
    maximum=1440,
)

# Device warnings (app/warnings/), issue #15.
WARNINGS_SOUND = Setting(
    "warnings/sound", bool, False, "Beep when a new device warning arrives (off by default)."
)

# Declarations against the gate (app/declarations/live.py), issue #14.
GATE_LIVE_READING = Setting(
    "declarations/live_gate_reading",
    bool,
    False,
    "Read container numbers and plates live from the gate cameras on the wall (off by default).",
)

# Where tile and playback snapshots go (app/evidence/snapshots.py); "": the data folder's
# "snapshots". Applies to the next snapshot.
SNAPSHOT_FOLDER = Setting(
    "evidence/snapshot_folder",
    str,
    "",
    "Folder for snapshots of tiles and playback; empty: 'snapshots' in the data folder.",
)

# The wall's live streams (app/media/stream.py); applied to tiles opened after a change.
STREAM_OPEN_TIMEOUT_SECONDS = Setting(
    "stream/open_timeout_seconds",
    int,
    5,
    "Seconds a camera has to answer and start its stream before the tile retries.",
    minimum=2,
    maximum=60,
)
STREAM_STALL_TIMEOUT_SECONDS = Setting(
    "stream/stall_timeout_seconds",
    int,
    5,
    "Seconds without a packet before a live stream counts as stalled and reconnects.",
    minimum=2,
    maximum=60,
)
STREAM_RECONNECT_MAX_SECONDS = Setting(
    "stream/reconnect_max_seconds",
    int,
    4,
    "The longest wait between two reconnection attempts of a tile (the back-off's cap).",
    minimum=1,
    maximum=300,
)

ALL: tuple[Setting[Any], ...] = (
    LANGUAGE,
    WINDOW_GEOMETRY,
    UNSAVED_WALL,
    REPORT_SUPERIOR_AGENCY,
    REPORT_UNIT,
    REPORT_UNIT_CODE,
    REPORT_PLACE,
    HEALTH_POLL_SECONDS,
    HEALTH_FRAME_SAMPLE_SECONDS,
    HEALTH_CONCURRENCY,
    HEALTH_OPEN_AFTER_MINUTES,
    HEALTH_PROPOSE_CLOSE_AFTER_MINUTES,
    WARNINGS_SOUND,
    GATE_LIVE_READING,
    SNAPSHOT_FOLDER,
    STREAM_OPEN_TIMEOUT_SECONDS,
    STREAM_STALL_TIMEOUT_SECONDS,
    STREAM_RECONNECT_MAX_SECONDS,
)


def parse_number(setting: Setting[int], text: str) -> int:
    """What a person typed for an integer setting, checked against its range. Raises
    ValueError with a translated message that says what is allowed."""
    low, high = setting.minimum, setting.maximum
    try:
        value = int(text.strip())
    except ValueError:
        value = None
    if value is None or (low is not None and value < low) or (high is not None and value > high):
        raise ValueError(
            QCoreApplication.translate("Settings", "Enter a whole number from %1 to %2.")
            .replace("%1", str(low if low is not None else "…"))
            .replace("%2", str(high if high is not None else "…"))
        )
    return value


class Settings:
    def __init__(self, path: str | None = None) -> None:
        self._qs = QSettings(str(path or paths.settings_path()), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        raw: Any = self._qs.value(setting.key, setting.default)
        value: Any
        if setting.type is bool:
            value = raw.lower() in ("1", "true", "yes") if isinstance(raw, str) else bool(raw)
            return cast(T, value)
        try:
            value = setting.type(raw)
        except (TypeError, ValueError):
            return setting.default
        return cast(T, value)

    def is_set(self, setting: Setting[Any]) -> bool:
        """True when the setting was stored (not only its default)."""
        return bool(self._qs.contains(setting.key))

    def set(self, setting: Setting[T], value: T) -> None:
        if not isinstance(value, setting.type):
            raise TypeError(f"{setting.key} takes {setting.type.__name__}")
        self._qs.setValue(setting.key, value)
        self._qs.sync()
