"""Paths of the test data shipped with the project (a clone has no ../shared)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "corpus"
SEED = DATA / "gfmd-draft-resolution-2007.txt"
REFERENCE = DATA / "reference"
