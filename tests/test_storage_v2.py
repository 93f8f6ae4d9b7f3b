"""Format 2 of the draft file: kinds, annexes, endings, notes, base text and versions."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from builders import para, small_resolution
from draftdesk.errors import InputError
from draftdesk.model import (
    Annex,
    DocumentKind,
    ImportNote,
    Paragraph,
    Part,
    Snapshot,
    Text,
    derive,
    plain_text,
)
from draftdesk.storage import FORMAT_VERSION, load_draft, save_draft, to_dict


def _rich_resolution():
    resolution = small_resolution()
    resolution.kind = DocumentKind.DECISION
    resolution.metadata.language = "es"
    resolution.operative[1].ending = ","
    resolution.annexes.append(
        Annex(
            heading="Annex I",
            title="Terms of reference",
            preamble=[para("", "We, the Heads of State and Government, gathered here.")],
            paragraphs=[
                para("", "The forum shall meet once a year.", para("", "first item;")),
                para("", "Its rules are those of the Assembly."),
            ],
        )
    )
    resolution.import_notes.append(ImportNote("opening phrase guessed", resolution.operative[0].id))
    base = small_resolution()
    resolution.base_text = Snapshot("A/RES/62/270", dt.datetime(2008, 6, 20, 10, 0), base)
    resolution.versions.append(
        Snapshot("First reading", dt.datetime(2026, 12, 2, 9, 30), copy.deepcopy(resolution))
    )
    return resolution


def test_format_2_round_trip_keeps_the_new_parts(tmp_path: Path) -> None:
    resolution = _rich_resolution()
    path = tmp_path / "d.draftdesk"
    save_draft(resolution, path)
    again = load_draft(path)
    assert to_dict(again) == to_dict(resolution)
    assert again.kind is DocumentKind.DECISION
    assert again.annexes[0].paragraphs[0].children[0].body_text == "first item;"
    assert again.base_text is not None and again.base_text.name == "A/RES/62/270"
    assert again.versions[0].created == dt.datetime(2026, 12, 2, 9, 30)
    assert again.import_notes[0].paragraph_id == resolution.operative[0].id
    assert json.loads(path.read_text())["format_version"] == FORMAT_VERSION == 2


def test_a_format_1_file_opens_unchanged(tmp_path: Path) -> None:
    data = to_dict(small_resolution())
    data["format_version"] = 1
    del data["metadata"]["language"]
    path = tmp_path / "old.draftdesk"
    path.write_text(json.dumps(data), encoding="utf-8")
    again = load_draft(path)
    assert again.kind is DocumentKind.RESOLUTION and again.metadata.language == "en"
    assert not again.annexes and again.base_text is None and not again.versions
    assert [p.body_text for p in again.operative] == [
        p.body_text for p in small_resolution().operative
    ]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(kind="treaty"), "kind: 'treaty' is not one of"),
        (lambda d: d["operative"][0].update(ending="!"), "operative[0].ending"),
        (lambda d: d["metadata"].update(language="de"), "metadata.language: 'de'"),
        (
            lambda d: d["versions"].append(copy.deepcopy(d["versions"][0])),
            "versions[1].name: 'First reading' is used twice",
        ),
        (
            lambda d: d["base_text"]["text"]["operative"][0].update(kind="x"),
            "base_text.text.operative[0].kind",
        ),
        (lambda d: d["versions"][0].update(created="yesterday"), "versions[0].created"),
    ],
)
def test_bad_format_2_parts_are_refused_saying_where(tmp_path: Path, mutate, message) -> None:
    data = to_dict(_rich_resolution())
    mutate(data)
    path = tmp_path / "bad.draftdesk"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_draft(path)


def test_explicit_ending_wins_over_the_derived_one() -> None:
    resolution = small_resolution()
    op2 = resolution.operative[1]
    derived = derive(resolution)
    assert derived.info[op2.id].end == ";"
    op2.ending = ","
    assert plain_text(op2, derive(resolution)).endswith("discussion,")
    op2.ending = ""
    assert plain_text(op2, derive(resolution)).endswith("discussion")


def test_annex_paragraphs_are_numbered_afresh_and_keep_their_punctuation() -> None:
    resolution = _rich_resolution()
    derived = derive(resolution)
    annex = resolution.annexes[0]
    first, second = annex.paragraphs
    assert derived.info[first.id].label == "1." and derived.info[second.id].label == "2."
    assert derived.info[first.id].part is Part.ANNEX
    assert derived.info[annex.preamble[0].id].label == ""
    assert plain_text(second, derived) == "2. Its rules are those of the Assembly."
    assert derived.cross_ref_text(first.children[0].id) == "paragraph 1 (a) of the annex"
    # The resolution's own last paragraph still ends with a full stop.
    assert plain_text(resolution.operative[-1], derived).endswith(".")
    annex.numbered = False
    assert derive(resolution).info[first.id].label == ""


def test_annex_footnotes_number_after_the_body() -> None:
    resolution = small_resolution()
    from draftdesk.model import Footnote, FootnoteRef

    resolution.footnotes["n9"] = Footnote("n9", [Text("A/62/1.")])
    resolution.annexes.append(
        Annex(paragraphs=[Paragraph("", [Text("Text"), FootnoteRef("n9")])])
    )
    assert derive(resolution).footnote_numbers["n9"] == 3
