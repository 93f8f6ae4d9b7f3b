"""The standard opening phrases offered for completion, and the check that flags others."""

from __future__ import annotations

from functools import cache

from ..model.document import Part

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


def is_recognised(lead: str, part: Part) -> bool:
    """Return True when ``lead`` is empty or begins with a standard opening phrase."""
    lead = lead.strip()
    if not lead:
        return True
    folded = " ".join(lead.casefold().split())
    # Adverbs go before operative verbs ("Also requests") and after preambular phrases
    # ("Recalling also"); both forms count as the standard phrase.
    for adverb in ("further also ", "also ", "further ", "once again ", "again "):
        if folded.startswith(adverb) and part is Part.OPERATIVE:
            folded = folded[len(adverb):]
            break
    for phrase in phrases(part):
        candidate = phrase.casefold()
        if folded == candidate or folded.startswith(candidate + " "):
            return True
    return False
