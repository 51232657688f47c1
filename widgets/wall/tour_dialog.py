"""Wall > Tours > "Tours…": make, save and start a tour (the risk list, today's plan, or a list of
EPEs and saved walls the officer ticks), each page staying a set number of seconds."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import ValidationError
from app.safe_text import one_line
from app.sites.registry import Registry
from app.storage.database import RegistryError
from app.wall.layout import LAYOUT_NAMES
from app.wall.store import WallStore
from app.wall.tour import (
    AUTO_LAYOUT,
    DEFAULT_DWELL_S,
    DWELL_MAX_S,
    DWELL_MIN_S,
    StopKind,
    TourDefinition,
    TourSource,
    TourStop,
    TourStore,
    checked,
)
from widgets.common.field_error import FieldError, grow_to_fit
from widgets.wall.tour_runner import TourRunner

STOP_ROLE = Qt.ItemDataRole.UserRole


class TourDialog(QDialog):
    """The owner's tours: pick one to change it, or fill in a new one; Save keeps it, Start
    runs it on the wall (saved or not)."""

    saved = Signal(object)  # TourDefinition

    def __init__(
        self,
        registry: Registry,
        owner: str,
        runner: TourRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tourDialog")
        self._registry = registry
        self._owner = owner
        self._runner = runner
        self._store = TourStore(registry)
        self.setWindowTitle(self.tr("Tours"))

        self.saved_tours = QComboBox(self)
        self.saved_tours.setObjectName("savedTours")
        self.saved_tours.activated.connect(self._load_selected)
        self.name = QLineEdit(self)
        self.name.setObjectName("tourName")
        self.name.setMaxLength(100)
        self.sources = QButtonGroup(self)
        source_row = QWidget(self)
        source_layout = QVBoxLayout(source_row)
        source_layout.setContentsMargins(0, 0, 0, 0)
        self.source_buttons: dict[TourSource, QRadioButton] = {}
        for source in TourSource:
            button = QRadioButton(source_row)
            button.setObjectName(f"tourSource_{source.value}")
            self.sources.addButton(button)
            source_layout.addWidget(button)
            self.source_buttons[source] = button
        self.source_buttons[TourSource.RISK_LIST].setChecked(True)
        self.sources.buttonToggled.connect(self._update)
        self.dwell = QSpinBox(self)
        self.dwell.setObjectName("tourDwell")
        self.dwell.setRange(DWELL_MIN_S, DWELL_MAX_S)
        self.dwell.setValue(DEFAULT_DWELL_S)
        self.layout_choice = QComboBox(self)
        self.layout_choice.setObjectName("tourLayout")
        self.stops = QListWidget(self)
        self.stops.setObjectName("tourStops")
        self.stops.setMinimumHeight(140)
        self.error = FieldError("tour", self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.saved_label = QLabel(self)
        self.name_label = QLabel(self)
        self.source_label = QLabel(self)
        self.dwell_label = QLabel(self)
        self.layout_label = QLabel(self)
        form.addRow(self.saved_label, self.saved_tours)
        form.addRow(self.name_label, self.name)
        form.addRow(self.source_label, source_row)
        form.addRow(self.dwell_label, self.dwell)
        form.addRow(self.layout_label, self.layout_choice)
        self.stops_label = QLabel(self)
        self.stops_label.setWordWrap(True)

        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveTour")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteTour")
        self.delete_button.clicked.connect(self.delete)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startTour")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.start_button)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.stops_label)
        layout.addWidget(self.stops, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self._retranslate()
        self._fill_stops()
        self._fill_saved()
        self._update()
        self.resize(560, 560)

    # --- what the officer does ----------------------------------------------------------------
    def tour(self) -> TourDefinition:
        """The tour as filled in (not checked)."""
        source = next(s for s, b in self.source_buttons.items() if b.isChecked())
        stops = []
        for row in range(self.stops.count()):
            item = self.stops.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                kind, key = item.data(STOP_ROLE)
                stops.append(TourStop(StopKind(kind), key))
        name = self.name.text().strip() or source.label()
        return TourDefinition(
            name, source, self.dwell.value(), str(self.layout_choice.currentData()), tuple(stops)
        )

    def save(self) -> TourDefinition | None:
        if not self.name.text().strip():
            self._say(self.tr("Give the tour a name to save it."))
            self.name.setFocus()
            return None
        try:
            tour = self._store.save(self.tour(), self._owner)
        except (ValidationError, RegistryError) as exc:
            self._say(str(exc))
            return None
        self._say("")
        self._fill_saved(tour.name)
        self.saved.emit(tour)
        return tour

    def delete(self) -> None:
        name = self.saved_tours.currentData()
        if not name:
            return
        with contextlib.suppress(KeyError, RegistryError):  # gone already: the list says so
            self._store.delete(str(name), self._owner)
        self._fill_saved()
        self._update()

    def start(self) -> bool:
        """Start the tour as filled in; the dialog closes."""
        try:
            tour = checked(self.tour())
        except ValidationError as exc:
            self._say(str(exc))
            return False
        self._runner.start(tour)
        self.accept()
        return True

    # --- internals ----------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.error.show_message(text)
        grow_to_fit(self)

    def _fill_stops(self) -> None:
        self.stops.clear()
        for epe in self._registry.list_epes():
            item = QListWidgetItem(f"{one_line(epe.name)} ({epe.tax_id})", self.stops)
            item.setData(STOP_ROLE, (StopKind.EPE.value, epe.tax_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        for wall in WallStore(self._registry).list(self._owner):
            if wall.damaged:
                continue
            item = QListWidgetItem(
                self.tr("Saved wall: %1").replace("%1", one_line(wall.name)), self.stops
            )
            item.setData(STOP_ROLE, (StopKind.WALL.value, wall.name))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _fill_saved(self, select: str | None = None) -> None:
        self.saved_tours.clear()
        self.saved_tours.addItem(self.tr("(a new tour)"), "")
        for saved in self._store.list(self._owner):
            self.saved_tours.addItem(one_line(saved.name), saved.name)
        if select is not None:
            self.saved_tours.setCurrentIndex(max(0, self.saved_tours.findData(select)))
        self.delete_button.setEnabled(bool(self.saved_tours.currentData()))

    def _load_selected(self) -> None:
        name = self.saved_tours.currentData()
        self.delete_button.setEnabled(bool(name))
        if not name:
            self.name.clear()
            return
        try:
            tour = self._store.load(str(name), self._owner)
        except (KeyError, ValueError) as exc:
            self._say(str(exc) if isinstance(exc, ValueError) else "")
            return
        self._say("")
        self.name.setText(tour.name)
        self.source_buttons[tour.source].setChecked(True)
        self.dwell.setValue(tour.dwell_seconds)
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(tour.layout)))
        wanted = {(s.kind.value, s.key) for s in tour.stops}
        for row in range(self.stops.count()):
            item = self.stops.item(row)
            kind, key = item.data(STOP_ROLE)
            item.setCheckState(
                Qt.CheckState.Checked if (kind, key) in wanted else Qt.CheckState.Unchecked
            )
        self._update()

    def _update(self) -> None:
        self.stops.setEnabled(self.source_buttons[TourSource.LIST].isChecked())

    def _retranslate(self) -> None:
        self.saved_label.setText(self.tr("Saved tour:"))
        self.name_label.setText(self.tr("Name:"))
        self.source_label.setText(self.tr("Pages from:"))
        self.dwell_label.setText(self.tr("Each page stays:"))
        self.dwell.setSuffix(self.tr(" s"))
        self.layout_label.setText(self.tr("Layout:"))
        self.layout_choice.clear()
        self.layout_choice.addItem(self.tr("Automatic (all the EPE's cameras)"), AUTO_LAYOUT)
        for name in LAYOUT_NAMES:
            self.layout_choice.addItem(name, name)
        self.source_buttons[TourSource.RISK_LIST].setText(
            self.tr("The risk list (EPEs rated high, then medium)")
        )
        self.source_buttons[TourSource.TODAY_PLAN].setText(
            self.tr("Today's plan (your EPEs planned for today)")
        )
        self.source_buttons[TourSource.LIST].setText(
            self.tr("My list (the EPEs and saved walls ticked below)")
        )
        self.stops_label.setText(self.tr("EPEs and saved walls for “My list”:"))
        self.save_button.setText(self.tr("&Save"))
        self.delete_button.setText(self.tr("&Delete"))
        self.start_button.setText(self.tr("S&tart tour"))
