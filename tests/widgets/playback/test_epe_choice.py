"""The playback window's EPE choice names EPEs as the tiles do: short, the whole name (and tax
ID) in the tooltip, so that a long company name is not cut in the narrow form."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.domain import Camera, CameraPosition, Epe
from app.officers.profiles import Officer, Role
from app.rotation.ledger import Ledger
from app.secrets import CredentialStore
from app.sites.registry import Registry
from widgets.playback.view import PlaybackView


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    reg = Registry(tmp_path / "epewall.sqlite3")
    yield reg
    reg.close()


def add(registry: Registry, name: str, tax_id: str, camera: str) -> Epe:
    epe = registry.add_epe(Epe(name, tax_id))
    assert epe.id is not None
    registry.add_camera(Camera(epe.id, 1, CameraPosition.GATE, camera))
    return epe


def test_the_epe_choice_shows_short_names_and_the_whole_name_in_the_tooltip(
    qtbot: QtBot, registry: Registry
) -> None:
    first = add(
        registry,
        "Công ty TNHH Một thành viên Điện tử Sao Việt",
        "3601234569",
        "Cổng nhập hàng",
    )
    other = add(registry, "Công ty Cổ phần May mặc Hòa Bình Xanh", "2301275957", "Cổng xuất hàng")
    officer = Officer("HQ0107", "Nguyễn Thị Lan", Role.OFFICER)
    view = PlaybackView(registry, CredentialStore(), Ledger(registry), lambda: officer, first.id)
    qtbot.addWidget(view)
    view.resize(1000, 680)
    view.show()
    qtbot.waitExposed(view)
    combo: QComboBox = view.epe_combo
    assert combo.currentText() == "Điện tử Sao Việt"
    assert combo.toolTip() == "Công ty TNHH Một thành viên Điện tử Sao Việt (3601234569)"
    # Whole in the combo: no "…".
    assert combo.fontMetrics().horizontalAdvance(combo.currentText()) < combo.width() - 24

    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    second = popup.model().index(combo.findData(other.id), 0)
    assert second.data() == "May mặc Hòa Bình Xanh"
    assert second.data(Qt.ItemDataRole.ToolTipRole) == (
        "Công ty Cổ phần May mặc Hòa Bình Xanh (2301275957)"
    )
    key = Qt.Key.Key_Down if second.row() > popup.currentIndex().row() else Qt.Key.Key_Up
    while popup.currentIndex() != second:
        qtbot.keyClick(popup, key)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert combo.currentText() == "May mặc Hòa Bình Xanh"
    assert combo.toolTip() == "Công ty Cổ phần May mặc Hòa Bình Xanh (2301275957)"
    assert view.camera_list.item(0).text() == "1. Cổng xuất hàng"
