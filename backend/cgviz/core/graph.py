"""The circuit as data: nodes in topological (creation) order, plus the trace and the layout.

A node is a wire. `input` and `const` nodes are leaves; an `op` node is a gate together with
the wire it writes. `inputs` keeps argument order and repeats (`a * a` is two edges).
"""

from __future__ import annotations

import warnings
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from .format import to_json

NodeKind = Literal["input", "const", "op"]


@dataclass(slots=True, eq=False)
class Node:
    index: int
    kind: NodeKind
    op: str | None = None  # registry name for op nodes
    label: str | None = None  # variable name (inputs, named intermediates)
    inputs: list[int] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)  # e.g. {"c": 1.0} for a `+1` gate
    symbol: str = ""  # what the gate circle shows: "+", "*-1", "1/x", "σ"
    text: str = ""  # the source text of the expression, for captions
    line: int = 1
    column: int = 1
    value: np.ndarray | None = None
    grad: np.ndarray | None = None
    warning: str | None = None
    x: float = 0.0
    y: float = 0.0
    extra: dict[str, Any] | None = None  # fields options add to the JSON (gradcheck)
    group: str | None = None  # the function an expanded gate came from (a click collapses it)

    @property
    def id(self) -> str:
        return f"n{self.index}"

    @property
    def shape(self) -> tuple[int, ...]:
        v = self.value
        if type(v) is np.ndarray:  # what the engine makes: np.shape would only ask it
            return v.shape
        return () if v is None else tuple(np.shape(v))

    @property
    def name(self) -> str:
        """How captions refer to this wire: its label, else its source text."""
        if self.label:
            return self.label
        text = self.text
        if len(text) > 24:  # cut short, keeping a bracketed span's closing bracket
            text = text[:22] + "…)" if text[0] == "(" and text[-1] == ")" else text[:23] + "…"
        return f"({text})" if self.kind == "op" and _is_compound(text) else text

    def to_dict(self, limit: int | None) -> dict[str, Any]:
        """The node's JSON; tensors of more than `limit` elements as summaries (format.py)."""
        d: dict[str, Any] = {
            "id": f"n{self.index}",
            "kind": self.kind,
            "op": self.op,
            "label": self.label,
            "symbol": self.symbol or None,
            "text": self.text,
            "inputs": [f"n{i}" for i in self.inputs],
            "value": to_json(self.value, limit),
            "grad": to_json(self.grad, limit),
            "shape": list(self.shape),
            "x": self.x,
            "y": self.y,
            "line": self.line,
            "column": self.column,
        }
        if self.warning:
            d["warning"] = self.warning
        if self.group:  # the app collapses an expanded function by a click on any of its gates
            d["group"] = self.group
        if self.extra:
            d.update(self.extra)
        return d




@dataclass(slots=True, eq=False)
class Group:
    """A function's gates (docs/language.md): a call of the program's own `def`, or a built-in
    composite (sigmoid, tanh, softmax, …). Drawn expanded (a titled box around `nodes`) or
    collapsed (`nodes` is the one gate that stands for them all). Indices are node indices;
    `parent` is the index of the enclosing group in `Graph.groups` (nested calls)."""

    name: str
    nodes: list[int]
    inputs: list[int]
    output: int
    builtin: bool = False
    collapsed: bool = False
    parent: int | None = None
    box: tuple[float, float, float, float] | None = None  # x, y, width, height (layout.py)

    def to_dict(self, index: int) -> dict[str, Any]:
        return {"id": f"g{index}", "name": self.name, "nodes": [f"n{i}" for i in self.nodes],
                "inputs": [f"n{i}" for i in self.inputs], "output": f"n{self.output}",
                "collapsed": self.collapsed, "builtin": self.builtin,
                "parent": None if self.parent is None else f"g{self.parent}",
                "box": None if self.box is None else dict(zip(("x", "y", "width", "height"),
                                                               self.box, strict=True))}


@dataclass(slots=True, eq=False)
class Graph:
    source: str
    nodes: list[Node]
    output: int
    steps: list[dict[str, Any]] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0
    wire_length: float = 70.0  # every wire's length in this picture (layout.py)
    gate_gap: float = 20.0  # from a gate circle's right edge to its output wire
    gate_radius: float = 20.0  # of the gate circles (layout.py's GATE_RADIUS)
    warnings: list[str] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)  # parents before their children
    options: dict[str, Any] = field(default_factory=dict)
    code: dict[str, str] | None = None  # options.code: the staged forward and backward code
    checks: list[Any] = field(default_factory=list)  # a hand-written backward pass (checks.py)
    # (digits, every wire's texts) as the layout measured them: the picture at those digits
    # reuses them instead of formatting every number again (layout.py, svg.py)
    texts: tuple[int, list[Any]] | None = field(default=None, repr=False, compare=False)
    # Tensors of more than this many elements go into the JSON as summaries (docs/api.md,
    # `Settings.max_json_elements`; build() sets it, and the trace's steps are made with it).
    json_limit: int | None = None
    # What build() was given, so the graph can be drawn again as a page (to_html, widget):
    # the page holds the trace in every language, and a caption is words.
    given_values: dict[str, Any] = field(default_factory=dict, repr=False)
    given_options: dict[str, Any] = field(default_factory=dict, repr=False)

    def node(self, node_id: str) -> Node | None:
        """The node of id `n3`, or None if this graph has no such node."""
        if not (node_id[:1] == "n" and node_id[1:].isascii() and node_id[1:].isdigit()):
            return None
        index = int(node_id[1:])
        node = self.nodes[index] if index < len(self.nodes) else None
        return node if node is not None and node.id == node_id else None

    def to_dict(self) -> dict[str, Any]:
        d = {
            "source": self.source,
            "output": f"n{self.output}",
            "nodes": [n.to_dict(self.json_limit) for n in self.nodes],
            "edges": [
                {"source": f"n{i}", "target": n.id, "port": port}
                for n in self.nodes
                for port, i in enumerate(n.inputs)
            ],
            "steps": self.steps,
            "groups": [g.to_dict(i) for i, g in enumerate(self.groups)],
            "checks": [c.to_dict(self.json_limit) for c in self.checks],
            "layout": {"width": self.width, "height": self.height,
                       "wire_length": self.wire_length, "gate_gap": self.gate_gap,
                       "gate_radius": self.gate_radius},
            "warnings": list(self.warnings),
        }
        if self.code is not None:
            d["code"] = self.code
        return d

    def to_svg(self, theme: str = "light", digits: int = 2, width: float | None = None,
               fit: bool = False) -> str:
        """The picture. `width` (px): folded into bands until it is at most that wide; `fit`:
        scaled to exactly `width` too (docs/api.md, "Pictures for slides"). What cannot be
        met is drawn as near as it can be, with a UserWarning."""
        # the renderer is imported here, not by the module: the graph is data, and drawing it
        # (layout.py, svg.py) depends on it, never the other way round
        from ..render.slides import picture

        drawn = picture(self, theme, digits, width, fit)
        _warn(drawn.notes)
        return drawn.svg

    def to_png(self, theme: str = "light", digits: int = 2, width: float | None = None,
               fit: bool = False, scale: float = 2.0) -> bytes:
        """The picture as a PNG of `scale` pixels per px (2: crisp on a projector); needs
        `pip install 'cgviz[export]'` (render/export.py)."""
        from ..render.export import export

        data, notes = export(self, "png", theme, digits, width, fit, scale)
        _warn(notes)
        return data

    def to_pdf(self, theme: str = "light", digits: int = 2, width: float | None = None,
               fit: bool = False) -> bytes:
        """The picture as a one-page vector PDF; needs `pip install 'cgviz[export]'`."""
        from ..render.export import export

        data, notes = export(self, "pdf", theme, digits, width, fit)
        _warn(notes)
        return data

    def to_html(self, *, digits: int | None = None, **view: Any) -> str:
        """The circuit as one self-contained HTML file (docs/embed.md, "One file, offline"):
        the embed's page with its script, styles and this graph inside, in every language.
        `view`: the embed's parameters — `step` (an index or "end"), `quiz` (True or
        "inputs"), `theme`, `lang`, `controls`, `hide` (parts), `autoplay`; `digits` as
        `options.digits`. Raises ValueError for a parameter the embed does not take."""
        from ..web.offline import EmbedView, offline_html

        return offline_html(self.source, self.given_values, self._options(digits),
                            EmbedView(**view))

    def widget(self, *, digits: int | None = None, **view: Any) -> Any:
        """The circuit as a notebook widget with the step controls (cgviz/notebook.py; needs
        anywidget: `pip install cgviz[notebook]`); the same parameters as `to_html`, but
        `hide` is ("editor",) unless given: the notebook's cell is the program's editor."""
        from ..notebook import circuit_widget
        from ..web.offline import EmbedView

        view.setdefault("hide", ("editor",))
        return circuit_widget(self, EmbedView(**view), self._options(digits))

    def _options(self, digits: int | None) -> dict[str, Any]:
        return {**self.given_options, **({} if digits is None else {"digits": digits})}

    def __repr__(self) -> str:
        """`<cgviz graph: 12 nodes, output f = -12.00>`: short, as a notebook saves its
        text/plain beside the picture (the dataclass's own repr listed every node)."""
        from .format import format_summary

        out = self.nodes[self.output] if 0 <= self.output < len(self.nodes) else None
        name = "" if out is None else out.label or out.name.removeprefix("(").removesuffix(")")
        shown = "" if out is None else f", output {name} = {format_summary(out.value)}"
        if out is not None and out.shape:
            shown += f" ({'×'.join(map(str, out.shape))})"
        return f"<cgviz graph: {len(self.nodes)} nodes{shown}>"

    def _repr_svg_(self) -> str:  # a front end that asks for the picture alone
        return self.to_svg()

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None
                          ) -> tuple[dict[str, Any], dict[str, Any]]:
        """Jupyter: the interactive circuit where the front end shows widgets (and anywidget
        is installed), with the SVG beside it for every other reader of the notebook (GitHub,
        nbconvert) and the short text."""
        data: dict[str, Any] = {}
        metadata: dict[str, Any] = {}
        with suppress(ImportError):  # no anywidget: the picture alone, as before it
            data, metadata = self.widget()._repr_mimebundle_()
        return {**data, "image/svg+xml": self.to_svg(), "text/plain": repr(self)}, metadata


def _warn(notes: tuple[str, ...]) -> None:
    for note in notes:  # from the caller of to_svg/to_png/to_pdf
        warnings.warn(note, UserWarning, stacklevel=3)


def _is_compound(text: str) -> bool:
    """Whether source text needs parentheses to be read as one operand (`x*y`, not `exp(x)`)."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif depth == 0 and i > 0 and ch in "+-*/@^ ":
            return True
    return False
