"""Every action of the window, with its menu text, shortcut and tip, defined in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

StandardKey = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """How one action looks and which keys trigger it."""

    name: str
    text: str
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    tip: str = ""
    checkable: bool = False


SPECS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("new", "&New Draft…", (StandardKey.New,), "Start a new draft resolution"),
    ActionSpec("rollover", "New Draft from &Adopted Resolution…", (),
               "Start next session's draft from last year's adopted resolution (A/RES)"),
    ActionSpec("open", "&Open…", (StandardKey.Open,),
               "Open a draft, or read an official PDF, a Word file or a text"),
    ActionSpec("save", "&Save", (StandardKey.Save,), "Save the draft"),
    ActionSpec("save_as", "Save &As…", ("Ctrl+Shift+S",), "Save the draft under another name"),
    ActionSpec("details", "Draft &Details…", ("Ctrl+Shift+D",),
               "Title, sponsors, symbol, session, agenda item, date and language"),
    ActionSpec("import_file", "&Import Text File…", ("Ctrl+Shift+I",),
               "Read a draft from a plain-text file"),
    # No Ctrl+Shift+V: in a text field that is "paste as plain text", as in Word.
    ActionSpec("import_paste", "Import &Pasted Text…", (),
               "Read a draft from text pasted from an e-mail or a document"),
    ActionSpec("export_docx", "&Export to Word…", ("Ctrl+E",),
               "Write the draft as a UN-format Word document"),
    ActionSpec("export_changes", "Export with &Changes Against…", ("Ctrl+Shift+E",),
               "Write the Word document with every change from the base text or a version "
               "tracked, as the Secretariat asks"),
    ActionSpec("save_version", "Save &Version…", ("Ctrl+Alt+V",),
               "Keep the current text as a named version (zero draft, first reading, L.12)"),
    ActionSpec("compare_versions", "Co&mpare…", ("Ctrl+Alt+C",),
               "Compare the text with its base text, a saved version or another file"),
    ActionSpec("set_base_text", "Set &Base Text…", (),
               "Choose the resolution or issued draft this text is compared with"),
    ActionSpec("export_pdf", "Export to PD&F…", ("Ctrl+Shift+P",),
               "Write the pages the preview shows as a PDF file"),
    ActionSpec("export_manuscript", "Export Submission Ma&nuscript…", (),
               "Write the draft as the Word manuscript the Secretariat asks for: plain 12 pt, "
               "double spacing, no masthead"),
    ActionSpec("export_text", "Export as Plain &Text…", (),
               "Write the draft as plain text for e-mail and portals, one paragraph a line"),
    ActionSpec("print", "&Print…", (StandardKey.Print,), "Print the pages the preview shows"),
    ActionSpec("close_draft", "&Close Draft", (StandardKey.Close,),
               "Close the draft and return to the start page"),
    ActionSpec("quit", "&Quit", (StandardKey.Quit,), "Leave DraftDesk"),
    # Edit
    ActionSpec("undo", "&Undo", (StandardKey.Undo,), "Undo the last change"),
    ActionSpec("redo", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo the change undone"),
    ActionSpec("cut", "Cu&t", (StandardKey.Cut,), "Cut the selected text"),
    ActionSpec("copy", "&Copy", (StandardKey.Copy,), "Copy the selected text"),
    ActionSpec("paste", "&Paste", (StandardKey.Paste,), "Paste into the text field"),
    ActionSpec("select_all", "Select &All", (StandardKey.SelectAll,),
               "Select all the text of the field"),
    ActionSpec("italic", "&Italic", (StandardKey.Italic,),
               "Italicize the selected words (titles of publications, Latin terms)"),
    ActionSpec("move_up", "Move Paragraph &Up", ("Alt+Up",), "Move before the previous paragraph"),
    ActionSpec("move_down", "Move Paragraph &Down", ("Alt+Down",),
               "Move after the next paragraph"),
    ActionSpec("indent", "&Indent (Make Sub-paragraph)", ("Ctrl+]",),
               "Make it a sub-paragraph of the paragraph above (Tab in the outline)"),
    ActionSpec("outdent", "&Outdent", ("Ctrl+[",),
               "Lift a sub-paragraph one level (Shift+Tab in the outline)"),
    ActionSpec("delete_paragraph", "De&lete Paragraph", ("Ctrl+Shift+Del",),
               "Delete the paragraph and its sub-paragraphs (Delete in the outline)"),
    # Insert
    ActionSpec("new_preambular", "&Preambular Paragraph", ("Ctrl+Alt+P",),
               "Add a preambular paragraph after the current one"),
    ActionSpec("new_operative", "&Operative Paragraph", ("Ctrl+Alt+O",),
               "Add an operative paragraph after the current one"),
    ActionSpec("new_subparagraph", "&Sub-paragraph", ("Ctrl+Alt+S",),
               "Add a sub-paragraph under the current paragraph"),
    ActionSpec("new_heading", "Section &Heading", ("Ctrl+Alt+H",),
               "Add a section heading in the operative part"),
    ActionSpec("insert_footnote", "&Footnote", ("Ctrl+Alt+F",),
               "Insert a footnote at the cursor"),
    ActionSpec("cite_footnote", "Cite Existing Foot&note…", ("Ctrl+Alt+N",),
               "Refer again to a footnote already in the draft"),
    ActionSpec("insert_cross_reference", "&Cross-reference…", ("Ctrl+Alt+R",),
               "Refer to another paragraph; the number follows renumbering"),
    ActionSpec("insert_clause", "Clause from &Library…", ("Ctrl+Alt+L",),
               "Search the clause libraries for agreed language and insert it"),
    ActionSpec("save_to_library", "Save to Li&brary…", ("Ctrl+Alt+B",),
               "Save the selected paragraphs as clauses, with tags, a note and their source"),
    # View
    ActionSpec("focus_outline", "Go to &Outline", ("Ctrl+1",), "Move the focus to the outline"),
    ActionSpec("focus_editor", "Go to &Editor", ("Ctrl+2",), "Move the focus to the text"),
    ActionSpec("refresh_preview", "Refresh &Preview", ("F5",), "Rebuild the preview now"),
    ActionSpec("preview_changes", "Show &Changes in Preview", ("Ctrl+Alt+M",),
               "Mark the paragraphs changed since the base text or a version with change bars",
               checkable=True),
    # Help
    ActionSpec("about", "&About DraftDesk", (), "Version and licence"),
    ActionSpec("user_guide", "&User Guide", ("F1",), "How to write, import and export a draft"),
    ActionSpec("shortcuts", "&Keyboard Shortcuts", ("Shift+F1",), "List the keyboard shortcuts"),
    ActionSpec("preferences", "Pre&ferences…", ("Ctrl+,",),
               "Your name for tracked changes, autosave, default body, preview zoom"),
)

MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("&File", ("new", "rollover", "open", "recent", "-", "save", "save_as", "-", "details", "-",
               "save_version", "compare_versions", "set_base_text", "-",
               "import_file", "import_paste", "-",
               "export_docx", "export_changes", "export_manuscript", "export_pdf", "export_text",
               "-", "print", "-", "close_draft", "quit")),
    ("&Edit", ("undo", "redo", "-", "cut", "copy", "paste", "select_all", "-", "italic", "-",
               "move_up", "move_down", "indent", "outdent", "-",
               "delete_paragraph", "-", "preferences")),
    ("&Insert", ("new_preambular", "new_operative", "new_subparagraph", "new_heading", "-",
                 "insert_footnote", "cite_footnote", "insert_cross_reference", "-",
                 "insert_clause", "save_to_library")),
    ("&View", ("focus_outline", "focus_editor", "refresh_preview", "preview_changes", "docks")),
    ("&Help", ("user_guide", "shortcuts", "about")),
)


class Actions:
    """The window's QActions by name."""

    def __init__(self, parent: QWidget) -> None:
        self._actions: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(spec.text, parent)
            action.setObjectName(f"action_{spec.name}")
            action.setShortcuts([QKeySequence(key) for key in spec.shortcuts])
            if spec.tip:
                action.setStatusTip(spec.tip)
                action.setToolTip(spec.tip)
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
                rows.append((spec.text.replace("&", "").rstrip("…"), keys))
        return rows
