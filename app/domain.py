"""Domain types of the site registry: EPEs and their cameras (Decision 247, DOMAIN.md I.1)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from stdnum.vn import mst


class CameraPosition(enum.StrEnum):
    """Where a camera looks (I.1.1). The value is what the registry and CSV files store."""

    GATE = "gate"
    STORAGE_DOOR = "storage_door"
    STORAGE_YARD = "storage_yard"
    INSIDE_STORAGE = "inside_storage"
    OTHER = "other"

    @property
    def must_be_online(self) -> bool:
        """I.1.2: gates, storage doors, storage yards and inside storage must reach customs."""
        return self is not CameraPosition.OTHER

    def label(self) -> str:
        match self:
            case CameraPosition.GATE:
                return QCoreApplication.translate("CameraPosition", "Gate / door")
            case CameraPosition.STORAGE_DOOR:
                return QCoreApplication.translate("CameraPosition", "Storage area door")
            case CameraPosition.STORAGE_YARD:
                return QCoreApplication.translate("CameraPosition", "Storage yard")
            case CameraPosition.INSIDE_STORAGE:
                return QCoreApplication.translate("CameraPosition", "Inside storage")
            case CameraPosition.OTHER:
                return QCoreApplication.translate("CameraPosition", "Other")


class ConnectionMethod(enum.StrEnum):
    """I.2.1: how the EPE's cameras reach customs."""

    INTERNET = "internet"
    VPN = "vpn"
    PRIVATE_CHANNEL = "private_channel"

    def label(self) -> str:
        match self:
            case ConnectionMethod.INTERNET:
                return QCoreApplication.translate("ConnectionMethod", "Internet")
            case ConnectionMethod.VPN:
                return QCoreApplication.translate("ConnectionMethod", "VPN")
            case ConnectionMethod.PRIVATE_CHANNEL:
                return QCoreApplication.translate("ConnectionMethod", "Private channel")


class RiskLevel(enum.StrEnum):
    """Customs' risk rating of the EPE; risk EPEs are watched more often (II.1, II.2.1)."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    def label(self) -> str:
        match self:
            case RiskLevel.LOW:
                return QCoreApplication.translate("RiskLevel", "Low")
            case RiskLevel.MEDIUM:
                return QCoreApplication.translate("RiskLevel", "Medium")
            case RiskLevel.HIGH:
                return QCoreApplication.translate("RiskLevel", "High")


class ValidationError(ValueError):
    """A field value is not acceptable. ``field`` names the field; the message is translated."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name
        self.message = message


def normalise_tax_id(value: str) -> str:
    """Return the canonical Vietnamese tax ID (MST): 10 digits, or 10 digits '-' 3 for a branch.

    Raises ValidationError with a translated message when the format or check digit is wrong.
    """
    raw = value.strip()
    if not raw:
        raise ValidationError(
            "tax_id", QCoreApplication.translate("Validation", "The tax ID is required.")
        )
    try:
        compact = mst.validate(raw)
    except Exception as exc:  # stdnum raises several ValidationError subclasses
        raise ValidationError(
            "tax_id",
            QCoreApplication.translate(
                "Validation",
                "The tax ID must have 10 digits, or 13 digits for a branch (e.g. 0100233488 or "
                "0100233488-001), with a valid check digit.",
            ),
        ) from exc
    return str(mst.format(compact))


@dataclass
class Epe:
    """An Export Processing Enterprise (DNCX) under customs supervision."""

    name: str
    tax_id: str
    address: str = ""
    sub_department: str = ""
    contact_person: str = ""
    contact_phone: str = ""
    connection: ConnectionMethod = ConnectionMethod.INTERNET
    licence_date: dt.date | None = None
    established_date: dt.date | None = None
    risk_level: RiskLevel = RiskLevel.LOW
    notes: str = ""
    # The account name the EPE handed customs (I.2.1). The password lives only in the keyring.
    account_user: str = ""
    # Where the EPE's ONVIF device (its NVR, or its one camera) answers: "host:port" of the
    # device service, never with credentials. Compliance and add-from-device start from it.
    onvif_address: str = ""
    # Off by default: the account is then never answered to an RTSP/HTTP Basic challenge over
    # plain text (Basic sends the password itself). On only for an EPE whose devices know no
    # digest, with the warning the EPE form shows.
    allow_basic_auth: bool = False
    id: int | None = None
    uid: str = ""  # stable identifier, also the keyring key; set by the registry
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Camera:
    """A camera of an EPE, numbered as on the EPE's diagram (I.1.1)."""

    epe_id: int
    diagram_number: int
    position: CameraPosition
    name: str = ""
    main_url: str = ""  # rtsp://host:port/path, never with credentials
    sub_url: str = ""
    notes: str = ""
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def must_be_online(self) -> bool:
        return self.position.must_be_online


# Keys of Camera.extra that "Add from device" (app/devices/mapping.py) writes: where the camera's
# ONVIF device is and which of its video sources and media profiles the camera is, so the
# compliance check and PTZ find it again. The registry stores them as they are.
EXTRA_ONVIF_ADDRESS = "onvif"  # the device's "host:port"
EXTRA_ONVIF_SOURCE = "onvif_source"
EXTRA_MAIN_PROFILE = "onvif_main_profile"
EXTRA_SUB_PROFILE = "onvif_sub_profile"
# The profile that steers the camera. Recorded even when empty: "" says "fixed camera", so the wall
# does not ask the device; absent (a camera added another way) means "ask the device once".
EXTRA_PTZ_PROFILE = "ptz_profile"


def onvif_extra(
    address: str, source: str, main: str | None, sub: str | None, ptz: str
) -> dict[str, str]:
    """The ``extra`` keys of a camera that is video source ``source`` of the ONVIF device at
    ``address`` ("host:port"): its main and sub profiles when known, and its PTZ profile always
    ("" too: see EXTRA_PTZ_PROFILE)."""
    extra = {EXTRA_ONVIF_ADDRESS: address, EXTRA_ONVIF_SOURCE: source}
    if main is not None:
        extra[EXTRA_MAIN_PROFILE] = main
    if sub is not None:
        extra[EXTRA_SUB_PROFILE] = sub
    extra[EXTRA_PTZ_PROFILE] = ptz
    return extra
