"""Manual RTSP entry's "Test connection" against the simulated EPE site's real streams."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.domain import Camera, CameraPosition, Epe
from app.media.failures import StreamFailure
from app.secrets import CredentialStore
from app.simsite.site import SimCamera, SimEpe, SiteDescription
from app.sites.registry import Registry
from app.workers import CancelledError
from tests.helpers.clicks import click
from tests.helpers.faulty_servers import closed_port
from widgets.sites.camera_dialog import CameraDialog
from widgets.sites.connection_test import (
    ConnectionReport,
    ConnectionTestDialog,
    ConnectionTestError,
    sample_stream,
)

CODECS = {"h264": "H.264", "h265": "H.265", "mjpeg": "MJPEG"}


def run(gen: Iterator[tuple[int, int, str]]) -> ConnectionReport:
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            report: ConnectionReport = stop.value
            return report


def first_camera(site: SiteDescription) -> tuple[SimEpe, SimCamera]:
    epe = site.epes[0]
    return epe, epe.cameras[0]


def test_the_report_gives_codec_size_and_the_frame_rate_received(sim_site: SiteDescription) -> None:
    epe, camera = first_camera(sim_site)
    report = run(sample_stream(camera.sub_url, lambda: (epe.user, epe.password), seconds=2.0))
    assert report.codec == CODECS[camera.sub.codec]
    assert (report.width, report.height) == (camera.sub.width, camera.sub.height)
    # Generous: the machine is shared, but a stream that arrives runs near its rate.
    assert camera.sub.fps * 0.5 <= report.measured_fps <= camera.sub.fps * 1.5
    assert report.kbps > 0
    assert epe.password not in repr(report)


def test_a_wrong_password_is_named(sim_site: SiteDescription) -> None:
    epe, camera = first_camera(sim_site)
    with pytest.raises(ConnectionTestError) as failed:
        run(sample_stream(camera.sub_url, lambda: (epe.user, "not-the-password")))
    assert failed.value.failure is StreamFailure.WRONG_PASSWORD
    assert "not-the-password" not in str(failed.value) + failed.value.detail


def test_nothing_listening_is_unreachable() -> None:
    url = f"rtsp://127.0.0.1:{closed_port()}/Streaming/Channels/101"
    with pytest.raises(ConnectionTestError) as failed:
        run(sample_stream(url, None, open_timeout=3.0))
    assert failed.value.failure is StreamFailure.UNREACHABLE


def test_a_test_can_be_cancelled(sim_site: SiteDescription) -> None:
    epe, camera = first_camera(sim_site)
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 3

    with pytest.raises(CancelledError):
        run(
            sample_stream(
                camera.sub_url, lambda: (epe.user, epe.password), seconds=30.0, cancelled=cancelled
            )
        )


def test_the_dialog_lists_main_and_sub(qtbot: QtBot, sim_site: SiteDescription) -> None:
    epe, camera = first_camera(sim_site)
    dialog = ConnectionTestDialog(
        [("Main stream", camera.main_url), ("Sub stream", camera.sub_url)],
        lambda: (epe.user, epe.password),
        seconds=1.5,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.finished_all, timeout=60_000)
    text = dialog.results.text()
    assert (
        f"Main stream: {CODECS[camera.main.codec]} {camera.main.width}×{camera.main.height}" in text
    )
    assert f"Sub stream: {CODECS[camera.sub.codec]} {camera.sub.width}×{camera.sub.height}" in text
    assert "fps received" in text
    assert dialog.status.text() == "Done."


@pytest.fixture
def sim_epe(
    sim_site: SiteDescription, registry: Registry
) -> Iterator[tuple[int, CredentialStore, SimCamera]]:
    """The first simulated EPE registered with its account (its password in the keyring until
    the test ends): its id, the store and its first camera."""
    sim, sim_camera = first_camera(sim_site)
    epe = registry.add_epe(Epe(name=sim.name, tax_id=sim.tax_id, account_user=sim.user))
    assert epe.id is not None
    store = CredentialStore()
    store.set_password(epe.uid, sim.password)
    try:
        yield epe.id, store, sim_camera
    finally:
        store.delete_password(epe.uid)


def test_the_camera_dialog_tests_its_urls_with_the_epe_account_from_the_keyring(
    qtbot: QtBot, sim_epe: tuple[int, CredentialStore, SimCamera], registry: Registry
) -> None:
    epe_id, store, sim_camera = sim_epe
    camera = registry.add_camera(
        Camera(epe_id, 1, CameraPosition.GATE, main_url=sim_camera.main_url)
    )
    dialog = CameraDialog(registry, camera, store=store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    test = dialog.connection_test
    assert isinstance(test, ConnectionTestDialog)
    qtbot.waitUntil(lambda: test.finished_all, timeout=60_000)
    assert f"{sim_camera.main.width}×{sim_camera.main.height}" in test.results.text()
    assert "Sub stream" not in test.results.text()  # no sub URL given: not tested
    test.close()


def test_closing_the_dialog_mid_test_stops_the_stream(
    qtbot: QtBot, sim_site: SiteDescription
) -> None:
    epe, camera = first_camera(sim_site)
    dialog = ConnectionTestDialog(
        [("Main stream", camera.main_url)], lambda: (epe.user, epe.password), seconds=60.0
    )
    dialog.show()  # not given to qtbot: the test deletes it, as the main window would
    qtbot.waitUntil(lambda: "Receiving" in dialog.status.text(), timeout=30_000)
    queue = dialog.queue
    dialog.close()
    dialog.deleteLater()
    # Well before the 60 s sample would end: the stream was stopped, not left running.
    qtbot.waitUntil(lambda: queue.wait(0), timeout=15_000)


# ------------------------------------------------------------- saving after a connection test


def run_connection_test(qtbot: QtBot, dialog: CameraDialog) -> ConnectionTestDialog:
    click(qtbot, dialog.test_button)
    test = dialog.connection_test
    assert isinstance(test, ConnectionTestDialog)
    qtbot.waitUntil(lambda: test.finished_all, timeout=60_000)
    click(qtbot, test.buttons.button(QDialogButtonBox.StandardButton.Close))
    qtbot.waitUntil(lambda: not test.isVisible())
    return test


def confirmation(qtbot: QtBot, dialog: CameraDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.confirm_save is not None and dialog.confirm_save.isVisible())
    box = dialog.confirm_save
    assert box is not None
    return box


def test_saving_a_camera_whose_connection_test_failed_asks_first(
    qtbot: QtBot, registry: Registry
) -> None:
    epe = registry.add_epe(Epe(name="Công ty TNHH Bao bì Minh Long", tax_id="0100233488"))
    assert epe.id is not None
    dialog = CameraDialog(registry, epe_id=epe.id, store=CredentialStore())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.main_url)
    qtbot.keyClicks(dialog.main_url, f"rtsp://127.0.0.1:{closed_port()}/Streaming/Channels/101")
    test = run_connection_test(qtbot, dialog)
    assert not test.passed

    click(qtbot, dialog.ok_button())
    box = confirmation(qtbot, dialog)
    assert "connection test of this camera failed" in box.text()
    click(qtbot, box.findChild(QPushButton, "goBack"))
    qtbot.waitUntil(lambda: dialog.confirm_save is None)
    assert dialog.isVisible() and registry.list_cameras() == []

    click(qtbot, dialog.ok_button())
    box = confirmation(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved, timeout=2_000):
        click(qtbot, box.findChild(QPushButton, "saveAnyway"))
    assert [c.main_url for c in registry.list_cameras()] == [dialog.main_url.text()]


def test_a_camera_whose_urls_changed_after_a_passing_test_asks_first_and_an_untested_one_not(
    qtbot: QtBot, sim_epe: tuple[int, CredentialStore, SimCamera], registry: Registry
) -> None:
    epe_id, store, sim_camera = sim_epe
    dialog = CameraDialog(registry, epe_id=epe_id, store=store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.main_url)
    qtbot.keyClicks(dialog.main_url, sim_camera.sub_url)
    assert run_connection_test(qtbot, dialog).passed

    qtbot.keyClicks(dialog.main_url, "0")  # ".../102" becomes ".../1020"
    click(qtbot, dialog.ok_button())
    box = confirmation(qtbot, dialog)
    assert "changed after the connection test" in box.text()
    click(qtbot, box.findChild(QPushButton, "goBack"))
    qtbot.waitUntil(lambda: dialog.confirm_save is None)

    qtbot.keyClick(dialog.main_url, Qt.Key.Key_Backspace)  # back to the URL that played
    with qtbot.waitSignal(dialog.saved, timeout=2_000):
        click(qtbot, dialog.ok_button())
    assert dialog.confirm_save is None

    # A camera never tested is saved without a question (the officer chose not to test).
    other = CameraDialog(registry, epe_id=epe_id, store=store)
    qtbot.addWidget(other)
    other.show()
    click(qtbot, other.main_url)
    qtbot.keyClicks(other.main_url, "rtsp://192.0.2.10:554/Streaming/Channels/201")
    with qtbot.waitSignal(other.saved, timeout=2_000):
        click(qtbot, other.ok_button())
