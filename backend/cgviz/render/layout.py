"""Where every wire goes: a small dagre-style pipeline, rank → order → position → size.

Coordinates are SVG user units, y growing downwards. The (x, y) of a node is the LEFT END of its
wire; the wire runs to (x + wire_length, y). An op node's gate circle (radius R) is centred at
(x - gate_gap - R, y), just left of its own wire, as in the CS231n notes (circle cx=170 r=20,
wire 210 → 280). Names sit left of the wire's left end, values above it, gradients below.

The geometry follows the notes' first figure: input wires 70 long at x=40, rows 70 apart from
y=30, columns 170 apart (wire 70 + arrow run 40 + gate 40 + gap 20). One column pitch per graph
keeps the picture tidy; it widens when a value's text (a tensor summary, say) or an
intermediate's name needs more room than the notes' numbers leave.

No recursion anywhere (a 100,000-node chain must not hit the stack limit): every pass is a loop over
the nodes in topological order or over columns, and ties are broken by node index so one program
always gives one picture."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from ..core.format import Numbers, format_shape, format_summary

if TYPE_CHECKING:
    from ..core.graph import Graph, Group, Node

# The notes' geometry (first figure of "Backprop: intuitions").
LEFT = 40.0  # x of column 0's wires, unless an input's name needs more room
TOP = 30.0  # y of the first row
ROW = 70.0  # vertical pitch of column 0, and the least distance between wires of one column
WIRE = 70.0  # shortest wire
GATE_RADIUS = 20.0  # the notes' gate circles
R = GATE_RADIUS
GATE_GAP = 20.0  # from a gate's right edge to the left end of its wire (the output arrow)
ARROW_RUN = 40.0  # from a wire's right end to the left edge of the next column's gates
RIGHT = 20.0  # margin right of the last column
BOTTOM = 50.0  # margin below the lowest wire (room for its gradient)

# Text (sizes in px); the SVG renderer uses the same numbers.
FONT = 16.0  # names and scalar values, as in the notes
TENSOR_FONT = 14.0  # tensor summaries, which are longer
SHAPE_FONT = 11.0  # the small grey `3×2` under a tensor's name
WARNING_FONT = 14.0
TEXT_INSET = 5.0  # text starts 5 px inside the wire's left end, names end 5 px before it

# A gate whose symbol does not fit the notes' circle at PILL_FONT (a function's name:
# `softmax`, `neuron`) is a pill of the circle's height, as wide as its name: its right end
# where the circle's right edge would be, arrows aimed at its left cap.
SYMBOL_ROOM = 32.0  # the width a symbol may take inside the circle
PILL_FONT = 14.0
PILL_PAD = 10.0  # from the pill's ends to its name
# Between two wires of a column, this much more room for each group box edge (docs/language.md)
# between them: sibling boxes on neighbouring rows do not touch (boxes.py draws them).
BOX_GAP = 12.0

# Advance widths in em, roughly DejaVu Sans (the widest of the stack the SVG asks for), so an
# estimate errs on the long side. Real metrics would need the font, which the server lacks.
_NARROW = frozenset(" .,:;'|!ilIjft()[]-")  # digits are tabular, 0.64
_WIDE = frozenset("MWmw@%×…⚠")


@dataclass(frozen=True, slots=True)
class Layout:
    xs: list[float]
    ys: list[float]
    width: float
    height: float
    wire_length: float = WIRE
    gate_gap: float = GATE_GAP


@dataclass(frozen=True, slots=True)
class Metrics:
    """The per-graph sizes that follow from the texts: shared by layout and the SVG renderer."""

    left: float
    wire_length: float
    gate_gap: float
    gate_width: float = 2 * R  # the widest gate: a circle, or a pill with a long name
    arrow_run: float = ARROW_RUN  # wider in a folded picture, for its routes (fold.py)

    @property
    def pitch(self) -> float:
        return self.wire_length + self.arrow_run + self.gate_width + self.gate_gap


def _em(ch: str) -> float:
    """The advance width of one character, in em."""
    if ch in _NARROW:
        return 0.34
    if ch in _WIDE or ch.isupper():
        return 0.78
    if unicodedata.east_asian_width(ch) in "WF":
        return 1.0
    return 0.64


_ASCII_EM = {chr(i): _em(chr(i)) for i in range(128)}  # digits, signs, most names: looked up


def text_width(text: str, size: float) -> float:
    """An upper-ish estimate of the rendered width of `text` at font size `size`."""
    em = 0.0
    table = _ASCII_EM
    for ch in text:
        w = table.get(ch)
        em += _em(ch) if w is None else w
    return em * size


def gate_half_width(symbol: str) -> float:
    """Half the width of a gate: R for the notes' circle, more for a pill that fits a name."""
    wide = text_width(symbol, PILL_FONT)
    return R if wide <= SYMBOL_ROOM else max(R, wide / 2 + PILL_PAD)


class Texts(NamedTuple):
    """What one wire shows, formatted once per layout or render and shared by both."""

    label: str  # left of the wire; unnamed intermediates and literal constants show none
    shape: str  # `3×2` under the name, tensors only
    value: str  # above
    grad: str  # below; constants show none, since nothing learns them
    font: float  # of value and grad


def wire_texts(nodes: Sequence[Node], digits: int = 2,
               numbers: Numbers | None = None) -> list[Texts]:
    """Unnamed intermediates show no name, as in the notes' second and third figures: the gate
    says what they are, and the SVG gives their expression on hover. `numbers`: scalars
    already formatted at `digits` (by the trace)."""
    number = numbers if numbers is not None and numbers.digits == digits else Numbers(digits)
    texts = []
    for node in nodes:
        v, g = node.value, node.grad
        scalar = type(v) is np.ndarray and v.ndim == 0  # the common case, checked cheaply
        shape = "" if scalar else format_shape(node.shape)
        const = node.kind == "const"
        texts.append(Texts(
            node.label or "",  # data a program names (`n`, `Yb`) is a constant with a name
            shape,
            number(v.item()) if scalar else format_summary(v, digits),  # type: ignore[union-attr]
            "" if const else number(g.item()) if type(g) is np.ndarray and g.ndim == 0
            else format_summary(g, digits),
            TENSOR_FONT if shape else FONT,
        ))
    return texts


def measure(nodes: Sequence[Node], texts: Sequence[Texts]) -> Metrics:
    """Left margin, wire length and gate gap wide enough for every node's texts."""
    left, wire, gap, gate = LEFT, WIRE, GATE_GAP, 2 * R
    by_font: dict[float, dict[str, float]] = {}  # many wires print the same numbers
    halves: dict[str, float] = {}  # per gate symbol

    def width(text: str, font: float) -> float:
        widths = by_font.get(font)
        if widths is None:
            widths = by_font[font] = {}
        w = widths.get(text)
        if w is None:
            w = widths[text] = text_width(text, font)
        return w

    for node, t in zip(nodes, texts, strict=True):
        widths = by_font.get(t.font)  # width() spelt out for the two numbers of every wire
        if widths is None:
            widths = by_font[t.font] = {}
        value = widths.get(t.value)
        if value is None:
            value = widths[t.value] = text_width(t.value, t.font)
        grad = widths.get(t.grad)
        if grad is None:
            grad = widths[t.grad] = text_width(t.grad, t.font)
        # the ⚠ follows the value
        room = value + WARNING_FONT + TEXT_INSET if node.warning else max(value, grad)
        if room + 3 * TEXT_INSET > wire:
            wire = room + 3 * TEXT_INSET
        if t.label or t.shape:
            side = max(width(t.label, FONT), width(t.shape, SHAPE_FONT))
            if node.kind == "op":  # between the gate and the wire, clear of the circle
                gap = max(gap, side + TEXT_INSET + 4)
            else:
                left = max(left, side + 2 * TEXT_INSET)
        if node.kind == "op" and len(node.symbol) > 2:  # shorter ones always fit a circle
            half = halves.get(node.symbol)
            if half is None:
                half = halves[node.symbol] = gate_half_width(node.symbol)
            gate = max(gate, 2 * half)
    return Metrics(left=left, wire_length=wire, gate_gap=gap, gate_width=gate)


def rank(nodes: Sequence[Node]) -> list[int]:
    """Column of every node: leaves in column 0, each op one column after its deepest input
    (at least column 1: a gate needs the room left of its wire)."""
    ranks = [0] * len(nodes)
    for i, node in enumerate(nodes):
        if node.kind != "op":
            continue
        deepest = 0
        for j in node.inputs:
            if not 0 <= j < i:
                raise ValueError(f"node n{i}: input n{j} does not come before it")
            if ranks[j] > deepest:
                deepest = ranks[j]
        ranks[i] = deepest + 1
    return ranks


def _columns(ranks: Sequence[int]) -> list[list[int]]:
    columns: list[list[int]] = [[] for _ in range(max(ranks, default=-1) + 1)]
    for i, r in enumerate(ranks):
        columns[r].append(i)
    return columns


def _spread(desired: Sequence[float], spacing: float,
            extra: Sequence[float] | None = None) -> list[float]:
    """Ys as close as possible (least squares) to `desired`, in the given order, at least
    `spacing` apart (plus `extra[k]` between k and k+1): pool-adjacent-violators on
    desired[k] - offset[k], O(n)."""
    blocks: list[list[float]] = []  # [sum, count] of pooled targets
    offsets: list[float] = []
    for k, d in enumerate(desired):
        offsets.append(0.0 if k == 0 else offsets[-1] + spacing + (extra[k - 1] if extra else 0))
        total, count = d - offsets[k], 1.0
        while blocks and blocks[-1][0] * count > total * blocks[-1][1]:  # mean above ours
            prev_total, prev_count = blocks.pop()
            total, count = total + prev_total, count + prev_count
        blocks.append([total, count])
    ys: list[float] = []
    for total, count in blocks:
        mean = total / count
        for _ in range(int(count)):
            ys.append(mean + offsets[len(ys)])
    return ys


def _barycenter(indices: Sequence[int], ys: Sequence[float], default: float) -> float:
    """Mean y of `indices`. Exact for one or two (a + b == b + a), rounded beyond, so that equal
    means compare equal whatever the order of the sum: ties are real ties."""
    n = len(indices)
    if n == 2:
        return (ys[indices[0]] + ys[indices[1]]) * 0.5
    if n == 1:
        return ys[indices[0]]
    if n == 0:
        return default
    return round(sum(ys[j] for j in indices) / n, 6)


Boxes = Sequence[frozenset[int]] | None  # per node, the expanded groups around it


def _extra(column: Sequence[int], boxes: Boxes) -> list[float] | None:
    """Room for the box edges between neighbours of a column (docs/language.md)."""
    if boxes is None:
        return None
    return [BOX_GAP * len(boxes[column[k]] ^ boxes[column[k + 1]]) for k in range(len(column) - 1)]


def _place(column: Sequence[int], keys: Sequence[float], ys: list[float],
           boxes: Boxes = None) -> None:
    """Write the column's ys: `keys` spread ROW apart in column order, none above TOP."""
    placed = _spread(keys, ROW, _extra(column, boxes))
    shift = max(0.0, TOP - placed[0])
    for i, y in zip(column, placed, strict=True):
        ys[i] = y + shift


def _sweep_down(nodes: Sequence[Node], columns: list[list[int]], ys: list[float],
                up: Sequence[float] | None, boxes: Boxes = None) -> bool:
    """Sort every column after the first by its inputs' barycenter (then `up`, then index) and
    place it; whether any two nodes of a column tied."""
    tied = False
    for column in columns[1:]:
        if len(column) == 1:  # most columns of a deep circuit: nothing to sort
            i = column[0]
            ys[i] = max(TOP, _barycenter(nodes[i].inputs, ys, TOP))
            continue
        down = {i: _barycenter(nodes[i].inputs, ys, TOP) for i in column}
        if up is None:
            column.sort(key=lambda i: (down[i], i))
        else:
            column.sort(key=lambda i: (down[i], up[i], i))
        keys = [down[i] for i in column]
        tied = tied or any(keys[k] == keys[k + 1] for k in range(len(keys) - 1))
        _place(column, keys, ys, boxes)
    return tied


def order(nodes: Sequence[Node], ranks: Sequence[int], sweeps: int = 1,
          boxes: Boxes = None) -> list[list[int]]:
    """Columns top to bottom. Column 0 keeps source order; every later column is sorted by the
    mean y of its inputs (barycenter: with no long-edge dummies, a node's neighbours span many
    columns, so provisional ys compare better than positions). Nodes that tie are ordered by
    the mean y of their consumers, found by sweeping right to left, and finally by index."""
    columns = _columns(ranks)
    if not columns:
        return columns
    ys = [0.0] * len(nodes)
    _first_column(columns[0], ys, boxes)
    tied = _sweep_down(nodes, columns, ys, None, boxes)
    if not tied or sweeps == 0:
        return columns
    consumers: list[list[int]] = [[] for _ in nodes]
    for i, node in enumerate(nodes):
        for j in node.inputs:
            consumers[j].append(i)
    up = [0.0] * len(nodes)
    for _ in range(sweeps):
        for column in reversed(columns[1:]):
            if len(column) > 1:
                down = {i: _barycenter(nodes[i].inputs, ys, TOP) for i in column}
                for i in column:
                    up[i] = _barycenter(consumers[i], ys, ys[i])
                column.sort(key=lambda i: (down[i], up[i], i))
                _place(column, [down[i] for i in column], ys, boxes)
        _sweep_down(nodes, columns, ys, up, boxes)
    return columns


def _first_column(column: Sequence[int], ys: list[float], boxes: Boxes) -> None:
    """Column 0 ROW apart from TOP (more across a box's edge)."""
    extra = _extra(column, boxes)
    y = TOP
    for k, i in enumerate(column):
        if k:
            y += ROW + (extra[k - 1] if extra else 0.0)
        ys[i] = y


def position(nodes: Sequence[Node], columns: Sequence[Sequence[int]],
             metrics: Metrics, boxes: Boxes = None) -> tuple[list[float], list[float]]:
    """Column 0 at a fixed pitch from the top; each later wire at the mean y of its inputs,
    pushed apart to ROW in column order; x from the column and the graph's pitch."""
    xs, ys = [0.0] * len(nodes), [0.0] * len(nodes)
    for c, column in enumerate(columns):
        x = metrics.left + c * metrics.pitch
        for i in column:
            xs[i] = x
        if c == 0:
            _first_column(column, ys, boxes)
        elif len(column) == 1:
            i = column[0]
            ys[i] = max(TOP, _barycenter(nodes[i].inputs, ys, TOP))
        elif column:
            _place(column, [_barycenter(nodes[i].inputs, ys, TOP) for i in column], ys, boxes)
    lift = min(ys, default=TOP) - TOP  # non-zero only when column 0 is empty
    if lift:
        ys = [y - lift for y in ys]
    return xs, ys


def size(xs: Sequence[float], ys: Sequence[float], metrics: Metrics) -> tuple[float, float]:
    width = max(xs, default=metrics.left) + metrics.wire_length + RIGHT
    height = max(ys, default=TOP) + BOTTOM
    return width, height


def layout(nodes: Sequence[Node], digits: int = 2,
           texts: Sequence[Texts] | None = None, groups: Sequence[Group] = ()) -> Layout:
    """The whole pipeline; a pure function of the nodes (their inputs, names and texts) and
    of the groups drawn as boxes."""
    metrics = measure(nodes, wire_texts(nodes, digits) if texts is None else texts)
    ranks = rank(nodes)
    boxes = boxes_of(nodes, groups)
    columns = order(nodes, ranks, boxes=boxes)
    xs, ys = position(nodes, columns, metrics, boxes)
    width, height = size(xs, ys, metrics)
    return Layout(xs, ys, width, height, metrics.wire_length, metrics.gate_gap)


def boxes_of(nodes: Sequence[Node], groups: Sequence[Group]) -> Boxes:
    """Per node, the expanded groups whose boxes hold it; None when no box is drawn."""
    if all(g.collapsed for g in groups):
        return None
    held: dict[int, set[int]] = {}
    for k, g in enumerate(groups):
        if not g.collapsed:
            for i in g.nodes:
                held.setdefault(i, set()).add(k)
    outside: frozenset[int] = frozenset()  # most wires of a big circuit: one shared set
    return [frozenset(held[i]) if i in held else outside for i in range(len(nodes))]


def apply_layout(graph: Graph, numbers: Numbers | None = None) -> None:
    """Write every node's x, y, every group's box and the graph's width and height; the
    picture moves down and grows where a box would leave it. `numbers`: scalars already
    formatted (by the trace)."""
    digits = int(graph.options.get("digits", 2))
    texts = wire_texts(graph.nodes, digits, numbers)
    result = layout(graph.nodes, digits, texts, graph.groups)
    graph.texts = (digits, texts)
    for node, x, y in zip(graph.nodes, result.xs, result.ys, strict=True):
        node.x, node.y = x, y
    graph.width, graph.height = result.width, result.height
    graph.wire_length, graph.gate_gap = result.wire_length, result.gate_gap
    graph.gate_radius = GATE_RADIUS
    if any(not g.collapsed for g in graph.groups):
        from .boxes import fit_boxes  # boxes.py measures gates with this module's rules

        fit_boxes(graph)
