"""Random hostile files, a small budget in every run of the suite.

The same properties run with a large budget and fresh seeds in ``benchmarks/fuzz_long.py``;
``DRAFTDESK_FUZZ_SCALE=50 uv run pytest -m fuzz`` multiplies the budget here. Inputs that once
failed are replayed from ``tests/data/fuzz/`` first.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from tools import properties
from tools.strategies import draft_text, library_text, resolution_text

pytestmark = pytest.mark.fuzz

SCALE = float(os.environ.get("DRAFTDESK_FUZZ_SCALE", "1"))
FUZZ_DATA = Path(__file__).parent / "data" / "fuzz"


def budget(examples: int):
    """Settings for a property: ``examples`` times the scale, no deadline (export is slow)."""
    return settings(
        max_examples=max(1, int(examples * SCALE)),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def _corpus(kind: str) -> list[Path]:
    return sorted((FUZZ_DATA / kind).glob("*"))


@pytest.mark.parametrize("path", _corpus("texts"), ids=lambda p: p.name)
def test_text_that_once_failed(path: Path) -> None:
    properties.check_text(path.read_bytes().decode("utf-8", "surrogatepass"))


@pytest.mark.parametrize("path", _corpus("drafts"), ids=lambda p: p.name)
def test_draft_that_once_failed(path: Path) -> None:
    properties.check_draft(path.read_bytes().decode("utf-8", "surrogatepass"))


@pytest.mark.parametrize("path", _corpus("libraries"), ids=lambda p: p.name)
def test_library_that_once_failed(path: Path) -> None:
    properties.check_library(path.read_bytes().decode("utf-8", "surrogatepass"))


@budget(120)
@given(resolution_text())
def test_any_text_import_accepts_opens_outlines_and_exports(text: str) -> None:
    properties.check_text(text)


@budget(150)
@given(draft_text())
def test_any_draft_is_refused_in_one_line_or_works(text: str) -> None:
    properties.check_draft(text)


@budget(100)
@given(library_text())
def test_any_library_file_is_refused_in_one_line_or_works(text: str) -> None:
    properties.check_library(text)
