"""The page DraftDesk shows when no draft is open: start a draft, open one, or try the example."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

# This page is the first thing the window paints, and the Qt namespace (Qt.ItemDataRole and
# the like) takes tens of milliseconds to load: the page is built without it, and it loads
# once a key is pressed in the list.
PATH_ROLE = 256  # Qt.ItemDataRole.UserRole


def _short_folder(folder: Path) -> str:
    """Return the folder with the home folder written as ~, as file managers show it."""
    try:
        return str(Path("~") / folder.relative_to(Path.home()))
    except ValueError:
        return str(folder)


class RecentFilesList(QListWidget):
    """The recent drafts; double-click, Enter or Return opens one."""

    open_path = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentFiles")
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.setProperty("textElideMode", "ElideMiddle")  # Qt.TextElideMode, by its name
        # activated() is a double-click, or a single click where the desktop works that way.
        self.itemActivated.connect(self._emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Open the current draft on Enter or Return, whatever the platform's habit."""
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._emit(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)

    def _emit(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.open_path.emit(str(path))


class StartPage(QWidget):
    """Offer a new draft, a rollover, Open, Import text, the recent drafts and the example."""

    new_draft_requested = Signal()
    rollover_requested = Signal()
    open_requested = Signal()
    import_requested = Signal()
    recent_requested = Signal(str)
    example_requested = Signal()

    def __init__(self, recent_files: Iterable[Path] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")

        title = QLabel(self.tr("DraftDesk"))
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 2.2)
        title_font.setBold(True)
        title.setFont(title_font)
        title.setAccessibleName(self.tr("DraftDesk"))

        intro = QLabel(
            self.tr("Compose a United Nations draft resolution (preamble, operative paragraphs, "
                    "sub-paragraphs and footnotes) and export it as a Word document laid out like "
                    "an L-document. Numbering, punctuation and the session and sponsors lines "
                    "follow from what you write.")
        )
        intro.setWordWrap(True)
        intro.setObjectName("intro")

        self.new_button = self._action_button(
            self.tr("&New draft…"),
            self.tr("A short guided form: body, session, agenda item, sponsors, title and "
                    "symbol."),
            self.new_draft_requested,
        )
        self.rollover_button = self._action_button(
            self.tr("New draft from an &adopted resolution…"),
            self.tr("Start next session's draft from last year's A/RES (PDF, Word or text)."),
            self.rollover_requested,
        )
        self.open_button = self._action_button(
            self.tr("&Open…"),
            self.tr("Continue a DraftDesk draft, or read an official PDF, a Word file or a text."),
            self.open_requested,
        )
        self.import_button = self._action_button(
            self.tr("&Import text…"),
            self.tr("Paste the text of a draft or read a text file; paragraphs are recognized."),
            self.import_requested,
        )
        self.example_button = self._action_button(
            self.tr("Open the e&xample (2007 Ecuador–Mexico draft)"),
            self.tr("The General Assembly draft on the Global Forum on Migration and "
                    "Development."),
            self.example_requested,
        )

        actions = QVBoxLayout()
        actions.setSpacing(6)
        for button in (self.new_button, self.rollover_button, self.open_button,
                       self.import_button):
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.example_button)
        actions.addStretch(1)

        recent_label = QLabel(self.tr("&Recent drafts"))
        recent_label.setObjectName("recentHeading")
        heading_font = QFont(recent_label.font())
        heading_font.setBold(True)
        recent_label.setFont(heading_font)
        self.recent_list = RecentFilesList()
        self.recent_list.setAccessibleName(self.tr("Recent drafts"))
        self.recent_list.setMinimumWidth(280)
        self.recent_list.open_path.connect(self.recent_requested)
        recent_label.setBuddy(self.recent_list)
        self.empty_label = QLabel(self.tr("No recent drafts yet. Drafts you save or open appear "
                                          "here."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)

        recent = QVBoxLayout()
        recent.addWidget(recent_label)
        recent.addWidget(self.empty_label)
        recent.addWidget(self.recent_list, 1)
        # Takes the list's room when there is no list, so the note stays under its heading.
        recent.addStretch(0)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(actions, 3)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        columns.addWidget(separator)
        columns.addLayout(recent, 2)

        content = QWidget()
        content.setObjectName("startContent")
        content.setMaximumWidth(920)
        content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(32, 32, 32, 32)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(12)
        inner.addLayout(columns, 1)

        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(content, 20)
        outer.addStretch(1)

        for first, second in (
            (self.new_button, self.rollover_button),
            (self.rollover_button, self.open_button),
            (self.open_button, self.import_button),
            (self.import_button, self.example_button),
            (self.example_button, self.recent_list),
        ):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.new_button)
        self.set_recent_files(list(recent_files))

    def _action_button(
        self, text: str, description: str, signal: SignalInstance
    ) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description)
        button.setAccessibleDescription(description)
        button.setAutoDefault(True)  # Enter on a focused button presses it
        button.clicked.connect(signal.emit)
        return button

    def set_recent_files(self, paths: list[Path]) -> None:
        """Show these drafts, most recent first; a missing file is shown greyed out."""
        self.recent_list.clear()
        for path in paths:
            path = Path(path)
            folder = _short_folder(path.parent)
            item = QListWidgetItem(f"{path.name}\n{folder}")
            item.setData(PATH_ROLE, str(path))
            if path.exists():
                item.setToolTip(str(path))
            else:
                item.setText(self.tr("{name}  (not found)").format(name=path.name) + f"\n{folder}")
                item.setToolTip(self.tr("{path} — the file is no longer there").format(path=path))
                item.setForeground(self.palette().placeholderText())
            item.setStatusTip(folder)
            self.recent_list.addItem(item)
        has_recent = bool(paths)
        self.recent_list.setVisible(has_recent)
        self.empty_label.setVisible(not has_recent)
        if has_recent:
            self.recent_list.setCurrentRow(0)

    def recent_files(self) -> list[Path]:
        """Return the drafts the list shows, in order."""
        return [
            Path(self.recent_list.item(row).data(PATH_ROLE))
            for row in range(self.recent_list.count())
        ]
