"""The draft's language: the words and forms it prints in English, Spanish or French.

The data lives in ``resources/languages/<code>.json``; this package reads it (``data``) and
builds the printed forms from it (``forms``, ``typography``, ``phrases``).
"""

from .data import (
    FrenchSpacing,
    Language,
    Organ,
    Phrase,
    available_languages,
    get_language,
    languages_folder,
    parse_language,
    read_language_file,
)
from .forms import (
    agenda_item_label,
    agenda_line,
    annex_heading,
    committee_line,
    conjunction_before,
    cross_ref,
    date_text,
    deleted_reference,
    distribution_line,
    french_cardinal,
    join_names,
    kind_key,
    label,
    opening_formula,
    ordinal,
    organ_gender,
    organ_name,
    organization_line,
    original_line,
    session_line,
    sorted_sponsor_names,
    sponsor_sort_key,
    sponsors_line,
    state_name,
)
from .phrases import (
    agree,
    has_operative_verb,
    is_opening_phrase,
    italic_part,
    split_lead,
    standard_phrases,
)
from .runs import (
    connector_word,
    cross_ref_text,
    localize_text,
    paragraph_label,
    paragraph_runs_in,
)
from .typography import (
    french_spacing,
    localize_quotes,
    localize_runs,
    markers_before_punctuation,
)

__all__ = [
    "FrenchSpacing", "Language", "Organ", "Phrase", "agenda_item_label", "agenda_line", "agree",
    "annex_heading",
    "available_languages", "committee_line", "conjunction_before", "connector_word", "cross_ref",
    "cross_ref_text", "date_text", "deleted_reference", "distribution_line", "french_cardinal",
    "french_spacing", "get_language", "has_operative_verb", "is_opening_phrase", "italic_part",
    "join_names", "kind_key", "label", "languages_folder", "localize_quotes", "localize_runs",
    "localize_text", "markers_before_punctuation", "opening_formula", "ordinal", "organ_gender",
    "organ_name", "organization_line", "original_line", "paragraph_label", "paragraph_runs_in",
    "parse_language", "read_language_file", "session_line", "sorted_sponsor_names", "split_lead",
    "sponsor_sort_key", "sponsors_line", "standard_phrases", "state_name",
]
