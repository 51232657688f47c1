"""The site tree: EPEs and their numbered cameras, with a search box (left of the main window)."""

from __future__ import annotations

import enum
import html
import unicodedata

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain import Camera, Epe
from app.safe_text import one_line
from app.sites.registry import Registry
from app.wall.channels import ChannelState, online_count
from widgets.wall.tile import CAMERA_MIME, EPE_MIME

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # folded: no case, no diacritics
EXACT_SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4  # no case, diacritics kept

# Marks a camera that Decision 247 I.1.2 requires to be online with customs.
ONLINE_MARK = "◉"
CHANNEL_ROLE = Qt.ItemDataRole.UserRole + 5  # a camera's ChannelState value
STATE_COLUMN = 2

# The dot of each channel state: green online, amber connecting, red offline, grey stopped,
# a hollow ring for a camera that is not on the wall.
CHANNEL_COLOURS: dict[ChannelState, str] = {
    ChannelState.ONLINE: "#1a7f37",
    ChannelState.CONNECTING: "#bf8700",
    ChannelState.OFFLINE: "#cf222e",
    ChannelState.STOPPED: "#6e7781",
    ChannelState.NOT_ON_WALL: "#8c959f",
}


def blank_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def channel_icon(state: ChannelState) -> QIcon:
    size = 16
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(CHANNEL_COLOURS[state])
    if state is ChannelState.NOT_ON_WALL:
        painter.setPen(QPen(colour, 1.5))
        painter.drawEllipse(QRectF(4, 4, 8, 8))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(3, 3, 10, 10))
    painter.end()
    return QIcon(pixmap)


class NodeKind(enum.StrEnum):
    EPE = "epe"
    CAMERA = "camera"


def fold(text: str) -> str:
    """Case- and accent-insensitive form for searching Vietnamese: "Cổng" -> "cong", "Đ" -> "d"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def exact(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


class SiteFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose folded search text contains the folded pattern.

    Typed without diacritics ("cong") the search ignores them, as officers often type on a
    keyboard without a Vietnamese input method; typed with them ("Cổng") it respects them, so
    "Cổng" (gate) does not also find every "Công ty" (company).

    Recursive filtering keeps an EPE whose camera matches. An EPE that matches by name or tax ID
    shows all its cameras, unless some of them match too: then only those.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pattern = ""
        self._role: int = SEARCH_ROLE
        self.setRecursiveFilteringEnabled(True)

    def set_search_text(self, text: str) -> None:
        self.beginFilterChange()
        text = text.strip()
        folded = fold(text)
        accented = folded != exact(text)
        self._pattern = exact(text) if accented else folded
        self._role = EXACT_SEARCH_ROLE if accented else SEARCH_ROLE
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def search_text(self) -> str:
        return self._pattern

    def _matches(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return self._pattern in str(index.data(self._role) or "")

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._pattern:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._matches(index):
            return True
        if not source_parent.isValid() or not self._matches(source_parent):
            return False
        siblings = (model.index(r, 0, source_parent) for r in range(model.rowCount(source_parent)))
        return not any(self._matches(sibling) for sibling in siblings)


class SiteModel(QStandardItemModel):
    """Drags an EPE or a camera to the video wall as its id under the wall's mime types."""

    def mimeTypes(self) -> list[str]:
        return [CAMERA_MIME, EPE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        for index in indexes:
            first = index.siblingAtColumn(0)
            kind, node_id = first.data(KIND_ROLE), first.data(ID_ROLE)
            if node_id is None:
                continue
            fmt = CAMERA_MIME if kind == NodeKind.CAMERA.value else EPE_MIME
            mime.setData(fmt, str(int(node_id)).encode("ascii"))
            break
        return mime


class SiteTree(QWidget):
    """Search box above a tree of EPEs (name, tax ID) and cameras (number, position, online mark).

    ``reload()`` re-reads the registry and keeps the selection, the collapsed EPEs and the search.
    """

    selection_changed = Signal()
    item_activated = Signal(str, int)  # NodeKind value and id; double-click puts it on the wall

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._collapsed: set[int] = set()
        self._channels: dict[int, ChannelState] = {}
        self.context_menu: QMenu | None = None
        self._epe_count = 0
        self._camera_count = 0

        self.search = QLineEdit(self)
        self.search.setObjectName("siteSearch")
        self.search.setClearButtonEnabled(True)
        self.model = SiteModel(self)
        self.proxy = SiteFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView(self)
        self.view.setObjectName("siteTree")
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.header().setStretchLastSection(False)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        # A double-click on an EPE puts its cameras on the wall; it must not also fold the EPE
        # away (the arrow and the keyboard still expand and collapse).
        self.view.setExpandsOnDoubleClick(False)
        self.view.activated.connect(self._on_activated)
        # The menu is built at each right-click from the actions the window added to the view.
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_context_menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        self.legend = QLabel(self)
        self.legend.setObjectName("siteLegend")
        self.legend.setWordWrap(True)
        self.legend.setEnabled(False)
        layout.addWidget(self.legend)

        self.search.textChanged.connect(self._on_search)
        self.view.collapsed.connect(self._on_collapsed)
        self.view.expanded.connect(self._on_expanded)
        # A mouse press makes the row current before it selects it, so currentChanged alone
        # would report "nothing selected" for a clicked row: follow the selection as well.
        selection = self.view.selectionModel()
        selection.currentChanged.connect(self._emit_selection_changed)
        selection.selectionChanged.connect(self._emit_selection_changed)
        self._reported: tuple[NodeKind, int] | None = None
        self._retranslate()
        self.reload()

    def _on_activated(self, index: QModelIndex) -> None:
        first = index.siblingAtColumn(0)
        kind, node_id = first.data(KIND_ROLE), first.data(ID_ROLE)
        if kind is not None and node_id is not None:
            self.item_activated.emit(str(kind), int(node_id))

    # -- reading the registry -------------------------------------------------------------
    def reload(self) -> None:
        current = self.current_node()
        epes = self._registry.list_epes()
        cameras_by_epe: dict[int, list[Camera]] = {}
        for camera in self._registry.list_cameras():
            cameras_by_epe.setdefault(camera.epe_id, []).append(camera)
        self.view.selectionModel().blockSignals(True)
        try:
            self.model.removeRows(0, self.model.rowCount())
            for epe in epes:
                assert epe.id is not None
                row = self._epe_row(epe)
                for camera in cameras_by_epe.get(epe.id, []):
                    row[0].appendRow(self._camera_row(camera, epe))
                self.model.appendRow(row)
        finally:
            self.view.selectionModel().blockSignals(False)
        self._epe_count = len(epes)
        self._camera_count = sum(len(c) for c in cameras_by_epe.values())
        self._apply_expansion()
        self._show_channels()
        if current is not None:
            self.select(*current)
        self._reported = self.current_node()
        self.selection_changed.emit()

    def _epe_row(self, epe: Epe) -> list[QStandardItem]:
        # Shown with control characters escaped (a name may come from a device or a CSV file);
        # searching and the registry keep the exact text.
        name = QStandardItem(one_line(epe.name))
        name.setData(NodeKind.EPE.value, KIND_ROLE)
        name.setData(epe.id, ID_ROLE)
        name.setData(fold(f"{epe.name} {epe.tax_id}"), SEARCH_ROLE)
        name.setData(exact(f"{epe.name} {epe.tax_id}"), EXACT_SEARCH_ROLE)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        name.setToolTip(one_line(epe.address or epe.name))
        tax = QStandardItem(one_line(epe.tax_id))
        tax.setToolTip(self.tr("Tax ID"))
        summary = QStandardItem()
        summary.setIcon(blank_icon())
        return [name, tax, summary]

    def _camera_row(self, camera: Camera, epe: Epe) -> list[QStandardItem]:
        label = camera.position.label()
        title = f"{camera.diagram_number}. {one_line(camera.name) or label}"
        item = QStandardItem(title)
        item.setData(NodeKind.CAMERA.value, KIND_ROLE)
        item.setData(camera.id, ID_ROLE)
        item.setData(fold(f"{camera.name} {label}"), SEARCH_ROLE)
        item.setData(exact(f"{camera.name} {label}"), EXACT_SEARCH_ROLE)
        item.setToolTip(
            self.tr("Camera no. %1 on the EPE's diagram").replace("%1", str(camera.diagram_number))
        )
        position = QStandardItem(f"{ONLINE_MARK} {label}" if camera.must_be_online else label)
        position.setToolTip(
            self.tr("Must be online with customs (Decision 247, I.1.2)")
            if camera.must_be_online
            else self.tr("Kept at the EPE; provided on request")
        )
        if not camera.must_be_online:
            position.setForeground(QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText)))
        state = QStandardItem()
        state.setData(camera.id, ID_ROLE)
        return [item, position, state]

    # -- channel state -------------------------------------------------------------------
    def set_channel_states(self, states: dict[int, ChannelState]) -> None:
        """The wall's cameras and their streams' state; every other camera is not on the wall."""
        self._channels = dict(states)
        self._show_channels()

    def channel_state(self, camera_id: int) -> ChannelState:
        return self._channels.get(camera_id, ChannelState.NOT_ON_WALL)

    def _show_channels(self) -> None:
        for row in range(self.model.rowCount()):
            epe_item = self.model.item(row, 0)
            cameras: list[int] = []
            for child in range(epe_item.rowCount()):
                camera_id = int(epe_item.child(child, 0).data(ID_ROLE))
                cameras.append(camera_id)
                state = self.channel_state(camera_id)
                cell = epe_item.child(child, STATE_COLUMN)
                if cell.data(CHANNEL_ROLE) == state.value:
                    continue
                cell.setData(state.value, CHANNEL_ROLE)
                cell.setIcon(channel_icon(state))
                cell.setToolTip(state.label())
            online, on_wall = online_count(self._channels, cameras)
            summary = self.model.item(row, STATE_COLUMN)
            text = f"{online}/{on_wall}" if on_wall else ""
            if summary.text() != text:
                summary.setText(text)
                summary.setToolTip(
                    self.tr("%1 of the %2 cameras of this EPE on the wall are online")
                    .replace("%1", str(online))
                    .replace("%2", str(on_wall))
                    if on_wall
                    else ""
                )
                if on_wall:
                    colour = (
                        ChannelState.ONLINE
                        if online == on_wall
                        else ChannelState.OFFLINE
                        if online == 0
                        else ChannelState.CONNECTING
                    )
                    summary.setIcon(channel_icon(colour))
                else:
                    # A blank of the same size: rows keep their height when icons come and go.
                    summary.setIcon(blank_icon())

    def _show_context_menu(self, pos: QPoint) -> None:
        actions = self.view.actions()
        if not actions:
            return
        # Parented to the window: once a tile's video surface is native, Qt gives the tree a
        # native window too, and a menu of a non-top-level native window gets no transient
        # parent ("must be a top level window").
        menu = QMenu(self.window())
        menu.setObjectName("siteTreeMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addActions(actions)
        self.context_menu = menu
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # -- state kept across reloads --------------------------------------------------------
    def _apply_expansion(self) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            epe_id = index.data(ID_ROLE)
            searching = bool(self.proxy.search_text())
            self.view.setExpanded(index, searching or epe_id not in self._collapsed)

    def _on_collapsed(self, index: QModelIndex) -> None:
        if not self.proxy.search_text():
            self._collapsed.add(int(index.data(ID_ROLE)))

    def _on_expanded(self, index: QModelIndex) -> None:
        if not self.proxy.search_text():
            self._collapsed.discard(int(index.data(ID_ROLE)))

    def _on_search(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._apply_expansion()

    def _emit_selection_changed(self) -> None:
        node = self.current_node()
        if node != self._reported:
            self._reported = node
            self.selection_changed.emit()

    # -- selection ------------------------------------------------------------------------
    def current_node(self) -> tuple[NodeKind, int] | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        index = index.siblingAtColumn(0)
        return NodeKind(index.data(KIND_ROLE)), int(index.data(ID_ROLE))

    def selected_epe_id(self) -> int | None:
        """The selected EPE, or the EPE of the selected camera."""
        node = self.current_node()
        if node is None:
            return None
        kind, node_id = node
        if kind is NodeKind.EPE:
            return node_id
        parent = self.view.currentIndex().siblingAtColumn(0).parent()
        return int(parent.data(ID_ROLE)) if parent.isValid() else None

    def selected_camera_id(self) -> int | None:
        node = self.current_node()
        return node[1] if node is not None and node[0] is NodeKind.CAMERA else None

    def select(self, kind: NodeKind, node_id: int) -> bool:
        """Select an EPE or camera if it is in the tree (and not filtered out)."""
        for row in range(self.model.rowCount()):
            epe_item = self.model.item(row, 0)
            candidates = [epe_item] + [epe_item.child(r, 0) for r in range(epe_item.rowCount())]
            for item in candidates:
                if item.data(KIND_ROLE) == kind.value and item.data(ID_ROLE) == node_id:
                    index = self.proxy.mapFromSource(item.index())
                    if not index.isValid():
                        return False
                    self.view.setCurrentIndex(index)
                    self.view.scrollTo(index)
                    return True
        return False

    # -- counts and texts -----------------------------------------------------------------
    @property
    def epe_count(self) -> int:
        return self._epe_count

    @property
    def camera_count(self) -> int:
        return self._camera_count

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search EPE, tax ID or camera"))
        dots = {
            state: f'<span style="color:{CHANNEL_COLOURS[state]}">'
            f"{'○' if state is ChannelState.NOT_ON_WALL else '●'}</span>"
            for state in (ChannelState.ONLINE, ChannelState.OFFLINE, ChannelState.NOT_ON_WALL)
        }
        self.legend.setText(
            html.escape(
                self.tr("%1 must be online with customs (Decision 247, I.1.2)").replace(
                    "%1", ONLINE_MARK
                )
            )
            + "<br>"
            + html.escape(self.tr("Wall: %1 online, %2 offline, %3 not on the wall"))
            .replace("%1", dots[ChannelState.ONLINE])
            .replace("%2", dots[ChannelState.OFFLINE])
            .replace("%3", dots[ChannelState.NOT_ON_WALL])
        )
        self.model.setHorizontalHeaderLabels(
            [self.tr("EPE / camera"), self.tr("Tax ID / position"), self.tr("Wall")]
        )
        self.model.horizontalHeaderItem(STATE_COLUMN).setToolTip(
            self.tr("State on the wall: online, offline or not on the wall")
        )
        # Resize modes apply to sections that exist, so only once the model has its columns.
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        # Labels come from app.wall.channels: show them again in the new language.
        for row in range(self.model.rowCount()):
            epe_item = self.model.item(row, 0)
            for child in range(epe_item.rowCount()):
                epe_item.child(child, STATE_COLUMN).setData(None, CHANNEL_ROLE)
            self.model.item(row, STATE_COLUMN).setText("")
        self._show_channels()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            # Position labels come from app.domain; rebuild so they follow the new language.
            self.reload()
        super().changeEvent(event)
