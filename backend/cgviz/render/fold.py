"""A wide circuit folded into bands stacked top to bottom, for a slide (docs/api.md, "Pictures
for slides"): its columns cut into runs of ranks, as a paragraph is cut into lines.

Each band is laid out the way layout.py lays out a whole circuit (order → position) from the
gates of its ranks and the inputs they are the first to use, which sit in the band's first
column as the notes draw inputs. The bands share one grid of columns — a band after the first
starts one column in, its first gates under band 0's second column — so the channels between
columns (the ARROW_RUN from a column's wire ends to the next column's gates, which only arrows
cross) line up from band to band.

An edge into a band from an earlier one is routed through those channels, which a folded
picture widens by ROUTE_ROOM for them: right from its wire's end into the channel, down to its
source's lane in the gap above the target's band, along the lane, down the channel before the
target's column and right into the gate. Sources keep to the left half of a channel and targets
to its right half, clear of group boxes' edges, the lower wire nearer its column, so the routes
of one channel never cross each other's stubs; the edges of one source share its lane.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .boxes import MARGIN, TITLE_FONT, boxes
from .breaks import bands
from .layout import (
    ARROW_RUN,
    BOTTOM,
    RIGHT,
    TOP,
    Boxes,
    Metrics,
    R,
    boxes_of,
    gate_half_width,
    order,
    position,
    rank,
)

if TYPE_CHECKING:
    from ..core.graph import Graph, Group, Node

Point = tuple[float, float]
Box = tuple[float, float, float, float]
BAND_GAP = 40.0  # more room between bands than between rows: each band reads as one piece
LANE = 10.0  # between the lanes of the routed edges in a gap
LANE_CLEAR = 38.0  # from a band's lowest wire down to its first lane: past the gradients
ROUTE_ROOM = 30.0  # added to each channel of a folded picture
CLEAR = 14.0  # from a channel's ends to the nearest vertical run: past a box's edge
STEP = 5.0  # the most distance between the vertical runs of one half-channel
APART = 8.0  # between the ends of two routes into one gate


@dataclass(frozen=True, slots=True)
class Route:
    """An edge from an earlier band: a polyline from its source wire's right end to its gate."""

    source: int
    target: int
    port: int
    points: tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class Folded:
    nodes: list[Node]  # copies of the graph's nodes, at their places in the bands
    boxes: list[tuple[int, Box]]  # (group index, box): a group cut by a fold has one per band
    routes: list[Route]
    width: float
    height: float
    bands: int


def fold(graph: Graph, metrics: Metrics, most: float) -> Folded | None:
    """The laid-out graph in as few bands as keep it at most `most` wide (breaks.py says
    where); None if it already is, or has fewer than two columns of gates to fold. When even
    one column of gates per band is wider, that is the answer (wider than `most`: the caller
    says so)."""
    if graph.width <= most:
        return None
    ranks = rank(graph.nodes)
    deepest = max(ranks, default=0)
    if deepest < 2:
        return None
    metrics = replace(metrics, arrow_run=ARROW_RUN + ROUTE_ROOM)
    # band 0: its inputs and `per` columns of gates; a later band: its inputs, then `per`
    room = most - metrics.left - metrics.wire_length - metrics.arrow_run / 2  # routes leave
    per = max(1, min(int(room // metrics.pitch), deepest - 1))
    while True:
        band, count = bands(graph.nodes, ranks, graph.groups, per)
        folded = _fold(graph, metrics, ranks, band, count)
        if folded.width <= most or per == 1:
            return folded
        per -= 1  # group boxes made it wider than the columns alone


def _fold(graph: Graph, metrics: Metrics, ranks: list[int], band: list[int],
          count: int) -> Folded:
    nodes = graph.nodes
    members: list[list[int]] = [[] for _ in range(count)]
    for i, k in enumerate(band):
        members[k].append(i)
    held = boxes_of(nodes, graph.groups)
    moved = [copy.copy(n) for n in nodes]
    for k, inside in enumerate(members):
        _lay_out_band(nodes, inside, band, k, ranks, metrics, held, moved)

    pieces = [_band_boxes(moved, graph.groups, band, k, metrics) for k in range(count)]
    dx = max([0.0] + [MARGIN - b[0] for piece in pieces for _, b in piece])
    cross = [(j, i, port) for i, n in enumerate(nodes) for port, j in enumerate(n.inputs)
             if band[j] != band[i]]
    gaps: list[dict[int, None]] = [{} for _ in range(count)]  # by the band below the gap
    for j, i, _ in cross:
        gaps[band[i]][j] = None
    lanes = [list(sources) for sources in gaps]  # the sources whose routes run in each gap

    lane_tops, top, below = [], 0.0, 0.0
    for k, inside in enumerate(members):
        lowest = max(moved[i].y for i in inside)
        bottoms = [b[1] + b[3] for _, b in pieces[k]]
        down = max([0.0] + [TITLE_FONT + 2 - b[1] for _, b in pieces[k]])  # the top title
        for i in inside:
            moved[i].x += dx
            moved[i].y += top + down
        pieces[k] = [(g, (b[0] + dx, b[1] + top + down, b[2], b[3])) for g, b in pieces[k]]
        below = max([lowest + BOTTOM] + [b + MARGIN for b in bottoms]) + down
        lane_top = max([lowest + LANE_CLEAR] + [b + 12 for b in bottoms]) + down
        lane_tops.append(top + lane_top)
        if k + 1 < count:  # the next band starts below this one's lanes
            top += max(below + BAND_GAP, lane_top + len(lanes[k + 1]) * LANE + 4)
    routes = _routes(moved, cross, band, lanes, lane_tops, metrics)
    width = max([n.x + metrics.wire_length + RIGHT for n in moved]
                + [b[0] + b[2] + MARGIN for piece in pieces for _, b in piece]
                + [r.points[1][0] + STEP for r in routes])
    return Folded(moved, [p for piece in pieces for p in piece], routes, width, top + below,
                  count)


def _lay_out_band(nodes: Sequence[Node], inside: list[int], band: Sequence[int], k: int,
                  ranks: Sequence[int], metrics: Metrics, held: Boxes,
                  moved: list[Node]) -> None:
    """Place band k's wires as layout.py would a circuit of their own, at ys from TOP: its
    inputs in column 0, its first rank of gates in column 1 and so on (band 0's own ranks).
    The wires of earlier bands that its gates read stand at the top of column 0 while it is
    ordered, not drawn (their edges come down from above)."""
    from ..core.graph import Node

    start = min(ranks[i] for i in inside if nodes[i].kind == "op")

    outside = sorted({j for i in inside for j in nodes[i].inputs if band[j] != k})
    local = {g: li for li, g in enumerate(outside + inside)}
    stand_ins = [Node(li, "input") for li in range(len(outside))]
    stand_ins += [Node(local[i], nodes[i].kind, inputs=[local[j] for j in nodes[i].inputs])
                  for i in inside]
    grid = [0] * len(outside) + [ranks[i] - start + 1 if nodes[i].kind == "op" else 0
                                 for i in inside]
    none: frozenset[int] = frozenset()
    boxed = None if held is None else [none] * len(outside) + [held[i] for i in inside]
    xs, ys = position(stand_ins, order(stand_ins, grid, boxes=boxed), metrics, boxed)
    lift = min(ys[local[i]] for i in inside) - TOP
    for i in inside:
        moved[i].x, moved[i].y = xs[local[i]], ys[local[i]] - lift


def _band_boxes(moved: Sequence[Node], groups: Sequence[Group], band: Sequence[int], k: int,
                metrics: Metrics) -> list[tuple[int, Box]]:
    """The boxes of band k: each expanded group's box around its wires in this band."""
    if all(g.collapsed for g in groups):
        return []
    here = [replace(g, nodes=[i for i in g.nodes if band[i] == k]) for g in groups]
    found = boxes(moved, here, metrics.wire_length, metrics.gate_gap)
    return [(g, b) for g, b in enumerate(found) if b is not None]


def _spread(count: int, run: float) -> list[float]:
    """Offsets of `count` vertical runs within a half-channel (of a channel `run` wide), from
    its end nearer the column whose wires they serve."""
    room = run / 2 - CLEAR - 2
    step = STEP if count < 2 else min(STEP, room / (count - 1))
    return [CLEAR + step * q for q in range(count)]


def _routes(moved: Sequence[Node], cross: Sequence[tuple[int, int, int]], band: Sequence[int],
            lanes: Sequence[list[int]], lane_tops: Sequence[float],
            metrics: Metrics) -> list[Route]:
    wire, gap = metrics.wire_length, metrics.gate_gap
    # a source's vertical run: the lower its wire, the nearer its column
    runs: dict[tuple[int, float], list[int]] = {}
    for j in dict.fromkeys(j for j, _, _ in cross):
        runs.setdefault((band[j], moved[j].x), []).append(j)
    down: dict[int, float] = {}
    for sources in runs.values():
        sources.sort(key=lambda j: (-moved[j].y, j))
        for j, off in zip(sources, _spread(len(sources), metrics.arrow_run), strict=True):
            down[j] = moved[j].x + wire + off
    # where each route meets its gate: two into one gate (`a * a` from an earlier band, or
    # two earlier wires) end apart, so both show
    ports: dict[int, list[int]] = {}
    for _, i, port in cross:
        ports.setdefault(i, []).append(port)
    ends = {}
    for i, routed in ports.items():
        apart = APART if len(routed) < 2 else min(APART, 2 * (R - 4) / (len(routed) - 1))
        for k, port in enumerate(sorted(routed)):
            ends[(i, port)] = moved[i].y + (k - (len(routed) - 1) / 2) * apart
    # a target's vertical run, in the channel before its column
    into: dict[tuple[int, float], list[tuple[int, int]]] = {}
    for _, i, port in cross:
        into.setdefault((band[i], moved[i].x), []).append((i, port))
    across: dict[tuple[int, int], float] = {}
    for targets in into.values():
        targets.sort(key=lambda t: (ends[t], t))  # the higher, the nearer the gate
        for t, off in zip(targets, _spread(len(targets), metrics.arrow_run), strict=True):
            across[t] = moved[t[0]].x - gap - metrics.gate_width - off
    # the lanes of a gap, top to bottom by where their sources come down
    lane_of = {(k, j): q for k, sources in enumerate(lanes)
               for q, j in enumerate(sorted(sources, key=lambda s: (down[s], s)))}
    routes = []
    for j, i, port in cross:
        lane = lane_tops[band[i] - 1] + lane_of[(band[i], j)] * LANE
        y = ends[(i, port)]
        points = ((moved[j].x + wire, moved[j].y), (down[j], moved[j].y), (down[j], lane),
                  (across[(i, port)], lane), (across[(i, port)], y),
                  (_gate_left(moved[i], gap, y), y))
        routes.append(Route(j, i, port, points))
    return routes


def _gate_left(node: Node, gap: float, y: float) -> float:
    """Where a horizontal line at `y` meets the gate's left side (a circle, a pill's cap)."""
    half = gate_half_width(node.symbol)
    centre = node.x - gap - R if half == R else node.x - gap - 2 * half + R
    rise = min(abs(y - node.y), R)
    return centre - math.sqrt(R * R - rise * rise)
