"""Preferences: the author of tracked changes, autosave, default body, preview zoom, language."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..model.document import Body
from .settings import Settings

BODY_NAMES = (
    (Body.GA_PLENARY, "General Assembly (plenary)"),
    (Body.GA_COMMITTEE, "General Assembly (Main Committee)"),
    (Body.SECURITY_COUNCIL, "Security Council"),
    (Body.ECOSOC, "Economic and Social Council"),
    (Body.HUMAN_RIGHTS_COUNCIL, "Human Rights Council"),
)
ZOOMS = (("Fit page width", "fit"), ("75 %", "0.75"), ("100 %", "1.0"), ("125 %", "1.25"),
         ("150 %", "1.5"))
# Interface languages: English until translations of the window exist.
INTERFACE_LANGUAGES = (("English", "en"),)


class PreferencesDialog(QDialog):
    """Edit the preferences kept in the settings file."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle("Preferences")
        self.settings = settings
        self.author = QLineEdit(settings.preference("author"))
        self.author.setAccessibleName("Author name")
        self.author.setPlaceholderText("e.g. Maria Fernández (shown on tracked changes)")
        self.initials = QLineEdit(settings.preference("initials"))
        self.initials.setAccessibleName("Initials")
        self.initials.setMaxLength(8)
        self.autosave = QSpinBox()
        self.autosave.setAccessibleName("Autosave interval in seconds")
        self.autosave.setRange(10, 3600)
        self.autosave.setSuffix(" s")
        self.autosave.setValue(int(settings.autosave_seconds))
        self.body = QComboBox()
        self.body.setAccessibleName("Default body")
        for body, name in BODY_NAMES:
            self.body.addItem(name, body.value)
        self.body.setCurrentIndex(max(0, self.body.findData(
            settings.preference("default_body", Body.GA_PLENARY.value))))
        self.zoom = QComboBox()
        self.zoom.setAccessibleName("Preview zoom")
        for name, value in ZOOMS:
            self.zoom.addItem(name, value)
        self.zoom.setCurrentIndex(max(0, self.zoom.findData(
            settings.preference("preview_zoom", "fit"))))
        self.language = QComboBox()
        self.language.setAccessibleName("Interface language")
        for name, code in INTERFACE_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setEnabled(len(INTERFACE_LANGUAGES) > 1)
        form = QFormLayout()
        for text, field in (("&Author name:", self.author), ("&Initials:", self.initials),
                            ("Auto&save every:", self.autosave),
                            ("Default &body:", self.body), ("Preview &zoom:", self.zoom),
                            ("Interface &language:", self.language)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        note = QLabel("The window is in English; other languages come with its translations.")
        note.setWordWrap(True)
        note.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Store the preferences, then close."""
        settings = self.settings
        settings.set_preference("author", " ".join(self.author.text().split()))
        settings.set_preference("initials", self.initials.text().strip())
        settings.autosave_seconds = float(self.autosave.value())
        settings.set_preference("default_body", str(self.body.currentData()))
        settings.set_preference("preview_zoom", str(self.zoom.currentData()))
        settings.set_preference("language", str(self.language.currentData()))
        settings.sync()
        super().accept()

    def apply_zoom(self, preview: Any) -> None:
        """Set the preview's zoom to the chosen one."""
        value = str(self.zoom.currentData())
        if value == "fit":
            preview.zoom_fit()
        else:
            preview.set_zoom(float(value))
