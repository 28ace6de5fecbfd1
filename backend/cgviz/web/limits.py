"""Absurd requests are refused before any work: 431 for headers past `max_header_bytes`, 414
for a query string longer than any allowed request needs (`max_query_bytes`) or holding more
parameters than any page asks for (MAX_QUERY_PARAMETERS: Starlette splits and unquotes every
one, in the event loop, and a million empty ones took seconds there).

Everything here runs on the event loop for every request, so it must be cheap whatever the
request holds: a 12 MB `Accept-Language` header used to be parsed (1.6 s, 400 MB) before any
route ran. A pure ASGI middleware that only adds up lengths, outside all the others but the
security headers' (app.py), so a refusal carries them too.
"""

from __future__ import annotations

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from ..settings import Settings
from .responses import NO_STORE

# The app's and the embed's addresses use about twenty parameters (docs/embed.md).
MAX_QUERY_PARAMETERS = 256


def max_query_bytes(settings: Settings) -> int:
    """Room for the longest allowed program, percent-encoded (a character is at most 4 bytes of
    UTF-8, 3 bytes each as %XX), plus 64 KiB for `values`, `options` and the view's parameters.
    Larger `values` go in the body of `POST /api/graph`."""
    return 12 * settings.max_source_chars + 65_536


class RequestLimits:
    def __init__(self, app: ASGIApp, max_header_bytes: int, max_query_bytes: int) -> None:
        self.app = app
        self.max_header_bytes = max_header_bytes
        self.max_query_bytes = max_query_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            refusal = self.refusal(scope)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def refusal(self, scope: Scope) -> JSONResponse | None:
        size = sum(len(name) + len(value) for name, value in scope["headers"])
        if size > self.max_header_bytes:
            return _refuse(431, f"the request's headers hold {size} bytes, more than "
                                f"{self.max_header_bytes} (limit max_header_bytes)")
        length = len(scope.get("query_string", b""))
        if length > self.max_query_bytes:
            return _refuse(414, f"the query string holds {length} bytes, more than "
                                f"{self.max_query_bytes}: send long programs and values with "
                                "POST /api/graph")
        parameters = scope.get("query_string", b"").count(b"&") + 1
        if parameters > MAX_QUERY_PARAMETERS:
            return _refuse(414, f"the query string holds {parameters} parameters, more than "
                                f"{MAX_QUERY_PARAMETERS}")
        return None


def _refuse(status: int, message: str) -> JSONResponse:
    # FastAPI's shape for errors that are not about the program (`{"detail": …}`)
    return JSONResponse({"detail": message}, status_code=status,
                        headers={**NO_STORE, "Connection": "close"})
