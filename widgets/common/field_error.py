"""A field's error message: the red line under the field a problem belongs to, shared by every
dialog that checks what an officer typed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from app.domain import ValidationError

ERROR_STYLE = "color: #c42b1c;"


class FieldError(QLabel):
    """The red message under a field; hidden while the field is fine."""

    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"error_{field_name}")
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


def grow_to_fit(dialog: QDialog) -> None:
    """Make the dialog tall enough for the error messages it now shows.

    A top-level window's minimum size ignores word-wrapped labels (height-for-width), so a
    message appearing under a field would otherwise be cut off.
    """
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(dialog.width())
    else:
        needed = layout.totalMinimumSize().height()
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


def with_error(editor: QWidget, error: FieldError) -> QWidget:
    """The editor with its error label underneath, as one form cell."""
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(editor)
    layout.addWidget(error)
    return cell


def show_problems(
    dialog: QDialog,
    problems: Iterable[ValidationError],
    labels: Mapping[str, FieldError],
    general: FieldError,
    shown: Callable[[str], bool],
) -> None:
    """Put each problem under its field (the first one per field), or in ``general`` when the
    form has no such field; a field whose ``shown(name)`` is false keeps quiet (not touched yet)."""
    messages: dict[str, str] = {}
    for problem in problems:
        messages.setdefault(problem.field, problem.message)
    for name, label in labels.items():
        label.show_message(messages.get(name, "") if shown(name) else "")
    general.show_message("\n".join(m for f, m in messages.items() if f not in labels))
    grow_to_fit(dialog)
