"""Each request speaks its reader's language (issue 4): the `lang` query parameter, else
`Accept-Language`, else English. `options.lang` in a request still wins (build() applies it).

A pure ASGI middleware, so every route, page and error handler runs inside `i18n.speaking`
without any of them asking; the `ContextVar` behind it follows the request into the threadpool
where the routes that call the core run.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from starlette.types import ASGIApp, Receive, Scope, Send

from ..i18n import negotiate, speaking


def request_language(scope: Scope) -> str:
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    param = query.get("lang", [None])[0]
    header = None
    for name, value in scope.get("headers", []):
        if name == b"accept-language":
            header = value.decode("latin-1")
            break
    return negotiate(param, header)


class RequestLanguage:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        with speaking(request_language(scope)):
            await self.app(scope, receive, send)
