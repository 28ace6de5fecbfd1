"""Every file or folder the README and docs/ name is there: a module moved or renamed leaves no
reference behind.

A path is a token such as `backend/cgviz/web/cache.py`, `frontend/js/`, `web/sandbox.py`
(under backend/cgviz) or `circuit-geometry.js` (a file's own name). Patterns
(`tests/output/screens/phone-*`) and what tests write (tests/output/) are left out, and so are
names of files a user writes (`circuit.svg`, `neuron.txt`): only the extensions of the
project's own sources count alone.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# where a path written without its folder is read from
BASES = [ROOT, ROOT / "backend" / "cgviz", ROOT / "backend", ROOT / "frontend",
         ROOT / "frontend" / "js"]
TOP = ("backend/", "frontend/", "tests/", "docs/", "bench/", "deploy/", ".ci/")
PACKAGE = tuple(f"{p.name}/" for p in (ROOT / "backend" / "cgviz").iterdir() if p.is_dir())
SOURCES = (".py", ".js", ".md", ".css", ".j2")
# not files of ours: a product, a file of another package, the program a user writes
PRODUCTS = {"Node.js", "axe.min.js", "prog.py", "FILE.py"}
_PATH = re.compile(r"(?<![\w/.@:-])((?:[\w.-]+/)+[\w.*<>-]*"
                   r"|[\w-]+(?:\.[\w-]+)*\.(?:py|js|md|css|j2))(?![\w/])")


def _names() -> set[str]:
    """Every file's and folder's own name in the checkout (not the virtualenv's, nor npm's)."""
    names: set[str] = set()
    for _, folders, files in os.walk(ROOT):
        folders[:] = [f for f in folders if f not in (".git", ".venv", "node_modules")]
        names.update(folders, files)
    return names


_NAMES = _names()


def named_paths(text: str) -> list[str]:
    found = []
    for match in _PATH.finditer(text):
        path = match.group(1).rstrip(".")
        if any(c in path for c in "*<>") or path.startswith("tests/output/") or path in PRODUCTS:
            continue
        if "/" in path and not (path.startswith(TOP + PACKAGE)
                                or path.rstrip("/").endswith(SOURCES)):
            continue  # `a/b` in prose, `numpy/_core/…` of another project
        found.append(path)
    return found


def exists(path: str) -> bool:
    if "/" not in path.rstrip("/"):
        return path.rstrip("/") in _NAMES
    return any((base / path).exists() for base in BASES)


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_path_a_document_names_exists(doc: Path) -> None:
    missing = sorted({p for p in named_paths(doc.read_text(encoding="utf-8")) if not exists(p)})
    assert not missing, f"{doc.relative_to(ROOT)} names paths that are not there: {missing}"


def test_the_check_sees_paths_and_misses() -> None:
    text = ("`backend/cgviz/web/cache.py`, web/sandbox.py, `frontend/js/`, tiles.js and "
            "`frontend/js/nothing.js`, budget.py, `tests/output/screens/phone-*`, a/b, "
            "`circuit.svg`")
    paths = named_paths(text)
    assert paths == ["backend/cgviz/web/cache.py", "web/sandbox.py", "frontend/js/",
                     "tiles.js", "frontend/js/nothing.js", "budget.py"]
    assert [p for p in paths if not exists(p)] == ["frontend/js/nothing.js"]
