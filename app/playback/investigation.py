"""The recorder side of an investigation: what the playback window, the export dialog and the
recorder dialog ask of an EPE's recorder, with the EPE's account from the keyring.

``Investigation`` is the playback window's controller: it reads the EPE's recorder settings,
checks the officer's role (``PlaybackAccess``), keeps the recorder client between searches of the
same EPE and recorder, builds the ``PlaybackSession`` and writes what the window does to the
audit log (seeks, the end of playback, snapshots). Blocking work (keyring, HTTP, replay) is in
the functions handed to workers: ``Investigation.search``, ``export_steps``, ``recorder_check``,
``calibration_picture``. Times are aware UTC datetimes; passwords stay in memory.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import av
from PySide6.QtCore import QObject

from app.domain import Epe
from app.evidence import export as evidence
from app.evidence.snapshots import SnapshotRecord
from app.media.puller import Credentials
from app.media.streams import epe_account
from app.officers.profiles import Officer
from app.playback.session import PlaybackSession
from app.recorders import make_recorder
from app.recorders.access import PlaybackAccess
from app.recorders.base import (
    Recorder,
    RecorderKind,
    RecorderSettings,
    RecordingSummary,
    RetentionReport,
    SearchResult,
    iso_utc,
    retention_check,
)
from app.recorders.calibrate import first_picture, playable_url
from app.recorders.proxy import ReplayProxy
from app.recorders.store import bookmarks, load_recorder
from app.rotation.ledger import AuditAction, Ledger
from app.secrets import CredentialStore
from app.sites.registry import Registry
from app.timekeeping import VIETNAM

log = logging.getLogger(__name__)

# Calibration replays camera 1: every EPE has one (usually its gate).
CALIBRATION_CAMERA = 1


@dataclass(frozen=True)
class SearchRequest:
    """One search, prepared on the GUI thread and run by ``Investigation.search`` on a worker."""

    epe: Epe
    settings: RecorderSettings
    access: PlaybackAccess
    cameras: tuple[int, ...]  # diagram numbers
    start: dt.datetime
    end: dt.datetime
    account: Credentials
    recorder: Recorder | None = None  # the last search's client, when it is the same recorder


@dataclass(frozen=True)
class SearchFound:
    request: SearchRequest
    recorder: Recorder
    results: dict[int, SearchResult]


@dataclass(frozen=True)
class RecordedDays:
    request: SearchRequest
    days: frozenset[dt.date]  # Vietnam dates


def days_with_recordings(results: Iterable[SearchResult]) -> frozenset[dt.date]:
    """The Vietnam days that hold a recorded second of any of ``results``."""
    days: set[dt.date] = set()
    for result in results:
        for segment in result.segments:
            start, end = max(segment.start, result.start), min(segment.end, result.end)
            if end <= start:
                continue
            day = start.astimezone(VIETNAM).date()
            last = (end - dt.timedelta(microseconds=1)).astimezone(VIETNAM).date()
            while day <= last:
                days.add(day)
                day += dt.timedelta(days=1)
    return frozenset(days)


def month_range(year: int, month: int, now: dt.datetime) -> tuple[dt.datetime, dt.datetime] | None:
    """A Vietnam calendar month as UTC [start, end), ending now at the latest; None when it has
    not begun."""
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    start = dt.datetime.combine(first, dt.time(0), VIETNAM).astimezone(dt.UTC)
    end = min(dt.datetime.combine(following, dt.time(0), VIETNAM).astimezone(dt.UTC), now)
    return (start, end) if start < end else None


class Investigation:
    """One officer's playback window over the EPEs' recorders (GUI thread)."""

    def __init__(self, registry: Registry, store: CredentialStore, ledger: Ledger) -> None:
        self._registry = registry
        self._store = store
        self._ledger = ledger
        self._recorder: Recorder | None = None
        self._recorder_key: tuple[int | None, RecorderSettings] | None = None

    @property
    def recorder(self) -> Recorder | None:
        """The recorder client of the last search (None before one succeeded)."""
        return self._recorder

    def account(self, epe: Epe) -> Credentials:
        return epe_account(epe, self._store)

    def recorder_settings(self, epe: Epe) -> RecorderSettings | None:
        return load_recorder(self._registry, epe.id) if epe.id is not None else None

    def search_request(
        self,
        officer: Officer | None,
        epe: Epe,
        settings: RecorderSettings,
        cameras: Sequence[int],
        start: dt.datetime,
        end: dt.datetime,
    ) -> SearchRequest:
        """A search of ``cameras`` over [start, end); raises PermissionDeniedError when the
        officer's role does not allow playback."""
        access = PlaybackAccess(self._ledger, officer, epe.tax_id)
        known = self._recorder if self._recorder_key == (epe.id, settings) else None
        return SearchRequest(
            epe, settings, access, tuple(cameras), start, end, self.account(epe), known
        )

    @staticmethod
    def search(request: SearchRequest) -> SearchFound:
        """Blocking (a worker): the account only when a new client is needed, then each camera's
        search, audited by ``PlaybackAccess``."""
        recorder = request.recorder
        if recorder is None:
            user, password = request.account()
            recorder = make_recorder(request.settings, user, password)
        results = {
            n: request.access.search(recorder, n, request.start, request.end)
            for n in request.cameras
        }
        return SearchFound(request, recorder, results)

    @staticmethod
    def recorded_days(request: SearchRequest) -> RecordedDays:
        """Blocking (a worker): the Vietnam days of [start, end) on which any of the cameras
        recorded, from the recorder's own search (audited as "calendar")."""
        recorder = request.recorder
        if recorder is None:
            user, password = request.account()
            recorder = make_recorder(request.settings, user, password)
        results = [
            request.access.search(recorder, n, request.start, request.end, "calendar")
            for n in request.cameras
        ]
        return RecordedDays(request, days_with_recordings(results))

    def searched(self, found: SearchFound) -> None:
        """Keep the client of a search that succeeded for the next one of the same recorder."""
        self._recorder = found.recorder
        self._recorder_key = (found.request.epe.id, found.request.settings)

    def session(
        self, found: SearchFound, cameras: Sequence[tuple[int, str]], parent: QObject | None = None
    ) -> PlaybackSession:
        """The replay of the cameras ``found`` searched (numbers and titles)."""
        return PlaybackSession(
            found.recorder,
            found.request.access,
            self.account(found.request.epe),
            cameras,
            parent=parent,
            allow_basic=found.request.epe.allow_basic_auth,
        )

    # --- the audit log ---------------------------------------------------------------------------
    # Writing may fail (a read-only registry); that must not stop or break the investigation.

    def audit_seek(
        self, officer: Officer | None, epe: Epe | None, cameras: Sequence[int], moment: dt.datetime
    ) -> None:
        """A jump is a replay of another moment: who looked at what, when."""
        if officer is None or epe is None:
            return
        try:
            self._ledger.audit(
                AuditAction.PLAYBACK_STARTED,
                officer.code,
                {
                    "epe_tax_id": epe.tax_id,
                    "operation": "seek",
                    "cameras": list(cameras),
                    "start_utc": iso_utc(moment),
                },
            )
        except Exception:
            log.warning("could not write the seek to the audit trail")

    def audit_stopped(
        self, officer: Officer | None, epe: Epe | None, cameras: Sequence[int]
    ) -> None:
        if officer is None or epe is None:
            return
        try:
            self._ledger.audit(
                AuditAction.PLAYBACK_STOPPED,
                officer.code,
                {"epe_tax_id": epe.tax_id, "cameras": list(cameras)},
            )
        except Exception:
            log.warning("could not write the end of playback to the audit trail")

    def audit_snapshot(self, officer: Officer | None, record: SnapshotRecord) -> None:
        subject = record.subject
        try:
            self._ledger.audit(
                AuditAction.SNAPSHOT,
                officer.code if officer else "",
                {
                    "camera_id": subject.camera_id,
                    "epe_tax_id": subject.tax_id,
                    "diagram_number": subject.diagram_number,
                    "sha256": record.sha256,
                    "file": record.path.name,
                    "recorded_utc": iso_utc(record.taken_at),
                },
            )
        except Exception:
            log.warning("could not write the playback snapshot to the audit trail")


# --- evidence export ----------------------------------------------------------------------------


def export_context(
    registry: Registry,
    officer: Officer,
    epe: Epe,
    recorder: Recorder,
    start: dt.datetime,
    end: dt.datetime,
) -> evidence.EvidenceContext:
    """Who and what an export of [start, end) is about, with the bookmarks in it (GUI thread:
    it reads the registry)."""
    marks = tuple(bookmarks(registry, epe.id, start, end)) if epe.id else ()
    return evidence.EvidenceContext(
        epe.name,
        epe.tax_id,
        recorder.settings.kind.value,
        recorder.settings.host,
        officer.code,
        officer.full_name,
        marks,
    )


def export_steps(
    ledger: Ledger,
    officer: Officer,
    recorder: Recorder,
    account: Credentials,
    cameras: Sequence[tuple[int, str]],
    start: dt.datetime,
    end: dt.datetime,
    folder: Path,
    context: evidence.EvidenceContext,
) -> Generator[evidence.Progress, None, Path]:
    """Blocking (a worker): replay each camera over [start, end) and export it as evidence into
    ``folder`` (role checked and audited by ``audited_export_steps``)."""
    user, password = account()
    proxy = ReplayProxy() if recorder.settings.kind is RecorderKind.ONVIF_G else None
    try:
        sources = [
            evidence.ExportSource(
                number,
                name,
                playable_url(recorder.replay(number, start, end), user, password, proxy),
            )
            for number, name in cameras
        ]
        yield from evidence.audited_export_steps(
            ledger, officer, sources, start, end, folder, context
        )
    finally:
        if proxy is not None:
            proxy.close()
    return folder


# --- setting up a recorder ----------------------------------------------------------------------
# Both raise NoPasswordError when the EPE has no account stored, SecretsError when the keyring
# cannot be read, RecorderError when the recorder fails.


def recorder_check(
    settings: RecorderSettings, store: CredentialStore, epe: Epe
) -> tuple[RecordingSummary, RetentionReport]:
    """Blocking (a worker): what the recorder holds, and whether that is the 12 months
    Decision 247 asks."""
    user, password = store.account(epe.uid, epe.account_user)
    summary = make_recorder(settings, user, password).summary()
    return summary, retention_check(summary)


def calibration_picture(
    settings: RecorderSettings, store: CredentialStore, epe: Epe, asked: dt.datetime
) -> av.VideoFrame:
    """Blocking (a worker): the first picture of camera 1 replayed at ``asked``, whose painted
    clock the officer compares with ``asked``."""
    user, password = store.account(epe.uid, epe.account_user)
    source = make_recorder(settings, user, password).replay(CALIBRATION_CAMERA, asked)
    if source.needs_proxy:
        with ReplayProxy() as proxy:
            return first_picture(playable_url(source, user, password, proxy))
    return first_picture(playable_url(source, user, password, None, epe.allow_basic_auth))
