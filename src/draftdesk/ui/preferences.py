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
from . import i18n
from .i18n import QT_TRANSLATE_NOOP
from .settings import Settings

# Names translated where they are shown, in the context "PreferencesDialog".
BODY_NAMES = (
    (Body.GA_PLENARY, QT_TRANSLATE_NOOP("PreferencesDialog", "General Assembly (plenary)")),
    (Body.GA_COMMITTEE,
     QT_TRANSLATE_NOOP("PreferencesDialog", "General Assembly (Main Committee)")),
    (Body.SECURITY_COUNCIL, QT_TRANSLATE_NOOP("PreferencesDialog", "Security Council")),
    (Body.ECOSOC, QT_TRANSLATE_NOOP("PreferencesDialog", "Economic and Social Council")),
    (Body.HUMAN_RIGHTS_COUNCIL, QT_TRANSLATE_NOOP("PreferencesDialog", "Human Rights Council")),
)
ZOOMS = ((QT_TRANSLATE_NOOP("PreferencesDialog", "Fit page width"), "fit"), ("75 %", "0.75"),
         ("100 %", "1.0"), ("125 %", "1.25"), ("150 %", "1.5"))


class PreferencesDialog(QDialog):
    """Edit the preferences kept in the settings file."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.author = QLineEdit(settings.preference("author"))
        self.author.setAccessibleName(self.tr("Author name"))
        self.author.setPlaceholderText(self.tr("e.g. Maria Fernández (shown on tracked changes)"))
        self.initials = QLineEdit(settings.preference("initials"))
        self.initials.setAccessibleName(self.tr("Initials"))
        self.initials.setMaxLength(8)
        self.autosave = QSpinBox()
        self.autosave.setAccessibleName(self.tr("Autosave interval in seconds"))
        self.autosave.setRange(10, 3600)
        self.autosave.setSuffix(" s")
        self.autosave.setValue(int(settings.autosave_seconds))
        self.body = QComboBox()
        self.body.setAccessibleName(self.tr("Default body"))
        for body, name in BODY_NAMES:
            self.body.addItem(self.tr(name), body.value)
        self.body.setCurrentIndex(max(0, self.body.findData(
            settings.preference("default_body", Body.GA_PLENARY.value))))
        self.zoom = QComboBox()
        self.zoom.setAccessibleName(self.tr("Preview zoom"))
        for name, value in ZOOMS:
            self.zoom.addItem(self.tr(name), value)
        self.zoom.setCurrentIndex(max(0, self.zoom.findData(
            settings.preference("preview_zoom", "fit"))))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        # Kept as interface/language (ui/i18n.py reads it before the window is built).
        for code, name in i18n.preference_choices():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            settings.interface_language)))
        form = QFormLayout()
        for text, field in ((self.tr("&Author name:"), self.author),
                            (self.tr("&Initials:"), self.initials),
                            (self.tr("Auto&save every:"), self.autosave),
                            (self.tr("Default &body:"), self.body),
                            (self.tr("Preview &zoom:"), self.zoom),
                            (self.tr("Interface &language:"), self.language)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        note = QLabel(self.tr("A new interface language shows the next time DraftDesk starts."))
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
        settings.interface_language = str(self.language.currentData() or "")
        settings.sync()
        super().accept()

    def apply_zoom(self, preview: Any) -> None:
        """Set the preview's zoom to the chosen one."""
        value = str(self.zoom.currentData())
        if value == "fit":
            preview.zoom_fit()
        else:
            preview.set_zoom(float(value))
