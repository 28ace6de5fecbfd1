"""The server-rendered pages as responses: whole, or, for a long program, head first.

A page is a pure function of its query, so it normally goes out whole, with an ETag (a reload
costs a 304) and the status of what happened (500, `no-store`, for a bug in cgviz).

Computing a long program takes the server a while (~140 ms for a 1,000-node circuit), and the
browser has work of its own before it can draw anything: commit the navigation, read the
stylesheets and ~30 modules from its cache, compile them. So from STREAM_FROM characters of
program the app's page is streamed: its `<head>` (which depends only on the language, the
theme and the static address) is sent at once, the rest when the circuit is ready, and the
browser's work overlaps the server's (the 1,000-node page's first render: 520 → 400 ms,
median of six; docs/benchmarks.md, "Browser"). Such a page is 200 whatever happens, a bug is
said in the page, and it is never stored without asking (`no-cache`, no ETag: there is none
before the body exists).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

from fastapi import Request, Response
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from ..settings import Settings
from .responses import HTML, cached, uncached
from .view import View
from .words import page_words

STREAM_FROM = 4_000  # characters of program (~250 nodes): ~35 ms of work and more


def page(request: Request, settings: Settings, template: str, view: View,
         **context: Any) -> Response:
    """The whole page, cached by its ETag; a bug in cgviz answers 500, not stored."""
    html = _template(request, template).render(**_context(request, view, context))
    if view.status_code != 200:
        return uncached(html.encode(), HTML, view.status_code)
    return cached(request, html.encode(), HTML, settings)


def streamed_page(request: Request, template: str, first: View,
                  compute: Callable[[], View]) -> Response:
    """The page's `head` block (rendered with `first`, which holds only the query's theme),
    then its `body` block once `compute()` has drawn the view, in the threadpool."""
    tpl = _template(request, template)

    def block(name: str, view: View) -> bytes:
        ctx = tpl.new_context(_context(request, view, {}))
        return "".join(tpl.blocks[name](ctx)).encode()

    async def chunks() -> AsyncIterator[bytes]:
        yield block("head", first)
        yield block("body", await run_in_threadpool(compute))

    return StreamingResponse(chunks(), media_type=HTML,
                             headers={"Cache-Control": "no-cache",
                                      "Vary": "Accept-Language, Accept-Encoding"})


def _template(request: Request, name: str) -> Any:
    return request.app.state.templates.get_template(name)


def _context(request: Request, view: View, context: dict[str, Any]) -> dict[str, Any]:
    root = request.scope.get("root_path", "")
    # The page speaks the request's language (web/language.py: ?lang=, else Accept-Language);
    # it embeds both catalogs' browser part, so the app can follow navigator.languages instead.
    static = f"{root}/static/{request.app.state.static_version}"  # cached for good (assets.py)
    return {"view": view, "static": static, **page_words(), **context}
