"""The editor of the selected paragraph: its opening phrase and its text.

Footnote markers and cross-references sit in the text as one object character each (U+FFFC,
the character model/edit.py counts as one editor position) drawn as a superscript number or
as "paragraph 3 (b)", so that offsets in the editor are offsets in the model.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QObject,
    QRect,
    QRectF,
    QSizeF,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..importers.text import ITALIC_END, ITALIC_START, read_paragraph
from ..model import edit, languages
from ..model.document import (
    MAX_DEPTH,
    CrossRef,
    FootnoteRef,
    Inline,
    Paragraph,
    ParagraphKind,
    Part,
    Text,
)
from ..model.edit import OBJECT_CHARACTER
from .i18n import translate
from .phrase_list import lead_warning, phrases_in
from .session import TEXT, Placement, Session, split_content, without_typed_ending

OBJECT_TYPE = QTextFormat.ObjectTypes.UserObject + 1
KIND_PROPERTY = QTextFormat.Property.UserProperty + 1
ID_PROPERTY = QTextFormat.Property.UserProperty + 2
NOTE, REFERENCE = "note", "reference"


class InlineObjectPainter(QPyTextObject):
    """Draw footnote markers and cross-references inside the text editor."""

    def __init__(self, editor: ParagraphTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor

    def label(self, fmt: QTextFormat, position: int = -1) -> str:
        """Return what an object shows: the note number or the reference text (as printed
        in the paragraph at ``position``: inside its own part a reference names no part)."""
        session = self._editor.session
        kind, ident = fmt.property(KIND_PROPERTY), fmt.property(ID_PROPERTY)
        if session is None:
            return "?"
        if kind == NOTE:
            number = session.derived.footnote_numbers.get(ident)
            return str(number) if number is not None else "?"
        # In the draft's language, as the preview and the export print it: "párrafo 1 b)".
        source = self._editor.paragraph_at(position) if position >= 0 else None
        return session.reference_text(ident, source)

    def _font(self, document: QTextDocument, fmt: QTextFormat) -> QFont:
        font = QFont(document.defaultFont())
        if fmt.property(KIND_PROPERTY) == NOTE:
            font.setPointSizeF(max(font.pointSizeF() * 0.75, 6.0))
            font.setBold(True)
        return font

    def intrinsicSize(  # noqa: N802 - Qt override
        self, document: QTextDocument, _position: int, fmt: QTextFormat
    ) -> QSizeF:
        """Return the size of the drawn object."""
        metrics = QFontMetricsF(self._font(document, fmt))
        base = QFontMetricsF(document.defaultFont())
        padding = 2 if fmt.property(KIND_PROPERTY) == NOTE else 8
        return QSizeF(metrics.horizontalAdvance(self.label(fmt, _position)) + padding,
                      base.height())

    def drawObject(  # noqa: N802 - Qt override
        self, painter: QPainter, rect: QRectF | QRect, document: QTextDocument, _position: int,
        fmt: QTextFormat,
    ) -> None:
        """Paint a note number raised, a reference in a tinted box."""
        label = self.label(fmt, _position)
        rect = QRectF(rect)
        painter.save()
        font = self._font(document, fmt)
        painter.setFont(font)
        if fmt.property(KIND_PROPERTY) == NOTE:
            painter.setPen(QColor("#1a5fb4"))
            box = QRectF(rect.x(), rect.y(), rect.width(), rect.height() * 0.7)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        else:
            broken = label.startswith("[")
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#f6d5d5" if broken else "#dde8f6"))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
            painter.setPen(QColor("#b00020" if broken else "#1a3d6d"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()


def object_format(item: FootnoteRef | CrossRef) -> QTextCharFormat:
    """Return the character format that stands for a marker or a reference."""
    fmt = QTextCharFormat()
    fmt.setObjectType(OBJECT_TYPE)
    if isinstance(item, FootnoteRef):
        fmt.setProperty(KIND_PROPERTY, NOTE)
        fmt.setProperty(ID_PROPERTY, item.note_id)
        fmt.setToolTip(translate("ParagraphEditor", "Footnote"))
    else:
        fmt.setProperty(KIND_PROPERTY, REFERENCE)
        fmt.setProperty(ID_PROPERTY, item.target_id)
        fmt.setToolTip(translate("ParagraphEditor", "Cross-reference"))
    return fmt


class ParagraphTextEdit(QTextEdit):
    """One paragraph's text: a single block with inline objects.

    Enter splits the paragraph at the cursor; pasting several paragraphs makes several.
    """

    new_paragraph_requested = Signal()
    split_requested = Signal(int)  # editor offset of the cursor
    paragraphs_pasted = Signal(list)  # the pasted paragraphs' texts, two or more
    tab_pressed = Signal(bool)  # True for Tab, False for Shift+Tab

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paragraphText")
        self.setAcceptRichText(False)
        # The window's undo stack is the only history: the widget's own would undo the
        # programmatic load of the paragraph and blank it.
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setAccessibleName(self.tr("Paragraph text"))
        self.session: Session | None = None
        self.source_id: str | None = None  # the paragraph shown, which references print from
        # Whether a paste fills the whole paragraph (set by the editor: an empty paragraph
        # with no opening phrase takes a pasted paragraph whole, lead and all).
        self.takes_whole_paragraph: Callable[[], bool] | None = None
        self._painter = InlineObjectPainter(self)
        self.document().documentLayout().registerHandler(OBJECT_TYPE, self._painter)

    def paragraph_at(self, _position: int) -> str | None:
        """Return the paragraph the text at a position belongs to: the one shown."""
        return self.source_id

    def set_content(self, content: list[Inline]) -> None:
        """Show a paragraph's content."""
        document = self.document()
        document.clear()
        cursor = QTextCursor(document)
        for item in content:
            if isinstance(item, Text):
                fmt = QTextCharFormat()
                fmt.setFontItalic(item.italic)
                cursor.insertText(item.text, fmt)
            else:
                cursor.insertText(OBJECT_CHARACTER, object_format(item))
        cursor.setCharFormat(QTextCharFormat())

    def content(self) -> list[Inline]:
        """Read the text back as model inlines (neighbouring runs of one style merged)."""
        out: list[Inline] = []
        block = self.document().begin()
        while block.isValid():
            if block != self.document().begin():
                _append_text(out, " ", False)  # pasted line breaks become spaces
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                fmt = fragment.charFormat()
                text = fragment.text()
                if fmt.objectType() == OBJECT_TYPE:
                    kind, ident = fmt.property(KIND_PROPERTY), str(fmt.property(ID_PROPERTY))
                    for _ in text:
                        out.append(FootnoteRef(ident) if kind == NOTE else CrossRef(ident))
                else:
                    _append_text(out, text.replace(OBJECT_CHARACTER, ""), fmt.fontItalic())
                iterator += 1
            block = block.next()
        return out

    def event(self, event: QEvent) -> bool:
        """Keep Tab and Shift+Tab in the form: they go to the opening phrase, never away.

        Text typed after a Tab must land in a field (Ctrl+Tab and Ctrl+1 leave the editor).
        """
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                             | Qt.KeyboardModifier.AltModifier)):
            self.tab_pressed.emit(event.key() == Qt.Key.Key_Tab
                                  and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Turn Enter into "new paragraph after this one", as a drafter expects."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            cursor = self.textCursor()
            if cursor.hasSelection():
                cursor.removeSelectedText()
            if cursor.atEnd():
                self.new_paragraph_requested.emit()
            else:
                self.split_requested.emit(cursor.position())
            return
        if event.key() == Qt.Key.Key_V and event.modifiers() == (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            self.paste()  # paste as plain text, as in Word (pasting is always plain here)
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        """Paste through the importer's rules, keeping italics from Word's HTML.

        Several paragraphs, a labelled one ("(b) The organizers …;") or a whole paragraph
        pasted into an empty one go to the editor, which places them as paragraphs with their
        labels dropped and their opening phrases recognised; text pasted inside a paragraph
        is inserted at the cursor, italics kept.
        """
        chunks = pasted_paragraphs(clipboard_text(source))
        cursor = self.textCursor()
        if len(chunks) > 1 or (chunks and LABEL.match(chunks[0])) or (
            chunks and chunks[0].strip() and self.takes_whole_paragraph is not None
            and self.takes_whole_paragraph()
        ):
            self.paragraphs_pasted.emit(chunks)
            return
        if cursor.hasSelection():
            cursor.removeSelectedText()
        for run in pasted_runs(chunks[0] if chunks else ""):
            fmt = QTextCharFormat()
            fmt.setFontItalic(run.italic)
            cursor.insertText(run.text, fmt)
        self.setTextCursor(cursor)

    def refresh_objects(self) -> None:
        """Redraw markers and references after their numbers changed."""
        self.document().markContentsDirty(0, self.document().characterCount())


def clipboard_text(source: QMimeData) -> str:
    """Return the clipboard's text, its italics marked as the importer reads them.

    Word puts HTML on the clipboard; its italic runs become exact italic spans, its
    paragraphs lines. Plain text comes back as it is.
    """
    if source.hasHtml():
        document = QTextDocument()
        document.setHtml(source.html())
        lines: list[str] = []
        block = document.begin()
        while block.isValid():
            parts: list[str] = []
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                text = fragment.text().replace("\u2028", " ").replace("\xa0", " ")
                if fragment.charFormat().fontItalic() and text.strip():
                    text = ITALIC_START + text + ITALIC_END
                parts.append(text)
                iterator += 1
            lines.append("".join(parts).replace(ITALIC_END + ITALIC_START, ""))
            block = block.next()
        text = "\n".join(lines).strip()
        if text:
            # HTML drops the spaces at the ends that join the text to what is around the cursor.
            plain = source.text()
            head = plain[:len(plain) - len(plain.lstrip())]
            tail = plain[len(plain.rstrip()):]
            return head + text + tail
    return source.text()


def pasted_runs(text: str) -> list[Text]:
    """Return pasted text as italic and roman runs (the importer's marks read)."""
    return read_paragraph(text, operative=False, top_level=False)[1]


def pasted_paragraphs(text: str) -> list[str]:
    """Split pasted text into paragraphs: at blank lines when there are any, else at line ends.

    Text that starts with a line break comes back with an empty first item.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    filled = [line for line in lines if line.strip()]
    if len(filled) == 1 and not lines[0].strip():
        return ["", re.sub(r"\s+", " ", filled[0]).strip()]  # a new paragraph of its own
    if len(filled) <= 1:
        # One line: keep the spaces at its ends, which join it to the text around the cursor.
        return [re.sub(r"\s+", " ", filled[0] if filled else text)]
    inner = lines[lines.index(filled[0]):len(lines) - lines[::-1].index(filled[-1])]
    if any(not line.strip() for line in inner):
        blocks: list[list[str]] = []
        current: list[str] = []
        for line in lines:
            if line.strip():
                current.append(line)
            elif current:
                blocks.append(current)
                current = []
        if current:
            blocks.append(current)
        chunks = [" ".join(block) for block in blocks]
    else:
        chunks = filled
    out = [re.sub(r"\s+", " ", chunk).strip() for chunk in chunks]
    if chunks[0][:1].isspace():
        out[0] = " " + out[0]  # joins the text before the cursor
    if chunks[-1][-1:].isspace():
        out[-1] += " "  # joins the text after the cursor
    if not lines[0].strip():
        out.insert(0, "")  # starts with a line break: nothing joins the text before the cursor
    return out


def _append_text(out: list[Inline], text: str, italic: bool) -> None:
    if not text:
        return
    last = out[-1] if out else None
    if isinstance(last, Text) and last.italic == italic:
        out[-1] = Text(last.text + text, italic)
    else:
        out.append(Text(text, italic))


class ParagraphEditor(QWidget):
    """Edit the selected paragraph: opening phrase with completion, then the text."""

    new_paragraph_requested = Signal()
    paragraphs_created = Signal(str)  # the id of the paragraph to show after a split or paste

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paragraphEditor")
        self.session = session
        self.paragraph_id: str | None = None
        self._loading = False
        self._pushing = False

        self.heading = QLabel(self.tr("Select a paragraph in the outline"))
        self.heading.setObjectName("editorHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.lead = QLineEdit()
        self.lead.setObjectName("leadEdit")
        self.lead.setPlaceholderText(self.tr("Opening phrase, e.g. Recalling or Requests"))
        self.lead.setAccessibleName(self.tr("Opening phrase"))
        italic = self.lead.font()
        italic.setItalic(True)
        self.lead.setFont(italic)
        self._phrase_model = QStringListModel(self)
        self.completer = QCompleter(self._phrase_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.lead.setCompleter(self.completer)
        self.warning = QLabel()
        self.warning.setObjectName("leadWarning")
        self.warning.setStyleSheet("color: #9a6700;")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.text = ParagraphTextEdit()
        self.text.session = session
        self.text.takes_whole_paragraph = self._takes_whole_paragraph
        self.text.setPlaceholderText(self.tr("Text of the paragraph, without its number or end "
                                             "punctuation"))
        self.text.installEventFilter(self)  # leaving the text commits it
        self.ending = QLabel()
        self.ending.setObjectName("endingLabel")
        self.ending.setStyleSheet("color: palette(placeholder-text);")

        form = QFormLayout()
        form.addRow(self.tr("&Opening phrase:"), self.lead)
        form.addRow("", self.warning)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        text_label = QLabel(self.tr("&Text:"))
        text_label.setBuddy(self.text)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.ending)

        # textChanged, not textEdited: picking a completion sets the text programmatically.
        self.lead.textChanged.connect(self._on_edited)
        self.text.document().contentsChanged.connect(self._on_edited)
        self.text.new_paragraph_requested.connect(self.new_paragraph_requested)
        self.text.split_requested.connect(self.split_at)
        self.text.paragraphs_pasted.connect(self.paste_paragraphs)
        # Enter, Tab or a chosen completion go on to the text, the caret at its end.
        self.lead.returnPressed.connect(self.focus_text)
        self.completer.activated.connect(lambda _text: self.focus_text())
        self.lead.installEventFilter(self)
        self.text.tab_pressed.connect(self._tab_from_text)
        QWidget.setTabOrder(self.lead, self.text)
        session.changed.connect(self._on_session_changed)
        self.set_paragraph(None)

    def set_session(self, session: Session) -> None:
        """Edit paragraphs of another session."""
        self.session.changed.disconnect(self._on_session_changed)
        self.session = session
        self.text.session = session
        session.changed.connect(self._on_session_changed)
        self.set_paragraph(None)

    # ------------------------------------------------------------ loading

    def set_paragraph(self, paragraph_id: str | None) -> None:
        """Show a paragraph (None: nothing selected)."""
        if paragraph_id != self.paragraph_id:
            self.commit()
        self.paragraph_id = paragraph_id
        self.text.source_id = paragraph_id
        paragraph = self.session.paragraph(paragraph_id) if paragraph_id else None
        enabled = paragraph is not None
        heading = paragraph is not None and paragraph.kind is ParagraphKind.HEADING
        self.lead.setEnabled(enabled and not heading)
        self.text.setEnabled(enabled)
        self.text.setPlaceholderText(
            self.tr("Text of the heading, e.g. Follow-up") if heading
            else self.tr("Text of the paragraph, without its number or end punctuation"))
        self._load(paragraph)

    def _load(self, paragraph: Paragraph | None, keep_cursor: bool = False) -> None:
        position = self.text.textCursor().position()
        self._loading = True
        try:
            if paragraph is None:
                self.lead.clear()
                self.text.set_content([])
            else:
                if self.lead.text() != paragraph.lead:
                    self.lead.setText(paragraph.lead)
                self.text.set_content(paragraph.content)
                info = self.session.derived.info.get(paragraph.id)
                if info is not None:
                    language, gender = self._draft_language()
                    self._phrase_model.setStringList(
                        list(phrases_in(info.part, language, gender or "f")))
        finally:
            self._loading = False
        if keep_cursor:
            cursor = self.text.textCursor()
            cursor.setPosition(min(position, self.text.document().characterCount() - 1))
            self.text.setTextCursor(cursor)
        self._update_labels()

    def _draft_language(self) -> tuple[str, str | None]:
        """Return the draft's language and the gender its opening phrases agree with."""
        metadata = self.session.resolution.metadata
        if metadata.language == "en":
            return "en", None
        return metadata.language, languages.organ_gender(metadata.body, metadata.language)

    def _update_labels(self) -> None:
        paragraph = self.session.paragraph(self.paragraph_id) if self.paragraph_id else None
        if paragraph is None:
            self.heading.setText(self.tr("Select a paragraph in the outline"))
            self.ending.clear()
            self.warning.hide()
            return
        info = self.session.derived.info[paragraph.id]
        if info.part is Part.ANNEX or (info.section and
                                       info.section != self.session.resolution.part_letter):
            # "Paragraph 3 of Annex II", "Operative paragraph 2 of part B": say which text.
            what = self.session.describe(paragraph.id)
            what = what[:1].upper() + what[1:]
        elif paragraph.kind is ParagraphKind.HEADING:
            what = self.tr("Heading")
        elif info.depth:
            what = self.tr("Sub-paragraph {label}").format(
                label=self.session.label(paragraph.id)).rstrip().rstrip(".")
        elif info.part is Part.PREAMBULAR:
            what = self.tr("Preambular paragraph {number}").format(number=info.ordinal)
        else:
            # "Operative paragraph 2", not "2.": the label's full stop is no part of the name.
            what = self.tr("Operative paragraph {label}").format(
                label=self.session.label(paragraph.id).rstrip(".") or self.tr("(unnumbered)"))
        self.heading.setText(what)
        if paragraph.ending is not None:
            # Set by the drafter or the source text: shown as such, never silently replaced.
            if info.end:
                self.ending.setText(self.tr("Ends with “{ending}”, as its text has it").format(
                    ending=info.end))
            else:
                self.ending.setText(self.tr("Ends without punctuation, as its text has it"))
        else:
            self.ending.setText(self.tr("Ends with “{ending}”").format(ending=info.end)
                                if info.end else "")
        lead = self.lead.text()
        # An annex's paragraphs have no standard opening phrases to check against.
        top_level = (paragraph.kind is ParagraphKind.PARAGRAPH and info.depth == 0
                     and info.part is not Part.ANNEX)
        problem = lead_warning(lead, info.part, *self._draft_language()) if top_level else None
        if problem:
            self.warning.setText(problem)
            self.warning.show()
        else:
            self.warning.hide()

    # ------------------------------------------------------------ editing

    def _on_edited(self, *_args: object) -> None:
        if self._loading or self.paragraph_id is None:
            return
        self._pushing = True
        try:
            self.session.set_text(self.paragraph_id, self.lead.text(), self.text.content())
        finally:
            self._pushing = False
        self._update_labels()

    def commit(self) -> None:
        """Finish editing the shown paragraph: its typed end punctuation goes (it is derived)."""
        if self.paragraph_id is not None and not self._loading:
            self.session.commit_text(self.paragraph_id)
        else:
            self.session.new_burst()

    def focus_text(self) -> None:
        """Put the caret at the end of the text, where the drafter goes on typing."""
        if self.text.isEnabled():
            self.text.setFocus(Qt.FocusReason.TabFocusReason)
            self.text.moveCursor(QTextCursor.MoveOperation.End)

    def _tab_from_text(self, _forward: bool) -> None:
        if self.lead.isEnabled():
            self.lead.setFocus(Qt.FocusReason.TabFocusReason)
            self.lead.end(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Commit the text when the cursor leaves it; Tab in the opening phrase goes to it."""
        if (watched is self.lead and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.focus_text()
            return True
        if watched is self.text and isinstance(event, QFocusEvent) and event.lostFocus():
            # Not when a dialog or a menu takes the focus for a moment (Insert Footnote after
            # "development,"): the drafter is still in the middle of the paragraph.
            transient = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)
            if event.reason() not in transient:
                self.commit()
        return False

    def focus_first_field(self) -> None:
        """Put the keyboard focus in the first field that takes typing."""
        if self.lead.isEnabled() and not self.lead.text():
            self.lead.setFocus()
        elif self.text.isEnabled():
            self.text.setFocus()
            self.text.moveCursor(QTextCursor.MoveOperation.End)

    def split_at(self, offset: int) -> None:
        """Split the paragraph at ``offset``: the text after it goes to a new paragraph."""
        if self.paragraph_id is None:
            return
        lead, content = self.pending_text()
        before, after = split_content(content, offset)
        # The space at the split belongs to neither paragraph.
        if before and isinstance(before[-1], Text):
            before = before[:-1] + ([Text(before[-1].text.rstrip(), before[-1].italic)]
                                    if before[-1].text.strip() else [])
        if after and isinstance(after[0], Text):
            after = ([Text(after[0].text.lstrip(), after[0].italic)]
                     if after[0].text.strip() else []) + after[1:]
        created = self.session.split_paragraph(self.paragraph_id, lead, before, [after])
        if created:
            self.paragraphs_created.emit(created[0])

    def paste_paragraphs(self, chunks: list[str]) -> None:
        """Paste several paragraphs into the shown one, as one undo step.

        The rule, as in Word:

        - the text before the cursor stays in this paragraph; the text after it goes to the
          end of the last pasted paragraph;
        - the first pasted paragraph is inserted at the cursor as text when it has no label;
          when it carries a label ("4.", "(a)", "(i)") or the pasted text starts with a line
          break it becomes a paragraph of its own (an empty paragraph takes it whole instead);
        - a labelled paragraph goes to the level its label says: "1." a top-level operative
          paragraph (after this paragraph's top-level one, or first in the operative part when
          pasted into the preamble), "(a)" a sub-paragraph and "(i)" a sub-sub-paragraph, under
          this paragraph or the nearest paragraph above it, pasted or not, one level up;
        - an unlabelled paragraph follows the paragraph pasted before it, on the same level;
        - labels go, top-level paragraphs get their opening phrase split off, each pasted
          paragraph loses its typed end punctuation (the ending is derived) and a final
          "; and" / "; or" becomes the paragraph's connector.
        """
        if self.paragraph_id is None or not chunks:
            return
        paragraph = self.session.paragraph(self.paragraph_id)
        info = self.session.derived.info.get(self.paragraph_id)
        if paragraph is None or info is None:
            return
        cursor = self.text.textCursor()
        if cursor.hasSelection():
            cursor.removeSelectedText()
        lead, content = self.pending_text()
        before, after = split_content(content, cursor.position())
        items = pasted_labels(chunks)
        level, text = items[0]
        if not lead and not content and text and level in (None, info.depth):
            # An empty paragraph takes the first pasted one whole.
            top = info.depth == 0 and paragraph.kind is ParagraphKind.PARAGRAPH
            lead, runs = _lead_split(text.strip(), info.part, top, self._draft_language()[0])
            first: list[Inline] = _without_ending(runs, info.part)
            items = items[1:]
        elif level is None and text:
            first = before + list(pasted_runs(text))
            items = items[1:]
        else:
            first = _rstripped(before)
            if not text:
                items = items[1:]  # the pasted text starts with a line break
        placements = self._placements(info.part, self._path_to(self.paragraph_id), info.depth,
                                      items, self._draft_language()[0])
        # Operative paragraphs pasted into a further part's preamble go to that part's own.
        container = edit.locate(self.session.resolution, self.paragraph_id).container
        placements = [replace(placement, container=container)
                      if placement.anchor_id is None else placement for placement in placements]
        # The last pasted paragraph: the deepest last one of the last placed paragraph.
        last = _last_descendant(placements[-1].paragraph) if placements else None
        if last is None:
            first = first + after
        else:
            last.content = _merged(last.content + after) if after else _rstripped(last.content)
        created = self.session.paste_paragraphs(self.paragraph_id, lead, _merged(first),
                                                placements)
        if created:
            self.paragraphs_created.emit(last.id if last is not None else created[-1])

    def _takes_whole_paragraph(self) -> bool:
        """Say whether a paste fills the shown paragraph: it is empty, opening phrase too."""
        return (self.paragraph_id is not None and not self.lead.text()
                and self.text.document().isEmpty())

    def _path_to(self, paragraph_id: str) -> list[str]:
        """Return the ids from the top-level paragraph down to ``paragraph_id``."""
        path = [paragraph_id]
        info = self.session.derived.info.get(paragraph_id)
        while info is not None and info.parent_id is not None:
            path.insert(0, info.parent_id)
            info = self.session.derived.info.get(info.parent_id)
        return path

    @staticmethod
    def _placements(part: Part, chain: list[str], depth: int,
                    items: list[tuple[int | None, str]], language: str = "en") -> list[Placement]:
        """Build the pasted paragraphs and say where each goes (see ``paste_paragraphs``)."""
        placements: list[Placement] = []
        new: dict[str, Paragraph] = {}
        last_depth = depth
        for number, (level, text) in enumerate(items):
            to_operative = level == 0 and part is Part.PREAMBULAR
            target = last_depth if level is None else min(level, len(chain), MAX_DEPTH)
            if to_operative:
                part = Part.OPERATIVE
            body = text.strip() if number < len(items) - 1 else text.lstrip()
            connector = CONNECTOR.search(body)
            if connector is not None:
                body = body[:connector.start()]
            lead, runs = _lead_split(body, part, target == 0, language)
            pasted = Paragraph(lead=lead, content=_without_ending(runs, part)
                               if body.strip() else [],
                               connector=connector.group(1) if connector else "")
            parent = chain[target - 1] if target > 0 else None
            if to_operative:
                placements.append(Placement(pasted, None, part=Part.OPERATIVE))
            elif parent is not None and parent in new:
                new[parent].children.append(pasted)
            elif target < len(chain):
                placements.append(Placement(pasted, chain[target]))
            else:
                placements.append(Placement(pasted, parent, as_child=True))
            new[pasted.id] = pasted
            chain = chain[:target] + [pasted.id]
            last_depth = target
        return placements

    def toggle_italic(self) -> None:
        """Italicize the selected text, or make it roman when it is all italic already.

        With no selection, the words typed next are italic (or roman again), as in Word.
        """
        cursor = self.text.textCursor()
        if self.paragraph_id is None:
            return
        if not cursor.hasSelection():
            fmt = QTextCharFormat()
            fmt.setFontItalic(not self.text.currentCharFormat().fontItalic())
            self.text.mergeCurrentCharFormat(fmt)
            return
        fmt = QTextCharFormat()
        fmt.setFontItalic(not cursor.charFormat().fontItalic())
        self.session.new_burst()  # its own undo step
        cursor.mergeCharFormat(fmt)
        self.session.new_burst()

    def pending_text(self) -> tuple[str, list[Inline]]:
        """Return the opening phrase and text as shown now."""
        return self.lead.text(), self.text.content()

    def cursor_offset(self) -> int:
        """Return the text cursor's offset in editor characters."""
        return self.text.textCursor().position()

    def _on_session_changed(self, kind: str, paragraph_id: object) -> None:
        if self.paragraph_id is None:
            return
        paragraph = self.session.paragraph(self.paragraph_id)
        if paragraph is None or self.session.derived.info.get(self.paragraph_id) is None:
            self.set_paragraph(None)
            return
        if self._pushing:
            return
        if kind != TEXT:
            self.text.refresh_objects()
        if (paragraph.lead, paragraph.content) != self.pending_text():
            self._load(paragraph, keep_cursor=True)
        else:
            self._update_labels()

    def place_cursor_after_object(self, offset: int) -> None:
        """Put the cursor just after an object inserted at ``offset``."""
        cursor = self.text.textCursor()
        cursor.setPosition(min(offset + 1, self.text.document().characterCount() - 1))
        self.text.setTextCursor(cursor)


def _merged(content: list[Inline]) -> list[Inline]:
    out: list[Inline] = []
    for item in content:
        if isinstance(item, Text):
            _append_text(out, item.text, item.italic)
        else:
            out.append(item)
    return out


# "(b)" and "(i)" as English prints them, "b)" and "i)" as Spanish and French do.
LABEL = re.compile(r"^\s*(?:(?P<number>\d+)\.|\(?(?P<token>[a-z]{1,2}|[ivx]+)\))\s+")
CONNECTOR = re.compile(r";\s+(and|or)\s*$")  # "…; and" before the last item of a list
ROMAN = re.compile(r"^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$")


def pasted_labels(chunks: list[str]) -> list[tuple[int | None, str]]:
    """Return each pasted paragraph's level by its label and its text without the label.

    The level is 0 for "1.", 1 for "(a)" or "a)", 2 for "(i)" or "i)" and None for no label.
    "(i)", "(v)" and "(x)" are letters when the letter before or after them is pasted too.
    """
    found = [LABEL.match(chunk) for chunk in chunks]
    tokens = [match.group("token") if match else None for match in found]
    out: list[tuple[int | None, str]] = []
    for index, (chunk, match) in enumerate(zip(chunks, found, strict=True)):
        if match is None:
            out.append((None, chunk))
        elif match.group("number"):
            out.append((0, chunk[match.end():]))
        else:
            out.append((_token_level(tokens, index), chunk[match.end():]))
    return out


def _token_level(tokens: list[str | None], index: int) -> int:
    token = tokens[index]
    assert token is not None
    if not ROMAN.match(token):
        return 1
    if len(token) > 1:
        return 2
    previous = next((t for t in reversed(tokens[:index]) if t), None)
    following = next((t for t in tokens[index + 1:] if t), None)
    if previous is not None and len(previous) == 1 and ord(previous) + 1 == ord(token):
        return 1
    if following is not None and len(following) == 1 and ord(token) + 1 == ord(following):
        return 1
    return 2


def _lead_split(
    text: str, part: Part, top_level: bool = True, language: str = "en"
) -> tuple[str, list[Inline]]:
    """Read a pasted paragraph as the importer does: its opening phrase and its runs.

    An annex's paragraphs get no opening phrase read into them ("Decides" there is a word).
    """
    top_level = top_level and part is not Part.ANNEX
    lead, runs = read_paragraph(text, part is Part.OPERATIVE, top_level, language)
    return lead, list(runs)


def _without_ending(content: list[Inline], part: Part) -> list[Inline]:
    """Drop a typed end punctuation, which is derived, except in an annex, which prints the
    punctuation its text has."""
    return content if part is Part.ANNEX else without_typed_ending(content)


def _rstripped(content: list[Inline]) -> list[Inline]:
    """Return content without the spaces at its end (they joined it to what followed)."""
    if content and isinstance(content[-1], Text):
        text = content[-1].text.rstrip()
        return content[:-1] + ([Text(text, content[-1].italic)] if text else [])
    return content


def _last_descendant(paragraph: Paragraph) -> Paragraph:
    while paragraph.children:
        paragraph = paragraph.children[-1]
    return paragraph
