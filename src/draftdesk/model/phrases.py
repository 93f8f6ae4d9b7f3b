"""Standard opening phrases of preambular and operative paragraphs, as plain data.

The lists follow the phrases seen in official UN texts (un-format.md §5). They serve two
purposes: autocompletion in the editor, and telling the italic opening phrase (the paragraph's
``lead``) from the rest when a plain text is imported.

Only the italic part of a phrase is the lead: UN documents print "*Taking note* of",
"*Guided* by", "*Mindful* of", but "*Calls upon*" and "*Bearing in mind*" whole.
"""

from __future__ import annotations

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
