"""The letterhead of the pages a chief signs: the superior agency, the unit, the unit's code in
document numbers and the place on the date line, kept in the settings (one per workstation)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import settings
from widgets.common.official_document import Letterhead

MAX_CHARS = 120


class LetterheadDialog(QDialog):
    """Edits the four lines; Save writes them to the settings every signed page reads."""

    def __init__(self, store: settings.Settings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("letterheadDialog")
        self._store = store or settings.Settings()
        current = Letterhead.from_settings(self._store)
        self.superior_edit = QLineEdit(current.superior, self)
        self.unit_edit = QLineEdit(current.unit, self)
        self.code_edit = QLineEdit(current.unit_code, self)
        self.place_edit = QLineEdit(current.place, self)
        for edit in (self.superior_edit, self.unit_edit, self.code_edit, self.place_edit):
            edit.setMaxLength(MAX_CHARS)
            edit.setMinimumWidth(420)
        self.superior_edit.setPlaceholderText(self.tr("e.g. Cục Hải quan TP. Hồ Chí Minh"))
        self.unit_edit.setPlaceholderText(self.tr("e.g. Chi cục Hải quan Khu chế xuất Tân Thuận"))
        self.code_edit.setPlaceholderText(self.tr("e.g. HQKCXTT"))
        self.place_edit.setPlaceholderText(self.tr("e.g. TP. Hồ Chí Minh"))
        form = QFormLayout()
        form.addRow(self.tr("Superior agency:"), self.superior_edit)
        form.addRow(self.tr("Unit:"), self.unit_edit)
        form.addRow(self.tr("Unit code in document numbers:"), self.code_edit)
        form.addRow(self.tr("Place on the date line:"), self.place_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Letterhead of printed documents"))

    def letterhead(self) -> Letterhead:
        return Letterhead(
            self.superior_edit.text().strip(),
            self.unit_edit.text().strip(),
            self.code_edit.text().strip(),
            self.place_edit.text().strip(),
        )

    def save(self) -> None:
        head = self.letterhead()
        self._store.set(settings.REPORT_SUPERIOR_AGENCY, head.superior)
        self._store.set(settings.REPORT_UNIT, head.unit)
        self._store.set(settings.REPORT_UNIT_CODE, head.unit_code)
        self._store.set(settings.REPORT_PLACE, head.place)
        self.accept()
