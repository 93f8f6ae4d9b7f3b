"""Style names and page geometry of the UN L-document look, in one place.

The styles themselves live in ``resources/reference.docx`` (built by ``build_reference.py``);
the writer only names them through the constants below. Lengths are in twentieths of a point
(twips), the unit of WordprocessingML, measured on A/C.2/80/L.30 (un-format.md §4).
"""

from __future__ import annotations

from dataclasses import dataclass

# ---------------------------------------------------------------- paragraph styles (style ids)
NORMAL = "Normal"
BODY = "UNBody"  # preambular, operative and sub-paragraphs, the opening formula
QUOTE = "UNQuote"  # a quoted block inside the preamble
HEADING = "UNHeading"  # a section heading inside a part
SESSION = "UNSession"  # session block, flush left at the margin
SESSION_BOLD = "UNSessionBold"  # agenda item title
COMMITTEE = "UNCommittee"  # "Second Committee", bold 12 pt
SPONSORS = "UNSponsors"  # "Chile, …: draft resolution", bold 10 pt at the body indent
TITLE = "UNTitle"  # the resolution's title, bold 12 pt at the body indent
ADOPTED = "UNAdopted"  # "Resolution adopted by the General Assembly on …"
REPORT = "UNReport"  # "[on the report of the Sixth Committee (A/80/450, para. 9)]"
CLOSING = "UNClosing"  # "64th plenary meeting" / date, at the end of an adopted resolution
END_RULE = "UNEndRule"  # the short centred rule under the last paragraph
MASTHEAD = "UNMasthead"  # page-1 header lines
RUNNING_HEAD = "UNRunningHead"  # the symbol on pages 2+
PAGE_FOOTER = "UNPageFooter"  # "2/4" on pages 2+
COVER_NOTE = "UNCoverNote"  # asterisk notes at the bottom of page 1
COVER_RULE = "UNCoverRule"  # the short rule above the asterisk notes
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
RESOLUTION_NUMBER = 1000  # 50 pt: room for "80/164." before an adopted title
RULE_LENGTH = 1440  # 72 pt: the closing rule and the cover-note rule
# UN PDFs set text about 0.3 pt wider per character than Times New Roman's own metrics
# (e.g. "September" 45.2 pt instead of 42.8 pt at 10 pt); without it an export runs a page
# short of the official one.
LETTER_SPACING = 6


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
