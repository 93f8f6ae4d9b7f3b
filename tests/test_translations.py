"""The interface's translations are complete and compiled: every string the code marks for
translation is in resources/i18n/*.ts with a Spanish and a French translation, and each .qm is
what pyside6-lrelease makes of its .ts (decision 0009)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
SCRIPT = ROOT / "scripts" / "translations.py"
FOLDER = ROOT / "resources" / "i18n"


def test_ts_files_match_the_code_and_qm_files_match_the_ts() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("code", ["es", "fr"])
def test_every_translation_keeps_its_placeholders_and_shortcut_marks(code: str) -> None:
    tree = ET.parse(FOLDER / f"draftdesk_{code}.ts")
    messages = list(tree.iter("message"))
    assert len(messages) > 400
    for message in messages:
        source = message.findtext("source", "")
        translation = message.findtext("translation", "")
        assert translation, source
        fields = sorted(re.findall(r"(?<!\{)\{[a-z_]*\}(?!\})", source))
        assert sorted(re.findall(r"(?<!\{)\{[a-z_]*\}(?!\})", translation)) == fields, source
        assert translation.count("&") == source.count("&"), source
        assert translation.count("\n") == source.count("\n"), source


def test_french_puts_a_no_break_space_before_double_punctuation() -> None:
    tree = ET.parse(FOLDER / "draftdesk_fr.ts")
    for message in tree.iter("message"):
        translation = message.findtext("translation", "")
        # A clock time in an example of a value ("10:30:00") is not punctuation.
        words = re.sub(r"\d\d:\d\d(:\d\d)?", "", translation)
        assert not re.search(r"\w[:;?!]", words.replace("::", "")
                             .replace("[[fn:", "")), translation
        assert " :" not in translation and " ;" not in translation, translation
