"""Opening phrases in the draft's language: the lists, the italic lead, and the checks.

Spanish and French phrases come from the language files. A paragraph's lead is found as in
English: a listed phrase (longest first), or a phrase built like one - in the preamble a
participle ("Recordando", "Rappelant"), "Habiendo"/"Ayant" and the next word, or a listed
adjective; in the operative part a listed verb ("Decide", "Prie") - then the adverbs and
"with ..." qualifiers that follow ("también", "avec satisfaction"). Adjectives agree with the
organ: *Consciente* for l'Assemblée générale, *Conscient* for le Conseil de sécurité.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Part
from ..phrases import leading_words
from .data import Language, Phrase, get_language

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[’'-])*")


def _phrases_of(data: Language, part: Part, security_council: bool = True) -> tuple[Phrase, ...]:
    if part is Part.OPERATIVE:
        extra = data.phrases.operative_security_council if security_council else ()
        return data.phrases.operative + extra
    return data.phrases.preambular


def standard_phrases(part: Part, language: str | Language, gender: str = "f") -> tuple[str, ...]:
    """Return the standard opening phrases of a part, in the form that agrees with ``gender``."""
    data = get_language(language)
    if data.code == "en":
        from ..phrases import OPERATIVE_PHRASES, PREAMBULAR_PHRASES

        return OPERATIVE_PHRASES if part is Part.OPERATIVE else PREAMBULAR_PHRASES
    seen: dict[str, None] = {}
    for phrase in _phrases_of(data, part):
        seen.setdefault(phrase.form(gender), None)
    return tuple(seen)


def italic_part(phrase: str, language: str | Language) -> str:
    """Return the part of a phrase printed in italics: "Tomando nota" of "Tomando nota de"."""
    roman = get_language(language).phrases.roman_words
    words = phrase.split()
    while len(words) > 1 and words[-1].casefold() in roman:
        words.pop()
    return " ".join(words)


@cache
def _fixed(code: str, operative: bool) -> tuple[str, ...]:
    """Return the italic parts of every listed phrase of a part, all genders, longest first."""
    data = get_language(code)
    part = Part.OPERATIVE if operative else Part.PREAMBULAR
    forms = {
        italic_part(form, data).casefold()
        for phrase in _phrases_of(data, part, security_council=False)
        for form in phrase.forms.values()
    }
    return tuple(sorted(forms, key=len, reverse=True))


@cache
def _operative_heads(code: str) -> frozenset[str]:
    data = get_language(code)
    return frozenset(
        form.split()[0].casefold()
        for phrase in _phrases_of(data, Part.OPERATIVE)
        for form in phrase.forms.values()
    )


def _word_ends(after: str) -> bool:
    """Say whether the character after a match ends the word ("" at the end of the text)."""
    return not after or not (after.isalnum() or after in "-’'")


def _words(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, word) for the leading words of a text in any language."""
    return leading_words(text, _WORD)


def _extend(data: Language, words: list[tuple[int, int, str]], index: int) -> int:
    """Consume "también", "en outre", "encarecidamente", "con preocupación" after the head."""
    lowered = [w[2].casefold() for w in words]
    extensions = sorted(
        (*data.phrases.repeat_adverbs, *data.phrases.intensifiers, *data.phrases.qualifiers),
        key=lambda item: len(item.split()),
        reverse=True,
    )
    while index < len(words):
        for extension in extensions:
            parts = extension.split()
            if lowered[index:index + len(parts)] == parts:
                index += len(parts)
                break
        else:
            return index
    return index


def _is_participle(data: Language, word: str) -> bool:
    folded = word.casefold()
    return (
        len(folded) > 4
        and folded.endswith(tuple(data.phrases.preambular_endings))
        and folded not in data.phrases.not_leads
    )


def split_lead(text: str, part: Part, language: str | Language) -> tuple[str, str]:
    """Split a paragraph's text (label removed) into its italic lead and the rest."""
    data = get_language(language)
    operative = part is Part.OPERATIVE
    if data.code == "en":
        from ..phrases import split_lead as english_split_lead

        return english_split_lead(text, operative)
    if not text or not text[0].isupper():
        return "", text
    words = _words(text)
    if not words:
        return "", text
    folded = text.casefold()
    for phrase in _fixed(data.code, operative):
        after = folded[len(phrase):len(phrase) + 1]
        if folded.startswith(phrase) and _word_ends(after):
            count = len(phrase.split())
            end_index = _extend(data, words, count)
            end = words[end_index - 1][1] if end_index > count else len(phrase)
            return text[:end], text[end:].lstrip(" ")
    lowered = [w[2].casefold() for w in words]
    index = 0
    if operative:
        while index < len(words) - 1 and (
            lowered[index] in data.phrases.repeat_adverbs
            or lowered[index] in data.phrases.intensifiers
        ):
            index += 1
        if lowered[index] not in _operative_heads(data.code):
            return "", text
        index += 1
        if lowered[index - 1] == "se" and index < len(words):
            index += 1  # "Se félicite", "Se déclare"
    else:
        if lowered[0] in data.phrases.intensifiers and len(words) > 1:
            index = 1
        head = lowered[index]
        if head in data.phrases.preambular_heads and index + 1 < len(words):
            index += 2  # "Habiendo examinado", "Ayant examiné"
        elif head == "se" and index + 1 < len(words) and _is_participle(data, words[index + 1][2]):
            index += 2  # "Se félicitant"
        elif _is_participle(data, words[index][2]):
            index += 1
        else:
            return "", text
    end_index = _extend(data, words, index)
    end = words[end_index - 1][1]
    return text[:end], text[end:].lstrip(" ")


def is_opening_phrase(
    lead: str, part: Part, language: str | Language, gender: str | None = None
) -> bool:
    """Say whether ``lead`` reads as an opening phrase of the part (an empty lead counts).

    With ``gender`` (the organ's, see ``organ_gender``), a listed adjective in the other
    gender's form does not count: "Conscient" is no opening phrase of l'Assemblée générale.
    """
    stripped = " ".join(lead.split())
    if not stripped:
        return True
    data = get_language(language)
    if gender is not None and agree(stripped, part, data, gender) != stripped:
        return False
    found, rest = split_lead(stripped, part, data)
    if not found:
        return False
    remaining = rest.split()
    return all(word.casefold() in data.phrases.roman_words for word in remaining)


def has_operative_verb(text: str, language: str | Language) -> bool:
    """Say whether an operative paragraph opens with a verb ("Decide", "Prie instamment")."""
    return bool(split_lead(text.lstrip(), Part.OPERATIVE, language)[0])


def agree(lead: str, part: Part, language: str | Language, gender: str) -> str:
    """Return ``lead`` with a listed phrase put in the form that agrees with ``gender``.

    "Conscient" becomes "Consciente" for l'Assemblée générale (gender "f"); a lead that is no
    listed phrase with gendered forms comes back unchanged.
    """
    data = get_language(language)
    folded = lead.casefold()
    best: tuple[int, str] | None = None
    for phrase in _phrases_of(data, part):
        if "" in phrase.forms:
            continue
        for form in phrase.forms.values():
            italic = italic_part(form, data)
            size = len(italic)
            after = folded[size:size + 1]
            if folded.startswith(italic.casefold()) and _word_ends(after):
                if best is None or size > best[0]:
                    best = (size, italic_part(phrase.form(gender), data))
    if best is None:
        return lead
    size, wanted = best
    return wanted + lead[size:]
