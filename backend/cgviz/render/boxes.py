"""Where each expanded group's titled box goes (docs/language.md, Groups), after the layout
placed the wires.

A box surrounds its gates, their wires and texts, padded more for each level of boxes nested
inside it; its title sits on its top edge, as a fieldset's legend. The layout already left
BOX_GAP between wires of a column on either side of a box edge (layout.py); here the picture
only moves down (and grows) where the top box's title would leave it. Geometry in Python: the
browser draws the boxes from each group's `box` in the graph JSON (circuit-geometry.js
`placeGroups`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .layout import gate_half_width

if TYPE_CHECKING:
    from ..core.graph import Graph, Group, Node

BOX_PAD = 8.0
BOX_NEST = 12.0  # more padding for each level of boxes inside
BOX_ABOVE = 24.0  # from a wire up to the top of its value's text
BOX_BELOW = 22.0  # from a wire down past its gradient's text
TITLE_FONT = 12.0
MARGIN = 4.0  # between a box and the picture's edge


def boxes(nodes: Sequence[Node], groups: Sequence[Group], wire: float,
          gap: float) -> list[tuple[float, float, float, float] | None]:
    """(x, y, width, height) of every expanded group's box, None for a collapsed one: around
    its gates, their wires and texts, padded more for each level of boxes nested inside it.
    Children come after their parents, so one loop backwards finds each box's nesting."""
    inner = [0] * len(groups)  # levels of expanded boxes inside each group
    for k in range(len(groups) - 1, -1, -1):
        parent = groups[k].parent
        if parent is not None and not groups[k].collapsed:
            inner[parent] = max(inner[parent], inner[k] + 1)
    found: list[tuple[float, float, float, float] | None] = []
    for k, g in enumerate(groups):
        if g.collapsed or not g.nodes:
            found.append(None)
            continue
        x0 = y0 = float("inf")
        x1 = y1 = float("-inf")
        for i in g.nodes:
            n = nodes[i]
            left = n.x - gap - 2 * gate_half_width(n.symbol) if n.kind == "op" else n.x
            x0, x1 = min(x0, left), max(x1, n.x + wire)
            y0, y1 = min(y0, n.y - BOX_ABOVE), max(y1, n.y + BOX_BELOW)
        pad = BOX_PAD + BOX_NEST * inner[k]
        found.append((x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad))
    return found


def fit_boxes(graph: Graph) -> None:
    """Write every group's box; move the picture down and grow it where a box would leave it."""
    found = boxes(graph.nodes, graph.groups, graph.wire_length, graph.gate_gap)
    placed = [b for b in found if b is not None]
    dx = max(0.0, MARGIN - min(b[0] for b in placed))
    dy = max(0.0, TITLE_FONT + 2 - min(b[1] for b in placed))  # the top box's title
    if dx or dy:
        for node in graph.nodes:
            node.x, node.y = node.x + dx, node.y + dy
    for g, b in zip(graph.groups, found, strict=True):
        g.box = None if b is None else (b[0] + dx, b[1] + dy, b[2], b[3])
    graph.width = max(graph.width + dx, max(b[0] + b[2] for b in placed) + dx + MARGIN)
    graph.height = max(graph.height + dy, max(b[1] + b[3] for b in placed) + dy + MARGIN)
