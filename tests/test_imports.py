"""The package's modules import one another without a cycle, and the folder tree reads as the
pipeline: a module imports only from its own layer or the ones below it (`LAYERS`).

Only imports that run when a module is imported count: those at its top level. An import inside
a function (`Graph.to_svg` reaching the renderer, a lazily started server) and one under
`if TYPE_CHECKING:` (types only) does not, so that is how a lower layer may reach a higher one
when it must. Importing a package's `__init__` (`from .. import __version__`) does not count
either: Python runs it first whatever is imported."""

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


# Bottom to top. A module belongs to the layer of the longest name here that is its own name or
# a package holding it; the package `cgviz` itself (its __init__, the public API) is no layer.
LAYERS: list[tuple[str, list[str]]] = [
    ("shared", ["cgviz.errors", "cgviz.settings", "cgviz.i18n", "cgviz.suggest"]),
    # the language lowers to the core's nodes, and the core's groups know the language's
    # expandable functions: one layer, two folders
    ("language and core", ["cgviz.language", "cgviz.core"]),
    ("render", ["cgviz.render"]),
    ("teach", ["cgviz.teach"]),
    ("drivers", ["cgviz.build", "cgviz.descent"]),  # build() and descend() run the stages
    ("web", ["cgviz.web"]),
    ("entry points", ["cgviz.cli", "cgviz.server", "cgviz.notebook"]),
]


def _layer(module: str) -> int | None:
    if module == "cgviz":
        return None
    found = [(len(prefix), rank) for rank, (_, prefixes) in enumerate(LAYERS)
             for prefix in prefixes if module == prefix or module.startswith(prefix + ".")]
    assert found, f"{module} is in no layer: add it (or its folder) to LAYERS in {__file__}"
    return max(found)[1]


def test_every_module_imports_only_its_own_layer_or_lower_ones() -> None:
    paths = {_module(p): p for p in PACKAGE.rglob("*.py")}
    upward = []
    for name, path in sorted(paths.items()):
        rank = _layer(name)
        for imported in sorted(_imports(path, set(paths))):
            above = _layer(imported)
            if rank is not None and above is not None and above > rank:
                upward.append(f"{name} ({LAYERS[rank][0]}) imports {imported} "
                              f"({LAYERS[above][0]})")
    assert not upward, "a lower layer imports a higher one:\n" + "\n".join(upward)


def test_the_layers_are_folders_or_named_modules() -> None:
    """Each name in LAYERS is a real module or folder, so a rename cannot silently empty one."""
    names = {_module(p) for p in PACKAGE.rglob("*.py")}
    for _, prefixes in LAYERS:
        for prefix in prefixes:
            assert prefix in names, f"LAYERS names {prefix}, which is no module or package"
