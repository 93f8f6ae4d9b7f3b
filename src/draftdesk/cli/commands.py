"""The command line's commands: export, import, outline, compare, versions, rollover, library.

Heavy modules (python-docx, Qt) are imported inside the commands that need them so that
``draftdesk outline`` starts fast and the command line never loads Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from ..errors import DraftDeskError, InputError, OutputError
from ..untrusted import one_line, printable, terminal_json

if TYPE_CHECKING:
    # Imported where used, so that a quick command does not load every reader.
    from ..compose import Options
    from ..model import Resolution

PROG = "draftdesk"

# "--changes-against" with no file: the draft's base text.
BASE_TEXT = "\0base"


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line and exit with status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{PROG}: error: {message} (see '{self.prog} --help')\n")


EXPORT_SUFFIXES = (".docx", ".pdf", ".txt")


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for every subcommand."""
    parser = _Parser(
        prog=PROG,
        description="Draft UN resolutions and export them as UN-format Word documents. "
        "Without a command, DraftDesk opens its window (optionally with a draft file).",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    export = commands.add_parser(
        "export",
        help="export a draft, a Word file, a UN PDF or a resolution text to a UN-format .docx, "
        "a PDF of the preview's pages or plain text",
    )
    export.add_argument(
        "input", type=Path, help="a .draftdesk draft, a Word file, a UN PDF or a text"
    )
    export.add_argument("-o", "--output", type=Path, required=True,
                        help="the file to write; its ending chooses the format: .docx (Word), "
                        ".pdf (the preview's pages) or .txt (one paragraph a line, for e-mail "
                        "and portals)")
    export.add_argument(
        "--changes-against", metavar="OLD", nargs="?", const=BASE_TEXT,
        help="track every change from OLD (a draft, a text, or without a value the draft's "
        "base text) as Word revisions",
    )
    export.add_argument("--changes-against-version", metavar="NAME",
                        help="track the changes from a version saved in the draft")
    export.add_argument("--manuscript", action="store_true",
                        help="the submission manuscript: plain Word, 12 pt, double spacing")
    export.add_argument("--author", default="DraftDesk",
                        help="the author the tracked changes carry (default: DraftDesk)")
    export.set_defaults(handler=_export)

    compare = commands.add_parser(
        "compare", help="list the changes between two texts (drafts, texts, versions)"
    )
    compare.add_argument("files", type=Path, nargs="+", metavar="OLD NEW",
                         help="the old and the new text; only NEW with --old-version/--old-base")
    compare.add_argument("--old-version", metavar="NAME",
                         help="compare NEW with a version saved in it")
    compare.add_argument("--old-base", action="store_true",
                         help="compare NEW with its base text")
    compare.add_argument("--json", action="store_true", help="print the changes as a JSON list")
    compare.add_argument("--derived", action="store_true",
                         help="also list derived changes (labels, end punctuation)")
    compare.set_defaults(handler=_compare)

    versions = commands.add_parser(
        "versions", help="list, save or delete a draft's versions; set its base text"
    )
    versions.add_argument("input", type=Path, help="a .draftdesk draft")
    action = versions.add_mutually_exclusive_group()
    action.add_argument("--save", metavar="NAME", help="save the current text as a version")
    action.add_argument("--delete", metavar="NAME", help="delete a saved version")
    action.add_argument("--set-base", metavar="FILE", type=Path,
                        help="make FILE (a draft or a text) the base text")
    action.add_argument("--clear-base", action="store_true", help="forget the base text")
    versions.set_defaults(handler=_versions)

    import_ = commands.add_parser(
        "import", help="turn a resolution text, Word file or UN PDF into a .draftdesk draft"
    )
    import_.add_argument(
        "input", type=Path, help="a resolution as plain text, a .docx or an official PDF"
    )
    import_.add_argument("-o", "--output", type=Path, required=True, help="the draft to write")
    import_.set_defaults(handler=_import)

    outline = commands.add_parser("outline", help="print the structure of a draft or a text")
    outline.add_argument(
        "input", type=Path, help="a .draftdesk draft, a Word file, a UN PDF or a text"
    )
    outline.add_argument("--json", action="store_true", help="print one JSON object")
    outline.set_defaults(handler=_outline)

    from .rollover import add_rollover_parser

    add_rollover_parser(commands)

    try:
        from .library import add_library_parser
    except ImportError:  # the library commands are optional in a partial install
        pass
    else:
        add_library_parser(commands)
    return parser


def main(argv: Sequence[str]) -> int:
    """Run the command in ``argv`` (``draftdesk.cli.main`` opens the window when none is given)."""
    parser = build_parser()
    options = parser.parse_args(list(argv))
    if not getattr(options, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(options.handler(options) or 0)
    except DraftDeskError as error:
        print(f"{PROG}: error: {one_line(str(error))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _say(text: str) -> None:
    """Print a line that carries names from files: escaped, so it stays one safe line."""
    print(printable(text, None))


# ------------------------------------------------------------------ commands


def _holds_a_draft(path: Path) -> bool:
    """Say whether a file is a DraftDesk draft (by its JSON start), not a resolution text."""
    from ..compare.sources import holds_a_draft

    return holds_a_draft(path)


def read_input(path: Path) -> Resolution:
    """Read a .draftdesk draft or import a resolution text, by what the file holds."""
    from ..compare.sources import read_text

    return read_text(path)


def _check_distinct(input_path: Path, output_path: Path) -> None:
    if output_path.exists() and output_path.resolve() == input_path.resolve():
        raise OutputError(f"{output_path}: is the input file; choose another output name")


def _check_suffix(path: Path, suffix: str) -> None:
    if path.suffix.lower() != suffix:
        raise OutputError(f"{path}: the output name must end in {suffix}")


def _export(options: argparse.Namespace) -> int:
    suffix = options.output.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise OutputError(f"{options.output}: the output name must end in .docx, .pdf or .txt")
    against = options.changes_against
    tracked = against is not None or options.changes_against_version is not None
    if against is not None and options.changes_against_version is not None:
        raise InputError("give either --changes-against or --changes-against-version")
    if suffix != ".docx" and (tracked or options.manuscript):
        raise OutputError(f"{options.output}: tracked changes and the manuscript are "
                          "Word files; name a .docx")
    resolution = read_input(options.input)
    _check_distinct(options.input, options.output)
    if suffix == ".pdf":
        # The only command that loads Qt: it paints the preview's pages on its offscreen platform.
        try:
            from ..ui.printing import export_pdf
        except ImportError as error:  # Qt's libraries missing on a bare server
            raise OutputError(
                f"{options.output}: PDF export needs Qt, which cannot be loaded here ({error})"
            ) from None

        pages = export_pdf(resolution, options.output)
        _say(f"Exported {options.output} ({pages} {'page' if pages == 1 else 'pages'})")
        return 0
    if suffix == ".txt":
        from ..export.text import export_text

        export_text(resolution, options.output)
    elif tracked:
        old = _old_text(options.input, resolution, against, options.changes_against_version)
        from ..export.tracked import export_tracked_docx

        export_tracked_docx(old, resolution, options.output, author=options.author,
                            options=_print_options(options))
        _say(f"Exported {options.output} with the changes tracked")
        return 0
    else:
        from ..export import export_docx

        export_docx(resolution, options.output, options=_print_options(options))
    print(f"Exported {printable(options.output, None)}")
    return 0


def _print_options(options: argparse.Namespace) -> Options:
    """Return the composition options the export flags ask for."""
    from ..compose import Options, Profile

    return Options(profile=Profile.MANUSCRIPT if options.manuscript else Profile.L_DOCUMENT)


def _old_text(path: Path, draft: Resolution, against: str | None,
              version: str | None) -> Resolution:
    """Return the text to compare with: a saved version, the base text, or another file."""
    from ..model.versions import find_version

    if version is not None:
        return find_version(draft, version).text
    if against == BASE_TEXT:
        if draft.base_text is None:
            raise InputError(f"{path}: has no base text; name the old text: "
                             "--changes-against OLD")
        return draft.base_text.text
    assert against is not None
    return read_input(Path(against))


def _compare(options: argparse.Namespace) -> int:
    from ..compare import compare

    files: list[Path] = options.files
    own = options.old_version is not None or options.old_base
    if options.old_version is not None and options.old_base:
        raise InputError("give either --old-version or --old-base")
    if len(files) != (1 if own else 2):
        wanted = "one draft with --old-version/--old-base" if own else "two files: OLD NEW"
        raise InputError(f"compare takes {wanted}")
    new = read_input(files[-1])
    if own:
        against = BASE_TEXT if options.old_base else None
        old = _old_text(files[-1], new, against, options.old_version)
    else:
        old = read_input(files[0])
    comparison = compare(old, new)
    changes = comparison.visible(derived=options.derived)
    if options.json:
        print(terminal_json([c.to_json() for c in changes]))
    else:
        _say(comparison.summary())
        for change in changes:
            _say(change.summary())
    return 0


def _versions(options: argparse.Namespace) -> int:
    from ..model import versions
    from ..storage import DRAFT_SUFFIX, load_draft, save_draft

    if options.input.suffix != DRAFT_SUFFIX and not _holds_a_draft(options.input):
        raise InputError(f"{options.input}: not a DraftDesk draft; versions live in drafts")
    draft = load_draft(options.input)
    if options.save is not None:
        snapshot, _undo = versions.save_version(draft, options.save)
        save_draft(draft, options.input)
        _say(f"Saved version {snapshot.name!r} in {options.input}")
    elif options.delete is not None:
        versions.delete_version(draft, options.delete)
        save_draft(draft, options.input)
        _say(f"Deleted version {options.delete!r} from {options.input}")
    elif options.set_base is not None:
        base = read_input(options.set_base)
        versions.set_base_text(draft, base, base.metadata.symbol or options.set_base.stem)
        save_draft(draft, options.input)
        _say(f"{options.input}: base text is now {draft.base_text.name!r}"  # type: ignore[union-attr]
              )
    elif options.clear_base:
        versions.clear_base_text(draft)
        save_draft(draft, options.input)
        _say(f"{options.input}: base text removed")
    else:
        current = draft.base_text
        _say(f"Base text: {current.name} ({current.created:%Y-%m-%d %H:%M})" if current
              else "Base text: (none)")
        _say(f"Versions: {len(draft.versions)}")
        for snapshot in draft.versions:
            _say(f"  {snapshot.created:%Y-%m-%d %H:%M}  {snapshot.name}")
    return 0


def _import(options: argparse.Namespace) -> int:
    from ..importers import import_file
    from ..storage import save_draft

    _check_suffix(options.output, ".draftdesk")
    if _holds_a_draft(options.input):
        raise InputError(
            f"{options.input}: is already a DraftDesk draft; use it with export or outline"
        )
    resolution = import_file(options.input)
    _check_distinct(options.input, options.output)
    save_draft(resolution, options.output)
    print(f"Wrote {printable(options.output, None)}")
    return 0


def _outline(options: argparse.Namespace) -> int:
    resolution = read_input(options.input)
    data = outline(resolution)
    if options.json:
        print(terminal_json(data))
    else:
        print(outline_text(data))
    return 0


# ------------------------------------------------------------------ outline


def outline(resolution: Resolution) -> dict[str, Any]:
    """Return the structure of a resolution as the plain data ``outline --json`` prints."""
    from ..model import derive, paragraph_runs
    from ..model.derive import ACTING_ORGAN, COMMITTEE_NAMES, session_line
    from ..model.document import BODY_PARTS, ParagraphKind, Part

    derived = derive(resolution)
    meta = resolution.metadata

    def paragraph(p: Any) -> dict[str, Any]:
        info = derived.info[p.id]
        runs = paragraph_runs(p, derived)
        return {
            "label": info.label,
            "scheme": info.scheme,
            "lead": p.lead,
            "text": "".join(r.text for r in runs if r.note_number is None and not r.superscript),
            "footnotes": [r.note_number for r in runs if r.note_number is not None],
            "children": [paragraph(c) for c in p.children if c.kind is not ParagraphKind.HEADING],
        }

    def part(which: Part) -> list[dict[str, Any]]:
        items = resolution.part(which)
        return [paragraph(p) for p in items if p.kind is not ParagraphKind.HEADING]

    headings = [
        {"part": which.value, "text": p.body_text, "numeral": p.numeral}
        for which in BODY_PARTS
        for p in resolution.part(which)
        if p.kind is ParagraphKind.HEADING
    ]
    return {
        "kind": resolution.kind.value,
        "body": ACTING_ORGAN[meta.body],
        "committee": COMMITTEE_NAMES.get(meta.committee or 0) if meta.committee else None,
        "symbol": meta.symbol or None,
        "distribution": meta.distribution or None,
        "date": meta.date.isoformat() if meta.date else None,
        "original_language": meta.original_language or None,
        "session": session_line(meta) or None,
        "agenda_items": [{"number": item.label, "title": item.title} for item in meta.agenda_items],
        "sponsors": [s.name for s in meta.sponsors],
        "title": meta.title or None,
        "preambular": part(Part.PREAMBULAR),
        "operative": part(Part.OPERATIVE),
        "headings": headings,
        "footnotes": [
            {
                "number": derived.footnote_numbers[note_id],
                "text": resolution.footnotes[note_id].plain_text,
            }
            for note_id in derived.footnote_order
        ],
        "cover_notes": [f"* {note.text}" for note in meta.cover_notes],
        # A text in parts: the body above is part A; each further part follows with its own.
        "part_letter": resolution.part_letter or None,
        "parts": [
            {
                "letter": further.letter,
                "title": further.title or None,
                "preambular": [paragraph(p) for p in further.preambular
                               if p.kind is not ParagraphKind.HEADING],
                "operative": [paragraph(p) for p in further.operative
                              if p.kind is not ParagraphKind.HEADING],
                "headings": [
                    {"part": which.value, "text": p.body_text, "numeral": p.numeral}
                    for which in BODY_PARTS
                    for p in further.part(which)
                    if p.kind is ParagraphKind.HEADING
                ],
            }
            for further in resolution.further_parts
        ],
        "annexes": [
            {
                "heading": annex.heading,
                "title": annex.title,
                "paragraphs": [paragraph(p) for p in annex.preamble]
                + [paragraph(p) for p in annex.paragraphs if p.kind is not ParagraphKind.HEADING],
            }
            for annex in resolution.annexes
        ],
        "import_notes": [
            {
                "paragraph": _paragraph_place(derived, note.paragraph_id),
                "note": note.message,
            }
            for note in resolution.import_notes
        ],
    }


def _paragraph_place(derived: Any, paragraph_id: str) -> str | None:
    """Name a paragraph as a reader finds it: "operative paragraph 3 (b)"."""
    info = derived.info.get(paragraph_id)
    if info is None:
        return None
    # The reference text already says "the first preambular paragraph" or "paragraph 3 (b)".
    place = str(derived.cross_ref_text(paragraph_id)).removeprefix("the ")
    return f"operative {place}" if info.part.value == "operative" else place


def outline_text(data: dict[str, Any]) -> str:
    """Return the outline as indented lines for people to read."""
    lines = [
        " / ".join(
            str(value)
            for value in (data["symbol"], data["body"], data["committee"], data["session"])
            if value
        ),
        f"Title: {data['title'] or '(none)'}",
        f"Sponsors: {', '.join(data['sponsors']) or '(none)'}",
    ]

    def walk(items: list[dict[str, Any]], depth: int) -> None:
        for item in items:
            label = f"{item['label']} " if item["label"] else ""
            text = item["text"] if len(item["text"]) <= 90 else item["text"][:87] + "..."
            lines.append(f"{'  ' * depth}{label}{text}")
            walk(item["children"], depth + 1)

    parts = [{"letter": data.get("part_letter"), **data}, *data.get("parts", [])]
    for part in parts:
        if part["letter"]:
            lines.append(f"Part {part['letter']}")
        lines.append(f"Preambular paragraphs: {len(part['preambular'])}")
        walk(part["preambular"], 1)
        lines.append(f"Operative paragraphs: {len(part['operative'])}")
        walk(part["operative"], 1)
    lines.append(f"Footnotes: {len(data['footnotes'])}")
    for note in data["footnotes"]:
        lines.append(f"  {note['number']} {note['text']}")
    # Everything above comes from the file: no line may carry a terminal escape or a break.
    return "\n".join(printable(line, None) for line in lines)

