"""Style names and page geometry of the UN L-document look, in one place.

The styles themselves live in ``resources/reference.docx`` (built by ``build_reference.py``);
the writer only names them through the constants below. Lengths are in twentieths of a point
(twips), the unit of WordprocessingML, measured on A/C.2/80/L.30 (un-format.md §4).
"""

from __future__ import annotations

from dataclasses import dataclass

# ---------------------------------------------------------------- paragraph styles (style ids)
NORMAL = "Normal"
BODY = "UNBody"  # the base of every body paragraph: the body block, justified, 6 pt after
FORMULA = "UNFormula"  # "The General Assembly," at the first-line indent
PREAMBULAR = "UNPreambular"  # preambular paragraphs
OPERATIVE = "UNOperative"  # operative paragraphs: "1." at the first-line indent, tab, text
SUBPARAGRAPH = "UNSubparagraph"  # (a), (b): continuation lines at the body indent
SUBPARAGRAPH_2 = "UNSubparagraph2"  # (i), (ii) and deeper: continuation lines stay at 147.1
QUOTE = "UNQuote"  # a quoted block inside the preamble
HEADING = "UNHeading"  # a section heading inside a part, its numeral on the line above
ANNEX_HEADING = "UNAnnexHeading"  # "Annex", bold at the body indent
ANNEX_TITLE = "UNAnnexTitle"  # the annex's title, bold
ANNEX_PARAGRAPH = "UNAnnexParagraph"  # "1." at the body indent, text at the first-line indent
SESSION = "UNSession"  # session block, flush left at the margin
SESSION_BOLD = "UNSessionBold"  # agenda item title
COMMITTEE = "UNCommittee"  # "Second Committee", bold 12 pt
SPONSORS = "UNSponsors"  # "Chile, …: draft resolution", bold 10 pt at the body indent
TITLE = "UNTitle"  # the resolution's title, bold 12 pt at the body indent
PART_LETTER = "UNPartLetter"  # "A", "B" opening a part of a text in parts, bold 12 pt
PART_TITLE = "UNPartTitle"  # a part's own title, bold 12 pt at the body indent
ADOPTED = "UNAdopted"  # "Resolution adopted by the General Assembly on …"
REPORT = "UNReport"  # "[on the report of the Sixth Committee (A/80/450, para. 9)]"
CLOSING = "UNClosing"  # "64th plenary meeting" / date, at the end of an adopted resolution
END_RULE = "UNEndRule"  # the short centred rule under the last paragraph
MASTHEAD = "UNMasthead"  # page-1 header lines
RUNNING_HEAD = "UNRunningHead"  # the symbol on pages 2+
PAGE_FOOTER = "UNPageFooter"  # "2/4" on pages 2+
HEADER = "Header"
FOOTER = "Footer"
FOOTNOTE_TEXT = "FootnoteText"

# ---------------------------------------------------------------- character styles
FOOTNOTE_REFERENCE = "FootnoteReference"
DEFAULT_PARAGRAPH_FONT = "DefaultParagraphFont"

# ---------------------------------------------------------------- geometry (twips)
MARGIN_SIDE = 1200  # 60 pt: the masthead spans x = 60 … 552 pt on Letter
MARGIN_TOP = 1500
MARGIN_BOTTOM = 1120
HEADER_DISTANCE = 760
FOOTER_DISTANCE = 676
BODY_INDENT = 1268  # 63.4 pt: body block at x = 123.4 pt
FIRST_LINE = 475  # 23.75 pt: labels and first lines at x = 147.1 pt
LABEL_TAB = 2218  # 110.9 pt from the margin: text after a label at x = 170.9 pt
DISTR_TAB = 6740  # 337 pt from the margin: "Distr.", date, "Original" at x = 397 pt
NOTE_HANGING = 128  # footnote marker at x = 117 pt, text at the body indent
SESSION_RIGHT = 5040  # the session block wraps about 240 pt from the margin
RULE_LENGTH = 1440  # 72 pt: the closing rule
ANNEX_TAB = BODY_INDENT + FIRST_LINE  # an annex paragraph's text after its number: 147.1 pt
NUMBER_TAB = 1012  # an adopted resolution's number ends here (x = 110.6 pt), right-aligned
# Character spacing of all text, in twentieths of a point: "Expanded by 0.3 pt", set once in
# the document defaults (never on a run). The official PDFs, written by Word, set every letter
# 0.27-0.31 pt wider than Times New Roman's metrics inside words, which Word does only for a
# character-spacing setting in the file; with it the line and page breaks match (decision 8).
LETTER_SPACING = 6
# The short rule above the notes: from x = 100 pt, 71 pt long (un-format.md §4).
NOTE_RULE_LEFT = 800
NOTE_RULE_LENGTH = 1420


@dataclass(frozen=True)
class PageSize:
    """A paper size in twips."""

    name: str
    width: int
    height: int

    @property
    def text_width(self) -> int:
        """Return the width between the side margins."""
        return self.width - 2 * MARGIN_SIDE


LETTER = PageSize("Letter", 12240, 15840)
A4 = PageSize("A4", 11906, 16838)
