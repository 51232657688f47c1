"""The officer scans a day of the gate with the mouse: Start shows which camera and moment is
being read, Cancel stops it with what was read kept, and the summary says what was found. On the
simulated site's real recorder, keyring and OCR engine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.declarations.store import list_reads
from app.secrets import CredentialStore
from app.simsite import gate_traffic
from app.simsite.site import SiteDescription
from app.sites.demo import register_site
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.clicks import click
from tests.helpers.keyring import require_throwaway_keyring
from widgets.declarations.scan_dialog import ScanDialog

GATE_EPE = "0315867420"  # Sao Việt: Profile G recorder, gate cameras 1 and 2


@pytest.fixture
def demo(
    sim_site: SiteDescription, epewall_home: Path
) -> Iterator[tuple[Registry, CredentialStore]]:
    require_throwaway_keyring()
    registry, store = Registry(), CredentialStore()
    for _step in register_site(registry, store, sim_site):
        pass
    yield registry, store
    registry.close()


def _yesterday_at(hour: int, minute: int) -> dt.datetime:
    day = dt.datetime.now(VIETNAM).date() - dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(hour, minute), VIETNAM).astimezone(dt.UTC)


def _dialog(qtbot: QtBot, registry: Registry, until: dt.datetime) -> ScanDialog:
    epe = registry.find_epe(GATE_EPE)
    assert epe is not None and epe.id is not None
    dialog = ScanDialog(registry, epe.id, until.astimezone(VIETNAM).date(), now=lambda: until)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_start_reads_the_morning_and_the_summary_counts_it(
    qtbot: QtBot, demo: tuple[Registry, CredentialStore], sim_site: SiteDescription
) -> None:
    registry, _store = demo
    # "Now" is yesterday 08:30: the recorder has the night's 01:25 motion on camera 1, the 08:10
    # motion on both gate cameras and the vehicles that came to the gate since 08:00.
    until = _yesterday_at(8, 30)
    sim = next(e for e in sim_site.epes if e.tax_id == GATE_EPE)
    vehicles = gate_traffic.passages(sim.raw, _yesterday_at(0, 0), until)
    assert vehicles
    dialog = _dialog(qtbot, registry, until)

    with qtbot.waitSignal(dialog.scanned, timeout=120_000) as done:
        click(qtbot, dialog.start_button)
        qtbot.waitUntil(lambda: "camera " in dialog.status_label.text(), timeout=60_000)
        assert not dialog.start_button.isEnabled()

    summary = done.args[0]
    assert summary.moments == 3 + len(vehicles) and not summary.cancelled
    assert f"Scan finished: {summary.moments} moments" in dialog.status_label.text()
    assert f"{summary.reads} codes stored" in dialog.status_label.text()
    epe = registry.find_epe(GATE_EPE)
    assert epe is not None and epe.id is not None
    read = {r.value for r in list_reads(registry, epe.id, _yesterday_at(0, 0), until) if r.valid}
    assert {v.plate for v in vehicles} <= read, "every vehicle's plate was read"
    qtbot.waitUntil(dialog.close_button.isVisible)
    assert not dialog.cancel_button.isVisible()
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()


def test_cancel_stops_the_scan_and_keeps_what_was_read(
    qtbot: QtBot, demo: tuple[Registry, CredentialStore]
) -> None:
    registry, _store = demo
    until = _yesterday_at(17, 59)  # a whole working day of motion: far more than a few seconds
    dialog = _dialog(qtbot, registry, until)

    click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: dialog.progress.maximum() > 1, timeout=60_000)
    total = dialog.progress.maximum()
    with qtbot.waitSignal(dialog.scanned, timeout=60_000) as done:
        click(qtbot, dialog.cancel_button)
        assert "Cancelling" in dialog.status_label.text()

    summary = done.args[0]
    assert summary.cancelled and summary.moments < total
    assert "Scan cancelled after" in dialog.status_label.text()
    qtbot.waitUntil(lambda: dialog.close_button.isVisible())
    epe = registry.find_epe(GATE_EPE)
    assert epe is not None and epe.id is not None
    start = _yesterday_at(0, 0)
    assert len(list_reads(registry, epe.id, start, until)) == summary.reads
