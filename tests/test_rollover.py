"""Rolling last year's adopted resolution over into next session's draft."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from datafiles import CORPUS
from draftdesk.cli import main
from draftdesk.errors import InputError
from draftdesk.importers import import_file, import_text
from draftdesk.model import Body, DocumentKind, Paragraph, Resolution, Sponsor, Text
from draftdesk.model.derive import committee_line, session_line
from draftdesk.rollover import Rollover, roll_over, roll_over_file
from draftdesk.storage import load_draft, save_draft

RES_73_7 = CORPUS / "10_A_RES_73_7.txt"
RES_80_164 = CORPUS / "09_A_RES_80_164.txt"
NOW = dt.datetime(2026, 12, 2, 9, 30, tzinfo=dt.UTC)


def texts(resolution: Resolution) -> list[str]:
    """Return every body paragraph as "lead text"."""
    return [f"{p.lead} {p.body_text}".strip() for _part, p in resolution.walk()]


def notes_on(result: Rollover, paragraph: Paragraph) -> list[str]:
    return [n.message for n in result.draft.import_notes if n.paragraph_id == paragraph.id]


@pytest.fixture(scope="module")
def ices() -> Rollover:
    """A/RES/73/7 (plenary, 2018) rolled over."""
    return roll_over(import_file(RES_73_7), now=NOW)


@pytest.fixture(scope="module")
def ilc() -> Rollover:
    """A/RES/80/164 (Sixth Committee, 2025) rolled over."""
    return roll_over(import_file(RES_80_164), now=NOW)


def test_73_7_becomes_a_seventy_fourth_session_plenary_draft(ices: Rollover) -> None:
    meta = ices.draft.metadata
    assert meta.body is Body.GA_PLENARY and meta.committee is None
    assert meta.session == 74
    assert session_line(meta) == "Seventy-fourth session"
    assert (meta.symbol, meta.date, meta.sponsors) == ("", None, [])
    assert meta.distribution == "Limited"
    assert meta.title == "Report of the International Criminal Court"
    assert meta.adoption is None and meta.closing_lines == []
    assert [item.label for item in meta.agenda_items] == ["77"]
    assert ices.draft.kind is DocumentKind.RESOLUTION


def test_73_7_recalls_itself_in_place_of_72_3(ices: Rollover) -> None:
    first = ices.draft.preambular[0]
    assert first.lead == "Recalling"
    # "all its previous relevant resolutions" covers 72/3: the latest one stands for them.
    assert first.body_text == (
        "its resolution 73/7 of 29 October 2018 and all its previous relevant resolutions"
    )
    assert len(ices.draft.preambular) == 13  # extended, not added
    assert any("instead of 72/3" in note for note in notes_on(ices, first))


def test_73_7_sessions_counted_from_its_own_move_on(ices: Rollover) -> None:
    operative = ices.draft.operative
    for number in (12, 19, 28):
        text = operative[number - 1].body_text
        assert "seventy-fifth session" in text and "seventy-fourth" not in text
        assert notes_on(ices, operative[number - 1]) == [
            "Session moved on: “seventy-fourth session” → “seventy-fifth session”."
        ]
    # The Assembly of States Parties' own sessions are not the General Assembly's.
    assert "at its fifteenth session" in operative[25].body_text
    assert "looks forward to the seventeenth session" in operative[25].body_text
    assert any("12 December 2018" in note for note in notes_on(ices, operative[25]))


def test_73_7_footnotes_and_untouched_text_are_kept(ices: Rollover) -> None:
    original = import_file(RES_73_7)
    assert [n.plain_text for n in ices.draft.footnotes.values()] == [
        n.plain_text for n in original.footnotes.values()
    ]
    changed = {0, 13 + 11, 13 + 18, 13 + 27}  # the recall and the three session references
    for index, (new, old) in enumerate(zip(texts(ices.draft), texts(original), strict=True)):
        if index not in changed:
            assert new == old


def test_73_7_sponsors_are_pointed_to_last_year_s_draft(ices: Rollover) -> None:
    assert ices.previous_sponsors == []
    assert ices.last_year_drafts == ["A/73/L.8", "A/73/L.8/Add.1"]
    assert (
        "Sponsors left empty: A/RES/73/7 lists none; last year's are on A/73/L.8 and "
        "A/73/L.8/Add.1."
    ) in [n.message for n in ices.draft.import_notes]


def test_base_text_is_the_adopted_resolution(ices: Rollover) -> None:
    base = ices.draft.base_text
    assert base is not None
    assert base.name == "A/RES/73/7" and base.created == NOW
    assert base.text.metadata.symbol == "A/RES/73/7"
    assert base.text.metadata.adoption is not None
    assert base.text.metadata.adoption.number == "73/7"
    assert base.text.metadata.closing_lines == ["28th plenary meeting", "29 October 2018"]
    assert texts(base.text) == texts(import_file(RES_73_7))
    # Paragraphs keep their ids, so that the draft can be compared with its base paragraph by
    # paragraph.
    assert {p.id for _part, p in base.text.walk()} <= {p.id for _part, p in ices.draft.walk()}


def test_80_164_becomes_a_sixth_committee_draft_for_the_eighty_first_session(
    ilc: Rollover,
) -> None:
    meta = ilc.draft.metadata
    assert meta.body is Body.GA_COMMITTEE and meta.committee == 6
    assert committee_line(meta) == "Sixth Committee"
    assert session_line(meta) == "Eighty-first session"
    assert (meta.symbol, meta.date, meta.sponsors, meta.adoption) == ("", None, [], None)
    assert meta.title == (
        "Report of the International Law Commission on the work of its seventy-sixth session"
    )


def test_80_164_gains_a_first_recalling_paragraph(ilc: Rollover) -> None:
    first, second = ilc.draft.preambular[:2]
    assert (first.lead, first.body_text) == (
        "Recalling", "its resolution 80/164 of 15 December 2025"
    )
    assert second.lead == "Having considered"
    assert len(ilc.draft.preambular) == 14
    assert notes_on(ilc, first) == ["Added: “Recalling its resolution 80/164 of 15 December 2025”."]


def test_80_164_advances_the_assembly_s_sessions_but_not_the_commission_s(ilc: Rollover) -> None:
    operative = ilc.draft.operative
    assert operative[48].body_text == (
        "that the debate on the report of the International Law Commission at the eighty-second "
        "session of the General Assembly commence on 26 October 2026"
    )
    assert "during the eighty-second session of the Assembly" in operative[3].body_text
    # The Commission's sessions and the Official Records titles are history.
    assert "the work of its seventy-seventh session" in operative[3].body_text
    assert "the seventy-seventh session of the Commission" in operative[20].body_text
    assert "the work of its seventy-sixth session" in operative[0].body_text
    footnotes = [n.plain_text for n in ilc.draft.footnotes.values()]
    assert footnotes[0] == (
        "Official Records of the General Assembly, Eightieth Session, Supplement No. 10 (A/80/10)."
    )
    messages = [n.message for n in ilc.draft.import_notes]
    assert messages[:3] == [
        "Rolled over from A/RES/80/164 (adopted 15 December 2025) for the eighty-first session: "
        "enter the symbol, date and sponsors. The adopted text is kept as the base text.",
        "Tabled in the Sixth Committee, as the report line says: "
        "[on the report of the Sixth Committee (A/80/450, para. 9)]",
        "Agenda item 80 kept from A/RES/80/164: check the new session's agenda.",
    ]
    assert notes_on(ilc, operative[48]) == [
        "Session moved on: “eighty-first session” → “eighty-second session”.",
        "Names 26 October 2026: dates and years are not moved; check them.",
    ]


def test_the_input_is_left_unchanged() -> None:
    adopted = import_file(RES_80_164)
    before = texts(adopted)
    roll_over(adopted)
    assert texts(adopted) == before
    assert adopted.metadata.adoption is not None and adopted.metadata.symbol == "A/RES/80/164"


def test_a_list_of_recalled_resolutions_is_extended() -> None:
    adopted = import_text(
        "A/RES/79/123\nGeneral Assembly\n\nSeventy-ninth session\nAgenda item 18\n\n"
        "Resolution adopted by the General Assembly on 15 December 2024\n"
        "[on the report of the Second Committee (A/79/440)]\n\n79/123. Migration\n\n"
        "The General Assembly,\n\n"
        "Recalling its resolutions 70/1 of 25 September 2015 and 78/12 of 4 December 2023,\n\n"
        "1. Decides to include in the provisional agenda of its eightieth session the item "
        "entitled “Migration”, and to consider the question at its seventy-ninth session.\n"
    )
    result = roll_over(adopted)
    meta = result.draft.metadata
    assert (meta.body, meta.committee, meta.session) == (Body.GA_COMMITTEE, 2, 80)
    assert result.draft.preambular[0].body_text == (
        "its resolutions 70/1 of 25 September 2015, 78/12 of 4 December 2023 and "
        "79/123 of 15 December 2024"
    )
    assert result.draft.operative[0].body_text == (
        "to include in the provisional agenda of its eighty-first session the item entitled "
        "“Migration”, and to consider the question at its eightieth session"
    )


def test_last_year_s_sponsors_are_offered_not_kept(tmp_path: Path) -> None:
    adopted = import_file(RES_73_7)
    adopted.metadata.sponsors = [Sponsor("Mexico"), Sponsor("Netherlands (Kingdom of the)")]
    path = tmp_path / "last-year.draftdesk"
    save_draft(adopted, path)
    result = roll_over_file(path)
    assert result.draft.metadata.sponsors == []
    assert [s.name for s in result.previous_sponsors] == ["Mexico", "Netherlands (Kingdom of the)"]
    assert "Last year's sponsors, not carried over: Mexico and Netherlands (Kingdom of the)." in [
        n.message for n in result.draft.import_notes
    ]


def test_an_ecosoc_resolution_moves_to_next_year() -> None:
    adopted = Resolution()
    adopted.metadata.body = Body.ECOSOC
    adopted.metadata.session = 2025
    adopted.metadata.symbol = "E/RES/2025/12"
    from draftdesk.model import Adoption

    adopted.metadata.adoption = Adoption(
        "Resolution adopted by the Economic and Social Council on 23 July 2025", "", "2025/12"
    )
    adopted.preambular = [Paragraph("Noting", [Text("the report")])]
    adopted.operative = [
        Paragraph("Decides", [Text("to consider the question at its 2026 session and 2024")])
    ]
    result = roll_over(adopted)
    assert result.draft.metadata.session == 2026
    assert session_line(result.draft.metadata) == "2026 session"
    assert result.draft.preambular[0].body_text == "its resolution 2025/12 of 23 July 2025"
    assert result.draft.operative[0].body_text == (
        "to consider the question at its 2027 session and 2024"
    )
    assert result.source_name == "E/RES/2025/12"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (CORPUS / "01_A_80_L.26.txt", "not an adopted resolution (no 'Resolution adopted by"),
        (CORPUS / "11_S_2022_443.txt", "not an adopted resolution"),
    ],
)
def test_a_draft_is_refused(text: Path, message: str) -> None:
    with pytest.raises(InputError, match=r"01_A_80_L\.26\.txt|11_S_2022_443\.txt") as error:
        roll_over_file(text)
    assert message in str(error.value)


def test_a_decision_is_refused() -> None:
    adopted = import_file(RES_73_7)
    adopted.kind = DocumentKind.DECISION
    with pytest.raises(InputError, match="is a decision, not a resolution"):
        roll_over(adopted, source="d.txt")


# ------------------------------------------------------------------ command line


def test_cli_writes_the_draft_and_it_reloads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "ilc-81.draftdesk"
    assert main(["rollover", str(RES_80_164), "-o", str(output)]) == 0
    assert "Wrote" in capsys.readouterr().out
    draft = load_draft(output)
    assert draft.metadata.session == 81 and draft.metadata.committee == 6
    assert draft.preambular[0].body_text == "its resolution 80/164 of 15 December 2025"
    assert draft.base_text is not None and draft.base_text.name == "A/RES/80/164"
    assert draft.base_text.text.metadata.adoption is not None
    assert len(draft.import_notes) == len(roll_over_file(RES_80_164).draft.import_notes)
    assert main(["outline", str(output), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["session"] == "Eighty-first session"
    assert data["committee"] == "Sixth Committee"
    assert data["symbol"] is None and data["sponsors"] == []
    note = data["import_notes"][3]
    assert note["note"] == "Added: “Recalling its resolution 80/164 of 15 December 2025”."
    assert note["paragraph"] == "first preambular paragraph"
    moved = [n["paragraph"] for n in data["import_notes"] if "session" in n["note"].lower()]
    assert any(place and place.startswith("operative paragraph ") for place in moved), moved


def test_cli_keeps_an_existing_output_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "ices.draftdesk"
    output.write_text("mine", encoding="utf-8")
    assert main(["rollover", str(RES_73_7), "-o", str(output)]) == 2
    error = capsys.readouterr().err
    assert error == (
        f"draftdesk: error: {output}: already exists; choose another name or add --force\n"
    )
    assert output.read_text(encoding="utf-8") == "mine"
    assert main(["rollover", str(RES_73_7), "-o", str(output), "--force"]) == 0
    assert load_draft(output).metadata.session == 74


def test_cli_refuses_a_draft_in_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out.draftdesk"
    assert main(["rollover", str(CORPUS / "04_A_C.2_80_L.30.txt"), "-o", str(output)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("draftdesk: error: ") and error.count("\n") == 1
    assert "04_A_C.2_80_L.30.txt: not an adopted resolution" in error
    assert not output.exists()


def test_cli_never_writes_over_its_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "res.draftdesk"
    save_draft(import_file(RES_73_7), source)
    before = source.read_bytes()
    assert main(["rollover", str(source), "-o", str(source), "--force"]) == 2
    assert "is the input file" in capsys.readouterr().err
    assert source.read_bytes() == before
    assert main(["rollover", str(source), "-o", str(tmp_path / "x.txt")]) == 2
    assert "must end in .draftdesk" in capsys.readouterr().err


def _adopted(body: Body, session: int, number: str, line: str) -> Resolution:
    from draftdesk.model import Adoption

    adopted = Resolution()
    adopted.metadata.body = body
    adopted.metadata.session = session
    adopted.metadata.adoption = Adoption(line, "", number)
    adopted.preambular = [Paragraph("Noting", [Text("the report")])]
    return adopted


def test_a_human_rights_council_resolution_moves_to_the_same_session_next_year() -> None:
    adopted = _adopted(
        Body.HUMAN_RIGHTS_COUNCIL, 58, "58/4",
        "Resolution adopted by the Human Rights Council on 3 April 2025",
    )
    adopted.operative = [Paragraph("Requests", [Text("a report at its sixtieth session")])]
    result = roll_over(adopted)
    assert result.draft.metadata.session == 61
    assert result.draft.operative[0].body_text == "a report at its sixty-third session"
    assert result.source_name == "A/HRC/RES/58/4"


def test_an_emergency_special_session_is_resumed_not_followed() -> None:
    adopted = _adopted(
        Body.GA_EMERGENCY, 11, "ES-11/7",
        "Resolution adopted by the General Assembly on 24 February 2025",
    )
    adopted.operative = [Paragraph("Decides", [Text("to adjourn its eleventh session")])]
    result = roll_over(adopted)
    assert result.draft.metadata.session == 11
    assert result.draft.metadata.body is Body.GA_EMERGENCY
    assert result.draft.operative[0].body_text == "to adjourn its eleventh session"
    assert result.draft.preambular[0].body_text == "its resolution ES-11/7 of 24 February 2025"


def test_a_recall_that_cannot_be_extended_gets_a_new_paragraph_before_it() -> None:
    adopted = _adopted(
        Body.GA_PLENARY, 79, "79/5", "Resolution adopted by the General Assembly on 1 November 2024"
    )
    adopted.preambular = [
        Paragraph("Recalling", [Text("its resolution 70/1 of 25 September 2015, entitled "
                                     "“Transforming our world”")])
    ]
    result = roll_over(adopted)
    first, second = result.draft.preambular
    assert (first.lead, first.body_text) == ("Recalling", "its resolution 79/5 of 1 November 2024")
    assert second.body_text.startswith("its resolution 70/1 of 25 September 2015, entitled")
    assert notes_on(result, first) == [
        "Added: “Recalling its resolution 79/5 of 1 November 2024”. The next paragraph also "
        "opens with “Recalling”: consider “Recalling also”."
    ]


# The first preambular paragraph of A/RES/79/16 and of A/RES/80/17, which followed it (Middle
# East nuclear-weapon-free zone, First Committee), as printed.
_ZONE_START = (
    "its resolutions 3263 (XXIX) of 9 December 1974, 3474 (XXX) of 11 December 1975, 31/71 of "
    "10 December 1976, 32/82 of 12 December 1977, 33/64 of 14 December 1978, 34/77 of "
    "11 December 1979, 35/147 of 12 December 1980, 36/87 A and B of 9 December 1981, 37/75 of "
    "9 December 1982, 38/64 of 15 December 1983, 39/54 of 12 December 1984, 40/82 of "
    "12 December 1985, 41/48 of 3 December 1986, 42/28 of 30 November 1987, 43/65 of "
    "7 December 1988, 44/108 of 15 December 1989, 45/52 of 4 December 1990, 46/30 of "
    "6 December 1991, 47/48 of 9 December 1992, 48/71 of 16 December 1993, 49/71 of "
    "15 December 1994, 50/66 of 12 December 1995, 51/41 of 10 December 1996, 52/34 of "
    "9 December 1997, 53/74 of 4 December 1998, 54/51 of 1 December 1999, 55/30 of "
    "20 November 2000, 56/21 of 29 November 2001, 57/55 of 22 November 2002, 58/34 of "
    "8 December 2003, 59/63 of 3 December 2004, 60/52 of 8 December 2005, 61/56 of "
    "6 December 2006, 62/18 of 5 December 2007, 63/38 of 2 December 2008, 64/26 of "
    "2 December 2009, 65/42 of 8 December 2010, 66/25 of 2 December 2011, 67/28 of "
    "3 December 2012, 68/27 of 5 December 2013, 69/29 of 2 December 2014, 70/24 of "
    "7 December 2015, 71/29 of 5 December 2016, 72/24 of 4 December 2017, 73/28 of "
    "5 December 2018, 74/30 of 12 December 2019, 75/33 of 7 December 2020, 76/20 of "
    "6 December 2021, 77/38 of 7 December 2022"
)
_ZONE_END = " on the establishment of a nuclear-weapon-free zone in the region of the Middle East"
RECALLED_IN_79_16 = _ZONE_START + " and 78/17 of 4 December 2023" + _ZONE_END
RECALLED_IN_80_17 = _ZONE_START + ", 78/17 of 4 December 2023 and 79/16 of 2 December 2024" + (
    _ZONE_END
)


def test_a_long_list_of_recalled_resolutions_grows_as_the_assembly_s_own_next_text() -> None:
    adopted = import_text(
        "A/RES/79/16\nGeneral Assembly\n\nSeventy-ninth session\nAgenda item 93\n\n"
        "Resolution adopted by the General Assembly on 2 December 2024\n"
        "[on the report of the First Committee (A/79/404, para. 7)]\n\n"
        "79/16. Establishment of a nuclear-weapon-free zone in the region of the Middle East\n\n"
        f"The General Assembly,\n\nRecalling {RECALLED_IN_79_16},\n\n"
        "1. Decides to include in the provisional agenda of its eightieth session the item "
        "entitled “Establishment of a nuclear-weapon-free zone in the region of the Middle "
        "East”.\n"
    )
    result = roll_over(adopted)
    assert result.draft.preambular[0].body_text == RECALLED_IN_80_17
    assert result.draft.metadata.committee == 1
    assert "its eighty-first session" in result.draft.operative[0].body_text


def test_a_recall_with_a_clause_about_the_last_resolution_is_not_extended() -> None:
    adopted = _adopted(
        Body.GA_COMMITTEE, 80, "80/119",
        "Resolution adopted by the General Assembly on 15 December 2025",
    )
    recalled = (
        "its resolution 70/186 of 22 December 2015 on consumer protection, in which it adopted "
        "the revised United Nations guidelines for consumer protection"
    )
    adopted.preambular = [Paragraph("Recalling", [Text(recalled)])]
    result = roll_over(adopted)
    first, second = result.draft.preambular
    assert first.body_text == "its resolution 80/119 of 15 December 2025"
    assert second.body_text == recalled


def test_sessions_after_the_next_are_pointed_out_not_moved() -> None:
    adopted = _adopted(
        Body.GA_PLENARY, 79, "79/1",
        "Resolution adopted by the General Assembly on 22 September 2024",
    )
    review = (
        "to review the Pact at the beginning of the eighty-third session of the General Assembly "
        "and to report at its eightieth session"
    )
    adopted.operative = [Paragraph("Decides", [Text(review)])]
    result = roll_over(adopted)
    paragraph = result.draft.operative[0]
    assert paragraph.body_text == (
        "to review the Pact at the beginning of the eighty-third session of the General Assembly "
        "and to report at its eighty-first session"
    )
    assert notes_on(result, paragraph) == [
        "Session moved on: “eightieth session” → “eighty-first session”.",
        "Not moved: “eighty-third session”, later than the next session, may be a fixed date; "
        "check it.",
    ]


def test_only_dates_that_may_move_with_the_session_are_pointed_out() -> None:
    adopted = _adopted(
        Body.GA_PLENARY, 80, "80/5", "Resolution adopted by the General Assembly on 4 November 2025"
    )
    adopted.operative = [
        Paragraph("Calls upon", [Text("States to reach the Goals by 2030")]),
        Paragraph("Decides", [Text("to hold a meeting in 2026, before 1 June 2026")]),
        Paragraph("Recalls", [Text("the meeting held on 1 October 2025")]),
    ]
    result = roll_over(adopted)
    goals, meeting, held = result.draft.operative
    assert notes_on(result, goals) == notes_on(result, held) == []
    assert notes_on(result, meeting) == [
        "Names 2026 and 1 June 2026: dates and years are not moved; check them."
    ]


def test_a_word_file_of_the_resolution_rolls_over_as_its_text(tmp_path: Path) -> None:
    from draftdesk.export import export_docx

    word = tmp_path / "A_RES_80_164.docx"
    export_docx(import_file(RES_80_164), word)
    from_word, from_text = roll_over_file(word), roll_over_file(RES_80_164)
    assert texts(from_word.draft) == texts(from_text.draft)
    for field_name in ("body", "committee", "session", "symbol", "date", "title", "adoption"):
        assert getattr(from_word.draft.metadata, field_name) == getattr(
            from_text.draft.metadata, field_name
        )
    assert from_word.draft.base_text is not None
    assert from_word.draft.base_text.name == "A/RES/80/164"
    moved = [n.message for n in from_word.draft.import_notes if "moved on" in n.message]
    assert moved == [n.message for n in from_text.draft.import_notes if "moved on" in n.message]
    assert len(moved) == 2


@pytest.mark.parametrize(
    ("language", "line", "lead", "text"),
    [
        ("es", "Resolución aprobada por la Asamblea General el 15 de diciembre de 2025",
         "Recordando", "su resolución 80/164, de 15 de diciembre de 2025"),
        ("fr", "Résolution adoptée par l’Assemblée générale le 1er décembre 2025",
         "Rappelant", "sa résolution 80/164 du 1er décembre 2025"),
    ],
)
def test_a_spanish_or_french_resolution_is_recalled_in_its_language(
    language: str, line: str, lead: str, text: str
) -> None:
    adopted = _adopted(Body.GA_PLENARY, 80, "80/164", line)
    adopted.metadata.language = language
    adopted.operative = [Paragraph("Decide", [Text("examinar la cuestión en 2026")])]
    result = roll_over(adopted)
    first = result.draft.preambular[0]
    assert (first.lead, first.body_text) == (lead, text)
    assert result.draft.metadata.session == 81 and result.draft.metadata.language == language
    assert (
        "References to sessions in the text are not moved in this language: check them."
        in [n.message for n in result.draft.import_notes]
    )


# ------------------------------------------------------------------ official PDFs

PDFS = CORPUS.parent / "pdfs"


@pytest.mark.parametrize(
    ("pdf", "text"),
    [(PDFS / "10_A_RES_73_7.pdf", RES_73_7), (PDFS / "09_A_RES_80_164.pdf", RES_80_164)],
    ids=["A_RES_73_7", "A_RES_80_164"],
)
def test_the_official_pdf_rolls_over_as_its_text(pdf: Path, text: Path) -> None:
    from_pdf, from_text = roll_over_file(pdf, now=NOW), roll_over_file(text, now=NOW)
    assert texts(from_pdf.draft) == texts(from_text.draft)
    for field_name in ("body", "committee", "session", "symbol", "date", "sponsors", "title"):
        assert getattr(from_pdf.draft.metadata, field_name) == getattr(
            from_text.draft.metadata, field_name
        )
    assert from_pdf.draft.metadata.adoption is None
    assert from_pdf.draft.metadata.closing_lines == []
    assert from_pdf.source_name == from_text.source_name
    assert from_pdf.draft.base_text is not None
    assert from_pdf.draft.base_text.name == from_text.source_name
    assert from_pdf.draft.base_text.text.metadata.adoption is not None
    assert len(from_pdf.draft.footnotes) == len(from_text.draft.footnotes)

    def rollover_notes(result: Rollover) -> list[str]:
        return [n.message for n in result.draft.import_notes
                if n.message.startswith(("Rolled over", "Tabled", "Added", "Recalls",
                                         "Session moved on"))]

    assert rollover_notes(from_pdf) == rollover_notes(from_text)


def test_the_official_pdf_of_79_16_rolls_over_into_what_80_17_recalls(tmp_path: Path) -> None:
    output = tmp_path / "zone-80.draftdesk"
    assert main(["rollover", str(PDFS / "A_RES_79_16.pdf"), "-o", str(output)]) == 0
    draft = load_draft(output)
    assert draft.preambular[0].body_text == RECALLED_IN_80_17
    assert (draft.metadata.body, draft.metadata.committee) == (Body.GA_COMMITTEE, 1)
    assert session_line(draft.metadata) == "Eightieth session"
    assert draft.base_text is not None and draft.base_text.name == "A/RES/79/16"
