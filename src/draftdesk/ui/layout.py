"""How the window fits its screen: the focus ring, panel minimum sizes, small-screen layout."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QBoxLayout, QDockWidget, QWidget

if TYPE_CHECKING:
    from .host import EditorHost

# A ring you can see around whatever takes the keys: fields, lists and the outline. The
# border keeps its width (the padding gives way) so that nothing moves when the focus does.
FOCUS_STYLE = """
QLineEdit, QTextEdit, QPlainTextEdit, QSpinBox, QDateEdit, QComboBox[editable="true"] {
    border: 1px solid #9a9a9a; border-radius: 3px; padding: 1px;
}
QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QSpinBox:focus, QDateEdit:focus,
QComboBox[editable="true"]:focus {
    border: 2px solid #1a5fb4; padding: 0px;
}
QTreeView:focus, QListView:focus, QListWidget:focus, QTableView:focus {
    border: 2px solid #1a5fb4;
}
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus {
    outline: 2px solid #1a5fb4;
}
"""

# Below this window width or height the footnotes stop taking a strip of their own under the
# editor and share the library's side as a tab: on a 1366×768 or 1024×600 laptop the
# editor keeps its height and every panel keeps a readable width.
COMPACT_WIDTH = 1280
COMPACT_HEIGHT = 800
# Widths under which labels and buttons would be cut ("Cl…", "Insert Cl").
DOCK_MIN_WIDTH = {"libraryDock": 260, "previewDock": 260, "footnoteDock": 260}
DOCK_SEPARATORS = 16  # the two splitter handles between the docks and the central area
OUTLINE_MIN_WIDTH = 180
EDITOR_MIN_WIDTH = 250
# The share of the width the library and the preview take when the layout is (re)set.
LIBRARY_SHARE, PREVIEW_SHARE = 0.22, 0.30


class WindowLayout(QObject):
    """Keep the editor's panels readable on any screen from 1024×600 up.

    Panels have minimum widths (a saved layout cannot squeeze one to a sliver), floating
    panels lost off-screen come back, the footnotes become a tab beside the library on small
    windows, and ``reset`` puts everything back where it started.
    """

    def __init__(self, window: EditorHost, parts: Any) -> None:
        """Arrange ``parts`` (the window's ``EditorParts``, which imports this module)."""
        super().__init__(window)
        self.window = window
        self.parts = parts
        self.compact: bool | None = None
        for dock in self.main_docks():
            dock.setMinimumWidth(DOCK_MIN_WIDTH[dock.objectName()])
            dock.setFeatures(dock.features() | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        parts.outline.setMinimumWidth(OUTLINE_MIN_WIDTH)
        parts.editor.setMinimumWidth(EDITOR_MIN_WIDTH)
        parts.splitter.setChildrenCollapsible(False)
        self._pending = False
        window.installEventFilter(self)
        parts.library_dock.installEventFilter(self)

    def main_docks(self) -> tuple[QDockWidget, ...]:
        """Return the panels this layout places: preview, footnotes and library."""
        return (self.parts.preview_dock, self.parts.footnote_dock, self.parts.library_dock)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Re-arrange once the window has been resized past a threshold.

        The library, shown again, comes to the front of its tabs: the footnotes are its back
        tab on a small window.
        """
        library: QDockWidget = self.parts.library_dock
        if watched is library and event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, library.raise_)
        if watched is self.window and event.type() == QEvent.Type.Resize and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._arrange_later)
        return False

    def _arrange_later(self) -> None:
        self._pending = False
        self.arrange()

    def is_compact(self) -> bool:
        """Say whether the window is small enough for the compact arrangement."""
        return self.window.width() < COMPACT_WIDTH or self.window.height() < COMPACT_HEIGHT

    def arrange(self, force: bool = False) -> None:
        """Put the footnotes beside the library (small window) or under the editor (large)."""
        compact = self.is_compact()
        if compact == self.compact and not force:
            self._keep_inside()
            return
        self.compact = compact
        parts, window = self.parts, self.window
        if parts.footnote_dock.isFloating() or parts.library_dock.isFloating():
            return  # the drafter placed them by hand
        if compact:
            parts.footnotes.box.setDirection(QBoxLayout.Direction.TopToBottom)
            window.tabifyDockWidget(parts.library_dock, parts.footnote_dock)
            parts.library_dock.raise_()
        else:
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, parts.footnote_dock)
            window.resizeDocks([parts.footnote_dock], [150], Qt.Orientation.Vertical)
        self.share_width()
        # The footnotes, gone narrow behind the library, change their least width later.
        QTimer.singleShot(0, self._keep_inside)

    def _keep_inside(self) -> None:
        """Let the docks give way when they leave the outline and form too little room."""
        if self.compact:
            self.stack_footnotes()
            # The footnotes' dock keeps the least width it had side by side under the editor
            # until it is shown again: give it back the least width of a dock.
            dock = self.parts.footnote_dock
            dock.setMinimumWidth(DOCK_MIN_WIDTH[dock.objectName()])
        if self._overflows():
            self.share_width()

    def _overflows(self) -> bool:
        """Say whether the docks leave the outline and the form less than their least width."""
        central = self.window.centralWidget()
        if central is None:
            return False
        docks = [self.parts.library_dock, self.parts.preview_dock]
        used = sum(dock.width() for dock in docks if dock.isVisible() and not dock.isFloating())
        return used + central.minimumSizeHint().width() + DOCK_SEPARATORS > self._width()

    def _width(self) -> int:
        """Return the width the window has to fill: a maximized one never more than its screen's."""
        screen = self.window.screen()
        width = self.window.width()
        if screen is None or not (self.window.isMaximized() or self.window.isFullScreen()):
            return width
        return min(width, screen.availableGeometry().width())

    def share_width(self) -> None:
        """Give the library and the preview their share of the window's width."""
        width = self._width()
        docks = [self.parts.library_dock, self.parts.preview_dock]
        sizes = [max(DOCK_MIN_WIDTH[d.objectName()], int(width * share))
                 for d, share in zip(docks, (LIBRARY_SHARE, PREVIEW_SHARE), strict=True)]
        # The shares must leave the outline and the form their least width, or the window
        # grows past a small screen's edge and the preview is cut off.
        central = self.window.centralWidget()
        room = width - (central.minimumSizeHint().width() if central else 0) - DOCK_SEPARATORS
        for index, dock in enumerate(docks):
            excess = sum(sizes) - room
            if excess > 0:
                sizes[index] = max(DOCK_MIN_WIDTH[dock.objectName()], sizes[index] - excess)
        self.window.resizeDocks(docks, sizes, Qt.Orientation.Horizontal)
        if self.window.width() > width:  # grown past the screen's edge: back inside it
            # Once the docks' new least widths are laid out.
            QTimer.singleShot(0, lambda: self.window.resize(width, self.window.height()))

    def stack_footnotes(self) -> None:
        """Stack the footnotes' list above their text when they sit beside the editor."""
        beside = self.window.dockWidgetArea(self.parts.footnote_dock) in (
            Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        if beside:
            self.parts.footnotes.box.setDirection(QBoxLayout.Direction.TopToBottom)

    def rescue(self) -> None:
        """Dock again any panel a saved layout left floating off every screen."""
        screens = [screen.availableGeometry() for screen in QApplication.screens()]
        for dock in self.main_docks():
            if dock.isFloating() and not any(area.intersects(dock.frameGeometry())
                                             for area in screens):
                dock.setFloating(False)

    def reset(self) -> None:
        """Put every panel back in its place, shown, at its first size."""
        window, parts = self.window, self.parts
        places = ((parts.library_dock, Qt.DockWidgetArea.LeftDockWidgetArea),
                  (parts.preview_dock, Qt.DockWidgetArea.RightDockWidgetArea),
                  (parts.footnote_dock, Qt.DockWidgetArea.BottomDockWidgetArea))
        for dock, area in places:
            dock.setFloating(False)
            window.addDockWidget(area, dock)
            dock.show()
        parts.splitter.setSizes([320, 390])
        self.arrange(force=True)


def fit_to_screen(dialog: QWidget) -> None:
    """Shrink a dialog to the screen it opens on (1024×600 included) and keep it on it."""
    screen = dialog.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    width = min(dialog.width(), area.width())
    height = min(dialog.height(), area.height())
    dialog.resize(width, height)
    frame = dialog.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() - width + 1)
    y = min(max(frame.y(), area.y()), area.bottom() - height + 1)
    dialog.move(x, y)
