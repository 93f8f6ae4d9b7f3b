"""Hypothesis strategies for the files other people send: texts, drafts and clause libraries.

Each strategy mixes the shapes real files have (cover lines, labels, footnotes, wrapped lines,
templates) with the hostile ones (control characters, surrogates, long runs, deep nesting,
huge numbers), so that both the paths a real file takes and the corners are explored.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from draftdesk.model import Footnote, FootnoteRef, Inline, Paragraph, Resolution, Sponsor, Text
from draftdesk.model.document import MAX_DEPTH, Body
from draftdesk.storage import dumps_draft
from tools import samples
from tools.shapes import HEAD

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
CORPUS_TEXTS = sorted(CORPUS.glob("*.txt"))

# Characters that have broken readers or writers somewhere.
NASTY = (
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\x9b\u00a0\u00ad\u200b\u202e\u2028\u2029\ufeff"
    "\ufffe\uffff\ud800\udfff\ufb01\u2010\u2011“”‘’*_-–—/\\{}[]()<>|%#&;:,.?!\t\r\n "
    "⁰¹²³⁴⁵⁶⁷⁸⁹"
)
WORDS = (
    "Recalling", "Reaffirming", "Noting", "Deeply concerned", "Decides", "Requests",
    "Calls upon", "Encourages", "also", "further", "the", "General Assembly", "Security Council",
    "resolution", "paragraph", "States", "Secretary-General", "report", "session", "annex",
    "development", "post-conflict", "Official Records", "A/80/L.26", "S/2024/767", "2025",
    "December", "plenary meeting", "and", "or", "of", "Agenda item", "Distr.: Limited",
)
LABELS = ("1.", "2.", "3.", "12.", "(a)", "(b)", "(c)", "(i)", "(ii)", "(z)", "a.", "b.", "i.",
          "ii.", "I", "II", "IV", "*", "**", "¹", "²", "³", "¹²")

nasty_char = st.sampled_from(NASTY)
any_char = st.characters(codec=None, blacklist_categories=())
clean_char = st.characters(blacklist_categories=("Cc", "Cs", "Cn"))
# Mostly clean text, now and then with the characters that break things.
some_text = st.text(alphabet=clean_char, max_size=20) | st.text(
    alphabet=clean_char, max_size=20
) | st.text(alphabet=nasty_char | any_char, max_size=20)
word = st.sampled_from(WORDS) | st.text(
    alphabet=st.characters(min_codepoint=0x41, max_codepoint=0x7A), min_size=1, max_size=12
)


@st.composite
def phrase(draw: st.DrawFn) -> str:
    """A few words, now and then with a nasty character, a marker or a hyphen at the end."""
    words = draw(st.lists(word, min_size=1, max_size=12))
    text = " ".join(words)
    if draw(st.integers(0, 4)) == 0:
        position = draw(st.integers(0, len(text)))
        text = text[:position] + draw(nasty_char | any_char) + text[position:]
    ending = draw(st.sampled_from(["", ",", ";", ":", ".", "-", "; and", "¹", ",²", "*", "?"]))
    return text + ending


@st.composite
def line(draw: st.DrawFn) -> str:
    """One line of a resolution text: labelled, a footnote, furniture or plain words."""
    kind = draw(st.integers(0, 9))
    if kind <= 3:
        return f"{draw(st.sampled_from(LABELS))} {draw(phrase())}"
    if kind == 4:
        return draw(st.sampled_from(["_____", "__________", "2/4", "25-16862 (E) 291025",
                                     "*2516862*", "Please recycle", "", " ", "A/80/L.26"]))
    if kind == 5:
        return draw(st.text(alphabet=nasty_char | any_char, max_size=30))
    return draw(phrase())


@st.composite
def resolution_text(draw: st.DrawFn) -> str:
    """A text shaped like a resolution (often with a real cover block) or a mutated corpus text."""
    choice = draw(st.integers(0, 3))
    if choice == 0:
        path = draw(st.sampled_from(CORPUS_TEXTS))
        return draw(mutated(path.read_text(encoding="utf-8")))
    head = draw(
        st.sampled_from([HEAD, "The General Assembly,\n\n", "", HEAD.replace("\n", "\n\n")])
    )
    lines = draw(st.lists(line(), min_size=1, max_size=40))
    joiner = draw(st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]))
    return head + joiner.join(lines) + draw(st.sampled_from(["", "\n", "\n\x0c\n"]))


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """A text with a few random edits: characters put in, lines cut, repeated or swapped."""
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.integers(0, 5))
        if action == 0:
            column = draw(st.integers(0, len(lines[index])))
            insert = draw(st.text(alphabet=nasty_char | any_char, min_size=1, max_size=5))
            lines[index] = lines[index][:column] + insert + lines[index][column:]
        elif action == 1:
            del lines[index]
        elif action == 2:
            lines.insert(index, lines[index])
        elif action == 3:
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif action == 4:
            lines[index] = draw(line())
        else:
            cut = draw(st.integers(0, len(lines[index])))
            lines[index] = lines[index][:cut] + "-"
    return "\n".join(lines)


# ---------------------------------------------------------------- drafts

json_leaf = (
    st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats(allow_nan=False)
    | st.text(alphabet=nasty_char | any_char, max_size=20)
)
json_value = st.recursive(
    json_leaf,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                  max_size=4),
    max_leaves=12,
)


def _paths(value: Any, path: tuple = ()) -> list[tuple]:
    out = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            out.extend(_paths(child, (*path, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            out.extend(_paths(child, (*path, index)))
    return out


def _replace(value: Any, path: tuple, new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replace(value[head], rest, new)}
    copy = list(value)
    copy[head] = _replace(value[head], rest, new)
    return copy


_BASES = None


def _base_drafts() -> list[dict[str, Any]]:
    global _BASES
    if _BASES is None:
        _BASES = [
            json.loads(dumps_draft(make()))
            for make in (samples.gfmd, samples.committee_draft, samples.security_council,
                         samples.human_rights_council, samples.adopted)
        ]
    return _BASES


def _string_paths(value: Any) -> list[tuple]:
    return [path for path in _paths(value) if isinstance(_get(value, path), str)]


def _get(value: Any, path: tuple) -> Any:
    for key in path:
        value = value[key]
    return value


@st.composite
def inline(draw: st.DrawFn, notes: list[str]) -> Inline:
    if notes and draw(st.integers(0, 5)) == 0:
        return FootnoteRef(draw(st.sampled_from(notes)))
    return Text(draw(some_text | phrase()), italic=draw(st.booleans()))


@st.composite
def paragraph(draw: st.DrawFn, depth: int, notes: list[str]) -> Paragraph:
    children = []
    if depth < MAX_DEPTH and draw(st.integers(0, 3)) == 0:
        children = draw(st.lists(paragraph(depth + 1, notes), min_size=1, max_size=3))
    return Paragraph(
        lead=draw(st.sampled_from(["", "Decides", "Recalling", "Also requests"]) | some_text),
        content=draw(st.lists(inline(notes), max_size=5)),
        connector=draw(st.sampled_from(["", "", "and", "or"])),
        ending=draw(st.sampled_from([None, None, "", ",", ";", ":", "."])),
        children=children,
    )


@st.composite
def built_draft(draw: st.DrawFn) -> str:
    """A draft built from the model: any structure DraftDesk itself could save."""
    notes = [f"n{i}" for i in range(draw(st.integers(0, 3)))]
    resolution = Resolution()
    meta = resolution.metadata
    meta.body = draw(st.sampled_from(list(Body)))
    meta.title = draw(some_text | phrase())
    meta.symbol = draw(st.sampled_from(["", "A/80/L.1", "S/2024/1", "A/HRC/58/L.2"]) | some_text)
    meta.sponsors = [Sponsor(name) for name in draw(st.lists(some_text, max_size=3))]
    for note_id in notes:
        resolution.footnotes[note_id] = Footnote(id=note_id, content=[Text(draw(phrase()))])
    resolution.preambular = draw(st.lists(paragraph(0, notes), max_size=4))
    resolution.operative = draw(st.lists(paragraph(0, notes), min_size=1, max_size=5))
    used = {
        item.note_id
        for _part, p in resolution.walk()
        for item in p.content
        if isinstance(item, FootnoteRef)
    }
    resolution.footnotes = {k: v for k, v in resolution.footnotes.items() if k in used}
    return dumps_draft(resolution)


@st.composite
def draft_text(draw: st.DrawFn) -> str:
    """The JSON text of a draft: a valid one with a few values replaced, or a raw oddity."""
    choice = draw(st.integers(0, 9))
    if choice <= 2:
        return draw(built_draft())
    if choice <= 5:
        data = draw(st.sampled_from(_base_drafts()))
        for _ in range(draw(st.integers(1, 4))):
            path = draw(st.sampled_from(_string_paths(data)))
            data = _replace(data, path, draw(some_text | phrase()))
        return json.dumps(data, ensure_ascii=draw(st.booleans()))
    if choice == 6:
        depth = draw(st.integers(1, 3000))
        return "[" * depth + "]" * depth
    if choice == 7:
        return json.dumps(draw(json_value))
    data = draw(st.sampled_from(_base_drafts()))
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(_paths(data)))
        new = draw(json_value | st.text(alphabet=nasty_char | any_char, max_size=40))
        data = _replace(data, path, new)
    text = json.dumps(data, ensure_ascii=draw(st.booleans()))
    if draw(st.integers(0, 5)) == 0:
        position = draw(st.integers(0, len(text)))
        text = text[:position] + draw(st.sampled_from(["9" * 4400, "{", "]", "\\ud800", '"'])) + (
            text[position:]
        )
    return text


# ---------------------------------------------------------------- clause libraries

TEMPLATE_PIECES = (
    "{{ session }}", "{{ session | ordinal_words }}", "{{ date | un_date }}",
    "{{ states | join_and }}", "{{ x | capfirst }}", "{{", "}}", "{%", "%}", "{#", "#}", "|",
    "(", ")", "[", "]", "{{ x.y }}", "{{ x() }}", "{% if x %}", "{% endif %}", "{% raw %}",
    "{{ x | join_and('or') }}", "{{ ((x)) }}", "{{ x | capfirst | capfirst }}", "*", "\\*",
    "Requests the Secretary-General", "to report", " ", "{{ \"{\" }}",
)
CLEAN_PIECES = TEMPLATE_PIECES[:4] + ("Requests the Secretary-General", "to report", " ",
                                      "on the matter", ",", "{{ x | capfirst }}")


@st.composite
def clause_template(draw: st.DrawFn) -> str:
    """A clause text: agreed words and template pieces, in any order."""
    if draw(st.booleans()):
        return "".join(draw(st.lists(st.sampled_from(CLEAN_PIECES), min_size=1, max_size=12)))
    pieces = draw(st.lists(st.sampled_from(TEMPLATE_PIECES) | phrase(), min_size=1, max_size=12))
    return "".join(pieces)


@st.composite
def library_text(draw: st.DrawFn) -> str:
    """The JSON text of a clause library exchange file: well formed, or hostile throughout."""
    hostile = draw(st.integers(0, 2)) == 0
    clean = st.text(alphabet=clean_char, max_size=20)
    text = some_text if hostile else clean
    leaf = json_leaf if hostile else clean
    clause = st.fixed_dictionaries(
        {"text": clause_template()},
        optional={
            "key": text | leaf,
            "kind": st.sampled_from(["preambular", "operative"] + ["other"] * hostile),
            "body": st.sampled_from(["ga", "sc", "ecosoc", "hrc", "any"] + ["x"] * hostile),
            "topic": text,
            "tags": st.lists(clean, max_size=3) | (json_leaf if hostile else st.just([])),
            "note": text,
            "source": st.fixed_dictionaries(
                {}, optional={"symbol": text, "paragraph": leaf}
            ),
            "version": st.integers(1, 10**6) | (json_leaf if hostile else st.just(1)),
        },
    )
    data: dict[str, Any] = {
        "format": "draftdesk-clause-library",
        "format_version": 1,
        "name": draw((text | st.just("Shared")).filter(lambda name: hostile or name.strip())),
        "clauses": draw(st.lists(clause, max_size=6)),
    }
    if hostile:
        data["format"] = draw(st.sampled_from(["draftdesk-clause-library"] * 3 + ["other"]))
        data["format_version"] = draw(st.sampled_from([1, 1, 1, 2, "1"]))
    if draw(st.booleans()):
        data["description"] = draw(leaf)
    return json.dumps(data, ensure_ascii=draw(st.booleans()))
