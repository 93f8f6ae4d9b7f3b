"""Text helpers for clause search: normalised text, search text, significant words."""

from __future__ import annotations

import re
import unicodedata

_FIELD = re.compile(r"\{\{\s*([A-Za-z][A-Za-z0-9_]*)[^}]*\}\}")
_FOOTNOTE = re.compile(r"\[\[fn:\s*(.*?)\s*\]\]", re.DOTALL)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})

# Words too common in resolutions to say anything about similarity.
STOPWORDS = frozenset(
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "an", "and", "any",
        "are", "as", "at", "be", "been", "before", "being", "between", "both", "but", "by", "can",
        "could", "did", "do", "does", "during", "each", "few", "for", "from", "further", "had",
        "has", "have", "having", "he", "her", "here", "hers", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "no", "nor",
        "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out",
        "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through",
        "to", "too", "under", "until", "up", "upon", "very", "was", "we", "were", "what", "when",
        "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
        "united", "nations", "resolution", "resolutions", "present", "general", "assembly",
        "council", "security", "including", "relevant", "well",
    }
)


def normalise(text: str) -> str:
    """Return the form of a clause used to recognise duplicates: case, spaces, quotes, end."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(folded.split()).rstrip(" ,;.:")


def search_text(template: str) -> str:
    """Return what search sees of a clause: fields by name, footnote texts inline, no markup."""
    text = template
    if "{{" in text:
        text = _FIELD.sub(lambda m: f" {m.group(1).replace('_', ' ')} ", text)
    if "[[" in text:
        text = _FOOTNOTE.sub(lambda m: f" {m.group(1)} ", text)
    return " ".join(text.replace("*", "").split())


def words(text: str) -> list[str]:
    """Return the lower-case words of a text."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def significant_words(text: str, limit: int = 16) -> list[str]:
    """Return the distinct words of a text that carry meaning, longest first."""
    seen: dict[str, None] = {}
    for word in words(search_text(text)):
        if len(word) > 2 and word not in STOPWORDS and not word.isdigit():
            seen.setdefault(word, None)
    ranked = sorted(seen, key=len, reverse=True)
    return ranked[:limit]


def fts_prefix_query(query: str) -> str:
    """Turn typed text into an FTS5 query: every word must match, as a prefix."""
    tokens = words(query)
    return " ".join(f'"{token}"*' for token in tokens)


def fts_any_query(tokens: list[str]) -> str:
    """Turn words into an FTS5 query that matches any of them."""
    return " OR ".join(f'"{token}"' for token in tokens)
