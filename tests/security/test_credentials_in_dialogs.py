"""The EPE and camera dialogs refuse a credential typed in any hostile form, through the same rule
as the registry and the CSV import, and their messages repeat no part of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.domain import Epe
from app.sites.registry import Registry
from tests.helpers.hostile_text import CANARY, HOSTILE
from widgets.sites.camera_dialog import CameraDialog
from widgets.sites.epe_dialog import EpeDialog

# The forms a keyboard can type that the old rule let through.
TYPED = ("fullwidth at-sign", "space in the password", "no scheme", "?token=", "?passcode=")


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` as a keyboard does; a character QTest cannot name (the fullwidth at-sign,
    Vietnamese letters) arrives as a key event carrying its text, as an input method sends it."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def _error(dialog: CameraDialog | EpeDialog, field: str) -> QLabel:
    label = dialog.findChild(QLabel, f"error_{field}")
    assert label is not None and label.isVisible()
    return label


@pytest.mark.parametrize("name", TYPED)
def test_the_camera_dialog_refuses_a_typed_credential_in_the_url_and_the_notes(
    qtbot: QtBot, registry: Registry, name: str
) -> None:
    epe = registry.add_epe(Epe(name="Công ty A", tax_id="0100233488"))
    dialog = CameraDialog(registry, epe_id=epe.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _type(qtbot, dialog.main_url, HOSTILE[name])
    _type(qtbot, dialog.notes, f"tài khoản {HOSTILE[name]}")
    assert dialog.main_url.text() == HOSTILE[name]

    for field in ("main_url", "notes"):
        label = _error(dialog, field)
        assert "user name or password" in label.text() and CANARY not in label.text()
    assert not dialog.ok_button().isEnabled()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert registry.list_cameras() == []


def test_the_epe_dialog_refuses_a_credential_in_a_note(qtbot: QtBot, registry: Registry) -> None:
    dialog = EpeDialog(registry)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _type(qtbot, dialog.name, "Công ty TNHH Minh Long")
    _type(qtbot, dialog.tax_id, "0100233488")
    _type(qtbot, dialog.notes, f"camera: {HOSTILE['fullwidth at-sign']}")

    label = _error(dialog, "notes")
    assert "user name or password" in label.text() and CANARY not in label.text()
    assert not dialog.ok_button().isEnabled()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert registry.list_epes() == []
