"""A laid-out graph → a standalone SVG drawn like the CS231n figures (no script, no fetches).

Geometry in Python, placement in the template (one visual spec for the server and the browser): this
module turns nodes into flat lists of ready-formatted strings, one list per layer (edges under gates
under text), and `templates/circuit.svg.j2` only places them. Colours sit on each layer's group, so
the file stays small and CSS (or a theme) can override them; every element carries `data-node="n3"`
and a class (`wire`, `label`, `value`, `grad`, `gate`, `symbol`, `edge`, …) for the frontend and the
tests. Every coordinate goes through `format_coordinate`, every number shown through
`format_number`."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemLoader, Template
from markupsafe import escape

from ..core.format import format_coordinate
from ..i18n import message
from .boxes import TITLE_FONT
from .fold import Folded, Route
from .layout import (
    FONT,
    PILL_FONT,
    SHAPE_FONT,
    SYMBOL_ROOM,
    TEXT_INSET,
    WARNING_FONT,
    R,
    Texts,
    gate_half_width,
    measure,
    text_width,
    wire_texts,
)
from .tiles import Tile, Tiler

if TYPE_CHECKING:
    from ..core.graph import Graph, Group, Node

ABOVE = -6.0  # baseline of a name or value, relative to the wire (the notes' numbers)
BELOW = 17.0  # baseline of a gradient
SYMBOL_FONT = 20.0
FONT_FAMILY = 'ui-sans-serif, system-ui, "DejaVu Sans", Arial, sans-serif'
EXPORT_FONT_FAMILY = '"DejaVu Sans", sans-serif'  # the widest of the list (layout.py)
REPEAT_SPREAD = 0.3  # radians between the arrows of `a * a` at the gate, so both show
LAYERS = ("edges", "outs", "gates", "wires", "consts", "labels", "shapes", "values", "grads",
          "warnings")  # what the template places, each a list of rows of formatted strings
Row = tuple[Any, ...]
_NO_SYMBOL = (R, 0.0, 0.0, "", "")  # an input's or a constant's: no gate
_PLAIN = re.compile("[^<>&\"'\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]*")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML 1.0


@dataclass(frozen=True, slots=True)
class Theme:
    background: str
    line: str  # wires, arrows, gate outlines, names and symbols
    gate_fill: str
    value: str  # green, above the wire
    grad: str  # red, below the wire
    muted: str  # constants, shapes
    warning: str
    group: str  # group boxes and their titles (docs/language.md, "Groups")


# The page's palette (frontend/css/app.css); each text colour is at least 4.5:1 on its ground.
THEMES = {
    "light": Theme("#ffffff", "#000000", "#ffffff", "#2e7d32", "#c62828", "#5f6673", "#a04f00",
                   "#2f5f9e"),
    "dark": Theme("#15181e", "#e6e9ee", "#1d2129", "#7bd88f", "#ff7b7b", "#9aa3b1", "#ffb454",
                  "#8fb4e8"),
}


def render_svg(graph: Graph, theme: str = "light", digits: int = 2, *,
               folded: Folded | None = None, scale: float = 1.0, export: bool = False) -> str:
    """The picture of a laid-out graph; the same graph always gives the same bytes. `folded`:
    drawn in bands instead (fold.py); `scale`: its width and height times this, the drawing
    (viewBox) the same; `export`: for cairosvg (export.py), which takes only the first font of
    a list and ignores paint-order, so the SVG names the one font the layout measures for and
    draws each box title's halo as a text of its own, under it."""
    return _render(graph, theme, digits, False, folded, scale, export)[0]


def render_page_svg(graph: Graph, theme: str = "light", digits: int = 2) -> tuple[str, bool]:
    """The picture for the app's page: the far tiles' groups left empty, for the app to fill
    from the graph JSON when the view reaches them (tiles.py); and whether any was."""
    return _render(graph, theme, digits, True)


def _render(graph: Graph, theme: str, digits: int, apart: bool, folded: Folded | None = None,
            scale: float = 1.0, export: bool = False) -> tuple[str, bool]:
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; expected one of {', '.join(THEMES)}")
    nodes = graph.nodes if folded is None else folded.nodes
    if graph.texts is not None and graph.texts[0] == digits:  # as the layout measured them
        texts, wire, gap = graph.texts[1], graph.wire_length, graph.gate_gap
    else:
        texts = wire_texts(nodes, digits)
        metrics = measure(nodes, texts)
        wire, gap = metrics.wire_length, metrics.gate_gap
    routes = [] if folded is None else folded.routes
    layers = _tiled(*_layers(nodes, texts, wire, gap, {(r.target, r.port) for r in routes}))
    width, height = (graph.width, graph.height) if folded is None else (folded.width,
                                                                       folded.height)
    found = ([(k, g.box) for k, g in enumerate(graph.groups) if g.box is not None]
             if folded is None else folded.boxes)
    fc = format_coordinate
    svg = _template().render(
        boxes=_boxes(found, graph.groups), title_font=fc(TITLE_FONT), routes=_route_rows(routes),
        width=fc(width * scale), height=fc(height * scale), view_width=fc(width),
        view_height=fc(height), theme=theme, colours=THEMES[theme],
        font_family=EXPORT_FONT_FAMILY if export else FONT_FAMILY, halo=export,
        font=fc(FONT), shape_font=fc(SHAPE_FONT),
        warning_font=fc(WARNING_FONT), r=fc(R), title=_xml(_title(graph)),
        desc=_xml(_desc(graph, texts)), apart=apart, **layers,
    )
    return svg, apart and any(tile.far for tiles in layers.values() for tile in tiles)


def _tiled(layers: dict[str, list[Row]], tiler: Tiler) -> dict[str, list[Tile]]:
    """Each layer's rows by tile (tiles.py); the gates' outputs go with the arrows."""
    tiled = {name: tiler.group(rows) for name, rows in layers.items()
             if name not in ("edges", "outs")}
    tiled["edges"] = tiler.group(layers["edges"], layers["outs"])
    return tiled


def _layers(nodes: list[Node], texts: list[Texts], wire: float, gap: float,
            routed: set[tuple[int, int]]) -> tuple[dict[str, list[Row]], Tiler]:
    """One list of rows of formatted, escaped strings per layer; `n` is the node id in each;
    and the tile of every node, with how far its elements reach (tiles.py). The edges in
    `routed` (gate, port) are drawn as their routes instead (fold.py).

    Strings that depend only on a wire's x (its column) or only on its y are formatted once
    per distinct x or y: a big graph has few columns or few rows, never many of both."""
    layers: dict[str, list[Row]] = {name: [] for name in LAYERS}
    edges, outs, gates, wires, consts = (layers[k] for k in LAYERS[:5])
    labels, shapes, values, grads, warnings = (layers[k] for k in LAYERS[5:])
    by_x: dict[float, tuple[str, ...]] = {}
    by_y: dict[float, tuple[str, ...]] = {}
    # per gate symbol: half the gate's width, the symbol's font size and baseline offset, the
    # symbol escaped and its font size formatted (a big circuit has few distinct symbols)
    symbols: dict[str, tuple[float, float, float, str, str]] = {}
    fc = format_coordinate
    tiler = Tiler()
    for node, t in zip(nodes, texts, strict=True):
        nid, x, y = f"n{node.index}", node.x, node.y
        names = text_width(t.label, FONT) if t.label else 0.0
        if t.shape:
            names = max(names, text_width(t.shape, SHAPE_FONT))
        reach = x - TEXT_INSET - names  # names end left of the wire, a gate left of them
        symbol = symbols.get(node.symbol) if node.kind == "op" else _NO_SYMBOL
        if symbol is None:
            size, dy = symbol_metrics(node.symbol)
            symbol = symbols[node.symbol] = (gate_half_width(node.symbol), size, dy,
                                             _xml(node.symbol), fc(size))
        if node.kind == "op":
            half = symbol[0]
            tiler.add(nid, x, y, min(reach, x - gap - 2 * half), y + ABOVE - FONT - 4)
        else:
            tiler.add(nid, x, y, reach, y + ABOVE - FONT - 4)
        xs = by_x.get(x)
        if xs is None:  # wire ends, text start, name end, gate centre, its right and left
            cx = x - gap - R
            xs = by_x[x] = (fc(x), fc(x + wire), fc(x + TEXT_INSET), fc(x - TEXT_INSET),
                            fc(cx), fc(cx + R), fc(cx - R))
        ys = by_y.get(y)
        if ys is None:  # the wire, the names and values above, the gradients below
            ys = by_y[y] = (fc(y), fc(y + ABOVE), fc(y + BELOW))
        fx, fx_end, tx, left, fcx, fcx_edge, _ = xs
        fy, above, below = ys
        font = "" if t.font == FONT else fc(t.font)  # scalars take the layer's size
        if node.kind == "const":  # a number drawn as data; a named one (`n`, `Yb`) says its name
            consts.append((nid, fx, fy, fx_end, tx, above, t.value, font))
            if t.label:
                labels.append((nid, left, above, _xml(t.label)))
            continue
        wires.append((nid, fx, fy, fx_end))
        if t.label:
            labels.append((nid, left, above, _xml(t.label)))
        if t.shape:
            shapes.append((nid, left, below, t.shape))
        if t.value:
            values.append((nid, tx, above, t.value, font))
        if t.grad:
            grads.append((nid, tx, below, t.grad, font))
        if node.warning:  # just after the value; measure() left room for it on the wire
            wx = x + 2 * TEXT_INSET + text_width(t.value, t.font)
            warnings.append((nid, fc(wx), above, _xml(node.warning)))
        if node.kind != "op":
            continue
        half, _, dy, symbol_text, size_text = symbol
        if half == R:
            gates.append((nid, fcx, fy, fc(y + dy), size_text, symbol_text,
                          _xml(node.text or node.name), ()))
            _arrows(node, nodes, wire, x - gap - R, by_x[x][6], by_x, by_y, edges, routed)
        else:  # a pill: its right end where the circle's would be, arrows at its left cap
            cap = x - gap - 2 * half + R
            pill = (fc(x - gap - 2 * half), fc(y - R), fc(2 * half), fc(2 * R))
            gates.append((nid, fc(x - gap - half), fy, fc(y + dy), size_text, symbol_text,
                          _xml(node.text or node.name), pill))
            _arrows(node, nodes, wire, cap, fc(cap - R), by_x, by_y, edges, routed)
        outs.append((nid, fcx_edge, fy, fx))
        for j in node.inputs:  # an arrow starts at its input wire's right end
            tiler.reach(nid, nodes[j].x + wire, nodes[j].y)
    return layers, tiler


def _arrows(node: Node, nodes: list[Node], wire: float, cx: float, left: str,
            by_x: dict[float, tuple[str, ...]], by_y: dict[float, tuple[str, ...]],
            edges: list[Row], routed: set[tuple[int, int]]) -> None:
    """One arrow per input, in port order, from the input wire's right end to the gate's
    circle (a pill's left cap), aimed at its centre; `left` is the circle's left point. The
    arrows of `a * a` fan out a little, so both show. None for an edge in `routed`."""
    nid, y = f"n{node.index}", node.y
    inputs = node.inputs
    n = len(inputs)  # one or two inputs (most gates): no set needed to see a repeat
    repeated = n == 2 and inputs[0] == inputs[1] if n <= 2 else len(set(inputs)) < n
    repeats = Counter(inputs) if repeated else None
    seen: dict[int, int] = {}
    for port, j in enumerate(inputs):
        if routed and (node.index, port) in routed:
            continue
        src = nodes[j]
        sx, sy = by_x[src.x][1], by_y[src.y][0]  # inputs come first: their strings exist
        if src.y == y and repeats is None:  # straight in, to the circle's left point
            edges.append((nid, f"n{j}", port, sx, sy, left, by_y[y][0]))
            continue
        angle = math.atan2(src.y - y, src.x + wire - cx)
        if repeats is not None and repeats[j] > 1:
            k = seen[j] = seen.get(j, -1) + 1
            angle += (k - (repeats[j] - 1) / 2) * REPEAT_SPREAD
        ex, ey = cx + R * math.cos(angle), y + R * math.sin(angle)
        edges.append((nid, f"n{j}", port, sx, sy, format_coordinate(ex), format_coordinate(ey)))


@lru_cache(maxsize=256)
def symbol_metrics(symbol: str) -> tuple[float, float]:
    """Font size that fits the symbol inside the circle, and its baseline offset from the centre
    (a lone `*` sits high in its glyph box, so it goes lower, as in the notes)."""
    size = SYMBOL_FONT
    wide = text_width(symbol, 1.0)
    if wide * PILL_FONT > SYMBOL_ROOM:  # a name in a pill (layout.gate_half_width)
        size = PILL_FONT
    elif wide * size > SYMBOL_ROOM:
        size = max(9.0, math.floor(SYMBOL_ROOM / wide))
    dy = 0.5 * size if symbol == "*" else 0.35 * size
    return size, dy


def _boxes(found: list[tuple[int, tuple[float, float, float, float]]],
           groups: list[Group]) -> list[Row]:
    """Every box and its title (docs/language.md, "Groups"), outer boxes first: (group index,
    box) — the layout's, one per expanded group, or a folded picture's (fold.py), where a
    group cut by a fold has one in each of its bands."""
    fc = format_coordinate
    return [(f"g{k}", _xml(groups[k].name), fc(x), fc(y), fc(w), fc(h), fc(x + 10), fc(y + 4))
            for k, (x, y, w, h) in found]


def _route_rows(routes: list[Route]) -> list[Row]:
    fc = format_coordinate
    return [(f"n{r.target}", f"n{r.source}", r.port,
             " ".join(f"{fc(x)},{fc(y)}" for x, y in r.points)) for r in routes]


def _title(graph: Graph) -> str:
    """The picture's name, in the language spoken (`cgviz.i18n.speaking`): a page's, an answer's."""
    program = "; ".join(line.strip() for line in graph.source.splitlines() if line.strip())
    if len(program) > 80:
        program = program[:79] + "…"
    return (message("ui.circuit_title", program=program) if program
            else message("ui.circuit_title_empty"))


def _desc(graph: Graph, texts: list[Texts]) -> str:
    nodes = graph.nodes
    gates = sum(1 for n in nodes if n.kind == "op")
    parts = [message("ui.circuit_desc", wires=len(nodes), gates=gates)]
    if 0 <= graph.output < len(nodes):
        out = texts[graph.output]
        name = nodes[graph.output].name
        parts.append(message("ui.circuit_desc_output_grad", name=name, value=out.value,
                             grad=out.grad) if out.grad
                     else message("ui.circuit_desc_output", name=name, value=out.value))
    inputs = [i for i, n in enumerate(nodes) if n.kind == "input"][:21]
    if inputs:
        gradient = message("ui.gradient")
        listed = [f"{nodes[i].name} = {texts[i].value}"
                  + (f" ({gradient} {texts[i].grad})" if texts[i].grad else "")
                  for i in inputs[:20]]
        parts.append(message("ui.circuit_desc_inputs",
                             inputs="; ".join(listed) + ("; …" if len(inputs) > 20 else "")))
    return " ".join(parts)


def _xml(text: str) -> str:
    """User text, escaped for XML and minus the characters XML 1.0 cannot carry."""
    if _PLAIN.fullmatch(text):  # most names and symbols: nothing to do (hot: a call per gate)
        return text
    return str(escape(_NOT_XML.sub("\ufffd", text)))


@lru_cache(maxsize=1)
def _template() -> Template:
    # No autoescape: it costs a call per number (a million for 100,000 nodes). Every string the
    # template gets is either ours (numbers, ids, colours) or user text that went through _xml.
    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                      autoescape=False, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)
    return env.get_template("circuit.svg.j2")
