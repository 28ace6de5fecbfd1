"""Each request speaks its reader's language: the `lang` query parameter, else
`Accept-Language`, else English. `options.lang` in a request still wins (build() applies it).

A pure ASGI middleware, so every route, page and error handler runs inside `i18n.speaking`
without any of them asking; the `ContextVar` behind it follows the request into the threadpool
where the routes that call the core run.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus

from starlette.types import ASGIApp, Receive, Scope, Send

from ..i18n import negotiate, speaking
from ..i18n.locale import MAX_HEADER_CHARS

# The first `lang=` of the query string, found without splitting the whole query into
# parameters (this runs on the event loop for every request, whatever its length).
_LANG = re.compile(rb"(?:^|&)lang=([^&]{0,64})")


def request_language(scope: Scope) -> str:
    match = _LANG.search(scope.get("query_string", b""))
    param = unquote_plus(match.group(1).decode("latin-1")) if match else None
    header = None
    for name, value in scope.get("headers", []):
        if name == b"accept-language":
            header = value[:MAX_HEADER_CHARS].decode("latin-1")
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
