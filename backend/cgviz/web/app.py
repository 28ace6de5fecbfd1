"""`create_app(settings)`: the FastAPI application (SPEC §2). Nothing happens at import time.

    uvicorn --factory cgviz.web.app:create_app
"""

from __future__ import annotations

import jinja2
from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from .. import __version__
from ..errors import CircuitError
from ..i18n import render
from ..resources import frontend_dir, templates_dir
from ..settings import Settings, get_settings
from ..window import UnknownNode
from .assets import Assets
from .compute import CoreBug
from .language import RequestLanguage, request_language
from .responses import NO_STORE
from .routes import api, pages
from .security import SecurityHeaders

DESCRIPTION = """\
Draw backpropagation circuits the way the CS231n notes do: every value is a wire with its
forward value (green, above) and its gradient (red, below); every operation is a gate.

Mistakes in the program answer **400** with `{"error": {"kind", "message", "line", "column"}}`;
malformed requests answer FastAPI's **422**.

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
    app = FastAPI(title="cgviz", description=DESCRIPTION, version=__version__,
                  max_body_size=max_body_size(settings))
    app.state.settings = settings
    # Templates are `.j2` files, which `select_autoescape()` would leave unescaped.
    app.state.templates = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )

    app.include_router(api)
    app.include_router(pages)
    assets = Assets(frontend_dir())
    app.state.static_version = assets.version  # the pages link /static/<version>/… (assets.py)
    app.mount("/static", assets, name="static")
    app.add_middleware(SecurityHeaders, frame_ancestors=settings.frame_ancestors)
    app.add_middleware(RequestLanguage)
    # The 1,000-node page is 1.3 MB (the server's SVG and the graph JSON, both needed): gzip
    # makes it 220 KB. Level 1 costs ~12 ms on that page where level 9 costs ~90 ms, for 20 %
    # more bytes. Bodies under 1 KB are not worth it; 304s have none. ETags stay those of the
    # uncompressed body (responses.py), and the middleware adds `Vary: Accept-Encoding`.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=1)

    @app.exception_handler(CircuitError)
    async def circuit_error(request: Request, err: CircuitError) -> JSONResponse:
        return JSONResponse(err.to_dict(), status_code=400, headers=NO_STORE)

    @app.exception_handler(UnknownNode)
    async def unknown_node(request: Request, err: UnknownNode) -> JSONResponse:
        return JSONResponse({"error": {"kind": "node", "message": err.message}},
                            status_code=404, headers=NO_STORE)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, err: HTTPException) -> Response:
        # FastAPI answers 400 "There was an error parsing the body" for a body it cannot decode
        # (e.g. not UTF-8); 400 is reserved for mistakes in the program, and SPEC §2 says a
        # malformed body is a 422, so say that, in FastAPI's own 422 shape.
        if err.status_code == 400:
            detail = [{"type": "body_invalid", "loc": ["body"], "msg": str(err.detail),
                       "input": None}]
            return JSONResponse({"detail": detail}, status_code=422, headers=NO_STORE)
        return await http_exception_handler(request, err)

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

    return app
