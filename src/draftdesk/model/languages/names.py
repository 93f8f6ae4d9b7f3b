"""States' short names in each language, from ``resources/member-states.json``.

Drafts store sponsors under their English UN short names; a Spanish or French draft prints
them under the names of its language (``short_name_es``, ``short_name_fr``).
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache

from draftdesk.errors import InputError
from draftdesk.messages import QT_TRANSLATE_NOOP, message
from draftdesk.resources import resource_path

STATES_FILE = "member-states.json"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def name_key(name: str) -> str:
    """Return a name folded for lookup: apostrophe forms, accents, case and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split()).casefold()


@lru_cache(maxsize=8)
def state_names(field: str) -> dict[str, str]:
    """Return {folded name in any language: the name in ``field``} for every State."""
    path = resource_path(STATES_FILE)
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(message(
            QT_TRANSLATE_NOOP("LanguageDataErrors", "{path}: cannot read the list of States "
                                                    "({reason})"),
            path=str(path), reason=str(error))) from None
    if not isinstance(entries, list):
        raise InputError(message(
            QT_TRANSLATE_NOOP("LanguageDataErrors", "{path}: expected a JSON list of States"),
            path=str(path)))
    names: dict[str, str] = {}
    fields = ("short_name_en", "short_name_es", "short_name_fr", "sort_key_en")
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        wanted = entry.get(field)
        if not isinstance(wanted, str) or not wanted.strip():
            continue
        for source in fields:
            value = entry.get(source)
            if isinstance(value, str) and value.strip():
                names.setdefault(name_key(value), wanted.strip())
    return names
