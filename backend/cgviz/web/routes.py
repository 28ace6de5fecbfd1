"""Thin routes (docs/api.md): validate the request, call the core, send its answer.

Routes that call the core wait for a free build worker without holding a thread, then call
it from the threadpool, so a slow program never blocks the event loop (web/sandbox.py). GET
answers are pure functions of the query: they are computed once and kept (web/answers.py),
carry a weak ETag and may be cached by clients; errors are `no-store`. Every build runs in a
worker process (web/sandbox.py).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse

from ..render.slides import MAX_WIDTH, MIN_WIDTH
from .answers import answers, built, from_body, kept, respond, sandbox
from .bodies import MALFORMED, body_doc
from .cache import Answer, query_key
from .compute import graph_json, graph_json_of_body, graph_svg, node_json
from .deps import SettingsDep
from .models import (
    DescentRequest,
    DescentResponse,
    ErrorResponse,
    GraphRequest,
    GraphResponse,
    Health,
    InternalErrorResponse,
    NodeDataResponse,
    NotFoundResponse,
)
from .page import STREAM_FROM, page_answer, streamed_page
from .query import OPTIONS, OPTIONS_DOC, VALUES, VALUES_DOC, strict
from .responses import JSON, NO_STORE, SVG
from .teach import descent_json_of_body
from .view import EXAMPLE, View, draw, quiz_of, step_caption, theme_of

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "A mistake in the program (kind, line, column)"},
    500: {"model": InternalErrorResponse, "description": "A bug in cgviz (logged)"},
}
NOT_MODIFIED: dict[int | str, dict[str, Any]] = {
    304: {"description": "Not modified: `If-None-Match` matched the ETag"},
}

Source = Annotated[str, Query(description="The program (docs/language.md).",
                              examples=[EXAMPLE])]
Values = Annotated[str | None, Query(description=VALUES_DOC)]
Options = Annotated[str | None, Query(description=OPTIONS_DOC)]
Theme = Annotated[Literal["light", "dark"], Query(description="Colours of the picture.")]
SlideWidth = Annotated[int | None, Query(
    ge=MIN_WIDTH, le=MAX_WIDTH, description="Fold a wider circuit into bands stacked top to "
    "bottom until the picture is at most this many px wide, its text at its own size.")]
Fit = Annotated[bool, Query(description="With width: make the picture exactly that wide, "
                            "folding only as far as keeps its text at least 12 px, then "
                            "scaling.")]
NodeId = Annotated[str, Query(description="A node's id, as the graph JSON has it.",
                               examples=["n0"])]
Start = Annotated[int, Query(ge=0, description="First row (column) of the window.")]
Count = Annotated[int | None, Query(ge=0, description="Rows (columns) in the window; "
                                    "absent: as many as there are and fit.")]
PageParam = Annotated[str | None, Query(description="Optional; bad values fall back to defaults.")]

api = APIRouter(tags=["graph"])
pages = APIRouter(tags=["pages"])


@api.post("/api/graph", response_model=GraphResponse, responses={**ERRORS, **MALFORMED},
          openapi_extra=body_doc(GraphRequest))
async def post_graph(request: Request, settings: SettingsDep) -> Response:
    """The graph JSON of a program: nodes with values and gradients, edges, steps, layout.
    The body (`GraphRequest`) is read in the build worker (web/bodies.py)."""
    return Response(await from_body(request, graph_json_of_body, settings), media_type=JSON)


@api.get("/api/graph", response_model=GraphResponse, responses={**ERRORS, **NOT_MODIFIED})
async def get_graph(request: Request, settings: SettingsDep, source: Source,
                    values: Values = None, options: Options = None) -> Response:
    """The same as `POST /api/graph`, for links and caches (`values`, `options` are JSON)."""
    async def compute() -> Answer:
        return await built(request, JSON, graph_json, source, strict("values", values, VALUES),
                           strict("options", options, OPTIONS), settings)

    return await kept(request, compute)


@api.get("/api/graph/node", response_model=NodeDataResponse,
         responses={**ERRORS, **NOT_MODIFIED,
                    404: {"model": NotFoundResponse, "description": "No node of that id"}})
async def get_graph_node(request: Request, settings: SettingsDep, source: Source,
                         node: NodeId, values: Values = None, options: Options = None,
                         row: Start = 0, col: Start = 0, rows: Count = None,
                         cols: Count = None) -> Response:
    """One node's values and gradients in full, where the graph JSON sends a summary (a tensor
    of more than `max_json_elements` elements): a window of the tensor read as a matrix, at
    most `max_page_elements` elements; the answer says which window it is. Same query and
    cache rules as `GET /api/graph`."""
    async def compute() -> Answer:
        return await built(request, JSON, node_json, source, strict("values", values, VALUES),
                           strict("options", options, OPTIONS), settings, node,
                           (row, col, rows, cols))

    return await kept(request, compute)


@api.get(
    "/api/graph.svg",
    response_class=Response,
    responses={200: {"content": {SVG: {}}, "description": "The circuit as an SVG image"},
               **ERRORS, **NOT_MODIFIED},
)
async def get_graph_svg(request: Request, settings: SettingsDep, source: Source,
                        values: Values = None, options: Options = None,
                        theme: Theme = "light", width: SlideWidth = None,
                        fit: Fit = False) -> Response:
    """The circuit as a standalone SVG image, for `<img src=…>` where scripts are not allowed
    and for slides (`width`, `fit`: docs/api.md, "Pictures for slides")."""
    if fit and width is None:
        raise RequestValidationError([{"type": "missing", "loc": ("query", "width"),
                                       "msg": "fit scales the picture to a width: give width "
                                              "too", "input": None}])

    async def compute() -> Answer:
        return await built(request, SVG, graph_svg, source, strict("values", values, VALUES),
                           strict("options", options, OPTIONS), settings, theme, width, fit)

    return await kept(request, compute)


@api.get("/healthz", response_model=Health, tags=["meta"])
async def healthz(response: Response) -> dict[str, str]:
    response.headers.update(NO_STORE)
    return {"status": "ok"}


@pages.get("/docs", response_class=HTMLResponse, include_in_schema=False)
async def api_docs(request: Request) -> HTMLResponse:
    """The interactive API docs: Swagger UI served by the app (no CDN; works offline)."""
    root = request.scope.get("root_path", "")
    html = request.app.state.templates.get_template("apidocs.html.j2").render(
        static=f"{root}/static/{request.app.state.static_version}",
        openapi=f"{root}{request.app.openapi_url}")
    return HTMLResponse(html, headers={"Cache-Control": "no-cache"})


@pages.get("/", response_class=HTMLResponse)
async def index(request: Request, settings: SettingsDep, source: PageParam = None,
                values: PageParam = None, options: PageParam = None,
                theme: PageParam = None, lang: PageParam = None,
                quiz: PageParam = None) -> Response:
    """The app. The server draws the first paint, which also works without JavaScript (a Draw
    button); the browser app (frontend/js/app.js) then takes over from the graph JSON in the
    page. The rest of the view state (step, speed, view…) is the app's. A long program's page
    is sent head first (web/page.py) unless it is kept already."""
    def whole() -> Answer:
        view = draw(source, values, options, theme, settings, far_apart=True,
                    run=sandbox(request).run)
        view.quiz = quiz_of(quiz)
        return page_answer(request, "index.html.j2", view)

    async def compute() -> Answer:
        return await sandbox(request).admitted(whole)

    key = query_key(request)
    if len(source or "") >= STREAM_FROM and answers(request).peek(key) is None:
        first = View(source=source or "", theme=theme_of(theme), quiz=quiz_of(quiz))
        return streamed_page(request, "index.html.j2", first,
                             lambda: answers(request).get(key, compute))
    return respond(request, await answers(request).get(key, compute))


@pages.get("/embed", response_class=HTMLResponse)
async def embed(request: Request, settings: SettingsDep, source: PageParam = None,
                values: PageParam = None, options: PageParam = None, step: PageParam = None,
                autoplay: PageParam = None, controls: PageParam = None, hide: PageParam = None,
                theme: PageParam = None, lang: PageParam = None,
                quiz: PageParam = None) -> Response:
    """The embeddable view for iframes; bad parameters fall back to defaults."""
    def whole() -> Answer:
        view = draw(source, values, options, theme, settings, run=sandbox(request).run)
        view.quiz = quiz_of(quiz)
        hidden = {part.strip() for part in (hide or "").split(",")}
        # a quiz's first paint states no step: a backward caption would give answers away
        return page_answer(request, "embed.html.j2", view,
                           caption="" if view.quiz else step_caption(view.captions, step),
                           show_caption="caption" not in hidden, hidden=hidden,
                           inline=None)  # linked, not inlined: web/offline.py inlines

    async def compute() -> Answer:
        return await sandbox(request).admitted(whole)

    return await kept(request, compute)


# ---- teaching: gradient descent -------------------------------------------------------------


@api.post("/api/descent", response_model=DescentResponse, responses={**ERRORS, **MALFORMED},
          tags=["teaching"],
          openapi_extra=body_doc(DescentRequest))
async def post_descent(request: Request, settings: SettingsDep) -> Response:
    """Gradient descent on the program's output (a scalar loss): the loss before the first step
    and after each step, and the parameters' final values (and optionally the final graph)."""
    return Response(await from_body(request, descent_json_of_body, settings), media_type=JSON,
                    headers=NO_STORE)
