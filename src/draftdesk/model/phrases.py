"""Standard opening phrases of preambular and operative paragraphs, as plain data.

The lists follow the phrases seen in official UN texts (un-format.md §5). They serve two
purposes: autocompletion in the editor, and telling the italic opening phrase (the paragraph's
``lead``) from the rest wherever a text arrives without italics: an imported file, a pasted
text, a clause from a library.

Plain text has no italics, so the lead is recognized from the standard phrases and from the
grammar of UN paragraphs: a preambular paragraph opens with a participle or an adjective
("Recalling also", "Deeply concerned"), an operative one with a verb in the present tense,
possibly after an adverb ("Also requests").

Only the italic part of a phrase is the lead: UN documents print "*Taking note* of",
"*Guided* by", "*Mindful* of", but "*Calls upon*" and "*Bearing in mind*" whole.
"""

from __future__ import annotations

import re

from .document import Part

# Preambular phrases as a drafter types them (autocompletion offers these).
PREAMBULAR_PHRASES: tuple[str, ...] = (
    "Recalling",
    "Recalling also",
    "Recalling further",
    "Reaffirming",
    "Reaffirming also",
    "Reaffirming further",
    "Having considered",
    "Having examined",
    "Having received",
    "Taking note of",
    "Taking note with appreciation of",
    "Recognizing",
    "Recognizing also",
    "Noting",
    "Noting also",
    "Noting with appreciation",
    "Noting with concern",
    "Noting with satisfaction",
    "Taking into account",
    "Guided by",
    "Bearing in mind",
    "Expressing grave concern",
    "Affirming",
    "Paying tribute",
    "Referring",
    "Taking into consideration",
    "Emphasizing",
    "Reiterating",
    "Acknowledging",
    "Welcoming",
    "Alarmed by",
    "Aware of",
    "Concerned",
    "Conscious of",
    "Convinced",
    "Deeply concerned",
    "Determined",
    "Encouraged by",
    "Expressing its appreciation",
    "Gravely concerned",
    "Gravely distressed",
    "Further welcoming",
    "Remaining deeply concerned",
    "Mindful of",
    "Stressing",
    "Underlining",
    "Acting under Chapter VII of the Charter of the United Nations",
)

# Operative phrases as a drafter types them.
OPERATIVE_PHRASES: tuple[str, ...] = (
    "Decides",
    "Also decides",
    "Further decides",
    "Requests",
    "Also requests",
    "Further requests",
    "Takes note of",
    "Takes note with appreciation of",
    "Notes",
    "Notes with appreciation",
    "Notes with concern",
    "Expresses concern",
    "Expresses its concern",
    "Calls upon",
    "Calls for",
    "Emphasizes",
    "Reaffirms",
    "Welcomes",
    "Endorses",
    "Adopts",
    "Acknowledges",
    "Affirms",
    "Approves",
    "Authorizes",
    "Commends",
    "Condemns",
    "Strongly condemns",
    "Deplores",
    "Encourages",
    "Expresses its appreciation",
    "Invites",
    "Recognizes",
    "Recommends",
    "Reiterates",
    "Stresses",
    "Underlines",
    "Urges",
    "Proclaims",
    "Declares",
)

# Security Council language.
SECURITY_COUNCIL_OPERATIVE_PHRASES: tuple[str, ...] = (
    "Demands",
    "Decides to remain seized of the matter",
    "Decides to remain actively seized of the matter",
)

# Words after the italic part of a phrase: "Taking note | of", "Guided | by".
ROMAN_PREPOSITIONS: tuple[str, ...] = ("of", "by", "at", "that")

# Adverbs that follow a preambular participle ("Recalling also") or precede an operative verb
# ("Also requests"), and the "with ..." qualifiers both may carry.
REPEAT_ADVERBS: tuple[str, ...] = ("also", "further", "again", "moreover", "once again")
INTENSIFYING_ADVERBS: tuple[str, ...] = (
    "deeply", "gravely", "seriously", "strongly", "firmly", "fully", "greatly", "profoundly",
    "sincerely", "warmly", "urgently", "earnestly", "highly", "keenly", "once again",
)
WITH_QUALIFIERS: tuple[str, ...] = (
    "appreciation", "concern", "satisfaction", "regret", "interest", "alarm", "gratitude",
    "approval", "deep concern", "grave concern", "serious concern", "great concern",
    "deep appreciation", "great appreciation", "profound concern", "deep regret",
)

# Adjectives and past participles that open a preambular paragraph ("Deeply concerned").
PREAMBULAR_ADJECTIVES: tuple[str, ...] = (
    "alarmed", "appalled", "aware", "cognizant", "committed", "concerned", "conscious",
    "convinced", "desirous", "determined", "disturbed", "encouraged", "gratified", "guided",
    "inspired", "mindful", "outraged", "pleased", "resolved", "saddened", "shocked",
    "troubled", "believing", "sensitive", "seized", "distressed", "dismayed", "heartened",
    "reassured",
)

# Objects that stay inside the italic lead after some verbs ("Expresses its deep concern").
_FEELINGS = (
    "concern", "appreciation", "gratitude", "support", "satisfaction", "regret", "alarm",
    "condolences", "sympathy", "solidarity", "commitment", "determination", "hope", "intention",
)
FEELINGS: tuple[str, ...] = _FEELINGS


def italic_part(phrase: str) -> str:
    """Return the part of a standard phrase that is printed in italics ("Taking note")."""
    words = phrase.split()
    if len(words) > 1 and words[-1] in ROMAN_PREPOSITIONS:
        words = words[:-1]
    return " ".join(words)


def all_phrases() -> tuple[str, ...]:
    """Return every standard phrase, preambular first."""
    return PREAMBULAR_PHRASES + OPERATIVE_PHRASES + SECURITY_COUNCIL_OPERATIVE_PHRASES


# ---------------------------------------------------------------- telling the lead apart

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"

# Fixed phrases whose italic part is longer than the general rules find, longest first.
_FIXED_PRE = sorted(
    {italic_part(p) for p in PREAMBULAR_PHRASES if " " in italic_part(p)}
    | {
        "Taking into account", "Taking into consideration", "Taking note", "Bearing in mind",
        "Keeping in mind", "Paying tribute", "Paying special tribute", "Calling upon",
        "Calling on", "Having regard", "Acting under Chapter VII of the Charter",
        "Acting under Chapter VIII of the Charter of the United Nations",
    },
    key=len,
    reverse=True,
)
_FIXED_OP = sorted(
    {
        italic_part(p)
        for p in OPERATIVE_PHRASES + SECURITY_COUNCIL_OPERATIVE_PHRASES
        if " " in italic_part(p) and "seized" not in p
    }
    | {"Calls upon", "Calls on", "Calls for", "Takes note", "Pays tribute",
       "Condemns in the strongest terms", "Strongly condemns", "Draws the attention"},
    key=len,
    reverse=True,
)
_FEELING_VERBS = ("expresses", "expressing", "reiterates", "reiterating", "underscores",
                  "renews", "renewing", "conveys", "extends", "extending", "reaffirms")
_FEELING_ADJECTIVES = ("very", "deep", "deepest", "grave", "serious", "strong", "full",
                       "sincere", "profound", "great", "continued", "firm", "utmost",
                       "unwavering", "heartfelt", "strongest", "appreciation", "further")


# Capitalized words ending in -ing that do not open a preambular paragraph.
_NOT_LEADS = frozenset(
    [
        "during", "according", "notwithstanding", "following", "concerning", "regarding",
        "including", "pending", "beijing", "nanjing", "chongqing", "kunming", "nothing",
        "something", "anything", "everything", "king", "thing", "spring", "string", "meeting",
        "building", "housing", "funding", "training", "financing", "planning", "peacekeeping",
        "peacebuilding", "banking", "shipping", "wellbeing", "timing", "trafficking", "smuggling",
        "ring", "sterling", "morning", "evening", "bring", "wording", "offering", "ceiling",
        "contracting", "developing", "emerging", "existing", "remaining", "participating",
        "neighbouring", "neighboring", "ongoing", "outstanding", "leading", "governing",
        "steering", "working", "landing", "reporting", "sending", "receiving", "polling",
    ]
)


def _words(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, word) for the leading English words of a text."""
    return leading_words(text, _WORD)


def leading_words(text: str, word: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """Return (start, end, word) for the leading words, stopping at the first non-word gap."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    while pos < len(text):
        match = word.match(text, pos)
        if not match:
            break
        out.append((match.start(), match.end(), match.group()))
        pos = match.end()
        if pos < len(text) and text[pos] == " ":
            pos += 1
        else:
            break  # punctuation or a footnote marker ends the run of words
    return out


def _match_fixed(text: str, phrase: str) -> bool:
    if not text.startswith(phrase):
        return False
    after = text[len(phrase):len(phrase) + 1]
    return after == "" or not (after.isalnum() or after in "-’'")


# Words that may follow an adverb closing an operative lead ("Decides further that").
_AFTER_ADVERB = frozenset(("that", "to", "its", "the", "all", "with", "in", "on", "upon"))


def _extend(words: list[tuple[int, int, str]], index: int, operative: bool = False) -> int:
    """Consume "also", "further", "with concern", "with deep appreciation" after the head."""
    while index < len(words):
        word = words[index][2].lower()
        if word in REPEAT_ADVERBS:
            following = words[index + 1][2].lower() if index + 1 < len(words) else ""
            if operative and following and following not in _AFTER_ADVERB:
                break  # "Encourages further efforts": an adjective, not the repeat adverb
            index += 1
            continue
        if word == "once" and index + 1 < len(words) and words[index + 1][2] == "again":
            index += 2
            continue
        if word == "with":
            matched = 0
            for qualifier in sorted(WITH_QUALIFIERS, key=len, reverse=True):
                parts = qualifier.split()
                chunk = [w[2].lower() for w in words[index + 1:index + 1 + len(parts)]]
                if chunk == parts:
                    matched = len(parts)
                    break
            if matched:
                index += 1 + matched
                continue
        break
    return index


def _feeling_object(words: list[tuple[int, int, str]], index: int) -> int:
    """After "Expresses", consume "its very serious concern" when it ends in a feeling noun."""
    probe = index
    if probe < len(words) and words[probe][2].lower() == "its":
        probe += 1
    while probe < len(words) and words[probe][2].lower() in _FEELING_ADJECTIVES:
        probe += 1
    if probe < len(words) and words[probe][2].lower() in FEELINGS:
        return probe + 1
    return index


def _is_operative_verb(word: str) -> bool:
    lower = word.lower()
    return (
        len(lower) > 3
        and lower.isalpha()
        and lower.endswith("s")
        and not lower.endswith(("ss", "ous", "ics", "ius"))
        and lower not in {"this", "thus", "its", "has", "was", "his", "as", "is", "towards"}
    )


def _is_preambular_head(word: str) -> bool:
    lower = word.lower()
    return (lower.endswith("ing") and len(lower) > 4 and lower.isalpha()) or (
        lower in PREAMBULAR_ADJECTIVES
    )


def split_lead(text: str, operative: bool) -> tuple[str, str]:
    """Split a paragraph's text (label removed) into its italic lead and the rest."""
    if not text or not text[0].isupper():
        return "", text
    for phrase in _FIXED_OP if operative else _FIXED_PRE:
        if _match_fixed(text, phrase):
            words = _words(text)
            count = len(phrase.split())
            end_index = _extend(words, count, operative)
            end = words[end_index - 1][1] if end_index > count else len(phrase)
            return text[:end], text[end:].lstrip(" ")
    words = _words(text)
    if not words:
        return "", text
    index = 0
    lowered = [w[2].lower() for w in words]
    if operative:
        while index < len(words) - 1 and (
            lowered[index] in REPEAT_ADVERBS or lowered[index] in INTENSIFYING_ADVERBS
            or lowered[index] == "once"
        ):
            index += 1
        if not _is_operative_verb(words[index][2]):
            return "", text
        verb = lowered[index]
        index += 1
        if verb in _FEELING_VERBS:
            index = _feeling_object(words, index)
        elif index < len(words) and verb in ("calls", "takes", "pays") and lowered[index] in (
            "upon", "on", "for", "note", "tribute"
        ):
            index += 1
        index = _extend(words, index, operative=True)
    else:
        if lowered[0] == "remaining" and len(words) > 1:
            # "Remaining deeply concerned", "Remaining seized": the state goes on.
            probe = 1
            if lowered[probe] in INTENSIFYING_ADVERBS or lowered[probe].endswith("ly"):
                probe += 1
            if probe < len(words) and lowered[probe] in PREAMBULAR_ADJECTIVES:
                end_index = _extend(words, probe + 1)
                end = words[end_index - 1][1]
                return text[:end], text[end:].lstrip(" ")
            return "", text
        if lowered[0] in REPEAT_ADVERBS and len(words) > 1 and _is_preambular_head(words[1][2]):
            index = 1  # "Further welcoming", "Also recalling"
        elif lowered[0] in INTENSIFYING_ADVERBS or lowered[0].endswith("ly"):
            if len(words) > 1 and _is_preambular_head(words[1][2]):
                index = 1
            else:
                return "", text
        head = lowered[index]
        if head == "having" and index + 1 < len(words):
            index += 2
        elif _is_preambular_head(words[index][2]) and not (index == 0 and head in _NOT_LEADS):
            index += 1
        else:
            return "", text
        if head in _FEELING_VERBS:
            index = _feeling_object(words, index)
        index = _extend(words, index)
    end = words[index - 1][1]
    return text[:end], text[end:].lstrip(" ")


def is_operative_lead(text: str) -> bool:
    """Say whether a paragraph opens like an operative paragraph ("Decides", "Also urges")."""
    return bool(split_lead(text, operative=True)[0]) and not split_lead(text, operative=False)[0]


def split_paragraph_lead(text: str, part: Part) -> tuple[str, str]:
    """Return (lead, rest) for a paragraph of the given part; the lead is "" when none is found.

    Leading and trailing spaces around the split are dropped, so that a clause inserted from a
    library gets the same italic phrase as the same text imported from a file.
    """
    lead, rest = split_lead(text.lstrip(), part is Part.OPERATIVE)
    return lead, rest.lstrip()
