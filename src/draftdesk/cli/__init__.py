"""The command line: ``draftdesk export/import/outline/rollover/library``; never loads Qt.

``main`` comes from ``entry``, which opens the window without loading the commands: the
parser and the readers load only when a command runs (``draftdesk.cli.commands``).
"""

from .entry import main

__all__ = ["main"]
