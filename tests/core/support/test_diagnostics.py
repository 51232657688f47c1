"""The diagnostics zip for the IT unit: what support needs, and never a password or an EPE's
name, tax ID or contact, in any of its files."""

from __future__ import annotations

import datetime as dt
import logging
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import logs, paths, settings
from app.domain import CameraPosition, Epe
from app.health.model import CameraCondition, ProbeResult
from app.health.store import HealthStore
from app.media.puller import with_credentials
from app.secrets import CredentialStore
from app.sites.registry import Registry
from app.support.crash import CrashReporter
from app.support.diagnostics import DiagnosticsSummary, Scrubber, diagnostics_steps
from app.workers import run_to_end
from tests.helpers.keyring import ready_store
from tests.helpers.sites import SiteBuilder

CANARY = "Canary-Pw-91xq"
NAMES = ("Công ty TNHH Điện tử Sao Việt", "Công ty CP May Đông Phương")
TAX_IDS = ("3601234569", "0300588569")
CONTACT = "Nguyễn Thị Hồng Nhung"
PHONE = "0903123456"


@pytest.fixture
def root_log() -> Iterator[logging.Logger]:
    logs.setup()
    yield logging.getLogger("epewall.test")
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_epewall", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def store(registry: Registry) -> Iterator[CredentialStore]:
    store = ready_store()
    yield store
    for epe in registry.list_epes():
        store.delete_password(epe.uid)


def _filled(registry: Registry, store: CredentialStore, log: logging.Logger) -> list[Epe]:
    builder = SiteBuilder(registry)
    first, cameras = builder.add_epe(
        NAMES[0], TAX_IDS[0], (1, CameraPosition.GATE), (2, CameraPosition.STORAGE_DOOR)
    )
    second, _ = builder.add_epe(NAMES[1], TAX_IDS[1], (1, CameraPosition.GATE))
    first.contact_person, first.contact_phone = CONTACT, PHONE
    registry.update_epe(first)
    store.set_password(first.uid, CANARY)
    assert first.id is not None and second.id is not None
    # What the log may hold after a day's work: names, URLs with the account, a crash.
    log.info("opening %s (%s)", NAMES[0], TAX_IDS[0])
    first_url = with_credentials("rtsp://10.0.0.1/Streaming/Channels/101", "admin", CANARY)
    log.warning("%s refused", first_url)
    log.info("contact %s, %s", CONTACT.upper(), PHONE)
    # The name as a device or a file may spell it: decomposed accents.
    log.info("from the CSV: %s", unicodedata.normalize("NFD", NAMES[1]))
    try:
        second_url = with_credentials("rtsp://10.0.0.2/ch1", "admin", CANARY)
        raise ConnectionError(f"{NAMES[1]}: {second_url} password={CANARY}")
    except ConnectionError as exc:
        assert CrashReporter().exception(type(exc), exc, exc.__traceback__) is not None
    now = dt.datetime(2026, 12, 2, 3, 0, tzinfo=dt.UTC)
    HealthStore(registry).record(
        [
            ProbeResult(first.id, cameras[0].id or 0, 1, CameraCondition.OK, now),
            ProbeResult(
                first.id,
                cameras[1].id or 0,
                2,
                CameraCondition.WRONG_ACCOUNT,
                now,
                detail=f"401 from {NAMES[0]}",
            ),
        ]
    )
    return [first, second]


def _zip_texts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_the_zip_has_what_support_needs_and_no_password_or_epe_name(
    registry: Registry, store: CredentialStore, root_log: logging.Logger, tmp_path: Path
) -> None:
    first, second = _filled(registry, store, root_log)
    settings.Settings().set(settings.HEALTH_POLL_SECONDS, 90)

    out = tmp_path / "out"
    out.mkdir()
    summary = run_to_end(diagnostics_steps(out / "diag", registry, settings.Settings(), store))

    assert isinstance(summary, DiagnosticsSummary)
    assert summary.path == out / "diag.zip"
    assert [p.name for p in out.iterdir()] == ["diag.zip"]  # no partial file left
    texts = _zip_texts(summary.path)
    assert set(texts) >= {
        "README.txt",
        "versions.txt",
        "keyring.txt",
        "settings.ini",
        "registry_counts.txt",
        "health_current.csv",
        "log/epewall.log",
    }
    assert any(name.startswith("crash/crash-") for name in texts)

    everything = "\n".join(texts.values())
    folded = unicodedata.normalize("NFC", everything).casefold()
    assert CANARY.casefold() not in folded
    for secret in (*NAMES, *TAX_IDS, CONTACT, PHONE):
        assert secret.casefold() not in folded, secret

    # What support reads instead.
    assert "libVLC: 3." in texts["versions.txt"]
    assert "state: ready" in texts["keyring.txt"] and "GNOME Keyring" in texts["keyring.txt"]
    assert "health/poll_seconds = 90\n" in texts["settings.ini"]
    assert "ui/language = vi  # default" in texts["settings.ini"]
    assert "epes: 2\n" in texts["registry_counts.txt"]
    assert "cameras: 3\n" in texts["registry_counts.txt"]
    assert f"EPE#{first.id},2,wrong_account" in texts["health_current.csv"]
    assert f"401 from EPE#{first.id}" in texts["health_current.csv"]
    log = texts["log/epewall.log"]
    assert f"opening EPE#{first.id} (EPE#{first.id})" in log
    assert "rtsp://***@10.0.0.1/Streaming/Channels/101 refused" in log
    assert f"from the CSV: EPE#{second.id}" in log
    crash = next(text for name, text in texts.items() if name.startswith("crash/"))
    assert f"ConnectionError: EPE#{second.id}: rtsp://***@10.0.0.2/ch1 password=***" in crash


def test_a_failed_save_leaves_no_file_behind(
    registry: Registry, store: CredentialStore, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    steps = diagnostics_steps(folder / "diag.zip", registry, settings.Settings(), store)
    next(steps)
    next(steps)
    steps.close()  # cancelled half-way, as the Job does

    assert list(folder.iterdir()) == []
    with pytest.raises(FileNotFoundError):
        run_to_end(
            diagnostics_steps(
                tmp_path / "missing" / "diag.zip", registry, settings.Settings(), store
            )
        )
    assert not (tmp_path / "missing").exists()
    assert paths.log_dir().is_dir()


def test_the_scrubber_leaves_short_values_and_other_words_alone(registry: Registry) -> None:
    epe = registry.add_epe(Epe(name="Sao Việt", tax_id="3601234569"))
    scrub = Scrubber(registry)
    assert scrub("SAO VIỆT camera 1 of 3601234569, Sao Mai") == (
        f"EPE#{epe.id} camera 1 of EPE#{epe.id}, Sao Mai"
    )
