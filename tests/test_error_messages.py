"""The errors the window shows are messages it can translate; their English is unchanged."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bad_inputs import (
    ENCRYPTED_PDF,
    draft_with_a_bad_kind,
    image_only_pdf,
    truncated_pdf,
    zip_bomb_docx,
)
from draftdesk.errors import DraftDeskError
from draftdesk.importers import import_file, import_text
from draftdesk.messages import Message
from draftdesk.model import Resolution, versions
from draftdesk.model.languages.data import parse_language
from draftdesk.rollover import roll_over
from draftdesk.storage import load_draft, loads_draft

SRC = Path(__file__).parents[1] / "src" / "draftdesk"


def raised(call: object, *args: object) -> Message:
    """Return the message of the DraftDeskError ``call(*args)`` raises."""
    with pytest.raises(DraftDeskError) as caught:
        call(*args)  # type: ignore[operator]
    [found] = caught.value.args
    assert isinstance(found, Message), f"not translatable: {found!r}"
    return found


def test_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "gone.draftdesk"
    found = raised(load_draft, path)
    assert found == f"{path}: no such file"
    assert (found.context, found.template) == ("FileErrors", "{path}: no such file")


def test_a_truncated_pdf(tmp_path: Path) -> None:
    path = truncated_pdf(tmp_path / "cut.pdf")
    found = raised(import_file, path)
    assert found == f"{path}: the PDF is truncated or damaged (it has no end marker)"
    assert found.context == "ImportErrors"


def test_an_encrypted_and_an_image_only_pdf(tmp_path: Path) -> None:
    found = raised(import_file, ENCRYPTED_PDF)
    assert found == (f"{ENCRYPTED_PDF}: the PDF is encrypted with a password; open it, save an "
                     "unprotected copy and import that")
    assert isinstance(found.values["problem"], Message)
    scan = image_only_pdf(tmp_path / "scan.pdf")
    found = raised(import_file, scan)
    assert found == (f"{scan}, page 1: the page has only an image (a scan?); DraftDesk reads "
                     "PDFs with a text layer, such as those of the Official Document System")
    assert found.context == "ImportErrors"


def test_a_zip_bomb_docx(tmp_path: Path) -> None:
    path = zip_bomb_docx(tmp_path / "bomb.docx")
    found = raised(import_file, path)
    assert found.startswith(f"{path}: word/document.xml: compressed ")
    assert found.endswith(" to 1 (refused as a possible zip bomb)")
    assert found.context == "ImportErrors"


def test_a_draft_with_a_schema_error_names_its_json_path(tmp_path: Path) -> None:
    path = draft_with_a_bad_kind(tmp_path / "broken.draftdesk")
    found = raised(load_draft, path)
    assert found == f"{path}: operative[0].kind: 'bogus' is not a paragraph kind"
    # The file name is put before the schema's own message, which stays translatable.
    assert (found.context, found.template) == ("FileErrors", "{source}: {problem}")
    inner = found.values["problem"]
    assert isinstance(inner, Message) and inner.context == "DraftFileErrors"
    assert inner.values["where"] == "operative[0].kind"


def test_a_draft_that_is_not_json_names_line_and_column() -> None:
    found = raised(loads_draft, '{"format": ', "a.draftdesk")
    assert found == "a.draftdesk: not a valid draft file: Expecting value at line 1, column 12"
    assert found.values["what"].template == "draft file"
    # What the JSON reader found wrong is translated in the window too, its English unchanged.
    problem = found.values["problem"]
    assert isinstance(problem, Message)
    assert (problem.context, problem.template) == ("FileErrors", "Expecting value")


def test_a_text_error_names_the_line_and_keeps_the_problem_translatable() -> None:
    found = raised(import_text, "The General Assembly,\n\n1. Decides.\n\n²\n", "t.txt")
    assert str(found).startswith("t.txt, line ")
    assert found.values["problem"].context == "ImportErrors"


def test_version_errors() -> None:
    found = raised(versions.find_version, Resolution(), "v1")
    assert found == "no version named 'v1' (versions: none saved)"
    assert found.context == "VersionErrors"
    assert found.values["known"].template == "none saved"


def test_rolling_over_a_draft_resolution() -> None:
    found = raised(roll_over, Resolution(), None, "A/80/L.1")
    assert found == ("A/80/L.1: not an adopted resolution (no 'Resolution adopted by …' line); "
                     "roll over the A/RES, or open a draft as it is")
    assert found.context == "ImportErrors"


def test_language_data_errors() -> None:
    found = raised(parse_language, {"format": "x"}, "xx.json")
    assert found == "xx.json: 'format' must be 'draftdesk-language'"
    assert found.context == "LanguageDataErrors"
    assert found.values["problem"].context == "LanguageDataErrors"


ERRORS = {"InputError", "OutputError", "SchemaError", "VersionError", "HeaderError"}
CONVERTED = [
    "storage", "untrusted.py", "importers", "compare/sources.py", "rollover.py",
    "model/languages", "model/versions.py",
]


def test_no_error_is_built_from_english_text() -> None:
    """An f-string or a plain string given to an error would show English in the window."""
    found = []
    for name in CONVERTED:
        paths = [SRC / name] if name.endswith(".py") else sorted((SRC / name).rglob("*.py"))
        for path in paths:
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id in ERRORS and node.args
                        and isinstance(node.args[0], ast.JoinedStr | ast.Constant | ast.BinOp)):
                    found.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert found == []
