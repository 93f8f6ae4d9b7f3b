"""Hostile shapes of input: the worst cases the readers must survive within their caps.

Used at small sizes by the regression tests and at the caps by benchmarks/bench_worst_case.py.
"""

from __future__ import annotations

import string

from draftdesk.model import Paragraph, Resolution, Text
from draftdesk.storage import dumps_draft

HEAD = (
    "United Nations\nA/80/L.99\nGeneral Assembly\nDistr.: Limited\n1 December 2025\n"
    "Original: English\n\nEightieth session\nAgenda item 1\nTitle of the item\n\n"
    "Chile: draft resolution\n\nA title\n\nThe General Assembly,\n\n"
)


def fit(builder, cap: int) -> str:
    """Return the largest text ``builder(n)`` makes within ``cap`` UTF-8 bytes (n doubling)."""
    n, best = 16, builder(16)
    while True:
        text = builder(n * 2)
        if len(text.encode("utf-8")) > cap:
            break
        n, best = n * 2, text
    low, high = n, n * 2
    while high - low > 1:
        middle = (low + high) // 2
        text = builder(middle)
        if len(text.encode("utf-8")) <= cap:
            low, best = middle, text
        else:
            high = middle
    return best


def hyphen_wrapped(lines: int) -> str:
    """One paragraph of ``lines`` lines, each ending in a hyphen: every join decides a word."""
    return HEAD + "Recalling its resolution 1,\n\n1. Decides to devel-\n" + "opment-\n" * lines + (
        "ment.\n"
    )


def wrapped_paragraph(lines: int) -> str:
    """One paragraph hard-wrapped over ``lines`` lines, as a PDF viewer copies it."""
    return HEAD + "Recalling its resolution 1,\n\n1. Decides that\n" + (
        "the words of a long paragraph go on\n" * lines
    ) + "to the end.\n"


def superscript_run(length: int) -> str:
    """A run of ``length`` superscript digits inside a paragraph."""
    return HEAD + "Recalling its resolution " + "¹" * length + " of the year,\n\n1. Decides.\n"


def deep_labels(count: int) -> str:
    """``count`` items labelled (a) to (z), then (a) again: each round would open a level."""
    items = "".join(f"({string.ascii_lowercase[i % 26]}) an item;\n" for i in range(count))
    return HEAD + "1. Decides:\n" + items


def nested_starts(count: int) -> str:
    """``count`` items each opening a new list: (a), (i), a., i., (a), ..."""
    labels = ("(a)", "(i)", "a.", "i.")
    items = "".join(f"{labels[i % 4]} an item;\n" for i in range(count))
    return HEAD + "1. Decides:\n" + items


def many_paragraphs(count: int) -> str:
    """``count`` operative paragraphs, each with a footnote marker, and the footnotes."""
    body = "".join(f"{i + 1}. Decides to act on item {i + 1};\n" for i in range(count))
    return HEAD + body


def many_runs_draft(runs: int) -> str:
    """A draft whose one paragraph holds ``runs`` alternating roman and italic runs."""
    content = [Text("x", italic=bool(i % 2)) for i in range(runs)]
    resolution = _draft("Runs")
    resolution.operative.append(Paragraph(lead="Decides", content=content))
    return dumps_draft(resolution)


def many_paragraphs_draft(count: int) -> str:
    """A draft of ``count`` operative paragraphs of one run each."""
    resolution = _draft("Paragraphs")
    resolution.operative.extend(
        Paragraph(lead="Decides", content=[Text(f"to act on item {i}")]) for i in range(count)
    )
    return dumps_draft(resolution)


def long_paragraph_draft(characters: int) -> str:
    """A draft of one paragraph of ``characters`` characters in one run."""
    resolution = _draft("Long")
    words = "word " * (characters // 5)
    resolution.operative.append(Paragraph(lead="Decides", content=[Text(words)]))
    return dumps_draft(resolution)


def long_line(characters: int) -> str:
    """A text whose one operative paragraph is a single line of ``characters`` characters."""
    return HEAD + "1. Decides " + "that the work goes on, " * (characters // 23) + "now.\n"


def _draft(title: str) -> Resolution:
    resolution = Resolution()
    resolution.metadata.title = title
    resolution.metadata.symbol = "A/80/L.1"
    return resolution
