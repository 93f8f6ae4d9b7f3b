"""Helpers for the export tests: resolutions built in code, rendering and layout checks."""

from __future__ import annotations

from pathlib import Path

# Paths are set here, not taken from conftest: tests/gui has a conftest module of its own.
DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "corpus"
SEED = DATA / "gfmd-draft-resolution-2007.txt"
