"""Strict, sandboxed rendering of clause templates that may come from other people's files.

A clause library travels by e-mail, so its templates are untrusted. Three layers protect the
user: jinja2's ``ImmutableSandboxedEnvironment`` with ``StrictUndefined``; a whitelist of the
parsed template (plain text, ``{{ field }}`` and a few named filters with constant arguments,
nothing else) checked before anything is rendered; and limits on the size of the template and
of the rendered text.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any

import jinja2
from jinja2 import meta, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

from draftdesk.errors import InputError
from draftdesk.messages import QT_TRANSLATE_NOOP, Message, Template, message
from draftdesk.model import words
from draftdesk.untrusted import quoted

MAX_TEMPLATE_CHARS = 10_000
MAX_RENDERED_CHARS = 20_000
MAX_FIELDS = 30
MAX_FILTER_ARGS = 1
MAX_VALUE_CHARS = 2_000
MAX_FILTER_CHAIN = 8  # filters on one field: "x | ordinal_words | capfirst" uses two
MAX_BRACKET_DEPTH = 3  # brackets inside one {{ }}: a filter's argument needs one

# A field name is a plain identifier, and never one of jinja2's special names: those reach
# helpers (``cycler``, ``lipsum``, ``self``…) that have been the entry point of sandbox escapes.
_FIELD_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,39}$")
RESERVED_NAMES = frozenset(
    {
        "cycler", "dict", "joiner", "lipsum", "namespace", "range", "self", "loop", "super",
        "caller", "varargs", "kwargs", "true", "false", "none", "True", "False", "None",
        "config", "request", "environment", "context",
    }
)


# Messages the window shows in its own language (decision 0015).
CLAUSE = message(QT_TRANSLATE_NOOP("TemplateErrors", "clause"))  # a clause not named otherwise
PROBLEM_IN = QT_TRANSLATE_NOOP("TemplateErrors", "{where}: {problem}")
AT_LINE = QT_TRANSLATE_NOOP("TemplateErrors", "{problem} (line {line})")
SESSION_NEEDED = QT_TRANSLATE_NOOP("TemplateErrors", "a session number is needed")
NOT_WHOLE = QT_TRANSLATE_NOOP("TemplateErrors", "{value} is not a whole number")
NOT_IN_RANGE = QT_TRANSLATE_NOOP("TemplateErrors", "{value} is not a number from 1 to 999")
NOT_DATE_USE = QT_TRANSLATE_NOOP("TemplateErrors", "{value} is not a date (use 2007-11-30)")
NOT_DATE = QT_TRANSLATE_NOOP("TemplateErrors", "{value} is not a date")
AND_OR = QT_TRANSLATE_NOOP("TemplateErrors", "join_and takes 'and' or 'or'")
NOT_LIST = QT_TRANSLATE_NOOP("TemplateErrors", "{value} is not a list")
ACCESS = QT_TRANSLATE_NOOP("TemplateErrors", "attribute and item access are not allowed")
CALLS = QT_TRANSLATE_NOOP("TemplateErrors", "calls are not allowed")
LOOPS = QT_TRANSLATE_NOOP("TemplateErrors", "loops are not allowed")
CONDITIONS = QT_TRANSLATE_NOOP("TemplateErrors", "conditions are not allowed")
ARITHMETIC = QT_TRANSLATE_NOOP("TemplateErrors", "arithmetic and comparisons are not allowed")
ASSIGNMENTS = QT_TRANSLATE_NOOP("TemplateErrors", "assignments are not allowed")
MACROS = QT_TRANSLATE_NOOP("TemplateErrors", "macros are not allowed")
INCLUDES = QT_TRANSLATE_NOOP("TemplateErrors", "including other templates is not allowed")
BLOCKS = QT_TRANSLATE_NOOP("TemplateErrors", "blocks are not allowed")
TESTS = QT_TRANSLATE_NOOP("TemplateErrors", "tests are not allowed")
LITERALS = QT_TRANSLATE_NOOP("TemplateErrors", "literal lists and dictionaries are not allowed")
OTHER = QT_TRANSLATE_NOOP("TemplateErrors", "'{name}' is not allowed")
UNKNOWN_FILTER = QT_TRANSLATE_NOOP("TemplateErrors", "unknown filter '{name}' (line {line})")
NO_KEYWORDS = QT_TRANSLATE_NOOP(
    "TemplateErrors", "filter '{name}' takes no keywords (line {line})")
TOO_MANY_ARGUMENTS = QT_TRANSLATE_NOOP(
    "TemplateErrors", "too many arguments to '{name}' (line {line})")
PLAIN_ARGUMENTS = QT_TRANSLATE_NOOP(
    "TemplateErrors", "filter arguments must be plain words or numbers (line {line})")
LONG_ARGUMENT = QT_TRANSLATE_NOOP("TemplateErrors", "filter argument too long (line {line})")
FILTER_BLOCKS = QT_TRANSLATE_NOOP("TemplateErrors", "filter blocks are not allowed (line {line})")
BAD_FIELD_NAME = QT_TRANSLATE_NOOP(
    "TemplateErrors", "'{name}' cannot be used as a field name (line {line})")
SYNTAX_ERROR = QT_TRANSLATE_NOOP("TemplateErrors", "syntax error")
TOO_COMPLEX = QT_TRANSLATE_NOOP("TemplateErrors", "the template is too complex")
TOO_MANY_FIELDS = QT_TRANSLATE_NOOP("TemplateErrors", "more than {limit} fields")
TAG_BLOCKS = QT_TRANSLATE_NOOP("TemplateErrors", "{tag} blocks are not allowed (line {line})")
TOO_DEEP = QT_TRANSLATE_NOOP(
    "TemplateErrors", "brackets nest more than {limit} deep (line {line})")
TOO_MANY_FILTERS = QT_TRANSLATE_NOOP(
    "TemplateErrors", "more than {limit} filters on one field (line {line})")
NOT_STRING = QT_TRANSLATE_NOOP("TemplateErrors", "{where}: the text must be a string")
TOO_LONG = QT_TRANSLATE_NOOP(
    "TemplateErrors", "{where}: the text is {length} characters long (at most {limit} allowed)")
VALUE_TOO_LONG = QT_TRANSLATE_NOOP("TemplateErrors", "{where}: the value of '{name}' is too long")
NO_VALUE = QT_TRANSLATE_NOOP("TemplateErrors", "{where}: no value for field '{name}'")
RENDERED_TOO_LONG = QT_TRANSLATE_NOOP("TemplateErrors", "{where}: the rendered text is too long")


def _ordinal_words(value: Any) -> str:
    if isinstance(value, bool):
        raise ValueError(message(SESSION_NEEDED))
    if isinstance(value, str):
        text = value.strip()
        if not text.isdigit():
            raise ValueError(message(NOT_WHOLE, value=quoted(value)))
        value = int(text)
    if not isinstance(value, int) or not 1 <= value <= 999:
        raise ValueError(message(NOT_IN_RANGE, value=quoted(value)))
    return words.ordinal_words(value)


def _un_date(value: Any) -> str:
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, str):
        text = value.strip()
        parsed = words.parse_un_date(text)
        if parsed is None:
            try:
                parsed = _dt.date.fromisoformat(text)
            except ValueError:
                raise ValueError(message(NOT_DATE_USE, value=quoted(value))) from None
        value = parsed
    if not isinstance(value, _dt.date):
        raise ValueError(message(NOT_DATE, value=quoted(value)))
    return words.un_date(value)


def _join_and(value: Any, conjunction: Any = "and") -> str:
    if conjunction not in ("and", "or"):
        raise ValueError(message(AND_OR))
    if isinstance(value, str):
        # A form field gives one line per item, or items separated by semicolons.
        items = [item.strip() for item in re.split(r"[;\n]", value)]
    elif isinstance(value, Iterable):
        items = [str(item).strip() for item in value]
    else:
        raise ValueError(message(NOT_LIST, value=quoted(value)))
    return words.join_and([item for item in items if item], conjunction)


def _capfirst(value: Any) -> str:
    return words.capitalize_first(str(value))


FILTERS: dict[str, Callable[..., str]] = {
    "ordinal_words": _ordinal_words,
    "un_date": _un_date,
    "join_and": _join_and,
    "capfirst": _capfirst,
}


class _Environment(ImmutableSandboxedEnvironment):
    """The sandbox with jinja2's globals, filters and tests taken away."""

    def __init__(self) -> None:
        super().__init__(undefined=jinja2.StrictUndefined, autoescape=False, cache_size=0)
        self.globals.clear()
        self.tests.clear()
        self.filters.clear()
        self.filters.update(FILTERS)


_ENV = _Environment()


class _Rejected(Exception):
    """A template refused by the whitelist; the caller adds which clause it is."""


def _describe(node: nodes.Node) -> Message:
    """Say in plain words what a rejected construct is."""
    found: Template
    match node:
        case nodes.Getattr() | nodes.Getitem() | nodes.Slice():
            found = ACCESS
        case nodes.Call():
            found = CALLS
        case nodes.For():
            found = LOOPS
        case nodes.If() | nodes.CondExpr():
            found = CONDITIONS
        case nodes.BinExpr() | nodes.UnaryExpr() | nodes.Compare() | nodes.Concat():
            found = ARITHMETIC
        case nodes.Assign() | nodes.AssignBlock():
            found = ASSIGNMENTS
        case nodes.Macro() | nodes.CallBlock():
            found = MACROS
        case nodes.Extends() | nodes.Include() | nodes.Import() | nodes.FromImport():
            found = INCLUDES
        case nodes.Block():
            found = BLOCKS
        case nodes.Test():
            found = TESTS
        case nodes.List() | nodes.Tuple() | nodes.Dict():
            found = LITERALS
        case _:
            return message(OTHER, name=type(node).__name__)
    return message(found)


def _check_value(node: nodes.Node) -> None:
    """Accept ``name`` or ``name | filter(const)`` chains only."""
    lineno = getattr(node, "lineno", 1)
    if isinstance(node, nodes.Name):
        if node.ctx != "load":
            raise _Rejected(message(AT_LINE, problem=message(ASSIGNMENTS), line=lineno))
        _check_field_name(node.name, lineno)
        return
    if isinstance(node, nodes.Filter):
        if node.name not in FILTERS:
            raise _Rejected(message(UNKNOWN_FILTER, name=node.name, line=lineno))
        if node.kwargs or node.dyn_args is not None or node.dyn_kwargs is not None:
            raise _Rejected(message(NO_KEYWORDS, name=node.name, line=lineno))
        if len(node.args) > MAX_FILTER_ARGS:
            raise _Rejected(message(TOO_MANY_ARGUMENTS, name=node.name, line=lineno))
        for arg in node.args:
            if not (isinstance(arg, nodes.Const) and isinstance(arg.value, str | int)):
                raise _Rejected(message(PLAIN_ARGUMENTS, line=lineno))
            if isinstance(arg.value, str) and len(arg.value) > 40:
                raise _Rejected(message(LONG_ARGUMENT, line=lineno))
        if node.node is None:
            raise _Rejected(message(FILTER_BLOCKS, line=lineno))
        _check_value(node.node)
        return
    if isinstance(node, nodes.Const) and isinstance(node.value, str) and len(node.value) <= 3:
        # Only an escaped brace ({{ "{" }}) is written this way; longer literals are not needed.
        return
    raise _Rejected(message(AT_LINE, problem=_describe(node), line=lineno))


def _check_field_name(name: str, lineno: int) -> None:
    if name in RESERVED_NAMES or not _FIELD_NAME.match(name):
        raise _Rejected(message(BAD_FIELD_NAME, name=name, line=lineno))


@lru_cache(maxsize=4096)
def _checked(source: str) -> tuple[nodes.Template, tuple[str, ...]]:
    """Parse and whitelist a template once; return its tree and fields.

    Compiling waits until the template is rendered (``_compiled``): checking a library file
    of thousands of clauses needs no Python code made from each of them.
    """
    try:
        _refuse_tags(source)
        tree = _ENV.parse(source)
    except jinja2.TemplateSyntaxError as error:
        # jinja2's own description of the mistake is English: it names the construct.
        problem = error.message or message(SYNTAX_ERROR)
        raise _Rejected(message(AT_LINE, problem=problem, line=error.lineno)) from None
    except (RecursionError, MemoryError, SyntaxError):
        # A last guard: the token checks above should have refused such a template.
        raise _Rejected(message(TOO_COMPLEX)) from None
    for statement in tree.body:
        if not isinstance(statement, nodes.Output):
            lineno = getattr(statement, "lineno", 1)
            raise _Rejected(message(AT_LINE, problem=_describe(statement), line=lineno))
        for node in statement.nodes:
            if not isinstance(node, nodes.TemplateData):
                _check_value(node)
    fields = tuple(template_fields_of(tree))
    if len(fields) > MAX_FIELDS:
        raise _Rejected(message(TOO_MANY_FIELDS, limit=MAX_FIELDS))
    return tree, fields


@lru_cache(maxsize=1024)
def _compiled(source: str) -> jinja2.Template:
    """Compile a checked template once; search results render the same ones often."""
    return _ENV.from_string(_checked(source)[0])


# Tags the parse tree cannot show: a {% raw %} block becomes plain text there, and an unclosed
# one silently swallows the rest of the clause. Other statements are refused on the tree, with
# a message that names them.
_TAG_TOKENS = {"raw_begin": "{% raw %}"}


_OPENING = frozenset("([{")
_CLOSING = frozenset(")]}")
_EXPRESSION_ENDS = frozenset(("variable_end", "block_end"))


def _refuse_tags(source: str) -> None:
    """Refuse, from the tokens, what the parse tree cannot show or would take long to build.

    Deeply bracketed expressions and long filter chains are refused here, before parsing:
    the parser recurses on them and compiling them takes time that grows fast with length.
    """
    depth = pipes = 0
    for lineno, token, value in _ENV.lex(source):
        if token in _TAG_TOKENS:
            raise _Rejected(message(TAG_BLOCKS, tag=_TAG_TOKENS[token], line=lineno))
        if token == "operator":
            token = value
        if token in _OPENING:
            depth += 1
            if depth > MAX_BRACKET_DEPTH:
                raise _Rejected(message(TOO_DEEP, limit=MAX_BRACKET_DEPTH, line=lineno))
        elif token in _CLOSING:
            depth = max(0, depth - 1)
        elif token == "|":
            pipes += 1
            if pipes > MAX_FILTER_CHAIN:
                raise _Rejected(message(TOO_MANY_FILTERS, limit=MAX_FILTER_CHAIN, line=lineno))
        elif token in _EXPRESSION_ENDS:
            depth = pipes = 0


def check_template(source: object, where: str = CLAUSE) -> tuple[str, ...]:
    """Refuse a template with anything beyond text, fields and named filters; return its fields."""
    if not isinstance(source, str):
        raise InputError(message(NOT_STRING, where=where))
    if len(source) > MAX_TEMPLATE_CHARS:
        raise InputError(message(TOO_LONG, where=where, length=f"{len(source):,}",
                                 limit=f"{MAX_TEMPLATE_CHARS:,}"))
    if not has_fields(source):
        return ()
    try:
        return _checked(source)[1]
    except _Rejected as error:
        raise InputError(message(PROBLEM_IN, where=where, problem=_inner(error))) from None


def _inner(error: Exception) -> str:
    """Return an error's message, keeping what translates it when it has that."""
    inner = error.args[0] if len(error.args) == 1 else None
    return inner if isinstance(inner, Message) else str(error)


def template_fields_of(tree: nodes.Template) -> list[str]:
    """Return the field names of a parsed template in order of first appearance."""
    wanted = meta.find_undeclared_variables(tree)
    ordered: list[str] = []
    for name_node in tree.find_all(nodes.Name):
        if name_node.name in wanted and name_node.name not in ordered:
            ordered.append(name_node.name)
    return ordered


def template_fields(source: str, where: str = CLAUSE) -> list[str]:
    """Return the fields a template needs, in order of first appearance."""
    return list(check_template(source, where))


def has_fields(source: str) -> bool:
    """Say quickly whether a text contains any template syntax at all."""
    return "{{" in source or "{%" in source or "{#" in source


def escape_text(text: str) -> str:
    """Turn literal text into a template that renders to exactly that text."""
    if not has_fields(text):
        return text
    return re.sub(r"\{(?=[{%#])", '{{ "{" }}', text)


def render_text(source: str, values: Mapping[str, Any], where: str = CLAUSE) -> str:
    """Render a checked template strictly: every field must have a value."""
    fields = check_template(source, where)
    if not fields and not has_fields(source):
        return source
    for name, value in values.items():
        if isinstance(value, str) and len(value) > MAX_VALUE_CHARS:
            raise InputError(message(VALUE_TOO_LONG, where=where, name=name))
    missing = [name for name in fields if name not in values or values[name] is None]
    if missing:
        raise InputError(message(NO_VALUE, where=where, name=missing[0]))
    template = _compiled(source)
    try:
        rendered = template.render({name: values[name] for name in fields})
    except (ValueError, TypeError) as error:
        raise InputError(message(PROBLEM_IN, where=where, problem=_inner(error))) from None
    except jinja2.TemplateError as error:  # SecurityError and the like: refuse, never crash
        problem = str(error.message)
        raise InputError(message(PROBLEM_IN, where=where, problem=problem)) from None
    if len(rendered) > MAX_RENDERED_CHARS:
        raise InputError(message(RENDERED_TOO_LONG, where=where))
    return rendered
