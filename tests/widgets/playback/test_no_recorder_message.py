"""Playback on an EPE without a recorder says where in the window the officer sets one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain import Camera, CameraPosition, Epe
from app.officers.profiles import Officer, Role
from app.recorders.base import UTC
from app.rotation.ledger import Ledger
from app.secrets import CredentialStore
from app.sites.registry import Registry
from widgets.playback.view import PlaybackView


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    reg = Registry(tmp_path / "epewall.sqlite3")
    yield reg
    reg.close()


def test_search_without_a_recorder_points_to_the_menu_not_a_command(
    qtbot: QtBot, registry: Registry
) -> None:
    epe = registry.add_epe(Epe("Công ty TNHH Bao bì Minh Long", "0100233488"))
    assert epe.id is not None
    registry.add_camera(
        Camera(epe.id, 1, CameraPosition.GATE, "Cổng", "rtsp://192.0.2.10:554/Streaming/101")
    )
    officer = Officer("HQ0107", "Nguyễn Thị Lan", Role.OFFICER)
    view = PlaybackView(registry, CredentialStore(), Ledger(registry), lambda: officer, epe.id)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)
    view.select_cameras([1])
    now = dt.datetime.now(UTC)
    view.set_range(now - dt.timedelta(hours=2), now - dt.timedelta(hours=1))

    qtbot.mouseClick(
        view.search_button, Qt.MouseButton.LeftButton, pos=view.search_button.rect().center()
    )

    text = view.status_label.text()
    assert "No recorder is set for Công ty TNHH Bao bì Minh Long" in text
    assert "Sites > Edit EPE…" in text and "Sites > Recorder…" in text
    assert "epewall" not in text
