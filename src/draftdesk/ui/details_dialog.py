"""Draft Details: every cover field of the draft on one tabbed form, applied at any time."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..model.document import Metadata
from .layout import fit_to_screen
from .new_draft_wizard import NewDraftWizard
from .session import Session

# The languages a draft is written in (Metadata.language): its printed words follow it.
DRAFT_LANGUAGES = (("English", "en"), ("Español", "es"), ("Français", "fr"))


class DetailsDialog(QDialog):
    """Change the body, session, agenda, sponsors, title, symbol, date and language.

    The fields and their checks are those of the New draft form, on tabs instead of steps;
    Apply (or OK) changes the draft as one undo step, as often as the drafter likes.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftDetailsDialog")
        self.setWindowTitle(self.tr("Draft details"))
        self.session = session
        # The form's pages, their checks and the first-page preview, laid out as tabs.
        self.wizard = NewDraftWizard(parent=self)
        self.wizard.hide()
        self.wizard.prefill(session.resolution.metadata)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailsTabs")
        pages = (
            (self.wizard.body_page, self.tr("&Body")),
            (self.wizard.session_page, self.tr("&Session")),
            (self.wizard.agenda_page, self.tr("&Agenda")),
            (self.wizard.sponsors_page, self.tr("S&ponsors")),
            (self.wizard.title_page, self.tr("&Title")),
            (self.wizard.symbol_page, self.tr("S&ymbol and date")),
        )
        for page, title in pages:
            self.wizard.removePage(self.wizard.pageIds()[0])
            page.setParent(None)
            self.tabs.addTab(page, title)
        self.wizard.title_page.left = True  # editing a draft: say at once what is missing
        self.language = QComboBox()
        self.language.setObjectName("draftLanguage")
        self.language.setAccessibleName(self.tr("Language of the draft"))
        for name, code in DRAFT_LANGUAGES:
            self.language.addItem(name, code)
        index = self.language.findData(session.resolution.metadata.language)
        self.language.setCurrentIndex(max(index, 0))
        language_label = QLabel(self.tr("Language of the &draft:"))
        language_label.setBuddy(self.language)
        self.wizard.symbol_page.form.addRow(language_label, self.language)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply_button.setText(self.tr("&Apply"))
        apply_button.clicked.connect(self.apply)
        preview = self.wizard.side_panel
        preview.setParent(None)
        body = QHBoxLayout()
        body.addWidget(self.tabs, 3)
        body.addWidget(preview, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        for page, _title in pages:
            page.changed.connect(self.wizard.refresh)
        self.resize(960, 560)

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        """Keep the form on a small screen."""
        super().showEvent(event)  # type: ignore[arg-type]
        fit_to_screen(self)

    def metadata(self) -> Metadata:
        """Return the details as filled in, keeping what the form does not edit."""
        chosen = self.wizard.edited_metadata()
        return dataclasses.replace(chosen, language=str(self.language.currentData()))

    def apply(self) -> bool:
        """Give the draft the details filled in (one undo step); False if nothing changed."""
        return self.session.set_metadata(self.metadata())

    def accept(self) -> None:
        """Apply and close."""
        self.apply()
        super().accept()
