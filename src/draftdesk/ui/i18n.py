"""The interface's language: Qt translators for DraftDesk's own strings and for Qt's.

Every user-visible string of the window goes through Qt's translation system: ``self.tr()``
in a widget, ``translate("Context", "text")`` elsewhere (``QT_TRANSLATE_NOOP`` marks strings
kept in tables). ``resources/i18n/draftdesk_<code>.ts`` holds the translations and
``draftdesk_<code>.qm`` their compiled form (decision 0009); Qt's own strings (OK, Cancel, the
file dialog) come from the ``qtbase_<code>.qm`` that PySide6 ships.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..resources import resource_path

ENGLISH = "en"
# The languages the interface is translated into, each under its own name (never translated:
# a user who cannot read the current language still finds theirs).
INTERFACE_LANGUAGES = {"en": "English", "es": "Español", "fr": "Français"}
SYSTEM = ""  # the preference value that follows the system's locale

translate = QCoreApplication.translate
_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark ``text`` for translation in ``context``; translate it where it is shown."""
    return text


# Qt's own file dialog asks for these, which the translations PySide6 ships lack (they predate
# Qt 6's wording): DraftDesk's translation file carries them so the dialog is wholly translated.
QT_WORDING_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)


def _qt_wording_gaps_with_comments() -> tuple[str, ...]:
    """Mark the gaps Qt asks for with a disambiguation (read by lupdate, never called)."""
    return (translate("QAbstractFileIconProvider", "Folder", "All other platforms"),)


def localized(text: object) -> str:
    """Return a core message, or an error carrying one, in the interface's language.

    Anything else is shown as its text: a message the core has not marked stays English.
    """
    if isinstance(text, BaseException) and len(text.args) == 1:
        text = text.args[0]
    from ..messages import Message  # with the first message shown, not before the first paint

    if isinstance(text, Message):
        return text.render(translate)
    return str(text)


def translations_folder() -> str:
    """Return the folder of DraftDesk's compiled translations."""
    return str(resource_path("i18n"))


def system_language(locale: QLocale | None = None) -> str:
    """Return the interface language the system's locale asks for, English when none fits."""
    locale = locale or QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in INTERFACE_LANGUAGES:
            return code
    return ENGLISH


def chosen_language(preference: str, locale: QLocale | None = None) -> str:
    """Return the interface language: the preference when it names one, else the system's."""
    if preference in INTERFACE_LANGUAGES:
        return preference
    return system_language(locale)


def preference_choices(locale: QLocale | None = None) -> list[tuple[str, str]]:
    """Return what a preferences dialog offers for ``interface/language``: (value, label).

    The first follows the system's locale ("" in the setting); the others name a language in
    its own words. A change shows at the next start.
    """
    system = INTERFACE_LANGUAGES[system_language(locale)]
    follow = translate("Preferences", "System language ({language})").format(language=system)
    return [(SYSTEM, follow), *INTERFACE_LANGUAGES.items()]


def install(language: str) -> str:
    """Translate the interface into ``language`` from now on; return the language installed.

    Earlier translators are removed first, so the call also switches back to English. Widgets
    built before the call keep their texts: call it before building the window.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translations")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in INTERFACE_LANGUAGES or language == ENGLISH:
        return ENGLISH
    own = QTranslator(app)
    if not own.load(f"draftdesk_{language}", translations_folder()):
        return ENGLISH  # a broken installation shows English rather than nothing
    app.installTranslator(own)
    _installed.append(own)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


def installed_language() -> str:
    """Return the language the interface is translated into now."""
    for translator in _installed:
        code = translator.language().split("_")[0].split("-")[0]
        if code in INTERFACE_LANGUAGES:
            return code
    return ENGLISH
