"""Guard None, True and False against reference-count underflow on Python 3.11.

PySide6 6.12 drops a reference to a singleton in some C++ → Python calls (the wizard measured
one per QWizardPage.isComplete call; a full drafting session aborted once with "deallocating
None"). From Python 3.12 on these objects are immortal; on 3.11 a large head start makes them
so in practice, whatever the binding loses. The objects are never freed in any case.
"""

from __future__ import annotations

import ctypes
import sys

HEAD_START = 1 << 40


def make_singletons_immortal() -> None:
    """Give None, True and False enough references that no leak can bring them to zero."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < HEAD_START:
            count.value += HEAD_START


make_singletons_immortal()
