"""The warnings service the main window runs: the keyring and the subscriptions in Jobs, the
EPEs it cannot listen to named with why, a stop asked before the start finished honoured."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.domain import Epe
from app.secrets import CredentialStore
from app.sites.registry import Registry
from app.warnings.service import WarningsService
from tests.helpers.faulty_servers import closed_port
from tests.helpers.keyring import require_throwaway_keyring


def test_epes_without_a_device_or_account_are_named_and_a_stop_follows_the_start(
    qtbot: QtBot, registry: Registry
) -> None:
    require_throwaway_keyring()
    registry.add_epe(Epe("Công ty TNHH Điện tử Sao Việt", "3601234569"))
    registry.add_epe(
        Epe(
            "Công ty TNHH May mặc Hòa Bình Xanh",
            "2301275957",
            onvif_address=f"127.0.0.1:{closed_port()}",
            account_user="customs",
        )
    )
    service = WarningsService(registry, CredentialStore())
    with qtbot.waitSignal(service.running, timeout=20_000) as running:
        service.start()
    assert running.args is not None
    devices, skipped = running.args
    assert devices == 0
    reasons = {s.epe_name: s.reason for s in skipped}
    assert reasons == {
        "Công ty TNHH Điện tử Sao Việt": "No ONVIF device is registered for the EPE.",
        "Công ty TNHH May mặc Hòa Bình Xanh": "No account of the EPE is stored.",
    }
    assert service.active

    # Asked at once after a start, the stop waits for it and ends what it made.
    with qtbot.waitSignal(service.stopped, timeout=20_000):
        service.start()
        service.stop()
    assert not service.active
    assert service.refresh() is None  # stopped: a registry change does not subscribe again
    assert service.wait(10_000)
