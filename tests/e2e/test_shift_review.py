"""#15's e2e, the start-of-shift part: on the demo registry of the simulated site, an officer
handed over at 17:00; the next morning the next officer logs in, the review lists the handover and
the night's off-hours motion from the EPEs' own recorders (Profile G, Hikvision, Dahua), and one
event opens in the playback window, playing that camera from just before the event at 4x."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.officers.profiles import OfficerStore, Role
from app.playback.session import PlaybackState
from app.secrets import CredentialStore
from app.shift.handover import HandoverBook
from app.shift.review import HANDOVER, RECORDER_EVENT
from app.simsite.site import SiteDescription
from app.sites.demo import register_site
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from tests.helpers.clicks import click
from tests.helpers.clock import Clock
from tests.helpers.keyring import require_throwaway_keyring
from tests.helpers.main_window import shown_main_window
from tests.helpers.shift_review import review_morning

pytestmark = pytest.mark.e2e


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


def test_the_next_login_sees_the_handover_and_the_night_and_plays_an_event_back(
    qtbot: QtBot, demo: tuple[Registry, CredentialStore]
) -> None:
    registry, store = demo
    morning = review_morning()
    evening = dt.datetime.combine(
        morning.astimezone(VIETNAM).date() - dt.timedelta(days=1), dt.time(17), VIETNAM
    ).astimezone(dt.UTC)
    leaving = next(o for o in OfficerStore(registry).list_officers() if o.role is Role.OFFICER)
    book = HandoverBook(registry, Clock(evening))
    book.sign(leaving, book.compose(leaving, []), "Cổng DNCX Minh Long hay mất tín hiệu ban đêm")

    with shown_main_window(qtbot, registry, store, size=(1600, 900)) as window:
        with qtbot.waitSignal(window.officer_changed, timeout=10_000):
            window.rotation.start(demo=True)  # the demo's team lead logs in
        views = window.shift_review
        qtbot.waitUntil(lambda: views.window is not None and views.window.isVisible())
        views.clock = Clock(morning)  # the next morning, not whatever time the test runs
        review = views.window
        assert review is not None
        with qtbot.waitSignal(review.loaded, timeout=60_000):
            views.open_review()
        assert review.since == evening, "from the end of the last shift on this workstation"
        kinds = [i.kind for i in review.items]
        assert kinds[0] == HANDOVER and "Minh Long" in review.items[0].text
        events = [i for i in review.items if i.kind == RECORDER_EVENT]
        # Every demo EPE's recorder logged the simulator's 17:10 and 21:40 motion on every camera.
        assert {i.epe_id for i in events} == {e.id for e in registry.list_epes()}
        local_times = {i.at.astimezone(VIETNAM).strftime("%H") for i in events}
        assert {"21"} <= local_times and all(i.at >= evening for i in events)

        if window.handover_views.acknowledge is not None:  # the handover asks to be acknowledged
            window.handover_views.acknowledge.close()
        # The officer picks the 21:40 motion of the first EPE's first camera and plays it back.
        target = next(i for i in events if i.at.astimezone(VIETNAM).hour == 21)
        keys = [
            review.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            for r in range(review.table.rowCount())
        ]
        row = keys.index(target.key)
        review.table.scrollToItem(review.table.item(row, 3))
        rect = review.table.visualItemRect(review.table.item(row, 3))
        qtbot.mouseClick(review.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        click(qtbot, review.button_play)

        def playing() -> bool:
            view = window.playback.view
            return (
                view is not None
                and view.session is not None
                and view.session.state is PlaybackState.PLAYING
            )

        qtbot.waitUntil(playing, timeout=30_000)
        view = window.playback.view
        assert view is not None and view.session is not None
        assert view.epe_combo.currentData() == target.epe_id
        assert view.selected_cameras() == [target.camera_number]
        assert view.speed_combo.currentData() == 4.0
        position = view.session.position()
        assert position is not None
        # From 10 s before the event (a recorder answers to the second), moving at 4x.
        assert abs((position - (target.at - dt.timedelta(seconds=10))).total_seconds()) < 15
        view.close()
        review.close()
