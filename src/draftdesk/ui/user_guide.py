"""Help ▸ User Guide: the illustrated guide to the main tasks, read from the resources."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from ..resources import resource_path


class UserGuide(QDialog):
    """Show resources/guide/index.html with its screenshots, links followed inside."""

    _open: UserGuide | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("DraftDesk User Guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuideText")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        page = resource_path("guide", "index.html")
        self.browser.setSearchPaths([str(page.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(page)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self.resize(760, 560)

    @classmethod
    def show_for(cls, parent: QWidget) -> UserGuide:
        """Show the guide beside the window (one at a time), without blocking it."""
        if cls._open is None or cls._open.parent() is not parent:
            cls._open = cls(parent)
        cls._open.show()
        cls._open.raise_()
        return cls._open
