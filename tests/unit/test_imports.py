"""The package's modules import each other in one direction only: no import cycle, not even one
dodged with an import inside a function, under ``TYPE_CHECKING`` or by name: the registry's kinds
name their modules as text (imported on first use), and those count as imports here. Content flows
one way (content files → checked model → logic → view → pupil), and so do the imports."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[2] / "widgets" / "safety_lessons"


def modules() -> dict[str, Path]:
    """Every module of the package by its dotted name (a package by its own name)."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that `name` imports anywhere in its file (at the top, in a function,
    under TYPE_CHECKING, or by name as a registry `Kind`). ``from .x import y`` is an import of
    module x.y if there is one, else of x. A package's parents being imported first is Python's
    doing, not the module's: not counted."""
    here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Kind":
            out.update(by_name(here, node))
        elif isinstance(node, ast.ImportFrom):
            base = ".".join([*here[: len(here) - node.level + 1], *([node.module] if node.module else [])]) \
                if node.level else node.module or ""
            for alias in node.names:
                out.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    return (out & known) - {name}


def by_name(here: list[str], kind: ast.Call) -> set[str]:
    """The modules a registry line `Kind(name, "module.Class", "module.Class")` imports when the kind
    is first used: its model's in activities/, its view's in views/."""
    model, view = (arg.value for arg in kind.args[1:3] if isinstance(arg, ast.Constant))
    return {".".join([*here, package, str(where).rpartition(".")[0]])
            for package, where in (("activities", model), ("views", view))}


def cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle in `graph` (as a path that ends where it starts), or [] if there is none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return []

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return []


def test_the_walk_finds_every_module_and_import() -> None:
    found = modules()
    graph = {name: imports(name, path, set(found)) for name, path in found.items()}
    assert "safety_lessons.content.schema" in graph["safety_lessons.content.facts"]
    assert "safety_lessons.compat" in graph["safety_lessons.lesson"]  # an import inside a function
    assert {"safety_lessons.activities.choose", "safety_lessons.views.choose"} <= graph["safety_lessons.registry"]
    assert len({module for module in graph["safety_lessons.registry"] if ".activities." in module}) > 10
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": set()}) == []


def test_a_loop_through_the_registrys_names_is_seen() -> None:
    """Were content/ to import the registry again (as content/activity.py once did, for the kind
    table), the loop content → registry ⇢ activities/* → content would be found."""
    found = modules()
    graph = {name: imports(name, path, set(found)) for name, path in found.items()}
    graph["safety_lessons.content.activity"] |= {"safety_lessons.registry"}
    assert "safety_lessons.registry" in cycle(graph)


def test_no_module_imports_itself_round_a_cycle() -> None:
    found = modules()
    graph = {name: imports(name, path, set(found)) for name, path in found.items()}
    assert cycle(graph) == [], " → ".join(cycle(graph))


def folder(module: str) -> str:
    """The package folder a module is in (`safety_lessons.content.facts` → `content`), or the module
    itself for one beside them (`safety_lessons.lesson` → `lesson`)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def test_no_folder_imports_another_that_imports_it_back() -> None:
    """Layers, not just modules: content/ (reading files) is below activities/ (each kind's logic),
    which is below views/ (widgets), so none of them imports one above it."""
    found = modules()
    graph: dict[str, set[str]] = {}
    for name, path in found.items():
        graph.setdefault(folder(name), set()).update(
            folder(other) for other in imports(name, path, set(found)) if folder(other) != folder(name))
    assert cycle(graph) == [], " → ".join(cycle(graph))
    assert folder("safety_lessons.content.facts") == "content" and folder("safety_lessons.lesson") == "lesson"
