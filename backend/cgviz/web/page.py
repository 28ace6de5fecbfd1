"""The server-rendered pages as responses: whole, or, for a long program, head first.

A page is a pure function of its query, so it normally goes out whole, with an ETag (a reload
costs a 304) and the status of what happened (500, `no-store`, for a bug in cgviz).

Computing a long program takes the server a while (~140 ms for a 1,000-node circuit), and the
browser has work of its own before it can draw anything: commit the navigation, read the
page's stylesheet and module (from its cache after a first visit), compile them. So from
STREAM_FROM characters of program the app's page is streamed: its `<head>` (which depends only
on the language, the theme and the static address) is sent at once, the rest when the circuit
is ready, and the browser's work overlaps the server's (the 1,000-node page's first render:
520 → 400 ms, median of six; docs/benchmarks.md, "Browser"). Such a page is 200 whatever
happens, a bug is said in the page, and it is never stored without asking (`no-cache`, no
ETag: there is none before the body exists).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from fastapi import Request, Response
from fastapi.responses import StreamingResponse

from .cache import Answer
from .responses import HTML
from .view import View
from .words import page_words

STREAM_FROM = 4_000  # characters of program (~250 nodes): ~35 ms of work and more


def page_answer(request: Request, template: str, view: View, **context: Any) -> Answer:
    """The whole page: 200 (a mistake in the program is shown in it), 500 for a bug in cgviz,
    503 when the server was too busy to draw it; only a 200 is kept (web/cache.py)."""
    html = _template(request, template).render(**_context(request, view, context))
    return Answer.of(view.status_code, html.encode(), HTML)


def streamed_page(request: Request, template: str, first: View,
                  whole: Callable[[], Awaitable[Answer]]) -> Response:
    """The page's `head` block (rendered with `first`, which holds only the query's theme),
    then the rest of the whole page once `whole()` has it. The two blocks are the whole
    template, so the whole page starts with that head (tests/web/test_page_stream.py)."""
    tpl = _template(request, template)
    ctx = tpl.new_context(_context(request, first, {}))
    head = "".join(tpl.blocks["head"](ctx)).encode()

    async def chunks() -> AsyncIterator[bytes]:
        yield head
        body = (await whole()).body
        yield body[len(head):] if body.startswith(head) else body

    return StreamingResponse(chunks(), media_type=HTML,
                             headers={"Cache-Control": "no-cache",
                                      "Vary": "Accept-Language, Accept-Encoding"})


def _template(request: Request, name: str) -> Any:
    return request.app.state.templates.get_template(name)


def _context(request: Request, view: View, context: dict[str, Any]) -> dict[str, Any]:
    root = request.scope.get("root_path", "")
    # The page speaks the request's language (web/locale.py: ?lang=, else Accept-Language);
    # it embeds both catalogs' browser part, so the app can follow navigator.languages instead.
    static = f"{root}/static/{request.app.state.static_version}"  # cached for good (assets.py)
    return {"view": view, "static": static, **page_words(), **context}
