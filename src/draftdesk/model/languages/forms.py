"""The printed forms of a draft in its language: masthead, session, date, agenda, sponsors,
labels and cross-references, built from the language's data file.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from ..document import (
    SCHEME_NONE,
    AgendaItem,
    Body,
    DocumentKind,
    Part,
    Sponsor,
)
from ..words import alpha_label, capitalize_first, ordinal_words, roman_label
from .data import Language, get_language
from .names import name_key, state_names
from .typography import french_spacing

MAX_SESSION = 200

# The organ printed in the masthead, and the organ that acts in the opening formula.
_MASTHEAD_ORGAN = {
    Body.GA_PLENARY: "ga",
    Body.GA_COMMITTEE: "ga",
    Body.GA_EMERGENCY: "ga",
    Body.SECURITY_COUNCIL: "sc",
    Body.ECOSOC: "ecosoc",
    Body.HUMAN_RIGHTS_COUNCIL: "ga",
}
_ACTING_ORGAN = {**_MASTHEAD_ORGAN, Body.HUMAN_RIGHTS_COUNCIL: "hrc"}
_NAME_ATTRIBUTE = {"short_name_en": "name", "short_name_es": "name_es", "short_name_fr": "name_fr"}
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})

LanguageLike = str | Language


class StateLookup(Protocol):
    """What the sponsors line needs of the list of States: find a State by any of its names."""

    def find(self, name: str) -> Any: ...


def _finish(text: str, data: Language) -> str:
    """Apply the language's spacing rules to a finished line."""
    return french_spacing(text, data.french_spacing) if data.french_spacing else text


# ---------------------------------------------------------------- numbers in words


def ordinal(
    number: int, language: LanguageLike, gender: str = "m", before_noun: bool = True
) -> str:
    """Return an ordinal in words, lower case: 62 -> "sexagésimo segundo", "soixante-deuxième".

    ``gender`` is the gender of the noun the ordinal qualifies ("f" for French "session");
    ``before_noun`` gives the Spanish short forms "primer", "tercer" before a masculine noun.
    """
    data = get_language(language)
    table = data.ordinals
    override = table["overrides"].get(str(number))
    if override:
        return str(override)
    if not 1 <= number <= MAX_SESSION:
        raise ValueError(f"{number} is outside 1-{MAX_SESSION}")
    rule = table["rule"]
    if rule == "es":
        return _ordinal_es(number, table, gender, before_noun)
    if rule == "fr":
        return _ordinal_fr(number, table, gender)
    return ordinal_words(number)


def _ordinal_es(number: int, table: Any, gender: str, before_noun: bool) -> str:
    hundreds, rest = divmod(number, 100)
    parts = [table["hundreds"][hundreds]] if hundreds else []
    if 10 <= rest <= 19:
        parts.append(table["teens"][rest - 10])
    else:
        tens, units = divmod(rest, 10)
        if tens:
            parts.append(table["tens"][tens])
        if units:
            parts.append(table["units"][units])
    if gender == "f":
        parts = [word[:-1] + "a" if word.endswith("o") else word for word in parts]
    elif before_noun:
        # Only the last word shortens: "vigésimo primer período".
        parts[-1] = table["before_masculine_noun"].get(parts[-1], parts[-1])
    return " ".join(parts)


def french_cardinal(number: int, table: Any) -> str:
    """Spell out 0-999 in French with the traditional hyphens: 71 -> "soixante et onze"."""
    units, tens_words, conjunction = table["units"], table["tens"], table["and"]
    if number < 20:
        return str(units[number])
    if number < 100:
        tens, rest = divmod(number, 10)
        if tens in (7, 9):  # soixante-dix, quatre-vingt-dix: the tens before count on from ten
            tens, rest = tens - 1, rest + 10
        head = tens_words[tens]
        if rest == 0:
            return head + ("s" if tens == 8 else "")
        if rest in (1, 11) and tens != 8:
            return f"{head} {conjunction} {units[rest]}"
        return f"{head}-{units[rest]}"
    hundreds, rest = divmod(number, 100)
    head = table["hundred"] if hundreds == 1 else f"{units[hundreds]} {table['hundred']}"
    if rest == 0:
        return head + ("s" if hundreds > 1 else "")
    return f"{head} {french_cardinal(rest, table)}"


def _ordinal_fr(number: int, table: Any, gender: str) -> str:
    if number == 1:
        return str(table["first"]["m" if gender == "m" else "f"])
    cardinal = french_cardinal(number, table)
    cut = max(cardinal.rfind(" "), cardinal.rfind("-")) + 1
    last = cardinal[cut:]
    if last in ("vingts", "cents"):
        last = last[:-1]
    stem = table["stems"].get(last) or (last[:-1] if last.endswith("e") else last)
    return cardinal[:cut] + stem + table["suffix"]


# ---------------------------------------------------------------- masthead and cover lines


def organization_line(language: LanguageLike) -> str:
    """Return "United Nations", "Naciones Unidas", "Nations Unies"."""
    return get_language(language).organization


def organ_name(body: Body, language: LanguageLike) -> str:
    """Return the organ printed in the masthead: "Asamblea General", "Conseil de sécurité"."""
    return get_language(language).organs[_MASTHEAD_ORGAN[body]].name


def organ_gender(body: Body, language: LanguageLike) -> str:
    """Return the gender of the acting organ ("f" for la Asamblea, "m" for le Conseil)."""
    return get_language(language).organs[_ACTING_ORGAN[body]].gender


def opening_formula(body: Body, language: LanguageLike, has_preamble: bool = True) -> str:
    """Return "La Asamblea General," (without the comma when there is no preamble)."""
    formula = get_language(language).organs[_ACTING_ORGAN[body]].formula
    return formula + ("," if has_preamble else "")


def distribution_line(distribution: str, language: LanguageLike) -> str:
    """Return "Distr. limitada" for "Limited"; an unknown word is printed after "Distr."."""
    data = get_language(language)
    found = data.distribution.get(distribution) or data.distribution.get(distribution.title())
    if found:
        return found
    return _finish(data.distribution["General"].rsplit(" ", 1)[0] + " " + distribution, data)


def original_line(original_language: str, language: LanguageLike) -> str:
    """Return "Original: español" / "Original : espagnol" for an English language name."""
    data = get_language(language)
    name = data.language_names.get(original_language.strip().title(), original_language)
    return _finish(data.original.format(language=name), data)


def date_text(date: _dt.date, language: LanguageLike) -> str:
    """Return "30 de noviembre de 2007", "1er juillet 2013", "30 November 2007"."""
    data = get_language(language)
    day = data.first_day if date.day == 1 else str(date.day)
    return data.date_pattern.format(day=day, month=data.months[date.month - 1], year=date.year)


def session_line(
    session: int | None, language: LanguageLike, body: Body = Body.GA_PLENARY
) -> str:
    """Return "Sexagésimo segundo período de sesiones"; "" where the body prints none."""
    if session is None or body is Body.SECURITY_COUNCIL:
        return ""
    data = get_language(language)
    if body is Body.ECOSOC:
        return capitalize_first(data.session["ecosoc"].format(number=session))
    if not 1 <= session <= MAX_SESSION:
        return capitalize_first(data.session["other"].format(number=session))
    key = {Body.GA_EMERGENCY: "ga_emergency", Body.HUMAN_RIGHTS_COUNCIL: "hrc"}.get(body, "ga")
    words = ordinal(session, data, data.session_gender, before_noun=True)
    figures = f"{session}{figure_suffix(words, data)}"
    return capitalize_first(
        data.session[key].format(ordinal=words, number=session, figures=figures)
    )


def figure_suffix(words: str, language: LanguageLike) -> str:
    """Return the sign after an ordinal in figures: "º", or "er" after "primer", "tercer".

    The sign follows the ending of the ordinal in words, so 51 prints "51er" (quincuagésimo
    primer) and 57 "57º" (quincuagésimo séptimo); a language without signs gets "".
    """
    suffixes = get_language(language).ordinals.get("figure_suffixes", {})
    return next((sign for ending, sign in suffixes.items() if words.endswith(ending)), "")


def committee_line(body: Body, committee: int | None, language: LanguageLike) -> str:
    """Return the committee (or council) line under the session line, or ""."""
    data = get_language(language)
    if body is Body.GA_COMMITTEE and committee is not None and committee in data.committees:
        return data.committees[committee]
    if body is Body.HUMAN_RIGHTS_COUNCIL:
        return data.organs["hrc"].name
    return ""


def conjunction_before(word: str, language: LanguageLike) -> str:
    """Return "and" in the language as it stands before ``word``: Spanish "e" before an i-sound."""
    data = get_language(language)
    folded = word.casefold()
    if (
        data.conjunction_before_i
        and folded.startswith(tuple(data.i_sound_starts))
        and not folded.startswith(tuple(data.keep_conjunction_before))
    ):
        return data.conjunction_before_i
    return data.conjunction


def join_names(names: Sequence[str], language: LanguageLike) -> str:
    """Join names the UN way: "Chile, Ecuador y México"; "México e Indonesia"."""
    if len(names) <= 1:
        return "".join(names)
    last = names[-1]
    return f"{', '.join(names[:-1])} {conjunction_before(last, language)} {last}"


def agenda_item_label(item: AgendaItem, language: LanguageLike) -> str:
    """Return an agenda item as printed: "13 a)" in Spanish and French, "13 (a)" in English."""
    if not item.sub_item:
        return item.number
    return get_language(language).sub_item.format(number=item.number, sub=item.sub_item)


def agenda_line(
    items: Sequence[AgendaItem], language: LanguageLike, body: Body = Body.GA_PLENARY
) -> str:
    """Return "Tema 116 del programa" or "Points 13 a) et 115 de l’ordre du jour", or "".

    The Human Rights Council has its own wording in Spanish ("Tema 3 de la agenda").
    """
    if not items:
        return ""
    data = get_language(language)
    labels = join_names([agenda_item_label(item, data) for item in items], data)
    if body is Body.HUMAN_RIGHTS_COUNCIL:
        pattern = data.agenda_hrc_one if len(items) == 1 else data.agenda_hrc_many
    else:
        pattern = data.agenda_one if len(items) == 1 else data.agenda_many
    return pattern.format(items=labels)


# ---------------------------------------------------------------- sponsors


def sponsor_sort_key(name: str, language: LanguageLike) -> str:
    """Return the key that sorts names in the language: accents and case ignored (É as E)."""
    data = get_language(language)
    key = name.translate(_APOSTROPHES)
    if data.sort_ignore_accents:
        decomposed = unicodedata.normalize("NFKD", key)
        key = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    if data.sort_ignore_case:
        key = key.casefold()
    if data.sort_hyphen_as_space:
        key = key.replace("-", " ")
    return " ".join(key.split())


def state_name(name: str, language: LanguageLike, states: StateLookup | None = None) -> str:
    """Return a State's short name in the language, or ``name`` when the list does not know it.

    ``states`` is a list of States the user chose; without it the bundled list is used.
    """
    data = get_language(language)
    if states is None:
        return state_names(data.state_name_field).get(name_key(name), name)
    state = states.find(name)
    if state is None:
        return name
    translated = getattr(state, _NAME_ATTRIBUTE[data.state_name_field], "")
    return translated or name


def sorted_sponsor_names(
    sponsors: Iterable[Sponsor], language: LanguageLike, states: StateLookup | None = None
) -> list[str]:
    """Return the sponsors' names in the language, in its alphabetical order, observers last."""
    data = get_language(language)
    members: list[str] = []
    observers: list[str] = []
    for sponsor in sponsors:
        (observers if sponsor.observer else members).append(state_name(sponsor.name, data, states))
    members.sort(key=lambda name: sponsor_sort_key(name, data))
    observers.sort(key=lambda name: sponsor_sort_key(name, data))
    return members + observers


def kind_key(kind: DocumentKind = DocumentKind.RESOLUTION, revised: bool = False) -> str:
    """Return the key of what the sponsors present: "draft_resolution", "revised_draft_decision"."""
    if kind is DocumentKind.AMENDMENT:
        return "amendment"
    noun = "decision" if kind is DocumentKind.DECISION else "resolution"
    return f"{'revised_' if revised else ''}draft_{noun}"


def sponsors_line(
    sponsors: Iterable[Sponsor],
    language: LanguageLike,
    kind: str = "draft_resolution",
    note: bool = False,
    states: StateLookup | None = None,
    commas_only: bool = False,
) -> str:
    """Return "Ecuador y México: proyecto de resolución", "Afrique du Sud* : projet de résolution".

    ``note`` puts the asterisk of a cover note where the language puts it (after the colon in
    English, before it in Spanish and French); ``commas_only`` joins the names with commas only,
    as Human Rights Council drafts do.
    """
    data = get_language(language)
    names = sorted_sponsor_names(sponsors, data, states)
    if not names:
        return ""
    joined = ", ".join(names) if commas_only else join_names(names, data)
    pattern = data.sponsors_pattern_with_note if note else data.sponsors_pattern
    return _finish(pattern.format(names=joined, kind=data.kinds[kind]), data)


# ---------------------------------------------------------------- labels and cross-references


def label(scheme: str, index: int, language: LanguageLike) -> str:
    """Return the label of the item at 0-based ``index`` in a list numbered with ``scheme``.

    Schemes are named by their English first label ("(a)"); Spanish and French print "a)".
    """
    if scheme == SCHEME_NONE:
        return ""
    pattern = get_language(language).labels.get(scheme)
    if pattern is None:
        return ""
    return pattern.format(n=index + 1, a=alpha_label(index), i=roman_label(index + 1))


def cross_ref(
    part: Part, top: str | int, subs: Sequence[str], language: LanguageLike
) -> str:
    """Return how a reference prints: "párrafo 8 a) ii)", "le deuxième alinéa du préambule".

    ``top`` is the operative (or annex) paragraph's number, or the 1-based position of a
    preambular paragraph; ``subs`` are the labels of the sub-paragraphs below it, as printed.
    """
    data = get_language(language)
    patterns = data.cross_reference
    if part is Part.PREAMBULAR:
        words = ordinal(int(top), data, data.cross_reference_gender, before_noun=True)
        if subs:
            return patterns["preambular_sub"].format(subs=" ".join(subs), ordinal=words)
        return patterns["preambular"].format(ordinal=words)
    number = " ".join([str(top), *subs])
    return patterns["annex" if part is Part.ANNEX else "operative"].format(label=number)


def deleted_reference(language: LanguageLike) -> str:
    """Return what a reference to a deleted paragraph prints: "[párrafo suprimido]"."""
    return get_language(language).cross_reference["deleted"]


_ANNEX = re.compile(r"^Annex(?P<number> [IVXLC]+)?$")


def annex_heading(heading: str, language: LanguageLike) -> str:
    """Return an annex heading in the language: "Anexo I" for "Annex I"; other headings as is."""
    match = _ANNEX.match(heading.strip())
    if match is None:
        return heading
    return get_language(language).annex_heading + (match["number"] or "")
