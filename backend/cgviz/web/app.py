"""`create_app(settings)`: the FastAPI application (docs/api.md). Nothing happens at import time.

    uvicorn --factory cgviz.web.app:create_app
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from .. import __version__
from ..errors import CircuitError
from ..i18n import current, render
from ..settings import Settings, get_settings
from .assets import Assets
from .bodies import add_body_schemas
from .cache import AnswerCache
from .compute import CoreBug
from .limits import RequestLimits, max_query_bytes
from .locale import RequestLanguage, request_language
from .models import DescentRequest, GraphRequest
from .resources import frontend_dir, page_templates
from .responses import NO_STORE
from .routes import api, pages
from .sandbox import Busy, Sandbox
from .security import SecurityHeaders
from .validation import validation_error
from .window import UnknownNode

DESCRIPTION = """\
Draw backpropagation circuits the way the CS231n notes do: every value is a wire with its
forward value (green, above) and its gradient (red, below); every operation is a gate.

Mistakes in the program answer **400** with `{"error": {"kind", "message", "line", "column"}}`;
malformed requests answer FastAPI's **422** (the echoed input cut short, always strict JSON);
headers past `max_header_bytes` answer **431** and a query string longer than the longest
program needs **414**, before any other work.

Messages, warnings and step captions are in English or Russian: `options.lang` if given, else
the `lang` query parameter, else the `Accept-Language` header (q-values honoured), else English.
Answers that depend on the header say so with `Vary: Accept-Language`.
"""


def bug_message(request: Request) -> str:
    # The catch-all handler runs outside RequestLanguage, so the language is chosen here again.
    return render("error.internal", request_language(request.scope), {})


def max_body_size(settings: Settings) -> int:
    """Room for the longest allowed program (even \\uXXXX-escaped) and the largest tensor of
    values; anything bigger is refused (413) before it is read into memory."""
    return 12 * settings.max_source_chars + 32 * settings.max_tensor_elements + 65_536


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    sandbox = Sandbox(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(sandbox.warm)  # the fork server's start-up, before any request
        yield
        sandbox.close()

    # /docs is the app's own page (routes.py `api_docs`): FastAPI's loads Swagger UI from a CDN
    app = FastAPI(title="cgviz", description=DESCRIPTION, version=__version__,
                  max_body_size=max_body_size(settings), lifespan=lifespan, docs_url=None,
                  redoc_url=None)
    app.state.settings = settings
    app.state.sandbox = sandbox  # every build runs in a worker process (sandbox.py)
    app.state.answers = AnswerCache(settings.cache_mb * 2**20)  # GET answers kept (cache.py)
    app.state.templates = page_templates()

    app.include_router(api)
    app.include_router(pages)
    assets = Assets(frontend_dir())
    app.state.static_version = assets.version  # the pages link /static/<version>/… (assets.py)
    app.mount("/static", assets, name="static")
    # Middleware runs outermost first in the reverse order of these lines: the security
    # headers go on every answer, then absurd requests are refused before anything reads them.
    app.add_middleware(RequestLanguage)
    # The 1,000-node page is 1.3 MB (the server's SVG and the graph JSON, both needed): gzip
    # makes it 220 KB. Level 1 costs ~12 ms on that page where level 9 costs ~90 ms, for 20 %
    # more bytes. Bodies under 1 KB are not worth it; 304s have none. ETags stay those of the
    # uncompressed body (responses.py), and the middleware adds `Vary: Accept-Encoding`.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=1)
    app.add_middleware(RequestLimits, max_header_bytes=settings.max_header_bytes,
                       max_query_bytes=max_query_bytes(settings))
    app.add_middleware(SecurityHeaders, frame_ancestors=settings.frame_ancestors)

    app.add_exception_handler(RequestValidationError, validation_error)  # type: ignore[arg-type]

    @app.exception_handler(CircuitError)
    async def circuit_error(request: Request, err: CircuitError) -> JSONResponse:
        return JSONResponse(err.to_dict(), status_code=400, headers=NO_STORE)

    @app.exception_handler(UnknownNode)
    async def unknown_node(request: Request, err: UnknownNode) -> JSONResponse:
        return JSONResponse(err.to_dict(), status_code=404, headers=NO_STORE)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, err: HTTPException) -> Response:
        # FastAPI answers 400 "There was an error parsing the body" for a body it cannot decode
        # (e.g. not UTF-8); 400 is reserved for mistakes in the program, and a malformed body
        # is a 422 (docs/api.md, "Errors"), so say that, in FastAPI's own 422 shape.
        if err.status_code == 400:
            detail = [{"type": "body_invalid", "loc": ["body"], "msg": str(err.detail),
                       "input": None}]
            return JSONResponse({"detail": detail}, status_code=422, headers=NO_STORE)
        return await http_exception_handler(request, err)

    @app.exception_handler(Busy)
    async def busy(request: Request, err: Busy) -> JSONResponse:
        error = {"kind": "limit", "message": render("error.limit.busy", current(), {}),
                 "line": 1, "column": 1}
        return JSONResponse({"error": error}, status_code=503,
                            headers={**NO_STORE, "Retry-After": "2"})

    @app.exception_handler(CoreBug)
    async def core_bug(request: Request, err: CoreBug) -> JSONResponse:
        # Already logged with the offending program by `compute`.
        return JSONResponse({"error": {"kind": "internal", "message": bug_message(request)}},
                            status_code=500, headers=NO_STORE)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, err: Exception) -> JSONResponse:
        # Starlette re-raises after answering, so the server logs the traceback.
        return JSONResponse({"error": {"kind": "internal", "message": bug_message(request)}},
                            status_code=500, headers=NO_STORE)

    def openapi() -> dict[str, Any]:
        # the POST bodies are read in the build worker (bodies.py): their models are added here
        if app.openapi_schema is None:
            app.openapi_schema = add_body_schemas(FastAPI.openapi(app),
                                                  [GraphRequest, DescentRequest])
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
