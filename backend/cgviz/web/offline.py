"""The `/embed` page as one self-contained HTML file, for a static course site, an e-mail or a
notebook's frame (docs/embed.md, "One file, offline").

`offline_html(source, values, options, view)` renders embed.html.j2 as the server does, with
three differences:

- the embed's bundle is inlined instead of linked: its stylesheet, frontend/dist/embed.css,
  and its module without the program editor, frontend/dist/offline.js (a file with no server
  shows no editor, and CodeMirror was two thirds of the module); esbuild writes both so that
  either can stand inside an HTML element (docs/frontend.md, "The bundle");
- the graph is computed now, in every language the catalogs have (a caption is words: a
  reader's `?lang=ru` needs the Russian trace, not only the Russian labels);
- the view the export asked for (`EmbedView`: step, quiz, theme, …) travels in the page as
  the `/embed` address's parameters, which the file's own address still overrides.

The file asks for nothing. A Content-Security-Policy `<meta>` names the one script and the one
stylesheet by their hashes and allows no connection, so anything that would still try to load
is refused, not sent. Editing the program (and expanding a group, which draws another circuit)
needs the server: the file says so where the editor would be.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlencode

import numpy as np
from pydantic import ValidationError

from ..core.format import script_json
from ..i18n import speaking
from ..i18n.catalog import DEFAULT, LANGUAGES
from ..settings import Settings, get_settings
from .compute import picture
from .models import GraphOptions
from .resources import frontend_dir, page_templates
from .view import THEMES, View, inline_svg, step_caption
from .words import page_words

PARTS = ("editor", "caption", "controls", "inputs")  # what `hide` may name in the embed
Quiz = bool | Literal["1", "inputs"]


@dataclass(frozen=True)
class EmbedView:
    """The embed's view parameters (docs/embed.md, "/embed: the view in the query"), checked:
    a wrong one raises ValueError here, where the embed's address would quietly ignore it."""

    step: int | Literal["end"] = "end"  # an index into the trace, -1 (before it) or "end"
    quiz: Quiz = False  # True (or "1"): every gradient; "inputs": the inputs' only
    theme: str = "light"
    lang: str | None = None  # None: the reader's browser picks (both languages are inside)
    controls: bool = True
    hide: tuple[str, ...] = ()
    autoplay: bool = False

    def __post_init__(self) -> None:
        if self.step != "end" and (isinstance(self.step, bool) or not isinstance(self.step, int)
                                   or self.step < -1):
            raise ValueError(f"step must be an index from -1, or 'end', not {self.step!r}")
        if self.quiz not in (False, True, "1", "inputs"):
            raise ValueError(f"quiz must be True, False or 'inputs', not {self.quiz!r}")
        if self.theme not in THEMES:
            raise ValueError(f"theme must be one of {', '.join(THEMES)}, not {self.theme!r}")
        if self.lang is not None and self.lang not in LANGUAGES:
            raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}, not {self.lang!r}")
        hide = (self.hide,) if isinstance(self.hide, str) else tuple(self.hide)
        unknown = [part for part in hide if part not in PARTS]
        if unknown:
            raise ValueError(f"hide names {', '.join(unknown)}; it takes {', '.join(PARTS)}")
        object.__setattr__(self, "hide", hide)

    @property
    def quiz_mode(self) -> str | None:
        """The address's `quiz` (frontend/js/state.js): "1", "inputs", or None for none."""
        return None if self.quiz is False else "inputs" if self.quiz == "inputs" else "1"

    def query(self, options: dict[str, Any]) -> str:
        """The `/embed` parameters of this view and `options` (defaults left out)."""
        params: dict[str, str] = {}
        if options:
            params["options"] = json.dumps(options, separators=(",", ":"))
        if self.step != "end":
            params["step"] = str(self.step)
        if self.quiz_mode:
            params["quiz"] = self.quiz_mode
        if self.theme != "light":
            params["theme"] = self.theme
        if self.lang:
            params["lang"] = self.lang
        if not self.controls:
            params["controls"] = "0"
        if self.hide:
            params["hide"] = ",".join(self.hide)
        if self.autoplay:
            params["autoplay"] = "1"
        return urlencode(params)


def offline_html(source: str, values: dict[str, Any] | None = None,
                 options: dict[str, Any] | None = None, view: EmbedView | None = None,
                 settings: Settings | None = None) -> str:
    """The whole file. Raises `CircuitError` for a mistake in the program and ValueError for
    options the API would refuse (docs/api.md)."""
    view = view or EmbedView()
    settings = settings or get_settings()
    given = {k: v for k, v in (options or {}).items() if k != "lang"}  # the view's, not these
    try:
        checked = GraphOptions.model_validate(given)
    except ValidationError as exc:
        raise ValueError(f"options: {exc}") from None
    drawn_in = view.lang or DEFAULT
    pictures = {}
    # the language the page is drawn in first: a mistake in the program raises in its words
    for lang in sorted(LANGUAGES, key=lambda lang: lang != drawn_in):
        for_lang = checked.model_copy(update={"lang": lang})
        pictures[lang] = picture(source, values, for_lang, settings, view.theme, with_json=True)
    drawn = pictures.pop(drawn_in) if drawn_in in pictures else pictures.pop(DEFAULT)
    page = View(source=source, theme=view.theme, svg=inline_svg(drawn.svg),
                captions=drawn.captions, warnings=drawn.warnings, width=drawn.width,
                height=drawn.height, options=json.dumps(given) if given else None,
                values=_plain(values or {}), graph=drawn.graph,
                quiz=view.quiz_mode is not None, offline=view.query(given))
    js, css = _bundle("offline.js"), _bundle("embed.css")  # the embed's, without the editor
    inline = {"js": js, "css": css, "csp": _policy(js, css),
              "graphs": {lang: script_json(p.graph.decode()) for lang, p in pictures.items()}}
    with speaking(drawn_in):
        return page_templates().get_template("embed.html.j2").render(
            view=page, static="", inline=inline, hidden=set(view.hide),
            caption="" if page.quiz else step_caption(page.captions, str(view.step)),
            show_caption="caption" not in view.hide, **page_words())


def _bundle(name: str) -> str:
    """A file of the embed's bundle, checked to stand inside its HTML element."""
    text = (frontend_dir() / "dist" / name).read_text(encoding="utf-8")
    closing = "</script" if name.endswith(".js") else "</style"
    if closing in text.lower():
        raise RuntimeError(f"frontend/dist/{name} holds {closing}: rebuild it (make bundle)")
    return text


def _policy(js: str, css: str) -> str:
    """The file's Content-Security-Policy: its own script and stylesheet, by hash; style
    attributes (the first paint sizes the picture with one); `data:` images (the favicon);
    nothing else, no connection above all."""
    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() \
            + "'"

    return (f"default-src 'none'; script-src {digest(js)}; style-src {digest(css)}; "
            "style-src-attr 'unsafe-inline'; img-src data:; base-uri 'none'; "
            "form-action 'none'")


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    """`values` as JSON can hold them: NumPy arrays and scalars as lists and floats."""
    def convert(v: Any) -> Any:
        if isinstance(v, np.ndarray | np.generic):
            return v.tolist()
        raise TypeError(f"a value of type {type(v).__name__} is not a number or an array")

    return dict(json.loads(json.dumps(values, default=convert)))
