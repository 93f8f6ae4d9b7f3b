"""Read and check the language files in ``resources/languages/`` into typed records.

Every word and form a draft prints in a language lives in that language's JSON file, not in
code, so a form marked "inferred" in the file's ``facts`` can be corrected by editing the file.
A broken file is refused with one line naming the file and the key.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from draftdesk.errors import InputError
from draftdesk.messages import QT_TRANSLATE_NOOP, Message, message
from draftdesk.resources import resource_path
from draftdesk.untrusted import read_json_file

FORMAT = "draftdesk-language"
FORMAT_VERSION = 1
LANGUAGES_FOLDER = "languages"
MAX_FILE_BYTES = 1_000_000  # a language file is a few kilobytes; refuse anything absurd
ORGAN_KEYS = ("ga", "sc", "ecosoc", "hrc")
SESSION_KEYS = ("ga", "ga_emergency", "ecosoc", "hrc", "other")
KIND_KEYS = (
    "draft_resolution",
    "revised_draft_resolution",
    "draft_decision",
    "revised_draft_decision",
    "amendment",
)
# The officers who submit drafts not sponsored by States (the wizard offers their lines).
OFFICER_KEYS = ("chair", "president_ga", "president_council", "vice_chair")
LABEL_SCHEMES = ("1.", "(a)", "(i)", "a.", "i.")
GENDERS = ("f", "m", "n")  # feminine, masculine, none (English)
MARKER_PLACES = ("before_punctuation", "after_punctuation")
ORDINAL_RULES = ("en", "es", "fr", "table")
STATE_NAME_FIELDS = ("short_name_en", "short_name_es", "short_name_fr")


@dataclass(frozen=True)
class Organ:
    """An organ's name, the opening formula it acts under and its grammatical gender."""

    name: str  # "Asamblea General"
    formula: str  # "La Asamblea General" (the comma is added when a preamble follows)
    gender: str  # "f", "m" or "n": adjectives of the preamble agree with it


@dataclass(frozen=True)
class Phrase:
    """A standard opening phrase: one form, or a feminine and a masculine form."""

    forms: Mapping[str, str]  # {"f": "Convencida", "m": "Convencido"} or {"": "Recordando"}
    english: str  # the English phrase it renders, for reference

    def form(self, gender: str) -> str:
        """Return the form that agrees with an organ of this gender."""
        if "" in self.forms:
            return self.forms[""]
        return self.forms.get(gender) or self.forms.get("f") or next(iter(self.forms.values()))


@dataclass(frozen=True)
class PhraseData:
    """The opening phrases of a language and the words that extend or end a lead."""

    preambular: tuple[Phrase, ...]
    operative: tuple[Phrase, ...]
    operative_security_council: tuple[Phrase, ...]
    roman_words: tuple[str, ...]  # printed in roman after a lead: "de", "of"
    repeat_adverbs: tuple[str, ...]  # "también", "également"
    intensifiers: tuple[str, ...]  # "profundamente", "vivement"
    qualifiers: tuple[str, ...]  # "con preocupación", "avec satisfaction"
    preambular_endings: tuple[str, ...]  # "ando", "iendo"; "ant"
    preambular_heads: tuple[str, ...]  # "habiendo", "ayant": take the next word along
    not_leads: tuple[str, ...]  # words with a participle's ending that open no phrase


@dataclass(frozen=True)
class FrenchSpacing:
    """Where French puts a non-breaking space, and which space it is."""

    space: str = "\u00a0"
    before: tuple[str, ...] = (":", "?", "!")
    before_semicolon: bool = False
    inside_guillemets: bool = True


@dataclass(frozen=True)
class Language:
    """Everything a draft prints in one language, as read from its file."""

    code: str
    name: str
    english_name: str
    organization: str
    distribution: Mapping[str, str]
    original: str
    language_names: Mapping[str, str]
    organs: Mapping[str, Organ]
    committees: Mapping[int, str]
    session: Mapping[str, str]
    session_gender: str
    ordinals: Mapping[str, Any]
    months: tuple[str, ...]
    date_pattern: str
    first_day: str
    agenda_one: str
    agenda_many: str
    agenda_hrc_one: str  # the Human Rights Council's own wording, where it differs
    agenda_hrc_many: str
    sub_item: str
    conjunction: str
    disjunction: str
    conjunction_before_i: str
    i_sound_starts: tuple[str, ...]
    keep_conjunction_before: tuple[str, ...]
    sponsors_pattern: str
    sponsors_pattern_with_note: str
    kinds: Mapping[str, str]
    officers: Mapping[str, str]
    state_name_field: str
    sort_ignore_accents: bool
    sort_ignore_case: bool
    sort_hyphen_as_space: bool
    annex_heading: str
    labels: Mapping[str, str]
    cross_reference: Mapping[str, str]
    cross_reference_gender: str
    markers_before_punctuation: bool
    quotes: Mapping[str, str]
    french_spacing: FrenchSpacing | None
    facts: Mapping[str, str]
    phrases: PhraseData
    source: str

    def inferred_facts(self) -> list[str]:
        """Return the keys whose forms are marked inferred: the ones to confirm."""
        return [key for key, note in self.facts.items() if note.startswith("inferred")]


class _Reader:
    """Typed access to a parsed file that names the file and the key in every error."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, key: str, problem: Message) -> InputError:
        return InputError(message(
            QT_TRANSLATE_NOOP("LanguageDataErrors", "{source}: '{key}' {problem}"),
            source=self.source, key=key, problem=problem))

    def section(self, data: Mapping[str, Any], key: str, prefix: str = "") -> Mapping[str, Any]:
        value = data.get(key)
        if not isinstance(value, dict):
            raise self.fail(prefix + key, message(
                QT_TRANSLATE_NOOP("LanguageDataErrors", "is missing or is not an object")))
        return value

    def text(
        self,
        data: Mapping[str, Any],
        key: str,
        prefix: str = "",
        fields: tuple[str, ...] = (),
        empty: bool = False,
    ) -> str:
        value = data.get(key)
        if not isinstance(value, str) or (not empty and not value.strip()):
            raise self.fail(prefix + key, message(
                QT_TRANSLATE_NOOP("LanguageDataErrors", "is missing or is not text")))
        if fields:
            self.check_fields(prefix + key, value, fields)
        return value

    def check_fields(self, key: str, pattern: str, fields: tuple[str, ...]) -> None:
        """Refuse a pattern with an unknown {field}, or one that misses a required field."""
        try:
            used = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
        except ValueError as error:
            raise self.fail(key, message(
                QT_TRANSLATE_NOOP("LanguageDataErrors", "is not a valid pattern ({problem})"),
                problem=str(error))) from None
        allowed = [name for name in fields if name]
        unknown = used - set(allowed)
        if unknown:
            shown = ", ".join(f"{{{name}}}" for name in allowed) or message(
                QT_TRANSLATE_NOOP("LanguageDataErrors", "no {{field}}"))
            raise self.fail(key, message(
                QT_TRANSLATE_NOOP("LanguageDataErrors", "uses {field}; it may use only {allowed}"),
                field=f"{{{sorted(unknown)[0]}}}", allowed=shown))
        if fields and fields[0] and fields[0] not in used:
            raise self.fail(key, message(
                QT_TRANSLATE_NOOP("LanguageDataErrors", "must contain {field}"),
                field=f"{{{fields[0]}}}"))

    def words(self, data: Mapping[str, Any], key: str, prefix: str = "") -> tuple[str, ...]:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.fail(prefix + key, message(
                QT_TRANSLATE_NOOP("LanguageDataErrors", "is missing or is not a list of texts")))
        return tuple(value)

    def flag(self, data: Mapping[str, Any], key: str, prefix: str = "") -> bool:
        value = data.get(key)
        if not isinstance(value, bool):
            raise self.fail(prefix + key, message(
                QT_TRANSLATE_NOOP("LanguageDataErrors", "must be true or false")))
        return value

    def choice(
        self, data: Mapping[str, Any], key: str, allowed: tuple[str, ...], prefix: str = ""
    ) -> str:
        value = data.get(key)
        if value not in allowed:
            raise self.fail(prefix + key, message(
                QT_TRANSLATE_NOOP("LanguageDataErrors", "must be one of {choices}"),
                choices=", ".join(allowed)))
        return str(value)

    def table(
        self,
        data: Mapping[str, Any],
        key: str,
        keys: tuple[str, ...],
        prefix: str = "",
        fields: tuple[str, ...] = (),
    ) -> dict[str, str]:
        section = self.section(data, key, prefix)
        return {name: self.text(section, name, f"{prefix}{key}.", fields) for name in keys}


def parse_language(data: Any, source: str) -> Language:
    """Check a parsed language file and return its typed record, or raise InputError."""
    read = _Reader(source)
    if not isinstance(data, dict):
        raise InputError(message(
            QT_TRANSLATE_NOOP("LanguageDataErrors", "{source}: expected a JSON object (a DraftDesk "
                                                    "language file)"),
            source=source))
    if data.get("format") != FORMAT:
        raise read.fail("format", message(
            QT_TRANSLATE_NOOP("LanguageDataErrors", "must be {value}"), value=repr(FORMAT)))
    if data.get("format_version") != FORMAT_VERSION:
        raise read.fail("format_version", message(
            QT_TRANSLATE_NOOP("LanguageDataErrors", "must be {value}"),
            value=FORMAT_VERSION))
    code = read.text(data, "code")
    masthead = read.section(data, "masthead")
    names = read.section(masthead, "language_names", "masthead.")
    language_names = {
        english: read.text(names, english, "masthead.language_names.") for english in names
    }
    organs_data = read.section(data, "organs")
    organs = {}
    for key in ORGAN_KEYS:
        entry = read.section(organs_data, key, "organs.")
        prefix = f"organs.{key}."
        organs[key] = Organ(
            name=read.text(entry, "name", prefix),
            formula=read.text(entry, "formula", prefix),
            gender=read.choice(entry, "gender", GENDERS, prefix),
        )
    committees_data = read.section(data, "committees")
    committees = {
        number: read.text(committees_data, str(number), "committees.") for number in range(1, 7)
    }
    session_data = read.section(data, "session")
    session = {
        key: read.text(session_data, key, "session.", fields=_session_fields(key))
        for key in SESSION_KEYS
    }
    dates = read.section(data, "dates")
    months = read.words(dates, "months", "dates.")
    if len(months) != 12:
        raise read.fail("dates.months", message(
            QT_TRANSLATE_NOOP("LanguageDataErrors", "must list the twelve months")))
    agenda = read.section(data, "agenda")
    conjunction = read.section(data, "conjunction")
    sponsors = read.section(data, "sponsors")
    sort = read.section(data, "sort")
    cross = read.section(data, "cross_reference")
    typography = read.section(data, "typography")
    quotes = read.table(typography, "quotes", ("open", "close", "inner_open", "inner_close"),
                        "typography.")
    return Language(
        code=code,
        name=read.text(data, "name"),
        english_name=read.text(data, "english_name"),
        organization=read.text(masthead, "organization", "masthead."),
        distribution=_distribution(read, masthead),
        original=read.text(masthead, "original", "masthead.", fields=("language",)),
        language_names=language_names,
        organs=organs,
        committees=committees,
        session=session,
        session_gender=read.choice(session_data, "gender", GENDERS, "session."),
        ordinals=_ordinals(read, data),
        months=months,
        date_pattern=read.text(dates, "pattern", "dates.", fields=("day", "month", "year")),
        first_day=read.text(dates, "first_day", "dates."),
        agenda_one=read.text(agenda, "one", "agenda.", fields=("items",)),
        agenda_many=read.text(agenda, "many", "agenda.", fields=("items",)),
        agenda_hrc_one=_optional_text(read, agenda, "hrc_one", "one", "agenda."),
        agenda_hrc_many=_optional_text(read, agenda, "hrc_many", "many", "agenda."),
        sub_item=read.text(agenda, "sub_item", "agenda.", fields=("number", "sub")),
        conjunction=read.text(conjunction, "and", "conjunction."),
        disjunction=read.text(conjunction, "or", "conjunction."),
        conjunction_before_i=read.text(
            conjunction, "and_before_i_sound", "conjunction.", empty=True
        ),
        i_sound_starts=read.words(conjunction, "i_sound_starts", "conjunction."),
        keep_conjunction_before=read.words(conjunction, "keep_before", "conjunction."),
        sponsors_pattern=read.text(sponsors, "pattern", "sponsors.", fields=("names", "kind")),
        sponsors_pattern_with_note=read.text(
            sponsors, "pattern_with_note", "sponsors.", fields=("names", "kind")
        ),
        kinds=read.table(sponsors, "kinds", KIND_KEYS, "sponsors."),
        officers=read.table(sponsors, "officers", OFFICER_KEYS, "sponsors."),
        state_name_field=read.choice(sponsors, "state_name_field", STATE_NAME_FIELDS,
                                     "sponsors."),
        sort_ignore_accents=read.flag(sort, "ignore_accents", "sort."),
        sort_ignore_case=read.flag(sort, "ignore_case", "sort."),
        sort_hyphen_as_space=read.flag(sort, "hyphen_as_space", "sort."),
        annex_heading=read.text(read.section(data, "annex"), "heading", "annex."),
        labels=_labels(read, data),
        cross_reference=_cross_reference(read, cross),
        cross_reference_gender=read.choice(cross, "ordinal_gender", GENDERS, "cross_reference."),
        markers_before_punctuation=read.choice(
            typography, "footnote_marker", MARKER_PLACES, "typography."
        ) == "before_punctuation",
        quotes=quotes,
        french_spacing=_french_spacing(read, typography),
        phrases=_phrases(read, data),
        facts=_facts(read, data),  # last: a fact about a broken entry reports the entry
        source=source,
    )


def _optional_text(
    read: _Reader, section: Mapping[str, Any], key: str, fallback: str, prefix: str
) -> str:
    # The council's lines fall back on the General Assembly's where the language has no own.
    chosen = key if key in section else fallback
    return read.text(section, chosen, prefix, fields=("items",))


def _facts(read: _Reader, data: Mapping[str, Any]) -> dict[str, str]:
    facts = {}
    for key, note in read.section(data, "facts").items():
        if key == "note":
            continue
        if not isinstance(note, str) or not note.startswith(("seen", "inferred")):
            raise read.fail(f"facts.{key}", message(
                QT_TRANSLATE_NOOP("LanguageDataErrors", "must start with 'seen' or 'inferred'")))
        if not _has_path(data, key):
            raise read.fail(f"facts.{key}", message(
                QT_TRANSLATE_NOOP("LanguageDataErrors", "names no entry of this file")))
        facts[key] = note
    return facts


def _distribution(read: _Reader, masthead: Mapping[str, Any]) -> dict[str, str]:
    section = read.section(masthead, "distribution", "masthead.")
    for key in ("Limited", "General"):
        read.text(section, key, "masthead.distribution.")
    return {key: read.text(section, key, "masthead.distribution.") for key in section}


def _session_fields(key: str) -> tuple[str, ...]:
    # The first field is the one the pattern must use; Spanish prints some sessions in figures.
    return ("number",) if key in ("ecosoc", "other") else ("", "ordinal", "number", "figures")


def _has_path(data: Mapping[str, Any], dotted: str) -> bool:
    node: Any = data
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def _ordinals(read: _Reader, data: Mapping[str, Any]) -> Mapping[str, Any]:
    section = read.section(data, "ordinals")
    rule = read.choice(section, "rule", ORDINAL_RULES, "ordinals.")
    overrides = read.section(section, "overrides", "ordinals.")
    if "figure_suffixes" in section:
        suffixes = read.section(section, "figure_suffixes", "ordinals.")
        for key in suffixes:
            read.text(suffixes, key, "ordinals.figure_suffixes.")
    for key, value in overrides.items():
        if not key.isdigit() or not isinstance(value, str) or not value.strip():
            raise read.fail(f"ordinals.overrides.{key}", message(
                QT_TRANSLATE_NOOP("LanguageDataErrors", "must map a number to its ordinal text")))
    if rule == "es":
        for key, length in (("units", 10), ("teens", 10), ("tens", 10), ("hundreds", 3)):
            if len(read.words(section, key, "ordinals.")) != length:
                raise read.fail(f"ordinals.{key}", message(
                    QT_TRANSLATE_NOOP("LanguageDataErrors", "must list {count} words"),
                    count=length))
        short = read.section(section, "before_masculine_noun", "ordinals.")
        for key in short:
            read.text(short, key, "ordinals.before_masculine_noun.")
    elif rule == "fr":
        if len(read.words(section, "units", "ordinals.")) != 20:
            raise read.fail("ordinals.units", message(
                QT_TRANSLATE_NOOP("LanguageDataErrors", "must list the numbers 0 to 19 in words")))
        if len(read.words(section, "tens", "ordinals.")) != 10:
            raise read.fail("ordinals.tens", message(
                QT_TRANSLATE_NOOP("LanguageDataErrors", "must list 10 words")))
        for key in ("hundred", "and", "suffix"):
            read.text(section, key, "ordinals.")
        read.table(section, "first", ("f", "m"), "ordinals.")
        stems = read.section(section, "stems", "ordinals.")
        for key in stems:
            read.text(stems, key, "ordinals.stems.")
    elif rule == "table":
        missing = [n for n in range(1, 201) if str(n) not in overrides]
        if missing:
            raise read.fail("ordinals.overrides", message(
                QT_TRANSLATE_NOOP("LanguageDataErrors", "must give every number 1-200 (no "
                                                        "{number})"),
                number=missing[0]))
    return section


def _labels(read: _Reader, data: Mapping[str, Any]) -> Mapping[str, str]:
    section = read.section(data, "labels")
    fields = {"1.": ("n",), "(a)": ("a",), "(i)": ("i",), "a.": ("a",), "i.": ("i",)}
    return {scheme: read.text(section, scheme, "labels.", fields[scheme])
            for scheme in LABEL_SCHEMES}


def _cross_reference(read: _Reader, section: Mapping[str, Any]) -> Mapping[str, str]:
    fields = {
        "operative": ("label",),
        "annex": ("label",),
        "preambular": ("ordinal",),
        "preambular_sub": ("subs", "ordinal"),
        "part": ("reference", "letter"),
        "deleted": (),
    }
    return {key: read.text(section, key, "cross_reference.", wanted)
            for key, wanted in fields.items()}


def _french_spacing(read: _Reader, typography: Mapping[str, Any]) -> FrenchSpacing | None:
    section = typography.get("french_spacing")
    if section is None:
        return None
    if not isinstance(section, dict):
        raise read.fail("typography.french_spacing", message(
            QT_TRANSLATE_NOOP("LanguageDataErrors", "must be null or an object")))
    prefix = "typography.french_spacing."
    space = read.text(section, "space", prefix, empty=True)
    if space not in ("\u00a0", "\u202f", " "):
        raise read.fail(prefix + "space", message(
            QT_TRANSLATE_NOOP("LanguageDataErrors", "must be U+00A0, U+202F or a plain space")))
    return FrenchSpacing(
        space=space,
        before=read.words(section, "before", prefix),
        before_semicolon=read.flag(section, "before_semicolon", prefix),
        inside_guillemets=read.flag(section, "inside_guillemets", prefix),
    )


def _phrases(read: _Reader, data: Mapping[str, Any]) -> PhraseData:
    section = read.section(data, "phrases")

    def phrase_list(key: str) -> tuple[Phrase, ...]:
        items = section.get(key)
        if not isinstance(items, list):
            raise read.fail(f"phrases.{key}", message(
                QT_TRANSLATE_NOOP("LanguageDataErrors", "is missing or is not a list")))
        out = []
        for index, item in enumerate(items, start=1):
            where = f"phrases.{key}[{index}]"
            if not isinstance(item, dict):
                raise read.fail(where, message(
                    QT_TRANSLATE_NOOP("LanguageDataErrors", "must be an object with 'text' or 'f' "
                                                            "and 'm'")))
            if "text" in item:
                forms = {"": read.text(item, "text", where + ".")}
            else:
                forms = {g: read.text(item, g, where + ".") for g in ("f", "m")}
            english = item.get("en", "")
            if not isinstance(english, str):
                raise read.fail(where + ".en", message(
                    QT_TRANSLATE_NOOP("LanguageDataErrors", "must be text")))
            out.append(Phrase(forms=forms, english=english))
        return tuple(out)

    def lower_words(key: str) -> tuple[str, ...]:
        return tuple(word.lower() for word in read.words(section, key, "phrases."))

    return PhraseData(
        preambular=phrase_list("preambular"),
        operative=phrase_list("operative"),
        operative_security_council=phrase_list("operative_security_council"),
        roman_words=lower_words("roman_words"),
        repeat_adverbs=lower_words("repeat_adverbs"),
        intensifiers=lower_words("intensifiers"),
        qualifiers=lower_words("qualifiers"),
        preambular_endings=lower_words("preambular_endings"),
        preambular_heads=lower_words("preambular_heads"),
        not_leads=lower_words("not_leads"),
    )


def read_language_file(path: Path | str) -> Language:
    """Read one language file, or raise InputError naming the file and what is wrong."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(message(
                QT_TRANSLATE_NOOP("LanguageDataErrors", "{path}: a language file of {size} bytes "
                                                        "is too large"),
                path=str(file), size=size))
    except OSError as error:
        raise InputError(message(
            QT_TRANSLATE_NOOP("LanguageDataErrors", "{path}: cannot read the language file "
                                                    "({reason})"),
            path=str(file), reason=str(error.strerror))) from None
    data = read_json_file(file, "the language file")
    language = parse_language(data, str(file))
    if language.code != file.stem:
        raise InputError(message(
            QT_TRANSLATE_NOOP("LanguageDataErrors", "{path}: 'code' is {code} but the file is "
                                                    "named {name}"),
            path=str(file), code=repr(language.code), name=file.name))
    return language


def languages_folder() -> Path:
    """Return the folder of the language files DraftDesk ships."""
    return resource_path(LANGUAGES_FOLDER)


def available_languages(folder: Path | None = None) -> list[str]:
    """Return the codes of the languages with a file, in alphabetical order."""
    if folder is None:
        return list(_bundled_codes())
    return sorted(path.stem for path in folder.glob("*.json"))


@lru_cache(maxsize=1)
def _bundled_codes() -> tuple[str, ...]:
    # Looked up for every line an importer checks for an opening formula: list the folder once.
    return tuple(sorted(path.stem for path in languages_folder().glob("*.json")))


@lru_cache(maxsize=16)
def _bundled(code: str) -> Language:
    return read_language_file(languages_folder() / f"{code}.json")


def get_language(language: str | Language) -> Language:
    """Return the data of a language by its code ("en", "es", "fr"), read once."""
    if isinstance(language, Language):
        return language
    if not language.isalpha() or language not in available_languages():
        raise InputError(message(
            QT_TRANSLATE_NOOP("LanguageDataErrors", "no language data for {language} (expected "
                                                    "{file} among {available})"),
            language=repr(language), file=f"{LANGUAGES_FOLDER}/{language}.json",
            available=", ".join(available_languages())))
    return _bundled(language)
