"""The one place the web layer calls the core (`guarded`; web/teach.py for descent).

A `CircuitError` is the user's mistake and passes through (→ 400), as does `UnknownNode`
(→ 404), and every other `RequestError`. Anything else is a bug in cgviz: it is logged with the
program that triggered it and re-raised as `CoreBug` (→ a JSON 500 that says so), never
swallowed into a fake success.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from ..build import build
from ..core.graph import Graph
from ..errors import RequestError
from ..i18n import speaking
from ..render.slides import picture as slide_picture
from ..render.svg import render_page_svg
from ..settings import Settings
from .bodies import parsed
from .models import GraphOptions, GraphRequest
from .responses import json_bytes
from .window import Window, node_window

log = logging.getLogger("cgviz.web")
T = TypeVar("T")


class CoreBug(Exception):
    """cgviz failed on a program in a way that is not the program's fault."""


def _options(options: GraphOptions | None) -> dict[str, Any]:
    return (options or GraphOptions()).model_dump()


def guarded(what: str, work: Callable[[], T], context: Callable[[], str]) -> T:
    """`work()`; a mistake in the request (and MemoryError, the worker's limit) passes through,
    anything else is logged with `context()` and becomes `CoreBug`."""
    try:
        return work()
    except (RequestError, MemoryError):
        raise
    except Exception as exc:
        log.exception("cgviz failed to %s; %s", what, context())
        raise CoreBug(f"cgviz failed to {what}") from exc


def _run(what: str, source: str, values: dict[str, Any] | None, options: GraphOptions | None,
         settings: Settings, render: Callable[[Graph], T]) -> T:
    return guarded(what, lambda: render(build(source, values, _options(options), settings)),
                   lambda: f"source={source[:2000]!r} values={repr(values)[:2000]} "
                           f"options={options!r}")


def graph_json(source: str, values: dict[str, Any] | None, options: GraphOptions | None,
               settings: Settings) -> bytes:
    """The graph JSON (docs/api.md), as deterministic bytes."""
    return _run("build the graph", source, values, options, settings,
                lambda g: json_bytes(g.to_dict()))


def graph_json_of_body(raw: bytes, settings: Settings) -> bytes:
    """`POST /api/graph`: the body read here, in the worker (web/bodies.py), then the graph."""
    body = parsed(GraphRequest, raw)
    return graph_json(body.source, body.values, body.options, settings)


def node_json(source: str, values: dict[str, Any] | None, options: GraphOptions | None,
              settings: Settings, node_id: str,
              window: tuple[int, int, int | None, int | None]) -> bytes:
    """One node's numbers in full, a window at a time (GET /api/graph/node): `window` is
    (row, col, rows, cols) of the tensor read as a matrix (window.py)."""
    return _run("send a node's numbers", source, values, options, settings,
                lambda g: json_bytes(node_window(g, node_id, Window(*window),
                                                 settings.max_page_elements)))


def graph_svg(source: str, values: dict[str, Any] | None, options: GraphOptions | None,
              settings: Settings, theme: str = "light", width: int | None = None,
              fit: bool = False) -> bytes:
    """The standalone SVG picture of the circuit; with `width`, folded (and with `fit`
    scaled) for a slide that wide, as `cgviz render --width/--fit` draws it."""
    if width is None:
        return picture(source, values, options, settings, theme).svg.encode()
    chosen = options or GraphOptions()

    def render(g: Graph) -> bytes:
        with speaking(chosen.lang):
            return slide_picture(g, theme, chosen.digits, width, fit).svg.encode()

    return _run("draw the graph", source, values, options, settings, render)


@dataclass(frozen=True)
class Picture:
    """What the server-rendered pages show of a graph."""

    svg: str
    captions: list[tuple[str, str]]  # (phase, caption) of every step
    warnings: list[str]
    width: float  # the picture's natural size in px: the page's first paint places it
    height: float  # as the app's first view will (app.css)
    graph: bytes = b""  # the graph JSON, so the browser app takes over without a request
    apart: bool = False  # far tiles left empty, for the app to draw (svg.render_page_svg)


def picture(source: str, values: dict[str, Any] | None, options: GraphOptions | None,
            settings: Settings, theme: str = "light", with_json: bool = False,
            far_apart: bool = False) -> Picture:
    """The picture of a program; `far_apart` for the app's page (svg.render_page_svg)."""
    digits = (options or GraphOptions()).digits

    def render(g: Graph) -> Picture:
        captions = [(str(s.get("phase", "")), str(s.get("caption", ""))) for s in g.steps]
        # the picture's title and description in the language of its captions
        with speaking((options or GraphOptions()).lang):
            svg, apart = (render_page_svg(g, theme=theme, digits=digits) if far_apart
                          else (g.to_svg(theme=theme, digits=digits), False))
        return Picture(svg, captions, list(g.warnings), g.width, g.height,
                       json_bytes(g.to_dict()) if with_json else b"", apart)

    return _run("draw the graph", source, values, options, settings, render)
