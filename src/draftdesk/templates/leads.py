"""Split the italic opening phrase off a paragraph's text: "Recalling also", "Further requests"."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from draftdesk.model import Part
from draftdesk.resources import template_path

# A trailing preposition is printed in roman: "*Taking note* of the report", "*Guided* by".
_ROMAN_TAIL = (" of", " by")


@dataclass(frozen=True)
class PhraseLists:
    """The standard opening phrases, as shipped in ``templates/phrases.json``."""

    preambular: tuple[str, ...]
    operative: tuple[str, ...]
    preambular_security_council: tuple[str, ...]
    operative_security_council: tuple[str, ...]
    repeat_adverbs: tuple[str, ...]


@lru_cache(maxsize=1)
def phrase_lists() -> PhraseLists:
    """Load the standard opening phrases shipped with DraftDesk."""
    data = json.loads(template_path("phrases.json").read_text(encoding="utf-8"))
    return PhraseLists(
        preambular=tuple(data["preambular"]),
        operative=tuple(data["operative"]),
        preambular_security_council=tuple(data["preambular_security_council"]),
        operative_security_council=tuple(data["operative_security_council"]),
        repeat_adverbs=tuple(data["repeat_adverbs"]),
    )


def _lead_form(phrase: str) -> str:
    for tail in _ROMAN_TAIL:
        if phrase.endswith(tail):
            return phrase[: -len(tail)]
    return phrase


@lru_cache(maxsize=2)
def _pattern(part: Part) -> re.Pattern[str]:
    lists = phrase_lists()
    if part is Part.PREAMBULAR:
        phrases, council = lists.preambular, lists.preambular_security_council
    else:
        phrases, council = lists.operative, lists.operative_security_council
    # Security Council formulas italicize their first word only ("*Acting* under Chapter VII").
    leads = {_lead_form(p) for p in phrases} | {p.split()[0] for p in council}
    # Longest first, so that "Noting with concern" wins over "Noting".
    alternatives = "|".join(re.escape(lead) for lead in sorted(leads, key=len, reverse=True))
    adverbs = "|".join(lists.repeat_adverbs)
    # Modifiers seen in real texts: "Noting with grave concern also", "Strongly urges".
    if part is Part.PREAMBULAR:
        core = rf"(?:{alternatives})(?: (?:{adverbs}))?"
    else:
        capital = "|".join(a.capitalize() for a in lists.repeat_adverbs)
        lower = "|".join(re.escape(lead[0].lower() + lead[1:]) for lead in leads)
        core = rf"(?:(?:{capital}|Strongly) (?:{lower})|(?:{alternatives})(?: (?:{adverbs}))?)"
    return re.compile(rf"^({core})(?=$|[\s,;:.])")


# Fallbacks for phrases outside the list: a participle or an -ed adjective for the preamble,
# a verb in the third person for the operative part, each optionally with "also"/"further".
_PREAMBULAR_FALLBACK = re.compile(
    r"^((?:Deeply |Gravely |Strongly |Fully )?[A-Z][a-z]+(?:ing|ed)(?: (?:also|further))?)(?=\s)"
)
_OPERATIVE_FALLBACK = re.compile(
    r"^((?:(?:Also|Further|Strongly) [a-z]+s)|(?:[A-Z][a-z]+s(?: (?:also|further))?))(?=\s)"
)


def split_lead(text: str, part: Part) -> tuple[str, str]:
    """Return (lead, rest) for a paragraph's text; the lead is "" when none is recognized.

    The importer's rules are used, so that a clause inserted from a library gets the same italic
    phrase as the same text imported from a file.
    """
    try:
        from draftdesk.importers.leads import split_lead as importer_split
    except ImportError:  # a partial install without importers: the phrase lists alone
        return split_lead_by_phrases(text, part)
    lead, rest = importer_split(text.lstrip(), part is Part.OPERATIVE)
    return lead, rest.lstrip()


def split_lead_by_phrases(text: str, part: Part) -> tuple[str, str]:
    """Split the lead using only the shipped phrase lists and simple grammar."""
    stripped = text.lstrip()
    match = _pattern(part).match(stripped)
    if match is None:
        fallback = _PREAMBULAR_FALLBACK if part is Part.PREAMBULAR else _OPERATIVE_FALLBACK
        match = fallback.match(stripped)
    if match is None:
        return "", stripped
    lead = match.group(1)
    return lead, stripped[len(lead):].lstrip()
