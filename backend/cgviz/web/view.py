"""What the server-rendered pages show: the picture, the captions, or the error with a caret.

Pages never fail on the user's input: a mistake in the program is shown in the page (with the
offending line and a caret under the column), and bad view parameters fall back to defaults.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar
from urllib.parse import urlencode

from ..core.format import script_json
from ..errors import CircuitError
from ..i18n import message
from ..settings import Settings
from ..teach.examples import EXAMPLES
from .compute import CoreBug, picture
from .models import GraphOptions
from .query import OPTIONS, VALUES, lenient
from .sandbox import Busy

T = TypeVar("T")


class Runner(Protocol):
    def __call__(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T: ...


# The staged example of the CS231n notes ("Backprop: intuitions").
EXAMPLE = "x = -2; y = 5; z = -4\nq = x + y\nf = q * z"
THEMES = ("light", "dark")
QUIZ_MODES = ("1", "inputs")  # frontend/js/state.js `quiz`
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>\s*")


@dataclass
class ErrorView:
    kind: str
    message: str
    line: int
    column: int
    excerpt: str = ""  # the offending line of the program
    caret: str = ""  # spaces (tabs kept) up to the column, then ^

    @classmethod
    def of(cls, err: CircuitError, source: str) -> ErrorView:
        shown = err.excerpt(source)
        if shown is None:
            return cls(err.kind, err.message, err.line, err.column)
        return cls(err.kind, err.message, err.line, err.column, *shown)


@dataclass
class View:
    source: str
    theme: str = "light"
    svg: str = ""
    captions: list[tuple[str, str]] = field(default_factory=list)  # (phase, caption)
    warnings: list[str] = field(default_factory=list)
    width: float = 0.0  # natural size of the picture
    height: float = 0.0
    options: str | None = None  # the valid `options` JSON, carried over when the form is sent
    error: ErrorView | None = None
    bug: str | None = None  # set when cgviz itself failed; the page answers 500
    busy: bool = False  # every build worker stayed busy: the page says so and answers 503
    links: dict[str, str] = field(default_factory=dict)
    values: dict[str, Any] | None = None  # the valid `values`, for the browser app
    graph: bytes = b""  # the graph JSON, for the browser app
    far_apart: bool = False  # the picture's far tiles are left for the app (tiles.py)
    quiz: bool = False  # the address asks for a quiz: the first paint shows no gradient
    offline: str | None = None  # a one-file export's view, as /embed parameters (offline.py)

    @property
    def status_code(self) -> int:
        return 500 if self.bug else 503 if self.busy else 200

    @property
    def examples(self) -> list[dict[str, Any]]:
        return [e.to_dict() for e in EXAMPLES]

    def script_data(self) -> str:
        """What the browser app starts from, as JSON safe inside `<script type="application/
        json">`: the program as drawn, its valid values and options, the error if any, the
        examples menu. The graph itself goes in `graph_data` (it may be large)."""
        error = self.error
        data = {
            "source": self.source,
            "values": self.values or {},
            "options": json.loads(self.options) if self.options else {},
            "error": None if error is None else {"kind": error.kind, "message": error.message,
                                                 "line": error.line, "column": error.column},
            "bug": self.bug,
            "examples": self.examples,
        }
        if self.offline is not None:  # no server behind this page: its view travels in it
            data.update(offline=True, view=self.offline)
        return script_json(json.dumps(data, ensure_ascii=False))

    def graph_data(self) -> str:
        return script_json(self.graph.decode()) if self.graph else "null"


def theme_of(raw: str | None) -> str:
    return raw if raw in THEMES else "light"


def quiz_of(raw: str | None) -> bool:
    return raw in QUIZ_MODES


def _direct(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    return fn(*args, **kwargs)


def draw(source: str | None, values: str | None, options: str | None, theme: str | None,
         settings: Settings, far_apart: bool = False, run: Runner = _direct) -> View:
    """Build the view for a page from raw (untrusted) query parameters. `far_apart`: the far
    tiles are left for the app to draw (the app's page; svg.render_page_svg). `run` calls the
    core: the server passes its sandbox's (web/sandbox.py)."""
    view = View(source=EXAMPLE if source is None else source, theme=theme_of(theme))
    parsed_values: dict[str, Any] | None = lenient(values, VALUES)
    parsed_options: GraphOptions | None = lenient(options, OPTIONS)
    view.options = options if parsed_options else None
    view.values = parsed_values
    view.links = _links(view.source, values if parsed_values else None,
                        options if parsed_options else None, view.theme)
    try:
        drawn = run(picture, view.source, parsed_values, parsed_options, settings, view.theme,
                    with_json=True, far_apart=far_apart)
        view.svg, view.captions, view.warnings = drawn.svg, drawn.captions, drawn.warnings
        view.width, view.height, view.graph = drawn.width, drawn.height, drawn.graph
        view.far_apart = drawn.apart
    except CircuitError as err:
        view.error = ErrorView.of(err, view.source)
    except CoreBug:
        view.bug = message("error.internal")
    except Busy:
        view.busy = True
        view.error = ErrorView("limit", message("error.limit.busy"), 1, 1)
    view.svg = inline_svg(view.svg)
    return view


def inline_svg(svg: str) -> str:
    """The picture as a page holds it: SVG inside HTML needs no XML declaration."""
    return _XML_DECLARATION.sub("", svg)


def _links(source: str, values: str | None, options: str | None, theme: str) -> dict[str, str]:
    query = {"source": source}
    if values:
        query["values"] = values
    if options:
        query["options"] = options
    svg_query = {**query, "theme": theme} if theme != "light" else query
    return {
        "svg": "api/graph.svg?" + urlencode(svg_query),
        "json": "api/graph?" + urlencode(query),
        "embed": "embed?" + urlencode(svg_query),
    }


def step_caption(captions: list[tuple[str, str]], step: str | None) -> str:
    """The caption of `step` (an index, or `end`); anything else means the last step."""
    if not captions:
        return ""
    if step is not None and step.isascii() and step.isdigit() and len(step) < 10:
        index = int(step)
        if index < len(captions):
            return captions[index][1]
    return captions[-1][1]
