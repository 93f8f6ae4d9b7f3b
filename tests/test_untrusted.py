"""Files from other people: every hostile shape ends in one clear line, in bounded time.

Each test here stands for a way a sent file once broke DraftDesk (a traceback, a hang, a
draft that could not be opened again, a misleading message). The time bounds are far above
what the readers take now and far below what they took before: they catch a return of
quadratic work, they do not measure speed (benchmarks/bench_worst_case.py does).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from draftdesk import untrusted
from draftdesk.errors import InputError
from draftdesk.export import export_docx
from draftdesk.importers import import_file, import_text
from draftdesk.model.document import MAX_DEPTH
from draftdesk.storage import dumps_draft, load_draft, loads_draft, save_draft
from draftdesk.templates import check_template
from tools import samples, shapes


def depth_of(resolution) -> int:
    """Return how many levels of sub-paragraphs the deepest paragraph has."""
    def height(paragraph) -> int:
        return 1 + max((height(child) for child in paragraph.children), default=0)

    return max((height(p) - 1 for p in resolution.operative), default=0)


def one_line_error(call, *args) -> str:
    with pytest.raises(InputError) as error:
        call(*args)
    message = str(error.value)
    assert "\n" not in message and "\r" not in message
    return message


# ---------------------------------------------------------------- sizes


def test_an_endless_stream_is_refused_at_the_cap() -> None:
    start = time.perf_counter()
    message = one_line_error(import_file, Path("/dev/zero"))
    assert message == (
        "/dev/zero: too large for a text (over 1,048,576 bytes; "
        "DraftDesk reads texts of up to 1 MB)"
    )
    assert time.perf_counter() - start < 5


def test_read_capped_reads_at_most_one_byte_past_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    assert untrusted.read_capped(path, 101, "text") == b"x" * 101
    with pytest.raises(InputError, match="too large for a text"):
        untrusted.read_capped(path, 100, "text")


def test_a_draft_over_the_size_cap_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.draftdesk"
    path.write_bytes(b"{" + b" " * untrusted.MAX_DRAFT_BYTES + b"}")
    assert "too large for a draft" in one_line_error(load_draft, path)


def test_a_draft_with_more_runs_than_the_limit_is_refused() -> None:
    text = shapes.many_runs_draft(untrusted.MAX_RUNS + 1)
    assert f"the limit is {untrusted.MAX_RUNS:,}" in one_line_error(loads_draft, text)


# ---------------------------------------------------------------- depth and numbers


def test_json_nested_a_thousand_deep_is_refused_without_recursion_error() -> None:
    message = one_line_error(loads_draft, "[" * 1000 + "]" * 1000, "deep.draftdesk")
    assert message == (
        "deep.draftdesk: not a valid draft file: arrays and objects nest 1,000 levels deep; "
        "the limit is 64"
    )


def test_json_depth_ignores_brackets_inside_strings() -> None:
    assert untrusted.json_depth('{"a": "[[[[{{{{", "b": [1, {"c": "]]]"}]}') == 3


def test_a_number_of_5000_digits_in_a_draft_is_refused_with_its_place() -> None:
    data = json.loads(dumps_draft(samples.gfmd()))
    big = "9" * 5000
    text = json.dumps(data, indent=1).replace('"format_version": 2', f'"format_version": {big}')
    message = one_line_error(loads_draft, text, "big.draftdesk")
    assert message.startswith("big.draftdesk: line 3, column 20: number 999")
    assert message.endswith("has 5,000 digits; at most 15 are allowed")


def test_a_footnote_marker_of_5000_digits_in_a_text_is_read_without_conversion(
    tmp_path: Path,
) -> None:
    marker = "¹" * 5000
    text = shapes.HEAD + f"Recalling its resolution 1,{marker}\n\n1. Decides.\n"
    text += f"\n_____\n{marker} A note.\n"
    resolution = import_text(text, "note.txt")
    assert [note.plain_text for note in resolution.footnotes.values()] == ["A note."]
    export_docx(resolution, tmp_path / "note.docx")


def test_an_unreferenced_footnote_numbered_with_5000_digits_is_one_line() -> None:
    marker = "¹" * 5000
    text = shapes.HEAD + "Recalling its resolution 1,¹\n\n1. Decides.\n"
    text += f"\n_____\n¹ A note.\n{marker} Another note.\n"
    message = one_line_error(import_text, text, "note.txt")
    assert "is not referenced anywhere in the text" in message
    assert len(message) < 200


def test_a_text_making_more_paragraphs_than_a_draft_may_hold_is_refused() -> None:
    message = one_line_error(import_text, shapes.nested_starts(untrusted.MAX_PARAGRAPHS), "t.txt")
    assert message == "t.txt: holds 20,001 paragraphs and footnotes; the limit is 20,000"


def test_a_text_nesting_thousands_of_labels_imports_within_four_levels(tmp_path: Path) -> None:
    resolution = import_text(shapes.nested_starts(5_000))
    assert depth_of(resolution) == MAX_DEPTH
    assert any("fifth level" in note.message for note in resolution.import_notes)
    path = tmp_path / "deep.draftdesk"
    save_draft(resolution, path)
    export_docx(load_draft(path), tmp_path / "deep.docx")


def test_labels_restarting_after_z_never_nest_past_four_levels(tmp_path: Path) -> None:
    resolution = import_text(shapes.deep_labels(26 * 8))
    assert depth_of(resolution) <= MAX_DEPTH
    path = tmp_path / "labels.draftdesk"
    save_draft(resolution, path)
    again = load_draft(path)
    assert depth_of(again) <= MAX_DEPTH
    export_docx(again, tmp_path / "labels.docx")


# ---------------------------------------------------------------- characters


@pytest.mark.parametrize("char", ["\x0b", "\x01", "\x1b", "\ufffe", "\uffff", "\x85"])
def test_control_characters_in_a_text_are_replaced_with_a_note(tmp_path: Path, char) -> None:
    text = shapes.HEAD.replace("A title", f"A ti{char}tle") + "1. Decides to act.\n"
    resolution = import_text(text)
    assert char not in resolution.metadata.title
    assert resolution.import_notes[0].message == (
        "1 control or non-text character removed (at line 14, column 5)"
    )
    export_docx(resolution, tmp_path / "out.docx")  # python-docx's core properties once died
    save_draft(resolution, tmp_path / "out.draftdesk")
    assert load_draft(tmp_path / "out.draftdesk").metadata.title == resolution.metadata.title


def test_a_lone_surrogate_in_pasted_text_never_reaches_a_writer(tmp_path: Path) -> None:
    text = shapes.HEAD + "1. Decides to act \ud800 now.\n"
    resolution = import_text(text)
    assert "\ud800" not in resolution.operative[0].body_text
    export_docx(resolution, tmp_path / "out.docx")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\\u000b", "U+000B"), ("\\ud800", "U+D800"), ("\\uffff", "U+FFFF"),
        ("\\u001b", "U+001B"), ("\\f", "U+000C"), ("\\b", "U+0008"),
    ],
)
def test_a_draft_holding_a_refused_character_is_refused_with_its_place(raw, shown) -> None:
    data = json.loads(dumps_draft(samples.gfmd()))
    data["metadata"]["title"] = "REPLACE"
    text = json.dumps(data).replace("REPLACE", f"Glo{raw}bal")
    message = one_line_error(loads_draft, text, "x.draftdesk")
    assert message == (
        f"x.draftdesk: metadata.title: character {shown} at character 4 is not allowed "
        "in a document"
    )


def test_what_the_window_typed_is_saved_so_that_it_opens_again(tmp_path: Path) -> None:
    resolution = samples.gfmd()
    resolution.metadata.title = "Title\x0b with a manual line break\ufffe"
    save_draft(resolution, tmp_path / "typed.draftdesk")
    assert load_draft(tmp_path / "typed.draftdesk").metadata.title == (
        "Title with a manual line break"
    )


def test_export_never_hands_a_refused_character_to_the_core_properties(tmp_path: Path) -> None:
    resolution = samples.gfmd()
    resolution.metadata.title = "A\x0bB\ufffe\ud800C"
    resolution.metadata.symbol = "A/62/L.25\x01"
    export_docx(resolution, tmp_path / "out.docx")
    import docx

    assert docx.Document(str(tmp_path / "out.docx")).core_properties.title == "ABC"


# ---------------------------------------------------------------- messages


def test_a_newline_in_a_paragraph_id_gives_a_one_line_message() -> None:
    data = json.loads(dumps_draft(samples.gfmd()))
    data["operative"][0]["id"] = "first\nsecond\nthird"
    data["operative"][1]["id"] = "first\nsecond\nthird"
    message = one_line_error(loads_draft, json.dumps(data), "x.draftdesk")
    assert message == "x.draftdesk: operative[1].id: 'first\\nsecond\\nthird' is used twice"


def test_a_huge_value_is_shortened_in_the_message() -> None:
    data = json.loads(dumps_draft(samples.gfmd()))
    data["metadata"]["body"] = "x" * 100_000
    message = one_line_error(loads_draft, json.dumps(data), "x.draftdesk")
    assert len(message) < 300
    assert "x" * 59 + "…" in message


def test_a_newline_in_a_path_gives_a_one_line_message(tmp_path: Path) -> None:
    path = tmp_path / "two\nlines.txt"
    message = one_line_error(import_file, path)
    assert message.endswith("two\\nlines.txt: no such file")


def test_printable_escapes_terminal_sequences_and_shortens() -> None:
    osc52 = "\x1b]52;c;aGVsbG8=\x07"
    assert untrusted.printable(f"Name{osc52}", None) == "Name\\e]52;c;aGVsbG8=\\x07"
    assert untrusted.printable("\x9b2J\u202e", None) == "\\x9b2J\\u202e"
    assert untrusted.printable("a" * 100) == "a" * 59 + "…"
    assert untrusted.printable("Türkiye, Côte d’Ivoire") == "Türkiye, Côte d’Ivoire"


# ---------------------------------------------------------------- time


def test_joining_hyphen_wrapped_lines_is_linear() -> None:
    text = shapes.hyphen_wrapped(40_000)  # 320 KB; took about a minute before
    assert len(text) > 300_000
    start = time.perf_counter()
    resolution = import_text(text)
    assert time.perf_counter() - start < 10
    assert resolution.operative[0].body_text.startswith("to devel")


def test_a_long_run_of_superscript_digits_is_linear() -> None:
    start = time.perf_counter()
    message = one_line_error(import_text, shapes.superscript_run(60_000), "sup.txt")
    assert time.perf_counter() - start < 5  # took 22 s before
    assert "has no footnote text" in message


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("{{ " + "(" * 70 + "x" + ")" * 70 + " }}", "brackets nest more than 3 deep (line 1)"),
        ("{{ x" + " | capfirst" * 200 + " }}", "more than 8 filters on one field (line 1)"),
    ],
)
def test_templates_that_would_recurse_or_take_long_are_refused(source: str, message: str) -> None:
    start = time.perf_counter()
    with pytest.raises(InputError) as error:
        check_template(source, "clause 1")
    assert str(error.value) == f"clause 1: {message}"
    assert time.perf_counter() - start < 1


# ---------------------------------------------------------------- Word files


@pytest.mark.parametrize("digits", ["9" * 5000, "¹²"])
def test_a_superscript_run_in_a_word_file_is_not_converted_blindly(
    tmp_path: Path, digits: str
) -> None:
    import zipfile

    from datafiles import DATA

    good = DATA / "docx" / "delegation_table.docx"
    run = (
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f"<w:t>{digits}</w:t></w:r></w:p>"
    ).encode()
    path = tmp_path / "sent.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/document.xml":
                head, marker, tail = data.rpartition(b"</w:t></w:r></w:p>")
                data = head + b"</w:t></w:r>" + run + tail
            target.writestr(name, data)
    try:
        import_file(path)
    except InputError as error:
        assert "\n" not in str(error)
