"""Real Word footnotes: the ``/word/footnotes.xml`` part python-docx has no API for.

The reference document already holds the part with its separator (-1) and continuation
separator (0) notes, and ``settings.xml`` names them in ``w:footnotePr``; this module finds
the part and appends numbered notes to it.
"""

from __future__ import annotations

from collections.abc import Iterable

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import PartFactory, XmlPart
from docx.oxml.parser import parse_xml
from lxml import etree

from . import ooxml
from . import styles as S

# Load an existing footnotes part as an editable XML tree rather than an opaque blob.
PartFactory.part_type_for.setdefault(CT.WML_FOOTNOTES, XmlPart)

_EMPTY_PART = (
    f'<w:footnotes xmlns:w="{ooxml.W_NS}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote></w:footnotes>"
)


class Footnotes:
    """The footnotes part of a document being written."""

    def __init__(self, document: DocxDocument) -> None:
        """Find the footnotes part of ``document``, adding one if the template lacks it."""
        part = document.part
        for rel in part.rels.values():
            if rel.reltype == RT.FOOTNOTES and not rel.is_external:
                target = rel.target_part
                if isinstance(target, XmlPart):
                    self._root = target.element
                    return
                raise TypeError("footnotes part was not loaded as XML")
        new = XmlPart(
            PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(_EMPTY_PART),
            part.package,
        )
        part.relate_to(new, RT.FOOTNOTES)
        self._root = new.element

    def add(self, note_id: int, runs: Iterable[tuple[str, ooxml.Font, bool]],
            mark: str = "") -> etree._Element:
        """Append note ``note_id`` (>= 1) with the given runs; ``mark`` for "*" notes.

        Each run is (text, font, no_break): a no-break run is a symbol kept whole.
        """
        note = ooxml.footnote(note_id)
        p = ooxml.paragraph(S.FOOTNOTE_TEXT)
        if mark:
            ooxml.add_custom_mark(p, mark, S.FOOTNOTE_REFERENCE)
        else:
            ooxml.add_footnote_mark(p, S.FOOTNOTE_REFERENCE)
        ooxml.add_tab(p)
        for text, font, no_break in runs:
            if no_break:
                ooxml.add_no_break_text(p, text, font)
            else:
                ooxml.add_text(p, text, font)
        note.append(p)
        self._root.append(note)
        return note

    def set_rule(self, left: int, length: int, text_width: int) -> None:
        """Draw the separator above the notes as a rule ``length`` long, ``left`` from the margin.

        Word's own separator starts at the margin with a fixed length; a bordered paragraph
        with its indents sets both.
        """
        note = self._root.find(f"{ooxml.w('footnote')}[@{ooxml.TYPE}='separator']")
        if note is None:
            return
        for child in list(note):
            note.remove(child)
        note.append(ooxml.paragraph(
            border_bottom=4, after=0, line=120,
            indent=ooxml.Indent(left=left, right=text_width - left - length),
        ))

    @property
    def element(self) -> etree._Element:
        """Return the ``w:footnotes`` root."""
        return self._root
