"""The PIN field of every officer dialog: digits only, at most 12, never shown."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from app.officers.profiles import PIN_DIGITS

# Typing is limited to what a PIN may be; the length rule itself is checked by app/officers.
PIN_PATTERN = QRegularExpression(rf"\d{{0,{PIN_DIGITS[1]}}}")


def pin_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(PIN_PATTERN, edit))
    edit.setMaxLength(PIN_DIGITS[1])
    return edit
