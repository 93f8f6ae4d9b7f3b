"""Word-level differences with diff-match-patch, and paragraph order with moves.

diff-match-patch compares characters; each distinct token (a word, a run of spaces, a
punctuation mark, or whatever the caller tokenises) is mapped to one private character so that
its algorithm and its semantic clean-up work on words, not letters.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Hashable, Sequence
from typing import TypeVar

from diff_match_patch import diff_match_patch

EQUAL, INSERT, DELETE = 0, 1, -1
T = TypeVar("T", bound=Hashable)

_WORD = re.compile(r"\w+(?:['’]\w+)*|\s+|[^\w\s]")

# Code points used for tokens: everything but the surrogates, which Python strings may hold
# but which diff-match-patch's clean-up would see as halves of pairs.
_SURROGATES = range(0xD800, 0xE000)


def tokens(text: str) -> list[str]:
    """Split text into words, runs of spaces and single punctuation marks."""
    return _WORD.findall(text)


def _char(index: int) -> str:
    code = index + 1
    if code >= _SURROGATES.start:
        code += len(_SURROGATES)
    return chr(code)


def diff_tokens(old: Sequence[T], new: Sequence[T]) -> list[tuple[int, list[T]]]:
    """Return (op, tokens) pieces turning ``old`` into ``new``, semantically cleaned up.

    ``op`` is EQUAL (tokens as in ``new``), DELETE (from ``old``) or INSERT (from ``new``).
    """
    codes: dict[T, str] = {}
    for item in (*old, *new):
        if item not in codes:
            codes[item] = _char(len(codes))
    a = "".join(codes[t] for t in old)
    b = "".join(codes[t] for t in new)
    engine = diff_match_patch()
    engine.Diff_Timeout = 0.5  # long paragraphs: a good diff soon beats the best one late
    diffs = engine.diff_main(a, b, False)
    engine.diff_cleanupSemantic(diffs)
    out: list[tuple[int, list[T]]] = []
    i = j = 0
    for op, chars in diffs:
        n = len(chars)
        if op == EQUAL:
            out.append((EQUAL, list(new[j:j + n])))
            i, j = i + n, j + n
        elif op == DELETE:
            out.append((DELETE, list(old[i:i + n])))
            i += n
        else:
            out.append((INSERT, list(new[j:j + n])))
            j += n
    return out


def diff_words(old: str, new: str) -> list[tuple[int, str]]:
    """Return (op, text) pieces of a word-level comparison of two texts."""
    return [(op, "".join(parts)) for op, parts in diff_tokens(tokens(old), tokens(new))]


def in_order(positions: Sequence[int]) -> set[int]:
    """Return the indexes of a longest increasing run of ``positions`` (the unmoved items)."""
    tails: list[int] = []  # smallest tail value of an increasing run of each length
    tail_index: list[int] = []
    previous = [-1] * len(positions)
    for index, value in enumerate(positions):
        length = bisect.bisect_left(tails, value)
        if length == len(tails):
            tails.append(value)
            tail_index.append(index)
        else:
            tails[length] = value
            tail_index[length] = index
        previous[index] = tail_index[length - 1] if length else -1
    keep: set[int] = set()
    current = tail_index[-1] if tail_index else -1
    while current != -1:
        keep.add(current)
        current = previous[current]
    return keep
