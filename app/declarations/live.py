"""Read the gate live: while a gate camera is on the wall and the officer turned live reading on
(setting ``declarations/live_gate_reading``, off by default), sample its stream about once a
second, read container numbers and plates, and store each code once per passage
(``source="live"``).

Each reader is one thread with its own PyAV decode of the camera's sub stream (its main one when
it has none), independent of the wall's player: the wall never waits on the OCR. The EPE's account
goes only to a host registered for the EPE (``guarded_url``); a stream that fails is opened again
after a back-off that grows to a cap. A reader never touches Qt; ``state`` says how it is doing.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import av
import av.error

from app.declarations.reconcile import GateRead
from app.declarations.scan import (
    SAME_PASSAGE_S,
    Reader,
    bgr,
    crops_folder,
    is_code_on_vehicle,
)
from app.declarations.store import add_reads
from app.domain import Camera, CameraPosition, Epe
from app.media.puller import StreamError, guarded_url
from app.peers import CredentialScope
from app.secrets import CredentialStore, NoPasswordError, SecretsError
from app.sites.hosts import registered_hosts
from app.sites.registry import Registry

log = logging.getLogger(__name__)

SAMPLE_EVERY_S = 1.0
OPEN_TIMEOUT_S = 10.0
RETRY_S = (2.0, 5.0, 15.0, 60.0)  # back-off after a failure, the last one repeated


@dataclass(frozen=True)
class LiveTarget:
    """A gate camera to read, with what its reader needs from the registry (GUI thread)."""

    epe_id: int
    camera: int  # diagram number
    url: str
    scope: CredentialScope
    account: Callable[[], tuple[str, str]]


def live_target(registry: Registry, store: CredentialStore, epe: Epe, camera: Camera) -> LiveTarget:
    assert epe.id is not None
    uid, user = epe.uid, epe.account_user
    return LiveTarget(
        epe.id,
        camera.diagram_number,
        camera.sub_url or camera.main_url,
        CredentialScope(registered_hosts(registry, epe.id), epe.allow_basic_auth),
        lambda: store.account(uid, user),
    )


def is_gate(camera: Camera) -> bool:
    return camera.position is CameraPosition.GATE


class LiveGateReader:
    """One gate camera read live on a thread until ``stop()``."""

    def __init__(
        self,
        registry: Registry,
        target: LiveTarget,
        *,
        engine_factory: Callable[[], Reader] | None = None,
        crops: Path | None = None,
        now: Callable[[], dt.datetime] | None = None,
        sample_every_s: float = SAMPLE_EVERY_S,
    ) -> None:
        self._registry = registry
        self.target = target
        self._engine_factory = engine_factory
        self._crops = crops or crops_folder()
        # The moment of a read to the millisecond (it is stored so, for playback at that moment);
        # utc_now would cut it to the second.
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self._every = sample_every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, name=f"gate-live-{target.epe_id}-{target.camera}", daemon=True
        )
        self._recent: dict[tuple[str, str], dt.datetime] = {}
        self.state = "starting"  # "reading", "retrying: <reason>", "stopped"
        self.frames_read = 0
        self.stored = 0

    def start(self) -> None:
        self._thread.start()

    def stop(self, wait_s: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(wait_s)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        failures = 0
        try:
            if self._engine_factory is None:
                from app.declarations.ocr import OcrEngine

                reader: Reader = OcrEngine()
            else:
                reader = self._engine_factory()
            while not self._stop.is_set():
                try:
                    self._read_stream(reader)
                    failures = 0
                except (StreamError, NoPasswordError, SecretsError, av.error.FFmpegError) as exc:
                    self.state = f"retrying: {type(exc).__name__}"
                    log.info("live gate reading of camera %d: %s", self.target.camera, self.state)
                pause = RETRY_S[min(failures, len(RETRY_S) - 1)]
                failures += 1
                self._stop.wait(pause)
        except Exception:
            log.exception("live gate reading of camera %d stopped", self.target.camera)
        finally:
            self.state = "stopped"

    def _read_stream(self, reader: Reader) -> None:
        user, password = self.target.account()
        url = guarded_url(self.target.url, user, password, self.target.scope, OPEN_TIMEOUT_S)
        options = {"rtsp_transport": "tcp", "timeout": str(int(OPEN_TIMEOUT_S * 1_000_000))}
        container = av.open(url, options=options, timeout=OPEN_TIMEOUT_S)
        try:
            self.state = "reading"
            last = 0.0
            for frame in container.decode(video=0):
                if self._stop.is_set():
                    return
                moment = time.monotonic()
                if moment - last < self._every:
                    continue
                last = moment
                self._read_frame(reader, frame)
        finally:
            container.close()

    def _read_frame(self, reader: Reader, frame: av.VideoFrame) -> None:
        from app.declarations.ocr import frame_sha256, save_crop

        pixels = bgr(frame)
        at = self._now()
        reads = [r for r in reader.read(pixels) if is_code_on_vehicle(r)]
        self.frames_read += 1
        fresh: list[GateRead] = []
        for read in reads:
            key = (read.kind.value, read.value)
            seen = self._recent.get(key)
            self._recent[key] = at
            if seen is not None and (at - seen).total_seconds() < SAME_PASSAGE_S:
                continue
            self._crops.mkdir(parents=True, exist_ok=True)
            fresh.append(
                GateRead(
                    kind=read.kind,
                    value=read.value,
                    at=at,
                    camera=self.target.camera,
                    valid=read.valid,
                    crop_path=str(save_crop(pixels, read.box, self._crops)),
                    frame_sha256=frame_sha256(pixels),
                )
            )
        if fresh:
            self.stored += add_reads(self._registry, self.target.epe_id, fresh, source="live")


class LiveGateReading:
    """The live readers of the gate cameras on the wall: ``follow(targets)`` starts a reader for
    each new gate camera and stops those no longer on the wall; ``stop_all()`` at the end."""

    def __init__(
        self, registry: Registry, engine_factory: Callable[[], Reader] | None = None
    ) -> None:
        self._registry = registry
        self._engine_factory = engine_factory
        self.readers: dict[tuple[int, int], LiveGateReader] = {}

    def follow(self, targets: Iterable[LiveTarget]) -> None:
        wanted = {(t.epe_id, t.camera): t for t in targets}
        for key in list(self.readers):
            if key not in wanted:
                self.readers.pop(key).stop(wait_s=0)
        for key, target in wanted.items():
            if key not in self.readers:
                reader = LiveGateReader(self._registry, target, engine_factory=self._engine_factory)
                self.readers[key] = reader
                reader.start()

    def stop_all(self, wait: bool = True) -> None:
        """Stop every reader; ``wait=False`` (a closing window) only tells them to stop: each
        ends at its next frame or its stream's timeout, storing nothing more."""
        for reader in self.readers.values():
            reader.stop(wait_s=0)
        if wait:
            for reader in self.readers.values():
                reader.stop()
        self.readers.clear()
