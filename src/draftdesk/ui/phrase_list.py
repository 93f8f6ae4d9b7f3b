"""The standard opening phrases offered for completion, and the check that flags others."""

from __future__ import annotations

from functools import cache

from ..model import languages
from ..model.document import Part
from .i18n import translate

# The phrases of the UN Editorial Manual as listed in the design notes; used when the model's
# phrase module does not provide a list.
_FALLBACK = {
    Part.PREAMBULAR: (
        "Recalling", "Recalling also", "Recalling further", "Reaffirming", "Having considered",
        "Taking note of", "Recognizing", "Noting", "Noting also", "Noting with appreciation",
        "Noting with concern", "Noting with satisfaction", "Taking into account", "Guided by",
        "Bearing in mind", "Expressing grave concern", "Affirming", "Paying tribute",
        "Referring", "Taking into consideration", "Emphasizing", "Reiterating", "Acknowledging",
        "Welcoming", "Alarmed by", "Aware of", "Concerned", "Conscious of", "Convinced",
        "Deeply concerned", "Determined", "Encouraged by", "Expressing its appreciation",
        "Gravely concerned", "Mindful of", "Stressing", "Underlining",
        "Acting under Chapter VII of the Charter of the United Nations",
    ),
    Part.OPERATIVE: (
        "Decides", "Requests", "Takes note of", "Notes", "Expresses its concern", "Calls upon",
        "Calls for", "Emphasizes", "Reaffirms", "Welcomes", "Endorses", "Adopts",
        "Acknowledges", "Affirms", "Approves", "Authorizes", "Commends", "Condemns",
        "Strongly condemns", "Deplores", "Encourages", "Expresses its appreciation", "Invites",
        "Recognizes", "Recommends", "Reiterates", "Stresses", "Underlines", "Urges", "Proclaims",
        "Declares", "Demands", "Also requests", "Further requests", "Also decides",
        "Further decides", "Decides to remain seized of the matter",
    ),
}


@cache
def phrases(part: Part) -> tuple[str, ...]:
    """Return the standard opening phrases of a part, from the model's list when it exists."""
    try:
        from ..model import phrases as model_phrases  # written alongside the importer
    except ImportError:
        return _FALLBACK[part]
    for name in _candidate_names(part):
        found = getattr(model_phrases, name, None)
        if found:
            return tuple(str(item) for item in found)
    function = getattr(model_phrases, "standard_phrases", None)
    if callable(function):
        try:
            return tuple(function(part))
        except (TypeError, ValueError):
            pass
    return _FALLBACK[part]


def _candidate_names(part: Part) -> tuple[str, ...]:
    stem = "PREAMBULAR" if part is Part.PREAMBULAR else "OPERATIVE"
    return (f"{stem}_PHRASES", f"{stem}_OPENERS", stem)


def _words(lead: str) -> list[str]:
    return " ".join(lead.casefold().split()).split()


def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    try:
        from ..model import phrases as model_phrases
    except ImportError:  # pragma: no cover - the model ships the lists
        return frozenset(), frozenset(), frozenset()
    adverbs = frozenset(getattr(model_phrases, "REPEAT_ADVERBS", ())) | frozenset(
        getattr(model_phrases, "INTENSIFYING_ADVERBS", ()))
    single = frozenset(a for a in adverbs if " " not in a) | {"once", "again", "hereby"}
    adjectives = frozenset(getattr(model_phrases, "PREAMBULAR_ADJECTIVES", ()))
    return single, adjectives, frozenset(getattr(model_phrases, "ROMAN_PREPOSITIONS", ()))


def _italic(phrase: str) -> str:
    try:
        from ..model.phrases import italic_part
    except ImportError:  # pragma: no cover
        return phrase
    return italic_part(phrase)


def _listed(words: list[str], part: Part) -> bool:
    folded = " ".join(words)
    for phrase in phrases(part):
        for candidate in {phrase.casefold(), _italic(phrase).casefold()}:
            if folded == candidate or folded.startswith(candidate + " "):
                return True
    return False


def _past_participle(word: str) -> bool:
    return word.endswith(("ed", "en", "ne", "wn", "ard", "eld", "ught", "ound", "ept", "ade",
                          "ken", "ost", "ent")) or word in {"heard", "had", "met", "read", "held"}


def is_recognised(lead: str, part: Part) -> bool:
    """Return True when ``lead`` is empty or reads as an opening phrase of its part.

    A phrase of the standard list counts (whole, or its italic part such as "Taking note"), and
    so does one built like them: in the preamble a participle in -ing ("Considering"), "Having"
    and a past participle, or an adjective such as "concerned", each with optional adverbs; in
    the operative part an optional adverb ("Also", "Strongly") and a verb in -s ("Decides").
    """
    words = _words(lead)
    if not words:
        return True
    if _listed(words, part):
        return True
    adverbs, adjectives, _prepositions = _vocabulary()
    index = 0
    while index < len(words) - 1 and words[index] in adverbs:
        index += 1
    head = words[index]
    if part is Part.OPERATIVE:
        return len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))
    if head == "having":
        return index + 1 < len(words) and _past_participle(words[index + 1])
    if head.endswith("ing") and len(head) > 4:
        return True
    return head in adjectives


def phrases_in(part: Part, language: str = "en", gender: str = "f") -> tuple[str, ...]:
    """Return the standard opening phrases of a part in the draft's language.

    ``gender`` is the acting organ's (``languages.organ_gender``): French adjectives agree
    with it ("Consciente" for l'Assemblée générale, "Conscient" for le Conseil).
    """
    if language == "en":
        return phrases(part)
    return languages.standard_phrases(part, language, gender)


def lead_warning(lead: str, part: Part, language: str = "en",
                 gender: str | None = None) -> str | None:
    """Return what looks wrong with the opening phrase of a top-level paragraph, or None."""
    if not lead.strip():
        if part is Part.OPERATIVE:
            first, second = (("Decides", "Requests") if language == "en" else
                             phrases_in(Part.OPERATIVE, language, gender or "f")[:2])
            return translate("PhraseList",
                             "An operative paragraph opens with a verb such as “{first}” or "
                             "“{second}”.").format(first=first, second=second)
        return None
    if language == "en":
        if is_recognised(lead, part):
            return None
    elif languages.is_opening_phrase(lead, part, language, gender):
        return None
    elif gender is not None and (agreed := languages.agree(lead, part, language, gender)) != lead:
        return translate("PhraseList", "“{lead}” agrees with the organ as “{agreed}”.").format(
            lead=lead, agreed=agreed)
    if part is Part.PREAMBULAR:
        return translate("PhraseList", "“{lead}” is not a standard preambular opening phrase.")\
            .format(lead=lead)
    return translate("PhraseList", "“{lead}” is not a standard operative opening phrase.")\
        .format(lead=lead)
