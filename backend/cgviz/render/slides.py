"""The picture for a given width (docs/api.md, "Pictures for slides"): `width` folds a wide
circuit into bands (fold.py) until it is at most that wide; `fit` also scales it to exactly
that wide, folding only as far as keeps every text at least MIN_TEXT px.

What cannot be met is drawn as near as it can be, with a note saying what was missed: a
circuit one column of whose gates is wider than `width` is as narrow as one column per band
makes it (wider than asked, or, fitted, with smaller text)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .boxes import TITLE_FONT
from .fold import fold
from .layout import FONT, SHAPE_FONT, WARNING_FONT, measure, wire_texts
from .svg import render_svg, symbol_metrics

if TYPE_CHECKING:
    from ..core.graph import Graph
    from .layout import Texts

MIN_TEXT = 12.0  # px: the least a fitted picture draws any text (that was not smaller)
MIN_WIDTH, MAX_WIDTH = 100, 100_000  # px a picture may be asked to be


@dataclass(frozen=True, slots=True)
class Picture:
    svg: str
    width: float  # px, as the SVG's width and height say (its drawing, viewBox, is unscaled)
    height: float
    notes: tuple[str, ...] = ()  # what the picture could not do, for a warning


def picture(graph: Graph, theme: str = "light", digits: int = 2, width: float | None = None,
            fit: bool = False, export: bool = False) -> Picture:
    """The graph's picture: as laid out when `width` is None, else folded (and with `fit`
    scaled) for that width. Raises ValueError for a width out of range or `fit` without one."""
    if width is None:
        if fit:
            raise ValueError("fit scales the picture to a width: give the width too")
        return Picture(render_svg(graph, theme, digits, export=export), graph.width,
                       graph.height)
    if not (math.isfinite(width) and MIN_WIDTH <= width <= MAX_WIDTH):
        raise ValueError(f"width must be from {MIN_WIDTH} to {MAX_WIDTH} px, not {width:g}")
    nodes = graph.nodes
    texts = (graph.texts[1] if graph.texts is not None and graph.texts[0] == digits
             else wire_texts(nodes, digits))
    sizes = text_sizes(graph, texts)
    # the least scale that leaves every text at MIN_TEXT, or as it is when already smaller
    least = max((min(1.0, MIN_TEXT / s) for s in sizes), default=1.0)
    folded = fold(graph, measure(nodes, texts), width / least if fit else width)
    drawn = (graph.width, graph.height) if folded is None else (folded.width, folded.height)
    scale = width / drawn[0] if fit else 1.0
    notes = []
    narrowest = "even with one column of gates per band"
    if fit and scale < least:
        notes.append(f"fitted to {width:g} px, the smallest text is "
                     f"{min(sizes) * scale:.1f} px: the circuit is {drawn[0]:.0f} px wide "
                     f"{narrowest}")
    elif not fit and drawn[0] > width:
        notes.append(f"the circuit is {drawn[0]:.0f} px wide {narrowest}, more than "
                     f"{width:g} px: fit it to that width to scale it down")
    svg = render_svg(graph, theme, digits, folded=folded, scale=scale, export=export)
    return Picture(svg, drawn[0] * scale, drawn[1] * scale, tuple(notes))


def text_sizes(graph: Graph, texts: list[Texts]) -> set[float]:
    """The font sizes of the texts the picture holds (svg.py, circuit.svg.j2)."""
    sizes = {t.font for t in texts if t.value or t.grad}
    if any(t.label for t in texts):
        sizes.add(FONT)
    if any(t.shape for t in texts):
        sizes.add(SHAPE_FONT)
    if any(n.warning for n in graph.nodes):
        sizes.add(WARNING_FONT)
    sizes.update(symbol_metrics(s)[0] for s in {n.symbol for n in graph.nodes if n.kind == "op"})
    if any(not g.collapsed and g.nodes for g in graph.groups):
        sizes.add(TITLE_FONT)
    return sizes
