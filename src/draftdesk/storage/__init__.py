"""Draft files: the .draftdesk JSON format, read and written atomically."""

from .codec import FORMAT_VERSION, SchemaError, from_dict, to_dict
from .files import (
    DRAFT_SUFFIX,
    dumps_draft,
    load_draft,
    loads_draft,
    save_draft,
    write_atomic,
)

__all__ = [
    "DRAFT_SUFFIX",
    "FORMAT_VERSION",
    "SchemaError",
    "dumps_draft",
    "from_dict",
    "load_draft",
    "loads_draft",
    "save_draft",
    "to_dict",
    "write_atomic",
]
