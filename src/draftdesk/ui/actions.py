"""Every action of the window, with its menu text, shortcut and tip, defined in one place."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from .i18n import QT_TRANSLATE_NOOP, translate

StandardKey = QKeySequence.StandardKey


class ActionSpec(NamedTuple):
    """How one action looks and which keys trigger it."""

    name: str
    text: str
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    tip: str = ""
    checkable: bool = False


# Texts and tips are translated where the actions are made, in the context "Actions".
SPECS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("new", QT_TRANSLATE_NOOP("Actions", "&New Draft…"), (StandardKey.New,),
               QT_TRANSLATE_NOOP("Actions", "Start a new draft resolution")),
    ActionSpec("rollover", QT_TRANSLATE_NOOP("Actions", "New Draft from &Adopted Resolution…"), (),
               QT_TRANSLATE_NOOP("Actions", "Start next session's draft from last year's adopted "
                                            "resolution (A/RES)")),
    ActionSpec("open", QT_TRANSLATE_NOOP("Actions", "&Open…"), (StandardKey.Open,),
               QT_TRANSLATE_NOOP("Actions", "Open a draft, or read an official PDF, a Word file "
                                            "or a text")),
    ActionSpec("save", QT_TRANSLATE_NOOP("Actions", "&Save"), (StandardKey.Save,),
               QT_TRANSLATE_NOOP("Actions", "Save the draft")),
    ActionSpec("save_as", QT_TRANSLATE_NOOP("Actions", "Save &As…"), ("Ctrl+Shift+S",),
               QT_TRANSLATE_NOOP("Actions", "Save the draft under another name")),
    ActionSpec("details", QT_TRANSLATE_NOOP("Actions", "Draft &Details…"), ("Ctrl+Shift+D",),
               QT_TRANSLATE_NOOP("Actions", "Title, sponsors, symbol, session, agenda item, date "
                                            "and language")),
    ActionSpec("import_file", QT_TRANSLATE_NOOP("Actions", "&Import Text File…"), ("Ctrl+Shift+I",),
               QT_TRANSLATE_NOOP("Actions", "Read a draft from a plain-text file")),
    # No Ctrl+Shift+V: in a text field that is "paste as plain text", as in Word.
    ActionSpec("import_paste", QT_TRANSLATE_NOOP("Actions", "Import &Pasted Text…"), (),
               QT_TRANSLATE_NOOP("Actions", "Read a draft from text pasted from an e-mail or a "
                                            "document")),
    ActionSpec("export_docx", QT_TRANSLATE_NOOP("Actions", "&Export to Word…"), ("Ctrl+E",),
               QT_TRANSLATE_NOOP("Actions", "Write the draft as a UN-format Word document")),
    ActionSpec("export_changes", QT_TRANSLATE_NOOP("Actions", "Export with &Changes Against…"),
               ("Ctrl+Shift+E",),
               QT_TRANSLATE_NOOP("Actions", "Write the Word document with every change from the "
                                            "base text or a version tracked, as the Secretariat "
                                            "asks")),
    ActionSpec("save_version", QT_TRANSLATE_NOOP("Actions", "Save &Version…"), ("Ctrl+Alt+V",),
               QT_TRANSLATE_NOOP("Actions", "Keep the current text as a named version (zero "
                                            "draft, first reading, L.12)")),
    ActionSpec("compare_versions", QT_TRANSLATE_NOOP("Actions", "Co&mpare…"), ("Ctrl+Alt+C",),
               QT_TRANSLATE_NOOP("Actions", "Compare the text with its base text, a saved version "
                                            "or another file")),
    ActionSpec("set_base_text", QT_TRANSLATE_NOOP("Actions", "Set &Base Text…"), (),
               QT_TRANSLATE_NOOP("Actions", "Choose the resolution or issued draft this text is "
                                            "compared with")),
    ActionSpec("export_pdf", QT_TRANSLATE_NOOP("Actions", "Export to PD&F…"), ("Ctrl+Shift+P",),
               QT_TRANSLATE_NOOP("Actions", "Write the pages the preview shows as a PDF file")),
    ActionSpec("export_manuscript", QT_TRANSLATE_NOOP("Actions", "Export Submission Ma&nuscript…"),
               (),
               QT_TRANSLATE_NOOP("Actions", "Write the draft as the Word manuscript the "
                                            "Secretariat asks for: plain 12 pt, double spacing, "
                                            "no masthead")),
    ActionSpec("export_text", QT_TRANSLATE_NOOP("Actions", "Export as Plain &Text…"), (),
               QT_TRANSLATE_NOOP("Actions", "Write the draft as plain text for e-mail and "
                                            "portals, one paragraph a line")),
    ActionSpec("print", QT_TRANSLATE_NOOP("Actions", "&Print…"), (StandardKey.Print,),
               QT_TRANSLATE_NOOP("Actions", "Print the pages the preview shows")),
    ActionSpec("close_draft", QT_TRANSLATE_NOOP("Actions", "&Close Draft"), (StandardKey.Close,),
               QT_TRANSLATE_NOOP("Actions", "Close the draft and return to the start page")),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), (StandardKey.Quit,),
               QT_TRANSLATE_NOOP("Actions", "Leave DraftDesk")),
    # Edit
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), (StandardKey.Undo,),
               QT_TRANSLATE_NOOP("Actions", "Undo the last change")),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"),
               QT_TRANSLATE_NOOP("Actions", "Redo the change undone")),
    ActionSpec("cut", QT_TRANSLATE_NOOP("Actions", "Cu&t"), (StandardKey.Cut,),
               QT_TRANSLATE_NOOP("Actions", "Cut the selected text")),
    ActionSpec("copy", QT_TRANSLATE_NOOP("Actions", "&Copy"), (StandardKey.Copy,),
               QT_TRANSLATE_NOOP("Actions", "Copy the selected text")),
    ActionSpec("paste", QT_TRANSLATE_NOOP("Actions", "&Paste"), (StandardKey.Paste,),
               QT_TRANSLATE_NOOP("Actions", "Paste into the text field")),
    ActionSpec("select_all", QT_TRANSLATE_NOOP("Actions", "Select &All"), (StandardKey.SelectAll,),
               QT_TRANSLATE_NOOP("Actions", "Select all the text of the field")),
    ActionSpec("italic", QT_TRANSLATE_NOOP("Actions", "&Italic"), (StandardKey.Italic,),
               QT_TRANSLATE_NOOP("Actions", "Italicize the selected words (titles of "
                                            "publications, Latin terms)")),
    ActionSpec("move_up", QT_TRANSLATE_NOOP("Actions", "Move Paragraph &Up"), ("Alt+Up",),
               QT_TRANSLATE_NOOP("Actions", "Move before the previous paragraph")),
    ActionSpec("move_down", QT_TRANSLATE_NOOP("Actions", "Move Paragraph &Down"), ("Alt+Down",),
               QT_TRANSLATE_NOOP("Actions", "Move after the next paragraph")),
    ActionSpec("indent", QT_TRANSLATE_NOOP("Actions", "&Indent (Make Sub-paragraph)"), ("Ctrl+]",),
               QT_TRANSLATE_NOOP("Actions", "Make it a sub-paragraph of the paragraph above (Tab "
                                            "in the outline)")),
    ActionSpec("outdent", QT_TRANSLATE_NOOP("Actions", "&Outdent"), ("Ctrl+[",),
               QT_TRANSLATE_NOOP("Actions", "Lift a sub-paragraph one level (Shift+Tab in the "
                                            "outline)")),
    ActionSpec("delete_paragraph", QT_TRANSLATE_NOOP("Actions", "De&lete Paragraph"),
               ("Ctrl+Shift+Del",),
               QT_TRANSLATE_NOOP("Actions", "Delete the paragraph and its sub-paragraphs (Delete "
                                            "in the outline)")),
    ActionSpec("remove_annex", QT_TRANSLATE_NOOP("Actions", "Remove A&nnex"), (),
               QT_TRANSLATE_NOOP("Actions", "Remove the selected annex, or the one the current "
                                            "paragraph is in, with its paragraphs")),
    ActionSpec("remove_part", QT_TRANSLATE_NOOP("Actions", "Re&move Part"), (),
               QT_TRANSLATE_NOOP("Actions", "Remove the selected part of a text in parts, or the "
                                            "one the current paragraph is in, with its "
                                            "paragraphs")),
    # Insert
    ActionSpec("new_preambular", QT_TRANSLATE_NOOP("Actions", "&Preambular Paragraph"),
               ("Ctrl+Alt+P",),
               QT_TRANSLATE_NOOP("Actions", "Add a preambular paragraph after the current one")),
    ActionSpec("new_operative", QT_TRANSLATE_NOOP("Actions", "&Operative Paragraph"),
               ("Ctrl+Alt+O",),
               QT_TRANSLATE_NOOP("Actions", "Add an operative paragraph after the current one")),
    ActionSpec("new_subparagraph", QT_TRANSLATE_NOOP("Actions", "&Sub-paragraph"), ("Ctrl+Alt+S",),
               QT_TRANSLATE_NOOP("Actions", "Add a sub-paragraph under the current paragraph")),
    ActionSpec("new_heading", QT_TRANSLATE_NOOP("Actions", "Section &Heading"), ("Ctrl+Alt+H",),
               QT_TRANSLATE_NOOP("Actions", "Add a section heading in the operative part")),
    ActionSpec("new_annex", QT_TRANSLATE_NOOP("Actions", "&Annex"), (),
               QT_TRANSLATE_NOOP("Actions", "Add an annex after the resolution, with its heading, "
                                            "title and paragraphs numbered afresh")),
    ActionSpec("new_part", QT_TRANSLATE_NOOP("Actions", "Pa&rt"), (),
               QT_TRANSLATE_NOOP("Actions", "Add a part (B, C …) with its own formula and "
                                            "paragraphs numbered afresh; a text in one part "
                                            "becomes part A")),
    ActionSpec("insert_footnote", QT_TRANSLATE_NOOP("Actions", "&Footnote"), ("Ctrl+Alt+F",),
               QT_TRANSLATE_NOOP("Actions", "Insert a footnote at the cursor")),
    ActionSpec("cite_footnote", QT_TRANSLATE_NOOP("Actions", "Cite Existing Foot&note…"),
               ("Ctrl+Alt+N",),
               QT_TRANSLATE_NOOP("Actions", "Refer again to a footnote already in the draft")),
    ActionSpec("insert_cross_reference", QT_TRANSLATE_NOOP("Actions", "&Cross-reference…"),
               ("Ctrl+Alt+R",),
               QT_TRANSLATE_NOOP("Actions", "Refer to another paragraph; the number follows "
                                            "renumbering")),
    ActionSpec("insert_clause", QT_TRANSLATE_NOOP("Actions", "Clause from &Library…"),
               ("Ctrl+Alt+L",),
               QT_TRANSLATE_NOOP("Actions", "Search the clause libraries for agreed language and "
                                            "insert it")),
    ActionSpec("save_to_library", QT_TRANSLATE_NOOP("Actions", "Save to Li&brary…"),
               ("Ctrl+Alt+B",),
               QT_TRANSLATE_NOOP("Actions", "Save the selected paragraphs as clauses, with tags, "
                                            "a note and their source")),
    # View
    ActionSpec("focus_outline", QT_TRANSLATE_NOOP("Actions", "Go to &Outline"), ("Ctrl+1",),
               QT_TRANSLATE_NOOP("Actions", "Move the focus to the outline")),
    ActionSpec("focus_editor", QT_TRANSLATE_NOOP("Actions", "Go to &Editor"), ("Ctrl+2",),
               QT_TRANSLATE_NOOP("Actions", "Move the focus to the text")),
    ActionSpec("refresh_preview", QT_TRANSLATE_NOOP("Actions", "Refresh &Preview"), ("F5",),
               QT_TRANSLATE_NOOP("Actions", "Rebuild the preview now")),
    ActionSpec("preview_changes", QT_TRANSLATE_NOOP("Actions", "Show &Changes in Preview"),
               ("Ctrl+Alt+M",),
               QT_TRANSLATE_NOOP("Actions", "Mark the paragraphs changed since the base text or a "
                                            "version with change bars"), checkable=True),
    # Help
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About DraftDesk"), (),
               QT_TRANSLATE_NOOP("Actions", "Version and licence")),
    ActionSpec("user_guide", QT_TRANSLATE_NOOP("Actions", "&User Guide"), ("F1",),
               QT_TRANSLATE_NOOP("Actions", "How to write, import and export a draft")),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), ("Shift+F1",),
               QT_TRANSLATE_NOOP("Actions", "List the keyboard shortcuts")),
    ActionSpec("preferences", QT_TRANSLATE_NOOP("Actions", "Pre&ferences…"), ("Ctrl+,",),
               QT_TRANSLATE_NOOP("Actions", "Your name for tracked changes, autosave, default "
                                            "body, preview zoom")),
)

MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Actions", "&File"),
     ("new", "rollover", "open", "recent", "-", "save", "save_as", "-", "details", "-",
      "save_version", "compare_versions", "set_base_text", "-", "import_file", "import_paste", "-",
      "export_docx", "export_changes", "export_manuscript", "export_pdf", "export_text", "-",
      "print", "-", "close_draft", "quit")),
    (QT_TRANSLATE_NOOP("Actions", "&Edit"),
     ("undo", "redo", "-", "cut", "copy", "paste", "select_all", "-", "italic", "-", "move_up",
      "move_down", "indent", "outdent", "-", "delete_paragraph", "remove_annex", "remove_part",
      "-",
      "preferences")),
    (QT_TRANSLATE_NOOP("Actions", "&Insert"),
     ("new_preambular", "new_operative", "new_subparagraph", "new_heading", "new_annex",
      "new_part", "-", "insert_footnote", "cite_footnote", "insert_cross_reference", "-",
      "insert_clause", "save_to_library")),
    (QT_TRANSLATE_NOOP("Actions", "&View"),
     ("focus_outline", "focus_editor", "refresh_preview", "preview_changes", "docks")),
    (QT_TRANSLATE_NOOP("Actions", "&Help"),
     ("user_guide", "shortcuts", "about")),
)


class Actions:
    """The window's QActions by name."""

    def __init__(self, parent: QWidget) -> None:
        self._actions: dict[str, QAction] = {}
        for spec in SPECS:
            # QAction(text, parent) would load QIcon's enums to choose among the constructors,
            # which costs milliseconds before the first paint.
            action = QAction(parent)
            action.setText(translate("Actions", spec.text))
            action.setObjectName(f"action_{spec.name}")
            action.setShortcuts([QKeySequence(key) for key in spec.shortcuts])
            if spec.tip:
                tip = translate("Actions", spec.tip)
                action.setStatusTip(tip)
                action.setToolTip(tip)
            action.setCheckable(spec.checkable)
            self._actions[spec.name] = action
        self._actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        self._actions["about"].setMenuRole(QAction.MenuRole.AboutRole)

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._actions.values())

    def names(self) -> list[str]:
        """Return every action name."""
        return list(self._actions)

    def shortcut_table(self) -> list[tuple[str, str]]:
        """Return (action, keys) pairs for the shortcuts list."""
        rows = []
        for spec in SPECS:
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText)
                for s in self._actions[spec.name].shortcuts()
            )
            if keys:
                text = translate("Actions", spec.text)
                rows.append((text.replace("&", "").rstrip("…"), keys))
        return rows
