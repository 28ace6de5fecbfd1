"""The frontend's files, under a path that names their version, cached for good.

The pages link their bundle, `/static/v-<hash>/dist/app.css` and `/static/v-<hash>/dist/app.js`
(frontend/dist; docs/frontend.md, "The bundle"), the hash taken over the contents of frontend/
when the app starts; the source modules stay served too, and an ES module's relative imports
resolve under the same prefix, so every file of one release shares it. Those answers carry
`Cache-Control: public, max-age=31536000, immutable`: a second visit asks for none of them
(before the bundle, revalidating the ~36 files a page then linked took ~100 ms of the
1,000-node page's first render; docs/benchmarks.md, "Browser").

The same files stay at `/static/…` without a version, and under any other version (a page
cached before a restart names the old one): those answers say `no-cache`, so the browser asks
again each time (a 304 if nothing changed) and never keeps a file under a name that is not
its own. The hash is taken once: after editing frontend/ (and `make bundle`), restart the app.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from starlette.responses import Response
from starlette.routing import get_route_path
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
_VERSION = re.compile(r"v-[0-9a-f]{12}")


def version_of(folder: Path) -> str:
    """`v-` and 12 hex digits of a hash over every file's path and bytes under `folder`."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return f"v-{digest.hexdigest()[:12]}"


class Assets(StaticFiles):
    """StaticFiles that ignores a leading version segment and says how long to keep a file."""

    def __init__(self, directory: Path) -> None:
        super().__init__(directory=directory)
        self.version = version_of(directory)

    def _versioned(self, scope: Scope) -> tuple[str | None, str]:
        head, _, rest = get_route_path(scope).lstrip("/").partition("/")
        return (head, rest) if _VERSION.fullmatch(head) else (None, "")

    def get_path(self, scope: Scope) -> str:
        version, rest = self._versioned(scope)
        if version is None:
            return super().get_path(scope)
        return os.path.normpath(os.path.join(*rest.split("/"))) if rest else "."

    def file_response(self, full_path: str | os.PathLike[str], stat_result: os.stat_result,
                      scope: Scope, status_code: int = 200) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        current = self._versioned(scope)[0] == self.version
        response.headers["Cache-Control"] = IMMUTABLE if current else REVALIDATE
        return response
