"""Take the user guide's pictures again, in each language of the interface.

    uv run python scripts/guide_screenshots.py            # English, Spanish and French
    uv run python scripts/guide_screenshots.py es fr      # only these

The window runs offscreen (no display needed) in a private, empty profile, with the interface
translated as ``draftdesk`` translates it. Each language's pictures go beside its guide
(``resources/guide/`` for English, ``resources/guide/<code>/`` for a translation), under the
names the guide uses, 640 pixels wide. A Spanish or French guide shows the 2007 Ecuador–Mexico
draft in that language (the translation in ``tests/data/languages/``), as its users would see it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "resources" / "guide"
LANGUAGES = ("en", "es", "fr")
WIDTH = 640  # the guide shows pictures at most this wide
# Each scene is taken on a screen of its own size: most in a 1360×840 window, one maximized on
# the most common laptop screen.
SCREENS = {"window": (1400, 900), "laptop": (1366, 768)}

# What the drafter types in each language: the cross-reference and footnote scene, and a new
# operative paragraph close to agreed language for the library scene.
WORDS = {
    "en": {
        "before_reference": " and to the measures in ",
        "after_reference": " above",
        "footnote": "See also A/62/222.",
        "lead": "Encourages",
        "typed": "further efforts by the United Nations and other international and regional "
                 "organizations to assist States, upon their request",
    },
    "es": {
        "before_reference": ", así como sobre las medidas indicadas en el ",
        "after_reference": " supra",
        "footnote": "Véase también A/62/222.",
        "lead": "Exhorta",
        "typed": "a todos los Estados que aún no lo hayan hecho a que consideren la posibilidad "
                 "de hacerse partes en la Convención",
    },
    "fr": {
        "before_reference": ", ainsi que sur les mesures visées au ",
        "after_reference": " ci-dessus",
        "footnote": "Voir aussi A/62/222.",
        "lead": "Demande",
        "typed": "à tous les États qui ne l’ont pas encore fait d’envisager de devenir parties "
                 "à la Convention",
    },
}


def folder(code: str) -> Path:
    """Return where the guide in ``code`` and its pictures live."""
    return GUIDE if code == "en" else GUIDE / code


def run_child(code: str, screen: str) -> None:
    """Take the scenes of one screen size in one language, in a fresh offscreen process."""
    width, height = SCREENS[screen]
    with tempfile.TemporaryDirectory(prefix="draftdesk-guide-") as profile:
        config = Path(profile) / "screen.json"
        config.write_text(json.dumps({"screens": [{
            "name": "guide", "x": 0, "y": 0, "width": width, "height": height,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                   LANG="C.UTF-8", LANGUAGE="", LC_ALL="")
        # A private profile: no one's recent files, libraries or window layout in the pictures.
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[variable] = str(Path(profile) / variable.lower())
        subprocess.run([sys.executable, __file__, "--take", code, screen], env=env, check=True)


def take(code: str, screen: str) -> None:
    """Build the window in ``code`` and save each scene of ``screen`` (in this process)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication, QWidget, QWizard

    from draftdesk.importers import import_file
    from draftdesk.ui import i18n
    from draftdesk.ui.main_window import MainWindow, app_icon
    from draftdesk.ui.new_draft_wizard import NewDraftWizard

    app = QApplication(sys.argv[:1])
    app.setApplicationName("DraftDesk")
    app.setWindowIcon(app_icon())
    assert i18n.install(code) == code, f"no translation for {code}"

    def settle(milliseconds: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(milliseconds, loop.quit)
        loop.exec()

    def grab(widget: QWidget, name: str) -> None:
        settle()
        picture = widget.grab().scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
        path = folder(code) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        picture.save(str(path))
        print(f"wrote {path.relative_to(ROOT)} ({picture.width()}×{picture.height()})")

    def type_text(widget: QWidget, text: str) -> None:
        # Key events carrying each character: QTest.keyClicks knows ASCII only.
        for character in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(
                    kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character))
            app.processEvents()

    def draft() -> object:
        if code == "en":
            return import_file(ROOT / "tests" / "data" / "gfmd-draft-resolution-2007.txt")
        from language_fixtures import translated_seed

        return translated_seed(code)

    window = MainWindow()
    words = WORDS[code]
    if screen == "laptop":
        window.setGeometry(app.primaryScreen().geometry())
        window.showMaximized()
        window.open_resolution(draft(), dirty=False)  # type: ignore[arg-type]
        settle(600)
        window.select_paragraph(window.session.resolution.preambular[1].id)
        window.editor.focus_text()
        grab(window, "screen-1366x768.png")
        window.session.mark_clean()
        window.close()
        return

    window.resize(1360, 840)
    window.move(20, 20)
    window.show()
    grab(window, "start-page.png")

    # The guided form at the sponsors step, the first page as it will print beside it.
    resolution = draft()
    wizard = NewDraftWizard(parent=window)
    wizard.move(120, 80)
    wizard.show()
    if code != "en":
        wizard.body_page.set_language(code)
    wizard.body_page.set_body(wizard.body_page.body())
    wizard.next()
    wizard.next()
    row = wizard.agenda_page.rows[0]
    row.number.setText("116")
    row.title.setText(resolution.metadata.agenda_items[0].title)  # type: ignore[attr-defined]
    wizard.next()
    wizard.sponsors_page.add_names(["Ecuador", "Mexico"])
    grab(wizard, "guided-new-draft.png")
    wizard.button(QWizard.WizardButton.CancelButton).click()

    # A cross-reference and a new footnote typed into the last operative paragraph.
    window.session.mark_clean()
    window.open_resolution(resolution, dirty=False)  # type: ignore[arg-type]
    operative = window.session.resolution.operative
    window.select_paragraph(operative[2].id)
    window.editor.text.setFocus()
    window.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.editor.text, words["before_reference"])
    window.add_cross_reference_at_cursor(operative[0].children[1].id)
    type_text(window.editor.text, words["after_reference"])
    window.add_footnote_at_cursor(words["footnote"])
    window.editor.text.setFocus()
    window.preview.rebuild()
    window.preview.verticalScrollBar().setValue(window.preview.verticalScrollBar().maximum())
    grab(window, "editor-footnote-and-reference.png")

    # A new operative paragraph close to agreed language: the library suggests it.
    window.session.mark_clean()
    window.open_resolution(draft(), dirty=False)  # type: ignore[arg-type]
    if code == "en":
        from draftdesk.library import add_resolution_files

        store = window.library.store()
        assert store is not None
        corpus = ROOT / "tests" / "data" / "corpus"
        add_resolution_files(store, "Agreed language", [
            corpus / "10_A_RES_73_7.txt", corpus / "09_A_RES_80_164.txt",
            corpus / "04_A_C.2_80_L.30.txt"])
        window.library.refresh_libraries()
    window.library.run_search()
    operative = window.session.resolution.operative
    window.select_paragraph(operative[-1].id)
    window.new_operative()
    window.editor.lead.setText(words["lead"])
    window.editor.text.setFocus()
    type_text(window.editor.text, words["typed"])
    settle(600)  # the hint follows a pause in typing
    window.library.select_clause(0, similar=True)
    window.editor.text.setFocus()
    grab(window, "library-panel.png")
    window.session.mark_clean()
    window.close()


def main(argv: list[str]) -> int:
    """Take the pictures of the languages named (all by default)."""
    if argv[:1] == ["--take"]:
        take(argv[1], argv[2])
        return 0
    codes = argv or list(LANGUAGES)
    unknown = [code for code in codes if code not in LANGUAGES]
    if unknown:
        print(f"guide_screenshots: no guide in {', '.join(unknown)}", file=sys.stderr)
        return 2
    for code in codes:
        for screen in SCREENS:
            run_child(code, screen)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
