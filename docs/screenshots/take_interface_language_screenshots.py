"""Take the window in the language of the system's locale, with a draft in that language.

    LANG=es_ES.UTF-8 xvfb-run -a -s "-screen 0 1400x900x24" \\
        uv run python docs/screenshots/take_interface_language_screenshots.py

writes ``interface-es-editor.png``, ``interface-es-wizard.png``, ``interface-es-date.png`` and
``interface-es-compare.png``
(``fr`` under a French locale): the translation is picked at start exactly as ``draftdesk``
picks it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import shots

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))

from draftdesk.app import install_translations  # noqa: E402
from draftdesk.ui.new_draft_wizard import NewDraftWizard  # noqa: E402
from language_fixtures import (  # noqa: E402
    FIRST_READING,
    negotiate_in_window,
    translated_seed,
)


def main() -> int:
    """Take the editor and the wizard in the interface language the locale asks for."""
    app = shots.make_app()  # noqa: F841 -- kept alive for the windows
    code = install_translations()
    if code == "en":
        print("set LANG to a Spanish or French locale, e.g. LANG=es_ES.UTF-8", file=sys.stderr)
        return 2
    window = shots.main_window()
    window.open_resolution(translated_seed(code), dirty=False)
    operative = window.session.resolution.operative
    window.select_paragraph(operative[0].children[0].id)
    window.editor.text.setFocus()
    shots.grab(window, f"interface-{code}-editor.png")

    wizard = NewDraftWizard(parent=window)
    wizard.move(120, 80)
    wizard.show()
    wizard.body_page.set_language(code)
    wizard.next()
    wizard.session_page.number.set_value(62)
    wizard.next()
    row = wizard.agenda_page.rows[0]
    row.number.setText("116")
    wizard.next()
    wizard.sponsors_page.add_names(["Ecuador", "Mexico", "Indonesia"])
    wizard.sponsors_page.filter_edit.setText("Al")
    shots.grab(wizard, f"interface-{code}-wizard.png")
    # The last step: the date written in the interface's language, the symbol's hint.
    wizard.next()
    wizard.next()
    wizard.symbol_page.date_edit.setFocus()
    shots.grab(wizard, f"interface-{code}-date.png")
    wizard.reject()

    # A round of negotiation compared with the version saved before it.
    window.activateWindow()
    window._editor_parts().versions_actions.save_version(FIRST_READING[code])
    negotiate_in_window(window, code)
    window.ui_actions["compare_versions"].trigger()
    view = window._editor_parts().versions_actions.compare_window
    view.resize(1280, 760)
    view.move(40, 40)
    view.change_list.setCurrentRow(4)  # the moved paragraph
    shots.grab(view, f"interface-{code}-compare.png")
    view.close()
    window.session.mark_clean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
