"""The ES modules a page's entry script imports, for `<link rel="modulepreload">`.

Without them the browser finds the app's modules (over forty) level by level (app.js, then
what it imports, then what those import…), one round trip per level, ~400 ms before the app can
start even on a small page (docs/benchmarks.md, "Browser"). The list is read from the import
statements of frontend/js once per process, so it cannot drift from the code: a module added
to an import is preloaded the next time the server starts.

Only static imports are followed (`import … from "./x.js"`, `export … from "./x.js"`,
`import "./x.js"`); the app has no dynamic `import()`, and one would be loaded on demand anyway.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from .resources import frontend_dir

# A static import or re-export of a relative module. Import lists may span several lines, so
# the text between the keyword and `from` is anything but `;` (string contents never hold one
# in an import statement). Comments are removed first, so an example in a comment is ignored.
_IMPORT = re.compile(r"""(?:^|[;\n])\s*(?:import|export)\b\s*(?:[^;'"]*?\bfrom\s*)?"""
                     r"""["'](\.{1,2}/[^"']+)["']""")
_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_LINE_COMMENT = re.compile(r"(?m)^\s*//.*$")


def imports_of(text: str) -> list[str]:
    """The relative module specifiers `text` imports statically, in order."""
    code = _LINE_COMMENT.sub("", _BLOCK_COMMENT.sub("", text))
    return _IMPORT.findall(code)


def module_graph(js: Path, entry: str) -> list[str]:
    """Every module reachable from `entry` (a path relative to `js`), entry excluded, in
    breadth-first order, so the modules the browser needs first are asked for first."""
    seen = {entry}
    order: list[str] = []
    queue = [entry]
    while queue:
        current = queue.pop(0)
        path = js / current
        for spec in imports_of(path.read_text(encoding="utf-8")):
            target = (path.parent / spec).resolve().relative_to(js.resolve()).as_posix()
            if target not in seen:
                seen.add(target)
                order.append(target)
                queue.append(target)
    return order


@cache
def preloads(entry: str) -> tuple[str, ...]:
    """The modules (paths under /static/js/) the page whose script is `entry` will import."""
    return tuple(module_graph(frontend_dir() / "js", entry))
