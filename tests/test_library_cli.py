"""The ``draftdesk library`` command, called in-process and as a real program."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from draftdesk import cli
from draftdesk.library import open_store

CORPUS = Path(__file__).parent / "data" / "corpus"
THREE = [
    CORPUS / "04_A_C.2_80_L.30.txt", CORPUS / "10_A_RES_73_7.txt", CORPUS / "11_S_2022_443.txt"
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(["library", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_list_shows_the_builtin_library(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "list")
    assert status == 0 and err == ""
    assert out.startswith("Built-in\t104 clauses  (built-in, read-only)")
    status, out, _ = run(capsys, "list", "--json")
    assert json.loads(out)[0]["builtin"] is True


def test_add_search_export_import(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, _ = run(capsys, "add", *map(str, THREE), "--to", "Agreed")
    assert status == 0
    assert "from 3 texts" in out
    status, out, _ = run(capsys, "search", "remain seized", "--body", "sc", "--json")
    hits = json.loads(out)
    assert {hit["library"] for hit in hits} == {"Agreed", "Built-in"}
    agreed = [hit for hit in hits if hit["library"] == "Agreed"]
    assert agreed[0]["source"] == "S/2022/443, para. 3"
    status, out, _ = run(capsys, "search", "Secretary-General", "--kind", "operative",
                         "--library", "Agreed")
    assert status == 0 and "Agreed / A/C.2/80/L.30 para. 5 (operative, ga)" in out
    target = tmp_path / "agreed.json"
    status, out, _ = run(capsys, "export", "Agreed", "-o", str(target))
    assert status == 0 and target.exists()
    count = len(json.loads(target.read_text(encoding="utf-8"))["clauses"])
    status, out, _ = run(capsys, "import", str(target))
    assert out.strip() == f"Updated library 'Agreed': 0 clauses added, {count} duplicates skipped"
    status, out, _ = run(capsys, "import", str(target), "--as", "Copy")
    assert out.strip() == f"Created library 'Copy': {count} clauses added, 0 duplicates skipped"
    status, out, _ = run(capsys, "list", "Copy")
    assert len(out.splitlines()) == count


def test_create_rename_delete_similar(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "create", "Mine")[0] == 0
    assert run(capsys, "rename", "Mine", "Ours")[1].strip() == "Renamed library 'Mine' to 'Ours'"
    assert run(capsys, "delete", "Ours")[0] == 0
    status, out, _ = run(capsys, "similar", "Decides to remain seized of this matter", "--json")
    assert json.loads(out)[0]["key"] == "sc-remain-seized"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["import", "missing.json"], "missing.json: no such file"),
        (["export", "Nope", "-o", "x.json"], "no clause library named 'Nope'"),
        (["add", "missing.txt", "--to", "X"], "missing.txt: no such file"),
        (["rename", "Built-in", "Mine"], "comes with DraftDesk"),
        (["create", "Built-in"], "already exists"),
    ],
)
def test_errors_are_one_line_with_status_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert err.startswith("draftdesk: error: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_bad_file_adds_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _out, err = run(capsys, "add", str(THREE[0]), str(tmp_path / "gone.txt"), "--to", "X")
    assert status == 2 and "gone.txt" in err
    with open_store() as store:
        assert not store.has_library("X")


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["library", "search", "x", "--body", "nato"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("draftdesk: error: argument --body: invalid choice")


def test_real_program(tmp_path: Path) -> None:
    library = tmp_path / "lib.json"
    library.write_text(
        json.dumps({"format": "draftdesk-clause-library", "format_version": 1, "name": "Evil",
                    "clauses": [{"key": "x", "text": "{{ ''.__class__.__mro__ }}"}]}),
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "draftdesk", "library", "import", str(library)],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 2
    assert done.stderr == (
        f"draftdesk: error: {library}: clause 1 ('x'): attribute and item access are not "
        "allowed (line 1)\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "draftdesk", "library", "search", "include provisional agenda"],
        capture_output=True, text=True, check=True,
    )
    assert "Built-in / include-in-agenda" in done.stdout


def test_add_a_saved_draft(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from draftdesk.importers import import_file
    from draftdesk.storage import save_draft

    draft = tmp_path / "gfmd.draftdesk"
    save_draft(import_file(Path(__file__).parent / "data" / "gfmd-draft-resolution-2007.txt"),
               draft)
    status, out, _ = run(capsys, "add", str(draft), "--to", "GFMD")
    assert status == 0 and "from 1 text," in out
    status, out, _ = run(capsys, "search", "Global Forum", "--library", "GFMD", "--json")
    assert json.loads(out)


def test_console_script(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("draftdesk")
    if not script.exists():  # an environment without the entry point installed
        script = Path(sys.executable)
        command = [str(script), "-m", "draftdesk"]
    else:
        command = [str(script)]
    done = subprocess.run([*command, "library", "list"], capture_output=True, text=True,
                          check=True)
    assert done.stdout.startswith("Built-in\t")
    done = subprocess.run([*command, "library", "export", "Nope", "-o", str(tmp_path / "x")],
                          capture_output=True, text=True, check=False)
    assert (done.returncode, done.stderr) == (
        2, "draftdesk: error: no clause library named 'Nope'\n"
    )


def test_main_command_line_has_the_library_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["library", "list"]) == 0
    assert capsys.readouterr().out.startswith("Built-in\t")
    assert cli.main(["library", "export", "Nope", "-o", "x.json"]) == 2
    assert capsys.readouterr().err == "draftdesk: error: no clause library named 'Nope'\n"


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    """`draftdesk library search the --limit 3000 | head -1` ends quietly with status 0."""
    from draftdesk.library import NewClause

    with open_store() as store:  # the test's own profile, which the child process inherits
        store.create_library("Many")
        store.add_clauses("Many", [
            NewClause(f"Calls upon the States concerned to consider the recommendation number "
                      f"{n} of the report of the Secretary-General on the matter")
            for n in range(3000)
        ])
    # Far more output than a pipe holds: the child blocks, then the reader goes away.
    child = subprocess.Popen(
        [sys.executable, "-m", "draftdesk", "library", "search", "the", "--limit", "3000"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    first = child.stdout.readline()
    child.stdout.close()
    error = child.stderr.read()
    child.stderr.close()
    assert child.wait(timeout=60) == 0
    assert first.startswith(b"Many / ")
    assert error == b""


def test_save_paragraphs_of_a_draft(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    seed = Path(__file__).parent / "data" / "gfmd-draft-resolution-2007.txt"
    status, out, err = run(capsys, "save", str(seed), "para. 3", "pp2", "1 (a)", "--to", "GFMD",
                           "--tags", "migration, report", "--note", "2007 draft",
                           "--symbol", "A/C.2/62/L.5")
    assert (status, err) == (0, "")
    assert out.splitlines()[0] == (
        "Saved GFMD / requests-the-secretary-general-to-submit (v1)  [A/C.2/62/L.5, para. 3]"
    )
    with open_store() as store:
        clauses = store.clauses("GFMD")
    assert [c.source_paragraph for c in clauses] == ["para. 3", "preambular para. 2",
                                                     "para. 1 (a)"]
    assert clauses[0].tags == ("migration", "report") and clauses[0].note == "2007 draft"
    # Without --agreed or --symbol no source is recorded; a wrong reference adds nothing.
    status, out, _ = run(capsys, "save", str(seed), "op2", "--to", "Plain")
    assert status == 0 and "[" not in out
    status, _, err = run(capsys, "save", str(seed), "para. 2", "para. 40", "--to", "GFMD")
    assert status == 2
    assert err == ("draftdesk: error: no paragraph 'para. 40' in the draft "
                   "(e.g. 'para. 4 (a)' or 'pp2')\n")
    with open_store() as store:
        assert len(store.clauses("GFMD")) == 3
