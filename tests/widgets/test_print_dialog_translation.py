"""Qt's own print and print-preview dialogs speak Vietnamese in the Vietnamese UI: Qt ships no
Vietnamese catalogue, so resources/translations/qtbase_vi.ts carries their strings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import i18n

# What an officer reads on the dialogs in English; none of it may remain in Vietnamese.
ENGLISH = {
    "Print",
    "&Print",
    "&Options >>",
    "&Options <<",
    "Printer",
    "&Name:",
    "P&roperties",
    "Location:",
    "Type:",
    "Output &file:",
    "Preview",
    "Print range",
    "Print all",
    "Pages from",
    "to",
    "Pages",
    "Current Page",
    "Selection",
    "Copies",
    "Copies:",
    "Collate",
    "Reverse",
    "Options",
    "Color Mode",
    "Color",
    "Grayscale",
    "Double Sided Printing",
    "Off",
    "Long side binding",
    "Short side binding",
    "Page &Set:",
    "Output Settings",
    "All Pages",
    "Print to File (PDF)",
    "Paper",
    "Page size:",
    "Orientation",
    "Portrait",
    "Landscape",
    "Margins",
    "Page Layout",
    "Cancel",
    "Print Preview",
    "Next page",
    "Previous page",
    "Zoom in",
    "Zoom out",
    "Fit width",
    "Fit page",
    "Page setup",
    "Show single page",
}


def shown_texts(dialog: QWidget) -> set[str]:
    texts = {dialog.windowTitle()}
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QLabel):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
    for action in dialog.findChildren(QAction):
        texts.update((action.text(), action.toolTip()))
    return {text for text in texts if text}


@pytest.fixture
def printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    return printer


def open_dialog(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()  # QPrintDialog.open() in PySide wants a receiver; show() does not block either
    qtbot.waitExposed(dialog)
    return dialog


def test_the_print_dialog_is_vietnamese(qtbot: QtBot, printer: QPrinter) -> None:
    i18n.install("vi")
    dialog = open_dialog(qtbot, QPrintDialog(printer))
    # The officer opens the options, as one does to choose pages or copies.
    options = next(b for b in dialog.findChildren(QAbstractButton) if b.text() == "&Tùy chọn >>")
    qtbot.mouseClick(options, Qt.MouseButton.LeftButton, pos=options.rect().center())
    texts = shown_texts(dialog)
    assert dialog.windowTitle() == "In"
    assert {"&In", "Hủy", "Máy in", "Phạm vi in", "Bản in", "In tất cả"} <= texts
    assert not texts & ENGLISH, sorted(texts & ENGLISH)
    dialog.reject()


def test_the_print_preview_is_vietnamese(qtbot: QtBot, printer: QPrinter) -> None:
    i18n.install("vi")
    dialog = open_dialog(qtbot, QPrintPreviewDialog(printer))
    texts = shown_texts(dialog)
    assert dialog.windowTitle() == "Xem trước khi in"
    assert {"Trang sau", "Phóng to", "Vừa trang", "Thiết lập trang"} <= texts
    assert not texts & ENGLISH, sorted(texts & ENGLISH)
    dialog.reject()


def test_the_file_dialog_names_folders_in_vietnamese(qtbot: QtBot, tmp_path: Path) -> None:
    i18n.install("vi")
    (tmp_path / "Báo cáo").mkdir()
    dialog = QFileDialog(None, "PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.setDirectory(str(tmp_path))
    open_dialog(qtbot, dialog)
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    model = view.model()

    def folder_type() -> str:
        root = view.rootIndex()
        rows = [model.index(row, 0, root) for row in range(model.rowCount(root))]
        named = [i for i in rows if model.data(i) == "Báo cáo"]
        return str(model.data(named[0].siblingAtColumn(2))) if named else ""

    qtbot.waitUntil(lambda: folder_type() != "", timeout=5_000)
    assert folder_type() == "Thư mục"
    assert "Save As" not in shown_texts(dialog)
    dialog.reject()
