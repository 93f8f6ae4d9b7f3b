"""The modules of ``src/draftdesk`` import each other in one direction only: no cycle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src"


def _modules() -> dict[str, tuple[Path, bool]]:
    """Return every module's dotted name with its file and whether it is a package."""
    modules: dict[str, tuple[Path, bool]] = {}
    for path in sorted((SOURCE / "draftdesk").rglob("*.py")):
        parts = list(path.relative_to(SOURCE).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        modules[".".join(parts)] = (path, is_package)
    return modules


def import_graph() -> dict[str, set[str]]:
    """Return, for each module, the modules of ours it imports anywhere in its text.

    Imports inside functions and under ``TYPE_CHECKING`` count too: they are dependencies
    all the same, and a cycle through them is a cycle in the design.
    """
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, (path, is_package) in modules.items():
        package = name if is_package else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names if alias.name in modules)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                for alias in node.names:
                    if f"{source}.{alias.name}" in modules:
                        targets.add(f"{source}.{alias.name}")
                    elif source in modules:
                        targets.add(source)
        targets.discard(name)
        graph[name] = targets
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """Return one cycle of the graph as a list of modules, or [] when it has none."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return path[path.index(target):] + [target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return []


def test_the_graph_sees_imports_of_every_kind() -> None:
    graph = import_graph()
    assert "draftdesk.model.document" in graph["draftdesk.model"]  # from .document import
    assert "draftdesk.app" in graph["draftdesk.cli.entry"]  # imported inside a function
    assert "draftdesk.ui.host" in graph["draftdesk.ui.editor_parts"]  # under TYPE_CHECKING


def test_find_cycle_reports_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


@pytest.mark.parametrize("graph", [import_graph()], ids=["src/draftdesk"])
def test_no_import_cycle_in_src(graph: dict[str, set[str]]) -> None:
    assert find_cycle(graph) == []
