"""Punctuation that differs by language: French spaces, quotation marks, footnote markers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..derive import Run
from .data import FrenchSpacing, Language, get_language

_SPACES = (" ", "\u00a0", "\u202f")
_CLOSERS = "»”’)]"
# Punctuation that moves after a footnote marker in Spanish and French ("Políticos¹,").
_MOVABLE = ",;:."


def french_spacing(text: str, settings: FrenchSpacing | None = None, previous: str = "") -> str:
    """Put French non-breaking spaces into ``text``: before ":" "?" "!", inside « ».

    A space typed before these signs becomes the non-breaking one; one is added after a word
    when the sign ends a phrase, so "http://", "10:30" and "?q=" are left alone. Before ";"
    the setting decides: a space, or none (a typed one is removed). ``previous`` is the text
    printed just before, when ``text`` is one run of a longer line.
    """
    settings = settings or FrenchSpacing()
    space = settings.space
    spaced = tuple(settings.before) + ((";",) if settings.before_semicolon else ())
    out: list[str] = []
    after_guillemet = False
    for index, char in enumerate(text):
        if after_guillemet and char in _SPACES:
            continue
        after_guillemet = False
        following = text[index + 1:index + 2]
        if char in spaced:
            if out and out[-1] in _SPACES:
                while out and out[-1] in _SPACES:
                    out.pop()
                out.append(space)
            else:
                before = out[-1] if out else previous[-1:]
                ends_phrase = following == "" or following in _SPACES or following in _CLOSERS
                if before and not before.isspace() and before not in spaced + ("«", "(", "/"):
                    if ends_phrase:
                        out.append(space)
        elif char == ";" and not settings.before_semicolon:
            while out and out[-1] in _SPACES:
                out.pop()
        elif char == "»" and settings.inside_guillemets:
            while out and out[-1] in _SPACES:
                out.pop()
            if out or (previous and not previous[-1].isspace()):
                out.append(space)
        out.append(char)
        if char == "«" and settings.inside_guillemets:
            out.append(space)
            after_guillemet = True
    return "".join(out)


def localize_quotes(text: str, language: str | Language) -> str:
    """Print the double quotation marks “ ” as the language does: « » in French."""
    quotes = get_language(language).quotes
    if quotes["open"] == "“" and quotes["close"] == "”":
        return text
    return text.replace("“", quotes["open"]).replace("”", quotes["close"])


def markers_before_punctuation(runs: Sequence[Run]) -> list[Run]:
    """Move punctuation that precedes a footnote marker after it: "Women,⁵" -> "Mujeres⁵,".

    English prints the marker after the punctuation; Spanish and French before it. A run of
    adjacent markers (with the superscript comma between them) moves as one.
    """
    out: list[Run] = []
    index = 0
    while index < len(runs):
        run = runs[index]
        if run.note_number is None:
            out.append(run)
            index += 1
            continue
        end = index
        while end < len(runs) and (runs[end].note_number is not None or runs[end].superscript):
            end += 1
        markers = list(runs[index:end])
        moved = ""
        if out and out[-1].note_number is None and not out[-1].superscript:
            text = out[-1].text
            stripped = text.rstrip(_MOVABLE)
            moved = text[len(stripped):]
            if moved and stripped:
                out[-1] = replace(out[-1], text=stripped)
            elif moved:
                out.pop()
        out.extend(markers)
        if moved:
            if end < len(runs) and runs[end].note_number is None and not runs[end].superscript:
                nxt = runs[end]
                out.append(replace(nxt, text=moved + nxt.text))
                end += 1
            else:
                out.append(Run(moved))
        index = end
    return out


def localize_runs(runs: Sequence[Run], language: str | Language) -> list[Run]:
    """Return a paragraph's printed runs as the language prints them.

    Footnote markers go before punctuation in Spanish and French, “ ” become « » in French, and
    French non-breaking spaces are put in, across run boundaries too (the space before a final
    ":" that is a run of its own).
    """
    data = get_language(language)
    out = markers_before_punctuation(runs) if data.markers_before_punctuation else list(runs)
    localized: list[Run] = []
    previous = ""
    for run in out:
        if run.note_number is None and not run.superscript:
            text = localize_quotes(run.text, data)
            if data.french_spacing is not None:
                text = french_spacing(text, data.french_spacing, previous)
            run = replace(run, text=text) if text != run.text else run
        previous = (previous + run.text)[-1:] if run.text else previous
        localized.append(run)
    return localized
