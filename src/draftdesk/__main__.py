"""``python -m draftdesk``: the same as the ``draftdesk`` command."""

import sys

from .cli import main

sys.exit(main())
