"""The package's modules import one another without a cycle, so the folder tree reads as a
pipeline (the program's language, the core, drawing, teaching, the web app). Imports inside a
function (a renderer reached lazily) and under `TYPE_CHECKING` (types only) do not count."""

from __future__ import annotations

import ast
from pathlib import Path

import cgviz

PACKAGE = Path(cgviz.__file__).parent


def _module(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """The cgviz modules `path` imports when it is imported."""
    name = _module(path)
    package = name if path.stem == "__init__" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.parse(path.read_text("utf-8")).body:  # the module level only
        if isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            target = (f"{base}.{node.module}" if node.module else base) if node.level else \
                node.module or ""
            for alias in node.names:
                whole = f"{target}.{alias.name}"
                found.add(whole if whole in modules else target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m in modules and m != name}


def test_no_module_imports_itself_through_others() -> None:
    paths = {_module(p): p for p in PACKAGE.rglob("*.py")}
    graph = {name: _imports(path, set(paths)) for name, path in paths.items()}
    # a package's __init__ gathering its own submodules is not a cycle of ideas
    graph = {m: {d for d in deps if not (m.startswith(d + ".") and paths[d].stem == "__init__")}
             for m, deps in graph.items()}
    state: dict[str, int] = {}  # 1: on the path, 2: done
    for start in sorted(graph):
        stack = [(start, iter(sorted(graph[start])))]
        state.setdefault(start, 1)
        if state[start] == 2:
            continue
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
            elif state.get(child) == 1:
                cycle = [n for n, _ in stack][[n for n, _ in stack].index(child):] + [child]
                raise AssertionError("import cycle: " + " → ".join(cycle))
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(sorted(graph[child]))))
