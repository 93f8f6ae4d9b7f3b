"""The seed exported in Spanish and French: each element of the spec checked in the .docx.

The drafts are the seed with its paragraphs translated (tests/data/languages/); everything
else - masthead, session line, sponsors line, labels, markers, punctuation - comes from the
language of the draft. Expected texts are written out by hand from the spec.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from draftdesk.compose import Options, compose
from draftdesk.export import export_docx
from draftdesk.export.ooxml import W_NS
from draftdesk.model import CoverNote, CrossRef, FootnoteRef, Paragraph, Resolution, Text
from language_fixtures import translated_seed
from tools import samples

NS = {"w": W_NS, "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
W = f"{{{W_NS}}}"
NBSP = "\u00a0"


class Word:
    """An exported .docx read as text: runs in order, a footnote reference as ^n."""

    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as archive:
            self.parts = {name: archive.read(name) for name in archive.namelist()}

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.parts[name])

    @staticmethod
    def text(p: etree._Element) -> str:
        out = []
        for node in p.iter(f"{W}t", f"{W}tab", f"{W}footnoteReference", f"{W}br"):
            if node.tag == f"{W}t":
                out.append(node.text or "")
            elif node.tag == f"{W}footnoteReference":
                out.append(f"^{node.get(f'{W}id')}")
            elif node.tag == f"{W}br":
                out.append("\n")
            elif node.getparent() is not None and node.getparent().tag == f"{W}r":
                out.append("\t")
        return "".join(out)

    def body(self) -> list[str]:
        return [self.text(p) for p in self.xml("word/document.xml").findall("w:body/w:p", NS)]

    def italic(self) -> list[str]:
        return [
            r.findtext("w:t", namespaces=NS) or ""
            for r in self.xml("word/document.xml").iter(f"{W}r")
            if r.find("w:rPr/w:i", NS) is not None
        ]

    def first_page_header(self) -> list[str]:
        rels = self.xml("word/_rels/document.xml.rels")
        targets = {rel.get("Id"): rel.get("Target") for rel in rels}
        sect = self.xml("word/document.xml").find("w:body/w:sectPr", NS)
        for ref in sect.findall("w:headerReference", NS):
            if ref.get(f"{W}type") == "first":
                header = self.xml("word/" + targets[ref.get(f"{{{NS['r']}}}id")])
                return [self.text(p) for p in header.findall("w:p", NS)]
        raise AssertionError("no first-page header")

    def footnotes(self) -> list[str]:
        notes = self.xml("word/footnotes.xml").findall("w:footnote", NS)
        return [self.text(n).strip() for n in notes if int(n.get(f"{W}id")) > 0]


def exported(resolution: Resolution, tmp_path: Path, name: str) -> Word:
    path = tmp_path / f"{name}.docx"
    export_docx(resolution, path)
    return Word(path)


@pytest.fixture
def spanish(tmp_path: Path) -> Word:
    return exported(translated_seed("es"), tmp_path, "es")


@pytest.fixture
def french(tmp_path: Path) -> Word:
    return exported(translated_seed("fr"), tmp_path, "fr")


def _labels(body: list[str]) -> list[str]:
    return [text.split("\t")[0] for text in body if "\t" in text]


def test_spanish_masthead(spanish: Word) -> None:
    header = spanish.first_page_header()
    assert header[0].split("\t")[0] == "Naciones Unidas"
    assert header[1] == "Asamblea General\tDistr. limitada"
    assert "\t30 de noviembre de 2007" in header
    assert "\tOriginal: español" in header


def test_spanish_cover(spanish: Word) -> None:
    body = spanish.body()
    assert body[:6] == [
        "Sexagésimo segundo período de sesiones",
        "Tema 116 del programa",
        "Seguimiento de los resultados de la Cumbre del Milenio",
        "Ecuador y México: proyecto de resolución",
        "Foro Mundial sobre la Migración y el Desarrollo",
        "La Asamblea General,",
    ]
    assert "La Asamblea General" in spanish.italic()


def test_spanish_labels_and_punctuation(spanish: Word) -> None:
    body = spanish.body()
    assert _labels(body) == ["1.", "a)", "b)", "2.", "3."]
    paragraphs = body[6:-1]  # after the formula, before the closing rule
    preambular, operative = paragraphs[:9], paragraphs[9:]
    assert all(text.endswith(",") for text in preambular)
    assert operative[0].endswith("a este respecto, solicita:")
    assert operative[1].startswith("a)\tAl Secretario General que presente")
    assert operative[1].endswith("el fenómeno de la migración;")
    assert operative[3].startswith("2.\tSolicita a los Estados Miembros")
    assert operative[4].endswith("sexagésimo tercer período de sesiones, un informe sobre la "
                                 "aplicación de la presente resolución.")
    italic = spanish.italic()
    for lead in ("Recordando", "Considerando", "Acogiendo con beneplácito", "Reconociendo también",
                 "Reconoce", "Solicita"):
        assert lead in italic


def test_spanish_markers_stand_before_the_punctuation(spanish: Word) -> None:
    text = "\n".join(spanish.body())
    assert "la Cumbre Mundial 2005^1 se reconoció" in text
    assert "la migración internacional y el desarrollo^2, preparado en cumplimiento" in text
    assert "del Presidente de la Asamblea General^3, se subrayó" in text
    assert spanish.footnotes() == [
        "Véase la resolución 60/1, párrs. 61 y 62.", "A/60/871.", "A/61/515."
    ]


def test_french_masthead(french: Word) -> None:
    header = french.first_page_header()
    assert header[0].split("\t")[0] == "Nations Unies"
    assert header[1] == "Assemblée générale\tDistr. limitée"
    assert "\t30 novembre 2007" in header
    assert f"\tOriginal{NBSP}: français" in header


def test_french_cover(french: Word) -> None:
    assert french.body()[:6] == [
        "Soixante-deuxième session",
        "Point 116 de l’ordre du jour",
        "Suite donnée aux textes issus du Sommet du Millénaire",
        f"Équateur et Mexique{NBSP}: projet de résolution",
        "Forum mondial sur la migration et le développement",
        "L’Assemblée générale,",
    ]
    assert "L’Assemblée générale" in french.italic()


def test_french_labels_spaces_and_markers(french: Word) -> None:
    body = french.body()
    assert _labels(body) == ["1.", "a)", "b)", "2.", "3."]
    paragraphs = body[6:-1]
    assert all(text.endswith(",") for text in paragraphs[:9])
    assert paragraphs[9].endswith(f"à cet égard, prie{NBSP}:")
    assert paragraphs[10].endswith("le phénomène migratoire;")  # no space before ";" by default
    assert paragraphs[-1].endswith("sur l’application de la présente résolution.")
    text = "\n".join(body)
    assert "les migrations internationales et le développement^2, établi en application" in text
    assert "du Président de l’Assemblée générale^3, a souligné" in text
    for lead in ("Rappelant", "Considérant", "Se félicitant", "Reconnaissant également",
                 "Reconnaît", "Prie"):
        assert lead in french.italic()


def test_punctuation_typed_before_a_marker_moves_after_it(tmp_path: Path) -> None:
    resolution = translated_seed("es")
    note = resolution.preambular[0].content[1]
    assert isinstance(note, FootnoteRef)
    # Typed the English way: the comma before the marker; and a marker closing a paragraph.
    resolution.preambular[4].content = [
        Text("la importancia de los Derechos Políticos,"), note, Text(" en particular")
    ]
    resolution.operative[2].content.append(note)
    body = exported(resolution, tmp_path, "typed").body()
    # A note cited again prints its number in superscript text rather than a reference.
    assert "de los Derechos Políticos1, en particular," in "\n".join(body)
    assert body[-2].endswith("de la presente resolución1.")


def test_the_language_option_overrides_the_drafts_language() -> None:
    resolution = translated_seed("es")
    english = compose(resolution, Options(language="en"))
    assert english.cover()[0].text == "Sixty-second session"
    assert compose(resolution).cover()[0].text == "Sexagésimo segundo período de sesiones"


def test_first_of_the_month_and_cover_note_asterisk() -> None:
    for code, date, star_line in (
        ("es", "1 de julio de 2013", "Ecuador y México*: proyecto de resolución"),
        ("fr", "1er juillet 2013", f"Équateur et Mexique*{NBSP}: projet de résolution"),
    ):
        resolution = translated_seed(code)
        resolution.metadata.date = dt.date(2013, 7, 1)
        resolution.metadata.cover_notes = [CoverNote("sponsors", "Nota.")]
        printed = compose(resolution)
        assert printed.masthead is not None and printed.masthead.date == date
        assert [b.text for b in printed.cover() if b.role == "sponsors"] == [star_line]


def test_sub_paragraph_references_and_annex_in_the_language() -> None:
    resolution = translated_seed("fr")
    target = resolution.operative[0].children[1]
    resolution.operative[1].content.append(Text(" (voir "))
    resolution.operative[1].content.append(CrossRef(target.id))
    resolution.operative[1].content.append(Text(")"))
    printed = compose(resolution)
    texts = [block.text for block in printed.blocks]
    assert any("(voir paragraphe 1 b))" in text for text in texts)


def test_quotation_marks_and_the_last_paragraph() -> None:
    for code, lead, text, printed_text in (
        ("es", "Decide", "seguir examinando “la cuestión”",
         "Decide seguir examinando “la cuestión”."),
        ("fr", "Décide", "de poursuivre l’examen de “la question”",
         f"Décide de poursuivre l’examen de «{NBSP}la question{NBSP}»."),
    ):
        resolution = translated_seed(code)
        resolution.operative.append(Paragraph(lead=lead, content=[Text(text)]))
        blocks = compose(resolution).blocks
        assert blocks[-2].text == printed_text
        assert blocks[-3].text.endswith(";")


# English forms of the format that a Spanish or French document must not print.
ENGLISH_FORMS = re.compile(
    r"United Nations|General Assembly|Security Council|Human Rights Council|draft resolution|"
    r"draft decision|Agenda items?|\b\w+(?:st|nd|rd|th) session|Committee|Distr\.:|English|"
    r"^\([a-z]+\)$|\bparagraph\b|^Annex\b"
)


@pytest.mark.parametrize(
    "sample", ["gfmd", "committee_draft", "security_council", "human_rights_council",
               "with_annex", "decision"],
)
@pytest.mark.parametrize("code", ["es", "fr"])
def test_no_english_word_of_the_format_is_left(code: str, sample: str) -> None:
    printed = compose(getattr(samples, sample)(), Options(language=code))
    masthead = printed.masthead
    assert masthead is not None
    fields = [masthead.organization, masthead.organ, masthead.distribution, masthead.date,
              masthead.original]
    words = fields + [b.text for b in printed.cover()] + [
        b.label for b in printed.blocks
    ] + [b.text for b in printed.blocks if b.role in ("annex-heading",)]
    for text in words:
        assert not ENGLISH_FORMS.search(text), (sample, text)
