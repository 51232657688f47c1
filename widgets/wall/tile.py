"""One camera on the wall: a header strip, the native video surface, and a footer with the state.

Qt cannot paint over the native window libVLC draws into, so the title and the state live in
strips above and below the picture instead of on it.
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMimeData,
    QPoint,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QCursor,
    QDrag,
    QIcon,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QStyle,
    QStyleOption,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.media.failures import FailureText, failure_text, gave_up_text
from app.media.stream import StreamController, StreamState, StreamStatus
from app.safe_text import one_line
from app.wall.layout import CameraInfo
from app.wall.opening import OpenQueue

CAMERA_MIME = "application/x-epewall-camera"
EPE_MIME = "application/x-epewall-epe"
# A tile dragged by its header: the wall it comes from swaps cells instead of adding a camera.
TILE_MIME = "application/x-epewall-tile"

# (background, text) of the footer per state: green live, amber connecting, orange retrying,
# red failed, grey stopped. Chosen to stay readable on the dark wall.
STATE_COLOURS: dict[StreamState, tuple[str, str]] = {
    StreamState.IDLE: ("#3d444d", "#d1d9e0"),
    StreamState.CONNECTING: ("#7d5b00", "#fff8c5"),
    StreamState.LIVE: ("#116329", "#dafbe1"),
    StreamState.RECONNECTING: ("#9b4200", "#fff1e5"),
    StreamState.FAILED: ("#a40e26", "#ffebe9"),
    StreamState.STOPPED: ("#3d444d", "#d1d9e0"),
}


def header_icon(kind: str, colour: str = "#c9d1d9") -> QIcon:
    """Light line icons for the dark header (the style's title-bar icons are dark, and some
    styles draw none at all). ``kind``: snapshot, maximise, restore, clear."""
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), 3)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    if kind == "snapshot":
        painter.drawRoundedRect(QRectF(3, 9, 26, 18), 3, 3)
        painter.drawRect(QRectF(10, 5, 12, 4))
        painter.drawEllipse(QRectF(11, 12, 10, 10))
    elif kind == "maximise":
        painter.drawRect(QRectF(5, 5, 22, 22))
        painter.drawLine(5, 10, 27, 10)
    elif kind == "restore":
        painter.drawRect(QRectF(4, 12, 16, 16))
        painter.drawPolyline(
            [QPoint(12, 12), QPoint(12, 4), QPoint(28, 4), QPoint(28, 20), QPoint(20, 20)]
        )
    else:
        painter.drawLine(7, 7, 25, 25)
        painter.drawLine(25, 7, 7, 25)
    painter.end()
    return QIcon(pixmap)


class VideoSurface(QWidget):
    """The native window libVLC draws into. Black until the first picture."""

    double_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoSurface")
        # Only this widget needs an X11/Win32 window; its ancestors stay ordinary widgets.
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.setPalette(palette)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(32, 18)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.double_clicked.emit()
        event.accept()


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of widening the tile (or being
    cut mid-word); the full text goes in the tooltip of whoever shows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, super().minimumSizeHint().height())

    def is_elided(self) -> bool:
        rect = self.contentsRect().adjusted(self.margin(), 0, -self.margin(), 0)
        return self.fontMetrics().horizontalAdvance(self.text()) > rect.width()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        # A style sheet's background (the state colours) is drawn by the style, not by QLabel.
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        rect = self.contentsRect().adjusted(self.margin(), 0, -self.margin(), 0)
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, int(self.alignment()), text)
        painter.end()


class TileHeader(QWidget):
    """The title strip. Dragging it carries the tile to another cell of the wall."""

    double_clicked = Signal()
    drag_started = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tileHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = (event.position().toPoint() - self._press).manhattanLength()
            if moved >= QApplication.startDragDistance():
                self._press = None
                self.drag_started.emit()
                return
        super().mouseMoveEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.double_clicked.emit()
        event.accept()


# Below this width a tile is "small" (a 3x3 or 4x4 wall): the footer says the state in short.
COMPACT_WIDTH = 300
# Below this one (a 4x4 wall beside the tree and the check dock on a 1366x768 laptop) the title
# gets the whole header; the buttons are in the right-click menu.
BUTTONS_MIN_WIDTH = 200


class StreamChoice(enum.Enum):
    """Which of the camera's streams the tile plays: by default the sub stream in the grid and
    the main one when maximised; the officer may force one from the tile's menu."""

    AUTO = "auto"
    MAIN = "main"
    SUB = "sub"


class TileWidget(QFrame):
    """A camera's tile. Streams while it is shown, pauses while it is hidden on purpose (another
    tile maximised, the wall put away), and keeps streaming while the window is only minimised.

    The wall owns the layout; the tile asks for maximise, snapshot, removal, playback, full
    screen and the camera's details through signals. Its right-click menu holds what officers
    know from iVMS-4200 and SmartPSS: stop, main/sub stream, snapshot, playback, PTZ, full screen
    and details.
    """

    snapshot_requested = Signal()
    maximise_requested = Signal()
    clear_requested = Signal()
    playback_requested = Signal()  # "play back from 30 s ago" for this camera
    full_screen_requested = Signal()  # this tile alone, on the whole screen
    details_requested = Signal()

    def __init__(
        self, stream: StreamController, info: CameraInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._stream = stream
        self._info = info
        self._status: StreamStatus = stream.status
        self._maximised = False
        self._paused_by_hide = False
        self._stopped_by_officer = False
        self._choice = StreamChoice.AUTO
        self._compact = False
        self._released = False
        self._window = 0
        # The wall's queue that starts tiles shown together in reading order; None: at once.
        self._open_queue: OpenQueue | None = None
        self._open_place: Callable[[], tuple[int, int]] = lambda: (0, 0)
        self._coloured_as: StreamState | None = None
        self._strips: list[QWidget] = []
        self.context_menu: QMenu | None = None
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            "#tile { background: #0d1117; border: 1px solid #30363d; }"
            '#tile[dropTarget="true"] { border: 2px solid #2f81f7; }'
            "#tileHeader { background: #2d333b; }"
            "#tileHeader QLabel { color: #e6edf3; }"
            "#tileHeader QToolButton { border: none; padding: 1px; }"
            "#tileHeader QToolButton:hover { background: #444c56; }"
            "#tileFooter QToolButton { border: 1px solid #ffebe9; border-radius: 2px;"
            " color: #ffebe9; padding: 0 4px; }"
        )
        self.setMinimumSize(120, 90)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)

        self.header = TileHeader(self)
        self.title = ElidedLabel(self.header)
        self.title.setObjectName("tileTitle")
        self.title.setMargin(2)
        # The buttons sit in their own box, so a tiny tile can put them away as one (the
        # snapshot button's own visibility is the role's, set by WallWatch).
        self.header_buttons = QWidget(self.header)
        self.header_buttons.setObjectName("tileButtons")
        self.snapshot_button = self._button("snapshot", "tileSnapshot")
        self.maximise_button = self._button("maximise", "tileMaximise")
        self.clear_button = self._button("clear", "tileClear")
        self.snapshot_button.clicked.connect(self.snapshot_requested)
        self.maximise_button.clicked.connect(self.maximise_requested)
        self.clear_button.clicked.connect(self.clear_requested)
        header_layout = QHBoxLayout(self.header)
        header_layout.setContentsMargins(4, 1, 2, 1)
        header_layout.setSpacing(1)
        header_layout.addWidget(self.title, 1)
        header_layout.addWidget(self.header_buttons)
        buttons_layout = QHBoxLayout(self.header_buttons)
        buttons_layout.setContentsMargins(0, 0, 0, 0)
        buttons_layout.setSpacing(1)
        for button in (self.snapshot_button, self.maximise_button, self.clear_button):
            buttons_layout.addWidget(button)
        self.header.double_clicked.connect(self.maximise_requested)
        self.header.drag_started.connect(self._start_drag)

        self.surface = VideoSurface(self)
        self.surface.double_clicked.connect(self.maximise_requested)

        self.footer_bar = QWidget(self)
        self.footer_bar.setObjectName("tileFooter")
        self.footer_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.footer = ElidedLabel(self.footer_bar)
        self.footer.setObjectName("tileState")
        self.footer.setMargin(2)
        self.retry_button = QToolButton(self.footer_bar)
        self.retry_button.setObjectName("tileRetry")
        self.retry_button.setCursor(Qt.CursorShape.ArrowCursor)
        self.retry_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retry_button.clicked.connect(self.retry_now)
        self.retry_button.hide()
        footer_layout = QHBoxLayout(self.footer_bar)
        footer_layout.setContentsMargins(0, 0, 2, 0)
        footer_layout.setSpacing(2)
        footer_layout.addWidget(self.footer, 1)
        footer_layout.addWidget(self.retry_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.surface, 1)
        layout.addWidget(self.footer_bar)

        self._create_actions()
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._show_status)
        stream.status_changed.connect(self._on_status)
        self._retranslate()

    # --- public -------------------------------------------------------------------------------
    @property
    def stream(self) -> StreamController:
        return self._stream

    @property
    def info(self) -> CameraInfo:
        return self._info

    @property
    def camera_id(self) -> int:
        return self._info.camera_id

    @property
    def is_maximised(self) -> bool:
        return self._maximised

    @property
    def is_compact(self) -> bool:
        return self._compact

    @property
    def stream_choice(self) -> StreamChoice:
        return self._choice

    def title_text(self) -> str:
        return self.title.text()

    def state_text(self) -> str:
        return self.footer.text()

    def set_maximised(self, maximised: bool) -> None:
        """Show the main stream while maximised and the sub stream in the grid."""
        self._maximised = maximised
        self._follow_stream_choice()
        self._retranslate()

    def set_stream_choice(self, choice: StreamChoice) -> None:
        self._choice = choice
        self._follow_stream_choice()
        self._sync_actions()

    def stop_by_officer(self) -> None:
        """The officer stops this camera (the EPE's uplink is spared); it stays stopped until
        they press play, whatever the wall does."""
        self._stopped_by_officer = True
        self._stream.stop()

    def resume(self) -> None:
        self._stopped_by_officer = False
        self._paused_by_hide = False
        if self.isVisible():
            self._stream.play()

    def retry_now(self) -> None:
        """One more attempt at once, also after the EPE refused the account too often."""
        self._stopped_by_officer = False
        self._stream.retry_now()

    def set_drop_target(self, on: bool) -> None:
        self.setProperty("dropTarget", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def drag_mime(self) -> QMimeData:
        mime = QMimeData()
        camera = QByteArray(str(self.camera_id).encode("ascii"))
        mime.setData(CAMERA_MIME, camera)
        mime.setData(TILE_MIME, camera)
        return mime

    def add_control_strip(self, strip: QWidget) -> None:
        """Put a strip of controls (PTZ) between the picture and the state footer: nothing can
        be drawn over libVLC's native window. The strip decides itself when it is visible."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.footer_bar), strip)
        self._strips.append(strip)

    def has_ptz(self) -> bool:
        """A PTZ strip is attached and shown to this officer (roles that may steer)."""
        return any(strip.isVisibleTo(self) for strip in self._strips)

    def show_menu(self, global_pos: QPoint) -> QMenu:
        """The tile's right-click menu, at ``global_pos`` (returned for tests)."""
        self._sync_actions()
        # Parented to the window: the tile holds a native child (libVLC's surface), and a popup
        # whose parent has a native window would get a child window as its transient parent.
        menu = QMenu(self.window())
        menu.setObjectName("tileMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.action_stop)
        menu.addAction(self.action_retry)
        menu.addSeparator()
        menu.addActions([self.action_main_stream, self.action_sub_stream])
        menu.addSeparator()
        menu.addActions([self.action_snapshot, self.action_playback])
        if self.has_ptz():
            menu.addAction(self.action_ptz)
        menu.addSeparator()
        menu.addActions([self.action_maximise, self.action_full_screen])
        menu.addSeparator()
        menu.addActions([self.action_details, self.action_clear])
        self.context_menu = menu
        menu.popup(global_pos)
        return menu

    def set_open_queue(self, queue: OpenQueue, place: Callable[[], tuple[int, int]]) -> None:
        """Start through ``queue`` when shown, at ``place`` (row, column) in its order."""
        self._open_queue, self._open_place = queue, place

    def release(self) -> None:
        """Stop the stream and free the player now (not whenever Python collects the tile)."""
        if self._released:
            return
        self._released = True
        if self._open_queue is not None:
            self._open_queue.cancel(self)
        self._countdown.stop()
        self._stream.status_changed.disconnect(self._on_status)
        self._stream.release()

    # --- Qt events ----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show:
            self._on_shown()
        elif kind == QEvent.Type.Hide and not event.spontaneous():
            self._on_hidden()
        elif kind in (QEvent.Type.Enter, QEvent.Type.Leave):
            self._show_status()
        elif kind == QEvent.Type.LanguageChange:
            self._retranslate()
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.show_menu(event.globalPos())
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A tiny tile gives its header to the title; its buttons are all in the right-click
        # menu (and a double-click maximises).
        self.header_buttons.setVisible(event.size().width() >= BUTTONS_MIN_WIDTH)
        compact = event.size().width() < COMPACT_WIDTH
        if compact != self._compact:
            self._compact = compact
            self._show_status()
        super().resizeEvent(event)

    # --- internals ----------------------------------------------------------------------------
    def _create_actions(self) -> None:
        def action(name: str, then: Callable[[], object] | SignalInstance | None = None) -> QAction:
            made = QAction(self)
            made.setObjectName(name)
            if then is not None:
                made.triggered.connect(then)
            return made

        self.action_stop = action("tileStop", self._toggle_stop)
        self.action_retry = action("tileRetryNow", self.retry_now)
        self.action_main_stream = action("tileMainStream")
        self.action_sub_stream = action("tileSubStream")
        for choice, made in (
            (StreamChoice.MAIN, self.action_main_stream),
            (StreamChoice.SUB, self.action_sub_stream),
        ):
            made.setCheckable(True)
            made.triggered.connect(lambda _checked=False, c=choice: self.set_stream_choice(c))
        self.action_snapshot = action("tileSnapshotAction", self.snapshot_requested)
        self.action_playback = action("tilePlayback", self.playback_requested)
        self.action_ptz = action("tilePtz", self._focus_ptz)
        self.action_maximise = action("tileMaximiseAction", self.maximise_requested)
        self.action_full_screen = action("tileFullScreen", self.full_screen_requested)
        self.action_details = action("tileDetails", self.details_requested)
        self.action_clear = action("tileClearAction", self.clear_requested)

    def _sync_actions(self) -> None:
        state = self._status.state
        running = state not in (StreamState.IDLE, StreamState.STOPPED)
        self.action_stop.setText(self.tr("Stop") if running else self.tr("Play"))
        self.action_retry.setVisible(state in (StreamState.FAILED, StreamState.RECONNECTING))
        main, sub = self._info.main_url, self._info.sub_url
        playing = self._stream.url
        self.action_main_stream.setEnabled(bool(main))
        self.action_sub_stream.setEnabled(bool(sub))
        self.action_main_stream.setChecked(bool(main) and playing == main)
        self.action_sub_stream.setChecked(bool(sub) and playing == sub and playing != main)
        self.action_snapshot.setEnabled(state is StreamState.LIVE)
        # The snapshot button is shown only to roles that may take snapshots (WallWatch).
        self.action_snapshot.setVisible(not self.snapshot_button.isHidden())
        self.action_maximise.setText(
            self.tr("Restore the wall") if self._maximised else self.tr("Maximise")
        )

    def _toggle_stop(self) -> None:
        if self._status.state in (StreamState.IDLE, StreamState.STOPPED):
            self.resume()
        else:
            self.stop_by_officer()

    def _focus_ptz(self) -> None:
        for strip in self._strips:
            if strip.isVisibleTo(self):
                strip.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _wanted_url(self) -> str:
        info = self._info
        if self._choice is StreamChoice.MAIN:
            return info.maximised_url
        if self._choice is StreamChoice.SUB:
            return info.wall_url
        return info.maximised_url if self._maximised else info.wall_url

    def _follow_stream_choice(self) -> None:
        url = self._wanted_url()
        if url and url != self._stream.url:
            self._stream.switch_url(url)

    def _button(self, icon: str, name: str) -> QToolButton:
        button = QToolButton(self.header_buttons)
        button.setObjectName(name)
        button.setIcon(header_icon(icon))
        button.setIconSize(QSize(14, 14))
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.ArrowCursor)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def _on_shown(self) -> None:
        if self._released:
            return
        # The window id exists only once the tile is in a shown window; asking earlier would
        # create a top-level window that is destroyed again when the wall is put in its place.
        window = int(self.surface.winId())
        if window != self._window:
            self._window = window
            self._stream.set_window(window)
        if self._stopped_by_officer:
            return
        if self._status.state in (StreamState.IDLE, StreamState.STOPPED):
            self._paused_by_hide = False
            if self._open_queue is None:
                self._stream.play()
            else:
                self._open_queue.request(self, self._open_place(), self._play_when_due)

    def _play_when_due(self) -> None:
        """The queue's turn: play unless the tile was hidden, stopped or started meanwhile."""
        if self._released or self._stopped_by_officer or not self.isVisible():
            return
        if self._status.state in (StreamState.IDLE, StreamState.STOPPED):
            self._stream.play()

    def _on_hidden(self) -> None:
        if self._open_queue is not None:
            self._open_queue.cancel(self)
        if self._released or self._status.state in (StreamState.IDLE, StreamState.STOPPED):
            return
        if self._status.gave_up:
            return  # nothing runs; keep saying why
        self._paused_by_hide = True
        self._stream.stop()

    def _start_drag(self) -> None:
        drag = QDrag(self)
        drag.setMimeData(self.drag_mime())
        drag.setPixmap(self.header.grab())
        drag.setHotSpot(QPoint(12, self.header.height() // 2))
        drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)

    def _on_status(self, status: StreamStatus) -> None:
        self._status = status
        self._show_status()

    def _retranslate(self) -> None:
        info = self._info
        # Names come from devices and CSV files: shown with control characters escaped.
        name, epe_name = one_line(info.name), one_line(info.epe_name)
        camera = name or info.position.label()
        # What tells tiles apart comes first: the diagram number and the camera, then the EPE
        # in short; a narrow tile cuts the end, and the tooltip has everything.
        title = self.tr("{number}. {camera} · {epe}").format(
            number=info.diagram_number, camera=camera, epe=one_line(info.short_epe_name)
        )
        self.title.setText(title)
        full = self.tr("Camera {number} ({position}) of {epe}").format(
            number=info.diagram_number, position=info.position.label(), epe=epe_name
        )
        self.title.setToolTip(f"{name}\n{full}" if name else full)
        self.header.setToolTip(
            self.tr("Drag to another cell to swap; double-click to maximise or restore")
        )
        self.snapshot_button.setToolTip(self.tr("Save a snapshot of this camera (PNG)"))
        if self._maximised:
            self.maximise_button.setIcon(header_icon("restore"))
            self.maximise_button.setToolTip(self.tr("Restore the wall (double-click the video)"))
        else:
            self.maximise_button.setIcon(header_icon("maximise"))
            self.maximise_button.setToolTip(
                self.tr("Maximise, main stream (double-click the video)")
            )
        self.clear_button.setToolTip(self.tr("Remove this camera from the wall"))
        self.retry_button.setToolTip(
            self.tr("Retry now") + " — " + self.tr("Try to connect once more, now")
        )
        self.action_retry.setText(self.tr("Retry now"))
        self.action_main_stream.setText(self.tr("Main stream (full resolution)"))
        self.action_sub_stream.setText(self.tr("Sub stream (small)"))
        self.action_snapshot.setText(self.tr("Take snapshot"))
        self.action_playback.setText(self.tr("Play back from 30 s ago"))
        self.action_ptz.setText(self.tr("PTZ control (arrow keys, + and −)"))
        self.action_full_screen.setText(self.tr("Full screen"))
        self.action_details.setText(self.tr("Camera details…"))
        self.action_clear.setText(self.tr("Remove from the wall"))
        self._sync_actions()
        self._show_status()

    def _pointer_inside(self) -> bool:
        # Asked at every status update (about once a second) instead of trusting Enter/Leave:
        # X11 reports crossings into libVLC's window as "virtual", which Qt drops.
        return self.isVisible() and self.rect().contains(self.mapFromGlobal(QCursor.pos()))

    def _seconds_left(self) -> int:
        if self._status.next_retry_at is None:
            return 0
        return max(0, math.ceil(self._status.next_retry_at - time.time()))

    def _failure(self) -> FailureText:
        status = self._status
        return gave_up_text() if status.gave_up else failure_text(status.failure, status.detail)

    def _rate_text(self) -> str:
        locale = self.locale()
        return self.tr("{fps} fps · {kbps} kbit/s").format(
            fps=locale.toString(self._status.fps, "f", 1),
            kbps=locale.toString(round(self._status.kbps)),
        )

    def _state_line(self) -> str:
        status = self._status
        state = status.state
        compact = self._compact
        if state is StreamState.CONNECTING:
            if status.attempt > 1:
                return self.tr("Connecting… (attempt {0})").format(status.attempt)
            return self.tr("Connecting…")
        if state is StreamState.LIVE:
            if status.fps > 0 and self._pointer_inside() and not compact:
                return self.tr("Live · {0}").format(self._rate_text())
            return self.tr("Live")
        if state is StreamState.RECONNECTING:
            reason = self._failure().summary
            if compact:
                return self.tr("{0} · {1} s").format(reason, self._seconds_left())
            return self.tr("Reconnecting in {0} s — {1}").format(self._seconds_left(), reason)
        if state is StreamState.FAILED:
            reason = self._failure().summary
            if status.gave_up:
                return reason
            if compact:
                return self.tr("{0} · {1} s").format(reason, self._seconds_left())
            return self.tr("Failed: {0} — retry in {1} s").format(reason, self._seconds_left())
        if state is StreamState.STOPPED:
            if self._stopped_by_officer:
                return self.tr("Stopped (right-click ▸ Play)")
            return self.tr("Paused while hidden") if self._paused_by_hide else self.tr("Stopped")
        return self.tr("Waiting to be shown")

    def _show_status(self) -> None:
        status = self._status
        state = status.state
        if state in (StreamState.RECONNECTING, StreamState.FAILED) and not status.gave_up:
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self._countdown.stop()
        self.footer.setText(self._state_line())
        self.retry_button.setVisible(state is StreamState.FAILED)
        # A small tile keeps the button to its sign, so the state stays readable beside it.
        self.retry_button.setText("↻" if self._compact else self.tr("Retry now"))
        if state is not self._coloured_as:  # restyling costs more than the 1 Hz text update
            self._coloured_as = state
            background, foreground = STATE_COLOURS[state]
            self.footer_bar.setStyleSheet(
                f"#tileFooter {{ background: {background}; }}"
                f"#tileFooter QLabel {{ color: {foreground}; }}"
            )
        self.footer.setToolTip(self._tooltip())
        self.surface.setToolTip(self.footer.toolTip())
        self._sync_actions()

    def _tooltip(self) -> str:
        status = self._status
        lines = [self.footer.text()]
        if status.state is StreamState.LIVE:
            lines.append(self._rate_text())
            if status.info is not None:
                lines.append(f"{status.info.codec} {status.info.width}×{status.info.height}")
        elif status.state in (StreamState.RECONNECTING, StreamState.FAILED):
            failure = self._failure()
            lines.append(failure.advice)
            if failure.detail:
                lines.append(self.tr("Technical detail: {0}").format(one_line(failure.detail)))
        lines.append(self._stream.shown_url)
        return "\n".join(line for line in lines if line)
