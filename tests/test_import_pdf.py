"""Importing text copied from a PDF viewer: wrapped lines, hyphenation, page furniture."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from draftdesk.errors import InputError
from draftdesk.importers import import_file, import_text
from draftdesk.importers.pdftext import Dehyphenator
from draftdesk.model import Resolution, derive
from test_import_text import CORPUS, CORPUS_FILES, counts, expected, printed_lines

WIDTH = 90
PAGE_LINES = 50
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUP_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")
DIGIT_TO_SUP = str.maketrans("0123456789", SUPERSCRIPTS)
MARKER = re.compile(f"[{SUPERSCRIPTS}]+")
FORMULA = re.compile(r"^The (General Assembly|Security Council)")


def wrap(text: str, rng: random.Random, width: int = WIDTH) -> list[str]:
    """Wrap a paragraph as a PDF does, splitting some long words with a hyphen."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= width:
            current = candidate
            continue
        room = width - len(current) - (1 if current else 0)
        split = _split_word(word, room, rng)
        if split is not None:
            head, tail = split
            lines.append(f"{current} {head}" if current else head)
            current = tail
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def _split_word(word: str, room: int, rng: random.Random) -> tuple[str, str] | None:
    """Split a word at a line end: after an existing hyphen, or hyphenated between syllables."""
    if "-" in word[1:-1]:
        cut = word.index("-", 1) + 1
        if cut <= room and word[cut:cut + 1].isalpha() and word[cut - 2].isalpha():
            return word[:cut], word[cut:]
        return None
    core = re.match(r"[a-z]+", word)
    if not core or len(core.group()) < 9 or rng.random() < 0.3:
        return None
    letters = core.group()
    # Break before a suffix, as hyphenation patterns mostly do: "develop-ment", "coordina-tion".
    for suffix in SPLIT_SUFFIXES:
        cut = len(letters) - len(suffix)
        if letters.endswith(suffix) and cut >= 4 and cut + 1 <= room:
            return word[:cut] + "-", word[cut:]
    return None


SPLIT_SUFFIXES = ("ations", "ation", "tions", "tion", "ments", "ment", "ness", "ities", "ity",
                  "ance", "ence", "ings", "ing", "able", "ible", "ally", "ized", "ize")


def pdf_copy(path: Path, seed: int = 0, width: int = WIDTH) -> str:
    """Re-wrap a one-paragraph-per-line corpus text as if copied from the UN PDF."""
    rng = random.Random(f"{path.name}-{seed}")
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if FORMULA.match(line))
    header = [line for line in lines[:start] if line.strip()]
    symbol = header[1].rstrip("*") if len(header) > 1 else ""
    adopted = next((line for line in header if re.match(r"^\d+/\d+\. ", line)), None)
    if adopted:  # adopted resolutions print the title beside the symbol on later pages
        symbol = f"{symbol} {adopted.split('. ', 1)[1]}"
    body: list[str] = []
    notes: dict[str, str] = {}
    stars: list[str] = []
    in_notes = False
    for line in lines[start + 1 :]:
        if line.startswith("__________________"):
            in_notes = True
        elif in_notes and line.startswith("*"):
            stars.append(line)
        elif in_notes and line.strip():
            marker, text = line.split(" ", 1)
            notes[marker.translate(SUP_TO_DIGIT)] = text
        elif line.strip():
            body.append(line)
    out: list[str] = []
    for line in header:
        out.extend(wrap(line, rng, width))
    out.append(lines[start])
    page: list[str] = []
    pages: list[list[str]] = []
    for paragraph in body:
        for wrapped in wrap(paragraph, rng, width):
            page.append(wrapped)
            if len(page) >= (PAGE_LINES - 15 if not pages else PAGE_LINES):
                pages.append(page)
                page = []
    pages.append(page)
    seen: set[str] = set()
    total = len(pages)
    for number, page_lines in enumerate(pages, start=1):
        out.extend(page_lines)
        page_notes = []
        for text_line in page_lines:
            for marker in MARKER.findall(text_line):
                digits = marker.translate(SUP_TO_DIGIT)
                if digits not in seen:
                    seen.add(digits)
                    page_notes.append(digits)
        foot: list[str] = []
        if number == 1:
            for star in stars:
                foot.extend(wrap(star, rng, 80))
        for digits in page_notes:
            if number % 2:
                foot.extend(wrap(f"{digits.translate(DIGIT_TO_SUP)} {notes[digits]}", rng, 80))
            else:  # the other common form: the number alone, the text on the next lines
                foot.append(digits)
                foot.extend(wrap(notes[digits], rng, 80))
        if foot:
            out.append("__________________")
            out.extend(foot)
        if number == 1:
            out.extend(["25-16862 (E) 291025", "*2516862*"])
        else:
            out.extend([f"{number}/{total}", "25-16862"])
        if number < total and symbol:
            out.append(symbol)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name[:2])
def test_pdf_copy_structure(path: Path) -> None:
    resolution = import_text(pdf_copy(path), source=path.name)
    assert counts(resolution) == expected(path.name)


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name[:2])
def test_pdf_copy_same_as_plain(path: Path) -> None:
    plain = import_file(path)
    copied = import_text(pdf_copy(path), source=path.name)
    assert printed_lines(copied) == printed_lines(plain)
    assert copied.metadata == plain.metadata


COPIED = CORPUS.parent / "pdf_copied"
COPIED_FROM = {
    "A_80_L.26.txt": "01_A_80_L.26.txt",
    "A_C.2_80_L.30.txt": "04_A_C.2_80_L.30.txt",
    "A_C.3_80_L.29.txt": "05_A_C.3_80_L.29.txt",
    "S_2022_443.txt": "11_S_2022_443.txt",
}


@pytest.mark.parametrize("name", sorted(COPIED_FROM))
def test_text_copied_from_official_pdf(name: str) -> None:
    """pdftotext output of the real PDFs: markers as plain digits, notes numbered alone."""
    copied = import_file(COPIED / name)
    plain = import_file(CORPUS / COPIED_FROM[name])
    assert counts(copied) == expected(COPIED_FROM[name])
    assert printed_lines(copied) == printed_lines(plain)
    assert copied.metadata == plain.metadata
    assert note_texts(copied) == note_texts(plain)


def note_texts(resolution: Resolution) -> list[str]:
    """Return the footnote texts in the order they are numbered."""
    order = derive(resolution).footnote_order
    return [resolution.footnotes[note_id].plain_text for note_id in order]


@pytest.mark.parametrize("width", [60, 75, 110])
@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name[:2])
def test_pdf_copy_other_widths(path: Path, seed: int, width: int) -> None:
    plain = import_file(path)
    copied = import_text(pdf_copy(path, seed, width), source=path.name)
    assert printed_lines(copied) == printed_lines(plain)
    assert copied.metadata == plain.metadata
    assert note_texts(copied) == note_texts(plain)


def _split_case(text: str, word: str, cut: int) -> tuple[Dehyphenator, str, str]:
    """Split the first occurrence of ``word`` at ``cut`` over a line end, as a PDF would."""
    head, tail = word[:cut], word[cut:].lstrip("-")
    split = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", f"{head.rstrip('-')}-\n{tail}",
                   text, count=1)
    return Dehyphenator(split.split("\n")), f"x {head.rstrip('-')}-", f"{tail} y"


def test_dehyphenation_accuracy_on_the_corpus() -> None:
    """Every compound and every long suffixed word of the corpus, split at a line end."""
    compounds = words = compounds_ok = words_ok = 0
    for path in CORPUS_FILES:
        text = path.read_text(encoding="utf-8")
        for compound in set(re.findall(r"(?<![\w-])[a-z]+-[a-z]+(?![\w-])", text)):
            dehyphen, left, right = _split_case(text, compound, compound.index("-") + 1)
            compounds += 1
            compounds_ok += dehyphen.join(left, right) == f"x {compound} y"
        for word in set(re.findall(r"(?<![\w-])[a-z]{9,}(?![\w-])", text)):
            suffix = next((s for s in SPLIT_SUFFIXES if word.endswith(s)), None)
            if suffix is None or len(word) - len(suffix) < 4:
                continue
            dehyphen, left, right = _split_case(text, word, len(word) - len(suffix))
            words += 1
            words_ok += dehyphen.join(left, right) == f"x {word} y"
    assert compounds > 100 and words > 1000
    assert compounds_ok / compounds >= 0.98, (compounds_ok, compounds)
    assert words_ok / words >= 0.99, (words_ok, words)


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("the develop-", "ment of", "the development of"),
        ("in post-", "conflict settings", "in post-conflict settings"),
        ("the Secretary-", "General and", "the Secretary-General and"),
        ("by troop-", "and police-contributing", "by troop- and police-contributing"),
        ("A/79/552-", "S/2024/767", "A/79/552-S/2024/767"),
        ("its forty-", "ninth session", "its forty-ninth session"),
        ("enha-", "ncing the", "enhancing the"),
    ],
)
def test_dehyphenation_rules(left: str, right: str, joined: str) -> None:
    dehyphen = Dehyphenator(["the development of", "its work"])
    assert dehyphen.join(left, right) == joined


def test_soft_hyphens_ligatures_and_hyphen_characters_at_line_ends() -> None:
    text = (
        "The General Assembly,\n"
        "Recalling the need for coordina\u00ad\n"
        "tion of the ﬁnancing of post\u2010\n"
        "conflict work,\n"
        "1. Decides to act;\n"
        "2. Decides to con\u00adtinue.\n"
    )
    resolution = import_text(text)
    assert resolution.preambular[0].body_text == (
        "the need for coordination of the financing of post\u2010conflict work"
    )
    assert resolution.operative[1].body_text == "to continue"


INSERTS = ("(i)", "(a)", "I", "*", "¹", "__________________", "1.", "The General Assembly,",
           "Agenda item", "Resolution adopted by x", "¹²", "*x*", "(zz) x", ";", "- x", "x-")


def _mutate(lines: list[str], rng: random.Random) -> list[str]:
    """Damage a text the ways a paste can: lines lost, cut, shuffled or stray marks added."""
    lines = list(lines)
    kind = rng.randrange(5)
    index = rng.randrange(len(lines))
    if kind == 0:
        rng.shuffle(lines)
    elif kind == 1:
        del lines[index : index + rng.randrange(1, 10)]
    elif kind == 2:
        lines[index] = lines[index][: rng.randrange(len(lines[index]) + 1)]
    elif kind == 3:
        lines.insert(index, rng.choice(INSERTS))
    else:
        lines = lines[index:]
    return lines


def test_damaged_texts_give_an_input_error_or_a_resolution() -> None:
    """Never a traceback: damaged input either imports or raises one clear InputError."""
    rng = random.Random(7)
    texts = [p.read_text(encoding="utf-8").split("\n") for p in CORPUS_FILES]
    texts += [pdf_copy(p).split("\n") for p in CORPUS_FILES[:4]]
    outcomes = {"imported": 0, "refused": 0}
    for _ in range(300):
        damaged = "\n".join(_mutate(rng.choice(texts), rng))
        try:
            import_text(damaged, source="pasted.txt")
        except InputError as error:
            assert str(error).startswith("pasted.txt")
            assert "\n" not in str(error)
            outcomes["refused"] += 1
        else:
            outcomes["imported"] += 1
    assert outcomes["imported"] > 0 and outcomes["refused"] > 0
