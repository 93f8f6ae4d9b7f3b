"""Help ▸ User Guide: the illustrated guide to the main tasks, read from the resources.

The guide is written once per interface language: ``resources/guide/index.html`` in English,
``resources/guide/<code>/index.html`` in each translation, every page beside its own pictures
(the same names in every language, taken by ``scripts/guide_screenshots.py``). It opens in the
interface's language, in English when that language has no guide.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from ..resources import resource_path
from .i18n import ENGLISH, installed_language


def guide_page(language: str) -> Path:
    """Return the guide's page in ``language``, or the English one when there is none."""
    if language != ENGLISH and language.isalpha():
        page = resource_path("guide", language, "index.html")
        if page.is_file():
            return page
    return resource_path("guide", "index.html")


class UserGuide(QDialog):
    """Show the guide in the interface's language with its screenshots, links followed inside."""

    _open: UserGuide | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("DraftDesk User Guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuideText")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        self.page = guide_page(installed_language())
        self.browser.setSearchPaths([str(self.page.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(self.page)))
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
