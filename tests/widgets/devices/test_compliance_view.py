"""'Check all EPEs' against the simulated site's NVRs; stored results, CSV and the PDF report."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.devices.compliance import Verdict
from app.devices.mapping import choices_from_probe, save_choices
from app.devices.probing import run_probe
from app.domain import Camera, CameraPosition, Epe
from app.officers.profiles import Role
from app.secrets import CredentialStore
from app.simsite.onvif_server import OnvifServer, SimChannel, SimDevice, SimStream
from app.simsite.site import SiteDescription
from app.sites.registry import Registry
from tests.helpers.compliance import failed_gate
from widgets.devices.compliance_report import render_report_pdf, report_html
from widgets.devices.compliance_view import Col, ComplianceView

SAO_VIET, HOA_BINH, DONG_PHUONG, MINH_LONG = range(4)
NO_ACCOUNT = "Công ty TNHH Chưa Có Tài Khoản"


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@pytest.fixture
def store() -> CredentialStore:
    return CredentialStore()


@pytest.fixture
def registry(
    tmp_path: Path, sim_site: SiteDescription, store: CredentialStore
) -> Iterator[Registry]:
    """The simulated EPEs added from their devices, accounts in the keyring; plus one EPE
    whose password was never stored."""
    uids = []
    with Registry(tmp_path / "registry.db") as reg:
        for sim in sim_site.epes:
            epe = reg.add_epe(
                Epe(
                    name=sim.name,
                    tax_id=sim.tax_id,
                    account_user=sim.user,
                    licence_date=_date(sim.licence_date),
                    established_date=_date(sim.established_date),
                )
            )
            assert epe.id is not None
            found = choices_from_probe(
                run_probe(sim.onvif_host, sim.onvif_port, sim.user, sim.password),
                used_numbers=set(),
            )
            for item, camera in zip(found, sim.cameras, strict=True):
                item.position = CameraPosition(camera.position)
            save_choices(reg, epe.id, f"{sim.onvif_host}:{sim.onvif_port}", found)
            store.set_password(epe.uid, sim.password)
            uids.append(epe.uid)
        first = sim_site.epes[0]
        lost = reg.add_epe(
            Epe(
                name=NO_ACCOUNT,
                tax_id="0100233488",
                account_user="hq",
                licence_date=dt.date(2023, 5, 5),
            )
        )
        assert lost.id is not None
        reg.add_camera(
            Camera(
                lost.id,
                1,
                CameraPosition.GATE,
                main_url=first.cameras[0].main_url,
                extra={"onvif": f"{first.onvif_host}:{first.onvif_port}"},
            )
        )
        try:
            yield reg
        finally:
            for uid in uids:
                store.delete_password(uid)


def make_view(
    qtbot: QtBot,
    registry: Registry,
    store: CredentialStore,
    role: Role | None = Role.OFFICER,
    **kwargs: float,
) -> ComplianceView:
    view = ComplianceView(
        registry, store, lambda: role, **({"sample_seconds": 0.0, "timeout": 5.0} | kwargs)
    )
    qtbot.addWidget(view)
    view.resize(1100, 640)
    view.show()
    return view


def run_check(qtbot: QtBot, view: ComplianceView) -> None:
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    assert view.busy and view.progress.isVisible()
    qtbot.waitUntil(lambda: not view.busy, timeout=120_000)


def test_before_any_check_the_view_says_so_and_offers_no_export(
    qtbot: QtBot, tmp_path: Path, store: CredentialStore
) -> None:
    with Registry(tmp_path / "empty.db") as registry:
        view = make_view(qtbot, registry, store)
        assert "No EPE has been checked yet" in view.summary.text()
        assert view.tree.topLevelItemCount() == 0
        assert not view.csv_button.isEnabled() and not view.pdf_button.isEnabled()
        assert view.check_button.isEnabled()


def test_check_all_shows_every_verdict_per_epe_and_camera_and_stores_them(
    qtbot: QtBot, registry: Registry, store: CredentialStore, sim_site: SiteDescription
) -> None:
    view = make_view(qtbot, registry, store)
    run_check(qtbot, view)
    sims = sim_site.epes
    assert view.verdicts() == {
        sims[SAO_VIET].name: Verdict.EXEMPT,
        sims[HOA_BINH].name: Verdict.PASS,
        sims[DONG_PHUONG].name: Verdict.PASS,
        sims[MINH_LONG].name: Verdict.FAIL,
        NO_ACCOUNT: Verdict.UNREACHABLE,
    }
    assert "stored" in view.status.text()
    assert "pass: 2, fail: 1, exempt: 1, unreachable: 1" in view.summary.text()
    rows = {
        view.tree.topLevelItem(i).text(Col.NAME): view.tree.topLevelItem(i)
        for i in range(view.tree.topLevelItemCount())
    }
    minh_long = rows[sims[MINH_LONG].name]
    assert minh_long.text(Col.VERDICT) == "Fail" and minh_long.isExpanded()
    assert minh_long.childCount() == 4
    camera = minh_long.child(0)
    assert camera.text(Col.VERDICT) == "Fail"
    assert "Resolution: 1280x720" in camera.text(Col.DETAILS)
    assert "No account" in rows[NO_ACCOUNT].text(Col.DETAILS)
    assert "2021-04-25" in rows[sims[SAO_VIET].name].text(Col.DETAILS)
    # Stored with their time: a view opened later shows the same results.
    again = make_view(qtbot, registry, store)
    assert again.verdicts() == view.verdicts()
    assert view.csv_button.isEnabled() and view.pdf_button.isEnabled()


def test_results_export_as_csv_and_as_an_a4_pdf_report(
    qtbot: QtBot,
    registry: Registry,
    store: CredentialStore,
    sim_site: SiteDescription,
    tmp_path: Path,
) -> None:
    view = make_view(qtbot, registry, store)
    run_check(qtbot, view)
    path = view.export_csv(tmp_path / "results.csv")
    text = path.read_text(encoding="utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))
    minh_long = [row for row in table if row[1] == sim_site.epes[MINH_LONG].name]
    assert len(minh_long) == 4 and all(row[6] == "Fail" for row in minh_long)
    for epe in sim_site.epes:
        assert epe.password not in text

    pdf = view.export_pdf(tmp_path / "report.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5_000
    page = report_html(view.results, unit="Chi cục Hải quan KCX Tân Thuận")
    assert "Chi cục Hải quan KCX Tân Thuận" in page
    assert sim_site.epes[MINH_LONG].name in page and "1280x720" in page


def test_a_long_check_can_be_cancelled(
    qtbot: QtBot, registry: Registry, store: CredentialStore
) -> None:
    slow = SimDevice(
        user="slow",
        password="slow-pass",
        quirks={"slow:GetDeviceInformation"},
        channels=[
            SimChannel(
                1,
                "Cổng",
                SimStream(1920, 1080, 30, "h264"),
                SimStream(640, 360, 15, "h264"),
                "rtsp://127.0.0.1:1/main",
                "rtsp://127.0.0.1:1/sub",
            )
        ],
    )
    with OnvifServer(slow) as server:
        epe = registry.add_epe(
            Epe(
                name="Công ty Chậm",
                tax_id="0312345602",
                account_user="slow",
                licence_date=dt.date(2023, 1, 1),
            )
        )
        assert epe.id is not None
        registry.add_camera(
            Camera(
                epe.id,
                1,
                CameraPosition.GATE,
                main_url="rtsp://127.0.0.1:1/main",
                extra={"onvif": f"{server.host}:{server.port}"},
            )
        )
        store.set_password(epe.uid, "slow-pass")
        try:
            view = make_view(qtbot, registry, store, timeout=20.0)
            qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
            # One slow EPE does not hold up the others: all but it are done.
            qtbot.waitUntil(lambda: "5 of 6 EPEs checked" in view.status.text(), timeout=60_000)
            assert view.busy
            qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
            assert view.status.text() == "Cancelling…"
            # The slow device holds its call up to the timeout; the others were done long ago.
            qtbot.waitUntil(lambda: not view.busy, timeout=60_000)
            assert "Cancelled" in view.status.text()
            assert view.results == []  # nothing half-done was stored
        finally:
            store.delete_password(epe.uid)


def test_view_only_may_not_run_or_export(
    qtbot: QtBot, registry: Registry, store: CredentialStore, tmp_path: Path
) -> None:
    view = make_view(qtbot, registry, store)
    run_check(qtbot, view)
    watcher = make_view(qtbot, registry, store, role=Role.VIEW_ONLY)
    assert watcher.tree.topLevelItemCount() == 5  # may see the results
    assert not watcher.check_button.isEnabled()
    assert not watcher.csv_button.isEnabled() and not watcher.pdf_button.isEnabled()


def test_the_pdf_is_written_for_results_in_vietnamese(tmp_path: Path) -> None:
    result = failed_gate("Công ty TNHH Điện tử Sao Mai", "0100233488")
    page = report_html([result], generated_at=dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC))
    assert "23/11/2026 10:00" in page  # Vietnam time
    assert "Resolution: 1280x720 (≥ 1920x1080)" in page
    pdf = render_report_pdf([result], tmp_path / "vi.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
