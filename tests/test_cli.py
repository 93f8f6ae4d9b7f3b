"""The command line as a user meets it: commands, JSON outline, exit status and errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from datafiles import CORPUS, SEED
from draftdesk.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run DraftDesk's command line in a fresh interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "draftdesk", *args], capture_output=True, text=True, timeout=120
    )


def test_outline_of_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", str(SEED), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["body"] == "General Assembly"
    assert data["committee"] is None
    assert data["distribution"] == "Limited"
    assert data["date"] == "2007-11-30"
    assert data["original_language"] == "English"
    assert data["session"] == "Sixty-second session"
    assert data["agenda_items"] == [
        {"number": "116", "title": "Follow-up to the outcome of the Millennium Summit"}
    ]
    assert data["sponsors"] == ["Ecuador", "Mexico"]
    assert data["title"] == "Global Forum on Migration and Development"
    assert len(data["preambular"]) == 9
    assert [p["label"] for p in data["operative"]] == ["1.", "2.", "3."]
    assert [c["label"] for c in data["operative"][0]["children"]] == ["(a)", "(b)"]
    assert [c["scheme"] for c in data["operative"][0]["children"]] == ["(a)", "(a)"]
    assert data["operative"][0]["lead"] == "Recognizes"
    assert data["operative"][2]["text"].endswith("at its sixty-third session.")
    assert data["preambular"][0]["footnotes"] == [1]
    assert [n["text"] for n in data["footnotes"]] == [
        "See resolution 60/1, paras. 61 and 62.",
        "A/60/871.",
        "A/61/515.",
    ]


def test_outline_of_a_committee_draft(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", str(CORPUS / "04_A_C.2_80_L.30.txt"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["committee"] == "Second Committee"
    assert data["symbol"] == "A/C.2/80/L.30"
    assert data["session"] == "Eightieth session"
    assert data["sponsors"][:2] == ["Chile", "Colombia"]
    assert data["operative"][0]["lead"] == "Urges"
    assert data["operative"][0]["text"].endswith("to:")
    assert len(data["footnotes"]) == 5


def test_outline_keeps_letter_i_after_h(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", str(CORPUS / "02_A_80_L.15.txt"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    first = data["operative"][0]["children"]
    assert [c["label"] for c in first][-2:] == ["(h)", "(i)"]
    assert first[-1]["scheme"] == "(a)"
    assert len(data["headings"]) == 3


def test_import_then_export_a_draft(tmp_path: Path) -> None:
    draft = tmp_path / "gfmd.draftdesk"
    result = run("import", str(SEED), "-o", str(draft))
    assert result.returncode == 0, result.stderr
    output = tmp_path / "gfmd.docx"
    result = run("export", str(draft), "-o", str(output))
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(output))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Ecuador and Mexico: draft resolution" in text
    assert "Sixty-second session" in text


def test_export_from_text_directly(tmp_path: Path) -> None:
    output = tmp_path / "s.docx"
    assert main(["export", str(CORPUS / "11_S_2022_443.txt"), "-o", str(output)]) == 0
    assert output.stat().st_size > 0


@pytest.mark.parametrize(
    ("make_input", "message"),
    [
        (lambda d: d / "missing.txt", "missing.txt: no such file"),
        (lambda d: _write(d / "latin.txt", "Résolution".encode("latin-1")), "not UTF-8"),
        (
            lambda d: _write(d / "broken.draftdesk", b'{"format": "draftdesk", '),
            "not a valid draft",
        ),
        (
            lambda d: _write(d / "letter.txt", b"Dear colleagues,\nplease find attached.\n"),
            "no resolution",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path: Path, make_input, message: str) -> None:
    path = make_input(tmp_path)
    before = path.read_bytes() if path.exists() else None
    output = tmp_path / "out.docx"
    result = run("export", str(path), "-o", str(output))
    assert result.returncode == 2
    assert result.stderr.startswith("draftdesk: error: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not output.exists()
    assert (path.read_bytes() if path.exists() else None) == before


def test_unwritable_output_exits_2_and_leaves_nothing(tmp_path: Path) -> None:
    output = tmp_path / "no-such-folder" / "out.docx"
    result = run("export", str(SEED), "-o", str(output))
    assert result.returncode == 2
    assert "cannot write" in result.stderr and result.stderr.count("\n") == 1
    assert not output.parent.exists()


def test_output_over_the_input_is_refused(tmp_path: Path) -> None:
    # A text whose name ends like a draft: the only way input and output can coincide.
    source = tmp_path / "seed.draftdesk"
    source.write_bytes(SEED.read_bytes())
    result = run("import", str(source), "-o", str(source))
    assert result.returncode == 2 and "is the input file" in result.stderr
    assert source.read_bytes() == SEED.read_bytes()


def test_importing_a_draft_says_it_is_one_already(tmp_path: Path) -> None:
    draft = tmp_path / "gfmd.draftdesk"
    assert main(["import", str(SEED), "-o", str(draft)]) == 0
    result = run("import", str(draft), "-o", str(tmp_path / "again.draftdesk"))
    assert result.returncode == 2
    assert "is already a DraftDesk draft" in result.stderr
    assert not (tmp_path / "again.draftdesk").exists()


def test_usage_errors_are_one_line() -> None:
    result = run("export", str(SEED))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "-o/--output" in result.stderr


def test_outline_without_json_is_readable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "Sponsors: Ecuador, Mexico" in out
    assert "  1. Recognizes the need" in out


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("word", "message"),
    [
        ("libary", "unknown command 'libary'; did you mean 'library'?"),
        ("exprt", "unknown command 'exprt'; did you mean 'export'?"),
        ("nothing-here.draftdesk", "nothing-here.draftdesk: no such file, and not a command"),
    ],
)
def test_a_mistyped_command_is_an_error_not_a_window(word: str, message: str) -> None:
    result = run(word, "list")
    assert result.returncode == 2
    assert (
        result.stderr
        == f"draftdesk: error: {message}"
        + ("" if "did you mean" in message
           else " (export, import, outline, rollover, compare, versions, library)")
        + "\n"
    )


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        # A .docx is read as Word (tests/test_import_docx*.py); other zips are named.
        # A PDF is read by the PDF reader (tests/test_pdf_reader.py).
        ("draft.zip", b"PK\x03\x04rest-of-zip", "is a Word document or another zipped file"),
        ("draft.doc", b"\xd0\xcf\x11\xe0\xa1\xb1", "is a Word 97-2003 document"),
    ],
)
def test_documents_instead_of_text_are_named(
    tmp_path: Path, name: str, head: bytes, kind: str
) -> None:
    path = tmp_path / name
    path.write_bytes(head + bytes(200))
    result = run("outline", str(path))
    assert result.returncode == 2
    assert result.stderr == f"draftdesk: error: {path}: {kind}" + result.stderr.split(kind, 1)[1]
    assert "copy" in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize(("command", "output", "expected"), [
    ("export", "out.odt", ".docx, .pdf or .txt"),
    ("import", "out.txt", ".draftdesk"),
])
def test_output_names_must_fit_the_format(tmp_path: Path, command: str, output: str,
                                          expected: str) -> None:
    path = tmp_path / output
    result = run(command, str(SEED), "-o", str(path))
    assert result.returncode == 2
    assert f"the output name must end in {expected}" in result.stderr
    assert not path.exists()
