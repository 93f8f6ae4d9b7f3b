"""Messages the core writes for people: English here, in the interface's language in the window.

A core message is made from an English template marked for translation and its values::

    NO_SUCH_FILE = QT_TRANSLATE_NOOP("FileErrors", "{path}: no such file")
    raise InputError(message(NO_SUCH_FILE, path=str(path)))

``message`` returns a :class:`Message`: a ``str`` that reads as the English text (so the command
line, logs and every caller that treats it as text are unchanged) and that also keeps its
context, template and values. The window looks the template up in its translations and fills in
the same values (``ui.i18n.localized``); ``pyside6-lupdate`` collects the marked templates
(``scripts/translations.py``). A value that is itself words ("operative paragraph 3") is a
Message too, so it is translated with the sentence around it.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from typing import Any

Translator = Callable[[str, str], str]


class Template(str):
    """An English message template, with the translation context it was marked in."""

    context: str

    def __new__(cls, context: str, text: str) -> Template:
        made = super().__new__(cls, text)
        made.context = context
        return made


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:  # noqa: N802 - the name lupdate reads
    """Mark ``text`` as a message template the window translates in ``context``."""
    return Template(context, text)


class Message(str):
    """A message's English text that also keeps what the window needs to translate it."""

    context: str
    template: str
    values: dict[str, Any]

    def __new__(cls, english: str, context: str = "", template: str = "",
                values: Mapping[str, Any] | None = None) -> Message:
        made = super().__new__(cls, english)
        made.context = context
        made.template = template
        made.values = dict(values or {})
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        # Undo snapshots and saved versions deep-copy the model; keep the translation with it.
        return (Message, (str(self), self.context, self.template, self.values))

    def render(self, translate: Translator) -> str:
        """Return the message through ``translate(context, template)``, English when it fails.

        A translation that cannot take the values (a damaged translation file, a template read
        from somebody's draft) falls back to the English text rather than failing.
        """
        if not self.template:
            return str(self)
        translated = translate(self.context, self.template)
        nested = any(isinstance(value, Message) for value in self.values.values())
        # A template translated by the same words ("{where}: {problem}") still has its nested
        # messages translated.
        if translated == self.template and not nested:
            return str(self)
        values = {name: value.render(translate) if isinstance(value, Message) else value
                  for name, value in self.values.items()}
        return fill(translated, values) or str(self)


def message(template: Template, **values: str | int | Message) -> Message:
    """Return the message ``template`` makes with ``values``."""
    return Message(template.format(**values), template.context, str(template), values)


def fill(template: str, values: Mapping[str, Any]) -> str | None:
    """Fill ``{name}`` fields of ``template`` from ``values``; None when it asks for more.

    Only plain names are filled: no attribute access, indexing or format specification, so a
    template from an untrusted file cannot reach into the values.
    """
    out = []
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return None
    for literal, name, spec, conversion in parsed:
        out.append(literal)
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion or name not in values:
            return None
        out.append(str(values[name]))
    return "".join(out)

